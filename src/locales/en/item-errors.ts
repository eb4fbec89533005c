import type { StringSource } from '../../core/localize.js';

/**
 * English messages of the elements that create or rename something (an authenticator app, an app
 * password): a name too long, and the conflicts of those requests (a name in use, a limit reached,
 * an answer whose secret is gone). Those elements register this table (see en/error-details.ts for
 * the other errors): the phone editor, which names nothing, does without it. The conflicts' keys are
 * `error` and the reason in PascalCase (`Localizer` finds them by that rule).
 */
const en = {
  nameTooLong: (_max: number, formatted: string) => `Use ${formatted} characters or fewer.`,
  errorDuplicateName: 'That name is already in use. Choose another one.',
  errorLimitReached: 'You have reached the limit. Remove one before adding another.',
  errorSecretGone: 'An earlier try of this went through, but its result can no longer be shown. Reload to see where things stand, then try again.',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const itemErrorStrings: StringSource<typeof en> = {
  name: 'item-errors',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/item-errors.js') },
};
