import type { StringSource } from '../../core/localize.js';

/**
 * English strings shared by every element: phone names, common actions, notices, and one
 * message per protocol error. (Methods' names are the method picker's: see its table; Save,
 * Saving… and Close, of only some elements, are in en/actions.ts.)
 * The reference: each translation is typed against this table.
 */
const en = {
  // Phone slots. Each key is `slot` and the slot id in PascalCase, as are those of error codes
  // below (`Localizer` finds them by that rule).
  slotMobile: 'Authentication phone',
  slotAlternate: 'Alternate authentication phone',
  slotOffice: 'Office phone',

  // A number the endpoint masked (`+1 ••• ••• ••67`), as screen readers say it: its start and the
  // digits it ends in (a reader would say each hidden digit as "bullet").
  maskedNumberSpoken: (start: string, end: string) => `${start} ending in ${end}`,

  // Shared actions and states.
  cancel: 'Cancel',
  retry: 'Try again',
  loading: 'Loading…',
  authReauthPending: 'Waiting for you to confirm your sign-in…',

  // Notices.
  restrictedMethodNotice:
    'Text messages and phone calls are less secure than an authenticator app. Use an app where you can.',
  restrictedMethodNoAppNotice: 'Text messages and phone calls are a less secure way to sign in.',
  offline: 'You are offline. You can go on when you are back online; nothing is lost.',
  backOnline: 'You are back online.',
  retryIn: (wait: string) => `You can try again in ${wait}.`,
  retryNow: 'You can try again now.',
  noClient:
    'This element is not connected to a server. Place it inside <mfa-provider> with an endpoint or a client.',

  // One message per protocol error code (`error` and the code in PascalCase).
  errorNetwork: 'We could not reach the server. Check your connection, then try again.',
  errorTimeout: 'The server took too long to answer. Try again.',
  errorValidation: 'Some of what you entered is not valid. Check the highlighted fields.',
  errorRateLimited: (wait: string) => `Too many requests. You can try again in ${wait}.`,
  errorReauthRequired: 'For your security, confirm your sign-in before making this change.',
  errorUnauthenticated: 'Your session has ended. Sign in again to continue.',
  errorConflict: 'This change conflicts with your current settings.',
  errorNotFound: 'This item no longer exists. It may have been changed somewhere else; reload to see the latest.',
  errorForbidden: 'You are not allowed to make this change.',
  errorServer: 'Something went wrong on the server. Try again later.',
  errorUnknown: 'Something went wrong. Try again.',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const coreStrings: StringSource<typeof en> = {
  name: 'core',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/core.js') },
};
