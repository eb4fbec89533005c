import { type PropertyValues, type TemplateResult, html, nothing } from 'lit';
// The order of these imports is the order of their code in a page's bundle, which gzip codes in fewer
// bytes in some orders than in others: the events and the styles first, then the strings, and the
// element base and the session last, 0.17 KB smaller than in the order that came before (where the
// styles came first, 0.12 KB smaller than alphabetical order). Measure (`npm run size`) when adding one.
export * from './authenticator-enroll.events.js';
import { themeTokens } from '../../core/theme.js';
import { headingStyles } from '../../core/heading-styles.js';
import { controlStyles } from '../../core/styles.js';
import { authenticatorEnrollStyles } from './authenticator-enroll.styles.js';
import { keyword } from '../../core/attribute-values.js';
import { authenticatorEnrollStrings } from '../../locales/en/authenticator-enroll.js';
import { itemErrorStrings } from '../../locales/en/item-errors.js';
import { errorDetailStrings } from '../../locales/en/error-details.js';
import type { MfaError } from '../../core/errors.js';
import { type Say, failureAlert, sentences } from '../../core/localize.js';
import { type NameProblem, nameProblem, nameTooLongText } from '../../core/names.js';
import type { AuthenticatorKind } from '../../core/types.js';
import { type EnrollStep, defaultDeviceName } from './authenticator-enroll-flow.js';
import '../code-input/code-input.js';
import type { MfaCodeInput } from '../code-input/code-input.js';
import { loadRetryButton } from '../../core/load-retry.js';
import { type EnrollViewModel, renderEnrollStep } from './authenticator-enroll.steps.js';
import type { CopyState } from './authenticator-enroll.views.js';
import { renderErrorRegion } from '../../core/error-region.js';
import { moveFocus } from '../../core/move-focus.js';
import { MfaElement } from '../../core/mfa-element.js';
import { EnrollSession } from './enroll-session.js';

export type { EnrollStep } from './authenticator-enroll-flow.js';

const kindOf = keyword('kind', ['totp', 'push']);
const defaultKindOf = keyword('default-kind', ['totp', 'push']);

