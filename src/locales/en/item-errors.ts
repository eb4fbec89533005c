import type { StringSource } from '../../core/localize.js';

/**
 * English messages of the elements that create or rename something (an authenticator app, an app
 * password): a name too long, and the conflicts of those requests (a name in use, a limit reached,
 * an answer whose secret is gone). Those elements register this table (see en/error-details.ts for
 * the other errors): the phone editor, which names nothing, does without it. The conflicts' keys are
 * `error` and the reason in PascalCase (`Localizer` finds them by that rule).
 */
const en = {
  /**
   * Under a name field (device name in `<mfa-authenticator-enroll>`, rename in `<mfa-authenticator-list>`, `<mfa-app-passwords>`)
   * when the name is too long. `_max` (64) chooses the plural form; `formatted` is it as the locale writes it ("64").
   */
  nameTooLong: (_max: number, formatted: string) => `Use ${formatted} characters or fewer.`,
  /**
   * Message for the conflict `duplicate-name`: under the name field (device
   * name, rename, app password name) when another one has that name.
   */
  errorDuplicateName: 'That name is already in use. Choose another one.',
  /**
   * Message for the conflict `limit-reached`: `<mfa-authenticator-enroll>`'s alert when the account has
   * as many authenticator apps as allowed (`<mfa-app-passwords>` says `appPasswordsAtLimit` instead).
   */
  errorLimitReached: 'You have reached the limit. Remove one before adding another.',
  /**
   * Message for the conflict `secret-gone`: a request sent again had gone through, but its secret (a set-up's
   * key, an app password) is no longer kept. In the alert of `<mfa-authenticator-enroll>`, `<mfa-app-passwords>`.
   */
  errorSecretGone: 'An earlier try of this went through, but its result can no longer be shown. Reload to see where things stand, then try again.',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const itemErrorStrings: StringSource<typeof en> = {
  name: 'item-errors',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/item-errors.js') },
};
