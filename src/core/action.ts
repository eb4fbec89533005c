import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type RequestOptions, newIdempotencyKey } from './client.js';
import type { MfaOperation } from './client.js';
import { isAbortError, isMfaError } from './errors.js';
import { MfaErrorEvent, MfaReauthRequiredEvent } from './events.js';
import { whenLeft } from './leaving.js';
import { RateLimitWait } from './wait.js';

/**
 * `idle`: nothing sent yet (or reset); `pending`: a request is in flight; `success`: the endpoint
 * confirmed; `error`: it failed (see `error`); `reauth`: the host is re-authenticating the user
 * (it called `preventDefault()` on `mfa-reauth-required`) and will call `retry()` or `cancel()`.
 * Nothing is in flight then, and the action is not blocked: run again (the user pressed its button
 * once more, the host having never answered), it sends the same request again, and the event's
 * `retry()` and `cancel()` do nothing any more.
 */
export type ActionStatus = 'idle' | 'pending' | 'success' | 'error' | 'reauth';

type Host = ReactiveControllerHost & HTMLElement;
/** An `MfaElement` as the host: its `connectedSignal` is protected, so read through this type. */
type SignalHost = Host & { readonly connectedSignal?: AbortSignal };

export interface ActionOptions<A extends unknown[], R> {
  /** The protocol operation, for events. */
  operation: MfaOperation;
  /** Sends the request. Pass `options` through to the client: it carries the signal and key. */
  send: (options: RequestOptions, ...args: A) => Promise<R>;
  /**
   * The element's connection signal: it aborts what is in flight once the element has left the
   * page, not when it is moved in it (abort it from `whenLeft` in `disconnectedCallback`, as
   * `MfaElement` does: aborted at once, a request of an element merely moved stays pending). Left
   * out, the host's own `connectedSignal` (an `MfaElement`'s); on an element without one, give it,
   * or nothing aborts a request as the element leaves the page.
   */
  signal?: () => AbortSignal;
  /** Called once a rate limit's wait is over, for an element that announces it itself. */
  onWaitOver?: () => void;
}

/**
 * One user action against the endpoint (save, send a code, remove...), with every rule the
 * elements keep, so no element re-implements them:
 * - one request in flight: running again while pending returns the same promise (a double click
 *   sends once);
 * - the same idempotency key while the user retries the same input; a new key for new input, and
 *   after an answer that says the server will not take that key again (`secret-gone`,
 *   `idempotency-key-reused`);
 * - an answer that arrives after a newer run or a reset, or once the element has left the page (see
 *   `whenLeft`), is ignored; moved in the page, the element takes it;
 * - `reauth-required` fires `mfa-reauth-required` with a `retry()` that resends the same input,
 *   and a `cancel()` that leaves it refused (with the input);
 * - `rate-limited` blocks the action until the server's Retry-After has passed, with a countdown
 *   (see `rateLimited`); then the refusal is over: its error goes and `waitOver` says so;
 * - offline, the action is blocked (input stays) and unblocks when the browser is back online;
 * - every failure fires `mfa-error` (code only) and stays in `error` for the element to show.
 */
export class ActionController<A extends unknown[], R> implements ReactiveController {
  // Set in the constructor: a public field's initializer would move every private one's there too.
  status: ActionStatus;
  /**
   * The last failure; `undefined` while idle after a reset, pending or after a success. The
   * refusal that asked for a fresh sign-in may stay with `reauth`, or `idle` (a retry that could
   * not be sent, offline say; the element taken away meanwhile); any other is there only with
   * `error`.
   */
  error: unknown;
  /** The last confirmed result. */
  result: R | undefined;

  readonly #host: Host;
  readonly #options: ActionOptions<A, R>;
  #generation = 0;
  #pending: Promise<R | undefined> | undefined;
  #key: string | undefined;
  #keyFor: string | undefined;
  /** Aborts the request in flight, for a user who left what they were doing (see `reset`). */
  #abort: AbortController | undefined;
  readonly #wait: RateLimitWait;
  #offline = false;
  #waitOver = false;

