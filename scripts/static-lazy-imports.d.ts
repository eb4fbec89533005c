import type { Plugin } from 'vite';

/**
 * The JavaScript with each `import('./…')` of a literal relative path made a static namespace
 * import, and a source map of the change; undefined when there is none.
 */
export function staticLazyImports(code: string, fileName: string): { code: string; map: unknown } | undefined;
/** As a Vite (Rollup) plugin, for the self-contained bundle. */
export function staticLazyImportsPlugin(): Plugin;
