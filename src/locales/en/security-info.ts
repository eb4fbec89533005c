import type { StringSource } from '../../core/localize.js';

/**
 * English strings of <mfa-security-info>.
 * The reference: each translation is typed against this table.
 */
const en = {
  /**
   * `<mfa-security-info>`: what a re-registration and a cancelled set-up call an authenticator app: an Add dialog option,
   * a step's heading, and the `what` of `securityInfoAdded`, `securityInfoRegisteredAgain`, `securityInfoSetupCancelled`.
   */
  authenticatorLabel: 'Authenticator app',
  /** `<mfa-security-info>`: the element's heading (h2). */
  securityInfoTitle: 'Security info',
  /** `<mfa-security-info>`: hint under `securityInfoTitle`. */
  securityInfoIntro: 'When you sign in, you prove it is you with one of these methods. Set up more than one, so you can still sign in if you lose your phone.',
  /**
   * `<mfa-security-info>`: label before the default method's name (a
   * `method…` key, or `securityInfoNoDefault`), with Change after it.
   */
  securityInfoDefaultIs: 'Default sign-in method:',
  /** `<mfa-security-info>`: after `securityInfoDefaultIs` when no default method is set. */
  securityInfoNoDefault: 'Not set yet',
  /**
   * `<mfa-security-info>`: the button after the default method that
   * shows or hides the method picker (a disclosure; visible words).
   */
  securityInfoChange: 'Change',
  /**
   * `<mfa-security-info>`: accessible name (aria-label) of that Change button. Must
   * hold the words of `securityInfoChange` (WCAG 2.5.3): a table whose Change has words this
   * sentence lacks names it by them, then `defaultMethodLabel` ("Edit Default sign-in method").
   */
  securityInfoChangeNamed: 'Change default sign-in method',
  /** `<mfa-security-info>`: status line, which takes the focus, after a new default was saved; the picker closes. */
  securityInfoDefaultSaved: 'Your default sign-in method is saved.',
  /** `<mfa-security-info>`: the button that opens the Add dialog (visible words), and that dialog's heading, which names it. */
  securityInfoAddMethod: 'Add sign-in method',
  /**
   * `<mfa-security-info>`: first sentence of the alert when the settings could not
   * be read again while those read before are shown; an `error…` message follows.
   */
  securityInfoReloadFailed: 'Your security info could not be refreshed, so what is shown may be out of date.',
  /** `<mfa-security-info>`: hint in place of the Add button when every method the policy allows is set up. */
  securityInfoNothingToAdd: 'You have set up every method your organization allows.',
  /** `<mfa-security-info>`: legend (group heading) of the Add dialog's radio buttons, one per method to add. */
  securityInfoChooseMethod: 'Which method would you like to add?',
  /** `<mfa-security-info>`: the Add dialog's button that goes on to set up the method chosen (visible words). */
  securityInfoNext: 'Next',
  /** `<mfa-security-info>`: alert in the Add dialog when Next is pressed with no method chosen. */
  securityInfoChooseFirst: 'Choose a method first.',
  /** `<mfa-security-info>`: status at the top of the Add dialog when closing it is refused while a code is checked. */
  securityInfoWaitForCheck: 'Wait a moment: the code is being checked.',
  /**
   * `<mfa-security-info>`: status at the top of the Add dialog when Escape is
   * pressed with something typed: pressing it again, or × (`close`), discards it.
   */
  securityInfoCloseAgain: 'Nothing here is saved yet. Close again to discard it.',
  /**
   * `<mfa-security-info>`: status line, which takes the focus, after a method was added
   * in the Add dialog. `what`: a `slot…` name or `authenticatorLabel` ("Office phone").
   */
  securityInfoAdded: (what: string) => `${what} added.`,
  /**
   * `<mfa-security-info>`: status line, which takes the focus, after a phone
   * was removed (its editor goes). `what`: a `slot…` name ("Office phone").
   */
  securityInfoRemoved: (what: string) => `${what} removed.`,
  /** `<mfa-security-info>`: heading (h3) of the phones section. */
  securityInfoPhonesTitle: 'Phones',
  /** `<mfa-security-info>`: heading (h3) of the authenticator apps section. */
  securityInfoAppsTitle: 'Authenticator apps',
  /** `<mfa-security-info>`: heading (h3) of the app passwords section. */
  securityInfoAppPasswordsTitle: 'App passwords',
  /**
   * `<mfa-security-info>`: heading (h3) of the steps shown when an
   * administrator requires the user to register their methods again.
   */
  securityInfoRegisterAgainTitle: 'Register your sign-in methods again',
  /**
   * `<mfa-security-info>`: under `securityInfoRegisterAgainTitle`. "Change"
   * is the phone editor's button (`phoneEditorChange`): keep the same word.
   */
  securityInfoRegisterAgainExplain:
    'Your administrator has asked you to provide your contact methods again, for example after a phone was lost. Set up at least one of the methods below; the rest of your security info appears once you have. If a phone listed below is still yours, select Change and enter the same number to confirm it with a new code.',
  /**
   * `<mfa-security-info>`: status line, which takes the focus, when registering again
   * is done and the usual page returns. `what`: a `slot…` name or `authenticatorLabel`.
   */
  securityInfoRegisteredAgain: (what: string) => `${what} confirmed. You have registered your sign-in methods again.`,
  /**
   * `<mfa-security-info>`: status line when the app set-up in the register-again steps
   * was cancelled; it starts afresh. `what`: `authenticatorLabel` ("Authenticator app").
   */
  securityInfoSetupCancelled: (what: string) => `${what} set-up cancelled. You can start it again below.`,
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const securityInfoStrings: StringSource<typeof en> = {
  name: 'security-info',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/security-info.js') },
};
