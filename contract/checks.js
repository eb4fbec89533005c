// The checks the contract CLI runs against an endpoint it knows nothing about: no test hooks, no
// seeded users, only the signed-in user its credentials belong to, and, where given, a second
// user who must reach none of the first user's items (--other-…). Each check sends real requests
// through `api` (contract/cli.js), and every answer is checked against the protocol document by
// the shared conformance checks before the check's own expectations.
//
// What cannot be checked this way (codes sent by text or call, but the one to a test phone; push
// approval; rate limits, but a phone's 30 s between codes; re-authentication without an old
// session; what an administrator's actions do) is listed in the README, not pretended here. A
// change refused by a limit of the endpoint's own (429, as the protocol says) skips its check.

import { createHmac, randomInt } from 'node:crypto';
import { setupRefusals } from './elements.js';

/**
 * An Idempotency-Key as the elements make one (32 hex digits, no UUID's hyphens), so that an
 * endpoint that takes only UUIDs fails here rather than for every user.
 */
const idempotencyKey = () => crypto.randomUUID().replace(/-/g, '');

/** Thrown by a check that cannot run here; the reason is printed. */
export class Skip extends Error {}

const UNKNOWN = 'mfa_contract_unknown_0000';

/** RFC 4648 Base32, as a TOTP secret is written. */
function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const bytes = [];
  for (const char of text.replace(/=+$/, '')) {
    value = (value << 5) | alphabet.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** A set-up's TOTP code (RFC 6238) for the time step `at`. */
function totpCodeAt({ secret, algorithm, digits }, at) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(at));
  const mac = createHmac(algorithm.toLowerCase(), base32Decode(secret)).update(counter).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits).padStart(digits, '0');
}

/**
 * How long the enrollment checks wait between a start and its read, to see whether the read moved
 * its expiry on (3 s: an endpoint that keeps times in whole seconds has moved it 2 s at least), and
 * the least move that counts as one (1 s, or half the wait when it is shorter). The kit's own tests,
 * against the reference endpoint, whose times are in milliseconds, wait less
 * (`MFA_CONTRACT_READ_PAUSE_MS`); a company's run has no reason to.
 */
const asked = Number(process.env.MFA_CONTRACT_READ_PAUSE_MS);
const READ_PAUSE_MS = Number.isFinite(asked) && asked >= 20 && asked <= 60_000 ? asked : 3000;
const LEAST_MOVE_MS = Math.min(1000, READ_PAUSE_MS / 2);
const pause = () => new Promise((resolve) => setTimeout(resolve, READ_PAUSE_MS));

/** A set-up's TOTP codes (RFC 6238) from two periods before `seconds` to two after. */
export function totpCodesAround(setup, seconds) {
  const step = Math.floor(seconds / setup.period);
  const codes = new Set();
  for (let at = Math.max(0, step - 2); at <= step + 2; at++) codes.add(totpCodeAt(setup, at));
  return codes;
}

/** A set-up's TOTP code now: what an app that scanned it would show. */
const totpCodeNow = (setup) => totpCodeAt(setup, Math.floor(Date.now() / 1000 / setup.period));

/**
 * A random code of the set-up's length that is none of its codes now, give or take two periods,
 * so an endpoint cannot take it as right and activate an app the run would leave behind; random,
 * as a test system may take a fixed code such as 000000.
 */
function wrongTotpCode(setup) {
  const codes = totpCodesAround(setup, Date.now() / 1000);
  for (;;) {
    const code = String(randomInt(10 ** setup.digits)).padStart(setup.digits, '0');
    if (!codes.has(code)) return code;
  }
}

/** What the protocol says of a request to no route, quoted where an endpoint answers one otherwise. */
const ROUTE_RULE =
  'the route is checked first: 404 not-found for an unknown path, 405 with Allow for a method the route does not take ("The order of checks"), each an ErrorBody in application/json, as every error answer is ("Errors")';

/**
 * The digits after +1 of a number too short for any region of the North American plan, which has
 * 10 (and 555 is no area code): a number no text or call can reach, which an endpoint that checks
 * numbers against phone metadata refuses (400 validation, number/too-short) before sending anything.
 */
const UNREACHABLE_NUMBER = '5550199';

/**
 * Wrong codes a code-app set-up takes before it answers 410 expired: the document's
 * verifyEnrollment says "5 wrong codes (422 with `attemptsLeft`), then 410" (scripts/test-contract.js
 * checks the document still says so). An endpoint may take fewer.
 */
const ENROLLMENT_TRIES = 5;

/** What the protocol says of guessing a set-up's code, quoted where an endpoint takes more guesses. */
const TRIES_RULE = `a set-up takes ${ENROLLMENT_TRIES} wrong codes, then answers 410 expired to every code (verifyEnrollment), so a code cannot be guessed ("Security notes": a code takes a limited number of tries)`;

/** A refusal of every code, as the document allows one: 410 expired, or a 429 as it says. */
const refusesEveryCode = (answer) =>
  (answer.status === 410 && answer.body?.error?.code === 'expired') || (answer.status === 429 && answer.body?.error?.code === 'rate-limited');

/**
 * Sends wrong codes (`wrong()` makes each; `send(code)` answers its answer) to something just
 * started until one is refused as the document allows (`refusesEveryCode`) once the tries it
 * counted down are used up, one past the document's `tries` at most: an endpoint that answers that
 * one 422 takes too many (`rule` says what the document says). Answers the problems seen and the
 * refusal (none when no code was refused), or, when a code was taken (200: a wrong code that was
 * right, or an endpoint that takes any), that answer as `taken`. No answer may carry a code sent.
 * A 429 while tries are left says nothing of the limit on them: the check is skipped (or, when it
 * found problems, fails with them and that), as it is for a 429 to the first code; so is one once none
 * is left whose wait ends before the code does (`expiresAt`, when known), after which the tries
 * may have come back. `problems` is the check's own list, which the problems found join: a skip
 * thrown leaves none of them unsaid.
 */
async function spendTries(send, wrong, tries, rule, { problems = [], expiresAt } = {}) {
  let wrongTaken = 0;
  let lastLeft;
  for (let i = 1; i <= tries + 1; i++) {
    const code = wrong();
    const answer = await send(code);
    problems.push(...messageCarries(answer, code, 'the code sent'));
    if (refusesEveryCode(answer)) {
      problems.push(...answer.problems);
      const waitEnds = Date.now() + Number(answer.body?.error?.retryAfter) * 1000;
      const codeOutlasts = answer.status === 429 && lastLeft === 0 && Date.parse(expiresAt) > waitEnds;
      if (answer.status === 429 && (lastLeft !== 0 || codeOutlasts)) {
        const undecided = codeOutlasts
          ? `${answer.label} answered 429 rate-limited once no tries were left, for ${answer.body.error.retryAfter} s, less than the code has to live (until ${expiresAt}): whether the tries come back after the wait could not be checked; a code is refused 410 expired once its tries are used up`
          : `${answer.label} answered 429 rate-limited after ${wrongTaken} wrong codes, while tries were left: the limit on tries could not be checked; rerun in ${answer.body.error.retryAfter} s, or raise the rate limit for the test user`;
        if (problems.length > 0) {
          problems.push(undecided);
          return { problems };
        }
        // The first code: a limit of the endpoint's own, reached before this check.
        if (i === 1) skipIfRefused(answer);
        throw new Skip(undecided);
      }
      if (answer.status === 410 && lastLeft === undefined) {
        problems.push(`${answer.label} answered 410 expired to the first code, though it had just started: a code is refused as wrong (422 invalid-code, with attemptsLeft) until the tries run out`);
      } else if (answer.status === 410 && lastLeft > 0) {
        problems.push(`${answer.label} answered 410 expired after a wrong code said ${lastLeft} tries were left: attemptsLeft says how many tries remain (the document's InvalidCode answer)`);
      }
      return { problems, refused: answer };
    }
    if (answer.status === 200) {
      problems.push(...answer.problems);
      return { problems, taken: answer };
    }
    if (lastLeft === 0 && answer.status !== 422) {
      // The tries are used up: anything but 410 (or a 429) is wrong, whatever else it is.
      problems.push(...expectAnswer(answer, { status: 410, code: 'expired' }), `after the last try every code answers 410 expired: ${rule}`);
      return { problems };
    }
    const wrongAnswer = expectAnswer(answer, { status: 422, code: 'invalid-code' });
    problems.push(...wrongAnswer);
    if (wrongAnswer.length > 0) return { problems };
    wrongTaken++;
    const left = answer.body.error.attemptsLeft;
    if (lastLeft === 0) {
      problems.push(`${answer.label} answered 422 invalid-code after a wrong code said no tries were left: after the last try every code answers 410 expired (the document's InvalidCode answer)`);
    } else if (lastLeft !== undefined && left !== lastLeft - 1) {
      problems.push(`attemptsLeft went from ${lastLeft} to ${left} after a wrong code, expected ${lastLeft - 1}`);
    }
    lastLeft = left;
  }
  if (wrongTaken > tries) problems.push(`${tries + 1} wrong codes in a row each answered 422 invalid-code: ${rule}`);
  return { problems };
}

/**
 * Problems when an answer carries `digits` sent in the request (a phone number, a code): its
 * `message`, or anything else in it, with the digits written with or without spaces, dots, dashes
 * or brackets between them. The kit's messages name `what`, never the digits.
 */
function messageCarries(answer, digits, what) {
  const text = JSON.stringify(answer.body ?? '').replace(/(?<=\d)[\s().\-\u00a0]+(?=\d)/g, '');
  if (!text.includes(digits)) return [];
  const message = String(answer.body?.error?.message ?? '').replace(/(?<=\d)[\s().\-\u00a0]+(?=\d)/g, '');
  const where = message.includes(digits) ? 'error.message' : 'the answer';
  return [`${answer.label}: ${where} carries ${what}: the message is for developers and never contains a phone number, a code or a secret ("Errors")`];
}

/**
 * A request to every route that changes something, none of which would change anything were it
 * let through: an unknown id, or a body the document's schema refuses. All but `deletePhone`, whose
 * slot is one of three names: let through, it would remove the user's phone (its own check sends
 * it only for a slot the user has empty).
 */
const CHANGES = [
  ['PUT', '/settings/default-method', { method: 'mfa-contract-no-such-method' }],
  ['POST', '/phones/alternate/verifications', {}],
  ['POST', `/phones/alternate/verifications/${UNKNOWN}/resend`, {}],
  ['POST', `/phones/alternate/verifications/${UNKNOWN}/confirm`, { code: '123456' }],
  ['POST', '/authenticators/enrollments', {}],
  ['DELETE', `/authenticators/enrollments/${UNKNOWN}`],
  ['POST', `/authenticators/enrollments/${UNKNOWN}/verify`, { code: '123456' }],
  ['PATCH', `/authenticators/${UNKNOWN}`, { name: 'mfa-contract' }],
  ['DELETE', `/authenticators/${UNKNOWN}`],
  ['POST', '/app-passwords', {}],
  ['DELETE', `/app-passwords/${UNKNOWN}`],
  ['POST', '/admin/actions', {}],
];

