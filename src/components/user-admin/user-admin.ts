import { type PropertyValues, type TemplateResult, html, nothing } from 'lit';
import { CustomStateController } from '../../core/custom-state.js';
import { isMfaError, isUnanswered } from '../../core/errors.js';
import { loadRetryButton } from '../../core/load-retry.js';
import { failureAlert } from '../../core/localize.js';
import { renderErrorRegion } from '../../core/error-region.js';
import { sayAgain } from '../../core/say-again.js';
import { MfaElement } from '../../core/mfa-element.js';
import { choiceStyles } from '../../core/choice-styles.js';
import { headingStyles } from '../../core/heading-styles.js';
import { controlStyles } from '../../core/styles.js';
import { themeTokens } from '../../core/theme.js';
import { waitHint } from '../../core/wait-hint.js';
import type { AdminAction, SettingsSummary } from '../../core/types.js';
import { userAdminStrings } from '../../locales/en/user-admin.js';
import { type AdminUser, type UserOutcome, retryable, summarize, uniqueUsers } from './user-admin-flow.js';
import { AdminRun, type AdminRunHost } from './user-admin-run.js';
import { ADMIN_ACTIONS, type UserAdminStatus, actionTexts, isNotAdmin, listedNames, reasonText, selectedText } from './user-admin-text.js';
import { userAdminStyles } from './user-admin.styles.js';

export * from './user-admin.events.js';
export type { AdminUser } from './user-admin-flow.js';
export type { UserAdminStatus } from './user-admin-text.js';


