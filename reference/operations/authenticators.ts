/**
 * Authenticator apps: enrollment (TOTP with a first code, push with a simulated activation),
 * list, rename, delete.
 *
 * Rules for starting a set-up: at most 10 starts by one user in an hour (429 until the oldest of
 * them is an hour old), and at most 5 set-ups waiting at once. Every start makes a secret (and a
 * push app's activation code): a stolen session cannot make them without end.
 */
import type { AuthenticatorKind, AuthenticatorList, Enrollment, EnrollmentStatus } from '../../src/core/types.js';
import { emptyResponse, errors, jsonResponse } from '../http.js';
import { type AuthenticatorRecord, type EnrollmentRecord, type UserRecord, newId, randomDigits, registeredMethods } from '../store.js';
import { base32Decode, base32Encode, buildOtpauthUri, generateSecret, verifyTotp } from '../totp.js';
import {
  type Operation,
  type OperationContext,
  afterRegistration,
  assertUniqueName,
  authenticatorView,
  cleanName,
  enrollmentStatus,
  enrollmentView,
  hourlyLimitEnds,
  methodsBroughtBy,
  nameKey,
  refuseUntil,
} from './shared.js';

export const TOTP_PERIOD = 30;
export const TOTP_DIGITS = 6;

function findEnrollment({ store, user, params }: OperationContext): EnrollmentRecord {
  const enrollment = store.enrollments.get(params.enrollmentId!);
  if (!enrollment || enrollment.userId !== user.id) throw errors.notFound('No such enrollment.');
  return enrollment;
}

function findAuthenticator({ user, params }: OperationContext): AuthenticatorRecord {
  const authenticator = user.authenticators.find((item) => item.id === params.authenticatorId);
  if (!authenticator) throw errors.notFound('No such authenticator.');
  return authenticator;
}

/**
 * Turns a pending enrollment into an authenticator. Used by a correct first code (TOTP) and by
 * the simulated push approval of the control API.
 */
export function activateEnrollment(
  user: UserRecord,
  enrollment: EnrollmentRecord,
  now: number,
  lastAcceptedStep: number | null,
): AuthenticatorRecord {
  const authenticator: AuthenticatorRecord = {
    id: newId('auth'),
    kind: enrollment.kind,
    name: enrollment.name,
    createdAt: now,
    lastUsedAt: null,
    secret: enrollment.secret,
    lastAcceptedStep,
  };
  user.authenticators.push(authenticator);
  endEnrollment(enrollment, 'activated');
  enrollment.authenticatorId = authenticator.id;
  afterRegistration(user, enrollment.kind);
  return authenticator;
}

/**
 * Ends a set-up (`expired`: found past its time or its last try, and reported so as before). Its
 * record keeps no secret from then on (an activated app's is its authenticator's): a store kept in
 * a database does not gather the keys of abandoned set-ups.
 */
function endEnrollment(enrollment: EnrollmentRecord, status: 'activated' | 'cancelled' | 'expired'): void {
  if (status !== 'expired') enrollment.status = status;
  enrollment.secret = '';
  delete enrollment.activationCode;
}

/**
 * A set-up's status at `now`; one found expired (past its time, or its last try a wrong code) is
 * ended there and then: its secret, and a push app's activation code, go the moment it stops
 * waiting, not when the user next starts one.
 */
export function endIfExpired(enrollment: EnrollmentRecord, now: number): EnrollmentStatus {
  const status = enrollmentStatus(enrollment, now);
  if (status === 'expired') endEnrollment(enrollment, 'expired');
  return status;
}

/** Ends every set-up that expired by `now` (see `endIfExpired`); those ended already, holding no secret, are passed by. */
export function endExpiredEnrollments(enrollments: Iterable<EnrollmentRecord>, now: number): void {
  for (const enrollment of enrollments) if (enrollment.secret || enrollment.activationCode) endIfExpired(enrollment, now);
}

