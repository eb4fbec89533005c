import type { Plugin } from 'vite';

/** Whether a file is library source whose templates are minified. */
export function isLibrarySource(path: string): boolean;
/**
 * A template's parts (the text between its `${…}`) without the white space inside its tags that the
 * parser ignores: before a tag's `>`, and, in an html`` literal (`html`), an HTML void element's `/>`
 * with the white space before it (`>`).
 */
export function tightenTags(parts: string[], html?: boolean): string[];
/** The JavaScript with its templates minified, and a source map of the change; undefined when nothing changed. */
export function minifyTemplates(code: string, fileName: string): { code: string; map: unknown } | undefined;
/**
 * A Vite (Rollup) plugin that edits library source with `edit(code, fileName)` (which returns the
 * code and its source map, or undefined), after the TypeScript is compiled.
 */
export function librarySourcePlugin(
  name: string,
  edit: (code: string, fileName: string) => { code: string; map: unknown } | undefined,
): Plugin;
/** As a Vite (Rollup) plugin. */
export function minifyTemplatesPlugin(): Plugin;