/**
 * @summary Sets up an authenticator app: a code app by QR code or typed key and a first code, or a
 * push app by activation QR code while the page waits for the app.
 *
 * The QR code is drawn in the page (the QR library loads when a set-up starts). A URI from the
 * endpoint is checked against the Key Uri Format, and the QR code holds it as written again from
 * the checked fields, so no parameter the format does not define reaches the app. The secret stays
 * in memory only, and is dropped when the set-up ends or the element leaves the page (not when it
 * is moved in it); it never goes into an attribute, an event or storage. A key or activation code
 * the user copied stays on the system's clipboard until they copy something else: the element does
 * not clear it. Leaving the page (also for the browser's back/forward cache), or taking the element
 * away, ends a set-up waiting for its code or its activation, and cancels it on the endpoint, with
 * no event: Back shows neither a key nor a push app's activation code, and no device can activate
 * with one no element shows. A set-up outlives a move in the page (the element put back by the
 * script that took it out). Push activations are polled with backoff, paused while the page is
 * hidden.
 *
 * Otherwise only Cancel (or the host's `cancel()`) ends a set-up under way: unlike the phone
 * editor's code step, Escape does not, so a QR code half scanned is not thrown away by a key pressed
 * by mistake. In `<mfa-security-info>`'s dialog, the first Escape says that closing again discards it.
 *
 * Its colours, font, spacing, radius and focus ring come from the shared `--mfa-*` tokens,
 * listed on `<mfa-provider>` and set anywhere above the element; the CSS properties below tune
 * this element alone.
 *
 * @property {MfaClient | undefined} client - A client for this element alone, instead of the provider's (not an attribute).
 *
 * @event {MfaAuthenticatorAddedEvent} mfa-authenticator-added - The endpoint confirmed the new app; `detail: { id, name, kind }` (never the secret). Also after `mfa-enrollment-cancel`, when the app activated the set-up as it was being cancelled (a push app approved, or a code app's code taken, as `cancel()` closed its dialog): the app is added all the same.
 * @event {MfaEnrollmentCancelEvent} mfa-enrollment-cancel - The set-up was cancelled, by the user's Cancel or the host's `cancel()`. `detail: { kind, started }`: `started` when the endpoint had made an enrollment (see `MfaEnrollmentCancelDetail`).
 * @event {MfaErrorEvent} mfa-error - A request failed (the code only, for logging).
 * @event {MfaReauthRequiredEvent} mfa-reauth-required - The endpoint wants a fresh sign-in; call `preventDefault()` to step the user up, then `detail.retry()` (or `detail.cancel()` if they give up).
 *
 * @csspart base - The wrapper.
 * @csspart heading - The legend of the choice of app.
 * @csspart form - The form of the current step.
 * @csspart kind-group - The choice between a code app and a push app.
 * @csspart label - A field's label: the device name, and the key to copy.
 * @csspart name-input - The device name field.
 * @csspart field-error - What is wrong with the device name.
 * @csspart qr - The QR code (an SVG image), or the note that it could not be drawn.
 * @csspart manual-toggle - The "Can't scan?" button (none when the QR code could not be drawn: the key shows).
 * @csspart manual-key - The key (or activation code and URL) to type by hand.
 * @csspart key - The key or activation code itself.
 * @csspart copy-button - Each copy button: Copy key, or a push app's Copy code and Copy URL. Each is named by what it copies.
 * @csspart code-input - The `<mfa-code-input>` for the first code.
 * @csspart code-input-base - The code input's wrapper: its `base` part, forwarded, as are the five below.
 * @csspart code-input-label - The code input's label.
 * @csspart code-input-hint - The code input's hint ("Enter the 6-digit code").
 * @csspart code-input-input - The code input's `<input>`, where the code is typed.
 * @csspart code-input-notice - What the code input says about refused characters.
 * @csspart code-input-error - The code input's error (a wrong code, a missing digit).
 * @csspart status - Progress and confirmations, a polite live region; not live while it has the focus with them (the set-up being prepared, after Enter in a field it makes unavailable; the app set up).
 * @csspart error - Errors about the whole step: its alert live region, and while a rate limit's wait runs, the countdown seen in the alert's place (not live); after the settings could not be loaded, Try again too.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button that looks like one: Start, Verify, Copy, Cancel, Start again, Set up another, Try again. `primary` names some of them too.
 * @csspart primary - The button of the step's main action: Start, Verify, Start again.
 * @csspart link - A button that looks like a link: "Can't scan?"; and, on a phone or tablet, the button that adds the account to the device's authenticator app (`open-app`).
 * @csspart open-app - On a phone or tablet (a coarse pointer), the button under the QR code, drawn as a link, that hands the set-up to the device's authenticator app (`otpauth:`).
 *
 * @cssproperty [--mfa-authenticator-enroll-qr-size=12rem] Side of the QR code; at most the width there is, and the window's height less 4rem (in an iframe, the frame's), so the whole code is on screen.
 * @cssproperty [--mfa-authenticator-enroll-key-font=ui-monospace,SFMono-Regular,Menlo,Consolas,'Liberation Mono',monospace] Font of the key and a push app's activation code, and of the field to copy them from.
 * @cssproperty [--mfa-authenticator-enroll-gap=var(--mfa-space-m)] Space between the parts of a step.
 */
