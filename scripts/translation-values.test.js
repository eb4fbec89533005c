// `node --test scripts/translation-values.test.js` (part of `npm test`): each translation, built as
// its values alone, gives every key of its English table the string it has in the source, once the
// localizer pairs the values with the English keys; and what cannot be paired by key fails the build.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { isTranslation, translationValues } from './translation-values.js';

const locales = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'locales');

const compile = (path) => transformSync(readFileSync(path, 'utf8'), { loader: 'ts', format: 'esm' }).code;
/** The module's default export (the tables import nothing at run time). */
const evaluate = async (code) => (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).default;
/** A string as it is, a function by its source: what the localizer would show. */
const shown = (value) => (typeof value === 'function' ? String(value) : value);

test('every translation, built, pairs with its English keys into the table written in the source', async () => {
  const tags = readdirSync(locales, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'en');
  assert.ok(tags.length > 0);
  for (const tag of tags) {
    for (const file of readdirSync(join(locales, tag.name))) {
      const path = join(locales, tag.name, file);
      assert.ok(isTranslation(path), path);
      const source = await evaluate(compile(path));
      const built = await evaluate(translationValues(compile(path), path).code);
      const keys = Object.keys(await evaluate(compile(join(locales, 'en', file))));
      assert.ok(Array.isArray(built), `${path} is not built as an array`);
      const paired = Object.fromEntries(keys.map((key, i) => [key, shown(built[i])]));
      assert.deepEqual(paired, Object.fromEntries(Object.entries(source).map(([key, value]) => [key, shown(value)])), path);
    }
  }
});

test('leaves English tables and every other module as they are', () => {
  assert.equal(isTranslation(join(locales, 'en', 'core.ts')), false);
  assert.equal(isTranslation(join(locales, 'zh-Hans.ts')), false);
  assert.equal(translationValues('export default {};', join(locales, '..', 'core', 'localize.ts')), undefined);
});

test('writes the values in the order of the English keys, whatever order the translation has', () => {
  const code = "const t = { b: 'B', a: (n) => n + 1 };\nexport default t;\n";
  assert.equal(translationValues(code, 'x.ts', ['a', 'b']).code, "const t = [(n) => n + 1, 'B'];\nexport default t;\n");
});

test('fails on what it cannot pair by key', () => {
  const cases = [
    ["const t = { a: 'A' }; export default t;", ['a', 'b'], /missing: b/],
    ["const t = { a: 'A', c: 'C' }; export default t;", ['a'], /not in English: c/],
    ["const t = { ...other, a: 'A' }; export default t;", ['a'], /plain `key: value`/],
    ["const t = { ['a']: 'A' }; export default t;", ['a'], /plain `key: value`/],
    ["const t = { a() { return 'A'; } }; export default t;", ['a'], /plain `key: value`/],
    ['export default makeTable();', ['a'], /not an object literal/],
    // The table's name would read the array it becomes.
    ["const t = { a: 'A', b: (n) => t.a + n }; export default t;", ['a', 'b'], /t is read elsewhere/],
    ["const t = { a: 'A' }; export const first = t.a; export default t;", ['a'], /t is read elsewhere/],
    ["const t = { a: 'A' }; export { t }; export default t;", ['a'], /t is read elsewhere/],
    ["const t = { a: 'A' }; export { t as zh, t as default };", ['a'], /t is read elsewhere/],
  ];
  for (const [code, keys, message] of cases) assert.throws(() => translationValues(code, 'x.ts', keys), message, code);
});
