/**
 * What a phone slot brings, which `<mfa-phone-editor>`'s summary reads (and `<mfa-security-info>`'s
 * sections).
 */
import type { MethodId, PhoneSlot, SettingsSummary } from '../../core/types.js';

/** The methods a phone in each slot brings: the policy must allow one of them. */
export const SLOT_METHODS: Record<PhoneSlot, MethodId[]> = {
  mobile: ['text-mobile', 'call-mobile'],
  alternate: ['call-alternate'],
  office: ['call-office'],
};

/** Whether the default method uses the phone in `slot`: it cannot be removed. */
export const backsDefault = (summary: SettingsSummary | undefined, slot: PhoneSlot): boolean =>
  SLOT_METHODS[slot].includes(summary?.defaultMethod as MethodId);
