// Size budgets: what each element costs a page that loads it alone (minified, gzip, with Lit and
// every dependency it uses, lazy parts included: the phone parser and metadata, the QR library),
// shown in English, and what showing it in Simplified Chinese adds (its translated strings, loaded
// only then); and the self-contained bundle. Prints a table; exits 1 when a budget is passed.
// `npm run size` (after `npm run build` for the bundle row).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { translationsApart } from './translations-apart.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;

/** Budgets in gzip bytes; elements without a budget of their own are listed for information. */
const BUDGETS = {
  'method-picker': 16 * KB,
  'authenticator-enroll': 28 * KB,
  'phone-editor': 55 * KB,
  bundle: 80 * KB,
};

const minGzip = (code) => ({ min: code.length, gzip: gzipSync(code, { level: 9 }).length });

async function elementSize(name) {
  const translations = new Set();
  const result = await build({
    entryPoints: [join(root, `src/components/${name}/${name}.ts`)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    outdir: join(root, 'size-out'), // never written
    // Without splitting, esbuild inlines lazily imported modules: the sum a user downloads.
    splitting: false,
    tsconfig: join(root, 'tsconfig.json'),
    conditions: ['browser', 'production'],
    // License comments go to a file of their own, as webpack's production build does by default.
    legalComments: 'external',
    logLevel: 'error',
    plugins: [translationsApart(translations)],
  });
  const english = minGzip(result.outputFiles.find((file) => file.path.endsWith('.js')).contents);
  // The Simplified Chinese tables this element loads, as one file (a bundler may split them more).
  const zh = [...translations].filter((path) => path.includes('zh-Hans'));
  const chinese = await build({
    stdin: { contents: zh.map((path, i) => `export { default as t${i} } from ${JSON.stringify(path)};`).join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  return { ...english, zh: minGzip(chinese.outputFiles[0].contents).gzip };
}

const rows = [];
for (const name of readdirSync(join(root, 'src/components')).sort()) {
  if (!existsSync(join(root, `src/components/${name}/${name}.ts`))) continue;
  rows.push({ name: `<mfa-${name}>`, key: name, ...(await elementSize(name)) });
}
const bundlePath = join(root, 'dist/mfa-elements.bundle.js');
if (existsSync(bundlePath)) {
  const code = readFileSync(bundlePath);
  rows.push({ name: 'mfa-elements.bundle.js (everything)', key: 'bundle', min: code.length, gzip: gzipSync(code, { level: 9 }).length });
} else {
  console.error('dist/mfa-elements.bundle.js is missing: run `npm run build` first.');
  process.exitCode = 1;
}

const fmt = (n) => `${(n / KB).toFixed(2)} KB`;
let over = 0;
console.log('| module | min | gzip | budget (gzip) | | + zh-Hans strings (gzip) |');
console.log('|---|---:|---:|---:|---|---:|');
for (const row of rows) {
  const budget = BUDGETS[row.key];
  const ok = budget === undefined || row.gzip <= budget;
  if (!ok) over++;
  console.log(`| ${row.name} | ${fmt(row.min)} | ${fmt(row.gzip)} | ${budget ? fmt(budget) : '–'} | ${budget ? (ok ? 'ok' : 'OVER') : ''} | ${row.zh === undefined ? '' : fmt(row.zh)} |`);
}
if (over) {
  console.error(`${over} size budget(s) passed`);
  process.exitCode = 1;
}
