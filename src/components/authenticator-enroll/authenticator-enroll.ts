import { type PropertyValues, type TemplateResult, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ActionController, type ActionStatus } from '../../core/action.js';
import { isMfaError } from '../../core/errors.js';
import { registerStrings } from '../../core/localize.js';
import { MfaElement } from '../../core/mfa-element.js';
import { controlStyles } from '../../core/styles.js';
import { themeTokens } from '../../core/theme.js';
import type { Authenticator, AuthenticatorKind, Enrollment } from '../../core/types.js';
import { authenticatorEnrollStrings } from '../../locales/en/authenticator-enroll.js';
import { isConflict } from '../authenticator-list/action-feedback.js';
import '../code-input/code-input.js';
import type { MfaCodeInput } from '../code-input/code-input.js';
import {
  type EnrollEvent,
  type EnrollState,
  type EnrollStep,
  cleanDeviceName,
  defaultDeviceName,
  holdsSetup,
  initialState,
  transition,
} from './authenticator-enroll-flow.js';
import { MfaAuthenticatorAddedEvent, MfaEnrollmentCancelEvent } from './authenticator-enroll.events.js';
import { authenticatorEnrollStyles } from './authenticator-enroll.styles.js';
import { type EnrollViewModel, renderEnrollStep } from './authenticator-enroll.steps.js';
import type { CopyStatus, QrDrawing } from './authenticator-enroll.views.js';
import { PushPoller } from './push-poller.js';
import { loadQrLibrary } from './qr.js';
import { type SetupData, drawSetupQr, readSetup } from './setup.js';

export * from './authenticator-enroll.events.js';
export type { EnrollStep } from './authenticator-enroll-flow.js';

registerStrings(authenticatorEnrollStrings);

/**
 * @summary Sets up an authenticator app: a code app by QR code or typed key and a first code, or a
 * push app by activation QR code while the page waits for the app.
 *
 * The QR code is drawn in the page (the QR library loads when a set-up starts). A URI from the
 * endpoint is checked against the Key Uri Format before it is drawn. The secret stays in memory
 * only, and is dropped when the set-up ends or the element is disconnected; it never goes into an
 * attribute, an event or storage. Push activations are polled with backoff, paused while the page
 * is hidden or the element disconnected.
 *
 * @event {MfaAuthenticatorAddedEvent} mfa-authenticator-added - The endpoint confirmed the new app; `detail: { id, name, kind }` (never the secret).
 * @event {MfaEnrollmentCancelEvent} mfa-enrollment-cancel - The user cancelled; a started set-up was cancelled on the endpoint first. `detail: { kind, started }`.
 * @event {MfaErrorEvent} mfa-error - A request failed (the code only, for logging).
 * @event {MfaReauthRequiredEvent} mfa-reauth-required - The endpoint wants a fresh sign-in; call `detail.retry()` after it.
 *
 * @csspart base - The wrapper.
 * @csspart form - The form of the current step.
 * @csspart kind-group - The choice between a code app and a push app.
 * @csspart name-input - The device name field.
 * @csspart qr - The QR code (an SVG image), or the note that it could not be drawn.
 * @csspart manual-toggle - The "Can't scan?" button.
 * @csspart manual-key - The key (or activation code and URL) to type by hand.
 * @csspart key - The key or activation code itself.
 * @csspart copy-button - Copies the key.
 * @csspart code-input - The `<mfa-code-input>` for the first code.
 * @csspart status - Progress and confirmations, a polite live region.
 * @csspart error - Errors about the whole step, an alert live region.
 * @csspart actions - The row of buttons.
 *
 * @cssproperty [--mfa-authenticator-enroll-qr-size=12rem] Side of the QR code.
 * @cssproperty [--mfa-authenticator-enroll-gap=var(--mfa-space-m)] Space between the parts of a step.
 */
@customElement('mfa-authenticator-enroll')
export class MfaAuthenticatorEnroll extends MfaElement {
  static override styles = [themeTokens, controlStyles, authenticatorEnrollStyles];

  /** Set-up data (the secret, an activation code) and its QR drawing: memory only, never state. */
  #setup: SetupData | undefined;
  #qr: QrDrawing = 'drawing';
  #nameTouched = false;
  #seen = new Map<object, ActionStatus>();
  #focus: string | undefined;

  readonly #settings = this.settingsResource();

