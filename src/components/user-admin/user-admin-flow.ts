/**
 * The steps of an administrator action in `<mfa-user-admin>`, as a pure state machine, and the
 * pure rules around it (merging results, the summary, batches).
 *
 * choose ─review→ confirm ─run→ running ─answered→ results ─retry-failed→ running ─answered→ results
 *                                                            (the failures a new try may clear)
 *   ↑         └─cancel─┘            └─failed→ back where it came from (confirm or results, with the
 *   │                                         results answered before it failed), nothing lost
 *   └──────────────────────────────────────────── start-over ─┘
 *
 * The users are a snapshot taken when the admin reviewed the action: the confirmation named them,
 * so a host changing its selection meanwhile does not change what runs.
 */
import type { AdminAction, AdminActionResult, AdminUserResult } from '../../core/types.js';

/** A user the host selected. */
export interface AdminUser {
  id: string;
  displayName: string;
}

/**
 * Why one user's action failed; `missing`: the endpoint's answer left the user out; `stopped`: the
 * admin stopped a run of several requests before the user's was sent; `unsent`: a run of several
 * requests ended at one that failed, before the user's was sent.
 */
export type FailureReason = 'not-found' | 'forbidden' | 'server' | 'missing' | 'stopped' | 'unsent';

/**
 * The endpoint's answers to a run; `unsent`: the ids not sent, and why (`stopped` by the admin, or
 * `unsent` after a request that failed).
 */
export type AdminAnswer = AdminActionResult & { unsent?: { ids: readonly string[]; reason: 'stopped' | 'unsent' } };

/** One user's outcome, as the element lists it. */
export interface UserOutcome {
  user: AdminUser;
  status: 'done' | 'failed';
  reason?: FailureReason;
}

export type AdminState =
  | { step: 'choose' }
  | { step: 'confirm'; action: AdminAction; users: AdminUser[] }
  | { step: 'running'; action: AdminAction; users: AdminUser[]; targets: AdminUser[]; previous?: UserOutcome[] }
  | { step: 'results'; action: AdminAction; users: AdminUser[]; outcomes: UserOutcome[] };

export type AdminEvent =
  | { type: 'review'; action: AdminAction; users: AdminUser[] }
  | { type: 'cancel' }
  | { type: 'run' }
  | { type: 'answered'; answer: AdminAnswer }
  | { type: 'failed'; results?: readonly AdminUserResult[] }
  | { type: 'retry-failed' }
  | { type: 'start-over' };

export const CHOOSE: AdminState = { step: 'choose' };

/** The most user ids one request may carry (the protocol's `maxItems`). */
export const MAX_USERS_PER_REQUEST = 100;

/** The users once each, in the host's order (the protocol wants unique ids). */
export function uniqueUsers(users: readonly AdminUser[]): AdminUser[] {
  const seen = new Set<string>();
  return users.filter((user) => !seen.has(user.id) && seen.add(user.id));
}

export function transition(state: AdminState, event: AdminEvent): AdminState {
  switch (event.type) {
    case 'review': {
      const users = uniqueUsers(event.users);
      return state.step === 'choose' && users.length > 0 ? { step: 'confirm', action: event.action, users } : state;
    }
    case 'cancel':
      return state.step === 'confirm' ? CHOOSE : state;
    case 'run':
      return state.step === 'confirm' ? { step: 'running', action: state.action, users: state.users, targets: state.users } : state;
    case 'retry-failed': {
      if (state.step !== 'results') return state;
      const failed = state.outcomes.filter(retryable).map((o) => o.user);
      if (failed.length === 0) return state;
      return { step: 'running', action: state.action, users: state.users, targets: failed, previous: state.outcomes };
    }
    case 'answered':
      if (state.step !== 'running') return state;
      return {
        step: 'results',
        action: state.action,
        users: state.users,
        outcomes: mergeOutcomes(state.previous, state.targets, event.answer.results, event.answer.unsent),
      };
    case 'failed': {
      if (state.step !== 'running') return state;
      if (!state.previous) return { step: 'confirm', action: state.action, users: state.users };
      // Back at the results, with those of the users answered before the run failed (told the host).
      const answered = new Set(event.results?.map((r) => r.userId));
      const targets = state.targets.filter((t) => answered.has(t.id));
      return { step: 'results', action: state.action, users: state.users, outcomes: mergeOutcomes(state.previous, targets, event.results ?? []) };
    }
    case 'start-over':
      return state.step === 'results' || state.step === 'confirm' ? CHOOSE : state;
  }
}

/**
 * A failure a new try may clear: the server's, or a user it did not report on. A user who does not
 * exist, or whom the administrator may not change, fails the same way again: not retried.
 */
export function retryable(outcome: UserOutcome): boolean {
  return outcome.status === 'failed' && outcome.reason !== 'not-found' && outcome.reason !== 'forbidden';
}

/** A user's outcome from the endpoint's result for them. */
function outcomeOf(user: AdminUser, result: AdminUserResult): UserOutcome {
  if (result.status === 'done') return { user, status: 'done' };
  const code = result.error?.code;
  return { user, status: 'failed', reason: code === 'not-found' || code === 'forbidden' ? code : 'server' };
}

/**
 * The outcome of every targeted user from the endpoint's answer, in place of their earlier outcome
 * (a retry), the others kept. A user the answer leaves out counts as failed (`missing`, or the
 * reason of `unsent` when among its ids, not sent): never dropped. A result for a user nobody asked
 * about is listed too, under its id.
 */
export function mergeOutcomes(
  previous: readonly UserOutcome[] | undefined,
  targets: readonly AdminUser[],
  results: readonly AdminUserResult[],
  unsent?: AdminAnswer['unsent'],
): UserOutcome[] {
  const byId = new Map(results.map((r) => [r.userId, r]));
  const notSent = new Set(unsent?.ids);
  const fresh = (user: AdminUser): UserOutcome => {
    const result = byId.get(user.id);
    return result ? outcomeOf(user, result) : { user, status: 'failed', reason: notSent.has(user.id) ? unsent!.reason : 'missing' };
  };
  const targeted = new Set(targets.map((t) => t.id));
  const base = previous ?? targets.map((user) => ({ user, status: 'failed' as const }));
  const merged = base.map((outcome) => (targeted.has(outcome.user.id) ? fresh(outcome.user) : outcome));
  const known = new Set(merged.map((o) => o.user.id));
  for (const result of results) {
    if (known.has(result.userId)) continue;
    known.add(result.userId);
    merged.push(outcomeOf({ id: result.userId, displayName: result.userId }, result));
  }
  return merged;
}

export interface Summary {
  total: number;
  done: number;
  failed: number;
}

export function summarize(outcomes: readonly UserOutcome[]): Summary {
  const done = outcomes.filter((o) => o.status === 'done').length;
  return { total: outcomes.length, done, failed: outcomes.length - done };
}

/** Splits ids into requests the protocol accepts. */
export function batches<T>(items: readonly T[], size = MAX_USERS_PER_REQUEST): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
