import type { Plugin } from 'vite';

/**
 * The reason a module does more than declare values, or undefined when it does not: its top level
 * holds only imports (from 'lit', or of a module `isMoved(path)` accepts), declarations of values
 * and exports of them.
 */
export function onlyDeclaresValues(code: string, fileName: string, isMoved: (path: string) => boolean): string | undefined;
/** The entry's code with an import of each of `modules` (paths) before it, in that order, and a source map. */
export function dataFirst(code: string, entry: string, modules: string[]): { code: string; map: unknown };
/**
 * As a Vite (Rollup) plugin: `entry` imports `modules` (paths) first, in that order; the build
 * fails if one of them does more than declare values, or if nothing else imports it.
 */
export function dataFirstPlugin(entry: string, modules: string[]): Plugin;
