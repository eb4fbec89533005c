import { expect } from '@open-wc/testing';
import { createReferenceEndpoint } from '../../reference/endpoint.js';
import type { Fault } from '../../reference/faults.js';
import { DEMO_USERS } from '../../reference/store.js';

function setup(faults: Fault[] = []) {
  const endpoint = createReferenceEndpoint({ faults });
  const session = endpoint.control.signIn(DEMO_USERS.regular);
  const request = (path = '/settings', init: RequestInit = {}) =>
    new Request(`https://p${path}`, {
      ...init,
      headers: { authorization: `Bearer ${session.token}`, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
    });
  return { endpoint, control: endpoint.control, request };
}

describe('reference faults', () => {
  it('latency delays the answer', async () => {
    const { endpoint, request } = setup([{ kind: 'latency', ms: 120 }]);
    const started = performance.now();
    const res = await endpoint.handle(request());
    expect(res.status).to.equal(200);
    expect(performance.now() - started).to.be.at.least(110);
  });

  it('server-error answers 500 server and changes nothing', async () => {
    const { endpoint, control, request } = setup([{ kind: 'server-error' }]);
    const res = await endpoint.handle(request('/app-passwords', { method: 'POST', body: '{"name":"x"}' }));
    expect(res.status).to.equal(500);
    expect((await res.json()).error.code).to.equal('server');
    expect(control.sideEffects()).to.deep.equal([]);
    expect(control.userRecord(DEMO_USERS.regular)!.appPasswords).to.have.length(2);
  });

  it('rate-limit answers 429 with Retry-After', async () => {
    const { endpoint, request } = setup([{ kind: 'rate-limit', retryAfterSeconds: 7 }]);
    const res = await endpoint.handle(request());
    expect(res.status).to.equal(429);
    expect(res.headers.get('retry-after')).to.equal('7');
    expect((await res.json()).error).to.deep.include({ code: 'rate-limited', retryAfter: 7 });
  });

  it('timeout never answers until the request is aborted', async () => {
    const { endpoint, request } = setup([{ kind: 'timeout' }]);
    const controller = new AbortController();
    const pending = endpoint.handle(request('/settings', { signal: controller.signal }));
    let settled = false;
    pending.then(
      () => (settled = true),
      () => (settled = true),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).to.equal(false);
    controller.abort();
    let error: unknown;
    try {
      await pending;
    } catch (caught) {
      error = caught;
    }
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('timeout gives up at its cap, so a forgotten request does not hang forever', async () => {
    const { endpoint, request } = setup([{ kind: 'timeout', maxMs: 30 }]);
    const res = await endpoint.handle(request());
    expect(res.status).to.equal(500);
  });

  it('malformed-body answers 200 with a body that is not JSON', async () => {
    const { endpoint, request } = setup([{ kind: 'malformed-body' }]);
    const res = await endpoint.handle(request());
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.equal('application/json');
    const text = await res.text();
    expect(() => JSON.parse(text)).to.throw(SyntaxError);
  });

  it('limits a fault to the next N requests', async () => {
    const { endpoint, control, request } = setup();
    control.setFaults([{ kind: 'server-error', times: 2 }]);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await endpoint.handle(request())).status);
    expect(statuses).to.deep.equal([500, 500, 200]);
    expect(control.faults()).to.deep.equal([{ kind: 'server-error', times: 0 }]);
  });

  it('lets the first N matching requests through, then applies the fault', async () => {
    const { endpoint, control, request } = setup();
    control.setFaults([{ kind: 'server-error', after: 1, times: 1, operations: ['listAppPasswords'] }]);
    const statuses = [];
    for (const path of ['/settings', '/app-passwords', '/settings', '/app-passwords', '/app-passwords']) {
      statuses.push((await endpoint.handle(request(path))).status);
    }
    expect(statuses).to.deep.equal([200, 200, 200, 500, 200]);
    expect(control.faults()).to.deep.equal([{ kind: 'server-error', after: 0, times: 0, operations: ['listAppPasswords'] }]);
  });

  it('counts toward after the requests an earlier fault answers, and refuses a count that is no count', async () => {
    const { endpoint, control, request } = setup();
    control.setFaults([
      { kind: 'rate-limit', times: 1 },
      { kind: 'server-error', after: 1, times: 1 },
    ]);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await endpoint.handle(request())).status);
    expect(statuses).to.deep.equal([429, 500, 200]);
    for (const bad of [-1, 1.5, '2']) {
      expect(() => control.setFaults([{ kind: 'server-error', after: bad as number }])).to.throw(/"after" must be a whole number/);
    }
    expect(() => control.setFaults([{ kind: 'server-error', times: -2 }])).to.throw(/"times" must be a whole number/);
  });

  it('limits a fault to some operations', async () => {
    const { endpoint, control, request } = setup();
    control.setFaults([{ kind: 'rate-limit', operations: ['listAppPasswords'] }]);
    expect((await endpoint.handle(request('/settings'))).status).to.equal(200);
    expect((await endpoint.handle(request('/app-passwords'))).status).to.equal(429);
  });

  it('applies latency, then an answering fault', async () => {
    const { endpoint, request } = setup([
      { kind: 'latency', ms: 60 },
      { kind: 'server-error' },
    ]);
    const started = performance.now();
    expect((await endpoint.handle(request())).status).to.equal(500);
    expect(performance.now() - started).to.be.at.least(50);
  });

  it('switches off with an empty list, and refuses unknown kinds', async () => {
    const { endpoint, control, request } = setup([{ kind: 'server-error' }]);
    control.setFaults([]);
    expect((await endpoint.handle(request())).status).to.equal(200);
    expect(() => control.setFaults([{ kind: 'gremlins' } as unknown as Fault])).to.throw();
  });

  it('leaves unknown routes alone', async () => {
    const { endpoint, request } = setup([{ kind: 'server-error' }]);
    expect((await endpoint.handle(request('/nope'))).status).to.equal(404);
  });
});
