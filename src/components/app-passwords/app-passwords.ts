import { type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ActionController } from '../../core/action.js';
import { CustomStateController } from '../../core/custom-state.js';
import { isMfaError } from '../../core/errors.js';
import { registerStrings } from '../../core/localize.js';
import { MfaElement } from '../../core/mfa-element.js';
import { ResourceController } from '../../core/resource.js';
import { controlStyles, headingStyles } from '../../core/styles.js';
import { themeTokens } from '../../core/theme.js';
import type { AppPassword, AppPasswordList, CreatedAppPassword } from '../../core/types.js';
import { appPasswordsStrings } from '../../locales/en/app-passwords.js';
import {
  type AppPasswordsEvent,
  type AppPasswordsView,
  LIST,
  NAME_MAX_LENGTH,
  type NameProblem,
  copyShortcut,
  limitState,
  nameProblem,
  transition,
} from './app-passwords-flow.js';
import { MfaAppPasswordCreateEvent, MfaAppPasswordRevokeEvent } from './app-passwords.events.js';
import { type AppPasswordsStatus, type Note, appPasswordsStatus, isPolicyRefusal, nameFieldError } from './app-passwords-state.js';
import { appPasswordsStyles } from './app-passwords.styles.js';
import { renderLimit, renderRevokeConfirm, renderShownPanel } from './app-passwords-parts.js';

export * from './app-passwords.events.js';
export type { AppPasswordsStatus } from './app-passwords-state.js';

registerStrings(appPasswordsStrings);

/**
 * @summary Lists the user's app passwords (for apps that cannot do two-step verification), creates
 * one (its password shown once), and revokes them.
 *
 * The new password is shown once, grouped for reading, with a Copy button and a warning that it
 * will not be shown again; Done (or removing the element) forgets it. It is never put in an event,
 * an attribute, a reactive property or storage. The endpoint's limit is shown as "3 of 40 used",
 * with a notice near it and the create form disabled at it. Read the state from `status`, or style
 * it with `:state(loading|ready|empty|creating|shown|confirm-revoke|revoking|not-allowed|error)`.
 *
 * @event {MfaAppPasswordCreateEvent} mfa-app-password-create - The endpoint created an app password (`detail: { id, name }`; never the password).
 * @event {MfaAppPasswordRevokeEvent} mfa-app-password-revoke - The endpoint revoked an app password (`detail: { id, name }`).
 * @event {MfaReauthRequiredEvent} mfa-reauth-required - Creating or revoking needs a fresh sign-in; call `preventDefault()` to step the user up, then `detail.retry()`.
 * @event {MfaErrorEvent} mfa-error - Loading, creating or revoking failed (machine code only).
 *
 * @csspart base - The wrapper.
 * @csspart intro - What app passwords are for.
 * @csspart list - The list of app passwords.
 * @csspart row - One app password.
 * @csspart row-name - Its name.
 * @csspart row-detail - When it was created and last used.
 * @csspart revoke-button - A "Revoke" button (in a row, and in its confirmation).
 * @csspart confirm - The inline confirmation before revoking.
 * @csspart cancel-button - The button that leaves the confirmation.
 * @csspart empty - The message shown when there are no app passwords.
 * @csspart usage - "3 of 40 used".
 * @csspart notice - Near or at the limit, or not allowed by policy.
 * @csspart create-form - The form that creates an app password.
 * @csspart name-input - Its name field.
 * @csspart create-button - Its submit button.
 * @csspart password-panel - The panel that shows a new password once.
 * @csspart warning - The warning that the password will not be shown again.
 * @csspart password - The password, grouped for reading.
 * @csspart copy-button - The Copy button.
 * @csspart manual-copy - The selected field to copy from by hand when the browser refuses the clipboard.
 * @csspart done-button - The Done button that forgets the password.
 * @csspart status - The live region for progress and confirmations.
 * @csspart error - The alert region for what went wrong, and its retry button.
 *
 * @cssproperty [--mfa-app-passwords-gap=var(--mfa-space-s)] Space between rows.
 * @cssproperty [--mfa-app-passwords-row-background=var(--mfa-color-surface-raised)] Background of a row.
 * @cssproperty [--mfa-app-passwords-row-padding=var(--mfa-space-s) var(--mfa-space-m)] Padding of a row.
 * @cssproperty [--mfa-app-passwords-row-radius=var(--mfa-radius)] Corner radius of a row.
 * @cssproperty [--mfa-app-passwords-panel-border=var(--mfa-color-primary)] Border of the new-password panel.
 * @cssproperty [--mfa-app-passwords-password-font=ui-monospace, monospace] Font of the password.
 * @cssproperty [--mfa-app-passwords-password-size=1.375rem] Font size of the password.
 */