/**
 * @summary For administrators: runs one of the three administrator actions for the users the host
 * selected, and lists the result for each user.
 *
 * The actions: require the users to provide contact methods again, delete all their app passwords,
 * restore two-step verification on all their remembered devices. The admin chooses one (a radio
 * group), confirms a sentence that names what will happen and to how many users, and gets a result
 * per user; failures are listed with their reason, never dropped, and those a new try may clear
 * (the server's, a user not reported on) can be tried again alone; not a user who does not exist
 * or may not be changed.
 * More than 100 users go in requests of 100, with how many are handled so far, and Stop, which
 * sends no request after the one under way (the users not sent are listed as failed, to try again).
 * If one fails after others were answered, what those did stands and is listed; the users of the
 * request that failed are listed as not reported on, those after it as not sent. A sign-in to
 * renew (`mfa-reauth-required`), a rate limit, or the element taken out of the page (moved by a
 * script) stops the whole action instead, back where it was run from (the confirmation, which
 * says how many users were handled, or the results): run again, each request goes with its
 * idempotency key of before, so those answered are answered the same, not run twice.
 * `mfa-admin-action-complete` tells of each user once, as soon as the endpoint has answered for
 * them.
 * The element does not search for users: the host sets `users`. Read the state from `status`, or
 * style it with `:state(no-users|choose|confirm|running|done|partial|not-admin|error)`.
 *
 * Its colours, font, spacing, radius and focus ring come from the shared `--mfa-*` tokens,
 * listed on `<mfa-provider>` and set anywhere above the element; the CSS properties below tune
 * this element alone.
 *
 * @property {MfaClient | undefined} client - A client for this element alone, instead of the provider's (not an attribute).
 *
 * @cssstate no-users - The host selected nobody: the actions are disabled.
 * @cssstate choose - Choosing an action.
 * @cssstate confirm - Asked to confirm the action.
 * @cssstate running - The action is being run.
 * @cssstate done - Every user is done.
 * @cssstate partial - At least one user failed (listed with the reason).
 * @cssstate not-admin - The caller is not an administrator.
 * @cssstate error - The action failed as a whole (the choice is kept), or there is no client.
 *
 * @event {MfaAdminActionCompleteEvent} mfa-admin-action-complete - The endpoint answered with a result per user (`detail: { action, results, interrupted }`), failures included, each user's once. A run of more than 100 users that a request fails part way fires it with the results answered before: when a request fails, with the run's results; when a rate limit, a sign-in to renew or the element taken away stops the whole run, at once, with those answered so far and `interrupted: true`, and when the run is tried again, with the others alone (the requests answered are answered the same, not run twice).
 * @event {MfaReauthRequiredEvent} mfa-reauth-required - The action needs a fresh sign-in; call `preventDefault()` to step the admin up, then `detail.retry()` (or `detail.cancel()` if they give up).
 * @event {MfaErrorEvent} mfa-error - Checking permissions or running the action failed, as a whole or for a request of 100 (machine code only).
 *
 * @csspart base - The wrapper.
 * @csspart heading - The headings: the legend of the actions, and the results'.
 * @csspart users - Who is selected.
 * @csspart choose-form - The form where the action is chosen.
 * @csspart actions-list - The fieldset of the three actions.
 * @csspart option - One action (radio, name and what it does).
 * @csspart field-error - "Choose what should happen", when Continue was pressed with no action chosen.
 * @csspart continue-button - The button that asks for confirmation.
 * @csspart confirm - The confirmation naming what will happen and to how many users.
 * @csspart run-button - The button that runs the action.
 * @csspart cancel-button - The button that leaves the confirmation.
 * @csspart results - The list of results: the users that failed first, each group in the order of `users`.
 * @csspart result - The result for one user.
 * @csspart result-name - The user's name.
 * @csspart result-status - "Done", or "Failed:" and why.
 * @csspart retry-button - "Try again for the 3 not done": the action again for the users a new try may help (the server's failures, those not reported on or not sent).
 * @csspart start-over-button - Back to choosing an action.
 * @csspart progress - While a run of more than 100 users goes on, request after request: how many are handled so far.
 * @csspart stop-button - While a run of more than 100 users goes on: stops it after the request under way; the users handled so far stay handled, the others are listed as not sent.
 * @csspart notice - No users selected, or not an administrator.
 * @csspart status - The live region for progress and the summary.
 * @csspart error - The alert region for what went wrong, and its retry button.
 * @csspart button - Every button that looks like one: Continue, the action's button, Cancel, Try again, Start over, Stop. `primary` and `danger` name some of them too.
 * @csspart primary - The button of the main action: Continue, and "Try again for the 3 not done".
 * @csspart danger - The button that runs the action.
 *
 * @cssproperty [--mfa-user-admin-gap=var(--mfa-space-s)] Space between the actions.
 * @cssproperty [--mfa-user-admin-option-background=var(--mfa-color-surface-raised)] Background of an action and a result.
 * @cssproperty [--mfa-user-admin-option-padding=var(--mfa-space-s) var(--mfa-space-m)] Padding of an action.
 * @cssproperty [--mfa-user-admin-option-radius=var(--mfa-radius)] Corner radius of an action and a result.
 * @cssproperty [--mfa-user-admin-selected-border=var(--mfa-color-primary)] Border of the chosen action.
 */
export class MfaUserAdmin extends MfaElement {
  static override styles = [themeTokens, controlStyles, headingStyles, choiceStyles, userAdminStyles];
  protected static override strings = [userAdminStrings];
  // The reactive properties are declared in this one table rather than with Lit's decorators:
  // each decorated field compiled to a call of TypeScript's decorator helper, longer than its entry
  // here. Each field below keeps its doc comment. A state is never an attribute: Lit links none to
  // it, and the manifest lists none (custom-elements-manifest.config.mjs).
  static override properties = {
    action: { state: true },
    chooseError: { state: true },
    users: { attribute: false },
  };

  /** For the caller's role only: a non-administrator is told so before choosing anything. */
  readonly #settings = this.settingsResource();

  /** The action and where it stands (it reads the element's protected members it needs, see `AdminRunHost`). */
  readonly #run = new AdminRun(this as unknown as AdminRunHost);

  /** The last refusal as no administrator, and the settings shown when it came (see `willUpdate`). */
  #refusal: unknown;
  #refusedWith: SettingsSummary | undefined;

