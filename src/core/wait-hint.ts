import { type TemplateResult, html, nothing } from 'lit';
import type { Localizer } from './localize.js';

/**
 * Beside an action's buttons, while its rate limit's wait runs: how long before it may be sent
 * again. A hint, not a live region: a countdown read out every second would drown everything else.
 */
export function waitHint(l: Localizer, seconds: number): TemplateResult | typeof nothing {
  return seconds > 0 ? html`<span class="hint">${l.format('retryIn', l.duration(seconds))}</span>` : nothing;
}
