import { type TemplateResult, html } from 'lit';
import type { Localizer } from './localize.js';

/**
 * Retry after a page load failed, described by the alert that says what failed (`id="error"`), so
 * that the Try again of each element on a page says what it loads. While a rate limit's wait runs it
 * stays in place, unavailable (`aria-disabled`) and described by the countdown the element shows
 * with `id="wait"`; the load follows by itself when the wait is over. `data-load-retry` marks it for
 * `ResourceController`, which puts the focus back on it when a load fails again.
 */
export function loadRetryButton(l: Localizer, waiting: boolean, retry: () => void): TemplateResult {
  return html`<button part="button" type="button" data-load-retry aria-disabled=${waiting} aria-describedby=${waiting ? 'wait' : 'error'}
    @click=${retry}>${l.term('retry')}</button>`;
}
