import { type ReactiveControllerHost, type TemplateResult, html, nothing } from 'lit';
import { ActionController } from '../../core/action.js';
import type { MfaClient } from '../../core/client.js';
import { goneAlready } from '../../core/errors.js';
import { type Localizer, type Say, buttonName } from '../../core/localize.js';
import { renderMaskedNumber, spokenNumber } from '../../core/masked-number.js';
import type { PhoneSlot, SettingsSummary } from '../../core/types.js';
import { isConflict } from '../authenticator-list/action-feedback.js';
import { ActionOutcomes } from './action-outcome.js';
import type { FlowEvent, FlowState } from './phone-editor-flow.js';
import { SLOT_METHODS, backsDefault } from './phone-editor-state.js';
import { MfaPhoneRemoveEvent } from './phone-editor.events.js';

/** Whether the policy allows a method of the slot's phone, so that the user may add or change it. */
export const mayAdd = (summary: SettingsSummary | undefined, slot: PhoneSlot) =>
  !!summary && SLOT_METHODS[slot].some((m) => summary.policy.allowedMethods.includes(m));

/**
 * What the removal needs of the element: its own members, some of them protected or private in it
 * (this is a part of the element; the element passes itself as this type), as `VerificationHost`.
 */
export interface RemovalHost extends ReactiveControllerHost, HTMLElement {
  readonly phoneSlot: PhoneSlot;
  /** The client in use, for the request: it runs only from the summary, shown once there is one. */
  requireClient(): MfaClient;
  /** The element's connection signal. */
  readonly connectedSignal: AbortSignal;
  /** Where the flow is now. */
  readonly flow: FlowState;
  /** What the polite live region says. */
  announcement: Say | undefined;
}

/**
 * Removing the phone for `<mfa-phone-editor>`, and the viewing step that offers it: the current
 * number (masked) with Add or Change and Remove, and the inline confirmation. It is the removal's
 * action itself (its status, error and wait are the element's to read), and tells the flow what the
 * endpoint answered. The element owns the flow and the settings.
 */
export class PhoneRemoval extends ActionController<[PhoneSlot], { slot: PhoneSlot }> {
  readonly #host: RemovalHost;
  /** Moves the flow on; `focus` is the id of the control to focus after the next render. */
  readonly #dispatch: (event: FlowEvent, focus?: string) => void;
  /** The endpoint removed the phone (after `mfa-phone-remove`). */
  readonly #changed: () => void;
  readonly #outcomes = new ActionOutcomes();
  /**
   * The summary shown when the endpoint last refused the removal. A refusal because the default
   * method uses the phone, given while the summary said otherwise (it was out of date), is said in
   * the element's alert until the settings load again.
   */
  #refusedWith: SettingsSummary | undefined;

  /** As the verification's, what only the element's private methods do is passed as functions. */
  constructor(host: RemovalHost, dispatch: (event: FlowEvent, focus?: string) => void, changed: () => void) {
    super(host, {
      operation: 'deletePhone',
      // The phone the user confirmed, which the host may have switched the element from since (a
      // host's retry() sends it again for that phone too); its answer names it: a fresh object per
      // success, so each outcome is handled once (see `ActionOutcomes`).
      send: (options, slot) =>
        host
          .requireClient()
          .deletePhone(slot, options)
          .catch(goneAlready)
          .then(() => ({ slot })),
      onWaitOver: () => {
        host.announcement = (t) => t.term('retryNow');
      },
    });
    this.#host = host;
    this.#dispatch = dispatch;
    this.#changed = changed;
  }

  /**
   * Whether the endpoint refused the removal, because the default method uses the phone, against
   * `summary` while it said otherwise (it was out of date): the element's alert says so until the
   * settings load again.
   */
  refusedAgainst(summary: SettingsSummary | undefined): boolean {
    return summary === this.#refusedWith && !backsDefault(summary, this.#host.phoneSlot);
  }

