import type { Plugin } from 'vite';

/** Whether a file is library source whose templates are minified. */
export function isLibrarySource(path: string): boolean;
/** The JavaScript with its templates minified, and a source map of the change; undefined when nothing changed. */
export function minifyTemplates(code: string, fileName: string): { code: string; map: unknown } | undefined;
/** As a Vite (Rollup) plugin, after the TypeScript is compiled. */
export function minifyTemplatesPlugin(): Plugin;
