/**
 * The reference endpoint: every operation of `protocol/openapi.json`, with real rules and an
 * in-memory store. Hosts read it as the example of what their own backend must do; the demo
 * portal, Storybook and the tests run it.
 *
 * It uses web standards only (`Request`, `Response`, `crypto`), so it runs in Node and in a page.
 *
 * What happens to a request, in order:
 *  1. routing (404 unknown path, 405 wrong method);
 *  2. injected faults, if any are switched on (demos and tests);
 *  3. the session, from `Authorization: Bearer` or the session cookie (401 `unauthenticated`);
 *  4. for anything but GET: the CSRF header (403 `csrf`), an administrator for admin routes (403
 *     `not-admin`), then a recent sign-in (401 `reauth-required`);
 *  5. the body's size (400 `validation`, field `body`, reason `too-long`, over `BODY_MAX_BYTES`)
 *     and type: `application/json` (400 `validation`, field `Content-Type`: a form posted from
 *     another site as `text/plain` is refused, whatever it holds), and the `Idempotency-Key`'s
 *     length (400);
 *  6. for a POST with `Idempotency-Key`: replay of an earlier success, or 409 when the key is reused;
 *  7. the body parsed and validated against the document's request schema (400 `validation`), then
 *     the operation itself; a 2xx answer to a change is logged as a side effect.
 * Changes run one at a time (steps 6 and 7): an operation that awaits (hashing a password, checking
 * a TOTP code) finishes before the next change reads the store, so two requests sent together
 * never both pass a limit, a count of tries or an idempotency check.
 */
import type { AuthenticatorKind, Enrollment, MethodId, PhoneSlot, Policy } from '../src/core/types.js';
import { type Fault, FaultSwitch } from './faults.js';
import { ApiError, errors, jsonResponse } from './http.js';
import { verifyAppPassword } from './operations/app-passwords.js';
import { TOTP_DIGITS, TOTP_PERIOD, activateEnrollment, endExpiredEnrollments, endPendingEnrollments } from './operations/authenticators.js';
import { DEFAULT_CONFIG, type EndpointConfig, enrollmentStatus, enrollmentView } from './operations/shared.js';
import { requestSchemaName, validateRequestBody } from './protocol.js';
import { type Route, matchRoute } from './routes.js';
import {
  type EnrollmentRecord,
  type OutboxMessage,
  type SessionRecord,
  type SideEffect,
  type Store,
  type UserRecord,
  createStore,
  randomHex,
  registeredMethods,
} from './store.js';
import { base32Decode, constantTimeEqual, totp } from './totp.js';

/** The cookie the reference endpoint reads the session from (a host uses its own). */
export const SESSION_COOKIE = 'mfa_ref_session';
/** The header that must carry the session's CSRF token on every request but GET. */
export const CSRF_HEADER = 'x-csrf-token';

/** Successful POST answers are replayed for this long when their Idempotency-Key comes again. */
const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
/**
 * An answer that carries a secret (a new app password, a TOTP secret) is kept for replay no longer
 * than this, and only while what it created is unchanged: long enough for a client to retry after
 * a lost answer, not a second copy of the secret beside its hash.
 */
const SECRET_REPLAY_MS = 10 * 60 * 1000;
/** Stored answers kept per user, the oldest dropped first (see `forgetOldestAnswers`). */
const MAX_STORED_ANSWERS = 200;
/** The protocol's longest Idempotency-Key. */
const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
/**
 * The most a change's body may hold, in bytes. The elements' largest is under 76 KiB: an
 * administrator's action for 100 users, each id 128 characters that JSON writes as six-byte escapes
 * (control characters; as UTF-8, the largest is 52 KiB). A body over this is refused before it is
 * read whole, so no request holds memory, or the changes queued behind it, for long.
 */
export const BODY_MAX_BYTES = 128 * 1024;

/** A control call that cannot be done: `status` is what the control HTTP routes answer. */
export class ControlError extends Error {
  constructor(
    message: string,
    readonly status: 400 | 404 | 409,
  ) {
    super(message);
    this.name = 'ControlError';
  }
}

