import { type TemplateResult, html, nothing } from 'lit';
import type { Failed, Localizer } from './localize.js';

/**
 * Beside an action's buttons, while its rate limit's wait runs: how long before it may be sent
 * again. A hint, not a live region: a countdown read out every second would drown everything else.
 * Nothing while `alerted`: the alert counts the wait down, and describes the button (`#wait`).
 * `id`: what the button names in its `aria-describedby` otherwise.
 */
export function waitHint(l: Localizer, action: Failed, alerted: boolean, id: string): TemplateResult | typeof nothing {
  const seconds = alerted ? 0 : action.retryAfterSeconds;
  return seconds > 0 ? html`<span class="hint" id=${id}>${l.format('retryIn', l.duration(seconds))}</span>` : nothing;
}
