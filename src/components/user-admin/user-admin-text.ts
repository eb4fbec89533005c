/**
 * The words of `<mfa-user-admin>` for each action and failure, and how it reads the endpoint's
 * refusal: pure functions of the localizer.
 */
import { isMfaError } from '../../core/errors.js';
import { type Localizer, isolateName, keyOf } from '../../core/localize.js';
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
  // Each action's strings are named by the action in PascalCase after `userAdmin` (its name; its hint
  // adds `Hint`), `userAdminConfirm` and `userAdminRun`; the last action's leave out "remembered".
  // The types check that each key is there.
  const id = action === 'restore-remembered-devices' ? 'restore-devices' : action;
  const name = keyOf('userAdmin', id);
  return {
    name: l.term(name),
    hint: l.term(`${name}Hint`),
    confirm: (n, f) => l.format(keyOf('userAdminConfirm', id), n, f),
    run: l.term(keyOf('userAdminRun', id)),
  };
}

export function reasonText(l: Localizer, reason: FailureReason | undefined): string {
  // Each reason has its string, `userAdminReason` and the reason in PascalCase; none is the server's.
  return l.term(keyOf('userAdminReason', reason ?? 'server'));
}

/** The most names listed by name; past that, a count. */
const NAMES_SHOWN = 5;

/** Who is selected: their names when few ("Adele, Chen and Dana"), else how many. */
export function selectedText(l: Localizer, users: readonly AdminUser[]): string {
  if (users.length > NAMES_SHOWN) return l.count('userAdminSelectedCount', users.length);
  return l.format('userAdminSelectedNames', l.list(listedNames(l, users), 'conjunction'));
}

/**
 * The users' names as listed, each told apart: a name two users share (as it reads: spaces around
 * it aside) is followed by each one's id ("John Smith (jsmith2)"), and a user with no name is listed
 * by their id.
 */
export function listedNames(l: Localizer, users: readonly AdminUser[]): string[] {
  // A host without types may give no name at all.
  const read = (user: AdminUser) => (user.displayName ?? '').trim();
  const count = new Map<string, number>();
  for (const user of users) count.set(read(user), (count.get(read(user)) ?? 0) + 1);
  return users.map((user) =>
    !read(user)
      ? user.id
      : count.get(read(user))! > 1
        ? l.format('userAdminNameWithId', isolateName(read(user)), user.id)
        : user.displayName,
  );
}

/** The endpoint refused the whole request because the caller is not an administrator (403 `not-admin`). */
export function isNotAdmin(error: unknown): boolean {
  return isMfaError(error, 'forbidden') && error.reason === 'not-admin';
}
