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

test('a module written in a form the rewrite does not know fails, rather than be rewritten wrong', () => {
  const path = join(core, 'made-up.js');
  const refused = (source, message) => assert.throws(() => qrcodeModuleAsEsm(source, path), message, source);
  // Left over: the line is named.
  refused("const x = 1\nconst dijkstra = require('dijkstrajs')\n", /made-up\.js:2 .*require\('dijkstrajs'\)/);
  refused('Object.assign(exports, { a: 1 })\n', /made-up\.js:1 /);
  // Rewritten, it would mean something else.
  refused('exports.size = function size (x) { return x }\nfunction f (size) { return exports.size(size) }\n', /"size" is exported and names something else/);
  refused('exports.mul = function (a) { const mul = 2; return a * mul }\n', /"mul" is exported and names something else/);
  refused("exports.a = 1\nconst s = 'see exports.a'\n", /exports named in a string/);
  refused('exports.a = 1\nfunction set (v) { exports.a = v }\n', /exports set inside other code/);
  // A key of an object, a property of another module's namespace, a string: not the export.
  const code = qrcodeModuleAsEsm("exports.L = { bit: 1 }\nexports.mul = function mul (x) { return GF.mul(x, 'mul') }\nconst t = { L: 2 }\n", path);
  assert.match(code, /^export const mul = function mul \(x\) \{ return GF\.mul\(x, 'mul'\) \}$/m);
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
  // Every version, 1 to 40: bytes (lower case), up to the most version 40 holds at level M.
  for (let length = 1; length <= 2331; length += 7) texts.push('k7q2'.repeat(600).slice(0, length));
  const versions = new Set();
  for (const text of texts) {
    const a = cjs.qrSymbol(text);
    const b = esm.qrSymbol(text);
    assert.equal(b.size, a.size, text.slice(0, 40));
    assert.deepEqual(b.data, a.data, text.slice(0, 40));
    versions.add((a.size - 17) / 4);
  }
  assert.deepEqual([...versions].sort((x, y) => x - y), Array.from({ length: 40 }, (_, i) => i + 1));
});
