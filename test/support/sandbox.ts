import { FetchClient, type FetchClientOptions } from '../../src/core/client.js';

/**
 * A fresh, isolated reference endpoint for one test, over real HTTP (mounted in the test server).
 * The control routes are the reference endpoint's test hooks: sign in, read the outbox, move the
 * clock, switch faults on.
 */
export interface Sandbox {
  endpoint: string;
  control: string;
  signIn(userId: string): Promise<{ token: string; csrfToken: string }>;
  /** A client signed in as the user, with the bearer and CSRF headers a host would add. */
  clientFor(userId: string, options?: Partial<FetchClientOptions>): Promise<FetchClient>;
  controlCall<T = unknown>(method: string, path: string, body?: unknown): Promise<T>;
}

export async function newSandbox(options: Record<string, unknown> = {}): Promise<Sandbox> {
  const res = await fetch('/reference/sandboxes', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(options),
  });
  if (!res.ok) throw new Error(`creating a sandbox failed: ${res.status}`);
  const { endpoint, control } = (await res.json()) as { endpoint: string; control: string };

  async function controlCall<T>(method: string, path: string, body?: unknown): Promise<T> {
    const r = await fetch(`${control}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`control ${method} ${path} failed: ${r.status} ${await r.text()}`);
    const text = await r.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  const signIn = (userId: string) => controlCall<{ token: string; csrfToken: string }>('POST', '/sign-in', { userId });

  return {
    endpoint,
    control,
    signIn,
    controlCall,
    async clientFor(userId, clientOptions = {}) {
      const session = await signIn(userId);
      return new FetchClient({
        endpoint,
        headers: () => ({ Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken }),
        ...clientOptions,
      });
    },
  };
}
