#!/usr/bin/env node
// mfa-contract: checks that an endpoint speaks the mfa-elements protocol (protocol/openapi.json),
// with the same conformance checks the reference endpoint's own protocol test uses
// (contract/conformance.js), and the elements' own checks of what they read (contract/elements.js,
// from the library's build beside it). Plain JavaScript for Node 20: no build step of its own.
//
//   npx mfa-contract --endpoint https://host/api/mfa --header "Authorization: Bearer …" \
//     [--csrf-header X-CSRF-Token --csrf …] [--cookie "session=…"] [--allow-writes] \
//     [--stale-header "Authorization: Bearer …" --stale-csrf …] \
//     [--other-header "Authorization: Bearer …" --other-csrf …] [--test-phone +… ] [--strict]
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { parseArgs } from 'node:util';
import { createConformance } from './conformance.js';

const USAGE = `Usage: mfa-contract --endpoint URL [options]

Checks that the endpoint at URL answers as protocol/openapi.json says, as the user whose
credentials you pass. Read-only unless --allow-writes.

  --endpoint URL         the endpoint URL the elements are configured with (e.g. https://host/api/mfa),
                         its query, if any, kept on every request
  --header "Name: value" a header sent with every authenticated request (repeatable),
                         e.g. "Authorization: Bearer <token>"
  --cookie "name=value"  a cookie sent with every authenticated request (repeatable)
  --csrf-header NAME     the CSRF header name (the protocol's is X-CSRF-Token)
  --csrf VALUE           the session's CSRF token, which every change must carry; without it the
                         changes are sent with no CSRF header, and must be refused (403 csrf)
  --allow-writes         also run checks that change data and undo it: set the current default
                         method again, create then revoke an app password (Idempotency-Key
                         replay), start then cancel a code-app enrollment (and one given wrong
                         codes until it refuses them), and a push-app one
                         where the policy allows it; where the user has a default method, an
                         authenticator app of their own and a policy that allows a code app, add
                         a code app, rename it (to names taken too) and the user's own app (to
                         a set-up's name, which must be refused: renamed back if it was not),
                         then delete the app it added; with
                         --other-…, also add then delete a code app, where the user has a default
                         method and policy allows one
  --stale-header "Name: value", --stale-cookie "name=value" (repeatable), --stale-csrf VALUE
                         the credentials (and CSRF token) of a second session of the user, signed
                         in longer ago than the endpoint allows for changes: every change must
                         then answer 401 reauth-required (nothing is changed either way); its
                         CSRF token, sent with this session's credentials, must be refused (403 csrf)
  --other-header "Name: value", --other-cookie "name=value" (repeatable), --other-csrf VALUE
                         the credentials (and CSRF token) of another user, a second test user: the
                         other user must not see the first user's items, and, with --allow-writes,
                         must not revoke, read, cancel, rename or delete what the first user creates
                         for the run (each answers 404 not-found, as for an item that does not
                         exist), nor get the first user's answer by sending the Idempotency-Key the
                         first user sent; what either user creates is removed again
  --test-phone NUMBER    a number (E.164, e.g. +14255550123) your endpoint may send a code to: a
                         phone of your test system, or its text and call provider's test number.
                         With --allow-writes, the kit starts a phone verification to it in an
                         empty slot, which sends it one code, then checks that a second code
                         within 30 s is refused, that wrong codes are limited, and, with
                         --other-…, that the other user cannot reach it, with codes it makes up;
                         an endpoint that breaks those rules may send it up to three codes
  --test-phone-channel text|call
                         how that code is sent (default text); call for a number that takes no
                         texts (an office phone's slot takes calls alone)
  --strict               a check that cannot run (skipped: no --allow-writes, no --csrf, no old
                         session, no other user, no test phone, a limit reached) fails instead, so that CI
                         passes only a full run
  --timeout MS           per request (default 10000)
  --document PATH        another protocol document (default: the one in this package)
  --help

Prints PASS, FAIL or SKIP per check and "N passed, N failed, N skipped, N warnings"; exits 1 on
a failure (with --strict, a skipped check too), 2 on a usage error. A warning, under its check, is an extension: what the endpoint
adds to the protocol and the elements ignore (a field it does not name, a method id or phone slot
in the settings that it does not know); it fails nothing.`;

