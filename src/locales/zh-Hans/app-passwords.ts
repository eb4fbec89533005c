import type { IsolatedName } from '../../core/localize.js';
import type en from '../en/app-passwords.js';

/**
 * Simplified Chinese strings of <mfa-app-passwords>.
 * Loaded when an element first shows Simplified Chinese.
 */
const zhHans: typeof en = {
  appPasswordsIntro: '有些应用（例如较旧的邮件应用和打印机）无法进行两步验证。请为每个这样的应用创建单独的应用密码，而不要使用你的账户密码。',
  appPasswordsListLabel: '你的应用密码',
  appPasswordsEmpty: '你还没有应用密码。',
  appPasswordsCreatedOn: (date: string) => `创建于 ${date}`,
  appPasswordsLastUsedOn: (date: string) => `上次使用于 ${date}`,
  appPasswordsNeverUsed: '从未使用',
  appPasswordsUsage: (_used: number, _limit: number, used: string, limit: string) => `已创建 ${used} 个，上限 ${limit} 个`,
  appPasswordsNearLimit: (_remaining: number, formatted: string) =>
    `你还可以再创建 ${formatted} 个应用密码。撤销不再使用的应用密码即可腾出名额。`,
  appPasswordsAtLimit: (_limit: number, formatted: string) =>
    `你的应用密码已达到 ${formatted} 个的上限。请先撤销一个不再使用的应用密码，然后再创建新的。`,
  appPasswordsNotAllowed: '你的账户不能使用应用密码：你所在组织的策略不允许使用。',
  appPasswordsCreateLegend: '创建应用密码',
  appPasswordsNameLabel: '名称',
  appPasswordsNameHint: '方便你日后区分，例如“笔记本电脑上的邮件”。',
  appPasswordsNameRequired: '请输入应用密码的名称。',
  appPasswordsNameInvalid: (_max: number, formatted: string) => `请输入 1 到 ${formatted} 个字符的名称。`,
  appPasswordsCreate: '创建',
  appPasswordsCreating: '正在创建应用密码…',
  appPasswordsCreateFailed: '未能创建应用密码。',
  appPasswordsCreateUnsure: '无法确定应用密码是否已创建。如果已创建，使用相同名称再次创建即可看到其密码。',
  appPasswordsShownHeading: (name: IsolatedName) => `“${name}”的新应用密码`,
  appPasswordsShownWarning: '请立即复制并在应用中输入（不含空格）。选择“完成”后，此密码将无法再次显示；如果丢失，请撤销它并创建新的应用密码。',
  appPasswordsPasswordLabel: '应用密码：',
  appPasswordsCopy: '复制密码',
  appPasswordsCopied: '已复制。请将其粘贴到应用的密码框中。',
  appPasswordsCopyRefused: (shortcut: string) =>
    `浏览器不允许复制。密码已在输入框中选中：${shortcut ? `请按 ${shortcut} 复制` : '请长按输入框，然后选择“复制”'}。`,
  appPasswordsManualLabel: '应用密码（可复制）',
  appPasswordsDone: '完成',
  appPasswordsCreatedStatus: (name: IsolatedName) => `已创建“${name}”。请立即复制其密码：此密码不会再次显示。`,
  appPasswordsRevoke: '撤销',
  appPasswordsRevokeNamed: (name: IsolatedName) => `撤销“${name}”`,
  appPasswordsRevokeConfirm: (name: IsolatedName) => `要撤销“${name}”吗？使用它的应用将无法再登录。`,
  appPasswordsRevoking: '正在撤销…',
  appPasswordsRevoked: (name: IsolatedName) => `已撤销“${name}”。使用它的应用将无法再登录。`,
  appPasswordsRevokedElsewhere: (name: IsolatedName) => `“${name}”已在别处被撤销。`,
  appPasswordsRevokeFailed: '未能撤销应用密码。',
  appPasswordsRevokeUnsure: '无法确定应用密码是否已撤销。',
  appPasswordsLoadFailed: '无法加载你的应用密码。',
  appPasswordsReauthWaiting: '请重新验证身份以完成此更改。',
};
export default zhHans;
