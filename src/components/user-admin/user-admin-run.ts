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
 * A run of several requests: how many of its users were answered so far, how many of its requests
 * were answered in any try (the host's reauth `retry()` sends them again), and whether the admin
 * stopped it (set anew by `start()`). `told`: of a run that failed as a whole after some of its
 * requests were answered, the results the host was told of then, by the run's idempotency key (its
 * tries, sent with it, are answered the same for those requests). `stoppedAfter`: how many users of
 * how many the last try's run had handled when it failed so.
 */
interface Progress {
  answered: number;
  batches: number;
  stopping: boolean;
  told?: { key: string | undefined; results: Map<string, AdminUserResult> };
  stoppedAfter?: { handled: number; total: number };
}

/**
 * Tells the host of results (each user's once; `interrupted`: the run stopped part way, see the
 * event), and the other elements that settings may have changed.
 */
function tell(host: AdminRunHost, action: AdminAction, results: AdminUserResult[], interrupted = false): void {
  host.dispatchEvent(new MfaAdminActionCompleteEvent({ action, results, interrupted }));
  // The admin may have acted on themselves: other elements read their settings again.
  host.notifyChange();
}

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
  /** The last failure landed while the focus was neither in the element nor on the page's body. */
  failedElsewhere = false;
  readonly #host: AdminRunHost;
  /** Where a run of several requests stands (see `Progress`). */
  readonly #progress: Progress;

  constructor(host: AdminRunHost) {
    const progress: Progress = { answered: 0, batches: 0, stopping: false };
    super(host, {
      operation: 'runAdminAction',
      /**
       * One request per hundred users (the protocol's limit), each with its own idempotency key. When
       * a request fails after others were answered, what those did stands: the answer holds their
       * results, and the run ends there. The users of the failed request are left out of it, so
       * they are listed as failed ("not reported on"), and those after it as not sent, to retry.
       * A failure of the first request (nothing was done), the element leaving the page, and a
       * failure the admin gets past and then runs the action again after (a sign-in to renew, a
       * rate limit's wait) fail the action as a whole: run again, it is sent with the same keys, so
       * a request answered already is answered the same by the endpoint, not run twice. The host
       * hears of each user once, as soon as the endpoint has answered for them: failed so after some
       * requests were answered, of those at once (`told`; the alert says how many), and of the
       * others when a try of the same run answers for them.
       */
      send: async (options, action, userIds) => {
        const client = host.requireClient();
        const runKey = options.idempotencyKey;
        // Not a try of the run the host was told of in part (run anew, or sent with a new key): that one is over.
        if (progress.told?.key !== runKey) progress.told = undefined;
        progress.stoppedAfter = undefined;
        // An id the protocol cannot carry (empty, over 128 characters, or no string at all: a number
        // from a host without types) is no user's: sent, it would fail the request for every user.
        // It is failed here as no such user, and said on the console.
        const carried = (id: string) => typeof id === 'string' && id !== '' && [...id].length <= 128;
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
        // The results of this try, and those the host was told of from an earlier try the endpoint did
        // not answer again this time (a request answered then, failed now): they stand too.
        const all = (): AdminUserResult[] => {
          const answered = new Set(results.map((r) => r.userId));
          return [...results, ...[...(progress.told?.results.values() ?? [])].filter((r) => !answered.has(r.userId))];
        };
        for (const [i, part] of parts.entries()) {
          // Stopped by the admin: the requests not answered yet stay unsent, the answered ones stand
          // (after a sign-in renewed, those answered before are sent again, with their keys, and
          // answered the same).
          if (progress.stopping && i >= progress.batches) return { action, results: all(), unsent: { ids: parts.slice(i).flat(), reason: 'stopped' } };
          const key = options.idempotencyKey ? `${options.idempotencyKey}-${i}` : undefined;
          try {
            const answer = await client.runAdminAction(action, part, { ...options, idempotencyKey: key });
            results.push(...answer.results);
            progress.answered += part.length;
            progress.batches = Math.max(progress.batches, i + 1);
            host.requestUpdate();
          } catch (error) {
            if (i === 0 || isAbortError(error) || isMfaError(error, 'reauth-required') || isMfaError(error, 'rate-limited')) {
              if (i > 0) {
                progress.told ??= { key: runKey, results: new Map() };
                const told = progress.told;
                const fresh = results.filter((r) => !told.results.has(r.userId));
                for (const r of fresh) told.results.set(r.userId, r);
                if (fresh.length > 0) tell(host, action, fresh, true);
              }
              if (progress.told) progress.stoppedAfter = { handled: progress.told.results.size, total: userIds.length };
              throw error;
            }
            // Not shown as an error (the results say it), but the host's log hears of it as of any other.
            if (isMfaError(error)) host.dispatchEvent(new MfaErrorEvent({ operation: 'runAdminAction', code: error.code, status: error.status }));
            // Its users are not reported on; those after it were not sent: the run ends here (the
            // admin may also have stopped it meanwhile).
            return { action, results: all(), unsent: { ids: parts.slice(i + 1).flat(), reason: progress.stopping ? 'stopped' : 'unsent' } };
          }
        }
        return { action, results: all() };
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

  /**
   * Of a run of several requests whose last try failed as a whole after some requests were answered
   * (in that try or an earlier one): how many users it handled, of how many.
   */
  get stoppedAfter(): { handled: number; total: number } | undefined {
    return this.#progress.stoppedAfter;
  }

  /** The results of the run under way the host was told of already (see `Progress.told`). */
  get #told(): AdminUserResult[] | undefined {
    const told = this.#progress.told;
    return told && [...told.results.values()];
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
   * Takes the answer of the run, or its failure, into the steps: the results, or back where the run
   * came from. The results take the focus if it is still in the element (on Stop, or where Run was)
   * or was lost to the page's body; not from an admin who has gone on in the page meanwhile (a run
   * of thousands of users takes minutes): the status says the outcome either way. Refused as no
   * administrator, the notice takes the place of the steps and of the focus they held, from there
   * too; from elsewhere, the alert says the action failed (`failedElsewhere`). Taken as the element
   * updates, not where `run()` was awaited, so a run the host's reauth `retry()` started lands too,
   * and so does its `cancel()`.
   */
  hostUpdate(): void {
    const answer = this.result;
    const here = this.#host.shadowRoot?.activeElement || document.activeElement === document.body;
    if (this.status === 'success' && answer) {
      this.reset();
      if (this.flow.step === 'running') {
        this.go({ type: 'answered', answer }, here ? '#results-label' : undefined);
        // The host hears of the users it was not told of in an earlier try of this run, and that the
        // run has ended (told in part before, with no user left to tell of too).
        const told = this.#progress.told?.results;
        this.#progress.told = undefined;
        tell(this.#host, answer.action, told ? answer.results.filter((r) => !told.has(r.userId)) : answer.results);
      }
    }
    // Failed, or sent nothing (the host's reauth retry() while the browser is offline): back to
    // where it came from, which says why.
    if ((this.status === 'error' || this.status === 'idle') && this.flow.step === 'running') {
      // Stop, which had the focus, goes with the run: the focus goes to the button that runs it again.
      const stopFocused = this.#host.shadowRoot?.activeElement?.matches('[part~=stop-button]');
      this.failedElsewhere = !here;
      this.go(
        { type: 'failed', results: this.#told },
        isNotAdmin(this.error) ? (here ? '[part=notice]' : undefined) : stopFocused ? '[part~=run-button],[part~=retry-button]' : undefined,
      );
    }
  }

  /**
   * Taken out of the page while it runs, the action is aborted: back where it came from (the
   * confirmation, or the results), to be run again, with the same keys (see `send`). Left running,
   * it stayed "Working on…" for good, Cancel refused. Moved in the page, it goes on.
   */
  override hostDisconnected(): void {
    super.hostDisconnected();
    whenLeft(this.#host, () => this.flow.step === 'running' && this.go({ type: 'failed', results: this.#told }));
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
   * the results, then the choice (the host may never answer).
   */
  leave(type: 'cancel' | 'start-over', focus: string): void {
    if (this.busy) return;
    if (this.status === 'reauth') this.go({ type: 'failed', results: this.#told });
    this.reset();
    this.go({ type }, focus);
  }
}
