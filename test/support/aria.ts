import { computeAccessibleName } from 'dom-accessibility-api';
import type { IsolatedName } from '../../src/core/localize.js';

/**
 * What a screen reader says after a control's name: the text of what its `aria-describedby` names,
 * in order, as said (`textOf`). An id not in the control's tree describes nothing, and adds nothing.
 */
export function describedText(control: Element): string {
  const root = control.getRootNode() as Document | ShadowRoot;
  return (control.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => (id ? textOf(root.getElementById(id), 'said') : ''))
    .filter(Boolean)
    .join(' ');
}

/**
 * The text of `element`, whitespace collapsed and direction marks removed: with what is shown of
 * text shown one way and said another (a masked phone number, by `renderMaskedNumber`), or as a screen reader
 * reads it (`said`: without what is `aria-hidden`).
 */
export function textOf(element: Element | null | undefined, as: 'seen' | 'said' = 'seen'): string {
  const copy = element?.cloneNode(true) as Element | undefined;
  const left = as === 'seen' ? '[aria-hidden="true"] + .visually-hidden' : '[aria-hidden="true"]';
  for (const hidden of copy?.querySelectorAll(left) ?? []) hidden.remove();
  return (copy?.textContent ?? '').replace(/\s+/g, ' ').replace(/[\u2066-\u2069]/g, '').trim();
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

/**
 * A name as the elements put it into a sentence, for the strings that take one: between FIRST STRONG
 * ISOLATE and POP DIRECTIONAL ISOLATE, written out here rather than taken from `isolateName`.
 */
export const isolated = (name: string) => `\u2068${name}\u2069` as IsolatedName;
