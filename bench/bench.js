// `npm run bench`: how fast the elements are for a user, in headless Chromium (the system's, or
// CHROME_PATH). Prints medians over repeated runs; asserts nothing (timings are machine-bound).
//  1. module load to first render of each element: its own minified bundle (as scripts/size.js
//     builds it: Lit and lazy parts inlined), served locally; from import() start to the end of
//     the element's first update (`updateComplete`), and to the first update that shows what it
//     loaded (no longer "Loading…"), with an in-page client answering at once with the reference
//     endpoint's data for a demo user (an administrator, with two users, for <mfa-user-admin>);
//  2. per-keystroke formatting in <mfa-phone-editor form-field>: numbers of ten regions typed key
//     by key, from the input event to the end of the update it causes;
//  3. QR drawing for a set-up URI: the matrix (qr-symbol.ts), the path data, and the SVG in the page;
//  4. heap after mounting and removing each element 1,000 times (five rounds), after forced GC
//     (CDP), inside a provider and alone; flagged when later rounds still grow beyond noise.
// BENCH_RUNS (default 7) sets the repetitions of 1–3.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parsePhoneNumber } from 'libphonenumber-js/min';
import { chromium } from 'playwright-core';
import { loadReference } from '../scripts/load-reference.js';
import { elementBuild, scriptOf, translationsApart } from '../scripts/element-build.js';

const examples = createRequire(import.meta.url)('libphonenumber-js/examples.mobile.json');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** BENCH_ONLY=load,keys,qr,heap runs some sections only. */
const ONLY = new Set((process.env.BENCH_ONLY ?? 'load,keys,qr,heap').split(','));
const MOUNTS = 1000;
/** Rounds of MOUNTS after the first; an element leaks when all of them but one grow beyond noise. */
const LATER_ROUNDS = 4;
const REGIONS = ['US', 'GB', 'DE', 'FR', 'IN', 'BR', 'JP', 'CN', 'AU', 'NG'];
const started = performance.now();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))];
const ms = (value) => `${value.toFixed(value < 1 ? 3 : value < 10 ? 2 : 1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
function table(headers, rows) {
  console.log(`| ${headers.join(' | ')} |`);
  console.log(`|${headers.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
  console.log('');
}

// --- what the page loads ---------------------------------------------------------------------
const elements = readdirSync(join(root, 'src/components'))
  .filter((name) => existsSync(join(root, `src/components/${name}/${name}.ts`)))
  .sort();
const files = new Map([['/blank.html', { type: 'text/html', body: '<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>' }]]);
for (const name of elements) {
  // As npm run size builds it: the page is English, so translations stay apart (see the plugin).
  const result = await build({
    ...elementBuild,
    entryPoints: [join(root, `src/components/${name}/${name}.ts`)],
    plugins: [translationsApart()],
  });
  files.set(`/el/${name}.js`, { type: 'text/javascript', body: scriptOf(result) });
}
const qrHarness = await build({
  ...elementBuild,
  stdin: {
    resolveDir: root,
    loader: 'ts',
    contents: `
      import { render } from 'lit';
      import { encodeQr, loadQrLibrary, qrPathData } from './src/components/authenticator-enroll/qr.ts';
      import { renderQr } from './src/components/authenticator-enroll/authenticator-enroll.views.ts';
      import { Localizer } from './src/core/localize.ts';
      window.qrBench = { render, encodeQr, loadQrLibrary, qrPathData, renderQr, localizer: new Localizer('en') };`,
  },
});
files.set('/qr.js', { type: 'text/javascript', body: scriptOf(qrHarness) });

// The data the in-page client answers with: the reference endpoint's answers for a demo user.
const { createReferenceEndpoint } = await loadReference();
const reference = createReferenceEndpoint();
const session = reference.control.signIn('adele');
const canned = {};
for (const [operation, path] of [['getSettings', '/settings'], ['listAuthenticators', '/authenticators'], ['listAppPasswords', '/app-passwords']]) {
  const response = await reference.handle(new Request(`https://portal.example${path}`, { headers: { authorization: `Bearer ${session.token}` } }));
  canned[operation] = await response.json();
}

