/**
 * How `<mfa-app-passwords>` sums up its state, and how it reads the endpoint's failures: pure
 * functions of what the element's controllers hold.
 */
import type { ActionStatus } from '../../core/action.js';
import { isMfaError } from '../../core/errors.js';
import type { ResourceStatus } from '../../core/resource.js';
import type { AppPasswordList } from '../../core/types.js';
import type { NameProblem } from '../../core/names.js';
import type { AppPasswordsView } from './app-passwords-flow.js';
import { isConflict } from '../authenticator-list/action-feedback.js';

/**
 * `loading`: the list (or the policy) is being read for the first time; `ready`: the list is shown; `empty`: there
 * are no app passwords; `creating` / `revoking`: a request is in flight; `shown`: a new password is
 * on screen; `confirm-revoke`: the user is asked to confirm; `not-allowed`: the policy does not
 * allow app passwords; `error`: loading failed, or no client.
 */
export type AppPasswordsStatus =
  | 'loading'
  | 'ready'
  | 'empty'
  | 'creating'
  | 'shown'
  | 'confirm-revoke'
  | 'revoking'
  | 'not-allowed'
  | 'error';

/**
 * What the status line says until the next change (a revocation landed, back online), or that a
 * creation was refused by the policy while the user was elsewhere in the page (said by the alert).
 */
export type Note = { kind: 'revoked' | 'gone'; name: string } | { kind: 'back-online' } | { kind: 'refused' } | undefined;

/**
 * The element's status from what it holds. `policyKnown`: the policy has been read (or could not
 * be): until then the element is still loading. (Arguments rather than one object: the names of an
 * object's members stay in the minified code.)
 */
export function appPasswordsStatus(
  hasClient: boolean,
  list: { status: ResourceStatus; value: AppPasswordList | undefined },
  view: AppPasswordsView['step'],
  create: ActionStatus,
  revoke: ActionStatus,
  policyKnown: boolean,
  allowed: boolean,
): AppPasswordsStatus {
  if (!hasClient) return 'error';
  if (!list.value) return list.status === 'error' ? 'error' : 'loading';
  if (!policyKnown) return 'loading';
  if (view === 'shown') return 'shown';
  if (create === 'pending') return 'creating';
  if (revoke === 'pending') return 'revoking';
  if (view === 'confirm-revoke') return 'confirm-revoke';
  if (list.status === 'error') return 'error';
  if (!allowed && list.value.items.length === 0) return 'not-allowed';
  return list.value.items.length === 0 ? 'empty' : 'ready';
}

/** The endpoint refused because the policy does not allow app passwords for this user (403 `policy`). */
export function isPolicyRefusal(error: unknown): boolean {
  return isMfaError(error, 'forbidden') && error.reason === 'policy';
}

/** What the endpoint found wrong with the name, if the failure was about it (`taken`: another app password has it). */
export function nameFieldError(error: unknown): NameProblem | 'invalid' | 'taken' | undefined {
  if (isConflict(error, 'duplicate-name')) return 'taken';
  if (!isMfaError(error, 'validation')) return undefined;
  const field = error.fieldErrors.find((f) => f.field === 'name');
  if (!field) return undefined;
  return field.reason === 'required' ? 'empty' : 'invalid';
}
