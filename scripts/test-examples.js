// `npm run test:examples` (after `tsc -p examples/tsconfig.json` type-checked every example):
// 1. the framework typings are up to date with custom-elements.json;
// 2. the React 19, React 18-style (@lit/react wrappers), Vue, Angular and Svelte 5 examples and the
//    plain HTML example, bundled with esbuild as an app would bundle them, render in Chromium against
//    the reference endpoint at /api/mfa for a signed-in demo user: the method picker shows the
//    user's methods, and choosing one and pressing Save reaches the example's own event handler,
//    which shows the method from the typed `event.detail`;
// 3. each page, opened again with the system in dark mode (every example sets `theme="auto"`), shows
//    the picker's heading at WCAG AA contrast (4.5:1) on what is behind it: the elements paint no
//    background between their rows, so a page that stays white leaves light text on white.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { compile } from 'svelte/compiler';
import { loadReference } from './load-reference.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
let failures = 0;
/** Examples with a failed check, light or dark. */
const failed = new Set();
const fail = (message, example) => {
  failures++;
  if (example) failed.add(example);
  console.error(`FAIL ${message}`);
};

// 1. Typings.
try {
  execFileSync(process.execPath, [join(root, 'scripts/generate-framework-types.js'), '--check'], { cwd: root, stdio: 'inherit' });
  console.log('framework typings: up to date with custom-elements.json');
} catch {
  fail('the framework typings are out of date');
}

// 2. Bundles, one page each.
const dir = mkdtempSync(join(tmpdir(), 'mfa-examples-'));
const pages = [
  { name: 'react19', entry: 'examples/react19/main.tsx', body: '<div id="root"></div>' },
  { name: 'react18-wrappers', entry: 'examples/react18-wrappers/main.tsx', body: '<div id="root"></div>' },
  { name: 'vue', entry: 'examples/vue/main.ts', body: '<div id="app"></div>' },
  { name: 'angular', entry: 'examples/angular/main.ts', body: '<app-security></app-security>' },
  // Svelte 5: App.svelte mounted as an app's entry would mount it.
  {
    name: 'svelte',
    entry: { contents: "import { mount } from 'svelte'; import App from './examples/svelte/App.svelte'; mount(App, { target: document.getElementById('app') });", resolveDir: root, sourcefile: 'svelte-main.js' },
    body: '<div id="app"></div>',
  },
];