  /**
   * Handles the endpoint's new answer (`summary`: the one shown, which a refusal is kept against);
   * the element calls it from `willUpdate`.
   */
  willUpdate(summary: SettingsSummary | undefined): void {
    this.#outcomes.take(
      this,
      ({ slot }) => {
        // Add takes the focus; where the policy offers none, the line saying no phone is set up.
        this.#dispatch({ type: 'removed' }, mayAdd(summary, this.#host.phoneSlot) ? 'edit' : 'current');
        this.#host.dispatchEvent(new MfaPhoneRemoveEvent({ slot }));
        this.#changed();
      },
      (error) => {
        this.#refusedWith = summary;
        this.#dispatch({ type: 'remove-failed', error }, 'remove-cancel');
      },
    );
    // Sent again by the host's retry() after re-authentication (see the verification's own): the
    // flow takes it only in the confirmation.
    if (this.status === 'pending') this.#dispatch({ type: 'remove-confirmed' });
  }

  // Focus goes to Cancel, the safe choice (as the authenticator list's "Keep it"): Enter twice removes nothing.
  #onRemove = (): void => {
    this.#dispatch({ type: 'remove' }, 'remove-cancel');
  };

  #onConfirmed = (): void => {
    if (this.blocked) return;
    this.#dispatch({ type: 'remove-confirmed' });
    void this.run(this.#host.phoneSlot);
  };

  /**
   * The viewing step, from `summary`: the current number (masked), "saved" or "removed", Add or
   * Change (`edit`) and Remove, and the inline confirmation (`cancel` leaves it). `edit` and
   * `cancel` are the element's methods: Lit calls a template's listeners with the element as `this`.
   */
  renderSummary(t: Localizer, flow: FlowState, summary: SettingsSummary, edit: () => void, cancel: () => void): TemplateResult {
    const slot = this.#host.phoneSlot;
    // Removed: gone from the summary at once, not only once the settings are read again (no number
    // beside "removed", nor Remove again for a phone that is gone).
    const removed = 'notice' in flow;
    const phone = removed ? undefined : summary.phones.find((p) => p.slot === slot);
    const allowed = mayAdd(summary, slot);
    const confirming = flow.step === 'remove-confirm' || flow.step === 'removing';
    // In flight: sent from the confirmation, or sent again by the host after re-authentication
    // (`willUpdate` has moved the flow on for it).
    const removing = flow.step === 'removing';
    // The default method uses the phone, as the summary says: the endpoint would refuse the removal,
    // so the confirmation says why in place of the question (its group's name, read as the focus
    // goes to Cancel in it), and offers Cancel alone; the alert says nothing more. Refused anyway,
    // the summary being out of date: the alert says why, and Remove is not offered again until
    // the settings load again. Once another default is saved (with the page's method picker,
    // say), Remove is offered again.
    const backs = backsDefault(summary, slot);
    const refused =
      flow.step === 'remove-confirm' && (backs || (summary === this.#refusedWith && isConflict(flow.error, 'backs-default-method')));
    // The buttons say "Add", "Change" and "Remove"; their names say which phone ("Change office
    // phone", the visible word first), so a page with three phones has no three "Change" buttons;
    // the number describes them. "Saved" takes the focus, and is read so; on Change, an Enter typed
    // just after the code (which is sent by itself once complete) would open the editor again.
    // A host's table that gives its word for a button and not the sentence naming it names it with
    // its word then the phone, so that the name holds the word shown (`buttonName`, WCAG 2.5.3).
    const named = (shown: 'phoneEditorAdd' | 'phoneEditorChange' | 'phoneEditorRemove') =>
      buttonName(t, shown, t.format(`${shown}Named`, slot), t.slotName(slot));
    // Remove, unavailable (aria-disabled) while in flight or not possible now: rate limited or
    // offline (not while the host re-authenticates the user: pressed again, it is sent again).
    return html`
      <p part="current" id="current" tabindex=${allowed ? nothing : -1}>
        ${phone
          ? html`${renderMaskedNumber(t, phone.maskedNumber)}${phone.extension
                ? html` · <span>${t.format('phoneEditorExtensionShown', phone.extension)}</span>`
                : nothing}`
          : t.term('phoneEditorNone')}
      </p>
      ${flow.step === 'saved' ? html`<p class="success" id="saved" tabindex="-1" aria-labelledby="saved">${t.format('phoneEditorSaved', spokenNumber(t, flow.maskedNumber))}</p>` : nothing}
      ${removed ? html`<p class="success">${t.term('phoneEditorRemoved')}</p>` : nothing}
      ${confirming && phone
        ? html`<div part="remove-confirm" role="group" aria-labelledby="remove-question">
            <p id="remove-question">
              ${backs ? t.term('phoneEditorBacksDefault') : t.format('phoneEditorRemoveQuestion', spokenNumber(t, phone.maskedNumber))}
            </p>
            <div class="actions">
              <button
                part="button danger"
                type="button"
                id="remove-yes"
                ?hidden=${refused}
                aria-disabled=${removing || this.blocked}
                aria-describedby="offline wait"
                @click=${this.#onConfirmed}
              >
                ${t.term(removing ? 'phoneEditorRemoving' : 'phoneEditorRemove')}
              </button>
              <button part="button" type="button" id="remove-cancel" aria-disabled=${removing} @click=${cancel}>${t.term('cancel')}</button>
            </div>
          </div>`
        : html`<div class="actions">
            ${allowed
              ? html`<button
                  part="button"
                  type="button"
                  id="edit"
                  aria-label=${named(phone ? 'phoneEditorChange' : 'phoneEditorAdd')}
                  aria-describedby="current"
                  @click=${edit}
                >
                  ${t.term(phone ? 'phoneEditorChange' : 'phoneEditorAdd')}
                </button>`
              : nothing}
            ${phone
              ? html`<button
                  part="button danger"
                  type="button"
                  id="remove"
                  aria-label=${named('phoneEditorRemove')}
                  aria-describedby="current"
                  @click=${this.#onRemove}
                >
                  ${t.term('phoneEditorRemove')}
                </button>`
              : nothing}
          </div>`}
    `;
  }
}