  /** The chosen action; kept through cancelling and failures. */
  private action: AdminAction | undefined;
  /** How many times Continue was pressed with no action chosen since one was (0: none): said each time. */
  private chooseError: number;

  /** The users to act on, as the host selected them. Each needs the endpoint's `id` (a string of 1 to 128 characters: another, or a number, fails as no such user, said on the console, and the others are run) and a `displayName`; a confirmation or results shown name each user (by `id`) as this list does now: a name two users share followed by each one's `id`, and a blank name by the `id` alone. */
  users: AdminUser[];

  constructor() {
    super();
    // The first values are set here, not where the fields are declared: an initializer of a field
    // that is not private (`#`) moves every private one's into the constructor too.
    this.chooseError = 0;
    this.users = [];
    // `status` as a CSS custom state, for styling such as `:state(saving)`.
    new CustomStateController(this, this.attachInternals(), () => this.status);
  }

  /** Read-only. See the `:state()` list above. */
  get status(): UserAdminStatus {
    if (!this.clientExpected) return 'error';
    if (this.#notAdmin) return 'not-admin';
    const flow = this.#run.flow;
    if (flow.step === 'choose') return this.users.length === 0 ? 'no-users' : 'choose';
    if (flow.step === 'confirm') return this.#run.status === 'error' ? 'error' : 'confirm';
    if (flow.step === 'running') return 'running';
    return summarize(flow.outcomes).failed > 0 ? 'partial' : 'done';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The action checked is the one chosen, whatever changed either since the last render: what
    // Lit's live() would do for a bound value, without its code (the template binds it too).
    for (const radio of this.renderRoot.querySelectorAll<HTMLInputElement>('[name=action]')) radio.checked = radio.value === this.action;
    const run = this.#run;
    if (run.focus) {
      this.renderRoot.querySelector<HTMLElement>(run.focus)?.focus();
      run.focus = undefined;
    }
  }

  get #notAdmin(): boolean {
    return this.#settings.value?.user.isAdmin === false || isNotAdmin(this.#run.error);
  }

