import type { Plugin } from 'vite';

/**
 * The JavaScript with each `import('./…')` of a literal relative path that `keepLazy` does not
 * match made a static namespace import, and a source map of the change; undefined when none is.
 */
export function staticLazyImports(code: string, fileName: string, keepLazy: RegExp): { code: string; map: unknown } | undefined;
/** As a Vite (Rollup) plugin for the self-contained bundle, after the TypeScript is compiled. */
export function staticLazyImportsPlugin(options: { keepLazy: RegExp }): Plugin;
