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
  /** True when an enrollment had started and the endpoint confirmed its cancellation. */
  started: boolean;
}

/**
 * The user cancelled the set-up (a started enrollment is cancelled on the endpoint first). A host
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
