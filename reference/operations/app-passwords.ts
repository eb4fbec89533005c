/**
 * App passwords: list, create (the password is answered once), revoke.
 *
 * Only a SHA-256 hash of each password is stored. A fast hash is acceptable here, unlike for
 * user-chosen passwords: an app password is 16 random letters from the server (26^16, about 75
 * bits of entropy), so there is no dictionary to try and brute force over the whole space is out
 * of reach even at billions of guesses per second. Slow hashes (PBKDF2, Argon2) exist to protect
 * low-entropy human secrets; a host may still use one if its policy says so.
 */
import type { AppPasswordList, CreatedAppPassword } from '../../src/core/types.js';
import { emptyResponse, errors, jsonResponse } from '../http.js';
import { type AppPasswordRecord, newId } from '../store.js';
import { constantTimeEqual } from '../totp.js';
import { type Operation, appPasswordView, assertUniqueName, cleanName } from './shared.js';

export const APP_PASSWORD_LENGTH = 16;

/** 16 random lowercase letters, without modulo bias. */
export function generateAppPassword(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let out = '';
  while (out.length < APP_PASSWORD_LENGTH) {
    for (const byte of crypto.getRandomValues(new Uint8Array(APP_PASSWORD_LENGTH))) {
      // 234 = 9 * 26: bytes at or above it would favour the first letters.
      if (byte < 234 && out.length < APP_PASSWORD_LENGTH) out += letters[byte % 26];
    }
  }
  return out;
}

/** Hex SHA-256 of a password. */
export async function hashAppPassword(password: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(password));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether a password matches a stored record (what an app's sign-in would check). */
export async function verifyAppPassword(record: AppPasswordRecord, password: string): Promise<boolean> {
  return constantTimeEqual(record.passwordHash, await hashAppPassword(password));
}

export const listAppPasswords: Operation = ({ user, config }) => {
  const list: AppPasswordList = { items: user.appPasswords.map(appPasswordView), limit: config.appPasswordLimit };
  return jsonResponse(200, list);
};

export const createAppPassword: Operation = async (context) => {
  const { user, config, now, body } = context;
  if (!user.policy.appPasswordsAllowed) throw errors.forbidden('policy', 'The policy does not allow app passwords.');
  if (user.appPasswords.length >= config.appPasswordLimit) {
    throw errors.conflict('limit-reached', 'The limit of app passwords is reached. Revoke one first.');
  }
  const name = cleanName(body.name);
  assertUniqueName(user.appPasswords, name);
  const password = generateAppPassword();
  const record: AppPasswordRecord = {
    id: newId('apw'),
    name,
    createdAt: now,
    lastUsedAt: null,
    passwordHash: await hashAppPassword(password),
  };
  user.appPasswords.push(record);
  context.recordSideEffect();
  context.answerCarriesSecret(() => user.appPasswords.includes(record));
  const created: CreatedAppPassword = { appPassword: appPasswordView(record), password };
  return jsonResponse(201, created);
};

export const revokeAppPassword: Operation = (context) => {
  const { user, params } = context;
  const index = user.appPasswords.findIndex((item) => item.id === params.appPasswordId);
  if (index < 0) throw errors.notFound('No such app password.');
  user.appPasswords.splice(index, 1);
  context.recordSideEffect();
  return emptyResponse();
};
