import type { ReactiveControllerHost } from 'lit';

/**
 * The wait a rate limit imposes (the endpoint's Retry-After), for a controller whose request was
 * refused: the host renders again each second while it runs, so a countdown follows it, and
 * `over` is called once when it has passed. Shared by actions (`ActionController`) and loads
 * (`ResourceController`), so both count down alike; the phone editor counts down to a new code
 * with it too.
 */
export class RateLimitWait {
  /** When the wait ends, by the page's clock (`Date.now()`); 0 when there is none. */
  #until = 0;
  /**
   * When it ends by the monotonic clock (`performance.now()`), which a clock set back (by hand, or
   * by a time server) does not move. The page's clock counts a computer's sleep, which the other
   * may not: the wait is over by whichever says less is left.
   */
  #steady = 0;
  #timer: ReturnType<typeof setInterval> | undefined;
  readonly #host: ReactiveControllerHost;
  readonly #over: () => void;

  constructor(host: ReactiveControllerHost, over: () => void) {
    this.#host = host;
    this.#over = over;
  }

  /** Whole seconds left; 0 when there is no wait. */
  get seconds(): number {
    return Math.max(0, Math.ceil(Math.min(this.#until - Date.now(), this.#steady - performance.now()) / 1000));
  }

  /** Starts a wait of `seconds`; its end is seen at a tick, so even 0 lasts until the next second. */
  start(seconds: number): void {
    this.#until = Date.now() + seconds * 1000;
    this.#steady = performance.now() + seconds * 1000;
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
