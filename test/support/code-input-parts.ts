/** The parts of `<mfa-code-input>`: an element that embeds one forwards them as `code-input-<part>`. */
const PARTS = ['base', 'label', 'hint', 'input', 'notice', 'error'];

/** The `scroll-margin-top` `withCodeInputPartsStyled` gives each part, by part: 1px, 2px… */
export const STYLED_MARGINS = Object.fromEntries(PARTS.map((part, i) => [part, `${i + 1}px`]));

/**
 * Runs `flow` on a page whose own stylesheet (in the light DOM) styles each part of a code input
 * embedded in `host`, as `host::part(<prefix>code-input-<part>)`: each gets a `scroll-margin-top`
 * of its own (`STYLED_MARGINS`), a property no element sets.
 */
export async function withCodeInputPartsStyled(host: string, prefix: string, flow: () => Promise<void>): Promise<void> {
  const style = document.createElement('style');
  style.textContent = PARTS.map((part) => `${host}::part(${prefix}code-input-${part}) { scroll-margin-top: ${STYLED_MARGINS[part]}; }`).join('\n');
  document.head.append(style);
  try {
    await flow();
  } finally {
    style.remove();
  }
}

/** The `scroll-margin-top` each part of a code input has, by part. */
export function codeInputPartMargins(codeInput: Element): Record<string, string> {
  return Object.fromEntries(
    PARTS.map((part) => [part, getComputedStyle(codeInput.shadowRoot!.querySelector(`[part~="${part}"]`)!).scrollMarginTop]),
  );
}
