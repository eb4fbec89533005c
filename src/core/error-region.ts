import { type TemplateResult, html, nothing } from 'lit';

/**
 * The error region of an element whose failures all show in one place, below its status line: the
 * alert (`failureAlert`'s words), and a rate limit's countdown with `id="wait"`, which Retry's
 * `aria-describedby` names. While the countdown runs, the alert keeps what it announced, visually
 * hidden; the copy seen in its place follows the countdown and is not live (see
 * `ActionController.rateLimited`). Both are in the part, so a page's style on it frames either.
 */
export function renderErrorRegion(
  error: { text: string; countdown?: string },
  retry: TemplateResult | typeof nothing,
  /** Before the ids, for a second region: `save-` gives `save-error` and `save-wait`. */
  prefix = '',
  /** The part: `field-error` for a field's (an authenticator's new name). */
  part = 'error',
): TemplateResult {
  // `empty` while it says nothing: out of the flow (see `controlStyles`). A class, as WebKit does not
  // restyle a selector on the alert's emptiness (`:has(> :empty)`) when the alert fills.
  return html`<div part=${part} class=${error.text ? 'error' : 'empty'}>
    <p class=${error.countdown ? 'visually-hidden' : nothing} role="alert" id="${prefix}error">${error.text}</p>
    ${error.countdown ? html`<p id="${prefix}wait">${error.countdown}</p>` : nothing}
    ${retry}
  </div>`;
}
