// `npm run test:forced-colors` (after `npm run build-storybook`): the theme playground, both brands
// and a few element stories in Chromium's forced-colors emulation (Windows high contrast), checking
// that every control keeps a visible border, that text is not drawn in its own background colour,
// that keyboard focus shows a visible outline, that each row of a list or of choices keeps its edges
// (forced colours flatten the background that drew them), and that the chosen one of a row of radio
// choices is told apart by more than its radio. Loads the static Storybook build; no network.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'storybook-static');
if (!existsSync(join(root, 'iframe.html'))) {
  console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
  process.exit(1);
}

const STORIES = [
  'foundation-theme-playground--playground',
  'foundation-theme-playground--playground-dark',
  'foundation-theme-playground--northwind',
  'foundation-theme-playground--fabrikam',
  'elements-method-picker--ready',
  'elements-phone-editor--editing',
  'elements-code-input--wrong-code',
  'elements-app-passwords--list',
  'elements-authenticator-list--list',
  'elements-user-admin--choose',
  'elements-user-admin--all-done',
  'elements-security-info--add-dialog',
];

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(req.url.split('?')[0]);
  const file = join(root, path === '/' ? 'index.html' : path);
  if (!file.startsWith(root) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** In the page: every control in every shadow root, with what forced colors left of it. */
function inspectControls() {
  const all = [];
  const walk = (scope) => {
    for (const el of scope.querySelectorAll('*')) {
      if (el.matches('button, input, select, textarea') && el.checkVisibility()) all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return all.map((el) => {
    const s = getComputedStyle(el);
    const host = el.getRootNode().host?.localName ?? 'page';
    // Native radios and checkboxes draw their own system-coloured outline.
    const native = el.matches('[type="radio"], [type="checkbox"]') && s.appearance !== 'none';
    return {
      what: `${host} ${el.localName}${el.type ? `[type=${el.type}]` : ''}${el.className ? `.${el.className}` : ''}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`,
      border: native || (s.borderTopStyle !== 'none' && Number.parseFloat(s.borderTopWidth) >= 1),
      color: s.color,
      background: s.backgroundColor,
    };
  });
}

/** The rows of lists and of radio choices: a host's `::part(row)`, `::part(item)`, `::part(option)`, `::part(result)`. */
const ROWS = '[part~="row"], [part~="item"], [part~="option"], [part~="result"]';

/** In the page: every visible row in every shadow root, and whether forced colors left it an edge. */
function inspectRows(selector) {
  const all = [];
  const walk = (scope) => {
    for (const el of scope.querySelectorAll('*')) {
      if (el.matches(selector) && el.checkVisibility()) all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return all.map((el) => {
    const s = getComputedStyle(el);
    return {
      what: `${el.getRootNode().host.localName} ${el.localName}[part=${el.getAttribute('part')}]`,
      edge:
        (s.borderTopStyle !== 'none' && Number.parseFloat(s.borderTopWidth) >= 1) ||
        (s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 1),
    };
  });
}

/**
 * In the page: chooses a radio that is not chosen yet in each row of radio choices, then tells how
 * its row is drawn (border and outline, as forced colors leave them) beside the other rows.
 */
function inspectChoice(selector) {
  const groups = [];
  const walk = (scope) => {
    for (const el of scope.querySelectorAll('fieldset')) {
      const radios = [...el.querySelectorAll('input[type="radio"]')].filter((r) => r.closest(selector) && r.checkVisibility());
      if (radios.length > 1) groups.push(radios);
    }
    for (const el of scope.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(document);
  const drawn = (row) => {
    const s = getComputedStyle(row);
    return `border ${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor}, outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`;
  };
  return groups.map((radios) => {
    const pick = radios.find((r) => !r.checked);
    pick.click();
    const chosen = drawn(pick.closest(selector));
    const others = radios.filter((r) => r !== pick).map((r) => drawn(r.closest(selector)));
    return { what: `${pick.getRootNode().host.localName} ${pick.closest(selector).getAttribute('part')}`, chosen, same: others.filter((o) => o === chosen).length };
  });
}

/** In the page: the focused element (through shadow roots) and its outline. */
function inspectFocus() {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  if (!el || el === document.body) return undefined;
  const s = getComputedStyle(el);
  return {
    what: `${el.getRootNode().host?.localName ?? 'page'} ${el.localName}`,
    outline: s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 1,
  };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failures = 0;
let checked = 0;
try {
  const page = await browser.newPage();
  await page.emulateMedia({ forcedColors: 'active' });
  for (const id of STORIES) {
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`);
    // Wait for the story's controls to render (the elements load from the in-page endpoint).
    await page.waitForFunction(() => document.querySelector('#storybook-root')?.textContent !== undefined, null, { timeout: 10_000 });
    await page.waitForTimeout(1500);
    const forced = await page.evaluate(() => matchMedia('(forced-colors: active)').matches);
    if (!forced) throw new Error('forced-colors emulation is not active');
    const controls = await page.evaluate(inspectControls);
    const problems = [];
    if (controls.length === 0) problems.push('no controls rendered');
    for (const c of controls) {
      if (!c.border) problems.push(`${c.what} has no visible border`);
      if (c.color === c.background) problems.push(`${c.what} draws text in its background colour (${c.color})`);
    }
    // Keyboard focus: the first few focus stops each show an outline.
    const stops = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(inspectFocus);
      if (focus) stops.push(focus);
    }
    if (stops.length === 0) problems.push('Tab reaches no control');
    for (const f of stops) if (!f.outline) problems.push(`${f.what} shows no focus outline`);
    const rows = await page.evaluate(inspectRows, ROWS);
    for (const r of rows) if (!r.edge) problems.push(`${r.what} has no visible edge (no border nor outline)`);
    const choices = await page.evaluate(inspectChoice, ROWS);
    for (const c of choices) {
      if (c.same) problems.push(`${c.what}: the chosen row is drawn as ${c.same} other row(s) are (${c.chosen}): only its radio tells it`);
    }
    checked += controls.length;
    if (problems.length) {
      failures++;
      console.error(`FAIL ${id}:\n  ${[...new Set(problems)].join('\n  ')}`);
    } else {
      console.log(
        `${id}: ${controls.length} controls bordered and readable, ${stops.length} focus stops outlined, ${rows.length} rows edged, ${choices.length} choice groups show the chosen row`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`forced colors: ${STORIES.length - failures}/${STORIES.length} stories pass (${checked} controls checked)`);
if (failures) process.exit(1);
