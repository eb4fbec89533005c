import { type TemplateResult, html, nothing } from 'lit';
import type { MfaClient } from '../../core/client.js';
import { composing } from '../../core/composing.js';
import { type Say, isolateName } from '../../core/localize.js';
import { dialogStyles } from '../../core/dialog-styles.js';
// Out of order on purpose: here, the bundle places this sheet within gzip's reach (32 KB) of the
// app passwords' like rules.
import { securityInfoStyles } from './security-info.styles.js';
import { sayAgain } from '../../core/say-again.js';
import { MfaElement } from '../../core/mfa-element.js';
import { ModalDialog } from '../../core/modal-dialog.js';
import { isUnanswered } from '../../core/errors.js';
import { confirmChange } from '../../core/resource.js';
import { controlStyles } from '../../core/styles.js';
import { themeTokens } from '../../core/theme.js';
import type { MfaErrorEvent } from '../../core/events.js';
import type { SettingsSummary } from '../../core/types.js';
import { methodPickerStrings } from '../../locales/en/method-picker.js';
import { securityInfoStrings } from '../../locales/en/security-info.js';
import { actionStrings } from '../../locales/en/actions.js';
import { appPasswordsStrings } from '../../locales/en/app-passwords.js';
import { authenticatorListStrings } from '../../locales/en/authenticator-list.js';
import '../app-passwords/app-passwords.js';
import '../authenticator-enroll/authenticator-enroll.js';
import '../authenticator-list/authenticator-list.js';
import '../method-picker/method-picker.js';
import type { MfaMethodChangeEvent, MfaMethodSetupRequestEvent } from '../method-picker/method-picker.js';
import '../phone-editor/phone-editor.js';
import type { MfaPhoneEditor, MfaPhoneRemoveEvent } from '../phone-editor/phone-editor.js';
import { EXPORT_PARTS } from './security-info-parts.js';
import { type AddOption, type SetupPreset, optionForMethod, presetForMethod, sections } from './security-info-sections.js';
import { AddDialog, type AddDialogHost } from './security-info-dialog.js';
import { RegisterAgain, addedName } from './security-info-register-again.js';
import {
  renderChoices,
  renderDefaultMethod,
  renderLoadError,
  renderSections,
  renderSetup,
} from './security-info.render.js';

export type { AddOption } from './security-info-sections.js';

/** Events from the inner elements that finish what the dialog was opened for. */
const DIALOG_DONE = 'mfa-phone-change mfa-authenticator-added mfa-enrollment-cancel'.split(' ');


