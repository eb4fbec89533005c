import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import '../src/components/method-picker/method-picker.js';
import '../src/components/provider/provider.js';
import type { MfaProvider } from '../src/components/provider/provider.js';
import { FetchClient } from '../src/core/client.js';
import { MfaError, type MfaErrorCode, isAbortError, isMfaError, isUnanswered } from '../src/core/errors.js';
import type { PhoneChallenge } from '../src/core/types.js';
import './fixtures/context-probe.js';
import type { MfaTestProbe } from './fixtures/context-probe.js';
import { type Sandbox, newSandbox } from './support/sandbox.js';

const ADELE = 'adele'; // mobile phone, office phone, a code app, default text-mobile
const BEN = 'ben'; // nothing registered
const DANA = 'dana'; // an administrator

async function failure(promise: Promise<unknown>): Promise<MfaError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MfaError) return error;
    throw error;
  }
  throw new Error('expected the call to fail');
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

interface OutboxMessage {
  to: string;
  code: string;
  channel: string;
}

async function lastCode(sandbox: Sandbox): Promise<string> {
  const messages = await sandbox.controlCall<OutboxMessage[]>('GET', '/outbox');
  return messages[messages.length - 1].code;
}

/** Records what the client sent, then lets the request through. */
function recordingFetch(log: { method: string; url: string; headers: Headers }[]): typeof fetch {
  return (input, init) => {
    log.push({ method: init?.method ?? 'GET', url: String(input), headers: new Headers(init?.headers) });
    return fetch(input, init);
  };
}

const AT = '2025-01-02T00:00:00Z';
/** An authenticator, a phone challenge and a request to send a code, with all the protocol requires. */
const APP = { id: 'auth_1', kind: 'totp', name: 'Tablet', createdAt: AT, lastUsedAt: null };
const CHALLENGE = { challengeId: 'chl_1', slot: 'mobile', maskedNumber: '+1 ••• 67', channel: 'text', codeLength: 6, expiresAt: AT, resendAt: AT };
const SEND = { number: '+14155550167', channel: 'text' } as const;

/** A settings summary with everything the protocol requires. */
const SETTINGS = {
  user: { displayName: 'Ben Walters', isAdmin: false },
  methods: [],
  defaultMethod: null,
  phones: [],
  authenticators: [],
  appPasswords: { count: 0, limit: 40 },
  policy: { allowedMethods: ['text-mobile', 'app-code'], appPasswordsAllowed: true },
  mustRegisterAgain: false,
};

