import { type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { ActionController } from '../../core/action.js';
import { CustomStateController } from '../../core/custom-state.js';
import { isMfaError, isUnanswered } from '../../core/errors.js';
import { sayAgain } from '../../core/say-again.js';
import { renderErrorRegion } from '../../core/error-region.js';
import { MfaElement } from '../../core/mfa-element.js';
import { ResourceController } from '../../core/resource.js';
import { headingStyles } from '../../core/heading-styles.js';
import { controlStyles } from '../../core/styles.js';
import { themeTokens } from '../../core/theme.js';
import type { AppPassword, AppPasswordList, CreatedAppPassword } from '../../core/types.js';
import { waitHint } from '../../core/wait-hint.js';
import { isolateName } from '../../core/localize.js';
import { appPasswordsStrings } from '../../locales/en/app-passwords.js';
import { itemErrorStrings } from '../../locales/en/item-errors.js';
import { type NameProblem, nameProblem, typedName } from '../../core/names.js';
import { type AppPasswordsEvent, type AppPasswordsView, LIST, limitState, transition } from './app-passwords-flow.js';
import { type MessagesInput, type Retries, actionFailure, actionRetry, loadFailure, loadRetry, statusText } from './app-passwords-messages.js';
import { nameErrorText, renderLimit, renderList, renderShownPanel } from './app-passwords-parts.js';
import { RevokeController } from './app-passwords-revoke.js';
import { ShownPassword } from './app-passwords-shown.js';
import { type AppPasswordsStatus, type Note, appPasswordsStatus, isPolicyRefusal, nameFieldError } from './app-passwords-state.js';
import { MfaAppPasswordCreateEvent, MfaAppPasswordRevokeEvent } from './app-passwords.events.js';
import { appPasswordsStyles } from './app-passwords.styles.js';

export * from './app-passwords.events.js';
export type { AppPasswordsStatus } from './app-passwords-state.js';


/**
 * @summary Lists the user's app passwords (for apps that cannot do two-step verification), creates
 * one (its password shown once), and revokes them.
 *
 * The new password is shown once, grouped for reading, with a Copy password button and a warning
 * that it will not be shown again; Done, removing the element (not moving it in the page) or
 * leaving the page (also for the browser's back/forward cache) forgets it. It is never put in an
 * event, an attribute, a reactive property or storage. Copied, it is on the system's clipboard, which the element cannot clear (a
 * later copy of the user's own would be lost): it stays there until the user copies something else.
 * The endpoint's limit is shown as "3 of 40 created", with a notice near it and the create form
 * disabled at it. Read the state from `status`, or style it with
 * `:state(loading|ready|empty|creating|shown|confirm-revoke|revoking|not-allowed|error)`.
 *
 * Its colours, font, spacing, radius and focus ring come from the shared `--mfa-*` tokens,
 * listed on `<mfa-provider>` and set anywhere above the element; the CSS properties below tune
 * this element alone.
 *
 * @property {MfaClient | undefined} client - A client for this element alone, instead of the provider's (not an attribute).
 *
 * @cssstate loading - The list (or the policy) is being read for the first time.
 * @cssstate ready - The list is shown.
 * @cssstate empty - There are no app passwords.
 * @cssstate creating - A new app password is being created.
 * @cssstate shown - A new password is on screen.
 * @cssstate confirm-revoke - The user is asked to confirm a revocation.
 * @cssstate revoking - An app password is being revoked.
 * @cssstate not-allowed - The policy does not allow app passwords.
 * @cssstate error - Loading failed, or there is no client.
 *
 * @event {MfaAppPasswordCreateEvent} mfa-app-password-create - The endpoint created an app password (`detail: { id, name }`; never the password).
 * @event {MfaAppPasswordRevokeEvent} mfa-app-password-revoke - The endpoint revoked an app password, or answered that it was gone already (404) (`detail: { id, name }`).
 * @event {MfaReauthRequiredEvent} mfa-reauth-required - Creating or revoking needs a fresh sign-in; call `preventDefault()` to step the user up, then `detail.retry()` (or `detail.cancel()` if they give up).
 * @event {MfaErrorEvent} mfa-error - Loading, creating or revoking failed (machine code only).
 *
 * @csspart base - The wrapper.
 * @csspart heading - The headings: "Your app passwords", the create form's legend, and the new password's.
 * @csspart intro - What app passwords are for.
 * @csspart list - The list of app passwords.
 * @csspart row - One app password.
 * @csspart row-name - Its name.
 * @csspart row-detail - When it was created and last used.
 * @csspart revoke-button - A "Revoke" button (in a row, and in its confirmation).
 * @csspart confirm - The inline confirmation before revoking.
 * @csspart cancel-button - The button that leaves the confirmation.
 * @csspart empty - The message shown when there are no app passwords.
 * @csspart usage - "3 of 40 created".
 * @csspart notice - Near or at the limit, or not allowed by policy.
 * @csspart create-form - The form that creates an app password.
 * @csspart label - A field's label: the name, and the password to copy by hand.
 * @csspart name-input - Its name field.
 * @csspart field-error - What is wrong with the name.
 * @csspart create-button - Its submit button.
 * @csspart password-panel - The panel that shows a new password once; it takes the focus when the password is created, named by its heading and described by the warning.
 * @csspart warning - The warning that the password will not be shown again.
 * @csspart password - The password, grouped for reading.
 * @csspart copy-button - The Copy password button.
 * @csspart manual-copy - The selected field to copy from by hand when the browser refuses the clipboard.
 * @csspart done-button - The Done button that forgets the password.
 * @csspart status - The live region for progress and confirmations (and why a confirmation went: its app password revoked somewhere else); not live while it says a password was created that the focused panel says.
 * @csspart error - The alert regions for what went wrong, the load's and a creation's or revocation's, each with its retry button.
 * @csspart button - Every button that looks like one: Create, Copy password, Done, Revoke, Cancel, Try again. `primary` and `danger` name some of them too.
 * @csspart primary - The button of the main action: Create, Done.
 * @csspart danger - A Revoke button (in a row, and in its confirmation).
 *
 * @cssproperty [--mfa-app-passwords-gap=var(--mfa-space-s)] Space between rows.
 * @cssproperty [--mfa-app-passwords-row-background=var(--mfa-color-surface-raised)] Background of a row.
 * @cssproperty [--mfa-app-passwords-row-padding=var(--mfa-space-s) var(--mfa-space-m)] Padding of a row.
 * @cssproperty [--mfa-app-passwords-row-radius=var(--mfa-radius)] Corner radius of a row.
 * @cssproperty [--mfa-app-passwords-panel-border=var(--mfa-color-primary)] Border of the new-password panel.
 * @cssproperty [--mfa-app-passwords-password-font=ui-monospace,SFMono-Regular,Menlo,Consolas,'Liberation Mono',monospace] Font of the password.
 * @cssproperty [--mfa-app-passwords-password-size=1.375em] Font size of the password: 1.375 times the text around it (`--mfa-font-size`) unless set.
 */
export class MfaAppPasswords extends MfaElement {
  static override styles = [themeTokens, controlStyles, headingStyles, appPasswordsStyles];
  protected static override strings = [appPasswordsStrings, itemErrorStrings];
  // The reactive properties are declared in this one table rather than with Lit's decorators:
  // each decorated field compiled to a call of TypeScript's decorator helper, longer than its entry
  // here. Each field below keeps its doc comment. A state is never an attribute: Lit links none to
  // it, and the manifest lists none (custom-elements-manifest.config.mjs).
  static override properties = {
    view: { state: true },
    name: { state: true },
    nameError: { state: true },
    note: { state: true },
  };

  #wasOffline = false;
  #focusNext: string | undefined;
  /** The app passwords as their rows were last drawn, in order: whose Revoke `#revoke-N` is. */
  #drawn: AppPassword[] = [];
  /** The creation's error when last rendered: a new policy refusal moves the focus once. */
  #createError: unknown;
  /** One more at each refused name, so the name's error is said again. */
  #nameRefusals = 0;
  /** The status line says the same outcome of Copy again (see `#go`). */
  #again = false;
  /**
   * The name of a new password that its panel, taking the focus, says with its warning (see
   * `renderShownPanel`): the status line is not live (`aria-live="off"`) while it says that password
   * was created, in whichever language the page is switched to, or a screen reader would say it
   * again, the warning last. Created while the user was elsewhere in the page, the focus stays there,
   * and the line says it as the polite live region its role makes it.
   */
  #saidByPanel: string | undefined;

  readonly #list = new ResourceController<AppPasswordList>(this, {
    operation: 'listAppPasswords',
    client: () => this.activeClient,
    revision: () => this.settingsRevision,
    load: (client, signal) => client.listAppPasswords({ signal }),
  });

  /** For the policy only: whether this user may have app passwords at all. */
  readonly #settings = this.settingsResource();

  readonly #create = new ActionController<[string], CreatedAppPassword>(this, {
    operation: 'createAppPassword',
    send: (options, name) => this.requireClient().createAppPassword(name, options),
  });

  readonly #revoke = new RevokeController(this, {
    client: () => this.requireClient(),
    list: this.#list,
    view: () => this.view,
    go: (event, focus) => this.#go(event, focus),
    onAsk: () => {
      // A policy refusal stays until the page is reloaded: the form it took away does not come back.
      // So does a creation with no answer: its alert says what to do next (create it again).
      const error = this.#create.error;
      if (this.#create.status === 'error' && !isPolicyRefusal(error) && !isUnanswered(error)) this.#create.reset();
      this.note = undefined;
    },
    onRevoked: (id, name) => this.#onRevoked(id, name),
    onGone: (name) => {
      this.note = { kind: 'gone', name };
    },
  });

  /**
   * Copy and Done say what they did: a note from before (see `statusText`) is said no more. Not a
   * page hidden with no password shown, which forgets none: what it said stays.
   */
  readonly #shown = new ShownPassword(this, (event) => {
    if (this.view.step === 'shown') this.note = undefined;
    this.#go(event);
  });

  private view: AppPasswordsView;
  /** The name as typed; kept through every failure. */
  private name: string;
  private nameError: NameProblem | undefined;
  private note: Note;

  constructor() {
    super();
    // The states' first values are set here, not where they are declared: an initializer of a field
    // that is not private (`#`) moves every private one's into the constructor too.
    this.view = LIST;
    this.name = '';
    // `status` as a CSS custom state, for styling such as `:state(saving)`.
    new CustomStateController(this, this.attachInternals(), () => this.status);
  }

  /** Read-only. See the `:state()` list above. */
  get status(): AppPasswordsStatus {
    return appPasswordsStatus(
      this.clientExpected,
      this.#list,
      this.view.step,
      this.#create.status,
      this.#revoke.action.status,
      this.#policyKnown,
      this.#allowed,
    );
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Results are taken here rather than where `run()` was awaited, so a run started by the
    // host's reauth `retry()` is handled the same way.
    if (this.#create.status === 'success' && this.#create.result) {
      const created = this.#create.result;
      // The controller would otherwise hold the password as its `result`.
      this.#create.reset();
      this.#onCreated(created);
    }
    this.#revoke.settle();
    // The rows are drawn by their place in the list: when it changes under the focus (read again
    // after a change in another tab, one revoked while the user went to another row), the Revoke
    // that has it may be drawn for another app password, and a confirmation drawn anew in another
    // row. The focus goes on with the app password it was on, at its new place; to the list if it
    // has gone.
    const active = this.shadowRoot?.activeElement;
    const at = active?.id.match(/^revoke-(\d+)$/);
    if (at) {
      const id = this.#drawn[+at[1]]?.id;
      const index = this.#list.value?.items.findIndex((item) => item.id === id) ?? -1;
      this.#focusNext ??= index >= 0 ? `#revoke-${index}` : '#list-label';
    } else if (active?.closest('[part~=confirm]')) this.#focusNext ??= `#${active.id}`;
    // Refused by the policy, here too after the host's reauth `retry()`: the form goes, with the
    // field or button that had the focus, and the notice that says why takes it, and is read. From
    // where the user went meanwhile (a row's Revoke, the page), it does not: the alert says the
    // creation failed.
    const error = this.#create.error;
    if (error !== this.#createError && isPolicyRefusal(error)) {
      if (this.#inForm) this.#focusNext = '#limit-notice';
      else this.note = { kind: 'refused' };
    }
    this.#createError = error;
    if (this.#create.offline) this.#wasOffline = true;
    else if (this.#wasOffline) {
      this.#wasOffline = false;
      this.note = { kind: 'back-online' };
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The name field shows the name, whatever changed either since the last render (a form reset, the
    // user): what Lit's live() would do for a bound value, without its code.
    const field = this.renderRoot.querySelector<HTMLInputElement>('#name');
    if (field && field.value !== this.name) field.value = this.name;
    // An answer moves the focus only from the element, where it may have gone with what the answer
    // takes away (the form, a row's confirmation), or from the page's body: not from where the user
    // went in the page while it was on its way. The status line or an alert says it then.
    if (this.#focusNext && this.#focusHere) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusNext)?.focus();
    }
    this.#focusNext = undefined;
    this.#drawn = this.#list.value?.items ?? [];
  }

  /** Whether an answer may move the focus (see `updated`). */
  get #focusHere(): boolean {
    return !!this.shadowRoot!.activeElement || document.activeElement === document.body;
  }

  /**
   * Whether the policy has been read. The list and the settings are two requests whose answers can
   * arrive in either order (Firefox often answers the list first): until the policy is known, nothing
   * is shown, so a user whom the policy refuses never sees a create form flash up. If the settings
   * cannot be read, the endpoint still refuses a creation by policy, and that refusal is shown.
   */
  get #policyKnown(): boolean {
    return this.#settings.value !== undefined || this.#settings.status === 'error';
  }

  get #allowed(): boolean {
    return this.#settings.value?.policy.appPasswordsAllowed !== false && !isPolicyRefusal(this.#create.error);
  }

  #go(event: AppPasswordsEvent, focus?: string): void {
    const view = transition(this.view, event);
    // Copy pressed again with the same outcome ("Copied" twice): marked every other time, so the
    // status line changes and says it again (see `sayAgain`).
    this.#again = view.step === 'shown' && this.view.step === 'shown' && view.copy === this.view.copy && !this.#again;
    this.view = view;
    if (focus) this.#focusNext = focus;
  }

  #onCreated(created: CreatedAppPassword): void {
    const { appPassword } = created;
    this.#shown.hold(created.password);
    this.name = '';
    // A revocation that landed while the creation was on its way is said with the password (see
    // `statusText`); being back online is old news.
    if (this.note?.kind !== 'revoked') this.note = undefined;
    const list = this.#list.value;
    if (list && !list.items.some((item) => item.id === appPassword.id)) {
      this.#list.set({ ...list, items: [...list.items, appPassword] });
    }
    this.#saidByPanel = this.#focusHere ? appPassword.name : undefined;
    this.#go({ type: 'created', appPassword }, '[part~=password-panel]');
    this.dispatchEvent(new MfaAppPasswordCreateEvent({ id: appPassword.id, name: appPassword.name }));
    this.notifyChange();
  }

  #onRevoked(id: string, name: string): void {
    this.note = { kind: 'revoked', name };
    this.dispatchEvent(new MfaAppPasswordRevokeEvent({ id, name }));
    this.notifyChange();
  }

  #onInput(event: Event): void {
    this.name = (event.target as HTMLInputElement).value;
    if (this.nameError) this.nameError = undefined;
    // The endpoint's refusal (a name taken) was of the name before this edit.
    if (nameFieldError(this.#create.error)) this.#create.reset();
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    if (this.#create.blocked || !this.#canCreate) return;
    const problem = nameProblem(this.name);
    this.nameError = problem;
    this.note = undefined;
    if (problem) {
      // Focus may be in the field already (Enter): the error is an alert, said at each refusal.
      this.#nameRefusals++;
      this.#focusNext = '#name';
      this.requestUpdate();
      return;
    }
    if (this.#revoke.action.status === 'error') this.#revoke.action.reset();
    void this.#create.run(typedName(this.name)).then(() => this.#afterCreateFailure());
  }

  /**
   * Whether the answer to a creation may move the focus: it is still in the form, or was lost to the
   * page's body; not once the user went to a row's Revoke or elsewhere in the page meanwhile (what
   * they press next would go to the wrong place). The name's alert, or the element's, says it then.
   */
  get #inForm(): boolean {
    return !!this.renderRoot.querySelector('form')?.matches(':focus-within') || document.activeElement === document.body;
  }

  #afterCreateFailure(): void {
    const error = this.#create.error;
    if (nameFieldError(error) && this.#inForm) this.#focusNext = '#name';
    // The endpoint knows of app passwords the list does not (the limit reached, a name taken, from
    // another tab say): read the list (and its limit) again. At the limit, the form it shows is
    // disabled, the field with the focus too: the focus goes to the notice that says why.
    if (isMfaError(error, 'conflict')) {
      void this.#list.reload().then(() => {
        if (error.reason === 'limit-reached' && this.#inForm) {
          this.#focusNext = '#limit-notice';
          this.requestUpdate();
        }
      });
    }
  }

  #onDone(): void {
    this.#shown.forget();
    this.#focusNext = this.#canCreate ? '#name' : '#list-label';
  }

  get #canCreate(): boolean {
    const list = this.#list.value;
    return this.#allowed && list !== undefined && limitState(list.items.length, list.limit).level !== 'full';
  }

  /** Loads the list again, for example after the host changed it elsewhere. */
  reload(): Promise<void> {
    return Promise.all([this.#list.reload(), this.#settings.reload()]).then(() => undefined);
  }

  protected override render(): TemplateResult {
    const l = this.localizer;
    const list = this.#policyKnown ? this.#list.value : undefined;
    const secret = this.#shown.value;
    const status = this.status;
    const said: MessagesInput = {
      status,
      hasClient: this.clientExpected,
      list: this.#list,
      create: this.#create,
      revoke: this.#revoke.action,
      view: this.view,
      note: this.note,
    };
    // The element's own handlers go as they are: Lit calls a listener with the element as `this`.
    // Retry after a sign-in to renew goes as the action runs again: the focus goes to the action's
    // own button, which says it runs (Create; the confirmation's Revoke), not to the page's body.
    const retry: Retries = {
      reload: () => this.reload(),
      create: (event) => {
        this.#focusNext = '[part~=create-button]';
        this.#onSubmit(event);
      },
      revoke: () => {
        this.#focusNext = '#confirm-revoke';
        this.#revoke.confirm();
      },
    };
    const error = actionFailure(l, said);
    // A rate limit's refusal stays in the alert as announced, visually hidden; the copy seen in its
    // place follows the countdown and is not live (see `ActionController.rateLimited`). Its wait is
    // not said again beside the button it holds back. The load and the changes each have their own
    // alert: a creation sent or failed again changes only its own, and the load's failure, still so,
    // is not said again with it.
    const counting = error.countdown ? error.of : undefined;
    const say = statusText(l, said);
    return html`
      <div part="base" class="base" dir=${l.dir} lang=${l.lang} aria-busy=${status === 'loading'}>
        <p part="intro">${l.term('appPasswordsIntro')}</p>
        ${list ? renderLimit(l, list, this.#allowed) : nothing}
        ${this.view.step === 'shown' && secret
          ? renderShownPanel(l, this.view, secret, () => this.#shown.copy(), this.#onDone)
          : list && this.#allowed
            ? this.#renderCreate(list, counting === this.#create)
            : nothing}
        ${list ? renderList(l, list.items, (item, i) => this.#revoke.renderAction(l, item, i, counting === said.revoke)) : nothing}
        <p part="status" id="status" role="status" aria-live=${this.#saidByPanel !== undefined && say === l.format('appPasswordsCreatedStatus', isolateName(this.#saidByPanel)) ? 'off' : nothing}>${sayAgain(say, this.#again)}</p>
        ${renderErrorRegion(loadFailure(l, said), loadRetry(l, said, retry))}
        ${renderErrorRegion(error, actionRetry(l, said, retry), 'action-')}
      </div>
    `;
  }

  /** The form that creates an app password: its name field, with the name's problem, and Create. */
  #renderCreate(list: AppPasswordList, alerted: boolean): TemplateResult {
    const l = this.localizer;
    // What is wrong with the name, found here or by the endpoint.
    const problem = this.nameError ?? nameFieldError(this.#create.error);
    // At the limit: the form is disabled and says why.
    const full = limitState(list.items.length, list.limit).level === 'full';
    // In flight, rate limited or offline (not while the host re-authenticates the user: see `ActionStatus`).
    const blocked = this.#create.blocked;
    // Said again each time the same name is refused: every other time with a zero-width space after
    // it, so the same words are a change to the alert.
    const said = problem ? sayAgain(nameErrorText(l, problem), this.#nameRefusals % 2) : '';
    const describedBy = `name-hint${problem ? ' name-error' : ''}${full ? ' limit-notice' : ''}`;
    return html`
      <form part="create-form" novalidate @submit=${this.#onSubmit}>
        <fieldset ?disabled=${full}>
          <legend part="heading">${l.term('appPasswordsCreateLegend')}</legend>
          <label part="label" for="name">${l.term('appPasswordsNameLabel')}</label>
          <span class="hint" id="name-hint">${l.term('appPasswordsNameHint')}</span>
          <input part="name-input" id="name" dir="auto" autocomplete="off" @input=${this.#onInput}
            aria-invalid=${Boolean(problem)} aria-describedby=${describedBy} />
          <span part="field-error" class="error" id="name-error" role="alert"
            >${said}</span
          >
          <div class="actions">
            <button part="button primary create-button" type="submit" aria-disabled=${full || blocked}
              aria-describedby=${full ? 'limit-notice' : blocked ? `status ${alerted ? 'action-wait' : 'create-wait'}` : nothing}>
              ${l.term('appPasswordsCreate')}
            </button>
            ${waitHint(l, this.#create, alerted, 'create-wait')}
          </div>
        </fieldset>
      </form>
    `;
  }
}

if (!customElements.get('mfa-app-passwords')) customElements.define('mfa-app-passwords', MfaAppPasswords);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-app-passwords': MfaAppPasswords;
  }
}