export interface ReferenceEndpointOptions {
  /** The path the endpoint is mounted at, for example `/api/mfa`. Default: the origin root. */
  basePath?: string;
  /** The clock in milliseconds. Default `Date.now`. The control API can move it forward. */
  now?: () => number;
  /** A change needs a sign-in younger than this. Default 900 (15 minutes). */
  reauthMaxAgeSeconds?: number;
  /** App passwords per user. Default 40. */
  appPasswordLimit?: number;
  /** Authenticator set-ups one user may start in an hour. Default 10. */
  maxEnrollmentStartsPerHour?: number;
  /** Faults switched on from the start. */
  faults?: Fault[];
  /** Where push apps are told to activate (simulated). */
  pushActivationUrl?: string;
}

/** A user as the demo and the tests see them (no secrets). */
export interface UserOverview {
  id: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
  mustRegisterAgain: boolean;
  methods: MethodId[];
  defaultMethod: MethodId | null;
  phoneSlots: PhoneSlot[];
  authenticatorIds: string[];
  appPasswordCount: number;
  rememberedDevicesRestoredAt: string | null;
}

/**
 * Controls for demos and tests, never part of the protocol: sign users in, read the simulated
 * outbox, move the clock, switch faults on, play the user's phone.
 */
export interface ReferenceControl {
  /** Starts a session for a seeded user. Throws for an unknown user. */
  signIn(userId: string): { token: string; csrfToken: string };
  /** Marks the session's sign-in as fresh again (a step-up). Throws for an unknown token. */
  reauthenticate(token: string): void;
  /** Makes the session's sign-in older than the re-authentication age (the demo's step-up trigger). */
  ageSignIn(token: string): void;
  /** Ends a session; the user's last ends their set-ups still waiting too. */
  signOut(token: string): void;
  /** Simulated texts and calls, oldest first, optionally for one user. */
  outbox(userId?: string): OutboxMessage[];
  /** The code in the latest message to a user, if any. */
  lastCode(userId: string): string | undefined;
  /** Moves the endpoint's clock forward; answers the new time in milliseconds. */
  advanceClock(seconds: number): number;
  /** The endpoint's clock, in milliseconds. */
  now(): number;
  /** Replaces the active faults ([] switches them off). */
  setFaults(faults: Fault[]): void;
  faults(): Fault[];
  /** A user's enrollments that are still pending (what the demo's simulated phone can act on). */
  pendingEnrollments(userId: string): { enrollmentId: string; kind: AuthenticatorKind; name: string }[];
  /** The simulated phone approves a pending push enrollment. Throws when it is not pending. */
  approvePush(enrollmentId: string): Enrollment;
  /** The code a simulated authenticator app shows now, for an enrollment or an authenticator id. */
  currentTotp(enrollmentOrAuthenticatorId: string): Promise<string>;
  users(): UserOverview[];
  /** A deep copy of a user's stored record (hashes and secrets included), for tests. */
  userRecord(userId: string): UserRecord | undefined;
  /**
   * An administrator changes a user's policy (stories and tests: a change refused by a policy that
   * changed after the page read it). What is left out stays. Throws for an unknown user.
   */
  setPolicy(userId: string, policy: Partial<Policy>): void;
  /** A deep copy of an enrollment's stored record (its secret and activation code, while kept), as stored, for tests. */
  enrollmentRecord(enrollmentId: string): EnrollmentRecord | undefined;
  /** Every committed change, oldest first. */
  sideEffects(): SideEffect[];
  /** Whether an app password is valid for a user (what an app's sign-in would check). */
  verifyAppPassword(userId: string, password: string): Promise<boolean>;
}

export interface ReferenceEndpoint {
  /** Answers one protocol request. Rejects only when the request's signal aborts. */
  handle(request: Request): Promise<Response>;
  control: ReferenceControl;
}