/** The change routes that take a body, which a form from another site could send (FORM_TYPES). */
const CHANGES_WITH_BODY = CHANGES.filter(([, , body]) => body);

/** The body types a form on another site can send with no preflight; an endpoint takes JSON alone. */
const FORM_TYPES = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * `body` as a form would send it as `type`: the JSON text as text/plain, its fields otherwise. An
 * empty body gets a field the schema does not name, so that, taken for JSON, it still changes nothing.
 */
function formBody(type, body) {
  if (type === 'text/plain') return { rawBody: JSON.stringify(body), contentType: type };
  const fields = Object.entries(Object.keys(body).length > 0 ? body : { mfaContract: 'form' });
  if (type === 'application/x-www-form-urlencoded') return { rawBody: new URLSearchParams(fields).toString(), contentType: type };
  const boundary = `mfa-contract-${idempotencyKey()}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { rawBody: `${parts.join('')}--${boundary}--\r\n`, contentType: `${type}; boundary=${boundary}` };
}

/**
 * What the user has, as the endpoint reads it out, to tell that requests changed nothing: the
 * documented fields a change would touch, lists sorted (the protocol fixes no order for most), so
 * that an order that varies or a field that moves by itself (a session's expiry) changes nothing.
 */
async function readAll(api) {
  const settings = (await api('GET', '/settings')).body ?? {};
  const items = async (path) => ((await api('GET', path)).body?.items ?? []).map((item) => `${item.id} ${item.name}`).sort();
  return {
    '/settings': JSON.stringify([
      [...(settings.methods ?? [])].sort(),
      settings.defaultMethod,
      (settings.phones ?? []).map((phone) => `${phone.slot} ${phone.maskedNumber}`).sort(),
    ]),
    '/authenticators': JSON.stringify(await items('/authenticators')),
    '/app-passwords': JSON.stringify(await items('/app-passwords')),
  };
}

/**
 * Whether a masked number shows no more than the protocol allows: the country calling code (1 to
 * 3 digits after the +, set apart from the rest) and at most the last two digits, the rest masked.
 * `+1 ••• ••• ••67` (with direction marks around it too) is; `+1 ••• ••• 0167` and `+1425•••••67`
 * are not.
 */
function maskedAsTheProtocolSays(maskedNumber) {
  // Direction marks and isolates (an endpoint may keep a number left to right in any text) are no part of it.
  const rest = maskedNumber.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim().replace(/^\+\d{1,3}(?=\D)/, '').replace(/^\+/, '');
  const digits = rest.replace(/\D/g, '');
  // Any digits shown are the last ones, and something is masked.
  return digits.length <= 2 && /\d*$/.exec(rest.replace(/\s/g, ''))[0] === digits && /[^\d\s]/.test(rest);
}

/**
 * Expectations on one answer: its status, its error code and reason, on top of the conformance
 * problems the answer already carries. Answers the problems (none: as expected).
 */
function expectAnswer(answer, { status, code, reason, field }) {
  const problems = [...answer.problems];
  if (answer.status !== status) {
    // A change refused for an old sign-in is a correct answer that stops the check, not a failure.
    if (answer.status === 401 && answer.body?.error?.code === 'reauth-required') {
      throw new Skip(`${answer.label} answered 401 reauth-required: sign in again and rerun`);
    }
    problems.unshift(`${answer.label} answered ${answer.status}, expected ${status}${describe(answer)}`);
    return problems;
  }
  const error = answer.body?.error;
  if (code && error?.code !== code) problems.push(`${answer.label} error.code is ${JSON.stringify(error?.code)}, expected "${code}"`);
  if (reason && error?.reason !== reason) problems.push(`${answer.label} error.reason is ${JSON.stringify(error?.reason)}, expected "${reason}"`);
  if (field && !error?.fieldErrors?.some((item) => item.field === field.field && (!field.reason || item.reason === field.reason))) {
    problems.push(`${answer.label} fieldErrors ${JSON.stringify(error?.fieldErrors)} do not name ${JSON.stringify(field)}`);
  }
  return problems;
}

/**
 * Whether an answer with these problems can still be gone on with: none, or only about what it
 * must not carry (a leak, a secret sent again), so that the checks
 * that need it run rather than skip.
 */
function usable(problems) {
  return problems.every((problem) =>
    / which looks like a secret or a full phone number| handed out earlier in this run/.test(problem),
  );
}

function describe(answer) {
  const error = answer.body?.error;
  if (error?.code) return ` (${error.code}${error.reason ? `/${error.reason}` : ''}: ${error.message})`;
  return answer.notJson ? ' (body is not JSON)' : '';
}

/**
 * What the protocol says of another user's items, quoted where the other user (--other-…) reached
 * one of the first user's.
 */
const OWN_ITEMS_RULE =
  'every operation reads or changes the caller\'s own settings only ("Sessions and CSRF"), and an item of another user is answered 404 not-found, as one that does not exist, so that its existence is not revealed (the document\'s NotFound answer)';

/** What the protocol says of an Idempotency-Key that another user sends too. */
const OWN_KEYS_RULE =
  'keys are the user\'s own (the Idempotency-Key header): another user who sends the same Idempotency-Key and body gets an answer of their own (201, a new item) or 409 conflict/idempotency-key-reused, never the first user\'s';

/**
 * The kinds of app a set-up is for, as the other user's checks try each: what a check's name adds
 * for it, and where its answer carries the secret that must stay the first user's.
 */
const SETUP_KINDS = {
  totp: { forApp: '', secret: (body) => body?.totp?.secret },
  push: { forApp: ' for a push app', secret: (body) => body?.push?.activationCode },
};

/** Why a push app's set-up is not tried. */
const NO_PUSH_APP = 'the policy does not allow this user a push app (app-notification)';

/**
 * The phone slots a test phone (--test-phone) may be verified for, in the order tried, with the
 * methods that bring each: the first that is empty, and that the policy allows (one of its methods)
 * and that takes the channel asked for (an office phone takes calls alone). Empty, so that a code
 * taken by mistake (a guess that happened to be right) is undone by removing the phone again.
 */
const TEST_PHONE_SLOTS = [
  ['alternate', ['call-alternate']],
  ['mobile', ['text-mobile', 'call-mobile']],
  ['office', ['call-office']],
];

/** How long after the test phone's code the kit still asks for another, to be refused: well inside the 30 s. */
const SOON_MS = 20_000;

/**
 * The wrong codes a phone verification takes before it refuses every code: confirmPhoneVerification
 * says "each challenge takes 5 wrong codes (422 with `attemptsLeft`), after which it answers 410"
 * (scripts/test-contract.js checks the document still says so). An endpoint may take fewer.
 */
const PHONE_TRIES = 5;

/** What the protocol says of guessing a phone's code, quoted where an endpoint takes more guesses. */
const PHONE_TRIES_RULE = `a phone verification takes ${PHONE_TRIES} wrong codes, then answers 410 expired to every code (confirmPhoneVerification), which bounds the guesses at codes ("Security notes": 5 tries each)`;

/** What the protocol says of a new code sent soon after the last, quoted where one was sent. */
const RESEND_RULE =
  'no new code for the same slot sooner than 30 seconds after the last one (429 rate-limited: startPhoneVerification, resendPhoneVerification), which bounds the texts and calls a stolen session can make, and what they cost ("Security notes")';

/** What the protocol says of an administrator's action, quoted where another user ran one. */
const ADMIN_RULE =
  'runAdminAction is for administrators only: anyone else gets 403 forbidden/not-admin, checked before anything the request names ("The order of checks"), or a user could require others to register again or delete their app passwords';

/**
 * The elements' largest body, runAdminAction for 100 users (its most), each id 128 characters (its
 * most) that JSON writes as six-byte escapes: ids no user has (`mfa-contract-no-such-user-007-xxx…`),
 * plain to read in a log once decoded, each of their characters written as an escape. An
 * administrator's run of it changes nothing.
 */
const LARGEST_USER_IDS = Array.from({ length: 100 }, (_, i) => `mfa-contract-no-such-user-${String(i).padStart(3, '0')}-`.padEnd(128, 'x'));
const LARGEST_BODY = `{"action":"restore-remembered-devices","userIds":[${LARGEST_USER_IDS.map(
  (id) => `"${[...id].map((character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`,
).join(',')}]}`;
const LARGEST_BODY_BYTES = Buffer.byteLength(LARGEST_BODY);

/** A body far past anything the elements send, which an endpoint that bounds what it reads refuses for its size. */
const OVERSIZED_BODY_BYTES = 8 * 1024 * 1024;

/** What the protocol says of a body's size, quoted where an endpoint read one far too large. */
const BODY_RULE =
  'bound the bodies you read, and refuse a larger one before reading it whole (400 validation, field body, reason too-long), so that one request cannot hold your memory, or the user\'s changes queued behind it ("Security notes"); the elements\' largest body is under 76 KiB';

/** Why a check of what a change does beyond its CSRF token did not run. */
const NO_CSRF = 'needs --csrf-header and --csrf: without a CSRF token, every change is refused for it first (403 csrf)';

/** Why the phone checks did not run. */
const NO_TEST_PHONE =
  'needs a test phone: pass --test-phone with a number your endpoint may send one code to (a phone of your test system, or the sink its text and call provider has for tests), to check the limits on a phone verification\'s codes';

/** Said where the other user saw the first user's items: the options may name the first user twice. */
const SAME_USER = "(unless --other-header/--other-cookie are the first user's too: give another user's)";

/** What a rename to a name taken breaks. */
const RENAME_RULE =
  'names are unique among the user\'s authenticator apps and their set-ups still waiting, whatever the case, so that two rows of the list, and their Rename and Remove buttons, can be told apart (renameAuthenticator)';

/**
 * Problems with the other user's request for one of the first user's items (`what`), which must
 * answer as for an item that does not exist: 404 not-found.
 */
function refusedAsUnknown(answer, what) {
  const problems = expectAnswer(answer, { status: 404, code: 'not-found' });
  if (answer.status >= 200 && answer.status < 300) problems.push(`${answer.label} reached the first user's ${what} ${SAME_USER}: ${OWN_ITEMS_RULE}`);
  else if (answer.status !== 404) problems.push(`to the other user, the first user's ${what} must look like one that does not exist: ${OWN_ITEMS_RULE}`);
  return problems;
}

/**
 * Problems with the other user's answer to the first user's POST sent again, the same
 * Idempotency-Key and body: it must be one of their own (`id` and `secret` read the item's id and
 * secret from an answer), or 409 idempotency-key-reused. A refusal for the other user's own policy
 * or limits skips the check.
 */
function ownAnswer(again, first, { id, secret, what }) {
  const error = again.body?.error;
  if (again.status === 409 && error?.code === 'conflict' && error.reason === 'idempotency-key-reused') return again.problems;
  if (again.status === 409 && error?.code === 'conflict' && error.reason === 'limit-reached' && again.problems.length === 0) {
    throw new Skip(`${again.label} answered 409 limit-reached: the other user has no room for another; remove one of theirs and rerun`);
  }
  skipIfRefused(again);
  if (again.status !== 201) {
    return [`${again.label} answered ${again.status}${describe(again)}, expected 201 (their own) or 409 conflict/idempotency-key-reused: ${OWN_KEYS_RULE}`, ...again.problems];
  }
  const problems = [...again.problems];
  if (id(again.body) === id(first.body)) problems.push(`${again.label} answered the first user's ${what} (the same id) ${SAME_USER}: ${OWN_KEYS_RULE}`);
  else if (secret(again.body) !== undefined && secret(again.body) === secret(first.body)) {
    problems.push(`${again.label} answered a ${what} of its own, but with the first user's secret: ${OWN_KEYS_RULE}`);
  }
  return problems;
}

