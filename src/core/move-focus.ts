/**
 * Moves the focus to `target` (nothing when there is none). A live region (an element with a role:
 * the status regions the elements move the focus to) is made focusable (`tabindex="-1"`) and read
 * once, as what has the focus: it is not live while it has it (`aria-live="off"`), or a screen
 * reader reads it twice, once as a change and once as what has the focus. It is live again once the
 * focus leaves it. For regions that do not set `aria-live` themselves.
 */
export function moveFocus(target: HTMLElement | null | undefined): void {
  if (target?.role) {
    target.tabIndex = -1;
    target.ariaLive = 'off';
    target.addEventListener('blur', () => (target.ariaLive = null), { once: true });
  }
  target?.focus();
}
