import { expect, waitUntil } from '@open-wc/testing';

/** Runs `fn` with the page's clock (`Date.now`) moved `ms` ahead, and puts it back after. */
export async function withClockAhead<T>(ms: number, fn: () => Promise<T>): Promise<T> {
  const realNow = Date.now;
  Date.now = () => realNow() + ms;
  try {
    return await fn();
  } finally {
    Date.now = realNow;
  }
}

/**
 * A rate limit's refusal as a user meets it while its wait (`wait` seconds, from the endpoint) runs,
 * with the clock moved ahead: the copy seen counts down, the alert keeps the sentence it announced
 * (read once, not every second), and the alert is empty once the wait is over.
 */
export async function expectCountdown(view: { seen: () => string | undefined; alert: () => string; announced: string; wait: number }): Promise<void> {
  const { seen, alert, announced, wait } = view;
  await withClockAhead(5_000, async () => {
    await waitUntil(() => seen() !== announced, 'the copy never counts down', { timeout: 3000 });
    expect(seen()).to.match(new RegExp(`You can try again in (${wait - 6}|${wait - 5}) seconds\\.$`));
    expect(alert(), 'the alert does not change each second').to.equal(announced);
  });
  await withClockAhead((wait + 1) * 1000, () => waitUntil(() => alert() === '', 'the refusal never ends', { timeout: 3000 }));
}
