// Browser tests: every test file runs in real browsers (Chromium by default; see
// scripts/browsers.js), importing TypeScript source.
// The reference endpoint is mounted in the test server under /reference, so tests talk to it over
// real HTTP, exactly as an element talks to a host's endpoint.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { browsersFromEnv } from './scripts/browsers.js';
import { loadReferenceHost } from './scripts/load-reference.js';
import { isLibrarySource, minifyTemplates } from './scripts/minify-templates.js';

const reference = await loadReferenceHost();

/**
 * CommonJS modules (qrcode's encoder, jsqr) cannot be served to the browser as they are: each bare
 * import is answered with an ES module bundle of the module's browser build, with its
 * `module.exports` as the default export (`import QRCode from 'qrcode/lib/core/qrcode.js'`).
 */
const COMMONJS_MODULES = ['qrcode/lib/core/qrcode.js', 'jsqr'];
function commonjsPackages() {
  const bundles = new Map();
  return {
    name: 'mfa-commonjs-packages',
    resolveImport({ source }) {
      if (COMMONJS_MODULES.includes(source)) return `/__commonjs__/${encodeURIComponent(source)}`;
    },
    async serve(context) {
      const encoded = context.path.match(/^\/__commonjs__\/([^/]+)$/)?.[1];
      const name = encoded && decodeURIComponent(encoded);
      if (!name || !COMMONJS_MODULES.includes(name)) return undefined;
      if (!bundles.has(name)) {
        const result = await build({
          stdin: { contents: `import m from '${name}'; export default m;`, resolveDir: process.cwd() },
          bundle: true,
          format: 'esm',
          platform: 'browser',
          write: false,
          logLevel: 'warning',
        });
        bundles.set(name, result.outputFiles[0].text);
      }
      return { body: bundles.get(name), type: 'js' };
    },
  };
}

export default {
  files: ['test/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 1,
  // Lit's development build warns once that it is in dev mode: expected in tests, not a finding.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 10_000 } },
  // Chromium alone unless BROWSERS says otherwise (`npm run test:all` runs all three).
  browsers: await browsersFromEnv(),
  plugins: [
    commonjsPackages(),
    esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    {
      // The templates as the library ships them (see scripts/minify-templates.js), in the
      // JavaScript esbuild compiled.
      name: 'mfa-minify-templates',
      transform(context) {
        if (!isLibrarySource(context.path)) return undefined;
        const result = minifyTemplates(context.body, context.path);
        return result && { body: result.code };
      },
    },
    {
      // The reference endpoint answers /reference/sandboxes/* on the test server's port, beside the test
      // server rather than inside it: its answers (a 404 included) are protocol answers, not
      // missing test files.
      name: 'mfa-reference-endpoint',
      serverStart({ server }) {
        const testServer = server.listeners('request');
        server.removeAllListeners('request');
        server.on('request', (req, res) => {
          if (!req.url?.startsWith('/reference/sandboxes')) {
            for (const listener of testServer) listener.call(server, req, res);
            return;
          }
          reference(req, res, () => {
            res.statusCode = 404;
            res.end();
          });
        });
      },
    },
  ],
};
