/**
 * Phone numbers for the reference endpoint: validation against full metadata
 * (`libphonenumber-js/max`, which knows number types) and masking.
 */
import { parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/max';
import type { DeliveryChannel, FieldError, PhoneSlot } from '../src/core/types.js';

export interface ValidPhone {
  /** E.164. */
  number: string;
  region?: string;
  extension?: string;
}

export type PhoneValidation = { ok: true; phone: ValidPhone } | { ok: false; fieldErrors: FieldError[] };

/** Types that can receive a text message. A number of unknown type is given the benefit of the doubt. */
const TEXTABLE_TYPES = new Set(['MOBILE', 'FIXED_LINE_OR_MOBILE']);

/**
 * Types no code is sent to, by text or call: what reaching them costs can go to whoever holds them
 * (toll fraud: a stolen session sending codes to a number its thief earns from), personal numbers
 * (UK 070) forward to anywhere at a premium, and pagers and voicemail cannot answer. Numbers of no
 * region but the international freephone (+800) are refused too: satellite phones and the
 * international networks (+870, +881, +882, +883) cost premium rates.
 */
const REFUSED_TYPES = new Set(['PREMIUM_RATE', 'SHARED_COST', 'UAN', 'PERSONAL_NUMBER', 'PAGER', 'VOICEMAIL']);

/**
 * Checks a number, a channel and an extension for a slot. All problems are reported at once,
 * each as a field error with a machine reason the elements translate.
 */
export function validatePhoneRequest(
  slot: PhoneSlot,
  input: { number: string; channel: DeliveryChannel; extension?: string | undefined },
): PhoneValidation {
  const fieldErrors: FieldError[] = [];
  if (slot === 'office' && input.channel === 'text') {
    fieldErrors.push({ field: 'channel', reason: 'text-not-allowed-for-office' });
  }
  if (input.extension !== undefined && (slot !== 'office' || !/^[0-9]{1,10}$/.test(input.extension))) {
    fieldErrors.push({ field: 'extension', reason: 'invalid-extension' });
  }
  const numberReason = checkNumber(input.number, input.channel === 'text' && slot !== 'office');
  if (typeof numberReason === 'string') fieldErrors.push({ field: 'number', reason: numberReason });
  if (fieldErrors.length > 0 || typeof numberReason === 'string') return { ok: false, fieldErrors };
  const phone: ValidPhone = { number: numberReason.number };
  if (numberReason.region) phone.region = numberReason.region;
  if (input.extension !== undefined) phone.extension = input.extension;
  return { ok: true, phone };
}

function checkNumber(number: string, mustReceiveText: boolean): string | { number: string; region?: string } {
  // E.164 only: a plus sign and digits. The elements format what the user types before sending.
  if (!/^\+[0-9]+$/.test(number)) return 'invalid-format';
  switch (validatePhoneNumberLength(number)) {
    case 'TOO_SHORT':
      return 'too-short';
    case 'TOO_LONG':
      return 'too-long';
    case 'INVALID_COUNTRY':
      return 'invalid-country';
    case 'INVALID_LENGTH':
      return 'invalid-for-region';
    case 'NOT_A_NUMBER':
      return 'invalid-format';
  }
  const parsed = parsePhoneNumberFromString(number);
  if (!parsed) return 'invalid-country';
  if (!parsed.isValid()) return 'invalid-for-region';
  const type = parsed.getType();
  if ((type && REFUSED_TYPES.has(type)) || (!parsed.country && type !== 'TOLL_FREE')) return 'not-allowed';
  if (mustReceiveText && type !== undefined && !TEXTABLE_TYPES.has(type)) return 'cannot-receive-text';
  return parsed.country ? { number: parsed.number, region: parsed.country } : { number: parsed.number };
}

/** Whether a stored number can take a text message (used when a resend switches channel). */
export function canReceiveText(number: string): boolean {
  return typeof checkNumber(number, true) !== 'string';
}

/**
 * Masks a number for display: the country code and the last two digits stay, every other digit
 * becomes `•`, grouped as the international format groups them: `+1 ••• ••• ••67`.
 */
export function maskPhoneNumber(number: string): string {
  const parsed = parsePhoneNumberFromString(number);
  const countryCode = parsed?.countryCallingCode ?? '';
  const formatted = parsed ? parsed.formatInternational() : number;
  const prefix = `+${countryCode}`;
  const rest = formatted.startsWith(prefix) ? formatted.slice(prefix.length) : formatted.replace(/^\+/, '');
  let digitsToKeep = 2;
  let masked = '';
  for (let i = rest.length - 1; i >= 0; i--) {
    const char = rest[i]!;
    if (/[0-9]/.test(char)) {
      masked = (digitsToKeep > 0 ? char : '•') + masked;
      digitsToKeep--;
    } else {
      // Any separator the format uses (space, dash, parenthesis) becomes a space.
      masked = (masked.startsWith(' ') ? '' : ' ') + masked;
    }
  }
  return `${prefix} ${masked.trim()}`;
}
