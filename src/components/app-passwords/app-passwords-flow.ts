/**
 * What `<mfa-app-passwords>` shows beside its list, as a pure state machine, plus the small pure
 * rules it follows (name validation, the limit, how a password is grouped for reading).
 *
 * list ─ask-revoke→ confirm-revoke ─cancel-revoke / revoked→ list
 *  └─created→ shown (copy: idle → copied | manual) ─done→ list
 *
 * The password itself is never part of this state: a private field keeps it (`app-passwords-shown.ts`), so no
 * snapshot of the state (a story, a log, devtools on a reactive property) can carry it.
 */
import type { AppPassword } from '../../core/types.js';

/** `copied`: the clipboard took it; `manual`: the browser refused, the user copies by hand. */
export type CopyState = 'idle' | 'copied' | 'manual';

export type AppPasswordsView =
  | { step: 'list' }
  | { step: 'confirm-revoke'; item: AppPassword }
  | { step: 'shown'; appPassword: AppPassword; copy: CopyState };

export type AppPasswordsEvent =
  | { type: 'created'; appPassword: AppPassword }
  | { type: 'copied' }
  | { type: 'copy-refused' }
  | { type: 'done' }
  | { type: 'ask-revoke'; item: AppPassword }
  | { type: 'cancel-revoke' }
  | { type: 'revoked'; id: string };

export const LIST: AppPasswordsView = { step: 'list' };

export function transition(view: AppPasswordsView, event: AppPasswordsEvent): AppPasswordsView {
  switch (event.type) {
    case 'created':
      // A new password always comes to the front: it is the one thing the user must not miss.
      return { step: 'shown', appPassword: event.appPassword, copy: 'idle' };
    case 'copied':
      return view.step === 'shown' ? { ...view, copy: 'copied' } : view;
    case 'copy-refused':
      return view.step === 'shown' ? { ...view, copy: 'manual' } : view;
    case 'done':
      return view.step === 'shown' ? LIST : view;
    case 'ask-revoke':
      // The shown password stays until the user says Done: nothing replaces it.
      return view.step === 'shown' ? view : { step: 'confirm-revoke', item: event.item };
    case 'cancel-revoke':
      return view.step === 'confirm-revoke' ? LIST : view;
    case 'revoked':
      return view.step === 'confirm-revoke' && view.item.id === event.id ? LIST : view;
  }
}

export type LimitLevel = 'ok' | 'near' | 'full';

export interface LimitState {
  used: number;
  limit: number;
  remaining: number;
  level: LimitLevel;
}

/**
 * Where the user stands against the endpoint's limit. "Near" is the last tenth of the limit (at
 * least the last one), so a notice comes before the create form is refused.
 */
export function limitState(used: number, limit: number): LimitState {
  const remaining = Math.max(0, limit - used);
  const nearFrom = Math.max(1, Math.floor(limit / 10));
  const level: LimitLevel = remaining === 0 ? 'full' : remaining <= nearFrom ? 'near' : 'ok';
  return { used, limit, remaining, level };
}

/** The password in groups of four for reading (`abcd efgh ijkl mnop`); spaces are not part of it. */
export function groupPassword(password: string): string[] {
  // Whitespace goes first, line breaks with it (which `.` does not match): groups of four, the last of one to four.
  return password.replace(/\s+/g, '').match(/.{1,4}/g) ?? [];
}
