import { type TemplateResult, html, nothing } from 'lit';
import type { Localizer } from '../../core/localize.js';
import type { AppPassword, AppPasswordList } from '../../core/types.js';
import { type AppPasswordsView, groupPassword, limitState } from './app-passwords-flow.js';

/** Pieces of `<mfa-app-passwords>` that render from their arguments alone. */

type Shown = Extract<AppPasswordsView, { step: 'shown' }>;

/**
 * The panel that shows a new app password once: the warning first, the password grouped for
 * reading, Copy and Done. The password is a parameter of this render only; it is never stored in
 * the element's reactive state.
 */
export function renderShownPanel(
  l: Localizer,
  view: Shown,
  secret: string,
  on: { copy: () => void; done: () => void },
): TemplateResult {
  // Groups are separate boxes rather than words with spaces between them: a user who selects the
  // password by hand copies it without spaces, and it still reads in fours.
  return html`
    <section part="password-panel" class="panel" aria-labelledby="shown-heading">
      <p class="subheading" id="shown-heading" tabindex="-1">${l.format('appPasswordsShownHeading', view.appPassword.name)}</p>
      <p part="warning" class="notice" id="shown-warning">${l.term('appPasswordsShownWarning')}</p>
      <p class="password-line">
        <span class="visually-hidden">${l.term('appPasswordsPasswordLabel')}</span>
        <span part="password" class="password ltr" id="password">
          ${groupPassword(secret).map((group) => html`<span class="group">${group}</span>`)}
        </span>
      </p>
      ${view.copy === 'manual'
        ? html`
            <label for="manual">${l.term('appPasswordsManualLabel')}</label>
            <input part="manual-copy" class="manual ltr" id="manual" readonly .value=${secret}
              autocomplete="off" spellcheck="false" aria-describedby="shown-warning" />
          `
        : nothing}
      <div class="actions">
        <button part="copy-button" type="button" @click=${on.copy}>${l.term('appPasswordsCopy')}</button>
        <button part="done-button" class="primary" type="button" aria-describedby="shown-warning" @click=${on.done}>
          ${l.term('appPasswordsDone')}
        </button>
      </div>
    </section>
  `;
}

/** The inline confirmation inside a row, before revoking. */
export function renderRevokeConfirm(
  l: Localizer,
  item: AppPassword,
  on: { blocked: boolean; wait: number; confirm: () => void; cancel: () => void; keydown: (e: KeyboardEvent) => void },
): TemplateResult {
  // A group named by the question: moving focus to its first button reads the question first.
  return html`
    <div part="confirm" class="confirm" role="group" aria-labelledby="confirm-question" @keydown=${on.keydown}>
      <p id="confirm-question">${l.format('appPasswordsRevokeConfirm', item.name)}</p>
      <div class="actions">
        <button part="revoke-button" class="danger" type="button" id="confirm-revoke"
          aria-disabled=${on.blocked ? 'true' : 'false'} @click=${on.confirm}>
          ${l.term('appPasswordsRevoke')}
        </button>
        <button part="cancel-button" type="button" @click=${on.cancel}>${l.term('cancel')}</button>
        ${on.wait > 0 ? html`<span class="hint">${l.format('retryIn', l.duration(on.wait))}</span>` : nothing}
      </div>
    </div>
  `;
}

/** "3 of 40 used", with a notice near and at the limit; or why app passwords are not available. */
export function renderLimit(l: Localizer, list: AppPasswordList, allowed: boolean): TemplateResult {
  if (!allowed) return html`<p part="notice" class="notice" id="limit-notice">${l.term('appPasswordsNotAllowed')}</p>`;
  const s = limitState(list.items.length, list.limit);
  const usage = html`<p part="usage" class="usage">${l.format('appPasswordsUsage', s.used, s.limit, l.number(s.used), l.number(s.limit))}</p>`;
  if (s.level === 'ok') return usage;
  const text =
    s.level === 'full'
      ? l.format('appPasswordsAtLimit', s.limit, l.number(s.limit))
      : l.format('appPasswordsNearLimit', s.remaining, l.number(s.remaining));
  return html`${usage}<p part="notice" class="notice" id="limit-notice">${text}</p>`;
}