/**
 * @summary The whole "Security info" page in one element: the default sign-in method and the
 * registered methods at a glance, with adding, changing and removing each one.
 *
 * It composes the other elements (method picker, phone editors, authenticator list and enrollment,
 * app passwords), so their events bubble to the host unchanged. Which sections appear follows the
 * endpoint's policy. A user with nothing registered sees the method picker's list of methods to set
 * up; once something is, "Add sign-in method" takes its place, and the default method's Change
 * shows the picker below it (a disclosure; Escape in the picker hides it again and gives Change the
 * focus; a save that fails once it is hidden shows it again, with why). Adding a method opens an accessible modal dialog (focus stays inside, the page behind does not scroll, Escape or the
 * set-up's Cancel closes it, focus returns to the button that opened it). With something typed in it, or an app's
 * QR code shown, the first Escape (or back gesture) only says that closing again discards it. An added or removed method, and a saved
 * default, are said in the status line, which takes the focus from what they remove (read once, as
 * what has the focus; a live region when the focus is elsewhere, in the page or around it). A save of the default that gets no answer
 * may have been made: until the settings read again say, the default line names no method, only that
 * they are loading (the picker marks none current). When an administrator has
 * required the user to provide contact methods again, the element says why and leads the user
 * through registering before anything else (Cancel in a step starts it again; once done, the
 * status line says so). Place it inside `<mfa-provider>`: the elements it holds find their client
 * and tell each other about changes through it. Unlike the others, it takes no client of its own
 * (give yours to the provider); without a provider it says so.
 *
 * Its colours, font, spacing, radius and focus ring come from the shared `--mfa-*` tokens,
 * listed on `<mfa-provider>` and set anywhere above the element; the CSS properties below tune
 * this element alone.
 *
 * @slot header - Replaces the default heading (an `h2`: the sections below are `h3`) and introduction; give it an `h2`.
 * @slot help - Help text or links below the sections (a portal's support contact, for example).
 *
 * @event {MfaMethodChangeRequestEvent} mfa-method-change-request - From the method picker: the user asked to save a new default; nothing is sent yet. Cancelable: `preventDefault()` vetoes.
 * @event {MfaMethodChangeEvent} mfa-method-change - From the method picker: the endpoint confirmed a new default.
 * @event {MfaMethodSetupRequestEvent} mfa-method-setup-request - From the method picker: the user asked to set up a method not registered yet; this element opens its set-up, started as asked (a push app, a call).
 * @event {MfaPhoneChangeEvent} mfa-phone-change - From a phone editor: a verified number was saved.
 * @event {MfaPhoneRemoveEvent} mfa-phone-remove - From a phone editor: the endpoint removed the phone.
 * @event {MfaAuthenticatorAddedEvent} mfa-authenticator-added - From the enrollment: an authenticator app was set up.
 * @event {MfaEnrollmentCancelEvent} mfa-enrollment-cancel - From the enrollment: the user cancelled a set-up.
 * @event {MfaAuthenticatorRenameEvent} mfa-authenticator-rename - From the authenticator list: the endpoint renamed an app.
 * @event {MfaAuthenticatorRemoveEvent} mfa-authenticator-remove - From the authenticator list: the endpoint removed an app the user confirmed removing.
 * @event {MfaAppPasswordCreateEvent} mfa-app-password-create - From the app passwords: the endpoint created one (never the password).
 * @event {MfaAppPasswordRevokeEvent} mfa-app-password-revoke - From the app passwords: the endpoint revoked one.
 * @event {MfaReauthRequiredEvent} mfa-reauth-required - From any inner element: the endpoint wants a fresh sign-in.
 * @event {MfaErrorEvent} mfa-error - From any inner element: a request failed (code only).
 *
 * @csspart base - The wrapper.
 * @csspart header - The default heading and introduction.
 * @csspart heading - Every heading of its own: the page's (in `header`), each section's (also `section-title`), each phone's in the Phones section (also `phone-editor-title`, the name the editor's own title, left out there, had), the dialog's, its legend, and those of registering again. The elements inside have theirs (`method-picker-heading`…).
 * @csspart register-again - The notice and steps shown when the user must register again.
 * @csspart default-method - The default sign-in method line, with its Change button.
 * @csspart add-button - The "Add sign-in method" button, once something is registered (until then the method picker's "Set up" list is the way to add).
 * @csspart section - Each section (phones, authenticator apps, app passwords).
 * @csspart section-title - A section's heading.
 * @csspart method-picker-… - Every part of the inner `<mfa-method-picker>`, prefixed: `method-picker-save-button`, `method-picker-row`…
 * @csspart phone-editor-… - Every part of the inner `<mfa-phone-editor>`s, prefixed: `phone-editor-number`, `phone-editor-code`, `phone-editor-code-input-input`…
 * @csspart authenticator-list-… - Every part of the inner `<mfa-authenticator-list>`, prefixed: `authenticator-list-item`…
 * @csspart authenticator-enroll-… - Every part of the inner `<mfa-authenticator-enroll>`, prefixed: `authenticator-enroll-qr`, `authenticator-enroll-code-input-input`…
 * @csspart app-passwords-… - Every part of the inner `<mfa-app-passwords>`, prefixed: `app-passwords-create-button`…
 * @csspart dialog - The modal dialog for adding a method.
 * @csspart close-button - The dialog's ×, which closes it (a `link` too).
 * @csspart option - Each method the dialog offers to add: its radio and its name.
 * @csspart field-error - In the dialog, "Choose a method first" when Next is pressed with none chosen (as user admin's).
 * @csspart dialog-note - In the dialog, under its heading: why it did not close (a code is being checked), or what closing again does.
 * @csspart status - The line that says completed changes: it takes the focus with them, else it is a live region.
 * @csspart error - Why the settings could not be loaded, with a retry (which loads every element under the provider again, those inside included); above what was read before when loading them again failed.
 * @csspart button - Every button that looks like one: Add sign-in method, and Next, Cancel in its dialog, Try again. `primary` names some of them too. The buttons of the elements inside have theirs (`phone-editor-button`…).
 * @csspart primary - The button of the main action: Add sign-in method, Next.
 * @csspart link - A button that looks like a link: Change (the default method), and × that closes the dialog.
 *
 * @cssproperty [--mfa-security-info-gap=var(--mfa-space-l)] Space between sections.
 * @cssproperty [--mfa-security-info-section-background=var(--mfa-color-surface)] Background of a section.
 * @cssproperty [--mfa-security-info-section-border=var(--mfa-color-border)] Border of a section.
 * @cssproperty [--mfa-security-info-dialog-width=36rem] Largest width of the dialog.
 */
