import type en from '../en/method-picker.js';

/**
 * Simplified Chinese strings of <mfa-method-picker>.
 * Loaded when an element first shows Simplified Chinese.
 */
const zhHans: typeof en = {
  methodTextMobile: '向我的身份验证电话发送短信验证码',
  methodCallMobile: '呼叫我的身份验证电话',
  methodCallAlternate: '呼叫我的备用身份验证电话',
  methodCallOffice: '呼叫我的办公电话',
  methodAppNotification: '在我的身份验证器应用中批准通知',
  methodAppCode: '输入我的身份验证器应用中的验证码',

  defaultMethodLabel: '默认登录方式',
  methodPickerCurrent: '当前默认',
  methodPickerLessSecure: '安全性较低',
  methodPickerExtension: (extension: string) => `分机 ${extension}`,
  methodPickerSaved: (method: string) => `已保存。你的默认登录方式现在是：${method}。`,
  methodPickerUnchanged: '这已经是你的默认登录方式。',
  methodPickerChoose: '请先选择一种方式。',
  methodPickerSetUp: '设置',
  methodPickerSetUpNamed: (method: string) => `设置“${method}”`,
  methodPickerAppCount: (_count: number, formatted: string) => `${formatted} 个应用`,
  methodPickerSetupHeading: '你还可以设置的方式',
  methodPickerSetUpApp: '设置身份验证器应用',
  methodPickerEmpty: '你尚未设置任何登录方式。请在下方设置一种：它将成为你的默认方式，之后你可以更改。',
  methodPickerLoadFailed: '无法加载你的登录方式。',
  methodPickerSaveFailed: '你的默认登录方式未更改。',
  methodPickerSaveUnsure: '无法确定你的默认登录方式是否已更改。',
  methodPickerNotRegistered: '该方式的设置已被删除。请重新设置，或选择其他方式。',
  methodPickerNotAllowed: '你所在组织已不再允许使用该方式。请选择其他方式。',
  methodPickerReauthWaiting: '请重新验证身份，以完成默认方式的保存。',
};
export default zhHans;
