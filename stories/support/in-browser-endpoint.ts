import { FetchClient } from '../../src/core/client.js';
import { type ReferenceEndpoint, createReferenceEndpoint } from '../../reference/endpoint.js';
import type { Fault } from '../../reference/faults.js';

/** The seeded demo users of the reference endpoint. */
export type DemoUser = 'adele' | 'ben' | 'chen' | 'dana' | 'erik';

export interface StoryEndpointOptions {
  /** Who is signed in. Default `adele` (phones, a code app, app passwords). */
  user?: DemoUser;
  /** Faults switched on for every request (a story's "error" states). */
  faults?: Fault[];
  /** Make the sign-in older than the endpoint accepts for changes (reauth states). */
  staleSignIn?: boolean;
}

export interface StoryEndpoint {
  client: FetchClient;
  endpoint: ReferenceEndpoint;
  /** Re-authenticates the signed-in user (what a host's step-up does). */
  reauthenticate(): void;
}

const BASE = 'https://reference.invalid/api';

/**
 * The reference endpoint running inside the browser page, so stories drive the real elements
 * against real protocol answers with no backend: the client's `fetch` hands each request to the
 * endpoint's handler instead of the network.
 */
export function storyEndpoint(options: StoryEndpointOptions = {}): StoryEndpoint {
  const endpoint = createReferenceEndpoint({ basePath: '/api', reauthMaxAgeSeconds: 900 });
  const session = endpoint.control.signIn(options.user ?? 'adele');
  if (options.staleSignIn) endpoint.control.advanceClock(901);
  if (options.faults) endpoint.control.setFaults(options.faults);
  const client = new FetchClient({
    endpoint: BASE,
    headers: { Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken },
    fetch: (input, init) => endpoint.handle(new Request(input, init)),
  });
  return { client, endpoint, reauthenticate: () => endpoint.control.reauthenticate(session.token) };
}