export class MfaAuthenticatorEnroll extends MfaElement {
  static override styles = [themeTokens, controlStyles, headingStyles, authenticatorEnrollStyles];
  protected static override strings = [authenticatorEnrollStrings, errorDetailStrings, itemErrorStrings];
  // The reactive properties are declared in this one table rather than with Lit's decorators:
  // each decorated field compiled to a call of TypeScript's decorator helper, longer than its entry
  // here. Each field below keeps its doc comment. A state is never an attribute: Lit links none to
  // it, and the manifest lists none (custom-elements-manifest.config.mjs).
  static override properties = {
    code: { state: true },
    codeProblem: { state: true },
    nameProblem: { state: true },
    manualOpen: { state: true },
    copy: { state: true },
    kind: {},
    defaultKind: { attribute: 'default-kind' },
    noCancel: { type: Boolean, attribute: 'no-cancel' },
  };

  #nameTouched = false;
  /** The user chose a kind: `defaultKind` no longer applies. */
  #kindTouched = false;
  #focus: string | undefined;
  /** The code last sent, until the user types in the field: whether the one refused is sent again unchanged. */
  #sent: string | undefined;
  /** Focus the first field once it shows: `focus()` was called before it did, or the form is back for another app. */
  #focusFirst: FocusOptions | undefined;

  readonly #settings = this.settingsResource();

  /**
   * The status line, one node that every step places: what it says next (an app set up while the user
   * is elsewhere on the page) is a change to a live region already there, which every screen reader
   * says, not a new region with its words in it. Not live while it has the focus (`moveFocus`), and
   * live again once it has not at a render: moved to another step, it may lose it without a blur.
   * Named by its own words (`aria-labelledby` itself): a status takes no name from its content, and
   * a screen reader may say nothing of a focused line with no name.
   */
  readonly #status = Object.assign(document.createElement('p'), { id: 'status', className: 'status', role: 'status', tabIndex: -1, part: 'status' });

  /** Offline as last said, so that going offline and coming back are each said once. */
  #offline = false;
  /** "Offline" or "back online", said before the step's own words (`over`) until they change. */
  #network: { say: 'offline' | 'backOnline'; over: string } | undefined;

