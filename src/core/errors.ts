import type { ErrorBody, FieldError, WireErrorCode } from './types.js';

/**
 * Every failure the client reports, as one machine code. The wire codes come from the endpoint's
 * error body; `network` and `timeout` are the client's own.
 */
export type MfaErrorCode = WireErrorCode | 'network' | 'timeout';

export const MFA_ERROR_CODES = [
  'network',
  'timeout',
  'validation',
  'invalid-code',
  'expired',
  'rate-limited',
  'reauth-required',
  'unauthenticated',
  'conflict',
  'not-found',
  'forbidden',
  'server',
] as const satisfies readonly MfaErrorCode[];

/** Server answers worth sending again: the server may be fine a moment later (no status: none). */
const RETRYABLE_STATUS = new Set<number | undefined>([500, 502, 503, 504]);

/**
 * The status an endpoint answers with for each wire code, when the body is missing or unusable.
 * Not 404: the protocol gives every error answer its body, and a 404 without one is most likely a
 * web server's page for a wrong URL, not an answer about an item (taken as `not-found`, a removal
 * would read as done). It is the server's failure, as any other status is.
 */
const CODE_FOR_STATUS: Record<number, WireErrorCode> = {
  400: 'validation',
  401: 'unauthenticated',
  403: 'forbidden',
  409: 'conflict',
  410: 'expired',
  422: 'invalid-code',
  429: 'rate-limited',
};

export interface MfaErrorInit {
  operation: string;
  status?: number;
  fieldErrors?: FieldError[];
  retryAfter?: number;
  attemptsLeft?: number;
  reason?: string;
  cause?: unknown;
}

/**
 * The one error type the client throws (an abort by the caller stays a DOMException `AbortError`).
 *
 * Its `message` names only the operation, the code and the HTTP status: never a phone number, a
 * code or a secret, so it is safe to log.
 */
export class MfaError extends Error {
  override readonly name = 'MfaError';
  readonly code: MfaErrorCode;
  /** The client operation that failed, for example `setDefaultMethod`. */
  readonly operation: string;
  /** HTTP status, when the endpoint answered. */
  readonly status: number | undefined;
  /** `validation`: which fields are wrong and why. */
  readonly fieldErrors: readonly FieldError[];
  /**
   * `rate-limited`: seconds until the action is allowed again, as the endpoint gave them (a finite
   * number, however large: a timer set for more than 2^31 - 1 ms, about 24.8 days, fires at once).
   */
  readonly retryAfter: number | undefined;
  /** `invalid-code`: attempts left on this challenge, when the endpoint tells. */
  readonly attemptsLeft: number | undefined;
  /**
   * `conflict` and `forbidden`: the endpoint's machine reason, for example `backs-default-method`.
   * `unauthenticated`: `redirected` when the client was answered with a redirect, as a single
   * sign-on gateway answers an ended session.
   */
  readonly reason: string | undefined;

