/**
 * Running an administrator action for `<mfa-user-admin>`: where the action stands (the steps of
 * `user-admin-flow.ts`), the request that runs it, sent in requests of a hundred users, and the
 * moves between the steps that a user's button or the endpoint's answer makes: review, run, retry
 * the failures, cancel, start over. The element keeps what the admin chooses and draws the steps
 * from what this holds. The run takes the endpoint's answer as the element updates (`hostUpdate`).
 */
import type { ReactiveControllerHost } from 'lit';
import { ActionController } from '../../core/action.js';
import { badValue } from '../../core/attribute-values.js';
import type { MfaClient } from '../../core/client.js';
import { isAbortError, isMfaError } from '../../core/errors.js';
import { MfaErrorEvent } from '../../core/events.js';
import { whenLeft } from '../../core/leaving.js';
import type { AdminAction, AdminUserResult } from '../../core/types.js';
import { type AdminAnswer, type AdminEvent, type AdminState, CHOOSE, MAX_USERS_PER_REQUEST, batches, transition } from './user-admin-flow.js';
import { isNotAdmin } from './user-admin-text.js';
import { MfaAdminActionCompleteEvent } from './user-admin.events.js';

/**
 * What a run of several requests failed as a whole had done: the answers of the requests before the
 * one that failed (`handled` users, of the `total` it was run for).
 */
export interface PartialRun {
  answer: AdminAnswer;
  handled: number;
  total: number;
}

type Progress = { answered: number; batches: number; stopping: boolean; partial?: PartialRun };

/**
 * What the run needs of the element: its own members, some of them protected in it (the element
 * passes itself as this type).
 */
export interface AdminRunHost extends ReactiveControllerHost, HTMLElement {
  /** The client in use, if any. */
  readonly activeClient: MfaClient | undefined;
  /** The client in use, for the requests: they are sent only once there is one. */
  requireClient(): MfaClient;
  /** The element's connection signal (the ActionController reads it of its host). */
  readonly connectedSignal: AbortSignal;
  /** Tells the other elements that settings may have changed. */
  notifyChange(): void;
}

/**
 * The action itself (its status, error and wait are the element's to read, as an `ActionController`'s),
 * and where it stands.
 */
export class AdminRun extends ActionController<[AdminAction, string[]], AdminAnswer> {
  /** Where the action stands. */
  flow: AdminState;
  /** What to focus after the next render (a selector), if anything. */
  focus: string | undefined;
  readonly #host: AdminRunHost;
  /**
   * A run of several requests: how many of its users were answered so far, how many of its requests
   * were answered in any try (the host's reauth `retry()` sends them again), and whether the admin
   * stopped it. Set anew by `start()`. `partial`: what a run that failed as a whole had done before
   * (see `send`), until the host hears of it.
   */
  readonly #progress: Progress;

  constructor(host: AdminRunHost) {
    const progress: Progress = { answered: 0, batches: 0, stopping: false };
    super(host, {
      operation: 'runAdminAction',
      /**
       * One request per hundred users (the protocol's limit), each with its own idempotency key. When
       * a request fails after others were answered, what those did stands: the answer holds their
       * results, and the run ends there. The users of the failed request are left out of it, so
       * they are listed as failed ("not reported on"), and those after it as not sent, to retry. A failure of the first request
       * (nothing was done), the element leaving the page, and a failure the admin gets past and then
       * runs the action again after (a sign-in to renew, a rate limit's wait) fail the action as a
       * whole: run again, it is sent with the same keys, so a request answered already is answered
       * the same by the endpoint, not run twice, and the host hears of the whole action once. What
       * the requests answered before such a failure did is kept (`partial`): the alert says it, and
       * the host hears of it if the admin leaves the action instead (`leave`).
       */
      send: async (options, action, userIds) => {
        const client = host.requireClient();
        // An id the protocol cannot carry (empty, or over 128 characters) is no user's: sent, it would
        // fail the request for every user. It is failed here as no such user, and said on the console.
        const carried = (id: string) => id !== '' && [...id].length <= 128;
        const sent = userIds.filter(carried);
        const results: AdminUserResult[] = userIds
          .filter((id) => !carried(id))
          .map((userId) => {
            badValue('users[].id', userId, 'a user id of 1 to 128 characters');
            return { userId, status: 'failed', error: { code: 'not-found', message: 'Not a user id.' } };
          });
        const parts = batches(sent);
        if (parts.length === 1 && results.length === 0) return client.runAdminAction(action, sent, options);
        progress.answered = results.length;
        for (const [i, part] of parts.entries()) {
          // Stopped by the admin: the requests not answered yet stay unsent, the answered ones stand
          // (after a sign-in renewed, those answered before are sent again, with their keys, and
          // answered the same).
          if (progress.stopping && i >= progress.batches) return { action, results, unsent: { ids: parts.slice(i).flat(), reason: 'stopped' } };
          const key = options.idempotencyKey ? `${options.idempotencyKey}-${i}` : undefined;
          try {
            const answer = await client.runAdminAction(action, part, { ...options, idempotencyKey: key });
            results.push(...answer.results);
            progress.answered += part.length;
            progress.batches = Math.max(progress.batches, i + 1);
            host.requestUpdate();
          } catch (error) {
            if (i === 0 || isAbortError(error) || isMfaError(error, 'reauth-required') || isMfaError(error, 'rate-limited')) {
              if (i > 0) progress.partial = { answer: { action, results: [...results] }, handled: progress.answered, total: userIds.length };
              throw error;
            }
            // Not shown as an error (the results say it), but the host's log hears of it as of any other.
            if (isMfaError(error)) host.dispatchEvent(new MfaErrorEvent({ operation: 'runAdminAction', code: error.code, status: error.status }));
            // Its users are not reported on; those after it were not sent: the run ends here (the
            // admin may also have stopped it meanwhile).
            return { action, results, unsent: { ids: parts.slice(i + 1).flat(), reason: progress.stopping ? 'stopped' : 'unsent' } };
          }
        }
        return { action, results };
      },
    });
    this.#host = host;
    this.#progress = progress;
    this.flow = CHOOSE;
  }

