import { type TemplateResult, html, nothing } from 'lit';
import type { ActionController } from '../../core/action.js';
import { isMfaError } from '../../core/errors.js';
import { type Localizer, failureAlert, sentences } from '../../core/localize.js';

// biome-ignore lint/suspicious/noExplicitAny: any action, whatever its arguments and result
type AnyAction = ActionController<any[], unknown>;

/** The error an action failed with, as one sentence; `custom` words it for the element first. */
export function actionErrorText(
  action: AnyAction,
  t: Localizer,
  custom?: (error: unknown) => string | undefined,
): string {
  if (action.status !== 'error') return '';
  return custom?.(action.error) ?? t.errorMessage(action.error);
}

/**
 * Progress of an action, for a status region (polite): waiting for the host to confirm the user's
 * sign-in is no failure, so it is not said in an alert.
 */
export const reauthText = (action: AnyAction, t: Localizer): string => (action.status === 'reauth' ? t.term('authReauthPending') : '');

/**
 * A failure a flow keeps in its state, for an alert: `failureAlert` of the action that failed with
 * it (the error's message, and while that action waits out a rate limit, the copy seen in its
 * place). A rate limit's refusal says nothing once its wait is over: the action forgot it, and can
 * be sent again. `lead`: what did not happen, said first.
 */
export function failureText(error: unknown, actions: AnyAction[], t: Localizer, lead?: string): { text: string; countdown?: string } {
  if (!isMfaError(error, 'rate-limited')) return { text: sentences(lead ?? '', t.errorMessage(error)) };
  const action = actions.find((candidate) => candidate.error === error);
  return action ? failureAlert(t, action, lead) : { text: '' };
}

/** Whether the alert counts down this action's refusal: `alerted` is the error it shows. */
const alertCounts = (action: AnyAction, alerted: unknown): boolean => action.rateLimited && action.error === alerted;

/**
 * What stops an action from being sent right now, as text that is not a live region (a countdown
 * announced every second would drown everything else): offline, or a rate limit's wait, unless
 * `alerted`, the error the alert shows, is the action's refusal: the alert counts that wait down
 * (`#wait`, which describes the button too). `id` is the hint's, which describes the button it
 * stops: each hint a shadow root can show at once needs its own.
 */
export function actionBlockedHint(action: AnyAction, t: Localizer, alerted?: unknown, id = 'blocked'): TemplateResult | typeof nothing {
  if (action.offline) return html`<p class="hint" id=${id}>${t.term('offline')}</p>`;
  const wait = alertCounts(action, alerted) ? 0 : action.retryAfterSeconds;
  if (wait > 0) return html`<p class="hint" id=${id}>${t.format('retryIn', t.duration(wait))}</p>`;
  return nothing;
}

/**
 * What describes a button that sends `action`: its hint (`#blocked`), and the alert's countdown
 * (`#wait`) while the alert counts down the action's own refusal (`alerted`, as for `actionBlockedHint`).
 */
export const blockedBy = (action: AnyAction, alerted?: unknown): string => (alertCounts(action, alerted) ? 'blocked wait' : 'blocked');

/** The endpoint refused with this `conflict` reason. */
export function isConflict(error: unknown, reason: string): boolean {
  return isMfaError(error, 'conflict') && error.reason === reason;
}
