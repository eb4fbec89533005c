// A host page under a strict Content Security Policy, serving the BUILT library
// (dist/mfa-elements.bundle.js from `npm run build`) and the reference endpoint's sandbox host
// under /reference, all from one origin. Used by e2e/csp.test.js; run it alone to look around:
//   npm run build && node e2e/csp/server.js [port]
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadReference } from '../../scripts/load-reference.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../..');

/**
 * The policy the page is served with: nothing inline, nothing from elsewhere, and every HTML sink
 * behind Trusted Types. `lit-html` is the one Trusted Types policy the library creates (Lit's
 * template policy); no other code in the bundle writes HTML from strings.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const FILES = {
  '/': { path: join(here, 'index.html'), type: 'text/html; charset=utf-8' },
  '/host.js': { path: join(here, 'host.js'), type: 'text/javascript; charset=utf-8' },
  '/host.css': { path: join(here, 'host.css'), type: 'text/css; charset=utf-8' },
  '/favicon.ico': { path: join(root, 'demo/favicon.svg'), type: 'image/svg+xml' },
  '/mfa-elements.bundle.js': { path: join(root, 'dist/mfa-elements.bundle.js'), type: 'text/javascript; charset=utf-8' },
};

/** Starts the server (with another `policy` to show what a weaker or stricter one does); resolves with its URL and a `close()`. */
export async function startCspServer({ port = 0, host = '127.0.0.1', policy = CONTENT_SECURITY_POLICY } = {}) {
  const bundle = FILES['/mfa-elements.bundle.js'].path;
  if (!existsSync(bundle)) throw new Error('dist/mfa-elements.bundle.js is missing: run `npm run build` first.');
  const reference = (await loadReference()).createReferenceMiddleware();
  const server = createServer((req, res) => {
    res.setHeader('Content-Security-Policy', policy);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    reference(req, res, () => {
      const file = FILES[new URL(req.url ?? '/', 'http://x').pathname];
      if (!file || req.method !== 'GET') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' });
      res.end(readFileSync(file.path));
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  return {
    url: `http://${host}:${address.port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { url } = await startCspServer({ port: Number(process.argv[2] ?? 0) });
  process.stdout.write(`CSP page: ${url}?user=adele (any seeded user; add &admin for <mfa-user-admin>)\nPolicy: ${CONTENT_SECURITY_POLICY}\n`);
}
