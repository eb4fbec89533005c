import { MfaError, errorFromResponse } from './errors.js';
import type {
  AdminAction,
  AdminActionResult,
  AppPasswordList,
  Authenticator,
  AuthenticatorList,
  CreatedAppPassword,
  DefaultMethodResult,
  Enrollment,
  MethodId,
  PhoneChallenge,
  PhoneConfirmation,
  PhoneSlot,
  ResendPhoneVerificationRequest,
  SettingsSummary,
  StartEnrollmentRequest,
  StartPhoneVerificationRequest,
} from './types.js';
import { METHOD_IDS, PHONE_SLOTS } from './types.js';

/** Options every client call takes. */
export interface RequestOptions {
  /** Aborts the request; the call then rejects with a DOMException named `AbortError`. */
  signal?: AbortSignal;
  /**
   * For POSTs: the key that makes a repeated request safe. Send the same key when the user retries
   * the same action (after a failure or a re-authentication); a new action gets a new key.
   * Defaults to a fresh key per call.
   */
  idempotencyKey?: string;
  /**
   * Lets the request outlive the page (`fetch`'s `keepalive`): for one sent as the user leaves it.
   * It leaves in time when the headers are at hand (an object, or a function that answers without
   * waiting on the network); a browser without keepalive may drop it as the page goes.
   */
  keepalive?: boolean;
}

/**
 * One method per protocol operation (see `protocol/openapi.json`). Implement it to replace the
 * transport entirely, for example to call a GraphQL API or an SDK; the elements use nothing else.
 * Failures reject with an {@link MfaError}; aborted calls with an `AbortError`.
 */
export interface MfaClient {
  getSettings(options?: RequestOptions): Promise<SettingsSummary>;
  setDefaultMethod(method: MethodId, options?: RequestOptions): Promise<DefaultMethodResult>;
  startPhoneVerification(
    slot: PhoneSlot,
    request: StartPhoneVerificationRequest,
    options?: RequestOptions,
  ): Promise<PhoneChallenge>;
  resendPhoneVerification(
    slot: PhoneSlot,
    challengeId: string,
    request?: ResendPhoneVerificationRequest,
    options?: RequestOptions,
  ): Promise<PhoneChallenge>;
  confirmPhoneVerification(
    slot: PhoneSlot,
    challengeId: string,
    code: string,
    options?: RequestOptions,
  ): Promise<PhoneConfirmation>;
  deletePhone(slot: PhoneSlot, options?: RequestOptions): Promise<void>;
  listAuthenticators(options?: RequestOptions): Promise<AuthenticatorList>;
  startEnrollment(request: StartEnrollmentRequest, options?: RequestOptions): Promise<Enrollment>;
  getEnrollment(enrollmentId: string, options?: RequestOptions): Promise<Enrollment>;
  verifyEnrollment(enrollmentId: string, code: string, options?: RequestOptions): Promise<Enrollment>;
  cancelEnrollment(enrollmentId: string, options?: RequestOptions): Promise<void>;
  renameAuthenticator(authenticatorId: string, name: string, options?: RequestOptions): Promise<Authenticator>;
  deleteAuthenticator(authenticatorId: string, options?: RequestOptions): Promise<void>;
  listAppPasswords(options?: RequestOptions): Promise<AppPasswordList>;
  createAppPassword(name: string, options?: RequestOptions): Promise<CreatedAppPassword>;
  revokeAppPassword(appPasswordId: string, options?: RequestOptions): Promise<void>;
  runAdminAction(action: AdminAction, userIds: string[], options?: RequestOptions): Promise<AdminActionResult>;
  /**
   * Optional: forgets any answer kept to share, so the next reads go to the endpoint, for when
   * another user may be signed in now. `<mfa-provider>`'s `refresh()` calls it.
   */
  forget?(): void;
}

/** The protocol's operations, named as the OpenAPI document's operationIds. */
export const MfaClientOperations = [
  'getSettings',
  'setDefaultMethod',
  'startPhoneVerification',
  'resendPhoneVerification',
  'confirmPhoneVerification',
  'deletePhone',
  'listAuthenticators',
  'startEnrollment',
  'getEnrollment',
  'verifyEnrollment',
  'cancelEnrollment',
  'renameAuthenticator',
  'deleteAuthenticator',
  'listAppPasswords',
  'createAppPassword',
  'revokeAppPassword',
  'runAdminAction',
] as const satisfies readonly (keyof MfaClient)[];

export type MfaOperation = (typeof MfaClientOperations)[number];