/** The first check's app-password request again, with its Idempotency-Key and the name given. */
function createAgain(api, context, name) {
  return api('POST', '/app-passwords', { body: { name }, headers: { 'Idempotency-Key': context.appPasswordKey } });
}

/**
 * Revokes an app password a check created by mistake, so the run leaves nothing behind: the
 * revocation's answer, or none when the answer named no app password.
 */
async function revokeCreated(api, created) {
  const id = created?.appPassword?.id;
  return typeof id === 'string' ? api('DELETE', `/app-passwords/${encodeURIComponent(id)}`) : undefined;
}

/**
 * Starts a set-up of `kind` under `name`, with a key of its own: its answer, the problems with it
 * (a refusal for this user's policy or the endpoint's limits is a skip), its id and, when it
 * started (201 with an id), its path.
 */
async function startSetup(api, kind, name) {
  const started = await api('POST', '/authenticators/enrollments', { body: { kind, name }, headers: { 'Idempotency-Key': idempotencyKey() } });
  skipIfRefused(started);
  const id = started.body?.enrollmentId;
  const path = started.status === 201 && typeof id === 'string' ? `/authenticators/enrollments/${encodeURIComponent(id)}` : undefined;
  return { started, problems: expectAnswer(started, { status: 201 }), id, path };
}

/**
 * Answers that end a write check early because this user may not do it here, or not now. A 429
 * is one of them when it is as the protocol says (Retry-After, an ErrorBody): an endpoint chooses
 * its own limits, such as on starting set-ups, and earlier runs may have reached them.
 */
function skipIfRefused(answer) {
  const error = answer.body?.error;
  if (answer.status === 429 && error?.code === 'rate-limited' && answer.problems.length === 0) {
    throw new Skip(`${answer.label} answered 429 rate-limited: this user may not do it again for ${error.retryAfter} s; rerun then`);
  }
  if (answer.status === 403 && error?.code === 'forbidden' && error.reason === 'policy') {
    throw new Skip(`${answer.label} is not allowed for this user by policy (403 policy)`);
  }
  if (answer.status === 409 && error?.code === 'conflict' && answer.problems.length === 0) {
    throw new Skip(`${answer.label} answered 409 ${error.reason}: this user cannot do it now`);
  }
}

/**
 * Adding an app can change what the kit cannot change back: the app would become the default of
 * a user with none, and would end an administrator's requirement to register again. Skips then,
 * and where the policy allows no code app.
 */
function skipUnlessAppMayBeAdded(settings) {
  if (!settings.policy.allowedMethods.includes('app-code')) throw new Skip('the policy does not allow this user a code app (app-code)');
  if (settings.defaultMethod === null) throw new Skip('this user has no default method: an app added would become it, which the kit could not undo');
  if (settings.mustRegisterAgain) {
    throw new Skip('this user must register contact methods again: an app added would end that requirement, which the kit could not undo');
  }
}

/**
 * Activates a code app's set-up with the code its secret makes now: the app's id (undefined when
 * the answer names none), its problems added to `problems`.
 */
async function activate(api, enrollment, started, problems) {
  const verified = await api('POST', `${enrollment}/verify`, {
    body: { code: totpCodeNow(started.body.totp) },
    headers: { 'Idempotency-Key': idempotencyKey() },
  });
  skipIfRefused(verified);
  problems.push(...expectAnswer(verified, { status: 200 }));
  if (verified.status === 422) problems.push(`${verified.label} refused the code the set-up makes now: is this machine's clock right?`);
  return verified.body?.authenticator?.id;
}

/**
 * Removes what a check that adds an app made, also when it failed part way: the app (`id`), or,
 * not activated or activated with an answer the kit could not read, the set-up, cancelled, or, if
 * it did become an app, that app, found by its `name` and deleted. The deletion's problems go to `problems`.
 */
async function removeAdded(api, { enrollment, id, name, problems }) {
  let appId = id;
  if (typeof appId !== 'string') {
    const cancelled = await api('DELETE', enrollment);
    if (cancelled.status === 409) appId = (await api('GET', '/authenticators')).body?.items?.find((item) => item.name === name)?.id;
  }
  if (typeof appId === 'string') problems.push(...expectAnswer(await api('DELETE', `/authenticators/${encodeURIComponent(appId)}`), { status: 204 }));
}

/** The other user's settings, read as the first user's are: that check's run (see `otherUser`). */
async function readOtherSettings(api, context) {
  const answer = await api('GET', '/settings', { otherUser: true });
  const problems = expectAnswer(answer, { status: 200 });
  if (answer.status === 401) problems.push("the endpoint refused the other user's credentials: check --other-header / --other-cookie");
  if (answer.status === 200 && usable(problems)) context.otherSettings = answer.asRead;
  return problems;
}

/**
 * The checks, in order. `run(api, context)` answers a list of problems (empty: pass) or throws
 * Skip. `context` is shared: later checks read what earlier ones found.
 */
