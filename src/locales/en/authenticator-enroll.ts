import type { IsolatedName, StringSource } from '../../core/localize.js';

/**
 * English strings of <mfa-authenticator-enroll>.
 * The reference: each translation is typed against this table.
 */
const en = {
  /** `<mfa-authenticator-enroll>`: legend (group heading) of the choice of app kind, shown when the policy allows both. */
  enrollKindLegend: 'Which kind of app?',
  /**
   * `<mfa-authenticator-enroll>`: label of the radio button for an app that
   * shows codes (kind `totp`; key: `enrollKind` + kind in PascalCase).
   */
  enrollKindTotp: 'An app that shows codes',
  /** `<mfa-authenticator-enroll>`: hint under `enrollKindTotp`. The app names are products: keep them. */
  enrollKindTotpHint: 'Any authenticator app for time-based codes, for example Microsoft Authenticator or Google Authenticator.',
  /** `<mfa-authenticator-enroll>`: label of the radio button for the organization's app that approves sign-ins (kind `push`). */
  enrollKindPush: 'An app that approves sign-ins with a notification',
  /** `<mfa-authenticator-enroll>`: hint under `enrollKindPush`. */
  enrollKindPushHint: 'Your organization’s authenticator app. It can also show codes.',
  /** `<mfa-authenticator-enroll>`: notice in place of the form when the policy allows no authenticator app. */
  enrollNotAllowed: 'Your organization’s policy does not allow authenticator apps for your account.',
  /** `<mfa-authenticator-enroll>`: the name the device name field starts with; " 2", " 3"… are added while the name is taken. */
  enrollDefaultName: 'Authenticator app',
  /** `<mfa-authenticator-enroll>`: label of the device name field. */
  enrollNameLabel: 'Device name',
  /** `<mfa-authenticator-enroll>`: hint under the device name field's label. */
  enrollNameHint: 'So you can tell your devices apart later, for example “Work phone”.',
  /** `<mfa-authenticator-enroll>`: error under the device name field when it is empty. */
  enrollNameRequired: 'Enter a device name.',
  /** `<mfa-authenticator-enroll>`: the button that starts the set-up with the kind and name chosen (visible words). */
  enrollStart: 'Continue',
  /** `<mfa-authenticator-enroll>`: status line (polite live region) while the set-up is started. */
  enrollStarting: 'Preparing the set-up…',
  /** `<mfa-authenticator-enroll>`: instruction above the QR code of a code app. */
  enrollScanTotp: 'In your authenticator app, add an account and scan this QR code.',
  /**
   * `<mfa-authenticator-enroll>`: in place of `enrollScanTotp` on a phone or tablet (a coarse pointer), whose screen shows
   * the QR code it would scan: the link-styled button under the code (`enrollOpenApp`) adds the account there. Call it
   * a button, as a screen reader does, not a link.
   */
  enrollOpenAppIntro: 'Add this account to your authenticator app with the button under the QR code.',
  /**
   * `<mfa-authenticator-enroll>`: accessible name (aria-label) of a code app's QR code image, not shown.
   * `issuer`: the service ("Contoso"); `account`: the account ("ana@contoso.com"), both as the server sent them.
   */
  enrollQrAlt: (issuer: string, account: string) => `QR code for setting up ${issuer} for ${account}`,
  /** `<mfa-authenticator-enroll>`: note in place of a code app's QR code when it cannot be drawn; the key shows below it. */
  enrollQrFailed: 'The QR code could not be drawn here. Enter the key in your app instead.',
  /**
   * `<mfa-authenticator-enroll>`: note in place of a push app's QR code when it cannot be drawn; the code and URL show below it.
   */
  enrollQrFailedPush: 'The QR code could not be drawn here. Enter the code and URL in your app instead.',
  /** `<mfa-authenticator-enroll>`: in place of `enrollScanTotp` when the QR code cannot be drawn. */
  enrollQrFailedIntro: 'In your authenticator app, add an account.',
  /** `<mfa-authenticator-enroll>`: in place of `enrollScanPush` when the QR code cannot be drawn. */
  enrollQrFailedIntroPush: 'In your authenticator app, add a work or school account.',
  /**
   * `<mfa-authenticator-enroll>`: link-styled button under the QR code that
   * shows or hides the key to enter by hand (a disclosure; visible words).
   */
  enrollCantScan: 'Can’t scan the QR code?',
  /**
   * `<mfa-authenticator-enroll>`: on a phone or tablet only, the button (styled as a link) under the QR code that opens the
   * device's authenticator app to add the account (the QR code cannot be scanned by the screen showing it).
   */
  enrollOpenApp: 'Add this account to an authenticator app on this device',
  /**
   * `<mfa-authenticator-enroll>`: first line of the key details shown by `enrollCantScan`; the list of details follows the colon.
   */
  enrollManualIntro: 'In your app, choose to enter a key by hand, and enter these details:',
  /** `<mfa-authenticator-enroll>`: term before the account (an e-mail address) in the key details. */
  enrollAccountLabel: 'Account',
  /** `<mfa-authenticator-enroll>`: term before the issuer (the service's name) in the key details. */
  enrollIssuerLabel: 'Issuer',
  /**
   * `<mfa-authenticator-enroll>`: term before the key in the key details,
   * and label of the field the key is selected in when copying was blocked.
   */
  enrollKeyLabel: 'Key',
  /** `<mfa-authenticator-enroll>`: term before `enrollKeyType` in the key details. */
  enrollKeyTypeLabel: 'Type',
  /**
   * `<mfa-authenticator-enroll>`: what kind of key, after `enrollKeyTypeLabel`. `algorithm`: as in the set-up
   * ("SHA1", "SHA256"); `digits`: the code's length, formatted ("6", 6 to 8); `period`: formatted ("30 seconds").
   */
  enrollKeyType: (algorithm: string, digits: string, period: string) =>
    `Time-based, ${digits} digits, a new code every ${period}, ${algorithm}`,
  /** `<mfa-authenticator-enroll>`: the button that copies the key (visible words). */
  enrollCopyKey: 'Copy key',
  /** `<mfa-authenticator-enroll>`: status line (polite live region) after the key was copied. */
  enrollKeyCopied: 'Key copied.',
  /** `<mfa-authenticator-enroll>`: the button that copies a push app's activation code (visible words). */
  enrollCopyCode: 'Copy code',
  /** `<mfa-authenticator-enroll>`: status line (polite live region) after the activation code was copied. */
  enrollCodeCopied: 'Code copied.',
  /** `<mfa-authenticator-enroll>`: the button that copies a push app's activation URL (visible words). */
  enrollCopyUrl: 'Copy URL',
  /** `<mfa-authenticator-enroll>`: status line (polite live region) after the activation URL was copied. */
  enrollUrlCopied: 'URL copied.',
  /**
   * `<mfa-authenticator-enroll>`: hint under the field the value is selected in when the
   * browser blocked copying. `shortcut`: the copy keys ("Ctrl+C", or "⌘C" on Apple systems), or "" on a touch
   * screen, which has none (say to touch and hold, then choose Copy); where keyboards name Ctrl otherwise
   * (German Strg), a function replaces it: `shortcut.replace("Ctrl", "Strg")`.
   */
  enrollCopyBlocked: (shortcut: string) =>
    `Copying is blocked here. The text is selected: ${shortcut ? `press ${shortcut} to copy it` : 'touch and hold it, then choose Copy'}.`,
  /** `<mfa-authenticator-enroll>`: label of the field for the code the app shows (it replaces `codeInputLabel`). */
  enrollCodeLabel: 'Code from the app',
  /** `<mfa-authenticator-enroll>`: the button that checks the code from the app (visible words). */
  enrollVerify: 'Verify',
  /** `<mfa-authenticator-enroll>`: status line (polite live region) while the code is checked. */
  enrollVerifying: 'Checking the code…',
  /** `<mfa-authenticator-enroll>`: instruction above the QR code of the organization's push app. */
  enrollScanPush: 'In your authenticator app, add a work or school account and scan this QR code.',
  /** `<mfa-authenticator-enroll>`: accessible name (aria-label) of the push app's QR code image, not shown. */
  enrollPushQrAlt: 'QR code for activating your authenticator app',
  /**
   * `<mfa-authenticator-enroll>`: above the activation code and URL shown beside the push app's QR code; they follow the colon.
   */
  enrollPushManual: 'If you can’t scan it, enter this code and URL in the app:',
  /**
   * `<mfa-authenticator-enroll>`: term before the push app's activation code, and label of its field when copying was blocked.
   */
  enrollActivationCode: 'Code',
  /** `<mfa-authenticator-enroll>`: term before the push app's activation URL, and label of its field when copying was blocked. */
  enrollActivationUrl: 'URL',
  /** `<mfa-authenticator-enroll>`: status line (polite live region) while waiting for the push app to finish the set-up. */
  enrollWaiting: 'Waiting for the app to finish the set-up…',
  /**
   * `<mfa-authenticator-enroll>`: after `enrollScanPush` (or `enrollQrFailedIntroPush`), the time the endpoint ends a push
   * app's set-up (10 minutes from its start, for security: it cannot be extended). `time`: formatted, as the page's clock
   * reads it ("10:42 AM").
   */
  enrollEndsAt: (time: string) => `This set-up ends at ${time}.`,
  /**
   * `<mfa-authenticator-enroll>`: added to the status line (polite live region) in the last minute of a push app's
   * set-up, said once, as a warning before it ends (`enrollEndsAt`).
   */
  enrollEndsSoon: 'Less than a minute left.',
  /** `<mfa-authenticator-enroll>`: status line (polite live region) while the set-up is cancelled on the server. */
  enrollCancelling: 'Cancelling the set-up…',
  /** `<mfa-authenticator-enroll>`: status line back on the first step after a started set-up was cancelled. */
  enrollCancelled: 'Set-up cancelled. Delete it from your app if you added it.',
  /**
   * `<mfa-authenticator-enroll>`: first sentence of the alert when cancelling failed; an `error…`
   * message follows. "May": a cancel with no answer (a timeout, a connection lost) may have gone
   * through; Cancel again tells.
   */
  enrollCancelFailed: 'The set-up may not have been cancelled.',
  /**
   * `<mfa-authenticator-enroll>`: status line, which takes the focus, once the app is
   * set up. `name`: the device name saved, isolated (U+2068 … U+2069), "Work phone".
   */
  enrollDone: (name: IsolatedName) => `“${name}” is set up.`,
  /** `<mfa-authenticator-enroll>`: the button after `enrollDone` that starts another set-up (visible words). */
  enrollAnother: 'Set up another app',
  /**
   * `<mfa-authenticator-enroll>`: alert when the set-up expired on
   * the server; Start again (`enrollStartAgain`) and Cancel follow. Start again makes a new key,
   * so an account the user added to their app from this set-up never works: this alert, and the
   * three that follow, ask them to delete it.
   */
  enrollExpired: 'This set-up has expired. Delete it from your app if you added it, then start again.',
  /**
   * `<mfa-authenticator-enroll>`: alert when a wrong code used the last
   * try of the set-up; Start again (`enrollStartAgain`) and Cancel follow.
   */
  enrollNoTriesLeft: 'That code is not right, and no tries are left for this set-up. Delete it from your app if you added it, then start again.',
  /**
   * `<mfa-authenticator-enroll>`: alert when the set-up was cancelled elsewhere
   * (another tab, the server); Start again (`enrollStartAgain`) and Cancel follow.
   */
  enrollCancelledElsewhere: 'This set-up was cancelled. Delete it from your app if you added it, then start again.',
  /**
   * `<mfa-authenticator-enroll>`: alert when the page was left or hidden during the
   * set-up, which withdrew it; Start again (`enrollStartAgain`) and Cancel follow.
   */
  enrollInterrupted: 'The set-up was interrupted. Delete it from your app if you added it, then start again.',
  /**
   * `<mfa-authenticator-enroll>`: alert when the server sent set-up details
   * that are not valid; Start again (`enrollStartAgain`) and Cancel follow.
   */
  enrollInvalidSetup:
    'The server sent set-up details that are not valid, so no QR code is shown. Start again; if this happens again, contact your IT support.',
  /** `<mfa-authenticator-enroll>`: the button after an ended set-up that starts a new one (visible words). */
  enrollStartAgain: 'Start again',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const authenticatorEnrollStrings: StringSource<typeof en> = {
  name: 'authenticator-enroll',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/authenticator-enroll.js') },
};