export function createReferenceEndpoint(options: ReferenceEndpointOptions = {}): ReferenceEndpoint {
  const baseClock = options.now ?? Date.now;
  let clockOffsetMs = 0;
  const now = () => baseClock() + clockOffsetMs;
  const config: EndpointConfig = {
    ...DEFAULT_CONFIG,
    ...(options.reauthMaxAgeSeconds !== undefined ? { reauthMaxAgeSeconds: options.reauthMaxAgeSeconds } : {}),
    ...(options.appPasswordLimit !== undefined ? { appPasswordLimit: options.appPasswordLimit } : {}),
    ...(options.maxEnrollmentStartsPerHour !== undefined ? { maxEnrollmentStartsPerHour: options.maxEnrollmentStartsPerHour } : {}),
    ...(options.pushActivationUrl !== undefined ? { pushActivationUrl: options.pushActivationUrl } : {}),
  };
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const store: Store = createStore(now());
  const faults = new FaultSwitch();
  if (options.faults) faults.set(options.faults);
  /** The change being answered now; the next one waits for it (see step 5 above). */
  let changeInProgress: Promise<unknown> = Promise.resolve();
  /** What decides, for each stored answer that carries a secret, whether it may still be replayed. */
  const secretReplays = new Map<string, { until: number; stillCurrent: (time: number) => boolean }>();

  async function handle(request: Request): Promise<Response> {
    const response = await answer(request);
    // The time on its own clock, which the control API can move: the clock the answer's times are on.
    response.headers.set('Date', new Date(now()).toUTCString());
    return response;
  }

  async function answer(request: Request): Promise<Response> {
    try {
      return await handleOrThrow(request);
    } catch (error) {
      if (error instanceof ApiError) return error.toResponse();
      if (request.signal.aborted) throw error;
      return errors.server().toResponse();
    }
  }

  async function handleOrThrow(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (basePath && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
      throw errors.notFound('No such route.');
    }
    const match = matchRoute(request.method, url.pathname.slice(basePath.length));
    if (match.kind === 'none') throw errors.notFound('No such route.');
    if (match.kind === 'wrong-method') {
      return jsonResponse(405, { error: { code: 'not-found', message: 'This route does not take that method.' } }, { allow: match.allowed.join(', ') });
    }
    const { route, params } = match;

    const faulted = await faults.apply(route.operationId, request.signal);
    if (faulted) return faulted;

    const session = findSession(request);
    if (!session) throw errors.unauthenticated();
    const user = store.users.get(session.userId);
    if (!user) throw errors.unauthenticated();

    const isChange = route.method !== 'GET';
    if (isChange) {
      if (!constantTimeEqual(request.headers.get(CSRF_HEADER) ?? '', session.csrfToken)) {
        throw errors.forbidden('csrf', 'The CSRF token is missing or wrong.');
      }
      // Refused whatever the body and however fresh the sign-in: no step-up for what would be refused anyway.
      if (route.adminOnly && !user.isAdmin) throw errors.forbidden('not-admin', 'Only administrators may run this action.');
      if (!route.anySignInAge && now() - session.authenticatedAt > config.reauthMaxAgeSeconds * 1000) throw errors.reauthRequired();
    }

    const bodyText = isChange ? await readBody(request) : '';
    // A body in any other type is no request of the elements: a page on another site can send
    // text/plain (a form) with no preflight, and this refuses it even where a CSRF check was missed.
    // (Operations that take no body ignore one, of any type; but not one over BODY_MAX_BYTES.)
    const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (bodyText !== '' && requestSchemaName(route.operationId) && mediaType !== 'application/json') {
      throw errors.validation([{ field: 'Content-Type', reason: 'not-json' }], 'A body is sent as application/json.');
    }
    const idempotencyKey = route.method === 'POST' ? (request.headers.get('idempotency-key') ?? undefined) : undefined;
    if (idempotencyKey !== undefined && (idempotencyKey.length === 0 || idempotencyKey.length > IDEMPOTENCY_KEY_MAX_LENGTH)) {
      throw errors.validation(
        [{ field: 'Idempotency-Key', reason: idempotencyKey.length === 0 ? 'required' : 'too-long' }],
        `An Idempotency-Key has 1 to ${IDEMPOTENCY_KEY_MAX_LENGTH} characters.`,
      );
    }
    const host = pageHost(request);
    if (!isChange) return runOperation(route, params, user, host, bodyText, undefined);
    const turn = changeInProgress.then(() => runOperation(route, params, user, host, bodyText, idempotencyKey));
    changeInProgress = turn.catch(() => undefined);
    return turn;
  }

  /** Steps 6 and 7: the idempotency check, the body, the operation, and storing its answer. */
  async function runOperation(
    route: Route,
    params: Record<string, string>,
    user: UserRecord,
    host: string,
    bodyText: string,
    idempotencyKey: string | undefined,
  ): Promise<Response> {
    sweep();
    const idempotencySlot = idempotencyKey === undefined ? undefined : `${user.id} ${idempotencyKey}`;
    const fingerprint = `${route.method} ${route.path} ${JSON.stringify(params)} ${bodyText}`;
    if (idempotencySlot) {
      const stored = store.idempotency.get(idempotencySlot);
      if (stored) {
        if (stored.fingerprint !== fingerprint) {
          throw errors.conflict('idempotency-key-reused', 'This Idempotency-Key was used for a different request.');
        }
        if (stored.secretGone) {
          throw errors.conflict('secret-gone', 'The answer to this request carried a secret that is no longer kept. Start again with a new key.');
        }
        return new Response(stored.body, { status: stored.status, headers: stored.headers });
      }
    }

    const body = parseBody(route.operationId, bodyText);
    let secret: { until: number; stillCurrent: (time: number) => boolean } | undefined;
    let response: Response;
    try {
      response = await route.run({
        store,
        config,
        user,
        now: now(),
        params,
        pageHost: host,
        body,
        recordSideEffect: () => {
          store.sideEffects.push({
            operationId: route.operationId,
            userId: user.id,
            ...(idempotencyKey !== undefined ? { idempotencyKey } : {}),
            at: new Date(now()).toISOString(),
          });
        },
        answerCarriesSecret: (stillCurrent) => {
          secret = { until: now() + SECRET_REPLAY_MS, stillCurrent };
        },
      });
    } finally {
      // Failed or not: a set-up it ended (cancelled, activated, its last try used) takes its secret
      // out of the stored answers at once, not at the next request.
      sweep();
    }

    if (idempotencySlot && response.ok) {
      const text = await response.clone().text();
      forgetOldestAnswers(user.id);
      store.idempotency.set(idempotencySlot, {
        fingerprint,
        status: response.status,
        headers: [...response.headers],
        body: text,
        storedAt: now(),
      });
      if (secret) secretReplays.set(idempotencySlot, secret);
    }
    return response;
  }

  /**
   * Keeps at most MAX_STORED_ANSWERS answers per user, dropping the oldest (the store keeps them in
   * the order they came): a signed-in user sending changes with new keys again and again does not
   * make the store grow without end. A retry comes within minutes, long before its answer is that old.
   */
  function forgetOldestAnswers(userId: string): void {
    const prefix = `${userId} `;
    const own = [...store.idempotency.keys()].filter((slot) => slot.startsWith(prefix));
    for (const slot of own.slice(0, Math.max(0, own.length - MAX_STORED_ANSWERS + 1))) {
      store.idempotency.delete(slot);
      secretReplays.delete(slot);
    }
  }

  /**
   * Ends the set-ups that expired (their secrets and activation codes go), then takes out of the
   * stored answers what may no longer be replayed. Runs before and after every operation, and on
   * every control call that moves the clock or reads or ends set-ups. The store runs no timer (its
   * clock is a function, which tests move), so a set-up nobody asks about ends at the next request
   * or control call of anyone, not at its own user's next start. A host's endpoint with a database
   * deletes them with a scheduled job, or gives the record a time to live.
   */
  function sweep(): void {
    endExpiredEnrollments(store.enrollments.values(), now());
    forgetStaleAnswers();
  }

  /**
   * Drops stored answers past their time, and the body of every answer with a secret that may no
   * longer be replayed (its key then answers 409 `secret-gone` until the 24 hours are over).
   */
  function forgetStaleAnswers(): void {
    const time = now();
    for (const [slot, stored] of store.idempotency) {
      if (time - stored.storedAt >= IDEMPOTENCY_TTL_MS) {
        store.idempotency.delete(slot);
        secretReplays.delete(slot);
        continue;
      }
      const secret = secretReplays.get(slot);
      if (secret && (time >= secret.until || !secret.stillCurrent(time))) {
        store.idempotency.set(slot, { ...stored, body: '', secretGone: true });
        secretReplays.delete(slot);
      }
    }
  }

  function findSession(request: Request): SessionRecord | undefined {
    const authorization = request.headers.get('authorization');
    const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const token = bearer ?? readCookie(request.headers.get('cookie'), SESSION_COOKIE);
    return token ? store.sessions.get(token) : undefined;
  }

  function parseBody(operationId: string, text: string): unknown {
    const schema = requestSchemaName(operationId);
    if (!schema) return undefined;
    if (text.trim() === '') {
      if (schema.required) throw errors.validation([{ field: 'body', reason: 'required' }], 'A JSON body is required.');
      return {};
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw errors.validation([{ field: 'body', reason: 'malformed-json' }], 'The body is not valid JSON.');
    }
    const fieldErrors = validateRequestBody(schema.name, body);
    if (fieldErrors.length > 0) throw errors.validation(fieldErrors, 'The body does not match the request schema.');
    return body;
  }

  function findAuthenticator(id: string) {
    for (const user of store.users.values()) {
      const authenticator = user.authenticators.find((item) => item.id === id);
      if (authenticator) return authenticator;
    }
    return undefined;
  }

  const control: ReferenceControl = {
    signIn(userId) {
      if (!store.users.has(userId)) throw new ControlError('Unknown user.', 404);
      const session: SessionRecord = { token: randomHex(24), csrfToken: randomHex(24), userId, authenticatedAt: now() };
      store.sessions.set(session.token, session);
      return { token: session.token, csrfToken: session.csrfToken };
    },
    reauthenticate(token) {
      const session = store.sessions.get(token);
      if (!session) throw new ControlError('Unknown session.', 404);
      session.authenticatedAt = now();
    },
    ageSignIn(token) {
      const session = store.sessions.get(token);
      if (!session) throw new ControlError('Unknown session.', 404);
      session.authenticatedAt = now() - (config.reauthMaxAgeSeconds + 1) * 1000;
    },
    signOut(token) {
      const userId = store.sessions.get(token)?.userId;
      store.sessions.delete(token);
      // The user's last session: their set-ups still waiting end with it.
      if (userId && ![...store.sessions.values()].some((session) => session.userId === userId)) {
        endPendingEnrollments(store.enrollments.values(), userId, now());
      }
      sweep();
    },
    outbox(userId) {
      return store.outbox.filter((message) => userId === undefined || message.userId === userId).map((message) => ({ ...message }));
    },
    lastCode(userId) {
      return store.outbox.findLast((message) => message.userId === userId)?.code;
    },
    advanceClock(seconds) {
      if (!Number.isFinite(seconds) || seconds < 0) throw new ControlError('The clock only moves forward.', 400);
      clockOffsetMs += seconds * 1000;
      sweep();
      return now();
    },
    now,
    setFaults(list) {
      try {
        faults.set(list);
      } catch (error) {
        throw new ControlError((error as Error).message, 400);
      }
    },
    faults() {
      return faults.list();
    },
    pendingEnrollments(userId) {
      sweep();
      return [...store.enrollments.values()]
        .filter((e) => e.userId === userId && enrollmentStatus(e, now()) === 'pending')
        .map((e) => ({ enrollmentId: e.id, kind: e.kind, name: e.name }));
    },
    approvePush(enrollmentId) {
      sweep();
      const enrollment = store.enrollments.get(enrollmentId);
      if (enrollment?.kind !== 'push') throw new ControlError('No such push enrollment.', 404);
      if (enrollmentStatus(enrollment, now()) !== 'pending') throw new ControlError('The enrollment is not pending.', 409);
      const user = store.users.get(enrollment.userId)!;
      activateEnrollment(user, enrollment, now(), null);
      store.sideEffects.push({ operationId: 'approvePush', userId: user.id, at: new Date(now()).toISOString() });
      return enrollmentView(enrollment, user, now());
    },
    async currentTotp(id) {
      sweep();
      // An ended set-up's record keeps no secret (one that expired, since the sweep just now).
      const secret = store.enrollments.get(id)?.secret || findAuthenticator(id)?.secret;
      if (!secret) throw new ControlError('No such enrollment or authenticator.', 404);
      return totp(base32Decode(secret), now() / 1000, { period: TOTP_PERIOD, digits: TOTP_DIGITS });
    },
    users() {
      return [...store.users.values()].map((user) => {
        const methods = registeredMethods(user);
        return {
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          isAdmin: user.isAdmin,
          mustRegisterAgain: user.mustRegisterAgain,
          methods,
          defaultMethod: user.defaultMethod && methods.includes(user.defaultMethod) ? user.defaultMethod : null,
          phoneSlots: (['mobile', 'alternate', 'office'] as const).filter((slot) => user.phones[slot]),
          authenticatorIds: user.authenticators.map((item) => item.id),
          appPasswordCount: user.appPasswords.length,
          rememberedDevicesRestoredAt:
            user.rememberedDevicesRestoredAt === null ? null : new Date(user.rememberedDevicesRestoredAt).toISOString(),
        };
      });
    },
    setPolicy(userId, policy) {
      const user = store.users.get(userId);
      if (!user) throw new ControlError('No such user.', 404);
      user.policy = { ...user.policy, ...policy };
    },
    userRecord(userId) {
      const user = store.users.get(userId);
      return user ? structuredClone(user) : undefined;
    },
    enrollmentRecord(enrollmentId) {
      // As stored, without a sweep first: the tests see what the requests and the clock left.
      const enrollment = store.enrollments.get(enrollmentId);
      return enrollment ? structuredClone(enrollment) : undefined;
    },
    sideEffects() {
      return store.sideEffects.map((effect) => ({ ...effect }));
    },
    async verifyAppPassword(userId, password) {
      const user = store.users.get(userId);
      if (!user) return false;
      for (const record of user.appPasswords) {
        if (await verifyAppPassword(record, password)) return true;
      }
      return false;
    },
  };

  return { handle, control };
}

