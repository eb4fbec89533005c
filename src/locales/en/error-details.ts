import type { StringSource } from '../../core/localize.js';

/**
 * English messages for errors that only some requests can answer: a wrong or expired code (phone
 * editor, enrollment) and removing what the default method uses (phone editor, authenticator list).
 * The elements that send those requests register this table; for any other element such an error
 * gets the general message of its code. Those of the requests that create or rename something are
 * in en/item-errors.ts. Keys are `error` and the code or conflict reason in PascalCase (`Localizer`
 * finds them by that rule).
 */
const en = {
  /**
   * Message for the error `invalid-code` with no count of tries left: under
   * the code field of `<mfa-phone-editor>` and `<mfa-authenticator-enroll>`.
   */
  errorInvalidCode: 'That code is not right. Check it and try again.',
  /**
   * As `errorInvalidCode`, when the server says how many tries are left. `attemptsLeft` chooses
   * the plural form (0 has its own sentence); `formatted` is it as the locale writes it ("2").
   */
  errorInvalidCodeAttempts: (attemptsLeft: number, formatted: string) =>
    attemptsLeft === 0
      ? 'That code is not right, and no tries are left. Ask for a new code.'
      : attemptsLeft === 1
        ? 'That code is not right. You have 1 more try.'
        : `That code is not right. You have ${formatted} more tries.`,
  /**
   * Message for the error `expired` where the element has no words of its own (`<mfa-phone-editor>`
   * says `phoneEditorExpired`, `<mfa-authenticator-enroll>` `enrollExpired`).
   */
  errorExpired: 'This code has expired. Ask for a new one.',
  /**
   * Message for the conflict `backs-default-method` (the default sign-in method uses what would go)
   * where the element has no words of its own (see `phoneEditorBacksDefault`, `authRemoveBacksDefault`).
   */
  errorBacksDefaultMethod:
    'This is used by your default sign-in method. Choose another default method first.',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const errorDetailStrings: StringSource<typeof en> = {
  name: 'error-details',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/error-details.js') },
};
