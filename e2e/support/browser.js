// Chromium for the end-to-end tests: the system's (or CHROME_PATH), never a downloaded one.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** Screenshots and failure snapshots (git-ignored). */
export const ARTIFACTS = join(root, 'test-results/e2e');

export function launchChromium() {
  const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (p) => p && existsSync(p),
  );
  if (!executablePath) throw new Error('No Chromium found: apt-get install chromium, or set CHROME_PATH.');
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A page that records what a test must see none of: CSP violations (listened for in the page
 * before any of its scripts runs), uncaught errors, console errors, Lit's development warnings and
 * failed API answers.
 */
export async function watchedPage(browser, { ignoreResponse = () => false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__cspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber }),
      true,
    );
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  // A page that reloads by itself loses what the user entered (for example Vite's dev server
  // reloading the demo when it first meets a dependency to pre-bundle).
  let loads = 0;
  page.on('load', () => {
    if (++loads > 1) problems.push(`the page reloaded by itself (load #${loads}) at ${page.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console error: ${m.text()}`);
    // The demo runs Lit's development build, which warns about element code that should not be
    // written so (see test/support/lit-warnings.ts); that it is in dev mode is expected.
    const lit = m.type() === 'warning' && /lit\.dev\/msg\/([\w-]+)/.exec(m.text());
    if (lit && lit[1] !== 'dev-mode') problems.push(`Lit warning: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !ignoreResponse(r)) problems.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  /** The protocol's reads the page sent, as `GET /settings`, in order. */
  const reads = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname.split('/api')[1];
    if (r.method() === 'GET' && path && new URL(r.url()).pathname.includes('/api/')) reads.push(`GET ${path}`);
  });
  return {
    page,
    problems,
    reads,
    /** Call before navigating the page on purpose again. */
    expectNavigation: () => {
      loads = 0;
    },
    violations: () => page.evaluate(() => window.__cspViolations),
    close: () => context.close(),
  };
}

/** Writes a screenshot (and the accessibility tree) of the page for a failed step. */
export async function snapshotOnFailure(page, name, run) {
  try {
    return await run();
  } catch (error) {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `FAILED-${name}.png`), fullPage: true }).catch(() => {});
    const tree = await page.locator('body').ariaSnapshot().catch(() => '');
    error.message += `\n--- accessibility tree at failure ---\n${tree}`;
    throw error;
  }
}
