// `node --test scripts/static-lazy-imports.test.js` (part of `npm test`): which modules a lazy
// import may be written out as a plain object for, in the one-file bundle, and which keep a
// namespace import because a plain object would not give what `import()` gives.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { staticLazyImports } from './static-lazy-imports.js';

const dir = mkdtempSync(join(tmpdir(), 'static-lazy-imports-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** What `import('./target.js')` becomes when target.ts is `source`: the import line the script adds, and the expression. */
function rewrite(source) {
  writeFileSync(join(dir, 'target.ts'), source);
  const out = staticLazyImports("export const load = () => import('./target.js');\n", join(dir, 'caller.ts'));
  const [importLine] = out.code.split('\n');
  return { importLine, expression: /load = \(\) => (.*);/.exec(out.code)[1] };
}

test('functions, classes and consts, however they are written, become the object import() gives', () => {
  const { importLine, expression } = rewrite(`
    /** A doc comment before it. */
    export const a = 1, b = 2; export function f(x: string): string;
    export function f(x: string) { return x; }
    export class C {}
    export type T = string;
    export interface I { x: number }
    const hidden = 3;
    export { hidden as shown };
  `);
  assert.match(importLine, /^import \{ .* \} from "\.\/target\.js";$/);
  for (const name of ['a', 'b', 'f', 'C', 'shown']) assert.match(expression, new RegExp(`\\b${name}: lazyImport\\$0_${name}\\b`));
  assert.doesNotMatch(expression, /\bT:|\bI:|\bhidden:/, 'types and unexported names are left out');
});

test('a default export (a table of strings) is the default of the object', () => {
  const { expression } = rewrite(`const table: Record<string, string> = { a: 'b' };\nexport default table;\n`);
  assert.equal(expression, 'Promise.resolve({ default: lazyImport$0_default })');
});

for (const [what, source] of [
  ['a let, whose value may change', 'export let count = 0;\nexport function more() { count++; }\n'],
  ['a var', 'export var count = 0;\n'],
  ['a re-export', "export { x } from './other.js';\n"],
  ['a star re-export', "export * from './other.js';\n"],
  ['a destructuring', 'const pair = { a: 1, b: 2 };\nexport const { a, b } = pair;\n'],
  ['a let exported by a list', 'let live = 1;\nexport { live };\n'],
]) {
  test(`${what} keeps the namespace import`, () => {
    const { importLine, expression } = rewrite(source);
    assert.equal(importLine, 'import * as lazyImport$0 from "./target.js";');
    assert.equal(expression, 'Promise.resolve(lazyImport$0)');
  });
}
