import type en from '../en/core.js';

/**
 * Simplified Chinese strings shared by every element: phone names, common actions, notices, and
 * one message per protocol error. (Methods' names are the method picker's: see its table; Save,
 * Saving… and Close are in actions.ts.)
 * Loaded when an element first shows Simplified Chinese.
 */
const zhHans: typeof en = {
  slotMobile: '身份验证电话',
  slotAlternate: '备用身份验证电话',
  slotOffice: '办公电话',

  maskedNumberSpoken: (start: string, end: string) => `${start} 尾号 ${end}`,

  cancel: '取消',
  retry: '重试',
  loading: '正在加载…',
  authReauthPending: '正在等待你重新验证身份…',

  restrictedMethodNotice: '短信和电话的安全性不如身份验证器应用。请尽可能使用应用。',
  restrictedMethodNoAppNotice: '短信和电话是安全性较低的登录方式。',
  offline: '你已离线。恢复联网后即可继续，不会丢失任何内容。',
  backOnline: '已恢复联网。',
  retryIn: (wait: string) => `你可以在${wait}后重试。`,
  retryNow: '现在可以重试了。',
  noClient: '此元素未连接到服务器。请将其放在设置了 endpoint 或 client 的 <mfa-provider> 中。',

  errorNetwork: '无法连接到服务器。请检查网络连接，然后重试。',
  errorTimeout: '服务器响应时间过长。请重试。',
  errorValidation: '你输入的部分内容无效。请检查标出的字段。',
  errorRateLimited: (wait: string) => `请稍候：你可以在${wait}后重试。`,
  errorReauthRequired: '为了你的安全，请重试，并在系统要求时重新验证身份。',
  errorUnauthenticated: '你的会话已结束。请重新登录以继续。',
  errorConflict: '此更改与你当前的设置冲突。',
  errorNotFound: '此项已不存在。它可能已在别处被更改，请重新加载以查看最新内容。',
  errorForbidden: '你无权进行此更改。',
  errorCsrf: '此页面的会话已过期。请重新加载页面，然后重试。',
  errorPolicy: '你所在组织的策略不允许你的账户进行此操作。请重新加载以查看允许的内容。',
  errorServer: '服务器出现问题。请稍后重试。',
  errorUnknown: '出现问题。请重试。',
};
export default zhHans;