/** Headers, or a function that returns them (called before every attempt, so tokens stay fresh). */
export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

export interface FetchClientOptions {
  /**
   * The endpoint's base URL, absolute or relative to the page. A query it has is kept on every
   * request (`/api/mfa?tenant=a` → `/api/mfa/settings?tenant=a`).
   */
  endpoint: string;
  /** `fetch` credentials mode. Default `same-origin`. */
  credentials?: RequestCredentials;
  /**
   * Extra headers (a CSRF token, a bearer token), or an async function returning them. One that
   * throws (or headers `fetch` cannot send) fails the request as the network's (`network`), and the
   * console says so, with what was thrown, once per failed request.
   */
  headers?: HeadersOption;
  /** Milliseconds before one attempt is given up as `timeout`. Default 15000; at most 2^31 - 1 (24.8 days, what a timer counts). */
  timeout?: number;
  /** How many times an idempotent read is retried after a transient failure (not after a timeout, which took one whole `timeout` already). Default 2. */
  retries?: number;
  /** The longest Retry-After (seconds) a read waits out by itself before failing. Default 10. */
  maxRetryAfter?: number;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Call {
  operation: MfaOperation;
  method: Method;
  path: string;
  body?: unknown;
  /** What the success body must hold, as `hasShape` reads it; omitted for 204 answers. */
  expect?: string;
  options: RequestOptions | undefined;
}

/** A random key for `Idempotency-Key`; `getRandomValues` works on plain-HTTP intranet pages too. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const seg = encodeURIComponent;

/**
 * A path segment that URL resolution would not keep as it is: empty, `.` or `..` (`seg` encodes
 * `%`, so an id cannot smuggle in `%2e`). Ids in paths come from the endpoint's answers and the
 * host's attributes; such an id would send the request to another route of the endpoint.
 */
const MOVING_SEGMENT = /^\.{0,2}$/;

/** Settles as `promise` does, or rejects with the signal's reason once it aborts, whichever comes first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal as AbortSignal));
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal?.removeEventListener('abort', onAbort));
  });
}

/**
 * Waits, unless the signal aborts first, which ends the timer too; 24.8 days at most (a timer set
 * for longer fires at once).
 */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return untilAborted(new Promise<void>((resolve) => (timer = setTimeout(resolve, Math.min(ms, 2 ** 31 - 1)))), signal).finally(() =>
    clearTimeout(timer),
  );
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

/**
 * A read in flight, shared by the callers asking for it in the task that sent it (see
 * `FetchClient.#share`): its answer, the controller that aborts the request once every caller has
 * aborted, and how many callers wait on it. (A tuple: the names of an object's members stay in the
 * minified code.)
 */
type SharedRead = [answer: Promise<unknown>, controller: AbortController, callers: number];

/**
 * The client that speaks the protocol over `fetch`: JSON bodies, the host's headers, a timeout on
 * every attempt, retries with backoff for reads only, an idempotency key on every POST. Callers
 * that ask for the same read in the same task share it: a page whose elements all load the
 * settings at once sends one request, not one per element. A change's answer ends that sharing:
 * a read asked for after it goes to the endpoint.
 */
export class FetchClient implements MfaClient {
  readonly #options: Required<Omit<FetchClientOptions, 'headers' | 'fetch'>> &
    Pick<FetchClientOptions, 'headers' | 'fetch'>;
  /** Reads in flight, by path. */
  readonly #reads = new Map<string, SharedRead>();
  /** Bumped by `forget()`: a shared read from before it is not joined again. */
  #generation = 0;
  /** The console was told once that a 404 did not come from the protocol (see `#attempt`). */
  #warnedNotFound = false;
  /**
   * The page's clock less the endpoint's, in milliseconds, as the last answer's `Date` header (whole
   * seconds) said; 0 without one that can be read (an endpoint on another origin that does not
   * expose it).
   */
  #skew = 0;

  constructor(options: FetchClientOptions) {
    if (!options.endpoint) throw new TypeError('mfa-elements: FetchClient needs an endpoint URL.');
    const { credentials, timeout } = options;
    // The defaults of the two that <mfa-provider> takes from attributes hold for nothing a request
    // can use too (a removed attribute gives null, an empty one 0).
    this.#options = {
      retries: 2,
      maxRetryAfter: 10,
      ...options,
      credentials: credentials || 'same-origin',
      // A timer counts to 2^31 - 1 ms (24.8 days) at most: a longer wait would end at once.
      timeout: timeout! > 0 ? Math.min(timeout!, 2 ** 31 - 1) : 15_000,
    };
  }

