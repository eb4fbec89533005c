/**
 * What `<mfa-phone-editor>`'s two live regions say, as pure functions of the flow and of what the
 * element's controllers hold: the alert (a failure that belongs to no field) and the polite status
 * (a moment worth announcing); and what a phone slot brings, which its summary reads too.
 */
import { isMfaError } from '../../core/errors.js';
import type { Localizer } from '../../core/localize.js';
import type { ResourceStatus } from '../../core/resource.js';
import type { MethodId, PhoneSlot, SettingsSummary } from '../../core/types.js';
import type { PhoneDraft } from './phone-draft.js';
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

export interface AlertInput {
  flow: FlowState;
  slot: PhoneSlot;
  /** The settings summary: its load failure is shown while there is no summary and no flow error. */
  settings: { status: ResourceStatus; value: SettingsSummary | undefined; error: unknown };
  /** A problem the draft shows on its own field is not repeated in the alert. */
  draft: Pick<PhoneDraft, 'problem' | 'extensionInvalid'>;
  /**
   * The host is re-authenticating the user for the step's request (leaving a step forgets its
   * requests): sending, confirming the code or removing. The alert says it is waiting for it.
   */
  reauth: boolean;
  /** Whether the flow's error is a rate limit's refusal whose wait still runs (see `ActionController.rateLimited`). */
  rateLimited: boolean;
}

/** The failure that belongs to no field, for the alert region; empty when there is none. */
export function alertText(t: Localizer, { flow, slot, settings, draft, reauth, rateLimited }: AlertInput): string {
  // A failed load is not said any more once it is tried again.
  const error = 'error' in flow ? flow.error : settings.value || settings.status !== 'error' ? undefined : settings.error;
  if (error === undefined) return '';
  if (!isMfaError(error)) return t.errorMessage(error);
  const { code } = error;
  // A wrong code is said on the code field, unless no tries are left: then the code step ends.
  if (code === 'invalid-code') return flow.step === 'expired' ? t.term('phoneEditorNoTriesLeft') : '';
  if (code === 'expired') return t.term('phoneEditorExpired');
  // Said while it is so: once another default is saved (the page's method picker, say), Remove is offered again.
  if (code === 'conflict' && error.reason === 'backs-default-method') {
    return backsDefault(settings.value, slot) ? t.term('phoneEditorBacksDefault') : '';
  }
  if (code === 'reauth-required' && reauth) return t.term('phoneEditorReauthWaiting');
  if (code === 'validation' && (draft.problem || draft.extensionInvalid)) return '';
  // A request's refusal is over once its wait is: the request can be sent again.
  if (code === 'rate-limited' && 'error' in flow && !rateLimited) return '';
  return t.errorMessage(error);
}

/**
 * What the polite status region says after the flow moved to `next`: the number removed; empty
 * otherwise. A code sent is said by the verification (see `PhoneVerification.flowChanged`); "saved"
 * by the line that says it, which takes the focus (see `MfaPhoneEditor.#renderSummary`).
 */
export function statusText(t: Localizer, next: FlowState): string {
  return next.step === 'viewing' && next.notice === 'removed' ? t.term('phoneEditorRemoved') : '';
}
