/**
 * English: the reference table. Every other locale is typed against it (`MfaStrings`), so a
 * missing or extra key is a type error. Keys are camelCase; strings with parameters are functions.
 * Parameters arrive already formatted for the locale (numbers, durations, dates).
 */
export const en = {
  // Verification methods, as the method picker and the security info list name them.
  methodTextMobile: 'Text a code to my authentication phone',
  methodCallMobile: 'Call my authentication phone',
  methodCallAlternate: 'Call my alternate authentication phone',
  methodCallOffice: 'Call my office phone',
  methodAppNotification: 'Approve a notification in my authenticator app',
  methodAppCode: 'Enter a code from my authenticator app',

  // Phone slots.
  slotMobile: 'Authentication phone',
  slotAlternate: 'Alternate authentication phone',
  slotOffice: 'Office phone',

  // Summary labels.
  defaultMethodLabel: 'Default sign-in method',
  methodsLabel: 'Sign-in methods',
  authenticatorLabel: 'Authenticator app',

  // Shared actions and states.
  save: 'Save',
  cancel: 'Cancel',
  retry: 'Try again',
  refresh: 'Refresh',
  close: 'Close',
  loading: 'Loading…',
  saving: 'Saving…',
  saved: 'Saved',

  // Notices.
  restrictedMethodNotice:
    'Text messages and phone calls are less secure than an authenticator app. Use an app where you can.',
  offline: 'You are offline. What you entered is kept; you can send it when you are back online.',
  backOnline: 'You are back online.',
  retryIn: (wait: string) => `You can try again in ${wait}.`,
  noClient:
    'This element is not connected to a server. Place it inside <mfa-provider> with an endpoint, or give it a client.',

  // One message per protocol error code.
  errorNetwork: 'We could not reach the server. Check your connection, then try again.',
  errorTimeout: 'The server took too long to answer. Try again.',
  errorValidation: 'Some of what you entered is not valid. Check the highlighted fields.',
  errorInvalidCode: 'That code is not right. Check it and try again.',
  errorInvalidCodeAttempts: (attemptsLeft: number, formatted: string) =>
    attemptsLeft === 1
      ? 'That code is not right. You have 1 more try.'
      : `That code is not right. You have ${formatted} more tries.`,
  errorExpired: 'This code has expired. Ask for a new one.',
  errorRateLimited: (wait: string) => `Too many attempts. You can try again in ${wait}.`,
  errorReauthRequired: 'For your security, confirm your sign-in before making this change.',
  errorUnauthenticated: 'Your session has ended. Sign in again to continue.',
  errorConflict: 'This change conflicts with your current settings.',
  errorBacksDefaultMethod:
    'This is used by your default sign-in method. Choose another default method first.',
  errorDuplicateName: 'That name is already in use. Choose another one.',
  errorLimitReached: 'You have reached the limit. Remove one before adding another.',
  errorNotFound: 'This item no longer exists. It may have been changed somewhere else; reload to see the latest.',
  errorForbidden: 'You are not allowed to make this change.',
  errorServer: 'Something went wrong on the server. Try again later.',
  errorUnknown: 'Something went wrong. Try again.',

  // <mfa-method-picker>
  methodPickerCurrent: 'Current default',
  methodPickerLessSecure: 'Less secure',
  methodPickerExtension: (extension: string) => `ext. ${extension}`,
  methodPickerSaved: (method: string) => `Saved. Your default sign-in method is now: ${method}.`,
  methodPickerUnchanged: 'This is already your default sign-in method.',
  methodPickerSetUp: 'Set up',
  methodPickerSetupHeading: 'Methods you can set up',
  methodPickerSetUpApp: 'Set up an authenticator app',
  methodPickerEmpty: 'You have not set up a sign-in method yet. Set one up below, then you can choose your default.',
  methodPickerRestrictedNoApp: 'Text messages and phone calls are a less secure way to sign in.',
  methodPickerLoadFailed: 'Your sign-in methods could not be loaded.',
  methodPickerSaveFailed: 'Your default sign-in method was not changed.',
  methodPickerNotRegistered: 'That method is no longer set up. Set it up again, or choose another method.',
  methodPickerNotAllowed: 'Your organization no longer allows that method. Choose another method.',
  methodPickerReauthWaiting: 'Confirm your sign-in to finish saving your default method.',

  // <mfa-code-input>
  codeInputLabel: 'Verification code',
  codeInputHint: (_length: number, formatted: string) => `Enter the ${formatted}-digit code.`,
  codeInputDigitsOnly: 'A code has digits only. Other characters were left out.',
  codeInputTooLong: (_length: number, formatted: string) =>
    `The code has ${formatted} digits. Extra digits were left out.`,
  codeInputTooShort: (_length: number, formatted: string) => `Enter all ${formatted} digits of the code.`,
  codeInputRequired: 'Enter the code.',

  // <mfa-phone-editor>
  phoneEditorNone: 'No phone number is set up.',
  phoneEditorAdd: 'Add',
  phoneEditorChange: 'Change',
  phoneEditorRemove: 'Remove',
  phoneEditorExtensionShown: (extension: string) => `Extension ${extension}`,
  phoneEditorCountry: 'Country or region',
  phoneEditorCountrySearch: 'Find a country or region by name or calling code',
  phoneEditorCountryMatches: (count: number, formatted: string) =>
    count === 0 ? 'No country or region matches.' : count === 1 ? '1 match.' : `${formatted} matches.`,
  phoneEditorCountryOption: (name: string, callingCode: string) => `${name} (+${callingCode})`,
  phoneEditorNumber: 'Phone number',
  phoneEditorNumberHint: 'Starting with + or 00 picks the country for you.',
  phoneEditorExtension: 'Extension (optional)',
  phoneEditorExtensionInvalid: 'An extension has digits only, at most 10.',
  phoneEditorChannel: 'How should we send the code?',
  phoneEditorChannelText: 'Text me a code',
  phoneEditorChannelCall: 'Call me with a code',
  phoneEditorCallOnly: 'We will call this phone with a code. Office phones take calls only.',
  phoneEditorSend: 'Send code',
  phoneEditorSending: 'Sending…',
  phoneEditorLoadFailed: 'The phone number tools could not be loaded.',
  phoneEditorExtracted: 'We took the phone number out of the pasted text. Check it before sending.',
  phoneProblemEmpty: 'Enter a phone number.',
  phoneProblemLonePlus: 'Enter the country code and the number after the +.',
  phoneProblemNotANumber: 'A phone number has only digits, and + at the start. Remove letters and symbols.',
  phoneProblemTooShort: 'This number is too short. Check for missing digits.',
  phoneProblemTooLong: 'This number is too long. Check for extra digits.',
  phoneProblemInvalidCountry: 'No country uses this code. Check the digits after the +.',
  phoneProblemInvalidForRegion: (region: string) => `This is not a valid phone number for ${region}.`,
  phoneProblemCannotReceiveText:
    'This number cannot receive text messages. Use a mobile number, or choose a call.',
  phoneEditorSentText: (number: string) => `We sent a text message with a code to ${number}.`,
  phoneEditorSentCall: (number: string) => `We are calling ${number} with a code.`,
  phoneEditorChangeNumber: 'Change number',
  phoneEditorVerify: 'Verify',
  phoneEditorVerifying: 'Verifying…',
  phoneEditorResend: 'Send a new code',
  phoneEditorResendIn: (wait: string) => `You can ask for a new code in ${wait}.`,
  phoneEditorResendReady: 'You can ask for a new code now.',
  phoneEditorExpired: 'This code has expired. Ask for a new one; the number you entered is kept.',
  phoneEditorSaved: (masked: string) => `Your phone number ${masked} is verified and saved.`,
  phoneEditorRemoveQuestion: (masked: string) => `Remove ${masked}? You can add a phone again later.`,
  phoneEditorRemoving: 'Removing…',
  phoneEditorRemoved: 'The phone number was removed.',
  phoneEditorBacksDefault:
    'This phone is behind your default sign-in method. Choose another default method first, then remove it.',
  phoneEditorReauthWaiting: 'Waiting for you to confirm your sign-in…',

  // <mfa-authenticator-enroll>
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
  enrollCopyBlocked: 'Copying is blocked here. The key is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
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
  enrollDone: (name: string) => `“${name}” is set up.`,
  enrollAnother: 'Set up another app',
  enrollExpired: 'This set-up has expired. Start again to get a new QR code.',
  enrollCancelledElsewhere: 'This set-up was cancelled. Start again to get a new QR code.',
  enrollInterrupted: 'The set-up was interrupted, so its QR code is gone. Start again.',
  enrollInvalidSetup:
    'The server sent set-up details that are not valid, so no QR code is shown. Try again; if this happens again, contact your IT support.',
  enrollStartAgain: 'Start again',

  // <mfa-authenticator-list>
  authListLabel: 'Authenticator apps',
  authListEmpty: 'No authenticator app is set up.',
  authKindTotp: 'Code app',
  authKindPush: 'Notification and code app',
  authAdded: (date: string) => `Added ${date}`,
  authLastUsed: (date: string) => `Last used ${date}`,
  authNeverUsed: 'Not used yet',
  authRename: 'Rename',
  authRenameNamed: (name: string) => `Rename ${name}`,
  authNewName: 'New name',
  authNameRequired: 'Enter a name.',
  authRenamed: (name: string) => `Renamed to “${name}”.`,
  authRemove: 'Remove',
  authRemoveNamed: (name: string) => `Remove ${name}`,
  authRemoveTitle: (name: string) => `Remove “${name}”?`,
  authRemoveExplain:
    'Sign-ins will stop accepting this app. Uninstalling the app or resetting the phone does not remove it here: remove it when the device is old, reset or lost.',
  authRemoveKeep: 'Keep it',
  authRemoving: 'Removing…',
  authRemoved: (name: string) => `“${name}” was removed.`,
  authRemoveBacksDefault: (name: string) =>
    `“${name}” can’t be removed: your default sign-in method uses it. Choose another default method first, then remove it.`,
  authReauthPending: 'Waiting for you to confirm your sign-in…',

  // <mfa-app-passwords>
  appPasswordsIntro:
    'Some apps cannot ask for a second sign-in step, such as older mail apps and printers. Give each of them its own app password instead of your password.',
  appPasswordsListLabel: 'Your app passwords',
  appPasswordsEmpty: 'You have no app passwords.',
  appPasswordsCreatedOn: (date: string) => `Created ${date}`,
  appPasswordsLastUsedOn: (date: string) => `last used ${date}`,
  appPasswordsNeverUsed: 'never used',
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
  appPasswordsNameTooLong: (_max: number, formatted: string) => `Use ${formatted} characters or fewer.`,
  appPasswordsNameInvalid: (_max: number, formatted: string) => `Enter a name of 1 to ${formatted} characters.`,
  appPasswordsCreate: 'Create',
  appPasswordsCreating: 'Creating the app password…',
  appPasswordsCreateFailed: 'The app password was not created.',
  appPasswordsShownHeading: (name: string) => `Your new app password for “${name}”`,
  appPasswordsShownWarning:
    'Copy it now and enter it in the app. It will not be shown again: once you select Done, it cannot be seen anywhere.',
  appPasswordsPasswordLabel: 'App password:',
  appPasswordsCopy: 'Copy',
  appPasswordsCopied: 'Copied. Paste it into the app’s password field.',
  appPasswordsCopyRefused: (shortcut: string) =>
    `Your browser did not allow copying. The password is selected below: press ${shortcut} to copy it.`,
  appPasswordsManualLabel: 'App password, ready to copy',
  appPasswordsDone: 'Done',
  appPasswordsCreatedStatus: (name: string) => `Created “${name}”. Copy its password now: it will not be shown again.`,
  appPasswordsRevoke: 'Revoke',
  appPasswordsRevokeConfirm: (name: string) => `Revoke “${name}”? Apps using it will stop signing in.`,
  appPasswordsRevoking: 'Revoking…',
  appPasswordsRevoked: (name: string) => `Revoked “${name}”. Apps using it can no longer sign in.`,
  appPasswordsRevokeFailed: 'The app password was not revoked.',
  appPasswordsLoadFailed: 'Your app passwords could not be loaded.',
  appPasswordsReauthWaiting: 'Confirm your sign-in to finish this change.',

  // <mfa-user-admin>
  userAdminLegend: 'What should happen for the selected users?',
  userAdminRequireRegisterAgain: 'Require them to provide contact methods again',
  userAdminRequireRegisterAgainHint: 'At their next sign-in they must register a phone or an authenticator app again.',
  userAdminDeleteAppPasswords: 'Delete all their app passwords',
  userAdminDeleteAppPasswordsHint: 'Apps that sign in with them stop working until the user creates new ones.',
  userAdminRestoreDevices: 'Restore two-step verification on all remembered devices',
  userAdminRestoreDevicesHint: 'Devices where they chose not to be asked again will ask for a second step at the next sign-in.',
  userAdminSelectedCount: (count: number, formatted: string) => (count === 1 ? '1 user selected' : `${formatted} users selected`),
  userAdminSelectedNames: (names: string) => `Selected: ${names}.`,
  userAdminNoUsers: 'Select one or more users first; the actions become available then.',
  userAdminContinue: 'Continue',
  userAdminChooseAction: 'Choose what should happen.',
  userAdminConfirmRequireRegisterAgain: (count: number, formatted: string) =>
    count === 1
      ? 'Require 1 user to provide contact methods again? They must register them again at their next sign-in.'
      : `Require ${formatted} users to provide contact methods again? They must register them again at their next sign-in.`,
  userAdminConfirmDeleteAppPasswords: (count: number, formatted: string) =>
    count === 1
      ? 'Delete all app passwords of 1 user? Their apps will stop signing in until they create new ones.'
      : `Delete all app passwords of ${formatted} users? Their apps will stop signing in until they create new ones.`,
  userAdminConfirmRestoreDevices: (count: number, formatted: string) =>
    count === 1
      ? 'Restore two-step verification on all remembered devices of 1 user? Every device will ask for a second step at the next sign-in.'
      : `Restore two-step verification on all remembered devices of ${formatted} users? Every device will ask for a second step at the next sign-in.`,
  userAdminRunRequireRegisterAgain: 'Require registration again',
  userAdminRunDeleteAppPasswords: 'Delete app passwords',
  userAdminRunRestoreDevices: 'Restore two-step verification',
  userAdminRunning: (count: number, formatted: string) => (count === 1 ? 'Working on 1 user…' : `Working on ${formatted} users…`),
  userAdminResultsLabel: 'Result for each user',
  userAdminSummary: (done: number, total: number, failed: number, doneF: string, totalF: string, failedF: string) =>
    failed === 0
      ? total === 1
        ? 'Done for 1 user.'
        : `Done for all ${totalF} users.`
      : done === 0
        ? `Failed for ${total === 1 ? '1 user' : `all ${totalF} users`}.`
        : `${doneF} of ${totalF} done, ${failedF} failed.`,
  userAdminResultDone: 'Done',
  userAdminResultFailed: (reason: string) => `Failed: ${reason}`,
  userAdminReasonNotFound: 'there is no such user.',
  userAdminReasonForbidden: 'you may not change this user.',
  userAdminReasonServer: 'the server could not finish it. Try again.',
  userAdminReasonMissing: 'the server did not report on this user. Try again.',
  userAdminRetryFailed: (count: number, formatted: string) =>
    count === 1 ? 'Try again for the 1 that failed' : `Try again for the ${formatted} that failed`,
  userAdminStartOver: 'Choose another action',
  userAdminNotAdmin: 'You need to be an administrator to do this. Ask an administrator of your organization.',
  userAdminFailed: 'The action could not be completed.',
  userAdminReauthWaiting: 'Confirm your sign-in to finish this action.',
  userAdminLoadFailed: 'Your permissions could not be checked.',

  // <mfa-security-info>
  securityInfoTitle: 'Security info',
  securityInfoIntro: 'These are the methods you use to sign in and to prove it is you.',
  securityInfoNoDefault: 'Not set yet',
  securityInfoChange: 'Change',
  securityInfoDefaultSaved: 'Your default sign-in method is saved.',
  securityInfoAddMethod: 'Add sign-in method',
  securityInfoNothingToAdd: 'You have set up every method your organization allows.',
  securityInfoChooseMethod: 'Which method would you like to add?',
  securityInfoNext: 'Next',
  securityInfoAdded: (what: string) => `${what} added.`,
  securityInfoPhonesTitle: 'Phones',
  securityInfoAppsTitle: 'Authenticator apps',
  securityInfoAppPasswordsTitle: 'App passwords',
  securityInfoRegisterAgainTitle: 'Register your sign-in methods again',
  securityInfoRegisterAgainExplain:
    'Your administrator has asked you to provide your contact methods again, for example after a phone was lost. Set up at least one of the methods below; the rest of your security info appears once you have.',
};

export type MfaStrings = typeof en;
