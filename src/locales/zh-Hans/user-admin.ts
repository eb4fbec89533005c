import type { IsolatedName } from '../../core/localize.js';
import type en from '../en/user-admin.js';

/**
 * Simplified Chinese strings of <mfa-user-admin>.
 * Loaded when an element first shows Simplified Chinese.
 */
const zhHans: typeof en = {
  userAdminLegend: '要对所选用户执行什么操作？',
  userAdminRequireRegisterAgain: '要求他们重新提供联系方式',
  userAdminRequireRegisterAgainHint: '下次登录时，他们必须重新注册电话或身份验证器应用。',
  userAdminDeleteAppPasswords: '删除他们的所有应用密码',
  userAdminDeleteAppPasswordsHint: '在用户创建新的应用密码之前，使用这些密码登录的应用将无法工作。',
  userAdminRestoreDevices: '在所有已记住的设备上重新要求两步验证',
  userAdminRestoreDevicesHint: '在他们曾选择“不再询问”的设备上，下次登录时将再次要求两步验证。',
  userAdminSelectedCount: (_count: number, formatted: string) => `已选择 ${formatted} 位用户`,
  userAdminSelectedNames: (names: string) => `已选择：${names}。`,
  userAdminNameWithId: (name: IsolatedName, id: string) => `${name}（${id}）`,
  userAdminNoUsers: '请先选择一位或多位用户，然后即可执行操作。',
  userAdminContinue: '继续',
  userAdminChooseAction: '请选择要执行的操作。',
  userAdminConfirmRequireRegisterAgain: (_count: number, formatted: string) =>
    `要求 ${formatted} 位用户重新提供联系方式吗？他们必须在下次登录时重新注册。`,
  userAdminConfirmDeleteAppPasswords: (_count: number, formatted: string) =>
    `要删除 ${formatted} 位用户的所有应用密码吗？在他们创建新的应用密码之前，其应用将无法登录。`,
  userAdminConfirmRestoreDevices: (_count: number, formatted: string) =>
    `要在 ${formatted} 位用户的所有已记住设备上重新要求两步验证吗？每台设备都将在下次登录时要求两步验证。`,
  userAdminRunRequireRegisterAgain: '要求重新注册',
  userAdminRunDeleteAppPasswords: '删除应用密码',
  userAdminRunRestoreDevices: '重新要求两步验证',
  userAdminRunning: (_count: number, formatted: string) => `正在处理 ${formatted} 位用户…`,
  userAdminProgress: (_done: number, _total: number, doneF: string, totalF: string) => `已处理 ${doneF} 位，共 ${totalF} 位用户。`,
  userAdminStop: '停止',
  userAdminStopping: '当前请求完成后即停止…',
  userAdminResultsLabel: '每位用户的结果',
  userAdminSummary: (done: number, total: number, failed: number, doneF: string, totalF: string, failedF: string) =>
    failed === 0
      ? `已完成${total === 1 ? '' : '全部'} ${totalF} 位用户的操作。`
      : done === 0
        ? total === 1
          ? `${totalF} 位用户的操作失败。`
          : `全部 ${totalF} 位用户的操作均失败。`
        : `共 ${totalF} 位用户：${doneF} 位已完成，${failedF} 位失败。`,
  userAdminResultDone: '已完成',
  userAdminResultFailed: (reason: string) => `失败：${reason}`,
  userAdminReasonNotFound: '找不到此用户。',
  userAdminReasonForbidden: '你无权更改此用户。',
  userAdminReasonServer: '服务器未能完成此操作。请重试。',
  userAdminReasonMissing: '服务器未报告此用户的结果。请重试。',
  userAdminReasonStopped: '未发送，因为你停止了此操作。',
  userAdminReasonUnsent: '未发送，因为此操作在某个请求失败后已停止。请重试。',
  userAdminRetryFailed: (_count: number, formatted: string) => `为未完成的 ${formatted} 位用户重试`,
  userAdminStartOver: '选择其他操作',
  userAdminNotAdmin: '只有管理员才能执行此操作。请联系你所在组织的管理员。',
  userAdminFailed: '未能完成此操作。',
  userAdminUnsure: '无法确定此操作是否已完成。',
  userAdminStoppedAfter: (_handled: number, _total: number, handledF: string, totalF: string) =>
    `此操作在处理了 ${totalF} 位用户中的 ${handledF} 位后停止。`,
  userAdminReauthWaiting: '请重新验证身份以完成此操作。',
  userAdminLoadFailed: '无法检查你的权限。',
};
export default zhHans;
