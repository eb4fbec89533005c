// The reference as the demo portal and the test server mount it (scripts/load-reference.js): its
// sandboxes take control requests from the page's own site and from tools, not from another site.
// Run in Node, as browsers do not let a page's script set `Sec-Fetch-Site`.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { loadReferenceHost } from './load-reference.js';

let server;
let base;

before(async () => {
  const middleware = await loadReferenceHost();
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}/reference/sandboxes`;
});

after(() => new Promise((resolve) => server.close(resolve)));

const post = (path, site, body) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', ...(site ? { 'sec-fetch-site': site } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

test("another site's page can neither create a sandbox nor reset, sign in to or fault the demo's", async () => {
  for (const [path, body] of [['', undefined], ['/demo/control/reset', undefined], ['/demo/control/sign-in', { userId: 'adele' }]]) {
    const answer = await post(path, 'cross-site', body);
    assert.equal(answer.status, 403, `POST ${path || '/'}`);
    assert.equal(answer.headers.get('set-cookie'), null, `POST ${path || '/'} sets no cookie`);
    const { error } = await answer.json();
    assert.equal(error.code, 'forbidden');
    assert.equal(error.reason, 'csrf');
  }
  const faults = await fetch(`${base}/demo/control/faults`, {
    method: 'PUT',
    headers: { 'sec-fetch-site': 'cross-site' },
    body: JSON.stringify({ faults: [{ kind: 'server-error' }] }),
  });
  assert.equal(faults.status, 403);
  // Nothing was changed: the demo's faults are as served.
  assert.deepEqual(await (await fetch(`${base}/demo/control/faults`)).json(), { faults: [] });
});

test("in a browser that sends no Sec-Fetch-Site, another site's page is known by its Origin, and refused", async () => {
  const fromOrigin = (path, origin, body) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'text/plain', origin }, body: body && JSON.stringify(body) });
  for (const origin of ['https://attacker.example', 'null']) {
    for (const [path, body] of [['', undefined], ['/demo/control/sign-in', { userId: 'adele' }], ['/demo/control/clock', { advanceSeconds: 3600 }]]) {
      const answer = await fromOrigin(path, origin, body);
      assert.equal(answer.status, 403, `POST ${path || '/'} from ${origin}`);
      assert.equal(answer.headers.get('set-cookie'), null);
      assert.equal((await answer.json()).error.reason, 'csrf');
    }
  }
  // The page's own requests name its own host, whatever the scheme a proxy in front of it ended, and
  // so does a page of the same host on another port (same site, as Sec-Fetch-Site would say).
  const own = new URL(base).origin;
  for (const origin of [own, own.replace('http:', 'https:'), 'http://127.0.0.1:1']) {
    assert.equal((await fromOrigin('', origin)).status, 201, `created from ${origin}`);
  }
});

test('the page itself (same origin or same site) and tools that send no Sec-Fetch-Site are served', async () => {
  for (const site of ['same-origin', 'same-site', undefined]) {
    const created = await post('', site);
    assert.equal(created.status, 201, `created from ${site ?? 'a tool'}`);
    const { id } = await created.json();
    const signedIn = await post(`/${id}/control/sign-in`, site, { userId: 'adele' });
    assert.equal(signedIn.status, 200, `signed in from ${site ?? 'a tool'}`);
    assert.equal((await post(`/${id}/control/reset`, site)).status, 204, `reset from ${site ?? 'a tool'}`);
  }
});

test("the protocol's own routes keep their own checks, whatever the site: unauthenticated, not refused as cross-site", async () => {
  const answer = await fetch(`${base}/demo/api/settings`, { headers: { 'sec-fetch-site': 'cross-site' } });
  assert.equal(answer.status, 401);
  assert.equal((await answer.json()).error.code, 'unauthenticated');
});
