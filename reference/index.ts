/**
 * The reference endpoint of the mfa-elements protocol (web standards only; see `node.ts` for
 * serving it from Node).
 */
export {
  type ReferenceControl,
  type ReferenceEndpoint,
  type ReferenceEndpointOptions,
  type UserOverview,
  ControlError,
  CSRF_HEADER,
  SESSION_COOKIE,
  createReferenceEndpoint,
} from './endpoint.js';
export { type Fault, FAULT_KINDS } from './faults.js';
export { protocolDocument, schemaValidator, validateRequestBody } from './protocol.js';
export { type SandboxHost, type SandboxHostOptions, type SandboxOptions, CSRF_COOKIE, DEMO_SANDBOX_ID, createSandboxHost } from './sandbox.js';
export { DEMO_USERS, type OutboxMessage, type SideEffect } from './store.js';
export { base32Decode, base32Encode, buildOtpauthUri, hotp, totp, verifyTotp } from './totp.js';
export { maskPhoneNumber, validatePhoneRequest } from './phone.js';