const server = createServer((req, res) => {
  const file = files.get(new URL(req.url, 'http://x').pathname);
  if (!file) {
    res.statusCode = 404;
    res.end();
    return;
  }
  res.setHeader('content-type', file.type);
  res.setHeader('cache-control', 'no-store');
  // Cross-origin isolated: performance.now() resolves to 5 µs instead of 100 µs.
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('cross-origin-embedder-policy', 'require-corp');
  res.end(file.body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
if (!executablePath) throw new Error('No Chromium found: apt-get install chromium, or set CHROME_PATH.');
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** A fresh page (its own context: no module or HTTP cache shared with other runs) with the in-page client. */
async function freshPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript((data) => {
    // Answers every read at once with the reference's data; anything else never settles (a mount
    // only reads). Honours the signal, as a real client does.
    const clientOf = (answers) =>
      new Proxy(
        {},
        {
          get: (_, operation) => (...args) => {
            const options = args.at(-1);
            if (!(operation in answers)) return new Promise(() => {});
            return options?.signal?.aborted ? Promise.reject(new DOMException('Aborted', 'AbortError')) : Promise.resolve(structuredClone(answers[operation]));
          },
        },
      );
    window.benchClient = clientOf(data);
    // The same user as an administrator, for <mfa-user-admin> (else it shows only its notice).
    const admin = structuredClone(data);
    admin.getSettings.user.isAdmin = true;
    window.benchAdminClient = clientOf(admin);
    // A macrotask without timer clamping, for letting a loaded answer render.
    const channel = new MessageChannel();
    const waiting = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    window.nextTask = () => new Promise((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(0);
    });
    window.mountOnce = async (tag, parent = document.body, ownClient = true) => {
      const el = document.createElement(tag);
      if (tag === 'mfa-phone-editor') el.setAttribute('phone-slot', 'mobile');
      if (ownClient) el.client = window.benchClient;
      parent.append(el);
      await el.updateComplete;
      await window.nextTask();
      await el.updateComplete;
      el.remove();
    };
  }, canned);
  await page.goto(`${origin}/blank.html`);
  return { page, context, errors };
}

// --- 1. module load to first render ---------------------------------------------------------
const loadRows = [];
for (const name of ONLY.has('load') ? elements : []) {
  const samples = { load: [], render: [], shown: [] };
  for (let run = 0; run < RUNS; run++) {
    const { page, context, errors } = await freshPage();
    const result = await page.evaluate(async (name) => {
      const t0 = performance.now();
      await import(`/el/${name}.js`);
      const t1 = performance.now();
      const el = document.createElement(`mfa-${name}`);
      if (name === 'phone-editor') el.setAttribute('phone-slot', 'mobile');
      el.client = name === 'user-admin' ? window.benchAdminClient : window.benchClient;
      if (name === 'user-admin') el.users = [{ id: 'ben', displayName: 'Ben Walters' }, { id: 'chen', displayName: 'Chen Li' }];
      document.body.append(el);
      await el.updateComplete;
      const t2 = performance.now();
      // What it loaded, shown: the first update after which it no longer says it is loading (an
      // element that loads nothing shows its content at its first render).
      const loading = () => (el.shadowRoot?.textContent ?? '').includes('Loading…');
      for (let i = 0; i < 200 && loading(); i++) {
        await window.nextTask();
        await el.updateComplete;
      }
      const t3 = performance.now();
      return { load: t1 - t0, render: t2 - t1, shown: loading() ? Number.NaN : t3 - t0, rendered: (el.shadowRoot?.childNodes.length ?? 0) > 0 };
    }, name);
    await context.close();
    if (errors.length || !result.rendered) throw new Error(`<mfa-${name}> did not render: ${errors.join('; ')}`);
    for (const key of ['load', 'render', 'shown']) samples[key].push(result[key]);
  }
  const size = files.get(`/el/${name}.js`).body.length;
  const shown = samples.shown.some(Number.isNaN) ? Number.NaN : median(samples.shown);
  loadRows.push([`<mfa-${name}>`, kb(size), ms(median(samples.load)), ms(median(samples.render)), Number.isNaN(shown) ? 'still loading' : ms(shown)]);
}

// --- 2. per-keystroke formatting in the phone editor -----------------------------------------
/** National numbers as a user types them (digits of the national format, trunk prefix included). */
const typed = REGIONS.map((region) => ({ region, keys: parsePhoneNumber(examples[region], region).formatNational().replace(/\D/g, '') }));
const keystroke = new Map(REGIONS.map((region) => [region, { samples: [], shown: '' }]));
if (ONLY.has('keys')) {
  const { page, context, errors } = await freshPage();
  await page.evaluate(() => import('/el/phone-editor.js'));
  // Run 0 warms the JIT up and is not counted.
  for (let run = 0; run <= RUNS; run++) {
    const result = await page.evaluate(async (numbers) => {
      const el = document.createElement('mfa-phone-editor');
      el.setAttribute('form-field', '');
      el.setAttribute('phone-slot', 'mobile');
      document.body.append(el);
      while (!el.shadowRoot?.querySelector('#number')) await new Promise((resolve) => setTimeout(resolve, 5));
      const out = [];
      for (const { region, keys } of numbers) {
        const select = el.shadowRoot.querySelector('#country');
        select.value = region;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await el.updateComplete;
        const input = el.shadowRoot.querySelector('#number');
        input.value = '';
        input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'deleteContentBackward' }));
        await el.updateComplete;
        const times = [];
        for (const key of keys) {
          const t0 = performance.now();
          input.value += key;
          input.setSelectionRange(input.value.length, input.value.length);
          input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: key }));
          await el.updateComplete;
          times.push(performance.now() - t0);
        }
        out.push({ region, times, shown: input.value, selected: select.value });
      }
      el.remove();
      return out;
    }, typed);
    if (run === 0) continue;
    for (const { region, times, shown, selected } of result) {
      if (selected !== region) throw new Error(`the phone editor has no ${region} in its country list`);
      keystroke.get(region).samples.push(...times);
      keystroke.get(region).shown = shown;
    }
  }
  if (errors.length) throw new Error(`phone editor: ${errors.join('; ')}`);
  await context.close();
}
const allKeys = [...keystroke.values()].flatMap((entry) => entry.samples);

