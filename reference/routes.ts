/**
 * The protocol's routes: method, path template (relative to the endpoint URL), operationId.
 * They mirror `paths` in `protocol/openapi.json`; the protocol test checks both agree.
 */
import { PHONE_SLOTS } from '../src/core/types.js';
import { runAdminAction } from './operations/admin.js';
import { createAppPassword, listAppPasswords, revokeAppPassword } from './operations/app-passwords.js';
import {
  cancelEnrollment,
  deleteAuthenticator,
  getEnrollment,
  listAuthenticators,
  renameAuthenticator,
  startEnrollment,
  verifyEnrollment,
} from './operations/authenticators.js';
import { confirmPhoneVerification, deletePhone, resendPhoneVerification, startPhoneVerification } from './operations/phones.js';
import { getSettings, setDefaultMethod } from './operations/settings.js';
import type { Operation } from './operations/shared.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface Route {
  method: HttpMethod;
  path: string;
  operationId: string;
  run: Operation;
  /** Administrators only: anyone else gets 403 `not-admin` before anything of the request is read. */
  adminOnly?: true;
  /**
   * Only takes access away (a set-up withdrawn): taken whatever the sign-in's age. A step-up asked
   * for here would leave the set-up's key or activation code working while the user thinks it gone.
   */
  anySignInAge?: true;
}

export const ROUTES: readonly Route[] = [
  { method: 'GET', path: '/settings', operationId: 'getSettings', run: getSettings },
  { method: 'PUT', path: '/settings/default-method', operationId: 'setDefaultMethod', run: setDefaultMethod },
  { method: 'POST', path: '/phones/{slot}/verifications', operationId: 'startPhoneVerification', run: startPhoneVerification },
  {
    method: 'POST',
    path: '/phones/{slot}/verifications/{challengeId}/resend',
    operationId: 'resendPhoneVerification',
    run: resendPhoneVerification,
  },
  {
    method: 'POST',
    path: '/phones/{slot}/verifications/{challengeId}/confirm',
    operationId: 'confirmPhoneVerification',
    run: confirmPhoneVerification,
  },
  { method: 'DELETE', path: '/phones/{slot}', operationId: 'deletePhone', run: deletePhone },
  { method: 'GET', path: '/authenticators', operationId: 'listAuthenticators', run: listAuthenticators },
  { method: 'POST', path: '/authenticators/enrollments', operationId: 'startEnrollment', run: startEnrollment },
  { method: 'GET', path: '/authenticators/enrollments/{enrollmentId}', operationId: 'getEnrollment', run: getEnrollment },
  {
    method: 'POST',
    path: '/authenticators/enrollments/{enrollmentId}/verify',
    operationId: 'verifyEnrollment',
    run: verifyEnrollment,
  },
  { method: 'DELETE', path: '/authenticators/enrollments/{enrollmentId}', operationId: 'cancelEnrollment', run: cancelEnrollment, anySignInAge: true },
  { method: 'PATCH', path: '/authenticators/{authenticatorId}', operationId: 'renameAuthenticator', run: renameAuthenticator },
  { method: 'DELETE', path: '/authenticators/{authenticatorId}', operationId: 'deleteAuthenticator', run: deleteAuthenticator },
  { method: 'GET', path: '/app-passwords', operationId: 'listAppPasswords', run: listAppPasswords },
  { method: 'POST', path: '/app-passwords', operationId: 'createAppPassword', run: createAppPassword },
  { method: 'DELETE', path: '/app-passwords/{appPasswordId}', operationId: 'revokeAppPassword', run: revokeAppPassword },
  { method: 'POST', path: '/admin/actions', operationId: 'runAdminAction', run: runAdminAction, adminOnly: true },
];

/** Path parameters with a fixed set of values: anything else is an unknown path (404). */
const PARAM_VALUES: Record<string, readonly string[]> = { slot: PHONE_SLOTS };

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'wrong-method'; allowed: HttpMethod[] }
  | { kind: 'none' };

/** Finds the route for a path relative to the endpoint URL, for example `/phones/mobile`. */
export function matchRoute(method: string, path: string): RouteMatch {
  const segments = path.split('/').filter(Boolean);
  const allowed: HttpMethod[] = [];
  for (const route of ROUTES) {
    const params = matchPath(route.path, segments);
    if (!params) continue;
    if (route.method === method) return { kind: 'found', route, params };
    allowed.push(route.method);
  }
  return allowed.length > 0 ? { kind: 'wrong-method', allowed } : { kind: 'none' };
}

function matchPath(template: string, segments: string[]): Record<string, string> | undefined {
  const parts = template.split('/').filter(Boolean);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index]!;
    if (part.startsWith('{')) {
      const name = part.slice(1, -1);
      let value: string;
      try {
        value = decodeURIComponent(segment);
      } catch {
        return undefined;
      }
      if (PARAM_VALUES[name] && !PARAM_VALUES[name].includes(value)) return undefined;
      params[name] = value;
    } else if (part !== segment) {
      return undefined;
    }
  }
  return params;
}