function usageError(message) {
  console.error(`mfa-contract: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      endpoint: { type: 'string' },
      header: { type: 'string', multiple: true, default: [] },
      cookie: { type: 'string', multiple: true, default: [] },
      'csrf-header': { type: 'string' },
      csrf: { type: 'string' },
      'allow-writes': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      'stale-header': { type: 'string', multiple: true, default: [] },
      'stale-cookie': { type: 'string', multiple: true, default: [] },
      'stale-csrf': { type: 'string' },
      'other-header': { type: 'string', multiple: true, default: [] },
      'other-cookie': { type: 'string', multiple: true, default: [] },
      'other-csrf': { type: 'string' },
      'test-phone': { type: 'string' },
      'test-phone-channel': { type: 'string', default: 'text' },
      timeout: { type: 'string', default: '10000' },
      document: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  }).values;
} catch (error) {
  usageError(error.message);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
// The checks run the library's own code, from its build (contract/elements.js).
const [{ Skip, contractChecks }, { asRead }] = await Promise.all([import('./checks.js'), import('./elements.js')]).catch((error) => {
  if (error?.code !== 'MFA_CONTRACT_NO_BUILD') throw error;
  console.error(`mfa-contract: ${error.message}`);
  process.exit(2);
});
if (!args.endpoint) usageError('--endpoint is required');
let endpoint;
try {
  endpoint = new URL(args.endpoint);
} catch {
  usageError(`--endpoint ${args.endpoint} is not a URL`);
}
if (Boolean(args['csrf-header']) !== Boolean(args.csrf)) usageError('--csrf-header and --csrf go together');
const timeout = Number(args.timeout);
if (!Number.isFinite(timeout) || timeout <= 0) usageError('--timeout is a number of milliseconds');

const headerLines = (lines, option) =>
  lines.map((line) => {
    const colon = line.indexOf(':');
    if (colon <= 0) usageError(`--${option} "${line}" is not "Name: value"`);
    return [line.slice(0, colon).trim(), line.slice(colon + 1).trim()];
  });
const userHeaders = headerLines(args.header, 'header');
const cookie = args.cookie.join('; ');
const csrf = args['csrf-header'] ? { name: args['csrf-header'], value: args.csrf } : undefined;
/** The old session's credentials, for the re-authentication check; undefined without them. */
const stale =
  args['stale-header'].length > 0 || args['stale-cookie'].length > 0
    ? { headers: headerLines(args['stale-header'], 'stale-header'), cookie: args['stale-cookie'].join('; '), csrf: args['stale-csrf'] }
    : undefined;
if (stale && csrf && !stale.csrf) usageError('--stale-csrf is needed with --csrf: the old session has a CSRF token of its own');
if (!stale && args['stale-csrf']) usageError('--stale-csrf goes with --stale-header or --stale-cookie');
if (!csrf && args['stale-csrf']) usageError('--stale-csrf goes with --csrf-header and --csrf: without them no CSRF header is sent');
/** Another user's credentials, for the checks that each user reaches only their own; undefined without them. */
const other =
  args['other-header'].length > 0 || args['other-cookie'].length > 0
    ? { headers: headerLines(args['other-header'], 'other-header'), cookie: args['other-cookie'].join('; '), csrf: args['other-csrf'] }
    : undefined;
if (other && csrf && !other.csrf) usageError('--other-csrf is needed with --csrf: the other user has a CSRF token of their own');
if (!other && args['other-csrf']) usageError('--other-csrf goes with --other-header or --other-cookie');
if (!csrf && args['other-csrf']) usageError('--other-csrf goes with --csrf-header and --csrf: without them no CSRF header is sent');
/** Credentials as a comparable text: header names in any letter case, in any order. */
const credentialsOf = (session) =>
  JSON.stringify([session.headers.map(([name, value]) => `${name.toLowerCase()}: ${value}`).sort(), session.cookie]);
if (other && credentialsOf(other) === credentialsOf({ headers: userHeaders, cookie })) {
  usageError("--other-header/--other-cookie are the same credentials as --header/--cookie: give another user's");
}
// A number the endpoint may send a code to: E.164 as the elements send one (a + and 8 to 15 digits).
const testPhone = args['test-phone'];
if (testPhone !== undefined && !/^\+[1-9]\d{7,14}$/.test(testPhone)) {
  usageError(`--test-phone ${testPhone} is not a number in E.164 form (a + and 8 to 15 digits, with no spaces, e.g. +14255550123)`);
}
if (!['text', 'call'].includes(args['test-phone-channel'])) usageError(`--test-phone-channel is text or call, not ${args['test-phone-channel']}`);
if (other && stale && credentialsOf(other) === credentialsOf(stale)) {
  usageError("--other-header/--other-cookie are the same credentials as the old session's (--stale-…), which is the first user's: give another user's");
}

const documentUrl = args.document ? new URL(args.document, `file://${process.cwd()}/`) : new URL('../protocol/openapi.json', import.meta.url);
const conformance = createConformance(JSON.parse(readFileSync(documentUrl, 'utf8')));
const base = endpoint.href.replace(/\/+$/, '');
/** An operation's URL: its path after the endpoint's, the endpoint's query (`?tenant=a`) kept. */
const urlOf = (path) => {
  const url = new URL(endpoint);
  url.hash = '';
  url.pathname = url.pathname.replace(/\/+$/, '') + path;
  return url.href;
};

/** How many answers were 404, how many something else, and how many requests got none. */
const answers = { notFound: 0, other: 0, none: 0 };
/** Why the first request that got no answer got none (a refused connection, an unknown host). */
let firstNoAnswer;
/**
 * The current check's extensions: what its answers add to the protocol and the elements ignore
 * (an unknown field, an unknown method id in the settings), printed as warnings under it.
 */
let warnings = new Set();
/** The warnings printed so far: a later check that reads the same answer does not print them again. */
const warned = new Set();

/**
 * The secrets the endpoint handed out in this run (a new app password, a TOTP secret, a push
 * activation code), each with what it is, the answer that carried it and its Idempotency-Key.
 */
const handedOut = new Map();

/**
 * Records the secrets a 201 of `operationId` carries (of 8 characters or more: a shorter one could
 * turn up by chance), and whose they are: `user` is 'user' or 'other' (--other-…).
 */
function handOut(operationId, key, user, label, body) {
  const found = {
    createAppPassword: [['app password', body?.password]],
    startEnrollment: [
      ['TOTP secret', body?.totp?.secret],
      ['push activation code', body?.push?.activationCode],
    ],
  }[operationId];
  for (const [what, secret] of found ?? []) {
    if (typeof secret === 'string' && secret.length >= 8 && !handedOut.has(secret)) handedOut.set(secret, { what, operationId, key, user, label });
  }
}

/**
 * An answer that carries a secret handed out earlier, as problems: only a retry of the request
 * that created it, by the same user with the same Idempotency-Key, may get it again (protocol,
 * "Security notes").
 */
function secretsAgain(operationId, key, user, label, text) {
  const problems = [];
  for (const [secret, from] of handedOut) {
    if (!text.includes(secret) || (from.operationId === operationId && from.key === key && from.user === user)) continue;
    const whose = from.user === user ? '' : `, to ${from.user === 'other' ? 'the other user' : 'the first user'}`;
    problems.push(
      `${label} carries the ${from.what} that ${from.label} handed out earlier in this run${whose}: a secret is sent once, in the answer that hands it out, and again only to a retry with the same Idempotency-Key by the same user ("Security notes")`,
    );
  }
  return problems;
}

/**
 * A CSRF token of the same length and alphabet as `token` that differs from it in every letter and
 * digit: each is replaced by the next of the letters and digits the token itself uses (a hex token
 * stays hex, a Base32 one Base32), signs left as they are. An endpoint that checks only a token's
 * shape or length takes it. A token of one letter or digit repeated gets the next in its class.
 */
function plausiblyWrong(token) {
  const own = [...new Set(token.match(/[\dA-Za-z]/g) ?? [])].sort();
  const classes = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  return [...token]
    .map((char) => {
      if (!own.includes(char)) return char;
      const alphabet = own.length > 1 ? own : [...classes.find((letters) => letters.includes(char))];
      return alphabet[(alphabet.indexOf(char) + 1) % alphabet.length];
    })
    .join('');
}

/**
 * One request to the endpoint, its answer checked against the document.
 * `anonymous`: no --header, --cookie or CSRF header. `csrf`: 'send' (default), 'omit', 'wrong'
 * (a token as plausible as the session's) or 'other' (the old session's, --stale-csrf).
 * `stale`: as the old session (--stale-…). `otherUser`: as the other user (--other-…).
 * `contentType`: the body's, `application/json` unless given. `unrouted`: a request the document
 * has no operation for (an unknown path, a method a route does not take), its answer checked only
 * as an error answer, which every answer of 400 or more is.
 */
async function api(
  method,
  path,
  {
    body,
    rawBody,
    headers = {},
    anonymous = false,
    stale: asStale = false,
    otherUser = false,
    csrf: csrfMode = 'send',
    contentType = 'application/json',
    unrouted = false,
    expectContinue = false,
    chunked = false,
  } = {},
) {
  const operation = conformance.findOperation(method, path);
  if (!operation && !unrouted) throw new Error(`${method} ${path} is not an operation of the document`);
  if (operation && unrouted) throw new Error(`${method} ${path} is an operation of the document`);
  const sent = new Headers({ accept: 'application/json' });
  if (!anonymous) {
    const session = asStale ? stale : otherUser ? other : { headers: userHeaders, cookie, csrf: csrf?.value };
    for (const [name, value] of session.headers) sent.append(name, value);
    if (session.cookie) sent.set('cookie', session.cookie);
    if (csrf && method !== 'GET' && csrfMode !== 'omit') {
      const token = { wrong: plausiblyWrong(session.csrf), other: stale?.csrf }[csrfMode] ?? session.csrf;
      sent.set(csrf.name, token);
    }
  }
  for (const [name, value] of Object.entries(headers)) sent.set(name, value);
  const payload = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
  if (payload !== undefined) sent.set('content-type', contentType);
  // Which of a check's requests a failure is about: the same route is sent with and without CSRF.
  const how = [
    asStale && 'with the old sign-in',
    otherUser && 'as the other user',
    csrfMode === 'omit' && 'without the CSRF header',
    csrfMode === 'wrong' && 'with a wrong CSRF token',
    csrfMode === 'other' && "with the other session's CSRF token",
    payload !== undefined && contentType !== 'application/json' && `as ${contentType.split(';')[0]}`,
    chunked && 'in chunks, with no Content-Length',
  ];
  const label = [`${method} ${path}`, ...how.filter(Boolean)].join(', ');
  let response;
  try {
    response = expectContinue || chunked
      ? await sendWhenAsked(urlOf(path), method, sent, payload, chunked)
      : await fetch(urlOf(path), { method, headers: sent, body: payload, redirect: 'manual', signal: AbortSignal.timeout(timeout) });
  } catch (error) {
    const cause = error.cause?.code ?? error.cause?.message ?? error.message;
    answers.none++;
    firstNoAnswer ??= cause;
    return { label, status: 0, headers: new Headers(), body: undefined, problems: [`${label} failed: ${cause}`] };
  }
  const text = await response.text();
  let parsed;
  let notJson = false;
  if (text.trim() !== '') {
    try {
      parsed = JSON.parse(text);
    } catch {
      notJson = true;
    }
  }
  const result = { status: response.status, headers: response.headers, body: parsed, notJson };
  answers[response.status === 404 ? 'notFound' : 'other']++;
  if (unrouted) {
    const problems = conformance.checkErrorAnswer(result, { contentType: 'media-type' }).map((problem) => `${label}: ${problem}`);
    return { ...result, label, problems };
  }
  // The body as the elements read it: what the checks go on with, and what tells extensions apart.
  const read = response.ok ? await asRead(operation.operationId, parsed) : parsed;
  const explained = conformance.explainResponse(operation.operationId, result, { contentType: 'media-type', asRead: read });
  // Each named by the request it is about, as the checks' own messages are.
  const problems = explained.problems.map((problem) => `${label}: ${problem}`);
  const { extensions } = explained;
  for (const extension of extensions) warnings.add(extension);
  const user = otherUser ? 'other' : 'user';
  problems.push(...secretsAgain(operation.operationId, sent.get('idempotency-key'), user, label, text));
  // A new app password or a set-up's secret should not be kept by a cache on the way, or the
  // browser's: the protocol says "should" ("Security notes"), so a warning, not a failure.
  const secret = [parsed?.password && 'an app password', parsed?.totp && 'a TOTP secret', parsed?.push && 'a push activation code'].find(Boolean);
  if (response.ok && secret && !/(^|,)\s*no-store\s*(,|$)/i.test(response.headers.get('cache-control') ?? '')) {
    warnings.add(
      `${label} carries ${secret} without Cache-Control: no-store (it has ${JSON.stringify(response.headers.get('cache-control'))}): a cache on the way, or the browser's, could keep it; the protocol says such answers should have it ("Security notes")`,
    );
  }
  if (response.status === 201) handOut(operation.operationId, sent.get('idempotency-key'), user, label, parsed);
  return { ...result, asRead: read, label, problems };
}

/**
 * Sends a request with `Expect: 100-continue` (which fetch cannot), its body only once the server
 * asks for it (`100 Continue`), or after a second with no word, as a server that does not know
 * the header waits for it: a server, or a proxy, that refuses the body by its `Content-Length`
 * answers before any of it is sent, rather than while it is on its way, when closing the
 * connection can lose the answer. `chunked`: with no `Content-Length`, in chunks of 64 KiB, no
 * more of them once an answer has come, so that only a server that counts what arrives can
 * refuse it early. Waits 60 s at least, as a large body takes time to send. Answers a
 * `Response`, or rejects as fetch does, the error's `cause` saying why.
 */
function sendWhenAsked(url, method, headers, payload, chunked = false) {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const body = Buffer.from(payload ?? '');
    const outgoing = { ...Object.fromEntries(headers), expect: '100-continue' };
    if (!chunked) outgoing['content-length'] = String(body.byteLength);
    const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(target, { method, headers: outgoing });
    let sending = false;
    let answered = false;
    const send = () => {
      if (sending) return;
      sending = true;
      if (!chunked) {
        request.end(body);
        return;
      }
      let offset = 0;
      const more = () => {
        while (!answered && offset < body.byteLength) {
          const chunk = body.subarray(offset, offset + 64 * 1024);
          offset += chunk.byteLength;
          if (!request.write(chunk)) return void request.once('drain', more);
        }
        if (!answered) request.end();
      };
      more();
    };
    const unasked = setTimeout(send, 1000);
    const timer = setTimeout(() => request.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })), Math.max(timeout, 60_000));
    const done = () => {
      clearTimeout(unasked);
      clearTimeout(timer);
    };
    request.on('continue', send);
    request.on('response', (answer) => {
      answered = true;
      clearTimeout(unasked);
      const chunks = [];
      answer.on('data', (chunk) => chunks.push(chunk));
      answer.on('error', (error) => {
        done();
        reject(new TypeError('fetch failed', { cause: error }));
      });
      answer.on('end', () => {
        done();
        const received = new Headers();
        for (let i = 0; i < answer.rawHeaders.length; i += 2) received.append(answer.rawHeaders[i], answer.rawHeaders[i + 1]);
        resolve(new Response(chunks.length > 0 ? Buffer.concat(chunks) : null, { status: answer.statusCode, headers: received }));
        // Answered before the body was sent, or all of it: the rest will not be.
        if (!sending || chunked) request.destroy();
      });
    });
    request.on('error', (error) => {
      done();
      reject(new TypeError('fetch failed', { cause: error }));
    });
    request.flushHeaders();
  });
}

