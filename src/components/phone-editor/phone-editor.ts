import { type PropertyValues, type TemplateResult, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ActionController } from '../../core/action.js';
import { isMfaError } from '../../core/errors.js';
import { registerStrings } from '../../core/localize.js';
import { MfaElement } from '../../core/mfa-element.js';
import { controlStyles } from '../../core/styles.js';
import { themeTokens } from '../../core/theme.js';
import type { PhoneChallenge, PhoneSlot, StartPhoneVerificationRequest } from '../../core/types.js';
import { phoneEditorStrings } from '../../locales/en/phone-editor.js';
import '../code-input/code-input.js';
import type { MfaCodeInput } from '../code-input/code-input.js';
import { PhoneDraft } from './phone-draft.js';
import { type FlowEvent, type FlowState, initialState, transition } from './phone-editor-flow.js';
import { MfaPhoneChangeEvent, MfaPhoneRemoveEvent } from './phone-editor.events.js';
import { isolate, renderFields } from './phone-editor.render.js';
import { renderSummary } from './phone-summary.render.js';
import { phoneEditorStyles } from './phone-editor.styles.js';
import { PhoneFormField } from './phone-form-field.js';
import { renderVerification, resendSeconds } from './phone-verification.render.js';

export * from './phone-editor.events.js';
export type { FlowState as PhoneEditorState } from './phone-editor-flow.js';

/** A fresh object per success, so each outcome is handled once (see `#outcome`). */
const done = () => ({});

registerStrings(phoneEditorStrings);

/**
 * @summary Shows one phone slot's number (masked) and lets the user add, change (proving the new
 * number with a code sent by text or call) or remove it.
 *
 * The phone library loads only when the user starts editing. In `form-field` mode the element is
 * a plain form field instead (E.164 as its form value, validity, reset) for a host that saves the
 * number itself: no settings are read and no code is sent.
 *
 * @event {MfaPhoneChangeEvent} mfa-phone-change - The endpoint confirmed the code and saved the number; `detail: { slot, maskedNumber }`.
 * @event {MfaPhoneRemoveEvent} mfa-phone-remove - The endpoint removed the phone; `detail: { slot }`.
 * @event {MfaReauthRequiredEvent} mfa-reauth-required - The endpoint wants a fresh sign-in; input is kept (see the event).
 * @event {MfaErrorEvent} mfa-error - A request failed (code only).
 * @event {InputEvent} input - Form mode: the user changed the number.
 * @event {Event} change - Form mode: the user committed a changed number.
 *
 * @csspart base - The wrapper.
 * @csspart title - The slot's name.
 * @csspart current - The current number, masked.
 * @csspart country - The country or region `<select>`.
 * @csspart country-search - The field that finds a country or region by name or calling code.
 * @csspart number - The number `<input>`.
 * @csspart extension - The extension `<input>` (office phones).
 * @csspart channel - The text-or-call choice.
 * @csspart field-error - A field's error message.
 * @csspart sent-to - "We sent a code to …", with the number being verified.
 * @csspart code - The `<mfa-code-input>` for the code.
 * @csspart countdown - The visible resend countdown.
 * @csspart remove-confirm - The inline "Remove …?" confirmation.
 * @csspart error - Errors that belong to no field (an alert live region).
 * @csspart status - Confirmations (a polite live region).
 *
 * @cssproperty [--mfa-phone-editor-gap=var(--mfa-space-m)] Space between the rows.
 * @cssproperty [--mfa-phone-editor-number-width=16rem] Width of the number field.
 */
@customElement('mfa-phone-editor')
export class MfaPhoneEditor extends MfaElement {
  static override styles = [themeTokens, controlStyles, phoneEditorStyles];
  static formAssociated = true;

