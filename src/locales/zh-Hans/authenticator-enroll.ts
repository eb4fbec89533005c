import type en from '../en/authenticator-enroll.js';

/**
 * Simplified Chinese strings of <mfa-authenticator-enroll>.
 * Loaded when an element first shows Simplified Chinese.
 */
const zhHans: typeof en = {
  enrollKindLegend: '要设置哪种应用？',
  enrollKindTotp: '显示验证码的应用',
  enrollKindTotpHint: '任何支持基于时间的验证码的身份验证器应用，例如 Microsoft Authenticator 或 Google 身份验证器。',
  enrollKindPush: '通过通知批准登录的应用',
  enrollKindPushHint: '你所在组织的身份验证器应用，也可以显示验证码。',
  enrollNotAllowed: '根据你所在组织的策略，你的帐户不能使用身份验证器应用。',
  enrollDefaultName: '身份验证器应用',
  enrollNameLabel: '设备名称',
  enrollNameHint: '方便你日后区分设备，例如“工作手机”。',
  enrollNameRequired: '请输入设备名称。',
  enrollStart: '继续',
  enrollStarting: '正在准备设置…',
  enrollScanTotp: '在身份验证器应用中添加帐户，然后扫描此二维码。',
  enrollQrAlt: (issuer: string, account: string) => `用于为 ${account} 设置 ${issuer} 的二维码`,
  enrollQrFailed: '无法在此显示二维码。请改为在应用中输入密钥。',
  enrollQrFailedPush: '无法在此显示二维码。请改为在应用中输入代码和网址。',
  enrollCantScan: '无法扫描二维码？',
  enrollManualIntro: '在应用中选择手动输入密钥，然后输入以下信息：',
  enrollAccountLabel: '帐户',
  enrollIssuerLabel: '发行方',
  enrollKeyLabel: '密钥',
  enrollKeyTypeLabel: '类型',
  enrollKeyType: (algorithm: string, digits: string, period: string) =>
    `基于时间，${digits} 位数字，每${period}更新一次，${algorithm}`,
  enrollCopyKey: '复制密钥',
  enrollKeyCopied: '已复制密钥。',
  enrollCopyBlocked: '此处无法自动复制。密钥已选中，请按 Ctrl+C（Mac 上按 ⌘C）复制。',
  enrollCodeLabel: '应用中显示的验证码',
  enrollVerify: '验证',
  enrollVerifying: '正在检查验证码…',
  enrollScanPush: '在身份验证器应用中添加工作或学校帐户，然后扫描此二维码。',
  enrollPushQrAlt: '用于激活身份验证器应用的二维码',
  enrollPushManual: '如果无法扫描，请在应用中输入以下代码和网址：',
  enrollActivationCode: '代码',
  enrollActivationUrl: '网址',
  enrollWaiting: '正在等待应用完成设置…',
  enrollCancelling: '正在取消设置…',
  enrollDone: (name: string) => `“${name}”已设置完成。`,
  enrollAnother: '设置其他应用',
  enrollExpired: '此设置已过期。请重新开始以获取新的二维码。',
  enrollNoTriesLeft: '验证码不正确，且此设置已没有剩余的尝试次数。请重新开始以获取新的二维码。',
  enrollCancelledElsewhere: '此设置已被取消。请重新开始以获取新的二维码。',
  enrollInterrupted: '设置已中断，二维码已失效。请重新开始。',
  enrollInvalidSetup: '服务器发送的设置信息无效，因此不显示二维码。请重试；如果问题仍然存在，请联系 IT 支持人员。',
  enrollStartAgain: '重新开始',
};
export default zhHans;
