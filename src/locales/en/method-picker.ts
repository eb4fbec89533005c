import type { StringSource } from '../../core/localize.js';

/**
 * English strings of <mfa-method-picker>.
 * The reference: each translation is typed against this table.
 */
const en = {
  // Verification methods, as the method picker and security info's default method name them
  // (security info registers this table for them). Each key is `method` and the method id in
  // PascalCase (`Localizer.methodName` finds them by that rule). Here rather than in the shared
  // table: the other elements name no method, and would carry them for nothing.
  methodTextMobile: 'Text a code to my authentication phone',
  methodCallMobile: 'Call my authentication phone',
  methodCallAlternate: 'Call my alternate authentication phone',
  methodCallOffice: 'Call my office phone',
  methodAppNotification: 'Approve a notification in my authenticator app',
  methodAppCode: 'Enter a code from my authenticator app',

  // The legend of the list of methods.
  defaultMethodLabel: 'Default sign-in method',
  methodPickerCurrent: 'Current default',
  methodPickerLessSecure: 'Less secure',
  methodPickerExtension: (extension: string) => `ext. ${extension}`,
  methodPickerSaved: (method: string) => `Saved. Your default sign-in method is now: ${method}.`,
  methodPickerUnchanged: 'This is already your default sign-in method.',
  methodPickerChoose: 'Choose a method first.',
  methodPickerSetUp: 'Set up',
  // The name of each Set up button: the visible words first, then the method.
  methodPickerSetUpNamed: (method: string) => `Set up ${method}`,
  methodPickerSetupHeading: 'Methods you can set up',
  methodPickerSetUpApp: 'Set up an authenticator app',
  methodPickerEmpty: 'You have not set up a sign-in method yet. Set one up below, then you can choose your default.',
  methodPickerLoadFailed: 'Your sign-in methods could not be loaded.',
  methodPickerSaveFailed: 'Your default sign-in method was not changed.',
  methodPickerNotRegistered: 'That method is no longer set up. Set it up again, or choose another method.',
  methodPickerNotAllowed: 'Your organization no longer allows that method. Choose another method.',
  methodPickerReauthWaiting: 'Confirm your sign-in to finish saving your default method.',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const methodPickerStrings: StringSource<typeof en> = {
  name: 'method-picker',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/method-picker.js') },
};