  /** @internal What the user is entering (read by tests). */
  readonly draft = new PhoneDraft(this);
  readonly #field = new PhoneFormField(this, this.draft, this.attachInternals(), () => this.localizer);
  #seen = new WeakMap<object, unknown>();
  #timer: ReturnType<typeof setInterval> | undefined;
  #focusAfterRender: string | undefined;
  /** The E.164 number being verified: the user's own input, shown while they verify it. */
  #sentTo: string | undefined;

  readonly #settings = this.settingsResource(() => !this.formField);
  readonly #sendAction = new ActionController(this, {
    operation: 'startPhoneVerification',
    send: (options, request: StartPhoneVerificationRequest) =>
      this.activeClient!.startPhoneVerification(this.phoneSlot, request, options),
    signal: () => this.connectedSignal,
  });
  readonly #resendAction = new ActionController(this, {
    operation: 'resendPhoneVerification',
    send: (options, challengeId: string) =>
      this.activeClient!.resendPhoneVerification(this.phoneSlot, challengeId, {}, options),
    signal: () => this.connectedSignal,
  });
  readonly #confirmAction = new ActionController(this, {
    operation: 'confirmPhoneVerification',
    send: (options, challengeId: string, code: string) =>
      this.activeClient!.confirmPhoneVerification(this.phoneSlot, challengeId, code, options),
    signal: () => this.connectedSignal,
  });
  readonly #removeAction = new ActionController(this, {
    operation: 'deletePhone',
    send: (options) => this.activeClient!.deletePhone(this.phoneSlot, options).then(done),
    signal: () => this.connectedSignal,
  });

  @query('mfa-code-input')
  private codeInput!: MfaCodeInput | null;

  /** Where the flow is. */
  @state()
  private flow: FlowState = initialState;

  /** What the polite live region says: set only at moments worth announcing. */
  @state()
  private announcement = '';

  /** The code typed so far, kept across failures. */
  @state()
  private code = '';

  /** What the code field says: a wrong code (and the tries left), or digits missing. */
  @state()
  private codeError = '';

  /** Which phone: `mobile` (the authentication phone), `alternate` or `office`. */
  @property({ attribute: 'phone-slot', reflect: true })
  phoneSlot: PhoneSlot = 'mobile';

  /** ISO 3166 region to start from, for example `GB`. Default: the current number's, else the locale's region. */
  @property({ attribute: 'default-country' })
  defaultCountry: string | undefined;

  /** Be a plain form field (E.164 form value) for a host that saves the number itself: no verification. */
  @property({ type: Boolean, attribute: 'form-field' })
  formField = false;

  /** Form mode: the field name (an office extension goes under `<name>-extension`). */
  @property({ reflect: true })
  name = '';

  /** Form mode: the initial number, E.164; a form reset returns to it. */
  @property()
  value = '';

  /** Form mode: the form cannot be submitted without a valid number. */
  @property({ type: Boolean })
  required = false;

  /** Form mode: the field refuses input and is left out of its form. */
  @property({ type: Boolean, reflect: true })
  disabled = false;

  /** The current step, for hosts and tests: `viewing`, `editing`, `awaiting-code`, `saved`… */
  get step(): FlowState['step'] {
    return this.flow.step;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopTimer();
    // The request in flight was aborted with the element: on reconnecting, the user is back on
    // the step it was sent from, with what they typed, and can send it again.
    this.#dispatch({ type: 'interrupted' });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#field.willUpdate(changed);
    const expired = (error: unknown) => isMfaError(error) && error.code === 'expired';
    this.#outcome(this.#sendAction, (challenge) => this.#dispatch({ type: 'sent', challenge }, 'code'), (error) => {
      const onField = isMfaError(error) && error.code === 'validation' && this.draft.applyServerErrors(error.fieldErrors);
      this.#dispatch({ type: 'send-failed', error }, onField ? (this.draft.extensionInvalid ? 'extension' : 'number') : undefined);
    });
    this.#outcome(
      this.#resendAction,
      (challenge) => {
        this.code = '';
        this.codeError = '';
        this.#dispatch({ type: 'resent', challenge }, 'code');
      },
      (error) => this.#dispatch({ type: 'resend-failed', error, expired: expired(error) }, 'resend'),
    );
    this.#outcome(
      this.#confirmAction,
      ({ phone }) => {
        this.#dispatch({ type: 'confirmed', maskedNumber: phone.maskedNumber }, 'edit');
        const saved = new MfaPhoneChangeEvent({ slot: this.phoneSlot, maskedNumber: phone.maskedNumber });
        this.dispatchEvent(saved);
        this.#changed();
      },
      (error) => {
        this.codeError = isMfaError(error) && error.code === 'invalid-code' ? this.localizer.errorMessage(error) : '';
        this.#dispatch({ type: 'confirm-failed', error, expired: expired(error) }, expired(error) ? 'resend' : 'code');
      },
    );
    this.#outcome(
      this.#removeAction,
      () => {
        this.#dispatch({ type: 'removed' }, 'edit');
        const removed = new MfaPhoneRemoveEvent({ slot: this.phoneSlot });
        this.dispatchEvent(removed);
        this.#changed();
      },
      (error) => this.#dispatch({ type: 'remove-failed', error }, 'remove-cancel'),
    );
  }

  protected override updated(): void {
    const id = this.#focusAfterRender;
    this.#focusAfterRender = undefined;
    if (id) (this.renderRoot.querySelector(`#${id}`) as HTMLElement | null)?.focus();
  }

  /**
   * Handles an action's new outcome once, however the action was run: by a click here, or by the
   * host's `retry()` after re-authentication. Each success and failure is a new object.
   */
  #outcome<R>(
    action: { status: string; result: R | undefined; error: unknown },
    onSuccess: (result: R) => void,
    onError: (error: unknown) => void,
  ): void {
    const failed = action.status === 'error' || action.status === 'reauth';
    const outcome: unknown = action.status === 'success' ? action.result : failed ? action.error : undefined;
    if (typeof outcome !== 'object' || outcome === null || this.#seen.get(action) === outcome) return;
    this.#seen.set(action, outcome);
    if (failed) onError(outcome);
    else onSuccess(outcome as R);
  }

  #dispatch(event: FlowEvent, focus?: string): void {
    const next = transition(this.flow, event);
    if (next === this.flow) return;
    this.flow = next;
    this.#focusAfterRender = focus;
    if (next.step === 'awaiting-code' && (event.type === 'sent' || event.type === 'resent')) this.#startTimer(next.challenge);
    if (next.step === 'viewing' || next.step === 'editing' || next.step === 'saved') this.#stopTimer();
    this.announcement = this.#announce(next, event);
  }

  #announce(next: FlowState, event: FlowEvent): string {
    const t = this.localizer;
    if (next.step === 'awaiting-code' && (event.type === 'sent' || event.type === 'resent')) {
      const wait = resendSeconds(next.challenge);
      return `${this.#sentMessage(next.challenge)} ${wait > 0 ? t.format('phoneEditorResendIn', t.duration(wait)) : ''}`.trim();
    }
    if (next.step === 'saved') return t.format('phoneEditorSaved', isolate(next.maskedNumber));
    if (next.step === 'viewing' && next.notice === 'removed') return t.term('phoneEditorRemoved');
    return '';
  }

  #sentMessage(challenge: PhoneChallenge): string {
    const number = isolate(this.draft.international(this.#sentTo ?? '') || challenge.maskedNumber);
    return this.localizer.format(challenge.channel === 'text' ? 'phoneEditorSentText' : 'phoneEditorSentCall', number);
  }


  #changed(): void {
    this.notifyChange();
    if (!this.mfaContext) void this.#settings.reload();
  }

  #startTimer(challenge: PhoneChallenge): void {
    this.#stopTimer();
    this.#timer = setInterval(() => {
      if (resendSeconds(challenge) > 0) return this.requestUpdate();
      // Announced once, when it happens; the visible countdown is not a live region.
      this.announcement = this.localizer.term('phoneEditorResendReady');
      this.#stopTimer();
    }, 1000);
  }

  #stopTimer(): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  #current() {
    return this.#settings.value?.phones.find((p) => p.slot === this.phoneSlot);
  }

  #onEdit = (): void => {
    this.draft.reset(this.#current()?.region ?? this.defaultCountry ?? this.#localeRegion());
    if (this.phoneSlot === 'office') this.draft.channel = 'call';
    this.#dispatch({ type: 'edit' });
    void this.draft.load().then(() => {
      this.#focusAfterRender = 'number';
      this.requestUpdate();
    });
  };

  #localeRegion(): string {
    try {
      return new Intl.Locale(this.localizer.locale).maximize().region ?? 'US';
    } catch {
      return 'US';
    }
  }

  #onCancel = (): void => {
    this.#sendAction.reset();
    this.#removeAction.reset();
    this.#dispatch({ type: 'cancel' }, this.flow.step === 'remove-confirm' ? 'remove' : 'edit');
  };

  #onSend = (event: Event): void => {
    event.preventDefault();
    if (this.#sendAction.blocked || !this.activeClient) return;
    const check = this.draft.check();
    if (!check) return;
    if (!check.ok || this.draft.extensionInvalid) {
      if (!check.ok) this.draft.problem = check.problem;
      this.#focusAfterRender = !check.ok ? 'number' : 'extension';
      this.requestUpdate();
      return;
    }
    const channel = this.phoneSlot === 'office' ? 'call' : this.draft.channel;
    const extension = this.phoneSlot === 'office' ? this.draft.cleanExtension : undefined;
    this.#sentTo = check.e164;
    this.#dispatch({ type: 'send' });
    void this.#sendAction.run({ number: check.e164, channel, ...(extension ? { extension } : {}) });
  };

  #onChangeNumber = (): void => {
    this.#confirmAction.reset();
    this.#resendAction.reset();
    this.#sendAction.reset();
    this.code = '';
    this.#dispatch({ type: 'change-number' }, 'number');
  };

  #onCode = (event: Event): void => {
    this.code = (event.target as MfaCodeInput).value;
    this.codeError = '';
  };

  #onConfirm = (event: Event): void => {
    event.preventDefault();
    const flow = this.flow;
    if (flow.step !== 'awaiting-code' || this.#confirmAction.blocked) return;
    if (this.code.length < flow.challenge.codeLength) {
      const length = flow.challenge.codeLength;
      this.codeError = this.localizer.format('codeInputTooShort', length, this.localizer.number(length));
      this.codeInput?.focus();
      return;
    }
    this.#dispatch({ type: 'confirm' });
    void this.#confirmAction.run(flow.challenge.challengeId, this.code);
  };

  #onResend = (): void => {
    const flow = this.flow;
    if ((flow.step !== 'awaiting-code' && flow.step !== 'expired') || this.#resendAction.blocked) return;
    if (resendSeconds(flow.challenge) > 0) return;
    void this.#resendAction.run(flow.challenge.challengeId);
  };

  #onRemove = (): void => this.#dispatch({ type: 'remove' }, 'remove-yes');

  #onRemoveConfirmed = (): void => {
    if (this.#removeAction.blocked) return;
    this.#dispatch({ type: 'remove-confirmed' });
    void this.#removeAction.run();
  };

  /** Starts adding or changing the number, as the Add or Change button does (only from `viewing`). */
  edit(): void {
    if (this.flow.step === 'viewing' && !this.formField) this.#onEdit();
  }

  /** Moves focus to the element's first control. */
  override focus(options?: FocusOptions): void {
    (this.renderRoot.querySelector('input, select, button') as HTMLElement | null)?.focus(options);
  }

  formResetCallback(): void {
    this.#field.formReset();
  }

  formDisabledCallback(disabled: boolean): void {
    this.#field.formDisabled(disabled);
  }

  protected override render(): TemplateResult {
    const t = this.localizer;
    return html`
      <section part="base" dir=${t.dir} aria-labelledby="title">
        <p part="title" id="title">${t.slotName(this.phoneSlot)}</p>
        ${this.formField ? this.#field.render(t) : this.#renderStep()}
        <div part="error" class="error" role="alert">${this.formField ? '' : this.#errorText()}</div>
        <div part="status" class="visually-hidden" role="status">${this.announcement}</div>
      </section>
    `;
  }

  /** The failure that belongs to no field, in the alert region. */
  #errorText(): string {
    const t = this.localizer;
    const flow = this.flow;
    const error = 'error' in flow ? flow.error : this.#settings.value ? undefined : this.#settings.error;
    if (error === undefined) return '';
    if (!isMfaError(error)) return t.errorMessage(error);
    const action = { editing: this.#sendAction, 'remove-confirm': this.#removeAction }[flow.step as string];
    switch (error.code) {
      case 'validation':
        return this.draft.problem || this.draft.extensionInvalid ? '' : t.errorMessage(error);
      case 'invalid-code':
        return '';
      case 'expired':
        return t.term('phoneEditorExpired');
      case 'conflict':
        return error.reason === 'backs-default-method' ? t.term('phoneEditorBacksDefault') : t.errorMessage(error);
      case 'reauth-required':
        return (action ?? this.#confirmAction).status === 'reauth' ? t.term('phoneEditorReauthWaiting') : t.errorMessage(error);
      default:
        return t.errorMessage(error);
    }
  }

  #renderStep(): TemplateResult {
    const t = this.localizer;
    const flow = this.flow;
    if (!this.activeClient) return html`<p class="error">${t.term('noClient')}</p>`;
    switch (flow.step) {
      case 'viewing':
      case 'saved':
      case 'remove-confirm':
      case 'removing':
        return renderSummary({
          t,
          flow,
          settings: this.#settings,
          slot: this.phoneSlot,
          removing: flow.step === 'removing' || this.#removeAction.status === 'pending',
          onEdit: this.#onEdit,
          onRemove: this.#onRemove,
          onRemoveConfirmed: this.#onRemoveConfirmed,
          onCancel: this.#onCancel,
        });
      case 'editing':
      case 'sending':
        return this.#renderEditing();
      default:
        return renderVerification({
          t,
          flow,
          sentMessage: this.#sentMessage(flow.challenge),
          code: this.code,
          codeError: this.codeError,
          confirm: this.#confirmAction,
          resend: this.#resendAction,
          onCode: this.#onCode,
          onConfirm: this.#onConfirm,
          onResend: this.#onResend,
          onChangeNumber: this.#onChangeNumber,
        });
    }
  }

  #renderEditing(): TemplateResult {
    const t = this.localizer;
    if (this.draft.status === 'error') {
      return html`<p class="error">${t.term('phoneEditorLoadFailed')}</p>
        <div class="actions">
          <button type="button" @click=${() => this.draft.load()}>${t.term('retry')}</button>
          <button type="button" id="cancel" @click=${this.#onCancel}>${t.term('cancel')}</button>
        </div>`;
    }
    if (!this.draft.format) return html`<p>${t.term('loading')}</p>`;
    const sending = this.flow.step === 'sending' || this.#sendAction.status === 'pending';
    return html`
      <form novalidate @submit=${this.#onSend}>
        ${renderFields({ t, draft: this.draft, slot: this.phoneSlot, disabled: false, withChannel: true })}
        <div class="actions">
          <button class="primary" type="submit" id="send" aria-disabled=${this.#sendAction.blocked ? 'true' : 'false'}>
            ${sending ? t.term('phoneEditorSending') : t.term('phoneEditorSend')}
          </button>
          <button type="button" id="cancel" @click=${this.#onCancel}>${t.term('cancel')}</button>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mfa-phone-editor': MfaPhoneEditor;
  }
}
