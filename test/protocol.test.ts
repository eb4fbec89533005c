/**
 * The protocol document against the reference endpoint and the client:
 * - every operation is driven through the reference handler (successes and each error it can give);
 * - each answer is validated against the document's schema for that operation and status;
 * - every status the endpoint produced must be documented for that operation;
 * - the document's operationIds are exactly the client's methods, and the endpoint's routes.
 */
import { expect } from '@open-wc/testing';
import { type ResponseDoc, createConformance } from '../contract/conformance.js';
import doc from '../protocol/openapi.json';
import { createReferenceEndpoint } from '../reference/endpoint.js';
import { schemaValidator } from '../reference/protocol.js';
import { ROUTES } from '../reference/routes.js';
import { DEMO_USERS } from '../reference/store.js';
import { type CallOptions, type CallResult, type Caller, createCaller } from '../reference/testing.js';
import { MfaClientOperations } from '../src/core/client.js';

/**
 * The document's checks, shared with the contract kit (`npx mfa-contract`, contract/cli.js), built
 * with the reference endpoint's own validators.
 */
const conformance = createConformance(doc, { schemaValidator });
const { operations } = conformance;
const componentResponses = doc.components.responses as unknown as Record<string, ResponseDoc>;
const schemas = doc.components.schemas as unknown as Record<string, { additionalProperties?: boolean; type?: string }>;

/** Statuses the endpoint produced, per operation. */
const observed = new Map<string, Set<number>>();

/** Wraps a caller: every answer is checked against the document. */
function checked(call: Caller, basePath = ''): Caller {
  return async (method, path, body, options) => {
    const result: CallResult = await call(method, path, body, options as CallOptions);
    const operation = conformance.findOperation(method, path.slice(basePath.length));
    if (!operation) throw new Error(`${method} ${path} is not an operation`);
    const { operationId } = operation;
    const statuses = observed.get(operationId) ?? new Set<number>();
    statuses.add(result.status);
    observed.set(operationId, statuses);
    const problems = conformance.checkResponse(operationId, result);
    expect(problems, `${method} ${path}: ${problems.join('\n')}`).to.deep.equal([]);
    return result;
  };
}

const START = Date.parse('2030-01-01T00:00:00Z');
const { regular: ADELE, newcomer: BEN, mustRegisterAgain: CHEN, admin: DANA, restricted: ERIK } = DEMO_USERS;

/** A request for every operation, valid enough to reach the operation. */
const SAMPLES: Record<string, [string, string, unknown?]> = {
  getSettings: ['GET', '/settings'],
  setDefaultMethod: ['PUT', '/settings/default-method', { method: 'call-mobile' }],
  startPhoneVerification: ['POST', '/phones/alternate/verifications', { number: '+442079460018', channel: 'call' }],
  resendPhoneVerification: ['POST', '/phones/alternate/verifications/chl_x/resend', {}],
  confirmPhoneVerification: ['POST', '/phones/alternate/verifications/chl_x/confirm', { code: '123456' }],
  deletePhone: ['DELETE', '/phones/office'],
  listAuthenticators: ['GET', '/authenticators'],
  startEnrollment: ['POST', '/authenticators/enrollments', { kind: 'totp', name: 'Laptop' }],
  getEnrollment: ['GET', '/authenticators/enrollments/enr_x'],
  verifyEnrollment: ['POST', '/authenticators/enrollments/enr_x/verify', { code: '123456' }],
  cancelEnrollment: ['DELETE', '/authenticators/enrollments/enr_x'],
  renameAuthenticator: ['PATCH', '/authenticators/auth_adele_phone', { name: 'Renamed' }],
  deleteAuthenticator: ['DELETE', '/authenticators/auth_adele_phone'],
  listAppPasswords: ['GET', '/app-passwords'],
  createAppPassword: ['POST', '/app-passwords', { name: 'Mail' }],
  revokeAppPassword: ['DELETE', '/app-passwords/apw_adele_mail'],
  runAdminAction: ['POST', '/admin/actions', { action: 'restore-remembered-devices', userIds: [BEN] }],
};

function setup(options: { reauthMaxAgeSeconds?: number; appPasswordLimit?: number; maxEnrollmentStartsPerHour?: number } = {}) {
  const endpoint = createReferenceEndpoint({ now: () => START, ...options });
  const as = (userId: string) => checked(createCaller(endpoint, endpoint.control.signIn(userId)));
  return { endpoint, control: endpoint.control, as };
}

