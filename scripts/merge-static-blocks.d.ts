import type { Plugin } from 'vite';

/** The JavaScript with adjacent static blocks merged, and a source map of the change; undefined when nothing changed. */
export function mergeStaticBlocks(code: string, fileName: string): { code: string; map: unknown } | undefined;
/** As a Vite (Rollup) plugin. */
export function mergeStaticBlocksPlugin(): Plugin;
