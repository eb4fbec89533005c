import { MfaEvent } from '../../core/events.js';
import type { PhoneSlot } from '../../core/types.js';

export interface MfaPhoneChangeDetail {
  slot: PhoneSlot;
  /** The saved number, masked by the server. The full number is never in an event. */
  maskedNumber: string;
}

/** The endpoint confirmed the code: the new number is saved in the slot. */
export class MfaPhoneChangeEvent extends MfaEvent<MfaPhoneChangeDetail> {
  static override readonly eventName = 'mfa-phone-change';
}

export interface MfaPhoneRemoveDetail {
  slot: PhoneSlot;
}

/** The endpoint removed the phone in the slot. */
export class MfaPhoneRemoveEvent extends MfaEvent<MfaPhoneRemoveDetail> {
  static override readonly eventName = 'mfa-phone-remove';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-phone-change': MfaPhoneChangeEvent;
    'mfa-phone-remove': MfaPhoneRemoveEvent;
  }
}