@customElement('mfa-app-passwords')
export class MfaAppPasswords extends MfaElement {
  static override styles = [themeTokens, controlStyles, headingStyles, appPasswordsStyles];

  #wasOffline = false;
  /** The new password, in memory only while it is shown. Deliberately not reactive. */
  #secret: string | undefined;
  #focusNext: string | undefined;

  readonly #list = new ResourceController<AppPasswordList>(this, {
    operation: 'listAppPasswords',
    client: () => this.activeClient,
    revision: () => this.settingsRevision,
    load: (client, signal) => client.listAppPasswords({ signal }),
    signal: () => this.connectedSignal,
  });

  /** For the policy only: whether this user may have app passwords at all. */
  readonly #settings = this.settingsResource();

  readonly #create = new ActionController<[string], CreatedAppPassword>(this, {
    operation: 'createAppPassword',
    send: (options, name) => this.requireClient().createAppPassword(name, options),
    signal: () => this.connectedSignal,
  });

  readonly #revoke = new ActionController<[string], string>(this, {
    operation: 'revokeAppPassword',
    send: async (options, id) => {
      await this.requireClient().revokeAppPassword(id, options);
      return id;
    },
    signal: () => this.connectedSignal,
  });

  @state() private view: AppPasswordsView = LIST;
  /** The name as typed; kept through every failure. */
  @state() private name = '';
  @state() private nameError: NameProblem | undefined;
  @state() private note: Note;

  constructor() {
    super();
    // `status` as a CSS custom state, for styling such as `:state(saving)`.
    new CustomStateController(this, this.attachInternals(), () => this.status);
  }

  /** Read-only. See the `:state()` list above. */
  get status(): AppPasswordsStatus {
    return appPasswordsStatus({
      hasClient: this.activeClient !== undefined,
      list: this.#list,
      view: this.view.step,
      create: this.#create.status,
      revoke: this.#revoke.status,
      policyKnown: this.#policyKnown,
      allowed: this.#allowed,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removing the element forgets the password, as Done does.
    this.#forgetSecret();
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
    if (this.#revoke.status === 'success' && this.#revoke.result) {
      const id = this.#revoke.result;
      this.#revoke.reset();
      this.#onRevoked(id);
    }
    if (this.#create.offline) this.#wasOffline = true;
    else if (this.#wasOffline) {
      this.#wasOffline = false;
      this.note = { kind: 'back-online' };
    }
    // The item being confirmed disappeared (revoked elsewhere): nothing left to confirm.
    const items = this.#list.value?.items;
    if (this.view.step === 'confirm-revoke' && items && this.#list.status === 'ready') {
      const id = this.view.item.id;
      if (!items.some((item) => item.id === id) && this.#revoke.status !== 'pending') this.view = LIST;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusNext) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusNext)?.focus();
      this.#focusNext = undefined;
    }
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
    this.view = transition(this.view, event);
    if (focus) this.#focusNext = focus;
  }

  #onCreated(created: CreatedAppPassword): void {
    const { appPassword } = created;
    this.#secret = created.password;
    this.name = '';
    this.note = undefined;
    const list = this.#list.value;
    if (list && !list.items.some((item) => item.id === appPassword.id)) {
      this.#list.set({ ...list, items: [...list.items, appPassword] });
    }
    this.#go({ type: 'created', appPassword }, '#shown-heading');
    // Declared in the class doc (`@event`); dispatching a variable keeps the analyzer from listing it again, unnamed.
    const event = new MfaAppPasswordCreateEvent({ id: appPassword.id, name: appPassword.name });
    this.dispatchEvent(event);
    this.notifyChange();
  }

  #onRevoked(id: string): void {
    const list = this.#list.value;
    const item = list?.items.find((i) => i.id === id) ?? (this.view.step === 'confirm-revoke' ? this.view.item : undefined);
    if (list) this.#list.set({ ...list, items: list.items.filter((i) => i.id !== id) });
    this.#go({ type: 'revoked', id }, '#list-label');
    const name = item?.name ?? '';
    this.note = { kind: 'revoked', name };
    const event = new MfaAppPasswordRevokeEvent({ id, name });
    this.dispatchEvent(event);
    this.notifyChange();
  }

  #forgetSecret(): void {
    this.#secret = undefined;
    if (this.view.step === 'shown') this.view = LIST;
  }

  #onInput(event: Event): void {
    this.name = (event.target as HTMLInputElement).value;
    if (this.nameError) this.nameError = undefined;
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    if (this.#create.blocked || !this.#canCreate) return;
    const problem = nameProblem(this.name);
    this.nameError = problem;
    this.note = undefined;
    if (problem) {
      this.#focusNext = '#name';
      return;
    }
    if (this.#revoke.status === 'error') this.#revoke.reset();
    void this.#create.run(this.name.trim()).then(() => this.#afterCreateFailure());
  }

  #afterCreateFailure(): void {
    const error = this.#create.error;
    if (this.#create.status !== 'error' || !isMfaError(error)) return;
    if (nameFieldError(error)) this.#focusNext = '#name';
    // The endpoint counted differently: read the list (and its limit) again.
    if (error.code === 'conflict') void this.#list.reload();
  }

  #onAskRevoke(item: AppPassword): void {
    if (this.#create.status === 'error') this.#create.reset();
    this.#revoke.reset();
    this.note = undefined;
    this.#go({ type: 'ask-revoke', item }, '#confirm-revoke');
  }

  #onCancelRevoke(): void {
    if (this.view.step !== 'confirm-revoke') return;
    const index = this.#list.value?.items.findIndex((i) => i.id === (this.view as { item: AppPassword }).item.id) ?? -1;
    this.#revoke.reset();
    this.#go({ type: 'cancel-revoke' }, index >= 0 ? `#revoke-${index}` : '#list-label');
  }

  #onConfirmRevoke(): void {
    if (this.view.step !== 'confirm-revoke' || this.#revoke.blocked) return;
    const id = this.view.item.id;
    void this.#revoke.run(id).then(() => {
      if (this.#revoke.status === 'error' && isMfaError(this.#revoke.error) && this.#revoke.error.code === 'not-found') {
        void this.#list.reload();
      }
    });
  }

  #onConfirmKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.#onCancelRevoke();
    }
  }

  async #onCopy(): Promise<void> {
    const secret = this.#secret;
    if (!secret) return;
    try {
      // Throws where there is no clipboard (plain-HTTP pages) and rejects where it is refused.
      await navigator.clipboard.writeText(secret);
      if (this.#secret === secret) this.#go({ type: 'copied' });
    } catch {
      if (this.#secret !== secret) return;
      this.#go({ type: 'copy-refused' });
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>('#manual');
      field?.focus();
      field?.select();
    }
  }

  #onDone(): void {
    this.#forgetSecret();
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
    return html`
      <div part="base" class="base" dir=${l.dir} aria-busy=${this.status === 'loading' ? 'true' : 'false'}>
        <p part="intro" class="intro">${l.term('appPasswordsIntro')}</p>
        ${list ? this.#renderList(list.items) : nothing}
        ${list ? renderLimit(l, list, this.#allowed) : nothing}
        ${this.view.step === 'shown' && this.#secret
          ? renderShownPanel(l, this.view, this.#secret, { copy: () => this.#onCopy(), done: () => this.#onDone() })
          : list && this.#allowed
            ? this.#renderCreate(list)
            : nothing}
        <p part="status" class="status" role="status">${this.#statusText()}</p>
        <div part="error" class="error">
          <p class="message" role="alert" id="error">${this.#errorText()}</p>
          ${this.#retryButton()}
        </div>
      </div>
    `;
  }

  #renderList(items: AppPassword[]): TemplateResult {
    const l = this.localizer;
    const label = html`<p class="subheading" id="list-label" tabindex="-1">${l.term('appPasswordsListLabel')}</p>`;
    if (items.length === 0) return html`${label}<p part="empty" class="empty">${l.term('appPasswordsEmpty')}</p>`;
    const revokeShown = this.view.step !== 'shown';
    return html`${label}
      <ul part="list" aria-labelledby="list-label">
        ${items.map(
          (item, i) => html`
            <li part="row" class="row">
              <span class="row-text">
                <span part="row-name" id="row-name-${i}">${item.name}</span>
                <span part="row-detail" class="detail">
                  ${l.format('appPasswordsCreatedOn', l.date(item.createdAt))} ·
                  ${item.lastUsedAt ? l.format('appPasswordsLastUsedOn', l.date(item.lastUsedAt)) : l.term('appPasswordsNeverUsed')}
                </span>
              </span>
              ${this.view.step === 'confirm-revoke' && this.view.item.id === item.id
                ? renderRevokeConfirm(l, item, {
                    blocked: this.#revoke.blocked,
                    wait: this.#revoke.retryAfterSeconds,
                    confirm: () => this.#onConfirmRevoke(),
                    cancel: () => this.#onCancelRevoke(),
                    keydown: (e: KeyboardEvent) => this.#onConfirmKeydown(e),
                  })
                : revokeShown
                  ? // The name starts with the visible "Revoke" and names the app password (WCAG 2.5.3).
                    html`<button part="revoke-button" class="danger" type="button" id="revoke-${i}"
                      aria-labelledby="revoke-${i} row-name-${i}" @click=${() => this.#onAskRevoke(item)}>
                      ${l.term('appPasswordsRevoke')}
                    </button>`
                  : nothing}
            </li>
          `,
        )}
      </ul>`;
  }

  #renderCreate(list: AppPasswordList): TemplateResult {
    const l = this.localizer;
    const full = limitState(list.items.length, list.limit).level === 'full';
    const problem = this.nameError ?? nameFieldError(this.#create.error);
    const wait = this.#create.retryAfterSeconds;
    const describedBy = ['name-hint', problem ? 'name-error' : '', full ? 'limit-notice' : ''].filter(Boolean).join(' ');
    return html`
      <form part="create-form" class="create" novalidate @submit=${this.#onSubmit}>
        <fieldset ?disabled=${full}>
          <legend>${l.term('appPasswordsCreateLegend')}</legend>
          <label for="name">${l.term('appPasswordsNameLabel')}</label>
          <span class="hint" id="name-hint">${l.term('appPasswordsNameHint')}</span>
          <input part="name-input" id="name" autocomplete="off" .value=${live(this.name)} @input=${this.#onInput}
            aria-invalid=${problem ? 'true' : 'false'} aria-describedby=${describedBy} />
          ${problem
            ? html`<span class="error" id="name-error">${this.#nameErrorText(problem)}</span>`
            : nothing}
          <div class="actions">
            <button part="create-button" class="primary" type="submit" aria-disabled=${full || this.#create.blocked ? 'true' : 'false'}
              aria-describedby=${full ? 'limit-notice' : nothing}>
              ${l.term('appPasswordsCreate')}
            </button>
            ${wait > 0 ? html`<span class="hint">${l.format('retryIn', l.duration(wait))}</span>` : nothing}
          </div>
        </fieldset>
      </form>
    `;
  }

  #nameErrorText(problem: NameProblem | 'invalid'): string {
    const l = this.localizer;
    if (problem === 'empty') return l.term('appPasswordsNameRequired');
    const max = l.number(NAME_MAX_LENGTH);
    return problem === 'too-long' ? l.format('appPasswordsNameTooLong', NAME_MAX_LENGTH, max) : l.format('appPasswordsNameInvalid', NAME_MAX_LENGTH, max);
  }

  #statusText(): string {
    const l = this.localizer;
    if (this.status === 'loading') return l.term('loading');
    if (this.#create.status === 'pending') return l.term('appPasswordsCreating');
    if (this.#revoke.status === 'pending') return l.term('appPasswordsRevoking');
    if (this.#create.offline) return l.term('offline');
    if (this.#create.status === 'reauth' || this.#revoke.status === 'reauth') return l.term('appPasswordsReauthWaiting');
    if (this.view.step === 'shown') {
      if (this.view.copy === 'copied') return l.term('appPasswordsCopied');
      if (this.view.copy === 'manual') return l.format('appPasswordsCopyRefused', shortcutForPlatform());
      return l.format('appPasswordsCreatedStatus', this.view.appPassword.name);
    }
    if (this.note?.kind === 'revoked') return l.format('appPasswordsRevoked', this.note.name);
    if (this.note?.kind === 'back-online') return l.term('backOnline');
    return '';
  }

  #errorText(): string {
    const l = this.localizer;
    if (!this.activeClient) return l.term('noClient');
    if (this.#list.status === 'error') return `${l.term('appPasswordsLoadFailed')} ${l.errorMessage(this.#list.error)}`;
    if (this.#create.status === 'error' && !isPolicyRefusal(this.#create.error)) {
      return `${l.term('appPasswordsCreateFailed')} ${l.errorMessage(this.#create.error)}`;
    }
    if (this.#revoke.status === 'error') return `${l.term('appPasswordsRevokeFailed')} ${l.errorMessage(this.#revoke.error)}`;
    return '';
  }

  #retryButton(): TemplateResult | typeof nothing {
    const l = this.localizer;
    if (this.activeClient && this.#list.status === 'error') {
      return html`<button type="button" @click=${() => this.reload()}>${l.term('retry')}</button>`;
    }
    // The host did not step the user up: once the user has signed in again, they retry here.
    const reauth = (error: unknown) => isMfaError(error) && error.code === 'reauth-required';
    if (this.#create.status === 'error' && reauth(this.#create.error)) {
      return html`<button type="button" @click=${this.#onSubmit}>${l.term('retry')}</button>`;
    }
    if (this.#revoke.status === 'error' && reauth(this.#revoke.error) && this.view.step === 'confirm-revoke') {
      return html`<button type="button" @click=${this.#onConfirmRevoke}>${l.term('retry')}</button>`;
    }
    return nothing;
  }
}

function shortcutForPlatform(): string {
  const nav = navigator as Navigator & { userAgentData?: { platform?: string } };
  return copyShortcut(nav.userAgentData?.platform || nav.platform || '');
}

declare global {
  interface HTMLElementTagNameMap {
    'mfa-app-passwords': MfaAppPasswords;
  }
}
