import type { AuthenticatorKind } from '../../core/types.js';

export interface MfaAuthenticatorRenameDetail {
  id: string;
  /** The new name, as the endpoint stored it. */
  name: string;
  previousName: string;
}

/** The endpoint renamed an authenticator the user renamed. */
export class MfaAuthenticatorRenameEvent extends Event {
  static readonly eventName = 'mfa-authenticator-rename';
  readonly detail: MfaAuthenticatorRenameDetail;

  constructor(detail: MfaAuthenticatorRenameDetail) {
    super(MfaAuthenticatorRenameEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface MfaAuthenticatorRemoveDetail {
  id: string;
  name: string;
  kind: AuthenticatorKind;
}

/** The endpoint removed an authenticator the user chose to remove (after confirming). */
export class MfaAuthenticatorRemoveEvent extends Event {
  static readonly eventName = 'mfa-authenticator-remove';
  readonly detail: MfaAuthenticatorRemoveDetail;

  constructor(detail: MfaAuthenticatorRemoveDetail) {
    super(MfaAuthenticatorRemoveEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-authenticator-rename': MfaAuthenticatorRenameEvent;
    'mfa-authenticator-remove': MfaAuthenticatorRemoveEvent;
  }
}
