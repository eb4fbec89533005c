import { MfaEvent } from '../../core/events.js';
import type { AuthenticatorKind } from '../../core/types.js';

export interface MfaAuthenticatorAddedDetail {
  /** The new authenticator's id. */
  id: string;
  /** Its name, as the endpoint stored it. */
  name: string;
  kind: AuthenticatorKind;
}

/**
 * The endpoint confirmed a new authenticator app: a code app accepted its first code, or a push app
 * activated itself. Never carries the secret or the activation code.
 */
export class MfaAuthenticatorAddedEvent extends MfaEvent<MfaAuthenticatorAddedDetail> {
  static override readonly eventName = 'mfa-authenticator-added';
}

export interface MfaEnrollmentCancelDetail {
  /** The kind of app being set up. */
  kind: AuthenticatorKind;
  /**
   * True when the endpoint had made an enrollment for this set-up. The user's Cancel during the
   * set-up: the endpoint has confirmed its cancellation. The host's `cancel()`: the cancellation is
   * sent, without waiting for its answer. A set-up that had already ended (expired, its code's
   * tries used up, cancelled elsewhere): nothing more is sent. False when the endpoint had made
   * none yet (on the name form, or while the start was on its way: what it makes is withdrawn when
   * it answers).
   */
  started: boolean;
}

/**
 * The set-up was cancelled, by the user's Cancel or the host's `cancel()` (see `started`). A host
 * showing the element in a dialog closes it.
 */
export class MfaEnrollmentCancelEvent extends MfaEvent<MfaEnrollmentCancelDetail> {
  static override readonly eventName = 'mfa-enrollment-cancel';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-authenticator-added': MfaAuthenticatorAddedEvent;
    'mfa-enrollment-cancel': MfaEnrollmentCancelEvent;
  }
}
