import { type ReactiveControllerHost, type TemplateResult, html, nothing } from 'lit';
import { ActionController } from '../../core/action.js';
import type { MfaClient } from '../../core/client.js';
import { goneAlready } from '../../core/errors.js';
import { type Localizer, buttonName, isolateName } from '../../core/localize.js';
import type { ResourceController } from '../../core/resource.js';
import { waitHint } from '../../core/wait-hint.js';
import type { AppPassword, AppPasswordList } from '../../core/types.js';
import type { AppPasswordsEvent, AppPasswordsView } from './app-passwords-flow.js';

export interface RevokeOptions {
  /** The client in use, read when the user confirms. */
  client: () => MfaClient;
  /** The list the rows come from: a revoked item leaves it. */
  list: ResourceController<AppPasswordList>;
  view: () => AppPasswordsView;
  /** Moves the element's view, and focuses `focus` after the next render. */
  go: (event: AppPasswordsEvent, focus?: string) => void;
  /**
   * The user opened a confirmation: the status line's note is stale, and so is a creation's failure,
   * but a policy's refusal and one with no answer (each says what the user can do next).
   */
  onAsk: () => void;
  /** The endpoint revoked it; `name` is empty when the item was no longer known. */
  onRevoked: (id: string, name: string) => void;
  /** The app password being confirmed is no longer listed: revoked somewhere else. */
  onGone: (name: string) => void;
}

/**
 * Revoking in `<mfa-app-passwords>`: each row's Revoke button, the inline confirmation (Escape
 * leaves it), the request, and what a revocation changes in the list. The view stays the element's
 * one state machine: this controller moves it through `go`.
 */