describe('FetchClient against the reference endpoint (real HTTP)', () => {
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = await newSandbox();
  });

  it("reads the caller's own settings, with phone numbers masked", async () => {
    const client = await sandbox.clientFor(ADELE);
    const settings = await client.getSettings();
    expect(settings.defaultMethod).to.equal('text-mobile');
    expect(settings.methods).to.include.members(['text-mobile', 'call-mobile', 'app-code']);
    const mobile = settings.phones.find((p) => p.slot === 'mobile');
    expect(mobile?.maskedNumber).to.contain('•');
    expect((mobile?.maskedNumber.match(/\d/g) ?? []).length).to.be.below(6);
  });

  it('saves a verified phone only after the right code, end to end', async () => {
    const client = await sandbox.clientFor(BEN);
    const challenge = await client.startPhoneVerification('mobile', { number: '+14155550123', channel: 'text' });
    expect(challenge.maskedNumber).not.to.contain('4155550123');
    expect((await client.getSettings()).phones).to.deep.equal([]);
    const { phone } = await client.confirmPhoneVerification('mobile', challenge.challengeId, await lastCode(sandbox));
    expect(phone.slot).to.equal('mobile');
    expect((await client.getSettings()).methods).to.include('text-mobile');
  });

  it('isMfaError tells an MfaError, and with a code, one of that code', () => {
    const limited = new MfaError('rate-limited', { operation: 'getSettings', retryAfter: 5 });
    expect(isMfaError(limited)).to.equal(true);
    expect(isMfaError(limited, 'rate-limited')).to.equal(true);
    expect(isMfaError(limited, 'timeout')).to.equal(false);
    for (const other of [undefined, null, new Error('rate-limited'), { code: 'rate-limited' }]) {
      expect(isMfaError(other), String(other)).to.equal(false);
      expect(isMfaError(other, 'rate-limited'), String(other)).to.equal(false);
    }
    // Another copy of the library's MfaError (a host's client from mfa-elements/core, the elements
    // from the bundle): its own class, the same name.
    const foreign = Object.assign(new (class MfaError extends Error {})('x'), { name: 'MfaError', code: 'rate-limited' });
    expect(foreign instanceof MfaError, 'the test needs an error of another class').to.equal(false);
    expect([isMfaError(foreign), isMfaError(foreign, 'rate-limited'), isMfaError(foreign, 'timeout')]).to.deep.equal([true, true, false]);
  });

  describe('turns every failure into one error with a machine code', () => {
    const cases: [MfaErrorCode, (s: Sandbox) => Promise<MfaError>, (e: MfaError) => void][] = [
      [
        'network',
        async () => failure(new FetchClient({ endpoint: 'http://127.0.0.1:1/api', retries: 0 }).getSettings()),
        (e) => expect(e.status).to.equal(undefined),
      ],
      [
        'timeout',
        async (s) => {
          await s.controlCall('PUT', '/faults', { faults: [{ kind: 'timeout', maxMs: 5000 }] });
          return failure((await s.clientFor(ADELE, { timeout: 200, retries: 0 })).getSettings());
        },
        () => undefined,
      ],
      [
        'validation',
        async (s) =>
          failure((await s.clientFor(BEN)).startPhoneVerification('mobile', { number: '+1 abc', channel: 'text' })),
        (e) => {
          expect(e.status).to.equal(400);
          expect(e.fieldErrors.map((f) => f.field)).to.include('number');
        },
      ],
      [
        'invalid-code',
        async (s) => {
          const client = await s.clientFor(BEN);
          const c = await client.startPhoneVerification('mobile', { number: '+14155550123', channel: 'text' });
          const right = await lastCode(s);
          const wrong = right === '000000' ? '111111' : '000000';
          return failure(client.confirmPhoneVerification('mobile', c.challengeId, wrong));
        },
        (e) => expect(e.attemptsLeft).to.equal(4),
      ],
      [
        'expired',
        async (s) => {
          const client = await s.clientFor(BEN);
          const c = await client.startPhoneVerification('mobile', { number: '+14155550123', channel: 'text' });
          const code = await lastCode(s);
          await s.controlCall('POST', '/clock', { advanceSeconds: 301 });
          await s.controlCall('POST', '/reauth', {});
          return failure(client.confirmPhoneVerification('mobile', c.challengeId, code));
        },
        (e) => expect(e.status).to.equal(410),
      ],
      [
        'rate-limited',
        async (s) => {
          const client = await s.clientFor(BEN);
          await client.startPhoneVerification('mobile', { number: '+14155550123', channel: 'text' });
          return failure(client.startPhoneVerification('mobile', { number: '+14155550123', channel: 'text' }));
        },
        (e) => {
          expect(e.retryAfter).to.be.within(25, 30);
          expect(e.status).to.equal(429);
        },
      ],
      [
        'reauth-required',
        async () => {
          const s = await newSandbox({ reauthMaxAgeSeconds: 60 });
          const client = await s.clientFor(ADELE);
          await s.controlCall('POST', '/clock', { advanceSeconds: 120 });
          return failure(client.setDefaultMethod('call-mobile'));
        },
        (e) => expect(e.status).to.equal(401),
      ],
      [
        'unauthenticated',
        async (s) => failure(new FetchClient({ endpoint: s.endpoint, credentials: 'omit' }).getSettings()),
        (e) => expect(e.status).to.equal(401),
      ],
      [
        'conflict',
        async (s) => failure((await s.clientFor(ADELE)).deletePhone('mobile')),
        (e) => expect(e.reason).to.equal('backs-default-method'),
      ],
      [
        'not-found',
        async (s) => failure((await s.clientFor(ADELE)).getEnrollment('no-such-enrollment')),
        (e) => expect(e.status).to.equal(404),
      ],
      [
        'forbidden',
        async (s) => failure((await s.clientFor(ADELE)).runAdminAction('delete-app-passwords', [BEN])),
        (e) => expect(e.status).to.equal(403),
      ],
      [
        'server',
        async (s) => {
          await s.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error' }] });
          return failure((await s.clientFor(ADELE, { retries: 0 })).getSettings());
        },
        (e) => expect(e.status).to.equal(500),
      ],
    ];
    for (const [code, produce, check] of cases) {
      it(code, async () => {
        const error = await produce(sandbox);
        expect(error.code).to.equal(code);
        check(error);
      });
    }
  });

  it('refuses a change without the CSRF header', async () => {
    const { token } = await sandbox.signIn(ADELE);
    const client = new FetchClient({ endpoint: sandbox.endpoint, headers: { Authorization: `Bearer ${token}` } });
    const error = await failure(client.setDefaultMethod('call-mobile'));
    expect([error.code, error.reason]).to.deep.equal(['forbidden', 'csrf']);
  });

  it('puts no phone number and no code into an error message', async () => {
    const client = await sandbox.clientFor(BEN);
    const c = await client.startPhoneVerification('office', { number: '+14155550199', channel: 'call' });
    const code = await lastCode(sandbox);
    const wrong = code === '999999' ? '888888' : '999999';
    const errors = [
      await failure(client.startPhoneVerification('mobile', { number: '+4930', channel: 'text' })),
      await failure(client.confirmPhoneVerification('office', c.challengeId, wrong)),
    ];
    for (const error of errors) {
      expect(error.message).not.to.match(/4155550199|4930|999999|888888/);
      expect(error.message).to.match(/^mfa-elements: \w+ failed: [\w-]+ \(HTTP \d+\)$/);
    }
  });

  it('retries a read after transient failures, then succeeds', async () => {
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 2 }] });
    const settings = await (await sandbox.clientFor(ADELE, { retries: 2 })).getSettings();
    expect(settings.defaultMethod).to.equal('text-mobile');
  });

  it('retries a read a gateway answered 502, 503 or 504 with a page of its own, then succeeds', async () => {
    const gateway = [502, 503, 504];
    const answered: number[] = [];
    const client = await sandbox.clientFor(ADELE, {
      retries: 3,
      fetch: async (input, init) => {
        const status = gateway.shift();
        if (status === undefined) return fetch(input, init);
        answered.push(status);
        return new Response('<h1>Service Unavailable</h1>', { status, headers: { 'Content-Type': 'text/html' } });
      },
    });
    const settings = await client.getSettings();
    expect(settings.defaultMethod).to.equal('text-mobile');
    expect(answered).to.deep.equal([502, 503, 504]);
  });

  it('does not try a read again after a timeout: the user hears of it after one timeout, not three', async () => {
    let sent = 0;
    const client = await sandbox.clientFor(ADELE, {
      timeout: 200,
      retries: 2,
      // An endpoint that never answers.
      fetch: (_input, init) => {
        sent++;
        return new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
      },
    });
    const error = await failure(client.getSettings());
    expect(error.code).to.equal('timeout');
    expect(sent).to.equal(1);
  });

  it('gives up on a read after its retries', async () => {
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 3 }] });
    const error = await failure((await sandbox.clientFor(ADELE, { retries: 2 })).getSettings());
    expect(error.code).to.equal('server');
    // The three failures used the fault up: the next read goes through.
    expect((await (await sandbox.clientFor(ADELE)).getSettings()).defaultMethod).to.equal('text-mobile');
  });

  it('waits out a short Retry-After on a read, and fails at once on a long one', async () => {
    const client = await sandbox.clientFor(ADELE);
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'rate-limit', retryAfterSeconds: 1, times: 1 }] });
    const started = performance.now();
    await client.getSettings();
    expect(performance.now() - started).to.be.at.least(900);

    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'rate-limit', retryAfterSeconds: 120, times: 1 }] });
    // A read in a task after the page's timers have run: one asked for sooner shares the answer just
    // given (a page in the background, as WebKit's under CI, runs them a second late or more).
    await new Promise((resolve) => setTimeout(resolve));
    const error = await failure(client.getSettings());
    expect([error.code, error.retryAfter]).to.deep.equal(['rate-limited', 120]);
  });

  it('fails a read at once when a server error asks for a longer wait than it would sit through', async () => {
    let calls = 0;
    const client = new FetchClient({
      endpoint: 'https://mfa.example/api',
      fetch: async () => {
        calls++;
        return new Response(null, { status: 503, headers: { 'Retry-After': '3600' } });
      },
    });
    const started = performance.now();
    const error = await failure(client.getSettings());
    expect([error.code, error.retryAfter, calls]).to.deep.equal(['server', 3600, 1]);
    expect(performance.now() - started, 'it slept through the Retry-After').to.be.below(1000);
  });

  it('waits longer before each new try of a read: a struggling endpoint is not asked again at once', async () => {
    const sentAt: number[] = [];
    const client = new FetchClient({
      endpoint: 'https://mfa.example/api',
      retries: 2,
      fetch: async () => {
        sentAt.push(performance.now());
        return new Response(null, { status: 503 });
      },
    });
    expect((await failure(client.getSettings())).code).to.equal('server');
    expect(sentAt).to.have.length(3);
    const [first, second] = [sentAt[1] - sentAt[0], sentAt[2] - sentAt[1]];
    // A quarter of a second at least before the second try, twice that before the third (and up to
    // a tenth of a second more at random, so that the pages a restart failed do not all come back at
    // once). Only the least is checked: a busy machine runs timers late, never early.
    expect(first, 'the wait before the second try').to.be.at.least(240);
    expect(second, 'the wait before the third try').to.be.at.least(490);
  });

  it('waits out a Retry-After exactly as long as the longest it sits through', async () => {
    let calls = 0;
    const client = new FetchClient({
      endpoint: 'https://mfa.example/api',
      maxRetryAfter: 1,
      fetch: async () => {
        calls++;
        return calls === 1
          ? new Response(null, { status: 429, headers: { 'Retry-After': '1' } })
          : new Response(JSON.stringify({ items: [] }), { status: 200, headers: { 'Content-Type': 'application/json' } });
      },
    });
    const started = performance.now();
    expect(await client.listAuthenticators()).to.deep.equal({ items: [] });
    expect(calls).to.equal(2);
    expect(performance.now() - started, 'it waited the second asked for').to.be.at.least(900);
  });

  it('reads a Retry-After as seconds or an HTTP date, however long; anything else is no wait given', async () => {
    const refusing = (retryAfter: string, body: unknown = null) =>
      new FetchClient({
        endpoint: 'https://mfa.example/api',
        fetch: async () =>
          new Response(body === null ? null : JSON.stringify(body), { status: 429, headers: { 'Retry-After': retryAfter, 'Content-Type': 'application/json' } }),
      });
    const cases: [string, number | undefined][] = [
      ['120', 120],
      [' 7 ', 7],
      ['Wed, 21 Oct 2015 07:28:00 GMT', 0],
      ['-1', undefined],
      ['1.5', undefined],
      ['soon', undefined],
      ['2015-10-21', undefined],
      // Longer than a timer counts (about 24.8 days): the wait given, for the user to be told.
      ['99999999999999999999', 1e20],
      ['2200000', 2_200_000],
      // More digits than a number holds (Infinity): no wait given, not a wait without end.
      ['9'.repeat(400), undefined],
    ];
    for (const [header, seconds] of cases) {
      const error = await failure(refusing(header).createAppPassword('Printer'));
      expect([error.code, error.retryAfter], header).to.deep.equal(['rate-limited', seconds]);
    }
    // A date about 90 s ahead: the seconds from the client's clock as it read the answer, rounded
    // up. An HTTP date holds whole seconds, so what is left is known from the clock before and after
    // the call (it was 89 when the call crossed a second after a date cut to its second).
    const date = new Date(Date.now() + 90_000).toUTCString();
    const before = Date.now();
    const dated = await failure(refusing(date).createAppPassword('Printer'));
    const after = Date.now();
    const left = (now: number) => Math.ceil((Date.parse(date) - now) / 1000);
    expect(dated.code).to.equal('rate-limited');
    expect(dated.retryAfter, date).to.be.within(left(after), left(before));
    expect(left(before), 'about 90 s ahead').to.be.within(89, 90);
    // The error body's own figure first.
    const body = { error: { code: 'rate-limited', message: 'Slow down.', retryAfter: 5_000_000 } };
    expect((await failure(refusing('60', body).createAppPassword('Printer'))).retryAfter).to.equal(5_000_000);
  });

  it("counts a Retry-After date from the endpoint's clock, its answer's Date, not the page's", async () => {
    // The page's clock five minutes behind the endpoint's: the wait is the 30 s the endpoint means.
    const serverNow = Date.now() + 300_000;
    const client = new FetchClient({
      endpoint: 'https://mfa.example/api',
      fetch: async () =>
        new Response(null, {
          status: 429,
          headers: { Date: new Date(serverNow).toUTCString(), 'Retry-After': new Date(serverNow + 30_000).toUTCString() },
        }),
    });
    const error = await failure(client.createAppPassword('Printer'));
    expect([error.code, error.retryAfter]).to.deep.equal(['rate-limited', 30]);
  });

  it("moves a code's times to the page's clock when the endpoint's clock differs, by its answer's Date", async () => {
    const answering = (skew: number | undefined) => {
      const serverNow = Math.floor((Date.now() + (skew ?? 0)) / 1000) * 1000;
      const challenge = { ...CHALLENGE, expiresAt: new Date(serverNow + 300_000).toISOString(), resendAt: new Date(serverNow + 30_000).toISOString() };
      const headers: Record<string, string> = skew === undefined ? {} : { Date: new Date(serverNow).toUTCString() };
      return { challenge, client: new FetchClient({ endpoint: 'https://mfa.example/api', fetch: async () => Response.json(challenge, { headers }) }) };
    };
    const left = (time: string) => (Date.parse(time) - Date.now()) / 1000;
    // The endpoint's clock 90 s ahead, or 60 s behind: a new code in 30 s as the page counts, the
    // code good for 5 minutes.
    for (const skew of [90_000, -60_000]) {
      const { client } = answering(skew);
      for (const sent of [await client.startPhoneVerification('mobile', SEND), await client.resendPhoneVerification('mobile', 'chl_1')]) {
        expect(left(sent.resendAt), `resend, endpoint ${skew} ms off`).to.be.within(28, 31);
        expect(left(sent.expiresAt), `expiry, endpoint ${skew} ms off`).to.be.within(298, 301);
      }
    }
    // No Date to go by (an endpoint on another origin that does not expose it), or clocks that
    // agree to the second: the times as sent.
    for (const skew of [undefined, 0]) {
      const { client, challenge } = answering(skew);
      expect(await client.startPhoneVerification('mobile', SEND), `endpoint ${skew} ms off`).to.deep.equal(challenge);
    }
  });

  it("ends the wait before trying a read again when the caller aborts, and leaves no timer running", async () => {
    const timers = new Set<unknown>();
    const { setTimeout: realSet, clearTimeout: realClear } = window;
    window.setTimeout = ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
      const id = realSet(handler, ms, ...rest);
      if ((ms ?? 0) >= 60_000) timers.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      timers.delete(id);
      realClear(id);
    }) as typeof window.clearTimeout;
    try {
      const client = new FetchClient({
        endpoint: 'https://mfa.example/api',
        maxRetryAfter: 3600,
        fetch: async () => new Response(null, { status: 503, headers: { 'Retry-After': '3000' } }),
      });
      const aborting = new AbortController();
      const read = client.getSettings({ signal: aborting.signal }).catch((error: unknown) => error);
      await waitUntil(() => timers.size > 0, 'the client never waited before trying again');
      aborting.abort();
      expect(isAbortError(await read)).to.equal(true);
      expect(timers.size, 'a 50-minute timer still runs for a read nobody waits for').to.equal(0);
    } finally {
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    }
  });

  it('waits out a rate limit longer than a timer counts before retrying a read, when the host would sit through it', async () => {
    let calls = 0;
    const client = new FetchClient({
      endpoint: 'https://mfa.example/api',
      maxRetryAfter: 1e9,
      fetch: async () => {
        calls++;
        return new Response(null, { status: 429, headers: { 'Retry-After': '2200000' } });
      },
    });
    const aborting = new AbortController();
    const read = client.listAuthenticators({ signal: aborting.signal }).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls, 'asked again at once').to.equal(1);
    aborting.abort();
    expect(isAbortError(await read)).to.equal(true);
  });

  it('keeps its defaults for a timeout or credentials given as nothing (a removed attribute), and waits out a timeout too long for a timer', async () => {
    const seen: (RequestCredentials | undefined)[] = [];
    const longer = [{ timeout: 30 * 86_400_000 }, { timeout: Number.POSITIVE_INFINITY }];
    for (const options of [{ timeout: null, credentials: null }, { timeout: 0, credentials: '' }, { timeout: Number.NaN }, ...longer]) {
      const client = new FetchClient({
        endpoint: 'https://mfa.example/api',
        ...(options as object),
        // Answers in 100 ms, unless the client gives up first.
        fetch: (_input, init) => {
          seen.push(init?.credentials);
          return new Promise((resolve, reject) => {
            init?.signal?.addEventListener('abort', () => reject(init.signal!.reason));
            const body = JSON.stringify({ items: [] });
            setTimeout(() => resolve(new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } })), 100);
          });
        },
      });
      expect(await client.listAuthenticators(), JSON.stringify(options)).to.deep.equal({ items: [] });
    }
    expect(seen).to.deep.equal(['same-origin', 'same-origin', 'same-origin', 'same-origin', 'same-origin']);
  });

  it("loads as before once the provider's timeout and credentials attributes are removed", async () => {
    const { token, csrfToken } = await sandbox.signIn(ADELE);
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 100, times: 1, operations: ['getSettings'] }] });
    const provider = await fixture<MfaProvider>(html`
      <mfa-provider endpoint=${sandbox.endpoint} timeout="5000" credentials="same-origin"
        .headers=${{ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken }}><mfa-test-probe></mfa-test-probe></mfa-provider>
    `);
    provider.removeAttribute('timeout');
    provider.removeAttribute('credentials');
    await provider.updateComplete;
    const probe = provider.querySelector('mfa-test-probe') as MfaTestProbe;
    await probe.updateComplete;
    expect((await probe.loadSettings()).defaultMethod).to.equal('text-mobile');
  });

  it('never retries a POST by itself', async () => {
    const client = await sandbox.clientFor(ADELE, { retries: 5 });
    await sandbox.controlCall('PUT', '/faults', {
      faults: [{ kind: 'server-error', times: 1, operations: ['createAppPassword'] }],
    });
    expect((await failure(client.createAppPassword('Printer'))).code).to.equal('server');
    // One attempt used the one fault; had the client retried, the first call would have passed.
    const created = await client.createAppPassword('Printer');
    expect(created.password).to.match(/^[a-z]{16}$/);
  });

  it('sends an idempotency key on every POST and none on reads', async () => {
    const log: { method: string; url: string; headers: Headers }[] = [];
    const client = await sandbox.clientFor(ADELE, { fetch: recordingFetch(log) });
    await client.getSettings();
    await client.createAppPassword('One');
    await client.createAppPassword('Two');
    const [get, post1, post2] = log;
    expect(get.headers.has('Idempotency-Key')).to.equal(false);
    expect(post1.headers.get('Idempotency-Key')).to.match(/^[0-9a-f]{32}$/);
    expect(post2.headers.get('Idempotency-Key')).to.match(/^[0-9a-f]{32}$/);
    expect(post1.headers.get('Idempotency-Key')).not.to.equal(post2.headers.get('Idempotency-Key'));
    expect(post1.headers.get('Content-Type')).to.equal('application/json');
    // Every request asks for JSON: an endpoint behind a framework that answers by the Accept header
    // would otherwise answer with a page of its own.
    expect(log.map((request) => request.headers.get('Accept'))).to.deep.equal(['application/json', 'application/json', 'application/json']);
  });

  it('shares a read asked for while the same read is in flight: one request, a copy of the answer each', async () => {
    const log: { method: string; url: string; headers: Headers }[] = [];
    const client = await sandbox.clientFor(ADELE, { fetch: recordingFetch(log) });
    const [a, b, c] = await Promise.all([client.getSettings(), client.getSettings(), client.getSettings()]);
    expect(log.map((r) => `${r.method} ${new URL(r.url).pathname.split('/api')[1]}`)).to.deep.equal(['GET /settings']);
    expect(b).to.deep.equal(a);
    expect(c).to.deep.equal(a);
    a.phones.length = 0;
    expect(b.phones, 'what one caller does to its answer is not in the others').to.have.length.above(0);
    // Another path is another read; the same path asked for in a later task is a new request.
    await new Promise((resolve) => setTimeout(resolve));
    await Promise.all([client.listAuthenticators(), client.getSettings()]);
    expect(log).to.have.length(3);
    // Writes are never shared: each is its own change.
    await Promise.all([client.createAppPassword('One'), client.createAppPassword('Two')]);
    expect(log.filter((r) => r.method === 'POST')).to.have.length(2);
  });

  it('shares an answer with the reads asked for in the task it arrived in: what appears because of it', async () => {
    const log: { method: string; url: string; headers: Headers }[] = [];
    const client = await sandbox.clientFor(ADELE, { fetch: recordingFetch(log) });
    const first = await client.getSettings();
    // Still the task the answer arrived in, as when <mfa-security-info> shows its sections.
    const [again, list] = await Promise.all([client.getSettings(), client.listAuthenticators()]);
    expect(log.map((r) => new URL(r.url).pathname.split('/api')[1])).to.deep.equal(['/settings', '/authenticators']);
    expect(again).to.deep.equal(first);
    again.phones.length = 0;
    expect(first.phones, 'each caller has its own copy').to.have.length.above(0);
    expect(list.items).to.have.length.above(0);
    // A later task reads again.
    await new Promise((resolve) => setTimeout(resolve));
    await client.getSettings();
    expect(log).to.have.length(3);
  });

  it('sends a read asked for after a change was answered, even where the page holds its timers back', async () => {
    // A page in the background runs its timers late (WebKit and Chromium align them to a second or
    // more), and the timer that ends a shared read's task with them: a change answered meanwhile
    // comes first. Such a page's timers are held back here.
    const realSetTimeout = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, ms = 0, ...rest: unknown[]) =>
      realSetTimeout(handler, Math.max(ms, 1000), ...rest)) as typeof window.setTimeout;
    try {
      const log: { method: string; url: string; headers: Headers }[] = [];
      const client = await sandbox.clientFor(ADELE, { fetch: recordingFetch(log) });
      const before = await client.listAppPasswords();
      const { appPassword } = await client.createAppPassword('Printer');
      const after = await client.listAppPasswords();
      expect(log.map((r) => r.method)).to.deep.equal(['GET', 'POST', 'GET']);
      expect(after.items.map((item) => item.id), 'the list from before the change').to.deep.equal([
        ...before.items.map((item) => item.id),
        appPassword.id,
      ]);
    } finally {
      window.setTimeout = realSetTimeout;
    }
  });

  it('forget(): a read sent before it is not shared with one asked for in the task its answer arrives in', async () => {
    const log: { method: string; url: string; headers: Headers }[] = [];
    const client = await sandbox.clientFor(ADELE, { fetch: recordingFetch(log) });
    const before = client.getSettings();
    // The host signs another user in while that read is in flight.
    client.forget();
    await before;
    // Still the task the answer arrived in: this read goes to the endpoint, with the session of now.
    await client.getSettings();
    expect(log).to.have.length(2);
  });

  it('does not share a failed read with the reads asked for in the task it failed in', async () => {
    let sent = 0;
    const client = new FetchClient({
      endpoint: sandbox.endpoint,
      fetch: async () => {
        sent++;
        return Response.json({ error: { code: 'not-found', message: 'No such user' } }, { status: 404 });
      },
    });
    expect(await failure(client.getSettings())).to.have.property('code', 'not-found');
    expect(await failure(client.getSettings())).to.have.property('code', 'not-found');
    expect(sent, 'the read after a failure was sent again').to.equal(2);
  });

  it('follows no redirect: one answered (a single sign-on gateway sending an ended session to sign in) is unauthenticated, its body and headers not sent on', async () => {
    const seen: (RequestRedirect | undefined)[] = [];
    const client = new FetchClient({
      endpoint: sandbox.endpoint,
      fetch: async (_input, init) => {
        seen.push(init?.redirect);
        // What a browser answers with `redirect: 'manual'` when the answer is a redirect: an opaque
        // response, nothing followed.
        if (init?.redirect === 'manual') return Object.defineProperty(new Response(null), 'type', { value: 'opaqueredirect' });
        return Response.json({ defaultMethod: 'text-mobile' });
      },
    });
    const refused = await failure(client.setDefaultMethod('text-mobile'));
    expect([refused.code, refused.reason]).to.deep.equal(['unauthenticated', 'redirected']);
    // Not retried: the session has ended, whatever is sent again.
    expect(await failure(client.getSettings())).to.have.property('code', 'unauthenticated');
    expect(seen).to.deep.equal(['manual', 'manual']);
    // A host's own fetch (outside a browser) may answer the redirect itself, not an opaque one.
    const raw = new FetchClient({ endpoint: sandbox.endpoint, fetch: async () => new Response(null, { status: 302, headers: { Location: '/sso/login' } }) });
    expect(await failure(raw.getSettings())).to.have.property('reason', 'redirected');
  });

  it("takes what a headers callback or the host's fetch throws, an abort included, as the network's failure: never as the caller's own abort, which would leave it pending", async () => {
    let fail: Error = new TypeError('Failed to fetch the token');
    const client = new FetchClient({
      endpoint: sandbox.endpoint,
      retries: 0,
      headers: () => {
        throw fail;
      },
    });
    // Each is said on the console too (see the next test).
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (_: unknown, thrown: unknown) => void warnings.push(thrown);
    try {
      expect(await failure(client.getSettings())).to.have.property('code', 'network');
      // A host's refresh aborted by its own controller: the request fails, rather than stay pending as
      // an abort the caller never asked for.
      fail = new DOMException('The refresh was aborted.', 'AbortError');
      expect(await failure(client.setDefaultMethod('text-mobile'))).to.have.property('code', 'network');
    } finally {
      console.warn = warn;
    }
    expect(warnings.map((thrown) => (thrown as Error).name)).to.deep.equal(['TypeError', 'AbortError']);
    const fetching = new FetchClient({
      endpoint: sandbox.endpoint,
      retries: 0,
      fetch: async () => {
        throw new DOMException('The host aborted it.', 'AbortError');
      },
    });
    expect(await failure(fetching.setDefaultMethod('text-mobile'))).to.have.property('code', 'network');
  });

  it('says on the console, once per failed request, that the headers callback threw, with what it threw; the user is told of the network', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    const thrown = new TypeError("Cannot read properties of undefined (reading 'token')");
    let throws = Number.POSITIVE_INFINITY;
    let sent = 0;
    const client = new FetchClient({
      endpoint: '/api/mfa',
      headers: () => {
        if (throws-- > 0) throw thrown;
        return {};
      },
      fetch: async () => {
        sent++;
        return Response.json({ items: [] });
      },
    });
    try {
      // A read is tried three times (two retries): one failure, said once.
      expect(await failure(client.getSettings())).to.have.property('code', 'network');
      // A change, tried once.
      expect(await failure(client.setDefaultMethod('text-mobile'))).to.have.property('code', 'network');
      expect(sent, 'sent with headers that could not be read').to.equal(0);
      // It threw once, and the read's retry went: no failure, nothing said.
      throws = 1;
      expect(await client.listAuthenticators()).to.deep.equal({ items: [] });
      // The host's own fetch failing is the network's, not the callback's: nothing said of it either.
      const offline = new FetchClient({ endpoint: '/api/mfa', retries: 0, fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
      expect(await failure(offline.getSettings())).to.have.property('code', 'network');
    } finally {
      console.warn = warn;
    }
    const url = (path: string) => new URL(`/api/mfa${path}`, location.href).href;
    expect(warnings).to.deep.equal([
      [`mfa-elements: GET ${url('/settings')} was not sent: the headers callback threw (or the headers are not valid).`, thrown],
      [`mfa-elements: PUT ${url('/settings/default-method')} was not sent: the headers callback threw (or the headers are not valid).`, thrown],
    ]);
  });

  it('takes a 404 that does not come from the protocol, or a 200 that is no JSON, as the server\'s failure, and says once on the console that the endpoint URL is likely wrong', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    const page = '<!doctype html><title>Not found</title>';
    try {
      const wrong = new FetchClient({ endpoint: '/api/mfa', fetch: async () => new Response(page, { status: 404 }) });
      // Not `not-found`: a removal would read as done. It is the server's failure.
      expect(await failure(wrong.getSettings())).to.have.property('code', 'server');
      expect(await failure(wrong.deleteAuthenticator('auth_1'))).to.have.property('code', 'server');
      // The protocol's own 404 says nothing on the console.
      const right = new FetchClient({
        endpoint: sandbox.endpoint,
        fetch: async () => Response.json({ error: { code: 'not-found', message: 'No such authenticator' } }, { status: 404 }),
      });
      expect(await failure(right.deleteAuthenticator('auth_gone'))).to.have.property('code', 'not-found');
      // A page a catch-all route gives any path, with 200: the same, from another client.
      const fallback = new FetchClient({ endpoint: '/portal/mfa', fetch: async () => new Response(page, { status: 200 }) });
      expect(await failure(fallback.getSettings())).to.include({ code: 'server', reason: 'malformed-response' });
      expect(await failure(fallback.getSettings())).to.include({ code: 'server', reason: 'malformed-response' });
    } finally {
      console.warn = warn;
    }
    expect(warnings.map((args) => String(args[0]))).to.deep.equal([
      `mfa-elements: GET ${new URL('/api/mfa/settings', location.href).href} answered 404, not as the protocol does: is the endpoint URL "/api/mfa" right?`,
      `mfa-elements: GET ${new URL('/portal/mfa/settings', location.href).href} answered 200, not as the protocol does: is the endpoint URL "/portal/mfa" right?`,
    ]);
  });

  it("takes an error answer without the protocol's body (a proxy's page, an empty body) by its status", async () => {
    const expected: [number, MfaErrorCode][] = [
      [400, 'validation'],
      [401, 'unauthenticated'],
      [403, 'forbidden'],
      [409, 'conflict'],
      [410, 'expired'],
      [422, 'invalid-code'],
      [429, 'rate-limited'],
      [418, 'server'],
      [502, 'server'],
    ];
    for (const [status, code] of expected) {
      for (const body of ['<!doctype html><title>Error</title>', null]) {
        const client = new FetchClient({ endpoint: '/api/mfa', fetch: async () => new Response(body, { status }) });
        const error = await failure(client.confirmPhoneVerification('mobile', 'chl_1', '123456'));
        expect([error.code, error.status], `${status} ${body ? 'with a page' : 'empty'}`).to.deep.equal([code, status]);
      }
    }
  });

  it("keeps of an error body only what the protocol's types allow: a code it does not name is read by the status", async () => {
    const refusing = (status: number, error: Record<string, unknown>, headers: HeadersInit = {}) =>
      new FetchClient({
        endpoint: 'https://mfa.example/api',
        fetch: async () => new Response(JSON.stringify({ error }), { status, headers: { 'Content-Type': 'application/json', ...headers } }),
      });
    // A code from outside the protocol (a newer endpoint's, a proxy's own) is no code the elements can
    // say: the status names the failure, as for a body without one.
    const unknown = await failure(refusing(409, { code: 'teapot', message: 'No.' }).revokeAppPassword('ap_1'));
    expect([unknown.code, unknown.status]).to.deep.equal(['conflict', 409]);
    // Counts below 0 are no counts, and a reason that is no string is no reason.
    const wrongCode = await failure(
      refusing(422, { code: 'invalid-code', message: 'Wrong.', attemptsLeft: -1 }).confirmPhoneVerification('mobile', 'chl_1', '123456'),
    );
    expect([wrongCode.code, wrongCode.attemptsLeft]).to.deep.equal(['invalid-code', undefined]);
    const limited = await failure(
      refusing(429, { code: 'rate-limited', message: 'Slow down.', retryAfter: -5 }, { 'Retry-After': '7' }).createAppPassword('Printer'),
    );
    expect([limited.code, limited.retryAfter], "a wait below 0 gives way to the header's").to.deep.equal(['rate-limited', 7]);
    const conflict = await failure(refusing(409, { code: 'conflict', message: 'No.', reason: { id: 'x' } }).deletePhone('mobile'));
    expect([conflict.code, conflict.reason]).to.deep.equal(['conflict', undefined]);
    // A field error without its reason, or one that is no object, is left out: the others stay.
    const fields = [{ field: 'number', reason: 'too-short' }, { field: 'channel' }, null, 'number', { field: 'extension', reason: 7 }];
    const invalid = await failure(
      refusing(400, { code: 'validation', message: 'Check it.', fieldErrors: fields }).startPhoneVerification('mobile', SEND),
    );
    expect(invalid.fieldErrors).to.deep.equal([{ field: 'number', reason: 'too-short' }]);
  });

  it('sends a read asked for in a later task on its own: another user may have signed in since', async () => {
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 300 }] });
    const adele = await sandbox.signIn(ADELE);
    const ben = await sandbox.signIn(BEN);
    let session = adele;
    const client = new FetchClient({
      endpoint: sandbox.endpoint,
      headers: () => ({ Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken }),
    });
    const before = client.getSettings();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The host signs Ben in while Adele's read is still in flight, and the elements read again.
    session = ben;
    const after = client.getSettings();
    expect((await before).user.displayName).to.equal('Adele Vance');
    expect((await after).user.displayName, 'Ben’s read did not get Adele’s settings').to.equal('Ben Walters');
  });

  it("refresh(): the elements' reads are sent again, even when it comes in the task a shared answer arrived in", async () => {
    const adele = await sandbox.signIn(ADELE);
    const ben = await sandbox.signIn(BEN);
    let session = adele;
    let provider: MfaProvider | undefined;
    let first = true;
    const client = new FetchClient({
      endpoint: sandbox.endpoint,
      headers: () => ({ Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken }),
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const text = await response.text();
        const answer = new Response(text, { status: response.status, headers: response.headers });
        // Read at once, so the answer arrives in this task, as a network answer can.
        answer.text = () => Promise.resolve(text);
        if (first && String(input).endsWith('/settings')) {
          first = false;
          // The host signs Ben in just as Adele's settings arrive, before that task's timers run.
          setTimeout(() => {
            session = ben;
            provider!.refresh();
          });
        }
        return answer;
      },
    });
    provider = await fixture<MfaProvider>(html`
      <mfa-provider .client=${client}><mfa-method-picker></mfa-method-picker><mfa-method-picker></mfa-method-picker></mfa-provider>
    `);
    const pickers = [...provider.querySelectorAll('mfa-method-picker')];
    await waitUntil(() => pickers.every((picker) => picker.status === 'empty'), 'a picker kept Adele’s settings', { timeout: 5000 });
  });

  it('keeps a shared read going for the callers still waiting when one aborts, and aborts it when all have', async () => {
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 400 }] });
    const signals: AbortSignal[] = [];
    const client = await sandbox.clientFor(ADELE, {
      fetch: (input, init) => {
        signals.push(init!.signal!);
        return fetch(input, init);
      },
    });
    const leaving = new AbortController();
    const left = rejection(client.getSettings({ signal: leaving.signal }));
    const staying = client.getSettings();
    await waitUntil(() => signals.length === 1, 'the shared read was not sent');
    leaving.abort();
    expect(((await left) as DOMException).name).to.equal('AbortError');
    expect((await staying).defaultMethod).to.equal('text-mobile');
    expect(signals).to.have.length(1);
    expect(signals[0]!.aborted, 'the request went on for the caller still waiting').to.equal(false);

    // In a later task: a new read.
    await new Promise((resolve) => setTimeout(resolve));
    const first = new AbortController();
    const second = new AbortController();
    const both = [rejection(client.getSettings({ signal: first.signal })), rejection(client.getSettings({ signal: second.signal }))];
    await waitUntil(() => signals.length === 2, 'the shared read was not sent');
    first.abort();
    expect(signals[1]!.aborted, 'one caller is still waiting').to.equal(false);
    second.abort();
    expect(signals[1]!.aborted, 'nobody is waiting any more').to.equal(true);
    for (const error of await Promise.all(both)) expect((error as DOMException).name).to.equal('AbortError');
    // A read asked for after that is a new request.
    expect((await client.getSettings()).defaultMethod).to.equal('text-mobile');
    expect(signals).to.have.length(3);
  });

  it('encodes ids into one path segment each, and sends nothing for an id that would change the route', async () => {
    const log: { method: string; url: string; headers: Headers }[] = [];
    const client = await sandbox.clientFor(ADELE, { fetch: recordingFetch(log) });
    const missing = await failure(client.revokeAppPassword('a/b?c#d%2e'));
    expect(missing.code).to.equal('not-found');
    expect(new URL(log[0].url).pathname).to.match(/\/app-passwords\/a%2Fb%3Fc%23d%252e$/);
    for (const id of ['..', '.', '']) {
      const error = await rejection(client.cancelEnrollment(id));
      expect(error, JSON.stringify(id)).to.be.instanceOf(TypeError);
      expect((error as TypeError).message).to.contain('cannot be an id in a request path');
    }
    const wrongSlot = await rejection(client.confirmPhoneVerification('mobile', '..', '123456'));
    expect(wrongSlot).to.be.instanceOf(TypeError);
    expect(log, 'only the first call reached the endpoint').to.have.length(1);
  });

  it("keeps the endpoint's query on every request, after the operation's path", async () => {
    const log: { method: string; url: string; headers: Headers }[] = [];
    const plain = await sandbox.clientFor(ADELE);
    const client = await sandbox.clientFor(ADELE, { endpoint: `${plain.endpoint}/?tenant=contoso`, fetch: recordingFetch(log) });
    const settings = await client.getSettings();
    expect(settings.user.displayName).to.equal((await plain.getSettings()).user.displayName);
    await failure(client.revokeAppPassword('apw_none'));
    const sent = log.map((request) => new URL(request.url));
    expect(sent.map((url) => url.pathname.slice(new URL(plain.endpoint, location.href).pathname.length))).to.deep.equal([
      '/settings',
      '/app-passwords/apw_none',
    ]);
    expect(sent.map((url) => url.search)).to.deep.equal(['?tenant=contoso', '?tenant=contoso']);
    // Made absolute against the page first: a query alone is the page's own path with that query
    // (a page at /account/security here, not the site's root).
    const urls: string[] = [];
    const test = location.href;
    history.replaceState(history.state, '', '/account/security?view=2');
    try {
      for (const endpoint of ['?tenant=a', '/api/mfa/?tenant=a#top', 'https://portal.example/api#x?y']) {
        const fetch = async (input: RequestInfo | URL) => {
          urls.push(String(input));
          return Response.json(SETTINGS);
        };
        await new FetchClient({ endpoint, fetch }).getSettings();
      }
    } finally {
      history.replaceState(history.state, '', test);
    }
    expect(urls).to.deep.equal([
      `${location.origin}/account/security/settings?tenant=a`,
      `${location.origin}/api/mfa/settings?tenant=a#top`,
      'https://portal.example/api/settings#x?y',
    ]);
  });

  it('makes a repeated POST with the same key a single side effect', async () => {
    const client = await sandbox.clientFor(ADELE);
    const before = (await client.listAppPasswords()).items.length;
    const first = await client.createAppPassword('Scanner', { idempotencyKey: 'retry-me-1' });
    const again = await client.createAppPassword('Scanner', { idempotencyKey: 'retry-me-1' });
    expect(again.password).to.equal(first.password);
    expect((await client.listAppPasswords()).items.length).to.equal(before + 1);
  });

  it('retries the same action after re-authentication, with the same key', async () => {
    const s = await newSandbox({ reauthMaxAgeSeconds: 60 });
    const client = await s.clientFor(BEN);
    await s.controlCall('POST', '/clock', { advanceSeconds: 120 });
    const key = 'start-once';
    const request = { number: '+14155550123', channel: 'text' } as const;
    expect((await failure(client.startPhoneVerification('mobile', request, { idempotencyKey: key }))).code).to.equal(
      'reauth-required',
    );
    await s.controlCall('POST', '/reauth', {});
    const first: PhoneChallenge = await client.startPhoneVerification('mobile', request, { idempotencyKey: key });
    const replay = await client.startPhoneVerification('mobile', request, { idempotencyKey: key });
    expect(replay.challengeId).to.equal(first.challengeId);
    expect(await s.controlCall<OutboxMessage[]>('GET', '/outbox')).to.have.length(1);
  });

  it('reports a 2xx answer that is not JSON as a server error', async () => {
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'malformed-body', times: 1 }] });
    const error = await failure((await sandbox.clientFor(ADELE, { retries: 0 })).getSettings());
    expect([error.code, error.reason]).to.deep.equal(['server', 'malformed-response']);
  });

  it('does not take a 2xx with a broken body as success, even for an operation with no answer body', async () => {
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'malformed-body', times: 1, operations: ['revokeAppPassword'] }] });
    const client = await sandbox.clientFor(ADELE);
    const error = await failure(client.revokeAppPassword('apw_adele_mail'));
    expect([error.code, error.reason]).to.deep.equal(['server', 'malformed-response']);
    // It was not revoked: the fault answered instead of the endpoint.
    expect((await client.listAppPasswords()).items.map((i) => i.id)).to.include('apw_adele_mail');
  });

  it('does not take an answer whose lists are not lists, or a 204 where a body is promised, as success', async () => {
    const answering = (status: number, body?: unknown) =>
      new FetchClient({
        endpoint: 'https://mfa.example/api',
        retries: 0,
        fetch: async () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
      });
    const cases: [string, (client: FetchClient) => Promise<unknown>, number, unknown][] = [
      ['authenticators: items null', (c) => c.listAuthenticators(), 200, { items: null }],
      ['app passwords: items an object', (c) => c.listAppPasswords(), 200, { items: {}, limit: 40 }],
      ['admin: results missing', (c) => c.runAdminAction('delete-app-passwords', ['u1']), 200, { action: 'delete-app-passwords' }],
      ['admin: a result that is null', (c) => c.runAdminAction('delete-app-passwords', ['u1']), 200, { action: 'delete-app-passwords', results: [null] }],
      ['admin: a result without its user', (c) => c.runAdminAction('delete-app-passwords', ['u1']), 200, { action: 'delete-app-passwords', results: [{ status: 'done' }] }],
      ['admin: a result without its status', (c) => c.runAdminAction('delete-app-passwords', ['u1']), 200, { action: 'delete-app-passwords', results: [{ userId: 'u1' }] }],
      ['settings: phones null', (c) => c.getSettings(), 200, { ...SETTINGS, phones: null }],
      ['settings: policy null', (c) => c.getSettings(), 200, { ...SETTINGS, policy: null }],
      ['settings: policy without its methods', (c) => c.getSettings(), 200, { ...SETTINGS, policy: { appPasswordsAllowed: true } }],
      ['settings: no app password summary', (c) => c.getSettings(), 200, { ...SETTINGS, appPasswords: undefined }],
      ['settings: no user', (c) => c.getSettings(), 200, { ...SETTINGS, user: null }],
      ['confirm: phone null', (c) => c.confirmPhoneVerification('mobile', 'chl_1', '123456'), 200, { phone: null }],
      ['create: 204', (c) => c.createAppPassword('Printer'), 204, undefined],
      // What the elements show of an answer must be there, of its type, in every item of a list.
      ['settings: a phone without its number', (c) => c.getSettings(), 200, { ...SETTINGS, phones: [{ slot: 'mobile', verifiedAt: AT }] }],
      ['settings: a limit that is no count', (c) => c.getSettings(), 200, { ...SETTINGS, appPasswords: { count: 0, limit: -1 } }],
      ['authenticators: an item without an id', (c) => c.listAuthenticators(), 200, { items: [{ ...APP, id: undefined }] }],
      ['authenticators: a name that is an object', (c) => c.listAuthenticators(), 200, { items: [{ ...APP, name: { text: 'x' } }] }],
      ['app passwords: a limit of null', (c) => c.listAppPasswords(), 200, { items: [], limit: null }],
      ['app passwords: an item without a name', (c) => c.listAppPasswords(), 200, { items: [{ id: 'apw_1', createdAt: AT, lastUsedAt: null }], limit: 40 }],
      ['send a code: no code length', (c) => c.startPhoneVerification('mobile', SEND), 200, { ...CHALLENGE, codeLength: undefined }],
      ['send a code: a code length of 0', (c) => c.startPhoneVerification('mobile', SEND), 200, { ...CHALLENGE, codeLength: 0 }],
      ['send a code: no channel', (c) => c.startPhoneVerification('mobile', SEND), 200, { ...CHALLENGE, channel: undefined }],
      ['rename: an empty name', (c) => c.renameAuthenticator('auth_1', 'Tablet'), 200, { ...APP, name: '' }],
    ];
    for (const [name, call, status, body] of cases) {
      const error = await failure(call(answering(status, body)));
      expect([error.code, error.reason], name).to.deep.equal(['server', 'malformed-response']);
    }
    // What the protocol does promise goes through: settings with all they hold, an empty list, and
    // a 204 where no body is promised.
    expect(await answering(200, SETTINGS).getSettings()).to.deep.equal(SETTINGS);
    expect(await answering(200, { items: [] }).listAuthenticators()).to.deep.equal({ items: [] });
    expect(await answering(204).revokeAppPassword('apw_1')).to.equal(undefined);
    expect(await answering(200, CHALLENGE).startPhoneVerification('mobile', SEND)).to.deep.equal(CHALLENGE);
    // The document sets no least length for a masked number.
    const unmasked = { ...CHALLENGE, maskedNumber: '' };
    expect(await answering(200, unmasked).startPhoneVerification('mobile', SEND)).to.deep.equal(unmasked);
    expect(await answering(200, { items: [APP] }).listAuthenticators()).to.deep.equal({ items: [APP] });
  });

  it('leaves out the methods and phone slots a newer endpoint names and this version does not', async () => {
    const client = new FetchClient({
      endpoint: 'https://mfa.example/api',
      retries: 0,
      fetch: async () =>
        Response.json({
          ...SETTINGS,
          methods: ['fido2', 'text-mobile'],
          defaultMethod: 'fido2',
          phones: [{ slot: 'mobile', maskedNumber: '+1 ••• 67', verifiedAt: AT }, { slot: 'satellite', maskedNumber: '+8 ••• 12', verifiedAt: AT }],
          policy: { allowedMethods: ['fido2', 'text-mobile', 'app-code'], appPasswordsAllowed: true },
        }),
    });
    const settings = await client.getSettings();
    expect(settings.methods).to.deep.equal(['text-mobile']);
    expect(settings.defaultMethod, 'a default among them is none the elements know').to.equal(null);
    expect(settings.phones.map((p) => p.slot)).to.deep.equal(['mobile']);
    expect(settings.policy.allowedMethods).to.deep.equal(['text-mobile', 'app-code']);
  });

  it('rejects with an AbortError when the caller aborts, without waiting for the answer', async () => {
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 3000 }] });
    const client = await sandbox.clientFor(ADELE);
    const controller = new AbortController();
    const started = performance.now();
    const pending = rejection(client.getSettings({ signal: controller.signal }));
    setTimeout(() => controller.abort(), 100);
    const error = await pending;
    expect((error as DOMException).name).to.equal('AbortError');
    expect(performance.now() - started).to.be.below(1500);
  });

  it('times out, and aborts, while the headers callback has not answered', async () => {
    // A token hook that never settles (a stuck token refresh) must not hold a request for ever.
    let sent = 0;
    const client = new FetchClient({
      endpoint: sandbox.endpoint,
      timeout: 200,
      retries: 0,
      headers: () => new Promise<HeadersInit>(() => undefined),
      fetch: (input, init) => {
        sent++;
        return fetch(input, init);
      },
    });
    const started = performance.now();
    const timedOut = await failure(client.createAppPassword('Printer'));
    expect(timedOut.code).to.equal('timeout');
    expect(performance.now() - started).to.be.below(1500);

    const slow = new FetchClient({ endpoint: sandbox.endpoint, headers: () => new Promise<HeadersInit>(() => undefined) });
    const controller = new AbortController();
    const pending = rejection(slow.deletePhone('mobile', { signal: controller.signal }));
    setTimeout(() => controller.abort(), 100);
    expect(((await pending) as DOMException).name).to.equal('AbortError');
    expect(sent, 'nothing went out without its headers').to.equal(0);
  });

  it('sends the token of the page meta that csrf-meta names, read before each request', async () => {
    const { csrfToken } = await sandbox.signIn(ADELE);
    const meta = Object.assign(document.createElement('meta'), { name: 'csrf-token', content: 'from-an-old-page' });
    document.head.append(meta);
    try {
      const provider = await fixture<MfaProvider>(html`
        <mfa-provider endpoint=${sandbox.endpoint} csrf-meta="csrf-token"><mfa-test-probe></mfa-test-probe></mfa-provider>
      `);
      const probe = provider.querySelector('mfa-test-probe') as MfaTestProbe;
      await probe.updateComplete;
      const refused = await failure(probe.saveDefaultMethod('call-mobile'));
      expect([refused.code, refused.reason]).to.deep.equal(['forbidden', 'csrf']);
      meta.content = csrfToken;
      await probe.saveDefaultMethod('call-mobile');
      expect((await probe.loadSettings()).defaultMethod).to.equal('call-mobile');
      // The host's own headers win; another header name is taken as given.
      provider.headers = { 'X-CSRF-Token': 'host-says-otherwise' };
      expect((await failure(probe.saveDefaultMethod('text-mobile'))).reason).to.equal('csrf');
      provider.headers = undefined;
      provider.csrfHeader = 'X-Other-Header';
      expect((await failure(probe.saveDefaultMethod('text-mobile'))).reason, 'the endpoint reads X-CSRF-Token').to.equal('csrf');
      // The attribute left empty, or taken away: the default header again (not none, nor one named "null").
      provider.setAttribute('csrf-header', '');
      await probe.saveDefaultMethod('text-mobile');
      provider.setAttribute('csrf-header', 'X-Other-Header');
      provider.removeAttribute('csrf-header');
      await probe.saveDefaultMethod('call-mobile');
      expect((await probe.loadSettings()).defaultMethod).to.equal('call-mobile');
    } finally {
      meta.remove();
    }
  });

  /** The first argument of each `console.warn` while `run` runs. */
  async function warningsDuring(run: () => Promise<void>): Promise<string[]> {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
    try {
      await run();
    } finally {
      console.warn = warn;
    }
    return warnings;
  }

  it('says once on the console when csrf-meta names no meta of the page', async () => {
    const warnings = await warningsDuring(async () => {
      const provider = await fixture<MfaProvider>(html`
        <mfa-provider endpoint=${sandbox.endpoint} csrf-meta="no-such-meta"><mfa-test-probe></mfa-test-probe></mfa-provider>
      `);
      const probe = provider.querySelector('mfa-test-probe') as MfaTestProbe;
      await probe.updateComplete;
      await sandbox.signIn(ADELE);
      await failure(probe.saveDefaultMethod('call-mobile'));
      await failure(probe.saveDefaultMethod('call-mobile'));
    });
    expect(warnings).to.deep.equal(['mfa-provider: csrf-meta="no-such-meta" names no <meta> in the page; requests go without X-CSRF-Token.']);
  });

  it('names on the console the header the token would have gone in: the default one for csrf-header left empty', async () => {
    const warnings = await warningsDuring(async () => {
      await sandbox.signIn(ADELE);
      for (const header of ['', 'X-XSRF-Token']) {
        const provider = await fixture<MfaProvider>(html`
          <mfa-provider endpoint=${sandbox.endpoint} csrf-meta="no-such-meta" csrf-header=${header}><mfa-test-probe></mfa-test-probe></mfa-provider>
        `);
        const probe = provider.querySelector('mfa-test-probe') as MfaTestProbe;
        await probe.updateComplete;
        await failure(probe.saveDefaultMethod('call-mobile'));
      }
    });
    expect(warnings).to.deep.equal([
      'mfa-provider: csrf-meta="no-such-meta" names no <meta> in the page; requests go without X-CSRF-Token.',
      'mfa-provider: csrf-meta="no-such-meta" names no <meta> in the page; requests go without X-XSRF-Token.',
    ]);
  });

  it('says nothing of a missing csrf-meta when the host\'s own headers carry the token: the request goes with it', async () => {
    const warnings = await warningsDuring(async () => {
      const { csrfToken } = await sandbox.signIn(ADELE);
      const provider = await fixture<MfaProvider>(html`
        <mfa-provider endpoint=${sandbox.endpoint} csrf-meta="no-such-meta" .headers=${{ 'X-CSRF-Token': csrfToken }}>
          <mfa-test-probe></mfa-test-probe>
        </mfa-provider>
      `);
      const probe = provider.querySelector('mfa-test-probe') as MfaTestProbe;
      await probe.updateComplete;
      expect((await probe.saveDefaultMethod('call-mobile')).defaultMethod).to.equal('call-mobile');
    });
    expect(warnings).to.deep.equal([]);
  });

  it("aborts an element's request when the element is disconnected", async () => {
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 3000 }] });
    const { csrfToken } = await sandbox.signIn(ADELE);
    const provider = await fixture<MfaProvider>(html`
      <mfa-provider endpoint=${sandbox.endpoint} .headers=${{ 'X-CSRF-Token': csrfToken }}>
        <mfa-test-probe></mfa-test-probe>
      </mfa-provider>
    `);
    const probe = provider.querySelector('mfa-test-probe') as MfaTestProbe;
    await probe.updateComplete;
    const pending = rejection(probe.loadSettings());
    setTimeout(() => probe.remove(), 100);
    expect(((await pending) as DOMException).name).to.equal('AbortError');
    // Connected again, the element gets a fresh signal and its requests go through.
    await sandbox.controlCall('PUT', '/faults', { faults: [] });
    provider.append(probe);
    expect((await probe.loadSettings()).defaultMethod).to.equal('text-mobile');
  });

  it('lets only an administrator run admin actions, with a result per user', async () => {
    const admin = await sandbox.clientFor(DANA);
    const result = await admin.runAdminAction('delete-app-passwords', [ADELE, 'nobody']);
    expect(result.results).to.deep.equal([
      { userId: ADELE, status: 'done' },
      { userId: 'nobody', status: 'failed', error: result.results[1].error },
    ]);
    expect(result.results[1].error?.code).to.equal('not-found');
    expect((await (await sandbox.clientFor(ADELE)).listAppPasswords()).items).to.deep.equal([]);
  });
});

