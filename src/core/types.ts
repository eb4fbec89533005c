/**
 * The protocol's data types, as the elements and the client see them.
 *
 * `protocol/openapi.json` is the source of truth; these types mirror its schemas one to one and
 * `test/protocol.test.ts` checks that every response of the reference endpoint matches the
 * document, and that every operation in the document has a client method.
 */

/** A verification method a user can choose as the default. */
export type MethodId =
  | 'text-mobile'
  | 'call-mobile'
  | 'call-alternate'
  | 'call-office'
  | 'app-notification'
  | 'app-code';

/** Every method, in the order the elements list them. */
export const METHOD_IDS = [
  'text-mobile',
  'call-mobile',
  'call-alternate',
  'call-office',
  'app-notification',
  'app-code',
] as const satisfies readonly MethodId[];

/** Whether a method is an authenticator app's (a notification, or a code). */
export function isAppMethod(method: MethodId): boolean {
  return method === 'app-notification' || method === 'app-code';
}

/** A phone slot: the authentication phone, the alternate phone, the office phone. */
export type PhoneSlot = 'mobile' | 'alternate' | 'office';

export const PHONE_SLOTS = ['mobile', 'alternate', 'office'] as const satisfies readonly PhoneSlot[];

/** How a verification code reaches a phone. Office phones take calls only. */
export type DeliveryChannel = 'text' | 'call';

/** A registered phone. The number is always masked by the server. */
export interface Phone {
  slot: PhoneSlot;
  /** For example `+44 ••••• ••• 123`. Never the full number. */
  maskedNumber: string;
  /** Office phones only: the extension, digits only. */
  extension?: string;
  /** ISO 3166-1 alpha-2 region of the number, when known. */
  region?: string;
  verifiedAt: string;
}

/** `totp`: an app that shows codes; `push`: an app that also approves notifications. */
export type AuthenticatorKind = 'totp' | 'push';

export interface Authenticator {
  id: string;
  kind: AuthenticatorKind;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** Which methods this user may register and choose, and what else the policy allows. */
export interface Policy {
  allowedMethods: MethodId[];
  appPasswordsAllowed: boolean;
}

export interface AppPasswordSummary {
  count: number;
  limit: number;
}

/** Everything the elements need to show a user's two-step verification settings. */
export interface SettingsSummary {
  user: { displayName: string; isAdmin: boolean };
  /** The methods that are registered and usable now. */
  methods: MethodId[];
  /** The default method, always one of `methods`, or null when nothing is registered. */
  defaultMethod: MethodId | null;
  phones: Phone[];
  authenticators: Authenticator[];
  appPasswords: AppPasswordSummary;
  policy: Policy;
  /** An administrator has required the user to provide contact methods again. */
  mustRegisterAgain: boolean;
}

export interface DefaultMethodResult {
  defaultMethod: MethodId;
}

export interface StartPhoneVerificationRequest {
  /** E.164, for example `+14155550123`. */
  number: string;
  /** Office phones only; digits only. */
  extension?: string;
  channel: DeliveryChannel;
}

/** A code has been sent; confirm it with the challenge id. */
export interface PhoneChallenge {
  challengeId: string;
  slot: PhoneSlot;
  maskedNumber: string;
  channel: DeliveryChannel;
  codeLength: number;
  /**
   * When the code stops being accepted. The endpoint sends its own clock's time; `FetchClient` gives
   * it on the page's clock, moved by how far the answer's `Date` header says the two differ (more
   * than two seconds; as sent without that header, which an endpoint on another origin must expose).
   */
  expiresAt: string;
  /** The earliest time a new code may be requested; on the page's clock as `expiresAt` is. */
  resendAt: string;
}

export interface ResendPhoneVerificationRequest {
  channel?: DeliveryChannel;
}

export interface PhoneConfirmation {
  phone: Phone;
}

export interface StartEnrollmentRequest {
  kind: AuthenticatorKind;
  name: string;
}

/** What a code app needs: the secret and the otpauth URI that carries it. */
export interface TotpSetup {
  /** Base32, no padding. Keep in memory only. */
  secret: string;
  otpauthUri: string;
  issuer: string;
  accountName: string;
  algorithm: 'SHA1' | 'SHA256' | 'SHA512';
  digits: number;
  period: number;
}

/** What a push app needs to activate itself. */
export interface PushSetup {
  activationCode: string;
  activationUrl: string;
  /** What the QR code encodes. */
  qrPayload: string;
}

export type EnrollmentStatus = 'pending' | 'activated' | 'expired' | 'cancelled';

export interface Enrollment {
  enrollmentId: string;
  kind: AuthenticatorKind;
  name: string;
  status: EnrollmentStatus;
  expiresAt: string;
  /** Present for `totp` enrollments, only in the answer that starts them. */
  totp?: TotpSetup;
  /** Present for `push` enrollments, only in the answer that starts them. */
  push?: PushSetup;
  /** Present once activated. */
  authenticator?: Authenticator;
}

export interface AuthenticatorList {
  items: Authenticator[];
}

export interface AppPassword {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface AppPasswordList {
  items: AppPassword[];
  limit: number;
}

/** The one answer that carries the password; it is never shown again. */
export interface CreatedAppPassword {
  appPassword: AppPassword;
  password: string;
}

export type AdminAction =
  | 'require-register-again'
  | 'delete-app-passwords'
  | 'restore-remembered-devices';

export interface AdminActionRequest {
  action: AdminAction;
  userIds: string[];
}

export interface AdminUserResult {
  userId: string;
  status: 'done' | 'failed';
  /** Present when `status` is `failed`. */
  error?: { code: 'not-found' | 'forbidden' | 'server'; message: string };
}

export interface AdminActionResult {
  action: AdminAction;
  results: AdminUserResult[];
}

/** Machine codes an endpoint puts in its error body. */
export type WireErrorCode =
  | 'validation'
  | 'invalid-code'
  | 'expired'
  | 'rate-limited'
  | 'reauth-required'
  | 'unauthenticated'
  | 'conflict'
  | 'not-found'
  | 'forbidden'
  | 'server';

export interface FieldError {
  /** The request field, for example `number` or `code`. */
  field: string;
  /** A machine reason, for example `too-short`, `cannot-receive-text`, `not-registered`. */
  reason: string;
}

/** The one error shape every endpoint answers with. */
export interface ErrorBody {
  error: {
    code: WireErrorCode;
    /** For developers; never shown to users and never carrying a number or secret. */
    message: string;
    fieldErrors?: FieldError[];
    /** `invalid-code`: attempts left on this challenge. */
    attemptsLeft?: number;
    /** `rate-limited`: seconds until the action is allowed again (also the Retry-After header). */
    retryAfter?: number;
    /**
     * `conflict`: a machine reason such as `backs-default-method`, `duplicate-name`, `limit-reached`,
     * `secret-gone` (an Idempotency-Key whose answer carried a secret no longer kept).
     */
    reason?: string;
  };
}
