import type { StringSource } from '../../core/localize.js';

/** How many users, inside a sentence: "1 user", "12 users". */
const users = (count: number, formatted: string) => (count === 1 ? '1 user' : `${formatted} users`);

/**
 * English strings of <mfa-user-admin>.
 * The reference: each translation is typed against this table.
 */
const en = {
  userAdminLegend: 'What should happen for the selected users?',
  userAdminRequireRegisterAgain: 'Require them to provide contact methods again',
  userAdminRequireRegisterAgainHint: 'At their next sign-in they must register a phone or an authenticator app again.',
  userAdminDeleteAppPasswords: 'Delete all their app passwords',
  userAdminDeleteAppPasswordsHint: 'Apps that sign in with them stop working until the user creates new ones.',
  userAdminRestoreDevices: 'Restore two-step verification on all remembered devices',
  userAdminRestoreDevicesHint: 'Devices where they chose not to be asked again will ask for a second step at the next sign-in.',
  userAdminSelectedCount: (count: number, formatted: string) => `${users(count, formatted)} selected`,
  userAdminSelectedNames: (names: string) => `Selected: ${names}.`,
  userAdminNoUsers: 'Select one or more users first; the actions become available then.',
  userAdminContinue: 'Continue',
  userAdminChooseAction: 'Choose what should happen.',
  userAdminConfirmRequireRegisterAgain: (count: number, formatted: string) =>
    `Require ${users(count, formatted)} to provide contact methods again? They must register them again at their next sign-in.`,
  userAdminConfirmDeleteAppPasswords: (count: number, formatted: string) =>
    `Delete all app passwords of ${users(count, formatted)}? Their apps will stop signing in until they create new ones.`,
  userAdminConfirmRestoreDevices: (count: number, formatted: string) =>
    `Restore two-step verification on all remembered devices of ${users(count, formatted)}? Every device will ask for a second step at the next sign-in.`,
  userAdminRunRequireRegisterAgain: 'Require registration again',
  userAdminRunDeleteAppPasswords: 'Delete app passwords',
  userAdminRunRestoreDevices: 'Restore two-step verification',
  userAdminRunning: (count: number, formatted: string) => `Working on ${users(count, formatted)}…`,
  userAdminResultsLabel: 'Result for each user',
  // All of more than one: "all 12 users".
  userAdminSummary: (done: number, total: number, failed: number, doneF: string, totalF: string, failedF: string) =>
    failed === 0
      ? `Done for ${users(total, `all ${totalF}`)}.`
      : done === 0
        ? `Failed for ${users(total, `all ${totalF}`)}.`
        : `${doneF} of ${totalF} done, ${failedF} failed.`,
  userAdminResultDone: 'Done',
  userAdminResultFailed: (reason: string) => `Failed: ${reason}`,
  userAdminReasonNotFound: 'there is no such user.',
  userAdminReasonForbidden: 'you may not change this user.',
  userAdminReasonServer: 'the server could not finish it. Try again.',
  userAdminReasonMissing: 'the server did not report on this user. Try again.',
  userAdminRetryFailed: (count: number, formatted: string) =>
    count === 1 ? 'Try again for the 1 the server could not finish' : `Try again for the ${formatted} the server could not finish`,
  userAdminStartOver: 'Choose another action',
  userAdminNotAdmin: 'You need to be an administrator to do this. Ask an administrator of your organization.',
  userAdminFailed: 'The action could not be completed.',
  userAdminReauthWaiting: 'Confirm your sign-in to finish this action.',
  userAdminLoadFailed: 'Your permissions could not be checked.',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const userAdminStrings: StringSource<typeof en> = {
  name: 'user-admin',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/user-admin.js') },
};
