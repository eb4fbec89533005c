// `node --test scripts/qrcode-esm.test.js` (part of `npm test`): the rewrite of qrcode's encoder
// modules as ES modules, for the files built whole, draws the symbols the CommonJS modules draw.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { qrcodeEsmPlugin, qrcodeModuleAsEsm } from './qrcode-esm.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const core = join(root, 'node_modules/qrcode/lib/core');
const dir = mkdtempSync(join(tmpdir(), 'qrcode-esm-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** The modules of qrcode/lib/core the enrollment reaches: those qr-symbol.ts imports, and theirs. */
function reachedModules() {
  const entry = readFileSync(join(root, 'src/components/authenticator-enroll/qr-symbol.ts'), 'utf8');
  const todo = [...entry.matchAll(/from 'qrcode\/lib\/core\/([\w-]+)\.js'/g)].map((m) => m[1]);
  const seen = new Set();
  while (todo.length > 0) {
    const name = todo.pop();
    if (seen.has(name)) continue;
    seen.add(name);
    const source = readFileSync(join(core, `${name}.js`), 'utf8');
    for (const m of source.matchAll(/require\('\.\/([\w-]+)'\)/g)) todo.push(m[1]);
  }
  return [...seen];
}

test('every module the enrollment reaches becomes an ES module, with nothing of CommonJS left', () => {
  const names = reachedModules();
  assert.ok(names.length >= 7, names.join());
  for (const name of names) {
    const path = join(core, `${name}.js`);
    const code = qrcodeModuleAsEsm(readFileSync(path, 'utf8'), path);
    assert.match(code, /^export /m, name);
    assert.doesNotMatch(code, /\brequire\s*\(|\bexports\b/, name);
  }
  const path = join(core, 'alignment-pattern.js');
  const code = qrcodeModuleAsEsm(readFileSync(path, 'utf8'), path);
  assert.match(code, /^import \{ getSymbolSize as getSymbolSize \} from '\.\/utils\.js'$/m);
  assert.match(code, /^export const getPositions = function getPositions/m);
  assert.match(code, /const pos = getRowColCoords\(version\)/, 'its own exports, by their names');
});

test('a module written in a form the rewrite does not know fails, naming the line', () => {
  const path = join(core, 'made-up.js');
  assert.throws(() => qrcodeModuleAsEsm("const x = 1\nconst dijkstra = require('dijkstrajs')\n", path), /made-up\.js:2 .*require\('dijkstrajs'\)/);
  assert.throws(() => qrcodeModuleAsEsm("Object.assign(exports, { a: 1 })\n", path), /made-up\.js:1 /);
});

/** qr-symbol.ts built on its own, with the rewrite or without, and loaded. */
async function qrSymbolBuilt(withRewrite) {
  const out = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: withRewrite ? [qrcodeEsmPlugin()] : [],
    build: { write: false, minify: false, lib: { entry: 'src/components/authenticator-enroll/qr-symbol.ts', formats: ['es'] } },
  });
  const chunk = (Array.isArray(out) ? out[0] : out).output[0];
  const file = join(dir, `qr-symbol-${withRewrite ? 'esm' : 'cjs'}.mjs`);
  writeFileSync(file, chunk.code);
  return { code: chunk.code, ...(await import(pathToFileURL(file).href)) };
}

test('the symbols drawn with the rewrite are those drawn without it, and no CommonJS wrapper is left', async () => {
  const [cjs, esm] = await Promise.all([qrSymbolBuilt(false), qrSymbolBuilt(true)]);
  assert.match(cjs.code, /__commonJS/);
  assert.doesNotMatch(esm.code, /__commonJS|require_/);
  const texts = [
    'otpauth://totp/Contoso%20Portal:adele%40contoso.example?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Contoso%20Portal&algorithm=SHA1&digits=6&period=30',
    'https://activate.example/push?code=ABCD-EFGH-IJKL-MNOP',
    'é',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 $%*+-./:'.repeat(30),
  ];
  // Every version: texts of growing length.
  for (let length = 1; length <= 2300; length += 23) texts.push('otpauth://totp/x?secret='.padEnd(length, 'K7Q2'));
  for (const text of texts) {
    const a = cjs.qrSymbol(text);
    const b = esm.qrSymbol(text);
    assert.equal(b.size, a.size, text.slice(0, 40));
    assert.deepEqual(b.data, a.data, text.slice(0, 40));
  }
});
