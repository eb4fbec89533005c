// `npm run test:contract`: the contract CLI (contract/cli.js, as a company runs it) against the
// reference endpoint, where every check must pass, and against broken variants of it, where the
// checks that see the breakage must fail: the kit is shown to catch drift, not only to say yes.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { loadReference } from './load-reference.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(root, 'contract/cli.js');
// The kit runs the library's own code from its build (contract/elements.js): here, from the source
// as it is, in this process and in each run of the CLI.
const FROM_SOURCE = pathToFileURL(join(root, 'scripts/library-from-source.js')).href;
await import(FROM_SOURCE);
const { totpCodesAround } = await import('../contract/checks.js');
const BASE = '/api/mfa';
const DOCUMENT = JSON.parse(readFileSync(join(root, 'protocol/openapi.json'), 'utf8'));
/** The protocol's version, which the kit names in what it reports. */
const VERSION = DOCUMENT.info.version;
const { createReferenceEndpoint, toNodeMiddleware } = await loadReference();

/**
 * A reference endpoint at http://127.0.0.1:<port>/api/mfa with a signed-in demo user; `broken`
 * rewrites requests (or answers one itself) and answers on the way, as a drifted implementation would answer. Its hooks
 * are given the sessions, and `{ other, endpoint }`: another user's session and the endpoint.
 */
async function serve(broken = {}, before = async () => {}) {
  const endpoint = createReferenceEndpoint({ basePath: BASE });
  const session = endpoint.control.signIn('adele');
  // A second session of the user, signed in longer ago than changes allow.
  const stale = endpoint.control.signIn('adele');
  endpoint.control.ageSignIn(stale.token);
  // Another user, who must reach none of the first one's items.
  const other = endpoint.control.signIn('ben');
  await before(endpoint, session);
  const handle = async (request) => {
    // A variant's request hook may answer a request itself, with no word to the reference.
    const sent = broken.request ? await broken.request(request, session, stale, { other, endpoint }) : request;
    const response = sent instanceof Response ? sent : await endpoint.handle(sent);
    // A request the hook made anew reads the page's body through a pipe that has begun: one the
    // endpoint refused unread (too long) is read to its end, or its connection would wait for good.
    if (sent instanceof Request && sent !== request && sent.body && !sent.bodyUsed) await sent.body.pipeTo(new WritableStream()).catch(() => {});
    return broken.response ? broken.response(request, response, stale, { other, endpoint, session }) : response;
  };
  const middleware = toNodeMiddleware(handle);
  const server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 404;
      res.end();
    }),
  );
  // A request that asks before its body (`Expect: 100-continue`): a variant may answer it first.
  if (broken.checkContinue) {
    server.on('checkContinue', (req, res) =>
      broken.checkContinue(req, res, () => {
        res.writeContinue();
        server.emit('request', req, res);
      }),
    );
  }
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}${BASE}`;
  return { url, session, stale, other, endpoint, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * Runs the CLI; its enrollment checks wait 60 ms between a start and its read, not the 3 s a
 * company's run waits (the reference keeps times in milliseconds), unless `env` says otherwise.
 */
async function runCli(args, env = { MFA_CONTRACT_READ_PAUSE_MS: '60' }) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', FROM_SOURCE, CLI, ...args], {
      timeout: 60_000,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

const bearer = (server) => ['--endpoint', server.url, '--header', `Authorization: Bearer ${server.session.token}`];
const csrf = (server) => ['--csrf-header', 'X-CSRF-Token', '--csrf', server.session.csrfToken];
const staleSession = (server) => ['--stale-header', `Authorization: Bearer ${server.stale.token}`, '--stale-csrf', server.stale.csrfToken];
const otherUser = (server) => ['--other-header', `Authorization: Bearer ${server.other.token}`, '--other-csrf', server.other.csrfToken];
/** A number the reference takes for a phone (the alternate phone, which the first user has empty), and that takes texts. */
const TEST_PHONE = '+14255550123';
const testPhone = ['--test-phone', TEST_PHONE];
/** The lines of a result, by status. */
const lines = (stdout, status) => stdout.split('\n').filter((line) => line.startsWith(status)).map((line) => line.slice(6));
const summary = (stdout) => stdout.trim().split('\n').at(-1);
const FORM_CHECK =
  'a change whose body is sent as a form on another site can send it (text/plain, application/x-www-form-urlencoded, multipart/form-data) answers 400 validation (Content-Type/not-json), on each of the 9 routes that take a body, and changes nothing';
const REPLAY_CHECK =
  'POST /authenticators/enrollments again with the same Idempotency-Key answers the same enrollment (no second set-up), and 409 conflict/secret-gone once it is cancelled';
const OMIT_CHECK = 'a change without the CSRF header answers 403 forbidden/csrf, on each of the 12 change routes';
const OTHER_SESSION_CHECK = "a change with the CSRF token of the user's other session answers 403 forbidden/csrf, on each of the 12 change routes";
const OTHER_SETTINGS_CHECK = 'as the other user, GET /settings answers 200 with a SettingsSummary';
const OTHER_LISTS_CHECK = "as the other user, GET /app-passwords and GET /authenticators list none of the first user's";
const OTHER_APP_PASSWORD_CHECK =
  "another user's app password: the other user's GET /app-passwords leaves it out, and their DELETE answers 404 not-found; it stays the first user's";
const OTHER_APP_PASSWORD_KEY_CHECK =
  "another user's Idempotency-Key: POST /app-passwords as the other user, with the key and body the first user sent, does not answer the first user's app password";
const OTHER_ENROLLMENT_CHECK =
  "another user's enrollment: reading it, a code for it and cancelling it as the other user answer 404 not-found; it still waits for the first user";
const OTHER_ENROLLMENT_KEY_CHECK =
  "another user's Idempotency-Key: POST /authenticators/enrollments as the other user, with the key and body the first user sent, does not answer the first user's set-up";
const OTHER_PUSH_ENROLLMENT_CHECK =
  "another user's enrollment for a push app: reading it, a code for it and cancelling it as the other user answer 404 not-found; it still waits for the first user";
const OTHER_PUSH_ENROLLMENT_KEY_CHECK =
  "another user's Idempotency-Key: POST /authenticators/enrollments for a push app as the other user, with the key and body the first user sent, does not answer the first user's set-up";
const OTHER_PHONE_CHECK = "another user's phone verification: a code for it and a resend of it as the other user answer 404 not-found";
const RENAME_CHECK =
  "an authenticator app renamed (PATCH /authenticators/{id}) answers 200 with its new name, listed so; to another app's name or a set-up's still waiting (in other letter case) it answers 409 conflict/duplicate-name, and to zero-width spaces alone 400 validation (name/invalid)";
const OTHER_AUTHENTICATOR_CHECK =
  "another user's authenticator app: the other user's GET /authenticators leaves it out, and their PATCH and DELETE answer 404 not-found; it stays the first user's, under its name";
/** The checks as another user, in the order they run. */
const OTHER_CHECKS = [
  OTHER_SETTINGS_CHECK,
  OTHER_LISTS_CHECK,
  OTHER_APP_PASSWORD_CHECK,
  OTHER_APP_PASSWORD_KEY_CHECK,
  OTHER_ENROLLMENT_CHECK,
  OTHER_ENROLLMENT_KEY_CHECK,
  OTHER_PUSH_ENROLLMENT_CHECK,
  OTHER_PUSH_ENROLLMENT_KEY_CHECK,
  OTHER_AUTHENTICATOR_CHECK,
  OTHER_PHONE_CHECK,
];

/** Runs the CLI against a variant (`before` prepares its store); answers its output. */
async function against(broken, extraArgs = ['--allow-writes'], before = undefined, env = undefined) {
  const server = await serve(broken, before);
  try {
    return { ...(await runCli([...bearer(server), ...csrf(server), ...staleSession(server), ...otherUser(server), ...testPhone, ...extraArgs], env)), server };
  } finally {
    await server.close();
  }
}

test("the kit's TOTP codes, which its wrong code avoids, are RFC 6238's (SHA1, SHA256, SHA512, 8 digits)", () => {
  // RFC 6238, appendix B: each algorithm's secret (ASCII digits, Base32 here) and codes at three times.
  const secrets = {
    SHA1: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
    SHA256: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA',
    SHA512: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNA',
  };
  const vectors = [
    [59, { SHA1: '94287082', SHA256: '46119246', SHA512: '90693936' }],
    [1111111109, { SHA1: '07081804', SHA256: '68084774', SHA512: '25091201' }],
    [20000000000, { SHA1: '65353130', SHA256: '77737706', SHA512: '47863826' }],
  ];
  for (const [seconds, codes] of vectors) {
    for (const [algorithm, code] of Object.entries(codes)) {
      const around = totpCodesAround({ secret: secrets[algorithm], algorithm, digits: 8, period: 30 }, seconds);
      assert.ok(around.has(code), `${algorithm} at ${seconds}: ${code} not among ${[...around]}`);
      assert.equal(around.size, seconds < 60 ? 4 : 5, 'the codes two periods either side (none before the first)');
    }
  }
});

test('the wrong codes the kit lets a set-up take are as many as the document says (verifyEnrollment)', () => {
  const { description } = DOCUMENT.paths['/authenticators/enrollments/{enrollmentId}/verify'].post;
  assert.match(description, /\b5 wrong codes \(422 with `attemptsLeft`\), then 410\b/);
  assert.ok(TRIES_CHECK.includes('at most 5 wrong codes'), TRIES_CHECK);
});

test('the wrong codes the kit lets a phone verification take are as many as the document says (confirmPhoneVerification)', () => {
  const { description } = DOCUMENT.paths['/phones/{slot}/verifications/{challengeId}/confirm'].post;
  assert.match(description, /\beach challenge takes 5 wrong codes \(422 with `attemptsLeft`\), after which it answers 410\b/);
  assert.ok(PHONE_TRIES_CHECK.includes('at most 5 wrong codes'), PHONE_TRIES_CHECK);
});

for (const number of ['4255550123', '+1 425 555 0123', '+1425555', '+04255550123']) {
  test(`--test-phone ${number} is a usage error: it is not E.164`, async () => {
    const { code, stderr } = await runCli(['--endpoint', 'http://127.0.0.1:9/api/mfa', '--test-phone', number]);
    assert.equal(code, 2, stderr);
    assert.ok(stderr.includes(`--test-phone ${number} is not a number in E.164 form`), stderr);
  });
}

test('--test-phone-channel other than text or call is a usage error', async () => {
  const { code, stderr } = await runCli(['--endpoint', 'http://127.0.0.1:9/api/mfa', '--test-phone', TEST_PHONE, '--test-phone-channel', 'sms']);
  assert.equal(code, 2, stderr);
  assert.ok(stderr.includes('--test-phone-channel is text or call, not sms'), stderr);
});

test('a test phone that takes no texts: its check is skipped, saying to ask for a call; with --test-phone-channel call, the code goes by a call', async (t) => {
  const landline = '+442071838750';
  const args = (server) => [...bearer(server), ...csrf(server), ...otherUser(server), '--allow-writes', '--test-phone', landline];
  const texted = await onFresh(args);
  t.diagnostic(summary(texted.stdout));
  assert.equal(texted.code, 0, texted.stdout);
  assert.ok(lines(texted.stdout, 'SKIP').includes(PHONE_START_CHECK), texted.stdout);
  assert.match(texted.stdout, /refused the test phone \(400 validation, number\/cannot-receive-text\): give --test-phone a number your endpoint sends codes to, or --test-phone-channel call for a number that takes no texts$/m);
  assert.deepEqual(texted.server.endpoint.control.outbox(), [], 'no text or call');
  const called = await onFresh((server) => [...args(server), '--test-phone-channel', 'call']);
  t.diagnostic(summary(called.stdout));
  assert.equal(called.code, 0, called.stdout);
  for (const name of [...PHONE_CHECKS, OTHER_PHONE_CHECK]) assert.ok(lines(called.stdout, 'PASS').includes(name), `expected PASS ${name}\n${called.stdout}`);
  assert.deepEqual(
    called.server.endpoint.control.outbox().map(({ to, channel }) => ({ to, channel })),
    [{ to: landline, channel: 'call' }],
  );
});

test('a 429 to a phone code while tries are left does not pass the tries check, which cannot tell whether they run out: it is skipped, saying why', async (t) => {
  let wrong = 0;
  const { code, stdout } = await against({
    // The first user's codes are rate-limited after three, with tries still left (4, 3, 2): whether
    // the tries run out after five, the answers do not tell.
    response(request, response, _stale, { session }) {
      const path = new URL(request.url).pathname;
      if (!path.endsWith('/confirm') || response.status !== 422 || request.headers.get('authorization') !== `Bearer ${session.token}` || ++wrong <= 3) return response;
      const body = { error: { code: 'rate-limited', message: 'Slow down.', retryAfter: 60 } };
      return new Response(JSON.stringify(body), { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '60' } });
    },
  });
  t.diagnostic(summary(stdout));
  assert.equal(code, 0, stdout);
  assert.ok(lines(stdout, 'SKIP').includes(PHONE_TRIES_CHECK), stdout);
  assert.match(stdout, /^ {6}POST \/phones\/alternate\/verifications\/\w+\/confirm answered 429 rate-limited after 3 wrong codes, while tries were left: the limit on tries could not be checked; rerun in 60 s/m);
});

test('a 429 to a phone code once no tries are left, for less time than the code lives, does not pass the tries check either; a 429 after a code was put in a message fails it', async (t) => {
  const rateLimited = () =>
    new Response(JSON.stringify({ error: { code: 'rate-limited', message: 'Slow down.', retryAfter: 60 } }), { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '60' } });
  const confirmOf = (request, session) => new URL(request.url).pathname.endsWith('/confirm') && request.headers.get('authorization') === `Bearer ${session.token}`;
  // A rate limit for a minute where the tries ran out: after it, they might be back.
  const shortWait = await against({ response: (request, response, _stale, { session }) => (confirmOf(request, session) && response.status === 410 ? rateLimited() : response) });
  t.diagnostic(summary(shortWait.stdout));
  assert.ok(lines(shortWait.stdout, 'SKIP').includes(PHONE_TRIES_CHECK), shortWait.stdout);
  assert.match(shortWait.stdout, /^ {6}POST \/phones\/alternate\/verifications\/\w+\/confirm answered 429 rate-limited once no tries were left, for 60 s, less than the code has to live/m);
  // The code sent put in the message, then a 429 with tries left: the leak is not lost in a skip.
  let wrong = 0;
  const codes = new WeakMap();
  const leaked = await against({
    async request(request) {
      if (new URL(request.url).pathname.endsWith('/confirm')) codes.set(request, (await request.clone().json().catch(() => ({}))).code);
      return request;
    },
    async response(request, response, _stale, { session }) {
      if (!confirmOf(request, session) || response.status !== 422) return response;
      if (++wrong > 2) return rateLimited();
      const code = codes.get(request);
      const body = await response.json();
      body.error.message = `${code} is wrong.`;
      return new Response(JSON.stringify(body), { status: 422, headers: response.headers });
    },
  });
  t.diagnostic(summary(leaked.stdout));
  assert.ok(lines(leaked.stdout, 'FAIL').includes(PHONE_TRIES_CHECK), leaked.stdout);
  assert.match(leaked.stdout, /^ +- POST \/phones\/alternate\/verifications\/\w+\/confirm: error\.message carries the code sent/m);
  assert.match(leaked.stdout, /^ +- POST \/phones\/alternate\/verifications\/\w+\/confirm answered 429 rate-limited after 2 wrong codes, while tries were left/m);
});

test('without --test-phone, the checks on a phone verification are skipped, saying why, and no code is sent; with --strict they fail', async (t) => {
  const args = (server) => [...bearer(server), ...csrf(server), ...staleSession(server), ...otherUser(server), '--allow-writes'];
  const skipped = await onFresh(args);
  t.diagnostic(summary(skipped.stdout));
  assert.equal(skipped.code, 0, skipped.stdout);
  assert.deepEqual(lines(skipped.stdout, 'SKIP'), [...PHONE_CHECKS, OTHER_PHONE_CHECK], skipped.stdout);
  assert.equal(skipped.stdout.split('\n').filter((line) => line.startsWith('      needs a test phone: pass --test-phone')).length, 4, skipped.stdout);
  assert.deepEqual(skipped.server.endpoint.control.outbox(), [], 'no text or call');
  const strict = await onFresh((server) => [...args(server), '--strict']);
  t.diagnostic(summary(strict.stdout));
  assert.equal(strict.code, 1, strict.stdout);
  assert.deepEqual(lines(strict.stdout, 'FAIL'), [...PHONE_CHECKS, OTHER_PHONE_CHECK], strict.stdout);
  assert.match(summary(strict.stdout), /^\d+ passed, 4 failed$/);
});

test('an old session\'s CSRF token without the CSRF options is a usage error, not sent silently without a header', async () => {
  const { code, stdout } = await runCli(['--endpoint', 'http://127.0.0.1:9/api/mfa', '--stale-header', 'Authorization: Bearer old', '--stale-csrf', 'x']);
  assert.equal(code, 2, stdout);
});

for (const [args, said] of [
  [['--other-csrf', 'b'], '--other-csrf goes with --other-header or --other-cookie'],
  [['--csrf-header', 'X-CSRF-Token', '--csrf', 'a', '--other-header', 'Authorization: Bearer other'], '--other-csrf is needed with --csrf'],
  [['--other-header', 'Authorization: Bearer other', '--other-csrf', 'b'], '--other-csrf goes with --csrf-header and --csrf'],
  [['--other-header', 'authorization:  Bearer first'], "--other-header/--other-cookie are the same credentials as --header/--cookie: give another user's"],
  [['--stale-header', 'Authorization: Bearer old', '--other-header', 'Authorization: Bearer old'], "the same credentials as the old session's"],
]) {
  test(`the other user's options as ${args.join(' ')} are a usage error: ${said}`, async () => {
    const { code, stderr } = await runCli(['--endpoint', 'http://127.0.0.1:9/api/mfa', '--header', 'Authorization: Bearer first', ...args]);
    assert.equal(code, 2, stderr);
    assert.ok(stderr.startsWith('mfa-contract: ') && stderr.includes(said), stderr);
  });
}