  get endpoint(): string {
    return this.#options.endpoint;
  }

  /**
   * Shares no read asked for before this call with one asked for after it: each path's next read
   * goes to the endpoint, even in the task a shared read was sent or answered in, which went with
   * the session of the moment. `<mfa-provider>`'s `refresh()` calls it (another user may be signed
   * in now), and the client itself once a change is answered. The requests in flight go on for the
   * callers waiting on them.
   */
  forget(): void {
    this.#generation++;
    this.#reads.clear();
  }

  getSettings(options?: RequestOptions): Promise<SettingsSummary> {
    return this.#call<SettingsSummary>(
      'getSettings',
      'GET',
      '/settings',
      options,
      'user.isAdmin methods[] defaultMethod phones[].slot:w phones[].maskedNumber:s authenticators[].id:w authenticators[].name:w appPasswords.count:n appPasswords.limit:n policy.allowedMethods[] policy.appPasswordsAllowed mustRegisterAgain',
    ).then(knownOnly);
  }

  setDefaultMethod(method: MethodId, options?: RequestOptions): Promise<DefaultMethodResult> {
    return this.#call('setDefaultMethod', 'PUT', '/settings/default-method', options, 'defaultMethod:w', { method });
  }

  startPhoneVerification(
    slot: PhoneSlot,
    request: StartPhoneVerificationRequest,
    options?: RequestOptions,
  ): Promise<PhoneChallenge> {
    return this.#call<PhoneChallenge>(
      'startPhoneVerification',
      'POST',
      `/phones/${seg(slot)}/verifications`,
      options,
      'challengeId:w maskedNumber:s channel:w codeLength:p expiresAt:w resendAt:w',
      request,
    ).then(this.#onPageClock);
  }

  resendPhoneVerification(
    slot: PhoneSlot,
    challengeId: string,
    request: ResendPhoneVerificationRequest = {},
    options?: RequestOptions,
  ): Promise<PhoneChallenge> {
    return this.#call<PhoneChallenge>(
      'resendPhoneVerification',
      'POST',
      `/phones/${seg(slot)}/verifications/${seg(challengeId)}/resend`,
      options,
      'challengeId:w maskedNumber:s channel:w codeLength:p expiresAt:w resendAt:w',
      request,
    ).then(this.#onPageClock);
  }

  confirmPhoneVerification(
    slot: PhoneSlot,
    challengeId: string,
    code: string,
    options?: RequestOptions,
  ): Promise<PhoneConfirmation> {
    return this.#call(
      'confirmPhoneVerification',
      'POST',
      `/phones/${seg(slot)}/verifications/${seg(challengeId)}/confirm`,
      options,
      'phone.slot:w phone.maskedNumber:s',
      { code },
    );
  }

  deletePhone(slot: PhoneSlot, options?: RequestOptions): Promise<void> {
    return this.#call('deletePhone', 'DELETE', `/phones/${seg(slot)}`, options);
  }

  listAuthenticators(options?: RequestOptions): Promise<AuthenticatorList> {
    return this.#call(
      'listAuthenticators',
      'GET',
      '/authenticators',
      options,
      'items[].id:w items[].name:w items[].kind:w items[].createdAt:w',
    );
  }

  startEnrollment(request: StartEnrollmentRequest, options?: RequestOptions): Promise<Enrollment> {
    return this.#call<Enrollment>('startEnrollment', 'POST', '/authenticators/enrollments', options, 'enrollmentId kind status', request).then(this.#onPageClock);
  }

  getEnrollment(enrollmentId: string, options?: RequestOptions): Promise<Enrollment> {
    return this.#call('getEnrollment', 'GET', `/authenticators/enrollments/${seg(enrollmentId)}`, options, 'enrollmentId status');
  }

  verifyEnrollment(enrollmentId: string, code: string, options?: RequestOptions): Promise<Enrollment> {
    return this.#call(
      'verifyEnrollment',
      'POST',
      `/authenticators/enrollments/${seg(enrollmentId)}/verify`,
      options,
      'enrollmentId status',
      { code },
    );
  }

  cancelEnrollment(enrollmentId: string, options?: RequestOptions): Promise<void> {
    return this.#call('cancelEnrollment', 'DELETE', `/authenticators/enrollments/${seg(enrollmentId)}`, options);
  }

  renameAuthenticator(authenticatorId: string, name: string, options?: RequestOptions): Promise<Authenticator> {
    return this.#call(
      'renameAuthenticator',
      'PATCH',
      `/authenticators/${seg(authenticatorId)}`,
      options,
      'id:w name:w',
      { name },
    );
  }

  deleteAuthenticator(authenticatorId: string, options?: RequestOptions): Promise<void> {
    return this.#call('deleteAuthenticator', 'DELETE', `/authenticators/${seg(authenticatorId)}`, options);
  }

  listAppPasswords(options?: RequestOptions): Promise<AppPasswordList> {
    return this.#call(
      'listAppPasswords',
      'GET',
      '/app-passwords',
      options,
      'items[].id:w items[].name:w items[].createdAt:w limit:n',
    );
  }

  createAppPassword(name: string, options?: RequestOptions): Promise<CreatedAppPassword> {
    return this.#call(
      'createAppPassword',
      'POST',
      '/app-passwords',
      options,
      'appPassword.id:w appPassword.name:w password:w',
      { name },
    );
  }

  revokeAppPassword(appPasswordId: string, options?: RequestOptions): Promise<void> {
    return this.#call('revokeAppPassword', 'DELETE', `/app-passwords/${seg(appPasswordId)}`, options);
  }

  runAdminAction(action: AdminAction, userIds: string[], options?: RequestOptions): Promise<AdminActionResult> {
    return this.#call('runAdminAction', 'POST', '/admin/actions', options, 'action results[].userId:w results[].status:w', { action, userIds });
  }

  /**
   * A code's times, or a set-up's end, as the page's clock reads them, so that the wait for a new
   * code shown, or the time a push app's set-up ends, is the one the endpoint set even where the
   * page's clock is wrong: moved by the clocks' difference when it is more than the two seconds a
   * `Date` header's whole seconds and the trip may account for. A time that is not one is kept as
   * sent, and one not sent (a set-up has no `resendAt`) is not added.
   */
  #onPageClock = <T extends { expiresAt: string; resendAt?: string }>(answer: T): T => {
    const skew = this.#skew;
    if (Math.abs(skew) <= 2000) return answer;
    const moved: { expiresAt?: string; resendAt?: string } = {};
    for (const key of ['expiresAt', 'resendAt'] as const) {
      const at = Date.parse(answer[key] ?? '');
      if (!Number.isNaN(at)) moved[key] = new Date(at + skew).toISOString();
    }
    return { ...answer, ...moved };
  };

  /**
   * The endpoint's URL, made absolute against the page (`?tenant=a` alone is the page's own path
   * with that query), with the operation's path after its own, and its query, if any, kept after both.
   */
  #url(path: string): string {
    const page = globalThis.location?.href;
    const endpoint = page ? new URL(this.#options.endpoint, page).href : this.#options.endpoint;
    const query = endpoint.search(/[?#]|$/);
    return endpoint.slice(0, query).replace(/\/+$/, '') + path + endpoint.slice(query);
  }

  async #headers(call: Call, idempotencyKey: string | undefined): Promise<Headers> {
    const extra = this.#options.headers;
    const headers = new Headers(typeof extra === 'function' ? await extra() : extra);
    headers.set('Accept', 'application/json');
    if (call.body !== undefined) headers.set('Content-Type', 'application/json');
    if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey);
    return headers;
  }

  // Arguments rather than one object at each call: the names of an object's members stay in the
  // minified code.
  async #call<T>(
    operation: MfaOperation,
    method: Method,
    path: string,
    options: RequestOptions | undefined,
    expect?: string,
    body?: unknown,
  ): Promise<T> {
    const signal = options?.signal;
    if (signal?.aborted) throw abortReason(signal);
    const moving = path.split('/').slice(1).find((part) => MOVING_SEGMENT.test(part));
    if (moving !== undefined) {
      throw new TypeError(`mfa-elements: ${operation}: "${moving}" cannot be an id in a request path`);
    }
    const call: Call = { operation, method, path, body, expect, options };
    // A change, once answered, ends every read's sharing: a read asked for after it goes to the
    // endpoint, even where the timer that ends a shared read's task runs late (a page in the
    // background holds its timers back by a second or more) and would give the answer from before.
    return method === 'GET' ? this.#share<T>(call) : this.#send<T>(call).finally(() => this.forget());
  }

  /**
   * A read, shared with the callers asking for the same path in the task that sent it, and in the
   * task its answer arrives in. Each gets its own copy of the answer (an element may keep it), and
   * its own abort: the request itself is aborted only when every caller has aborted.
   */
  #share<T>(call: Call): Promise<T> {
    const { path } = call;
    const signal = call.options?.signal;
    let read = this.#reads.get(path);
    if (!read) {
      const generation = this.#generation;
      const controller = new AbortController();
      const created: SharedRead = [this.#send({ ...call, options: { signal: controller.signal } }), controller, 0];
      // Joined only in those two tasks: by elements loading together, and by the elements that
      // appear because of the answer (the sections <mfa-security-info> shows once it has the
      // settings). A read asked for in another task may be meant for someone else: the host may
      // have signed another user in since (and called the provider's `refresh()`), and this one
      // went with the old session. A read every caller has abandoned, or that failed, is not
      // joined again.
      const open = () => {
        this.#reads.set(path, created);
        setTimeout(() => this.#reads.get(path) === created && this.#reads.delete(path));
      };
      open();
      created[0].then(
        () => created[2] && !this.#reads.has(path) && generation === this.#generation && open(),
        () => this.#reads.get(path) === created && this.#reads.delete(path),
      );
      read = created;
    }
    const shared = read;
    shared[2]++;
    return new Promise<T>((resolve, reject) => {
      const abandon = () => {
        reject(abortReason(signal!));
        if (--shared[2]) return;
        if (this.#reads.get(path) === shared) this.#reads.delete(path);
        shared[1].abort();
      };
      signal?.addEventListener('abort', abandon, { once: true });
      shared[0]
        .then((value) => resolve(structuredClone(value) as T), reject)
        .finally(() => signal?.removeEventListener('abort', abandon));
    });
  }

  async #send<T>(call: Call): Promise<T> {
    const signal = call.options?.signal;
    // Only reads retry by themselves; a POST keeps one key however often the caller repeats it.
    const idempotencyKey =
      call.method === 'POST' ? (call.options?.idempotencyKey ?? newIdempotencyKey()) : undefined;
    const attempts = call.method === 'GET' ? this.#options.retries + 1 : 1;
    for (let attempt = 0; ; attempt++) {
      const last = attempt + 1 >= attempts;
      try {
        return await this.#attempt<T>(call, idempotencyKey, last);
      } catch (error) {
        // Not after a timeout: tried again, each try with the whole timeout, a read that hangs said
        // "Loading…" for three times `timeout` (47 s) before the user heard of it.
        const retry = error instanceof MfaError && error.transient && error.code !== 'timeout';
        if (last || !retry || signal?.aborted) throw error;
        // A longer wait than the caller would sit through, whatever the refusal (a 503 may say one too).
        if ((error.retryAfter ?? 0) > this.#options.maxRetryAfter) throw error;
        const backoff = 250 * 2 ** attempt + Math.random() * 100;
        await sleep(error.retryAfter !== undefined ? error.retryAfter * 1000 : backoff, signal);
      }
    }
  }

  /** `last`: no attempt follows this one if it fails as the network's (see `#send`). */
  async #attempt<T>(call: Call, idempotencyKey: string | undefined, last: boolean): Promise<T> {
    const { operation } = call;
    const outer = call.options?.signal;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#options.timeout);
    // Aborted by the timeout or by the caller, whichever comes first.
    const signal = outer ? AbortSignal.any([controller.signal, outer]) : controller.signal;
    // Set once the host's headers are read: a failure before it is theirs.
    let sending = false;
    try {
      let response: Response;
      let text: string;
      try {
        // The host's headers callback is inside the attempt: its timeout and abort cover it too.
        const headers = await untilAborted(this.#headers(call, idempotencyKey), signal);
        sending = true;
        response = await (this.#options.fetch ?? globalThis.fetch)(this.#url(call.path), {
          method: call.method,
          credentials: this.#options.credentials,
          // No redirect is followed: a 307 or 308 would send the body (a code, a number) and the
          // headers (the CSRF token) on to a URL the host did not configure. One answered (a single
          // sign-on gateway sending an ended session to its sign-in page) is taken below.
          redirect: 'manual',
          headers,
          body: call.body === undefined ? undefined : JSON.stringify(call.body),
          signal,
          keepalive: call.options?.keepalive,
        });
        // The protocol never redirects: a redirect says the session has ended where it is checked. (A
        // host's own fetch, outside a browser, may give the 3xx itself rather than an opaque one.)
        if (response.type === 'opaqueredirect' || (response.status > 299 && response.status < 400)) {
          throw new MfaError('unauthenticated', { operation, reason: 'redirected' });
        }
        text = await response.text();
        this.#skew = Date.now() - (Date.parse(response.headers.get('Date') ?? '') || Date.now());
      } catch (cause) {
        if (outer?.aborted) throw abortReason(outer);
        if (timedOut) throw new MfaError('timeout', { operation, cause });
        // Any other failure is the network's (a redirect's is said above), an abort too: it is the
        // host's (its fetch, its headers callback), not the caller's, and taken as the caller's it
        // would leave the request pending for ever. The user is told of the network; the developer,
        // on the console, of the headers callback (or headers) that threw, once the request fails
        // (after a read's last retry), with what it threw.
        if (!sending && last) console.warn(`mfa-elements: ${call.method} ${this.#url(call.path)} was not sent: the headers callback threw (or the headers are not valid).`, cause);
        throw cause instanceof MfaError ? cause : new MfaError('network', { operation, cause });
      }
      const body = parseJson(text);
      // A 404 without the protocol's error body (a web server's own page, or nothing), or a 2xx
      // that is no JSON (the page a catch-all route gives any path), most likely means that the
      // endpoint URL is wrong: the developer is told once, on the console.
      if (
        (response.ok ? body === INVALID : response.status === 404 && !(body as { error?: unknown } | undefined)?.error) &&
        !this.#warnedNotFound
      ) {
        this.#warnedNotFound = true;
        console.warn(`mfa-elements: ${call.method} ${this.#url(call.path)} answered ${response.status}, not as the protocol does: is the endpoint URL "${this.#options.endpoint}" right?`);
      }
      if (!response.ok) throw errorFromResponse(operation, response, body === INVALID ? undefined : body);
      // A 2xx answer that is not the promised JSON means the endpoint is broken, not the user, and
      // nothing says the change happened: even an operation with no answer body must not take it
      // as success.
      const malformed = () => new MfaError('server', { operation, status: response.status, reason: 'malformed-response' });
      if (body === INVALID) throw malformed();
      // An answer with no body (204) for an operation that promises one is as broken.
      if (!call.expect) return undefined as T;
      if (!hasShape(body, call.expect)) throw malformed();
      return body as T;
    } finally {
      clearTimeout(timer);
    }
  }
}

