import { expect } from '@open-wc/testing';
import {
  type MethodPickerStatus,
  type StatusInput,
  pickerRows,
  phoneSlotOf,
  pickerStatus,
  saveFailureMessage,
  selectedMethod,
} from '../src/components/method-picker/method-picker-rows.js';
import { MfaError } from '../src/core/errors.js';
import { Localizer, registerStrings } from '../src/core/localize.js';
import { en } from '../src/locales/en.js';
import { methodPickerStrings } from '../src/locales/en/method-picker.js';
import { METHOD_IDS, type MethodId, type SettingsSummary } from '../src/core/types.js';

const summary = (over: Partial<SettingsSummary> = {}): SettingsSummary => ({
  user: { displayName: 'U', isAdmin: false },
  methods: [],
  defaultMethod: null,
  phones: [],
  authenticators: [],
  appPasswords: { count: 0, limit: 10 },
  policy: { allowedMethods: [...METHOD_IDS], appPasswordsAllowed: true },
  mustRegisterAgain: false,
  ...over,
});

const at = '2024-01-01T00:00:00Z';

registerStrings(methodPickerStrings);

describe('method picker rows (pure)', () => {
  it('knows the phone each method needs, and that an app needs none', () => {
    expect(Object.fromEntries(METHOD_IDS.map((method) => [method, phoneSlotOf(method)]))).to.deep.equal({
      'text-mobile': 'mobile',
      'call-mobile': 'mobile',
      'call-alternate': 'alternate',
      'call-office': 'office',
      'app-notification': undefined,
      'app-code': undefined,
    });
  });

  it('splits allowed methods into choices and set-up actions, in protocol order', () => {
    const rows = pickerRows(
      summary({
        methods: ['app-code', 'call-office', 'text-mobile'],
        phones: [{ slot: 'office', maskedNumber: '+1 ••00', extension: '4321', verifiedAt: at }],
        authenticators: [
          { id: 'a', kind: 'totp', name: 'Work phone', createdAt: at, lastUsedAt: null },
          { id: 'b', kind: 'push', name: 'Pixel', createdAt: at, lastUsedAt: null },
        ],
      }),
    );
    expect(rows.choices.map((r) => r.method)).to.deep.equal(['text-mobile', 'call-office', 'app-code']);
    expect(rows.choices[1].phone?.extension).to.equal('4321');
    expect(rows.choices[2].appNames).to.deep.equal(['Work phone', 'Pixel']);
    expect(rows.choices.map((r) => r.restricted)).to.deep.equal([true, true, false]);
    expect(rows.setup).to.deep.equal(['call-mobile', 'call-alternate', 'app-notification']);
    expect(rows.appSetup).to.equal(undefined);
  });

  it('names under each app method only the apps that give it: not a kind only a newer endpoint knows', () => {
    const rows = pickerRows(
      summary({
        methods: ['app-notification', 'app-code'],
        authenticators: [
          { id: 'a', kind: 'totp', name: 'Work phone', createdAt: at, lastUsedAt: null },
          { id: 'b', kind: 'push', name: 'Pixel', createdAt: at, lastUsedAt: null },
          { id: 'c', kind: 'fido2' as 'totp', name: 'YubiKey 5', createdAt: at, lastUsedAt: null },
        ],
      }),
    );
    expect(rows.choices.map((r) => [r.method, r.appNames])).to.deep.equal([
      ['app-notification', ['Pixel']],
      ['app-code', ['Work phone', 'Pixel']],
    ]);
  });

  it('offers no text to set up where the mobile phone takes calls only: setting it up would replace that phone', () => {
    const rows = pickerRows(
      summary({
        methods: ['call-mobile'],
        defaultMethod: 'call-mobile',
        phones: [{ slot: 'mobile', maskedNumber: '+44 •• •••• ••18', verifiedAt: at }],
      }),
    );
    expect(rows.choices.map((r) => r.method)).to.deep.equal(['call-mobile']);
    expect(rows.setup).to.deep.equal(['call-alternate', 'call-office', 'app-notification', 'app-code']);
  });

  const notices: [string, MethodId[], MethodId[], { restricted: boolean; appsAllowed: boolean; appSetup: MethodId | undefined }][] = [
    ['everything allowed, nothing registered', [...METHOD_IDS], [], { restricted: true, appsAllowed: true, appSetup: 'app-notification' }],
    ['phones only (erik)', ['text-mobile', 'call-mobile', 'call-office'], [], { restricted: true, appsAllowed: false, appSetup: undefined }],
    ['apps only', ['app-notification', 'app-code'], ['app-code'], { restricted: false, appsAllowed: true, appSetup: undefined }],
    ['codes only, a phone registered', ['text-mobile', 'app-code'], ['text-mobile'], { restricted: true, appsAllowed: true, appSetup: 'app-code' }],
  ];
  for (const [name, allowed, methods, expected] of notices) {
    it(`notice and app suggestion: ${name}`, () => {
      const rows = pickerRows(summary({ methods, policy: { allowedMethods: allowed, appPasswordsAllowed: false } }));
      expect({ restricted: rows.restricted, appsAllowed: rows.appsAllowed, appSetup: rows.appSetup }).to.deep.equal(expected);
      expect([...rows.choices.map((r) => r.method), ...rows.setup].every((m) => allowed.includes(m))).to.equal(true);
    });
  }

  it('selects the pending choice only while it can be chosen', () => {
    const s = summary({ methods: ['text-mobile', 'app-code'], defaultMethod: 'text-mobile' });
    expect(selectedMethod(s, undefined)).to.equal('text-mobile');
    expect(selectedMethod(s, 'app-code')).to.equal('app-code');
    expect(selectedMethod(s, 'call-office')).to.equal('text-mobile');
  });

  const base: StatusInput = { hasClient: true, load: 'ready', summary: summary({ methods: ['app-code'] }), save: 'idle', selectionSaved: true };
  const statuses: [string, Partial<StatusInput>, MethodPickerStatus][] = [
    ['first load', { load: 'loading', summary: undefined }, 'loading'],
    ['no client', { hasClient: false, load: 'idle', summary: undefined }, 'error'],
    ['failed load', { load: 'error', summary: undefined }, 'error'],
    ['reload keeps the summary', { load: 'loading' }, 'ready'],
    ['nothing registered', { summary: summary() }, 'empty'],
    ['saving', { save: 'pending' }, 'saving'],
    ['saved', { save: 'success' }, 'saved'],
    ['saved, then another choice', { save: 'success', selectionSaved: false }, 'ready'],
    ['failed save', { save: 'error' }, 'error'],
    ['host re-authenticating: nothing in flight', { save: 'reauth' }, 'ready'],
  ];
  for (const [name, input, expected] of statuses) {
    it(`status: ${name} → ${expected}`, () => {
      expect(pickerStatus({ ...base, ...input })).to.equal(expected);
    });
  }

  const failures: [string, unknown, string][] = [
    ['not registered', new MfaError('validation', { operation: 'setDefaultMethod', fieldErrors: [{ field: 'method', reason: 'not-registered' }] }), en.methodPickerNotRegistered],
    ['not allowed', new MfaError('validation', { operation: 'setDefaultMethod', fieldErrors: [{ field: 'method', reason: 'not-allowed' }] }), en.methodPickerNotAllowed],
    ['other validation', new MfaError('validation', { operation: 'setDefaultMethod' }), en.errorValidation],
    ['unauthenticated', new MfaError('unauthenticated', { operation: 'setDefaultMethod', status: 401 }), en.errorUnauthenticated],
    ['forbidden', new MfaError('forbidden', { operation: 'setDefaultMethod', status: 403 }), en.errorForbidden],
    ['not an MfaError', new TypeError('x'), en.errorUnknown],
  ];
  for (const [name, error, why] of failures) {
    it(`save failure message: ${name}`, () => {
      expect(saveFailureMessage(new Localizer('en'), error)).to.equal(`${en.methodPickerSaveFailed} ${why}`);
    });
  }
  // No answer, and no settings read since: the endpoint may have saved it, so the message does not
  // say it did not. Once read, they say so (the element marks the default they bring).
  const unanswered: [string, unknown, string][] = [
    ['network', new MfaError('network', { operation: 'setDefaultMethod' }), en.errorNetwork],
    ['timeout', new MfaError('timeout', { operation: 'setDefaultMethod' }), en.errorTimeout],
    ['a success answer that cannot be read', new MfaError('server', { operation: 'setDefaultMethod', status: 200, reason: 'malformed-response' }), en.errorServer],
  ];
  for (const [name, error, why] of unanswered) {
    it(`save failure message: ${name}, unsure until the settings are read again`, () => {
      expect(saveFailureMessage(new Localizer('en'), error, true)).to.equal(`${en.methodPickerSaveUnsure} ${why}`);
      expect(saveFailureMessage(new Localizer('en'), error, false)).to.equal(`${en.methodPickerSaveFailed} ${why}`);
    });
  }
});
