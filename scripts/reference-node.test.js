// The reference endpoint behind its Node adapter (reference/node.ts), over real HTTP: what a
// browser test cannot send, such as a body streamed in chunks with no length given.
import assert from 'node:assert/strict';
import { createServer, request } from 'node:http';
import { after, before, test } from 'node:test';
import { loadReference } from './load-reference.js';

const { createReferenceEndpoint, toNodeMiddleware, BODY_MAX_BYTES } = await loadReference();

let server;
let url;
let endpoint;
let headers;

before(async () => {
  endpoint = createReferenceEndpoint();
  const middleware = toNodeMiddleware((request) => endpoint.handle(request));
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${server.address().port}`;
  const session = endpoint.control.signIn('dana');
  headers = { authorization: `Bearer ${session.token}`, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
});

after(() => new Promise((resolve) => server.close(resolve)));

const tooLong = { code: 'validation', fieldErrors: [{ field: 'body', reason: 'too-long' }] };

test("the largest body the elements send is taken: an administrator's action for 100 users, each id 128 characters JSON writes as six-byte escapes", async () => {
  const userIds = Array.from({ length: 100 }, (_, i) => `${i}`.padStart(3, '0') + '\u0001'.repeat(125));
  const body = JSON.stringify({ action: 'require-register-again', userIds });
  assert.ok(Buffer.byteLength(body) > 75_000 && Buffer.byteLength(body) < BODY_MAX_BYTES, `${Buffer.byteLength(body)} bytes`);
  const answer = await fetch(`${url}/admin/actions`, { method: 'POST', headers: { ...headers, 'idempotency-key': 'k1' }, body });
  assert.equal(answer.status, 200);
  const { results } = await answer.json();
  assert.equal(results.length, 100);
  assert.ok(results.every((result) => result.status === 'failed' && result.error.code === 'not-found'));
});

test('a body over the limit, its length given, is refused as too long, and changes nothing', async () => {
  const body = JSON.stringify({ name: 'x'.repeat(BODY_MAX_BYTES) });
  const answer = await fetch(`${url}/app-passwords`, { method: 'POST', headers: { ...headers, 'idempotency-key': 'k2' }, body });
  assert.equal(answer.status, 400);
  assert.deepEqual((({ code, fieldErrors }) => ({ code, fieldErrors }))((await answer.json()).error), tooLong);
  assert.deepEqual(endpoint.control.userRecord('dana').appPasswords, []);
});

test('a body streamed with no length is read no further than the limit: 300 MB offered, the request ends with little of it read', async () => {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  let offered = 0;
  const stream = new ReadableStream({
    pull(controller) {
      if (offered >= 300 * 1024 * 1024) return controller.close();
      offered += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  const started = performance.now();
  // The server stops reading and answers; a client still sending then sees the connection end.
  const outcome = await fetch(`${url}/app-passwords`, {
    method: 'POST',
    headers: { ...headers, 'idempotency-key': 'k3' },
    body: stream,
    duplex: 'half',
  }).then(
    async (answer) => ({ status: answer.status, error: (await answer.json()).error }),
    (error) => ({ failed: error.cause?.code ?? error.message }),
  );
  const seconds = (performance.now() - started) / 1000;
  if ('status' in outcome) {
    assert.equal(outcome.status, 400);
    assert.deepEqual(outcome.error.fieldErrors, tooLong.fieldErrors);
  }
  assert.ok(offered < 32 * 1024 * 1024, `${offered} bytes were taken from the stream (${JSON.stringify(outcome)})`);
  assert.ok(seconds < 10, `${seconds} s`);
  assert.deepEqual(endpoint.control.userRecord('dana').appPasswords, []);
  // The server is still there for the next request.
  assert.equal((await fetch(`${url}/settings`, { headers })).status, 200);
});

test('a client that stops sending a body refused as too long, without closing, has its connection closed a second after the answer', async () => {
  const started = performance.now();
  const { status, closedAfter } = await new Promise((resolve, reject) => {
    const sent = request(`${url}/app-passwords`, { method: 'POST', headers: { ...headers, 'idempotency-key': 'k4' } });
    let answered;
    // In chunks with no length, until the answer comes; then nothing more, and the client waits.
    const more = () => {
      while (!answered) if (!sent.write(new Uint8Array(64 * 1024).fill(0x61))) return void sent.once('drain', more);
    };
    sent.on('response', (answer) => {
      answered = performance.now();
      answer.resume();
      sent.socket.once('close', () => resolve({ status: answer.statusCode, closedAfter: performance.now() - answered }));
    });
    sent.on('error', (error) => (answered ? undefined : reject(error)));
    more();
  });
  assert.equal(status, 400);
  assert.ok(closedAfter >= 500 && closedAfter < 5000, `closed ${closedAfter} ms after the answer`);
  assert.ok(performance.now() - started < 10_000);
  // The server is still there for the next request.
  assert.equal((await fetch(`${url}/settings`, { headers })).status, 200);
});

test('a text message ends with the line that binds its code to the portal (WebOTP): the page’s host from its Origin, else the endpoint’s own', async () => {
  const session = endpoint.control.signIn('ben');
  const ben = { authorization: `Bearer ${session.token}`, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
  const send = (slot, extra) =>
    fetch(`${url}/phones/${slot}/verifications`, { method: 'POST', headers: { ...ben, ...extra }, body: JSON.stringify({ number: '+14155550123', channel: 'text' }) });
  assert.equal((await send('mobile', { origin: 'https://portal.contoso.com' })).status, 201);
  assert.equal((await send('alternate', {})).status, 201);
  const [fromPortal, sameOrigin] = endpoint.control.outbox('ben');
  assert.equal(fromPortal.text.split('\n').at(-1), `@portal.contoso.com #${fromPortal.code}`);
  assert.equal(sameOrigin.text.split('\n').at(-1), `@127.0.0.1 #${sameOrigin.code}`);
});
