import { type PropertyValues, type TemplateResult, html } from 'lit';
import type { Localizer } from '../../core/localize.js';
import { submitOnEnter } from '../../core/submit-on-enter.js';
import type { PhoneDraft } from './phone-draft.js';
import { problemMessage } from './phone-editor.render.js';

/**
 * What form mode needs of the element: its own members, `localizer`, `startRegion` and `focusNext`
 * protected in it (this is a part of the element; the element passes itself as this type).
 */
export interface FieldHost extends HTMLElement {
  readonly draft: PhoneDraft;
  readonly localizer: Localizer;
  startRegion(): string;
  focusNext(id?: string): void;
  requestUpdate(): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
  formField: boolean;
  name: string;
  defaultValue: string;
  required: boolean;
  phoneSlot: string;
}

/**
 * Form mode: the editor is a value-only form field through ElementInternals. Its form value is
 * the E.164 number (an office extension goes under `<name>-extension`); it is invalid with the
 * same specific message the editor shows, for the number or the extension; a form reset returns to
 * the `value` attribute. The element's `value` is the number entered, as a native field's; a value
 * that is no valid number is shown as it is, and makes the field invalid.
 */
export class PhoneFormField {
  readonly #host: FieldHost;
  readonly #draft: PhoneDraft;
  readonly #internals: ElementInternals;
  #formDisabled = false;
  /** A number set before the phone library loaded, put in the field once it has. */
  #pending: string | undefined;
  /** The number was typed or set since the start (or the last reset): the `value` attribute no longer replaces it, as a native field's. */
  #dirty = false;
  /** Form mode has asked for the phone library (once: after a failure, Try again asks again itself). */
  #loading = false;

  constructor(host: FieldHost, internals: ElementInternals) {
    const draft = host.draft;
    this.#host = host;
    this.#draft = draft;
    this.#internals = internals;
    draft.onEdit = () => {
      this.#dirty = true;
      this.#sync();
    };
  }

  /** The number entered, E.164; empty while it is not a valid number. */
  get value(): string {
    const check = this.#draft.check();
    if (!check) return this.#pending ?? this.#host.defaultValue;
    return check.ok ? check.e164 : '';
  }

  set value(number: string) {
    this.#dirty = true;
    if (!this.#draft.format) this.#pending = number;
    else this.#set(number);
  }

  willUpdate(changed: PropertyValues): void {
    // Form mode, from the start or set later (a framework's property once the element is in the
    // page): the phone library loads, and the field takes its number. Once: moved elsewhere in the
    // page, or form mode set again, the field keeps what the user typed. The draft's channel is left
    // as it is: form mode sends no code, and out of it editing starts with a text, or the user's choice.
    if (changed.has('formField') && this.#host.formField && !this.#loading) {
      this.#loading = true;
      this.#load();
    }
    // A new value or region is taken, as a reset would, while the user has typed nothing (as a
    // native field takes its new `value` attribute).
    if ((changed.has('defaultValue') || changed.has('defaultCountry')) && this.#host.formField && this.#draft.format && !this.#dirty) this.formReset();
    this.#sync();
  }

  /**
   * Loads the phone library, then puts the number in the field; failed, the field says so, and its
   * Try again calls this again (until then the form has the number as it was given). From Try again
   * (`retry`, its click), the focus goes on to the number field, or back to Try again.
   */
  #load = (retry?: Event): void => {
    void this.#draft.load().then(() => {
      if (retry) this.#host.focusNext();
      if (!this.#draft.format) return;
      this.#set(this.#pending ?? this.#host.defaultValue);
      this.#pending = undefined;
    });
  };

  formReset(): void {
    this.#set(this.#host.defaultValue);
    this.#dirty = false;
  }

  /**
   * Puts a number in the field (none for an empty one: the field starts in the host's region), with
   * its form value and validity. (Called in `willUpdate`, the update it asks for is the one under way.)
   */
  #set(number: string): void {
    this.#draft.reset(this.#host.startRegion());
    if (number) this.#draft.setE164(number, this.#host.phoneSlot === 'office');
    this.#sync();
    this.#host.requestUpdate();
  }

  formDisabled(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.#host.requestUpdate();
  }

  /** The form value and validity, from the draft. */
  #sync(): void {
    const internals = this.#internals;
    const { name, required, phoneSlot, formField } = this.#host;
    // Required as the host says in form mode; outside it, the number to verify always is.
    this.#draft.required = required || !formField;
    // Nothing to check outside form mode, or before the phone library is loaded: until then the
    // form has the number as it was given, unchecked (a form sent at once still has it).
    const check = formField ? this.#draft.check() : undefined;
    let value: string | FormData | null = formField && !check ? this.value || null : null;
    // What the browser gives back to restore the field (`formStateRestoreCallback`): the value, or
    // with an extension the number as `value` takes it.
    let state: string | undefined;
    if (check?.ok) {
      value = check.e164;
      const extension = phoneSlot === 'office' ? this.#draft.cleanExtension : undefined;
      if (extension && name) {
        value = new FormData();
        value.append(name, check.e164);
        value.append(`${name}-extension`, extension);
        state = `${check.e164};ext=${extension}`;
      }
    }
    internals.setFormValue(value, state);
    // An empty field is a problem only when the number is required.
    const empty = check ? !this.#draft.text.trim() : !value;
    const anchor = (id: string) => (this.#host.renderRoot.querySelector(id) as HTMLElement | null) ?? undefined;
    const problem = check ? !check.ok && (required || !empty) && check.problem : formField && required && empty && 'empty';
    if (problem) {
      const message = problemMessage(this.#host.localizer, problem, this.#draft.country);
      internals.setValidity(empty ? { valueMissing: true } : { customError: true }, message, anchor('#number'));
    } else if (check && phoneSlot === 'office' && this.#draft.extensionInvalid) {
      // Else the number would go without the extension the user typed.
      internals.setValidity({ customError: true }, this.#host.localizer.term('phoneEditorExtensionInvalid'), anchor('#extension'));
    } else {
      internals.setValidity({});
    }
  }

  #onChange = (event: Event): void => {
    event.stopPropagation();
    this.#host.dispatchEvent(new Event('change', { bubbles: true }));
  };

  render(t: Localizer): TemplateResult {
    if (!this.#draft.format) return this.#draft.renderLoading(t, this.#load);
    // Disabled as the browser says: by the element's own `disabled` or by a disabled fieldset around it.
    return html`<div @change=${this.#onChange} @keydown=${(event: KeyboardEvent) => submitOnEnter(event, this.#internals.form)}>
      ${this.#draft.renderFields(t, this.#host.phoneSlot as 'mobile', this.#formDisabled, false)}
    </div>`;
  }
}
