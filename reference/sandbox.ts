/**
 * A host for many isolated reference endpoints ("sandboxes") over HTTP, so each test or each
 * demo visitor gets its own store, clock and faults.
 *
 * FOR DEMOS AND TESTS ONLY. The control routes below sign anyone in as anyone, move the clock and
 * read the simulated outbox (which holds codes). A real host never exposes anything like them.
 *
 * Routes, under `basePath` (default `/reference`):
 *   POST   /sandboxes                         create one; JSON options, all optional:
 *                                             { reauthMaxAgeSeconds, appPasswordLimit, faults, nowOffsetSeconds }
 *                                             -> 201 { id, endpoint, control }
 *   *      /sandboxes/{id}/api/...            the protocol (see protocol/openapi.json)
 *   POST   /sandboxes/{id}/control/sign-in    { userId } -> { token, csrfToken }, and cookies:
 *                                             the session (HttpOnly) and the CSRF token (readable)
 *   POST   /sandboxes/{id}/control/reauth     { token? } (else the bearer or cookie session) -> 204
 *   POST   /sandboxes/{id}/control/age-sign-in  { token? } (likewise) -> 204: the sign-in older than
 *                                             changes allow (a stale session, as the contract kit
 *                                             and the demo's "Make my sign-in old" use)
 *   POST   /sandboxes/{id}/control/sign-out   { token? } -> 204, cookies cleared
 *   POST   /sandboxes/{id}/control/reset      -> 204, cookies cleared: the sandbox as it was created
 *                                             (seeded users, its options, its clock; no session,
 *                                             message, set-up or side effect left)
 *   GET    /sandboxes/{id}/control/outbox     ?userId= -> OutboxMessage[]
 *   POST   /sandboxes/{id}/control/clock      { advanceSeconds } -> { now }
 *   GET    /sandboxes/{id}/control/faults     -> { faults }
 *   PUT    /sandboxes/{id}/control/faults     { faults: Fault[] } -> { faults }
 *   POST   /sandboxes/{id}/control/push/{enrollmentId}/approve -> Enrollment
 *   GET    /sandboxes/{id}/control/totp/{enrollmentOrAuthenticatorId} -> { code }
 *   GET    /sandboxes/{id}/control/users      -> UserOverview[]
 *   GET    /sandboxes/{id}/control/enrollments ?userId= -> the user's set-ups still pending
 *                                             ({ enrollmentId, kind, name }[])
 *   GET    /sandboxes/{id}/control/side-effects -> SideEffect[]
 * A sandbox with id `demo` exists from the start and is never evicted (the demo portal uses it).
 * Creating a sandbox and the control routes answer 403 `forbidden`/`csrf` to a request a browser
 * marks as sent by another site (`Sec-Fetch-Site: cross-site`, or, where a browser sends no
 * `Sec-Fetch-Site`, an `Origin` of another host name); the protocol's routes keep their own checks.
 */
import { ControlError, type ReferenceEndpoint, SESSION_COOKIE, createReferenceEndpoint, readCookie } from './endpoint.js';
import { FAULT_KINDS, type Fault } from './faults.js';
import { ApiError, emptyResponse, errors, jsonResponse } from './http.js';
import { randomHex } from './store.js';

/** The cookie that carries the CSRF token where page scripts can read it (double-submit style). */
export const CSRF_COOKIE = 'mfa_ref_csrf';

export interface SandboxHostOptions {
  /** Default `/reference`. */
  basePath?: string;
  /** The oldest sandbox is evicted past this many. Default 200. */
  maxSandboxes?: number;
  /** The clock every sandbox starts from. Default `Date.now`. */
  now?: () => number;
}

export interface SandboxOptions {
  reauthMaxAgeSeconds?: number;
  appPasswordLimit?: number;
  faults?: Fault[];
  /** Starts the sandbox's clock this many seconds away from the real one. */
  nowOffsetSeconds?: number;
}

export interface SandboxHost {
  /** Answers requests under `basePath`; undefined for anything else ("not mine"). */
  handle(request: Request): Promise<Response | undefined>;
  /** The endpoint of a sandbox, for in-process use. */
  sandbox(id: string): ReferenceEndpoint | undefined;
  /** Creates a sandbox; answers its id and URLs. */
  create(options?: SandboxOptions): { id: string; endpoint: string; control: string };
}

export const DEMO_SANDBOX_ID = 'demo';