// A closed pipe (`mfa-contract … | head`) is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const checks = contractChecks({
  csrfConfigured: Boolean(csrf),
  allowWrites: args['allow-writes'],
  staleConfigured: Boolean(stale),
  // An endpoint whose tokens are the user's, not each session's, gave both sessions the same one.
  staleCsrfOwn: Boolean(stale?.csrf) && stale.csrf !== csrf?.value,
  otherConfigured: Boolean(other),
  testPhone,
  testPhoneChannel: args['test-phone-channel'],
});
const context = {};
const counts = { passed: 0, failed: 0, skipped: 0 };
/** Whether a change failed only for want of a CSRF token the run was not given. */
let refusedForCsrf = false;
/** Whether a request without CSRF, or with a form's body, was answered for what it named. */
let checkedOutOfOrder = false;
console.log(`mfa-contract: ${base} against protocol ${conformance.document.info?.version ?? ''}`.trimEnd());
/** Prints the current check's warnings under it, those not printed already. */
function printWarnings() {
  for (const warning of warnings) {
    if (warned.has(warning)) continue;
    warned.add(warning);
    console.log(`      warning: ${warning}`);
  }
  warnings = new Set();
}
for (const check of checks) {
  let problems;
  try {
    problems = await check.run(api, context);
  } catch (error) {
    if (error instanceof Skip && args.strict) {
      counts.failed++;
      console.log(`FAIL  ${check.name}\n      - not run, which --strict counts as a failure: ${error.message}`);
      printWarnings();
      continue;
    }
    if (error instanceof Skip) {
      counts.skipped++;
      console.log(`SKIP  ${check.name}\n      ${error.message}`);
      printWarnings();
      continue;
    }
    problems = [`the check itself failed: ${error.stack ?? error}`];
  }
  if (problems.length === 0) {
    counts.passed++;
    console.log(`PASS  ${check.name}`);
    printWarnings();
  } else {
    counts.failed++;
    console.log(`FAIL  ${check.name}`);
    for (const problem of problems) console.log(`      - ${String(problem).replaceAll('\n', '\n        ')}`);
    printWarnings();
    if (!csrf && problems.some((problem) => String(problem).includes('(forbidden/csrf:'))) refusedForCsrf = true;
    if (problems.some((problem) => /, (without the CSRF header|with a wrong CSRF token|with the other session's CSRF token|as [\w.+-]+\/[\w.+-]+) answered (400|404|409|422),/.test(problem))) checkedOutOfOrder = true;
  }
}
if (refusedForCsrf) {
  console.log('hint: the endpoint refused changes for their CSRF token: pass --csrf-header and --csrf as your pages send them');
}
// No request got an answer: the server is not running, or not reachable from here; each check
// failed for that alone.
if (answers.other === 0 && answers.notFound === 0 && answers.none > 0) {
  // Browsers and Node's fetch refuse some ports outright (6000, 6667: those of other protocols);
  // no server there could be reached, running or not.
  console.log(
    firstNoAnswer === 'bad port'
      ? `hint: no request was sent: port ${endpoint.port} is one that fetch refuses (as browsers do), so the elements could not reach an endpoint there either; serve it on another port`
      : `hint: no request got an answer (${firstNoAnswer}): is the server at ${endpoint.origin} running, and reachable from here?`,
  );
} else if (answers.other === 0 && answers.notFound > 0) {
  // Every request answered 404, the settings' read and those without credentials too: most likely
  // the URL is not the endpoint's, and the other hints, which read the answers as its own, would mislead.
  console.log(
    `hint: every request was answered 404, as for a path the server does not know: is ${base} the URL the elements are configured with (the provider's endpoint)?`,
  );
} else if (checkedOutOfOrder) {
  console.log(
    "hint: the endpoint answered for what a request named (its body, an id) before it checked, or without checking, the CSRF token or the body's type; check those first (the protocol's \"The order of checks\"), so that a request from another site changes nothing and learns nothing",
  );
}
console.log(
  `${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}${warned.size ? `, ${warned.size} ${warned.size === 1 ? 'warning' : 'warnings'}` : ''}`,
);
process.exitCode = counts.failed > 0 ? 1 : 0;
