import type en from '../en/code-input.js';

/**
 * Simplified Chinese strings of <mfa-code-input>.
 * Loaded when an element first shows Simplified Chinese.
 */
const zhHans: typeof en = {
  codeInputLabel: '验证码',
  codeInputHint: (_length: number, formatted: string) => `请输入 ${formatted} 位验证码。`,
  codeInputDigitsOnly: '验证码只包含数字，其他字符已被忽略。',
  codeInputTooLong: (_length: number, formatted: string) => `验证码为 ${formatted} 位数字，多余的数字已被忽略。`,
  codeInputTooShort: (_length: number, formatted: string) => `请输入全部 ${formatted} 位验证码。`,
  codeInputRequired: '请输入验证码。',
};
export default zhHans;