describe('protocol document', () => {
  describe('the document itself', () => {
    it('has exactly the client methods as operationIds', () => {
      expect([...operations.keys()].sort()).to.deep.equal([...MfaClientOperations].sort());
    });

    it('has exactly the reference endpoint routes', () => {
      const documented = [...operations.entries()].map(([id, op]) => `${op.method} ${op.path} ${id}`).sort();
      const routed = ROUTES.map((route) => `${route.method} ${route.path} ${route.operationId}`).sort();
      expect(routed).to.deep.equal(documented);
    });

    it('names the protocol types as src/core/types.ts does', () => {
      for (const name of [
        'MethodId', 'PhoneSlot', 'DeliveryChannel', 'Phone', 'AuthenticatorKind', 'Authenticator', 'Policy',
        'AppPasswordSummary', 'SettingsSummary', 'DefaultMethodResult', 'StartPhoneVerificationRequest', 'PhoneChallenge',
        'ResendPhoneVerificationRequest', 'PhoneConfirmation', 'StartEnrollmentRequest', 'TotpSetup', 'PushSetup',
        'EnrollmentStatus', 'Enrollment', 'AuthenticatorList', 'AppPassword', 'AppPasswordList', 'CreatedAppPassword',
        'AdminAction', 'AdminActionRequest', 'AdminUserResult', 'AdminActionResult', 'WireErrorCode', 'FieldError', 'ErrorBody',
      ]) {
        expect(schemas[name], name).to.not.equal(undefined);
      }
    });

    it('closes every request body schema and documents every operation', () => {
      for (const [id, { method, doc: operation }] of operations) {
        expect(operation.summary, `${id} summary`).to.be.a('string').and.not.empty;
        expect(operation.description, `${id} description`).to.be.a('string').and.not.empty;
        const ref = operation.requestBody?.content['application/json']?.schema.$ref;
        if (ref) expect(schemas[ref.split('/').pop()!]!.additionalProperties, `${id} request body`).to.equal(false);
        const parameters = (operation.parameters ?? []).map((p) => p.$ref.split('/').pop());
        if (method !== 'GET') expect(parameters, `${id} CSRF header`).to.include('CsrfToken');
        if (method === 'POST') expect(parameters, `${id} Idempotency-Key`).to.include('IdempotencyKey');
        for (const status of ['401', '429', '500']) expect(operation.responses[status], `${id} ${status}`).to.not.equal(undefined);
      }
      expect(componentResponses.RateLimited!.headers!['Retry-After']!.required).to.equal(true);
    });
  });

  describe('every operation through the reference endpoint', () => {
    it('answers 401 unauthenticated to every operation without a session', async () => {
      const { endpoint } = setup();
      const anonymous = checked(createCaller(endpoint, null));
      for (const [id, [method, path, body]] of Object.entries(SAMPLES)) {
        expect((await anonymous(method, path, body)).status, id).to.equal(401);
      }
    });

    it('answers 403 csrf and 401 reauth-required to every change', async () => {
      const { endpoint, control } = setup({ reauthMaxAgeSeconds: 60 });
      const session = control.signIn(ADELE);
      const noCsrf = checked(createCaller(endpoint, { token: session.token, csrfToken: 'wrong' }));
      const stale = checked(createCaller(endpoint, session));
      // Admin actions are refused to anyone else before the sign-in's age matters: an administrator's.
      const staleAdmin = checked(createCaller(endpoint, control.signIn(DANA)));
      control.advanceClock(61);
      for (const [id, [method, path, body]] of Object.entries(SAMPLES)) {
        if (method === 'GET') continue;
        expect((await noCsrf(method, path, body)).status, `${id} csrf`).to.equal(403);
        const caller = id === 'runAdminAction' ? staleAdmin : stale;
        // Withdrawing a set-up only takes access away: no step-up (see the next case).
        expect((await caller(method, path, body)).status, `${id} reauth`).to.equal(id === 'cancelEnrollment' ? 404 : 401);
      }
    });

    it("cancels a pending set-up whatever the sign-in's age, and its activation code stops working", async () => {
      const { endpoint, control } = setup({ reauthMaxAgeSeconds: 60 });
      const session = control.signIn(ADELE);
      const adele = checked(createCaller(endpoint, session));
      const push = await adele('POST', '/authenticators/enrollments', { kind: 'push', name: 'Pixel' });
      expect(push.status).to.equal(201);
      control.advanceClock(61);
      expect((await adele('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Phone' })).status, 'a start is a change').to.equal(401);
      expect((await adele('DELETE', `/authenticators/enrollments/${push.body.enrollmentId}`)).status).to.equal(204);
      expect(() => control.approvePush(push.body.enrollmentId)).to.throw();
      const noCsrf = checked(createCaller(endpoint, { token: session.token, csrfToken: 'wrong' }));
      expect((await noCsrf('DELETE', '/authenticators/enrollments/enr_x')).status, 'the CSRF header still').to.equal(403);
    });

    it('answers 500 and 429 (with Retry-After) to every operation under faults', async () => {
      const { control, as } = setup();
      const adele = as(ADELE);
      for (const [kind, status] of [['server-error', 500], ['rate-limit', 429]] as const) {
        for (const [id, [method, path, body]] of Object.entries(SAMPLES)) {
          control.setFaults([{ kind, times: 1 }]);
          expect((await adele(method, path, body)).status, `${id} ${kind}`).to.equal(status);
        }
      }
    });

    it('settings: read, set the default method, refuse a bad one', async () => {
      const { as } = setup();
      const adele = as(ADELE);
      expect((await adele('GET', '/settings')).status).to.equal(200);
      for (const user of [BEN, CHEN, DANA, ERIK]) expect((await as(user)('GET', '/settings')).status).to.equal(200);
      expect((await adele('PUT', '/settings/default-method', { method: 'app-code' })).status).to.equal(200);
      expect((await adele('PUT', '/settings/default-method', { method: 'call-alternate' })).status).to.equal(400);
      expect((await adele('PUT', '/settings/default-method', {})).status).to.equal(400);
    });

    it('phones: start, resend, confirm, delete, and their errors', async () => {
      const { as, control } = setup();
      const adele = as(ADELE);
      const base = '/phones/alternate/verifications';
      const started = await adele('POST', base, { number: '+442079460018', channel: 'call' }, { headers: { 'Idempotency-Key': 'p1' } });
      expect(started.status).to.equal(201);
      expect((await adele('POST', base, { number: '+442079460019', channel: 'call' }, { headers: { 'Idempotency-Key': 'p1' } })).status).to.equal(409);
      expect((await adele('POST', base, { number: '+442079460018', channel: 'text' })).status).to.equal(400);
      expect((await adele('POST', base, { number: '+442079460018', channel: 'call' })).status).to.equal(429);
      expect((await as(ERIK)('POST', base, { number: '+442079460018', channel: 'call' })).status).to.equal(403);
      const id = started.body.challengeId;
      expect((await adele('POST', `${base}/${id}/resend`, {})).status).to.equal(429);
      expect((await adele('POST', `${base}/chl_nope/resend`, {})).status).to.equal(404);
      expect((await adele('POST', `${base}/${id}/resend`, { channel: 'fax' })).status).to.equal(400);
      control.advanceClock(30);
      expect((await adele('POST', `${base}/${id}/resend`)).status).to.equal(200);
      const code = control.lastCode(ADELE)!;
      expect((await adele('POST', `${base}/${id}/confirm`, { code: code === '000000' ? '111111' : '000000' })).status).to.equal(422);
      expect((await adele('POST', `${base}/${id}/confirm`, { code: 'abc' })).status).to.equal(400);
      expect((await adele('POST', `${base}/chl_nope/confirm`, { code })).status).to.equal(404);
      expect((await adele('POST', `${base}/${id}/confirm`, { code })).status).to.equal(200);
      expect((await adele('POST', `${base}/${id}/confirm`, { code })).status).to.equal(410);
      expect((await adele('POST', `${base}/${id}/resend`, {})).status).to.equal(410);
      expect((await adele('DELETE', '/phones/mobile')).status).to.equal(409);
      expect((await adele('DELETE', '/phones/alternate')).status).to.equal(204);
      expect((await adele('DELETE', '/phones/alternate')).status).to.equal(404);
    });

    it('authenticators: enroll (code and push), poll, verify, cancel, rename, delete, and their errors', async () => {
      const { as, control } = setup({ maxEnrollmentStartsPerHour: 4 });
      const adele = as(ADELE);
      expect((await adele('GET', '/authenticators')).status).to.equal(200);
      const totpStart = await adele('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Laptop' });
      expect(totpStart.status).to.equal(201);
      const pushStart = await adele('POST', '/authenticators/enrollments', { kind: 'push', name: 'Pixel' });
      expect(pushStart.status).to.equal(201);
      expect((await adele('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Work phone' })).status).to.equal(409);
      expect((await adele('POST', '/authenticators/enrollments', { kind: 'sms', name: 'x' })).status).to.equal(400);
      expect((await as(ERIK)('POST', '/authenticators/enrollments', { kind: 'totp', name: 'x' })).status).to.equal(403);
      const totpId = totpStart.body.enrollmentId;
      const pushId = pushStart.body.enrollmentId;
      expect((await adele('GET', `/authenticators/enrollments/${totpId}`)).status).to.equal(200);
      expect((await adele('GET', '/authenticators/enrollments/enr_nope')).status).to.equal(404);
      const good = await control.currentTotp(totpId);
      expect((await adele('POST', `/authenticators/enrollments/${totpId}/verify`, { code: good === '000000' ? '111111' : '000000' })).status).to.equal(422);
      expect((await adele('POST', `/authenticators/enrollments/${totpId}/verify`, {})).status).to.equal(400);
      expect((await adele('POST', '/authenticators/enrollments/enr_nope/verify', { code: good })).status).to.equal(404);
      expect((await adele('POST', `/authenticators/enrollments/${pushId}/verify`, { code: good })).status).to.equal(409);
      const verified = await adele('POST', `/authenticators/enrollments/${totpId}/verify`, { code: good });
      expect(verified.status).to.equal(200);
      expect((await adele('GET', `/authenticators/enrollments/${totpId}`)).status).to.equal(200);
      expect((await adele('DELETE', `/authenticators/enrollments/${totpId}`)).status).to.equal(409);
      expect((await adele('DELETE', `/authenticators/enrollments/${pushId}`)).status).to.equal(204);
      expect((await adele('GET', `/authenticators/enrollments/${pushId}`)).status).to.equal(200);
      expect((await adele('DELETE', '/authenticators/enrollments/enr_nope')).status).to.equal(404);
      const another = await adele('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Spare' });
      await adele('DELETE', `/authenticators/enrollments/${another.body.enrollmentId}`);
      expect((await adele('POST', `/authenticators/enrollments/${another.body.enrollmentId}/verify`, { code: good })).status).to.equal(410);
      const push2 = await adele('POST', '/authenticators/enrollments', { kind: 'push', name: 'Pixel 2' });
      control.approvePush(push2.body.enrollmentId);
      expect((await adele('GET', `/authenticators/enrollments/${push2.body.enrollmentId}`)).body.status).to.equal('activated');
      expect((await adele('POST', '/authenticators/enrollments', { kind: 'totp', name: 'Fifth' })).status, 'a fifth start in the hour').to.equal(429);
      const newId = verified.body.authenticator.id;
      expect((await adele('PATCH', `/authenticators/${newId}`, { name: 'Work laptop' })).status).to.equal(200);
      expect((await adele('PATCH', `/authenticators/${newId}`, { name: 'Work phone' })).status).to.equal(409);
      expect((await adele('PATCH', `/authenticators/${newId}`, { name: '' })).status).to.equal(400);
      expect((await adele('PATCH', `/authenticators/${newId}`, { name: ' \u200b ' })).status).to.equal(400);
      expect((await adele('PATCH', '/authenticators/auth_nope', { name: 'x' })).status).to.equal(404);
      expect((await adele('DELETE', `/authenticators/${newId}`)).status).to.equal(204);
      expect((await adele('DELETE', `/authenticators/${newId}`)).status).to.equal(404);
      expect((await as(DANA)('DELETE', '/authenticators/auth_dana_push')).status).to.equal(409);
    });

    it('app passwords: list, create, revoke, and their errors', async () => {
      const { as } = setup({ appPasswordLimit: 3 });
      const adele = as(ADELE);
      expect((await adele('GET', '/app-passwords')).status).to.equal(200);
      expect((await adele('POST', '/app-passwords', { name: 'Mail' })).status).to.equal(201);
      expect((await adele('POST', '/app-passwords', { name: 'More' })).status).to.equal(409);
      expect((await adele('POST', '/app-passwords', { name: 'x'.repeat(65) })).status).to.equal(400);
      expect((await as(CHEN)('POST', '/app-passwords', { name: 'Mail' })).status).to.equal(403);
      expect((await adele('DELETE', '/app-passwords/apw_adele_mail')).status).to.equal(204);
      // A name with nothing to see (a zero-width space) (below the limit again) is refused as a blank one is.
      const invisible = await adele('POST', '/app-passwords', { name: '\u200b' });
      expect([invisible.status, invisible.body.error.fieldErrors]).to.deep.equal([400, [{ field: 'name', reason: 'invalid' }]]);
      expect((await adele('DELETE', '/app-passwords/apw_adele_mail')).status).to.equal(404);
    });

    it('admin actions: run each, refuse non-administrators and bad bodies', async () => {
      const { as } = setup();
      const dana = as(DANA);
      for (const action of ['require-register-again', 'delete-app-passwords', 'restore-remembered-devices']) {
        expect((await dana('POST', '/admin/actions', { action, userIds: [ADELE, 'ghost'] })).status).to.equal(200);
      }
      expect((await dana('POST', '/admin/actions', { action: 'nuke', userIds: [ADELE] })).status).to.equal(400);
      expect((await as(ADELE)('POST', '/admin/actions', { action: 'delete-app-passwords', userIds: [ADELE] })).status).to.equal(403);
    });

    it('covered every operation with its success answer', () => {
      for (const [id, { doc: operation }] of operations) {
        const success = Object.keys(operation.responses).find((status) => status.startsWith('2'))!;
        expect(observed.get(id)?.has(Number(success)), `${id} ${success}`).to.equal(true);
      }
    });
  });
});