test('the reference endpoint passes every check (bearer token, CSRF, an old session, another user, --allow-writes), waiting between an enrollment\'s start and its read as a company\'s run does', async (t) => {
  const { code, stdout, server } = await against({}, undefined, undefined, {});
  t.diagnostic(summary(stdout));
  assert.deepEqual(lines(stdout, 'FAIL'), [], stdout);
  assert.deepEqual(lines(stdout, 'SKIP'), [], stdout);
  assert.equal(code, 0, stdout);
  assert.match(summary(stdout), /^\d+ passed, 0 failed$/);
  for (const name of OTHER_CHECKS) assert.ok(lines(stdout, 'PASS').includes(name), `expected PASS ${name}\n${stdout}`);
  // The writes were undone, the first user's and the other user's: no app password, authenticator
  // app or enrollment is left behind.
  assert.deepEqual(leftBehind(server.endpoint), []);
  // One code went to a phone, the test phone (a text for the alternate phone): the number the
  // message check sends is refused before any text or call, and no second code was let through.
  assert.deepEqual(
    server.endpoint.control.outbox().map(({ userId, to, channel }) => ({ userId, to, channel })),
    [{ userId: 'adele', to: TEST_PHONE, channel: 'text' }],
  );
});

test('an endpoint that differs from the reference only in what the protocol leaves open passes: fields that are no leak, lists in another order, a mask kept left to right, a time with an offset for Z', async (t) => {
  const { code, stdout } = await against({
    async response(request, response) {
      if (request.method !== 'GET' || response.status !== 200) return response;
      const path = new URL(request.url).pathname;
      const body = await response.json();
      if (path.endsWith('/settings')) {
        Object.assign(body, { hasPassword: true, passwordPolicy: { minLength: 8 }, helpdeskPhone: '+1 800 555 0100', csrfToken: 'a1b2c3d4e5f6a7b8' });
        for (const phone of body.phones) {
          phone.phoneNumberMasked = phone.maskedNumber;
          phone.maskedNumber = `\u2066${phone.maskedNumber}\u2069`;
        }
        body.phones.reverse();
        body.methods.reverse();
      }
      if (path.endsWith('/app-passwords') || path.endsWith('/authenticators')) {
        body.items?.reverse();
        body.sessionExpiresAt = new Date().toISOString();
      }
      // An enrollment's expiry written with an offset for Z (the same instant, as RFC 3339 allows).
      if (path.includes('/authenticators/enrollments/') && typeof body.expiresAt === 'string') body.expiresAt = body.expiresAt.replace(/Z$/, '+00:00');
      return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
    },
  });
  t.diagnostic(summary(stdout));
  assert.deepEqual(lines(stdout, 'FAIL'), [], stdout);
  assert.equal(code, 0, stdout);
  assert.match(stdout, /warning: .*#\/helpdeskPhone/, 'an extension, said as one');
});

test("an administrator's run: the administrator's action for 100 users that do not exist, the elements' largest body, answers 200 with each failed/not-found; the other user, no administrator, is refused", async (t) => {
  const server = await serve();
  try {
    const admin = server.endpoint.control.signIn('dana');
    const before = server.endpoint.control.users();
    const { stdout } = await runCli([
      '--endpoint',
      server.url,
      '--header',
      `Authorization: Bearer ${admin.token}`,
      '--csrf-header',
      'X-CSRF-Token',
      '--csrf',
      admin.csrfToken,
      ...otherUser(server),
      '--allow-writes',
    ]);
    t.diagnostic(summary(stdout));
    assert.deepEqual(lines(stdout, 'FAIL'), [], stdout);
    assert.ok(lines(stdout, 'PASS').includes(ADMIN_CHECK), stdout);
    // The reference logs the administrator's run (the other user's was refused), which changed no user.
    assert.deepEqual(
      server.endpoint.control
        .sideEffects()
        .filter(({ operationId }) => operationId === 'runAdminAction')
        .map(({ userId }) => userId),
      ['dana'],
    );
    assert.deepEqual(server.endpoint.control.users(), before, 'no user changed');
  } finally {
    await server.close();
  }
});

test("an administrator's endpoint that bounds bodies below the elements' largest (64 KiB) fails the administrator's check; a 413 from a proxy for 8 MiB passes the body check", async (t) => {
  for (const [broken, passes, said] of [
    [boundedAt(64 * 1024), false, /^ +- POST \/admin\/actions refused a body of 77,151 bytes as too long: the elements send runAdminAction for up to 100 users/m],
    [boundedAt(1024 * 1024, () => new Response('<html><body>413 Request Entity Too Large</body></html>', { status: 413, headers: { 'content-type': 'text/html' } })), true],
  ]) {
    const server = await serve(broken);
    try {
      const admin = server.endpoint.control.signIn('dana');
      const session = ['--header', `Authorization: Bearer ${admin.token}`, '--csrf-header', 'X-CSRF-Token', '--csrf', admin.csrfToken];
      const { stdout } = await runCli(['--endpoint', server.url, ...session, ...otherUser(server), '--allow-writes']);
      t.diagnostic(summary(stdout));
      assert.ok(lines(stdout, 'PASS').includes(BODY_CHECK), stdout);
      assert.ok(lines(stdout, passes ? 'PASS' : 'FAIL').includes(ADMIN_CHECK), stdout);
      if (said) assert.match(stdout, said);
    } finally {
      await server.close();
    }
  }
});

test("with administrators alone, the administrator's check cannot see the action refused: it is skipped, saying to give a user who is not one; read-only, the administrator's action is not run", async (t) => {
  const server = await serve();
  try {
    const admin = server.endpoint.control.signIn('dana');
    const session = ['--header', `Authorization: Bearer ${admin.token}`, '--csrf-header', 'X-CSRF-Token', '--csrf', admin.csrfToken];
    const { stdout } = await runCli(['--endpoint', server.url, ...session, '--allow-writes']);
    t.diagnostic(summary(stdout));
    assert.ok(lines(stdout, 'SKIP').includes(ADMIN_CHECK), stdout);
    assert.match(stdout, /^ {6}no user given is one who is not an administrator: give one \(the first user, or the other with --other-…\), to check that the action is refused to them$/m);
    const readOnly = await runCli(['--endpoint', server.url, ...session, ...otherUser(server)]);
    t.diagnostic(summary(readOnly.stdout));
    assert.ok(lines(readOnly.stdout, 'PASS').includes(ADMIN_CHECK), readOnly.stdout);
    // Run once, by the run with --allow-writes.
    assert.equal(server.endpoint.control.sideEffects().filter(({ operationId }) => operationId === 'runAdminAction').length, 1);
  } finally {
    await server.close();
  }
});

test('the body of 8 MiB asks before it is sent (Expect: 100-continue): an endpoint that refuses it by its Content-Length takes none of it', async (t) => {
  let refusedUnsent = 0;
  const { stdout } = await against({
    checkContinue(req, res, go) {
      // The request in chunks has no length to refuse by: it goes on to the reference, which counts.
      if (Number(req.headers['content-length'] ?? 0) <= 1024 * 1024) return go();
      refusedUnsent++;
      res.writeHead(400, { 'content-type': 'application/json', connection: 'close' });
      res.end(JSON.stringify({ error: { code: 'validation', message: 'Too long.', fieldErrors: [{ field: 'body', reason: 'too-long' }] } }));
    },
  });
  t.diagnostic(summary(stdout));
  assert.ok(lines(stdout, 'PASS').includes(BODY_CHECK), stdout);
  assert.equal(refusedUnsent, 1, 'refused before its body was sent');
});

test('with --stale-csrf the same as --csrf (one token for all of a user\'s sessions), the other session\'s token is not sent: that check is skipped, saying why', async (t) => {
  const server = await serve();
  try {
    const { code, stdout } = await runCli([
      ...bearer(server),
      ...csrf(server),
      '--stale-header',
      `Authorization: Bearer ${server.stale.token}`,
      '--stale-csrf',
      server.session.csrfToken,
      '--allow-writes',
    ]);
    t.diagnostic(summary(stdout));
    assert.deepEqual(lines(stdout, 'FAIL').filter((line) => line.includes('other session')), [], stdout);
    assert.match(stdout, /^SKIP {2}a change with the CSRF token of the user's other session[^\n]*\n {6}--stale-csrf is the same token as --csrf/m);
    assert.ok(code === 0 || code === 1, stdout);
  } finally {
    await server.close();
  }
});

test('the reference endpoint passes with session cookies (the other user\'s too); read-only without --allow-writes', async (t) => {
  const server = await serve();
  try {
    const { code, stdout } = await runCli([
      '--endpoint',
      server.url,
      '--cookie',
      `mfa_ref_session=${server.session.token}`,
      ...csrf(server),
      '--other-cookie',
      `mfa_ref_session=${server.other.token}`,
      '--other-csrf',
      server.other.csrfToken,
    ]);
    t.diagnostic(summary(stdout));
    assert.equal(code, 0, stdout);
    assert.match(summary(stdout), /^\d+ passed, 0 failed, \d+ skipped$/);
    // The other user's reads run; what they would have to create is skipped with the other writes.
    for (const name of [OTHER_SETTINGS_CHECK, OTHER_LISTS_CHECK]) assert.ok(lines(stdout, 'PASS').includes(name), `expected PASS ${name}\n${stdout}`);
    for (const line of lines(stdout, 'SKIP')) {
      assert.match(
        line,
        /^(PUT \/settings\/default-method with the current|a change with the CSRF token of the user's other session|POST \/app-passwords|POST \/authenticators\/enrollments again|the same|DELETE \/app-passwords|an authenticator enrollment|an authenticator app renamed|with a sign-in too old|another user's|a phone verification|a new code for that slot)/,
      );
    }
    assert.deepEqual(server.endpoint.control.sideEffects(), [], 'a read-only run changed nothing');
    assert.deepEqual(server.endpoint.control.outbox(), [], 'and sent no text or call');
  } finally {
    await server.close();
  }
});

test('with --strict, a read-only run fails each check it could not run, saying why', async (t) => {
  const server = await serve();
  try {
    const { code, stdout } = await runCli(['--endpoint', server.url, '--cookie', `mfa_ref_session=${server.session.token}`, ...csrf(server), '--strict']);
    t.diagnostic(summary(stdout));
    assert.equal(code, 1, stdout);
    assert.deepEqual(lines(stdout, 'SKIP'), [], stdout);
    assert.ok(lines(stdout, 'FAIL').includes('POST /app-passwords answers 201 with the password once'), stdout);
    assert.match(stdout, /^ +- not run, which --strict counts as a failure: changes data: pass --allow-writes$/m);
    assert.match(summary(stdout), /^\d+ passed, [1-9]\d* failed$/);
  } finally {
    await server.close();
  }
});

/**
 * Runs the CLI with the arguments `args(server)` makes, against a reference endpoint of its own
 * (a run's limits, such as 30 s between a phone's codes, hold no other run back), then closes it.
 */
async function onFresh(args) {
  const server = await serve();
  try {
    return { ...(await runCli(args(server))), server };
  } finally {
    await server.close();
  }
}

test("without another user's options, the checks as another user are skipped, saying why; with --strict they fail", async (t) => {
  const reason = /^ {6}needs another user: pass --other-header or --other-cookie \(and, with --csrf, --other-csrf\), a second test user's credentials/;
  const args = (server) => [...bearer(server), ...csrf(server), ...staleSession(server), ...testPhone, '--allow-writes'];
  const skipped = await onFresh(args);
  t.diagnostic(summary(skipped.stdout));
  assert.equal(skipped.code, 0, skipped.stdout);
  assert.deepEqual(lines(skipped.stdout, 'SKIP'), OTHER_CHECKS, skipped.stdout);
  const said = skipped.stdout.split('\n').filter((line) => reason.test(line));
  assert.equal(said.length, OTHER_CHECKS.length, skipped.stdout);
  const strict = await onFresh((server) => [...args(server), '--strict']);
  t.diagnostic(summary(strict.stdout));
  assert.equal(strict.code, 1, strict.stdout);
  assert.deepEqual(lines(strict.stdout, 'FAIL'), OTHER_CHECKS, strict.stdout);
  assert.match(strict.stdout, /^ +- not run, which --strict counts as a failure: needs another user: pass --other-header or --other-cookie/m);
  assert.match(summary(strict.stdout), new RegExp(`^\\d+ passed, ${OTHER_CHECKS.length} failed$`));
});

test("an endpoint URL with a query: every request keeps it, after the operation's path", async (t) => {
  const seen = [];
  const server = await serve({
    request: (request) => {
      seen.push(new URL(request.url));
      return request;
    },
  });
  try {
    const { code, stdout } = await runCli(['--endpoint', `${server.url}/?tenant=contoso`, '--cookie', `mfa_ref_session=${server.session.token}`, ...csrf(server)]);
    t.diagnostic(summary(stdout));
    assert.equal(code, 0, stdout);
    assert.ok(seen.some((url) => url.pathname === `${BASE}/settings`), 'the settings were read at their path');
    for (const url of seen) assert.equal(url.search, '?tenant=contoso', url.href);
  } finally {
    await server.close();
  }
});

test('an endpoint URL that answers every request 404 (a typo in its path) is said to be likely wrong, and nothing else is hinted', async (t) => {
  const server = await serve();
  try {
    const { code, stdout } = await runCli(['--endpoint', `${server.url}a`, '--header', `Authorization: Bearer ${server.session.token}`]);
    t.diagnostic(summary(stdout));
    assert.equal(code, 1);
    const hints = stdout.split('\n').filter((line) => line.startsWith('hint:'));
    assert.deepEqual(hints, [
      `hint: every request was answered 404, as for a path the server does not know: is ${server.url}a the URL the elements are configured with (the provider's endpoint)?`,
    ]);
  } finally {
    await server.close();
  }
});

test('an endpoint nothing answers at (a server not running) is said so, once, and nothing else is hinted', async (t) => {
  // A port that was just free: nothing listens on it.
  const server = await serve();
  await server.close();
  const { code, stdout } = await runCli(['--endpoint', server.url, '--header', 'Authorization: Bearer x', '--csrf-header', 'X-CSRF-Token', '--csrf', 'y']);
  t.diagnostic(summary(stdout));
  assert.equal(code, 1);
  assert.equal(lines(stdout, 'PASS').length, 0);
  const hints = stdout.split('\n').filter((line) => line.startsWith('hint:'));
  assert.deepEqual(hints, [`hint: no request got an answer (ECONNREFUSED): is the server at ${new URL(server.url).origin} running, and reachable from here?`]);
});

test('an endpoint on a port fetch refuses is said so, not as a server that is not running', async (t) => {
  const { code, stdout } = await runCli(['--endpoint', 'http://127.0.0.1:6000/api/mfa', '--header', 'Authorization: Bearer x']);
  t.diagnostic(summary(stdout));
  assert.equal(code, 1);
  assert.equal(lines(stdout, 'PASS').length, 0);
  const hints = stdout.split('\n').filter((line) => line.startsWith('hint:'));
  assert.deepEqual(hints, [
    'hint: no request was sent: port 6000 is one that fetch refuses (as browsers do), so the elements could not reach an endpoint there either; serve it on another port',
  ]);
});

test('without --csrf a change without the CSRF header is still checked; the wrong-token checks are skipped, and the changes are refused as 403 csrf', async () => {
  const server = await serve();
  try {
    const { code, stdout } = await runCli(bearer(server));
    assert.equal(code, 1, stdout);
    assert.ok(lines(stdout, 'PASS').includes(OMIT_CHECK), stdout);
    assert.ok(lines(stdout, 'SKIP').includes('a change with a wrong CSRF token answers 403 forbidden/csrf, on each of the 12 change routes'), stdout);
    assert.match(stdout, /answered 403, expected 400 \(forbidden\/csrf/);
    assert.match(stdout, /^hint: the endpoint refused changes for their CSRF token: pass --csrf-header and --csrf/m);
  } finally {
    await server.close();
  }
});

test('without --csrf, an endpoint that lets a change without the CSRF header through fails, naming the rule', async (t) => {
  const server = await serve({ request: withCsrfAdded((request) => !request.headers.has('x-csrf-token')) });
  try {
    const { code, stdout } = await runCli(bearer(server));
    t.diagnostic(summary(stdout));
    assert.equal(code, 1, stdout);
    assert.ok(lines(stdout, 'FAIL').includes(OMIT_CHECK), stdout);
    assert.match(stdout, /^ +- the protocol makes the CSRF header mandatory on every request but GET \("Sessions and CSRF"\)/m);
    assert.match(stdout, /^ +- PUT \/settings\/default-method, without the CSRF header answered 400, expected 403/m);
  } finally {
    await server.close();
  }
});

/** Starts the reference's hourly number of set-ups as the signed-in user, as earlier runs would have. */
async function useUpEnrollmentStarts(endpoint, session) {
  const headers = { authorization: `Bearer ${session.token}`, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
  for (let i = 1; i <= 100; i++) {
    const body = JSON.stringify({ kind: 'totp', name: `earlier run ${i}` });
    const response = await endpoint.handle(new Request(`http://127.0.0.1${BASE}/authenticators/enrollments`, { method: 'POST', headers, body }));
    if (response.status === 429) return;
    assert.equal(response.status, 201);
  }
  assert.fail('100 starts in a row, none refused');
}

test('an enrollment start refused by the endpoint\'s own limit (429 with Retry-After) skips its check, with the wait', async (t) => {
  const { code, stdout } = await against({}, undefined, useUpEnrollmentStarts);
  t.diagnostic(summary(stdout));
  assert.equal(code, 0, stdout);
  assert.deepEqual(lines(stdout, 'FAIL'), [], stdout);
  // The set-ups, a code app's, its replay, one whose tries run out and a push app's, those (of both kinds) the other user must not reach, and the app renamed.
  const skipped = lines(stdout, 'SKIP');
  assert.deepEqual(
    skipped,
    [TOTP_CHECK, REPLAY_CHECK, TRIES_CHECK, PUSH_CHECK, OTHER_ENROLLMENT_CHECK, OTHER_ENROLLMENT_KEY_CHECK, OTHER_PUSH_ENROLLMENT_CHECK, OTHER_PUSH_ENROLLMENT_KEY_CHECK, OTHER_AUTHENTICATOR_CHECK, RENAME_CHECK],
    stdout,
  );
  assert.match(stdout, /POST \/authenticators\/enrollments answered 429 rate-limited: this user may not do it again for \d+ s; rerun then/);
});

test('a 429 without Retry-After still fails the check', async (t) => {
  const { code, stdout } = await against(
    { response: (_request, response) => (response.status === 429 ? new Response(response.body, { status: 429, headers: { 'content-type': 'application/json' } }) : response) },
    undefined,
    useUpEnrollmentStarts,
  );
  t.diagnostic(summary(stdout));
  assert.equal(code, 1, stdout);
  const failed = lines(stdout, 'FAIL');
  assert.ok(failed.some((name) => name.startsWith('an authenticator enrollment starts')), stdout);
  assert.match(stdout, /429 header Retry-After is missing/);
});

/** The enrollment start's 429 with its Retry-After header set to `value`, the body as it was. */
const retryAfterHeader = (value) => ({
  response: (_request, response) => {
    if (response.status !== 429) return response;
    const headers = new Headers(response.headers);
    headers.set('retry-after', value(headers.get('retry-after')));
    return new Response(response.body, { status: 429, headers });
  },
});

for (const [kind, value, said] of [
  ['another wait than error.retryAfter', (seconds) => String(Number(seconds) + 60), /429 header Retry-After is \d+, but error\.retryAfter is \d+: they are the same wait/],
  ['an HTTP date', () => new Date(Date.now() + 3_600_000).toUTCString(), /429 header Retry-After is "[A-Z][a-z]{2}, .+ GMT", not a whole number of seconds/],
]) {
  test(`a 429 whose Retry-After is ${kind} fails the check`, async (t) => {
    const { code, stdout } = await against(retryAfterHeader(value), undefined, useUpEnrollmentStarts);
    t.diagnostic(summary(stdout));
    assert.equal(code, 1, stdout);
    assert.ok(lines(stdout, 'FAIL').some((name) => name.startsWith('an authenticator enrollment starts')), stdout);
    assert.match(stdout, said);
  });
}

/** For the variant without unique names: each app password name sent gets a number of its own. */
let renamed = 0;

/**
 * A request hook for an endpoint without the rule on renamed apps' names: a rename to a name that
 * one of `taken(endpoint)` has (in any letter case) is answered 200, the app as listed under the
 * name sent, and renames nothing.
 */
function renamedDespite(taken) {
  return async (request, session, _stale, { endpoint }) => {
    const id = new URL(request.url).pathname.match(/\/authenticators\/([^/]+)$/)?.[1];
    if (request.method !== 'PATCH' || !id) return request;
    const { name } = await request.clone().json();
    if (!taken(endpoint).some((item) => item.name.toLowerCase() === name.toLowerCase())) return request;
    const list = await endpoint.handle(new Request(new URL('../authenticators', request.url), { headers: { authorization: `Bearer ${session.token}` } }));
    const app = (await list.json()).items.find((item) => item.id === decodeURIComponent(id));
    return new Response(JSON.stringify({ ...app, name }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

/**
 * A request rewrite that adds the session's right CSRF token to the requests `which` picks: an
 * endpoint that checks CSRF on the others only.
 */
function withCsrfAdded(which) {
  return (request, session) => {
    if (!which(request)) return request;
    const headers = new Headers(request.headers);
    headers.set('x-csrf-token', session.csrfToken);
    return new Request(request, { headers });
  };
}

/** A request rewrite that sends the `text/plain` bodies of the requests `which` picks as JSON. */
function takenAsJson(which) {
  return (request) => {
    if (!which(request) || !request.headers.get('content-type')?.startsWith('text/plain')) return request;
    const headers = new Headers(request.headers);
    headers.set('content-type', 'application/json');
    return new Request(request, { headers });
  };
}

/** A request rewrite that reads the bodies of `type` as a form's fields and sends them on as JSON. */
function formTakenAsJson(type, fields) {
  return async (request) => {
    if (!request.headers.get('content-type')?.startsWith(type)) return request;
    const headers = new Headers(request.headers);
    headers.set('content-type', 'application/json');
    return new Request(request.url, { method: request.method, headers, body: JSON.stringify(await fields(request)) });
  };
}

const TOTP_CHECK =
  'an authenticator enrollment starts (201) with a code-app set-up the elements accept, reads back (200) waiting 10 minutes from the read, refuses a malformed code (400) and a wrong one (422 invalid-code, attemptsLeft counting down), and cancels (204)';
const TRIES_CHECK =
  'an authenticator enrollment takes at most 5 wrong codes (422 invalid-code, attemptsLeft counting down), then refuses codes (410 expired or 429), the right one too, and cancels (204)';
const ADMIN_CHECK =
  "an administrator's action (POST /admin/actions, naming users that do not exist) answers 403 forbidden/not-admin to each user given who is not an administrator (GET /settings: user.isAdmin false); with --allow-writes, to one who is, for 100 users of 128 characters (the elements' largest body), 200 with each failed/not-found";
const BODY_CHECK = 'a body of 8 MiB (POST /app-passwords), with its Content-Length and in chunks without one, is refused for its size: 400 validation (body/too-long)';
/** A variant's request hook: a change whose body is larger than `bytes` is refused for its size, as an endpoint with that bound refuses it. */
const boundedAt = (bytes, answer = () => Response.json({ error: { code: 'validation', message: 'Too long.', fieldErrors: [{ field: 'body', reason: 'too-long' }] } }, { status: 400 })) => ({
  request: (request) => (request.method !== 'GET' && Number(request.headers.get('content-length') ?? 0) > bytes ? answer() : request),
});
const PHONE_START_CHECK =
  'a phone verification to the test phone starts (201) with a PhoneChallenge for an empty slot the policy allows, its number masked; one code is sent';
const PHONE_RESEND_CHECK = 'a new code for that slot within 30 s, by starting again or by a resend, answers 429 rate-limited, and none is sent';
const PHONE_TRIES_CHECK =
  'a phone verification takes at most 5 wrong codes (422 invalid-code, attemptsLeft counting down), then refuses codes (410 expired or 429)';
/** The checks on the test phone's verification, in the order they run (the other user's is among OTHER_CHECKS). */
const PHONE_CHECKS = [PHONE_START_CHECK, PHONE_RESEND_CHECK, PHONE_TRIES_CHECK];
const PUSH_CHECK =
  'an authenticator enrollment for a push app, where the policy allows one, starts (201) with a set-up the elements accept, reads back (200) with its expiry as it started, and cancels (204)';

/** A response rewrite of the set-up a started enrollment of `kind` answers. */
function startedSetup(kind, rewrite) {
  return async (request, response) => {
    if (request.method !== 'POST' || response.status !== 201 || !new URL(request.url).pathname.endsWith('/authenticators/enrollments')) return response;
    const body = await response.json();
    if (body[kind]) rewrite(body[kind]);
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
}

/**
 * A response rewrite: reading back an enrollment of `kind` answers the `expiresAt` that `expiry`
 * makes of the one its start answered and the one the endpoint read answers.
 */
function expiryOnRead(kind, expiry) {
  const started = new Map();
  return {
    async response(request, response) {
      const path = new URL(request.url).pathname;
      if (request.method === 'POST' && response.status === 201 && path.endsWith('/authenticators/enrollments')) {
        const body = await response.clone().json();
        if (body.kind === kind) started.set(body.enrollmentId, body.expiresAt);
        return response;
      }
      const first = request.method === 'GET' && response.status === 200 && started.get(path.split('/').at(-1));
      if (!first) return response;
      const body = await response.json();
      return new Response(JSON.stringify({ ...body, expiresAt: expiry(first, body.expiresAt) }), { status: 200, headers: response.headers });
    },
  };
}

/** A response rewrite: reading a code-app enrollment back answers what `extra` takes from its set-up, too. */
function secretOnRead(extra) {
  const setups = new Map();
  return {
    async response(request, response) {
      const path = new URL(request.url).pathname;
      if (request.method === 'POST' && response.status === 201 && path.endsWith('/authenticators/enrollments')) {
        const body = await response.clone().json();
        if (body.totp) setups.set(body.enrollmentId, body.totp);
        return response;
      }
      const setup = request.method === 'GET' && response.status === 200 && setups.get(path.split('/').at(-1));
      if (!setup) return response;
      const body = { ...(await response.json()), ...extra(setup) };
      return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
    },
  };
}

const STALE_CHECK =
  'with a sign-in too old for changes, each change answers 401 reauth-required (11 routes), but cancelling an enrollment needs none, and reads still answer';

const UNKNOWN_PATH_CHECK = 'an unknown path answers 404 not-found, an ErrorBody in application/json';
const WRONG_METHOD_CHECK =
  'a method a route does not take (POST /settings) answers 405 with an Allow header that names GET, an ErrorBody (not-found) in application/json';
const MESSAGE_CHECK =
  'an error answer carries no phone number or code sent: a phone verification started with a number too short to reach (400 validation, field number), and codes, well-formed and too long, for an unknown phone verification and an unknown enrollment';

/**
 * A response rewrite: each 400 of a POST whose path ends with `ending` says in its message what
 * `say` makes of the number or code the request sent.
 */
function messageEchoes(ending, say, status = 400) {
  const picked = (request) => request.method === 'POST' && new URL(request.url).pathname.endsWith(ending);
  const sent = new WeakMap();
  return {
    async request(request) {
      if (picked(request)) sent.set(request, await request.clone().json().catch(() => ({})));
      return request;
    },
    async response(request, response) {
      const input = sent.get(request)?.number ?? sent.get(request)?.code;
      if (response.status !== status || typeof input !== 'string') return response;
      const body = await response.json();
      body.error.message = say(input);
      return new Response(JSON.stringify(body), { status, headers: response.headers });
    },
  };
}

/**
 * A variant that counts the first user's wrong enrollment codes itself and never tells the
 * reference of them: it answers each with 422 invalid-code, attemptsLeft counting down to 0, and,
 * when `limited`, with 410 expired once none is left. Only wrong codes: a right one goes on to the
 * reference, which has counted no try and activates the set-up.
 */
function ownCountOfTries({ limited }) {
  const wrong = new Map();
  const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' };
  return {
    async request(request, session, _stale, { endpoint }) {
      const path = new URL(request.url).pathname;
      if (request.method !== 'POST' || !path.endsWith('/verify') || request.headers.get('authorization') !== `Bearer ${session.token}`) return request;
      const id = decodeURIComponent(path.split('/').at(-2));
      const record = endpoint.control.enrollmentRecord(id);
      const { code } = await request.clone().json();
      const setup = { secret: record?.secret ?? '', algorithm: 'SHA1', digits: 6, period: 30 };
      if (!setup.secret || !/^[0-9]{4,10}$/.test(code) || totpCodesAround(setup, endpoint.control.now() / 1000).has(code)) return request;
      const count = (wrong.get(id) ?? 0) + 1;
      wrong.set(id, count);
      if (limited && count > 5) return new Response(JSON.stringify({ error: { code: 'expired', message: 'No more tries.' } }), { status: 410, headers });
      const body = { error: { code: 'invalid-code', message: 'The code is not correct.', attemptsLeft: Math.max(0, 5 - count) } };
      return new Response(JSON.stringify(body), { status: 422, headers });
    },
  };
}

/**
 * Broken variants: what each breaks, the checks that must fail because of it (and any that must
 * still pass, to show which check sees it), and what the output must say.
 */
const VARIANTS = [
  {
    name: 'renames a field of GET /settings (defaultMethod → default_method)',
    broken: {
      async response(request, response) {
        if (request.method !== 'GET' || !new URL(request.url).pathname.endsWith('/settings')) return response;
        const body = await response.json();
        body.default_method = body.defaultMethod;
        delete body.defaultMethod;
        return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
      },
    },
    failing: ['GET /settings answers 200 with a SettingsSummary'],
  },
  {
    name: 'shows a phone number in GET /settings unmasked but for a digit',
    broken: answerOf('/settings', (body) => (body.phones[0].maskedNumber = '+1 425 555 •167')),
    failing: ['GET /settings shows every phone number masked: no more digits than a country code and the last two'],
    said: [/^ +- GET \/settings phones\[slot=\w+\]\.maskedNumber shows more than the country code and the last two digits/m],
  },
  ...['+1 ••• ••• 0167', '+1425•••••67', '+1 ••• 6•• ••67'].map((masked) => ({
    name: `masks a phone number in GET /settings as ${masked}`,
    broken: answerOf('/settings', (body) => (body.phones[0].maskedNumber = masked)),
    failing: ['GET /settings shows every phone number masked: no more digits than a country code and the last two'],
    said: [/^ +- GET \/settings phones\[slot=\w+\]\.maskedNumber shows more than the country code and the last two digits \("Security notes"\)$/m],
  })),
  {
    name: 'drops the error body (empty 4xx answers)',
    broken: {
      response: (_request, response) => (response.status >= 400 ? new Response(null, { status: response.status, headers: response.headers }) : response),
    },
    failing: [
      'GET an unknown enrollment answers 404 not-found',
      'without credentials, GET /settings answers 401 unauthenticated',
      'PUT /settings/default-method with an unknown method answers 400 validation (field method)',
      'a change without the CSRF header answers 403 forbidden/csrf, on each of the 12 change routes',
      FORM_CHECK,
    ],
  },
  {
    name: 'answers 422 instead of 400 for an invalid body',
    broken: {
      response: (_request, response) => (response.status === 400 ? new Response(response.body, { status: 422, headers: response.headers }) : response),
    },
    failing: ['PUT /settings/default-method with an unknown method answers 400 validation (field method)'],
  },
  {
    name: 'does not check CSRF (adds the right token to every request)',
    broken: { request: withCsrfAdded(() => true) },
    failing: [
      'a change without the CSRF header answers 403 forbidden/csrf, on each of the 12 change routes',
      'a change with a wrong CSRF token answers 403 forbidden/csrf, on each of the 12 change routes',
    ],
  },
  {
    name: 'checks CSRF on PUT alone (adds the right token to every POST, PATCH and DELETE)',
    broken: { request: withCsrfAdded((request) => request.method !== 'PUT') },
    failing: [
      'a change without the CSRF header answers 403 forbidden/csrf, on each of the 12 change routes',
      'a change with a wrong CSRF token answers 403 forbidden/csrf, on each of the 12 change routes',
    ],
  },
  {
    name: 'checks CSRF on every change but removing a phone',
    broken: { request: withCsrfAdded((request) => request.method === 'DELETE' && /\/phones\/[^/]+$/.test(new URL(request.url).pathname)) },
    failing: ['removing a phone from a slot the user has empty, without the CSRF header or with a wrong token, answers 403 forbidden/csrf'],
    // Each of the check's two requests says which it is.
    said: [/^ +- DELETE \/phones\/\w+, without the CSRF header answered 404, expected 403/m, /^ +- DELETE \/phones\/\w+, with a wrong CSRF token answered 404, expected 403/m],
  },
  {
    name: "takes the CSRF token of the user's other session (any session's token)",
    broken: {
      request(request, session, stale) {
        if (request.headers.get('x-csrf-token') !== stale.csrfToken || request.headers.get('authorization') !== `Bearer ${session.token}`) return request;
        const headers = new Headers(request.headers);
        headers.set('x-csrf-token', session.csrfToken);
        return new Request(request, { headers });
      },
    },
    failing: [OTHER_SESSION_CHECK],
    said: [/^ +- a CSRF token is the session's own/m, /^ +- PUT \/settings\/default-method, with the other session's CSRF token answered 400, expected 403/m],
  },
  {
    name: 'checks only the CSRF token\'s length',
    broken: {
      request(request, session) {
        if (request.headers.get('x-csrf-token')?.length !== session.csrfToken.length) return request;
        const headers = new Headers(request.headers);
        headers.set('x-csrf-token', session.csrfToken);
        return new Request(request, { headers });
      },
    },
    failing: ['a change with a wrong CSRF token answers 403 forbidden/csrf, on each of the 12 change routes'],
  },
  {
    name: 'looks an id up before the CSRF token (404 for an unknown id)',
    broken: {
      async response(request, response) {
        if (response.status !== 403 || !request.url.includes('mfa_contract_unknown')) return response;
        return new Response(JSON.stringify({ error: { code: 'not-found', message: 'No such item.' } }), { status: 404, headers: response.headers });
      },
    },
    failing: [
      'a change without the CSRF header answers 403 forbidden/csrf, on each of the 12 change routes',
      'a change with a wrong CSRF token answers 403 forbidden/csrf, on each of the 12 change routes',
    ],
    said: [/^hint: the endpoint answered for what a request named \(its body, an id\) before it checked, or without checking, the CSRF token/m],
  },
  {
    name: 'takes changes from a sign-in of any age (the old session is taken for the fresh one)',
    broken: {
      request(request, session, stale) {
        if (request.headers.get('authorization') !== `Bearer ${stale.token}`) return request;
        const headers = new Headers(request.headers);
        headers.set('authorization', `Bearer ${session.token}`);
        headers.set('x-csrf-token', session.csrfToken);
        return new Request(request, { headers });
      },
    },
    failing: [STALE_CHECK],
    said: [/^ +- PUT \/settings\/default-method, with the old sign-in answered 400, expected 401 reauth-required/m],
  },
  {
    name: 'asks for a recent sign-in to cancel a set-up',
    broken: {
      async response(request, response, stale) {
        const old = request.headers.get('authorization') === `Bearer ${stale.token}`;
        if (!old || request.method !== 'DELETE' || !new URL(request.url).pathname.includes('/authenticators/enrollments/')) return response;
        return new Response(JSON.stringify({ error: { code: 'reauth-required', message: 'Sign in again.' } }), { status: 401, headers: response.headers });
      },
    },
    failing: [STALE_CHECK],
    said: [/cancelling a set-up needs no recent sign-in/],
  },
  {
    name: 'takes a body in any type (text/plain read as JSON)',
    broken: { request: takenAsJson(() => true) },
    failing: [FORM_CHECK],
    said: [/^ +- PATCH \/authenticators\/\w+, as text\/plain answered 404, expected 400/m],
  },
  {
    name: 'takes a form body (application/x-www-form-urlencoded read as its fields)',
    broken: { request: formTakenAsJson('application/x-www-form-urlencoded', async (request) => Object.fromEntries(new URLSearchParams(await request.text()))) },
    failing: [FORM_CHECK],
    said: [/^ +- PATCH \/authenticators\/\w+, as application\/x-www-form-urlencoded answered 404, expected 400/m, /^hint: the endpoint answered for what a request named/m],
  },
  {
    name: 'takes a multipart/form-data body, read as its fields',
    broken: { request: formTakenAsJson('multipart/form-data', async (request) => Object.fromEntries(await request.formData())) },
    failing: [FORM_CHECK],
    said: [/^ +- PATCH \/authenticators\/\w+, as multipart\/form-data answered 404, expected 400/m],
  },
  {
    name: 'takes a body in any type on every route but PUT /settings/default-method',
    broken: { request: takenAsJson((request) => request.method !== 'PUT') },
    failing: [FORM_CHECK],
  },
  ...[
    ['takes a wrong enrollment code for a malformed one (400)', (body) => [400, { error: { code: 'validation', message: body.error.message, fieldErrors: [{ field: 'code', reason: 'invalid' }] } }]],
    ['does not count wrong enrollment codes (attemptsLeft stays)', (body) => [422, { error: { ...body.error, attemptsLeft: 5 } }]],
    ['puts the wrong code in the message', (body, code) => [422, { error: { ...body.error, message: `The code ${code} is wrong.` } }]],
  ].map(([name, rewrite]) => {
    let sent;
    return {
      name,
      broken: {
        async request(request) {
          if (request.method === 'POST' && request.url.endsWith('/verify')) sent = (await request.clone().json()).code;
          return request;
        },
        async response(request, response) {
          if (response.status !== 422 || !request.url.endsWith('/verify')) return response;
          const [status, body] = rewrite(await response.json(), sent);
          return new Response(JSON.stringify(body), { status, headers: response.headers });
        },
      },
      failing: [TOTP_CHECK],
    };
  }),
  {
    name: 'answers an unknown path with an HTML page (a web server\'s own 404)',
    broken: {
      async response(_request, response) {
        if (response.status !== 404 || (await response.clone().json()).error.message !== 'No such route.') return response;
        return new Response('<!doctype html><title>Not Found</title><h1>Not Found</h1>', { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' } });
      },
    },
    failing: [UNKNOWN_PATH_CHECK],
    said: [
      /^ +- GET \/mfa_contract_unknown_0000: 404 content-type is "text\/html; charset=utf-8", not application\/json$/m,
      /^ +- the route is checked first: 404 not-found for an unknown path, 405 with Allow for a method the route does not take \("The order of checks"\)/m,
    ],
  },
  {
    name: 'answers a method a route does not take with 405 but no Allow header',
    broken: {
      response(_request, response) {
        if (response.status !== 405) return response;
        const headers = new Headers(response.headers);
        headers.delete('allow');
        return new Response(response.body, { status: 405, headers });
      },
    },
    failing: [WRONG_METHOD_CHECK],
    said: [/^ +- POST \/settings answered 405 without an Allow header$/m],
  },
  {
    name: 'answers a method a route does not take with 404 not-found, as for an unknown path',
    broken: {
      response: (_request, response) =>
        response.status === 405 ? new Response(JSON.stringify({ error: { code: 'not-found', message: 'No such route.' } }), { status: 404, headers: { 'content-type': 'application/json' } }) : response,
    },
    failing: [WRONG_METHOD_CHECK],
    said: [/^ +- POST \/settings answered 404, expected 405 \(not-found: No such route\.\)$/m, /^ +- the route is checked first: .*405 with Allow for a method the route does not take/m],
  },
  {
    name: 'puts the phone number sent in the message of its refusal, as it formats numbers (+1 555-0199)',
    broken: messageEchoes('/verifications', (number) => `The number ${number.replace(/^\+1(\d{3})(\d+)$/, '+1 $1-$2')} is too short.`),
    failing: [MESSAGE_CHECK],
    said: [/^ +- POST \/phones\/mobile\/verifications: error\.message carries the phone number sent: the message is for developers and never contains a phone number, a code or a secret \("Errors"\)$/m],
  },
  {
    name: "puts a code too long for the schema in its refusal's message",
    broken: messageEchoes('/verify', (code) => `"${code}" does not match ^[0-9]{4,10}$.`),
    failing: [MESSAGE_CHECK],
    said: [/^ +- POST \/authenticators\/enrollments\/\w+\/verify: error\.message carries the code sent \(11 digits\): the message is for developers/m],
  },
  {
    name: 'never stops taking wrong enrollment codes (attemptsLeft down to 0, then 422 again)',
    broken: ownCountOfTries({ limited: false }),
    failing: [TRIES_CHECK],
    said: [
      /^ +- 6 wrong codes in a row each answered 422 invalid-code: a set-up takes 5 wrong codes, then answers 410 expired to every code \(verifyEnrollment\), so a code cannot be guessed/m,
      /^ +- POST \/authenticators\/enrollments\/\w+\/verify answered 422 invalid-code after a wrong code said no tries were left/m,
    ],
    cleanedUp: true,
  },
  {
    name: 'refuses wrong enrollment codes once the tries are used up, but still takes the right one',
    broken: ownCountOfTries({ limited: true }),
    failing: [TRIES_CHECK],
    said: [/^ +- POST \/authenticators\/enrollments\/\w+\/verify with the right code answered 200 after the wrong ones were refused \(POST \/authenticators\/enrollments\/\w+\/verify answered 410\): the set-up was activated/m],
    cleanedUp: true,
  },
  {
    // The schema's pattern (`^otpauth://totp/`) takes it; the element refuses the set-up.
    name: "writes a space in the otpauth URI's issuer as + (Contoso+Portal, as Java's URLEncoder writes it)",
    broken: { response: startedSetup('totp', (totp) => (totp.otpauthUri = totp.otpauthUri.replaceAll('%20', '+'))) },
    failing: [TOTP_CHECK],
    said: [
      /^ +- POST \/authenticators\/enrollments is refused by <mfa-authenticator-enroll>, which cancels the set-up, so no code app can be added: totp\.otpauthUri breaks rule setup-mismatch: the URI must say what the set-up's own fields say: the URI's issuer is "Contoso\+Portal", the issuer field "Contoso Portal"; a URI reads \+ as a plus sign, so a space is written %20/m,
    ],
  },
  {
    name: 'writes the issuer parameter of the otpauth URI otherwise than its label',
    broken: { response: startedSetup('totp', (totp) => (totp.otpauthUri = totp.otpauthUri.replace('issuer=Contoso%20Portal', 'issuer=Contoso'))) },
    failing: [TOTP_CHECK],
    said: [/totp\.otpauthUri breaks rule issuer-mismatch: the label's issuer and the issuer parameter must be the same once decoded$/m],
  },
  {
    name: 'answers a push set-up whose QR code would encode nothing',
    broken: { response: startedSetup('push', (push) => (push.qrPayload = '')) },
    failing: [PUSH_CHECK],
    said: [/so no push app can be added: push needs an activationCode of 4 to 64 letters, digits and hyphens, an https: activationUrl and a qrPayload that is not empty$/m],
  },
  {
    name: 'sends the full phone number beside the masked one in GET /settings (phones[].number)',
    broken: answerOf('/settings', (body) => (body.phones[0].number = '+14255550167')),
    failing: ['GET /settings answers 200 with a SettingsSummary'],
    noneSkipped: true,
    said: [/^ +- GET \/settings: getSettings 200 #\/phones\/0\/number: a field protocol [\d.]+ does not name, which looks like a secret or a full phone number: .*\("Security notes"\); send no such field$/m],
  },
  {
    // Protocol 1.2's rule: the page's reads do not keep it, and it times out while the user adds the key.
    name: "ends a code app's set-up 10 minutes after its start, read or not",
    broken: expiryOnRead('totp', (first) => first),
    failing: [TOTP_CHECK],
    said: [/^ +- GET \/authenticators\/enrollments\/\w+ \d+\.\d s after the start answered expiresAt \S+, where the start answered \S+: a code app's set-up read while it waits waits 10 minutes from the read/m],
    cleanedUp: true,
  },
  {
    name: "keeps a code app's set-up for hours at each read",
    broken: expiryOnRead('totp', (_first, read) => new Date(Date.parse(read) + 3 * 3_600_000).toISOString()),
    failing: [TOTP_CHECK],
    said: [/^ +- GET \/authenticators\/enrollments\/\w+ moved expiresAt on by 108\d\d s, \d+ s after the start: a read keeps a code app's set-up waiting 10 minutes from the read, no longer/m],
    cleanedUp: true,
  },

  {
    name: "moves a push app's activation on at each read, so a code on a screen left open stays good",
    broken: expiryOnRead('push', (_first, read) => new Date(Date.parse(read) + 600_000).toISOString()),
    failing: [PUSH_CHECK],
    said: [/^ +- GET \/authenticators\/enrollments\/\w+ moved expiresAt from \S+ to \S+: a push app's activation ends 10 minutes after its start, read or not/m],
    cleanedUp: true,
  },
  {
    name: "sends a started set-up's otpauth URI again when the enrollment is read (otpauthUri)",
    broken: secretOnRead((totp) => ({ otpauthUri: totp.otpauthUri })),
    failing: [TOTP_CHECK],
    said: [
      /^ +- GET \/authenticators\/enrollments\/\w+: getEnrollment 200 #\/otpauthUri: a field protocol [\d.]+ does not name, which looks like a secret/m,
      /^ +- GET \/authenticators\/enrollments\/\w+ carries the TOTP secret that POST \/authenticators\/enrollments handed out earlier in this run: a secret is sent once, .*\("Security notes"\)$/m,
    ],
  },
  {
    name: "sends a started set-up's TOTP secret again when the enrollment is read, under a name that says nothing (setupKey)",
    broken: secretOnRead((totp) => ({ setupKey: totp.secret })),
    failing: [TOTP_CHECK],
    said: [/^ +- GET \/authenticators\/enrollments\/\w+ carries the TOTP secret that POST \/authenticators\/enrollments handed out earlier/m],
  },
  {
    name: 'ignores Idempotency-Key (a replay is taken for a new request)',
    broken: {
      request(request) {
        const headers = new Headers(request.headers);
        headers.delete('idempotency-key');
        return new Request(request, { headers });
      },
    },
    failing: [
      'the same POST with the same Idempotency-Key replays the answer and creates nothing',
      'the same Idempotency-Key with another body answers 409 conflict/idempotency-key-reused',
      'the same Idempotency-Key after the app password is revoked answers 409 conflict/secret-gone',
      'POST /app-passwords sent three times together with one Idempotency-Key creates one',
    ],
  },
  {
    name: 'ignores Idempotency-Key on starting an enrollment (a replay starts a second set-up)',
    broken: {
      request(request) {
        if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/authenticators/enrollments')) return request;
        const headers = new Headers(request.headers);
        headers.delete('idempotency-key');
        return new Request(request, { headers });
      },
    },
    failing: [REPLAY_CHECK],
    said: [
      /^ +- POST \/authenticators\/enrollments with the same Idempotency-Key started a second enrollment: a retry with the same Idempotency-Key gets the first answer again while the enrollment is pending, then 409 secret-gone \("Security notes"\)$/m,
    ],
  },
  {
    name: "replays a started enrollment's set-up after it is cancelled",
    broken: (() => {
      const answers = new Map();
      return {
        async response(request, response) {
          const key = request.headers.get('idempotency-key');
          if (request.method !== 'POST' || !key || !new URL(request.url).pathname.endsWith('/authenticators/enrollments')) return response;
          if (response.status === 201) answers.set(key, await response.clone().text());
          else if (response.status === 409 && answers.has(key)) return new Response(answers.get(key), { status: 201, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
          return response;
        },
      };
    })(),
    failing: [REPLAY_CHECK],
    said: [/^ +- after the enrollment was cancelled: a retry with the same Idempotency-Key gets/m, /after the enrollment was cancelled still carries its TOTP secret$/m],
  },
  {
    name: 'lets two app passwords have the same name',
    broken: {
      // The name sent is made unique on the way in, as an endpoint without the rule would take it.
      async request(request) {
        if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/app-passwords')) return request;
        const body = await request.json();
        return new Request(request, { body: JSON.stringify({ ...body, name: `${body.name} ${++renamed}` }) });
      },
    },
    failing: ['POST /app-passwords with a name taken (in other letter case) answers 409 conflict/duplicate-name'],
  },
  {
    name: 'takes a name with nothing to see',
    broken: {
      // A name of format characters alone reaches the store as a visible one would, as an endpoint
      // that checks only the length would take it.
      async request(request) {
        if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/app-passwords')) return request;
        const body = await request.json();
        const name = /[\p{L}\p{N}\p{P}\p{S}]/u.test(body.name) ? body.name : `mfa-contract blank ${++renamed}`;
        return new Request(request, { body: JSON.stringify({ ...body, name }) });
      },
    },
    failing: ['POST /app-passwords with a name of zero-width spaces alone answers 400 validation (name/invalid)'],
  },
  {
    name: "lets an app be renamed to another app's name",
    broken: { request: renamedDespite((endpoint) => endpoint.control.userRecord('adele').authenticators) },
    failing: [RENAME_CHECK],
    cleanedUp: true,
    said: [/^ +- PATCH \/authenticators\/\w+ renamed an app to "WORK PHONE", another app's name \("Work phone"\): names are unique among/m],
  },
  {
    // An endpoint built to protocol 1.3.0, which asked names unique among the apps alone.
    name: 'lets an app be renamed to the name of a set-up still waiting',
    broken: { request: renamedDespite((endpoint) => endpoint.control.pendingEnrollments('adele')) },
    failing: [RENAME_CHECK],
    cleanedUp: true,
    said: [/^ +- PATCH \/authenticators\/auth_adele_phone renamed an app to "MFA-CONTRACT RENAME \d+", the name of a set-up still waiting \("mfa-contract rename \d+"\)/m],
  },
  {
    name: 'saves a rename to the name of a set-up still waiting, and answers 500',
    broken: (() => {
      // The requests whose rename went through, answered as a failure.
      const saved = new WeakSet();
      return {
        async request(request, _session, _stale, { endpoint }) {
          if (request.method !== 'PATCH' || !/\/authenticators\/[^/]+$/.test(new URL(request.url).pathname)) return request;
          const { name } = await request.clone().json();
          if (!endpoint.control.pendingEnrollments('adele').some((item) => item.name.toLowerCase() === name.toLowerCase())) return request;
          saved.add(request);
          return new Request(request, { body: JSON.stringify({ name: `${name} saved` }) });
        },
        response: (request, response) =>
          saved.has(request)
            ? new Response(JSON.stringify({ error: { code: 'server', message: 'The server failed.' } }), { status: 500, headers: { 'content-type': 'application/json' } })
            : response,
      };
    })(),
    failing: [RENAME_CHECK],
    cleanedUp: true,
    said: [/^ +- the user's own app was left named "MFA-CONTRACT RENAME \d+ saved"; the kit renamed it back to "Work phone"$/m],
    after: (endpoint) => assert.equal(endpoint.control.userRecord('adele').authenticators.find((item) => item.id === 'auth_adele_phone')?.name, 'Work phone'),
  },
  {
    name: 'takes an app renamed to a name with nothing to see',
    broken: {
      // As the app passwords' variant above, for a rename.
      async request(request) {
        if (request.method !== 'PATCH' || !/\/authenticators\/[^/]+$/.test(new URL(request.url).pathname)) return request;
        const body = await request.json();
        const name = /[\p{L}\p{N}\p{P}\p{S}]/u.test(body.name) ? body.name : `mfa-contract blank ${++renamed}`;
        return new Request(request, { body: JSON.stringify({ ...body, name }) });
      },
    },
    failing: [RENAME_CHECK],
    cleanedUp: true,
  },
  {
    name: "lists every user's app passwords to each (the first user's among the other user's)",
    broken: {
      async response(request, response, _stale, { other, endpoint, session }) {
        if (request.method !== 'GET' || response.status !== 200 || request.headers.get('authorization') !== `Bearer ${other.token}`) return response;
        if (!new URL(request.url).pathname.endsWith('/app-passwords')) return response;
        const body = await response.json();
        const first = await endpoint.handle(new Request(request.url, { headers: { authorization: `Bearer ${session.token}` } }));
        body.items.push(...(await first.json()).items);
        return new Response(JSON.stringify(body), { status: 200, headers: response.headers });
      },
    },
    failing: [OTHER_LISTS_CHECK, OTHER_APP_PASSWORD_CHECK],
    cleanedUp: true,
    said: [
      /^ +- GET \/app-passwords, as the other user lists 2 of the first user's 2 app passwords \(unless --other-header\/--other-cookie are the first user's too: give another user's\): every operation reads or changes the caller's own settings only \("Sessions and CSRF"\)/m,
      /^ +- GET \/app-passwords, as the other user lists the app password the first user just created .*: every operation reads or changes the caller's own settings only/m,
    ],
  },
  {
    name: "finds an app password by its id alone (the other user revokes the first user's)",
    broken: { request: byIdAlone('DELETE', /\/app-passwords\/([^/]+)$/, (endpoint) => endpoint.control.userRecord('adele').appPasswords.map((item) => item.id)) },
    failing: [OTHER_APP_PASSWORD_CHECK],
    cleanedUp: true,
    said: [
      /^ +- DELETE \/app-passwords\/\w+, as the other user answered 204, expected 404$/m,
      /^ +- DELETE \/app-passwords\/\w+, as the other user reached the first user's app password .*another user is answered 404 not-found, as one that does not exist, so that its existence is not revealed \(the document's NotFound answer\)$/m,
      /^ +- GET \/app-passwords no longer lists the first user's app password after the other user's requests$/m,
    ],
  },
  // Every set-up found by its id alone, then a push app's alone (its activation served apart, say):
  // the code app's check passes then, and the push app's fails.
  ...[
    ['GET', /^ +- GET \/authenticators\/enrollments\/\w+, as the other user answered 200, expected 404$/m],
    ['POST', /^ +- POST \/authenticators\/enrollments\/\w+\/verify, as the other user answered 422, expected 404 \(invalid-code/m, /^ +- POST \/authenticators\/enrollments\/\w+\/verify, as the other user answered 409, expected 404 \(conflict\/kind-mismatch/m],
    ['DELETE', /^ +- GET \/authenticators\/enrollments\/\w+ reads "cancelled" after the other user's requests, expected "pending": the first user's set-up was ended$/m],
  ].flatMap(([method, said, saidOfPush = said]) =>
    [undefined, 'push'].map((kind) => ({
      name: `finds ${kind ? "a push app's set-up" : 'an enrollment'} by its id alone (the other user's ${method} reaches the first user's)`,
      broken: {
        request: byIdAlone(method, /\/authenticators\/enrollments\/([^/]+)(?:\/verify)?$/, (endpoint) =>
          endpoint.control
            .pendingEnrollments('adele')
            .filter((item) => !kind || item.kind === kind)
            .map((item) => item.enrollmentId),
        ),
      },
      failing: kind ? [OTHER_PUSH_ENROLLMENT_CHECK] : [OTHER_ENROLLMENT_CHECK, OTHER_PUSH_ENROLLMENT_CHECK],
      passing: kind ? [OTHER_ENROLLMENT_CHECK] : [],
      cleanedUp: true,
      said: kind ? [saidOfPush] : [said, saidOfPush],
    })),
  ),
  {
    name: "finds an authenticator app by its id alone (the other user renames the first user's)",
    broken: { request: byIdAlone('PATCH', /\/authenticators\/([^/]+)$/, (endpoint) => endpoint.control.userRecord('adele').authenticators.map((item) => item.id)) },
    failing: [OTHER_AUTHENTICATOR_CHECK],
    cleanedUp: true,
    said: [
      /^ +- PATCH \/authenticators\/\w+, as the other user answered 200, expected 404$/m,
      /^ +- GET \/authenticators names the first user's authenticator app "mfa-contract other user app \d+ renamed" after the other user's requests, not "mfa-contract other user app \d+"$/m,
    ],
  },
  {
    name: "finds an authenticator app by its id alone (the other user deletes the first user's)",
    broken: { request: byIdAlone('DELETE', /\/authenticators\/([^/]+)$/, (endpoint) => endpoint.control.userRecord('adele').authenticators.map((item) => item.id)) },
    failing: [OTHER_AUTHENTICATOR_CHECK],
    cleanedUp: true,
    said: [
      /^ +- DELETE \/authenticators\/\w+, as the other user answered 204, expected 404$/m,
      /^ +- GET \/authenticators no longer lists the first user's authenticator app after the other user's requests$/m,
    ],
  },
  {
    name: 'answers the start of a push app\'s set-up with no push set-up in it',
    broken: {
      async response(request, response) {
        if (request.method !== 'POST' || response.status !== 201 || !new URL(request.url).pathname.endsWith('/authenticators/enrollments')) return response;
        const body = await response.json();
        delete body.push;
        return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
      },
    },
    failing: [PUSH_CHECK, OTHER_PUSH_ENROLLMENT_CHECK],
    cleanedUp: true,
  },
  {
    name: 'sends a new phone code at once, for the same slot (no 30 s between codes)',
    broken: {
      // The reference's clock moves past the wait before each of the test phone's codes.
      async request(request, session, _stale, { endpoint }) {
        const path = new URL(request.url).pathname;
        const sendsCode = path.endsWith('/resend') || (path.endsWith('/verifications') && (await request.clone().json().catch(() => ({}))).number === TEST_PHONE);
        if (request.method === 'POST' && sendsCode && request.headers.get('authorization') === `Bearer ${session.token}`) endpoint.control.advanceClock(31);
        return request;
      },
    },
    failing: [PHONE_RESEND_CHECK],
    cleanedUp: true,
    // The second start was let through: no resend is asked for after it.
    codes: 2,
    said: [/^ +- POST \/phones\/alternate\/verifications answered 201: a second code went to the test phone within 30 s of the first; no new code for the same slot sooner than 30 seconds/m],
  },
  {
    name: 'sends a new phone code at once by a resend (the 30 s kept for a new start alone)',
    broken: {
      async request(request, session, _stale, { endpoint }) {
        if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/resend') && request.headers.get('authorization') === `Bearer ${session.token}`) endpoint.control.advanceClock(31);
        return request;
      },
    },
    failing: [PHONE_RESEND_CHECK],
    cleanedUp: true,
    codes: 2,
    said: [/^ +- POST \/phones\/alternate\/verifications\/\w+\/resend answered 200: a second code went to the test phone within 30 s of the first/m],
  },
  {
    name: 'answers 410 expired to the first code of a phone verification just started',
    broken: {
      response: (request, response) =>
        request.method === 'POST' && new URL(request.url).pathname.endsWith('/confirm') && response.status === 422
          ? new Response(JSON.stringify({ error: { code: 'expired', message: 'Expired.' } }), { status: 410, headers: response.headers })
          : response,
    },
    failing: [PHONE_TRIES_CHECK],
    cleanedUp: true,
    codes: 1,
    said: [/^ +- POST \/phones\/alternate\/verifications\/\w+\/confirm answered 410 expired to the first code, though it had just started/m],
  },
  {
    name: "finds a phone verification by its id alone for a resend, and keeps the 30 s between codes by who asks (the other user's resend sends a code)",
    broken: (() => {
      const challenges = firstUsersChallenges();
      const byId = byIdAlone('POST', /\/phones\/\w+\/verifications\/([^/]+)\/resend$/, () => challenges.ids);
      return {
        request(request, session, stale, more) {
          const sent = byId(request, session, stale, more);
          // Served as the first user's, past the first user's wait: its own would have been the other user's.
          if (sent !== request) more.endpoint.control.advanceClock(31);
          return sent;
        },
        response: challenges.response,
      };
    })(),
    failing: [OTHER_PHONE_CHECK],
    cleanedUp: true,
    // The first, and the other user's resend: at most three go out, as the README says.
    codes: 2,
    said: [
      /^ +- POST \/phones\/alternate\/verifications\/\w+\/resend, as the other user answered 200, expected 404$/m,
      /^ +- POST \/phones\/alternate\/verifications\/\w+\/resend, as the other user reached the first user's phone verification/m,
    ],
  },
  {
    name: 'never stops taking wrong phone codes (attemptsLeft down to 0, then 422 again)',
    broken: {
      response: (request, response) =>
        request.method === 'POST' && new URL(request.url).pathname.endsWith('/confirm') && response.status === 410
          ? new Response(JSON.stringify({ error: { code: 'invalid-code', message: 'Wrong code.', attemptsLeft: 0 } }), { status: 422, headers: response.headers })
          : response,
    },
    failing: [PHONE_TRIES_CHECK],
    cleanedUp: true,
    codes: 1,
    said: [
      /^ +- 6 wrong codes in a row each answered 422 invalid-code: a phone verification takes 5 wrong codes, then answers 410 expired to every code \(confirmPhoneVerification\)/m,
      /^ +- POST \/phones\/alternate\/verifications\/\w+\/confirm answered 422 invalid-code after a wrong code said no tries were left/m,
    ],
  },
  {
    name: 'puts a wrong phone code in its refusal\'s message',
    broken: messageEchoes('/confirm', (code) => `${code} is not the code sent.`, 422),
    failing: [PHONE_TRIES_CHECK],
    cleanedUp: true,
    codes: 1,
    said: [/^ +- POST \/phones\/alternate\/verifications\/\w+\/confirm: error\.message carries the code sent: the message is for developers/m],
  },
  {
    name: 'takes any phone code (the test phone is saved, and the kit removes it again)',
    broken: {
      // Each of the first user's codes is swapped for the one the reference sent.
      async request(request, session, _stale, { endpoint }) {
        if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/confirm') || request.headers.get('authorization') !== `Bearer ${session.token}`) return request;
        return new Request(request, { body: JSON.stringify({ code: endpoint.control.lastCode('adele') }) });
      },
    },
    failing: [PHONE_TRIES_CHECK],
    cleanedUp: true,
    codes: 1,
    said: [/^ +- POST \/phones\/alternate\/verifications\/\w+\/confirm answered 200 to a code the kit made up, and saved the test phone \(removed again\): a made-up code is right once in 1,000,000 tries/m],
  },
  {
    name: 'takes any code for a set-up (its app is added, and the kit deletes it again)',
    broken: {
      // The codes for the set-up the tries check starts are swapped for the one its secret makes now.
      async request(request, session, _stale, { endpoint }) {
        const match = new URL(request.url).pathname.match(/\/authenticators\/enrollments\/([^/]+)\/verify$/);
        if (request.method !== 'POST' || !match || request.headers.get('authorization') !== `Bearer ${session.token}`) return request;
        const id = decodeURIComponent(match[1]);
        if (!endpoint.control.pendingEnrollments('adele').some((item) => item.enrollmentId === id && item.name.startsWith('mfa-contract tries'))) return request;
        return new Request(request, { body: JSON.stringify({ code: await endpoint.control.currentTotp(id) }) });
      },
    },
    failing: [TRIES_CHECK],
    cleanedUp: true,
    said: [/^ +- POST \/authenticators\/enrollments\/\w+\/verify answered 200 to a wrong code \(one its secret does not make\): the set-up was activated; a set-up takes 5 wrong codes/m],
  },
  {
    name: "finds a phone verification by its id alone (the other user's code and resend reach the first user's)",
    broken: (() => {
      const challenges = firstUsersChallenges();
      return { request: byIdAlone('POST', /\/phones\/\w+\/verifications\/([^/]+)\/(?:confirm|resend)$/, () => challenges.ids), response: challenges.response };
    })(),
    failing: [OTHER_PHONE_CHECK],
    cleanedUp: true,
    // The other user reached it: their resend is not sent.
    codes: 1,
    said: [/^ +- POST \/phones\/alternate\/verifications\/\w+\/confirm, as the other user answered 410, expected 404/m],
  },
  {
    name: "lets a user who is not an administrator run an administrator's action (as the administrator would)",
    broken: (() => {
      let admin;
      return {
        request(request, session, _stale, { endpoint }) {
          if (!new URL(request.url).pathname.endsWith('/admin/actions') || request.headers.get('authorization') !== `Bearer ${session.token}`) return request;
          admin ??= endpoint.control.signIn('dana');
          const headers = new Headers(request.headers);
          headers.set('authorization', `Bearer ${admin.token}`);
          headers.set('x-csrf-token', admin.csrfToken);
          return new Request(request, { headers });
        },
      };
    })(),
    failing: [ADMIN_CHECK],
    said: [
      /^ +- POST \/admin\/actions answered 200, though GET \/settings says the first user is no administrator \(user\.isAdmin false\): runAdminAction is for administrators only/m,
    ],
  },
  {
    name: 'reads a body of any size whole (its schema refuses a name of 8 MiB, not its size)',
    // What such an endpoint answers once it has read it: the reference refuses it before.
    broken: boundedAt(1024 * 1024, () =>
      Response.json({ error: { code: 'validation', message: 'The name is too long.', fieldErrors: [{ field: 'name', reason: 'too-long' }] } }, { status: 400 }),
    ),
    failing: [BODY_CHECK],
    said: [/^ +- POST \/app-passwords fieldErrors \[\{"field":"name","reason":"too-long"\}\] do not name \{"field":"body","reason":"too-long"\}$/m, /^ +- bound the bodies you read/m],
  },
  {
    name: 'bounds a body by its Content-Length alone (one in chunks, with none, is read whole)',
    broken: {
      async request(request) {
        if (request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/app-passwords') || request.headers.has('content-length')) return request;
        await request.text();
        return Response.json({ error: { code: 'validation', message: 'The name is too long.', fieldErrors: [{ field: 'name', reason: 'too-long' }] } }, { status: 400 });
      },
    },
    failing: [BODY_CHECK],
    said: [/^ +- POST \/app-passwords, in chunks, with no Content-Length fieldErrors \[\{"field":"name","reason":"too-long"\}\] do not name \{"field":"body","reason":"too-long"\}$/m],
  },
  {
    name: "keeps Idempotency-Key answers by the key alone (the other user's POST with the first user's key gets the first user's answer)",
    broken: (() => {
      const firstUsersKeys = new Set();
      return {
        // Served as the first user's own retry: the reference replays the answer it stored for them.
        request(request, session, _stale, { other }) {
          const key = request.headers.get('idempotency-key');
          if (request.method !== 'POST' || !key) return request;
          const caller = request.headers.get('authorization');
          if (caller === `Bearer ${session.token}`) firstUsersKeys.add(key);
          if (caller !== `Bearer ${other.token}` || !firstUsersKeys.has(key)) return request;
          const headers = new Headers(request.headers);
          headers.set('authorization', `Bearer ${session.token}`);
          headers.set('x-csrf-token', session.csrfToken);
          return new Request(request, { headers });
        },
      };
    })(),
    failing: [OTHER_APP_PASSWORD_KEY_CHECK, OTHER_ENROLLMENT_KEY_CHECK, OTHER_PUSH_ENROLLMENT_KEY_CHECK],
    cleanedUp: true,
    said: [
      /^ +- POST \/authenticators\/enrollments, as the other user carries the push activation code that POST \/authenticators\/enrollments handed out earlier in this run, to the first user/m,
      /^ +- POST \/app-passwords, as the other user carries the app password that POST \/app-passwords handed out earlier in this run, to the first user: a secret is sent once/m,
      /^ +- POST \/app-passwords, as the other user answered the first user's app password \(the same id\) .*: keys are the user.s own \(the Idempotency-Key header\)/m,
      /^ +- POST \/authenticators\/enrollments, as the other user carries the TOTP secret that POST \/authenticators\/enrollments handed out earlier in this run, to the first user/m,
      /^ +- POST \/authenticators\/enrollments, as the other user answered the first user's set-up \(the same id\)/m,
    ],
  },
];

/**
 * The first user's phone verifications, as the endpoint starts them: `ids`, which `response` (a
 * variant's answer hook) fills, for a variant that finds them by their id alone.
 */
function firstUsersChallenges() {
  const ids = [];
  return {
    ids,
    async response(request, response, _stale, { session }) {
      if (response.status === 201 && request.headers.get('authorization') === `Bearer ${session.token}` && new URL(request.url).pathname.endsWith('/verifications')) {
        ids.push((await response.clone().json()).challengeId);
      }
      return response;
    },
  };
}

/**
 * A request rewrite: the other user's `method` requests whose path `route` matches, naming (its
 * first group) one of the first user's items (`ids` reads them from the endpoint), are served as
 * the first user's, as an endpoint that looks an item up by its id alone, not among the caller's.
 */
function byIdAlone(method, route, ids) {
  return (request, session, _stale, { other, endpoint }) => {
    const match = new URL(request.url).pathname.match(route);
    if (request.method !== method || !match || request.headers.get('authorization') !== `Bearer ${other.token}`) return request;
    if (!ids(endpoint).includes(decodeURIComponent(match[1]))) return request;
    const headers = new Headers(request.headers);
    headers.set('authorization', `Bearer ${session.token}`);
    headers.set('x-csrf-token', session.csrfToken);
    return new Request(request, { headers });
  };
}

test('an endpoint that refuses a form body but acts on it first fails: the change is seen', async (t) => {
  let reference;
  let signedIn;
  const { code, stdout } = await against(
    {
      async request(request) {
        // Each multipart body creates an app password, as an endpoint that read the form before refusing it would.
        if (request.headers.get('content-type')?.startsWith('multipart/form-data')) {
          const headers = { authorization: `Bearer ${signedIn.token}`, 'x-csrf-token': signedIn.csrfToken, 'content-type': 'application/json' };
          await reference.handle(new Request(`http://127.0.0.1${BASE}/app-passwords`, { method: 'POST', headers, body: JSON.stringify({ name: `form ${++renamed}` }) }));
        }
        return request;
      },
    },
    undefined,
    async (endpoint, session) => {
      reference = endpoint;
      signedIn = session;
    },
  );
  t.diagnostic(summary(stdout));
  assert.equal(code, 1, stdout);
  assert.ok(lines(stdout, 'FAIL').includes(FORM_CHECK), stdout);
  assert.match(stdout, /^ +- GET \/app-passwords answered otherwise after the requests with form bodies: one of them changed something$/m);
});

/** What the run left behind: the app passwords, authenticator apps and set-ups it made, each user's. */
function leftBehind(endpoint) {
  return ['adele', 'ben'].flatMap((user) => {
    const { appPasswords, authenticators } = endpoint.control.userRecord(user);
    return [
      ...[...appPasswords, ...authenticators].filter((item) => item.name.startsWith('mfa-contract')).map((item) => `${user}: ${item.name}`),
      ...endpoint.control.pendingEnrollments(user).map((item) => `${user}: set-up ${item.name}`),
      ...Object.entries(endpoint.control.userRecord(user).phones)
        .filter(([, phone]) => phone.number === TEST_PHONE)
        .map(([slot]) => `${user}: the test phone, ${slot}`),
    ];
  });
}

for (const variant of VARIANTS) {
  test(`a variant that ${variant.name} fails`, async (t) => {
    const { code, stdout, server } = await against(variant.broken);
    t.diagnostic(summary(stdout));
    assert.equal(code, 1, stdout);
    assert.match(summary(stdout), /^\d+ passed, [1-9]\d* failed/);
    const failed = lines(stdout, 'FAIL');
    for (const name of variant.failing) assert.ok(failed.includes(name), `expected FAIL ${name}\n${stdout}`);
    for (const name of variant.passing ?? []) assert.ok(lines(stdout, 'PASS').includes(name), `expected PASS ${name}\n${stdout}`);
    for (const said of variant.said ?? []) assert.match(stdout, said);
    if (variant.noneSkipped) assert.deepEqual(lines(stdout, 'SKIP'), [], stdout);
    if (variant.cleanedUp) assert.deepEqual(leftBehind(server.endpoint), [], 'the checks that failed part way removed what they made');
    if (variant.codes !== undefined) assert.equal(server.endpoint.control.outbox().length, variant.codes, 'the codes sent to the test phone');
    variant.after?.(server.endpoint);
  });
}

test('an endpoint that sends no Cache-Control: no-store with a secret passes, with a warning for each such answer (the protocol says "should")', async (t) => {
  for (const [broken, warned] of [
    [
      (_request, response) => {
        const headers = new Headers(response.headers);
        headers.delete('cache-control');
        return new Response(response.body, { status: response.status, headers });
      },
      [
        /^ +warning: POST \/app-passwords carries an app password without Cache-Control: no-store \(it has null\): .*should have it \("Security notes"\)$/m,
        /^ +warning: POST \/authenticators\/enrollments carries a TOTP secret without Cache-Control: no-store/m,
        /^ +warning: POST \/authenticators\/enrollments carries a push activation code without Cache-Control: no-store/m,
      ],
    ],
    [
      (request, response) => {
        if (request.method !== 'POST' || response.status !== 201) return response;
        const headers = new Headers(response.headers);
        headers.set('cache-control', 'private, max-age=600');
        return new Response(response.body, { status: response.status, headers });
      },
      [/warning: POST \/app-passwords carries an app password without Cache-Control: no-store \(it has "private, max-age=600"\)/],
    ],
  ]) {
    const { code, stdout } = await against({ response: broken });
    t.diagnostic(summary(stdout));
    assert.equal(code, 0, stdout);
    assert.deepEqual(lines(stdout, 'SKIP'), [], stdout);
    for (const said of warned) assert.match(stdout, said);
  }
});

test('an endpoint whose new app password and enrollment answers drift: the report prints no secret, and the run leaves neither behind', async (t) => {
  const secrets = [];
  const created = [];
  const { code, stdout, server } = await against({
    async response(request, response) {
      const path = new URL(request.url).pathname;
      if (request.method !== 'POST' || response.status !== 201 || !/\/(app-passwords|authenticators\/enrollments)$/.test(path)) return response;
      const body = await response.json();
      if (body.password) secrets.push(body.password);
      if (body.totp) secrets.push(body.totp.secret);
      created.push(body.appPassword?.id ?? body.enrollmentId);
      // A date as milliseconds, not the string the document has (a field more would be an extension).
      const drifted = body.appPassword
        ? { ...body, appPassword: { ...body.appPassword, createdAt: Date.parse(body.appPassword.createdAt) } }
        : { ...body, expiresAt: Date.parse(body.expiresAt) };
      return new Response(JSON.stringify(drifted), { status: 201, headers: response.headers });
    },
  });
  t.diagnostic(summary(stdout));
  assert.equal(code, 1, stdout);
  const failed = lines(stdout, 'FAIL');
  assert.ok(failed.includes('POST /app-passwords answers 201 with the password once'), stdout);
  assert.ok(failed.some((name) => name.startsWith('an authenticator enrollment starts')), stdout);
  assert.ok(secrets.length >= 2, 'the variant saw no secret');
  for (const secret of secrets) assert.ok(!stdout.includes(secret), `the report prints a secret:\n${stdout}`);
  assert.match(stdout, /\[redacted\]/);
  // What the checks created is gone: the app passwords revoked, the enrollments cancelled.
  const headers = { Authorization: `Bearer ${server.session.token}` };
  const read = async (path) => (await server.endpoint.handle(new Request(`http://127.0.0.1${BASE}${path}`, { headers }))).json();
  const { items } = await read('/app-passwords');
  assert.deepEqual(items.filter((item) => item.name.startsWith('mfa-contract')), []);
  for (const id of created.filter((id) => id.startsWith('enr'))) {
    assert.equal((await read(`/authenticators/enrollments/${id}`)).status, 'cancelled');
  }
});

test("a set-up that breaks its schema is reported with the request it answered, and without the user's account name", async (t) => {
  const accountNames = [];
  const { code, stdout } = await against({
    response: startedSetup('totp', (totp) => {
      accountNames.push(totp.accountName);
      totp.digits = String(totp.digits);
    }),
  });
  t.diagnostic(summary(stdout));
  assert.equal(code, 1, stdout);
  assert.ok(lines(stdout, 'FAIL').includes(TOTP_CHECK), stdout);
  assert.match(stdout, /^ +- POST \/authenticators\/enrollments: startEnrollment 201 does not match its schema: .*"accountName":"\[redacted\]"/m);
  assert.ok(accountNames.length > 0, 'the variant saw no set-up');
  for (const name of accountNames) assert.ok(!stdout.includes(name), `the report prints the account name:\n${stdout}`);
});

/** A response rewrite of the body a 200 of `GET path` answers the first user (the other user's are theirs). */
function answerOf(path, rewrite) {
  return {
    async response(request, response, _stale, { other }) {
      if (request.method !== 'GET' || response.status !== 200 || !new URL(request.url).pathname.endsWith(path)) return response;
      if (request.headers.get('authorization') === `Bearer ${other.token}`) return response;
      const body = await response.json();
      rewrite(body);
      return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
    },
  };
}

test('a user whose app has a name that upper case makes another (Straße, STRASSE) passes the renaming check: the kit sends that name as it is', async (t) => {
  const { stdout, server } = await against({}, undefined, async (endpoint, session) => {
    const renamed = await endpoint.handle(
      new Request('http://127.0.0.1/api/mfa/authenticators/auth_adele_phone', {
        method: 'PATCH',
        headers: { authorization: `Bearer ${session.token}`, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Büro Straße' }),
      }),
    );
    assert.equal(renamed.status, 200);
  });
  t.diagnostic(summary(stdout));
  assert.ok(lines(stdout, 'PASS').includes(RENAME_CHECK), stdout);
  assert.equal(server.endpoint.control.userRecord('adele').authenticators.find((item) => item.id === 'auth_adele_phone')?.name, 'Büro Straße');
});

test('a user with no authenticator app of their own skips the renaming check, saying why', async (t) => {
  const { stdout, server } = await against(answerOf('/authenticators', (body) => (body.items = [])));
  t.diagnostic(summary(stdout));
  assert.ok(lines(stdout, 'SKIP').includes(RENAME_CHECK), stdout);
  assert.match(stdout, /^ +this user has no authenticator app of their own: the kit needs one, whose name it tries to give the app it adds, and which it tries to rename to a set-up's \(set one up for the test user\)$/m);
  assert.ok(!server.endpoint.control.sideEffects().some(({ operationId }) => operationId === 'renameAuthenticator'), 'no app renamed');
});

/** A newer endpoint's settings: a method id this protocol does not name, and a field it does not either. */
const withFido2 = (body) => {
  body.methods.push('fido2');
  body.policy.allowedMethods.push('fido2');
  body.passkeys = { count: 0 };
};

test('an endpoint that adds a method id (fido2) and a field to the settings, which the elements leave out, passes, with a warning for each', async (t) => {
  const { code, stdout } = await against(answerOf('/settings', withFido2));
  t.diagnostic(summary(stdout));
  assert.equal(code, 0, stdout);
  assert.deepEqual(lines(stdout, 'FAIL'), [], stdout);
  assert.deepEqual(lines(stdout, 'SKIP'), [], stdout);
  assert.match(summary(stdout), /^\d+ passed, 0 failed, 3 warnings$/);
  // Under the check that first read them, once.
  const warnings = stdout.split('\n').filter((line) => line.startsWith('      warning: '));
  assert.deepEqual(
    warnings.map((line) => line.replace(/\/\d+ /, '/N ')),
    [
      `      warning: getSettings 200 #/methods/N "fido2": a value protocol ${VERSION} does not name; the elements leave it out`,
      `      warning: getSettings 200 #/policy/allowedMethods/N "fido2": a value protocol ${VERSION} does not name; the elements leave it out`,
      `      warning: getSettings 200 #/passkeys: a field protocol ${VERSION} does not name; the elements ignore it`,
    ],
  );
  assert.ok(stdout.includes(`PASS  GET /settings answers 200 with a SettingsSummary\n${warnings[0]}\n`), stdout);
});

test('an endpoint whose default method and a phone slot are ones the protocol does not name passes with warnings: the elements read no default and leave the phone out', async (t) => {
  const { code, stdout } = await against(
    answerOf('/settings', (body) => {
      body.defaultMethod = 'fido2';
      body.phones[0] = { ...body.phones[0], slot: 'home' };
    }),
  );
  t.diagnostic(summary(stdout));
  assert.equal(code, 0, stdout);
  assert.deepEqual(lines(stdout, 'FAIL'), [], stdout);
  assert.match(stdout, /^ +warning: getSettings 200 #\/defaultMethod "fido2": a value protocol [\d.]+ does not name; the elements read it as null$/m);
  assert.match(stdout, /^ +warning: getSettings 200 #\/phones\/0\/slot "home": a value protocol [\d.]+ does not name; the elements leave it out$/m);
  // As the elements read the settings, there is no default to set again, and an app added could
  // become it: by a code that should have been refused, by the other user's check or by the renaming's.
  assert.deepEqual(
    lines(stdout, 'SKIP'),
    ['PUT /settings/default-method with the current default answers 200 with it', TRIES_CHECK, OTHER_AUTHENTICATOR_CHECK, RENAME_CHECK, PHONE_TRIES_CHECK, OTHER_PHONE_CHECK],
    stdout,
  );
  assert.match(stdout, /^ +this user has no default method: were the right code taken after the tries ran out, the app added would become it, which the kit could not undo$/m);
  assert.match(stdout, /^ +this user has no default method: an app added would become it, which the kit could not undo$/m);
  assert.match(stdout, /^ +this user has no default method: were a code the kit makes up right, the phone saved could become it, which the kit could not undo$/m);
});

for (const [name, rewrite, said] of [
  [
    'a field missing',
    (body) => {
      withFido2(body);
      delete body.mustRegisterAgain;
    },
    /^ +# Instance does not have required property "mustRegisterAgain"\.$/m,
  ],
  [
    'a field of another type',
    (body) => {
      withFido2(body);
      body.mustRegisterAgain = 'no';
    },
    /^ +#\/mustRegisterAgain Instance type "string" is invalid\. Expected "boolean"\.$/m,
  ],
]) {
  test(`settings with an extension and ${name} still fail, for that alone`, async (t) => {
    const { code, stdout } = await against(answerOf('/settings', rewrite));
    t.diagnostic(summary(stdout));
    assert.equal(code, 1, stdout);
    assert.ok(lines(stdout, 'FAIL').includes('GET /settings answers 200 with a SettingsSummary'), stdout);
    assert.match(stdout, said);
    assert.doesNotMatch(stdout, /#\/methods\/\d+ Instance/, 'the extension is not given as an error');
  });
}

test('an authenticator kind the protocol does not name, in a list the elements show as it is, fails', async (t) => {
  const { code, stdout } = await against(
    answerOf('/authenticators', (body) => {
      body.items.push({ id: 'auth_fido2', kind: 'fido2', name: 'Security key', createdAt: new Date().toISOString(), lastUsedAt: null });
    }),
  );
  t.diagnostic(summary(stdout));
  assert.equal(code, 1, stdout);
  assert.ok(lines(stdout, 'FAIL').includes('GET /authenticators answers 200 with an AuthenticatorList'), stdout);
  assert.match(stdout, /listAuthenticators 200 holds a value the document does not name, where the elements do not leave it out: .*\n +#\/items\/\d+\/kind Instance does not match any of \["totp","push"\]/);
});