  constructor(code: MfaErrorCode, init: MfaErrorInit) {
    super(
      `mfa-elements: ${init.operation} failed: ${code}${init.status ? ` (HTTP ${init.status})` : ''}`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.code = code;
    this.operation = init.operation;
    this.status = init.status;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfter = finiteOrUndefined(init.retryAfter);
    this.attemptsLeft = init.attemptsLeft;
    this.reason = init.reason;
  }

  /** True for failures that may pass if the same request is sent again later. */
  get transient(): boolean {
    return (
      this.code === 'network' ||
      this.code === 'timeout' ||
      this.code === 'rate-limited' ||
      (this.code === 'server' && RETRYABLE_STATUS.has(this.status))
    );
  }
}

/**
 * Whether `value` is an {@link MfaError}; given `code`, one with that code (`isMfaError(e, 'rate-limited')`).
 * Told by its name, not its class: an error of another copy of the library on the page (a host's
 * client from `mfa-elements/core` beside elements from the bundle) is one too.
 */
export function isMfaError(value: unknown, code?: MfaErrorCode): value is MfaError {
  return (value as MfaError | undefined)?.name === 'MfaError' && (!code || (value as MfaError).code === code);
}

/**
 * Whether a change that failed with `error` may have been made all the same: no answer came in time
 * (`timeout`), the connection was lost (`network`: the request may have arrived, and a reset or a
 * proxy dropped its answer), a gateway between answered for the endpoint that it got no answer
 * from it (502, 504), or a success answer could not be read. The elements that make such changes
 * (the method picker's save, an app password's creation and revocation, an administrator action)
 * then say they could not tell, not that nothing changed; sent again with the same idempotency key,
 * the change is answered as before rather than made twice. A page can ask it of an element's
 * `mfa-error` detail too (the security info does, of the method picker's).
 */
export function isUnanswered(error: unknown): boolean {
  // An error, or an `mfa-error` event's detail, which has its code and status: a `server` failure
  // with a success status (only ever a success answer that could not be read), or none at all.
  const { code, status } = (error ?? {}) as Partial<MfaError>;
  return code === 'timeout' || code === 'network' || status === 502 || status === 504 || (code === 'server' && status !== undefined && status < 300);
}

/**
 * For a removal's failure: `not-found` says the item is gone already (removed in another tab, or by
 * an administrator), which is what the user asked for, so the removal is done; any other is thrown on.
 */
export function goneAlready(error: unknown): void {
  if (!isMfaError(error, 'not-found')) throw error;
}

export function isAbortError(value: unknown): boolean {
  return value instanceof DOMException && value.name === 'AbortError';
}

/**
 * Seconds from a `Retry-After` header: delta-seconds (digits only), or an HTTP date, which starts
 * with the name of its day ("Wed, 21 Oct 2015 07:28:00 GMT"; a date past is 0). Anything else
 * ("-1", "1.5") is no wait given, as if there were no header.
 */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = /^[a-z]/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Whether a parsed body is the protocol's error body: an `error` object with a known `code`. */
function isErrorBody(value: unknown): value is ErrorBody {
  // JSON: what has no `error.code` (a string, an array, null…) reads undefined, which is no code.
  const code = (value as { error?: { code?: unknown } } | null | undefined)?.error?.code;
  return (MFA_ERROR_CODES as readonly unknown[]).includes(code);
}

function finiteOrUndefined(value: unknown): number | undefined {
  // Number.isFinite is false for anything but a number.
  return Number.isFinite(value) && (value as number) >= 0 ? (value as number) : undefined;
}

/** Turns a non-2xx answer (and its parsed body, if any) into an MfaError. */
export function errorFromResponse(
  operation: string,
  response: Response,
  body: unknown,
): MfaError {
  const status = response.status;
  // An HTTP date is the endpoint's clock: counted from the answer's `Date`, where it can be read.
  const headerRetry = parseRetryAfter(response.headers.get('Retry-After'), Date.parse(response.headers.get('Date') ?? '') || Date.now());
  if (isErrorBody(body)) {
    const e = body.error;
    const fieldErrors = Array.isArray(e.fieldErrors)
      ? e.fieldErrors.filter(
          // JSON: an entry that is not an object (null, a string…) reads no field, and is left out.
          (f): f is FieldError => typeof (f as FieldError | null)?.field === 'string' && typeof f.reason === 'string',
        )
      : undefined;
    return new MfaError(e.code, {
      operation,
      status,
      fieldErrors,
      retryAfter: finiteOrUndefined(e.retryAfter) ?? headerRetry,
      attemptsLeft: finiteOrUndefined(e.attemptsLeft),
      reason: typeof e.reason === 'string' ? e.reason : undefined,
    });
  }
  const code: WireErrorCode = CODE_FOR_STATUS[status] ?? 'server';
  return new MfaError(code, { operation, status, retryAfter: headerRetry });
}