export class MfaSecurityInfo extends MfaElement {
  static override styles = [themeTokens, controlStyles, dialogStyles, securityInfoStyles];
  // The method picker's table names the methods (the default method shown); the authenticator
  // list's and the app passwords' say a removal whose section went (see `willUpdate`), also in a
  // locale the page switches to once they have gone.
  protected static override strings = [securityInfoStrings, methodPickerStrings, actionStrings, authenticatorListStrings, appPasswordsStrings];
  // The reactive properties are declared in this one table rather than with Lit's decorators:
  // each decorated field compiled to a call of TypeScript's decorator helper, longer than its entry
  // here. Each field below keeps its doc comment. A state is never an attribute: Lit links none to
  // it, and the manifest lists none (custom-elements-manifest.config.mjs).
  static override properties = {
    adding: { state: true },
    choice: { state: true },
    asked: { state: true },
    preset: { state: true },
    pickerOpen: { state: true },
    announcement: { state: true },
  };

  #opener: HTMLElement | undefined;
  /** Set when the dialog closes because a method was added (see #onDialogClose). */
  #statusAfterClose = false;
  /**
   * The status line takes the focus with what it says: it is not live then (`aria-live="off"`), or a
   * screen reader would read it twice, as a change and as what has the focus. Said without the focus
   * (a step of registering again cancelled, the focus kept in the step; the focus elsewhere on the
   * page), it is the polite live region its role makes it. It is named by its own words
   * (`aria-labelledby` itself): a status takes no name from its content, and a screen reader may
   * say nothing of a focused line with no name.
   */
  #statusFocused = false;
  /**
   * The element that said a removal itself, the settings then, whether it was an app (else an app
   * password), and its name (see `#onSaidInside`).
   */
  #removedIn: [Element, SettingsSummary | undefined, boolean, string] | undefined;
  /** The status line says the same words again (see `#announce`). */
  #again = false;
  /** A save of the default got no answer, and the settings read again since have not come (see `#onSaveError`). */
  #defaultUnsure = false;

