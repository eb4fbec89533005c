/** Administrator actions: one result per user. Only administrators may call them. */
import type { AdminAction, AdminActionResult, AdminUserResult } from '../../src/core/types.js';
import { errors, jsonResponse } from '../http.js';
import type { UserRecord } from '../store.js';
import type { Operation } from './shared.js';

const ACTIONS: Record<AdminAction, (target: UserRecord, now: number) => void> = {
  // Cleared when the user next proves a phone or activates an authenticator.
  'require-register-again': (target) => {
    target.mustRegisterAgain = true;
  },
  'delete-app-passwords': (target) => {
    target.appPasswords = [];
  },
  // Remembered devices live in the sign-in service; the reference only records when this was asked.
  'restore-remembered-devices': (target, now) => {
    target.rememberedDevicesRestoredAt = now;
  },
};

export const runAdminAction: Operation = (context) => {
  const { store, user, body, now } = context;
  if (!user.isAdmin) throw errors.forbidden('not-admin', 'Only administrators may run this action.');
  const action = body.action as AdminAction;
  const results: AdminUserResult[] = (body.userIds as string[]).map((userId) => {
    const target = store.users.get(userId);
    if (!target) return { userId, status: 'failed', error: { code: 'not-found', message: 'No such user.' } };
    ACTIONS[action](target, now);
    return { userId, status: 'done' };
  });
  context.recordSideEffect();
  const result: AdminActionResult = { action, results };
  return jsonResponse(200, result);
};
