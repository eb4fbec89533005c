import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';

/**
 * Runs `fn` with the page's clock (`Date.now`) moved `ms` ahead, and puts it back after. A wait
 * counted by both clocks ends by whichever says less is left: this one's.
 */
export async function withClockAhead<T>(ms: number, fn: () => Promise<T>): Promise<T> {
  const realNow = Date.now;
  Date.now = () => realNow() + ms;
  try {
    return await fn();
  } finally {
    Date.now = realNow;
  }
}

/** The page's clock, stopped by `stopClock`. */
export interface StoppedClock {
  /** Moves the clock `ms` on from where it is. */
  advance(ms: number): void;
  /** Lets the clock run again, with the real time. */
  restore(): void;
}

/**
 * Stops the page's clocks (`Date.now`, `performance.now`) where they are, until `restore()`: a
 * countdown started meanwhile moves on only when the test moves the clock (`advance`,
 * `withClockAhead`), never because a slow browser took a second or two over a step (an
 * accessibility check, a round trip).
 */
export function stopClock(): StoppedClock {
  const realNow = Date.now;
  const stoppedAt = realNow();
  // The monotonic clock too (a wait counts by both), stopped at the same time.
  const steadyAt = performance.now();
  let ahead = 0;
  Date.now = () => stoppedAt + ahead;
  performance.now = () => steadyAt + ahead;
  return {
    advance: (ms) => {
      ahead += ms;
    },
    restore: () => {
      Date.now = realNow;
      // The own property goes: the prototype's real clock is back.
      delete (performance as { now?: unknown }).now;
    },
  };
}

/**
 * A rate limit's refusal as a user meets it while its wait (`wait` seconds, from the endpoint) runs,
 * with the clock moved ahead: the copy seen counts down, the alert keeps the sentence it announced
 * (read once, not every second), and the alert is empty once the wait is over. The page's clock,
 * stopped (`stopClock`) from before the refusal, is moved on five seconds, then past the wait, so the
 * copy says exactly the seconds moved on.
 */
export async function expectCountdown(view: {
  clock: StoppedClock;
  seen: () => string | undefined;
  alert: () => string;
  announced: string;
  wait: number;
}): Promise<void> {
  const { clock, seen, alert, announced, wait } = view;
  const left = () => Number(seen()?.match(/you can try again in (\d+) seconds\.$/i)?.[1]);
  clock.advance(5_000);
  await waitUntil(() => left() <= wait - 5, `the copy never counts down (it says "${seen()}")`, { timeout: 3000 });
  expect(left()).to.equal(wait - 5);
  expect(alert(), 'the alert does not change each second').to.equal(announced);
  clock.advance((wait - 4) * 1000);
  await waitUntil(() => alert() === '', 'the refusal never ends', { timeout: 3000 });
}
