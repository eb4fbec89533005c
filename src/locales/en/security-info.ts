import type { StringSource } from '../../core/localize.js';

/**
 * English strings of <mfa-security-info>.
 * The reference: each translation is typed against this table.
 */
const en = {
  // What a re-registration and a cancelled set-up call an authenticator app.
  authenticatorLabel: 'Authenticator app',
  securityInfoTitle: 'Security info',
  securityInfoIntro: 'These are the methods you use to sign in and to prove it is you.',
  securityInfoDefaultIs: 'Default sign-in method:',
  securityInfoNoDefault: 'Not set yet',
  securityInfoChange: 'Change',
  securityInfoChangeNamed: 'Change default sign-in method',
  securityInfoDefaultSaved: 'Your default sign-in method is saved.',
  securityInfoAddMethod: 'Add sign-in method',
  securityInfoReloadFailed: 'What follows may be out of date.',
  securityInfoNothingToAdd: 'You have set up every method your organization allows.',
  securityInfoChooseMethod: 'Which method would you like to add?',
  securityInfoNext: 'Next',
  securityInfoChooseFirst: 'Choose a method first.',
  securityInfoWaitForCheck: 'Wait a moment: the code is being checked.',
  securityInfoCloseAgain: 'Nothing here is saved yet. Close again to discard it.',
  securityInfoAdded: (what: string) => `${what} added.`,
  securityInfoRemoved: (what: string) => `${what} removed.`,
  securityInfoPhonesTitle: 'Phones',
  securityInfoAppsTitle: 'Authenticator apps',
  securityInfoAppPasswordsTitle: 'App passwords',
  securityInfoRegisterAgainTitle: 'Register your sign-in methods again',
  securityInfoRegisterAgainExplain:
    'Your administrator has asked you to provide your contact methods again, for example after a phone was lost. Set up at least one of the methods below; the rest of your security info appears once you have. If a phone is listed below, select Change to confirm it with a new code.',
  securityInfoRegisteredAgain: (what: string) => `${what} confirmed. You have registered your sign-in methods again.`,
  securityInfoSetupCancelled: (what: string) => `${what} set-up cancelled. You can start it again below.`,
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const securityInfoStrings: StringSource<typeof en> = {
  name: 'security-info',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/security-info.js') },
};
