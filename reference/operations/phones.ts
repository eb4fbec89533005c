/**
 * Phones: start a verification, resend, confirm, delete.
 *
 * Rules: a number is saved only after its code is confirmed; codes are random, 6 digits, valid
 * 5 minutes, 5 wrong tries each; no new code for a slot sooner than 30 s after the last, and no
 * more than 10 codes to one user in an hour (so at most 50 guesses an hour, and no run of texts or
 * calls paid for by the company).
 * Delivery is simulated: every code lands in the store's outbox.
 */
import type { DeliveryChannel, PhoneChallenge, PhoneConfirmation, PhoneSlot } from '../../src/core/types.js';
import { emptyResponse, errors, jsonResponse } from '../http.js';
import { canReceiveText, maskPhoneNumber, validatePhoneRequest } from '../phone.js';
import { type PhoneChallengeRecord, newId, randomDigits, registeredMethods } from '../store.js';
import { constantTimeEqual } from '../totp.js';
import {
  type Operation,
  type OperationContext,
  afterRegistration,
  hourlyLimitEnds,
  iso,
  methodsBroughtBy,
  phoneView,
  refuseUntil,
} from './shared.js';

function challengeView(challenge: PhoneChallengeRecord, context: OperationContext): PhoneChallenge {
  return {
    challengeId: challenge.id,
    slot: challenge.slot,
    maskedNumber: maskPhoneNumber(challenge.number),
    channel: challenge.channel,
    codeLength: challenge.code.length,
    expiresAt: iso(challenge.expiresAt),
    resendAt: iso(Math.max(challenge.lastSentAt + context.config.resendIntervalSeconds * 1000, codesLimitEnds(context))),
  };
}

/** Refuses a new code for a slot sooner than the resend interval after the last one. */
function checkResendInterval({ store, user, now, config }: OperationContext, slot: PhoneSlot): void {
  const last = store.lastCodeSentAt.get(`${user.id}/${slot}`);
  if (last === undefined) return;
  const waitMs = last + config.resendIntervalSeconds * 1000 - now;
  if (waitMs > 0) throw errors.rateLimited(Math.ceil(waitMs / 1000), 'A code was sent to this slot moments ago.');
}

/** When the user may be sent a code again under the hourly limit: now, or when the oldest code of the hour is an hour old. */
function codesLimitEnds({ store, user, now, config }: OperationContext): number {
  return hourlyLimitEnds(store.codesSentAt, user.id, now, config.maxCodesPerHour);
}

/** Refuses a code beyond the hourly limit, with the wait until the limit lets one through. */
function checkHourlyLimit(context: OperationContext): void {
  refuseUntil(codesLimitEnds(context), context.now, 'Too many codes were sent to this user in the last hour.');
}

/** Sends a fresh code (simulated: appended to the outbox) and restarts the challenge's clock. */
function sendCode(context: OperationContext, challenge: PhoneChallengeRecord): void {
  const { store, config, now, user } = context;
  challenge.code = randomDigits(config.codeLength);
  challenge.lastSentAt = now;
  challenge.expiresAt = now + config.codeTtlSeconds * 1000;
  challenge.attemptsLeft = config.maxAttempts;
  store.lastCodeSentAt.set(`${user.id}/${challenge.slot}`, now);
  store.codesSentAt.set(user.id, [...(store.codesSentAt.get(user.id) ?? []), now]);
  // A text's last line binds the code to the portal (origin-bound one-time codes): Chrome on Android
  // then offers it to that page alone (WebOTP), and Safari on iOS in the keyboard for that site. A
  // real endpoint takes the portal's host from its configuration; the reference takes the page's.
  const text =
    challenge.channel === 'text'
      ? `Your ${store.organisation} verification code is ${challenge.code}.\n\n@${context.pageHost} #${challenge.code}`
      : `Hello, this is ${store.organisation}. Your verification code is ${challenge.code.split('').join(' ')}.`;
  store.outbox.push({
    id: newId('msg'),
    userId: user.id,
    to: challenge.number,
    channel: challenge.channel,
    code: challenge.code,
    text,
    sentAt: iso(now),
  });
}

/** The caller's challenge for this slot, or 404 (another user's challenge is not revealed). */
function findChallenge({ store, user, params }: OperationContext): PhoneChallengeRecord {
  const challenge = store.challenges.get(params.challengeId!);
  if (!challenge || challenge.userId !== user.id || challenge.slot !== params.slot) {
    throw errors.notFound('No such verification for this slot.');
  }
  return challenge;
}

