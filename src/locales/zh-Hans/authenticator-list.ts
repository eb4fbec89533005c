import type { IsolatedName } from '../../core/localize.js';
import type en from '../en/authenticator-list.js';

/**
 * Simplified Chinese strings of <mfa-authenticator-list>.
 * Loaded when an element first shows Simplified Chinese.
 */
const zhHans: typeof en = {
  authListLabel: '身份验证器应用',
  authListEmpty: '尚未设置身份验证器应用。',
  authListLoadFailed: '无法加载你的身份验证器应用。',
  authKindTotp: '验证码应用',
  authKindPush: '通知和验证码应用',
  authAdded: (date: string) => `添加于 ${date}`,
  authLastUsed: (date: string) => `上次使用于 ${date}`,
  authNeverUsed: '尚未使用',
  authRename: '重命名',
  authRenameNamed: (name: IsolatedName) => `重命名“${name}”`,
  authNewName: '新名称',
  authNameRequired: '请输入名称。',
  authRenamed: (name: IsolatedName) => `已重命名为“${name}”。`,
  authRenameGone: (name: IsolatedName) => `“${name}”已在别处被删除。`,
  authRemove: '删除',
  authRemoveNamed: (name: IsolatedName) => `删除“${name}”`,
  authRemoveTitle: (name: IsolatedName) => `要删除“${name}”吗？`,
  authRemoveExplain: '删除后，将无法再用此应用登录。卸载应用或重置手机不会将它从这里删除：设备已淘汰、已重置或丢失时，请在这里删除它。',
  authRemoveKeep: '保留',
  authRemoving: '正在删除…',
  authRemoved: (name: IsolatedName) => `已删除“${name}”。`,
  authRemoveBacksDefault: (name: IsolatedName) =>
    `无法删除“${name}”：你的默认登录方式正在使用它。请先将不使用它的方式设为默认方式（如果没有，请先设置一种），然后再删除。`,
};
export default zhHans;
