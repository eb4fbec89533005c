/**
 * A tiny in-process caller for the reference endpoint, for tests and stories: it sends what a
 * host's page would send (bearer token, CSRF header, JSON) and answers status, headers and body.
 */
import type { ReferenceEndpoint } from './endpoint.js';

// biome-ignore lint/suspicious/noExplicitAny: a test reads the JSON it expects; the protocol test validates it against the schema
export interface CallResult<T = any> {
  status: number;
  headers: Headers;
  /** Parsed JSON, or undefined for an empty body. */
  body: T;
}

export interface CallOptions {
  headers?: Record<string, string>;
  /** Sent as is instead of `JSON.stringify(body)`. */
  rawBody?: string;
  signal?: AbortSignal;
}

// biome-ignore lint/suspicious/noExplicitAny: as above, the caller's JSON is whatever the test expects
export type Caller = <T = any>(method: string, path: string, body?: unknown, options?: CallOptions) => Promise<CallResult<T>>;

/** Calls `endpoint` as the session's user; `session` null sends no credentials at all. */
export function createCaller(
  endpoint: Pick<ReferenceEndpoint, 'handle'>,
  session: { token: string; csrfToken: string } | null,
  origin = 'https://portal.example',
): Caller {
  return async (method, path, body, options = {}) => {
    const headers: Record<string, string> = {};
    if (session) {
      headers.authorization = `Bearer ${session.token}`;
      headers['x-csrf-token'] = session.csrfToken;
    }
    const payload = options.rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const init: RequestInit = { method, headers: { ...headers, ...options.headers } };
    if (payload !== undefined) init.body = payload;
    if (options.signal) init.signal = options.signal;
    const response = await endpoint.handle(new Request(`${origin}${path}`, init));
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
  };
}
