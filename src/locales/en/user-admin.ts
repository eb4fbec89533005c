import type { IsolatedName, StringSource } from '../../core/localize.js';

/** How many users, inside a sentence: "1 user", "12 users". */
const users = (count: number, formatted: string) => (count === 1 ? '1 user' : `${formatted} users`);

/**
 * English strings of <mfa-user-admin>.
 * The reference: each translation is typed against this table.
 */
const en = {
  /** `<mfa-user-admin>`: legend (group heading) of the radio buttons that choose an action for the users the host selected. */
  userAdminLegend: 'What should happen for the selected users?',
  /**
   * `<mfa-user-admin>`: label of the radio button of the action `require-register-again`
   * (key: `userAdmin` + id in PascalCase): users must register their methods again.
   */
  userAdminRequireRegisterAgain: 'Require them to provide contact methods again',
  /** `<mfa-user-admin>`: hint under `userAdminRequireRegisterAgain`. */
  userAdminRequireRegisterAgainHint: 'At their next sign-in they must register a phone or an authenticator app again.',
  /**
   * `<mfa-user-admin>`: label of the radio button of the action `delete-app-passwords`
   * (key: `userAdmin` + id in PascalCase): delete the users' app passwords.
   */
  userAdminDeleteAppPasswords: 'Delete all their app passwords',
  /** `<mfa-user-admin>`: hint under `userAdminDeleteAppPasswords`. */
  userAdminDeleteAppPasswordsHint: 'Apps that sign in with them stop working until the user creates new ones.',
  /**
   * `<mfa-user-admin>`: label of the radio button of the action `restore-remembered-devices` (key:
   * id in PascalCase, without "Remembered"): remembered devices ask for a second step again.
   */
  userAdminRestoreDevices: 'Restore two-step verification on all remembered devices',
  /** `<mfa-user-admin>`: hint under `userAdminRestoreDevices`. */
  userAdminRestoreDevicesHint: 'Devices where they chose not to be asked again will ask for a second step at the next sign-in.',
  /**
   * `<mfa-user-admin>`: above the actions, and under a confirmation's question, when more than 5 users
   * are selected. `count` chooses the plural form; `formatted` is it as the locale writes it ("12").
   */
  userAdminSelectedCount: (count: number, formatted: string) => `${users(count, formatted)} selected`,
  /**
   * `<mfa-user-admin>`: as `userAdminSelectedCount`, for 1 to 5 users. `names`: their names as
   * the host gives them, each isolated, joined as the locale lists ("Adele, Chen and Dana").
   */
  userAdminSelectedNames: (names: string) => `Selected: ${names}.`,
  /**
   * `<mfa-user-admin>`: a user's name in `userAdminSelectedNames` and in the results when another
   * user listed has the same name: followed by the user's `id`, to tell them apart. `name`:
   * isolated (U+2068 … U+2069).
   */
  userAdminNameWithId: (name: IsolatedName, id: string) => `${name} (${id})`,
  /** `<mfa-user-admin>`: notice in place of `userAdminSelectedNames` when the host selected nobody; the actions are disabled. */
  userAdminNoUsers: 'Select one or more users first; the actions become available then.',
  /** `<mfa-user-admin>`: the button that goes on to confirm the action chosen (visible words). */
  userAdminContinue: 'Continue',
  /** `<mfa-user-admin>`: alert under the actions when Continue is pressed with none chosen. */
  userAdminChooseAction: 'Choose what should happen.',
  /**
   * `<mfa-user-admin>`: question of the confirmation for `userAdminRequireRegisterAgain`; names the group
   * of Run and Cancel. `count` chooses the plural form; `formatted` is it as the locale writes it ("12").
   */
  userAdminConfirmRequireRegisterAgain: (count: number, formatted: string) =>
    `Require ${users(count, formatted)} to provide contact methods again? They must register them again at their next sign-in.`,
  /**
   * `<mfa-user-admin>`: question of the confirmation for `userAdminDeleteAppPasswords`.
   * `count` chooses the plural form; `formatted` is it as the locale writes it ("12").
   */
  userAdminConfirmDeleteAppPasswords: (count: number, formatted: string) =>
    `Delete all app passwords of ${users(count, formatted)}? Their apps will stop signing in until they create new ones.`,
  /**
   * `<mfa-user-admin>`: question of the confirmation for `userAdminRestoreDevices`.
   * `count` chooses the plural form; `formatted` is it as the locale writes it ("12").
   */
  userAdminConfirmRestoreDevices: (count: number, formatted: string) =>
    `Restore two-step verification on all remembered devices of ${users(count, formatted)}? Every device will ask for a second step at the next sign-in.`,
  /** `<mfa-user-admin>`: the confirmation's button that runs `userAdminRequireRegisterAgain` (visible words). */
  userAdminRunRequireRegisterAgain: 'Require registration again',
  /** `<mfa-user-admin>`: the confirmation's button that runs `userAdminDeleteAppPasswords` (visible words). */
  userAdminRunDeleteAppPasswords: 'Delete app passwords',
  /** `<mfa-user-admin>`: the confirmation's button that runs `userAdminRestoreDevices` (visible words). */
  userAdminRunRestoreDevices: 'Restore two-step verification',
  /**
   * `<mfa-user-admin>`: status line (polite live region) while the action runs, for all users or those
   * tried again. `count` chooses the plural form; `formatted` is it as the locale writes it ("150").
   */
  userAdminRunning: (count: number, formatted: string) => `Working on ${users(count, formatted)}…`,
  /**
   * `<mfa-user-admin>`: the line under the status while a run of more than 100 users (several requests) goes on,
   * not read out as it changes. `done`, `total` choose plural forms; `doneF`, `totalF` are them formatted ("1,200", "20,000").
   */
  userAdminProgress: (_done: number, total: number, doneF: string, totalF: string) => `${doneF} of ${users(total, totalF)} handled so far.`,
  /**
   * `<mfa-user-admin>`: in place of Cancel while a run of more than 100 users goes on: stops it after the request
   * under way, the users handled so far staying handled (visible words).
   */
  userAdminStop: 'Stop',
  /** `<mfa-user-admin>`: status line (polite live region) once Stop was pressed, until the request under way is answered. */
  userAdminStopping: 'Stopping after the request under way…',
  /** `<mfa-user-admin>`: heading that names the list of results, one line per user; takes the focus. */
  userAdminResultsLabel: 'Result for each user',
  /**
   * `<mfa-user-admin>`: status line after a run: done for all, failed for all ("all 12 users" when more than one), or both
   * counts. `done`, `total`, `failed` choose plural forms; `doneF`, `totalF`, `failedF` are them formatted ("3", "12", "9").
   */
  userAdminSummary: (done: number, total: number, failed: number, doneF: string, totalF: string, failedF: string) =>
    failed === 0
      ? `Done for ${users(total, `all ${totalF}`)}.`
      : done === 0
        ? `Failed for ${users(total, `all ${totalF}`)}.`
        : `${doneF} of ${totalF} done, ${failedF} failed.`,
  /** `<mfa-user-admin>`: a user's result line when the action was done for them. */
  userAdminResultDone: 'Done',
  /**
   * `<mfa-user-admin>`: a user's result line when it failed. `reason`:
   * one of the `userAdminReason…` fragments ("there is no such user.").
   */
  userAdminResultFailed: (reason: string) => `Failed: ${reason}`,
  /**
   * `<mfa-user-admin>`: fragment, the `reason` of `userAdminResultFailed` (lower
   * case first, after "Failed: "), for `not-found`: the server knows no such user.
   */
  userAdminReasonNotFound: 'there is no such user.',
  /**
   * `<mfa-user-admin>`: fragment, the `reason` of `userAdminResultFailed` (lower case
   * first, after "Failed: "), for `forbidden`: the administrator may not change this user.
   */
  userAdminReasonForbidden: 'you may not change this user.',
  /**
   * `<mfa-user-admin>`: fragment, the `reason` of `userAdminResultFailed` (lower case first,
   * after "Failed: "), for `server`: the server failed for this user (also any unknown reason).
   */
  userAdminReasonServer: 'the server could not finish it. Try again.',
  /**
   * `<mfa-user-admin>`: fragment, the `reason` of `userAdminResultFailed` (lower case
   * first, after "Failed: "), for `missing`: the server's answer said nothing of this user.
   */
  userAdminReasonMissing: 'the server did not report on this user. Try again.',
  /**
   * `<mfa-user-admin>`: fragment, the `reason` of `userAdminResultFailed` (lower case first,
   * after "Failed: "), for a user not sent because the administrator stopped the run (Stop).
   */
  userAdminReasonStopped: 'not sent, as you stopped the action.',
  /**
   * `<mfa-user-admin>`: fragment, the `reason` of `userAdminResultFailed` (lower case first,
   * after "Failed: "), for a user not sent because a run of several requests ended at one that
   * failed (its users read `userAdminReasonMissing`).
   */
  userAdminReasonUnsent: 'not sent, as the action stopped at a request that failed. Try again.',
  /**
   * `<mfa-user-admin>`: the button under the results that runs the action again for the users a new try may
   * help (visible words). `count` chooses the plural form; `formatted` is it as the locale writes it ("3").
   */
  userAdminRetryFailed: (count: number, formatted: string) =>
    count === 1 ? 'Try again for the 1 not done' : `Try again for the ${formatted} not done`,
  /** `<mfa-user-admin>`: the button under the results that goes back to choosing an action (visible words). */
  userAdminStartOver: 'Choose another action',
  /** `<mfa-user-admin>`: notice in place of everything when the server says the user is not an administrator. */
  userAdminNotAdmin: 'You need to be an administrator to do this. Ask an administrator of your organization.',
  /** `<mfa-user-admin>`: first sentence of the alert when the action failed as a whole; an `error…` message follows. */
  userAdminFailed: 'The action could not be completed.',
  /**
   * `<mfa-user-admin>`: in place of `userAdminFailed` when no answer came (timeout, network): the
   * action may have been done. An `error…` message follows; running it again does not do it twice.
   */
  userAdminUnsure: 'We could not tell whether the action was completed.',
  /**
   * `<mfa-user-admin>`: in place of `userAdminFailed` when a run of more than 100 users (several
   * requests) failed as a whole (a rate limit, a sign-in to renew) after some requests were
   * answered: those users were handled. `handled` and `total` choose plural forms; `handledF` and
   * `totalF` are them as the locale writes them. An `error…` message follows.
   */
  userAdminStoppedAfter: (_handled: number, total: number, handledF: string, totalF: string) =>
    `The action stopped after ${handledF} of ${users(total, totalF)} were handled.`,
  /** `<mfa-user-admin>`: status line while the host asks the administrator to confirm their sign-in. */
  userAdminReauthWaiting: 'Confirm your sign-in to finish this action.',
  /**
   * `<mfa-user-admin>`: first sentence of the alert when the settings
   * (the permissions) could not be read; an `error…` message follows.
   */
  userAdminLoadFailed: 'Your permissions could not be checked.',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const userAdminStrings: StringSource<typeof en> = {
  name: 'user-admin',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/user-admin.js') },
};
