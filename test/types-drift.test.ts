/**
 * The TypeScript types in src/core/types.ts and the OpenAPI document must describe the same
 * shapes. Each table below is checked against the TS type at compile time (`satisfies`: a key
 * missing, extra or with the wrong optionality is a type error) and against the document's
 * schema at run time (same properties, same required list, same enum values).
 */
import { expect } from '@open-wc/testing';
import doc from '../protocol/openapi.json';
import { MFA_ERROR_CODES, type MfaErrorCode } from '../src/core/errors.js';
import type * as T from '../src/core/types.js';
import { METHOD_IDS, PHONE_SLOTS } from '../src/core/types.js';

type Presence = 'required' | 'optional';
/** For each key of a type: is it required or optional? */
type Shape<X> = { [K in keyof X]-?: object extends Pick<X, K> ? 'optional' : 'required' };
/** Every member of a union, listed once: a missing member makes the `satisfies` fail. */
type Exhaustive<U extends string, L extends readonly U[]> = [Exclude<U, L[number]>] extends [never] ? L : never;

const r = 'required' as const;
const o = 'optional' as const;

const shapes = {
  Phone: { slot: r, maskedNumber: r, extension: o, region: o, verifiedAt: r } satisfies Shape<T.Phone>,
  Authenticator: { id: r, kind: r, name: r, createdAt: r, lastUsedAt: r } satisfies Shape<T.Authenticator>,
  Policy: { allowedMethods: r, appPasswordsAllowed: r } satisfies Shape<T.Policy>,
  AppPasswordSummary: { count: r, limit: r } satisfies Shape<T.AppPasswordSummary>,
  SettingsSummary: {
    user: r,
    methods: r,
    defaultMethod: r,
    phones: r,
    authenticators: r,
    appPasswords: r,
    policy: r,
    mustRegisterAgain: r,
  } satisfies Shape<T.SettingsSummary>,
  DefaultMethodResult: { defaultMethod: r } satisfies Shape<T.DefaultMethodResult>,
  StartPhoneVerificationRequest: { number: r, extension: o, channel: r } satisfies Shape<T.StartPhoneVerificationRequest>,
  PhoneChallenge: {
    challengeId: r,
    slot: r,
    maskedNumber: r,
    channel: r,
    codeLength: r,
    expiresAt: r,
    resendAt: r,
  } satisfies Shape<T.PhoneChallenge>,
  ResendPhoneVerificationRequest: { channel: o } satisfies Shape<T.ResendPhoneVerificationRequest>,
  PhoneConfirmation: { phone: r } satisfies Shape<T.PhoneConfirmation>,
  StartEnrollmentRequest: { kind: r, name: r } satisfies Shape<T.StartEnrollmentRequest>,
  TotpSetup: {
    secret: r,
    otpauthUri: r,
    issuer: r,
    accountName: r,
    algorithm: r,
    digits: r,
    period: r,
  } satisfies Shape<T.TotpSetup>,
  PushSetup: { activationCode: r, activationUrl: r, qrPayload: r } satisfies Shape<T.PushSetup>,
  Enrollment: {
    enrollmentId: r,
    kind: r,
    name: r,
    status: r,
    expiresAt: r,
    totp: o,
    push: o,
    authenticator: o,
  } satisfies Shape<T.Enrollment>,
  AuthenticatorList: { items: r } satisfies Shape<T.AuthenticatorList>,
  AppPassword: { id: r, name: r, createdAt: r, lastUsedAt: r } satisfies Shape<T.AppPassword>,
  AppPasswordList: { items: r, limit: r } satisfies Shape<T.AppPasswordList>,
  CreatedAppPassword: { appPassword: r, password: r } satisfies Shape<T.CreatedAppPassword>,
  AdminActionRequest: { action: r, userIds: r } satisfies Shape<T.AdminActionRequest>,
  AdminUserResult: { userId: r, status: r, error: o } satisfies Shape<T.AdminUserResult>,
  AdminActionResult: { action: r, results: r } satisfies Shape<T.AdminActionResult>,
  FieldError: { field: r, reason: r } satisfies Shape<T.FieldError>,
  ErrorBody: { error: r } satisfies Shape<T.ErrorBody>,
} satisfies Record<string, Record<string, Presence>>;

const enums = {
  MethodId: METHOD_IDS satisfies Exhaustive<T.MethodId, typeof METHOD_IDS>,
  PhoneSlot: PHONE_SLOTS satisfies Exhaustive<T.PhoneSlot, typeof PHONE_SLOTS>,
  DeliveryChannel: ['text', 'call'] as const satisfies Exhaustive<T.DeliveryChannel, readonly ['text', 'call']>,
  AuthenticatorKind: ['totp', 'push'] as const satisfies Exhaustive<T.AuthenticatorKind, readonly ['totp', 'push']>,
  EnrollmentStatus: ['pending', 'activated', 'expired', 'cancelled'] as const satisfies Exhaustive<
    T.EnrollmentStatus,
    readonly ['pending', 'activated', 'expired', 'cancelled']
  >,
  AdminAction: ['require-register-again', 'delete-app-passwords', 'restore-remembered-devices'] as const satisfies Exhaustive<
    T.AdminAction,
    readonly ['require-register-again', 'delete-app-passwords', 'restore-remembered-devices']
  >,
  // The wire codes are the client's codes less the two it makes itself.
  WireErrorCode: (MFA_ERROR_CODES satisfies Exhaustive<MfaErrorCode, typeof MFA_ERROR_CODES>).filter(
    (c) => c !== 'network' && c !== 'timeout',
  ),
};

interface SchemaDoc {
  properties?: Record<string, unknown>;
  required?: string[];
  enum?: string[];
}
const schemas = doc.components.schemas as unknown as Record<string, SchemaDoc>;

describe('types.ts and protocol/openapi.json describe the same shapes', () => {
  for (const [name, shape] of Object.entries(shapes)) {
    it(name, () => {
      const schema = schemas[name];
      expect(schema, `${name} is missing from the document`).to.not.equal(undefined);
      expect(Object.keys(schema.properties ?? {}).sort(), `${name} properties`).to.deep.equal(Object.keys(shape).sort());
      const required = Object.entries(shape)
        .filter(([, presence]) => presence === 'required')
        .map(([key]) => key)
        .sort();
      expect([...(schema.required ?? [])].sort(), `${name} required`).to.deep.equal(required);
    });
  }

  for (const [name, values] of Object.entries(enums)) {
    it(`${name} values`, () => {
      expect([...(schemas[name]?.enum ?? [])].sort()).to.deep.equal([...values].sort());
    });
  }
});
