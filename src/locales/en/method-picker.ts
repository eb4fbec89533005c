import type { StringSource } from '../../core/localize.js';
import type { MethodId } from '../../core/types.js';

/**
 * English strings of <mfa-method-picker>.
 * The reference: each translation is typed against this table.
 */
const en = {
  // Verification methods, as the method picker and security info's default method name them
  // (security info registers this table for them). Each key is `method` and the method id in
  // PascalCase (`Localizer.methodName` finds them by that rule). Here rather than in the shared
  // table: the other elements name no method, and would carry them for nothing.
  /**
   * Name of the method `text-mobile`: its radio button's label or Set up row in `<mfa-method-picker>`, `<mfa-security-info>`'s
   * default method, and the `method` of `methodPickerSaved`, `methodPickerSetUpNamed`. Key: `method` + method id in PascalCase.
   */
  methodTextMobile: 'Text a code to my authentication phone',
  /**
   * Name of the method `call-mobile`: the label of its radio button or Set up row in
   * `<mfa-method-picker>`, and `<mfa-security-info>`'s default method; used as `methodTextMobile` is.
   */
  methodCallMobile: 'Call my authentication phone',
  /**
   * Name of the method `call-alternate`: the label of its radio button or Set up row in
   * `<mfa-method-picker>`, and `<mfa-security-info>`'s default method; used as `methodTextMobile` is.
   */
  methodCallAlternate: 'Call my alternate authentication phone',
  /**
   * Name of the method `call-office`: the label of its radio button or Set up row in
   * `<mfa-method-picker>`, and `<mfa-security-info>`'s default method; used as `methodTextMobile` is.
   */
  methodCallOffice: 'Call my office phone',
  /**
   * Name of the method `app-notification`: the label of its radio button or Set up row in
   * `<mfa-method-picker>`, and `<mfa-security-info>`'s default method; used as `methodTextMobile` is.
   */
  methodAppNotification: 'Approve a notification in my authenticator app',
  /**
   * Name of the method `app-code`: the label of its radio button or Set up row in
   * `<mfa-method-picker>`, and `<mfa-security-info>`'s default method; used as `methodTextMobile` is.
   */
  methodAppCode: 'Enter a code from my authenticator app',

  /** `<mfa-method-picker>`: legend (group heading) of the radio buttons that choose the default sign-in method. */
  defaultMethodLabel: 'Default sign-in method',
  /** `<mfa-method-picker>`: mark in the description of the method that is the saved default. */
  methodPickerCurrent: 'Current default',
  /** `<mfa-method-picker>`: mark in the description of a text or call method, in the choices and the Set up list. */
  methodPickerLessSecure: 'Less secure',
  /** `<mfa-method-picker>`: after an office phone's masked number in its row. `extension`: its digits as saved ("45"). */
  methodPickerExtension: (extension: string) => `ext. ${extension}`,
  /**
   * `<mfa-method-picker>`: status line (polite live region) after a new default
   * was saved. `method`: its name (`methodCallOffice`: "Call my office phone").
   */
  methodPickerSaved: (method: string) => `Saved. Your default sign-in method is now: ${method}.`,
  /** `<mfa-method-picker>`: status line when Save is pressed on the method that is the default already. */
  methodPickerUnchanged: 'This is already your default sign-in method.',
  /** `<mfa-method-picker>`: alert when Save is pressed with no method chosen. */
  methodPickerChoose: 'Choose a method first.',
  /** `<mfa-method-picker>`: the button in each row of the Set up list (visible words). */
  methodPickerSetUp: 'Set up',
  /**
   * `<mfa-method-picker>`: accessible name (aria-label) of each Set up button. `method`: its name ("Call my office
   * phone"), a sentence of its own; `id`: the method's id (`call-office`, see `MethodId`), for a language that
   * words each button its own way rather than around the name. Must hold the words of `methodPickerSetUp`,
   * any case, or "Set up" then the name is used instead (WCAG 2.5.3).
   */
  methodPickerSetUpNamed: (method: string, _id: MethodId) => `Set up ${method}`,
  /**
   * `<mfa-method-picker>`: in the description of each app choice (notification, code), in place of the apps' names
   * when there are more than five. `count` chooses the plural form; `formatted` is it as the locale writes it ("30").
   */
  methodPickerAppCount: (_count: number, formatted: string) => `${formatted} apps`,
  /** `<mfa-method-picker>`: heading that names the list of allowed methods not set up yet, each with Set up. */
  methodPickerSetupHeading: 'Methods you can set up',
  /**
   * `<mfa-method-picker>`: link-styled button after `restrictedMethodNotice`
   * that starts setting up an authenticator app (visible words).
   */
  methodPickerSetUpApp: 'Set up an authenticator app',
  /**
   * `<mfa-method-picker>`: in place of the choices when no method is set up; the Set up list
   * follows it. The endpoint makes the first method set up the default (the protocol's `defaultMethod`).
   */
  methodPickerEmpty: 'You have not set up a sign-in method yet. Set one up below: it becomes your default, and you can change that later.',
  /** `<mfa-method-picker>`: first sentence of the alert when the methods could not be loaded; an `error…` message follows. */
  methodPickerLoadFailed: 'Your sign-in methods could not be loaded.',
  /**
   * `<mfa-method-picker>`: first sentence of the alert when saving failed;
   * `methodPickerNotRegistered`, `methodPickerNotAllowed` or an `error…` message follows.
   */
  methodPickerSaveFailed: 'Your default sign-in method was not changed.',
  /**
   * `<mfa-method-picker>`: in place of `methodPickerSaveFailed` when no answer came (timeout,
   * network): the change may have been saved. An `error…` message follows.
   */
  methodPickerSaveUnsure: 'We could not tell whether your default sign-in method was changed.',
  /** `<mfa-method-picker>`: after `methodPickerSaveFailed` when the server says the method chosen is no longer set up. */
  methodPickerNotRegistered: 'That method is no longer set up. Set it up again, or choose another method.',
  /** `<mfa-method-picker>`: after `methodPickerSaveFailed` when the server says the policy no longer allows the method chosen. */
  methodPickerNotAllowed: 'Your organization no longer allows that method. Choose another method.',
  /** `<mfa-method-picker>`: status line while the host asks the user to confirm their sign-in before the save. */
  methodPickerReauthWaiting: 'Confirm your sign-in to finish saving your default method.',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const methodPickerStrings: StringSource<typeof en> = {
  name: 'method-picker',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/method-picker.js') },
};
