import { waitUntil as waitUntilAtMost } from '@open-wc/testing';

/**
 * `waitUntil` of @open-wc/testing, with a default timeout of 5 s rather than 1 s. CI runs the suite
 * in three browsers at once on two cores, where a round trip to the reference endpoint, or an
 * element's first load in a file, now and then takes longer than a second. A wait whose condition
 * comes true ends as soon as it does; only a wait for what never comes lasts longer. A timeout
 * given is kept.
 */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntilAtMost(predicate, message, { timeout: 5000, ...options });
}