  constructor(host: Host, options: ActionOptions<A, R>) {
    this.status = 'idle';
    this.#host = host;
    this.#options = options;
    this.#wait = new RateLimitWait(host, () => this.#endWait());
    host.addController(this);
  }

  // Called in a browser alone (a server render connects no element): the listeners are the window's.
  hostConnected(): void {
    this.#offline = !navigator.onLine;
    addEventListener('online', this.#onNetwork);
    addEventListener('offline', this.#onNetwork);
    this.#wait.resume();
  }

  hostDisconnected(): void {
    removeEventListener('online', this.#onNetwork);
    removeEventListener('offline', this.#onNetwork);
    this.#wait.pause();
    whenLeft(this.#host, () => this.#left());
  }

  /**
   * The element has left the page (not moved in it: see `whenLeft`), or an answer came while it was
   * out of it: what was in flight is aborted by its signal, its answer must not land later, and a
   * host's `retry()` sends nothing. Put back, it shows the action ready to send again.
   */
  #left(): void {
    this.#generation++;
    this.#pending = undefined;
    if (this.status === 'pending' || this.status === 'reauth') this.status = 'idle';
    this.#host.requestUpdate();
  }

  /** Whole seconds until a rate-limited action is allowed again; 0 when it is. */
  get retryAfterSeconds(): number {
    return this.#wait.seconds;
  }

  /**
   * The last run was refused by a rate limit whose wait is still running (`error` is the refusal).
   *
   * How elements show it: the alert region keeps the sentence it announced when the refusal came
   * (`errorMessage(error)`, with the endpoint's wait), visually hidden, and the sentence seen in its
   * place follows `retryAfterSeconds` (`errorMessage(error, retryAfterSeconds)`) outside any live
   * region, since a countdown read out every second would drown everything else. When the wait is
   * over, both go and `waitOver` is said once, politely.
   */
  get rateLimited(): boolean {
    return isMfaError(this.error, 'rate-limited') && this.retryAfterSeconds > 0;
  }

  /**
   * A rate limit's wait is over: true from that moment until the action runs again or is reset, for
   * the element to say that it can be sent again.
   */
  get waitOver(): boolean {
    return this.#waitOver;
  }

  /** The browser reports no network. */
  get offline(): boolean {
    return this.#offline;
  }

  /**
   * True while the action must not be sent: in flight, rate limited or offline. Not while the host
   * re-authenticates the user: a host that never answers must leave no button unavailable.
   */
  get blocked(): boolean {
    return this.status === 'pending' || this.retryAfterSeconds > 0 || this.#offline;
  }

  /**
   * Sends the request, unless one is already in flight (then its promise is returned). Resolves
   * with the result, or `undefined` when it failed, was superseded or is blocked; read `status`
   * and `error` for why.
   */
  run(...args: A): Promise<R | undefined> {
    if (this.#pending) return this.#pending;
    if (this.retryAfterSeconds > 0 || this.#offline) return Promise.resolve(undefined);
    const fingerprint = JSON.stringify(args);
    if (this.#keyFor !== fingerprint || !this.#key) {
      this.#key = newIdempotencyKey();
      this.#keyFor = fingerprint;
    }
    const key = this.#key;
    const generation = ++this.#generation;
    this.status = 'pending';
    this.error = undefined;
    this.#waitOver = false;
    // A wait whose last second has just passed ends here, not at its next tick, after this run.
    this.#wait.clear();
    this.#host.requestUpdate();
    const pending = this.#send(args, key, generation);
    this.#pending = pending;
    return pending;
  }

  /**
   * Back to `idle`, forgetting the error and result; an answer still in flight is ignored. `left`:
   * the user left what they were doing (Cancel), so the request in flight is aborted (one the
   * endpoint has not received, or that stops on the way, does nothing: a code is then not sent; one
   * it has received still runs there), and the next run is a new action, with a new idempotency key
   * even for the same input (else the endpoint would answer it with the old one's answer, which it
   * keeps for a day: a code sent long ago, say).
   */
  reset(left?: boolean): void {
    if (left) {
      this.#key = undefined;
      this.#abort?.abort();
    }
    this.#generation++;
    this.#pending = undefined;
    this.status = 'idle';
    this.error = undefined;
    this.result = undefined;
    this.#waitOver = false;
    this.#host.requestUpdate();
  }

  async #send(args: A, key: string, generation: number): Promise<R | undefined> {
    // An answer that lands while the element is out of the page is for an element that has left: it
    // is ignored, and the action is left at once (whatever `whenLeft` finds later).
    const current = () => {
      if (generation === this.#generation && !this.#host.isConnected) this.#left();
      return generation === this.#generation;
    };
    try {
      this.#abort = new AbortController();
      // A host that gives no signal and is no `MfaElement` has only this one: it aborts nothing else.
      const signal = AbortSignal.any([this.#abort.signal, this.#options.signal?.() ?? (this.#host as SignalHost).connectedSignal ?? this.#abort.signal]);
      const result = await this.#options.send({ signal, idempotencyKey: key }, ...args);
      if (!current()) return undefined;
      this.result = result;
      this.status = 'success';
      // The input was accepted: the next action is a new one, and what it was (a code, a number)
      // is not kept.
      this.#key = this.#keyFor = undefined;
      return result;
    } catch (error) {
      if (!current() || isAbortError(error)) return undefined;
      this.error = error;
      this.status = 'error';
      if (isMfaError(error)) {
        // A sign-in to renew that the host takes on (it steps the user up) is no failure to tell.
        if (error.code !== 'reauth-required' || !this.#askForReauth(args, generation)) {
          this.#host.dispatchEvent(
            new MfaErrorEvent({ operation: this.#options.operation, code: error.code, status: error.status }),
          );
        }
        if (error.code === 'rate-limited') this.#wait.start(error.retryAfter ?? 30);
        if (error.code === 'conflict' && (error.reason === 'secret-gone' || error.reason === 'idempotency-key-reused')) {
          this.#key = undefined;
        }
      }
      return undefined;
    } finally {
      if (current()) {
        this.#pending = undefined;
        this.#host.requestUpdate();
      }
    }
  }

  /** Fires `mfa-reauth-required`; returns whether the host takes it on (`preventDefault()`). */
  #askForReauth(args: A, generation: number): boolean {
    let answered = false;
    // Once (either), and only if nothing newer happened meanwhile.
    const answer = (then: () => void) => () => {
      if (answered || generation !== this.#generation) return;
      answered = true;
      then();
    };
    const event = new MfaReauthRequiredEvent({
      operation: this.#options.operation,
      retry: answer(() => {
        // Called from the event's own listener, this runs while the refused request still counts
        // as in flight: it is over, and must not stand in for this one.
        this.#pending = undefined;
        this.status = 'idle';
        void this.run(...args);
        // Sent nothing (offline, or a rate limit's wait): the host shows it is no longer waiting.
        this.#host.requestUpdate();
      }),
      // Refused for want of a fresh sign-in, as when no host steps the user up: said, with a retry.
      cancel: answer(() => {
        this.status = 'error';
        this.#host.requestUpdate();
      }),
    });
    this.#host.dispatchEvent(event);
    if (event.defaultPrevented && generation === this.#generation) this.status = 'reauth';
    return event.defaultPrevented;
  }

  /** The wait is over: the refusal no longer holds, so it is not shown any more. */
  #endWait(): void {
    if (isMfaError(this.error, 'rate-limited')) {
      this.status = 'idle';
      this.error = undefined;
    }
    this.#waitOver = true;
    this.#host.requestUpdate();
    this.#options.onWaitOver?.();
  }

  /** The browser went online or offline. */
  #onNetwork = (event: Event): void => {
    this.#offline = event.type === 'offline';
    this.#host.requestUpdate();
  };
}
