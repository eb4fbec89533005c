import { type ReactiveController, type ReactiveControllerHost, type TemplateResult, html, nothing } from 'lit';
import type { MfaClient, MfaOperation } from '../../core/client.js';
import { isMfaError } from '../../core/errors.js';
import { type Localizer, type Say, sentences } from '../../core/localize.js';
import { isolate, spokenNumber } from '../../core/masked-number.js';
import type {
  PhoneChallenge,
  PhoneConfirmation,
  PhoneSlot,
  StartPhoneVerificationRequest,
} from '../../core/types.js';
import { RateLimitWait } from '../../core/wait.js';
import { CODE_INPUT_EXPORT_PARTS } from '../code-input/code-input-parts.js';
// The actions come after the masked number and the code input's parts, not in alphabetical order: it
// is the order of their code in a page's bundle, which gzip codes 7 B smaller.
import { type ActionOptions, ActionController } from '../../core/action.js';
import type { MfaCodeInput } from '../code-input/code-input.js';
import { ActionOutcomes } from './action-outcome.js';
import type { PhoneDraft } from './phone-draft.js';
import type { FlowEvent, FlowState } from './phone-editor-flow.js';
import { MfaPhoneChangeEvent } from './phone-editor.events.js';

/** The steps of the code. */
type CodeFlow = Extract<FlowState, { step: 'awaiting-code' | 'confirming' | 'expired' }>;

/**
 * What verification needs of the element: its own members, some of them protected or private in
 * it (this is a part of the element; the element passes itself as this type). Read from the
 * element, not given as callbacks in an object, whose member names stayed in the minified code.
 */
export interface VerificationHost extends ReactiveControllerHost, HTMLElement {
  readonly phoneSlot: PhoneSlot;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** What the user entered: the number sent, and shown as they typed it while they verify it. */
  readonly draft: PhoneDraft;
  /** The client in use, if any. */
  readonly activeClient: MfaClient | undefined;
  /** The client in use, for the requests: they run only from steps shown once there is one. */
  requireClient(): MfaClient;
  /** The element's connection signal. */
  readonly connectedSignal: AbortSignal;
  /** Where the flow is now. */
  readonly flow: FlowState;
  /** What the polite live region says. */
  announcement: Say | undefined;
  /** Focuses the control with this id after the next render, which it asks for. */
  focusNext(id?: string): void;
}

/**
 * Proving a new number for `<mfa-phone-editor>`: sending the number the user entered for a code,
 * the code they type (kept across failures) and its error, confirming it, asking for a new code
 * once the resend wait is over, and the countdown to that. The element owns the flow; this makes
 * the requests, tells the flow what the endpoint answered, and draws the editing and code steps from
 * what it holds.
 */
export class PhoneVerification implements ReactiveController {
  readonly #host: VerificationHost;
  /** Moves the flow on; `focus` is the id of the control to focus after the next render. */
  readonly #dispatch: (event: FlowEvent, focus?: string) => void;
  /** Cancel's listener, in the editing and code steps (Lit calls it with the element as `this`). */
  readonly #cancel: () => void;
  /** The endpoint saved a number (after `mfa-phone-change`). */
  readonly #changed: () => void;
  readonly #outcomes = new ActionOutcomes();
  readonly #send: ActionController<[StartPhoneVerificationRequest], PhoneChallenge>;
  readonly #resend: ActionController<[string], PhoneChallenge>;
  readonly #confirm: ActionController<[string, string], PhoneConfirmation>;
  /** The three requests (the number sent, a new code, the code checked), for what holds of any of them. */
  readonly #actions: ActionController<never, unknown>[];
  /**
   * The wait until a new code may be asked for, from when the code was sent (see `flowChanged`):
   * the host renders each second while it runs.
   */
  readonly #resendWait: RateLimitWait;
  /** The E.164 number being verified: the user's own input, shown while they verify it. */
  #sentTo: string | undefined;
  /** The office extension sent with it, if any: the call goes to it. */
  #sentExtension: string | undefined;
  /** The code typed so far, kept across failures. */
  #code = '';
  /**
   * What the code field says: a wrong code (and the tries left), or digits missing; in the locale
   * of the moment, so a page switched to another language does not keep it in the first.
   */
  #codeError: Say | undefined;