  readonly #statusLine = (text: string): HTMLElement => {
    const line = this.#status;
    line.setAttribute('aria-labelledby', 'status');
    if (this.shadowRoot?.activeElement !== line) line.ariaLive = null;
    // Every action knows when the browser is offline; it matters while a step has something to
    // send (a set-up done sends nothing). Back online after that step, it is not said.
    const network = this.#session.startAction.offline;
    const offline = network && this.#session.flow.step !== 'done';
    if (offline !== this.#offline) {
      this.#offline = offline;
      this.#network = offline || !network ? { say: offline ? 'offline' : 'backOnline', over: text } : undefined;
    } else if (this.#network?.over !== text) this.#network = undefined;
    const say = this.#network ? this.localizer.term(this.#network.say) : '';
    const said = sentences(say, text);
    if (line.textContent !== said) {
      // "Offline" is seen once: beside the button it stops (`actionBlockedHint`), in every step a
      // loaded form shows. Said here all the same, once, as a change; not seen here too.
      const hidden = this.#offline && this.#settings.value;
      line.replaceChildren(hidden ? Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: say }) : '', hidden ? said.slice(say.length) : said);
    }
    return line;
  };

  /** The enrollment on the endpoint: flow state, requests, polling and the set-up data. */
  readonly #session = new EnrollSession(this, {
    client: () => this.requireClient(),
    focus: (selector) => {
      this.#focus = selector;
    },
    forgotten: () => {
      this.manualOpen = false;
      this.copy = undefined;
      this.code = '';
      this.codeProblem = undefined;
    },
    changed: () => this.notifyChange(),
  });

  private code: string;

  /**
   * The code field's own problem (incomplete, or a refusal said again), found before sending; in the
   * locale of the moment, so a page switched to another language does not keep it in the first.
   */
  private codeProblem: Say | undefined;

  /** What was wrong with the device name when the user pressed Continue (blank, too long). */
  private nameProblem: NameProblem | undefined;

  private manualOpen: boolean;

  /** The value last copied, or selected to copy by hand (see `CopyState`). */
  private copy: CopyState | undefined;

  /** Set up this kind of app only (`totp`: an app that shows codes; `push`: an app that approves notifications). Unset: the user chooses among the kinds the policy allows; so too, with a word on the console, for another value. */
  kind: AuthenticatorKind | undefined;

  /**
   * Leaves Cancel out of the first step, for a set-up the user has to finish, shown where there is
   * nothing to go back to (`<mfa-security-info>`'s steps to register again). Once a set-up has
   * started, Cancel is there as ever: it ends that set-up, and the form comes back.
   */
  noCancel: boolean;

  /** The kind chosen when the form shows (`totp` or `push`); the user can still choose the other. Unset (or another value, which the console names): a code app, when the policy allows one. */
  defaultKind: AuthenticatorKind | undefined;

  // The first values are set here, not where the fields are declared: an initializer of a field
  // that is not private (`#`) moves every private one's into the constructor too.
  constructor() {
    super();
    this.code = '';
    this.manualOpen = false;
    this.noCancel = false;
  }

  /** The current step: `choose`, `starting`, `scan`, `verifying`, `waiting`, `cancelling`, `expired`, `invalid` or `done`. */
  get step(): EnrollStep {
    return this.#session.flow.step;
  }

  /** The kinds the policy (and the `kind` property) allow, code apps first. */
  #allowedKinds(): AuthenticatorKind[] {
    const allowed = this.#settings.value?.policy.allowedMethods ?? [];
    return (['totp', 'push'] as const).filter(
      (kind) => allowed.includes(kind === 'totp' ? 'app-code' : 'app-notification') && (!this.kind || kind === this.kind),
    );
  }

  // The endpoint's answers are taken by the session's `hostUpdate()`, right after this.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Set by attribute or by script, a kind in another case is taken; another value is none, and
    // the console says so.
    this.kind = kindOf(this.kind);
    this.defaultKind = defaultKindOf(this.defaultKind);
    const session = this.#session;
    if (session.flow.step !== 'choose') return;
    // The default kind until the user chooses one; else the kind chosen while the policy allows it,
    // else the first it allows (none: the element says so).
    const kinds = this.#allowedKinds();
    const { kind } = session.flow;
    const next =
      this.defaultKind && !this.#kindTouched && kinds.includes(this.defaultKind) ? this.defaultKind : kinds.includes(kind) ? kind : kinds[0];
    if (next && next !== kind) session.dispatch({ type: 'choose-kind', kind: next });
    const taken = this.#settings.value?.authenticators.map((a) => a.name);
    if (!this.#nameTouched && taken) {
      const name = defaultDeviceName(this.localizer.term('enrollDefaultName'), taken);
      if (name !== session.flow.name) session.dispatch({ type: 'edit-name', name });
    }
  }

  protected override updated(): void {
    // The kind and the name shown are the flow's, whatever changed either since the last render (a
    // radio clicked or a name typed as the form starts, which the flow ignores, a form reset): what
    // Lit's live() would do for bound values, without its code. First: the first field is the
    // checked radio. The template binds the kind too, so the radio is checked when the load's focus
    // rule (ResourceController, before this) looks for it.
    const { kind, name } = this.#session.flow;
    const field = this.renderRoot.querySelector<HTMLInputElement>('#name');
    if (field && field.value !== name) field.value = name;
    const radio = this.renderRoot.querySelector<HTMLInputElement>(`#kind-${kind}`);
    if (radio) radio.checked = true;
    const target = this.#focus;
    this.#focus = undefined;
    if (target) moveFocus(this.renderRoot.querySelector<HTMLElement>(target));
    if (target === '#key-to-copy') this.renderRoot.querySelector<HTMLInputElement>(target)?.select();
    const first = this.#focusFirst && this.#firstField();
    if (first) {
      first.focus(this.#focusFirst);
      this.#focusFirst = undefined;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#focusFirst = undefined;
  }

  // ---- User actions --------------------------------------------------------------------------

  /** The first field of the step shown: in a radio group, the checked radio (where Tab lands). */
  #firstField(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(
      '[type=radio]:checked, input:not([type=radio]), button, mfa-code-input',
    );
  }

  #onStart(event: Event): void {
    event.preventDefault();
    const session = this.#session;
    if (session.startAction.blocked) return;
    const problem = nameProblem(session.flow.name);
    if (!problem) session.dispatch({ type: 'start' });
    if (session.flow.step === 'choose') {
      this.nameProblem = problem;
      this.#focus = '#name';
      return;
    }
    // The form's fields wait for the start, unavailable: the name field or a kind, pressed Enter in,
    // would lose the focus to the page's body (in the security info's dialog too). The status line,
    // which says so, takes it, as after "Start again", and gives it to the set-up as it comes.
    // Continue keeps it, and says it is unavailable.
    if (this.shadowRoot!.activeElement?.matches('input')) this.#focus = '.status';
    session.sendStart();
  }

  #onVerify(event: Event): void {
    event.preventDefault();
    const session = this.#session;
    const input = this.renderRoot.querySelector<MfaCodeInput>('mfa-code-input');
    if (session.flow.step !== 'scan' || session.verifyAction.blocked || !input) return;
    // The code the endpoint has just said is wrong, unchanged (Enter pressed after the field sent
    // it by itself): not sent again, which would cost a try. The field says why, again (an invisible
    // mark more makes its alert a change, which is read).
    const refused = session.verifyAction.error as MfaError | undefined;
    if (this.code === this.#sent && refused?.code === 'invalid-code') {
      const said = this.codeProblem;
      this.codeProblem = (t) => `${said?.(t) || t.errorMessage(refused)}\u200b`;
      input.focus();
      return;
    }
    if (!input.checkValidity()) {
      // As the code field words it (see its validity).
      this.codeProblem = (t) => (this.code ? t.count('codeInputTooShort', input.length) : t.term('codeInputRequired'));
      this.#focus = 'mfa-code-input';
      return;
    }
    // "Key copied." was said: back in the status line after the answer, it would be said again.
    if (!this.copy?.blocked) this.copy = undefined;
    this.#sent = this.code;
    this.codeProblem = undefined;
    session.sendCode(this.code);
  }

  #onRestart(): void {
    const session = this.#session;
    const wasDone = session.flow.step === 'done';
    // "Start again" waits while the start cannot be sent (offline); "Set up another app" sends nothing.
    if (!wasDone && session.startAction.blocked) return;
    session.dispatch({ type: 'restart' });
    // "Set up another app" goes with its step: the fresh form takes the focus, from its first field.
    // "Start again" goes too, while the form's fields wait for the start: the status line, which
    // says so, takes it.
    if (wasDone) {
      this.#nameTouched = false;
      this.#focusFirst = {};
    } else this.#focus = '.status';
    session.sendStart();
  }

  // ---- Public methods ------------------------------------------------------------------------

  /**
   * Moves focus to the first field of the current step (the chosen kind of app, else the device
   * name). While the settings are still loading, focus moves there as soon as the form shows.
   */
  override focus(options?: FocusOptions): void {
    const first = this.hasUpdated && this.#firstField();
    if (first) first.focus(options);
    else this.#focusFirst = options ?? {};
  }

  /**
   * Cancels the set-up, as the Cancel button does, but at once: for a host about to take the element
   * away, such as a dialog that closes. A set-up started on the endpoint is cancelled there without
   * waiting for the answer (the request outlives the element). Offline too, the form is back at
   * once: the request is tried all the same, and sent again once the browser is back online (a set-up
   * it never reaches, the page left meanwhile, expires on the endpoint by itself). Fires
   * `mfa-enrollment-cancel`; does nothing when no set-up is under way (on the form before it, or once
   * the app is set up). If the app activated the set-up meanwhile (a push app approved, or a code
   * app's code taken, at that moment), the endpoint refuses the cancel, and
   * `mfa-authenticator-added` follows. Taking the element away without it withdraws the set-up on
   * the endpoint all the same, with no `mfa-enrollment-cancel` (only `mfa-authenticator-added`, on
   * the element, in that same case); moving it in the page does not end a push app's activation.
   */
  cancel(): void {
    this.#session.cancel(true);
  }

  // ---- Rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    const l = this.localizer;
    return html`<div part="base" class="base" dir=${l.dir} lang=${l.lang}>${this.#renderStep()}</div>`;
  }

  #renderStep(): TemplateResult {
    const t = this.localizer;
    if (!this.clientExpected) return html`<p part="error" class="error" role="alert">${t.term('noClient')}</p>`;
    const settings = this.#settings;
    if (!settings.value) {
      const failed = settings.status === 'error';
      const { text, countdown } = failureAlert(t, settings);
      // A rate limit: the alert keeps what it announced, hidden; the copy seen counts down (not live),
      // and describes Retry (`#wait`), unavailable until the settings load again by themselves. Retry
      // is in the error part with them, as every element's after a failed load.
      const retry = failed ? loadRetryButton(t, settings.rateLimited, () => settings.reload()) : nothing;
      return html`${this.#statusLine(failed ? '' : t.term('loading'))}${renderErrorRegion({ text: failed ? text : '', countdown }, retry)}`;
    }
    const kinds = this.#allowedKinds();
    if (kinds.length === 0) return html`<p part="status" class="notice">${t.term('enrollNotAllowed')}</p>`;
    return renderEnrollStep({
      t,
      status: this.#statusLine,
      session: this.#session,
      kinds,
      code: this.code,
      codeProblem: this.codeProblem?.(t) ?? '',
      nameProblem: this.nameProblem === 'empty' ? t.term('enrollNameRequired') : this.nameProblem ? nameTooLongText(t) : '',
      manualOpen: this.manualOpen,
      noCancel: this.noCancel,
      copy: this.copy,
      on: this.#handlers,
    });
  }

  // The element's own methods go as they are: Lit calls a listener with the element as `this`.
  readonly #handlers: EnrollViewModel['on'] = {
    kind: (kind) => {
      this.#kindTouched = true;
      this.#session.dispatch({ type: 'choose-kind', kind });
    },
    name: (event) => {
      this.#nameTouched = true;
      this.nameProblem = undefined;
      this.#session.dispatch({ type: 'edit-name', name: (event.target as HTMLInputElement).value });
    },
    start: this.#onStart,
    code: (event) => {
      this.code = (event.target as MfaCodeInput).value;
      // A refusal said again (marked) stays as it is while the code is mended: the same words
      // without the mark would be a change, and read a third time. The next send clears it.
      if (!this.codeProblem?.(this.localizer).endsWith('\u200b')) this.codeProblem = undefined;
      this.#sent = undefined;
    },
    verify: this.#onVerify,
    cancel: () => this.#session.cancel(),
    restart: this.#onRestart,
    toggleManual: () => {
      this.manualOpen = !this.manualOpen;
      this.copy = undefined;
    },
    // Copies `value` (the key, or a push app's activation code or URL), which the button names (`what`).
    copy: async (what, value) => {
      try {
        await navigator.clipboard.writeText(value);
        const last = this.copy;
        this.copy = { what, again: last?.what === what && !last.blocked && !last.again };
      } catch {
        // Refused (permissions, an insecure page, an iframe without clipboard-write): select it instead.
        this.copy = { what, blocked: true };
        this.#focus = '#key-to-copy';
      }
    },
    checkAgain: () => this.#session.checkAgain(),
  };
}

if (!customElements.get('mfa-authenticator-enroll')) customElements.define('mfa-authenticator-enroll', MfaAuthenticatorEnroll);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-authenticator-enroll': MfaAuthenticatorEnroll;
  }
}