/**
 * Cancels a user's set-ups still waiting, as their sign-in ends: a push app's activation code left
 * on a screen would otherwise still activate a device for the next person at it.
 */
export function endPendingEnrollments(enrollments: Iterable<EnrollmentRecord>, userId: string, now: number): void {
  for (const enrollment of enrollments) {
    if (enrollment.userId === userId && enrollmentStatus(enrollment, now) === 'pending') endEnrollment(enrollment, 'cancelled');
  }
}

export const listAuthenticators: Operation = ({ user }) => {
  const list: AuthenticatorList = { items: user.authenticators.map(authenticatorView) };
  return jsonResponse(200, list);
};

/** Set-ups a user may have waiting at once (see `startEnrollment`). */
const MAX_PENDING_ENROLLMENTS = 5;

export const startEnrollment: Operation = (context) => {
  const { store, user, body, now, config } = context;
  const kind = body.kind as AuthenticatorKind;
  if (!methodsBroughtBy(kind).some((method) => user.policy.allowedMethods.includes(method))) {
    throw errors.forbidden('policy', 'The policy does not allow this kind of authenticator app.');
  }
  const name = cleanName(body.name);
  assertUniqueName(user.authenticators, name);
  const startsLimitEnds = hourlyLimitEnds(store.enrollmentsStartedAt, user.id, now, config.maxEnrollmentStartsPerHour);
  refuseUntil(startsLimitEnds, now, 'Too many authenticator set-ups were started by this user in the last hour.');
  const record: EnrollmentRecord = {
    id: newId('enr'),
    userId: user.id,
    kind,
    name,
    status: 'pending',
    startedAt: now,
    expiresAt: now + config.enrollmentTtlSeconds * 1000,
    secret: base32Encode(generateSecret(20)),
    attemptsLeft: config.maxAttempts,
  };
  const answer: Enrollment = enrollmentView(record, user, now);
  if (kind === 'totp') {
    answer.totp = {
      secret: record.secret,
      otpauthUri: buildOtpauthUri({ issuer: store.issuer, accountName: user.email, secret: record.secret }),
      issuer: store.issuer,
      accountName: user.email,
      algorithm: 'SHA1',
      digits: TOTP_DIGITS,
      period: TOTP_PERIOD,
    };
  } else {
    record.activationCode = randomDigits(9);
    const activationUrl = `${config.pushActivationUrl}/${encodeURIComponent(record.id)}`;
    answer.push = {
      activationCode: record.activationCode,
      activationUrl,
      qrPayload: JSON.stringify({ code: record.activationCode, url: activationUrl }),
    };
  }
  // At most MAX_PENDING_ENROLLMENTS set-ups wait at once for a user: starting another cancels the
  // oldest, so set-ups started again and again do not pile up (each holds a secret until it ends).
  const own = [...store.enrollments.values()].filter((e) => e.userId === user.id);
  endExpiredEnrollments(own, now);
  // A set-up started again under the same name (whatever the case) replaces the one that waited, so
  // that two apps activated from both (a page reloaded after a push app scanned its code) cannot
  // share a name.
  const sameName = (e: EnrollmentRecord) => nameKey(e.name) === nameKey(name);
  for (const replaced of own.filter((e) => enrollmentStatus(e, now) === 'pending' && sameName(e))) endEnrollment(replaced, 'cancelled');
  const pending = own.filter((e) => enrollmentStatus(e, now) === 'pending');
  for (const oldest of pending.slice(0, Math.max(0, pending.length - MAX_PENDING_ENROLLMENTS + 1))) endEnrollment(oldest, 'cancelled');
  store.enrollments.set(record.id, record);
  store.enrollmentsStartedAt.set(user.id, [...(store.enrollmentsStartedAt.get(user.id) ?? []), now]);
  context.recordSideEffect();
  context.answerCarriesSecret((time) => enrollmentStatus(record, time) === 'pending');
  return jsonResponse(201, answer);
};

