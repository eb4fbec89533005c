import type { IsolatedName, StringSource } from '../../core/localize.js';

/**
 * English strings of <mfa-app-passwords>.
 * The reference: each translation is typed against this table.
 */
const en = {
  /** `<mfa-app-passwords>`: intro paragraph at the top of the element. */
  appPasswordsIntro:
    'Some apps cannot ask for a second sign-in step, such as older mail apps and printers. Give each of them its own app password instead of your password.',
  /** `<mfa-app-passwords>`: heading that names the list of app passwords; takes the focus after a revocation. */
  appPasswordsListLabel: 'Your app passwords',
  /** `<mfa-app-passwords>`: under `appPasswordsListLabel` when there are none. */
  appPasswordsEmpty: 'You have no app passwords.',
  /**
   * `<mfa-app-passwords>`: fragment, first in a row's details (joined
   * by " · "). `date`: when it was created, formatted ("Mar 3, 2024").
   */
  appPasswordsCreatedOn: (date: string) => `Created ${date}`,
  /** `<mfa-app-passwords>`: fragment, last in a row's details. `date`: when it was last used, formatted ("Mar 3, 2024"). */
  appPasswordsLastUsedOn: (date: string) => `Last used ${date}`,
  /** `<mfa-app-passwords>`: fragment, last in a row's details, in place of `appPasswordsLastUsedOn`. */
  appPasswordsNeverUsed: 'Never used',
  /**
   * `<mfa-app-passwords>`: line under the intro, above the form and the list. `_used`, `_limit`: how many exist and may
   * exist, for plural forms; `used`, `limit`: the same as the locale writes them ("3", "40").
   */
  appPasswordsUsage: (_used: number, _limit: number, used: string, limit: string) => `${used} of ${limit} created`,
  /**
   * `<mfa-app-passwords>`: notice under `appPasswordsUsage` when few can still be created (1 or
   * more). `remaining` chooses the plural form; `formatted` is it as the locale writes it ("2").
   */
  appPasswordsNearLimit: (remaining: number, formatted: string) =>
    remaining === 1
      ? 'You can create 1 more app password. Revoke the ones you no longer use to make room.'
      : `You can create ${formatted} more app passwords. Revoke the ones you no longer use to make room.`,
  /**
   * `<mfa-app-passwords>`: notice under `appPasswordsUsage` at the limit; describes the disabled Create
   * and takes the focus when the server refuses. `_limit` chooses the plural form; `formatted`: "40".
   */
  appPasswordsAtLimit: (_limit: number, formatted: string) =>
    `You have reached the limit of ${formatted} app passwords. Revoke one you no longer use before you create another.`,
  /** `<mfa-app-passwords>`: notice in place of `appPasswordsUsage` and the form when the policy does not allow app passwords. */
  appPasswordsNotAllowed: 'App passwords are not available for your account: your organization’s policy does not allow them.',
  /** `<mfa-app-passwords>`: legend (heading) of the form that creates an app password. */
  appPasswordsCreateLegend: 'Create an app password',
  /** `<mfa-app-passwords>`: label of the new app password's name field. */
  appPasswordsNameLabel: 'Name',
  /** `<mfa-app-passwords>`: hint under the name field's label. */
  appPasswordsNameHint: 'So you can tell it apart later, for example “Mail on my laptop”.',
  /** `<mfa-app-passwords>`: error under the name field (an alert) when it is empty. */
  appPasswordsNameRequired: 'Enter a name for the app password.',
  /**
   * `<mfa-app-passwords>`: error under the name field when the server refused the
   * name for another reason. `_max` (64) chooses the plural form; `formatted`: "64".
   */
  appPasswordsNameInvalid: (_max: number, formatted: string) => `Enter a name of 1 to ${formatted} characters.`,
  /** `<mfa-app-passwords>`: the button that creates the app password (visible words). */
  appPasswordsCreate: 'Create',
  /** `<mfa-app-passwords>`: status line (polite live region) while the app password is created. */
  appPasswordsCreating: 'Creating the app password…',
  /**
   * `<mfa-app-passwords>`: first sentence of the alert when creating failed; an `error…` message follows, except at the limit.
   */
  appPasswordsCreateFailed: 'The app password was not created.',
  /**
   * `<mfa-app-passwords>`: in place of `appPasswordsCreateFailed` when no answer came
   * (timeout, network): the request may have gone through. An `error…` message follows.
   */
  appPasswordsCreateUnsure: 'We could not tell whether the app password was created. If it was, creating it again with the same name shows its password.',
  /**
   * `<mfa-app-passwords>`: heading of the panel that shows the new password once; names the
   * panel, which takes the focus. `name`: its name, isolated (U+2068 … U+2069), "Mail on my laptop".
   */
  appPasswordsShownHeading: (name: IsolatedName) => `Your new app password for “${name}”`,
  /**
   * `<mfa-app-passwords>`: warning under `appPasswordsShownHeading`; describes the panel, read
   * with its heading when it takes the focus, and Done. "Done" is `appPasswordsDone`: keep the same word.
   */
  appPasswordsShownWarning:
    'Copy it now and enter it in the app, without spaces. Once you select Done, it cannot be shown again; if you lose it, revoke it and create another.',
  /** `<mfa-app-passwords>`: read by screen readers just before the password's characters (visually hidden). */
  appPasswordsPasswordLabel: 'App password:',
  /** `<mfa-app-passwords>`: the button that copies the new password (visible words). */
  appPasswordsCopy: 'Copy password',
  /** `<mfa-app-passwords>`: status line (polite live region) after the password was copied. */
  appPasswordsCopied: 'Copied. Paste it into the app’s password field.',
  /**
   * `<mfa-app-passwords>`: status line when the browser refused to copy and the password is
   * selected in a field. `shortcut`: the copy keys ("Ctrl+C", or "⌘C" on Apple systems), or "" on a touch
   * screen, which has none (say to touch and hold, then choose Copy); where keyboards name Ctrl otherwise
   * (German Strg), a function replaces it: `shortcut.replace("Ctrl", "Strg")`.
   */
  appPasswordsCopyRefused: (shortcut: string) =>
    `Your browser did not allow copying. The password is selected in its field: ${shortcut ? `press ${shortcut} to copy it` : 'touch and hold it, then choose Copy'}.`,
  /** `<mfa-app-passwords>`: label of the field the password is selected in when copying was refused. */
  appPasswordsManualLabel: 'App password, ready to copy',
  /**
   * `<mfa-app-passwords>`: the button that closes the new password's
   * panel for good (visible words); `appPasswordsShownWarning` names it.
   */
  appPasswordsDone: 'Done',
  /**
   * `<mfa-app-passwords>`: status line (polite live region, but not live when the panel took the focus
   * with `appPasswordsShownHeading` and `appPasswordsShownWarning`) when the new password is shown.
   * `name`: its name, isolated (U+2068 … U+2069), "Mail on my laptop".
   */
  appPasswordsCreatedStatus: (name: IsolatedName) => `Created “${name}”. Copy its password now: it will not be shown again.`,
  /** `<mfa-app-passwords>`: the Revoke button of each row, and the one in its confirmation that revokes it (visible words). */
  appPasswordsRevoke: 'Revoke',
  /**
   * `<mfa-app-passwords>`: accessible name (aria-label) of each row's Revoke button. `name`: isolated ("Mail on my
   * laptop"). Must hold the words of `appPasswordsRevoke`, any case, or "Revoke" then the name is used (WCAG 2.5.3).
   */
  appPasswordsRevokeNamed: (name: IsolatedName) => `Revoke ${name}`,
  /**
   * `<mfa-app-passwords>`: question of a row's inline confirmation, which names the
   * group of Revoke and Cancel. `name`: isolated (U+2068 … U+2069), "Mail on my laptop".
   */
  appPasswordsRevokeConfirm: (name: IsolatedName) => `Revoke “${name}”? Apps using it will stop signing in.`,
  /** `<mfa-app-passwords>`: status line (polite live region) while the revocation is sent. */
  appPasswordsRevoking: 'Revoking…',
  /**
   * `<mfa-app-passwords>`: status line (polite live region) after a
   * revocation. `name`: isolated (U+2068 … U+2069), "Mail on my laptop".
   */
  appPasswordsRevoked: (name: IsolatedName) => `Revoked “${name}”. Apps using it can no longer sign in.`,
  /**
   * `<mfa-app-passwords>`: status line (polite live region, or said with the focus on the list) when
   * the app password whose revocation the user was confirming was revoked somewhere else (another
   * tab), and the confirmation went. `name`: isolated (U+2068 … U+2069), "Mail on my laptop".
   */
  appPasswordsRevokedElsewhere: (name: IsolatedName) => `“${name}” was revoked somewhere else.`,
  /** `<mfa-app-passwords>`: first sentence of the alert when revoking failed; an `error…` message follows. */
  appPasswordsRevokeFailed: 'The app password was not revoked.',
  /**
   * `<mfa-app-passwords>`: in place of `appPasswordsRevokeFailed` when no answer came (timeout,
   * network): it may have been revoked. An `error…` message follows.
   */
  appPasswordsRevokeUnsure: 'We could not tell whether the app password was revoked.',
  /** `<mfa-app-passwords>`: first sentence of the alert when the list could not be loaded; an `error…` message follows. */
  appPasswordsLoadFailed: 'Your app passwords could not be loaded.',
  /** `<mfa-app-passwords>`: status line while the host asks the user to confirm their sign-in before a creation or revocation. */
  appPasswordsReauthWaiting: 'Confirm your sign-in to finish this change.',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const appPasswordsStrings: StringSource<typeof en> = {
  name: 'app-passwords',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/app-passwords.js') },
};
