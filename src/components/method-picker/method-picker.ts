import { type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { ActionController } from '../../core/action.js';
import { CustomStateController } from '../../core/custom-state.js';
import { isMfaError, isUnanswered } from '../../core/errors.js';
import { loadRetryButton } from '../../core/load-retry.js';
import { failureAlert } from '../../core/localize.js';
import { renderErrorRegion } from '../../core/error-region.js';
import { sayAgain } from '../../core/say-again.js';
import { MfaElement } from '../../core/mfa-element.js';
import { confirmChange } from '../../core/resource.js';
import { choiceStyles } from '../../core/choice-styles.js';
import { headingStyles } from '../../core/heading-styles.js';
import { controlStyles } from '../../core/styles.js';
import { themeTokens } from '../../core/theme.js';
import type { DefaultMethodResult, MethodId, SettingsSummary } from '../../core/types.js';
import { methodPickerStrings } from '../../locales/en/method-picker.js';
import { actionStrings } from '../../locales/en/actions.js';
import {
  type MethodPickerStatus,
  type PickerRows,
  phoneSlotOf,
  pickerRows,
  pickerStatus,
  saveFailureMessage,
  selectedMethod,
} from './method-picker-rows.js';
import { MfaMethodChangeEvent, MfaMethodChangeRequestEvent, MfaMethodSetupRequestEvent } from './method-picker.events.js';
import { renderChoice, renderNotice, renderSetup } from './method-picker.render.js';
import { methodPickerStyles } from './method-picker.styles.js';

export * from './method-picker.events.js';
export type { MethodPickerStatus } from './method-picker-rows.js';

/**
 * A short note in the status region that is not a status of its own; `choose` (said by the save's
 * alert): Save was pressed with no method chosen and none saved as the default (the policy no
 * longer allows it).
 */
type Note = 'unchanged' | 'choose' | 'back-online' | undefined;


/**
 * @summary Lets the user choose the default two-step verification method, and offers to set up
 * the methods the policy allows that are not registered yet.
 *
 * The methods are native radios in a fieldset (Tab lands on the checked one, arrow keys move),
 * saved only by an explicit Save; the endpoint's answer is the truth. A save that gets none (a
 * timeout, a connection lost) may have been made: the settings are read again to find out, and no
 * method is marked current until they are. Text and voice methods carry
 * a notice that they are less secure, suggesting an authenticator app where the policy allows one.
 * Read the state from `status`, or style it with `:state(loading|ready|saving|saved|error|empty)`.
 *
 * Its colours, font, spacing, radius and focus ring come from the shared `--mfa-*` tokens,
 * listed on `<mfa-provider>` and set anywhere above the element; the CSS properties below tune
 * this element alone.
 *
 * @property {MfaClient | undefined} client - A client for this element alone, instead of the provider's (not an attribute).
 *
 * @cssstate loading - The methods are being read.
 * @cssstate ready - The methods are shown.
 * @cssstate saving - A new default is being saved (not while the host re-authenticates the user: nothing is in flight then).
 * @cssstate saved - The endpoint saved the new default, which is still the default (settings read since may bring another) and still selected.
 * @cssstate error - Loading or saving failed.
 * @cssstate empty - No method is registered yet.
 *
 * @event {MfaMethodChangeRequestEvent} mfa-method-change-request - The user asked to save a new default (`detail: { method, previous }`); nothing is sent yet. Cancelable: `preventDefault()` vetoes and keeps the choice selected.
 * @event {MfaMethodChangeEvent} mfa-method-change - The endpoint confirmed the new default (`detail: { method, previous }`), by its answer or, when the save got none, by the settings read again.
 * @event {MfaMethodSetupRequestEvent} mfa-method-setup-request - The user asked to set up a method that is allowed but not registered (`detail: { method, slot? }`): open the matching editor.
 * @event {MfaReauthRequiredEvent} mfa-reauth-required - Saving needs a fresh sign-in; call `preventDefault()` to step the user up, then `detail.retry()` (or `detail.cancel()` if they give up).
 * @event {MfaErrorEvent} mfa-error - Loading or saving failed (machine code only).
 *
 * @csspart base - The wrapper.
 * @csspart heading - The headings: "Default sign-in method" (the legend of the choices) and "Methods you can set up".
 * @csspart list - The fieldset holding the methods the user can choose.
 * @csspart row - One method (to choose, or to set up).
 * @csspart row-label - The method's name.
 * @csspart row-detail - What the method uses (masked phone number, app names), and its marks.
 * @csspart current - The "Current default" mark on the saved default.
 * @csspart notice - The notice that text and voice methods are less secure.
 * @csspart save-button - The Save button.
 * @csspart setup-list - The methods that can be set up.
 * @csspart setup-button - A "Set up" button.
 * @csspart empty - The message shown when nothing is registered yet.
 * @csspart status - The live region for progress and confirmations.
 * @csspart error - The alert regions for what went wrong, the load's and the save's, each with its retry button.
 * @csspart button - Every button that looks like one: Save, Set up, Try again. `primary` names Save too.
 * @csspart primary - The button of the main action: Save.
 * @csspart link - A button that looks like a link: "Set up an authenticator app".
 *
 * @cssproperty [--mfa-method-picker-gap=var(--mfa-space-s)] Space between rows.
 * @cssproperty [--mfa-method-picker-row-background=var(--mfa-color-surface-raised)] Background of a row.
 * @cssproperty [--mfa-method-picker-row-padding=var(--mfa-space-s) var(--mfa-space-m)] Padding of a row.
 * @cssproperty [--mfa-method-picker-row-radius=var(--mfa-radius)] Corner radius of a row.
 * @cssproperty [--mfa-method-picker-selected-border=var(--mfa-color-primary)] Border of the selected row.
 */
export class MfaMethodPicker extends MfaElement {
  static override styles = [themeTokens, controlStyles, headingStyles, choiceStyles, methodPickerStyles];
  protected static override strings = [methodPickerStrings, actionStrings];
  // The reactive properties are declared in this one table rather than with Lit's decorators:
  // each decorated field compiled to a call of TypeScript's decorator helper, longer than its entry
  // here. Each field below keeps its doc comment. A state is never an attribute: Lit links none to
  // it, and the manifest lists none (custom-elements-manifest.config.mjs).
  static override properties = {
    choice: { state: true },
    attempted: { state: true },
    note: { state: true },
    mark: { state: true },
  };

  #wasOffline = false;
  /** The saved default when the current save was asked for. */
  #previous: MethodId | null = null;
  /** The last confirmed answer already applied. */
  #applied: DefaultMethodResult | undefined;
  /** The method whose radio had the focus when this render began (see `updated`). */
  #focused: string | undefined;
  /** The save's failure last seen (see `willUpdate`). */
  #failure: unknown;
  /**
   * A save had no answer (a timeout, the network): the endpoint may have made the change or not,
   * and no settings read since says which is the default.
   */
  #unsure = false;

  readonly #settings = this.settingsResource();

  readonly #save = new ActionController<[MethodId], DefaultMethodResult>(this, {
    operation: 'setDefaultMethod',
    send: (options, method) => this.requireClient().setDefaultMethod(method, options),
  });

  /** The user's pending choice; undefined while the saved default is selected. */
  private choice: MethodId | undefined;
  /** The method of the last save the user asked for. */
  private attempted: MethodId | undefined;
  private note: Note;
  /** The note is said again: marked so that its region changes (see `sayAgain`). */
  private mark: boolean | undefined;

  constructor() {
    super();
    // `status` as a CSS custom state, for styling such as `:state(saving)`.
    new CustomStateController(this, this.attachInternals(), () => this.status);
  }

  /** Read-only. `loading`, `ready`, `saving`, `saved`, `error` (loading or saving failed) or `empty` (nothing registered). */
  get status(): MethodPickerStatus {
    const summary = this.#settings.value;
    return pickerStatus({
      hasClient: this.clientExpected,
      load: this.#settings.status,
      summary,
      save: this.#save.status,
      // The method saved is still the default, and still selected: the settings read since (another
      // page, another element's change) may have moved the default.
      selectionSaved: summary !== undefined && selectedMethod(summary, this.choice) === summary.defaultMethod && this.#save.result?.defaultMethod === summary.defaultMethod,
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // "Choose a method first." goes once a method is selected again (the settings, read again,
    // bring a default): the choice it asked for is no longer missing.
    const summary = this.#settings.value;
    if (this.note === 'choose' && summary && selectedMethod(summary, this.choice)) this.note = undefined;
    // A failed save, whoever ran it (this click or a reauth retry), as a success below. With no
    // answer, it may have been made: the settings are read again to find out (the "Current default"
    // mark is not shown meanwhile, nor while they cannot be read). Read, they say: the method asked
    // for is the default, saved as an answer would have said; or it is not, and the alert says it
    // was not changed. Refused (a method no longer set up or allowed), the endpoint knows better
    // what is registered: they are read again, and the focus goes to the refused choice. Under a
    // provider the whole page reads again (the picker with it): what the others show is as out of date.
    const error = this.#save.error;
    if (error !== this.#failure) {
      this.#failure = error;
      if (isUnanswered(error)) {
        this.#unsure = true;
        void this.#settings.reload();
      } else if (isMfaError(error, 'validation')) {
        if (this.mfaContext) this.notifyChange();
        else void this.#settings.reload();
        void this.#focusInvalid();
      }
    } else if (this.#unsure && this.#settings.status === 'ready') {
      this.#unsure = false;
      if (this.#save.status === 'error' && summary!.defaultMethod === this.attempted) {
        Object.assign(this.#save, { status: 'success', error: undefined, result: summary });
      }
    }
    const result = this.#save.result;
    if (this.#save.status === 'success' && result && result !== this.#applied) {
      this.#applied = result;
      this.#applyConfirmed(result);
    }
    // Online again after being offline: say so once (the Save button is usable again).
    if (this.#save.offline) this.#wasOffline = true;
    else if (this.#wasOffline) {
      this.#wasOffline = false;
      this.note = 'back-online';
      if (this.#unsure) void this.#settings.reload();
    }
    const active = this.shadowRoot?.activeElement as HTMLInputElement | null | undefined;
    this.#focused = active?.name === 'method' ? active.value : undefined;
  }

  protected override updated(): void {
    // The radio checked is the choice, whatever changed either since the last render (a script, the
    // user): what Lit's live() would do for a bound value, without its code. The template binds it
    // too, so what loads is checked when the load's focus rule (ResourceController) looks for it.
    const summary = this.#settings.value;
    const selected = summary && selectedMethod(summary, this.choice);
    const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>('[name=method]')];
    for (const radio of radios) radio.checked = radio.value === selected;
    // The rows are not keyed (a keyed list costs more than this): a reload that adds or removes a
    // method gives a radio another method, or takes it away, focus and all. The focus stays with its
    // method, else goes to the checked one (the saved default, or the choice still there), never to
    // a method the user did not choose.
    const had = this.#focused;
    if (had && (this.shadowRoot!.activeElement as HTMLInputElement | null)?.value !== had) {
      (radios.find((radio) => radio.value === had) ?? radios.find((radio) => radio.checked))?.focus();
    }
  }

  #onChoose(event: Event): void {
    const method = (event.target as HTMLInputElement).value as MethodId;
    this.choice = method === this.#settings.value?.defaultMethod ? undefined : method;
    this.note = undefined;
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.#onSave();
  }

  #onSave(): void {
    const summary = this.#settings.value;
    if (this.#save.blocked || !summary) return;
    const method = selectedMethod(summary, this.choice);
    const previous = summary.defaultMethod;
    // None chosen: an error of the whole group, said by the save's alert, which describes each
    // radio, marked invalid; the focus goes to the first, as to a refused choice (see `willUpdate`).
    if (!method) {
      this.#say('choose');
      return void this.#focusInvalid();
    }
    if (method === previous) {
      this.#say('unchanged');
      return;
    }
    const request = new MfaMethodChangeRequestEvent({ method, previous });
    this.dispatchEvent(request);
    if (request.defaultPrevented) return;
    this.note = undefined;
    this.attempted = method;
    this.#previous = previous;
    // Success and failure are applied in willUpdate, whoever ran the save: this click or a reauth retry.
    void this.#save.run(method);
  }

  /** The endpoint confirmed a save: its answer is the saved default from now on. */
  #applyConfirmed(result: DefaultMethodResult): void {
    if (!this.#settings.value) return;
    confirmChange(this.#settings, { defaultMethod: result.defaultMethod });
    if (this.choice === result.defaultMethod) this.choice = undefined;
    this.dispatchEvent(new MfaMethodChangeEvent({ method: result.defaultMethod, previous: this.#previous }));
    this.notifyChange();
  }

  async #focusInvalid(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus();
  }

  #onSetup(method: MethodId): void {
    const slot = phoneSlotOf(method);
    this.dispatchEvent(new MfaMethodSetupRequestEvent(slot ? { method, slot } : { method }));
  }

  /**
   * Forgets why the last save failed, for a host that hides the picker (a disclosure closed): shown
   * again, it does not show or say that failure again. A rate limit's, while its wait runs, stays
   * with Save unavailable; once it is over, "You can try again now" goes too. A save in flight, or
   * waiting for the host's re-authentication, goes on. Offline, the failure goes too: the status
   * line says the browser is offline.
   */
  clearSaveError(): void {
    const save = this.#save;
    if ((save.status === 'error' && !save.rateLimited) || save.waitOver) save.reset();
  }

  /** Loads the settings again, for example after the host changed them elsewhere. */
  reload(): Promise<void> {
    return this.#settings.reload();
  }

  /** Says `note`, again if it is said already: a second press of Save is heard as the first. */
  #say(note: Note): void {
    this.mark = note === this.note && !this.mark;
    this.note = note;
  }

  protected override render(): TemplateResult {
    const l = this.localizer;
    const summary = this.#settings.value;
    const status = this.status;
    const rows = summary ? pickerRows(summary) : undefined;
    const onSetup = (method: MethodId) => this.#onSetup(method);
    // The live regions stay in place in every state, right below Save, so changes are announced. A
    // failed load and a failed save each have their own alert: a save sent or failed again changes
    // only its own, and the load's failure, still so, is not said again with it.
    return html`
      <div part="base" class="base" dir=${l.dir} lang=${l.lang} aria-busy=${status === 'loading'}>
        ${summary && rows ? this.#renderChoices(summary, rows, status) : nothing}
        <p part="status" role="status" id="status">${this.#statusText(status)}</p>
        ${renderErrorRegion(this.#loadFailure(), this.#retryButton())}
        ${renderErrorRegion(this.#saveFailure(), this.#saveRetry(), 'save-')}
        ${rows?.restricted ? renderNotice(l, rows.appsAllowed, rows.appSetup, onSetup) : nothing}
        ${rows && rows.setup.length > 0 ? renderSetup(l, rows.setup, onSetup) : nothing}
      </div>
    `;
  }

  #renderChoices(summary: SettingsSummary, rows: PickerRows, status: MethodPickerStatus): TemplateResult {
    const l = this.localizer;
    if (status === 'empty') return html`<p part="empty">${l.term('methodPickerEmpty')}</p>`;
    const selected = selectedMethod(summary, this.choice);
    // A rate limit's wait is said once: counted down in the alert, which then describes Save, or
    // beside Save while the alert says something else (there is no client any more); see `#errorText`.
    const alerted = this.#save.rateLimited && Boolean(this.activeClient);
    const wait = alerted ? 0 : this.#save.retryAfterSeconds;
    const error = this.#save.error;
    // The refused choice is marked invalid and described by the error.
    const invalid = isMfaError(error, 'validation') ? this.attempted : undefined;
    const none = this.note === 'choose';
    // In a form, as a native one is: Enter on a radio saves, as Save does.
    return html`
      <form novalidate @submit=${this.#onSubmit}>
        <fieldset part="list">
          <legend part="heading">${l.term('defaultMethodLabel')}</legend>
          ${rows.choices.map((row) =>
            renderChoice(l, row, { selected, saved: this.#unsure ? null : summary.defaultMethod, invalid: none || invalid === row.method, onChoose: this.#onChoose }),
          )}
        </fieldset>
        <div class="actions">
          <button
            part="button primary save-button"
            type="submit"
            aria-disabled=${this.#save.blocked}
            aria-describedby=${alerted ? 'save-wait' : wait > 0 ? 'retry-in' : this.#save.blocked ? 'status' : nothing}
          >
            ${l.term('save')}
          </button>
          ${wait > 0 ? html`<span class="hint" id="retry-in">${l.format('retryIn', l.duration(wait))}</span>` : nothing}
        </div>
      </form>
    `;
  }

  #statusText(status: MethodPickerStatus): string {
    const l = this.localizer;
    if (status === 'loading') return l.term('loading');
    if (this.#save.status === 'reauth') return l.term('methodPickerReauthWaiting');
    if (status === 'saving') return l.term('saving');
    if (this.#save.offline) return l.term('offline');
    if (this.note === 'back-online') return l.term('backOnline');
    if (this.#save.waitOver) return l.term('retryNow');
    if (this.note === 'unchanged') return sayAgain(l.term('methodPickerUnchanged'), this.mark);
    const result = this.#save.result;
    if (status === 'saved' && result) return l.format('methodPickerSaved', l.methodName(result.defaultMethod));
    return '';
  }

  /** The load's alert; `countdown`: while a rate limit's wait runs, the copy seen in its place. */
  #loadFailure(): { text: string; countdown?: string } {
    const l = this.localizer;
    if (!this.clientExpected) return { text: l.term('noClient') };
    return this.#settings.status === 'error' ? failureAlert(l, this.#settings, l.term('methodPickerLoadFailed')) : { text: '' };
  }

  /** The save's alert, as `#loadFailure`. */
  #saveFailure(): { text: string; countdown?: string } {
    const l = this.localizer;
    if (this.note === 'choose') return { text: sayAgain(l.term('methodPickerChoose'), this.mark) };
    if (this.#save.status !== 'error') return { text: '' };
    // A rate limit's refusal is said as every failed request's is; the others in the picker's words.
    if (this.#save.rateLimited) return failureAlert(l, this.#save, l.term('methodPickerSaveFailed'));
    // No answer, and the settings read again failed too: the load's alert above says why, once
    // (and while Try again reads them, the alert's words do not change, to be said again).
    if (this.#unsure && this.#settings.error) return { text: l.term('methodPickerSaveUnsure') };
    return { text: saveFailureMessage(l, this.#save.error, this.#unsure) };
  }

  #retryButton(): TemplateResult | typeof nothing {
    const l = this.localizer;
    const settings = this.#settings;
    // During a rate limit's wait Retry stays in place, unavailable and described by the countdown;
    // the settings load again by themselves when it is over (`reload()` does nothing until then).
    return this.activeClient && settings.status === 'error' ? loadRetryButton(l, settings.rateLimited, () => settings.reload()) : nothing;
  }

  #saveRetry(): TemplateResult | typeof nothing {
    const l = this.localizer;
    // The host did not step the user up: once the user has signed in again, they retry here. The
    // button goes as the save runs again: the focus goes to Save, which says it runs.
    if (this.#save.status === 'error' && isMfaError(this.#save.error, 'reauth-required')) {
      const retry = () => {
        this.renderRoot.querySelector<HTMLElement>('[part~=save-button]')?.focus();
        this.#onSave();
      };
      return html`<button part="button" type="button" @click=${retry}>${l.term('retry')}</button>`;
    }
    return nothing;
  }
}

if (!customElements.get('mfa-method-picker')) customElements.define('mfa-method-picker', MfaMethodPicker);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-method-picker': MfaMethodPicker;
  }
}
