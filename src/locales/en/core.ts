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
  /**
   * Name of the phone slot `mobile`, standing alone: `<mfa-phone-editor>`'s title; in `<mfa-security-info>`,
   * an Add dialog option, a step's heading and the `what` of `securityInfoAdded`, `securityInfoRemoved`,
   * `securityInfoRegisteredAgain` (first word in English). Key: `slot` + slot id in PascalCase.
   */
  slotMobile: 'Authentication phone',
  /** Name of the phone slot `alternate`, standing alone; used as `slotMobile` is. */
  slotAlternate: 'Alternate authentication phone',
  /** Name of the phone slot `office`, standing alone; used as `slotMobile` is. */
  slotOffice: 'Office phone',

  /**
   * Fragment: a masked number (`+44 •••• ••• 789`) as screen readers say it, not one "bullet" per hidden digit. `start`:
   * digits before the first hidden one, isolated left to right ("+44"; may be empty); `end`: the last digits, isolated
   * ("789"). Hidden text beside masked numbers; inside `phoneEditorSaved`, `phoneEditorRemoveQuestion`, `phoneEditorSent…`.
   */
  maskedNumberSpoken: (start: string, end: string) => `${start} ending in ${end}`,

  // Shared actions and states.
  /** Every element: the Cancel button of a form, a step, a confirmation or a dialog (visible words). */
  cancel: 'Cancel',
  /**
   * Every element: the "Try again" button beside an alert: after a failed load, a request
   * the host did not re-authenticate, or phone tools that failed to load (visible words).
   */
  retry: 'Try again',
  /** Every element: status line (polite live region, shown) while settings, a list or the phone tools load. */
  loading: 'Loading…',
  /**
   * `<mfa-phone-editor>`, `<mfa-authenticator-list>`, `<mfa-authenticator-enroll>`: status line
   * (polite live region, shown) while the host asks the user to confirm their sign-in again.
   */
  authReauthPending: 'Waiting for you to confirm your sign-in…',

  // Notices.
  /**
   * `<mfa-phone-editor>` (under the text-or-call choice) and `<mfa-method-picker>` (when the policy allows text or call
   * methods): notice, where the policy allows an authenticator app. Followed in the picker by `methodPickerSetUpApp`.
   */
  restrictedMethodNotice:
    'Text messages and phone calls are less secure than an authenticator app. Use an app where you can.',
  /** The notice of `restrictedMethodNotice` where the policy allows no authenticator app: it only warns. */
  restrictedMethodNoAppNotice: 'Text messages and phone calls are a less secure way to sign in.',
  /**
   * Every element: while the browser is offline, said in the status line
   * (polite live region) and shown as a hint beside the button it holds back.
   */
  offline: 'You are offline. You can go on when you are back online; nothing is lost.',
  /** Every element: status line (polite live region) when the browser is online again after `offline`. */
  backOnline: 'You are back online.',
  /**
   * Hint beside a button held back by a rate limit (not live: it counts
   * down). `wait`: the time left, formatted ("30 seconds", "2 minutes").
   */
  retryIn: (wait: string) => `You can try again in ${wait}.`,
  /** Every element: status line (polite live region) once a rate limit's wait is over and the request can be sent again. */
  retryNow: 'You can try again now.',
  /**
   * Every element: error shown in its place when it has no server connection;
   * for the page's developer. Keep `<mfa-provider>` as it is (an element name).
   */
  noClient:
    'This element is not connected to a server. Place it inside <mfa-provider> with an endpoint or a client.',

  // One message per protocol error code (`error` and the code in PascalCase).
  /**
   * Message for the error `network` (the server could not be reached). Error messages are said in the
   * element's alert, most often after what failed ("The code may not have been sent."), or under the field concerned.
   */
  errorNetwork: 'We could not reach the server. Check your connection, then try again.',
  /** Message for the error `timeout` (no answer in time), as `errorNetwork`. */
  errorTimeout: 'The server took too long to answer. Try again.',
  /** Message for the error `validation` (the server refused some fields) where no field says it itself, as `errorNetwork`. */
  errorValidation: 'Some of what you entered is not valid. Check the highlighted fields.',
  /**
   * Message for the error `rate-limited`, in the alert; its visible copy, not live, counts down, as does
   * `<mfa-phone-editor>`'s countdown line. `wait`: the time left, formatted ("30 seconds", "2 minutes").
   */
  errorRateLimited: (wait: string) => `Please wait: you can try again in ${wait}.`,
  /**
   * Message for the error `reauth-required` when the host did not have the user confirm their sign-in;
   * the alert offers `retry` (the phone removal, its Remove), which asks the host again: the host's
   * step-up is what "when asked" means.
   */
  errorReauthRequired: 'For your security, try again and confirm when asked.',
  /** Message for the error `unauthenticated`: the session has ended (HTTP 401), as `errorNetwork`. */
  errorUnauthenticated: 'Your session has ended. Sign in again to continue.',
  /**
   * Message for the error `conflict` whose reason has no message of its
   * own (see en/error-details.ts, en/item-errors.ts), as `errorNetwork`.
   */
  errorConflict: 'This change conflicts with your current settings.',
  /** Message for the error `not-found` (HTTP 404): what the request was about was changed or removed elsewhere. */
  errorNotFound: 'This item no longer exists. It may have been changed somewhere else; reload to see the latest.',
  /** Message for the error `forbidden` (HTTP 403) where the element has no more specific words, as `errorNetwork`. */
  errorForbidden: 'You are not allowed to make this change.',
  /**
   * Message for the error `forbidden` with the reason `csrf`: the page's anti-forgery token was
   * missing or out of date (a sign-in in another tab may have replaced it), as `errorNetwork`.
   */
  errorCsrf: 'This page’s session is out of date. Reload the page, then try again.',
  /**
   * Message for the error `forbidden` with the reason `policy`: the organization's policy does not
   * allow this for the user (it changed after the page read it, so the page offers what it no
   * longer allows until it is reloaded), as `errorNetwork`.
   */
  errorPolicy: 'Your organization’s policy does not allow this for your account. Reload to see what it allows.',
  /** Message for the error `server` (HTTP 5xx), as `errorNetwork`. */
  errorServer: 'Something went wrong on the server. Try again later.',
  /** Message for any other failure: a code outside the protocol (a host's own client), or no protocol error at all. */
  errorUnknown: 'Something went wrong. Try again.',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const coreStrings: StringSource<typeof en> = {
  name: 'core',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/core.js') },
};
