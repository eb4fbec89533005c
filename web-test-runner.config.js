// Browser tests: every test file runs in real browsers (Chromium by default; see
// scripts/browsers.js), importing TypeScript source.
// The reference endpoint is mounted in the test server under /reference, so tests talk to it over
// real HTTP, exactly as an element talks to a host's endpoint.
import { readFileSync, readdirSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { browsersFromEnv } from './scripts/browsers.js';
import { loadReferenceHost } from './scripts/load-reference.js';
import { mergeStaticBlocks } from './scripts/merge-static-blocks.js';
import { isLibrarySource, minifyTemplates } from './scripts/minify-templates.js';
import { exportedNames } from './scripts/qrcode-esm.js';

const reference = await loadReferenceHost();

/**
 * Puts `answer` in front of the test server: it sees each request first, and answers it (true), or
 * leaves it to the test server (false), which then runs its middleware and plugins as usual. An
 * answer may also take the request for later: it returns true, and calls `pass` when the test
 * server is to have it after all.
 */
function beforeTestServer(server, answer) {
  const testServer = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', (req, res) => {
    const pass = () => {
      for (const listener of testServer) listener.call(server, req, res);
    };
    if (!answer(req, res, pass)) pass();
  });
}

/** The modules a test may make unreachable or hold back (see the plugin `mfa-unreachable-modules`). */
const MAY_BE_UNREACHABLE = new Set(['phone-format', 'unreachable-probe', 'zh-Hans/core']);

/**
 * CommonJS modules (qrcode's encoder, jsqr) cannot be served to the browser as they are: each bare
 * import is answered with an ES module whose default export is the module's `module.exports`
 * (`import BitMatrix from 'qrcode/lib/core/bit-matrix.js'`), and whose named exports are the names
 * it sets on `exports` (`import * as Utils from 'qrcode/lib/core/utils.js'`). The modules of qrcode's encoder
 * share one bundle, so each is one instance, as in a page's bundle (the error correction level
 * objects are compared by identity).
 */
const QRCODE_CORE = /^qrcode\/lib\/core\/([\w-]+)\.js$/;
const QRCODE_BUNDLE = '/__commonjs__/qrcode-core';
const isCommonjs = (name) => name === 'jsqr' || QRCODE_CORE.test(name);

/** An ES module bundle of `contents` (resolved from the project), for the browser. */
async function esm(contents) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd() },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

function commonjsPackages() {
  const bodies = new Map();
  const body = async (path) => {
    if (path === QRCODE_BUNDLE) {
      const names = readdirSync('node_modules/qrcode/lib/core').filter((file) => file.endsWith('.js'));
      const imports = names.map((file, i) => `import m${i} from 'qrcode/lib/core/${file}';`);
      return esm(`${imports.join('\n')}\nexport default { ${names.map((file, i) => `'${file}': m${i}`).join(', ')} };`);
    }
    const name = decodeURIComponent(path.slice('/__commonjs__/'.length));
    if (!isCommonjs(name)) return undefined;
    const core = name.match(QRCODE_CORE);
    if (core) {
      // A module that sets `exports.name` gives each name too, as bundlers do (`import * as Utils`).
      const names = exportedNames(readFileSync(`node_modules/qrcode/lib/core/${core[1]}.js`, 'utf8'));
      const named = names.length > 0 ? `export const { ${names.join(', ')} } = m;` : '';
      return `import core from '${QRCODE_BUNDLE}'; const m = core['${core[1]}.js']; export default m; ${named}`;
    }
    return esm(`import m from '${name}'; export default m;`);
  };
  return {
    name: 'mfa-commonjs-packages',
    resolveImport({ source }) {
      if (isCommonjs(source)) return `/__commonjs__/${encodeURIComponent(source)}`;
    },
    async serve(context) {
      if (!context.path.startsWith('/__commonjs__/')) return undefined;
      if (!bodies.has(context.path)) {
        const pending = body(context.path);
        bodies.set(context.path, pending);
        // A build that failed is tried again on the next request.
        pending.catch(() => bodies.delete(context.path));
      }
      const text = await bodies.get(context.path);
      return text === undefined ? undefined : { body: text, type: 'js' };
    },
  };
}

