/**
 * The reference endpoint's in-memory store, seeded with demo users of the organisation "Contoso".
 *
 * Records hold what a real backend would keep in its database: full phone numbers (never sent
 * to the browser), TOTP secrets (never sent again after enrollment starts), app-password hashes.
 */
import type {
  AuthenticatorKind,
  DeliveryChannel,
  EnrollmentStatus,
  MethodId,
  PhoneSlot,
  Policy,
} from '../src/core/types.js';
import { canReceiveText } from './phone.js';
import { base32Encode, generateSecret } from './totp.js';

export interface PhoneRecord {
  /** E.164, full. Stays on the server. */
  number: string;
  extension?: string;
  region?: string;
  verifiedAt: number;
}

export interface AuthenticatorRecord {
  id: string;
  kind: AuthenticatorKind;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
  /** Base32 TOTP secret (push apps also show codes). */
  secret: string;
  /** The last TOTP step accepted from this authenticator: older and equal steps are refused. */
  lastAcceptedStep: number | null;
}

export interface AppPasswordRecord {
  id: string;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
  /** Hex SHA-256 of the password; the password itself is never stored. */
  passwordHash: string;
}

export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  isAdmin: boolean;
  policy: Policy;
  phones: Partial<Record<PhoneSlot, PhoneRecord>>;
  authenticators: AuthenticatorRecord[];
  appPasswords: AppPasswordRecord[];
  defaultMethod: MethodId | null;
  mustRegisterAgain: boolean;
  /** When an administrator last asked for two-step verification again on remembered devices. */
  rememberedDevicesRestoredAt: number | null;
}

export interface PhoneChallengeRecord {
  id: string;
  userId: string;
  slot: PhoneSlot;
  number: string;
  extension?: string;
  region?: string;
  channel: DeliveryChannel;
  code: string;
  expiresAt: number;
  lastSentAt: number;
  attemptsLeft: number;
  /** `superseded`: a newer challenge for the same slot replaced it. */
  state: 'pending' | 'confirmed' | 'superseded';
}

export interface EnrollmentRecord {
  id: string;
  userId: string;
  kind: AuthenticatorKind;
  name: string;
  status: Exclude<EnrollmentStatus, 'expired'>;
  /** When it was started: a code app's set-up, kept waiting by its reads, ends `enrollmentMaxLifeSeconds` after. */
  startedAt: number;
  expiresAt: number;
  /** Base32 TOTP secret. */
  secret: string;
  activationCode?: string;
  attemptsLeft: number;
  authenticatorId?: string;
}

export interface SessionRecord {
  token: string;
  csrfToken: string;
  userId: string;
  /** When the user last proved who they are (sign-in or re-authentication). */
  authenticatedAt: number;
}

/** A simulated text or call. `to` is the full number: the outbox plays the user's handset. */
export interface OutboxMessage {
  id: string;
  userId: string;
  to: string;
  channel: DeliveryChannel;
  code: string;
  text: string;
  sentAt: string;
}

export interface SideEffect {
  operationId: string;
  userId: string;
  idempotencyKey?: string;
  at: string;
}

export interface StoredResponse {
  fingerprint: string;
  status: number;
  headers: [string, string][];
  body: string;
  storedAt: number;
  /** The answer carried a secret that may no longer be replayed; the body is dropped. */
  secretGone?: boolean;
}

export interface Store {
  organisation: string;
  issuer: string;
  users: Map<string, UserRecord>;
  sessions: Map<string, SessionRecord>;
  challenges: Map<string, PhoneChallengeRecord>;
  enrollments: Map<string, EnrollmentRecord>;
  /** When the last code went to each `userId/slot`, for the 30-second resend rule. */
  lastCodeSentAt: Map<string, number>;
  /** When each code of the last hour went out, by user id, for the hourly limit. */
  codesSentAt: Map<string, number[]>;
  /** When each authenticator set-up of the last hour was started, by user id, for the hourly limit. */
  enrollmentsStartedAt: Map<string, number[]>;
  /** Idempotent answers by `userId key`. */
  idempotency: Map<string, StoredResponse>;
  outbox: OutboxMessage[];
  sideEffects: SideEffect[];
}

/** A random identifier with a readable prefix, for example `auth_3f9c…`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomHex(12)}`;
}

export function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Random decimal digits, without the bias `random % 10` would have. */
export function randomDigits(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length))) {
      if (byte < 250 && out.length < length) out += String(byte % 10);
    }
  }
  return out;
}

const ALL_METHODS: MethodId[] = ['text-mobile', 'call-mobile', 'call-alternate', 'call-office', 'app-notification', 'app-code'];

/** The ids of the seeded users, for tests and the demo. */
export const DEMO_USERS = {
  /** Mobile phone (US, takes texts), office phone, a TOTP app, 2 app passwords, default `text-mobile`. */
  regular: 'adele',
  /** Nothing registered yet. */
  newcomer: 'ben',
  /** Has a mobile phone, but an administrator required contact methods again. */
  mustRegisterAgain: 'chen',
  /** An administrator with a push app (default `app-notification`). */
  admin: 'dana',
  /** A policy that allows phones only (no apps, no app passwords). */
  restricted: 'erik',
} as const;

/**
 * A fresh store with the demo users. `now` is the clock in milliseconds.
 *
 * The seeded app passwords were never shown to anyone, so their hashes are of random values
 * nobody knows; passwords created through the API are hashed for real.
 */
