import type { MfaErrorCode } from './errors.js';
import type { MfaOperation } from './client.js';

/**
 * The events every element may fire. Each is its own `Event` subclass with a typed `detail`,
 * bubbles and crosses shadow roots, and is declared in `GlobalEventHandlersEventMap` so
 * `addEventListener('mfa-…', e => e.detail)` is typed. Element-specific events live with their
 * element and follow the same shape.
 */

/**
 * The shape of the elements' events: it bubbles, crosses shadow roots and carries a typed `detail`.
 * Each subclass names its type in its static `eventName`.
 */
export abstract class MfaEvent<D> extends Event {
  static readonly eventName: string;
  readonly detail: D;

  constructor(detail: D) {
    super((new.target as typeof MfaEvent).eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface MfaReauthRequiredDetail {
  /** The protocol operation the endpoint refused until the user signs in again. */
  operation: MfaOperation;
  /**
   * Call after the user has signed in again: the element sends the same request again, with the
   * same idempotency key, and what the user entered is still there.
   */
  retry: () => void;
  /**
   * Call when the user did not sign in again (they closed or cancelled the host's confirmation):
   * the element says the change needs a confirmed sign-in, keeps what the user entered, and offers
   * to try again. Without it (or `retry()`), the element waits, and says so, with its button still
   * usable: pressed again, the element sends the request again (the user's input kept), which fires
   * a new `mfa-reauth-required` if a fresh sign-in is still needed; this event's `retry()` and
   * `cancel()` then do nothing.
   */
  cancel: () => void;
}

/**
 * The endpoint answered "re-authentication required". The user's input is kept. A host that steps
 * the user up itself calls `preventDefault()` (the element then waits and says so) and later
 * `detail.retry()`, or `detail.cancel()` if the user gave up; without `preventDefault()` the element
 * asks the user to confirm their sign-in and offers a retry button.
 */
export class MfaReauthRequiredEvent extends Event {
  static readonly eventName = 'mfa-reauth-required';
  readonly detail: MfaReauthRequiredDetail;

  constructor(detail: MfaReauthRequiredDetail) {
    super('mfa-reauth-required', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

export interface MfaErrorDetail {
  operation: MfaOperation;
  code: MfaErrorCode;
  /** HTTP status, when the endpoint answered. */
  status?: number;
}

/**
 * A request failed and the element shows the user why. For a host's logging and analytics: it
 * carries the machine code only, never what the user typed. Not for a `reauth-required` the host
 * takes on (it calls `preventDefault()` on `mfa-reauth-required` and steps the user up): that is
 * no failure; one it leaves fires this after `mfa-reauth-required`.
 */
export class MfaErrorEvent extends MfaEvent<MfaErrorDetail> {
  static override readonly eventName = 'mfa-error';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-reauth-required': MfaReauthRequiredEvent;
    'mfa-error': MfaErrorEvent;
  }
}
