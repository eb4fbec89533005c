import type { Plugin } from 'vite';

/** Whether `path` is a translated table of the library's source (`src/locales/<tag>/<name>.ts`, any tag but `en`). */
export function isTranslation(path: string): boolean;
/**
 * The JavaScript compiled from a translated table, with the table written as its values in the
 * order of the English table's keys, and a source map of the change; undefined for any other file.
 * Throws when the table cannot be paired with the English one by key.
 */
export function translationValues(code: string, fileName: string, keys?: string[]): { code: string; map: unknown } | undefined;
/** As a Vite (Rollup) plugin, after the TypeScript is compiled. */
export function translationValuesPlugin(): Plugin;
