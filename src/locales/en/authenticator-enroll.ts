import type { IsolatedName, StringSource } from '../../core/localize.js';

/**
 * English strings of <mfa-authenticator-enroll>.
 * The reference: each translation is typed against this table.
 */
const en = {
  enrollKindLegend: 'Which kind of app?',
  enrollKindTotp: 'An app that shows codes',
  enrollKindTotpHint: 'Any authenticator app for time-based codes, for example Microsoft Authenticator or Google Authenticator.',
  enrollKindPush: 'An app that approves sign-ins with a notification',
  enrollKindPushHint: 'Your organization’s authenticator app. It can also show codes.',
  enrollNotAllowed: 'Your organization’s policy does not allow authenticator apps for your account.',
  enrollDefaultName: 'Authenticator app',
  enrollNameLabel: 'Device name',
  enrollNameHint: 'So you can tell your devices apart later, for example “Work phone”.',
  enrollNameRequired: 'Enter a device name.',
  enrollStart: 'Continue',
  enrollStarting: 'Preparing the set-up…',
  enrollScanTotp: 'In your authenticator app, add an account and scan this QR code.',
  enrollQrAlt: (issuer: string, account: string) => `QR code for setting up ${issuer} for ${account}`,
  enrollQrFailed: 'The QR code could not be drawn here. Enter the key in your app instead.',
  enrollQrFailedPush: 'The QR code could not be drawn here. Enter the code and URL in your app instead.',
  enrollQrFailedIntro: 'In your authenticator app, add an account.',
  enrollQrFailedIntroPush: 'In your authenticator app, add a work or school account.',
  enrollCantScan: 'Can’t scan the QR code?',
  enrollManualIntro: 'In your app, choose to enter a key by hand, and enter these details:',
  enrollAccountLabel: 'Account',
  enrollIssuerLabel: 'Issuer',
  enrollKeyLabel: 'Key',
  enrollKeyTypeLabel: 'Type',
  enrollKeyType: (algorithm: string, digits: string, period: string) =>
    `Time-based, ${digits} digits, a new code every ${period}, ${algorithm}`,
  enrollCopyKey: 'Copy key',
  enrollKeyCopied: 'Key copied.',
  enrollCopyCode: 'Copy code',
  enrollCodeCopied: 'Code copied.',
  enrollCopyUrl: 'Copy URL',
  enrollUrlCopied: 'URL copied.',
  enrollCopyBlocked: (shortcut: string) => `Copying is blocked here. The text is selected: press ${shortcut} to copy it.`,
  enrollCodeLabel: 'Code from the app',
  enrollVerify: 'Verify',
  enrollVerifying: 'Checking the code…',
  enrollScanPush: 'In your authenticator app, add a work or school account and scan this QR code.',
  enrollPushQrAlt: 'QR code for activating your authenticator app',
  enrollPushManual: 'If you can’t scan it, enter this code and URL in the app:',
  enrollActivationCode: 'Code',
  enrollActivationUrl: 'URL',
  enrollWaiting: 'Waiting for the app to finish the set-up…',
  enrollCancelling: 'Cancelling the set-up…',
  enrollCancelled: 'Set-up cancelled. Nothing was added.',
  enrollCancelFailed: 'The set-up was not cancelled.',
  enrollDone: (name: IsolatedName) => `“${name}” is set up.`,
  enrollAnother: 'Set up another app',
  enrollExpired: 'This set-up has expired. Start again.',
  enrollNoTriesLeft: 'That code is not right, and no tries are left for this set-up. Start again.',
  enrollCancelledElsewhere: 'This set-up was cancelled. Start again.',
  enrollInterrupted: 'The set-up was interrupted, so its QR code is gone. Start again.',
  enrollInvalidSetup:
    'The server sent set-up details that are not valid, so no QR code is shown. Try again; if this happens again, contact your IT support.',
  enrollStartAgain: 'Start again',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const authenticatorEnrollStrings: StringSource<typeof en> = {
  name: 'authenticator-enroll',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/authenticator-enroll.js') },
};
