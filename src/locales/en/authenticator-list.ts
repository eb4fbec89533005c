import type { IsolatedName, StringSource } from '../../core/localize.js';

/**
 * English strings of <mfa-authenticator-list>.
 * The reference: each translation is typed against this table.
 */
const en = {
  authListLabel: 'Authenticator apps',
  authListEmpty: 'No authenticator app is set up.',
  authListLoadFailed: 'Your authenticator apps could not be loaded.',
  authKindTotp: 'Code app',
  authKindPush: 'Notification and code app',
  authAdded: (date: string) => `Added ${date}`,
  authLastUsed: (date: string) => `Last used ${date}`,
  authNeverUsed: 'Not used yet',
  authRename: 'Rename',
  authRenameNamed: (name: IsolatedName) => `Rename ${name}`,
  authNewName: 'New name',
  authNameRequired: 'Enter a name.',
  authRenamed: (name: IsolatedName) => `Renamed to “${name}”.`,
  authRenameGone: (name: IsolatedName) => `“${name}” was removed somewhere else.`,
  authRemove: 'Remove',
  authRemoveNamed: (name: IsolatedName) => `Remove ${name}`,
  authRemoveTitle: (name: IsolatedName) => `Remove “${name}”?`,
  authRemoveExplain:
    'Sign-ins will stop accepting this app. Uninstalling the app or resetting the phone does not remove it here: remove it when the device is old, reset or lost.',
  authRemoveKeep: 'Keep it',
  authRemoving: 'Removing…',
  authRemoved: (name: IsolatedName) => `“${name}” was removed.`,
  authRemoveBacksDefault: (name: IsolatedName) =>
    `“${name}” can’t be removed: your default sign-in method uses it. First make a method that does not use it your default (set one up if you have none), then remove it.`,
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const authenticatorListStrings: StringSource<typeof en> = {
  name: 'authenticator-list',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/authenticator-list.js') },
};