export const getEnrollment: Operation = (context) => {
  const { now, config } = context;
  const enrollment = findEnrollment(context);
  // A code app's set-up read while it waits waits another `enrollmentTtlSeconds` from now, up to
  // `enrollmentMaxLifeSeconds` after its start: the page showing it reads it once a minute, so it
  // does not time out while the user adds the key (WCAG 2.2.1), and a tab forgotten open does not
  // keep its key on the screen good for long. Its secret is of no use without this user's session,
  // which ends it when it ends. A push app's is not kept so: its activation code activates a device
  // for whoever reads it.
  if (endIfExpired(enrollment, now) === 'pending' && enrollment.kind === 'totp') {
    const kept = Math.min(now + config.enrollmentTtlSeconds * 1000, enrollment.startedAt + config.enrollmentMaxLifeSeconds * 1000);
    enrollment.expiresAt = Math.max(enrollment.expiresAt, kept);
  }
  return jsonResponse(200, enrollmentView(enrollment, context.user, now));
};

export const verifyEnrollment: Operation = async (context) => {
  const { user, now, body } = context;
  const enrollment = findEnrollment(context);
  if (enrollment.status === 'activated') throw errors.conflict('already-activated', 'This enrollment is already activated.');
  if (enrollment.kind !== 'totp') throw errors.conflict('kind-mismatch', 'A push app activates itself; poll the enrollment instead.');
  const noLongerWaits = () => errors.expired('This enrollment no longer accepts codes. Start again.');
  if (endIfExpired(enrollment, now) !== 'pending') throw noLongerWaits();
  const step = await verifyTotp(base32Decode(enrollment.secret), body.code as string, now / 1000, {
    period: TOTP_PERIOD,
    digits: TOTP_DIGITS,
    window: 1,
  });
  // Ended while the code was checked (found expired by a request or control call at a later time,
  // or the user's last session ended): it has no secret left to give an authenticator.
  if (enrollment.secret === '') throw noLongerWaits();
  if (step === null) {
    enrollment.attemptsLeft--;
    // The last try used, the set-up ends now.
    endIfExpired(enrollment, now);
    throw errors.invalidCode(enrollment.attemptsLeft);
  }
  activateEnrollment(user, enrollment, now, step);
  context.recordSideEffect();
  return jsonResponse(200, enrollmentView(enrollment, user, now));
};

export const cancelEnrollment: Operation = (context) => {
  const enrollment = findEnrollment(context);
  if (enrollment.status === 'activated') {
    throw errors.conflict('already-activated', 'This enrollment is activated; delete the authenticator instead.');
  }
  endEnrollment(enrollment, 'cancelled');
  context.recordSideEffect();
  return emptyResponse();
};

export const renameAuthenticator: Operation = (context) => {
  const { store, user, now } = context;
  const authenticator = findAuthenticator(context);
  const name = cleanName(context.body.name);
  // A set-up still waiting (in another tab) holds its name too: an app renamed to it would share it
  // with the app that set-up activates.
  const waiting = [...store.enrollments.values()].filter((e) => e.userId === user.id && enrollmentStatus(e, now) === 'pending');
  assertUniqueName([...user.authenticators, ...waiting], name, authenticator.id);
  authenticator.name = name;
  context.recordSideEffect();
  return jsonResponse(200, authenticatorView(authenticator));
};

export const deleteAuthenticator: Operation = (context) => {
  const { user } = context;
  const authenticator = findAuthenticator(context);
  const current = user.defaultMethod;
  // Refuse when the default method would stop working without this authenticator.
  if (current && registeredMethods(user).includes(current) && !registeredMethods(user, { authenticatorId: authenticator.id }).includes(current)) {
    throw errors.conflict('backs-default-method', 'The default method needs this authenticator. Choose another default first.');
  }
  user.authenticators = user.authenticators.filter((item) => item !== authenticator);
  context.recordSideEffect();
  return emptyResponse();
};

