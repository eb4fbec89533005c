import { expect } from '@open-wc/testing';
import { type ReferenceEndpointOptions, createReferenceEndpoint } from '../../reference/endpoint.js';
import { DEMO_USERS } from '../../reference/store.js';
import { type Caller, createCaller } from '../../reference/testing.js';
import { base32Decode, totp } from '../../reference/totp.js';

const START = Date.parse('2030-01-01T00:00:00Z'); // a TOTP step boundary

/** A fresh endpoint with a clock that only moves when a test moves it. */
function setup(options: ReferenceEndpointOptions = {}) {
  const endpoint = createReferenceEndpoint({ now: () => START, ...options });
  const as = (userId: string): Caller => createCaller(endpoint, endpoint.control.signIn(userId));
  return { endpoint, control: endpoint.control, as };
}

const { regular: ADELE, newcomer: BEN, mustRegisterAgain: CHEN, admin: DANA, restricted: ERIK } = DEMO_USERS;

/** Adele's code app set-up just started, with the code its app shows now and one that is wrong. */
async function codeAppStarted() {
  const { as, control } = setup();
  const adele = as(ADELE);
  const started = await adele('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Laptop' });
  const id: string = started.body.enrollmentId;
  const good = await control.currentTotp(id);
  return { adele, control, started, id, good, wrong: good === '000000' ? '111111' : '000000' };
}

