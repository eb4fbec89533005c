// Translations as the library ships them: a translated table (`src/locales/zh-Hans/<name>.ts`)
// repeats every key of its English table (`src/locales/en/<name>.ts`), which ships beside it. Built,
// the translation is its values alone, an array in the order of the English table's keys, and the
// localizer pairs them with those keys when it loads the translation (`loadTranslations` in
// src/core/localize.ts). In the self-contained bundle, which holds both languages, that is 0.7 KB
// (gzip) less; a translation loaded on demand (dist/, dist/cdn/) is smaller by as much.
// The TypeScript types every translation against its English table (`const zhHans: typeof en`), so
// the two have the same keys; this checks it again, and fails the build on anything it cannot
// pair by key (a spread, a computed key, a method, a key missing on either side).
// Tests, Storybook and the demo's dev server take the tables from source, as objects: the localizer
// takes either. `npm run check:dist` shows Chinese from the bundle and dist/cdn/.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Parser } from 'acorn';
import { simple } from 'acorn-walk';
import { transformSync } from 'esbuild';
import MagicString from 'magic-string';

/** A translated table of the library: `locales/<tag>/<name>.ts`, any tag but `en`. */
const TRANSLATION = /[\\/]src[\\/]locales[\\/](?!en[\\/])[\w-]+[\\/][\w-]+\.ts$/;

/** Whether `path` is a translated table of the library's source. */
export const isTranslation = (path) => TRANSLATION.test(path);

/**
 * The object literal a module exports as its default (`const table = {…}; export default table;`),
 * with its properties by key, in order. Throws naming `fileName` when it is anything else, and,
 * `alone`, when the name it is bound to is read anywhere but where it is exported.
 */
function defaultTable(ast, fileName, alone = false) {
  const declarators = ast.body.filter((node) => node.type === 'VariableDeclaration').flatMap((node) => node.declarations);
  // `export default name`, or `export { name as default }` (as esbuild writes it).
  let table =
    ast.body.find((node) => node.type === 'ExportDefaultDeclaration')?.declaration ??
    ast.body
      .filter((node) => node.type === 'ExportNamedDeclaration')
      .flatMap((node) => node.specifiers)
      .find((specifier) => specifier.exported.name === 'default')?.local;
  // A name, as far as the object it is bound to (`var stdin_default = en`, `const en = {…}`).
  for (let hops = 0; table?.type === 'Identifier' && hops < 3; hops++) {
    const name = table.name;
    // Read anywhere else (a value that refers to another key, an export made from it), the name
    // would read the array the table becomes.
    let reads = 0;
    let exportedElse = false;
    simple(ast, {
      Identifier(node) {
        if (node.name === name) reads++;
      },
      // The walker does not visit the names a module exports (`export { t as zh }`): one exported
      // as anything but `default` is read elsewhere too.
      ExportNamedDeclaration(node) {
        exportedElse ||= node.specifiers.some((s) => s.local.name === name && s.exported.name !== 'default');
      },
    });
    if (alone && (reads > 1 || exportedElse)) throw new Error(`${fileName}: ${name} is read elsewhere than where it is exported; its values could not be paired by key`);
    table = declarators.find((d) => d.id.type === 'Identifier' && d.id.name === name)?.init;
  }
  if (table?.type !== 'ObjectExpression') throw new Error(`${fileName}: its default export is not an object literal`);
  const properties = new Map();
  for (const property of table.properties) {
    const key = property.type === 'Property' && !property.computed && !property.method && property.kind === 'init' && property.key;
    const name = key && (key.type === 'Identifier' ? key.name : typeof key.value === 'string' ? key.value : undefined);
    if (!name) throw new Error(`${fileName}: only plain \`key: value\` entries can be paired by key (at ${property.start})`);
    if (properties.has(name)) throw new Error(`${fileName}: the key ${name} is there twice`);
    properties.set(name, property);
  }
  return { table, properties };
}

const parse = (code) => Parser.parse(code, { ecmaVersion: 'latest', sourceType: 'module' });

/** The keys of the English table a translation translates, in order. */
function englishKeys(fileName) {
  const path = join(dirname(fileName), '..', 'en', basename(fileName));
  const { code } = transformSync(readFileSync(path, 'utf8'), { loader: 'ts', format: 'esm' });
  return [...defaultTable(parse(code), path).properties.keys()];
}

/**
 * The JavaScript compiled from a translated table, with the table written as its values in the
 * order of the English table's keys, and a source map of the change; undefined for any other file.
 * `keys`: the English keys, read from the English table beside it when not given.
 */
export function translationValues(code, fileName, keys = isTranslation(fileName) ? englishKeys(fileName) : undefined) {
  if (!keys) return undefined;
  const { table, properties } = defaultTable(parse(code), fileName, true);
  const missing = keys.filter((key) => !properties.has(key));
  const extra = [...properties.keys()].filter((key) => !keys.includes(key));
  if (missing.length || extra.length) {
    throw new Error(`${fileName}: its keys are not the English table's (missing: ${missing.join(', ') || 'none'}; not in English: ${extra.join(', ') || 'none'})`);
  }
  const out = new MagicString(code);
  const values = keys.map((key) => {
    const { value } = properties.get(key);
    return code.slice(value.start, value.end);
  });
  out.overwrite(table.start, table.end, `[${values.join(', ')}]`);
  return { code: out.toString(), map: out.generateMap({ source: fileName, hires: true }) };
}

/** As a Vite (Rollup) plugin, after the TypeScript is compiled. */
export function translationValuesPlugin() {
  return {
    name: 'mfa-translation-values',
    enforce: 'post',
    transform(code, id) {
      return isTranslation(id) ? translationValues(code, id) : undefined;
    },
  };
}
