/** The verification step's template: the number being verified, the code, resend with a countdown, cancel. */
import { type TemplateResult, html, nothing } from 'lit';
import type { ActionController } from '../../core/action.js';
import type { Localizer } from '../../core/localize.js';
import type { PhoneChallenge } from '../../core/types.js';
import { CODE_INPUT_EXPORT_PARTS } from '../code-input/code-input-parts.js';
import type { FlowState } from './phone-editor-flow.js';

/**
 * The longest resend wait, counted from when the code was sent. `resendAt` is on the server's
 * clock; a client clock far behind it must not hold the user back for an absurd time. An early
 * resend is refused with the exact Retry-After anyway.
 */
const MAX_RESEND_WAIT = 120;

/** Whole seconds until a new code may be requested, as the challenge says now (capped). */
export function resendSeconds(challenge: PhoneChallenge, now = Date.now()): number {
  const wait = Math.ceil((Date.parse(challenge.resendAt) - now) / 1000);
  return Number.isFinite(wait) ? Math.min(MAX_RESEND_WAIT, Math.max(0, wait)) : 0;
}

export interface VerificationView {
  t: Localizer;
  flow: Extract<FlowState, { step: 'awaiting-code' | 'confirming' | 'expired' }>;
  sentMessage: string;
  /** Seconds until a new code may be asked for, counted from when the code was sent; 0 when it may. */
  resendWait: number;
  code: string;
  /** The code field's error: a wrong code (with attempts left) or a missing digit. */
  codeError: string;
  confirm: ActionController<[string, string], unknown>;
  resend: ActionController<[string], unknown>;
  onCode: (event: Event) => void;
  onConfirm: (event: Event) => void;
  onResend: () => void;
  onChangeNumber: () => void;
  /** Leaves the change; it does nothing while the code is being checked. */
  onCancel: () => void;
}

export function renderVerification(view: VerificationView): TemplateResult {
  const { t, flow } = view;
  // Resend's own wait, beside it: a rate limit's or, when it ends later, the wait between codes. Verify's
  // is the element's countdown (#wait); each button is described by the wait that holds it back alone.
  const limit = view.resend.retryAfterSeconds;
  const wait = Math.max(limit, view.resendWait);
  const confirming = flow.step === 'confirming' || view.confirm.status === 'pending';
  const expired = flow.step === 'expired';
  const resending = view.resend.status === 'pending';
  // While the code is checked, Verify, Cancel and "Change number" stay in the tab order and say they
  // are unavailable (aria-disabled), as the enrollment's buttons do: focus is not lost from under the user.
  return html`
    <p part="sent-to">${view.sentMessage}</p>
    <div class="actions">
      <button part="link" type="button" id="change-number" aria-disabled=${confirming} @click=${view.onChangeNumber}>
        ${t.term('phoneEditorChangeNumber')}
      </button>
    </div>
    <form novalidate @submit=${view.onConfirm}>
      <mfa-code-input
        id="code"
        part="code"
        exportparts=${CODE_INPUT_EXPORT_PARTS}
        name="code"
        auto-submit
        length=${flow.challenge.codeLength}
        ?webotp=${flow.challenge.channel === 'text' && !expired}
        .value=${view.code}
        .error=${view.codeError || undefined}
        @input=${view.onCode}
      ></mfa-code-input>
      <div class="actions">
        <button part="button primary" type="submit" id="verify" aria-disabled=${confirming || expired || view.confirm.blocked} aria-describedby="offline wait">
          ${t.term(confirming ? 'phoneEditorVerifying' : 'phoneEditorVerify')}
        </button>
        <button part="button" type="button" id="cancel" aria-disabled=${confirming} @click=${view.onCancel}>${t.term('cancel')}</button>
      </div>
    </form>
    <div class="actions">
      <button
        type="button"
        id="resend"
        part=${expired ? 'button primary' : 'button'}
        aria-disabled=${wait > 0 || view.resend.blocked}
        aria-describedby="offline countdown"
        @click=${view.onResend}
      >
        ${t.term(resending ? 'phoneEditorSending' : 'phoneEditorResend')}
      </button>
      ${wait > 0
        ? html`<span id="countdown" part="countdown" class="${limit < wait ? 'hint' : 'error'} countdown"
            >${t.format(limit < wait ? 'phoneEditorResendIn' : 'errorRateLimited', t.duration(wait))}</span
          >`
        : nothing}
    </div>
  `;
}