describe('reference endpoint', () => {
  describe('sessions, CSRF and re-authentication', () => {
    it('answers 401 unauthenticated without a session or with an unknown one', async () => {
      const { endpoint } = setup();
      const anonymous = await createCaller(endpoint, null)('GET', '/settings');
      expect(anonymous.status).to.equal(401);
      expect(anonymous.body.error.code).to.equal('unauthenticated');
      const unknown = await createCaller(endpoint, { token: 'nope', csrfToken: 'nope' })('GET', '/settings');
      expect(unknown.status).to.equal(401);
      expect(unknown.body.error.code).to.equal('unauthenticated');
    });

    it('answers 403 csrf for a change without the right X-CSRF-Token, and allows reads without it', async () => {
      const { endpoint, control } = setup();
      const session = control.signIn(ADELE);
      const call = createCaller(endpoint, { token: session.token, csrfToken: 'wrong' });
      for (const [method, path, body] of [
        ['PUT', '/settings/default-method', { method: 'call-mobile' }],
        ['POST', '/app-passwords', { name: 'x' }],
        ['DELETE', '/app-passwords/apw_adele_mail'],
        ['PATCH', '/authenticators/auth_adele_phone', { name: 'y' }],
      ] as const) {
        const res = await call(method, path, body);
        expect(res.status, `${method} ${path}`).to.equal(403);
        expect(res.body.error).to.include({ code: 'forbidden', reason: 'csrf' });
      }
      const missing = await endpoint.handle(
        new Request('https://p/settings/default-method', {
          method: 'PUT',
          headers: { authorization: `Bearer ${session.token}` },
          body: '{"method":"call-mobile"}',
        }),
      );
      expect(missing.status).to.equal(403);
      expect((await call('GET', '/settings')).status).to.equal(200);
      expect(control.sideEffects()).to.deep.equal([]);
    });

    it('refuses a change whose body is not sent as application/json (a form from another site sends text/plain), and changes nothing', async () => {
      const { endpoint, control } = setup();
      const session = control.signIn(DANA);
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
        const res = await endpoint.handle(
          new Request('https://p/admin/actions', {
            method: 'POST',
            headers: { authorization: `Bearer ${session.token}`, 'x-csrf-token': session.csrfToken, ...(type ? { 'content-type': type } : {}) },
            // Bytes, not a string: a string body would be given text/plain by the Request itself.
            body: new TextEncoder().encode(JSON.stringify({ action: 'delete-app-passwords', userIds: [ADELE] })),
          }),
        );
        expect(res.status, String(type)).to.equal(400);
        expect((await res.json()).error.fieldErrors, String(type)).to.deep.equal([{ field: 'Content-Type', reason: 'not-json' }]);
      }
      const json = await endpoint.handle(
        new Request('https://p/settings/default-method', {
          method: 'PUT',
          headers: { authorization: `Bearer ${session.token}`, 'x-csrf-token': session.csrfToken, 'content-type': 'Application/JSON; charset=utf-8' },
          body: JSON.stringify({ method: 'no-such-method' }),
        }),
      );
      expect((await json.json()).error.fieldErrors, 'application/json with a charset: the body is read').to.deep.equal([{ field: 'method', reason: 'invalid' }]);
      expect(control.sideEffects().filter((e) => e.operationId === 'runAdminAction')).to.deep.equal([]);
    });

    it('answers 401 reauth-required for a change once the sign-in is older than reauthMaxAgeSeconds', async () => {
      const { endpoint, control } = setup({ reauthMaxAgeSeconds: 60 });
      const session = control.signIn(ADELE);
      const call = createCaller(endpoint, session);
      control.advanceClock(60);
      expect((await call('PUT', '/settings/default-method', { method: 'call-mobile' })).status).to.equal(200);
      control.advanceClock(1);
      const stale = await call('PUT', '/settings/default-method', { method: 'call-office' });
      expect(stale.status).to.equal(401);
      expect(stale.body.error.code).to.equal('reauth-required');
      expect((await call('GET', '/settings')).status, 'reads need no recent sign-in').to.equal(200);
      control.reauthenticate(session.token);
      expect((await call('PUT', '/settings/default-method', { method: 'call-office' })).status).to.equal(200);
    });

    it('defaults to 15 minutes', async () => {
      const { endpoint, control } = setup();
      const call = createCaller(endpoint, control.signIn(ADELE));
      control.advanceClock(900);
      expect((await call('PUT', '/settings/default-method', { method: 'call-mobile' })).status).to.equal(200);
      control.advanceClock(1);
      expect((await call('PUT', '/settings/default-method', { method: 'call-mobile' })).status).to.equal(401);
    });

    it('reads the session from the cookie too', async () => {
      // A page's Request cannot carry a Cookie header (browsers drop it), so this passes what a
      // server adapter builds: a request whose headers include the cookie. Over real HTTP the
      // sandbox test covers the same path with a real cookie.
      const { endpoint, control } = setup();
      const session = control.signIn(ADELE);
      const serverSide = (cookie: string) =>
        ({
          url: 'https://p/settings',
          method: 'GET',
          headers: new Headers({ cookie }),
          signal: new AbortController().signal,
          text: async () => '',
        }) as unknown as Request;
      expect((await endpoint.handle(serverSide(`a=b; mfa_ref_session=${session.token}`))).status).to.equal(200);
      expect((await endpoint.handle(serverSide('mfa_ref_session=forged'))).status).to.equal(401);
      // A broken escape is no session either: 401, not a server failure the client would retry.
      const broken = await endpoint.handle(serverSide('mfa_ref_session=%E0%A4%A'));
      expect(broken.status).to.equal(401);
      expect((await broken.json()).error.code).to.equal('unauthenticated');
    });
  });

  describe('isolation and administrators', () => {
    it("never lets a user read or change another user's items", async () => {
      const { as, control } = setup();
      const ben = as(BEN);
      const adele = as(ADELE);
      const challenge = await ben('POST', '/phones/mobile/verifications', { number: '+14155550123', channel: 'text' });
      const code = control.lastCode(BEN)!;
      const enrollment = await ben('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Ben phone' });
      const attempts: [string, string, unknown?][] = [
        ['POST', `/phones/mobile/verifications/${challenge.body.challengeId}/confirm`, { code }],
        ['POST', `/phones/mobile/verifications/${challenge.body.challengeId}/resend`, {}],
        ['GET', `/authenticators/enrollments/${enrollment.body.enrollmentId}`],
        ['DELETE', `/authenticators/enrollments/${enrollment.body.enrollmentId}`],
        ['POST', `/authenticators/enrollments/${enrollment.body.enrollmentId}/verify`, { code: '123456' }],
      ];
      const dana = as(DANA);
      attempts.push(['PATCH', '/authenticators/auth_adele_phone', { name: 'Mine now' }]);
      attempts.push(['DELETE', '/authenticators/auth_adele_phone']);
      attempts.push(['DELETE', '/app-passwords/apw_adele_mail']);
      for (const [method, path, body] of attempts) {
        const caller = path.includes('adele') ? dana : adele;
        const res = await caller(method, path, body);
        expect(res.status, `${method} ${path}`).to.equal(404);
        expect(res.body.error.code).to.equal('not-found');
      }
      const settings = await adele('GET', '/settings');
      expect(settings.body.user.displayName).to.equal('Adele Vance');
      expect(control.userRecord(ADELE)!.authenticators.map((a) => a.name)).to.deep.equal(['Work phone']);
      expect(control.userRecord(ADELE)!.appPasswords).to.have.length(2);
    });

    it('answers 403 not-admin to anyone but an administrator', async () => {
      const { as, control } = setup();
      const res = await as(ADELE)('POST', '/admin/actions', { action: 'delete-app-passwords', userIds: [ADELE] });
      expect(res.status).to.equal(403);
      expect(res.body.error).to.include({ code: 'forbidden', reason: 'not-admin' });
      expect(control.userRecord(ADELE)!.appPasswords).to.have.length(2);
    });

    it('answers 403 not-admin to anyone but an administrator, whatever the body and however old the sign-in', async () => {
      const { endpoint, as, control } = setup();
      const call = as(ADELE);
      for (const body of [{ action: 'wipe-everything', userIds: [BEN] }, { userIds: [] }, undefined]) {
        const res = await call('POST', '/admin/actions', body);
        expect(res.status, JSON.stringify(body)).to.equal(403);
        expect(res.body.error).to.include({ code: 'forbidden', reason: 'not-admin' });
      }
      const malformed = await call('POST', '/admin/actions', undefined, { rawBody: '{not json' });
      expect(malformed.status).to.equal(403);
      const session = control.signIn(ADELE);
      control.ageSignIn(session.token);
      const old = await createCaller(endpoint, session)('POST', '/admin/actions', { action: 'delete-app-passwords', userIds: [BEN] });
      expect(old.status, 'no step-up is asked for what would be refused anyway').to.equal(403);
    });

    it('runs each admin action with a result per user', async () => {
      const { as, control } = setup();
      const dana = as(DANA);
      const register = await dana('POST', '/admin/actions', { action: 'require-register-again', userIds: [ADELE, 'ghost'] });
      expect(register.status).to.equal(200);
      expect(register.body).to.deep.equal({
        action: 'require-register-again',
        results: [
          { userId: ADELE, status: 'done' },
          { userId: 'ghost', status: 'failed', error: { code: 'not-found', message: 'No such user.' } },
        ],
      });
      expect((await as(ADELE)('GET', '/settings')).body.mustRegisterAgain).to.equal(true);

      const wipe = await dana('POST', '/admin/actions', { action: 'delete-app-passwords', userIds: [ADELE] });
      expect(wipe.body.results).to.deep.equal([{ userId: ADELE, status: 'done' }]);
      expect(control.userRecord(ADELE)!.appPasswords).to.deep.equal([]);

      const restore = await dana('POST', '/admin/actions', { action: 'restore-remembered-devices', userIds: [BEN] });
      expect(restore.body.results[0].status).to.equal('done');
      expect(control.users().find((u) => u.id === BEN)!.rememberedDevicesRestoredAt).to.equal(new Date(START).toISOString());
    });

    it('clears "register again" when the user proves a phone', async () => {
      const { as, control } = setup();
      const chen = as(CHEN);
      expect((await chen('GET', '/settings')).body.mustRegisterAgain).to.equal(true);
      const challenge = await chen('POST', '/phones/alternate/verifications', { number: '+442079460018', channel: 'call' });
      await chen('POST', `/phones/alternate/verifications/${challenge.body.challengeId}/confirm`, { code: control.lastCode(CHEN) });
      expect((await chen('GET', '/settings')).body.mustRegisterAgain).to.equal(false);
    });

    it('clears "register again" when the user activates an authenticator', async () => {
      const { as, control } = setup();
      const chen = as(CHEN);
      const started = await chen('POST', '/authenticators/enrollments', { kind: 'totp', name: 'New phone' });
      const code = await control.currentTotp(started.body.enrollmentId);
      expect((await chen('POST', `/authenticators/enrollments/${started.body.enrollmentId}/verify`, { code })).status).to.equal(200);
      expect((await chen('GET', '/settings')).body.mustRegisterAgain).to.equal(false);
    });
  });

  describe('settings and the default method', () => {
    it('derives methods from registrations and filters them by policy', async () => {
      const { as } = setup();
      expect((await as(ADELE)('GET', '/settings')).body).to.deep.include({
        methods: ['text-mobile', 'call-mobile', 'call-office', 'app-code'],
        defaultMethod: 'text-mobile',
      });
      expect((await as(DANA)('GET', '/settings')).body.methods).to.deep.equal(['text-mobile', 'call-mobile', 'app-notification', 'app-code']);
      const ben = (await as(BEN)('GET', '/settings')).body;
      expect(ben).to.deep.include({ methods: [], defaultMethod: null, phones: [], authenticators: [], mustRegisterAgain: false });
      expect(ben.appPasswords).to.deep.equal({ count: 0, limit: 40 });
      expect((await as(ERIK)('GET', '/settings')).body.policy).to.deep.equal({
        allowedMethods: ['text-mobile', 'call-mobile', 'call-office'],
        appPasswordsAllowed: false,
      });
    });

    const refusals: [string, string, string, string][] = [
      ['a method with nothing registered', BEN, 'text-mobile', 'not-registered'],
      ['a call to an alternate phone the user lacks', ADELE, 'call-alternate', 'not-registered'],
      ['push without a push app', ADELE, 'app-notification', 'not-registered'],
      ['a method the policy does not allow', ERIK, 'app-code', 'not-allowed'],
    ];
    for (const [label, user, method, reason] of refusals) {
      it(`refuses ${label} (${reason})`, async () => {
        const { as, control } = setup();
        const res = await as(user)('PUT', '/settings/default-method', { method });
        expect(res.status).to.equal(400);
        expect(res.body.error.code).to.equal('validation');
        expect(res.body.error.fieldErrors).to.deep.equal([{ field: 'method', reason }]);
        expect(control.sideEffects()).to.deep.equal([]);
      });
    }

    it('saves a registered method and logs the change', async () => {
      const { as, control } = setup();
      const adele = as(ADELE);
      const res = await adele('PUT', '/settings/default-method', { method: 'app-code' });
      expect(res).to.deep.include({ status: 200, body: { defaultMethod: 'app-code' } });
      expect((await adele('GET', '/settings')).body.defaultMethod).to.equal('app-code');
      expect(control.sideEffects()).to.deep.equal([{ operationId: 'setDefaultMethod', userId: ADELE, at: new Date(START).toISOString() }]);
    });

    it('refuses an unknown method by schema', async () => {
      const { as } = setup();
      const res = await as(ADELE)('PUT', '/settings/default-method', { method: 'carrier-pigeon' });
      expect(res.status).to.equal(400);
      expect(res.body.error.fieldErrors).to.deep.equal([{ field: 'method', reason: 'invalid' }]);
    });
  });

  describe('phones', () => {
    async function start(call: Caller, slot = 'alternate', body: unknown = { number: '+442079460018', channel: 'call' }) {
      return call('POST', `/phones/${slot}/verifications`, body);
    }

    it('sends a random 6-digit code to the outbox and answers a masked challenge', async () => {
      const { as, control } = setup();
      const res = await start(as(BEN), 'mobile', { number: '+14155550123', channel: 'text' });
      expect(res.status).to.equal(201);
      expect(res.body).to.deep.include({
        slot: 'mobile',
        maskedNumber: '+1 ••• ••• ••23',
        channel: 'text',
        codeLength: 6,
        expiresAt: new Date(START + 300_000).toISOString(),
        resendAt: new Date(START + 30_000).toISOString(),
      });
      const [message] = control.outbox(BEN);
      expect(message).to.deep.include({ userId: BEN, to: '+14155550123', channel: 'text' });
      expect(message!.code).to.match(/^[0-9]{6}$/);
      expect(message!.text).to.contain(message!.code);
      expect(JSON.stringify(res.body)).not.to.contain('4155550123');
    });

    it('saves nothing until the code is confirmed, then replaces the old number', async () => {
      const { as, control } = setup();
      const adele = as(ADELE);
      const challenge = await start(adele, 'mobile', { number: '+33612345678', channel: 'text' });
      expect((await adele('GET', '/settings')).body.phones[0].maskedNumber).to.equal('+1 ••• ••• ••67');
      const confirmed = await adele('POST', `/phones/mobile/verifications/${challenge.body.challengeId}/confirm`, { code: control.lastCode(ADELE) });
      expect(confirmed.status).to.equal(200);
      expect(confirmed.body.phone).to.deep.equal({ slot: 'mobile', maskedNumber: '+33 • •• •• •• 78', region: 'FR', verifiedAt: new Date(START).toISOString() });
      expect(control.userRecord(ADELE)!.phones.mobile!.number).to.equal('+33612345678');
    });

    // The way the code reached the user: a call for a number proven by a call, the user's choice
    // (and all a fixed line takes, which brings no text method).
    const firstPhone: [string, string, 'text' | 'call', string[], string][] = [
      ['a text', '+14155550123', 'text', ['text-mobile', 'call-mobile'], 'text-mobile'],
      ['a call', '+14155550123', 'call', ['text-mobile', 'call-mobile'], 'call-mobile'],
      ['a call to a fixed line', '+442079460018', 'call', ['call-mobile'], 'call-mobile'],
    ];
    for (const [name, number, channel, methods, defaultMethod] of firstPhone) {
      it(`gives a new user a default method with the first phone, proven by ${name}`, async () => {
        const { as, control } = setup();
        const ben = as(BEN);
        const challenge = await start(ben, 'mobile', { number, channel });
        await ben('POST', `/phones/mobile/verifications/${challenge.body.challengeId}/confirm`, { code: control.lastCode(BEN) });
        expect((await ben('GET', '/settings')).body).to.deep.include({ methods, defaultMethod });
        // A text to a fixed line cannot be chosen as the default either.
        const text = await ben('PUT', '/settings/default-method', { method: 'text-mobile' });
        expect(text.status, 'text-mobile as the default').to.equal(methods.includes('text-mobile') ? 200 : 400);
      });
    }

    it('moves the default to a call when the mobile phone that took its texts becomes a fixed line', async () => {
      const { as, control } = setup();
      const adele = as(ADELE);
      expect((await adele('GET', '/settings')).body.defaultMethod).to.equal('text-mobile');
      const challenge = await start(adele, 'mobile', { number: '+442079460018', channel: 'call' });
      await adele('POST', `/phones/mobile/verifications/${challenge.body.challengeId}/confirm`, { code: control.lastCode(ADELE) });
      const settings = (await adele('GET', '/settings')).body;
      expect(settings.defaultMethod).to.equal('call-mobile');
      expect(settings.methods).not.to.include('text-mobile');
    });

    it('stores the office extension', async () => {
      const { as, control } = setup();
      const ben = as(BEN);
      const challenge = await start(ben, 'office', { number: '+14155550123', channel: 'call', extension: '77' });
      const res = await ben('POST', `/phones/office/verifications/${challenge.body.challengeId}/confirm`, { code: control.lastCode(BEN) });
      expect(res.body.phone).to.deep.include({ slot: 'office', extension: '77' });
      expect(control.outbox(BEN)[0]!.channel).to.equal('call');
    });

    const invalid: [string, string, Record<string, string>, string, string][] = [
      ['a text to a fixed-line number', 'mobile', { number: '+442079460018', channel: 'text' }, 'number', 'cannot-receive-text'],
      ['a text to an office phone', 'office', { number: '+14155550123', channel: 'text' }, 'channel', 'text-not-allowed-for-office'],
      ['a number too short', 'mobile', { number: '+1415', channel: 'call' }, 'number', 'too-short'],
      ['a number too long', 'mobile', { number: '+141555501234567', channel: 'call' }, 'number', 'too-long'],
      ['an unknown country code', 'mobile', { number: '+999123456789', channel: 'call' }, 'number', 'invalid-country'],
      ['a number that is not E.164', 'mobile', { number: '(415) 555-0123', channel: 'call' }, 'number', 'invalid-format'],
      ['a number invalid for its region', 'alternate', { number: '+861381234567', channel: 'call' }, 'number', 'invalid-for-region'],
      ['a call to a premium-rate number', 'alternate', { number: '+19005550123', channel: 'call' }, 'number', 'not-allowed'],
      ['a bad extension', 'office', { number: '+14155550123', channel: 'call', extension: 'ext9' }, 'extension', 'invalid-extension'],
      ['no number', 'mobile', { channel: 'call' }, 'number', 'required'],
      ['an unknown channel', 'mobile', { number: '+14155550123', channel: 'fax' }, 'channel', 'invalid'],
      ['an unknown property', 'mobile', { number: '+14155550123', channel: 'call', pin: '1' }, 'pin', 'invalid'],
    ];
    for (const [label, slot, body, field, reason] of invalid) {
      it(`refuses ${label} (${field}: ${reason}) and sends nothing`, async () => {
        const { as, control } = setup();
        const res = await start(as(BEN), slot, body);
        expect(res.status).to.equal(400);
        expect(res.body.error.code).to.equal('validation');
        expect(res.body.error.fieldErrors).to.deep.include({ field, reason });
        expect(res.body.error.message).not.to.contain(body.number?.slice(2) ?? '-');
        expect(control.outbox()).to.deep.equal([]);
      });
    }

    it('answers 404 for a slot that does not exist', async () => {
      const { as } = setup();
      const res = await as(BEN)('POST', '/phones/pager/verifications', { number: '+14155550123', channel: 'call' });
      expect(res.status).to.equal(404);
    });

    it('answers 403 policy when the policy allows no method for the slot', async () => {
      const { as } = setup();
      const res = await start(as(ERIK), 'alternate');
      expect(res.status).to.equal(403);
      expect(res.body.error).to.include({ code: 'forbidden', reason: 'policy' });
    });

    it('expires a code after 5 minutes (410)', async () => {
      const { as, control } = setup({ reauthMaxAgeSeconds: 3600 });
      const ben = as(BEN);
      const challenge = await start(ben);
      const code = control.lastCode(BEN);
      control.advanceClock(299);
      const wrong = await ben('POST', `/phones/alternate/verifications/${challenge.body.challengeId}/confirm`, { code: '000000' === code ? '111111' : '000000' });
      expect(wrong.status, 'still accepted at 4:59').to.equal(422);
      control.advanceClock(1);
      const late = await ben('POST', `/phones/alternate/verifications/${challenge.body.challengeId}/confirm`, { code });
      expect(late.status).to.equal(410);
      expect(late.body.error.code).to.equal('expired');
      expect(control.userRecord(BEN)!.phones.alternate).to.equal(undefined);
    });

    it('allows 5 wrong codes, counting down, then the challenge is dead (410)', async () => {
      const { as, control } = setup();
      const ben = as(BEN);
      const challenge = await start(ben);
      const code = control.lastCode(BEN)!;
      const wrongCode = code === '000000' ? '111111' : '000000';
      const path = `/phones/alternate/verifications/${challenge.body.challengeId}/confirm`;
      for (const left of [4, 3, 2, 1, 0]) {
        const res = await ben('POST', path, { code: wrongCode });
        expect(res.status).to.equal(422);
        expect(res.body.error).to.deep.include({ code: 'invalid-code', attemptsLeft: left });
        expect(res.body.error.message).not.to.contain(code);
      }
      const afterwards = await ben('POST', path, { code });
      expect(afterwards.status).to.equal(410);
      expect(control.userRecord(BEN)!.phones.alternate).to.equal(undefined);
    });

    it('gives a resent code its own 5 tries, whatever the wrong codes before it used', async () => {
      const { as, control } = setup();
      const ben = as(BEN);
      const challenge = await start(ben);
      const path = `/phones/alternate/verifications/${challenge.body.challengeId}/confirm`;
      const wrong = () => (control.lastCode(BEN) === '000000' ? '111111' : '000000');
      for (const left of [4, 3]) {
        expect((await ben('POST', path, { code: wrong() })).body.error).to.deep.include({ code: 'invalid-code', attemptsLeft: left });
      }
      control.advanceClock(30);
      expect((await ben('POST', `/phones/alternate/verifications/${challenge.body.challengeId}/resend`, {})).status).to.equal(200);
      const res = await ben('POST', path, { code: wrong() });
      expect(res.body.error).to.deep.include({ code: 'invalid-code', attemptsLeft: 4 });
    });

    it('refuses a new code sooner than 30 s after the last (429 + Retry-After), then resends on the same challenge', async () => {
      const { as, control } = setup();
      const ben = as(BEN);
      const challenge = await start(ben);
      const firstCode = control.lastCode(BEN)!;
      const resendPath = `/phones/alternate/verifications/${challenge.body.challengeId}/resend`;

      control.advanceClock(10);
      const tooSoon = await ben('POST', resendPath, {});
      expect(tooSoon.status).to.equal(429);
      expect(tooSoon.body.error).to.deep.include({ code: 'rate-limited', retryAfter: 20 });
      expect(tooSoon.headers.get('retry-after')).to.equal('20');
      const restart = await start(ben);
      expect(restart.status, 'starting again is rate limited too').to.equal(429);

      control.advanceClock(20);
      const resent = await ben('POST', resendPath, {});
      expect(resent.status).to.equal(200);
      expect(resent.body.challengeId).to.equal(challenge.body.challengeId);
      expect(resent.body.expiresAt).to.equal(new Date(START + 30_000 + 300_000).toISOString());
      expect(control.outbox(BEN)).to.have.length(2);
      const secondCode = control.lastCode(BEN)!;

      const confirmPath = `/phones/alternate/verifications/${challenge.body.challengeId}/confirm`;
      if (firstCode !== secondCode) {
        expect((await ben('POST', confirmPath, { code: firstCode })).status, 'the old code stops working').to.equal(422);
      }
      control.advanceClock(290); // past the first code's expiry, within the resent one's
      expect((await ben('POST', confirmPath, { code: secondCode })).status).to.equal(200);
    });

    it('sends one user no more than 10 codes an hour, over every slot (429 until the oldest is an hour old)', async () => {
      const { as, control } = setup({ reauthMaxAgeSeconds: 7200 });
      const ben = as(BEN);
      const challenge = await start(ben);
      const resendPath = `/phones/alternate/verifications/${challenge.body.challengeId}/resend`;
      for (let sent = 1; sent < 9; sent++) {
        control.advanceClock(30);
        expect((await ben('POST', resendPath, {})).status, `code ${sent + 1}`).to.equal(200);
      }
      // The tenth goes to another slot: the limit is the user's, not the slot's. Its challenge says
      // when the limit lets a new code through: an hour after the first.
      const tenth = await start(ben, 'mobile', { number: '+14155550123', channel: 'text' });
      expect(tenth.status).to.equal(201);
      expect(tenth.body.resendAt).to.equal(new Date(START + 3_600_000).toISOString());
      expect(control.outbox(BEN)).to.have.length(10);

      control.advanceClock(30);
      const eleventh = await ben('POST', resendPath, {});
      expect(eleventh.status).to.equal(429);
      // The first code went out 270 s before this: it leaves the hour in 3,600 − 270 s.
      expect(eleventh.body.error).to.deep.include({ code: 'rate-limited', retryAfter: 3330 });
      expect(eleventh.headers.get('retry-after')).to.equal('3330');
      expect((await start(ben, 'office', { number: '+442079460019', channel: 'call' })).status, 'nor on a new challenge').to.equal(429);
      expect(control.outbox(BEN), 'nothing more was sent').to.have.length(10);

      control.advanceClock(3330);
      expect((await ben('POST', resendPath, {})).status, 'an hour after the first').to.equal(200);
      expect(control.outbox(BEN)).to.have.length(11);
    });

    it('resends without a body, or on another channel', async () => {
      const { as, control } = setup();
      const ben = as(BEN);
      const challenge = await start(ben, 'mobile', { number: '+14155550123', channel: 'text' });
      control.advanceClock(30);
      const empty = await ben('POST', `/phones/mobile/verifications/${challenge.body.challengeId}/resend`);
      expect(empty.status).to.equal(200);
      expect(empty.body.channel).to.equal('text');
      control.advanceClock(30);
      const call = await ben('POST', `/phones/mobile/verifications/${challenge.body.challengeId}/resend`, { channel: 'call' });
      expect(call.body.channel).to.equal('call');
      expect(control.outbox(BEN).map((m) => m.channel)).to.deep.equal(['text', 'text', 'call']);
    });

    it('refuses a resend by text to an office phone', async () => {
      const { as, control } = setup();
      const ben = as(BEN);
      const challenge = await start(ben, 'office', { number: '+14155550123', channel: 'call' });
      control.advanceClock(30);
      const res = await ben('POST', `/phones/office/verifications/${challenge.body.challengeId}/resend`, { channel: 'text' });
      expect(res.status).to.equal(400);
      expect(res.body.error.fieldErrors).to.deep.equal([{ field: 'channel', reason: 'text-not-allowed-for-office' }]);
    });

    it('answers 410 for a challenge already confirmed or replaced by a newer one', async () => {
      const { as, control } = setup();
      const ben = as(BEN);
      const first = await start(ben);
      control.advanceClock(30);
      const second = await start(ben);
      const code = control.lastCode(BEN);
      expect((await ben('POST', `/phones/alternate/verifications/${first.body.challengeId}/confirm`, { code })).status).to.equal(410);
      expect((await ben('POST', `/phones/alternate/verifications/${second.body.challengeId}/confirm`, { code })).status).to.equal(200);
      expect((await ben('POST', `/phones/alternate/verifications/${second.body.challengeId}/confirm`, { code })).status).to.equal(410);
    });

    it('answers 404 for a challenge under another slot', async () => {
      const { as, control } = setup();
      const ben = as(BEN);
      const challenge = await start(ben);
      const res = await ben('POST', `/phones/mobile/verifications/${challenge.body.challengeId}/confirm`, { code: control.lastCode(BEN) });
      expect(res.status).to.equal(404);
    });

    it('refuses to delete the phone behind the default method (409), deletes others (204), 404 when empty', async () => {
      const { as, control } = setup();
      const adele = as(ADELE);
      const refused = await adele('DELETE', '/phones/mobile');
      expect(refused.status).to.equal(409);
      expect(refused.body.error).to.include({ code: 'conflict', reason: 'backs-default-method' });
      expect((await adele('DELETE', '/phones/office')).status).to.equal(204);
      expect((await adele('DELETE', '/phones/office')).status).to.equal(404);
      expect((await adele('DELETE', '/phones/alternate')).status).to.equal(404);
      await adele('PUT', '/settings/default-method', { method: 'app-code' });
      expect((await adele('DELETE', '/phones/mobile')).status).to.equal(204);
      expect((await adele('GET', '/settings')).body.methods).to.deep.equal(['app-code']);
      expect(control.sideEffects().map((e) => e.operationId)).to.deep.equal(['deletePhone', 'setDefaultMethod', 'deletePhone']);
    });
  });

  describe('authenticators', () => {
    it('keeps at most 5 set-ups waiting for a user: a sixth cancels the oldest', async () => {
      const { as } = setup();
      const ben = as(BEN);
      const ids: string[] = [];
      for (let i = 1; i <= 6; i++) {
        const started = await ben('POST', '/authenticators/enrollments', { kind: 'totp', name: `Phone ${i}` });
        expect(started.status).to.equal(201);
        ids.push(started.body.enrollmentId);
      }
      const statuses = [];
      for (const id of ids) statuses.push((await ben('GET', `/authenticators/enrollments/${id}`)).body.status);
      expect(statuses).to.deep.equal(['cancelled', 'pending', 'pending', 'pending', 'pending', 'pending']);
      // The cancelled set-up's secret no longer sets anything up.
      const late = await ben('POST', `/authenticators/enrollments/${ids[0]}/verify`, { code: '123456' });
      expect(late.status).to.equal(410);
    });

    it('replaces a set-up waiting under the same name, whatever the case, so two apps cannot share it', async () => {
      const { as, control } = setup();
      const ben = as(BEN);
      const first = await ben('POST', '/authenticators/enrollments', { kind: 'push', name: 'Work phone' });
      const other = await ben('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Laptop' });
      const again = await ben('POST', '/authenticators/enrollments', { kind: 'push', name: 'work PHONE' });
      expect(again.status).to.equal(201);
      const status = async (started: typeof first) => (await ben('GET', `/authenticators/enrollments/${started.body.enrollmentId}`)).body.status;
      expect(await status(first), 'the set-up started before under that name').to.equal('cancelled');
      expect(await status(other), 'another name').to.equal('pending');
      expect(await status(again)).to.equal('pending');
      // The first set-up's activation code no longer activates an app.
      expect(() => control.approvePush(first.body.enrollmentId)).to.throw('not pending');
      control.approvePush(again.body.enrollmentId);
      expect((await ben('GET', '/authenticators')).body.items.map((a: { name: string }) => a.name)).to.deep.equal(['work PHONE']);
    });

    it('keeps at most 200 stored answers for a user, the oldest dropped first', async () => {
      // Starts as fast as a script: the hourly limit on starts is not what this test is about.
      const { as, control } = setup({ maxEnrollmentStartsPerHour: 250 });
      const ben = as(BEN);
      const start = (i: number) =>
        ben('POST', '/authenticators/enrollments', { kind: 'totp', name: `Phone ${i}` }, { headers: { 'idempotency-key': `key-${i}` } });
      for (let i = 1; i <= 201; i++) expect((await start(i)).status).to.equal(201);
      const made = control.sideEffects().length;
      // The newest key replays its answer. The second is remembered too (its set-up, cancelled by
      // the newer ones, no longer gives its secret: 409 secret-gone). Neither changes anything.
      expect((await start(201)).status).to.equal(201);
      expect((await start(2)).body?.error?.reason).to.equal('secret-gone');
      expect(control.sideEffects().length, 'a remembered key made a change').to.equal(made);
      // The oldest is forgotten: the same request is a new one.
      expect((await start(1)).status).to.equal(201);
      expect(control.sideEffects().length, 'the oldest key was still remembered').to.equal(made + 1);
    });

    it('starts no more than 10 set-ups for one user in an hour, of either kind (429 + Retry-After until the oldest is an hour old)', async () => {
      const { as, control } = setup({ reauthMaxAgeSeconds: 7200 });
      const ben = as(BEN);
      const start = (name: string, kind = 'totp', headers: Record<string, string> = {}) =>
        ben('POST', '/authenticators/enrollments', { kind, name }, { headers });
      const ids: string[] = [];
      for (let i = 1; i <= 10; i++) {
        const started = await start(`Phone ${i}`, i % 2 ? 'totp' : 'push', { 'Idempotency-Key': `start-${i}` });
        expect(started.status, `start ${i}`).to.equal(201);
        ids.push(started.body.enrollmentId);
        control.advanceClock(60);
      }
      // Cancelling a set-up gives no start back.
      expect((await ben('DELETE', `/authenticators/enrollments/${ids[9]}`)).status).to.equal(204);
      const made = control.sideEffects().length;

      const eleventh = await start('Phone 11', 'push');
      expect(eleventh.status).to.equal(429);
      // The first started 600 s before this: it leaves the hour in 3,600 − 600 s.
      expect(eleventh.body).to.deep.equal({
        error: { code: 'rate-limited', message: 'Too many authenticator set-ups were started by this user in the last hour.', retryAfter: 3000 },
      });
      expect(eleventh.headers.get('retry-after')).to.equal('3000');
      expect((await start('Phone 12')).status, 'nor a code app').to.equal(429);
      expect(control.sideEffects(), 'nothing was started').to.have.length(made);
      const waiting = control.pendingEnrollments(BEN).map((e) => e.name);
      expect(waiting, 'no set-up was cancelled to make room').to.deep.equal(['Phone 6', 'Phone 7', 'Phone 8', 'Phone 9']);
      // A retry of a start still waiting, with its Idempotency-Key, gets its answer: it starts nothing.
      expect((await start('Phone 9', 'totp', { 'Idempotency-Key': 'start-9' })).status).to.equal(201);
      // The limit is the user's: another user starts as before.
      expect((await as(ADELE)('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Laptop' })).status).to.equal(201);

      control.advanceClock(2999);
      expect((await start('Phone 11')).body.error.retryAfter, 'a second before').to.equal(1);
      control.advanceClock(1);
      expect((await start('Phone 11')).status, 'an hour after the first').to.equal(201);
      // The next waits for the second to leave the hour, a minute later.
      const next = await start('Phone 12');
      expect([next.status, next.headers.get('retry-after')]).to.deep.equal([429, '60']);
    });

    it('starts none with a limit of 0 an hour', async () => {
      const { as } = setup({ maxEnrollmentStartsPerHour: 0 });
      const started = await as(BEN)('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Phone' });
      expect([started.status, started.headers.get('retry-after')]).to.deep.equal([429, '3600']);
    });

    it('never refuses a start at a steady 10 an hour: a set-up every 6 minutes for four hours', async () => {
      const { as, control } = setup({ reauthMaxAgeSeconds: 86_400 });
      const ben = as(BEN);
      for (let i = 1; i <= 40; i++) {
        const started = await ben('POST', '/authenticators/enrollments', { kind: i % 2 ? 'totp' : 'push', name: `Phone ${i}` });
        expect(started.status, `start ${i}`).to.equal(201);
        await ben('DELETE', `/authenticators/enrollments/${started.body.enrollmentId}`);
        control.advanceClock(360);
      }
    });

    it('starts a TOTP enrollment with a fresh secret and a Key Uri Format URI', async () => {
      const { as } = setup();
      const res = await as(ADELE)('POST', '/authenticators/enrollments', { kind: 'totp', name: '  Laptop  ' });
      expect(res.status).to.equal(201);
      const { totp: setupData, ...rest } = res.body;
      expect(rest).to.deep.include({ kind: 'totp', name: 'Laptop', status: 'pending', expiresAt: new Date(START + 600_000).toISOString() });
      expect(setupData.secret).to.match(/^[A-Z2-7]{32}$/); // 20 bytes, no padding
      expect(base32Decode(setupData.secret)).to.have.length(20);
      expect(setupData).to.deep.include({ issuer: 'Contoso Portal', accountName: 'adele.vance@contoso.example', algorithm: 'SHA1', digits: 6, period: 30 });
      expect(setupData.otpauthUri).to.equal(
        `otpauth://totp/Contoso%20Portal:adele.vance%40contoso.example?secret=${setupData.secret}&issuer=Contoso%20Portal&algorithm=SHA1&digits=6&period=30`,
      );
      const other = await as(ADELE)('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Tablet' });
      expect(other.body.totp.secret).not.to.equal(setupData.secret);
    });

    const windowCases: [string, number, number][] = [
      ['the current step', 0, 200],
      ['one step before', -30, 200],
      ['one step after', 30, 200],
      ['two steps before', -60, 422],
      ['two steps after', 60, 422],
    ];
    for (const [label, shift, status] of windowCases) {
      it(`answers ${status} to a code from ${label}`, async () => {
        const { as } = setup();
        const adele = as(ADELE);
        const started = await adele('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Laptop' });
        const code = await totp(base32Decode(started.body.totp.secret), START / 1000 + shift);
        const res = await adele('POST', `/authenticators/enrollments/${started.body.enrollmentId}/verify`, { code });
        expect(res.status).to.equal(status);
      });
    }

    it('activates with a correct code, keeps the accepted step, never returns the secret again', async () => {
      const { as, control } = setup();
      const adele = as(ADELE);
      const started = await adele('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Laptop' });
      const id = started.body.enrollmentId;
      const pending = await adele('GET', `/authenticators/enrollments/${id}`);
      expect(pending.body).to.deep.equal({ enrollmentId: id, kind: 'totp', name: 'Laptop', status: 'pending', expiresAt: started.body.expiresAt });
      const code = await control.currentTotp(id);
      const verified = await adele('POST', `/authenticators/enrollments/${id}/verify`, { code });
      expect(verified.status).to.equal(200);
      expect(verified.body.status).to.equal('activated');
      expect(verified.body.totp).to.equal(undefined);
      expect(verified.body.authenticator).to.deep.include({ kind: 'totp', name: 'Laptop', lastUsedAt: null });
      const record = control.userRecord(ADELE)!.authenticators.find((a) => a.id === verified.body.authenticator.id)!;
      expect(record.lastAcceptedStep).to.equal(START / 1000 / 30);
      const again = await adele('POST', `/authenticators/enrollments/${id}/verify`, { code });
      expect(again.status, 'the same code (and step) is not accepted twice').to.equal(409);
      expect(again.body.error.reason).to.equal('already-activated');
      const after = await adele('GET', `/authenticators/enrollments/${id}`);
      expect(after.body.status).to.equal('activated');
      expect(JSON.stringify(after.body)).not.to.contain(started.body.totp.secret);
      expect((await adele('GET', '/authenticators')).body.items).to.have.length(2);
    });

    it('allows 5 wrong codes per enrollment, then 410', async () => {
      const { adele, id, good, wrong } = await codeAppStarted();
      for (const left of [4, 3, 2, 1, 0]) {
        const res = await adele('POST', `/authenticators/enrollments/${id}/verify`, { code: wrong });
        expect(res.body.error).to.deep.include({ code: 'invalid-code', attemptsLeft: left });
      }
      expect((await adele('POST', `/authenticators/enrollments/${id}/verify`, { code: good })).status).to.equal(410);
      expect((await adele('GET', `/authenticators/enrollments/${id}`)).body.status).to.equal('expired');
    });

    it('expires an enrollment after 10 minutes', async () => {
      const { as, control } = setup({ reauthMaxAgeSeconds: 3600 });
      const adele = as(ADELE);
      const started = await adele('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Laptop' });
      control.advanceClock(600);
      // The code the app shows now, from the key it scanned.
      const code = await totp(base32Decode(started.body.totp.secret), control.now() / 1000);
      const res = await adele('POST', `/authenticators/enrollments/${started.body.enrollmentId}/verify`, { code });
      expect(res.status).to.equal(410);
      expect((await adele('GET', `/authenticators/enrollments/${started.body.enrollmentId}`)).body.status).to.equal('expired');
    });

    it("keeps a code app's set-up waiting 10 minutes from its last read, so a page that shows it keeps it, for 2 hours at most; a push app's ends 10 minutes after its start", async () => {
      const { as, control } = setup({ reauthMaxAgeSeconds: 36_000 });
      const adele = as(ADELE);
      const started = await adele('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Laptop' });
      const id = started.body.enrollmentId;
      // Read every 9 minutes, it waits past its first 10 (45 minutes in all), each answer saying until when.
      for (let read = 1; read <= 5; read++) {
        control.advanceClock(540);
        const res = await adele('GET', `/authenticators/enrollments/${id}`);
        expect(res.body).to.include({ status: 'pending', expiresAt: new Date(control.now() + 600_000).toISOString() });
      }
      const code = await totp(base32Decode(started.body.totp.secret), control.now() / 1000);
      const verified = await adele('POST', `/authenticators/enrollments/${id}/verify`, { code });
      expect(verified.status, JSON.stringify(verified.body)).to.equal(200);
      expect(verified.body.status).to.equal('activated');
      // Read all along, it waits 2 hours from its start at the most: a tab forgotten open ends too.
      const forgotten = (await adele('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Desk' })).body.enrollmentId;
      const end = new Date(control.now() + 7_200_000).toISOString();
      for (let read = 1; read <= 13; read++) {
        control.advanceClock(540);
        await adele('GET', `/authenticators/enrollments/${forgotten}`);
      }
      // 117 minutes in: it waits until 2 hours after its start, not 10 minutes from this read.
      expect((await adele('GET', `/authenticators/enrollments/${forgotten}`)).body).to.include({ status: 'pending', expiresAt: end });
      control.advanceClock(180);
      const late = await adele('GET', `/authenticators/enrollments/${forgotten}`);
      expect(late.body.status, JSON.stringify(late.body)).to.equal('expired');
      // Left unread for 10 minutes, it ends as before.
      const unread = (await adele('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Tablet' })).body.enrollmentId;
      control.advanceClock(540);
      await adele('GET', `/authenticators/enrollments/${unread}`);
      control.advanceClock(600);
      expect((await adele('GET', `/authenticators/enrollments/${unread}`)).body.status).to.equal('expired');
      // A push app's activation is not kept by its polls.
      const ben = as(BEN);
      const push = await ben('POST', '/authenticators/enrollments', { kind: 'push', name: 'Authenticator' });
      control.advanceClock(540);
      expect((await ben('GET', `/authenticators/enrollments/${push.body.enrollmentId}`)).body).to.include({ status: 'pending', expiresAt: push.body.expiresAt });
      control.advanceClock(60);
      expect((await ben('GET', `/authenticators/enrollments/${push.body.enrollmentId}`)).body.status).to.equal('expired');
    });

    it('cancels a pending enrollment; its codes stop working', async () => {
      const { as, control } = setup();
      const adele = as(ADELE);
      const started = await adele('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Laptop' });
      const id = started.body.enrollmentId;
      const code = await control.currentTotp(id);
      expect((await adele('DELETE', `/authenticators/enrollments/${id}`)).status).to.equal(204);
      expect((await adele('GET', `/authenticators/enrollments/${id}`)).body.status).to.equal('cancelled');
      expect((await adele('POST', `/authenticators/enrollments/${id}/verify`, { code })).status).to.equal(410);
      expect((await adele('DELETE', '/authenticators/enrollments/enr_nope')).status).to.equal(404);
    });

    it("cancels a user's set-ups still waiting when their last session ends", async () => {
      const { endpoint, control } = setup();
      const first = control.signIn(BEN);
      const second = control.signIn(BEN);
      const ben = createCaller(endpoint, first);
      const push = (await ben('POST', '/authenticators/enrollments', { kind: 'push', name: 'Authenticator' })).body.enrollmentId;
      control.signOut(first.token);
      expect(control.pendingEnrollments(BEN), 'another session is open').to.have.length(1);
      control.signOut(second.token);
      expect(control.pendingEnrollments(BEN)).to.deep.equal([]);
      // Its activation code no longer activates anything.
      expect(() => control.approvePush(push)).to.throw('not pending');
    });

    it('keeps no secret of a set-up that ended: cancelled, activated, or expired, asked about or not', async () => {
      const { as, control } = setup({ reauthMaxAgeSeconds: 3600 });
      const adele = as(ADELE);
      const start = async (name: string) => (await adele('POST', '/authenticators/enrollments', { kind: 'totp', name })).body.enrollmentId as string;
      // The simulated app computes codes from the record's secret: it has none to compute from.
      const forgotten = async (id: string) => {
        try {
          await control.currentTotp(id);
          return false;
        } catch {
          return true;
        }
      };
      const cancelled = await start('Laptop');
      await adele('DELETE', `/authenticators/enrollments/${cancelled}`);
      expect(await forgotten(cancelled), 'cancelled').to.equal(true);
      const activated = await start('Tablet');
      await adele('POST', `/authenticators/enrollments/${activated}/verify`, { code: await control.currentTotp(activated) });
      expect(await forgotten(activated), 'activated').to.equal(true);
      const expired = await start('Phone');
      control.advanceClock(599);
      expect(await forgotten(expired), 'a second before its time').to.equal(false);
      control.advanceClock(1);
      // No request about it, nor any start: its time is up, its secret is gone.
      expect(control.enrollmentRecord(expired), 'expired').to.include({ secret: '' });
      expect(await forgotten(expired), 'expired').to.equal(true);
      expect((await adele('GET', `/authenticators/enrollments/${expired}`)).body.status, 'reported as before').to.equal('expired');
      // The app set up keeps its own.
      const [app] = (await adele('GET', '/authenticators')).body.items.filter((a: { name: string }) => a.name === 'Tablet');
      expect(await forgotten(app.id)).to.equal(false);
    });

    it('keeps no secret of a set-up whose last try was a wrong code, from that answer on', async () => {
      const { adele, control, started, id, good, wrong } = await codeAppStarted();
      for (const left of [4, 3, 2, 1]) {
        expect((await adele('POST', `/authenticators/enrollments/${id}/verify`, { code: wrong })).body.error.attemptsLeft).to.equal(left);
      }
      expect(control.enrollmentRecord(id)!.secret, 'one try left').to.equal(started.body.totp.secret);
      const last = await adele('POST', `/authenticators/enrollments/${id}/verify`, { code: wrong });
      expect(last.body.error).to.deep.include({ code: 'invalid-code', attemptsLeft: 0 });
      expect(control.enrollmentRecord(id)).to.include({ secret: '', attemptsLeft: 0 });
      let refused: unknown;
      await control.currentTotp(id).catch((error: unknown) => {
        refused = error;
      });
      expect(refused, 'no code can be computed for it').to.have.property('status', 404);
      expect((await adele('GET', `/authenticators/enrollments/${id}`)).body.status, 'reported as before').to.equal('expired');
      expect((await adele('POST', `/authenticators/enrollments/${id}/verify`, { code: good })).status).to.equal(410);
    });

    it('keeps no activation code of a push set-up once its time is up, though nobody asks about it', async () => {
      const { as, control } = setup();
      const ben = as(BEN);
      const started = await ben('POST', '/authenticators/enrollments', { kind: 'push', name: 'Authenticator' });
      const id = started.body.enrollmentId;
      expect(control.enrollmentRecord(id), 'while it waits').to.include({ activationCode: started.body.push.activationCode });
      control.advanceClock(600);
      const record = control.enrollmentRecord(id)!;
      expect(record, 'expired').not.to.have.property('activationCode');
      expect(record.secret).to.equal('');
      expect(JSON.stringify(record)).not.to.contain(started.body.push.activationCode);
      expect(() => control.approvePush(id)).to.throw('not pending');
      const polled = await ben('GET', `/authenticators/enrollments/${id}`);
      expect(polled.body, 'reported as before').to.deep.equal({ enrollmentId: id, kind: 'push', name: 'Authenticator', status: 'expired', expiresAt: started.body.expiresAt });
    });

    it('activates a push app through the simulated phone approval', async () => {
      const { as, control } = setup();
      const ben = as(BEN);
      const started = await ben('POST', '/authenticators/enrollments', { kind: 'push', name: 'Authenticator' });
      expect(started.status).to.equal(201);
      expect(started.body.totp).to.equal(undefined);
      expect(started.body.push.activationCode).to.match(/^[0-9]{9}$/);
      expect(started.body.push.activationUrl).to.match(/^https:\/\//);
      expect(JSON.parse(started.body.push.qrPayload)).to.deep.equal({ code: started.body.push.activationCode, url: started.body.push.activationUrl });
      const id = started.body.enrollmentId;
      const polled = await ben('GET', `/authenticators/enrollments/${id}`);
      expect(polled.body.status).to.equal('pending');
      expect(polled.body.push).to.equal(undefined);
      const verify = await ben('POST', `/authenticators/enrollments/${id}/verify`, { code: '123456' });
      expect(verify.status).to.equal(409);
      expect(verify.body.error.reason).to.equal('kind-mismatch');
      control.approvePush(id);
      const activated = await ben('GET', `/authenticators/enrollments/${id}`);
      expect(activated.body.status).to.equal('activated');
      expect(activated.body.authenticator.kind).to.equal('push');
      expect((await ben('GET', '/settings')).body).to.deep.include({ methods: ['app-notification', 'app-code'], defaultMethod: 'app-notification' });
      expect(() => control.approvePush(id)).to.throw();
    });

    it('answers 403 policy for an authenticator app the policy does not allow', async () => {
      const { as } = setup();
      const res = await as(ERIK)('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Phone' });
      expect(res.status).to.equal(403);
      expect(res.body.error.reason).to.equal('policy');
    });

    it('follows a policy an administrator changes (setPolicy): a kind no longer allowed is refused 403 policy, and the settings say so', async () => {
      const { as, control } = setup();
      control.setPolicy(BEN, { allowedMethods: ['text-mobile', 'app-notification'] });
      const ben = as(BEN);
      const res = await ben('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Phone' });
      expect(res.status).to.equal(403);
      expect(res.body.error.reason).to.equal('policy');
      expect((await ben('GET', '/settings')).body.policy).to.deep.equal({ allowedMethods: ['text-mobile', 'app-notification'], appPasswordsAllowed: true });
      expect((await ben('POST', '/authenticators/enrollments', { kind: 'push', name: 'Phone' })).status).to.equal(201);
      expect(() => control.setPolicy('nobody', {})).to.throw('No such user.');
    });

    const names: [string, unknown, number, string?][] = [
      ['a duplicate name (any case, trimmed)', ' work PHONE ', 409, 'duplicate-name'],
      ['a blank name', '   ', 400],
      ['an empty name', '', 400],
      ['a 65-character name', 'x'.repeat(65), 400],
      ['a name that is not a string', 42, 400],
    ];
    for (const [label, name, status, reason] of names) {
      it(`refuses ${label} on start and on rename (${status})`, async () => {
        const { as } = setup();
        const adele = as(ADELE);
        const startRes = await adele('POST', '/authenticators/enrollments', { kind: 'totp', name });
        expect(startRes.status).to.equal(status);
        // Renaming "Work phone" to its own name (in another case) is fine.
        const rename = await adele('PATCH', '/authenticators/auth_adele_phone', { name });
        expect(rename.status).to.equal(status === 409 ? 200 : status);
        if (reason) expect(startRes.body.error.reason).to.equal(reason);
      });
    }

    it('renames with a trimmed name, refusing a name another authenticator has', async () => {
      const { as, control } = setup();
      const dana = as(DANA);
      const started = await dana('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Laptop' });
      await dana('POST', `/authenticators/enrollments/${started.body.enrollmentId}/verify`, { code: await control.currentTotp(started.body.enrollmentId) });
      const clash = await dana('PATCH', '/authenticators/auth_dana_push', { name: 'laptop' });
      expect(clash.status).to.equal(409);
      expect(clash.body.error.reason).to.equal('duplicate-name');
      const ok = await dana('PATCH', '/authenticators/auth_dana_push', { name: '  Pixel 9 ' });
      expect(ok.status).to.equal(200);
      expect(ok.body).to.deep.include({ id: 'auth_dana_push', name: 'Pixel 9', kind: 'push' });
      expect((await dana('PATCH', '/authenticators/auth_nope', { name: 'x' })).status).to.equal(404);
    });

    it('refuses to rename an app to the name of a set-up still waiting, which would give two apps one name once it is activated', async () => {
      const { as, control } = setup();
      const dana = as(DANA);
      const code = await dana('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Laptop' });
      const push = await dana('POST', '/authenticators/enrollments', { kind: 'push', name: 'Tablet' });
      for (const name of ['laptop', 'TABLET']) {
        const clash = await dana('PATCH', '/authenticators/auth_dana_push', { name });
        expect(clash.status, name).to.equal(409);
        expect(clash.body.error.reason).to.equal('duplicate-name');
      }
      await dana('POST', `/authenticators/enrollments/${code.body.enrollmentId}/verify`, { code: await control.currentTotp(code.body.enrollmentId) });
      control.approvePush(push.body.enrollmentId);
      const names = (await dana('GET', '/authenticators')).body.items.map((item: { name: string }) => item.name);
      expect(names).to.deep.equal(['Authenticator on Pixel', 'Laptop', 'Tablet']);
      // A set-up that no longer waits holds no name.
      const ended = await dana('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Desk' });
      await dana('DELETE', `/authenticators/enrollments/${ended.body.enrollmentId}`);
      expect((await dana('PATCH', '/authenticators/auth_dana_push', { name: 'Desk' })).status).to.equal(200);
    });

    it('refuses to delete the last authenticator behind an app default method (409), deletes otherwise', async () => {
      const { as } = setup();
      const dana = as(DANA);
      const refused = await dana('DELETE', '/authenticators/auth_dana_push');
      expect(refused.status).to.equal(409);
      expect(refused.body.error.reason).to.equal('backs-default-method');
      const adele = as(ADELE);
      expect((await adele('DELETE', '/authenticators/auth_adele_phone')).status, 'the default is a text').to.equal(204);
      expect((await adele('DELETE', '/authenticators/auth_adele_phone')).status).to.equal(404);
      await dana('PUT', '/settings/default-method', { method: 'call-mobile' });
      expect((await dana('DELETE', '/authenticators/auth_dana_push')).status).to.equal(204);
    });
  });

  describe('app passwords', () => {
    it('creates 16 random lowercase letters, returned once, stored only as a SHA-256 hash', async () => {
      const { as, control } = setup();
      const adele = as(ADELE);
      const created = await adele('POST', '/app-passwords', { name: ' Outlook 2013 ' });
      expect(created.status).to.equal(201);
      const { password, appPassword } = created.body;
      expect(password).to.match(/^[a-z]{16}$/);
      expect(appPassword).to.deep.include({ name: 'Outlook 2013', lastUsedAt: null });
      const record = control.userRecord(ADELE)!.appPasswords.find((item) => item.id === appPassword.id)!;
      expect(record.passwordHash).not.to.equal(password);
      expect(JSON.stringify(record)).not.to.contain(password);
      const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(password));
      const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
      expect(record.passwordHash).to.equal(hex);
      expect(await control.verifyAppPassword(ADELE, password)).to.equal(true);
      expect(await control.verifyAppPassword(ADELE, password.toUpperCase())).to.equal(false);
      expect(await control.verifyAppPassword(BEN, password)).to.equal(false);
      const list = await adele('GET', '/app-passwords');
      expect(list.body.limit).to.equal(40);
      expect(list.body.items.map((item: { name: string }) => item.name)).to.deep.equal(['Mail on old laptop', 'Scan-to-email printer', 'Outlook 2013']);
      expect(JSON.stringify(list.body)).not.to.contain(password);
      const second = await adele('POST', '/app-passwords', { name: 'Outlook 2016' });
      expect(second.body.password).not.to.equal(password);
    });

    it('answers 409 duplicate-name for a name another app password has, whatever the case and spaces', async () => {
      const { as, control } = setup();
      const adele = as(ADELE);
      for (const name of ['Mail on old laptop', ' MAIL ON OLD LAPTOP ']) {
        const taken = await adele('POST', '/app-passwords', { name });
        expect(taken.status).to.equal(409);
        expect(taken.body.error).to.include({ code: 'conflict', reason: 'duplicate-name' });
      }
      expect(control.userRecord(ADELE)!.appPasswords).to.have.length(2);
      // Another user's names are theirs: Ben may use the same.
      expect((await as(BEN)('POST', '/app-passwords', { name: 'Mail on old laptop' })).status).to.equal(201);
      // Once revoked, its name is free again.
      expect((await adele('DELETE', '/app-passwords/apw_adele_mail')).status).to.equal(204);
      expect((await adele('POST', '/app-passwords', { name: 'Mail on old laptop' })).status).to.equal(201);
    });

    it('saves a name as a list shows it, and takes names that look the same as the same: composed, its white space and control characters one space, its invisible characters ignored', async () => {
      const { as } = setup();
      const adele = as(ADELE);
      const saved = async (name: string) => (await adele('POST', '/app-passwords', { name })).body.appPassword?.name;
      expect(await saved('Cafe\u0301')).to.equal('Caf\u00e9');
      expect(await saved('Tab\tand\nline')).to.equal('Tab and line');
      expect(await saved('Nul\u0000Char')).to.equal('Nul Char');
      expect(await saved('A   \u00a0 B')).to.equal('A B');
      for (const name of ['Caf\u00e9', 'CAFE\u0301', 'Mail on old\u200b laptop', '\u200eMail on old laptop', 'Mail on old\u00ad laptop', 'Nul  Char']) {
        const taken = await adele('POST', '/app-passwords', { name });
        expect(taken.status, JSON.stringify(name)).to.equal(409);
        expect(taken.body.error.reason).to.equal('duplicate-name');
      }
      // An app set up under the name of one the user has, but for invisible characters, as well.
      const started = await adele('POST', '/authenticators/enrollments', { kind: 'totp', name: '\u2066Work\u200b phone\u2069' });
      expect(started.status).to.equal(409);
      expect(started.body.error.reason).to.equal('duplicate-name');
    });

    it('answers 409 limit-reached at the limit', async () => {
      const { as } = setup({ appPasswordLimit: 3 });
      const adele = as(ADELE);
      expect((await adele('POST', '/app-passwords', { name: 'third' })).status).to.equal(201);
      const full = await adele('POST', '/app-passwords', { name: 'fourth' });
      expect(full.status).to.equal(409);
      expect(full.body.error.reason).to.equal('limit-reached');
      expect((await adele('GET', '/settings')).body.appPasswords).to.deep.equal({ count: 3, limit: 3 });
    });

    it('answers 403 policy when app passwords are not allowed', async () => {
      const { as } = setup();
      const res = await as(CHEN)('POST', '/app-passwords', { name: 'Mail' });
      expect(res.status).to.equal(403);
      expect(res.body.error).to.include({ code: 'forbidden', reason: 'policy' });
    });

    it('revokes (204), then 404', async () => {
      const { as, control } = setup();
      const adele = as(ADELE);
      expect((await adele('DELETE', '/app-passwords/apw_adele_mail')).status).to.equal(204);
      expect((await adele('DELETE', '/app-passwords/apw_adele_mail')).status).to.equal(404);
      expect(control.userRecord(ADELE)!.appPasswords.map((a) => a.id)).to.deep.equal(['apw_adele_printer']);
    });
  });

  describe('idempotency', () => {
    it('replays a successful POST with the same key, with no second side effect', async () => {
      const { as, control } = setup();
      const adele = as(ADELE);
      const headers = { 'Idempotency-Key': 'key-1' };
      const first = await adele('POST', '/app-passwords', { name: 'Mail' }, { headers });
      const replay = await adele('POST', '/app-passwords', { name: 'Mail' }, { headers });
      expect(replay.status).to.equal(201);
      expect(replay.body).to.deep.equal(first.body);
      expect(control.userRecord(ADELE)!.appPasswords).to.have.length(3);
      expect(control.sideEffects()).to.deep.equal([
        { operationId: 'createAppPassword', userId: ADELE, idempotencyKey: 'key-1', at: new Date(START).toISOString() },
      ]);
    });

    it('replays a phone verification start without sending a second code', async () => {
      const { as, control } = setup();
      const ben = as(BEN);
      const headers = { 'Idempotency-Key': 'start-1' };
      const body = { number: '+14155550123', channel: 'text' };
      const first = await ben('POST', '/phones/mobile/verifications', body, { headers });
      const replay = await ben('POST', '/phones/mobile/verifications', body, { headers });
      expect(replay.status, 'not rate limited: it is the same request').to.equal(201);
      expect(replay.body.challengeId).to.equal(first.body.challengeId);
      expect(control.outbox(BEN)).to.have.length(1);
    });

    it('answers 409 idempotency-key-reused for the same key on a different request', async () => {
      const { as, control } = setup();
      const adele = as(ADELE);
      const headers = { 'Idempotency-Key': 'key-2' };
      await adele('POST', '/app-passwords', { name: 'Mail' }, { headers });
      for (const [path, body] of [
        ['/app-passwords', { name: 'Other' }],
        ['/authenticators/enrollments', { kind: 'totp', name: 'Mail' }],
      ] as const) {
        const res = await adele('POST', path, body, { headers });
        expect(res.status).to.equal(409);
        expect(res.body.error).to.include({ code: 'conflict', reason: 'idempotency-key-reused' });
      }
      expect(control.userRecord(ADELE)!.appPasswords).to.have.length(3);
    });

    it('does not store failures, and keys are per user', async () => {
      const { as, control, endpoint } = setup({ reauthMaxAgeSeconds: 10 });
      const session = control.signIn(ADELE);
      const adele = createCaller(endpoint, session);
      const headers = { 'Idempotency-Key': 'key-3' };
      control.advanceClock(11);
      expect((await adele('POST', '/app-passwords', { name: 'Mail' }, { headers })).status).to.equal(401);
      control.reauthenticate(session.token);
      expect((await adele('POST', '/app-passwords', { name: 'Mail' }, { headers })).status).to.equal(201);
      const dana = await as(DANA)('POST', '/app-passwords', { name: 'Mail' }, { headers });
      expect(dana.status).to.equal(201);
      expect(control.sideEffects().map((e) => e.userId)).to.deep.equal([ADELE, DANA]);
    });

    it('replays a new app password only while it exists, then answers 409 secret-gone', async () => {
      const { as, control } = setup();
      const adele = as(ADELE);
      const headers = { 'Idempotency-Key': 'shown-once' };
      const first = await adele('POST', '/app-passwords', { name: 'Mail' }, { headers });
      expect((await adele('POST', '/app-passwords', { name: 'Mail' }, { headers })).body.password).to.equal(first.body.password);
      expect((await adele('DELETE', `/app-passwords/${first.body.appPassword.id}`)).status).to.equal(204);
      const after = await adele('POST', '/app-passwords', { name: 'Mail' }, { headers });
      expect(after.status).to.equal(409);
      expect(after.body.error).to.include({ code: 'conflict', reason: 'secret-gone' });
      expect(JSON.stringify(after.body)).not.to.include(first.body.password);
      expect(control.sideEffects().map((e) => e.operationId)).to.deep.equal(['createAppPassword', 'revokeAppPassword']);
    });

    it('replays a TOTP secret for ten minutes at most, and not once the enrollment is activated', async () => {
      const { as, control } = setup();
      const adele = as(ADELE);
      const body = { kind: 'totp', name: 'Tablet' };
      const late = { 'Idempotency-Key': 'late' };
      const started = await adele('POST', '/authenticators/enrollments', body, { headers: late });
      control.advanceClock(9 * 60);
      expect((await adele('POST', '/authenticators/enrollments', body, { headers: late })).body.totp.secret).to.equal(started.body.totp.secret);
      control.advanceClock(60);
      const gone = await adele('POST', '/authenticators/enrollments', body, { headers: late });
      expect(gone.body.error).to.include({ code: 'conflict', reason: 'secret-gone' });

      const used = { 'Idempotency-Key': 'used' };
      const other = await adele('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Laptop' }, { headers: used });
      const code = await control.currentTotp(other.body.enrollmentId);
      expect((await adele('POST', `/authenticators/enrollments/${other.body.enrollmentId}/verify`, { code })).status).to.equal(200);
      const replay = await adele('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Laptop' }, { headers: used });
      expect(replay.body.error).to.include({ code: 'conflict', reason: 'secret-gone' });
      expect(JSON.stringify(replay.body)).not.to.include(other.body.totp.secret);
    });

    it('answers 400 validation for an Idempotency-Key longer than 255 characters, and stores nothing', async () => {
      const { as, control } = setup();
      const res = await as(ADELE)('POST', '/app-passwords', { name: 'Mail' }, { headers: { 'Idempotency-Key': 'k'.repeat(256) } });
      expect(res.status).to.equal(400);
      expect(res.body.error.fieldErrors).to.deep.equal([{ field: 'Idempotency-Key', reason: 'too-long' }]);
      expect(control.sideEffects()).to.deep.equal([]);
      const longest = await as(ADELE)('POST', '/app-passwords', { name: 'Mail' }, { headers: { 'Idempotency-Key': 'k'.repeat(255) } });
      expect(longest.status).to.equal(201);
    });
  });

  describe('changes sent together', () => {
    // The endpoint's own awaits (hashing a password, checking a TOTP code) take as long as a slow
    // hash on a real server would: long enough for the next request to arrive in the meantime.
    const subtle = crypto.subtle as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const originals = new Map<string, (...args: unknown[]) => Promise<unknown>>();
    beforeEach(() => {
      for (const name of ['digest', 'importKey', 'sign']) {
        const original = subtle[name];
        originals.set(name, original);
        subtle[name] = async (...args) => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          return original.apply(crypto.subtle, args);
        };
      }
    });
    afterEach(() => {
      for (const name of originals.keys()) delete subtle[name];
    });

    /**
     * Sends requests all at once: what a double click or a retry racing the first try looks like to
     * a server. With the slow crypto above, each is still running when the others arrive.
     */
    function together(endpoint: ReturnType<typeof setup>['endpoint'], session: { token: string; csrfToken: string }, requests: { path: string; body: unknown; key?: string }[]) {
      const call = createCaller(endpoint, session);
      return Promise.all(requests.map(({ path, body, key }) => call('POST', path, body, key ? { headers: { 'Idempotency-Key': key } } : {})));
    }

    it('keeps the app-password limit', async () => {
      const { endpoint, control } = setup({ appPasswordLimit: 4 });
      const session = control.signIn(ADELE);
      const answers = await together(endpoint, session, Array.from({ length: 6 }, (_, i) => ({ path: '/app-passwords', body: { name: `App ${i}` } })));
      expect(answers.filter((a) => a.status === 201), 'Adele has 2 of 4 already').to.have.length(2);
      expect(answers.filter((a) => a.status === 409).map((a) => a.body.error.reason)).to.deep.equal(['limit-reached', 'limit-reached', 'limit-reached', 'limit-reached']);
      expect(control.userRecord(ADELE)!.appPasswords).to.have.length(4);
    });

    it('runs one key once: the other requests replay its answer', async () => {
      const { endpoint, control } = setup();
      const session = control.signIn(ADELE);
      const answers = await together(endpoint, session, [1, 2, 3].map(() => ({ path: '/app-passwords', body: { name: 'Mail' }, key: 'together' })));
      expect(answers.map((a) => a.status)).to.deep.equal([201, 201, 201]);
      expect(answers[1].body).to.deep.equal(answers[0].body);
      expect(answers[2].body).to.deep.equal(answers[0].body);
      expect(control.userRecord(ADELE)!.appPasswords.filter((p) => p.name === 'Mail')).to.have.length(1);
      expect(control.sideEffects()).to.have.length(1);
    });

    it('counts every wrong enrollment code: five, then 410', async () => {
      const { as, endpoint, control } = setup();
      const session = control.signIn(ADELE);
      const started = await createCaller(endpoint, session)('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Tablet' });
      const path = `/authenticators/enrollments/${started.body.enrollmentId}/verify`;
      const wrong = (await control.currentTotp(started.body.enrollmentId)) === '000000' ? '111111' : '000000';
      const answers = await together(endpoint, session, Array.from({ length: 8 }, () => ({ path, body: { code: wrong } })));
      // In the order the endpoint took them, which need not be the order they were sent in.
      expect(answers.map((a) => a.status).sort()).to.deep.equal([410, 410, 410, 422, 422, 422, 422, 422]);
      const left = answers.filter((a) => a.status === 422).map((a) => a.body.error.attemptsLeft);
      expect(left.sort()).to.deep.equal([0, 1, 2, 3, 4]);
      expect((await as(ADELE)('GET', `/authenticators/enrollments/${started.body.enrollmentId}`)).body.status).to.equal('expired');
    });

    it('activates an enrollment once for one right code sent three times', async () => {
      const { endpoint, control } = setup();
      const session = control.signIn(ADELE);
      const before = control.userRecord(ADELE)!.authenticators.length;
      const started = await createCaller(endpoint, session)('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Tablet' });
      const code = await control.currentTotp(started.body.enrollmentId);
      const path = `/authenticators/enrollments/${started.body.enrollmentId}/verify`;
      const answers = await together(endpoint, session, [1, 2, 3].map(() => ({ path, body: { code } })));
      expect(answers.map((a) => a.status).sort()).to.deep.equal([200, 409, 409]);
      expect(answers.filter((a) => a.status === 409).map((a) => a.body.error.reason)).to.deep.equal(['already-activated', 'already-activated']);
      expect(control.userRecord(ADELE)!.authenticators).to.have.length(before + 1);
    });
  });

  describe('routing and bodies', () => {
    it('answers 404 not-found for an unknown route and 405 for a wrong method', async () => {
      const { as } = setup();
      const adele = as(ADELE);
      const unknown = await adele('GET', '/nothing-here');
      expect(unknown.status).to.equal(404);
      expect(unknown.body.error.code).to.equal('not-found');
      const wrong = await adele('POST', '/settings', {});
      expect(wrong.status).to.equal(405);
      expect(wrong.headers.get('allow')).to.equal('GET');
      expect(wrong.body.error.code).to.equal('not-found');
    });

    it('answers 400 malformed-json for a body that is not JSON, and required for a missing one', async () => {
      const { as } = setup();
      const adele = as(ADELE);
      const bad = await adele('POST', '/app-passwords', undefined, { rawBody: '{"name": ' });
      expect(bad.status).to.equal(400);
      expect(bad.body.error.fieldErrors).to.deep.equal([{ field: 'body', reason: 'malformed-json' }]);
      const missing = await adele('POST', '/app-passwords');
      expect(missing.body.error.fieldErrors).to.deep.equal([{ field: 'body', reason: 'required' }]);
      const array = await adele('POST', '/app-passwords', ['x']);
      expect(array.body.error.fieldErrors).to.deep.equal([{ field: 'body', reason: 'invalid' }]);
    });

    it('answers 400 too-long for a body over 128 KiB, before parsing it, and checks a smaller one as usual', async () => {
      const { as, control } = setup();
      const adele = as(ADELE);
      const over = await adele('POST', '/app-passwords', undefined, { rawBody: JSON.stringify({ name: 'x'.repeat(128 * 1024) }) });
      expect(over.status).to.equal(400);
      expect(over.body.error.fieldErrors).to.deep.equal([{ field: 'body', reason: 'too-long' }]);
      const under = await adele('POST', '/app-passwords', { name: 'x'.repeat(120 * 1024) });
      expect(under.status).to.equal(400);
      expect(under.body.error.fieldErrors).to.deep.equal([{ field: 'name', reason: 'invalid' }]);
      expect(control.sideEffects()).to.deep.equal([]);
    });

    it('sends JSON with no-store caching', async () => {
      const { as } = setup();
      const res = await as(ADELE)('GET', '/settings');
      expect(res.headers.get('content-type')).to.equal('application/json');
      expect(res.headers.get('cache-control')).to.equal('no-store');
    });

    it('serves under a base path', async () => {
      const endpoint = createReferenceEndpoint({ basePath: '/api/mfa', now: () => START });
      const call = createCaller(endpoint, endpoint.control.signIn(ADELE));
      expect((await call('GET', '/api/mfa/settings')).status).to.equal(200);
      expect((await call('GET', '/settings')).status).to.equal(404);
    });
  });
});
