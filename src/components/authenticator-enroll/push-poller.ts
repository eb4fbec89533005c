import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, isMfaError } from '../../core/errors.js';
import type { Enrollment } from '../../core/types.js';

/**
 * The wait between two polls after `previousMs` (or the first wait): 2 s, then half as long again
 * each time (3 s, 4.5 s...), up to 10 s.
 */
export function nextPollDelay(previousMs?: number): number {
  if (previousMs === undefined) return 2000;
  return Math.min(10_000, Math.round(previousMs * 1.5));
}

/** Polls the server failed in a row (each after the client's own retries) before the failure is said. */
const FAILED_POLLS = 3;

/**
 * Polls a push enrollment until the app has activated it (or it expired or was cancelled), with
 * backoff. It pauses while the page is hidden and while the element is disconnected (no request
 * then), and polls when either comes back (on the next task), or once a rate limit's wait is over
 * if it is not yet. Transient failures are polled past: the network's (offline, the wait goes on),
 * a rate limit's (after at least its Retry-After), and the server's (timeout, 5xx) up to
 * `FAILED_POLLS` in a row, after which the failure is said, with a Retry, rather than a
 * "Waiting…" that no answer would ever end.
 */
export class PushPoller implements ReactiveController {
  /**
   * Reads the enrollment (`getEnrollment`) with the signal, which aborts when polling pauses or
   * stops, and so when the element is disconnected.
   */
  readonly #read: (enrollmentId: string, signal: AbortSignal) => Promise<Enrollment>;
  /** The enrollment left `pending`: activated, expired or cancelled. Polling has stopped. */
  readonly #onSettled: (enrollment: Enrollment) => void;
  /** A failure polling cannot get past (not found, signed out...). Polling has stopped. */
  readonly #onFailed: (error: unknown) => void;
  #enrollmentId: string | undefined;
  #delay: number | undefined;
  /** The next poll's; clearing it once it has fired does nothing, so it is not unset then. */
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When the wait a rate limit asked for (Retry-After) ends: no poll before, on a resume either. */
  #until = 0;
  #inFlight: AbortController | undefined;
  #connected = false;
  /** The server's failures in a row. */
  #failures = 0;

  // Functions, one argument each: the names of an object's members stayed in the minified code.
  constructor(
    host: ReactiveControllerHost,
    read: (enrollmentId: string, signal: AbortSignal) => Promise<Enrollment>,
    onSettled: (enrollment: Enrollment) => void,
    onFailed: (error: unknown) => void,
  ) {
    this.#read = read;
    this.#onSettled = onSettled;
    this.#onFailed = onFailed;
    host.addController(this);
  }

  /** True between `start()` and the end of polling (paused included). */
  get active(): boolean {
    return this.#enrollmentId !== undefined;
  }

  start(enrollmentId: string): void {
    this.stop();
    this.#enrollmentId = enrollmentId;
    this.#delay = undefined;
    this.#failures = 0;
    this.#schedule();
  }

  stop(): void {
    this.#enrollmentId = undefined;
    this.#pause();
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#resume);
    // Once the host's connectedCallback is over, and only if it is still connected then (`#wait`
    // looks): an element added and taken away again straight after sends nothing.
    queueMicrotask(this.#resume);
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#resume);
    this.#pause();
  }

  #running(): boolean {
    return this.active && this.#connected && document.visibilityState !== 'hidden';
  }

  #pause(): void {
    clearTimeout(this.#timer);
    this.#inFlight?.abort();
    this.#inFlight = undefined;
  }

  /**
   * Back from hidden or disconnected: the user may have approved meanwhile, so look now, or once the
   * wait a rate limit asked for is over: the server is not asked sooner for a tab shown again or an
   * element moved. Also the listener of every change of the page's visibility, hidden included:
   * what is in flight or waits stops, and nothing is set while polling cannot run (hidden,
   * disconnected, stopped).
   */
  #resume = (): void => {
    this.#pause();
    this.#delay = undefined;
    this.#wait(this.#until - Date.now());
  };

  /** The next poll after the backoff's wait, and at least `minimumMs` (a rate limit's). */
  #schedule(minimumMs = 0): void {
    this.#delay = nextPollDelay(this.#delay);
    this.#until = Date.now() + minimumMs;
    this.#wait(Math.max(this.#delay, minimumMs));
  }

  /** Polls in `ms` (at once, on the next task, for none or less), if polling can run. */
  #wait(ms: number): void {
    clearTimeout(this.#timer);
    if (this.#running()) this.#timer = setTimeout(() => void this.#poll(), ms);
  }

  async #poll(): Promise<void> {
    const id = this.#enrollmentId;
    if (id === undefined || !this.#running()) return;
    const controller = new AbortController();
    this.#inFlight = controller;
    try {
      const enrollment = await this.#read(id, controller.signal);
      if (this.#inFlight !== controller) return;
      this.#inFlight = undefined;
      this.#failures = 0;
      if (enrollment.status === 'pending') {
        this.#schedule();
        return;
      }
      this.#enrollmentId = undefined;
      this.#onSettled(enrollment);
    } catch (error) {
      if (this.#inFlight !== controller || isAbortError(error)) return;
      this.#inFlight = undefined;
      // The server's failures (a timeout among them: the server took too long) stop the polling
      // once there are FAILED_POLLS in a row; the network's or a rate limit's start the count again.
      const server = isMfaError(error) && error.code !== 'network' && error.code !== 'rate-limited';
      this.#failures = server ? this.#failures + 1 : 0;
      if (isMfaError(error) && error.transient && this.#failures < FAILED_POLLS) {
        // A day at most: a timer set for more than about 24.8 days fires at once.
        this.#schedule(error.code === 'rate-limited' ? Math.min(error.retryAfter ?? 0, 86_400) * 1000 : 0);
        return;
      }
      this.#enrollmentId = undefined;
      this.#onFailed(error);
    }
  }
}