const INVALID = Symbol('invalid-json');

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID;
  }
}

/**
 * The types a key of `hasShape` may name, as the protocol's document has them: a string, a
 * non-empty one (`minLength: 1`, and ids, dates and enums), a count, a count from 1.
 */
const TYPES: Record<string, (value: unknown) => boolean> = {
  s: (value) => typeof value === 'string',
  w: (value) => typeof value === 'string' && value !== '',
  n: (value) => Number.isInteger(value) && (value as number) >= 0,
  p: (value) => Number.isInteger(value) && (value as number) > 0,
};

/**
 * Whether the body holds every key of `keys` (separated by spaces), so that what the elements show
 * of it is there: `policy.allowedMethods` is a key of the object under `policy`; one written
 * `items[]` must hold an array, and what follows it (`items[].id`) is a key of each of its items;
 * `:s`, `:w`, `:n`, `:p` after a key name its value's type (see `TYPES`).
 */
function hasShape(body: unknown, keys: string): boolean {
  const fits = (value: unknown, path: string[], type: string | undefined): boolean => {
    if (!path.length) return !type || TYPES[type]!(value);
    const [key, ...rest] = path as [string, ...string[]];
    const name = key.replace('[]', '');
    if (typeof value !== 'object' || value === null || !(name in value)) return false;
    const next = (value as Record<string, unknown>)[name];
    if (name === key) return fits(next, rest, type);
    return Array.isArray(next) && next.every((item) => fits(item, rest, type));
  };
  return keys.split(' ').every((term) => {
    const [path, type] = term.split(':') as [string, string?];
    return fits(body, path.split('.'), type);
  });
}

/**
 * The settings with the methods and phone slots this version of the protocol names: a newer
 * endpoint's others (which no element could name or set up) are left out, and a default among them
 * is no default.
 */
function knownOnly(settings: SettingsSummary): SettingsSummary {
  const among = (values: readonly string[]) => (value: unknown) => values.includes(value as string);
  const known = among(METHOD_IDS) as (method: unknown) => method is MethodId;
  const { methods, defaultMethod, phones, policy } = settings;
  return {
    ...settings,
    methods: methods.filter(known),
    defaultMethod: known(defaultMethod) ? defaultMethod : null,
    phones: phones.filter((phone) => among(PHONE_SLOTS)(phone.slot)),
    policy: { ...policy, allowedMethods: policy.allowedMethods.filter(known) },
  };
}