// --- 3. QR drawing ---------------------------------------------------------------------------
const QR_TEXTS = {
  'code app (otpauth URI)': `otpauth://totp/Contoso:adele.vance%40contoso.example?secret=${'JBSWY3DPEHPK3PXP'.repeat(2)}&issuer=Contoso&algorithm=SHA1&digits=6&period=30`,
  'push app (activation URL)': `https://push.contoso.example/activate?code=${'7f3a9c2e'.repeat(6)}&url=${encodeURIComponent('https://portal.contoso.example/api/mfa/push/enr_0123456789abcdef')}`,
};
const qrRows = [];
if (ONLY.has('qr')) {
  const { page, context } = await freshPage();
  await page.addScriptTag({ url: '/qr.js', type: 'module' });
  await page.waitForFunction(() => window.qrBench);
  const load = await page.evaluate(async () => {
    const t0 = performance.now();
    await window.qrBench.loadQrLibrary();
    return performance.now() - t0;
  });
  for (const [label, text] of Object.entries(QR_TEXTS)) {
    const result = await page.evaluate(
      async ({ text, runs }) => {
        const { render, encodeQr, qrPathData, renderQr, localizer } = window.qrBench;
        const host = document.createElement('div');
        host.style.width = '200px';
        document.body.append(host);
        const samples = { encode: [], path: [], draw: [], total: [] };
        let size = 0;
        // Five unmeasured passes warm the JIT up.
        for (let run = -5; run < runs * 5; run++) {
          render(null, host);
          const t0 = performance.now();
          const matrix = await encodeQr(text);
          const t1 = performance.now();
          qrPathData(matrix);
          const t2 = performance.now();
          render(renderQr(matrix, 'QR code', localizer), host);
          host.getBoundingClientRect();
          const t3 = performance.now();
          size = matrix.size;
          if (run < 0) continue;
          samples.encode.push(t1 - t0);
          samples.path.push(t2 - t1);
          // The template computes the path again: drawing = template + DOM + layout, path included.
          samples.draw.push(t3 - t2);
          samples.total.push(t3 - t0);
        }
        const drawn = host.querySelector('svg path')?.getAttribute('d')?.length ?? 0;
        host.remove();
        return { samples, size, drawn };
      },
      { text, runs: RUNS },
    );
    if (!result.drawn) throw new Error(`QR ${label} was not drawn`);
    qrRows.push([label, `${result.size}×${result.size}`, ms(median(result.samples.encode)), ms(median(result.samples.path)), ms(median(result.samples.draw)), ms(median(result.samples.total))]);
  }
  qrRows.push(['(first use: loading the QR library)', '', ms(load), '', '', '']);
  await context.close();
}

