/**
 * `<mfa-code-input>`'s parts (its `@csspart` list). An element that embeds a code input forwards
 * them through `exportparts` as `code-input-<part>`, the way `<mfa-security-info>` forwards the
 * parts of its elements: `mfa-phone-editor::part(code-input-input)` styles the `<input>` inside.
 */
export const CODE_INPUT_PARTS = ['base', 'label', 'hint', 'input', 'notice', 'error'];

/** The `exportparts` value of an embedded `<mfa-code-input>`. */
export const CODE_INPUT_EXPORT_PARTS = CODE_INPUT_PARTS.map((part) => `${part}:code-input-${part}`).join();