/**
 * A change's body as text, refused (400 `validation`, field `body`, reason `too-long`) once it
 * holds more than `BODY_MAX_BYTES`: at once when its `Content-Length` says so, else as soon as
 * what has arrived passes it, without reading the rest (where the body is a stream: in Node, as the
 * Node adapter gives it, and in Chromium).
 */
/** The host of the page a request came from: its `Origin` header's, else the request URL's. */
function pageHost(request: Request): string {
  const origin = request.headers.get('origin');
  try {
    if (origin) return new URL(origin).hostname;
  } catch {
    // `Origin: null` (a sandboxed frame, a file): the request's own host.
  }
  return new URL(request.url).hostname;
}

async function readBody(request: Request): Promise<string> {
  const tooLong = () => errors.validation([{ field: 'body', reason: 'too-long' }], `A body holds at most ${BODY_MAX_BYTES} bytes.`);
  if (Number(request.headers.get('content-length')) > BODY_MAX_BYTES) throw tooLong();
  if (!request.body) {
    // No stream to read: a request without a body, or any in Firefox, whose `Request` has no
    // `body`. Read whole, then measured.
    const whole = await request.text();
    if (new TextEncoder().encode(whole).byteLength > BODY_MAX_BYTES) throw tooLong();
    return whole;
  }
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > BODY_MAX_BYTES) {
      await reader.cancel();
      throw tooLong();
    }
    text += decoder.decode(read.value, { stream: true });
  }
  return text + decoder.decode();
}

/** Reads one cookie from a `Cookie` header; a value with a broken escape (`%E0%A4%A`) is none. */
export function readCookie(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join('='));
    } catch {
      return undefined;
    }
  }
  return undefined;
}
