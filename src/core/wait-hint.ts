import { type TemplateResult, html, nothing } from 'lit';
import type { Failed, Localizer } from './localize.js';

/**
 * Beside an action's buttons, while its rate limit's wait runs: how long before it may be sent
 * again. A hint, not a live region: a countdown read out every second would drown everything else.
 * Given the action, nothing while its own refusal is in the alert, which counts the wait down.
 */
export function waitHint(l: Localizer, wait: number | Failed): TemplateResult | typeof nothing {
  const seconds = typeof wait === 'number' ? wait : wait.rateLimited ? 0 : wait.retryAfterSeconds;
  return seconds > 0 ? html`<span class="hint">${l.format('retryIn', l.duration(seconds))}</span>` : nothing;
}