export function contractChecks({
  csrfConfigured,
  allowWrites,
  staleConfigured = false,
  staleCsrfOwn = staleConfigured,
  otherConfigured = false,
  testPhone,
  testPhoneChannel = 'text',
}) {
  const writes = (run) => async (api, context) => {
    if (!allowWrites) throw new Skip('changes data: pass --allow-writes');
    return run(api, context);
  };
  /** A check as another user: it needs a second test user's credentials. */
  const otherGiven = (run) => async (api, context) => {
    if (!otherConfigured) {
      throw new Skip(
        "needs another user: pass --other-header or --other-cookie (and, with --csrf, --other-csrf), a second test user's credentials, to check that each user reaches only their own items and Idempotency-Keys",
      );
    }
    return run(api, context);
  };
  const needs = (key, run) => async (api, context) => {
    if (context[key] === undefined) throw new Skip(`needs ${key}, which an earlier check did not get`);
    return run(api, context);
  };
  /** A check as another user whose credentials the endpoint took (the first check as them). */
  const otherUser = (run) => otherGiven(needs('otherSettings', run));
  /**
   * A check that starts a set-up of `kind`: a push app's only where the policy allows one
   * (`app-notification`), as <mfa-authenticator-enroll> offers it only there; a code app's is
   * refused by the endpoint where the policy allows none (403 policy, a skip).
   */
  const setupAllowed = (kind, run) =>
    kind === 'totp'
      ? run
      : needs('settings', async (api, context) => {
          if (!context.settings.policy.allowedMethods.includes('app-notification')) throw new Skip(NO_PUSH_APP);
          return run(api, context);
        });
  const invalidDefaultMethod = { method: 'mfa-contract-no-such-method' };
  /** A check on the test phone's verification (--test-phone), once it has started. */
  const phoneStarted = (run) => async (api, context) => {
    if (!testPhone) throw new Skip(NO_TEST_PHONE);
    return needs('phoneChallenge', run)(api, context);
  };
  /**
   * Problems when an error answer carries the test phone's number: its last 7 digits, as a
   * national format would write them too, spaced or not.
   */
  const carriesTestPhone = (answer) => (answer.status >= 400 ? messageCarries(answer, testPhone.slice(-7), 'the phone number sent') : []);
  /** The test phone's challenge, its slot and id: the path of its `resend` or `confirm`. */
  const challengePath = ({ slot, challengeId }, action) => `/phones/${slot}/verifications/${encodeURIComponent(challengeId)}/${action}`;
  /** A code of the test phone's verification's length, made up: right once in 10^length. */
  const madeUpCode = ({ codeLength }) => String(randomInt(10 ** codeLength)).padStart(codeLength, '0');
  /** Removes the test phone where a code saved it in its slot, which was empty: the problems of the removal. */
  const removeSaved = async (api, { slot }) => expectAnswer(await api('DELETE', `/phones/${slot}`), { status: 204 });

  return [
    // Read-only.
    {
      name: 'GET /settings answers 200 with a SettingsSummary',
      async run(api, context) {
        const answer = await api('GET', '/settings');
        const problems = expectAnswer(answer, { status: 200 });
        if (answer.status === 401) problems.push('the endpoint refused the credentials: check --header / --cookie');
        // As the elements read them: without the method ids and phone slots they do not know.
        if (answer.status === 200 && usable(problems)) context.settings = answer.asRead;
        return problems;
      },
    },
    {
      name: 'GET /settings shows every phone number masked: no more digits than a country code and the last two',
      run: needs('settings', async (_api, { settings }) => {
        if (settings.phones.length === 0) throw new Skip('this user has no phone to look at');
        return settings.phones
          .filter(({ maskedNumber }) => !maskedAsTheProtocolSays(maskedNumber))
          .map(({ slot }) => `GET /settings phones[slot=${slot}].maskedNumber shows more than the country code and the last two digits ("Security notes")`);
      }),
    },
    {
      name: 'GET /authenticators answers 200 with an AuthenticatorList',
      run: async (api) => expectAnswer(await api('GET', '/authenticators'), { status: 200 }),
    },
    {
      name: 'GET /app-passwords answers 200 with an AppPasswordList',
      run: async (api) => expectAnswer(await api('GET', '/app-passwords'), { status: 200 }),
    },
    {
      name: 'GET an unknown enrollment answers 404 not-found',
      run: async (api) => expectAnswer(await api('GET', `/authenticators/enrollments/${UNKNOWN}`), { status: 404, code: 'not-found' }),
    },
    {
      name: 'without credentials, GET /settings answers 401 unauthenticated',
      run: async (api) => expectAnswer(await api('GET', '/settings', { anonymous: true }), { status: 401, code: 'unauthenticated' }),
    },
    {
      name: 'without credentials, a change answers 401 unauthenticated',
      run: async (api) =>
        expectAnswer(await api('PUT', '/settings/default-method', { body: invalidDefaultMethod, anonymous: true }), {
          status: 401,
          code: 'unauthenticated',
        }),
    },
    // Invalid input: refused before anything changes.
    {
      name: 'PUT /settings/default-method with an unknown method answers 400 validation (field method)',
      run: async (api) =>
        expectAnswer(await api('PUT', '/settings/default-method', { body: invalidDefaultMethod }), {
          status: 400,
          code: 'validation',
          field: { field: 'method' },
        }),
    },
    {
      name: 'PUT /settings/default-method with malformed JSON answers 400 validation (body/malformed-json)',
      run: async (api) =>
        expectAnswer(await api('PUT', '/settings/default-method', { rawBody: '{"method":' }), {
          status: 400,
          code: 'validation',
          field: { field: 'body', reason: 'malformed-json' },
        }),
    },
    {
      name: 'confirming an unknown phone verification answers 404 not-found',
      run: async (api) =>
        expectAnswer(await api('POST', `/phones/alternate/verifications/${UNKNOWN}/confirm`, { body: { code: '123456' } }), {
          status: 404,
          code: 'not-found',
        }),
    },
    {
      name: 'revoking an unknown app password answers 404 not-found',
      run: async (api) => expectAnswer(await api('DELETE', `/app-passwords/${UNKNOWN}`), { status: 404, code: 'not-found' }),
    },
    // Routing, checked before anything else ("The order of checks"): answers of no operation.
    {
      name: 'an unknown path answers 404 not-found, an ErrorBody in application/json',
      async run(api) {
        const answer = await api('GET', `/${UNKNOWN}`, { unrouted: true });
        const problems = expectAnswer(answer, { status: 404, code: 'not-found' });
        if (problems.length > 0) problems.push(ROUTE_RULE);
        return problems;
      },
    },
    {
      // A GET-only route, sent a POST as a change is (the CSRF header, an empty JSON body): the route
      // is checked before the session and CSRF, and nothing is sent that could change anything.
      name: 'a method a route does not take (POST /settings) answers 405 with an Allow header that names GET, an ErrorBody (not-found) in application/json',
      async run(api) {
        const answer = await api('POST', '/settings', { body: {}, unrouted: true });
        const problems = expectAnswer(answer, { status: 405, code: 'not-found' });
        if (answer.status === 405) {
          const allow = answer.headers.get('allow');
          const methods = (allow ?? '').split(',').map((method) => method.trim().toUpperCase());
          if (allow === null) problems.push(`${answer.label} answered 405 without an Allow header`);
          else if (!methods.includes('GET') || methods.includes('POST')) {
            problems.push(`${answer.label} answered 405 with Allow: ${JSON.stringify(allow)}, which should name GET, the method the route takes, and not POST`);
          }
        }
        if (problems.length > 0) problems.push(ROUTE_RULE);
        return problems;
      },
    },
    {
      // Nothing is sent to a phone: the number is too short for any region (+1 and 7 digits), so
      // an endpoint refuses it before a text could go out, and the codes name no verification or
      // set-up the user has. Each answer is read for the digits sent, however it spaces them.
      name: 'an error answer carries no phone number or code sent: a phone verification started with a number too short to reach (400 validation, field number), and codes, well-formed and too long, for an unknown phone verification and an unknown enrollment',
      async run(api) {
        const problems = [];
        let phoneChecked = false;
        for (const [slot, channel] of [
          ['mobile', 'text'],
          ['alternate', 'text'],
          ['office', 'call'],
        ]) {
          const answer = await api('POST', `/phones/${slot}/verifications`, {
            body: { number: `+1${UNREACHABLE_NUMBER}`, channel },
            headers: { 'Idempotency-Key': idempotencyKey() },
          });
          problems.push(...messageCarries(answer, UNREACHABLE_NUMBER, 'the phone number sent'));
          // A slot the policy leaves out says nothing of the number: the next one is tried.
          if (answer.status === 403 && answer.body?.error?.reason === 'policy') continue;
          if (answer.status === 429) skipIfRefused(answer);
          phoneChecked = true;
          if (answer.status >= 200 && answer.status < 300) {
            problems.push(
              `${answer.label} answered ${answer.status} to a number too short for its region (+1 and 7 digits): it is checked against full phone metadata and refused before any code is sent (startPhoneVerification: number/too-short)`,
              ...answer.problems,
            );
          } else {
            problems.push(...expectAnswer(answer, { status: 400, code: 'validation', field: { field: 'number' } }));
          }
          break;
        }
        if (!phoneChecked) problems.push('POST /phones/{slot}/verifications answered 403 policy for every slot: the number could not be checked');
        for (const path of [`/phones/alternate/verifications/${UNKNOWN}/confirm`, `/authenticators/enrollments/${UNKNOWN}/verify`]) {
          for (const digits of [6, 11]) {
            const code = String(randomInt(10 ** (digits - 1), 10 ** digits));
            const answer = await api('POST', path, { body: { code }, headers: { 'Idempotency-Key': idempotencyKey() } });
            problems.push(...answer.problems, ...messageCarries(answer, code, `the code sent (${digits} digits)`));
          }
        }
        return problems;
      },
    },
    // CSRF: refused before the body is even read, on every route that changes anything. Each
    // request would change nothing were it let through (an unknown id, a body the schema refuses).
    // Without --csrf the kit sends no CSRF header at all, which the protocol makes mandatory on
    // every change ("Sessions and CSRF"): the check still runs, and a change let through fails it.
    // The wrong token is one of the same length and alphabet as the session's, not an obvious one.
    ...[
      ['omit', 'without the CSRF header'],
      ['wrong', 'with a wrong CSRF token'],
      ['other', "with the CSRF token of the user's other session"],
    ].map(([mode, how]) => ({
      name: `a change ${how} answers 403 forbidden/csrf, on each of the ${CHANGES.length} change routes`,
      async run(api) {
        if (mode === 'wrong' && !csrfConfigured) throw new Skip('pass --csrf-header and --csrf to check that a wrong CSRF token is refused');
        if (mode === 'other' && !(csrfConfigured && staleConfigured)) {
          throw new Skip("pass --csrf-header and --csrf, and a second session's credentials and CSRF token (--stale-header or --stale-cookie, --stale-csrf): each session's token must be its own");
        }
        if (mode === 'other' && !staleCsrfOwn) {
          throw new Skip('--stale-csrf is the same token as --csrf: this endpoint gives a user one token for every session, so no other session\'s token can be sent');
        }
        const problems = [];
        for (const [method, path, body] of CHANGES) {
          const answer = await api(method, path, { body, csrf: mode });
          // An administrator's route may say first that the user is none: CSRF is then not reached.
          const notAdmin = path === '/admin/actions' && answer.body?.error?.reason === 'not-admin';
          if (!notAdmin) problems.push(...expectAnswer(answer, { status: 403, code: 'forbidden', reason: 'csrf' }));
        }
        if (problems.length > 0 && mode === 'omit') {
          problems.unshift('the protocol makes the CSRF header mandatory on every request but GET ("Sessions and CSRF"): a change without it must answer 403 forbidden/csrf before anything else');
        }
        if (problems.length > 0 && mode === 'other') {
          problems.unshift("a CSRF token is the session's own (\"Sessions and CSRF\"): another session's token, even the same user's, must answer 403 forbidden/csrf");
        }
        return problems;
      },
    })),
    {
      name: 'removing a phone from a slot the user has empty, without the CSRF header or with a wrong token, answers 403 forbidden/csrf',
      run: needs('settings', async (api, { settings }) => {
        // Only a slot GET /settings showed empty: let through, the request removes nothing (404).
        const used = new Set(settings.phones.map((phone) => phone.slot));
        const slot = ['alternate', 'office', 'mobile'].find((name) => !used.has(name));
        if (!slot) throw new Skip('this user has a phone in every slot: let through, the request would remove one');
        const problems = [];
        for (const mode of csrfConfigured ? ['omit', 'wrong'] : ['omit']) {
          problems.push(...expectAnswer(await api('DELETE', `/phones/${slot}`, { csrf: mode }), { status: 403, code: 'forbidden', reason: 'csrf' }));
        }
        return problems;
      }),
    },
    {
      name: `a change whose body is sent as a form on another site can send it (${FORM_TYPES.join(', ')}) answers 400 validation (Content-Type/not-json), on each of the ${CHANGES_WITH_BODY.length} routes that take a body, and changes nothing`,
      async run(api) {
        const problems = [];
        const before = await readAll(api);
        // Refused before the body is read, so also for an unknown id: a route that looked the id up
        // first would take a form's body for a known one.
        for (const type of FORM_TYPES) {
          for (const [method, path, body] of CHANGES_WITH_BODY) {
            const answer = await api(method, path, { ...formBody(type, body) });
            const notAdmin = path === '/admin/actions' && answer.body?.error?.reason === 'not-admin';
            if (!notAdmin) problems.push(...expectAnswer(answer, { status: 400, code: 'validation', field: { field: 'Content-Type', reason: 'not-json' } }));
          }
        }
        const after = await readAll(api);
        for (const [path, read] of Object.entries(before)) {
          if (read !== after[path]) problems.push(`GET ${path} answered otherwise after the requests with form bodies: one of them changed something`);
        }
        return problems;
      },
    },
    {
      name: `with a sign-in too old for changes, each change answers 401 reauth-required (${CHANGES.length - 1} routes), but cancelling an enrollment needs none, and reads still answer`,
      async run(api) {
        if (!staleConfigured) {
          throw new Skip('pass --stale-header or --stale-cookie (and --stale-csrf), a second session signed in longer ago than your endpoint allows for changes');
        }
        const problems = [];
        for (const [method, path, body] of CHANGES) {
          const answer = await api(method, path, { body, stale: true });
          const error = answer.body?.error;
          if (path === '/admin/actions' && error?.reason === 'not-admin') continue;
          if (method === 'DELETE' && path.startsWith('/authenticators/enrollments/')) {
            // It only takes access away: a user whose sign-in is old must still be able to end a set-up.
            if (error?.code === 'reauth-required') problems.push(`${answer.label} answered 401 reauth-required: cancelling a set-up needs no recent sign-in`);
            else problems.push(...expectAnswer(answer, { status: 404, code: 'not-found' }));
          } else if (answer.status !== 401 || error?.code !== 'reauth-required') {
            problems.push(`${answer.label} answered ${answer.status}, expected 401 reauth-required${describe(answer)}`, ...answer.problems);
          }
        }
        problems.push(...expectAnswer(await api('GET', '/settings', { stale: true }), { status: 200 }));
        return problems;
      },
    },
    // Another user's session (--other-…): each user reaches only their own.
    {
      name: 'as the other user, GET /settings answers 200 with a SettingsSummary',
      run: otherGiven(readOtherSettings),
    },
    {
      name: "as the other user, GET /app-passwords and GET /authenticators list none of the first user's",
      run: otherUser(async (api) => {
        const problems = [];
        let looked = 0;
        for (const [path, what] of [
          ['/app-passwords', 'app passwords'],
          ['/authenticators', 'authenticator apps'],
        ]) {
          const own = await api('GET', path);
          const others = await api('GET', path, { otherUser: true });
          problems.push(...expectAnswer(own, { status: 200 }), ...expectAnswer(others, { status: 200 }));
          const ids = new Set((own.body?.items ?? []).map((item) => item.id));
          looked += ids.size;
          const shown = (others.body?.items ?? []).filter((item) => ids.has(item.id)).length;
          if (shown > 0) problems.push(`${others.label} lists ${shown} of the first user's ${ids.size} ${what} ${SAME_USER}: ${OWN_ITEMS_RULE}`);
        }
        if (looked === 0 && problems.length === 0) {
          throw new Skip('the first user has no app password or authenticator app to look for (with --allow-writes, the checks that follow create their own)');
        }
        return problems;
      }),
    },
    // Changes that change nothing: refused, or naming what does not exist (an administrator's
    // own action, which is logged, is sent only with --allow-writes).
    {
      // It names users that do not exist, so that nothing changes were it let through.
      name: "an administrator's action (POST /admin/actions, naming users that do not exist) answers 403 forbidden/not-admin to each user given who is not an administrator (GET /settings: user.isAdmin false); with --allow-writes, to one who is, for 100 users of 128 characters (the elements' largest body), 200 with each failed/not-found",
      run: needs('settings', async (api, context) => {
        if (!csrfConfigured) throw new Skip(NO_CSRF);
        const users = [[context.settings, false]];
        if (context.otherSettings) users.push([context.otherSettings, true]);
        const problems = [];
        /** Why a part was not run: said when the refusal could not be checked. */
        const notRun = [];
        let refusalChecked = false;
        for (const [settings, otherUser] of users) {
          const who = otherUser ? 'the other user' : 'the first user';
          if (!settings.user.isAdmin) {
            refusalChecked = true;
            const answer = await api('POST', '/admin/actions', {
              body: { action: 'restore-remembered-devices', userIds: [UNKNOWN] },
              headers: { 'Idempotency-Key': idempotencyKey() },
              otherUser,
            });
            if (answer.status >= 200 && answer.status < 300) {
              problems.push(`${answer.label} answered ${answer.status}, though GET /settings says ${who} is no administrator (user.isAdmin false): ${ADMIN_RULE}`, ...answer.problems);
            } else {
              problems.push(...expectAnswer(answer, { status: 403, code: 'forbidden', reason: 'not-admin' }));
            }
            continue;
          }
          // An administrator's action runs for real, if only as an entry in an audit log.
          if (!allowWrites) {
            notRun.push(`${who} is an administrator, whose action is run for real (an entry in an audit log, if nothing else): pass --allow-writes`);
            continue;
          }
          const answer = await api('POST', '/admin/actions', { rawBody: LARGEST_BODY, headers: { 'Idempotency-Key': idempotencyKey() }, otherUser });
          const error = answer.body?.error;
          if (answer.problems.length === 0 && ((answer.status === 401 && error?.code === 'reauth-required') || (answer.status === 429 && error?.code === 'rate-limited'))) {
            notRun.push(`${answer.label} answered ${answer.status} ${error.code}: ${who}'s sign-in is too old for changes, or a limit of the endpoint's own was reached`);
            continue;
          }
          if (error?.fieldErrors?.some((each) => each.field === 'body' && each.reason === 'too-long')) {
            problems.push(`${answer.label} refused a body of ${LARGEST_BODY_BYTES.toLocaleString('en')} bytes as too long: the elements send runAdminAction for up to 100 users, each id up to 128 characters, a body under 76 KiB ("Security notes")`);
            continue;
          }
          problems.push(...expectAnswer(answer, { status: 200 }));
          if (answer.status !== 200 || !usable(problems)) continue;
          const results = answer.body.results;
          const notFound = results.filter((result) => LARGEST_USER_IDS.includes(result.userId) && result.status === 'failed' && result.error?.code === 'not-found');
          if (results.length !== LARGEST_USER_IDS.length || new Set(notFound.map((result) => result.userId)).size !== LARGEST_USER_IDS.length) {
            problems.push(
              `${answer.label} answered ${results.length} results, ${notFound.length} of them a user sent, failed with not-found, expected one such for each of the ${LARGEST_USER_IDS.length} users sent, none of whom exists (runAdminAction: each user id as the request gave it)`,
            );
          }
        }
        if (!refusalChecked && problems.length === 0) {
          throw new Skip(
            [...notRun, 'no user given is one who is not an administrator: give one (the first user, or the other with --other-…), to check that the action is refused to them'].join('; '),
          );
        }
        return problems;
      }),
    },
    {
      // A name 8 MiB long: read whole, the schema refuses it (nothing is created either way). Sent
      // with `Expect: 100-continue`, so that an endpoint that refuses it by its Content-Length need
      // not take it at all; then in chunks, with no Content-Length, which only an endpoint that
      // counts what arrives refuses before it has read it all.
      name: `a body of ${OVERSIZED_BODY_BYTES / 1024 / 1024} MiB (POST /app-passwords), with its Content-Length and in chunks without one, is refused for its size: 400 validation (body/too-long)`,
      async run(api) {
        if (!csrfConfigured) throw new Skip(NO_CSRF);
        const name = 'x'.repeat(OVERSIZED_BODY_BYTES);
        const problems = [];
        const unanswered = [];
        for (const chunked of [false, true]) {
          const answer = await api('POST', '/app-passwords', { body: { name }, headers: { 'Idempotency-Key': idempotencyKey() }, expectContinue: true, chunked });
          if (answer.status === 0) {
            unanswered.push(...answer.problems);
            continue;
          }
          if (answer.status === 401 && answer.body?.error?.code === 'reauth-required' && answer.problems.length === 0) {
            throw new Skip(`${answer.label} answered 401 reauth-required: the sign-in is too old for changes, which is checked before a body's size`);
          }
          // A proxy in front of the endpoint that refuses it first: the elements never send such a body.
          if (answer.status === 413) continue;
          if (answer.status === 201) {
            const revoked = await revokeCreated(api, answer.body);
            problems.push(
              `${answer.label} answered 201 to a name of ${OVERSIZED_BODY_BYTES.toLocaleString('en')} characters (the schema takes 64)${revoked?.status === 204 ? ', and the app password was revoked again' : ': an app password may be left behind, with that name; revoke it'}`,
              ...answer.problems,
            );
            continue;
          }
          const refused = expectAnswer(answer, { status: 400, code: 'validation', field: { field: 'body', reason: 'too-long' } });
          problems.push(...refused);
          if (refused.length > 0 && !problems.includes(BODY_RULE)) problems.push(BODY_RULE);
        }
        if (unanswered.length > 0 && problems.length === 0) {
          throw new Skip(`${unanswered.join('; ')}: no answer to read (a connection closed while the body was on its way loses it, and a slow link may not send it in time)`);
        }
        return problems;
      },
    },
    // Writes, each undone by the checks that follow it.
    {
      name: 'PUT /settings/default-method with the current default answers 200 with it',
      run: writes(
        needs('settings', async (api, { settings }) => {
          if (settings.defaultMethod === null) throw new Skip('this user has no default method to set again');
          const answer = await api('PUT', '/settings/default-method', { body: { method: settings.defaultMethod } });
          const problems = expectAnswer(answer, { status: 200 });
          if (problems.length === 0 && answer.body.defaultMethod !== settings.defaultMethod) {
            problems.push(`answered defaultMethod ${answer.body.defaultMethod}, expected ${settings.defaultMethod}`);
          }
          return problems;
        }),
      ),
    },
    {
      name: 'POST /app-passwords answers 201 with the password once',
      run: writes(async (api, context) => {
        context.appPasswordName = `mfa-contract ${new Date().toISOString()}`;
        context.appPasswordKey = idempotencyKey();
        const answer = await api('POST', '/app-passwords', {
          body: { name: context.appPasswordName },
          headers: { 'Idempotency-Key': context.appPasswordKey },
        });
        skipIfRefused(answer);
        const problems = expectAnswer(answer, { status: 201 });
        if (answer.status === 201 && usable(problems)) context.createdAppPassword = answer.body;
        // Created, but not as the protocol says: the checks that revoke it will not run, and a
        // working app password must not outlive the run.
        else if (answer.status === 201) await revokeCreated(api, answer.body);
        return problems;
      }),
    },
    {
      name: 'the same POST with the same Idempotency-Key replays the answer and creates nothing',
      run: writes(
        needs('createdAppPassword', async (api, context) => {
          const answer = await createAgain(api, context, context.appPasswordName);
          const problems = expectAnswer(answer, { status: 201 });
          if (problems.length > 0) return problems;
          if (JSON.stringify(answer.body) !== JSON.stringify(context.createdAppPassword)) {
            problems.push('the replayed answer differs from the first one (a second app password was created?)');
          }
          const list = await api('GET', '/app-passwords');
          problems.push(...expectAnswer(list, { status: 200 }));
          const named = list.body?.items?.filter((item) => item.name === context.appPasswordName) ?? [];
          if (named.length !== 1) problems.push(`GET /app-passwords lists ${named.length} app passwords named "${context.appPasswordName}", expected 1`);
          return problems;
        }),
      ),
    },
    {
      name: 'the same Idempotency-Key with another body answers 409 conflict/idempotency-key-reused',
      run: writes(
        needs('createdAppPassword', async (api, context) => {
          const answer = await createAgain(api, context, `${context.appPasswordName} (other)`);
          return expectAnswer(answer, { status: 409, code: 'conflict', reason: 'idempotency-key-reused' });
        }),
      ),
    },
    {
      name: 'POST /app-passwords with a name taken (in other letter case) answers 409 conflict/duplicate-name',
      run: writes(
        needs('createdAppPassword', async (api, context) => {
          const answer = await api('POST', '/app-passwords', {
            body: { name: context.appPasswordName.toUpperCase() },
            headers: { 'Idempotency-Key': idempotencyKey() },
          });
          if (answer.status === 201) await revokeCreated(api, answer.body);
          return expectAnswer(answer, { status: 409, code: 'conflict', reason: 'duplicate-name' });
        }),
      ),
    },
    {
      // A name of format characters alone shows as a blank row, whose Revoke button could not be
      // told from the others'. The protocol asks for a letter, digit, punctuation or symbol.
      name: 'POST /app-passwords with a name of zero-width spaces alone answers 400 validation (name/invalid)',
      run: writes(async (api) => {
        const answer = await api('POST', '/app-passwords', {
          body: { name: '\u200b\u200b\u200b' },
          headers: { 'Idempotency-Key': idempotencyKey() },
        });
        skipIfRefused(answer);
        if (answer.status === 201) await revokeCreated(api, answer.body);
        return expectAnswer(answer, { status: 400, code: 'validation', field: { field: 'name', reason: 'invalid' } });
      }),
    },
    {
      name: 'DELETE /app-passwords/{id} answers 204, then 404 not-found',
      run: writes(
        needs('createdAppPassword', async (api, context) => {
          const path = `/app-passwords/${encodeURIComponent(context.createdAppPassword.appPassword.id)}`;
          const problems = expectAnswer(await api('DELETE', path), { status: 204 });
          problems.push(...expectAnswer(await api('DELETE', path), { status: 404, code: 'not-found' }));
          return problems;
        }),
      ),
    },
    {
      name: 'the same Idempotency-Key after the app password is revoked answers 409 conflict/secret-gone',
      run: writes(
        needs('createdAppPassword', async (api, context) => {
          const answer = await createAgain(api, context, context.appPasswordName);
          const problems = expectAnswer(answer, { status: 409, code: 'conflict', reason: 'secret-gone' });
          if (JSON.stringify(answer.body ?? '').includes(context.createdAppPassword.password)) {
            problems.push('the answer still carries the revoked app password');
          }
          if (answer.status === 201) await revokeCreated(api, answer.body);
          return problems;
        }),
      ),
    },
    {
      name: 'POST /app-passwords sent three times together with one Idempotency-Key creates one',
      run: writes(async (api) => {
        const name = `mfa-contract together ${new Date().toISOString()}`;
        const key = idempotencyKey();
        const answers = await Promise.all(
          [1, 2, 3].map(() => api('POST', '/app-passwords', { body: { name }, headers: { 'Idempotency-Key': key } })),
        );
        skipIfRefused(answers[0]);
        const problems = [];
        const created = answers.filter((answer) => answer.status === 201);
        for (const answer of answers) {
          // A request that arrives while the first is still running may wait for its answer or be
          // refused. Refused because the name is taken, it was taken for a new request: the key was
          // ignored (app password names are unique, so that hides no second app password).
          const refusal = answer.body?.error;
          if (answer.status === 409 && refusal?.code === 'conflict' && refusal.reason !== 'duplicate-name') continue;
          problems.push(...expectAnswer(answer, { status: 201 }));
        }
        if (created.length === 0) problems.push('none of the three answered 201');
        const passwords = new Set(created.map((answer) => answer.body?.password));
        if (passwords.size > 1) problems.push(`the answers carry ${passwords.size} different app passwords, expected one`);
        const list = await api('GET', '/app-passwords');
        problems.push(...expectAnswer(list, { status: 200 }));
        const named = list.body?.items?.filter((item) => item.name === name) ?? [];
        if (named.length !== 1) problems.push(`GET /app-passwords lists ${named.length} app passwords named "${name}", expected 1`);
        for (const item of named) await api('DELETE', `/app-passwords/${encodeURIComponent(item.id)}`);
        return problems;
      }),
    },
    {
      name: 'an authenticator enrollment starts (201) with a code-app set-up the elements accept, reads back (200) waiting 10 minutes from the read, refuses a malformed code (400) and a wrong one (422 invalid-code, attemptsLeft counting down), and cancels (204)',
      run: writes(async (api) => {
        const sentAt = Date.now();
        const { started, problems, path } = await startSetup(api, 'totp', `mfa-contract ${Date.now()}`);
        if (problems.length > 0) {
          // Started, but not as the protocol says: it is cancelled all the same, so its secret stops working.
          if (path) await api('DELETE', path);
          return problems;
        }
        // The element checks the set-up before it shows it, and cancels one it refuses; the kit
        // goes on with the codes when there is a secret to avoid, to say all that is wrong at once.
        problems.push(...setupRefusals(started.label, started.body, 'totp'));
        try {
          if (!started.body.totp) return problems;
          // Read a little later (`READ_PAUSE_MS`), a code app's set-up waits from the read (protocol
          // 1.3.0), so that it does not time out while its page, which reads it once a minute, shows
          // it: its expiry moves on by the time between the start and the read, which the kit's
          // requests took at the most (so the endpoint's clock need not agree with the kit's). A
          // second more is allowed, for times kept in whole seconds or servers whose clocks differ
          // by less than that.
          await pause();
          const read = await api('GET', path);
          const elapsed = Date.now() - sentAt;
          problems.push(...expectAnswer(read, { status: 200 }));
          const moved = Date.parse(read.body?.expiresAt) - Date.parse(started.body.expiresAt);
          if (read.status === 200 && !(moved >= LEAST_MOVE_MS)) {
            problems.push(
              `${read.label} ${(elapsed / 1000).toFixed(1)} s after the start answered expiresAt ${read.body?.expiresAt}, where the start answered ${started.body.expiresAt}: a code app's set-up read while it waits waits 10 minutes from the read, not from its start (getEnrollment), or it times out while the user adds the key`,
            );
          } else if (read.status === 200 && moved > elapsed + 1000) {
            problems.push(
              `${read.label} moved expiresAt on by ${Math.round(moved / 1000)} s, ${Math.round(elapsed / 1000)} s after the start: a read keeps a code app's set-up waiting 10 minutes from the read, no longer (getEnrollment)`,
            );
          }
          problems.push(
            ...expectAnswer(await api('POST', `${path}/verify`, { body: { code: 'abc' } }), {
              status: 400,
              code: 'validation',
              field: { field: 'code' },
            }),
          );
          // Two wrong codes: each is 422 invalid-code, with one attempt fewer left, and the message
          // does not carry the code sent.
          const code = wrongTotpCode(started.body.totp);
          const left = [];
          for (let i = 0; i < 2; i++) {
            const wrong = await api('POST', `${path}/verify`, { body: { code }, headers: { 'Idempotency-Key': idempotencyKey() } });
            // An endpoint's own limit on tries (429) skips the check, as elsewhere.
            skipIfRefused(wrong);
            const refused = expectAnswer(wrong, { status: 422, code: 'invalid-code' });
            problems.push(...refused);
            if (refused.length > 0) break;
            left.push(wrong.body.error.attemptsLeft);
            problems.push(...messageCarries(wrong, code, 'the code sent'));
          }
          if (left.length === 2 && left[1] !== left[0] - 1) problems.push(`attemptsLeft went from ${left[0]} to ${left[1]} after a wrong code, expected ${left[0] - 1}`);
        } finally {
          problems.push(...expectAnswer(await api('DELETE', path), { status: 204 }));
        }
        const after = await api('GET', path);
        problems.push(...expectAnswer(after, { status: 200 }));
        if (after.status === 200 && after.body?.status !== 'cancelled') problems.push(`a cancelled enrollment reads back as "${after.body?.status}"`);
        return problems;
      }),
    },
    {
      name: 'POST /authenticators/enrollments again with the same Idempotency-Key answers the same enrollment (no second set-up), and 409 conflict/secret-gone once it is cancelled',
      run: writes(async (api) => {
        const request = {
          body: { kind: 'totp', name: `mfa-contract replay ${Date.now()}` },
          headers: { 'Idempotency-Key': idempotencyKey() },
        };
        const started = await api('POST', '/authenticators/enrollments', request);
        skipIfRefused(started);
        const problems = expectAnswer(started, { status: 201 });
        const id = started.body?.enrollmentId;
        if (started.status !== 201 || typeof id !== 'string') return problems;
        const path = `/authenticators/enrollments/${encodeURIComponent(id)}`;
        // The protocol ("Security notes"): a retry gets the first answer again while the enrollment
        // is pending (and for 10 minutes at most); after that, 409 secret-gone.
        const rule = 'a retry with the same Idempotency-Key gets the first answer again while the enrollment is pending, then 409 secret-gone ("Security notes")';
        try {
          const again = await api('POST', '/authenticators/enrollments', request);
          problems.push(...expectAnswer(again, { status: 201 }));
          const otherId = again.body?.enrollmentId;
          if (again.status === 201 && otherId !== id) {
            problems.push(`${again.label} with the same Idempotency-Key started a second enrollment: ${rule}`);
            if (typeof otherId === 'string') await api('DELETE', `/authenticators/enrollments/${encodeURIComponent(otherId)}`);
          } else if (again.status === 201 && JSON.stringify(again.body) !== JSON.stringify(started.body)) {
            problems.push(`${again.label} with the same Idempotency-Key answered otherwise than the first time: ${rule}`);
          }
        } finally {
          problems.push(...expectAnswer(await api('DELETE', path), { status: 204 }));
        }
        const gone = await api('POST', '/authenticators/enrollments', request);
        const refused = expectAnswer(gone, { status: 409, code: 'conflict', reason: 'secret-gone' });
        if (refused.length > 0) problems.push(`after the enrollment was cancelled: ${rule}`, ...refused);
        const secret = started.body.totp?.secret;
        if (secret && JSON.stringify(gone.body ?? '').includes(secret)) problems.push(`${gone.label} after the enrollment was cancelled still carries its TOTP secret`);
        const goneId = gone.body?.enrollmentId;
        if (gone.status === 201 && typeof goneId === 'string' && goneId !== id) await api('DELETE', `/authenticators/enrollments/${encodeURIComponent(goneId)}`);
        return problems;
      }),
    },
    {
      name: `an authenticator enrollment takes at most ${ENROLLMENT_TRIES} wrong codes (422 invalid-code, attemptsLeft counting down), then refuses codes (410 expired or 429), the right one too, and cancels (204)`,
      run: writes(
        needs('settings', async (api, { settings }) => {
          // The right code goes last, to a set-up that should take no code any more. An endpoint
          // that still took it would add an app the kit must delete again, and could not undo
          // what adding it did besides: the same guards as adding an app (see the other user's check).
          if (!settings.policy.allowedMethods.includes('app-code')) throw new Skip('the policy does not allow this user a code app (app-code)');
          if (settings.defaultMethod === null) {
            throw new Skip('this user has no default method: were the right code taken after the tries ran out, the app added would become it, which the kit could not undo');
          }
          if (settings.mustRegisterAgain) {
            throw new Skip('this user must register contact methods again: were the right code taken after the tries ran out, the app added would end that requirement, which the kit could not undo');
          }
          const name = `mfa-contract tries ${Date.now()}`;
          const { started, problems, path } = await startSetup(api, 'totp', name);
          if (!path) return problems;
          /** The app a code it should have refused added: its id, null when its answer did not say. */
          let activated;
          try {
            if (!usable(problems) || !started.body.totp) return problems;
            const verify = (code) => api('POST', `${path}/verify`, { body: { code }, headers: { 'Idempotency-Key': idempotencyKey() } });
            const { refused, taken } = await spendTries(verify, () => wrongTotpCode(started.body.totp), ENROLLMENT_TRIES, TRIES_RULE, {
              problems,
              expiresAt: started.body.expiresAt,
            });
            if (taken) {
              activated = taken.body?.authenticator?.id ?? null;
              problems.push(`${taken.label} answered 200 to a wrong code (one its secret does not make): the set-up was activated; ${TRIES_RULE}`);
            }
            if (!refused) return problems;
            // Refused: no code may activate the set-up now, the one its secret makes included.
            const right = totpCodeNow(started.body.totp);
            const last = await verify(right);
            problems.push(...messageCarries(last, right, 'the code sent'));
            if (last.status === 200) {
              activated = last.body?.authenticator?.id ?? null;
              problems.push(`${last.label} with the right code answered 200 after the wrong ones were refused (${refused.label} answered ${refused.status}): the set-up was activated, so the limit stops wrong guesses only, not the guess that is right; ${TRIES_RULE}`);
            } else if (!refusesEveryCode(last)) {
              problems.push(`${last.label} with the right code answered ${last.status}${describe(last)} after the wrong ones were refused, expected 410 expired (or 429): ${TRIES_RULE}`);
            } else {
              problems.push(...last.problems);
            }
          } finally {
            if (activated !== undefined) {
              // Activated by a code it should have refused: found by its name if its answer did not say, and deleted.
              const appId = activated ?? (await api('GET', '/authenticators')).body?.items?.find((item) => item.name === name)?.id;
              if (typeof appId === 'string') problems.push(...expectAnswer(await api('DELETE', `/authenticators/${encodeURIComponent(appId)}`), { status: 204 }));
            } else {
              problems.push(...expectAnswer(await api('DELETE', path), { status: 204 }));
            }
          }
          return problems;
        }),
      ),
    },
    {
      name: 'an authenticator enrollment for a push app, where the policy allows one, starts (201) with a set-up the elements accept, reads back (200) with its expiry as it started, and cancels (204)',
      run: writes(
        needs('settings', async (api, { settings }) => {
          // <mfa-authenticator-enroll> offers a push app only where `app-notification` is allowed.
          if (!settings.policy.allowedMethods.includes('app-notification')) throw new Skip(NO_PUSH_APP);
          const { started, problems, path } = await startSetup(api, 'push', `mfa-contract push ${Date.now()}`);
          if (!path) return problems;
          // Cancelled whatever was wrong, so its activation code stops working.
          if (problems.length === 0) {
            problems.push(...setupRefusals(started.label, started.body, 'push'));
            // Read a little later (`READ_PAUSE_MS`): an endpoint that moved it on at each read would
            // answer a later expiry, by 2 s at least even with times kept in whole seconds.
            await pause();
            const read = await api('GET', path);
            problems.push(...expectAnswer(read, { status: 200 }));
            if (read.status === 200 && Date.parse(read.body?.expiresAt) - Date.parse(started.body.expiresAt) >= LEAST_MOVE_MS) {
              problems.push(
                `${read.label} moved expiresAt from ${started.body.expiresAt} to ${read.body?.expiresAt}: a push app's activation ends 10 minutes after its start, read or not (startEnrollment), as its activation code activates a device for whoever reads it`,
              );
            }
          }
          problems.push(...expectAnswer(await api('DELETE', path), { status: 204 }));
          const after = await api('GET', path);
          problems.push(...expectAnswer(after, { status: 200 }));
          if (after.status === 200 && after.body?.status !== 'cancelled') problems.push(`a cancelled enrollment reads back as "${after.body?.status}"`);
          return problems;
        }),
      ),
    },
    // Writes as two users (--other-…): what the first user creates, the other user must not
    // reach. Each check removes what either user created, also when it fails part way.
    {
      name: "another user's app password: the other user's GET /app-passwords leaves it out, and their DELETE answers 404 not-found; it stays the first user's",
      run: otherUser(
        writes(async (api) => {
          const created = await api('POST', '/app-passwords', {
            body: { name: `mfa-contract other user ${new Date().toISOString()}` },
            headers: { 'Idempotency-Key': idempotencyKey() },
          });
          skipIfRefused(created);
          const problems = expectAnswer(created, { status: 201 });
          const id = created.body?.appPassword?.id;
          if (created.status !== 201 || typeof id !== 'string') return problems;
          const path = `/app-passwords/${encodeURIComponent(id)}`;
          let revokedByOther = false;
          try {
            if (usable(problems)) {
              const list = await api('GET', '/app-passwords', { otherUser: true });
              problems.push(...expectAnswer(list, { status: 200 }));
              if (list.body?.items?.some((item) => item.id === id)) {
                problems.push(`${list.label} lists the app password the first user just created ${SAME_USER}: ${OWN_ITEMS_RULE}`);
              }
              const revoke = await api('DELETE', path, { otherUser: true });
              revokedByOther = revoke.status === 204;
              problems.push(...refusedAsUnknown(revoke, 'app password'));
              const own = await api('GET', '/app-passwords');
              problems.push(...expectAnswer(own, { status: 200 }));
              if (own.status === 200 && !own.body?.items?.some((item) => item.id === id)) {
                problems.push("GET /app-passwords no longer lists the first user's app password after the other user's requests");
              }
            }
          } finally {
            const revoked = await api('DELETE', path);
            if (!revokedByOther) problems.push(...expectAnswer(revoked, { status: 204 }));
          }
          return problems;
        }),
      ),
    },
    {
      name: "another user's Idempotency-Key: POST /app-passwords as the other user, with the key and body the first user sent, does not answer the first user's app password",
      run: otherUser(
        writes(async (api) => {
          const request = { body: { name: `mfa-contract other key ${new Date().toISOString()}` }, headers: { 'Idempotency-Key': idempotencyKey() } };
          const created = await api('POST', '/app-passwords', request);
          skipIfRefused(created);
          const problems = expectAnswer(created, { status: 201 });
          const id = created.body?.appPassword?.id;
          if (created.status !== 201 || typeof id !== 'string') return problems;
          const removals = [[id, false]];
          try {
            if (usable(problems)) {
              const again = await api('POST', '/app-passwords', { ...request, otherUser: true });
              const theirs = again.body?.appPassword?.id;
              if (again.status === 201 && typeof theirs === 'string' && theirs !== id) removals.push([theirs, true]);
              problems.push(...ownAnswer(again, created, { id: (body) => body?.appPassword?.id, secret: (body) => body?.password, what: 'app password' }));
            }
          } finally {
            for (const [item, otherUser] of removals) {
              problems.push(...expectAnswer(await api('DELETE', `/app-passwords/${encodeURIComponent(item)}`, { otherUser }), { status: 204 }));
            }
          }
          return problems;
        }),
      ),
    },
    // A code app's set-up and a push app's: an endpoint may keep them apart (a push app's activation
    // served by another system), so each is tried.
    ...Object.entries(SETUP_KINDS).flatMap(([kind, app]) => [
      {
        name: `another user's enrollment${app.forApp}: reading it, a code for it and cancelling it as the other user answer 404 not-found; it still waits for the first user`,
        run: otherUser(
          writes(
            setupAllowed(kind, async (api) => {
              const { started, problems, path } = await startSetup(api, kind, `mfa-contract other user ${Date.now()}`);
              if (!path) return problems;
              let cancelledByOther = false;
              try {
                if (usable(problems) && !started.body[kind]) problems.push(`${started.label} answered 201 with no ${kind} set-up`);
                if (usable(problems)) {
                  problems.push(...refusedAsUnknown(await api('GET', path, { otherUser: true }), 'enrollment'));
                  // A wrong code: let through, it would spend one of the first user's tries, not
                  // activate an app. A push app's set-up takes no code (409 kind-mismatch to its
                  // user), which would tell the other user that it exists.
                  const code = { code: kind === 'totp' ? wrongTotpCode(started.body.totp) : '000000' };
                  const verify = await api('POST', `${path}/verify`, { body: code, headers: { 'Idempotency-Key': idempotencyKey() }, otherUser: true });
                  problems.push(...refusedAsUnknown(verify, 'enrollment'));
                  const cancel = await api('DELETE', path, { otherUser: true });
                  cancelledByOther = cancel.status === 204;
                  problems.push(...refusedAsUnknown(cancel, 'enrollment'));
                  const own = await api('GET', path);
                  problems.push(...expectAnswer(own, { status: 200 }));
                  if (own.status === 200 && own.body?.status !== 'pending') {
                    problems.push(`${own.label} reads "${own.body?.status}" after the other user's requests, expected "pending": the first user's set-up was ended`);
                  }
                }
              } finally {
                const cancelled = await api('DELETE', path);
                if (!cancelledByOther) problems.push(...expectAnswer(cancelled, { status: 204 }));
              }
              return problems;
            }),
          ),
        ),
      },
      {
        name: `another user's Idempotency-Key: POST /authenticators/enrollments${app.forApp} as the other user, with the key and body the first user sent, does not answer the first user's set-up`,
        run: otherUser(
          writes(
            setupAllowed(kind, async (api) => {
              const request = { body: { kind, name: `mfa-contract other key ${Date.now()}` }, headers: { 'Idempotency-Key': idempotencyKey() } };
              const started = await api('POST', '/authenticators/enrollments', request);
              skipIfRefused(started);
              const problems = expectAnswer(started, { status: 201 });
              const id = started.body?.enrollmentId;
              if (started.status !== 201 || typeof id !== 'string') return problems;
              const cancels = [[id, false]];
              try {
                if (usable(problems)) {
                  const again = await api('POST', '/authenticators/enrollments', { ...request, otherUser: true });
                  const theirs = again.body?.enrollmentId;
                  if (again.status === 201 && typeof theirs === 'string' && theirs !== id) cancels.push([theirs, true]);
                  problems.push(...ownAnswer(again, started, { id: (body) => body?.enrollmentId, secret: app.secret, what: 'set-up' }));
                }
              } finally {
                for (const [item, otherUser] of cancels) {
                  const path = `/authenticators/enrollments/${encodeURIComponent(item)}`;
                  problems.push(...expectAnswer(await api('DELETE', path, { otherUser }), { status: 204 }));
                }
              }
              return problems;
            }),
          ),
        ),
      },
    ]),
    {
      name: "another user's authenticator app: the other user's GET /authenticators leaves it out, and their PATCH and DELETE answer 404 not-found; it stays the first user's, under its name",
      run: otherUser(
        writes(
          needs('settings', async (api, { settings }) => {
            skipUnlessAppMayBeAdded(settings);
            const name = `mfa-contract other user app ${Date.now()}`;
            const { started, problems, path: enrollment } = await startSetup(api, 'totp', name);
            if (!enrollment) return problems;
            let id;
            let deletedByOther = false;
            try {
              if (usable(problems) && started.body.totp) id = await activate(api, enrollment, started, problems);
              if (typeof id === 'string') {
                const path = `/authenticators/${encodeURIComponent(id)}`;
                const list = await api('GET', '/authenticators', { otherUser: true });
                problems.push(...expectAnswer(list, { status: 200 }));
                if (list.body?.items?.some((item) => item.id === id)) {
                  problems.push(`${list.label} lists the authenticator app the first user just added ${SAME_USER}: ${OWN_ITEMS_RULE}`);
                }
                const rename = await api('PATCH', path, { body: { name: `${name} renamed` }, otherUser: true });
                problems.push(...refusedAsUnknown(rename, 'authenticator app'));
                const remove = await api('DELETE', path, { otherUser: true });
                deletedByOther = remove.status === 204;
                problems.push(...refusedAsUnknown(remove, 'authenticator app'));
                const own = await api('GET', '/authenticators');
                problems.push(...expectAnswer(own, { status: 200 }));
                const item = own.body?.items?.find((each) => each.id === id);
                if (own.status === 200 && !item) problems.push("GET /authenticators no longer lists the first user's authenticator app after the other user's requests");
                else if (item && item.name !== name) problems.push(`GET /authenticators names the first user's authenticator app "${item.name}" after the other user's requests, not "${name}"`);
              }
            } finally {
              await removeAdded(api, { enrollment, id, name, problems: deletedByOther ? [] : problems });
            }
            return problems;
          }),
        ),
      ),
    },
    {
      // Names tell a user's apps apart in the list, and their Rename and Remove buttons. A set-up
      // still waiting holds its name too (protocol 1.3.1): an app renamed to it would share it with
      // the app that set-up activates.
      name: "an authenticator app renamed (PATCH /authenticators/{id}) answers 200 with its new name, listed so; to another app's name or a set-up's still waiting (in other letter case) it answers 409 conflict/duplicate-name, and to zero-width spaces alone 400 validation (name/invalid)",
      run: writes(
        needs('settings', async (api, { settings }) => {
          skipUnlessAppMayBeAdded(settings);
          const before = await api('GET', '/authenticators');
          const problems = expectAnswer(before, { status: 200 });
          const own = before.body?.items?.[0];
          if (!usable(problems)) return problems;
          if (!own) throw new Skip('this user has no authenticator app of their own: the kit needs one, whose name it tries to give the app it adds, and which it tries to rename to a set-up\'s (set one up for the test user)');
          const name = `mfa-contract rename ${Date.now()}`;
          const { started, problems: startProblems, path: enrollment } = await startSetup(api, 'totp', name);
          problems.push(...startProblems);
          if (!enrollment) return problems;
          const rename = (id, to) => api('PATCH', `/authenticators/${encodeURIComponent(id)}`, { body: { name: to } });
          /**
           * A rename the kit expects refused as a duplicate name: the name in other letter case, as
           * users type them, where upper case keeps it the same name (not "Straße", "STRASSE" in
           * upper case, another name in lower case: sent as it is).
           */
          const refusedAsTaken = async (id, taken, what) => {
            const upper = taken.toUpperCase();
            const sent = upper.toLowerCase() === taken.toLowerCase() ? upper : taken;
            const answer = await rename(id, sent);
            const found = expectAnswer(answer, { status: 409, code: 'conflict', reason: 'duplicate-name' });
            if (answer.status === 200) found.push(`${answer.label} renamed an app to "${sent}", ${what}: ${RENAME_RULE}`);
            problems.push(...found);
            return answer.status === 200;
          };
          let id;
          try {
            if (!usable(problems) || !started.body.totp) return problems;
            // The user's own app to the name of the set-up still waiting; renamed back if that was taken.
            if (await refusedAsTaken(own.id, name, `the name of a set-up still waiting ("${name}")`)) {
              problems.push(...expectAnswer(await rename(own.id, own.name), { status: 200 }));
            }
            id = await activate(api, enrollment, started, problems);
            if (typeof id !== 'string') return problems;
            await refusedAsTaken(id, own.name, `another app's name ("${own.name}")`);
            const blank = await rename(id, '\u200b\u200b\u200b');
            problems.push(...expectAnswer(blank, { status: 400, code: 'validation', field: { field: 'name', reason: 'invalid' } }));
            const renamed = `${name} renamed`;
            const answer = await rename(id, renamed);
            problems.push(...expectAnswer(answer, { status: 200 }));
            if (answer.status === 200 && answer.body?.name !== renamed) problems.push(`${answer.label} answered the app named ${JSON.stringify(answer.body?.name)}, expected "${renamed}"`);
            const after = await api('GET', '/authenticators');
            problems.push(...expectAnswer(after, { status: 200 }));
            const names = new Map(after.body?.items?.map((item) => [item.id, item.name]));
            if (after.status === 200 && names.get(id) !== renamed) problems.push(`GET /authenticators then names the app ${JSON.stringify(names.get(id))}, expected "${renamed}"`);
            if (after.status === 200 && names.get(own.id) !== own.name) problems.push(`GET /authenticators then names the user's own app ${JSON.stringify(names.get(own.id))}, expected "${own.name}"`);
          } finally {
            await removeAdded(api, { enrollment, id, name, problems });
            // The user's own app under its name again, whatever the answers said: an endpoint may have
            // saved a rename it answered with an error.
            const now = (await api('GET', '/authenticators')).body?.items?.find((item) => item.id === own.id);
            if (now && now.name !== own.name) {
              const back = await rename(own.id, own.name);
              problems.push(
                back.status === 200
                  ? `the user's own app was left named "${now.name}"; the kit renamed it back to "${own.name}"`
                  : `the user's own app is left named "${now.name}": rename it back to "${own.name}" (${back.label} answered ${back.status})`,
              );
            }
          }
          return problems;
        }),
      ),
    },
    // A phone verification to the test phone (--test-phone): one code is sent to it, and the
    // limits on it are tried. Last, so that nothing waits between its start and the checks on it.
    {
      name: 'a phone verification to the test phone starts (201) with a PhoneChallenge for an empty slot the policy allows, its number masked; one code is sent',
      run: writes(
        needs('settings', async (api, context) => {
          if (!testPhone) throw new Skip(NO_TEST_PHONE);
          const { settings } = context;
          const held = new Set(settings.phones.map((phone) => phone.slot));
          const channel = testPhoneChannel;
          const slot = TEST_PHONE_SLOTS.find(
            ([each, methods]) => !held.has(each) && methods.some((method) => settings.policy.allowedMethods.includes(method)) && (each !== 'office' || channel === 'call'),
          )?.[0];
          if (!slot) {
            throw new Skip(
              `no phone slot is empty, allowed by this user's policy and one that takes a ${channel === 'text' ? 'text (an office phone takes calls alone)' : 'call'}: a code taken by mistake would replace a phone, which the kit could not undo; give a test user with an empty slot${channel === 'text' ? ', or --test-phone-channel call' : ''}`,
            );
          }
          const sentAt = Date.now();
          const started = await api('POST', `/phones/${slot}/verifications`, { body: { number: testPhone, channel }, headers: { 'Idempotency-Key': idempotencyKey() } });
          const problems = carriesTestPhone(started);
          skipIfRefused(started);
          // A refusal of what --test-phone gives (the number, or how a code goes to it), not of the request.
          const field = started.body?.error?.fieldErrors?.find((each) => ['number', 'channel', 'extension'].includes(each.field));
          if (started.status === 400 && field && problems.length === 0 && started.problems.length === 0) {
            const hint = field.reason === 'cannot-receive-text' ? ', or --test-phone-channel call for a number that takes no texts' : '';
            throw new Skip(`${started.label} refused the test phone (400 validation, ${field.field}/${field.reason}): give --test-phone a number your endpoint sends codes to${hint}`);
          }
          problems.push(...expectAnswer(started, { status: 201 }));
          if (started.status !== 201 || !usable(problems)) return problems;
          if (started.body.slot !== slot) problems.push(`${started.label} answered a challenge for the slot "${started.body.slot}", expected "${slot}"`);
          if (!maskedAsTheProtocolSays(started.body.maskedNumber)) {
            problems.push(`${started.label} maskedNumber shows more than the country code and the last two digits ("Security notes")`);
          }
          context.phoneChallenge = { slot, channel, sentAt, challengeId: started.body.challengeId, codeLength: started.body.codeLength, expiresAt: started.body.expiresAt };
          return problems;
        }),
      ),
    },
    {
      name: 'a new code for that slot within 30 s, by starting again or by a resend, answers 429 rate-limited, and none is sent',
      run: writes(
        phoneStarted(async (api, context) => {
          const challenge = context.phoneChallenge;
          // Asked for only well inside the 30 s (counted from before the start was sent), so that an
          // endpoint that was slow to answer is not sent a code it may rightly send: too late, the
          // check ends with what it found, or is skipped.
          const tooLate = (problems) => {
            const waited = Date.now() - challenge.sentAt;
            if (waited <= SOON_MS) return false;
            if (problems.length > 0) return true;
            throw new Skip(`the endpoint took ${Math.round(waited / 1000)} s to answer the start: no new code is asked for so late (it may rightly be sent 30 s after the first)`);
          };
          const tooSoon = (answer) => {
            if (answer.status >= 200 && answer.status < 300) return [`${answer.label} answered ${answer.status}: a second code went to the test phone within 30 s of the first; ${RESEND_RULE}`];
            const refused = expectAnswer(answer, { status: 429, code: 'rate-limited' });
            return refused.length > 0 ? [...refused, RESEND_RULE] : [];
          };
          tooLate([]);
          const again = await api('POST', `/phones/${challenge.slot}/verifications`, {
            body: { number: testPhone, channel: challenge.channel },
            headers: { 'Idempotency-Key': idempotencyKey() },
          });
          const problems = [...carriesTestPhone(again), ...tooSoon(again)];
          // Let through, a code went out: no resend is asked for too. The new challenge stands for the
          // first one (which stops taking codes), and the checks after this one go on with it.
          if (again.status === 201 && typeof again.body?.challengeId === 'string') context.phoneChallenge = { ...challenge, challengeId: again.body.challengeId };
          if (again.status !== 429 || tooLate(problems)) return problems;
          const resend = await api('POST', challengePath(challenge, 'resend'), { body: {}, headers: { 'Idempotency-Key': idempotencyKey() } });
          problems.push(...carriesTestPhone(resend), ...tooSoon(resend));
          return problems;
        }),
      ),
    },
    {
      name: `a phone verification takes at most ${PHONE_TRIES} wrong codes (422 invalid-code, attemptsLeft counting down), then refuses codes (410 expired or 429)`,
      run: writes(
        phoneStarted(
          needs('settings', async (api, context) => {
            const { settings, phoneChallenge: challenge } = context;
            // A code made up at random is right once in 10^codeLength: saved, the phone could
            // become the default, or end a requirement to register again, which the kit could not undo.
            if (settings.defaultMethod === null) throw new Skip('this user has no default method: were a code the kit makes up right, the phone saved could become it, which the kit could not undo');
            if (settings.mustRegisterAgain) {
              throw new Skip('this user must register contact methods again: were a code the kit makes up right, the phone saved would end that requirement, which the kit could not undo');
            }
            const problems = [];
            const confirm = async (code) => {
              const answer = await api('POST', challengePath(challenge, 'confirm'), { body: { code }, headers: { 'Idempotency-Key': idempotencyKey() } });
              problems.push(...carriesTestPhone(answer));
              return answer;
            };
            const { taken, refused } = await spendTries(confirm, () => madeUpCode(challenge), PHONE_TRIES, PHONE_TRIES_RULE, { problems, expiresAt: challenge.expiresAt });
            // Its tries used up: the other user's code for it (a later check) can save nothing.
            if (refused) challenge.spent = true;
            if (taken) {
              problems.push(
                `${taken.label} answered 200 to a code the kit made up, and saved the test phone (removed again): a made-up code is right once in ${(10 ** challenge.codeLength).toLocaleString('en')} tries, so run the kit again; an endpoint that takes one again takes wrong codes`,
                ...(await removeSaved(api, challenge)),
              );
            }
            return problems;
          }),
        ),
      ),
    },
    {
      name: "another user's phone verification: a code for it and a resend of it as the other user answer 404 not-found",
      run: otherUser(
        writes(
          phoneStarted(async (api, { phoneChallenge: challenge }) => {
            const problems = [];
            // A code only once its tries are used up (the check before), so that, let through, it
            // is refused whatever it is and saves nothing.
            if (challenge.spent) {
              const confirm = await api('POST', challengePath(challenge, 'confirm'), { body: { code: madeUpCode(challenge) }, headers: { 'Idempotency-Key': idempotencyKey() }, otherUser: true });
              problems.push(...carriesTestPhone(confirm), ...refusedAsUnknown(confirm, 'phone verification'));
              if (confirm.status === 200) {
                problems.push(
                  ...(await removeSaved(api, challenge)),
                  `the test phone may now be in the other user's ${challenge.slot} slot too, in place of theirs: look, and put it right`,
                );
              }
              // The other user reached it: a resend let through would send another code.
              if (confirm.status !== 404) return problems;
            }
            const resend = await api('POST', challengePath(challenge, 'resend'), { body: {}, headers: { 'Idempotency-Key': idempotencyKey() }, otherUser: true });
            problems.push(...carriesTestPhone(resend), ...refusedAsUnknown(resend, 'phone verification'));
            if (problems.length === 0 && !challenge.spent) {
              throw new Skip(
                "the other user's resend answered 404 not-found, but no code was sent as them: that waits until the verification's tries are used up (the check before, which did not end so), so that it can save nothing",
              );
            }
            return problems;
          }),
        ),
      ),
    },
  ];
}
