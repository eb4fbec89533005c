/**
 * Answers of the reference endpoint: JSON responses and the one error shape (`ErrorBody`).
 */
import type { ErrorBody, FieldError, WireErrorCode } from '../src/core/types.js';

/** Every answer may carry a secret or personal data: never cache it. */
const COMMON_HEADERS = { 'content-type': 'application/json', 'cache-control': 'no-store' } as const;

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...COMMON_HEADERS, ...headers } });
}

export function emptyResponse(status = 204): Response {
  return new Response(null, { status, headers: { 'cache-control': 'no-store' } });
}

/** A protocol error. Thrown by the operations, turned into an `ErrorBody` answer by the endpoint. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: ErrorBody['error'],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail.message);
    this.name = 'ApiError';
  }

  toResponse(): Response {
    const body: ErrorBody = { error: this.detail };
    return jsonResponse(this.status, body, this.headers);
  }
}

function error(status: number, code: WireErrorCode, message: string, extra: Partial<ErrorBody['error']> = {}) {
  return new ApiError(status, { code, message, ...extra });
}

/**
 * The protocol's errors, one per machine code. Messages are for developers and never carry a
 * phone number, a code or a secret.
 */
export const errors = {
  validation: (fieldErrors: FieldError[], message = 'The request has invalid fields.') =>
    error(400, 'validation', message, { fieldErrors }),
  unauthenticated: () => error(401, 'unauthenticated', 'No valid session. Sign in again.'),
  reauthRequired: () => error(401, 'reauth-required', 'The sign-in is too old for a change. Re-authenticate, then retry.'),
  forbidden: (reason: 'csrf' | 'not-admin' | 'policy', message: string) => error(403, 'forbidden', message, { reason }),
  notFound: (message = 'Not found.') => error(404, 'not-found', message),
  conflict: (reason: string, message: string) => error(409, 'conflict', message, { reason }),
  expired: (message: string) => error(410, 'expired', message),
  invalidCode: (attemptsLeft: number) =>
    error(422, 'invalid-code', 'The code is not correct.', { attemptsLeft }),
  rateLimited: (retryAfter: number, message = 'Too many requests. Try again later.') =>
    new ApiError(429, { code: 'rate-limited', message, retryAfter }, { 'retry-after': String(retryAfter) }),
  server: (message = 'The server failed.') => error(500, 'server', message),
};