export class RevokeController {
  /** The request; its result is the revoked id. */
  readonly action: ActionController<[string], string>;
  readonly #options: RevokeOptions;
  readonly #host: HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RevokeOptions) {
    this.#host = host;
    this.#options = options;
    this.action = new ActionController<[string], string>(host, {
      operation: 'revokeAppPassword',
      send: async (requestOptions, id) => {
        await options.client().revokeAppPassword(id, requestOptions).catch(goneAlready);
        return id;
      },
    });
  }

  /**
   * For the host's `willUpdate`: takes a confirmed revocation (whether the user's run or the
   * host's reauth `retry()` sent it), and leaves a confirmation whose item disappeared.
   */
  settle(): void {
    const { list, view } = this.#options;
    if (this.action.status === 'success' && this.action.result) {
      const id = this.action.result;
      this.action.reset();
      this.#onRevoked(id);
    }
    // The item being confirmed disappeared (revoked elsewhere): nothing left to confirm. The status
    // line says why the confirmation went, and the list takes the focus if the confirmation had it.
    const current = view();
    const items = list.value?.items;
    if (current.step === 'confirm-revoke' && items && list.status === 'ready') {
      const { id, name } = current.item;
      if (!items.some((item) => item.id === id) && this.action.status !== 'pending') {
        this.#options.go({ type: 'cancel-revoke' }, this.#focusInConfirmation ? '#list-label' : undefined);
        this.#options.onGone(name);
      }
    }
  }

  /**
   * Whether the confirmation, which goes, has the focus (or the page's body has it): the list takes
   * it then; not from where the user went meanwhile (another row's Revoke, the create form, the page).
   */
  get #focusInConfirmation(): boolean {
    return !!this.#host.shadowRoot?.activeElement?.closest('[part~=confirm]') || document.activeElement === document.body;
  }

  /**
   * Opens the confirmation in the row of `item`, with focus on the safe choice (Cancel). Not while a
   * revocation is on its way: its answer must land (the rows' Revoke buttons say they are unavailable).
   */
  ask(item: AppPassword): void {
    if (this.action.status === 'pending') return;
    this.#options.onAsk();
    this.action.reset();
    this.#options.go({ type: 'ask-revoke', item }, '#cancel-revoke');
  }

  /**
   * Leaves the confirmation, back to the row's Revoke button. Not while the revocation is on its way:
   * it may be done on the endpoint already, and its answer must land.
   */
  cancel(): void {
    const current = this.#options.view();
    if (current.step !== 'confirm-revoke' || this.action.status === 'pending') return;
    const index = this.#options.list.value?.items.findIndex((i) => i.id === current.item.id) ?? -1;
    this.action.reset();
    this.#options.go({ type: 'cancel-revoke' }, index >= 0 ? `#revoke-${index}` : '#list-label');
  }

  /** Sends the revocation being confirmed (gone already, it is revoked: see `goneAlready`). */
  confirm(): void {
    const current = this.#options.view();
    if (current.step !== 'confirm-revoke' || this.action.blocked) return;
    void this.action.run(current.item.id);
  }

  /**
   * The row's control: its confirmation while asked, else a Revoke button (none while a password is
   * shown). `alerted`: the alert counts down the wait of a rate limit on revoking, not said again here.
   */
  renderAction(l: Localizer, item: AppPassword, index: number, alerted: boolean): TemplateResult | typeof nothing {
    const view = this.#options.view();
    if (view.step === 'confirm-revoke' && view.item.id === item.id) {
      const { blocked, status } = this.action;
      const sending = status === 'pending';
      // A group named by the question, and described by the row's dates (which tell apart two app
      // passwords of the same name): moving focus into it reads them first. Focus goes to Cancel, the
      // safe choice (as the authenticator list's "Keep it"): Enter twice revokes nothing. While the
      // revocation is on its way, Cancel stays in the tab order and says it is unavailable, and why
      // (the status: "Revoking…").
      return html`
        <div part="confirm" class="confirm" role="group" aria-labelledby="confirm-question" aria-describedby="row-detail-${index}"
          @keydown=${(e: KeyboardEvent) => this.#onKeydown(e)}>
          <p id="confirm-question">${l.format('appPasswordsRevokeConfirm', isolateName(item.name))}</p>
          <div class="actions">
            <button part="button danger revoke-button" type="button" id="confirm-revoke"
              aria-disabled=${blocked} aria-describedby=${blocked ? `status ${alerted ? 'action-wait' : 'revoke-wait'}` : nothing} @click=${() => this.confirm()}>
              ${l.term('appPasswordsRevoke')}
            </button>
            <button part="button cancel-button" type="button" id="cancel-revoke" aria-disabled=${sending} aria-describedby=${sending ? 'status' : nothing}
              @click=${() => this.cancel()}>${l.term('cancel')}</button>
            ${waitHint(l, this.action, alerted, 'revoke-wait')}
          </div>
        </div>
      `;
    }
    if (view.step === 'shown') return nothing;
    // The name starts with the visible "Revoke" and names the app password (WCAG 2.5.3), in one
    // sentence a translation can order as its language does (`buttonName`); its dates describe it,
    // which tells apart two app passwords given the same name. While another is being revoked, it
    // says it is unavailable, and why (the status: "Revoking…").
    const name = isolateName(item.name);
    const sending = this.action.status === 'pending';
    return html`<button part="button danger revoke-button" type="button" id="revoke-${index}"
      aria-label=${buttonName(l, 'appPasswordsRevoke', l.format('appPasswordsRevokeNamed', name), name)}
      aria-disabled=${sending} aria-describedby="row-detail-${index}${sending ? ' status' : ''}" @click=${() => this.ask(item)}>
      ${l.term('appPasswordsRevoke')}
    </button>`;
  }

  #onRevoked(id: string): void {
    const { list, view } = this.#options;
    const current = view();
    const value = list.value;
    const item = value?.items.find((i) => i.id === id) ?? (current.step === 'confirm-revoke' ? current.item : undefined);
    const items = value?.items.filter((i) => i.id !== id) ?? [];
    if (value) list.set({ ...value, items });
    // The focus goes to the Revoke of the row that took its place (the last row's, for the last), so
    // clearing out old app passwords goes on where the user is, not from the top of the list each time.
    // Only from the confirmation, which goes, or from the page's body: not from where the user went
    // meanwhile (another row's Revoke, which keeps it with its app password; the create form, say).
    const index = value?.items.findIndex((i) => i.id === id) ?? -1;
    this.#options.go(
      { type: 'revoked', id },
      this.#focusInConfirmation ? (index >= 0 && items.length > 0 ? `#revoke-${Math.min(index, items.length - 1)}` : '#list-label') : undefined,
    );
    this.#options.onRevoked(id, item?.name ?? '');
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.cancel();
    }
  }
}
