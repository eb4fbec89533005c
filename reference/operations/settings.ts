/** `getSettings` and `setDefaultMethod`. */
import type { DefaultMethodResult, MethodId, SettingsSummary } from '../../src/core/types.js';
import { errors, jsonResponse } from '../http.js';
import { PHONE_SLOTS } from '../../src/core/types.js';
import { registeredMethods } from '../store.js';
import { type Operation, authenticatorView, phoneView } from './shared.js';

export const getSettings: Operation = ({ user, config }) => {
  const methods = registeredMethods(user);
  const summary: SettingsSummary = {
    user: { displayName: user.displayName, isAdmin: user.isAdmin },
    methods,
    // A default the policy no longer allows is reported as none, so it is always one of `methods`.
    defaultMethod: user.defaultMethod && methods.includes(user.defaultMethod) ? user.defaultMethod : null,
    phones: PHONE_SLOTS.flatMap((slot) => {
      const record = user.phones[slot];
      return record ? [phoneView(slot, record)] : [];
    }),
    authenticators: user.authenticators.map(authenticatorView),
    appPasswords: { count: user.appPasswords.length, limit: config.appPasswordLimit },
    policy: { allowedMethods: [...user.policy.allowedMethods], appPasswordsAllowed: user.policy.appPasswordsAllowed },
    mustRegisterAgain: user.mustRegisterAgain,
  };
  return jsonResponse(200, summary);
};

export const setDefaultMethod: Operation = ({ user, body, recordSideEffect }) => {
  const method = body.method as MethodId;
  if (!user.policy.allowedMethods.includes(method)) {
    throw errors.validation([{ field: 'method', reason: 'not-allowed' }], 'The policy does not allow this method.');
  }
  if (!registeredMethods(user).includes(method)) {
    throw errors.validation([{ field: 'method', reason: 'not-registered' }], 'This method is not registered.');
  }
  user.defaultMethod = method;
  recordSideEffect();
  const result: DefaultMethodResult = { defaultMethod: method };
  return jsonResponse(200, result);
};
