import { FetchClient, type MfaOperation } from '../../src/core/client.js';
import { type ReferenceEndpoint, createReferenceEndpoint } from '../../reference/endpoint.js';
import type { Fault } from '../../reference/faults.js';
import { matchRoute } from '../../reference/routes.js';

/** The seeded demo users of the reference endpoint. */
export type DemoUser = 'adele' | 'ben' | 'chen' | 'dana' | 'erik';

export interface StoryEndpointOptions {
  /** Who is signed in. Default `adele` (phones, a code app, app passwords). */
  user?: DemoUser;
  /** Faults switched on for every request (a story's "error" states). */
  faults?: Fault[];
  /** Make the sign-in older than the endpoint accepts for changes (reauth states). */
  staleSignIn?: boolean;
  /** Where the endpoint tells push apps to activate. Default: the reference endpoint's https address. */
  pushActivationUrl?: string;
  /** Milliseconds before the client gives a request up as `timeout`. Default: the client's (15 s). */
  timeout?: number;
  /** Changes (every request but a read) never reach the endpoint, as when the network drops them: `fetch` rejects. */
  unreachable?: boolean;
  /** The page's anti-forgery token is out of date (a sign-in in another tab replaced it): changes are refused. */
  staleCsrf?: boolean;
  /**
   * Answers the reference endpoint does not give, by operation: each takes `endpoint()`, which hands
   * the request to the endpoint (whatever it changes, changed), with another JSON body when given
   * one, and the request as the page sent it; it gives the answer the page gets instead: the
   * endpoint's rewritten, one of its own without calling it (a stricter host's), or a rejection as
   * `fetch`'s when the answer is lost on its way back. Read at each request.
   */
  answers?: Partial<Record<MfaOperation, (endpoint: (body?: unknown) => Promise<Response>, request: Request) => Promise<Response>>>;
}

export interface StoryEndpoint {
  client: FetchClient;
  endpoint: ReferenceEndpoint;
  /** Re-authenticates the signed-in user (what a host's step-up does). */
  reauthenticate(): void;
  /** Ends the session (a sign-out in another tab, or its expiry): the endpoint answers 401 from then on. */
  signOut(): void;
  /** The options it was made with: `unreachable`, `staleCsrf` and `answers` set later apply from the next request. */
  options: StoryEndpointOptions;
}

const BASE = 'https://reference.invalid/api';

/**
 * The reference endpoint running inside the browser page, so stories drive the real elements
 * against real protocol answers with no backend: the client's `fetch` hands each request to the
 * endpoint's handler instead of the network.
 */
export function storyEndpoint(given: StoryEndpointOptions = {}): StoryEndpoint {
  const options = { ...given };
  const endpoint = createReferenceEndpoint({ basePath: '/api', reauthMaxAgeSeconds: 900, pushActivationUrl: options.pushActivationUrl });
  const session = endpoint.control.signIn(options.user ?? 'adele');
  if (options.staleSignIn) endpoint.control.advanceClock(901);
  if (options.faults) endpoint.control.setFaults(options.faults);
  const client = new FetchClient({
    endpoint: BASE,
    // Read at each request, so a story may set its endpoint up through this client first.
    headers: () => ({ Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': options.staleCsrf ? `${session.csrfToken}-old` : session.csrfToken }),
    fetch: (input, init) => {
      if (options.unreachable && (init?.method ?? 'GET') !== 'GET') return Promise.reject(new TypeError('Failed to fetch'));
      const request = new Request(input, init);
      const match = matchRoute(request.method, new URL(request.url).pathname.slice(new URL(BASE).pathname.length));
      const answer = match.kind === 'found' ? options.answers?.[match.route.operationId as MfaOperation] : undefined;
      if (!answer) return endpoint.handle(request);
      const sent = request.clone();
      return answer((body) => endpoint.handle(body === undefined ? request : new Request(request, { body: JSON.stringify(body) })), sent);
    },
    timeout: options.timeout,
  });
  return {
    client,
    endpoint,
    options,
    reauthenticate: () => endpoint.control.reauthenticate(session.token),
    signOut: () => endpoint.control.signOut(session.token),
  };
}

/** The reference endpoint's fault switches, as a story control ("none" switches them off). */
export const FAULT_PRESETS: Record<string, Fault[] | undefined> = {
  none: undefined,
  'slow (3 s)': [{ kind: 'latency', ms: 3000 }],
  'server error (500)': [{ kind: 'server-error' }],
  'rate limited (429, 30 s)': [{ kind: 'rate-limit', retryAfterSeconds: 30 }],
  'never answers': [{ kind: 'timeout', maxMs: 60_000 }],
  'malformed JSON': [{ kind: 'malformed-body' }],
};

/**
 * Controls every story on the in-page endpoint shares: who is signed in, the fault switch, and a
 * sign-in too old for changes (re-authentication). Spread into a story file's `argTypes`.
 */
export const endpointArgTypes = {
  user: {
    control: 'select',
    options: ['adele', 'ben', 'chen', 'dana', 'erik'],
    description: 'Signed-in demo user: adele (everything), ben (nothing yet), chen (must register again), dana (administrator), erik (phones only)',
  },
  faults: {
    name: 'fault switch',
    control: 'select',
    options: Object.keys(FAULT_PRESETS),
    mapping: FAULT_PRESETS,
    description: 'Makes every request to the in-page reference endpoint slow, fail, rate-limited, hang or malformed',
  },
  staleSignIn: {
    name: 'old sign-in',
    control: 'boolean',
    description: 'The sign-in is older than the endpoint accepts for changes: saving asks for re-authentication',
  },
  unreachable: {
    name: 'server unreachable',
    control: 'boolean',
    description: 'Changes never reach the endpoint (the network drops them, the page stays online): saving says the server could not be reached',
  },
  staleCsrf: {
    name: 'out-of-date page',
    control: 'boolean',
    description: 'The page’s anti-forgery token is out of date (a sign-in in another tab replaced it): saving asks to reload the page',
  },
  // Functions a story sets: nothing a control could edit.
  answers: { control: false, table: { disable: true } },
} as const;

/**
 * A host that starts stepping the user up when an element asks for a fresh sign-in (it calls
 * `preventDefault()` on `mfa-reauth-required`) and has not finished: the element waits for the
 * host's `retry()`. Listens for the next such request in the story's canvas only.
 */
export function hostStartsStepUp(canvas: HTMLElement): void {
  canvas.addEventListener('mfa-reauth-required', (event) => event.preventDefault(), { once: true });
}