  /**
   * What only the element's private methods do is passed as functions, one argument each (the names
   * of an object's members stayed in the minified code).
   */
  constructor(
    host: VerificationHost,
    dispatch: (event: FlowEvent, focus?: string) => void,
    cancel: () => void,
    changed: () => void,
  ) {
    this.#host = host;
    this.#dispatch = dispatch;
    this.#cancel = cancel;
    this.#changed = changed;
    // Each request of the client's, with the element's signal; a rate limit's end is said once (the
    // countdown itself is not a live region).
    const action = <A extends unknown[], R>(operation: MfaOperation, send: ActionOptions<A, R>['send']) =>
      new ActionController(host, {
        operation,
        send,
        onWaitOver: () => {
          host.announcement = (t) => t.term('retryNow');
        },
      });
    this.#send = action('startPhoneVerification', (requestOptions, request: StartPhoneVerificationRequest) =>
      host.requireClient().startPhoneVerification(host.phoneSlot, request, requestOptions),
    );
    this.#resend = action('resendPhoneVerification', (requestOptions, challengeId: string) =>
      host.requireClient().resendPhoneVerification(host.phoneSlot, challengeId, {}, requestOptions),
    );
    this.#confirm = action('confirmPhoneVerification', (requestOptions, challengeId: string, code: string) =>
      host.requireClient().confirmPhoneVerification(host.phoneSlot, challengeId, code, requestOptions),
    );
    this.#actions = [this.#send, this.#resend, this.#confirm];
    // Announced once, when it happens, where a code can be asked for (at the number, on the code
    // step); the visible countdown is not a live region.
    this.#resendWait = new RateLimitWait(host, () => {
      const flow = host.flow;
      if (flow.step === 'editing' || 'challenge' in flow) host.announcement = (t) => t.term('phoneEditorResendReady');
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.#resendWait.resume();
  }

  hostDisconnected(): void {
    this.#resendWait.pause();
  }

  /** The host is re-authenticating the user for sending the number, a new code or confirming the code: the alert says so. */
  get reauth(): boolean {
    return this.#actions.some((action) => action.status === 'reauth');
  }

  /** Whether `error` is a rate limit's refusal of one of these requests whose wait still runs. */
  rateLimited(error: unknown): boolean {
    return this.#actions.some((action) => action.rateLimited && action.error === error);
  }

  /** Whether `error` is the refusal to send a code, or a new one. */
  notSent(error: unknown): boolean {
    return error === this.#send.error || error === this.#resend.error;
  }

  /**
   * Seconds until a step's request may be sent again after a rate limit; 0 when it may. The code
   * steps' (those with a challenge) is Verify's: Resend's own wait shows beside it.
   */
  retryAfterSeconds(flow: FlowState): number {
    if (flow.step === 'editing' || flow.step === 'sending') return this.#send.retryAfterSeconds;
    return 'challenge' in flow ? this.#confirm.retryAfterSeconds : 0;
  }

  /**
   * The user left the change, or went back to the number: a code still being sent is stopped if it
   * can be (the request is aborted; one the endpoint has received may still send it), the requests'
   * answers and failures are forgotten, and sending a code again is a new request, even to the same
   * number (a new code, not the old one's answer). Not while the code is being checked: its answer
   * must land. Returns whether it left. For another phone (`otherPhone`), the wait before a new
   * code goes too: it was the phone before's.
   */
  cancel(otherPhone?: boolean): boolean {
    if (otherPhone) this.#resendWait.clear();
    if (this.#confirm.status === 'pending') return false;
    this.#confirm.reset();
    this.#resend.reset(true);
    this.#send.reset(true);
    return true;
  }

  /** Handles the endpoint's new answers; the element calls it from `willUpdate`. */
  willUpdate(): void {
    const dispatch = this.#dispatch;
    const draft = this.#host.draft;
    const expired = (error: unknown) => isMfaError(error, 'expired');
    this.#outcomes.take(this.#send, (challenge) => dispatch({ type: 'sent', challenge }, 'code'), (error) => {
      const onField = isMfaError(error, 'validation') && draft.applyServerErrors(error.fieldErrors);
      const field = onField ? (draft.extensionInvalid ? 'extension' : 'number') : undefined;
      if (field) this.#pointAt(field);
      // A refusal the fields show is theirs alone: once the user has mended the field (typed,
      // chosen a call), the alert does not say it instead, of fields no longer marked.
      dispatch({ type: 'send-failed', error: field ? undefined : error }, field);
    });
    this.#outcomes.take(
      this.#resend,
      (challenge) => dispatch({ type: 'resent', challenge }, 'code'),
      (error) => dispatch({ type: 'resend-failed', error, expired: expired(error) }, expired(error) ? 'send' : 'resend'),
    );
    this.#outcomes.take(
      this.#confirm,
      ({ phone }) => {
        dispatch({ type: 'confirmed', maskedNumber: phone.maskedNumber }, 'saved');
        // A host's retry() still to come for a new code (after re-authentication) sends nothing: no
        // code for a number saved already.
        this.#resend.reset();
        // The phone the endpoint says it changed: the host may have switched the element to another since.
        this.#host.dispatchEvent(new MfaPhoneChangeEvent({ slot: phone.slot, maskedNumber: phone.maskedNumber }));
        this.#changed();
      },
      (error) => {
        const wrongCode = isMfaError(error, 'invalid-code');
        // The last try was wrong: this code takes no more tries, as if it had expired. The alert
        // says so, and the user is led to a new code; what they typed stays in the field.
        const noTriesLeft = wrongCode && error.attemptsLeft === 0;
        const ended = expired(error) || noTriesLeft;
        this.#codeError = wrongCode && !noTriesLeft ? (t) => t.errorMessage(error) : undefined;
        dispatch({ type: 'confirm-failed', error, expired: ended }, ended ? 'resend' : 'code');
      },
    );
    // Sent again by the host's retry() after re-authentication: back in the step that sends it, where
    // the refusal answered is not said, and a page holding the editor sees the code being checked.
    // The flow takes each only in the step it is sent from (editing, awaiting-code).
    if (this.#send.status === 'pending') dispatch({ type: 'send' });
    if (this.#confirm.status === 'pending') {
      dispatch({ type: 'confirm' });
      // The user checks the code they have: a host's retry() still to come for a new code (after
      // re-authentication, asked for before this check or while it runs) sends nothing, as the new
      // code would replace the one being checked. A new code already on its way is kept.
      if (this.#resend.status === 'reauth') this.#resend.reset();
    }
  }

  /**
   * The flow moved on: each code sent starts with an empty field and the resend countdown, which
   * stops off the code step, and is announced (where it went, and the wait before another).
   */
  flowChanged(next: FlowState, event: FlowEvent): void {
    // A code sent: the events that bring one (`sent`, `resent`).
    if (next.step === 'awaiting-code' && 'challenge' in event) {
      this.#code = '';
      this.#codeError = undefined;
      // "You can ask for a new code now" is said when a wait ends; with none, nothing is said.
      // Whole seconds until a new code may be requested, as the challenge says now, at most an
      // hour: the longest the protocol sets (the user's codes of the last hour at their limit,
      // until the oldest is an hour old), which is counted down as it is, not said to be over when
      // it is not. `resendAt` is on the server's clock (`FetchClient` moves it to the page's where
      // the answer's `Date` header shows how far they differ; a host's own client may not); a
      // client clock far behind it must not hold the user back for longer. An early resend is
      // refused with the exact Retry-After anyway. None for a `resendAt` passed already, nor for one
      // that is no date (`Date.parse` gives NaN, which comes through `Math.min`, and is not above 0).
      const wait = Math.min(3600, Math.ceil((Date.parse(next.challenge.resendAt) - Date.now()) / 1000));
      if (wait > 0) this.#resendWait.start(wait);
      else this.#resendWait.clear();
      const sent = this.#sentMessage(next.challenge);
      // Said again in another language, with the wait left then, not the wait when the code was
      // sent: said anew when the words of the code sent change (the language, or the host's words
      // for them; a host's new words for the wait alone wait for the next time it is said); the same
      // until then, or each render (a second of the countdown) would be a change, said again.
      let words: string | undefined;
      let said: string;
      this.#host.announcement = (t) => {
        if (sent(t) !== words) {
          words = sent(t);
          said = sentences(words, this.#resendWait.seconds > 0 ? t.format('phoneEditorResendIn', t.duration(this.#resendWait.seconds)) : '');
        }
        return said;
      };
    }
    // The wait before another code is the phone's, not the code's, and outlasts the code step: back
    // at the number (by "Change number", or Cancel then Change, or after a save), Send waits for it
    // too, as the endpoint refuses a new code sooner, and says so. Only a new code starts another.
    if (next.step === 'viewing' || next.step === 'editing' || next.step === 'saved') {
      // Off the code step, the code typed is not kept, nor, leaving the change, the number the code
      // went to; once the number is saved, neither is what was typed in its field (the page shows it
      // masked). Back at the number it stays: a send the host retries after re-authentication (the
      // refusal brought the flow back there) is for that number, and says it as the user typed it.
      this.#code = '';
      if (next.step !== 'editing') this.#sentTo = undefined;
      if (next.step === 'saved') this.#host.draft.reset(this.#host.draft.country);
    }
  }

  /**
   * "We sent a code to …": the number as the user entered it, else as the endpoint masked it, in
   * words ("+1 ending in 67"), and the extension a call goes to. Each is kept left to right inside
   * the sentence.
   */
  #sentMessage(challenge: PhoneChallenge): Say {
    const sentTo = this.#sentTo ?? '';
    // A number is sent from the fields, drawn once the phone library is loaded.
    const typed = this.#host.draft.format!.formatInternational(sentTo);
    const extension = this.#sentExtension;
    return (t) => {
      const number = typed ? isolate(typed) : spokenNumber(t, challenge.maskedNumber);
      if (challenge.channel === 'text') return t.format('phoneEditorSentText', number);
      return extension ? t.format('phoneEditorSentCallExtension', number, isolate(extension)) : t.format('phoneEditorSentCall', number);
    };
  }

  #onSend = (event: Event): void => {
    event.preventDefault();
    const draft = this.#host.draft;
    if (this.#send.status === 'pending' || !this.#host.activeClient) return;
    // The form is drawn once the phone library is loaded: the draft can be checked. A problem in the
    // fields comes first, held back or not: it is the user's to fix, and the focus stays with it.
    const check = draft.check()!;
    if (!check.ok || draft.extensionInvalid) {
      if (!check.ok) draft.problem = check.problem;
      // (Which renders the element again.)
      this.#pointAt(!check.ok ? 'number' : 'extension');
      return;
    }
    // Held back (the wait before another code, a rate limit, offline): Send, unavailable, takes the
    // focus from the field Enter was pressed in, and its description says why.
    if (this.#send.blocked || this.#resendWait.seconds > 0) {
      this.#host.focusNext('send');
      return;
    }
    // The number checks out here: a refusal the endpoint gave it before goes, and comes back if the
    // endpoint refuses it again.
    draft.problem = undefined;
    // An office phone is called (editing it offers no choice, and the draft's channel stays the
    // user's choice for the other phones), and only its fields hold an extension (editing starts with none).
    const extension = draft.cleanExtension;
    this.#sentTo = check.e164;
    this.#sentExtension = extension;
    this.#dispatch({ type: 'send' });
    void this.#send.run({ number: check.e164, channel: this.#host.phoneSlot === 'office' ? 'call' : draft.channel, ...(extension ? { extension } : {}) });
  };

  /**
   * Leads the user to a field's problem: focus moves there (its error is read as its description),
   * or, when focus is there already (Enter in the field), the fields' alert says it; so it does
   * when the focus is not in the element (the user went on in the page while the number was sent),
   * which stays where it is.
   */
  #pointAt(field: 'number' | 'extension'): void {
    const active = this.#host.shadowRoot!.activeElement;
    if (!active || active.id === field) this.#host.draft.alert(field);
    else this.#host.focusNext(field);
  }

  #onChangeNumber = (): void => {
    if (this.cancel()) this.#dispatch({ type: 'change-number' }, 'number');
  };

  #onCode = (event: Event): void => {
    this.#code = (event.target as MfaCodeInput).value;
    this.#codeError = undefined;
    this.#host.requestUpdate();
  };

  #onConfirm = (event: Event): void => {
    event.preventDefault();
    const flow = this.#host.flow;
    // While a new code is on its way, the code typed is about to stop working (a new code replaces it
    // on the endpoint): Verify waits for it, and the field is emptied for the new code when it comes.
    if (flow.step !== 'awaiting-code' || this.#confirm.blocked || this.#resend.status === 'pending') return;
    // Too short, or the code the endpoint has just said is wrong, unchanged (Enter pressed after the
    // field sent it by itself): it is not sent, and would cost a try. The field says why, again (an
    // invisible mark more makes its alert a change, which is read).
    const said = this.#codeError;
    if (this.#code.length < flow.challenge.codeLength || said) {
      this.#codeError = said ? (t) => `${said(t)}\u200b` : (t) => t.count('codeInputTooShort', flow.challenge.codeLength);
      this.#host.requestUpdate();
      this.#host.renderRoot.querySelector<MfaCodeInput>('mfa-code-input')?.focus();
      return;
    }
    this.#dispatch({ type: 'confirm' });
    void this.#confirm.run(flow.challenge.challengeId, this.#code);
  };

  #onResend = (): void => {
    const flow = this.#host.flow;
    if ((flow.step !== 'awaiting-code' && flow.step !== 'expired') || this.#resend.blocked) return;
    if (this.#resendWait.seconds > 0) return;
    // The user moved on from the code typed: a host's retry() still to come for its check (after
    // re-authentication) sends nothing, as the old code would be checked against the new one.
    this.#confirm.reset();
    void this.#resend.run(flow.challenge.challengeId);
  };

  /**
   * The editing step: the fields with Send and Cancel once the phone library is loaded; Try again
   * (`edit`, which starts editing again) and Cancel if it failed (`adviseApp`: the policy may allow
   * an authenticator app, which the notice under the channel choice advises).
   */
  renderEditing(t: Localizer, flow: Extract<FlowState, { step: 'editing' | 'sending' }>, adviseApp: boolean, edit: () => void): TemplateResult {
    const draft = this.#host.draft;
    const cancel = html`<button part="button" type="button" id="cancel" @click=${this.#cancel}>${t.term('cancel')}</button>`;
    if (!draft.format) return draft.renderLoading(t, edit, cancel);
    const sending = flow.step === 'sending';
    // Back from the code step, the wait before a new code may still run (see `flowChanged`).
    const wait = this.#resendWait.seconds;
    // ARIA: Send is described by the offline notice and the countdowns (a rate limit's below the
    // alert, the wait for a new code beside it) while they are shown: an id not in the page
    // describes nothing. It says it is unavailable while sending is not possible (in flight, rate
    // limited, waiting for a new code, offline); not while the host re-authenticates the user.
    return html`
      <form novalidate @submit=${this.#onSend}>
        ${draft.renderFields(t, this.#host.phoneSlot, false, true, adviseApp)}
        <div class="actions">
          <button part="button primary" type="submit" id="send" aria-disabled=${this.#send.blocked || wait > 0} aria-describedby="offline wait countdown">
            ${t.term(sending ? 'phoneEditorSending' : 'phoneEditorSend')}
          </button>
          ${cancel}
          ${wait > 0 ? html`<span id="countdown" part="countdown" class="hint countdown">${t.format('phoneEditorResendIn', t.duration(wait))}</span>` : nothing}
        </div>
      </form>
    `;
  }

  /**
   * The code step: the number being verified, the code, resend with its countdown, change number,
   * cancel. (Its template is the verification's own, as it shows what this holds.)
   */
  renderCode(t: Localizer, flow: CodeFlow): TemplateResult {
    // Resend's own wait, beside it: a rate limit's or, when it ends later, the wait between codes. Verify's
    // is the element's countdown (#wait); each button is described by the wait that holds it back alone.
    const limit = this.#resend.retryAfterSeconds;
    const wait = Math.max(limit, this.#resendWait.seconds);
    const confirming = flow.step === 'confirming';
    const expired = flow.step === 'expired';
    const resending = this.#resend.status === 'pending';
    // While the code is checked, Verify, Cancel and "Change number" stay in the tab order and say they
    // are unavailable (aria-disabled), as the enrollment's buttons do: focus is not lost from under the user.
    return html`
      <p part="sent-to">${this.#sentMessage(flow.challenge)(t)}</p>
      <div class="actions">
        <button part="link" type="button" id="change-number" aria-disabled=${confirming} @click=${this.#onChangeNumber}>
          ${t.term('phoneEditorChangeNumber')}
        </button>
      </div>
      <form novalidate @submit=${this.#onConfirm}>
        <mfa-code-input
          id="code"
          part="code"
          exportparts=${CODE_INPUT_EXPORT_PARTS}
          name="code"
          auto-submit
          length=${flow.challenge.codeLength}
          ?webotp=${flow.challenge.channel === 'text' && !expired}
          .value=${this.#code}
          .error=${this.#codeError?.(t)}
          @input=${this.#onCode}
        ></mfa-code-input>
        <div class="actions">
          <button part="button primary" type="submit" id="verify" aria-disabled=${confirming || expired || resending || this.#confirm.blocked} aria-describedby="offline wait">
            ${t.term(confirming ? 'phoneEditorVerifying' : 'phoneEditorVerify')}
          </button>
          <button part="button" type="button" id="cancel" aria-disabled=${confirming} @click=${this.#cancel}>${t.term('cancel')}</button>
        </div>
      </form>
      <div class="actions">
        <button
          type="button"
          id="resend"
          part=${expired ? 'button primary' : 'button'}
          aria-disabled=${confirming || wait > 0 || this.#resend.blocked}
          aria-describedby="offline countdown"
          @click=${this.#onResend}
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
}
