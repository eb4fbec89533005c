import { LitElement, type PropertyValues, type TemplateResult, html } from 'lit';
import { badValue } from '../../core/attribute-values.js';
import { composing } from '../../core/composing.js';
import { LocalizedElement } from '../../core/localized-element.js';
// Enter's handler and the field's own styles come before the shared control styles, and those before
// the events, rather than in alphabetical order: it is the order of their code in a page's bundle,
// which gzip codes 6 B smaller for the phone editor, 3 B for the enrollment.
import { submitOnEnter } from '../../core/submit-on-enter.js';
import { codeInputStyles } from './code-input.styles.js';
import { themeTokens } from '../../core/theme.js';
import { codeInputStrings } from '../../locales/en/code-input.js';
import { controlStyles } from '../../core/styles.js';
import { MfaCodeCompleteEvent } from './code-input.events.js';
import { normalizeCode } from './digits.js';

export * from './code-input.events.js';
export { digitValue, normalizeCode, toAsciiDigits } from './digits.js';


/** What the field tells the user about their last keystroke or paste. */
type Notice = 'none' | 'refused' | 'truncated';

/** The WebOTP credential (not yet in TypeScript's DOM types). */
interface OtpCredential extends Credential {
  code?: string;
}

/**
 * @summary One field for a one-time code: digits only, pasting "123 456" or "123-456" works, and it
 * takes part in a `<form>` like a native input.
 *
 * One `<input>` (never a box per digit) with `autocomplete="one-time-code"` and
 * `inputmode="numeric"`. Digits in other scripts (full-width, Arabic-Indic…) become ASCII digits;
 * spaces, dashes and dots are dropped; anything else is refused and the user is told so. Its value
 * is the digits; it is invalid (`tooShort`) until every digit is there and `valueMissing` when
 * `required` and empty. Pressing Enter submits its form. The browser keeps no copy of the code to
 * fill in again when the user comes back to the page: a code is good once.
 *
 * Its colours, font, spacing, radius and focus ring come from the shared `--mfa-*` tokens,
 * listed on `<mfa-provider>` and set anywhere above the element; the CSS properties below tune
 * this element alone.
 *
 * @slot label - The field's label. Default: the `label` attribute, else "Verification code".
 *
 * @event {InputEvent} input - The user changed the code (typing, pasting, WebOTP). Not fired for characters that were refused.
 * @event {Event} change - The user committed a changed code (on blur, or when WebOTP filled it in).
 * @event {MfaCodeCompleteEvent} mfa-code-complete - With `auto-submit`: every digit has been entered by the user; `detail.code`. Unless prevented, the form is then submitted. Not when more digits came than the code has (a paste, a digit typed into a full code), which are cut: the user checks the code and presses Enter.
 *
 * Custom states, for styling: `:state(complete)` once every digit is there, `:state(invalid)` while
 * `error` is set (the `aria-invalid` field inside says the same).
 *
 * The phone editor and the enrollment forward the parts of the code input they show as
 * `code-input-<part>`: `mfa-phone-editor::part(code-input-input)`.
 *
 * @csspart base - The wrapper.
 * @csspart label - The label.
 * @csspart hint - The hint below the label ("Enter the 6-digit code").
 * @csspart input - The `<input>`.
 * @csspart notice - What the field says about refused characters (a polite live region).
 * @csspart error - The error set through `error` (an alert live region).
 *
 * @cssproperty [--mfa-code-input-font-size=1.25em] Font size of the code: 1.25 times the text around it (`--mfa-font-size`) unless set.
 * @cssproperty [--mfa-code-input-letter-spacing=0.25em] Space between the digits.
 *
 * @cssstate complete - Every digit is there.
 * @cssstate invalid - `error` is set.
 */
