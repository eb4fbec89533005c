import type { PhoneSlot } from '../../core/types.js';

export interface MfaPhoneChangeDetail {
  slot: PhoneSlot;
  /** The saved number, masked by the server. The full number is never in an event. */
  maskedNumber: string;
}

/** The endpoint confirmed the code: the new number is saved in the slot. */
export class MfaPhoneChangeEvent extends Event {
  static readonly eventName = 'mfa-phone-change';
  readonly detail: MfaPhoneChangeDetail;

  constructor(detail: MfaPhoneChangeDetail) {
    super(MfaPhoneChangeEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

export interface MfaPhoneRemoveDetail {
  slot: PhoneSlot;
}

/** The endpoint removed the phone in the slot. */
export class MfaPhoneRemoveEvent extends Event {
  static readonly eventName = 'mfa-phone-remove';
  readonly detail: MfaPhoneRemoveDetail;

  constructor(detail: MfaPhoneRemoveDetail) {
    super(MfaPhoneRemoveEvent.eventName, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-phone-change': MfaPhoneChangeEvent;
    'mfa-phone-remove': MfaPhoneRemoveEvent;
  }
}
