import type { IsolatedName, StringSource } from '../../core/localize.js';

/**
 * English strings of <mfa-authenticator-list>.
 * The reference: each translation is typed against this table.
 */
const en = {
  /** `<mfa-authenticator-list>`: accessible name (aria-label) of the list of apps, not shown. */
  authListLabel: 'Authenticator apps',
  /** `<mfa-authenticator-list>`: in place of the list when no app is set up. */
  authListEmpty: 'No authenticator app is set up.',
  /** `<mfa-authenticator-list>`: first sentence of the alert when the apps could not be loaded; an `error…` message follows. */
  authListLoadFailed: 'Your authenticator apps could not be loaded.',
  /** `<mfa-authenticator-list>`: fragment, first in a row's details (joined by " · "): an app that shows codes. */
  authKindTotp: 'Code app',
  /**
   * `<mfa-authenticator-list>`: fragment, first in a row's details (joined
   * by " · "): the app that approves notifications and shows codes.
   */
  authKindPush: 'Notification and code app',
  /**
   * `<mfa-authenticator-list>`: fragment in a row's details, after
   * the kind. `date`: when it was added, formatted ("Mar 3, 2024").
   */
  authAdded: (date: string) => `Added ${date}`,
  /** `<mfa-authenticator-list>`: fragment, last in a row's details. `date`: when it was last used, formatted ("Mar 3, 2024"). */
  authLastUsed: (date: string) => `Last used ${date}`,
  /** `<mfa-authenticator-list>`: fragment, last in a row's details, in place of `authLastUsed` for an app never used. */
  authNeverUsed: 'Not used yet',
  /** `<mfa-authenticator-list>`: the Rename button of each row (visible words). */
  authRename: 'Rename',
  /**
   * `<mfa-authenticator-list>`: accessible name (aria-label) of each row's Rename button
   * and of the rename form. `name`: its current name, isolated ("Work phone"). Must hold
   * the words of `authRename`, any case, or "Rename" then the name is used (WCAG 2.5.3).
   */
  authRenameNamed: (name: IsolatedName) => `Rename ${name}`,
  /** `<mfa-authenticator-list>`: label of the rename form's name field. */
  authNewName: 'New name',
  /** `<mfa-authenticator-list>`: error under the rename field when it is empty. */
  authNameRequired: 'Enter a name.',
  /**
   * `<mfa-authenticator-list>`: status line (polite live region) after a
   * rename. `name`: the new name, isolated (U+2068 … U+2069), "Work phone".
   */
  authRenamed: (name: IsolatedName) => `Renamed to “${name}”.`,
  /**
   * `<mfa-authenticator-list>`: status line when a rename found the app removed
   * elsewhere; the list is read again. `name`: its name, isolated ("Work phone").
   */
  authRenameGone: (name: IsolatedName) => `“${name}” was removed somewhere else.`,
  /**
   * `<mfa-authenticator-list>`: the Remove button of each row, and the one in the remove dialog that removes it (visible words).
   */
  authRemove: 'Remove',
  /**
   * `<mfa-authenticator-list>`: accessible name (aria-label) of each row's Remove button. `name`: the app's name, isolated
   * ("Work phone"). Must hold the words of `authRemove`, any case, or "Remove" then the name is used (WCAG 2.5.3).
   */
  authRemoveNamed: (name: IsolatedName) => `Remove ${name}`,
  /**
   * `<mfa-authenticator-list>`: heading of the remove dialog, which names
   * it. `name`: the app's name, isolated (U+2068 … U+2069), "Work phone".
   */
  authRemoveTitle: (name: IsolatedName) => `Remove “${name}”?`,
  /** `<mfa-authenticator-list>`: under the remove dialog's heading; describes the dialog. */
  authRemoveExplain:
    'You will no longer be able to sign in with this app. Uninstalling the app or resetting the phone does not remove it here: remove it when the device is old, reset or lost.',
  /**
   * `<mfa-authenticator-list>`: the remove dialog's button that closes
   * it without removing; it has the focus first (visible words).
   */
  authRemoveKeep: 'Keep it',
  /**
   * `<mfa-authenticator-list>`: the remove dialog's status line, and the words of its Remove button, while the removal is sent.
   */
  authRemoving: 'Removing…',
  /**
   * `<mfa-authenticator-list>`: status line (polite live region) after the
   * removal. `name`: the app's name, isolated (U+2068 … U+2069), "Work phone".
   */
  authRemoved: (name: IsolatedName) => `“${name}” was removed.`,
  /**
   * `<mfa-authenticator-list>`: alert in the remove dialog when the server refused: the default
   * method uses the app. Remove goes; Keep it becomes `close`. `name`: isolated ("Work phone").
   */
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
