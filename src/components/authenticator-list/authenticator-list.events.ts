import { MfaEvent } from '../../core/events.js';
import type { AuthenticatorKind } from '../../core/types.js';

export interface MfaAuthenticatorRenameDetail {
  id: string;
  /** The new name, as the endpoint stored it. */
  name: string;
  previousName: string;
}

/** The endpoint renamed an authenticator the user renamed. */
export class MfaAuthenticatorRenameEvent extends MfaEvent<MfaAuthenticatorRenameDetail> {
  static override readonly eventName = 'mfa-authenticator-rename';
}

export interface MfaAuthenticatorRemoveDetail {
  id: string;
  name: string;
  kind: AuthenticatorKind;
}

/** The endpoint removed an authenticator the user chose to remove (after confirming). */
export class MfaAuthenticatorRemoveEvent extends MfaEvent<MfaAuthenticatorRemoveDetail> {
  static override readonly eventName = 'mfa-authenticator-remove';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-authenticator-rename': MfaAuthenticatorRenameEvent;
    'mfa-authenticator-remove': MfaAuthenticatorRemoveEvent;
  }
}
