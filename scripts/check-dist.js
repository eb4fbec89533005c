// Checks what `npm run build` wrote, as its users meet it:
// 1. every public module imports in Node without throwing (SSR frameworks do this; in Node the
//    `bundle` subpath resolves to the regular entry, since the bundle inlines Lit's browser build);
// 2. the README's no-build example, copied into a plain HTML file next to the bundle, works in
//    Chromium: the elements register and the page logs no error.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let failures = 0;
const fail = (message) => {
  failures++;
  console.error(`FAIL ${message}`);
};

// 1. Node imports.
const modules = [];
for (const [key, target] of Object.entries(pkg.exports)) {
  // What Node resolves: the plain target, or the `default` condition.
  const file = typeof target === 'string' ? target : target.default;
  if (!file.endsWith('.js')) continue;
  if (key.includes('*')) {
    const { readdirSync } = await import('node:fs');
    for (const name of readdirSync(join(root, 'src/components'))) modules.push(file.replaceAll('*', name));
  } else {
    modules.push(file);
  }
}
for (const file of modules) {
  const path = join(root, file);
  if (!existsSync(path)) {
    fail(`${file} is exported but was not built`);
    continue;
  }
  try {
    await import(pathToFileURL(path).href);
  } catch (error) {
    fail(`importing ${file} in Node threw: ${error?.stack ?? error}`);
  }
}
console.log(`node import: ${modules.length} public modules`);

// 2. The README's no-build example in Chromium.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const example = readme.match(/<!-- no-build-example:start -->\s*```html\n([\s\S]*?)```/)?.[1];
if (!example) fail('README has no no-build example between its markers');
const dir = mkdtempSync(join(tmpdir(), 'mfa-nobuild-'));
writeFileSync(join(dir, 'index.html'), example ?? '');
copyFileSync(join(root, 'dist/mfa-elements.bundle.js'), join(dir, 'mfa-elements.bundle.js'));
const server = createServer((req, res) => {
  const file = join(dir, req.url === '/' ? 'index.html' : req.url.slice(1).split('?')[0]);
  if (!file.startsWith(dir) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  const tags = await page.evaluate(async () => {
    await customElements.whenDefined('mfa-provider');
    return ['mfa-provider'].filter((t) => customElements.get(t));
  });
  if (!tags.includes('mfa-provider')) fail('the no-build example did not register <mfa-provider>');
  // The example's endpoint does not exist here: requests failing is expected, script errors are not.
  const scriptErrors = errors.filter((e) => !/Failed to load resource|404/.test(e));
  if (scriptErrors.length) fail(`the no-build example logged errors: ${scriptErrors.join('; ')}`);
  console.log(`no-build example: ${tags.length} element(s) registered from the bundle`);
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

if (failures) {
  console.error(`${failures} dist check(s) failed`);
  process.exit(1);
}
console.log('dist checks passed');
