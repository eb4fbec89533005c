/**
 * What `<mfa-phone-editor>`'s polite status region says, as a pure function of the flow (a moment
 * worth announcing); and what a phone slot brings, which its summary reads too. (Its alert, which
 * reads most of what the element holds, is the element's own `#alertText`.)
 */
import type { Localizer } from '../../core/localize.js';
import type { MethodId, PhoneSlot, SettingsSummary } from '../../core/types.js';
import type { FlowState } from './phone-editor-flow.js';

/** The methods a phone in each slot brings: the policy must allow one of them. */
export const SLOT_METHODS: Record<PhoneSlot, MethodId[]> = {
  mobile: ['text-mobile', 'call-mobile'],
  alternate: ['call-alternate'],
  office: ['call-office'],
};

/** Whether the default method uses the phone in `slot`: it cannot be removed. */
export const backsDefault = (summary: SettingsSummary | undefined, slot: PhoneSlot): boolean =>
  SLOT_METHODS[slot].includes(summary?.defaultMethod as MethodId);

/**
 * What the polite status region says after the flow moved to `next`: the number removed; empty
 * otherwise. A code sent is said by the verification (see `PhoneVerification.flowChanged`); "saved"
 * by the line that says it, which takes the focus (see `MfaPhoneEditor.#renderSummary`).
 */
export function statusText(t: Localizer, next: FlowState): string {
  return next.step === 'viewing' && next.notice === 'removed' ? t.term('phoneEditorRemoved') : '';
}