export function createStore(now: number): Store {
  const ago = (minutes: number) => now - minutes * 60_000;
  const secret = () => base32Encode(generateSecret());
  const unknownPasswordHash = () => randomHex(32);
  const users: UserRecord[] = [
    {
      id: DEMO_USERS.regular,
      email: 'adele.vance@contoso.example',
      displayName: 'Adele Vance',
      isAdmin: false,
      policy: { allowedMethods: [...ALL_METHODS], appPasswordsAllowed: true },
      phones: {
        mobile: { number: '+14255550167', region: 'US', verifiedAt: ago(60 * 24 * 90) },
        office: { number: '+14255550100', extension: '4321', region: 'US', verifiedAt: ago(60 * 24 * 200) },
      },
      authenticators: [
        {
          id: 'auth_adele_phone',
          kind: 'totp',
          name: 'Work phone',
          createdAt: ago(60 * 24 * 60),
          lastUsedAt: ago(60 * 5),
          secret: secret(),
          lastAcceptedStep: null,
        },
      ],
      appPasswords: [
        { id: 'apw_adele_mail', name: 'Mail on old laptop', createdAt: ago(60 * 24 * 300), lastUsedAt: ago(60 * 24 * 2), passwordHash: unknownPasswordHash() },
        { id: 'apw_adele_printer', name: 'Scan-to-email printer', createdAt: ago(60 * 24 * 120), lastUsedAt: null, passwordHash: unknownPasswordHash() },
      ],
      defaultMethod: 'text-mobile',
      mustRegisterAgain: false,
      rememberedDevicesRestoredAt: null,
    },
    {
      id: DEMO_USERS.newcomer,
      email: 'ben.walters@contoso.example',
      displayName: 'Ben Walters',
      isAdmin: false,
      policy: { allowedMethods: [...ALL_METHODS], appPasswordsAllowed: true },
      phones: {},
      authenticators: [],
      appPasswords: [],
      defaultMethod: null,
      mustRegisterAgain: false,
      rememberedDevicesRestoredAt: null,
    },
    {
      id: DEMO_USERS.mustRegisterAgain,
      email: 'chen.li@contoso.example',
      displayName: 'Chen Li',
      isAdmin: false,
      policy: { allowedMethods: [...ALL_METHODS], appPasswordsAllowed: false },
      phones: { mobile: { number: '+8613812345678', region: 'CN', verifiedAt: ago(60 * 24 * 400) } },
      authenticators: [],
      appPasswords: [],
      defaultMethod: 'call-mobile',
      mustRegisterAgain: true,
      rememberedDevicesRestoredAt: null,
    },
    {
      id: DEMO_USERS.admin,
      email: 'dana.admin@contoso.example',
      displayName: 'Dana Okafor',
      isAdmin: true,
      policy: { allowedMethods: [...ALL_METHODS], appPasswordsAllowed: true },
      phones: { mobile: { number: '+33612345678', region: 'FR', verifiedAt: ago(60 * 24 * 30) } },
      authenticators: [
        {
          id: 'auth_dana_push',
          kind: 'push',
          name: 'Authenticator on Pixel',
          createdAt: ago(60 * 24 * 30),
          lastUsedAt: ago(30),
          secret: secret(),
          lastAcceptedStep: null,
        },
      ],
      appPasswords: [],
      defaultMethod: 'app-notification',
      mustRegisterAgain: false,
      rememberedDevicesRestoredAt: null,
    },
    {
      id: DEMO_USERS.restricted,
      email: 'erik.nilsson@contoso.example',
      displayName: 'Erik Nilsson',
      isAdmin: false,
      policy: { allowedMethods: ['text-mobile', 'call-mobile', 'call-office'], appPasswordsAllowed: false },
      phones: {},
      authenticators: [],
      appPasswords: [],
      defaultMethod: null,
      mustRegisterAgain: false,
      rememberedDevicesRestoredAt: null,
    },
  ];
  return {
    organisation: 'Contoso',
    // A space in the issuer: it must be URI-encoded in otpauth URIs (a known widget bug).
    issuer: 'Contoso Portal',
    users: new Map(users.map((user) => [user.id, user])),
    sessions: new Map(),
    challenges: new Map(),
    enrollments: new Map(),
    lastCodeSentAt: new Map(),
    codesSentAt: new Map(),
    enrollmentsStartedAt: new Map(),
    idempotency: new Map(),
    outbox: [],
    sideEffects: [],
  };
}

/** The methods a user's registrations make usable, in protocol order, filtered by policy. */
export function registeredMethods(user: UserRecord, except?: { slot?: PhoneSlot; authenticatorId?: string }): MethodId[] {
  const has = new Set<MethodId>();
  if (user.phones.mobile && except?.slot !== 'mobile') {
    // A fixed line registered as the mobile phone takes calls only.
    if (canReceiveText(user.phones.mobile.number)) has.add('text-mobile');
    has.add('call-mobile');
  }
  if (user.phones.alternate && except?.slot !== 'alternate') has.add('call-alternate');
  if (user.phones.office && except?.slot !== 'office') has.add('call-office');
  for (const authenticator of user.authenticators) {
    if (authenticator.id === except?.authenticatorId) continue;
    has.add('app-code');
    if (authenticator.kind === 'push') has.add('app-notification');
  }
  return ALL_METHODS.filter((method) => has.has(method) && user.policy.allowedMethods.includes(method));
}
