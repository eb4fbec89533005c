/**
 * The events of `<mfa-app-passwords>`. They carry the app password's id and name only: never the
 * password, so a host may log them as they are.
 */
import { MfaEvent } from '../../core/events.js';

export interface MfaAppPasswordDetail {
  /** The app password's id on the endpoint. */
  id: string;
  /** Its name, as the endpoint stored it. */
  name: string;
}

/** The endpoint created an app password (its password is shown once, inside the element only). */
export class MfaAppPasswordCreateEvent extends MfaEvent<MfaAppPasswordDetail> {
  static override readonly eventName = 'mfa-app-password-create';
}

/** The endpoint revoked an app password: apps using it can no longer sign in. */
export class MfaAppPasswordRevokeEvent extends MfaEvent<MfaAppPasswordDetail> {
  static override readonly eventName = 'mfa-app-password-revoke';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-app-password-create': MfaAppPasswordCreateEvent;
    'mfa-app-password-revoke': MfaAppPasswordRevokeEvent;
  }
}
