import { type TemplateResult, html, nothing } from 'lit';
import { type Localizer, detailsLine, isolateName } from '../../core/localize.js';
import { NAME_MAX_LENGTH, type NameProblem, nameTooLongText } from '../../core/names.js';
import type { AppPassword, AppPasswordList } from '../../core/types.js';
import { type AppPasswordsView, groupPassword, limitState } from './app-passwords-flow.js';

/** Pieces of `<mfa-app-passwords>` that render from their arguments alone. */

type Shown = Extract<AppPasswordsView, { step: 'shown' }>;

/**
 * The panel that shows a new app password once: the warning first, the password grouped for
 * reading, Copy and Done. The password is a parameter of this render only; it is never stored in
 * the element's reactive state. The panel itself takes the focus when the password is created: a
 * region named by its heading and described by the warning, so a screen reader says both at once.
 */
export function renderShownPanel(
  l: Localizer,
  view: Shown,
  secret: string,
  copy: () => void,
  done: () => void,
): TemplateResult {
  // Groups are separate boxes rather than words with spaces between them: a user who selects the
  // password by hand copies it without spaces, and it still reads in fours.
  return html`
    <section part="password-panel" class="panel" aria-labelledby="shown-heading" aria-describedby="shown-warning" tabindex="-1">
      <p part="heading" class="subheading" id="shown-heading">${l.format('appPasswordsShownHeading', isolateName(view.appPassword.name))}</p>
      <p part="warning" class="notice" id="shown-warning">${l.term('appPasswordsShownWarning')}</p>
      <p>
        <span class="visually-hidden">${l.term('appPasswordsPasswordLabel')}</span>
        <span part="password" class="password ltr" id="password">${groupPassword(secret).map(
          (group) => html`<span class="group">${group}</span><wbr>`,
        )}</span>
      </p>
      ${view.copy === 'manual'
        ? html`
            <label part="label" for="manual">${l.term('appPasswordsManualLabel')}</label>
            <input part="manual-copy" class="manual ltr" id="manual" readonly .value=${secret}
              autocomplete="off" spellcheck="false" aria-describedby="shown-warning" />
          `
        : nothing}
      <div class="actions">
        <button part="button copy-button" type="button" @click=${copy}>${l.term('appPasswordsCopy')}</button>
        <button part="button primary done-button" type="button" aria-describedby="shown-warning" @click=${done}>
          ${l.term('appPasswordsDone')}
        </button>
      </div>
    </section>
  `;
}

/** "3 of 40 created", with a notice near and at the limit; or why app passwords are not available. */
export function renderLimit(l: Localizer, list: AppPasswordList, allowed: boolean): TemplateResult {
  if (!allowed) return html`<p part="notice" class="notice" id="limit-notice" tabindex="-1">${l.term('appPasswordsNotAllowed')}</p>`;
  const s = limitState(list.items.length, list.limit);
  const usage = html`<p part="usage" class="usage">${l.count('appPasswordsUsage', s.used, s.limit)}</p>`;
  if (s.level === 'ok') return usage;
  const text =
    s.level === 'full'
      ? l.count('appPasswordsAtLimit', s.limit)
      : l.count('appPasswordsNearLimit', s.remaining);
  return html`${usage}<p part="notice" class="notice" id="limit-notice" tabindex="-1">${text}</p>`;
}

/**
 * The app passwords under a label (which takes focus after a revocation), or a message that there
 * are none. `action` renders the revoke control at the end of each row.
 */
export function renderList(
  l: Localizer,
  items: AppPassword[],
  action: (item: AppPassword, index: number) => TemplateResult | typeof nothing,
): TemplateResult {
  const label = html`<p part="heading" class="subheading" id="list-label" tabindex="-1">${l.term('appPasswordsListLabel')}</p>`;
  if (items.length === 0) return html`${label}<p part="empty">${l.term('appPasswordsEmpty')}</p>`;
  return html`${label}
    <ul part="list" aria-labelledby="list-label">
      ${items.map(
        (item, i) => html`
          <li part="row" class="row">
            <span class="row-text">
              <span part="row-name" dir="auto">${item.name}</span>
              <span part="row-detail" class="hint" id="row-detail-${i}">
                ${detailsLine(
                  l,
                  ['appPasswordsCreatedOn', item.createdAt],
                  item.lastUsedAt ? ['appPasswordsLastUsedOn', item.lastUsedAt] : l.term('appPasswordsNeverUsed'),
                )}
              </span>
            </span>
            ${action(item, i)}
          </li>
        `,
      )}
    </ul>`;
}

/** What is wrong with an app password's name, as its field says it. */
export function nameErrorText(l: Localizer, problem: NameProblem | 'invalid' | 'taken'): string {
  if (problem === 'empty') return l.term('appPasswordsNameRequired');
  if (problem === 'taken') return l.term('errorDuplicateName');
  return problem === 'too-long'
    ? nameTooLongText(l)
    : l.count('appPasswordsNameInvalid', NAME_MAX_LENGTH);
}