// --- 4. heap after mounting and removing each element 1,000 times ---------------------------
// Each element is mounted two ways: inside an <mfa-provider> that stays in the page (how a portal
// uses them; one bundle with the provider), and alone with its own `client` property. A <div>
// mounted the same way is the control: what the harness itself costs.
const heapRows = [];
const flaggedRows = [];
if (ONLY.has('heap')) {
  for (const name of elements) {
    if (name === 'provider') continue;
    const result = await build({
      ...elementBuild,
      stdin: {
        resolveDir: root,
        loader: 'ts',
        contents: `import './src/components/provider/provider.ts'; import './src/components/${name}/${name}.ts';`,
      },
    });
    files.set(`/with-provider/${name}.js`, { type: 'text/javascript', body: scriptOf(result) });
  }
}

/** GC'd heap readings around 2 × MOUNTS mounts of `tag`, in a fresh page that loaded `module`. */
async function heapGrowth(tag, module, inProvider) {
  const { page, context, errors } = await freshPage();
  const cdp = await context.newCDPSession(page);
  const heap = async () => {
    // Tasks still queued after the last removal (rendering, idle work) run first: they hold elements.
    await page.waitForTimeout(500);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  if (module) await page.evaluate((module) => import(module), module);
  await page.evaluate(async (inProvider) => {
    if (!inProvider) return;
    const provider = document.createElement('mfa-provider');
    provider.client = window.benchClient;
    document.body.append(provider);
    await provider.updateComplete;
  }, inProvider);
  const cycle = (count) =>
    page.evaluate(
      async ({ tag, count, inProvider }) => {
        const parent = inProvider ? document.querySelector('mfa-provider') : document.body;
        for (let i = 0; i < count; i++) await window.mountOnce(tag, parent, !inProvider);
      },
      { tag, count, inProvider },
    );
  await cycle(50);
  // Noise: the spread of three GC'd readings with only idle tasks between them.
  const idle = [];
  for (let i = 0; i < 3; i++) {
    await page.evaluate(() => window.nextTask());
    idle.push(await heap());
  }
  const h0 = await heap();
  const t0 = performance.now();
  await cycle(MOUNTS);
  const perMount = (performance.now() - t0) / MOUNTS;
  let last = await heap();
  const first = last - h0;
  const later = [];
  for (let round = 0; round < LATER_ROUNDS; round++) {
    await cycle(MOUNTS);
    const now = await heap();
    later.push(now - last);
    last = now;
  }
  if (errors.length) throw new Error(`<${tag}> mounting: ${errors.join('; ')}`);
  await context.close();
  const noise = Math.max(...idle) - Math.min(...idle);
  // A leak grows again in every thousand; a cache filled in the first (or a slowly warming JIT)
  // does not, and neither does V8 keeping a new heap page now and then (a step of about 125 KB in
  // one round, then none; two such rounds in a row were seen, which a median of four falls for):
  // flagged when all the later thousands but one grow beyond noise.
  const threshold = Math.max(3 * noise, 32 * 1024);
  const grows = later.filter((growth) => growth > threshold).length >= LATER_ROUNDS - 1;
  return { h0, first, later, noise, perMount, threshold, grows };
}

if (ONLY.has('heap')) {
  // With the bar each run measured (3 × its noise, at least 32 KB), so the noise is seen too.
  const verdict = (r) => (r.grows ? `GROWS (> ${kb(r.threshold)})` : `ok (≤ ${kb(r.threshold)})`);
  const control = await heapGrowth('div', undefined, false);
  const laterKb = (r) => r.later.map(kb).join(', ');
  heapRows.push(['(control: <div>)', kb(control.first), laterKb(control), verdict(control), '', '', '', ms(control.perMount)]);
  if (control.grows) flaggedRows.push('control');
  for (const name of elements) {
    const tag = `mfa-${name}`;
    // The two ways side by side (separate pages and renderer processes): half the wall time on 2 cores.
    const [alone, provided] = await Promise.all([
      heapGrowth(tag, `/el/${name}.js`, false),
      name === 'provider' ? undefined : heapGrowth(tag, `/with-provider/${name}.js`, true),
    ]);
    if (provided?.grows) flaggedRows.push(`<${tag}> in a provider`);
    if (alone.grows) flaggedRows.push(`<${tag}> alone`);
    heapRows.push([
      `<${tag}>`,
      provided ? kb(provided.first) : '–',
      provided ? laterKb(provided) : '–',
      provided ? verdict(provided) : '',
      kb(alone.first),
      laterKb(alone),
      verdict(alone),
      ms((provided ?? alone).perMount),
    ]);
  }
}

await browser.close();
server.close();

// --- report ----------------------------------------------------------------------------------
console.log(`mfa-elements benchmark: Chromium ${browser.version()}, ${RUNS} runs, medians\n`);
if (ONLY.has('load')) {
  console.log('Module load to first render (own minified bundle, fresh page each run; from import() to the first updateComplete, and to the first that shows what it loaded)');
  table(['element', 'bundle (min)', 'load (import)', 'first render', 'import to content shown'], loadRows);
}
if (ONLY.has('keys')) {
  console.log(`Per-keystroke formatting, <mfa-phone-editor form-field> (${allKeys.length} keystrokes; input event to updateComplete)`);
  table(
    ['region', 'typed', 'shown', 'median', 'p95'],
    REGIONS.map((region, i) => {
      const { samples, shown } = keystroke.get(region);
      return [region, typed[i].keys, shown, ms(median(samples)), ms(quantile(samples, 0.95))];
    }).concat([['all', '', '', ms(median(allKeys)), ms(quantile(allKeys, 0.95))]]),
  );
}
if (ONLY.has('qr')) {
  console.log('QR drawing (enrollment set-up codes)');
  table(['text', 'modules', 'matrix', 'path data', 'SVG in page', 'total'], qrRows);
}
if (ONLY.has('heap')) {
  console.log(`Heap growth per ${MOUNTS} mounts and removals (${LATER_ROUNDS + 1} rounds), read after forced GC (CDP); flagged when all the rounds after the first but one grow beyond 3 × noise (at least 32 KB)`);
  table(
    ['element', `in <mfa-provider>: first ${MOUNTS}`, 'then, round by round', '', `alone (own client): first ${MOUNTS}`, 'then, round by round', '', 'per mount'],
    heapRows,
  );
}
console.log(`${ONLY.has('heap') ? (flaggedRows.length === 0 ? 'No element grows beyond noise. ' : `Growing beyond noise: ${flaggedRows.join(', ')}. `) : ''}${((performance.now() - started) / 1000).toFixed(0)} s in all.`);
// Timings belong to the machine, and are only printed; a heap that grows beyond noise is a leak
// on any machine, and fails the run.
// A control that grows says the run was too noisy to tell, not that anything leaks.
if (flaggedRows.some((row) => row !== 'control')) process.exitCode = 1;