  readonly #settings = this.settingsResource();
  readonly #registerAgain = new RegisterAgain(
    this,
    () => this.#settings.value,
    (say, going) => this.#announce(say, going),
  );
  /** The dialog's frame, and when it may close (it reads `adding`, see `AddDialogHost`). */
  readonly #addDialog = new AddDialog(this as unknown as AddDialogHost, () => this.#dialog);

  // The states' first values are set here, not where they are declared: an initializer of a field
  // that is not private (`#`) moves every private one's into the constructor too.
  constructor() {
    super();
    this.preset = {};
    this.pickerOpen = false;
    // The dialog stays modal, with what it shows, when a host's script moves the element while it is open.
    new ModalDialog(this, () => this.#dialog);
  }

  // A getter rather than `@query`, as in every element: the bundle leaves the decorator's code out.
  get #dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  /** What the dialog shows: the choice of method, then the element that adds it. */
  private adding: 'choose' | AddOption | undefined;
  /** What `add()` was asked to open (nothing: the choice), until it could (see there). */
  #asked: [AddOption?] | undefined;
  /** The choice in the dialog's first step. */
  private choice: AddOption | undefined;
  /** How many times Next (or Enter) was pressed in the first step with no choice: said each time. */
  private asked: number | undefined;
  /** What the method picker's set-up request asked for (a push app, a call); empty otherwise. */
  private preset: SetupPreset;
  private pickerOpen: boolean;
  /**
   * The last completed change, announced in the status region; rendered in the locale of the
   * moment, so a page switched to another language does not keep it in the first.
   */
  private announcement: Say | undefined;

  /** The provider's client only: the sections inside could not use the element's own. */
  protected override get activeClient(): MfaClient | undefined {
    return this.mfaContext?.client;
  }

  /**
   * Opens the dialog that adds a method: the choice, or straight to one method. Called before the
   * settings are read (as the page loads, by a host opening it from a link), it opens once they
   * are: after a failed load, once Try again has read them. A method the user cannot add now (one
   * registered already, one the policy does not allow, a value that is none) opens the choice
   * instead, and the console says what can be added; with nothing left to add, or while the user
   * registers again (the page shows the steps), nothing opens and the console says why.
   */
  add(option?: AddOption): void {
    this.#asked = [option];
    this.#openAsked();
  }

  /** Opens what `add()` asked for, once the settings are read and the dialog drawn. */
  #openAsked(): void {
    const summary = this.#settings.value;
    if (!this.#asked || !summary || !this.hasUpdated) return;
    const [asked] = this.#asked;
    this.#asked = undefined;
    const { addOptions, registerAgain } = sections(summary);
    const known = addOptions.includes(asked!);
    const open = addOptions.length > 0 && !registerAgain;
    if (open) this.#open(known ? asked! : 'choose', {});
    if (!open || (!known && asked)) {
      console.warn(`mfa-elements: add(${asked ? `"${asked}"` : ''}): the user can add ${open ? addOptions.join(', ') : 'nothing now, or registers again'}.`);
    }
  }

  /**
   * Loads the settings again (every inner element reloads itself after a change). Its own only: the
   * provider's `refresh()` loads the elements inside again too, as Try again does.
   */
  reload(): Promise<void> {
    return this.#settings.reload();
  }

  /**
   * Try again, after loading the settings failed: the elements inside, which read the same endpoint
   * and as a rule failed with it, load again too, as does every element under the provider (its
   * `refresh()`), so none is left saying it could not load. While a rate limit's wait runs, Try
   * again is unavailable and does nothing.
   */
  #retry = (): void => {
    if (this.#settings.rateLimited) return;
    if (this.mfaContext) this.notifyChange();
    else void this.reload();
  };

  #open(adding: 'choose' | AddOption, preset: SetupPreset): void {
    this.#opener ??= (this.renderRoot as ShadowRoot).activeElement as HTMLElement | undefined;
    this.adding = adding;
    this.preset = preset;
    this.choice = this.asked = undefined;
    this.#addDialog.begin();
    if (!this.#dialog.open) this.#dialog.showModal();
    void this.updateComplete.then(() => this.#startInner());
  }

  #startInner(): void {
    const editor = this.#dialog.querySelector('mfa-phone-editor');
    if (editor) {
      void editor.updateComplete.then(() => editor.edit());
      return;
    }
    // Into the enrollment's shadow root: its first field, not the dialog's × (where showModal() put
    // the focus while the enrollment was not drawn yet, so an Enter closed the dialog).
    const enroll = this.#dialog.querySelector('mfa-authenticator-enroll');
    if (enroll) {
      void enroll.updateComplete.then(() => enroll.focus());
      return;
    }
    // The first step: its first choice, not the dialog's × (where showModal() put the focus, so a
    // habitual Enter closed the dialog).
    this.#dialog.querySelector('input')?.focus();
  }

  #onDialogClose(): void {
    // Closed with an app's set-up under way (×, Escape, Cancel): it ends on the endpoint too, or a
    // push app could still activate it with nobody told.
    this.#dialog.querySelector('mfa-authenticator-enroll')?.cancel();
    this.adding = undefined;
    // After a method was added, the confirmation has the focus already (see #onDialogDone); else
    // back to the button that opened the dialog (native dialogs restore focus only sometimes).
    if (!this.#statusAfterClose) this.#opener?.focus();
    this.#statusAfterClose = false;
    this.#opener = undefined;
  }

  #onDialogDone = (event: Event): void => {
    if (event.type !== 'mfa-enrollment-cancel') {
      this.announcement = (l) => l.format('securityInfoAdded', addedName(l, event));
      this.#statusFocused = this.#statusAfterClose = true;
    }
    this.#dialog.close();
    // After a method was added, the focus goes to the confirmation rather than back to the opener
    // ("Add", "Set up"): an Enter pressed out of habit after the last code digit must not open the
    // dialog again. It moves here, at once, not on the close event a task later: close() has given
    // the opener the focus, and a key pressed in between would press it.
    if (this.#statusAfterClose) void this.#focusStatus();
  };

  /**
   * A phone's section goes when its phone is removed, and with it the editor's own confirmation
   * and the focused button: the page says it instead, and takes the focus if the editor had it.
   */
  #onPhoneRemoved(event: MfaPhoneRemoveEvent): void {
    // From the editor (whose section may go with the phone), or from the page's body, as the editor
    // gives its own Add the focus: not from where the user went meanwhile.
    this.#announce((l) => l.format('securityInfoRemoved', l.slotName(event.detail.slot)), event.target as Element);
  }

  /**
   * A change an element in the sections says itself (a renamed or removed app, an app password, a
   * phone changed in place): the page's status, of an earlier change, goes rather than stay beside it.
   * The last app or app password removed where the policy allows no more takes its section away
   * (see `sections`), once the settings are read again, and with it what the element said and the
   * focus it held: the page says it then, as it says a removed phone (see `willUpdate`).
   */
  #onSaidInside(event: CustomEvent<{ name?: string }>): void {
    this.announcement = undefined;
    const { type, detail } = event;
    this.#removedIn = /remove$|revoke$/.test(type) ? [event.target as Element, this.#settings.value, type === 'mfa-authenticator-remove', detail.name!] : undefined;
  }

  /**
   * Escape in the open picker closes it, as Change does, and the focus goes back to Change (a
   * disclosure's pattern); the page's own listeners do not see it. Not while an input method composes.
   */
  #onPickerKeydown(event: KeyboardEvent): void {
    const change = this.renderRoot.querySelector<HTMLElement>('#change-default');
    // Without Change (nothing registered), the picker is not a disclosure: it stays.
    if (event.key !== 'Escape' || composing(event) || !this.pickerOpen || !change) return;
    event.stopPropagation();
    this.#togglePicker();
    change.focus();
  }

  /**
   * Shows or hides the method picker. Hidden, it forgets a failed save: shown again, it does not
   * show that failure, nor say it again (an alert shown is read again).
   */
  #togglePicker(): void {
    if (this.pickerOpen) this.renderRoot.querySelector('mfa-method-picker')?.clearSaveError();
    this.pickerOpen = !this.pickerOpen;
  }

  /**
   * A new default was saved (by Save, or by the host's retry after re-authentication): the picker
   * closes, and with it goes the focused Save button. As for an added or removed method, the page
   * says it in the status line, which takes the focus. The default line shows the new method with
   * it, not after the settings are read again.
   */
  #onDefaultSaved(event: MfaMethodChangeEvent): void {
    this.pickerOpen = false;
    // Known now, also while the page's own read after a save with no answer is still on its way.
    this.#defaultUnsure = false;
    confirmChange(this.#settings, { defaultMethod: event.detail.method });
    this.#announce((l) => l.term('securityInfoDefaultSaved'), event.target as Element);
  }

  /**
   * Says what changed in the status line. With `going` (what the change removes or hides: the picker,
   * the steps of registering again, a phone's editor), the line takes the focus if it was there, or fell to the page's body with
   * it; focus the user took elsewhere meanwhile, in the page (an app password's name being typed,
   * while a default was being saved) or around it (the host's sign-in dialog), stays there, and the
   * line says it as a live region.
   */
  #announce(say: Say, going?: Element | null): void {
    const active = document.activeElement;
    this.#statusFocused = !!going && (going.matches(':focus-within') || !active || active === document.body);
    // The same words again (a second default saved), said by the live line: marked every other
    // time, so the line changes and says them (see `sayAgain`).
    const l = this.localizer;
    this.#again = say(l) === this.announcement?.(l) && !this.#again;
    this.announcement = say;
    if (this.#statusFocused) void this.#focusStatus();
  }

  async #focusStatus(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part~="status"]')?.focus();
  }

  /** "Set up …" in the method picker: the set-up of that method, started as it asked (a push app, a call). */
  #onSetupRequest(event: MfaMethodSetupRequestEvent): void {
    this.#opener = event.composedPath()[0] as HTMLElement;
    this.#open(optionForMethod(event.detail.method), presetForMethod(event.detail.method));
  }

  /**
   * The method picker's save got no answer (a timeout, the network, a gateway's 502 or 504, a
   * success that could not be read: what `isUnanswered` tells, from the event's detail): the endpoint
   * may have made the change or not. The picker reads the settings again and marks no method current
   * until they come; the page reads them again too, and its default line says they are loading rather
   * than name a default that may be false. A change the picker then finds is applied as any save.
   * Any failed save shows the picker again, closed while the save was on its way: hidden, its alert
   * said nothing of the failure; shown, it says it, and the choice is there to save again. The focus
   * stays where the user went.
   */
  #onSaveError(event: MfaErrorEvent): void {
    if (event.detail.operation !== 'setDefaultMethod') return;
    this.pickerOpen = true;
    if (isUnanswered(event.detail)) {
      this.#defaultUnsure = true;
      void this.#settings.reload();
    }
  }

  protected override willUpdate(): void {
    // The settings read again have come (or could not be read: the alert says what is shown may be out of date).
    if (this.#settings.status !== 'loading') this.#defaultUnsure = false;
    // The settings have come: what `add()` asked for before them opens.
    this.#openAsked();
    // Read again since a removal an element said (see `#onSaidInside`): its section goes with it, or
    // stays, and the element has said it. A change the page said since (a phone removed, a method
    // added), while the settings read after the removal was slow or failed, is the newer: it stays.
    if (this.announcement) this.#removedIn = undefined;
    const removed = this.#removedIn;
    const value = this.#settings.value;
    if (removed && removed[1] !== value) {
      this.#removedIn = undefined;
      const [inner, , app, name] = removed;
      if (value && !sections(value)[app ? 'showAuthenticators' : 'showAppPasswords']) {
        this.#announce((l) => l.format(app ? 'authRemoved' : 'appPasswordsRevoked', isolateName(name)), inner);
      }
    }
  }

  protected override firstUpdated(): void {
    for (const type of DIALOG_DONE) this.#dialog.addEventListener(type, this.#onDialogDone);
    this.#dialog.addEventListener('click', this.#onDialogClick);
  }

  /**
   * The phone editor's Cancel, which tells no one: back at its summary ("No phone number is set
   * up. Add"), the dialog has nothing left to do there, and closes (the focus back on its opener),
   * as after the app set-up's Cancel.
   */
  #onDialogClick = (event: Event): void => {
    const editor = event.target as MfaPhoneEditor;
    // Its Cancel alone: not its Try again, when it could not read the settings, nor a click on its
    // text while it reads them.
    if (editor.localName === 'mfa-phone-editor' && (event.composedPath()[0] as Element).id === 'cancel') {
      void editor.updateComplete.then(() => editor.step === 'viewing' && this.#dialog.close());
    }
  };

  protected override render(): TemplateResult {
    const l = this.localizer;
    const { status, value } = this.#settings;
    return html`<div part="base" dir=${l.dir} lang=${l.lang}>
      <slot name="header">
        <div part="header">
          <h2 part="heading">${l.term('securityInfoTitle')}</h2>
          <p class="hint">${l.term('securityInfoIntro')}</p>
        </div>
      </slot>
      <p part="status" role="status" id="status" aria-labelledby="status" aria-live=${this.#statusFocused ? 'off' : nothing} class="success" tabindex="-1">${sayAgain(this.announcement?.(l) ?? '', this.#again)}</p>
      ${!this.clientExpected
        ? html`<p part="error" role="alert" class="error">${l.term('noClient')}</p>`
        : [
            // In place from the start, said as it fills. Loading again after a change failed: what was
            // read before stays, said to be so.
            renderLoadError(l, this.#settings, this.#retry),
            value ? this.#renderSettings(value) : status === 'error' ? nothing : html`<p class="hint" role="status">${l.term('loading')}</p>`,
          ]}
      <slot name="help"></slot>
      ${this.#renderDialog()}
    </div>`;
  }

  #renderSettings(summary: SettingsSummary): TemplateResult {
    const l = this.localizer;
    const s = sections(summary);
    if (s.registerAgain) return this.#registerAgain.render(l, s.registerAgain);
    return html`
      ${renderDefaultMethod(l, summary, this.pickerOpen, () => this.#togglePicker(), this.#defaultUnsure)}
      <div id="picker" ?hidden=${!this.pickerOpen && summary.methods.length > 0} @keydown=${this.#onPickerKeydown}>
        <mfa-method-picker
          exportparts=${EXPORT_PARTS['method-picker']}
          @mfa-method-setup-request=${this.#onSetupRequest}
          @mfa-method-change=${this.#onDefaultSaved}
          @mfa-error=${this.#onSaveError}
        ></mfa-method-picker>
      </div>
      ${s.addOptions.length === 0
        ? html`<p class="hint">${l.term('securityInfoNothingToAdd')}</p>`
        : summary.methods.length > 0
          ? html`<div class="actions">
              <button part="button primary add-button" type="button" aria-haspopup="dialog" @click=${() => this.add()}>
                ${l.term('securityInfoAddMethod')}
              </button>
            </div>`
          : // With nothing registered, the picker shows (there is no Change) with a "Set up" for
            // each method: a button beside it that opens the same set-ups would be a second way.
            nothing}
      ${renderSections(l, s, this.#onPhoneRemoved, this.#onSaidInside)}
    `;
  }

  #renderDialog(): TemplateResult {
    const l = this.localizer;
    const options = this.#settings.value ? sections(this.#settings.value).addOptions : [];
    // The only method left to add is chosen already: Next goes on with it.
    const choice = this.choice ?? (options.length === 1 ? options[0] : undefined);
    const adding = this.adding;
    // Next with none chosen (Enter on a radio too, as in any form) says why, as the method picker's
    // Save does: an alert of the group, which stays focused (on its first radio from Next). Next is
    // never disabled, which would say nothing.
    const asked = choice ? 0 : (this.asked ?? 0);
    return this.#addDialog.render(
      l,
      this.#onDialogClose,
      adding === 'choose'
        ? html`<form
            novalidate
            @submit=${(e: Event) => {
              e.preventDefault();
              if (choice) return this.add(choice);
              this.asked = asked + 1;
              if ((this.renderRoot as ShadowRoot).activeElement?.localName !== 'input') this.#dialog.querySelector('input')?.focus();
            }}
          >
            ${renderChoices(l, options, choice, (option) => {
              this.choice = option;
            }, asked > 0)}
            <p part="field-error" class="error" role="alert" id="choose-error">${asked ? sayAgain(l.term('securityInfoChooseFirst'), asked % 2 < 1) : ''}</p>
            <div class="actions">
              <button part="button primary" type="submit">${l.term('securityInfoNext')}</button>
              <button part="button" type="button" @click=${() => this.#dialog.close()}>${l.term('cancel')}</button>
            </div>
          </form>`
        : adding
          ? renderSetup(adding, this.preset)
          : nothing,
    );
  }
}

if (!customElements.get('mfa-security-info')) customElements.define('mfa-security-info', MfaSecurityInfo);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-security-info': MfaSecurityInfo;
  }
}