export default {
  files: ['test/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  // Lit's development build warns once that it is in dev mode: expected in tests, not a finding.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  // A test's own limit. CI runs the three browsers' suites at once on 2 cores, where a test that takes
  // under a second alone took up to 7 s (a user-admin keyboard pass, 0.9 s alone): 20 s leaves room
  // for a slower machine, and a test that hangs still fails.
  testFramework: { config: { timeout: 20_000 } },
  // A file's whole run (the default is 2 minutes): the phone form's 70-odd tests take about one in
  // WebKit alone, and more with the three browsers at once on a busy machine. A test that hangs still
  // fails by its own 20 seconds.
  testsFinishTimeout: 300_000,
  // Opening a test page (the default allows 30 seconds). In CI, Firefox opened its first page while
  // Chromium, WebKit and the type check and lint before them shared the 2 cores, and once took longer:
  // the file's tests never ran and the run failed with no test failed. Two minutes leave room; a
  // browser that cannot start at all still fails the run.
  browserStartTimeout: 120_000,
  // Every test page loads test/support/fail-on-lit-warnings.ts first: a warning of Lit's
  // development build fails the test that caused it. And test/support/readable-failures.ts: an
  // assertion that fails on elements is reported at once, not after the file's 5 minutes.
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><script type="module" src="/test/support/fail-on-lit-warnings.ts"></script><script type="module" src="/test/support/readable-failures.ts"></script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  // Chromium alone unless BROWSERS says otherwise (`npm run test:all` runs all three).
  browsers: await browsersFromEnv(),
  plugins: [
    commonjsPackages(),
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    {
      // The templates as the library ships them (see scripts/minify-templates.js), and its classes'
      // static blocks merged (scripts/merge-static-blocks.js), in the JavaScript esbuild compiled.
      name: 'mfa-minify-templates',
      transform(context) {
        if (!isLibrarySource(context.path)) return undefined;
        const templates = minifyTemplates(context.body, context.path);
        const code = templates?.code ?? context.body;
        const result = mergeStaticBlocks(code, context.path);
        return (result || templates) && { body: result?.code ?? code };
      },
    },
    {
      // A test makes one of the modules in MAY_BE_UNREACHABLE unreachable, as a lost connection
      // would, with the cookie `mfa-unreachable` set to its name (`phone-format`): the server answers
      // 503 for it until the cookie goes (test/support/unreachable.ts). Such a module is never kept in
      // the browser's cache, where an earlier test file's page would leave it for the next to take
      // without asking: the test runner marks every file cacheable for a year, after the server's
      // middleware has run, so this is done beside the server, as for the reference endpoint.
      // With the cookie `mfa-held` set to its name, the module is slow to come, as on a slow
      // network: the server answers it only when the page asks for /__mfa-release-modules.
      name: 'mfa-unreachable-modules',
      serverStart({ server }) {
        const held = [];
        beforeTestServer(server, (req, res, pass) => {
          if (req.url === '/__mfa-release-modules') {
            for (const release of held.splice(0)) release();
            res.end();
            return true;
          }
          // A module by its file's name (`phone-format`), or with its folder's (`zh-Hans/core`).
          const path = (req.url ?? '').split('?')[0].replace(/\.[jt]s$/, '').split('/');
          const name = [path.at(-1), path.slice(-2).join('/')].find((n) => MAY_BE_UNREACHABLE.has(n));
          if (!name) return false;
          const cookie = (key) => new RegExp(`(?:^|;\\s*)${key}=([^;]*)`).exec(req.headers.cookie ?? '')?.[1];
          if (cookie('mfa-unreachable') === name) {
            res.statusCode = 503;
            res.end();
            return true;
          }
          const setHeader = res.setHeader.bind(res);
          res.setHeader = (header, value) => setHeader(header, header.toLowerCase() === 'cache-control' ? 'no-store' : value);
          if (cookie('mfa-held') !== name) return false;
          held.push(pass);
          return true;
        });
      },
    },
    {
      // The reference endpoint answers /reference/sandboxes/* on the test server's port, beside the test
      // server rather than inside it: its answers (a 404 included) are protocol answers, not
      // missing test files.
      name: 'mfa-reference-endpoint',
      serverStart({ server }) {
        beforeTestServer(server, (req, res) => {
          if (!req.url?.startsWith('/reference/sandboxes')) return false;
          reference(req, res, () => {
            res.statusCode = 404;
            res.end();
          });
          return true;
        });
      },
    },
  ],
};