export const startPhoneVerification: Operation = (context) => {
  const { store, user, params, body, now } = context;
  const slot = params.slot as PhoneSlot;
  if (!methodsBroughtBy(slot).some((method) => user.policy.allowedMethods.includes(method))) {
    throw errors.forbidden('policy', 'The policy does not allow a phone in this slot.');
  }
  const checked = validatePhoneRequest(slot, body);
  if (!checked.ok) throw errors.validation(checked.fieldErrors, 'The phone number, channel or extension is refused.');
  checkResendInterval(context, slot);
  checkHourlyLimit(context);
  // An earlier challenge for this slot stops accepting codes: only the newest number counts.
  for (const earlier of store.challenges.values()) {
    if (earlier.userId === user.id && earlier.slot === slot && earlier.state === 'pending') earlier.state = 'superseded';
  }
  const challenge: PhoneChallengeRecord = {
    id: newId('chl'),
    userId: user.id,
    slot,
    number: checked.phone.number,
    channel: body.channel as DeliveryChannel,
    code: '',
    expiresAt: now,
    lastSentAt: now,
    attemptsLeft: 0,
    state: 'pending',
  };
  if (checked.phone.extension !== undefined) challenge.extension = checked.phone.extension;
  if (checked.phone.region !== undefined) challenge.region = checked.phone.region;
  store.challenges.set(challenge.id, challenge);
  sendCode(context, challenge);
  context.recordSideEffect();
  return jsonResponse(201, challengeView(challenge, context));
};

export const resendPhoneVerification: Operation = (context) => {
  const challenge = findChallenge(context);
  if (challenge.state !== 'pending') throw errors.expired('This verification was completed or replaced. Start again.');
  const channel = (context.body?.channel as DeliveryChannel | undefined) ?? challenge.channel;
  if (channel === 'text') {
    if (challenge.slot === 'office') {
      throw errors.validation([{ field: 'channel', reason: 'text-not-allowed-for-office' }], 'Office phones take calls only.');
    }
    if (!canReceiveText(challenge.number)) {
      throw errors.validation([{ field: 'channel', reason: 'cannot-receive-text' }], 'This number cannot receive texts.');
    }
  }
  checkResendInterval(context, challenge.slot);
  checkHourlyLimit(context);
  challenge.channel = channel;
  sendCode(context, challenge);
  context.recordSideEffect();
  return jsonResponse(200, challengeView(challenge, context));
};

export const confirmPhoneVerification: Operation = (context) => {
  const { user, now, body } = context;
  const challenge = findChallenge(context);
  if (challenge.state !== 'pending') throw errors.expired('This verification was completed or replaced. Start again.');
  if (challenge.attemptsLeft <= 0) throw errors.expired('Too many wrong codes. Request a new code.');
  if (now >= challenge.expiresAt) throw errors.expired('The code has expired. Request a new code.');
  if (!constantTimeEqual(challenge.code, body.code as string)) {
    challenge.attemptsLeft--;
    throw errors.invalidCode(challenge.attemptsLeft);
  }
  challenge.state = 'confirmed';
  // A confirmed number replaces whatever was in the slot before.
  user.phones[challenge.slot] = {
    number: challenge.number,
    verifiedAt: now,
    ...(challenge.extension !== undefined ? { extension: challenge.extension } : {}),
    ...(challenge.region !== undefined ? { region: challenge.region } : {}),
  };
  afterRegistration(user, challenge.slot, challenge.channel);
  context.recordSideEffect();
  const result: PhoneConfirmation = { phone: phoneView(challenge.slot, user.phones[challenge.slot]!) };
  return jsonResponse(200, result);
};

export const deletePhone: Operation = (context) => {
  const { user, params } = context;
  const slot = params.slot as PhoneSlot;
  if (!user.phones[slot]) throw errors.notFound('No phone in this slot.');
  // Refuse when the default method would stop working: the user chooses another default first.
  if (user.defaultMethod && !registeredMethods(user, { slot }).includes(user.defaultMethod) && registeredMethods(user).includes(user.defaultMethod)) {
    throw errors.conflict('backs-default-method', 'The default method uses this phone. Choose another default first.');
  }
  delete user.phones[slot];
  context.recordSideEffect();
  return emptyResponse();
};
