// Checks what `npm run build` wrote, as its users meet it:
// 1. every public module imports in Node without throwing (SSR frameworks do this; in Node the
//    `bundle` subpath resolves to the regular entry, since the bundle inlines Lit's browser build);
// 2. the README's no-build example, copied into a plain HTML file next to the bundle (and again with
//    the entry of dist/cdn/) and served with the reference endpoint at /api/mfa for a signed-in demo
//    user (its CSRF token where the example's server would write it), works in Chromium: the
//    elements register, <mfa-security-info> shows that user's settings and saves a new default
//    method, the page logs no error, and follows the page's switch to Chinese; dist/cdn/ loads only
//    its entry up front and the translations as chunks;
// 3. the VS Code custom data offers the values an attribute takes, not its type's name;
// 4. every module custom-elements.json names (an element's, its superclass's, an event's) is a file
//    the package ships;
// and the contract kit's checks, which import the build, load from it and work (1b).
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { loadReference } from './load-reference.js';

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
  if (!file?.endsWith('.js')) continue; // types-only entries (./jsx, ./vue, ./svelte) have no module
  if (key.includes('*')) {
    const { readdirSync } = await import('node:fs');
    // An element's module (`./*`), by the elements' folders; another pattern, by the files it matches.
    const names = file.includes('components/*')
      ? readdirSync(join(root, 'src/components'))
      : readdirSync(join(root, dirname(file))).flatMap((f) => (f.endsWith('.js') ? [f.slice(0, -3)] : []));
    for (const name of names) modules.push(file.replaceAll('*', name));
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

// 1b. The contract kit runs the elements' own checks from the build beside it (its tests take the
// source): a build that dropped one of them would fail a company's run, not this one.
try {
  const kit = await import(pathToFileURL(join(root, 'contract/elements.js')).href);
  const totp = { otpauthUri: 'otpauth://totp/A:b?secret=X&issuer=A', issuer: 'A', accountName: 'b', secret: 'X', algorithm: 'SHA1', digits: 6, period: 30 };
  const said = kit.setupRefusals('the set-up', { kind: 'totp', status: 'pending', enrollmentId: 'e', totp }, 'totp');
  if (!said.some((message) => message.includes('rule secret-'))) fail(`the contract kit's set-up check from dist/ said ${JSON.stringify(said)}`);
  const read = await kit.asRead('getSettings', {});
  if (read !== null) fail("the contract kit's reading of settings from dist/ took an empty answer");
} catch (error) {
  fail(`the contract kit's checks did not load from dist/: ${error?.stack ?? error}`);
}
console.log("contract kit: the elements' checks load from dist/");

// 4. The manifest's module paths, as tools that go from a tag to its module follow them.
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const named = new Set();
for (const mod of manifest.modules) {
  // A type's reference may name its module relative to the module it is in.
  JSON.stringify(mod, (key, value) => {
    if ((key === 'path' || key === 'module') && typeof value === 'string' && !value.startsWith('lit')) {
      named.add(value.startsWith('.') ? join(dirname(mod.path), value) : value);
    }
    return value;
  });
}
const shipped = (path) => pkg.files.some((entry) => path.startsWith(`${entry}/`)) && existsSync(join(root, path));
for (const path of named) if (!shipped(path)) fail(`custom-elements.json names ${path}, which the package does not ship`);
console.log(`custom-elements.json: ${named.size} module paths checked against the package`);

// The VS Code custom data (see the README's Editor support): an attribute's completions are the
// values it takes, never the name of its type (`theme="MfaTheme"`).
const htmlData = JSON.parse(readFileSync(join(root, 'dist/vscode.html-custom-data.json'), 'utf8'));
const completions = (tag, attribute) =>
  htmlData.tags.find((t) => t.name === tag)?.attributes.find((a) => a.name === attribute)?.values.map((v) => v.name).join('|');
for (const [tag, attribute, expected] of [
  ['mfa-provider', 'theme', 'light|dark|auto'],
  ['mfa-provider', 'credentials', 'include|omit|same-origin'],
  ['mfa-phone-editor', 'phone-slot', 'mobile|alternate|office'],
  ['mfa-authenticator-enroll', 'kind', 'totp|push'],
]) {
  const offered = completions(tag, attribute);
  if (offered !== expected) fail(`VS Code data offers ${tag} ${attribute}="${offered}", not ${expected}`);
}
for (const tag of htmlData.tags) {
  for (const attribute of tag.attributes) {
    const names = attribute.values.map((v) => v.name).filter((name) => /^[A-Z]/.test(name));
    if (names.length) fail(`VS Code data offers type names as values of ${tag.name} ${attribute.name}: ${names.join(', ')}`);
  }
}
console.log(`VS Code data: ${htmlData.tags.length} elements, attribute values spelled out`);

// 2. The README's no-build example in Chromium, with the one-file bundle and with dist/cdn/.
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const example = readme.match(/<!-- no-build-example:start -->\s*```html\n([\s\S]*?)```/)?.[1];
if (!example) fail('README has no no-build example between its markers');
const reference = await loadReference();
const endpoint = reference.createReferenceEndpoint({ basePath: '/api/mfa' });
const session = endpoint.control.signIn('adele');
// The page as the portal's server renders it: the session's CSRF token in its placeholder.
const PLACEHOLDER = '{{ csrf_token }}';
if (example && !example.includes(PLACEHOLDER)) fail(`the no-build example has no ${PLACEHOLDER} for its CSRF token`);
const page = (example ?? '').replace(PLACEHOLDER, session.csrfToken);
const dir = mkdtempSync(join(tmpdir(), 'mfa-nobuild-'));
writeFileSync(join(dir, 'index.html'), page);
// The same page with the entry of dist/cdn/ instead, as the README's note on it says.
writeFileSync(join(dir, 'cdn.html'), page.replace('./mfa-elements.bundle.js', './cdn/mfa-elements.js'));
copyFileSync(join(root, 'dist/mfa-elements.bundle.js'), join(dir, 'mfa-elements.bundle.js'));
cpSync(join(root, 'dist/cdn'), join(dir, 'cdn'), { recursive: true, filter: (path) => !path.endsWith('.map') });
const serveApi = reference.toNodeMiddleware(async (request) =>
  new URL(request.url).pathname.startsWith('/api/mfa/') ? endpoint.handle(request) : undefined,
);
const server = createServer((req, res) => serveApi(req, res, () => serveFile(req, res)));
function serveFile(req, res) {
  const file = join(dir, req.url === '/' ? 'index.html' : req.url.slice(1).split('?')[0]);
  if (!file.startsWith(dir) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
  res.end(readFileSync(file));
}
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** The default method as <mfa-security-info> shows it, once shown. */
const defaultMethod = (page) =>
  page.locator('mfa-security-info').locator('[part~="default-method"] strong').textContent({ timeout: 10_000 }).catch(() => null);

/** The two default methods the example switches between, and their Chinese names. */
const CHINESE = {
  'Text a code to my authentication phone': '向我的身份验证电话发送短信验证码',
  'Call my authentication phone': '呼叫我的身份验证电话',
};

/** Changes the default method as a user does, and waits for the page to say it is saved. */
async function saveDefaultMethod(page, method) {
  const info = page.locator('mfa-security-info');
  await info.locator('[part~="default-method"]').getByRole('button', { name: 'Change' }).click({ timeout: 10_000 });
  const picker = info.locator('mfa-method-picker');
  await picker.getByRole('radio', { name: method }).check({ timeout: 10_000 });
  await picker.getByRole('button', { name: 'Save' }).click();
  await info.getByText('Your default sign-in method is saved.').waitFor({ timeout: 10_000 });
  // The line shows the settings read again after the change: the new default once they arrive.
  await page
    .waitForFunction(
      (text) => document.querySelector('mfa-security-info')?.shadowRoot?.querySelector('[part~="default-method"] strong')?.textContent === text,
      method,
      { timeout: 10_000 },
    )
    .catch(async () => {
      throw new Error(`the page shows ${JSON.stringify(await defaultMethod(page))} after saving ${JSON.stringify(method)}`);
    });
}

async function checkExample(path, label) {
  const context = await browser.newContext();
  // The portal's sign-in would set this cookie; the example's page sends it like any same-origin request.
  await context.addCookies([{ name: 'mfa_ref_session', value: session.token, url: origin }]);
  const page = await context.newPage();
  const errors = [];
  const scripts = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Failed loads are judged by URL below (a browser asks for /favicon.ico by itself).
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} for ${r.url()}`);
    if (r.url().endsWith('.js')) scripts.push(new URL(r.url()).pathname);
  });
  try {
    await page.goto(`${origin}/${path}`);
    const expected = ['mfa-provider', 'mfa-security-info', 'mfa-method-picker', 'mfa-phone-editor', 'mfa-code-input'];
    const tags = await page.evaluate(async (names) => {
      await Promise.all(names.map((n) => customElements.whenDefined(n)));
      return names.filter((t) => customElements.get(t));
    }, expected);
    if (tags.length !== expected.length) fail(`${label} registered only ${tags.join(', ')}`);
    // The signed-in user's default method, as <mfa-security-info> shows it.
    // The user's default method (each run of the example switches it to the other one).
    const shown = await defaultMethod(page);
    if (!(shown in CHINESE)) fail(`<mfa-security-info> from ${label} did not show the user's settings (saw ${JSON.stringify(shown)})`);
    // A change goes through: the provider sends the page's CSRF token.
    const saved = Object.keys(CHINESE).find((method) => method !== shown);
    await saveDefaultMethod(page, saved).catch((error) => fail(`${label}: saving a default method failed: ${error.message.split('\n')[0]}`));
    const atLoad = scripts.length;
    // The page switches to Simplified Chinese: the translations arrive (from chunks with dist/cdn/).
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'zh-CN'));
    const chinese = CHINESE[saved];
    await page.waitForFunction(
      (text) => document.querySelector('mfa-security-info')?.shadowRoot?.querySelector('[part~="default-method"] strong')?.textContent === text,
      chinese,
      { timeout: 10_000 },
    ).catch(async () => {
      fail(`${label}: the page's switch to Chinese did not reach <mfa-security-info> (it shows ${JSON.stringify(await defaultMethod(page))})`);
    });
    if (errors.length) fail(`${label}: the no-build example logged errors: ${errors.join('; ')}`);
    console.log(
      `no-build example with ${label}: ${tags.length} elements registered; settings shown; a default method saved; ${atLoad} script(s) at load, ${scripts.length - atLoad} more for Chinese`,
    );
    return { atLoad: scripts.slice(0, atLoad), later: scripts.slice(atLoad) };
  } finally {
    await context.close();
  }
}

try {
  const bundle = await checkExample('', 'the bundle');
  if (bundle.later.length) fail(`the bundle fetched more scripts: ${bundle.later.join(', ')}`);
  const cdn = await checkExample('cdn.html', 'dist/cdn/');
  // The phone parser and the QR library wait until an edit or an enrollment needs them.
  const early = cdn.atLoad.filter((path) => /\/chunks\/(phone-format|qrcode)-/.test(path));
  if (early.length) fail(`dist/cdn/ loaded ${early.join(', ')} up front`);
  // Nor any chunk: the browser finds the entry's imports only once the entry has come, so each is
  // one more round trip before the first element shows.
  const chained = cdn.atLoad.filter((path) => path.includes('/chunks/'));
  if (chained.length) fail(`dist/cdn/'s entry imports ${chained.join(', ')}: keep what it shares with a lazy chunk in the entry`);
  if (!cdn.later.length) fail('dist/cdn/ fetched no translation chunk for Chinese');
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
