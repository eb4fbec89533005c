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
export class MfaAuthenticatorAddedEvent extends Event {
  static readonly eventName = 'mfa-authenticator-added';
  readonly detail: MfaAuthenticatorAddedDetail;

  constructor(detail: MfaAuthenticatorAddedDetail) {
    super(MfaAuthenticatorAddedEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
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
export class MfaEnrollmentCancelEvent extends Event {
  static readonly eventName = 'mfa-enrollment-cancel';
  readonly detail: MfaEnrollmentCancelDetail;

  constructor(detail: MfaEnrollmentCancelDetail) {
    super(MfaEnrollmentCancelEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-authenticator-added': MfaAuthenticatorAddedEvent;
    'mfa-enrollment-cancel': MfaEnrollmentCancelEvent;
  }
}
