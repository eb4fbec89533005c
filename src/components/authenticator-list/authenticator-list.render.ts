/**
 * Templates of `<mfa-authenticator-list>`, as functions of what they show: the alert for a failed
 * load, one authenticator's row, and what the remove dialog says. The element owns the state and
 * the handlers and passes them in; nothing here holds state or calls the endpoint.
 */
import { type TemplateResult, html, nothing } from 'lit';
import type { ActionController } from '../../core/action.js';
import { renderErrorRegion } from '../../core/error-region.js';
import { loadRetryButton } from '../../core/load-retry.js';
import { type Failed, type Localizer, buttonName, detailsLine, failureAlert, isolateName } from '../../core/localize.js';
import type { ResourceStatus } from '../../core/resource.js';
import type { Authenticator } from '../../core/types.js';
import { actionBlockedHint, actionErrorText, isConflict, reauthText } from './action-feedback.js';

/**
 * The error part for a failed load: the alert (what could not be loaded, and why) and Retry, as in
 * every element (`renderErrorRegion`). A rate limit: the alert keeps what it announced, hidden; the
 * copy seen counts down (not live) and describes Retry, unavailable until the list loads again by
 * itself.
 */
export function renderLoadError(
  t: Localizer,
  list: Failed & { status: ResourceStatus; reload(): Promise<void> },
): TemplateResult {
  const failed = list.status === 'error';
  return renderErrorRegion(
    failed ? failureAlert(t, list, t.term('authListLoadFailed')) : { text: '' },
    failed ? loadRetryButton(t, list.rateLimited, () => list.reload()) : nothing,
  );
}

/**
 * One authenticator: its name, kind and dates, with Rename (unavailable while another rename is
 * `renaming`, described by the status line, which says it is being saved) and Remove, each named by
 * a sentence that holds the word it shows and names the authenticator (`buttonName`: a host's table
 * with the word and not the sentence keeps its word).
 */
export function renderItem(t: Localizer, item: Authenticator, renaming: boolean, rename: () => void, remove: () => void): TemplateResult {
  // A kind only a newer endpoint knows (a security key, say) is not named, rather than named wrongly.
  const kind = item.kind === 'push' ? t.term('authKindPush') : item.kind === 'totp' ? t.term('authKindTotp') : '';
  const name = isolateName(item.name);
  return html`
      <li part="item row" class="item">
        <div class="info">
          <span part="name row-name" class="name" dir="auto">${item.name}</span>
          <span part="details row-detail" class="hint"
            >${detailsLine(t, kind, ['authAdded', item.createdAt], item.lastUsedAt ? ['authLastUsed', item.lastUsedAt] : t.term('authNeverUsed'))}</span
          >
        </div>
        <div class="actions">
          <button part="button" type="button" data-focus="rename-${item.id}" aria-label=${buttonName(t, 'authRename', t.format('authRenameNamed', name), name)}
            aria-disabled=${renaming} aria-describedby=${renaming ? 'status' : nothing} @click=${rename}>${t.term('authRename')}</button>
          <button part="button danger" type="button" data-focus="remove-${item.id}" aria-label=${buttonName(t, 'authRemove', t.format('authRemoveNamed', name), name)}
            @click=${remove}>${t.term('authRemove')}</button>
        </div>
      </li>
    `;
}

/**
 * The remove dialog's content for `item`: why removing matters, the endpoint's refusal or failure,
 * and Remove (not offered once the endpoint refused) and Keep (Close once refused). While the
 * removal is on its way, Keep stays in the tab order and says it is unavailable, and why (the
 * status: "Removing…"): its answer must be shown.
 */
export function renderRemoveConfirm(
  t: Localizer,
  item: Authenticator,
  // biome-ignore lint/suspicious/noExplicitAny: the remove action, whatever its arguments and result
  action: ActionController<any[], unknown>,
  confirm: () => void,
  keep: () => void,
): TemplateResult {
  const refused = isConflict(action.error, 'backs-default-method');
  const name = isolateName(item.name);
  const error = actionErrorText(action, t, () => (refused ? t.format('authRemoveBacksDefault', name) : undefined));
  // A rate limit: the alert keeps what it announced, hidden; the copy seen counts down (not live).
  // The list's own status region is inert behind the modal dialog: the dialog has its own, which
  // also says the removal is under way ("Removing…"), as the focused button's new text may not be read.
  const countdown = failureAlert(t, action).countdown;
  const pending = action.status === 'pending';
  return html`
              <h2 part="heading" id="remove-title" class="title">${t.format('authRemoveTitle', name)}</h2>
              <p id="remove-explain">${t.term('authRemoveExplain')}</p>
              ${renderErrorRegion({ text: error, countdown }, nothing, 'remove-')}
              ${actionBlockedHint(action, t, action.error, 'remove-blocked')}
              <p part="status" class="hint" id="remove-status" role="status">${pending ? t.term('authRemoving') : action.waitOver ? t.term('retryNow') : reauthText(action, t)}</p>
              <div class="actions">
                ${
                  refused
                    ? nothing
                    : html`<button part="button danger" type="button" aria-disabled=${action.blocked} aria-describedby="remove-blocked remove-wait"
                        @click=${confirm}>${pending ? t.term('authRemoving') : t.term('authRemove')}</button>`
                }
                <button part="button" type="button" data-focus="remove-keep" autofocus aria-disabled=${pending}
                  aria-describedby=${pending ? 'remove-status' : nothing} @click=${keep}>
                  ${refused ? t.term('close') : t.term('authRemoveKeep')}
                </button>
              </div>`;
}
