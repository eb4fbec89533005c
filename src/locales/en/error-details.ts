import type { StringSource } from '../../core/localize.js';

/**
 * English messages for errors that only some requests can answer: a wrong or expired code (phone
 * editor, enrollment) and the conflicts with a reason of their own (removing what the default
 * method uses, a name in use, a limit, an answer whose secret is gone). The elements that send
 * those requests register this table; for any other element such an error gets the general
 * message of its code. Keys are `error` and the code or conflict reason in PascalCase (`Localizer`
 * finds them by that rule).
 */
const en = {
  errorInvalidCode: 'That code is not right. Check it and try again.',
  errorInvalidCodeAttempts: (attemptsLeft: number, formatted: string) =>
    attemptsLeft === 0
      ? 'That code is not right, and no tries are left. Ask for a new code.'
      : attemptsLeft === 1
        ? 'That code is not right. You have 1 more try.'
        : `That code is not right. You have ${formatted} more tries.`,
  errorExpired: 'This code has expired. Ask for a new one.',
  errorBacksDefaultMethod:
    'This is used by your default sign-in method. Choose another default method first.',
  errorDuplicateName: 'That name is already in use. Choose another one.',
  errorLimitReached: 'You have reached the limit. Remove one before adding another.',
  errorSecretGone: 'An earlier try of this went through, but its result can no longer be shown. Reload to see where things stand, then try again.',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const errorDetailStrings: StringSource<typeof en> = {
  name: 'error-details',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/error-details.js') },
};
