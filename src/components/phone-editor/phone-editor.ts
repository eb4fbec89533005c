import { type PropertyValues, type TemplateResult, html, nothing } from 'lit';
// The composition check and the attribute readers come before the element's English strings (gzip
// codes the bundle 1 B smaller so). Those strings (its own, its code field's, then the error
// details', 8 B smaller than with the last after the types), the draft and the element's base class
// (10 B smaller than among the other core modules) come next, as the verification, the removal, the
// form field and the shared control styles come last (below): it is the order of their code in a
// page's bundle, which gzip codes 0.22 KB smaller than with these three in alphabetical order.
import { composing } from '../../core/composing.js';
import { badValue, keyword } from '../../core/attribute-values.js';
import { phoneEditorStrings } from '../../locales/en/phone-editor.js';
import { codeInputStrings } from '../../locales/en/code-input.js';
import { errorDetailStrings } from '../../locales/en/error-details.js';
import { PhoneDraft } from './phone-draft.js';
import { MfaElement } from '../../core/mfa-element.js';
import { type MfaError, isMfaError } from '../../core/errors.js';
import { whenLeft } from '../../core/leaving.js';
import { loadRetryButton } from '../../core/load-retry.js';
import { type Localizer, type Say, sentences } from '../../core/localize.js';
import { spokenNumber } from '../../core/masked-number.js';
import { themeTokens } from '../../core/theme.js';
import { type DeliveryChannel, PHONE_SLOTS, type PhoneSlot, isAppMethod } from '../../core/types.js';
// The element's own styles come here, not after its flow: gzip codes its bundle 12 B smaller so.
import { phoneEditorStyles } from './phone-editor.styles.js';
import { isConflict } from '../authenticator-list/action-feedback.js';
import '../code-input/code-input.js';
import { type FlowEvent, type FlowState, initialState, transition } from './phone-editor-flow.js';
// The verification, the removal, the form field and the shared control styles come last, in this
// order: it is the order of their code in a page's bundle, which gzip codes 0.05 KB smaller than
// with these imports in alphabetical order.
import { PhoneVerification, type VerificationHost } from './phone-verification.js';
import { PhoneRemoval, type RemovalHost, mayAdd } from './phone-removal.js';
import { type FieldHost, PhoneFormField } from './phone-form-field.js';
import { controlStyles } from '../../core/styles.js';

export * from './phone-editor.events.js';
export type { FlowState as PhoneEditorState } from './phone-editor-flow.js';

const slotOf = keyword('phone-slot', PHONE_SLOTS, 'mobile');
const channelOf = keyword('default-channel', ['text', 'call']);

/** The element that has the focus, inside shadow roots too. */
function focused(): Element | null {
  let at = document.activeElement;
  while (at?.shadowRoot?.activeElement) at = at.shadowRoot.activeElement;
  return at;
}

