import type { StringSource } from '../../core/localize.js';

/**
 * English strings of <mfa-code-input>.
 * The reference: each translation is typed against this table.
 */
const en = {
  codeInputLabel: 'Verification code',
  codeInputHint: (_length: number, formatted: string) => `Enter the ${formatted}-digit code.`,
  codeInputDigitsOnly: 'A code has digits only. Other characters were left out.',
  codeInputTooLong: (_length: number, formatted: string) =>
    `The code has ${formatted} digits. Extra digits were left out.`,
  codeInputTooShort: (_length: number, formatted: string) => `Enter all ${formatted} digits of the code.`,
  codeInputRequired: 'Enter the code.',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const codeInputStrings: StringSource<typeof en> = {
  name: 'code-input',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/code-input.js') },
};
