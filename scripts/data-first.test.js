// `node --test scripts/data-first.test.js` (part of `npm test`): which modules may come first in the
// one-file bundle (those that only declare values, importing Lit's css or one another), and the
// imports the entry gets for them, in their order.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from 'node:test';
import { transformSync } from 'esbuild';
import { dataFirst, onlyDeclaresValues } from './data-first.js';

const nothingMoved = () => false;
const check = (code) => onlyDeclaresValues(code, '/src/x.js', nothingMoved);

test('tables of strings, metadata and style sheets only declare values', () => {
  assert.equal(check(`const en = { a: 'A', b: (n, s) => \`\${s} left\`, c: function () { return 1; } };\nexport default en;\nexport const aStrings = { name: 'a', en, translations: { 'zh-Hans': () => import('./zh.js') } };`), undefined);
  assert.equal(check('export default {"version":4,"codes":{"1":["US","CA"]},"x":[0,-1,null,[1,[2]]]};'), undefined);
  assert.equal(check("import { css } from 'lit';\nexport const styles = css`:host{display:block}`;"), undefined);
  assert.equal(check("import { css as c } from 'lit';\nconst a = c`p{}`, b = [a, 'x'];\nexport { a, b as c };"), undefined);
});

test('a module that runs anything when it loads, or imports what is not moved with it, does not', () => {
  assert.match(check("customElements.define('x-a', A);"), /it runs customElements/);
  assert.match(check('export const a = f();'), /it runs/);
  assert.match(check('let a = f(); export { a };'), /it runs/);
  assert.match(check('export const a = { ...b };'), /it runs/);
  assert.match(check('export const a = { [k]: 1 };'), /it runs/);
  assert.match(check('export const a = b.c;'), /it runs/);
  assert.match(check('const { a } = b;'), /it runs/);
  assert.match(check('export default class A {}'), /it runs/);
  assert.match(check('export * from "./a.js";'), /it runs/);
  assert.match(check("import { html } from 'lit';\nexport const a = 1;"), /imports html from lit/);
  assert.match(check("import { css, unsafeCSS } from 'lit';"), /imports unsafeCSS from lit/);
  assert.equal(check("import 'lit';\nvar a = 1, b;\nlet c = a;\nexport { a, b, c };"), undefined);
  assert.match(check(`import { css } from 'lit';\nexport const a = css\`\${x()}\`;`), /it runs/);
  assert.match(check("import { tag } from './tag.js';\nexport const a = 1;"), /imports \.\/tag\.js, which is not moved/);
  assert.match(check("import { css } from 'lit';\nconst a = 1;\nexport const b = notCss`p{}`;"), /it runs/);
  // Another moved module may be imported: it comes first too.
  const moved = (path) => path === resolve('/src/zh/a.ts');
  assert.equal(onlyDeclaresValues("import zh from './zh/a.js';\nexport default { zh };", '/src/a.ts', moved), undefined);
  assert.match(onlyDeclaresValues("import zh from './zh/b.js';\nexport default { zh };", '/src/a.ts', moved), /not moved/);
});

test('the translations and the style sheets of the library only declare values', () => {
  const root = resolve(import.meta.dirname, '..');
  const files = [
    ...readdirSync(join(root, 'src/locales/zh-Hans')).map((file) => join(root, 'src/locales/zh-Hans', file)),
    ...readdirSync(join(root, 'src/locales/en')).map((file) => join(root, 'src/locales/en', file)),
    ...readdirSync(join(root, 'src'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('styles.ts'))
      .map((file) => join(root, 'src', file)),
  ];
  assert.ok(files.length > 20);
  const moved = (path) => files.includes(path);
  for (const file of files) {
    const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022' });
    assert.equal(onlyDeclaresValues(code, file, moved), undefined, file);
  }
});

test('the entry imports the modules first, in their order, by paths relative to it', () => {
  const { code } = dataFirst("export * from './core/index.js';\n", '/p/src/index.ts', ['/p/node_modules/lib/data.js', '/p/src/locales/en/a.ts', '/p/src/b.styles.ts']);
  assert.equal(code, 'import "../node_modules/lib/data.js";\nimport "./locales/en/a.ts";\nimport "./b.styles.ts";\nexport * from \'./core/index.js\';\n');
});