/**
 * @summary Shows one phone slot's number (masked) and lets the user add, change (proving the new
 * number with a code sent by text or call) or remove it.
 *
 * The phone library loads only when the user starts editing; until it has come, the element says
 * it is loading, with the focus on Cancel. In `form-field` mode the element is
 * a plain form field instead (E.164 as its form value, validity, reset) for a host that saves the
 * number itself: no settings are read and no code is sent. It answers `checkValidity()`,
 * `reportValidity()`, `validity` and `validationMessage` as a native field does.
 *
 * Escape does what Cancel does in each step: it leaves the number form (while the number is sent
 * too), the code step and the remove confirmation, and goes no further; not while the code is
 * checked or the phone removed, whose answers must land. An Escape a field uses itself (closing the
 * country list, clearing the country search, ending an input method's composition) is left to it.
 * Remove on the phone the default sign-in method uses says so in place of its question, with
 * Cancel alone: choosing another default comes first.
 *
 * Its colours, font, spacing, radius and focus ring come from the shared `--mfa-*` tokens,
 * listed on `<mfa-provider>` and set anywhere above the element; the CSS properties below tune
 * this element alone.
 *
 * @property {MfaClient | undefined} client - A client for this element alone, instead of the provider's (not an attribute).
 *
 * @event {MfaPhoneChangeEvent} mfa-phone-change - The endpoint confirmed the code and saved the number; `detail: { slot, maskedNumber }`.
 * @event {MfaPhoneRemoveEvent} mfa-phone-remove - The endpoint removed the phone, or answered that it was gone already (404); `detail: { slot }`, the phone the request was for.
 * @event {MfaReauthRequiredEvent} mfa-reauth-required - The endpoint wants a fresh sign-in; input is kept (see the event).
 * @event {MfaErrorEvent} mfa-error - A request failed (code only).
 * @event {InputEvent} input - Form mode: the user changed the number (its country, digits or extension). The fields inside are native ones, whose `input` leaves the shadow root: it also comes while the user types in the country search, the number unchanged, and, outside form mode, while they type the number or the code. While an input method composes the number, `value` is the number from before; one more `input` comes once the composed text is taken.
 * @event {Event} change - Form mode: the user committed a changed number (its country, digits or extension); also when they leave the country search after typing in it, the number unchanged.
 *
 * @csspart base - The wrapper.
 * @csspart heading - The headings: the title (also `title`) and the legend of the choice between a text and a call.
 * @csspart title - The slot's name (left out with `no-title`).
 * @csspart current - The current number, masked.
 * @csspart label - A field's label: the country or region, its search, the number, the extension.
 * @csspart country - The country or region `<select>`.
 * @csspart country-search - The field that finds a country or region by name or calling code.
 * @csspart number - The number `<input>`.
 * @csspart extension - The extension `<input>` (office phones).
 * @csspart channel - The text-or-call choice.
 * @csspart notice - The notice under the text-or-call choice that texts and calls are less secure (as the method picker's `notice`).
 * @csspart field-error - A field's error message.
 * @csspart sent-to - "We sent a code to …", with the number being verified.
 * @csspart code - The `<mfa-code-input>` for the code.
 * @csspart code-input-base - The code input's wrapper: its `base` part, forwarded, as are the five below.
 * @csspart code-input-label - The code input's label.
 * @csspart code-input-hint - The code input's hint ("Enter the 6-digit code").
 * @csspart code-input-input - The code input's `<input>`, where the code is typed.
 * @csspart code-input-notice - What the code input says about refused characters.
 * @csspart code-input-error - The code input's error (a wrong code, a missing digit).
 * @csspart countdown - A visible countdown (not a live region): until a new code may be asked for, or until a rate-limited request may be sent again.
 * @csspart remove-confirm - The inline "Remove …?" confirmation; while the default sign-in method uses the phone, it says so instead, with Cancel alone.
 * @csspart error - Errors that belong to no field (an alert live region), and the alert that the phone number tools could not be loaded.
 * @csspart status - Confirmations, visually hidden, and the wait while the host re-authenticates the user, shown (a polite live region).
 * @csspart button - Every button that looks like one: Add or Change, Remove, Send code, Verify, Resend, Cancel, Try again. `primary` and `danger` name some of them too.
 * @csspart primary - The button of the step's main action: Send code, Verify (and Resend once the code has expired).
 * @csspart danger - A Remove button (beside the number, and in its confirmation).
 * @csspart link - A button that looks like a link: "Change number" while a code is checked.
 *
 * @cssproperty [--mfa-phone-editor-gap=var(--mfa-space-m)] Space between the rows.
 * @cssproperty [--mfa-phone-editor-number-width=16rem] Width of the number field.
 */
export class MfaPhoneEditor extends MfaElement {
  static override styles = [themeTokens, controlStyles, phoneEditorStyles];
  // The code field's messages are the editor's too (a code too short).
  protected static override strings = [phoneEditorStrings, codeInputStrings, errorDetailStrings];
  static formAssociated = true;
  // The reactive properties are declared in this one table rather than with Lit's decorators:
  // each decorated field compiled to a call of TypeScript's decorator helper, longer than its entry
  // here. Each field below keeps its doc comment. A state is never an attribute: Lit links none to
  // it, and the manifest lists none (custom-elements-manifest.config.mjs).
  static override properties = {
    flow: { state: true },
    announcement: { state: true },
    phoneSlot: { attribute: 'phone-slot', reflect: true },
    defaultCountry: { attribute: 'default-country' },
    defaultChannel: { attribute: 'default-channel' },
    noTitle: { type: Boolean, attribute: 'no-title' },
    formField: { type: Boolean, attribute: 'form-field' },
    name: { reflect: true },
    // The number entered: an accessor of its own, declared so a value set before the element is
    // defined is kept.
    value: { attribute: false, noAccessor: true },
    defaultValue: { attribute: 'value' },
    required: { type: Boolean },
    disabled: { type: Boolean },
  };