describe('isUnanswered', () => {
  const error = (code: MfaErrorCode, status?: number, reason?: string) => new MfaError(code, { operation: 'setDefaultMethod', status, reason });
  it('says a change may have been made when no answer could be read', () => {
    for (const e of [error('timeout'), error('network'), error('server', 502), error('server', 504), error('server', 200, 'malformed-response')]) {
      expect(isUnanswered(e), e.message).to.equal(true);
    }
  });
  it('says it was not when the endpoint answered that it failed, or refused it', () => {
    for (const e of [error('server', 500), error('server', 503), error('server', 500, 'malformed-response'), error('validation', 400), error('rate-limited', 429), error('conflict', 409)]) {
      expect(isUnanswered(e), e.message).to.equal(false);
    }
    expect(isUnanswered(new TypeError('x'))).to.equal(false);
    expect(isUnanswered(undefined)).to.equal(false);
  });
  it('tells the same of an mfa-error event\'s detail, which has the code and status alone', () => {
    const detail = (code: MfaErrorCode, status?: number) => ({ operation: 'setDefaultMethod' as const, code, status });
    for (const d of [detail('timeout'), detail('network'), detail('server', 504), detail('server', 200)]) expect(isUnanswered(d), JSON.stringify(d)).to.equal(true);
    for (const d of [detail('server'), detail('server', 500), detail('validation', 400)]) expect(isUnanswered(d), JSON.stringify(d)).to.equal(false);
  });
});