export function createSandboxHost(hostOptions: SandboxHostOptions = {}): SandboxHost {
  const basePath = (hostOptions.basePath ?? '/reference').replace(/\/+$/, '');
  const maxSandboxes = hostOptions.maxSandboxes ?? 200;
  const clock = hostOptions.now ?? Date.now;
  // A Map keeps insertion order: the first entry that is not `demo` is the oldest.
  const sandboxes = new Map<string, ReferenceEndpoint>();
  /** The options each sandbox was created with, so a reset makes it again as it was. */
  const createdWith = new Map<string, SandboxOptions>();

  const paths = (id: string) => ({
    root: `${basePath}/sandboxes/${id}`,
    endpoint: `${basePath}/sandboxes/${id}/api`,
    control: `${basePath}/sandboxes/${id}/control`,
  });

  function create(options: SandboxOptions = {}, id = randomHex(8)) {
    const offsetMs = (options.nowOffsetSeconds ?? 0) * 1000;
    const endpoint = createReferenceEndpoint({
      basePath: paths(id).endpoint,
      now: () => clock() + offsetMs,
      ...(options.reauthMaxAgeSeconds !== undefined ? { reauthMaxAgeSeconds: options.reauthMaxAgeSeconds } : {}),
      ...(options.appPasswordLimit !== undefined ? { appPasswordLimit: options.appPasswordLimit } : {}),
      ...(options.faults !== undefined ? { faults: options.faults } : {}),
    });
    // A reset replaces the endpoint of an id in place: it keeps its age among the others.
    sandboxes.set(id, endpoint);
    createdWith.set(id, options);
    while (sandboxes.size > maxSandboxes) {
      const oldest = [...sandboxes.keys()].find((key) => key !== DEMO_SANDBOX_ID);
      if (oldest === undefined) break;
      sandboxes.delete(oldest);
      createdWith.delete(oldest);
    }
    return { id, endpoint: paths(id).endpoint, control: paths(id).control };
  }

  create({}, DEMO_SANDBOX_ID);

  async function handle(request: Request): Promise<Response | undefined> {
    const url = new URL(request.url);
    if (!url.pathname.startsWith(`${basePath}/`)) return undefined;
    const segments = url.pathname.slice(basePath.length).split('/').filter(Boolean);
    try {
      if (segments[0] !== 'sandboxes') return undefined;
      // A page of another site can send these requests too (a form, or `fetch` in `no-cors` mode),
      // with none of the checks the protocol's routes keep: it could reset the demo's sandbox, fill
      // the host with sandboxes or set faults. Browsers say where a request comes from; tools and
      // tests that send neither header are served as before.
      if (segments[2] !== 'api' && fromAnotherSite(request, url)) {
        throw errors.forbidden('csrf', 'Sandboxes take no control requests from another site.');
      }
      if (segments.length === 1) {
        if (request.method !== 'POST') return methodNotAllowed('POST');
        const options = await readJson<SandboxOptions>(request, {});
        return jsonResponse(201, create(sanitizeOptions(options)));
      }
      const id = segments[1]!;
      const endpoint = sandboxes.get(id);
      if (!endpoint) throw errors.notFound('No such sandbox (it may have been evicted).');
      if (segments[2] === 'api') return await endpoint.handle(request);
      if (segments[2] === 'control') return await control(endpoint, id, request, segments.slice(3), url);
      throw errors.notFound('No such route.');
    } catch (error) {
      if (error instanceof ApiError) return error.toResponse();
      if (error instanceof ControlError) {
        const body = { error: { code: error.status === 404 ? 'not-found' : error.status === 409 ? 'conflict' : 'validation', message: error.message } };
        return jsonResponse(error.status, body);
      }
      if (request.signal.aborted) throw error;
      return errors.server().toResponse();
    }
  }

  async function control(endpoint: ReferenceEndpoint, id: string, request: Request, route: string[], url: URL): Promise<Response> {
    const api = endpoint.control;
    const key = `${request.method} ${route.join('/')}`;
    const cookiePath = paths(id).root;
    switch (true) {
      case key === 'POST sign-in': {
        const { userId } = await readJson<{ userId?: unknown }>(request, {});
        if (typeof userId !== 'string') throw errors.validation([{ field: 'userId', reason: 'required' }]);
        const session = api.signIn(userId);
        const headers = new Headers({ 'content-type': 'application/json', 'cache-control': 'no-store' });
        headers.append('set-cookie', `${SESSION_COOKIE}=${session.token}; Path=${cookiePath}; HttpOnly; SameSite=Strict`);
        headers.append('set-cookie', `${CSRF_COOKIE}=${session.csrfToken}; Path=${cookiePath}; SameSite=Strict`);
        return new Response(JSON.stringify(session), { status: 200, headers });
      }
      case key === 'POST reauth': {
        api.reauthenticate(await sessionToken(request));
        return emptyResponse();
      }
      case key === 'POST age-sign-in': {
        api.ageSignIn(await sessionToken(request));
        return emptyResponse();
      }
      case key === 'POST sign-out': {
        api.signOut(await sessionToken(request));
        return new Response(null, { status: 204, headers: clearedCookies(cookiePath) });
      }
      case key === 'POST reset': {
        create(createdWith.get(id) ?? {}, id);
        return new Response(null, { status: 204, headers: clearedCookies(cookiePath) });
      }
      case key === 'GET outbox':
        return jsonResponse(200, api.outbox(url.searchParams.get('userId') ?? undefined));
      case key === 'POST clock': {
        const { advanceSeconds } = await readJson<{ advanceSeconds?: unknown }>(request, {});
        if (typeof advanceSeconds !== 'number') throw errors.validation([{ field: 'advanceSeconds', reason: 'required' }]);
        return jsonResponse(200, { now: new Date(api.advanceClock(advanceSeconds)).toISOString() });
      }
      case key === 'GET faults':
        return jsonResponse(200, { faults: api.faults() });
      case key === 'PUT faults': {
        const { faults } = await readJson<{ faults?: unknown }>(request, {});
        if (!Array.isArray(faults)) throw errors.validation([{ field: 'faults', reason: 'required' }]);
        api.setFaults(faults as Fault[]);
        return jsonResponse(200, { faults: api.faults() });
      }
      case key === 'GET enrollments': {
        const userId = url.searchParams.get('userId');
        if (!userId) throw errors.validation([{ field: 'userId', reason: 'required' }]);
        return jsonResponse(200, api.pendingEnrollments(userId));
      }
      case request.method === 'POST' && route.length === 3 && route[0] === 'push' && route[2] === 'approve':
        return jsonResponse(200, api.approvePush(decodeURIComponent(route[1]!)));
      case request.method === 'GET' && route.length === 2 && route[0] === 'totp':
        return jsonResponse(200, { code: await api.currentTotp(decodeURIComponent(route[1]!)) });
      case key === 'GET users':
        return jsonResponse(200, api.users());
      case key === 'GET side-effects':
        return jsonResponse(200, api.sideEffects());
      default:
        throw errors.notFound('No such control route.');
    }
  }

  return { handle, create: (options) => create(sanitizeOptions(options ?? {})), sandbox: (id) => sandboxes.get(id) };
}

