import type en from '../en/security-info.js';

/**
 * Simplified Chinese strings of <mfa-security-info>.
 * Loaded when an element first shows Simplified Chinese.
 */
const zhHans: typeof en = {
  authenticatorLabel: '身份验证器应用',
  securityInfoTitle: '安全信息',
  securityInfoIntro: '登录时，你需要用以下方式之一证明是你本人。请设置不止一种方式，以便在手机丢失时仍能登录。',
  securityInfoDefaultIs: '默认登录方式：',
  securityInfoNoDefault: '尚未设置',
  securityInfoChange: '更改',
  securityInfoChangeNamed: '更改默认登录方式',
  securityInfoDefaultSaved: '已保存你的默认登录方式。',
  securityInfoAddMethod: '添加登录方式',
  securityInfoReloadFailed: '无法刷新你的安全信息，因此显示的内容可能已过时。',
  securityInfoNothingToAdd: '你已设置了你所在组织允许的所有方式。',
  securityInfoChooseMethod: '你想添加哪种方式？',
  securityInfoNext: '下一步',
  securityInfoChooseFirst: '请先选择一种方式。',
  securityInfoWaitForCheck: '请稍候，正在检查验证码。',
  securityInfoCloseAgain: '此处内容尚未保存。再次关闭将放弃已输入的内容。',
  securityInfoAdded: (what: string) => `已添加${what}。`,
  securityInfoRemoved: (what: string) => `已删除${what}。`,
  securityInfoPhonesTitle: '电话',
  securityInfoAppsTitle: '身份验证器应用',
  securityInfoAppPasswordsTitle: '应用密码',
  securityInfoRegisterAgainTitle: '重新注册你的登录方式',
  securityInfoRegisterAgainExplain:
    '你的管理员要求你重新提供联系方式（例如手机丢失后）。请至少设置下面的一种方式；设置完成后，将显示你的其余安全信息。如果下方列出的电话仍归你使用，请选择“更改”并输入同一号码，用新验证码确认它。',
  securityInfoRegisteredAgain: (what: string) => `已确认${what}。你已重新注册登录方式。`,
  securityInfoSetupCancelled: (what: string) => `已取消设置${what}。你可以在下方重新开始。`,
};
export default zhHans;