  /** @internal What the user is entering (read by tests). */
  readonly draft = new PhoneDraft(this);
  readonly #internals = this.attachInternals();
  #focusAfterRender: string | false | undefined;
  readonly #field = new PhoneFormField(this as unknown as FieldHost, this.#internals);
  /** Offline as last rendered, so that going offline and coming back are each said once. */
  #offline = false;
  /**
   * `edit()` was called before the settings were read: it opens the form once they are. Held: the
   * element that had the focus at the (first) call, or the document where the document named none.
   * The form takes the focus only from there, or from the page's body (see `edit()`).
   */
  #editAsked: Element | Document | false | undefined;

  readonly #settings = this.settingsResource(() => !this.formField);
  // Moving the flow on, and a change saved, are arrow functions passed as they are to the
  // verification and the removal.
  /** Moves the flow on; `focus` is the id of the control to focus after the next render. */
  readonly #dispatch = (event: FlowEvent, focus?: string): void => {
    const next = transition(this.flow, event);
    if (next === this.flow) return;
    this.flow = next;
    // Not from where the user has gone on in the page while a request was answered: only from the
    // element, or from nowhere (the page's body: the control they used gone).
    const here = this.shadowRoot!.activeElement || document.activeElement === document.body;
    this.#focusAfterRender = here && focus;
    // The polite status region says the number removed, else nothing; a code sent is said there
    // by the verification, after this. "Saved" is said by the line that says it, which takes the
    // focus; by the status region when the user is elsewhere.
    this.announcement =
      event.type === 'removed'
        ? (t) => t.term('phoneEditorRemoved')
        : event.type === 'confirmed' && !here
          ? (t) => t.format('phoneEditorSaved', spokenNumber(t, event.maskedNumber))
          : undefined;
    this.#verification.flowChanged(next, event);
  };
  /** The endpoint saved or removed a number: the page's other elements, or this one, read the settings again. */
  readonly #changed = (): void => {
    this.notifyChange();
    if (!this.mfaContext) void this.#settings.reload();
  };
  /** Sending the number for a code, and the code step: the requests, the code typed, the resend countdown. */
  // The verification reads the element's protected and private members it needs (see `VerificationHost`).
  readonly #verification = new PhoneVerification(
    this as unknown as VerificationHost,
    this.#dispatch,
    this.#onCancel,
    this.#changed,
  );
  /** Removing the phone, and the viewing step that offers it. */
  readonly #removal = new PhoneRemoval(
    this as unknown as RemovalHost,
    this.#dispatch,
    this.#changed,
  );

  /** Where the flow is. */
  private flow: FlowState = initialState;

  /**
   * What the polite live region says: set only at moments worth announcing; in the locale of the
   * moment, so a page switched to another language does not keep it in the first.
   */
  private announcement: Say | undefined;

  /**
   * Which phone: `mobile` (the authentication phone, the default), `alternate` or `office`, in any
   * case; another value is taken as `mobile`, and the console says so. Switched while a change or a
   * removal is under way (or `edit()` waits for the settings), the element ends it and shows the
   * new phone (the focus, if it was in the element, on the new phone's Add or Change, else on its
   * number); a code being checked or a removal sent still lands, and its event names the phone it
   * was for.
   */
  phoneSlot: PhoneSlot = 'mobile';

  /** ISO 3166 region to start from, for example `GB`. Default: the current number's, else the locale's region. */
  defaultCountry: string | undefined;

  /** How the code is sent when editing starts (`text` or `call`); the user can still choose the other. Unset (or another value, which the console names): by text, or as last chosen. Office phones are always called. */
  defaultChannel: DeliveryChannel | undefined;

  /** Leave out the slot's name, where the page names the phone just before the element (a heading), so it is not said twice. */
  noTitle = false;

  /** Be a plain form field (E.164 form value) for a host that saves the number itself: no verification. */
  formField = false;

  /** Form mode: the field name (an office extension goes under `<name>-extension`). */
  name = '';

  /**
   * Form mode: the number entered, E.164 (`+14155550123`), as the form gets it; empty while the
   * field holds no valid number. Setting it puts that number in the field (one that is not a valid
   * number as it is, making the field invalid). For an office phone, an extension in the number
   * (`+14255550100;ext=45`) goes to the extension field, as does one in the `value` attribute.
   */
  get value(): string {
    return this.#field.value;
  }
  set value(number: string) {
    this.#field.value = number;
  }

  /**
   * Form mode: the initial number, E.164, from the `value` attribute; a form reset returns to it.
   * Changed, it replaces the number shown only until the user (or `value`) changed that, as a native
   * field's. Before the phone library has loaded, it is the form's value as it is, unchecked.
   */
  defaultValue = '';

  /** Form mode: the form cannot be submitted without a valid number. */
  required = false;

  /**
   * Form mode: the field refuses input and is left out of its form. Set, its attribute follows at
   * once, so its form leaves it out (`:disabled`, validity, form data) at once too, as a native field's.
   * @default false
   */
  get disabled(): boolean {
    return this.hasAttribute('disabled');
  }

  set disabled(on: boolean) {
    this.toggleAttribute('disabled', !!on);
  }

  // The members pages expect of a native field, as `<mfa-code-input>` has them. (Shared through a
  // mixin, they cost the enrollment 55 bytes gzip more, which is over its size budget.)

  /** Form mode: the form the field belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** Form mode: the number's validity, as a native field's. */
  get validity(): ValidityState {
    return this.#internals.validity;
  }

  /** Form mode: what is wrong with the number, the message the field shows; empty when valid. */
  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  /** Form mode: whether the form checks the field when it is submitted (not when `disabled`). */
  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  /** Form mode: true when the number is valid; else false, and an `invalid` event on the element. */
  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  /** Form mode: as `checkValidity()`, and the browser shows the message at the number field. */
  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** The current step, for hosts and tests: `viewing`, `editing`, `awaiting-code`, `saved`… */
  get step(): FlowState['step'] {
    return this.flow.step;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Taken out of the page (not moved in it), the request in flight was aborted with the element:
    // on reconnecting, the user is back on the step it was sent from, with what they typed, and can
    // send it again.
    whenLeft(this, () => this.#dispatch({ type: 'interrupted' }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Set by attribute or by script, a slot in another case is taken; another value is the
    // authentication phone's, and the console says so.
    this.phoneSlot = slotOf(this.phoneSlot) as PhoneSlot;
    this.#field.willUpdate(changed);
    // Another phone (a host's framework reusing the element): what was under way for the one before
    // ends, an edit() waiting for the settings too, and this one's summary shows. A code being
    // checked or a removal still lands, for the phone it was sent for (see the events).
    if (changed.get('phoneSlot')) {
      this.#editAsked = false;
      this.#verification.cancel(true);
      this.flow = initialState;
      this.announcement = undefined;
      // The focus, if the step that goes had it, goes to the new phone's Add or Change (named after
      // the phone), or to the line saying its number where the policy offers neither (as after a
      // removal): not to the page.
      if (this.shadowRoot!.activeElement) this.#focusAfterRender = mayAdd(this.#settings.value, this.phoneSlot) ? 'edit' : 'current';
    }
    // Every action knows when the browser is offline. It is said and shown only in a step with
    // something to send: form mode sends nothing, and the summary's buttons are local (a page such
    // as <mfa-security-info> holds several editors, each of which would say it at once). Back to the
    // summary while still offline, "back online" is not said.
    const network = this.#removal.offline;
    const offline = network && !this.formField && this.flow.step !== 'viewing' && this.flow.step !== 'saved';
    if (offline !== this.#offline) {
      this.#offline = offline;
      if (offline || !network) this.announcement = (t) => t.term(offline ? 'offline' : 'backOnline');
    }
    this.#verification.willUpdate();
    this.#removal.willUpdate(this.#settings.value);
    if (this.#editAsked) this.edit();
  }

  protected override updated(): void {
    // The country list reuses its options as the search narrows it: its choice is set once they are
    // in place (a value set before would stay with an option given another country).
    const country = this.renderRoot.querySelector<HTMLSelectElement>('#country');
    if (country) country.value = this.draft.country;
    const id = this.#focusAfterRender;
    this.#focusAfterRender = undefined;
    if (id) (this.renderRoot.querySelector(`#${id}`) as HTMLElement | null)?.focus();
  }

  /**
   * Focuses the control with this id after the next render, which it asks for. Without one, after
   * a load of the phone library: the number field, or, failed, Try again.
   */
  protected focusNext(id?: string): void {
    this.#focusAfterRender = id ?? (this.draft.format ? 'number' : 'retry');
    this.requestUpdate();
  }

  /**
   * The region a new number starts in, in either mode: the host's, else the locale's
   * (`Localizer.locale` is a valid tag: the localizer made it with `Intl.Locale`).
   */
  protected startRegion(): string {
    return this.defaultCountry ?? new Intl.Locale(this.localizer.locale).maximize().region ?? 'US';
  }

  #onEdit(): void {
    // The current number's region, else the one a new number starts in.
    const current = this.#settings.value?.phones.find((p) => p.slot === this.phoneSlot);
    this.draft.reset(current?.region ?? this.startRegion());
    // Read as phone-slot is (see `willUpdate`): another value is none.
    this.draft.channel = channelOf(this.defaultChannel) ?? this.draft.channel;
    this.#dispatch({ type: 'edit' });
    // The number field takes the focus; until the phone library is loaded, Cancel (Escape leaves
    // from there too), then the number field, or Try again if it failed (which calls this again):
    // if the focus was lost with Cancel (gone as the library came, or failed to), not when the user
    // has gone on elsewhere in the page meanwhile (a slow network).
    this.focusNext(this.draft.format ? 'number' : 'cancel');
    void this.draft.load().then(() => document.activeElement === document.body && this.focusNext());
  }

  #onCancel(): void {
    // Not while the code is being checked or the phone removed (Cancel says it is unavailable).
    if (this.#removal.status === 'pending' || !this.#verification.cancel()) return;
    this.#removal.reset();
    this.#dispatch({ type: 'cancel' }, this.flow.step === 'remove-confirm' ? 'remove' : 'edit');
  }

  /**
   * Escape leaves the number form (while the number is sent too) and the code step (back to Change
   * or Add) and the remove confirmation (back to Remove), as their Cancel does; not while the
   * removal or the check of the code is in flight. An Escape a field uses itself is left to it:
   * one that ends a composition (an input method), one in the country list, which may be closing
   * its own popup (some browsers pass that key to the page), and one that clears the country
   * search field.
   */
  #onKeydown(event: KeyboardEvent): void {
    const target = event.target as HTMLInputElement;
    if (
      event.key !== 'Escape' ||
      composing(event) ||
      target.type === 'select-one' || // the country list, a <select>
      (target.type === 'search' && target.value) ||
      transition(this.flow, { type: 'cancel' }) === this.flow // a step Cancel does not leave
    ) return;
    event.stopPropagation();
    this.#onCancel();
  }

  /**
   * Starts adding or changing the number, as the Add or Change button does, only where it shows:
   * viewing, or saved. Where the policy allows no phone in the slot (no Add or Change is shown),
   * nothing opens, and the console says why. In `form-field` mode nothing opens, nor later, once
   * the host has left that mode: there is no number to verify. Called before the settings are read,
   * it waits for them, then does as above, the form taking the focus only if the focus is still
   * where it was at the (first) call, or on nothing (the page's body: the button the host called it
   * from gone), not from where the user has moved it meanwhile; switching `phone-slot` meanwhile ends
   * the wait (nothing opens, for either phone), as it ends a change under way. Where reading them
   * fails, or has failed, nothing opens (the alert says why, with Try again): once they are read,
   * the user goes on from Add or Change.
   */
  edit(): void {
    const summary = this.#settings.value;
    const asked = this.#editAsked;
    // Asked again as the settings come (see `willUpdate`); not after a failed read, nor in form mode
    // (nor, asked before, once set in it), which has no number to verify: nothing opens.
    this.#editAsked = !summary && !this.formField && this.#settings.status !== 'error' && (asked || focused() || document);
    if (!summary || this.formField) return;
    if (!mayAdd(summary, this.phoneSlot)) {
      badValue('phone-slot', this.phoneSlot, 'a phone the policy allows: edit() opens nothing');
    } else if (transition(this.flow, { type: 'edit' }) !== this.flow) {
      // Where the flow takes the edit (the steps Add or Change shows in). Asked while the settings
      // were read, the form does not take the focus from where the user has moved it meanwhile (on
      // the page's body, lost, it does: see `#onEdit`).
      this.#onEdit();
      if (asked && asked !== focused()) this.#focusAfterRender = undefined;
    }
  }

  /** Moves focus to the element's first control. */
  override focus(options?: FocusOptions): void {
    (this.renderRoot.querySelector('input, select, button') as HTMLElement | null)?.focus(options);
  }

  /** @internal The browser's call when the form is reset: back to `defaultValue` (the `value` attribute). */
  formResetCallback(): void {
    this.#field.formReset();
  }

  /** @internal The browser's call when it restores the form (back navigation, autofill). */
  formStateRestoreCallback(state: unknown): void {
    if (typeof state === 'string') this.value = state;
  }

  /**
   * @internal The browser's call when the field is disabled or enabled: by its own `disabled`
   * attribute (which the property sets at once) or by a fieldset around it.
   */
  formDisabledCallback(disabled: boolean): void {
    this.#field.formDisabled(disabled);
  }

  protected override render(): TemplateResult {
    const t = this.localizer;
    // A rate limit's refusal stays in the alert as it was announced, visually hidden; the sentence
    // seen below it follows the countdown and is not live (see `ActionController.rateLimited`). The
    // alert itself is hidden then, out of the flow: holding hidden words, it would add a gap above the wait line.
    const flow = this.flow;
    const counting =
      'error' in flow
        ? this.#verification.rateLimited(flow.error) || (this.#removal.rateLimited && this.#removal.error === flow.error)
        : !this.#settings.value && this.#settings.rateLimited;
    // The host is re-authenticating the user for the step's request (leaving a step forgets its
    // requests): sending, confirming the code or removing. That is progress, said and shown in the
    // status line, as the other elements do; not in the alert, which would talk over the host's prompt.
    const waiting = this.#verification.reauth || this.#removal.status === 'reauth';
    const alert = this.formField ? '' : this.#alertText(counting, waiting);
    // Seconds until the current step's request may be sent again after a rate limit; 0 when it may.
    // The settings could not be read: until they are, loading them is the only request.
    const wait = this.formField
      ? 0
      : flow.step === 'remove-confirm' || flow.step === 'removing'
        ? this.#removal.retryAfterSeconds
        : this.#settings.value
          ? this.#verification.retryAfterSeconds(flow)
          : this.#settings.retryAfterSeconds;
    return html`
      <section
        part="base"
        dir=${t.dir}
        lang=${t.lang}
        aria-labelledby=${this.noTitle ? nothing : 'title'}
        @keydown=${this.#onKeydown}
      >
        ${this.noTitle ? nothing : html`<p part="title heading" id="title">${t.slotName(this.phoneSlot)}</p>`}
        ${this.formField ? this.#field.render(t) : this.#renderStep(t)}
        <div part="error" class=${counting ? 'error visually-hidden' : 'error'} role="alert" id="error">${alert}</div>
        ${wait > 0
          ? html`<p part="countdown" id="wait" class="error countdown">${t.format('errorRateLimited', t.duration(wait))}</p>`
          : nothing}
        ${this.#offline ? html`<p id="offline" class="hint">${t.term('offline')}</p>` : nothing}
        <div part="status" class=${waiting ? '' : 'visually-hidden'} role="status">${waiting ? t.term('authReauthPending') : this.announcement?.(t)}</div>
      </section>
    `;
  }

  /**
   * The failure that belongs to no field, for the alert region; empty when there is none.
   * `counting`: the flow's error is a rate limit's refusal whose wait still runs (see
   * `ActionController.rateLimited`). (It is the element's own method, as it reads most of what the
   * element holds: a pure function given all that in an object cost 0.06 KB gzip more.)
   */
  #alertText(counting: boolean, waiting: boolean): string {
    const t = this.localizer;
    const { flow, draft } = this;
    const settings = this.#settings;
    // A failed load is not said any more once it is tried again.
    const error = 'error' in flow ? flow.error : settings.value || settings.status !== 'error' ? undefined : settings.error;
    if (error === undefined) return '';
    const code = isMfaError(error) && error.code;
    // A wrong code is said on the code field, unless no tries are left: then the code step ends.
    if (code === 'invalid-code') return flow.step === 'expired' ? t.term('phoneEditorNoTriesLeft') : '';
    // Refused on a new code too, back at the number: the code request has ended (confirmed or
    // replaced elsewhere), and only Send code starts another.
    if (code === 'expired') return t.term(flow.step === 'editing' ? 'phoneEditorReplaced' : 'phoneEditorExpired');
    // The default method uses the phone. Said here only when the summary the endpoint refused
    // against, still shown, said otherwise (it was out of date): where the summary says so, the
    // confirmation says it in place of its question, once. Once the settings load again, the
    // confirmation says it, or another default was saved (the page's method picker, say) and
    // Remove is offered again: the refusal is not said any more.
    if (isConflict(error, 'backs-default-method')) {
      return this.#removal.refusedAgainst(settings.value) ? t.term('phoneEditorBacksDefault') : '';
    }
    // The host is re-authenticating the user: the status line says so.
    if (code === 'reauth-required' && waiting) return '';
    // A problem the draft shows on its own field is not repeated here.
    if (code === 'validation' && (draft.problem || draft.extensionInvalid)) return '';
    // A request's refusal is over once its wait is: the request can be sent again. While it runs,
    // the refusal says itself, in the words its countdown follows.
    if (code === 'rate-limited') return 'error' in flow && !counting ? '' : t.errorMessage(error);
    // What failed, then why, as the other elements say it: a code that may not have been sent (or
    // sent again) is no code to wait for. It may have been, unless the request was refused: by the
    // endpoint (3xx, 4xx: 403, 409…), or by a sign-in in front of it (a redirect: `unauthenticated`,
    // with no status). No answer came (a timeout, the connection lost: no status either), an answer
    // could not be read, or the server failed (5xx: the protocol retries a change only with the
    // same idempotency key, as it may have been made). A refusal says only what was refused and
    // what to do.
    const status = (error as MfaError).status ?? 0;
    return sentences(
      this.#verification.notSent(error) && code !== 'unauthenticated' && !(status > 299 && status < 500) ? t.term('phoneEditorSendFailed') : '',
      t.errorMessage(error),
    );
  }

  #renderStep(t: Localizer): TemplateResult {
    const flow = this.flow;
    if (!this.clientExpected) return html`<p class="error">${t.term('noClient')}</p>`;
    if (flow.step === 'editing' || flow.step === 'sending') {
      // The advice to use an app instead is for users whose policy allows one (or may: unknown).
      const policy = this.#settings.value?.policy;
      return this.#verification.renderEditing(t, flow, !policy || policy.allowedMethods.some(isAppMethod), this.#onEdit);
    }
    // The code's steps are those with a challenge.
    if ('challenge' in flow) return this.#verification.renderCode(t, flow);
    // The viewing step, once the settings are read (see the removal's).
    const summary = this.#settings.value;
    if (summary) return this.#removal.renderSummary(t, flow, summary, this.#onEdit, this.#onCancel);
    return this.#settings.status === 'error'
      ? html`<div class="actions">${loadRetryButton(t, this.#settings.rateLimited, () => this.#settings.reload())}</div>`
      : html`<p part="current" role="status">${t.term('loading')}</p>`;
  }
}

if (!customElements.get('mfa-phone-editor')) customElements.define('mfa-phone-editor', MfaPhoneEditor);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-phone-editor': MfaPhoneEditor;
  }
}