/**
 * Whether a browser says the request was sent by a page of another site: by `Sec-Fetch-Site`, or,
 * where it is not sent, by an `Origin` of another host (a form's POST and `fetch` from another page
 * send one; an opaque origin, `null`, counts as another site). Browsers send `Sec-Fetch-Site` only
 * to a secure context: over plain http, to a demo served on a network address rather than
 * `localhost`, the `Origin` is the only sign (and in Safari before 16.4, everywhere).
 * The host name alone is compared, as `Sec-Fetch-Site` serves a page of the same site: another
 * port of the same host, or a proxy that ends TLS before this server, is not another site. A proxy
 * that rewrites the `Host` header must pass it on (or the page's own requests look foreign).
 */
function fromAnotherSite(request: Request, url: URL): boolean {
  const site = request.headers.get('sec-fetch-site');
  if (site !== null) return site === 'cross-site';
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  try {
    return new URL(origin).hostname !== url.hostname;
  } catch {
    return true;
  }
}

/** Headers that clear a sandbox's session and CSRF cookies (a sign-out, a reset). */
function clearedCookies(cookiePath: string): Headers {
  const headers = new Headers({ 'cache-control': 'no-store' });
  headers.append('set-cookie', `${SESSION_COOKIE}=; Path=${cookiePath}; HttpOnly; SameSite=Strict; Max-Age=0`);
  headers.append('set-cookie', `${CSRF_COOKIE}=; Path=${cookiePath}; SameSite=Strict; Max-Age=0`);
  return headers;
}

/** The session token of a control call: from the body, else the bearer header, else the cookie. */
async function sessionToken(request: Request): Promise<string> {
  const { token } = await readJson<{ token?: unknown }>(request, {});
  if (typeof token === 'string') return token;
  const bearer = request.headers.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const found = bearer ?? readCookie(request.headers.get('cookie'), SESSION_COOKIE);
  if (!found) throw errors.validation([{ field: 'token', reason: 'required' }]);
  return found;
}

async function readJson<T>(request: Request, fallback: T): Promise<T> {
  const text = await request.text();
  if (text.trim() === '') return fallback;
  try {
    const value = JSON.parse(text) as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new SyntaxError('not an object');
    return value as T;
  } catch {
    throw errors.validation([{ field: 'body', reason: 'malformed-json' }], 'The body is not a JSON object.');
  }
}

function sanitizeOptions(options: SandboxOptions): SandboxOptions {
  const clean: SandboxOptions = {};
  const number = (value: unknown, field: string) => {
    if (value === undefined) return undefined;
    if (typeof value !== 'number' || !Number.isFinite(value)) throw errors.validation([{ field, reason: 'invalid' }]);
    return value;
  };
  const reauth = number(options.reauthMaxAgeSeconds, 'reauthMaxAgeSeconds');
  const limit = number(options.appPasswordLimit, 'appPasswordLimit');
  const offset = number(options.nowOffsetSeconds, 'nowOffsetSeconds');
  if (reauth !== undefined) clean.reauthMaxAgeSeconds = reauth;
  if (limit !== undefined) clean.appPasswordLimit = limit;
  if (offset !== undefined) clean.nowOffsetSeconds = offset;
  if (options.faults !== undefined) {
    const valid =
      Array.isArray(options.faults) &&
      options.faults.every((fault) => typeof fault === 'object' && fault !== null && FAULT_KINDS.includes(fault.kind));
    if (!valid) throw errors.validation([{ field: 'faults', reason: 'invalid' }]);
    clean.faults = options.faults;
  }
  return clean;
}

function methodNotAllowed(allow: string): Response {
  return jsonResponse(405, { error: { code: 'not-found', message: 'This route does not take that method.' } }, { allow });
}