/** `.svelte` files compiled by Svelte's own compiler, as the Svelte bundler plugins do. */
const svelteFiles = {
  name: 'svelte-files',
  setup(b) {
    b.onLoad({ filter: /\.svelte$/ }, (args) => {
      const { js } = compile(readFileSync(args.path, 'utf8'), { filename: args.path, generate: 'client' });
      return { contents: js.code, loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};
const common = {
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  tsconfig: join(root, 'examples/tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  logLevel: 'error',
  absWorkingDir: root,
  plugins: [svelteFiles],
};
for (const page of pages) {
  const entry = typeof page.entry === 'string' ? { entryPoints: [page.entry] } : { stdin: page.entry };
  await build({ ...common, ...entry, outfile: join(dir, page.name, 'app.js') });
  writeFileSync(
    join(dir, page.name, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><meta name="csrf-token" content="{{csrfToken}}"><script type="module" src="./app.js"></script></head><body>${page.body}</body></html>`,
  );
}
// Plain HTML: the example's own files, next to a bundle of the package (what dist/mfa-elements.bundle.js is).
await build({ ...common, entryPoints: ['src/index.ts'], outfile: join(dir, 'html', 'mfa-elements.bundle.js') });
for (const file of ['index.html', 'app.js']) copyFileSync(join(root, 'examples/html', file), join(dir, 'html', file));
pages.push({ name: 'html' });
console.log(`bundled ${pages.length} examples in ${Date.now() - started} ms`);

// The reference endpoint: a fresh one (and session) per page, so each starts from the same settings.
const reference = await loadReference();
let endpoint;
let csrfToken = '';
const serveApi = reference.toNodeMiddleware(async (request) =>
  new URL(request.url).pathname.startsWith('/api/mfa/') ? endpoint.handle(request) : undefined,
);
const server = createServer((req, res) => serveApi(req, res, () => serveFile(req, res)));
function serveFile(req, res) {
  const path = req.url.split('?')[0];
  const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
  if (!file.startsWith(dir) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  const html = file.endsWith('.html');
  res.writeHead(200, { 'content-type': html ? 'text/html' : 'text/javascript' });
  // What the host's server does: the signed-in session's CSRF token in the page.
  res.end(html ? readFileSync(file, 'utf8').replace('{{csrfToken}}', csrfToken) : readFileSync(file));
}
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
/** A new browser context signed in to a fresh reference endpoint, on the example's page. */
async function open(name, options = {}) {
  endpoint = reference.createReferenceEndpoint({ basePath: '/api/mfa' });
  const session = endpoint.control.signIn('adele');
  csrfToken = session.csrfToken;
  const context = await browser.newContext(options);
  await context.addCookies([{ name: 'mfa_ref_session', value: session.token, url: origin }]);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
  await page.goto(`${origin}/${name}/`);
  return { context, page, errors };
}

/**
 * The contrast of an element's text on what is seen behind it: the backgrounds of its ancestors
 * (across shadow roots) painted in order over the page's canvas, all read back as pixels, so any
 * CSS colour syntax counts.
 */
function contrastOnPage(element) {
  const layers = [];
  for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
    const background = getComputedStyle(node).backgroundColor;
    if (background) layers.unshift(background);
  }
  const probe = document.body.appendChild(document.createElement('div'));
  probe.style.backgroundColor = 'Canvas';
  const canvasColour = getComputedStyle(probe).backgroundColor;
  probe.remove();
  const context = new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true });
  const paint = (colours) => {
    for (const colour of colours) {
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
    }
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  };
  const behind = paint([canvasColour, ...layers]);
  const text = paint([getComputedStyle(element).color]);
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(text), luminance(behind)].sort((a, b) => b - a);
  return { ratio: (light + 0.05) / (dark + 0.05), text: `rgb(${text})`, behind: `rgb(${behind})` };
}

try {
  for (const { name } of pages) {
    const { context, page, errors } = await open(name);
    try {
      // Rendered: the picker shows the user's methods (Playwright's locators pierce shadow roots).
      const picker = page.locator('mfa-method-picker');
      await picker.locator('#radio-call-office').check({ timeout: 10_000 });
      await picker.locator('[part~="save-button"]').click();
      // The example's handler received the event and showed its typed detail.
      await page.getByText('New default method: call-office').waitFor({ timeout: 10_000 });
      if (errors.length) fail(`${name}: the page logged errors: ${errors.join('; ')}`, name);
      else console.log(`${name}: rendered; mfa-method-change reached the example's handler`);
    } catch (error) {
      fail(`${name}: ${String(error?.message ?? error).split('\n')[0]}${errors.length ? ` (page errors: ${errors.join('; ')})` : ''}`, name);
    } finally {
      await context.close();
    }
  }
  // 3. Dark mode.
  for (const { name } of pages) {
    const { context, page, errors } = await open(name, { colorScheme: 'dark' });
    try {
      const heading = page.locator('mfa-method-picker').locator('legend[part~="heading"]');
      await heading.waitFor({ timeout: 10_000 });
      const { ratio, text, behind } = await heading.evaluate(contrastOnPage);
      if (errors.length) fail(`${name} (dark): the page logged errors: ${errors.join('; ')}`, name);
      else if (ratio < 4.5) fail(`${name} (dark): the picker's heading is ${text} on ${behind}, ${ratio.toFixed(2)}:1, under 4.5:1`, name);
      else console.log(`${name} (dark): the picker's heading is ${text} on ${behind}, ${ratio.toFixed(2)}:1`);
    } catch (error) {
      fail(`${name} (dark): ${String(error?.message ?? error).split('\n')[0]}`, name);
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

console.log(`${pages.length - failed.size}/${pages.length} examples passed (light and dark) in ${Date.now() - started} ms`);
if (failures) process.exit(1);
