import { waitUntil } from './wait.js';
import type { EnrollStep, MfaAuthenticatorEnroll } from '../../src/components/authenticator-enroll/authenticator-enroll.js';

/** What a user sees in `<mfa-authenticator-enroll>`, shared by its test files. */
export type El = MfaAuthenticatorEnroll;

export const $ = <T extends Element = HTMLElement>(el: El, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
export const button = (el: El, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b) === label);
export const statusText = (el: El) => text($(el, '[part~="status"]'));
/** What the step's alert says (in its error part, beside a rate limit's countdown, which it is not). */
export const alertText = (el: El) => text($(el, '[part~="error"][role="alert"], [part~="error"] > [role="alert"]'));

/** Waits until the element reaches a step, then for its render. */
export async function stepIs(el: El, step: EnrollStep, timeout = 6000): Promise<void> {
  await waitUntil(() => el.step === step, `step stayed ${el.step}, expected ${step}`, { timeout });
  await el.updateComplete;
}
