import { computeAccessibleName } from 'dom-accessibility-api';

/**
 * What a screen reader says after a control's name: the text of what its `aria-describedby` names,
 * in order, each trimmed. An id not in the control's tree describes nothing, and adds nothing.
 */
export function describedText(control: Element): string {
  const root = control.getRootNode() as Document | ShadowRoot;
  return (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? root.getElementById(id)?.textContent?.trim() : ''))
    .filter(Boolean)
    .join(' ');
}

/**
 * How a screen reader takes changes in an element: as its nearest live region does (`aria-live`, else
 * the role's own: status and log polite, alert assertive), or not at all (`off`).
 */
export function liveness(element: Element | null): string {
  for (let e = element; e; e = e.parentElement) {
    const live = e.getAttribute('aria-live') ?? { status: 'polite', log: 'polite', alert: 'assertive' }[e.getAttribute('role') ?? ''];
    if (live) return live;
  }
  return 'off';
}

/**
 * The name a screen reader says for an element, as the accessible name computation gives it
 * (`dom-accessibility-api`, the same in every browser the tests run in), whitespace collapsed.
 */
export function accessibleName(element: Element): string {
  return computeAccessibleName(element).replace(/\s+/g, ' ').trim();
}
