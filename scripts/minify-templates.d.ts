import type { Plugin } from 'vite';

/** Whether a file is library source whose templates are minified. */
export function isLibrarySource(path: string): boolean;
/** The source with its templates minified, or undefined when it has none. */
export function minifyTemplates(code: string, fileName: string): Promise<{ code: string; map: unknown } | undefined>;
/** As a Vite (Rollup) plugin, before TypeScript is compiled. */
export function minifyTemplatesPlugin(): Plugin;
