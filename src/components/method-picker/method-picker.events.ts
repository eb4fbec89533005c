import { MfaEvent } from '../../core/events.js';
import type { MethodId, PhoneSlot } from '../../core/types.js';

/**
 * The events of `<mfa-method-picker>`. Each carries method ids only: never a phone number or an
 * authenticator's name, so a host may log them as they are.
 */

export interface MfaMethodChangeDetail {
  /** The method the user chose as the default. */
  method: MethodId;
  /** The default before the change; `null` when there was none. */
  previous: MethodId | null;
}

/**
 * The user asked to save a new default method; nothing has been sent yet. Call `preventDefault()`
 * to veto: nothing is sent and the user's choice stays selected.
 */
export class MfaMethodChangeRequestEvent extends Event {
  static readonly eventName = 'mfa-method-change-request';
  readonly detail: MfaMethodChangeDetail;

  constructor(detail: MfaMethodChangeDetail) {
    super('mfa-method-change-request', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

/** The endpoint confirmed a new default method. `detail.method` is the method the endpoint saved. */
export class MfaMethodChangeEvent extends MfaEvent<MfaMethodChangeDetail> {
  static override readonly eventName = 'mfa-method-change';
}

export interface MfaMethodSetupRequestDetail {
  /** The method the user wants to set up. */
  method: MethodId;
  /** For phone methods, the phone slot the method needs; absent for authenticator-app methods. */
  slot?: PhoneSlot;
}

/**
 * The user asked to set up a method that the policy allows but that is not registered yet. The
 * host (or `<mfa-security-info>`) opens the matching editor: the phone editor for `slot`, else the
 * authenticator enrollment.
 */
export class MfaMethodSetupRequestEvent extends MfaEvent<MfaMethodSetupRequestDetail> {
  static override readonly eventName = 'mfa-method-setup-request';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-method-change-request': MfaMethodChangeRequestEvent;
    'mfa-method-change': MfaMethodChangeEvent;
    'mfa-method-setup-request': MfaMethodSetupRequestEvent;
  }
}
