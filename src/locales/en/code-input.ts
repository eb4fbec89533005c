import type { StringSource } from '../../core/localize.js';

/**
 * English strings of <mfa-code-input>.
 * The reference: each translation is typed against this table.
 */
const en = {
  /** `<mfa-code-input>`: label of the code field where the page gives none (its `label` attribute or slot). */
  codeInputLabel: 'Verification code',
  /**
   * `<mfa-code-input>`: hint under the label. `_length` (the code's digits, 6 by
   * default) chooses the plural form; `formatted` is it as the locale writes it ("6").
   */
  codeInputHint: (_length: number, formatted: string) => `Enter the ${formatted}-digit code.`,
  /** `<mfa-code-input>`: notice (polite live region) when letters or symbols typed or pasted were left out. */
  codeInputDigitsOnly: 'A code has digits only. Other characters were left out.',
  /**
   * `<mfa-code-input>`: notice (polite live region) when digits past
   * the code's length were cut off. Parameters as `codeInputHint`.
   */
  codeInputTooLong: (_length: number, formatted: string) =>
    `The code has ${formatted} digits. Extra digits were left out.`,
  /**
   * `<mfa-code-input>`: validation message for a code with digits missing; under the field when Verify is
   * pressed early (`<mfa-phone-editor>`, `<mfa-authenticator-enroll>`). Parameters as `codeInputHint`.
   */
  codeInputTooShort: (_length: number, formatted: string) => `Enter all ${formatted} digits of the code.`,
  /**
   * `<mfa-code-input>`: validation message when the field is required
   * and empty; `<mfa-authenticator-enroll>` shows it under the field.
   */
  codeInputRequired: 'Enter the code.',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const codeInputStrings: StringSource<typeof en> = {
  name: 'code-input',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/code-input.js') },
};
