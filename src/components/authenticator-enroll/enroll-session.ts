import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ActionController, type ActionStatus } from '../../core/action.js';
import type { MfaClient } from '../../core/client.js';
import { isMfaError } from '../../core/errors.js';
import { whenLeft } from '../../core/leaving.js';
import { PageHideController } from '../../core/page-hide.js';
import { typedName } from '../../core/names.js';
import type { Authenticator, AuthenticatorKind, Enrollment } from '../../core/types.js';
import { isConflict } from '../authenticator-list/action-feedback.js';
import {
  type EnrollEvent,
  type EnrollState,
  holdsSetup,
  initialState,
  transition,
} from './authenticator-enroll-flow.js';
import { MfaAuthenticatorAddedEvent, MfaEnrollmentCancelEvent } from './authenticator-enroll.events.js';
import type { QrDrawing } from './authenticator-enroll.views.js';
import { PushPoller } from './push-poller.js';
import { loadQrLibrary } from './qr.js';
import { type SetupData, drawSetupQr, readSetup } from './setup.js';

/** `<mfa-authenticator-enroll>` as the host: its `connectedSignal` is protected, so read through this type. */
type SessionHost = ReactiveControllerHost & HTMLElement & { readonly connectedSignal: AbortSignal };

/** What the session needs from `<mfa-authenticator-enroll>`, and what it tells it. */
export interface EnrollSessionOptions {
  /** The client in use (the element's `requireClient()`). */
  client: () => MfaClient;
  /** Focus this selector after the next render. */
  focus: (selector: string) => void;
  /** The set-up data was dropped: what the element shows or holds for it goes too. */
  forgotten: () => void;
  /** The endpoint confirmed a new authenticator (the element's `notifyChange()`). */
  changed: () => void;
}

/**
 * One enrollment of `<mfa-authenticator-enroll>` on the endpoint: the flow state, the start, verify
 * and cancel requests, the push poller, and the set-up data they bring. Each answer becomes a flow
 * event here, and `mfa-authenticator-added` / `mfa-enrollment-cancel` fire on the host; the element
 * keeps what the user types, focus and rendering.
 */
