/**
 * What every operation of the reference endpoint receives, and the views that turn store records
 * into protocol objects (where numbers get masked and secrets stay behind).
 */
import type {
  AppPassword,
  Authenticator,
  DeliveryChannel,
  Enrollment,
  EnrollmentStatus,
  MethodId,
  Phone,
  PhoneSlot,
} from '../../src/core/types.js';
import { typedName } from '../../src/core/names.js';
import { errors } from '../http.js';
import { maskPhoneNumber } from '../phone.js';
import {
  type AppPasswordRecord,
  type AuthenticatorRecord,
  type EnrollmentRecord,
  type PhoneRecord,
  type Store,
  type UserRecord,
  registeredMethods,
} from '../store.js';

/** The endpoint's tunable rules. */
export interface EndpointConfig {
  /** A change needs a sign-in younger than this. */
  reauthMaxAgeSeconds: number;
  appPasswordLimit: number;
  codeLength: number;
  codeTtlSeconds: number;
  resendIntervalSeconds: number;
  /**
   * Codes (texts and calls, every slot) one user may be sent in an hour: bounds the guesses at
   * codes, and what a stolen session can spend on texts and calls.
   */
  maxCodesPerHour: number;
  /**
   * Authenticator set-ups one user may start in an hour (both kinds): each start makes a secret,
   * and a push app's activation code, so this bounds how many a stolen session can make.
   */
  maxEnrollmentStartsPerHour: number;
  maxAttempts: number;
  enrollmentTtlSeconds: number;
  /** The longest a code app's set-up waits, however often it is read (see `getEnrollment`). */
  enrollmentMaxLifeSeconds: number;
  /** Where a push app is told to activate itself (simulated). */
  pushActivationUrl: string;
}

export const DEFAULT_CONFIG: EndpointConfig = {
  reauthMaxAgeSeconds: 900,
  appPasswordLimit: 40,
  codeLength: 6,
  codeTtlSeconds: 300,
  resendIntervalSeconds: 30,
  maxCodesPerHour: 10,
  maxEnrollmentStartsPerHour: 10,
  maxAttempts: 5,
  enrollmentTtlSeconds: 600,
  enrollmentMaxLifeSeconds: 7200,
  pushActivationUrl: 'https://push.contoso.example/activate',
};

export interface OperationContext {
  store: Store;
  config: EndpointConfig;
  /** The signed-in caller. Operations only ever touch this user's records (admin actions aside). */
  user: UserRecord;
  /** The endpoint clock, in milliseconds. */
  now: number;
  /** Path parameters, already decoded. */
  params: Record<string, string>;
  /**
   * The host of the page the request came from: its `Origin` header's, else the request's own (an
   * endpoint on the portal's origin). A text message names it for WebOTP (see `sendCode`).
   */
  pageHost: string;
  /** The request body, already validated against the operation's schema. */
  // biome-ignore lint/suspicious/noExplicitAny: validated against the operation's request schema before any operation reads it
  body: any;
  /** Records a committed change for the side-effect log. */
  recordSideEffect(): void;
  /**
   * Says the answer carries a secret shown once: a retry with the same Idempotency-Key gets it
   * again only while `stillCurrent(now)` holds, and for ten minutes at most.
   */
  answerCarriesSecret(stillCurrent: (now: number) => boolean): void;
}

export type Operation = (context: OperationContext) => Response | Promise<Response>;

export const iso = (ms: number): string => new Date(ms).toISOString();

const HOUR_MS = 3_600_000;

/**
 * An hourly limit per user (a sliding hour): `times` holds, by user id, when each counted action of
 * the last hour happened. Answers when the user may act again: now while fewer than `max` happened
 * in the hour, else when the oldest of them is an hour old. Forgets the user's older times.
 */
export function hourlyLimitEnds(times: Map<string, number[]>, userId: string, now: number, max: number): number {
  const recent = (times.get(userId) ?? []).filter((at) => at > now - HOUR_MS);
  times.set(userId, recent);
  return recent.length < max ? now : (recent[0] ?? now) + HOUR_MS;
}

/** Refuses (429 `rate-limited`, with Retry-After) until `until`, when that is later than `now`. */
export function refuseUntil(until: number, now: number, message: string): void {
  const waitMs = until - now;
  if (waitMs > 0) throw errors.rateLimited(Math.ceil(waitMs / 1000), message);
}

export function phoneView(slot: PhoneSlot, record: PhoneRecord): Phone {
  const phone: Phone = { slot, maskedNumber: maskPhoneNumber(record.number), verifiedAt: iso(record.verifiedAt) };
  if (record.extension !== undefined) phone.extension = record.extension;
  if (record.region !== undefined) phone.region = record.region;
  return phone;
}