  #onChoose(event: Event): void {
    this.action = (event.target as HTMLInputElement).value as AdminAction;
    this.chooseError = 0;
  }

  #onReview(event: Event): void {
    event.preventDefault();
    const users = uniqueUsers(this.users);
    if (users.length === 0) return;
    if (!this.action) {
      this.chooseError++;
      this.#run.focus = 'input[name="action"]';
      return;
    }
    this.#run.reset();
    // On the safe choice, as every confirmation: Enter pressed once more must not run the action.
    this.#run.go({ type: 'review', action: this.action, users }, '[part~=cancel-button]');
  }

  /** Cancel (or Escape) in the confirmation; see `AdminRun.leave`. */
  #onCancel(): void {
    this.#run.leave('cancel', this.#choiceFocus);
  }

  /** Back at the choice: the action chosen; without users (the host cleared them), Continue, which says why. */
  get #choiceFocus(): string {
    return this.users.length ? `#action-${this.action}` : '[part~=continue-button]';
  }

  #onConfirmKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.#onCancel();
  }

  #onStop(): void {
    this.#run.stop();
  }

  #onRun(): void {
    this.#run.start('run');
  }

  #onRetryFailed(): void {
    this.#run.start('retry-failed');
  }

  #onStartOver(): void {
    this.#run.leave('start-over', this.#choiceFocus);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.#byId = new Map();
    for (const user of this.users) if (!this.#byId.has(user.id)) this.#byId.set(user.id, user);
    // Refused as no administrator, the notice stands until the settings are read again: read as an
    // administrator's (the role given back, or another administrator signed in and the host's
    // refresh()), the refusal goes, and the confirmation is back, its Run focused if the notice was.
    const { error } = this.#run;
    const settings = this.#settings.value;
    if (!isNotAdmin(error)) return;
    if (this.#refusal !== error) {
      this.#refusal = error;
      this.#refusedWith = settings;
    } else if (settings !== this.#refusedWith && settings?.user.isAdmin) {
      this.#run.reset();
      if (this.shadowRoot?.activeElement) this.#run.focus = '[part~=run-button]';
    }
  }

  protected override render(): TemplateResult {
    const l = this.localizer;
    const error = this.#errorText();
    return html`
      <div part="base" class="base" dir=${l.dir} lang=${l.lang}>
        ${this.#notAdmin ? html`<p part="notice" class="notice" tabindex="-1">${l.term('userAdminNotAdmin')}</p>` : this.#renderStep()}
        <p part="status" id="status" role="status">${this.#statusText()}</p>
        ${this.#renderProgress()}
        ${renderErrorRegion(error, this.#retryButton())}
      </div>
    `;
  }

  /**
   * While a run of more than 100 users goes on, request after request: how many are handled so far
   * (not live: read where the user goes, not each time a request is answered), and Stop, which sends
   * no request after the one under way. A long run on a slow endpoint (20,000 users are 200 requests)
   * showed "Working on…" alone for minutes, with no way out but leaving the page.
   */
  #renderProgress(): TemplateResult | typeof nothing {
    const run = this.#run;
    const answered = run.answered;
    const flow = run.flow;
    if (answered === undefined || flow.step !== 'running') return nothing;
    const l = this.localizer;
    const total = flow.targets.length;
    return html`
      <p part="progress" class="hint" id="progress">${l.count('userAdminProgress', answered, total)}</p>
      <div class="actions">
        <button part="button stop-button" type="button" aria-disabled=${!run.busy || run.stopping}
          aria-describedby=${!run.busy || run.stopping ? 'status' : 'progress'} @click=${this.#onStop}>${l.term('userAdminStop')}</button>
      </div>
    `;
  }

  // The steps' templates are the element's own methods, reading its state and handing Lit its
  // handler methods (Lit calls a listener with the element as `this`).
  #renderStep(): TemplateResult {
    const flow = this.#run.flow;
    if (flow.step === 'choose') return this.#renderChoose();
    if (flow.step === 'results') return this.#renderResults(flow.outcomes);
    // While the failed users are tried again, their results stay shown; while a first run runs, its confirmation.
    if (flow.step === 'running' && flow.previous) return this.#renderResults(flow.previous);
    return this.#renderConfirm(flow.action, flow.users);
  }

  /** The actions as a radio group, with the users they will apply to. */
  #renderChoose(): TemplateResult {
    const l = this.localizer;
    const users = uniqueUsers(this.users);
    const none = users.length === 0;
    const chooseError = this.chooseError;
    return html`
      <form part="choose-form" class="base" novalidate @submit=${this.#onReview}>
        ${none
          ? html`<p part="notice" class="notice" id="no-users">${l.term('userAdminNoUsers')}</p>`
          : html`<p part="users" id="users">${selectedText(l, users)}</p>`}
        <fieldset part="actions-list" ?disabled=${none} aria-describedby=${none ? 'no-users' : 'users'}>
          <legend part="heading">${l.term('userAdminLegend')}</legend>
          ${ADMIN_ACTIONS.map((action) => {
            const t = actionTexts(l, action);
            return html`
              <div part="option" class="option">
                <input type="radio" name="action" id="action-${action}" .value=${action} .checked=${this.action === action}
                  aria-invalid=${chooseError > 0}
                  aria-labelledby="name-${action}"
                  aria-describedby="hint-${action}${chooseError ? ' choose-error' : ''}"
                  @change=${this.#onChoose} />
                <label for="action-${action}">
                  <span id="name-${action}">${t.name}</span>
                  <span class="hint" id="hint-${action}">${t.hint}</span>
                </label>
              </div>
            `;
          })}
        </fieldset>
        <p part="field-error" class="error" id="choose-error" role="alert">${chooseError ? sayAgain(l.term('userAdminChooseAction'), chooseError % 2 < 1) : ''}</p>
        <div class="actions">
          <button part="button primary continue-button" type="submit" aria-disabled=${none}
            aria-describedby=${none ? 'no-users' : nothing}>${l.term('userAdminContinue')}</button>
        </div>
      </form>
    `;
  }

  /**
   * The users of `users` by id (the first of each id, as `uniqueUsers` keeps), for `#named`: made at
   * each update, so a list the host changed in place is read too. Searched through the list for each
   * user instead, 20,000 results took 1.7 s to draw, and a rate limit's countdown drew them every second.
   */
  #byId = new Map<string, AdminUser>();

  /**
   * A user of the confirmation or the results as the host names it now: a page switched to another
   * language may name the same user (its id) anew, and the names shown follow, not those of when the
   * action was reviewed.
   */
  #named = (user: AdminUser): AdminUser => this.#byId.get(user.id) ?? user;

  /** The sentence that names what will happen and to how many users, with Run and Cancel. */
  #renderConfirm(action: AdminAction, users: AdminUser[]): TemplateResult {
    const l = this.localizer;
    const t = actionTexts(l, action);
    const blocked = this.#run.blocked;
    const running = this.#run.busy;
    // A group named by the question and described by who it is about: the focus moves into it, and
    // a screen reader reads both first. While the action runs, Cancel stays in the tab order and says
    // it is unavailable, and why (the status: working on it, or waiting for the sign-in).
    return html`
      <div part="confirm" class="confirm" role="group" aria-labelledby="confirm-question" aria-describedby="confirm-users"
        @keydown=${this.#onConfirmKeydown}>
        <p id="confirm-question">${t.confirm(users.length, l.number(users.length))}</p>
        <p part="users" class="hint" id="confirm-users">${selectedText(l, users.map(this.#named))}</p>
        <div class="actions">
          <button part="button danger run-button" type="button" id="run" aria-disabled=${blocked}
            aria-describedby=${blocked ? `status ${this.#runAlerted ? 'wait' : 'run-wait'}` : nothing}
            @click=${this.#onRun}>${t.run}</button>
          <button part="button cancel-button" type="button" aria-disabled=${running} aria-describedby=${running ? 'status' : nothing}
            @click=${this.#onCancel}>${l.term('cancel')}</button>
          ${waitHint(l, this.#run, this.#runAlerted, 'run-wait')}
        </div>
      </div>
    `;
  }

  /**
   * One line per user, failures first (among thousands of users done, the few that failed are not
   * to be searched for), each with its reason, and a retry for the failures a new try may clear.
   * While they are tried again, "Choose another action" stays in the tab order and says it is
   * unavailable, and why (the status: working on them), as the confirmation's Cancel does.
   */
  #renderResults(outcomes: UserOutcome[]): TemplateResult {
    const l = this.localizer;
    const toRetry = outcomes.filter(retryable).length;
    const { blocked, busy } = this.#run;
    const listed = [...outcomes.filter((o) => o.status !== 'done'), ...outcomes.filter((o) => o.status === 'done')];
    const names = listedNames(l, listed.map((o) => this.#named(o.user)));
    return html`
      <p part="heading" class="subheading" id="results-label" tabindex="-1">${l.term('userAdminResultsLabel')}</p>
      <ul part="results" aria-labelledby="results-label">
        ${listed.map(
          (o, i) => html`
            <li part="result" class="result">
              <span part="result-name" dir="auto">${names[i]}</span>
              <span part="result-status" class=${o.status}>
                ${o.status === 'done' ? l.term('userAdminResultDone') : l.format('userAdminResultFailed', reasonText(l, o.reason))}
              </span>
            </li>
          `,
        )}
      </ul>
      <div class="actions">
        ${toRetry > 0
          ? html`<button part="button primary retry-button" type="button" aria-disabled=${blocked}
              aria-describedby=${blocked ? `status ${this.#runAlerted ? 'wait' : 'run-wait'}` : nothing}
              @click=${this.#onRetryFailed}>${l.count('userAdminRetryFailed', toRetry)}</button>`
          : nothing}
        <button part="button start-over-button" type="button" aria-disabled=${busy} aria-describedby=${busy ? 'status' : nothing}
          @click=${this.#onStartOver}>${l.term('userAdminStartOver')}</button>
        ${waitHint(l, this.#run, this.#runAlerted, 'run-wait')}
      </div>
    `;
  }

  #statusText(): string {
    const l = this.localizer;
    const request = this.#run;
    const flow = request.flow;
    if (request.status === 'reauth') return l.term('userAdminReauthWaiting');
    if (request.stopping) return l.term('userAdminStopping');
    if (flow.step === 'running') return l.count('userAdminRunning', flow.targets.length);
    if (!this.activeClient && this.clientExpected && flow.step !== 'choose') return l.term('loading');
    // Said where something would be sent: not while an action is chosen (nothing is sent yet).
    if (request.offline && flow.step !== 'choose') return l.term('offline');
    if (request.waitOver) return l.term('retryNow');
    if (flow.step === 'results') {
      const s = summarize(flow.outcomes);
      return l.count('userAdminSummary', s.done, s.total, s.failed);
    }
    return '';
  }

  /**
   * The alert's text; `countdown`: while a rate limit's wait runs, the copy seen in its place. A
   * load refused by a rate limit is tried again by itself when its wait is over.
   */
  #errorText(): { text: string; countdown?: string } {
    const l = this.localizer;
    if (!this.clientExpected) return { text: l.term('noClient') };
    const run = this.#run;
    // Refused as no administrator, the notice says why, and takes the focus; from where the admin
    // went in the page meanwhile it does not, and the alert says what happened, alone. So it does
    // when users were handled before (a try after a sign-in renewed), which the notice does not say.
    const refused = isNotAdmin(run.error);
    const stopped = run.stoppedAfter;
    if (run.status === 'error' && (!refused || run.failedElsewhere || stopped)) {
      const lead = stopped
        ? l.count('userAdminStoppedAfter', stopped.handled, stopped.total)
        : l.term(isUnanswered(run.error) ? 'userAdminUnsure' : 'userAdminFailed');
      return refused ? { text: lead } : failureAlert(l, run, lead);
    }
    const settings = this.#settings;
    if (settings.status === 'error' && !settings.value) return failureAlert(l, settings, l.term('userAdminLoadFailed'));
    return { text: '' };
  }

  /** The alert counts down the wait of a rate limit on the run (see `#errorText`). */
  get #runAlerted(): boolean {
    const run = this.#run;
    return Boolean(this.activeClient) && run.rateLimited && !isNotAdmin(run.error);
  }

  #retryButton(): TemplateResult | typeof nothing {
    const { error, status } = this.#run;
    if (status === 'error') {
      // The host did not step the admin up: once signed in again, they retry here. The button goes
      // as the run starts: the focus goes to the step's own button for it, which says it runs.
      if (!isMfaError(error, 'reauth-required')) return nothing;
      const retry = (): void => {
        const results = this.#run.flow.step === 'results';
        this.#run.focus = results ? '[part~=retry-button]' : '[part~=run-button]';
        if (results) this.#onRetryFailed();
        else this.#onRun();
      };
      return html`<button part="button" type="button" @click=${retry}>${this.localizer.term('retry')}</button>`;
    }
    // The settings (whether the admin is one) did not load: Retry reads them again.
    const settings = this.#settings;
    if (!this.activeClient || settings.status !== 'error' || settings.value) return nothing;
    return loadRetryButton(this.localizer, settings.rateLimited, () => settings.reload());
  }
}

if (!customElements.get('mfa-user-admin')) customElements.define('mfa-user-admin', MfaUserAdmin);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-user-admin': MfaUserAdmin;
  }
}