export class MfaCodeInput extends LocalizedElement {
  static override styles = [themeTokens, controlStyles, codeInputStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static formAssociated = true;
  // The reactive properties are declared in this one table rather than with Lit's decorators:
  // each decorated field compiled to a call of TypeScript's decorator helper, longer than its entry
  // here. Each field below keeps its doc comment. A state is never an attribute: Lit links none to
  // it, and the manifest lists none (custom-elements-manifest.config.mjs).
  static override properties = {
    notice: { state: true },
    formDisabled: { state: true },
    // The attribute's text as written, made a number by the setter, which can then name it.
    length: {},
    label: {},
    name: { reflect: true },
    value: { attribute: false },
    disabled: { type: Boolean, reflect: true },
    required: { type: Boolean },
    autoSubmit: { type: Boolean, attribute: 'auto-submit' },
    webotp: { type: Boolean },
    error: {},
  };
  protected static override strings = [codeInputStrings];

  readonly #internals: ElementInternals = this.attachInternals();
  #webOtp: AbortController | undefined;
  #form: HTMLFormElement | null | undefined;
  /** Flips with each repeat of the notice: see #accept. */
  #mark: boolean | undefined;

  // A getter rather than `@query`: the decorator's code would come with every element that embeds
  // the field.
  get #input(): HTMLInputElement | null | undefined {
    return this.shadowRoot?.querySelector('input');
  }

  private notice: Notice = 'none';

  /** Disabled, as the browser says: by its own `disabled` or by a disabled fieldset around it. */
  private formDisabled = false;

  #length = 6;

  /**
   * How many digits the code has: a whole number above 0, else 6 (the default), and the console
   * says so. Set, it cuts a longer code, and the validity follows at once.
   * @default 6
   */
  get length(): number {
    return this.#length;
  }

  set length(digits: number) {
    // Not a whole number above 0 (`length="abc"`, a removed attribute): 6, as the default.
    const count = Number(digits);
    const whole = count % 1 === 0 && count > 0;
    if (!whole && digits != null) badValue('length', digits, 'a whole number above 0');
    this.#length = whole ? count : 6;
    this.value = this.#value;
  }

  /** The visible label, when the `label` slot is empty. Default: "Verification code", localized. */
  label: string | undefined;

  /** The form field name: the code is submitted under it. */
  name = '';

  #value = '';

  /**
   * The code: ASCII digits, at most `length`. Set by script, it is cleaned as typing is, and its form
   * has it at once (a code set and submitted in the same task is sent). Setting it fires no event.
   */
  get value(): string {
    return this.#value;
  }

  set value(code: string) {
    this.#value = normalizeCode(String(code ?? ''), this.length).code;
    this.#syncForm();
  }

