import { type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { ActionController, type ActionStatus } from '../../core/action.js';
import { composing } from '../../core/composing.js';
import { type Say, failureAlert, isolateName } from '../../core/localize.js';
import { dialogStyles } from '../../core/dialog-styles.js';
import { goneAlready, isMfaError } from '../../core/errors.js';
// Out of order on purpose: here, the bundle places this sheet within gzip's reach (32 KB) of the
// enrollment's like rules, 0.1 KB less than in its place among the imports below.
import { authenticatorListStyles } from './authenticator-list.styles.js';
import { MfaElement } from '../../core/mfa-element.js';
import { ModalDialog } from '../../core/modal-dialog.js';
import { type NameProblem, nameProblem, nameTooLongText, typedName } from '../../core/names.js';
import { ResourceController } from '../../core/resource.js';
import { renderErrorRegion } from '../../core/error-region.js';
import { controlStyles } from '../../core/styles.js';
import { themeTokens } from '../../core/theme.js';
import type { Authenticator } from '../../core/types.js';
import { authenticatorListStrings } from '../../locales/en/authenticator-list.js';
import { errorDetailStrings } from '../../locales/en/error-details.js';
import { itemErrorStrings } from '../../locales/en/item-errors.js';
import { actionStrings } from '../../locales/en/actions.js';
import { actionBlockedHint, actionErrorText, isConflict, reauthText } from './action-feedback.js';
import { renderItem, renderLoadError, renderRemoveConfirm } from './authenticator-list.render.js';
import { MfaAuthenticatorRemoveEvent, MfaAuthenticatorRenameEvent } from './authenticator-list.events.js';

export * from './authenticator-list.events.js';

interface Editing {
  id: string;
  draft: string;
  /** A problem found before sending: the name is blank, or too long. */
  problem?: NameProblem;
}


/**
 * @summary The user's authenticator apps, with their kind and when they were added and last used;
 * rename one in place, or remove one left on an old, reset or lost device.
 *
 * Removing asks first, in a modal dialog that says why it matters (the page behind does not scroll
 * while it is open): uninstalling the app or resetting the phone does not remove it on the server. When the endpoint refuses (the default sign-in
 * method needs it), the dialog says so. Once the user has confirmed, the dialog stays until the
 * endpoint has answered (at most the provider's `timeout`, with its client), so that what happened
 * is said. Changes are shown only once the endpoint has confirmed them; the other mfa elements then
 * reload.
 *
 * Its colours, font, spacing, radius and focus ring come from the shared `--mfa-*` tokens,
 * listed on `<mfa-provider>` and set anywhere above the element; the CSS properties below tune
 * this element alone.
 *
 * @property {MfaClient | undefined} client - A client for this element alone, instead of the provider's (not an attribute).
 *
 * @event {MfaAuthenticatorRenameEvent} mfa-authenticator-rename - The endpoint renamed an authenticator; `detail: { id, name, previousName }`.
 * @event {MfaAuthenticatorRemoveEvent} mfa-authenticator-remove - The endpoint removed an authenticator the user confirmed removing, or answered that it was gone already (404); `detail: { id, name, kind }`.
 * @event {MfaErrorEvent} mfa-error - A request failed (the code only, for logging).
 * @event {MfaReauthRequiredEvent} mfa-reauth-required - The endpoint wants a fresh sign-in before a change; call `preventDefault()` to step the user up, then `detail.retry()` (or `detail.cancel()` if they give up).
 *
 * @csspart base - The wrapper.
 * @csspart heading - The remove dialog's question ("Remove …?").
 * @csspart list - The list of authenticators.
 * @csspart item - One authenticator.
 * @csspart name - An authenticator's name.
 * @csspart details - Its kind and dates.
 * @csspart row - One authenticator, as `item`: the name the method picker and the app passwords give a row.
 * @csspart row-name - Its name, as `name` (and the app passwords' `row-name`).
 * @csspart row-detail - Its kind and dates, as `details` (and the other lists' `row-detail`).
 * @csspart rename-form - The inline rename form.
 * @csspart label - The new-name field's label.
 * @csspart name-input - Its new-name field.
 * @csspart field-error - What is wrong with the new name, or why the rename failed; while a rate limit's wait runs, the countdown seen in its place (not live).
 * @csspart dialog - The remove confirmation dialog.
 * @csspart status - Confirmations ("Renamed to …"), and "Saving…" while a new name is on its way, a polite live region; in the remove dialog, "Removing…" and what a wait or a sign-in to renew asks.
 * @csspart empty - The text shown when there is no authenticator.
 * @csspart error - The alert for a list that did not load, with Try again, or for a removal that failed or was refused (in the dialog); while a rate limit's wait runs, the countdown seen in the alert's place (not live) too.
 * @csspart button - Every button that looks like one: Rename, Remove, Save, Cancel, Keep it (Close once removing was refused), Try again. `primary` and `danger` name some of them too.
 * @csspart primary - The button of the main action: Save, in the rename form.
 * @csspart danger - A Remove button (beside an authenticator, and in the confirmation dialog).
 *
 * @cssproperty [--mfa-authenticator-list-gap=var(--mfa-space-s)] Space between items.
 * @cssproperty [--mfa-authenticator-list-item-background=var(--mfa-color-surface-raised)] Background of an item.
 * @cssproperty [--mfa-authenticator-list-item-padding=var(--mfa-space-s) var(--mfa-space-m)] Padding of an item.
 */
export class MfaAuthenticatorList extends MfaElement {
  static override styles = [themeTokens, controlStyles, dialogStyles, authenticatorListStyles];
  protected static override strings = [authenticatorListStrings, errorDetailStrings, itemErrorStrings, actionStrings];
  // The reactive properties are declared in this one table rather than with Lit's decorators:
  // each decorated field compiled to a call of TypeScript's decorator helper, longer than its entry
  // here. Each field below keeps its doc comment. A state is never an attribute: Lit links none to
  // it, and the manifest lists none (custom-elements-manifest.config.mjs).
  static override properties = {
    editing: { state: true },
    confirming: { state: true },
    announcement: { state: true },
  };

  #seen = new Map<object, ActionStatus>();
  #removeTarget: Authenticator | undefined;
  /** The app being renamed, as it was when its form opened, then when its new name was sent. */
  #renameFrom: Authenticator | undefined;
  /** What to focus after the next render: `rename-input`, `list`, or a `data-focus` value. */
  #focus: string | undefined;
  /** The list as its rows were last drawn: a new one may have moved them under the focus. */
  #drawn: Authenticator[] | undefined;

  readonly #list = new ResourceController<Authenticator[]>(this, {
    operation: 'listAuthenticators',
    client: () => this.activeClient,
    load: async (client, signal) => (await client.listAuthenticators({ signal })).items,
    revision: () => this.settingsRevision,
  });

  readonly #rename = new ActionController(this, {
    operation: 'renameAuthenticator',
    send: (options, id: string, name: string) => this.requireClient().renameAuthenticator(id, name, options),
  });

  readonly #remove = new ActionController(this, {
    operation: 'deleteAuthenticator',
    send: (options, id: string) => this.requireClient().deleteAuthenticator(id, options).catch(goneAlready),
  });

  // A getter rather than `@query`, as in every element: the bundle leaves the decorator's code out.
  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  /**
   * Whether an answer that lands may move the focus: it is still in `what` the answer is about (the
   * rename's `form`, the removal's `dialog`: the element has one of each), or was lost to the page's
   * body (what had it went away), as in the enrollment; not once the user went elsewhere meanwhile,
   * on the page or to another row (what they type or press next would go to the wrong place).
   */
  #focusIn(what: 'form' | 'dialog'): boolean {
    return !!this.renderRoot.querySelector(what)?.matches(':focus-within') || document.activeElement === document.body;
  }

  private editing: Editing | undefined;

  /** The authenticator the remove dialog asks about. */
  private confirming: Authenticator | undefined;

  /** The last confirmation, for the status region, in the locale of the moment it is rendered. */
  private announcement: Say | undefined;

  constructor() {
    super();
    // The removal dialog stays modal when a host's script moves the list while it is open.
    new ModalDialog(this, () => this.#dialog);
  }

  /** The status an action moved to since the last update, if it moved. */
  #moved(action: object & { status: ActionStatus }): ActionStatus | undefined {
    const before = this.#seen.get(action) ?? 'idle';
    this.#seen.set(action, action.status);
    return before === action.status ? undefined : action.status;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The rows are drawn by their place in the list: read again under the focus (an app removed or
    // added elsewhere), a row's Rename or Remove may be drawn for another app, and the rename form
    // drawn anew in another row. The focus goes on with the app it was on, to the list if it went.
    const active = this.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (this.#list.value !== this.#drawn) this.#focus ??= active?.id === 'rename-input' ? active.id : active?.dataset.focus;
    // Results are taken here rather than after `run()`: a retry after re-authentication lands the same way.
    const renamed = this.#moved(this.#rename);
    if (renamed === 'success' && this.#rename.result) this.#onRenamed(this.#rename.result as Authenticator);
    if (renamed === 'error') {
      // Removed elsewhere: the list is read again, and the row goes, with its form; the status line
      // says why, once: the form's alert says nothing (it would tell to reload what is read again),
      // and the focus stays where it is until it goes to the list with the row, not to the field.
      if (isMfaError(this.#rename.error, 'not-found')) {
        const gone = this.#renameFrom!.name;
        this.announcement = (l) => l.format('authRenameGone', isolateName(gone));
        this.#rename.reset();
        void this.#list.reload();
      } else if (this.#focusIn('form')) this.#focus = 'rename-input';
    }
    const removed = this.#moved(this.#remove);
    if (removed === 'success' && this.#removeTarget) this.#onRemoved(this.#removeTarget);
    // Refused because the default method needs it: Remove goes (see renderRemoveConfirm), and the
    // focus it had moves to Close, in the dialog.
    if (removed === 'error' && isConflict(this.#remove.error, 'backs-default-method')) this.#focus = 'remove-keep';
    const items = this.#list.value;
    if (this.editing && items && !items.some((item) => item.id === this.editing?.id)) {
      this.editing = undefined;
      // Its form goes with its row, and the status line says why (a rename that found it gone said
      // it already, in the same words): the focus it held goes to the list.
      const gone = this.#renameFrom!.name;
      this.announcement = (l) => l.format('authRenameGone', isolateName(gone));
      if (this.#focusIn('form')) this.#focus = 'list';
    }
  }

  protected override updated(): void {
    // The name being edited shows the draft, whatever changed either since the last render: what
    // Lit's live() would do for a bound value, without its code.
    const field = this.renderRoot.querySelector<HTMLInputElement>('#rename-input');
    const draft = this.editing?.draft;
    if (field && draft !== undefined && field.value !== draft) field.value = draft;
    const dialog = this.#dialog;
    if (dialog && this.confirming && !dialog.open) dialog.showModal();
    if (dialog && !this.confirming && dialog.open) dialog.close();
    const target = this.#focus;
    this.#focus = undefined;
    this.#drawn = this.#list.value;
    if (target === 'rename-input') field?.focus();
    // `list`, and a row's button whose app went, focus the list.
    else if (target) {
      const button = this.renderRoot.querySelector<HTMLElement>(`[data-focus="${CSS.escape(target)}"]`);
      (button ?? this.renderRoot.querySelector<HTMLElement>('[part~="list"], [part~="empty"]'))?.focus();
    }
  }

  #onRenamed(renamed: Authenticator): void {
    const items = this.#list.value ?? [];
    this.#list.set(items.map((item) => (item.id === renamed.id ? renamed : item)));
    const previousName = this.#renameFrom?.name ?? renamed.name;
    this.editing = undefined;
    this.announcement = (l) => l.format('authRenamed', isolateName(renamed.name));
    if (this.#focusIn('form')) this.#focus = `rename-${renamed.id}`;
    this.dispatchEvent(new MfaAuthenticatorRenameEvent({ id: renamed.id, name: renamed.name, previousName }));
    this.notifyChange();
  }

  #onRemoved(removed: Authenticator): void {
    this.#list.set((this.#list.value ?? []).filter((item) => item.id !== removed.id));
    this.#removeTarget = undefined;
    this.confirming = undefined;
    this.announcement = (l) => l.format('authRemoved', isolateName(removed.name));
    if (this.#focusIn('dialog')) this.#focus = 'list';
    this.dispatchEvent(new MfaAuthenticatorRemoveEvent({ id: removed.id, name: removed.name, kind: removed.kind }));
    this.notifyChange();
  }

  /** Not while another rename is on its way: its answer must land (the Rename buttons say they are unavailable). */
  #startRename(item: Authenticator): void {
    if (this.#rename.status === 'pending') return;
    this.#rename.reset();
    this.announcement = undefined;
    this.editing = { id: item.id, draft: item.name };
    this.#renameFrom = item;
    this.#focus = 'rename-input';
  }

  /** Not while the new name is on its way: it may be taken on the endpoint already, and its answer must land. */
  #cancelRename(): void {
    if (this.#rename.status === 'pending') return;
    const id = this.editing?.id;
    this.#rename.reset();
    this.editing = undefined;
    if (id) this.#focus = `rename-${id}`;
  }

  /**
   * Escape leaves the new name, as Cancel does (and as Escape leaves the phone editor's steps); not
   * the one that ends an input method's composition, which is the field's.
   */
  #onRenameKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || composing(event)) return;
    event.stopPropagation();
    this.#cancelRename();
  }

  #onRenameInput(event: Event): void {
    if (!this.editing) return;
    // The endpoint's refusal of the name as taken was of the name before this edit.
    if (isConflict(this.#rename.error, 'duplicate-name')) this.#rename.reset();
    this.editing = { id: this.editing.id, draft: (event.target as HTMLInputElement).value };
  }

  #submitRename(event: Event): void {
    event.preventDefault();
    const editing = this.editing;
    const item = this.#list.value?.find((candidate) => candidate.id === editing?.id);
    if (!editing || !item || this.#rename.blocked) return;
    const name = typedName(editing.draft);
    const problem = nameProblem(name);
    if (problem) {
      // The endpoint's last refusal was of another name: not shown again once this one is edited.
      this.#rename.reset();
      this.editing = { ...editing, problem };
      this.#focus = 'rename-input';
      return;
    }
    if (name === item.name) {
      this.#cancelRename();
      return;
    }
    this.#renameFrom = item;
    void this.#rename.run(item.id, name);
  }

  /** Not while a removal is in flight (its dialog keeps the rows out of reach): its answer must land. */
  #askRemove(item: Authenticator): void {
    if (this.#remove.status === 'pending') return;
    this.#remove.reset();
    this.announcement = undefined;
    this.confirming = item;
  }

  #confirmRemove(): void {
    const item = this.confirming;
    if (!item || this.#remove.blocked) return;
    this.#removeTarget = item;
    void this.#remove.run(item.id);
  }

  /**
   * Keep it, Escape: not while the removal is in flight, as its answer must be shown (Keep it says
   * it is unavailable). A dialog the browser closed meanwhile (Chromium does on a second Escape,
   * whose `cancel` cannot be refused) opens again, the rows behind it inert again.
   */
  #closeDialog(): void {
    if (this.#remove.status === 'pending') {
      this.requestUpdate();
      return;
    }
    const id = this.confirming?.id;
    this.confirming = undefined;
    this.#remove.reset();
    if (id) this.#focus = `remove-${id}`;
  }

  #onDialogCancel(event: Event): void {
    event.preventDefault();
    this.#closeDialog();
  }

  protected override render(): TemplateResult {
    const t = this.localizer;
    return html`
      <div part="base" class="base" dir=${t.dir} lang=${t.lang}>
        ${this.#renderBody()}
        <p part="status" class="success" role="status" id="status">${
          // While a new name is on its way, that it is being saved: the focus stays in the field on
          // Enter, where Save's new words are not read, and Cancel and the other rows' Rename,
          // unavailable meanwhile, give it as why.
          this.#rename.status === 'pending'
            ? t.term('saving')
            : this.editing && this.#rename.waitOver
              ? t.term('retryNow')
              : reauthText(this.#rename, t) || this.announcement?.(t)
        }</p>
        ${this.#renderDialog()}
      </div>
    `;
  }

  #renderBody(): TemplateResult {
    const t = this.localizer;
    if (!this.clientExpected) return html`<p part="error" class="error" role="alert">${t.term('noClient')}</p>`;
    const items = this.#list.value;
    if (!items) {
      // The alert is in the DOM from the start, so the failure is announced when it fills.
      return html`
        <p class="hint" role="status">${this.#list.status === 'error' ? '' : t.term('loading')}</p>
        ${renderLoadError(t, this.#list)}
      `;
    }
    // The alert stays in the DOM while the list shows, empty, so a reload that fails (after another
    // element's change) is announced as it fills, as on the first load.
    return html`
      ${renderLoadError(t, this.#list)}
      ${
        items.length === 0
          ? html`<p part="empty" tabindex="-1">${t.term('authListEmpty')}</p>`
          : html`<ul part="list" class="list" aria-label=${t.term('authListLabel')} tabindex="-1">
              ${items.map((item) => this.#renderItem(item))}
            </ul>`
      }
    `;
  }

  #renderItem(item: Authenticator): TemplateResult {
    if (this.editing?.id === item.id) return this.#renderRename(item, this.editing);
    return renderItem(this.localizer, item, this.#rename.status === 'pending', () => this.#startRename(item), () => this.#askRemove(item));
  }

  #renderRename(item: Authenticator, editing: Editing): TemplateResult {
    const t = this.localizer;
    const pending = this.#rename.status === 'pending';
    const { problem } = editing;
    const error = problem === 'empty' ? t.term('authNameRequired') : problem ? nameTooLongText(t) : actionErrorText(this.#rename, t);
    // A problem found here and a refusal of the endpoint are never both there: checking a name
    // forgets the last refusal (see #submitRename), and editing it forgets both.
    const invalid = !!problem || isConflict(this.#rename.error, 'duplicate-name');
    // A rate limit: the alert keeps what it announced, hidden; the copy seen counts down (not live),
    // in the field's error part with it.
    const countdown = failureAlert(t, this.#rename).countdown;
    // The form is labelled by the authenticator's current name, so the field's context is clear.
    return html`
      <li part="item row" class="item">
        <form part="rename-form" class="rename" aria-label=${t.format('authRenameNamed', isolateName(item.name))} @submit=${this.#submitRename}
          @keydown=${this.#onRenameKeydown} novalidate>
          <label part="label" for="rename-input">${t.term('authNewName')}</label>
          <input part="name-input" id="rename-input" dir="auto" autocomplete="off"
            aria-invalid=${invalid} aria-describedby="rename-error" @input=${this.#onRenameInput} />
          ${renderErrorRegion({ text: error, countdown }, nothing, 'rename-', 'field-error')}
          ${actionBlockedHint(this.#rename, t, this.#rename.error, 'rename-blocked')}
          <div class="actions">
            <button part="button primary" type="submit" data-focus="form-save" aria-disabled=${this.#rename.blocked} aria-describedby="rename-blocked rename-wait">
              ${pending ? t.term('saving') : t.term('save')}
            </button>
            <button part="button" type="button" data-focus="form-cancel" aria-disabled=${pending} aria-describedby=${pending ? 'status' : nothing}
              @click=${this.#cancelRename}>${t.term('cancel')}</button>
          </div>
        </form>
      </li>
    `;
  }

  #renderDialog(): TemplateResult {
    const item = this.confirming;
    // A modal dialog: focus stays inside until the user decides; it is described by the reason to remove.
    return html`
      <dialog part="dialog" aria-labelledby="remove-title" aria-describedby="remove-explain"
        @cancel=${this.#onDialogCancel} @close=${() => this.confirming && this.#closeDialog()}>
        ${item ? renderRemoveConfirm(this.localizer, item, this.#remove, this.#confirmRemove, this.#closeDialog) : nothing}
      </dialog>
    `;
  }
}

if (!customElements.get('mfa-authenticator-list')) customElements.define('mfa-authenticator-list', MfaAuthenticatorList);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-authenticator-list': MfaAuthenticatorList;
  }
}
