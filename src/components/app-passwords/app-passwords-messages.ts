/**
 * What the two regions of `<mfa-app-passwords>` say: progress and confirmations in the status
 * region, what went wrong in the alert region, with its retry button. Functions of what the
 * element and its controllers hold; the regions themselves stay in the element's template.
 */
import { type TemplateResult, html, nothing } from 'lit';
import type { ActionStatus } from '../../core/action.js';
import { copyShortcut } from '../../core/copy-shortcut.js';
import { isMfaError, isUnanswered } from '../../core/errors.js';
import { isConflict } from '../authenticator-list/action-feedback.js';
import { loadRetryButton } from '../../core/load-retry.js';
import { type Failed, type Localizer, failureAlert, isolateName } from '../../core/localize.js';
import type { ResourceStatus } from '../../core/resource.js';
import type { AppPasswordsView } from './app-passwords-flow.js';
import { type AppPasswordsStatus, type Note, isPolicyRefusal, nameFieldError } from './app-passwords-state.js';

/** What the messages read of an action (an `ActionController`). */
interface Action extends Failed {
  status: ActionStatus;
  waitOver: boolean;
}

/** What the messages are made from: the element's state and its controllers. */
export interface MessagesInput {
  status: AppPasswordsStatus;
  hasClient: boolean;
  list: Failed & { status: ResourceStatus };
  create: Action & { offline: boolean };
  revoke: Action;
  view: AppPasswordsView;
  note: Note;
}

/** What the status region says. */
export function statusText(l: Localizer, input: MessagesInput): string {
  const { create, revoke, view, note } = input;
  if (input.status === 'loading') return l.term('loading');
  if (create.status === 'pending') return l.term('appPasswordsCreating');
  if (revoke.status === 'pending') return l.term('appPasswordsRevoking');
  if (create.offline) return l.term('offline');
  if (create.status === 'reauth' || revoke.status === 'reauth') return l.term('appPasswordsReauthWaiting');
  // A note is newer than what the new password's panel said: Copy and Done clear it, and so does the
  // creation, but for a revocation that landed while it was on its way (see `#onCreated`); one that
  // lands while the password is shown is said too.
  if (note?.kind === 'revoked') return l.format('appPasswordsRevoked', isolateName(note.name));
  if (note?.kind === 'gone') return l.format('appPasswordsRevokedElsewhere', isolateName(note.name));
  if (note?.kind === 'back-online') return l.term('backOnline');
  if (view.step === 'shown') {
    if (view.copy === 'copied') return l.term('appPasswordsCopied');
    if (view.copy === 'manual') return l.format('appPasswordsCopyRefused', copyShortcut());
    return l.format('appPasswordsCreatedStatus', isolateName(view.appPassword.name));
  }
  if (create.waitOver || revoke.waitOver) return l.term('retryNow');
  return '';
}

/**
 * What the load's alert says: no client, or the list (and the policy) not loaded. A creation or a
 * revocation has an alert of its own (`actionFailure`): sent or failed again, it changes only its
 * own, and the load's failure, still so, is not said again with it.
 */
export function loadFailure(l: Localizer, input: MessagesInput): { text: string; countdown?: string } {
  if (!input.hasClient) return { text: l.term('noClient') };
  return input.list.status === 'error' ? failureAlert(l, input.list, l.term('appPasswordsLoadFailed')) : { text: '' };
}

/**
 * How a creation or a revocation failed, for their alert; `countdown`: while a rate limit's wait
 * runs, the copy seen in its place, which follows the countdown (see `ActionController.rateLimited`);
 * `of`: the request it is about.
 */
export function actionFailure(l: Localizer, { create, revoke, note }: MessagesInput): { text: string; countdown?: string; of?: Failed } {
  // With no answer, it may be revoked: revoked again, it is answered as gone, which is done. Said
  // before a creation's failure: one with no answer stays said while a revocation is asked for
  // (what to do next), and the revocation's failure is the newer, or was on its way with it.
  if (revoke.status === 'error') {
    return { ...failureAlert(l, revoke, l.term(isUnanswered(revoke.error) ? 'appPasswordsRevokeUnsure' : 'appPasswordsRevokeFailed')), of: revoke };
  }
  // A refused name is said by its field, which takes the focus; a policy refusal, by the notice,
  // which takes it too, but from where the user went meanwhile (`refused`): the alert says it failed
  // then. At the limit, the notice says why (and gets the focus): the alert says what happened alone.
  if (isConflict(create.error, 'limit-reached') || note?.kind === 'refused') return { text: l.term('appPasswordsCreateFailed') };
  if (create.status === 'error' && !isPolicyRefusal(create.error) && !nameFieldError(create.error)) {
    // No answer in time, a connection lost (the request may have arrived: a reset after it, a proxy's
    // drop), or a success answer that cannot be read: the endpoint may have made it. Sent
    // again with the same name, the same request gets its answer, password included (the protocol's
    // idempotency), rather than a second one.
    return { ...failureAlert(l, create, l.term(isUnanswered(create.error) ? 'appPasswordsCreateUnsure' : 'appPasswordsCreateFailed')), of: create };
  }
  return { text: '' };
}

export interface Retries {
  /** Loads the list (and the policy) again. */
  reload: () => void;
  /** Sends the name again. */
  create: (event: Event) => void;
  /** Sends the revocation being confirmed again. */
  revoke: () => void;
}

/** Retry beside the load's alert, when the list could not be loaded. */
export function loadRetry(l: Localizer, input: MessagesInput, retry: Retries): TemplateResult | typeof nothing {
  return input.hasClient && input.list.status === 'error' ? loadRetryButton(l, input.list.rateLimited, retry.reload) : nothing;
}

/** Retry beside the alert of a creation or a revocation, when retrying can help. */
export function actionRetry(l: Localizer, input: MessagesInput, retry: Retries): TemplateResult | typeof nothing {
  const { create, revoke } = input;
  // The host did not step the user up: once the user has signed in again, they retry here.
  const reauth = (error: unknown) => isMfaError(error, 'reauth-required');
  // The revocation's failure first, as the alert says it (see `actionFailure`): the button retries
  // what the alert is about.
  if (revoke.status === 'error') {
    return reauth(revoke.error) && input.view.step === 'confirm-revoke'
      ? html`<button part="button" type="button" @click=${retry.revoke}>${l.term('retry')}</button>`
      : nothing;
  }
  if (create.status === 'error' && reauth(create.error)) {
    return html`<button part="button" type="button" @click=${retry.create}>${l.term('retry')}</button>`;
  }
  return nothing;
}
