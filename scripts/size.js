// Size budgets: what each element costs a page that loads it alone (minified, gzip, with Lit and
// every dependency it uses, lazy parts included: the phone parser and metadata, the QR library),
// shown in English, with the part that is this library's own code (all but Lit, libphonenumber-js
// and qrcode), and what showing it in Simplified Chinese adds (its translated strings, loaded only
// then); the self-contained bundle; and, for information, dist/cdn/ (its entry and the chunks
// it loads on demand). Prints tables; exits 1 when a budget is passed.
// Elements are bundled from the modules the package ships (dist/), as a page's bundler takes them.
// `npm run size`, after `npm run build`.
// `npm run size -- --ceilings` (what CI runs): exits 1 when a budget that is met is passed, or when
// a module still over its budget grows past its ceiling (its size when the ceiling was set), so
// nothing grows while the budgets are being worked towards.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { elementBuild, scriptOf, translationsApart } from './element-build.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;

/** Budgets in gzip bytes; elements without a budget of their own are listed for information. */
const BUDGETS = {
  'method-picker': 16 * KB,
  'authenticator-enroll': 28 * KB,
  'phone-editor': 55 * KB,
  bundle: 80 * KB,
};

/**
 * For the modules still over their budget: the gzip bytes they may not grow past, set from a
 * measurement and lowered as they shrink. A feature pays for its bytes; a ceiling is raised only in
 * a commit of its own, to a new measurement, for fixes of defects users met, which that commit
 * names. When a module meets its budget, its ceiling goes.
 */
const CEILINGS = {
  bundle: 96.69 * KB,
};
const withCeilings = process.argv.includes('--ceilings');

const minGzip = (code) => ({ min: code.length, gzip: gzipSync(code, { level: 9 }).length });

/**
 * This library's own code in an entry: the same build with Lit, libphonenumber-js and qrcode left
 * out, so a budget's margin can be set against what the dependencies alone take.
 */
async function ownCode(entry, plugins) {
  return minGzip(scriptOf(await build({ ...elementBuild, entryPoints: [entry], packages: 'external', plugins }))).gzip;
}

async function elementSize(name) {
  const translations = new Set();
  const entry = join(root, `dist/components/${name}/${name}.js`);
  const result = await build({ ...elementBuild, entryPoints: [entry], plugins: [translationsApart(translations)] });
  const english = minGzip(scriptOf(result));
  // The Simplified Chinese tables this element loads, as one file (a bundler may split them more).
  // In the order of their paths: esbuild resolves imports in parallel, so the order they were found
  // in changes from run to run, and with it the gzip size by a few bytes.
  const zh = [...translations].filter((path) => path.includes('zh-Hans')).sort();
  const chinese = await build({
    stdin: { contents: zh.map((path, i) => `export { default as t${i} } from ${JSON.stringify(path)};`).join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const own = await ownCode(entry, [translationsApart()]);
  return { ...english, own, zh: minGzip(chinese.outputFiles[0].contents).gzip };
}

const rows = [];
if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
for (const name of readdirSync(join(root, 'src/components')).sort()) {
  if (!existsSync(join(root, `src/components/${name}/${name}.ts`))) continue;
  rows.push({ name: `<mfa-${name}>`, key: name, ...(await elementSize(name)) });
}
const bundlePath = join(root, 'dist/mfa-elements.bundle.js');
if (existsSync(bundlePath)) {
  const code = readFileSync(bundlePath);
  // Its own code with the translations inside, as the bundle has them.
  const own = await ownCode(join(root, 'dist/index.js'), []);
  rows.push({ name: 'mfa-elements.bundle.js (everything)', key: 'bundle', min: code.length, gzip: gzipSync(code, { level: 9 }).length, own });
} else {
  console.error('dist/mfa-elements.bundle.js is missing: run `npm run build` first.');
  process.exitCode = 1;
}

const fmt = (n) => `${(n / KB).toFixed(2)} KB`;
let over = 0;
let grown = 0;
console.log('| module | min | gzip | budget (gzip) | | its own code alone (gzip) | + zh-Hans strings (gzip) |');
console.log('|---|---:|---:|---:|---|---:|---:|');
for (const row of rows) {
  const budget = BUDGETS[row.key];
  const ceiling = CEILINGS[row.key];
  const ok = budget === undefined || row.gzip <= budget;
  let verdict = budget ? (ok ? 'ok' : 'OVER') : '';
  if (!ok) over++;
  if (!ok && ceiling !== undefined) {
    const held = row.gzip <= ceiling;
    if (!held) grown++;
    verdict += held ? ` (ceiling ${fmt(ceiling)}: held)` : ` (ceiling ${fmt(ceiling)}: PASSED)`;
  } else if (!ok && withCeilings) {
    grown++;
  }
  if (ok && ceiling !== undefined) {
    console.error(`${row.name} meets its budget: remove its ceiling from scripts/size.js`);
    process.exitCode = 1;
  }
  console.log(`| ${row.name} | ${fmt(row.min)} | ${fmt(row.gzip)} | ${budget ? fmt(budget) : '–'} | ${verdict} | ${fmt(row.own)} | ${row.zh === undefined ? '' : fmt(row.zh)} |`);
}

// dist/cdn/: the same elements as an entry and chunks loaded on demand (no budget of its own).
const cdn = join(root, 'dist/cdn');
if (existsSync(join(cdn, 'mfa-elements.js'))) {
  const entry = readFileSync(join(cdn, 'mfa-elements.js'), 'utf8');
  // What the entry imports statically comes with it; the rest only on demand.
  const withEntry = new Set([...entry.matchAll(/(?:from|import)\s*"\.\/chunks\/([^"]+)"/g)].map((m) => m[1]));
  const groups = [
    { label: 'the entry, and the chunks it imports (up front)', test: (file) => withEntry.has(file) },
    { label: 'phone parser and metadata (when a number is edited)', test: (file) => file.startsWith('phone-format-') },
    { label: 'QR library (when an app is set up)', test: (file) => file.startsWith('qrcode-') },
    { label: 'Simplified Chinese, every table (each element loads its own)', test: (file) => file.startsWith('zh-Hans-') },
  ];
  const totals = groups.map(() => ({ min: 0, gzip: 0 }));
  totals[0].min += entry.length;
  totals[0].gzip += gzipSync(entry, { level: 9 }).length;
  for (const file of readdirSync(join(cdn, 'chunks')).filter((name) => name.endsWith('.js'))) {
    const size = minGzip(readFileSync(join(cdn, 'chunks', file)));
    const group = groups.findIndex((g) => g.test(file));
    if (group < 0) {
      console.error(`dist/cdn/chunks/${file} belongs to no group of this table`);
      process.exitCode = 1;
      continue;
    }
    totals[group].min += size.min;
    totals[group].gzip += size.gzip;
  }
  console.log('');
  console.log('| dist/cdn/ | min | gzip |');
  console.log('|---|---:|---:|');
  for (const [i, g] of groups.entries()) console.log(`| ${g.label} | ${fmt(totals[i].min)} | ${fmt(totals[i].gzip)} |`);
}

if (withCeilings) {
  if (grown) {
    console.error(`${grown} module(s) passed a budget they met, or grew past their ceiling`);
    process.exitCode = 1;
  } else if (over) {
    console.log(`${over} budget(s) still passed; no module grew past its ceiling`);
  }
} else if (over) {
  console.error(`${over} size budget(s) passed`);
  process.exitCode = 1;
}
