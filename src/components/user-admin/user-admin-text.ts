/**
 * The words of `<mfa-user-admin>` for each action and failure, and how it reads the endpoint's
 * refusal: pure functions of the localizer.
 */
import { isMfaError } from '../../core/errors.js';
import type { Localizer } from '../../core/localize.js';
import type { AdminAction } from '../../core/types.js';
import type { AdminUser, FailureReason } from './user-admin-flow.js';

/**
 * `no-users`: the host selected nobody, the actions are disabled; `choose`: choosing an action;
 * `confirm`: asked to confirm; `running`: the request is in flight; `done`: every user done;
 * `partial`: at least one user failed (listed with the reason); `not-admin`: the caller is not an
 * administrator; `error`: the request failed as a whole (the choice is kept), or no client.
 */
export type UserAdminStatus = 'no-users' | 'choose' | 'confirm' | 'running' | 'done' | 'partial' | 'not-admin' | 'error';

/** The actions, in the order the element offers them. */
export const ADMIN_ACTIONS = [
  'require-register-again',
  'delete-app-passwords',
  'restore-remembered-devices',
] as const satisfies readonly AdminAction[];

export interface ActionTexts {
  name: string;
  hint: string;
  /** The confirmation: what will happen, and to how many users. */
  confirm: (count: number, formatted: string) => string;
  /** The label of the button that runs it. */
  run: string;
}

export function actionTexts(l: Localizer, action: AdminAction): ActionTexts {
  switch (action) {
    case 'require-register-again':
      return {
        name: l.term('userAdminRequireRegisterAgain'),
        hint: l.term('userAdminRequireRegisterAgainHint'),
        confirm: (n, f) => l.format('userAdminConfirmRequireRegisterAgain', n, f),
        run: l.term('userAdminRunRequireRegisterAgain'),
      };
    case 'delete-app-passwords':
      return {
        name: l.term('userAdminDeleteAppPasswords'),
        hint: l.term('userAdminDeleteAppPasswordsHint'),
        confirm: (n, f) => l.format('userAdminConfirmDeleteAppPasswords', n, f),
        run: l.term('userAdminRunDeleteAppPasswords'),
      };
    case 'restore-remembered-devices':
      return {
        name: l.term('userAdminRestoreDevices'),
        hint: l.term('userAdminRestoreDevicesHint'),
        confirm: (n, f) => l.format('userAdminConfirmRestoreDevices', n, f),
        run: l.term('userAdminRunRestoreDevices'),
      };
  }
}

export function reasonText(l: Localizer, reason: FailureReason | undefined): string {
  switch (reason) {
    case 'not-found':
      return l.term('userAdminReasonNotFound');
    case 'forbidden':
      return l.term('userAdminReasonForbidden');
    case 'missing':
      return l.term('userAdminReasonMissing');
    default:
      return l.term('userAdminReasonServer');
  }
}

/** The most names listed by name; past that, a count. */
const NAMES_SHOWN = 5;

/** Who is selected: their names when few ("Adele, Chen and Dana"), else how many. */
export function selectedText(l: Localizer, users: readonly AdminUser[]): string {
  if (users.length > NAMES_SHOWN) return l.format('userAdminSelectedCount', users.length, l.number(users.length));
  const names = new Intl.ListFormat(l.locale, { type: 'conjunction' }).format(users.map((u) => u.displayName));
  return l.format('userAdminSelectedNames', names);
}

/** The endpoint refused the whole request because the caller is not an administrator (403 `not-admin`). */
export function isNotAdmin(error: unknown): boolean {
  return isMfaError(error) && error.code === 'forbidden' && error.reason === 'not-admin';
}
