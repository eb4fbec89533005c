import type { IsolatedName, StringSource } from '../../core/localize.js';

/**
 * English strings of <mfa-app-passwords>.
 * The reference: each translation is typed against this table.
 */
const en = {
  appPasswordsIntro:
    'Some apps cannot ask for a second sign-in step, such as older mail apps and printers. Give each of them its own app password instead of your password.',
  appPasswordsListLabel: 'Your app passwords',
  appPasswordsEmpty: 'You have no app passwords.',
  appPasswordsCreatedOn: (date: string) => `Created ${date}`,
  appPasswordsLastUsedOn: (date: string) => `Last used ${date}`,
  appPasswordsNeverUsed: 'Never used',
  appPasswordsUsage: (_used: number, _limit: number, used: string, limit: string) => `${used} of ${limit} used`,
  appPasswordsNearLimit: (remaining: number, formatted: string) =>
    remaining === 1
      ? 'You can create 1 more app password. Revoke the ones you no longer use to make room.'
      : `You can create ${formatted} more app passwords. Revoke the ones you no longer use to make room.`,
  appPasswordsAtLimit: (_limit: number, formatted: string) =>
    `You have reached the limit of ${formatted} app passwords. Revoke one you no longer use before you create another.`,
  appPasswordsNotAllowed: 'App passwords are not available for your account: your organization’s policy does not allow them.',
  appPasswordsCreateLegend: 'Create an app password',
  appPasswordsNameLabel: 'Name',
  appPasswordsNameHint: 'So you can tell it apart later, for example “Mail on my laptop”.',
  appPasswordsNameRequired: 'Enter a name for the app password.',
  appPasswordsNameInvalid: (_max: number, formatted: string) => `Enter a name of 1 to ${formatted} characters.`,
  appPasswordsCreate: 'Create',
  appPasswordsCreating: 'Creating the app password…',
  appPasswordsCreateFailed: 'The app password was not created.',
  appPasswordsCreateUnsure: 'We could not tell whether the app password was created. If it was, creating it again with the same name shows its password.',
  appPasswordsShownHeading: (name: IsolatedName) => `Your new app password for “${name}”`,
  appPasswordsShownWarning:
    'Copy it now and enter it in the app. It will not be shown again: once you select Done, it cannot be seen anywhere.',
  appPasswordsPasswordLabel: 'App password:',
  appPasswordsCopy: 'Copy password',
  appPasswordsCopied: 'Copied. Paste it into the app’s password field.',
  appPasswordsCopyRefused: (shortcut: string) =>
    `Your browser did not allow copying. The password is selected below: press ${shortcut} to copy it.`,
  appPasswordsManualLabel: 'App password, ready to copy',
  appPasswordsDone: 'Done',
  appPasswordsCreatedStatus: (name: IsolatedName) => `Created “${name}”. Copy its password now: it will not be shown again.`,
  appPasswordsRevoke: 'Revoke',
  // The name of each row's Revoke button: the visible word first, then which app password.
  appPasswordsRevokeNamed: (name: IsolatedName) => `Revoke ${name}`,
  appPasswordsRevokeConfirm: (name: IsolatedName) => `Revoke “${name}”? Apps using it will stop signing in.`,
  appPasswordsRevoking: 'Revoking…',
  appPasswordsRevoked: (name: IsolatedName) => `Revoked “${name}”. Apps using it can no longer sign in.`,
  appPasswordsRevokeFailed: 'The app password was not revoked.',
  appPasswordsLoadFailed: 'Your app passwords could not be loaded.',
  appPasswordsReauthWaiting: 'Confirm your sign-in to finish this change.',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const appPasswordsStrings: StringSource<typeof en> = {
  name: 'app-passwords',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/app-passwords.js') },
};
