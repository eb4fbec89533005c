import { expect } from '@open-wc/testing';
import { createSandboxHost } from '../../reference/sandbox.js';
import { DEMO_USERS } from '../../reference/store.js';

const ORIGIN = 'https://portal.example';

/** Calls a sandbox host in-process, as the Node adapter would. */
function hostCaller(host = createSandboxHost()) {
  return async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const init: RequestInit = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    const res = await host.handle(new Request(`${ORIGIN}${path}`, init));
    if (!res) return undefined;
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
  };
}

describe('reference sandbox host', () => {
  it('creates isolated sandboxes with their endpoint and control URLs', async () => {
    const call = hostCaller();
    const a = await call('POST', '/reference/sandboxes');
    expect(a!.status).to.equal(201);
    expect(a!.body.endpoint).to.equal(`/reference/sandboxes/${a!.body.id}/api`);
    expect(a!.body.control).to.equal(`/reference/sandboxes/${a!.body.id}/control`);
    const b = await call('POST', '/reference/sandboxes', {});
    expect(b!.body.id).not.to.equal(a!.body.id);

    const session = (await call('POST', `${a!.body.control}/sign-in`, { userId: DEMO_USERS.regular }))!.body;
    const auth = { authorization: `Bearer ${session.token}`, 'x-csrf-token': session.csrfToken };
    expect((await call('DELETE', `${a!.body.endpoint}/app-passwords/apw_adele_mail`, undefined, auth))!.status).to.equal(204);
    const sessionB = (await call('POST', `${b!.body.control}/sign-in`, { userId: DEMO_USERS.regular }))!.body;
    const list = await call('GET', `${b!.body.endpoint}/app-passwords`, undefined, { authorization: `Bearer ${sessionB.token}` });
    expect(list!.body.items, 'the other sandbox is untouched').to.have.length(2);
    const wrongSandbox = await call('GET', `${b!.body.endpoint}/settings`, undefined, auth);
    expect(wrongSandbox!.status, 'sessions do not cross sandboxes').to.equal(401);
  });

  it('has a demo sandbox from the start', async () => {
    const call = hostCaller();
    const users = await call('GET', '/reference/sandboxes/demo/control/users');
    expect(users!.status).to.equal(200);
    expect(users!.body.map((u: { id: string }) => u.id)).to.include.members(Object.values(DEMO_USERS));
  });

  it('answers undefined for paths that are not its own', async () => {
    const host = createSandboxHost();
    for (const path of ['/', '/reference', '/reference/totp.ts', '/api/settings', '/referencex/sandboxes']) {
      expect(await host.handle(new Request(`${ORIGIN}${path}`)), path).to.equal(undefined);
    }
  });

  it('answers 404 for an unknown sandbox or route', async () => {
    const call = hostCaller();
    expect((await call('GET', '/reference/sandboxes/nope/api/settings'))!.status).to.equal(404);
    expect((await call('GET', '/reference/sandboxes/demo/control/nope'))!.status).to.equal(404);
    expect((await call('GET', '/reference/sandboxes'))!.status).to.equal(405);
  });

  it('evicts the oldest sandbox past the bound, never the demo one', async () => {
    const host = createSandboxHost({ maxSandboxes: 3 });
    const ids = [1, 2, 3].map(() => host.create().id);
    expect(host.sandbox(ids[0]!), 'demo + 3 > 3: the oldest test sandbox went').to.equal(undefined);
    expect(host.sandbox(ids[1]!)).not.to.equal(undefined);
    expect(host.sandbox('demo')).not.to.equal(undefined);
  });

  it('applies creation options: reauthMaxAgeSeconds, faults, nowOffsetSeconds', async () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    const call = hostCaller(createSandboxHost({ now: () => now }));
    const created = await call('POST', '/reference/sandboxes', {
      reauthMaxAgeSeconds: 5,
      nowOffsetSeconds: 3600,
      faults: [{ kind: 'server-error', times: 1, operations: ['getSettings'] }],
    });
    const { endpoint, control } = created!.body;
    const session = (await call('POST', `${control}/sign-in`, { userId: DEMO_USERS.regular }))!.body;
    const auth = { authorization: `Bearer ${session.token}`, 'x-csrf-token': session.csrfToken };
    expect((await call('GET', `${endpoint}/settings`, undefined, auth))!.status).to.equal(500);
    expect((await call('GET', `${endpoint}/settings`, undefined, auth))!.status).to.equal(200);
    const clock = await call('POST', `${control}/clock`, { advanceSeconds: 6 });
    expect(clock!.body.now).to.equal(new Date(now + 3600_000 + 6000).toISOString());
    const stale = await call('PUT', `${endpoint}/settings/default-method`, { method: 'call-mobile' }, auth);
    expect(stale!.body.error.code).to.equal('reauth-required');
    expect((await call('POST', `${control}/reauth`, { token: session.token }))!.status).to.equal(204);
    expect((await call('PUT', `${endpoint}/settings/default-method`, { method: 'call-mobile' }, auth))!.status).to.equal(200);
    const bad = await call('POST', '/reference/sandboxes', { faults: [{ kind: 'gremlins' }] });
    expect(bad!.status).to.equal(400);
  });

  it('resets a sandbox to how it was created: seeded data, its options and clock, no session or message left', async () => {
    const now = Date.parse('2030-01-01T00:00:00Z');
    const call = hostCaller(createSandboxHost({ now: () => now }));
    const { endpoint, control } = (await call('POST', '/reference/sandboxes', { nowOffsetSeconds: 60, appPasswordLimit: 3 }))!.body;
    const session = (await call('POST', `${control}/sign-in`, { userId: DEMO_USERS.regular }))!.body;
    const auth = { authorization: `Bearer ${session.token}`, 'x-csrf-token': session.csrfToken };
    expect((await call('DELETE', `${endpoint}/app-passwords/apw_adele_mail`, undefined, auth))!.status).to.equal(204);
    await call('POST', `${endpoint}/phones/alternate/verifications`, { number: '+14155550124', channel: 'text' }, auth);
    await call('PUT', `${control}/faults`, { faults: [{ kind: 'latency', ms: 1 }] });
    await call('POST', `${control}/clock`, { advanceSeconds: 600 });

    const reset = await call('POST', `${control}/reset`);
    expect(reset!.status).to.equal(204);
    expect((await call('GET', `${endpoint}/settings`, undefined, auth))!.status, 'the old session is gone').to.equal(401);
    expect((await call('GET', `${control}/outbox?userId=${DEMO_USERS.regular}`))!.body).to.deep.equal([]);
    expect((await call('GET', `${control}/side-effects`))!.body).to.deep.equal([]);
    expect((await call('GET', `${control}/faults`))!.body.faults).to.deep.equal([]);
    const clock = await call('POST', `${control}/clock`, { advanceSeconds: 0 });
    expect(clock!.body.now, 'the clock of its options, not moved').to.equal(new Date(now + 60_000).toISOString());
    const again = (await call('POST', `${control}/sign-in`, { userId: DEMO_USERS.regular }))!.body;
    const list = await call('GET', `${endpoint}/app-passwords`, undefined, { authorization: `Bearer ${again.token}` });
    expect(list!.body.items, 'the seeded app passwords are back').to.have.length(2);
    // Its options hold again: a limit of 3 app passwords, 2 seeded.
    const auth2 = { authorization: `Bearer ${again.token}`, 'x-csrf-token': again.csrfToken };
    expect((await call('POST', `${endpoint}/app-passwords`, { name: 'One' }, auth2))!.status).to.equal(201);
    expect((await call('POST', `${endpoint}/app-passwords`, { name: 'Two' }, auth2))!.status).to.not.equal(201);
    // The demo sandbox resets too, and an unknown one is not found.
    expect((await call('POST', '/reference/sandboxes/demo/control/reset'))!.status).to.equal(204);
    expect((await call('POST', '/reference/sandboxes/nope/control/reset'))!.status).to.equal(404);
  });

  it('ages a sign-in on request, so the next change asks for re-authentication', async () => {
    const call = hostCaller();
    const { endpoint, control } = (await call('POST', '/reference/sandboxes', {}))!.body;
    const session = (await call('POST', `${control}/sign-in`, { userId: DEMO_USERS.regular }))!.body;
    const auth = { authorization: `Bearer ${session.token}`, 'x-csrf-token': session.csrfToken };
    expect((await call('POST', `${control}/age-sign-in`, { token: session.token }))!.status).to.equal(204);
    const stale = await call('PUT', `${endpoint}/settings/default-method`, { method: 'call-mobile' }, auth);
    expect(stale!.body.error.code).to.equal('reauth-required');
    // Reads still work: only changes need a fresh sign-in.
    expect((await call('GET', `${endpoint}/settings`, undefined, auth))!.status).to.equal(200);
  });

  it('lists a user\'s pending enrollments for the simulated phone', async () => {
    const call = hostCaller();
    const { endpoint, control } = (await call('POST', '/reference/sandboxes', {}))!.body;
    const session = (await call('POST', `${control}/sign-in`, { userId: DEMO_USERS.newcomer }))!.body;
    const auth = { authorization: `Bearer ${session.token}`, 'x-csrf-token': session.csrfToken };
    const started = await call('POST', `${endpoint}/authenticators/enrollments`, { kind: 'push', name: 'Phone' }, auth);
    const pending = await call('GET', `${control}/enrollments?userId=${DEMO_USERS.newcomer}`);
    expect(pending!.body).to.deep.equal([{ enrollmentId: started!.body.enrollmentId, kind: 'push', name: 'Phone' }]);
    await call('POST', `${control}/push/${started!.body.enrollmentId}/approve`);
    expect((await call('GET', `${control}/enrollments?userId=${DEMO_USERS.newcomer}`))!.body).to.deep.equal([]);
  });

  it('serves every control route', async () => {
    const call = hostCaller();
    const { endpoint, control } = (await call('POST', '/reference/sandboxes'))!.body;
    const signIn = await call('POST', `${control}/sign-in`, { userId: DEMO_USERS.newcomer });
    expect(signIn!.status).to.equal(200);
    // Browsers hide Set-Cookie from script, so the cookies are checked over real HTTP below.
    expect((await call('POST', `${control}/sign-in`, { userId: 'ghost' }))!.status).to.equal(404);
    const auth = { authorization: `Bearer ${signIn!.body.token}`, 'x-csrf-token': signIn!.body.csrfToken };

    await call('POST', `${endpoint}/phones/mobile/verifications`, { number: '+14155550123', channel: 'text' }, auth);
    const outbox = await call('GET', `${control}/outbox?userId=${DEMO_USERS.newcomer}`);
    expect(outbox!.body).to.have.length(1);
    expect(outbox!.body[0]).to.deep.include({ to: '+14155550123', channel: 'text' });
    expect((await call('GET', `${control}/outbox?userId=${DEMO_USERS.regular}`))!.body).to.deep.equal([]);

    const faults = await call('PUT', `${control}/faults`, { faults: [{ kind: 'latency', ms: 1 }] });
    expect(faults!.body).to.deep.equal({ faults: [{ kind: 'latency', ms: 1 }] });
    expect((await call('GET', `${control}/faults`))!.body.faults).to.have.length(1);
    expect((await call('PUT', `${control}/faults`, { faults: [{ kind: 'nope' }] }))!.status).to.equal(400);

    const push = await call('POST', `${endpoint}/authenticators/enrollments`, { kind: 'push', name: 'Phone' }, auth);
    const totpEnrollment = await call('POST', `${endpoint}/authenticators/enrollments`, { kind: 'totp', name: 'Laptop' }, auth);
    const code = await call('GET', `${control}/totp/${totpEnrollment!.body.enrollmentId}`);
    expect(code!.body.code).to.match(/^[0-9]{6}$/);
    const approved = await call('POST', `${control}/push/${push!.body.enrollmentId}/approve`);
    expect(approved!.body.status).to.equal('activated');
    expect((await call('POST', `${control}/push/${push!.body.enrollmentId}/approve`))!.status).to.equal(409);
    expect((await call('GET', `${control}/totp/nope`))!.status).to.equal(404);

    const effects = await call('GET', `${control}/side-effects`);
    expect(effects!.body.map((e: { operationId: string }) => e.operationId)).to.deep.equal([
      'startPhoneVerification',
      'startEnrollment',
      'startEnrollment',
      'approvePush',
    ]);
    const signOut = await call('POST', `${control}/sign-out`, undefined, { authorization: auth.authorization });
    expect(signOut!.status).to.equal(204);
    expect((await call('GET', `${endpoint}/settings`, undefined, auth))!.status).to.equal(401);
  });

  describe('over real HTTP (mounted in the test server)', () => {
    it('signs in with a real HttpOnly cookie scoped to the sandbox', async () => {
      const created = await fetch('/reference/sandboxes', { method: 'POST' });
      expect(created.status).to.equal(201);
      const { endpoint, control } = await created.json();
      const signIn = await fetch(`${control}/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ userId: DEMO_USERS.regular }),
      });
      const { csrfToken } = await signIn.json();
      expect(document.cookie, 'HttpOnly and scoped to the sandbox path').not.to.contain('mfa_ref_session');
      expect(document.cookie, 'scoped to the sandbox path').not.to.contain('mfa_ref_csrf');
      const settings = await fetch(`${endpoint}/settings`);
      expect(settings.status, 'the cookie alone authenticates').to.equal(200);
      expect((await settings.json()).user.displayName).to.equal('Adele Vance');
      const noCsrf = await fetch(`${endpoint}/app-passwords`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"x"}' });
      expect(noCsrf.status).to.equal(403);
      const ok = await fetch(`${endpoint}/app-passwords`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ name: 'Mail' }),
      });
      expect(ok.status).to.equal(201);
      expect(ok.headers.get('cache-control')).to.equal('no-store');
      expect((await fetch(`${endpoint}/settings`, { credentials: 'omit' })).status).to.equal(401);
      const otherSandbox = await (await fetch('/reference/sandboxes', { method: 'POST' })).json();
      const elsewhere = await fetch(`${otherSandbox.endpoint}/settings`);
      expect(elsewhere.status, 'the cookie path keeps it to its own sandbox').to.equal(401);
    });

    it('streams a larger request body through the Node adapter', async () => {
      const { endpoint, control } = await (await fetch('/reference/sandboxes', { method: 'POST' })).json();
      const { token, csrfToken } = await (
        await fetch(`${control}/sign-in`, { method: 'POST', body: JSON.stringify({ userId: DEMO_USERS.admin }) })
      ).json();
      const userIds = Array.from({ length: 100 }, (_, i) => `user-${i}-${'x'.repeat(100)}`);
      const res = await fetch(`${endpoint}/admin/actions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify({ action: 'restore-remembered-devices', userIds }),
      });
      expect(res.status).to.equal(200);
      expect((await res.json()).results).to.have.length(100);
    });
  });
});