export function authenticatorView(record: AuthenticatorRecord): Authenticator {
  return {
    id: record.id,
    kind: record.kind,
    name: record.name,
    createdAt: iso(record.createdAt),
    lastUsedAt: record.lastUsedAt === null ? null : iso(record.lastUsedAt),
  };
}

export function appPasswordView(record: AppPasswordRecord): AppPassword {
  return {
    id: record.id,
    name: record.name,
    createdAt: iso(record.createdAt),
    lastUsedAt: record.lastUsedAt === null ? null : iso(record.lastUsedAt),
  };
}

export function enrollmentStatus(record: EnrollmentRecord, now: number): EnrollmentStatus {
  if (record.status === 'pending' && (now >= record.expiresAt || record.attemptsLeft <= 0)) return 'expired';
  return record.status;
}

/** An enrollment without its set-up data: the secret is only ever in the answer that starts it. */
export function enrollmentView(record: EnrollmentRecord, user: UserRecord, now: number): Enrollment {
  const view: Enrollment = {
    enrollmentId: record.id,
    kind: record.kind,
    name: record.name,
    status: enrollmentStatus(record, now),
    expiresAt: iso(record.expiresAt),
  };
  const authenticator = user.authenticators.find((item) => item.id === record.authenticatorId);
  if (authenticator) view.authenticator = authenticatorView(authenticator);
  return view;
}

/**
 * Names are saved as a list shows them: composed (NFC), each run of white space or control
 * characters (a tab, a line break, a NUL) one space, trimmed; 1 to 64 characters remain (the
 * schema already refused blank names and longer ones as sent), with a letter, digit, punctuation or
 * symbol among them: a name of format characters alone (a zero-width space) shows as a blank row,
 * whose buttons could not be told apart.
 */
export function cleanName(name: string): string {
  // The elements' own rule, so what they send and count is what is saved.
  const clean = typedName(name);
  if (!/[\p{L}\p{N}\p{P}\p{S}]/u.test(clean)) throw errors.validation([{ field: 'name', reason: 'invalid' }], 'A name needs a visible character.');
  return clean;
}

/**
 * Characters a name may hold that change nothing of how it looks: zero-width spaces and joiners of
 * words, direction marks, embeddings and isolates, a soft hyphen (not the joiners of letters and
 * emoji, which change how they look).
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

/** What two names that look the same have in common: a saved name (`cleanName`) without its invisible characters, in lower case. */
export const nameKey = (name: string): string => name.replace(INVISIBLE, '').toLocaleLowerCase();

/**
 * Names are unique per user among their kind (authenticator apps, app passwords), whatever the
 * case and the invisible characters in them (`nameKey`), so that two rows of a list (and their
 * Rename, Remove or Revoke buttons) can be told apart: 409 `duplicate-name` otherwise. `exceptId`:
 * the record being renamed.
 */
export function assertUniqueName(items: readonly { id: string; name: string }[], name: string, exceptId?: string): void {
  const key = nameKey(name);
  const taken = items.some((item) => item.id !== exceptId && nameKey(item.name) === key);
  if (taken) throw errors.conflict('duplicate-name', 'Another one of the same kind (authenticator app, app password) has this name.');
}

/** The methods a new registration brings, in the order a sensible default is picked. */
export function methodsBroughtBy(kind: PhoneSlot | 'totp' | 'push'): MethodId[] {
  switch (kind) {
    case 'mobile':
      return ['text-mobile', 'call-mobile'];
    case 'alternate':
      return ['call-alternate'];
    case 'office':
      return ['call-office'];
    case 'totp':
      return ['app-code'];
    case 'push':
      return ['app-notification', 'app-code'];
  }
}

/**
 * After a registration, a user with no default, or with one the registration took away (a mobile
 * phone changed to a fixed line, which takes no texts), gets one, so `defaultMethod` is null only
 * while nothing is registered: a method the registration brings that the user can use, else the
 * first they can. For a phone, the way its code reached the user comes first: a number proven by a
 * call gets a call (the user asked for one, and it may be a fixed line). An administrator's
 * "register again" requirement is met.
 */
export function afterRegistration(user: UserRecord, kind: PhoneSlot | 'totp' | 'push', channel?: DeliveryChannel): void {
  user.mustRegisterAgain = false;
  const usable = registeredMethods(user);
  if (user.defaultMethod === null || !usable.includes(user.defaultMethod)) {
    const brought = methodsBroughtBy(kind).filter((method) => usable.includes(method));
    user.defaultMethod =
      (channel === 'call' ? brought.find((method) => method.startsWith('call-')) : undefined) ?? brought[0] ?? usable[0] ?? null;
  }
}
