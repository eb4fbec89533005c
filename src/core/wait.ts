import type { ReactiveControllerHost } from 'lit';

/**
 * The wait a rate limit imposes (the endpoint's Retry-After), for a controller whose request was
 * refused: the host renders again each second while it runs, so a countdown follows it, and
 * `over` is called once when it has passed. Shared by actions (`ActionController`) and loads
 * (`ResourceController`), so both count down alike; the phone editor counts down to a new code
 * with it too.
 */
export class RateLimitWait {
  #until = 0;
  #timer: ReturnType<typeof setInterval> | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #over: () => void;

  constructor(host: ReactiveControllerHost, over: () => void) {
    this.#host = host;
    this.#over = over;
  }

  /** Whole seconds left; 0 when there is no wait. */
  get seconds(): number {
    return Math.max(0, Math.ceil((this.#until - Date.now()) / 1000));
  }

  /** Starts a wait of `seconds`; its end is seen at a tick, so even 0 lasts until the next second. */
  start(seconds: number): void {
    this.#until = Date.now() + seconds * 1000;
    this.#countDown();
  }

  /**
   * After the host reconnected: counts on, and the host shows the wait left now, not the one it had
   * when it left (a wait that ran out while it was away shows none, and ends at the next tick).
   */
  resume(): void {
    if (this.#until) {
      this.#countDown();
      this.#host.requestUpdate();
    }
  }

  /** Stops counting (the host left the page); `resume()` goes on. */
  pause(): void {
    clearInterval(this.#timer);
  }

  /** Forgets the wait without calling `over`. */
  clear(): void {
    this.pause();
    this.#until = 0;
  }

  #countDown(): void {
    this.pause();
    this.#timer = setInterval(() => (this.seconds > 0 ? this.#host.requestUpdate() : this.#end()), 1000);
  }

  #end(): void {
    this.clear();
    this.#over();
  }
}