  /**
   * Refuses input, and leaves the code out of its form. Set, its attribute follows at once, so its
   * form leaves it out (`:disabled`, validity, form data) at once too, as a native field's.
   * @default false
   */
  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }

  set disabled(on: boolean) {
    this.toggleAttribute('disabled', !!on);
  }

  #required = false;

  /**
   * The form cannot be submitted while the field is empty. The validity follows at once, as a native field's.
   * @default false
   */
  get required(): boolean {
    return this.#required;
  }

  set required(on: boolean) {
    this.#required = on;
    this.#syncForm();
  }

  /** Fire `mfa-code-complete` (and submit the form) once the user has entered every digit (not when more came, which are cut). */
  autoSubmit = false;

  /** Offer the browser's WebOTP (codes read from a text message) where it exists. Only for codes sent by text. */
  webotp = false;

  /** An error to show under the field, such as the server's "that code is not right". Marks the field invalid. */
  error: string | undefined;

  /** The form the field belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** The code's validity, as a native field's: `valueMissing` when required and empty, `tooShort` until every digit is there. */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  /** What is wrong with the code, in the page's language; empty when it is valid. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** Whether the form checks the field when it is submitted (not when disabled). */
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /** True when the code is valid; else false, and an `invalid` event on the element. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** As `checkValidity()`, and the browser shows the message at the field. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first render too: a required empty field keeps its form from being sent.
    this.#syncForm();
    this.#form = this.#internals.form;
    this.#form?.addEventListener('submit', this.#stopWebOtp);
    if (this.hasUpdated) this.#startWebOtp();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#form?.removeEventListener('submit', this.#stopWebOtp);
    this.#stopWebOtp();
  }

  /**
   * @internal The browser's call when the field is disabled or enabled: by its own `disabled`
   * attribute (which the property sets at once) or by a fieldset around it.
   */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal The browser's call when the form is reset: the field is emptied. */
  formResetCallback(): void {
    this.value = '';
    this.notice = 'none';
  }

  /**
   * Moves focus into the field. A whole code is selected, as Tab leaves it: the next code typed
   * replaces a refused one (still there to see) rather than being cut off after it. A part of a code
   * is not selected: the digits still to come complete it.
   */
  override focus(options?: FocusOptions): void {
    // Called once the field is drawn (below): it is there.
    const focus = () => {
      this.#input!.focus(options);
      if (this.value.length >= this.length) this.#input!.select();
    };
    if (this.#input) focus();
    // Not rendered yet (focused right after being created): focus once it is.
    else void this.updateComplete.then(focus);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The field shows the code, whatever changed either since the last render (the host, a form
    // reset, the user): what Lit's live() would do for a bound value, without its code
    // coming with every element that embeds the field.
    // Rendered, the field is there.
    const input = this.#input!;
    if (input.value !== this.value) input.value = this.value;
    this.#syncForm();
    this.#setState('complete', this.value.length === this.length);
    this.#setState('invalid', Boolean(this.error));
    if (changed.has('webotp') || changed.has('disabled')) this.#startWebOtp();
  }

  #setState(name: string, on: boolean): void {
    try {
      if (on) this.#internals.states.add(name);
      else this.#internals.states.delete(name);
    } catch {
      // Engines without custom states: the attributes still tell everything.
    }
  }

  /**
   * The form sees the code at once (a completion submits before the next render). The browser keeps
   * no state of it to restore (a page come back to with Back, or restored with the session): a
   * one-time code is no good again, and stays out of the history the browser keeps on disk.
   */
  #syncForm(): void {
    this.#internals.setFormValue(this.value, null);
    const t = this.localizer;
    const anchor = this.#input ?? undefined;
    if (this.required && this.value === '') {
      this.#internals.setValidity({ valueMissing: true }, t.term('codeInputRequired'), anchor);
    } else if (this.value !== '' && this.value.length < this.length) {
      this.#internals.setValidity(
        { tooShort: true },
        t.count('codeInputTooShort', this.length),
        anchor,
      );
    } else {
      this.#internals.setValidity({});
    }
  }

  /** Also the end of an input method's composition, which goes on to the page. */
  #onInput(event: Event): void {
    // The native event is replaced by the host's own, fired only when the code really changed.
    if (event.type === 'input') event.stopPropagation();
    // While an input method composes ("１２" underlined, in Japanese), the field is its own: a text
    // rewritten under it cancels the composition, which Chromium then types again ("１２" became
    // "112"). The text is taken once committed, at `compositionend`; Firefox's `input` after it is
    // left alone too (taken again, the field already cleaned, it cleared the notice just given).
    if (composing(event)) return;
    const input = event.target as HTMLInputElement;
    // A text field always has a caret: its `selectionStart` is null only in types that have none.
    this.#accept(input.value, input.selectionStart!);
  }

  #onChange(event: Event): void {
    event.stopPropagation();
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #onKeydown(event: KeyboardEvent): void {
    submitOnEnter(event, this.#internals.form);
  }

  /** Takes what the user typed, pasted or WebOTP delivered. Returns whether the code changed. */
  #accept(text: string, caret: number): boolean {
    const result = normalizeCode(text, this.length, caret);
    const notice = result.refused ? 'refused' : result.truncated ? 'truncated' : 'none';
    // The same notice again (a second letter in a row) would leave the live region as it was, and
    // nothing would be said: an invisible mark (a zero-width space) comes and goes with each repeat,
    // so the region changes, without a flicker, and is read whole (aria-atomic, which role=status
    // implies only in some browsers). A new notice starts without it.
    this.#mark = notice === this.notice && !this.#mark;
    this.notice = notice;
    this.requestUpdate();
    // Typed, pasted, or delivered by WebOTP (asked for once the field is drawn): the field is there.
    const input = this.#input!;
    if (input.value !== result.code) {
      input.value = result.code;
      if (input === this.shadowRoot?.activeElement) input.setSelectionRange(result.caret, result.caret);
    }
    if (result.code === this.value) return false;
    this.value = result.code;
    this.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    // Digits cut off (two codes pasted together, a digit typed into a full code): which were meant
    // is the user's to check.
    if (this.autoSubmit && result.code.length === this.length && !result.truncated) this.#complete();
    return true;
  }

  #complete(): void {
    this.#stopWebOtp();
    const event = new MfaCodeCompleteEvent({ code: this.value });
    this.dispatchEvent(event);
    if (!event.defaultPrevented) this.#internals.form?.requestSubmit();
  }

  #startWebOtp(): void {
    this.#stopWebOtp();
    const credentials = navigator.credentials;
    if (!this.webotp || this.disabled || !this.isConnected || !('OTPCredential' in globalThis) || !credentials) return;
    const controller = new AbortController();
    this.#webOtp = controller;
    const request = { otp: { transport: ['sms'] }, signal: controller.signal } as CredentialRequestOptions;
    credentials.get(request).then(
      (credential) => {
        const code = (credential as OtpCredential | null)?.code;
        if (controller.signal.aborted || !code) return;
        this.#webOtp = undefined;
        if (this.#accept(code, code.length)) this.dispatchEvent(new Event('change', { bubbles: true }));
      },
      // Aborted, or the user declined: typing the code still works.
      () => undefined,
    );
  }

  #stopWebOtp = (): void => {
    this.#webOtp?.abort();
    this.#webOtp = undefined;
  };

  protected override render(): TemplateResult {
    const t = this.localizer;
    const notice =
      this.notice === 'refused'
        ? t.term('codeInputDigitsOnly')
        : this.notice === 'truncated'
          ? t.count('codeInputTooLong', this.length)
          : '';
    // The hint, the notice and the error all describe the field; the notice is a polite status
    // (a refused keystroke is not an error) and the error an alert, both present before they fill.
    return html`
      <div part="base" dir=${t.dir} lang=${t.lang}>
        <label part="label" for="input"><slot name="label">${this.label ?? t.term('codeInputLabel')}</slot></label>
        <span part="hint" id="hint" class="hint">${t.count('codeInputHint', this.length)}</span>
        <input
          part="input"
          id="input"
          dir="ltr"
          inputmode="numeric"
          autocomplete="one-time-code"
          autocapitalize="off"
          spellcheck="false"
          size=${this.length + 2}
          ?disabled=${this.formDisabled}
          ?required=${this.required}
          aria-invalid=${Boolean(this.error)}
          aria-describedby="hint notice error"
          @input=${this.#onInput}
          @compositionend=${this.#onInput}
          @change=${this.#onChange}
          @keydown=${this.#onKeydown}
        />
        <div part="notice" id="notice" class="hint" role="status" aria-atomic="true">${notice && (this.#mark ? `${notice}\u200b` : notice)}</div>
        <div part="error" id="error" class="error" role="alert">${this.error ?? ''}</div>
      </div>
    `;
  }
}

if (!customElements.get('mfa-code-input')) customElements.define('mfa-code-input', MfaCodeInput);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-code-input': MfaCodeInput;
  }
}
