// The browsers the tests run in, from Debian's packages (nothing downloads a browser):
// `BROWSERS=chromium,firefox,webkit` (default: chromium). Chromium through the DevTools
// protocol, Firefox ESR through puppeteer's WebDriver BiDi, WebKitGTK's MiniBrowser through
// WebKitWebDriver (it has no headless mode: run under `xvfb-run -a`).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const firstExisting = (paths) => paths.find((p) => p && existsSync(p));

function chromium() {
  const executablePath = firstExisting([
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]);
  if (!executablePath) throw new Error('No Chromium found: apt-get install chromium, or set CHROME_PATH.');
  return chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  });
}

/**
 * Puppeteer sends WebDriver BiDi's `emulation.setScreenOrientationOverride` with every viewport it
 * sets (the runner's 800×600 for each test file, a test's own size), beside the size itself. Debian's
 * Firefox ESR 140.12 does not know that command, so every file failed before its first test. It is
 * let go when the browser does not know it, as puppeteer already does for the touch override: the
 * size still applies, and no test here depends on the screen's orientation.
 */
function tolerateUnknownOrientationOverride() {
  const { BrowsingContext } = createRequire(import.meta.url)('puppeteer-core/internal/bidi/core/BrowsingContext.js');
  const set = BrowsingContext.prototype.setScreenOrientationOverride;
  if (set.tolerant) return;
  const tolerant = async function (...args) {
    try {
      await set.apply(this, args);
    } catch (error) {
      if (!String(error?.message).includes('unknown command')) throw error;
    }
  };
  tolerant.tolerant = true;
  BrowsingContext.prototype.setScreenOrientationOverride = tolerant;
}

function firefox() {
  const executablePath = firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
  if (!executablePath) throw new Error('No Firefox found: apt-get install firefox-esr, or set FIREFOX_PATH.');
  tolerateUnknownOrientationOverride();
  return puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath, headless: true } });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function webkit() {
  const driver = firstExisting([process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver']);
  const binary = firstExisting([
    process.env.WEBKIT_BROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  ]);
  if (!driver || !binary) throw new Error('No WebKitGTK found: apt-get install webkit2gtk-driver xvfb.');
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    throw new Error('WebKit (MiniBrowser) needs a display: run the tests under `xvfb-run -a`.');
  }
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`], { stdio: 'ignore' });
  const stop = () => child.kill();
  process.once('exit', stop);
  // Give the driver a moment to listen before the runner connects.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary, args: ['--automation'] },
    },
  });
}

const LAUNCHERS = { chromium, firefox, webkit };

/** The launchers named by BROWSERS (comma-separated), Chromium alone by default. */
export async function browsersFromEnv() {
  const names = (process.env.BROWSERS ?? 'chromium')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(n in LAUNCHERS));
  if (unknown.length) throw new Error(`Unknown browser(s) in BROWSERS: ${unknown.join(', ')}`);
  return Promise.all(names.map((n) => LAUNCHERS[n]()));
}