export class EnrollSession implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: EnrollSessionOptions;
  #flow: EnrollState = initialState('totp', '');
  /** Set-up data (the secret, an activation code) and its QR drawing: memory only, never state. */
  #setup: SetupData | undefined;
  #qr: QrDrawing = 'drawing';
  /** Reads a code app's set-up once a minute, which keeps it waiting, and finds it ended (see `#onStarted`). */
  #expiryWatch: ReturnType<typeof setInterval> | undefined;
  #seen = new Map<object, ActionStatus>();
  /** The idempotency key of the latest start sent. */
  #startKey: string | undefined;

  readonly startAction: ActionController<[AuthenticatorKind, string], Enrollment>;
  readonly verifyAction: ActionController<[string, string], Enrollment>;
  /** Cancelling a started set-up on the endpoint. */
  readonly cancelAction: ActionController<[string], void>;
  readonly #poller: PushPoller;

  constructor(host: ReactiveControllerHost & HTMLElement, options: EnrollSessionOptions) {
    this.#host = host;
    this.#options = options;
    const { client } = options;
    this.startAction = new ActionController(host, {
      operation: 'startEnrollment',
      send: (request, kind: AuthenticatorKind, name: string) => {
        const key = request.idempotencyKey;
        this.#startKey = key;
        return client()
          .startEnrollment({ kind, name }, request)
          .then((enrollment) => {
            // The user cancelled while it was starting, and is on the form (or started again with
            // other input, so another key), or the element has left the page (answered in the
            // script that took it out): what the endpoint made anyway is withdrawn, not shown,
            // polled or kept. Started again unchanged, the same key gets this same enrollment back:
            // it is kept, also when the start sent again answered first and the set-up is shown.
            if (key !== this.#startKey || this.#flow.step === 'choose' || !host.isConnected) {
              this.#withdraw(enrollment.enrollmentId);
              // Its key, sent again, would be refused (`secret-gone`): a start after this one is new.
              if (key === this.#startKey) this.startAction.reset(true);
            }
            return enrollment;
          });
      },
    });
    this.verifyAction = new ActionController(host, {
      operation: 'verifyEnrollment',
      send: (request, id: string, code: string) => client().verifyEnrollment(id, code, request),
    });
    this.cancelAction = new ActionController(host, {
      operation: 'cancelEnrollment',
      send: (request, id: string) => client().cancelEnrollment(id, request),
    });
    this.#poller = new PushPoller(
      host,
      // Each answer renders the page again: a push app's set-up in its last minute says so.
      (id, pollSignal) => client().getEnrollment(id, { signal: pollSignal }).finally(() => host.requestUpdate()),
      (enrollment) => this.#settled(enrollment),
      // An enrollment the endpoint no longer knows has ended (one that forgets an expired set-up),
      // as the verify step takes it: a Retry would only be answered 404 again.
      (error) => (isMfaError(error, 'not-found') ? this.#ended('expired') : this.dispatch({ type: 'poll-failed', error })),
    );
    // After the actions and the poller, so their own disconnect (and update) work is done first.
    host.addController(this);
    // Leaving the page (also for the browser's back/forward cache, from which Back would show the
    // set-up again) ends the set-up, and withdraws it on the endpoint: neither a code app's key nor
    // a push app's activation code, with which any device could still activate, is left for
    // whoever comes to the browser next.
    // Not while a code or a cancel is on its way: its answer settles the set-up (the app may be set
    // up after all).
    new PageHideController(host, () => {
      const { step } = this.#flow;
      if (step === 'scan' || step === 'waiting') this.#end();
    });
  }

  /** Ends the set-up under way, and withdraws it on the endpoint, with a request that outlives the element. */
  #end(): void {
    const flow = this.#flow;
    if (!holdsSetup(flow)) return;
    this.#withdraw(flow.enrollmentId, true);
    // As for a cancelled set-up: a host's retry() still to come for its code sends nothing.
    this.verifyAction.reset();
    this.dispatch({ type: 'ended', reason: 'interrupted' });
  }

  /** Where the set-up is (see `authenticator-enroll-flow.ts`). */
  get flow(): EnrollState {
    return this.#flow;
  }

  /** The set-up data of the current set-up, for rendering only. */
  get setup(): SetupData | undefined {
    return this.#setup;
  }

  /** The set-up's QR code: being drawn, drawn, or failed. */
  get qr(): QrDrawing {
    return this.#qr;
  }

  hostUpdate(): void {
    // Answers are taken here, not after `run()`, so a retry after re-authentication lands the same way.
    const started = this.#moved(this.startAction);
    // Sent again, or refused, after the wait for the host's step-up put the form back (below): the
    // start is the one under way again (from the form, `start` moves it there; else it does nothing).
    if (started === 'pending' || started === 'error') this.dispatch({ type: 'start' });
    if (started === 'success' && this.startAction.result) {
      const enrollment = this.startAction.result;
      // The controller would otherwise keep the secret as its `result` after the set-up ends.
      this.startAction.reset();
      this.#seen.set(this.startAction, 'idle');
      // Else withdrawn as it came (see `startAction`).
      if (this.#flow.step === 'starting') this.#onStarted(enrollment);
    }
    if (started === 'error' && this.#flow.step === 'starting') this.#onStartFailed(this.startAction.error);
    // Waiting for the host to step the user up, nothing is in flight: the step is back as the user
    // left it, usable (the host may never answer), until the host's retry() sends it again.
    if (started === 'reauth') this.dispatch({ type: 'interrupted' });
    const verified = this.#moved(this.verifyAction);
    if (verified === 'reauth') this.dispatch({ type: 'interrupted' });
    // As for the start: the code under way again.
    if (verified === 'pending' || verified === 'error') this.dispatch({ type: 'verify' });
    if (verified === 'success' && this.verifyAction.result?.authenticator) {
      this.#activated(this.verifyAction.result.authenticator);
    }
    if (verified === 'error') this.#onVerifyFailed(this.verifyAction.error);
    const cancelled = this.#moved(this.cancelAction);
    if (cancelled === 'success') this.#onCancelled();
    if (cancelled === 'error') this.#onCancelFailed(this.cancelAction.error);
  }

  hostDisconnected(): void {
    // Moved in the page, the set-up goes on (a push app's check only pauses meanwhile, as the poller
    // does). Taken out of it, a request in flight was aborted with the element: back to the step it
    // was sent from, with what the user entered, and nothing sent again by itself. (A code the
    // endpoint received counts all the same: the withdrawal below is then refused,
    // `already-activated`.) The set-up goes with the element, withdrawn on the endpoint, where it
    // could still add a device no one would be told of.
    whenLeft(this.#host, () => {
      this.dispatch({ type: 'interrupted' });
      this.#end();
    });
  }

  /** Moves the flow on; leaving the set-up steps drops the set-up data. */
  dispatch(event: EnrollEvent): void {
    const before = this.#flow;
    this.#flow = transition(before, event);
    if (this.#flow !== before) this.#host.requestUpdate();
    if (holdsSetup(before) && !holdsSetup(this.#flow)) this.#forgetSetup();
  }

  /** Sends the start request for the current kind and name (also after "Start again"). */
  sendStart(): void {
    if (this.#flow.step !== 'starting') return;
    this.startAction.reset();
    this.#seen.set(this.startAction, 'idle');
    // The QR library loads now, while the endpoint answers, not with the page.
    loadQrLibrary().catch(() => undefined);
    void this.startAction.run(this.#flow.kind, typedName(this.#flow.name));
  }

  /** Sends the first code of a code app (the element has checked it is complete). */
  sendCode(code: string): void {
    const flow = this.#flow;
    if (flow.step !== 'scan') return;
    this.dispatch({ type: 'verify' });
    void this.verifyAction.run(flow.enrollmentId, code);
  }

  /**
   * Cancels the set-up: one started on the endpoint is cancelled there (the form comes back when it
   * answers); else the form is back at its start now. Nothing while a code or an earlier cancel is on
   * its way, while the cancel cannot be sent (offline, rate limited), or once the app is set up (the
   * button is unavailable).
   * `now`: for a host about to take the element away (a dialog closing), and only if a set-up is
   * under way (not on the form before it). A started set-up is then cancelled on the endpoint
   * without waiting for the answer, and without the element's connection signal, so the request
   * outlives the element; offline, it is sent again once the browser is back online (a page left
   * meanwhile sends nothing more, and the set-up expires on the endpoint by itself). (Taking the
   * element away without it withdraws the set-up too: see `hostDisconnected`.)
   */
  cancel(now?: boolean): void {
    const flow = this.#flow;
    const { step } = flow;
    if (step === 'done' || (now ? step === 'choose' : step === 'verifying' || step === 'cancelling')) return;
    if (holdsSetup(flow)) {
      if (!now) {
        if (this.cancelAction.blocked) return;
        this.dispatch({ type: 'cancel' });
        void this.cancelAction.run(flow.enrollmentId);
        return;
      }
      // Answers still in flight (a code, an earlier cancel) no longer land.
      this.verifyAction.reset();
      this.cancelAction.reset();
      this.#withdraw(flow.enrollmentId);
    }
    // A start still in flight no longer holds Continue back: what it may yet create on the endpoint
    // is withdrawn when it answers (see `startAction`).
    this.startAction.reset();
    this.dispatch({ type: 'reset', kind: flow.kind, name: flow.name });
    // The Cancel the user pressed may go with its step (an ended set-up): back to the form's name.
    if (!now) this.#options.focus('#name');
    // Started: the endpoint made an enrollment (even one that has ended since).
    this.#host.dispatchEvent(new MfaEnrollmentCancelEvent({ kind: flow.kind, started: step !== 'choose' && step !== 'starting' }));
  }

  /** Polling stopped on a failure: clear it and poll again. */
  checkAgain(): void {
    const flow = this.#flow;
    if (flow.step !== 'waiting') return;
    this.#flow = { ...flow, failure: undefined };
    this.#host.requestUpdate();
    this.#poller.start(flow.enrollmentId);
    // Retry goes as the waiting goes on: the status line, which says so, takes the focus.
    this.#options.focus('.status');
  }

  #forgetSetup(): void {
    clearInterval(this.#expiryWatch);
    this.#setup = undefined;
    this.#qr = 'drawing';
    this.#poller.stop();
    this.#options.forgotten();
  }

  #moved(action: object & { status: ActionStatus }): ActionStatus | undefined {
    const before = this.#seen.get(action) ?? 'idle';
    this.#seen.set(action, action.status);
    return before === action.status ? undefined : action.status;
  }

  #onStarted(enrollment: Enrollment): void {
    const setup = readSetup(enrollment);
    if (!setup) {
      // The form goes: "Start again" takes the focus, unless the user is elsewhere on the page.
      if (this.#host.shadowRoot?.activeElement) this.#options.focus('#restart');
      this.dispatch({ type: 'setup-invalid' });
      // Nothing usable came back; the enrollment is withdrawn rather than left to expire.
      this.#withdraw(enrollment.enrollmentId);
      return;
    }
    this.#setup = setup;
    this.dispatch({ type: 'started', enrollmentId: enrollment.enrollmentId, acceptedName: enrollment.name });
    // Not if the user has gone elsewhere on the page meanwhile (a slow start).
    if (this.#host.shadowRoot?.activeElement || document.activeElement === document.body) this.#options.focus('.intro');
    void drawSetupQr(setup).then((drawing) => {
      if (this.#setup !== setup) return;
      this.#qr = drawing;
      this.#host.requestUpdate();
    });
    if (setup.kind === 'push') this.#poller.start(enrollment.enrollmentId);
    // A code app's set-up is read once a minute while it shows, the first time a few seconds after
    // it starts. Each read keeps it waiting on the endpoint for another 10 minutes (protocol 1.3.0;
    // at most 2 hours from its start), so a user who takes longer to add the key (typed by hand, an
    // app to install first) is not timed out (WCAG 2.2.1); and a set-up that ended all the same (a
    // computer asleep for longer, an endpoint that does not keep it, a cancel in another tab) is
    // said to have ended within a minute, before the user scans a key the endpoint no longer takes.
    // The page's clock is looked at every few seconds rather than a timer set for the minute: a
    // computer asleep meanwhile (a laptop closed over lunch) may not count that time in a timer's
    // wait. A read's answer is taken only while the step is as it was when the read was sent: a
    // code sent meanwhile, or a cancel, is left to its own answer (a read answered after the cancel
    // it crossed says "cancelled", which is the cancel's to say).
    else {
      let checkAt = 0;
      this.#expiryWatch = setInterval(() => {
        const flow = this.#flow;
        if (Date.now() < checkAt || flow.step !== 'scan') return;
        checkAt = Date.now() + 60_000;
        try {
          this.#options
            .client()
            .getEnrollment(enrollment.enrollmentId)
            .then(
              (read) => this.#flow === flow && this.#settled(read),
              (error) => this.#flow === flow && isMfaError(error, 'not-found') && this.#ended('expired'),
            );
        } catch {
          // No client any more (the host took it away): the next look asks again.
        }
      }, 5000);
    }
  }

  /**
   * Cancels an enrollment on the endpoint that will not be shown, rather than leave it to expire;
   * without the connection signal, so the element may go meanwhile (`keepalive`: the page too).
   * Not reached (offline), it is sent again once the browser is back online. Refused as the app
   * activated it meanwhile (a push app approved as the set-up was closed), the host hears the app
   * added, after the set-up's cancel, and the page reads again, so it shows it; unless the set-up
   * shown is done, and the host told so already: a start answered twice (sent again with its key
   * after a Cancel), the late answer withdrawn once the element was taken away, is that set-up.
   * (If the read fails, the page reads again all the same.)
   */
  #withdraw(enrollmentId: string, keepalive?: boolean): void {
    const send = () => {
      try {
        const client = this.#options.client();
        client
          .cancelEnrollment(enrollmentId, { keepalive })
          .catch((error) =>
            isMfaError(error, 'network')
              ? addEventListener('online', send, { once: true })
              : isConflict(error, 'already-activated') &&
                client
                  .getEnrollment(enrollmentId)
                  .then((enrollment) => this.#added(this.#flow.step === 'done' ? undefined : enrollment.authenticator), this.#options.changed),
          );
      } catch {
        // No client any more (the host took it away as it signed the user out): nothing is sent, and
        // the enrollment expires on the endpoint by itself.
      }
    };
    send();
  }

  #onStartFailed(error: unknown): void {
    const onName =
      isConflict(error, 'duplicate-name') ||
      (isMfaError(error, 'validation') && error.fieldErrors.some((f) => f.field === 'name'));
    this.dispatch({ type: 'start-failed', error, field: onName ? 'name' : 'form' });
    // The name field (or the kinds) had the focus, which the status line held while they were
    // unavailable (or the page's body, where a focus lost falls): back to the name, kept. Continue
    // keeps it (the alert, or the name's, says why); so does the user gone elsewhere meanwhile.
    if (this.#host.shadowRoot?.activeElement?.matches('.status') || document.activeElement === document.body) this.#options.focus('#name');
  }

  #onVerifyFailed(error: unknown): void {
    // The set-up is done already: a code before this one was taken, its answer lost (a timeout, the
    // network), and this code was sent as a new request. Read the new authenticator, as a cancel
    // so refused does; the step stays "Verifying" meanwhile.
    if (isConflict(error, 'already-activated')) {
      this.#readActivated((cause) => this.#onVerifyFailed(cause));
      return;
    }
    // A wrong code that used the last try ends the set-up on the endpoint, as an expiry does.
    const noTriesLeft = isMfaError(error, 'invalid-code') && error.attemptsLeft === 0;
    const expired = noTriesLeft || (isMfaError(error) && (error.code === 'expired' || error.code === 'not-found'));
    // Only the code's own refusals are said on its field; any other failure (the server's, the
    // network's, a sign-in not confirmed) is the step's, and marks no code wrong.
    const onCode = isMfaError(error, 'invalid-code') || (isMfaError(error, 'validation') && error.fieldErrors.some((f) => f.field === 'code'));
    this.dispatch({ type: 'verify-failed', error, expired, noTriesLeft, field: onCode ? 'code' : 'form' });
    // The code field goes with the set-up: "Start again" is what is left to do. Not if the user is
    // elsewhere on the page (a host's retry() answered while its sign-in prompt, or another field, has the focus).
    if (this.#host.shadowRoot?.activeElement || document.activeElement === document.body) {
      this.#options.focus(expired ? '#restart' : 'mfa-code-input');
    }
  }

  #onCancelled(): void {
    const kind = this.#flow.kind;
    // The set-up is left: a host's retry() still to come for its code (after re-authentication)
    // sends nothing, in this form or in the next set-up.
    this.verifyAction.reset();
    this.dispatch({ type: 'cancelled' });
    // The set-up's Cancel went with it: the form is back, and the focus on its name (not if the
    // user has gone elsewhere on the page meanwhile).
    if (this.#host.shadowRoot?.activeElement || document.activeElement === document.body) this.#options.focus('#name');
    this.#host.dispatchEvent(new MfaEnrollmentCancelEvent({ kind, started: true }));
  }

  #onCancelFailed(error: unknown): void {
    const flow = this.#flow;
    if (flow.step !== 'cancelling') return;
    // Nothing left to cancel: the set-up had already ended on the endpoint.
    if (isMfaError(error) && (error.code === 'expired' || error.code === 'not-found')) {
      this.#onCancelled();
      return;
    }
    // The app finished the set-up meanwhile: read the new authenticator rather than lose it.
    if (isConflict(error, 'already-activated')) {
      this.#readActivated((cause) => this.dispatch({ type: 'cancel-failed', error: cause }));
      return;
    }
    this.dispatch({ type: 'cancel-failed', error });
    // Back to waiting, and so to polling: a poll failure before the cancel (or during it) had
    // stopped it, and its Retry goes with this failure.
    if (flow.from === 'waiting' && !this.#poller.active) this.#poller.start(flow.enrollmentId);
  }

  /** Reads the set-up the endpoint says is activated, and shows what it added; `failed`, if it cannot. */
  #readActivated(failed: (cause: unknown) => void): void {
    const flow = this.#flow;
    if (!holdsSetup(flow)) return;
    void this.#options
      .client()
      .getEnrollment(flow.enrollmentId, { signal: (this.#host as SessionHost).connectedSignal })
      .then((enrollment) => this.#settled(enrollment))
      .catch(failed);
  }

  #settled(enrollment: Enrollment): void {
    if (enrollment.status === 'activated' && enrollment.authenticator) this.#activated(enrollment.authenticator);
    // Activated without its authenticator: the one it added is gone already (removed in another tab).
    else if (enrollment.status !== 'pending') this.#ended(enrollment.status === 'expired' ? 'expired' : 'cancelled');
  }

  #ended(reason: 'expired' | 'cancelled'): void {
    // The step that held the focus goes: "Start again" takes it, as after a code app's expiry.
    if (this.#host.shadowRoot?.activeElement) this.#options.focus('#restart');
    this.dispatch({ type: 'ended', reason });
  }

  #activated(authenticator: Authenticator): void {
    if (!holdsSetup(this.#flow)) return;
    // The step that held the focus goes: the confirmation takes it, and is read once, as what has
    // the focus (the element's `moveFocus`). Not when the user is elsewhere on the page (a push app
    // activated while they waited): the live region says it.
    if (this.#host.shadowRoot?.activeElement) this.#options.focus('.status');
    this.dispatch({ type: 'activated', authenticator });
    this.#added(authenticator);
  }

  /** Tells the host the app it added (none: removed since, in another tab), and the page to read again. */
  #added(authenticator?: Authenticator): void {
    if (authenticator) {
      const { id, name, kind } = authenticator;
      this.#host.dispatchEvent(new MfaAuthenticatorAddedEvent({ id, name, kind }));
    }
    this.#options.changed();
  }
}
