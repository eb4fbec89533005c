/** The viewing step: the current number (masked), add / change / remove, and the inline remove confirmation. */
import { type TemplateResult, html, nothing } from 'lit';
import type { ActionController } from '../../core/action.js';
import { loadRetryButton } from '../../core/load-retry.js';
import type { Localizer } from '../../core/localize.js';
import type { ResourceController } from '../../core/resource.js';
import { renderMaskedNumber, spokenNumber } from '../../core/masked-number.js';
import type { MethodId, PhoneSlot, SettingsSummary } from '../../core/types.js';
import { isConflict } from '../authenticator-list/action-feedback.js';
import type { FlowState } from './phone-editor-flow.js';
import { isolate } from './phone-editor.render.js';

/** The methods a phone in each slot brings: the policy must allow one of them. */
export const SLOT_METHODS: Record<PhoneSlot, MethodId[]> = {
  mobile: ['text-mobile', 'call-mobile'],
  alternate: ['call-alternate'],
  office: ['call-office'],
};

/** Whether the default method uses the phone in `slot`: it cannot be removed. */
export const backsDefault = (summary: SettingsSummary | undefined, slot: PhoneSlot): boolean =>
  SLOT_METHODS[slot].includes(summary?.defaultMethod as MethodId);

export interface SummaryView {
  t: Localizer;
  flow: Extract<FlowState, { step: 'viewing' | 'saved' | 'remove-confirm' | 'removing' }>;
  settings: ResourceController<SettingsSummary>;
  slot: PhoneSlot;
  /** The removal: in flight, or not possible now (rate limited, offline, awaiting re-authentication). */
  remove: ActionController<[], object>;
  onEdit: () => void;
  onRemove: () => void;
  onRemoveConfirmed: () => void;
  onCancel: () => void;
}

export function renderSummary(view: SummaryView): TemplateResult {
  const { t, flow, settings } = view;
  const summary = settings.value;
  if (!summary) {
    return settings.status === 'error'
      ? html`<div class="actions">${loadRetryButton(t, settings.rateLimited, () => settings.reload())}</div>`
      : html`<p part="current" role="status">${t.term('loading')}</p>`;
  }
  const phone = summary.phones.find((p) => p.slot === view.slot);
  const allowed = SLOT_METHODS[view.slot].some((m) => summary.policy.allowedMethods.includes(m));
  const confirming = flow.step === 'remove-confirm' || flow.step === 'removing';
  // In flight: sent from the confirmation, or sent again by the host after re-authentication.
  const removing = flow.step === 'removing' || view.remove.status === 'pending';
  // Refused because the default method uses the phone: Remove is not offered again while it does
  // (it would be refused again); once another default is saved (with the page's method picker,
  // say), it is.
  const refused = flow.step === 'remove-confirm' && isConflict(flow.error, 'backs-default-method') && backsDefault(summary, view.slot);
  // The buttons say "Add", "Change" and "Remove"; their names say which phone ("Change office
  // phone", the visible word first), so a page with three phones has no three "Change" buttons;
  // the number describes them. "Saved" takes the focus, and is read so; on Change, an Enter typed
  // just after the code (which is sent by itself once complete) would open the editor again.
  return html`
    <p part="current" id="current">
      ${phone
        ? html`${renderMaskedNumber(t, phone.maskedNumber)}${phone.extension
              ? html` · <span>${t.format('phoneEditorExtensionShown', phone.extension)}</span>`
              : nothing}`
        : t.term('phoneEditorNone')}
    </p>
    ${flow.step === 'saved' ? html`<p class="success" id="saved" tabindex="-1" aria-labelledby="saved">${t.format('phoneEditorSaved', isolate(spokenNumber(t, flow.maskedNumber)))}</p>` : nothing}
    ${flow.step === 'viewing' && flow.notice === 'removed' ? html`<p class="success">${t.term('phoneEditorRemoved')}</p>` : nothing}
    ${confirming && phone
      ? html`<div part="remove-confirm" role="group" aria-labelledby="remove-question">
          <p id="remove-question">${t.format('phoneEditorRemoveQuestion', isolate(spokenNumber(t, phone.maskedNumber)))}</p>
          <div class="actions">
            <button
              part="button danger"
              type="button"
              id="remove-yes"
              ?hidden=${refused}
              aria-disabled=${removing || view.remove.blocked}
              aria-describedby="offline wait"
              @click=${view.onRemoveConfirmed}
            >
              ${t.term(removing ? 'phoneEditorRemoving' : 'phoneEditorRemove')}
            </button>
            <button part="button" type="button" id="remove-cancel" aria-disabled=${removing} @click=${view.onCancel}>${t.term('cancel')}</button>
          </div>
        </div>`
      : html`<div class="actions">
          ${allowed
            ? html`<button
                part="button"
                type="button"
                id="edit"
                aria-label=${t.format(phone ? 'phoneEditorChangeNamed' : 'phoneEditorAddNamed', view.slot)}
                aria-describedby="current"
                @click=${view.onEdit}
              >
                ${t.term(phone ? 'phoneEditorChange' : 'phoneEditorAdd')}
              </button>`
            : nothing}
          ${phone
            ? html`<button
                part="button danger"
                type="button"
                id="remove"
                aria-label=${t.format('phoneEditorRemoveNamed', view.slot)}
                aria-describedby="current"
                @click=${view.onRemove}
              >
                ${t.term('phoneEditorRemove')}
              </button>`
            : nothing}
        </div>`}
  `;
}