  readonly #start = new ActionController(this, {
    operation: 'startEnrollment',
    send: (options, kind: AuthenticatorKind, name: string) => this.requireClient().startEnrollment({ kind, name }, options),
    signal: () => this.connectedSignal,
  });

  readonly #verify = new ActionController(this, {
    operation: 'verifyEnrollment',
    send: (options, id: string, code: string) => this.requireClient().verifyEnrollment(id, code, options),
    signal: () => this.connectedSignal,
  });

  readonly #cancel = new ActionController(this, {
    operation: 'cancelEnrollment',
    send: (options, id: string) => this.requireClient().cancelEnrollment(id, options),
    signal: () => this.connectedSignal,
  });

  readonly #poller = new PushPoller(this, {
    read: (id, signal) => this.requireClient().getEnrollment(id, { signal }),
    signal: () => this.connectedSignal,
    onSettled: (enrollment) => this.#settled(enrollment),
    onFailed: (error) => this.#dispatch({ type: 'poll-failed', error }),
  });

  @state()
  private flow: EnrollState = initialState('totp', '');

  @state()
  private code = '';

  /** The code field's own problem (incomplete), found before sending. */
  @state()
  private codeProblem = '';

  /** The device name was blank when the user pressed Continue. */
  @state()
  private nameBlank = false;

  @state()
  private manualOpen = false;

  @state()
  private copy: CopyStatus = 'idle';

  /** Set up this kind of app only (`totp`: an app that shows codes; `push`: an app that approves notifications). Unset: the user chooses among the kinds the policy allows. */
  @property()
  kind: AuthenticatorKind | undefined;

  /** The current step: `choose`, `starting`, `scan`, `verifying`, `waiting`, `cancelling`, `expired`, `invalid` or `done`. */
  get step(): EnrollStep {
    return this.flow.step;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A request in flight was aborted with the element: back to the step it was sent from, with
    // what the user entered, and nothing sent again by itself.
    this.#dispatch({ type: 'interrupted' });
    // A code app's secret goes with the element. A push activation only pauses (the poller does).
    if (this.flow.kind === 'totp' && holdsSetup(this.flow)) this.#dispatch({ type: 'ended', reason: 'interrupted' });
  }


  /** The kinds the policy (and the `kind` property) allow, code apps first. */
  #allowedKinds(): AuthenticatorKind[] {
    const allowed = this.#settings.value?.policy.allowedMethods ?? [];
    const kinds: AuthenticatorKind[] = [];
    if (allowed.includes('app-code')) kinds.push('totp');
    if (allowed.includes('app-notification')) kinds.push('push');
    return this.kind ? kinds.filter((k) => k === this.kind) : kinds;
  }

  #dispatch(event: EnrollEvent): void {
    const before = this.flow;
    this.flow = transition(before, event);
    if (holdsSetup(before) && !holdsSetup(this.flow)) this.#forgetSetup();
  }

  #forgetSetup(): void {
    this.#setup = undefined;
    this.#qr = 'drawing';
    this.#poller.stop();
    this.manualOpen = false;
    this.copy = 'idle';
    this.code = '';
  }

  #moved(action: object & { status: ActionStatus }): ActionStatus | undefined {
    const before = this.#seen.get(action) ?? 'idle';
    this.#seen.set(action, action.status);
    return before === action.status ? undefined : action.status;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const kinds = this.#allowedKinds();
    if (this.flow.step === 'choose') {
      if (kinds.length > 0 && !kinds.includes(this.flow.kind)) this.#dispatch({ type: 'choose-kind', kind: kinds[0]! });
      const taken = this.#settings.value?.authenticators.map((a) => a.name);
      if (!this.#nameTouched && taken) {
        const name = defaultDeviceName(this.localizer.term('enrollDefaultName'), taken);
        if (name !== this.flow.name) this.#dispatch({ type: 'edit-name', name });
      }
    }
    // Answers are taken here, not after `run()`, so a retry after re-authentication lands the same way.
    const started = this.#moved(this.#start);
    if (started === 'success' && this.#start.result) this.#onStarted(this.#start.result);
    if (started === 'error') this.#onStartFailed(this.#start.error);
    const verified = this.#moved(this.#verify);
    if (verified === 'success' && this.#verify.result?.authenticator) this.#activated(this.#verify.result.authenticator);
    if (verified === 'error') this.#onVerifyFailed(this.#verify.error);
    const cancelled = this.#moved(this.#cancel);
    if (cancelled === 'success') this.#onCancelled();
    if (cancelled === 'error') this.#onCancelFailed(this.#cancel.error);
  }

  protected override updated(): void {
    const target = this.#focus;
    this.#focus = undefined;
    if (target) this.renderRoot.querySelector<HTMLElement>(target)?.focus();
    if (target === '#key-to-copy') this.renderRoot.querySelector<HTMLInputElement>(target)?.select();
  }

  #onStarted(enrollment: Enrollment): void {
    const setup = readSetup(enrollment);
    if (!setup) {
      this.#dispatch({ type: 'setup-invalid' });
      // Nothing usable came back; the enrollment is withdrawn rather than left to expire.
      this.requireClient().cancelEnrollment(enrollment.enrollmentId, { signal: this.connectedSignal }).catch(() => undefined);
      return;
    }
    this.#setup = setup;
    this.#dispatch({ type: 'started', enrollmentId: enrollment.enrollmentId, acceptedName: enrollment.name });
    this.#focus = '.intro';
    void drawSetupQr(setup).then((drawing) => {
      if (this.#setup !== setup) return;
      this.#qr = drawing;
      if (drawing === 'failed' && setup.kind === 'totp') this.manualOpen = true;
      this.requestUpdate();
    });
    if (setup.kind === 'push') this.#poller.start(enrollment.enrollmentId);
  }

  #onStartFailed(error: unknown): void {
    const onName =
      isConflict(error, 'duplicate-name') ||
      (isMfaError(error) && error.code === 'validation' && error.fieldErrors.some((f) => f.field === 'name'));
    this.#dispatch({ type: 'start-failed', error, field: onName ? 'name' : 'form' });
    if (onName) this.#focus = '#name';
  }

  #onVerifyFailed(error: unknown): void {
    const expired = isMfaError(error) && (error.code === 'expired' || error.code === 'not-found');
    this.#dispatch({ type: 'verify-failed', error, expired });
    if (!expired) this.#focus = 'mfa-code-input';
  }

  #onCancelled(): void {
    const kind = this.flow.kind;
    this.#dispatch({ type: 'cancelled' });
    const event = new MfaEnrollmentCancelEvent({ kind, started: true });
    this.dispatchEvent(event);
  }

  #onCancelFailed(error: unknown): void {
    const flow = this.flow;
    if (flow.step !== 'cancelling') return;
    // Nothing left to cancel: the set-up had already ended on the endpoint.
    if (isMfaError(error) && (error.code === 'expired' || error.code === 'not-found')) {
      this.#onCancelled();
      return;
    }
    // The app finished the set-up meanwhile: read the new authenticator rather than lose it.
    if (isConflict(error, 'already-activated')) {
      void this.requireClient()
        .getEnrollment(flow.enrollmentId, { signal: this.connectedSignal })
        .then((enrollment) => this.#settled(enrollment))
        .catch((cause: unknown) => this.#dispatch({ type: 'cancel-failed', error: cause }));
      return;
    }
    this.#dispatch({ type: 'cancel-failed', error });
  }

  #settled(enrollment: Enrollment): void {
    if (enrollment.status === 'activated' && enrollment.authenticator) this.#activated(enrollment.authenticator);
    else if (enrollment.status === 'expired' || enrollment.status === 'cancelled') {
      this.#dispatch({ type: 'ended', reason: enrollment.status });
    }
  }

  #activated(authenticator: Authenticator): void {
    if (!holdsSetup(this.flow)) return;
    this.#dispatch({ type: 'activated', authenticator });
    const { id, name, kind } = authenticator;
    const event = new MfaAuthenticatorAddedEvent({ id, name, kind });
    this.dispatchEvent(event);
    this.notifyChange();
  }

  // ---- User actions --------------------------------------------------------------------------

  #onStart(event: Event): void {
    event.preventDefault();
    if (this.#start.blocked) return;
    this.#dispatch({ type: 'start' });
    if (this.flow.step === 'choose') {
      this.nameBlank = true;
      this.#focus = '#name';
      return;
    }
    this.#run();
  }

  /** Sends the start request for the current kind and name (also after "Start again"). */
  #run(): void {
    if (this.flow.step !== 'starting') return;
    this.#start.reset();
    this.#seen.set(this.#start, 'idle');
    // The QR library loads now, while the endpoint answers, not with the page.
    loadQrLibrary().catch(() => undefined);
    void this.#start.run(this.flow.kind, cleanDeviceName(this.flow.name));
  }

  #onVerify(event: Event): void {
    event.preventDefault();
    const flow = this.flow;
    const input = this.renderRoot.querySelector<MfaCodeInput>('mfa-code-input');
    if (flow.step !== 'scan' || this.#verify.blocked || !input) return;
    if (!input.checkValidity()) {
      this.codeProblem = input.validationMessage;
      this.#focus = 'mfa-code-input';
      return;
    }
    this.#dispatch({ type: 'verify' });
    void this.#verify.run(flow.enrollmentId, this.code);
  }

  #onCancel(): void {
    const flow = this.flow;
    if (flow.step === 'scan' || flow.step === 'waiting') {
      this.#dispatch({ type: 'cancel' });
      void this.#cancel.run(flow.enrollmentId);
      return;
    }
    const started = flow.step === 'expired' || flow.step === 'invalid';
    this.#dispatch({ type: 'reset', kind: flow.kind, name: flow.name });
    const event = new MfaEnrollmentCancelEvent({ kind: flow.kind, started });
    this.dispatchEvent(event);
  }

  #onRestart(): void {
    const wasDone = this.flow.step === 'done';
    this.#dispatch({ type: 'restart' });
    if (wasDone) this.#nameTouched = false;
    this.#run();
  }

  async #onCopy(): Promise<void> {
    const setup = this.#setup;
    if (setup?.kind !== 'totp') return;
    try {
      await navigator.clipboard.writeText(setup.key.secret);
      this.copy = 'copied';
    } catch {
      // Refused (permissions, an insecure page, an iframe without clipboard-write): select it instead.
      this.copy = 'blocked';
      this.#focus = '#key-to-copy';
    }
  }

  // ---- Rendering -----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" dir=${this.localizer.dir}>${this.#renderStep()}</div>`;
  }

  #renderStep(): TemplateResult {
    const t = this.localizer;
    if (!this.activeClient) return html`<p class="error" role="alert">${t.term('noClient')}</p>`;
    const settings = this.#settings;
    if (!settings.value) {
      const failed = settings.status === 'error';
      return html`
        <p part="status" role="status" class="hint">${failed ? '' : t.term('loading')}</p>
        <div part="error" class="error" role="alert">${failed ? html`<p>${t.errorMessage(settings.error)}</p>` : ''}</div>
        ${failed ? html`<button type="button" @click=${() => settings.reload()}>${t.term('retry')}</button>` : ''}`;
    }
    const kinds = this.#allowedKinds();
    if (kinds.length === 0) return html`<p part="status" class="notice">${t.term('enrollNotAllowed')}</p>`;
    return renderEnrollStep({
      t,
      flow: this.flow,
      kinds,
      setup: this.#setup,
      qr: this.#qr,
      code: this.code,
      codeProblem: this.codeProblem,
      nameProblem: this.nameBlank ? t.term('enrollNameRequired') : '',
      manualOpen: this.manualOpen,
      copy: this.copy,
      start: this.#start,
      verify: this.#verify,
      on: this.#handlers,
    });
  }

  readonly #handlers: EnrollViewModel['on'] = {
    kind: (kind) => this.#dispatch({ type: 'choose-kind', kind }),
    name: (event) => {
      this.#nameTouched = true;
      this.nameBlank = false;
      this.#dispatch({ type: 'edit-name', name: (event.target as HTMLInputElement).value });
    },
    start: (event) => this.#onStart(event),
    code: (event) => {
      this.code = (event.target as MfaCodeInput).value;
      this.codeProblem = '';
    },
    verify: (event) => this.#onVerify(event),
    cancel: () => this.#onCancel(),
    restart: () => this.#onRestart(),
    toggleManual: () => {
      this.manualOpen = !this.manualOpen;
      this.copy = 'idle';
    },
    copy: () => void this.#onCopy(),
    checkAgain: () => {
      if (this.flow.step !== 'waiting') return;
      this.flow = { ...this.flow, failure: undefined };
      this.#poller.start(this.flow.enrollmentId);
    },
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'mfa-authenticator-enroll': MfaAuthenticatorEnroll;
  }
}