  /**
   * Of a run of several requests under way, how many of its users the endpoint has answered so far;
   * undefined for a run of one request, or when none runs.
   */
  get answered(): number | undefined {
    const flow = this.flow;
    return flow.step === 'running' && flow.targets.length > MAX_USERS_PER_REQUEST ? this.#progress.answered : undefined;
  }

  /** What the last run, failed as a whole, had done before it failed, until the host hears of it. */
  get partial(): PartialRun | undefined {
    return this.#progress.partial;
  }

  /** The admin asked a run of several requests to stop after the request under way. */
  get stopping(): boolean {
    return this.answered !== undefined && this.#progress.stopping;
  }

  /** Stops a run of several requests after the request under way; its answered users' results stand. */
  stop(): void {
    if (this.answered === undefined) return;
    this.#progress.stopping = true;
    this.#host.requestUpdate();
  }

  /** Moves the action on; `focus`: what to focus after the next render. */
  go(event: AdminEvent, focus?: string): void {
    this.flow = transition(this.flow, event);
    if (focus) this.focus = focus;
    this.#host.requestUpdate();
  }

  /**
   * Takes the answer of the run, or its failure, into the steps: the results (focused), or back where
   * the run came from. Refused as no administrator, the notice takes the place of the steps and of
   * the focus they held. Taken as the element updates, not where `run()` was awaited, so a run the
   * host's reauth `retry()` started lands too, and so does its `cancel()`.
   */
  hostUpdate(): void {
    const answer = this.result;
    if (this.status === 'success' && answer) {
      this.reset();
      if (this.flow.step === 'running') {
        this.go({ type: 'answered', answer }, '#results-label');
        // Run again after a failure, with the same keys: the answer holds what it had done too.
        this.#progress.partial = undefined;
        this.#complete(answer);
      }
    }
    // Failed, or sent nothing (the host's reauth retry() while the browser is offline): back to
    // where it came from, which says why.
    if ((this.status === 'error' || this.status === 'idle') && this.flow.step === 'running') {
      // Stop, which had the focus, goes with the run: the focus goes to the button that runs it again.
      const stopFocused = this.#host.shadowRoot?.activeElement?.matches('[part~=stop-button]');
      this.go({ type: 'failed' }, isNotAdmin(this.error) ? '[part=notice]' : stopFocused ? '[part~=run-button],[part~=retry-button]' : undefined);
    }
  }

  #complete({ action, results }: AdminAnswer): void {
    this.#host.dispatchEvent(new MfaAdminActionCompleteEvent({ action, results }));
    // The admin may have acted on themselves: other elements read their settings again.
    this.#host.notifyChange();
  }

  /**
   * Taken out of the page while it runs, the action is aborted: back where it came from (the
   * confirmation, or the results), to be run again, with the same keys (see `send`). Left running,
   * it stayed "Working on…" for good, Cancel refused. Moved in the page, it goes on.
   */
  override hostDisconnected(): void {
    super.hostDisconnected();
    whenLeft(this.#host, () => this.flow.step === 'running' && this.go({ type: 'failed' }));
  }

  /** The action is on its way (not waiting for the host to step the admin up). */
  get busy(): boolean {
    return this.flow.step === 'running' && this.status !== 'reauth';
  }

  /**
   * The action may not be run now: while it must not be sent (see `ActionController.blocked`), and
   * while the provider has no endpoint yet (the status says it is loading).
   */
  override get blocked(): boolean {
    return super.blocked || !this.#host.activeClient;
  }

  /** Runs the action (`run`), or again for the failures a new try may clear (`retry-failed`). */
  start(type: 'run' | 'retry-failed'): void {
    if (this.blocked) return;
    this.go({ type });
    if (this.flow.step !== 'running') return;
    Object.assign(this.#progress, { answered: 0, batches: 0, stopping: false });
    const { action, targets } = this.flow;
    void this.run(action, targets.map((u) => u.id));
  }

  /**
   * Back to the choice (`cancel` from the confirmation, `start-over` from the results), `focus`
   * focused. Not while the action runs: it may be done on the endpoint already, and its answer must
   * land. While the host is to step the admin up, nothing is in flight: back to the confirmation or
   * the results, then the choice (the host may never answer). A run that failed as a whole after
   * some of its requests were answered is left as it is: the host hears of what those did.
   */
  leave(type: 'cancel' | 'start-over', focus: string): void {
    if (this.busy) return;
    if (this.status === 'reauth') this.go({ type: 'failed' });
    const partial = this.#progress.partial;
    this.#progress.partial = undefined;
    if (partial) this.#complete(partial.answer);
    this.reset();
    this.go({ type }, focus);
  }
}
