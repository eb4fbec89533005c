import type en from '../en/error-details.js';

/**
 * Simplified Chinese messages for errors that only some requests can answer (see
 * en/error-details.ts). Loaded when an element that registers them first shows Simplified Chinese.
 */
const zhHans: typeof en = {
  errorInvalidCode: '验证码不正确。请检查后重试。',
  errorInvalidCodeAttempts: (attemptsLeft: number, formatted: string) =>
    attemptsLeft === 0 ? '验证码不正确，且已没有剩余的尝试次数。请获取新的验证码。' : `验证码不正确。你还可以再试 ${formatted} 次。`,
  errorExpired: '此验证码已过期。请获取新的验证码。',
  errorBacksDefaultMethod: '你的默认登录方式正在使用此项。请先选择其他默认方式。',
};
export default zhHans;
