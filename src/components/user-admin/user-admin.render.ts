/** The steps of `<mfa-user-admin>`: choose an action, confirm it, read the result per user. */
import { type TemplateResult, html, nothing } from 'lit';
import type { Localizer } from '../../core/localize.js';
import type { AdminAction } from '../../core/types.js';
import { type AdminUser, type UserOutcome, summarize } from './user-admin-flow.js';
import { ADMIN_ACTIONS, actionTexts, reasonText, selectedText } from './user-admin-text.js';

export interface ChooseView {
  /** The users the host selected, once each. */
  users: AdminUser[];
  action: AdminAction | undefined;
  /** The admin went on without choosing an action. */
  chooseError: boolean;
  onChoose: (event: Event) => void;
  onReview: (event: Event) => void;
}

/** The actions as a radio group, with the users they will apply to. */
export function renderChoose(l: Localizer, view: ChooseView): TemplateResult {
  const none = view.users.length === 0;
  return html`
    <form part="choose-form" class="base" novalidate @submit=${view.onReview}>
      ${none
        ? html`<p part="notice" class="notice" id="no-users">${l.term('userAdminNoUsers')}</p>`
        : html`<p part="users" id="users">${selectedText(l, view.users)}</p>`}
      <fieldset part="actions-list" ?disabled=${none} aria-describedby=${none ? 'no-users' : 'users'}>
        <legend>${l.term('userAdminLegend')}</legend>
        ${ADMIN_ACTIONS.map((action) => {
          const t = actionTexts(l, action);
          return html`
            <div part="option" class="option">
              <input type="radio" name="action" id="action-${action}" .value=${action} .checked=${view.action === action}
                aria-invalid=${view.chooseError}
                aria-describedby=${view.chooseError ? 'choose-error' : nothing}
                @change=${view.onChoose} />
              <label for="action-${action}">
                <span>${t.name}</span>
                <span class="hint">${t.hint}</span>
              </label>
            </div>
          `;
        })}
      </fieldset>
      ${view.chooseError ? html`<p class="error" id="choose-error">${l.term('userAdminChooseAction')}</p>` : nothing}
      <div class="actions">
        <button part="button primary continue-button" type="submit" aria-disabled=${none}
          aria-describedby=${none ? 'no-users' : nothing}>${l.term('userAdminContinue')}</button>
      </div>
    </form>
  `;
}

/** What the run and retry buttons need to know of the request. */
export interface RunView {
  /** A run is in flight, waiting out a 429, or the browser is offline. */
  blocked: boolean;
  /** Seconds left before the endpoint takes another run; 0 when it does now. */
  wait: number;
}

export interface ConfirmView extends RunView {
  onRun: () => void;
  onCancel: () => void;
  onKeydown: (event: KeyboardEvent) => void;
}

function waitHint(l: Localizer, wait: number): TemplateResult | typeof nothing {
  return wait > 0 ? html`<span class="hint">${l.format('retryIn', l.duration(wait))}</span>` : nothing;
}

/** The sentence that names what will happen and to how many users, with Run and Cancel. */
export function renderConfirm(l: Localizer, action: AdminAction, users: AdminUser[], view: ConfirmView): TemplateResult {
  const t = actionTexts(l, action);
  // A group named by the question: focus moves to its run button, which reads the question first.
  return html`
    <div part="confirm" class="confirm" role="group" aria-labelledby="confirm-question" @keydown=${view.onKeydown}>
      <p id="confirm-question">${t.confirm(users.length, l.number(users.length))}</p>
      <p part="users" class="hint">${selectedText(l, users)}</p>
      <div class="actions">
        <button part="button danger run-button" type="button" id="run" aria-disabled=${view.blocked}
          aria-describedby=${view.blocked ? 'status wait' : nothing}
          @click=${view.onRun}>${t.run}</button>
        <button part="button cancel-button" type="button" @click=${view.onCancel}>${l.term('cancel')}</button>
        ${waitHint(l, view.wait)}
      </div>
    </div>
  `;
}

export interface ResultsView extends RunView {
  /** The failed users are being tried again. */
  running: boolean;
  onRetryFailed: () => void;
  onStartOver: () => void;
}

/** One line per user, failures with their reason, and a retry for the failed ones alone. */
export function renderResults(l: Localizer, outcomes: UserOutcome[], view: ResultsView): TemplateResult {
  const { failed } = summarize(outcomes);
  return html`
    <p class="subheading" id="results-label" tabindex="-1">${l.term('userAdminResultsLabel')}</p>
    <ul part="results" aria-labelledby="results-label">
      ${outcomes.map(
        (o) => html`
          <li part="result" class="result">
            <span part="result-name">${o.user.displayName}</span>
            <span part="result-status" class=${o.status}>
              ${o.status === 'done' ? l.term('userAdminResultDone') : l.format('userAdminResultFailed', reasonText(l, o.reason))}
            </span>
          </li>
        `,
      )}
    </ul>
    <div class="actions">
      ${failed > 0
        ? html`<button part="button primary retry-button" type="button" aria-disabled=${view.blocked}
            aria-describedby=${view.blocked ? 'status wait' : nothing}
            @click=${view.onRetryFailed}>${l.count('userAdminRetryFailed', failed)}</button>`
        : nothing}
      <button part="button start-over-button" type="button" ?disabled=${view.running} @click=${view.onStartOver}>
        ${l.term('userAdminStartOver')}
      </button>
      ${waitHint(l, view.wait)}
    </div>
  `;
}
