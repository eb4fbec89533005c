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
