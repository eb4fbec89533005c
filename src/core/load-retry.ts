import { type TemplateResult, html, nothing } from 'lit';
import type { Localizer } from './localize.js';

/**
 * Retry after a page load failed. While a rate limit's wait runs it stays in place, unavailable
 * (`aria-disabled`) and described by the countdown the element shows with `id="wait"`; the load
 * follows by itself when the wait is over. `data-load-retry` marks it for `ResourceController`,
 * which puts the focus back on it when a load fails again.
 */
export function loadRetryButton(l: Localizer, waiting: boolean, retry: () => void): TemplateResult {
  return html`<button part="button" type="button" data-load-retry aria-disabled=${waiting} aria-describedby=${waiting ? 'wait' : nothing}
    @click=${retry}>${l.term('retry')}</button>`;
}
