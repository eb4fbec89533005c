import { expect } from '@open-wc/testing';
import { matchCountries } from '../src/components/phone-editor/phone-draft.js';
import examples from 'libphonenumber-js/examples.mobile.json';
import { getCountryCallingCode } from 'libphonenumber-js/min/es6';
import { type FlowState, transition } from '../src/components/phone-editor/phone-editor-flow.js';
import {
  type CountryCode,
  allCountries,
  checkExtension,
  checkPhone,
  extractNumber,
  formatTyped,
  pastedExtension,
} from '../src/components/phone-editor/phone-format.js';
import type { PhoneChallenge } from '../src/core/types.js';

/** Types a string key by key at the end, as the element does on each `input` event. */
function typeAll(keys: string, country: CountryCode) {
  let state = { text: '', caret: 0, country, foreign: false };
  for (const key of keys) {
    const text = state.text.slice(0, state.caret) + key + state.text.slice(state.caret);
    state = formatTyped(text, state.caret + key.length, state.country, state.text, 'insertText');
  }
  return state;
}

const regions = Object.keys(examples) as CountryCode[];

describe('phone-format: every region libphonenumber-js ships an example for', () => {
  it('has an example for every region in the country list', () => {
    const known = allCountries().map((c) => c.region);
    expect(regions.length).to.be.greaterThan(200);
    for (const region of regions) expect(known, region).to.include(region);
  });

  it('formats each national example typed key by key, keeps the caret at the end, and yields E.164', () => {
    for (const region of regions) {
      const national = (examples as Record<string, string>)[region]!;
      const typed = typeAll(national, region);
      expect(typed.caret, region).to.equal(typed.text.length);
      expect(typed.text.replace(/\D/g, ''), region).to.equal(national);
      const check = checkPhone(typed.text, typed.country);
      expect(check, `${region} ${typed.text}`).to.deep.include({
        ok: true,
        e164: `+${getCountryCallingCode(region)}${national}`,
      });
    }
  });

  it('switches to the region of each example typed with + and with 00', () => {
    for (const region of regions) {
      const e164 = `+${getCountryCallingCode(region)}${(examples as Record<string, string>)[region]!}`;
      for (const typedForm of [e164, `00${e164.slice(1)}`]) {
        const typed = typeAll(typedForm, region === 'US' ? 'FR' : 'US');
        const check = checkPhone(typed.text, typed.country);
        expect(check, `${region} ${typedForm}`).to.deep.include({ ok: true, e164 });
        expect(typed.text.startsWith('+'), region).to.equal(true);
      }
    }
  });
});

describe('phone-format: the region of a + number', () => {
  it('is its calling code\'s main region while the digits name none, so a check names the right one', () => {
    // +44 7700 900… is kept for drama in the UK: no region has it, yet it is dialled in the UK.
    const typed = typeAll('+44 7700 900123', 'US');
    expect(typed.country).to.equal('GB');
    expect(checkPhone(typed.text, typed.country)).to.deep.equal({ ok: false, problem: 'invalid-for-region' });
    expect(typeAll('+7 9', 'FR').country).to.equal('RU');
    expect(typeAll('+1 2', 'FR').country).to.equal('US');
  });

  it('stays the region chosen when that region has the calling code too', () => {
    expect(typeAll('+1 2', 'CA').country).to.equal('CA');
    expect(typeAll('+44 7700 900123', 'JE').country).to.equal('JE');
  });

  it('stays the region chosen for a calling code no region has', () => {
    expect(typeAll('+800 1234 5678', 'DE').country).to.equal('DE');
    expect(typeAll('+999 1234', 'DE').country).to.equal('DE');
  });
});

describe('phone-format: bad input gets one specific reason', () => {
  const table: [string, string, CountryCode, string][] = [
    ['letters', 'call me', 'GB', 'not-a-number'],
    ['letters inside digits', '07400 12a456', 'GB', 'not-a-number'],
    ['emoji', '07400 123456 📞', 'GB', 'not-a-number'],
    ['mixed scripts (Latin O for zero)', 'O74OO 123456', 'GB', 'not-a-number'],
    ['mixed scripts (Cyrillic letters)', '074ОО 123456', 'GB', 'not-a-number'],
    ['30 digits', '123456789012345678901234567890', 'GB', 'too-long'],
    ['empty', '', 'GB', 'empty'],
    ['only spaces', '   ', 'GB', 'empty'],
    ['a lone +', '+', 'GB', 'lone-plus'],
    ['too short', '07400', 'GB', 'too-short'],
    ['too short after the trunk prefix', '06 12 34 56 7', 'FR', 'too-short'],
    ['no such country code', '+999 1234 5678', 'GB', 'invalid-country'],
    ['digits no number of the region starts with', '06 1234 5678', 'GB', 'invalid-for-region'],
  ];
  for (const [name, text, country, problem] of table) {
    it(name, () => {
      expect(checkPhone(text, country)).to.deep.equal({ ok: false, problem });
    });
  }

  it('accepts a fixed line (whether it takes texts is the endpoint\'s answer), and digits of other scripts mixed with ASCII', () => {
    expect(checkPhone('020 7946 0958', 'GB')).to.deep.include({ ok: true, e164: '+442079460958' });
    expect(checkPhone('06 6982 1234', 'IT'), 'Italian numbers keep their 0').to.deep.include({
      ok: true,
      e164: '+390669821234',
    });
    expect(checkPhone('٠٧٤٠٠ 123456', 'GB')).to.deep.include({ ok: true, e164: '+447400123456' });
    expect(checkPhone('０７４００ １２３４５６', 'GB')).to.deep.include({ ok: true, e164: '+447400123456' });
    // The invisible marks a number copied from a right-to-left page or a chat carries.
    expect(checkPhone('\u200e+44 7911 123456', 'US')).to.deep.include({ ok: true, e164: '+447911123456' });
    expect(checkPhone('07911\u200b123456\u2069', 'GB')).to.deep.include({ ok: true, e164: '+447911123456' });
  });

  it('accepts numbers of ranges the numbering plans opened lately (the metadata is kept up to date)', () => {
    // A Mauritanian mobile starting 77, and a New Zealand number starting 11: refused, as not valid
    // for the region and as too long, with the metadata of libphonenumber-js 1.13.16.
    expect(checkPhone('77 12 34 56', 'MR')).to.deep.include({ ok: true, e164: '+22277123456' });
    expect(checkPhone('+64 11 234 567 890', 'US')).to.deep.include({ ok: true, e164: '+6411234567890' });
  });

  it('takes the one number out of pasted text, and nothing when there is none or two', () => {
    expect(extractNumber('Call me on +44 20 7946 0958, thanks')).to.equal('+44 20 7946 0958');
    expect(extractNumber('tel: (425) 555-0167 (mobile)')).to.equal('(425) 555-0167');
    expect(extractNumber('no number here')).to.equal(undefined);
    expect(extractNumber('+44 20 7946 0958 or +44 7400 123456')).to.equal(undefined);
    expect(extractNumber('Mobile: 07911\u200b123456')).to.equal('07911123456');
  });

  it('finds the extension in pasted text as the phone library writes or reads one, and none where there is none', () => {
    expect(pastedExtension('+1 425 555 0100 ext. 45', 'GB')).to.equal('45');
    expect(pastedExtension('tel:+1-425-555-0100;ext=4521', 'GB')).to.equal('4521');
    expect(pastedExtension('Call me at (425) 555-0100 x 45, thanks', 'US')).to.equal('45');
    expect(pastedExtension('+44 20 7946 0958 extension １２３', 'US'), 'digits of any width').to.equal('123');
    expect(pastedExtension('Call me on +44 20 7946 0958, thanks', 'US')).to.equal(undefined);
    expect(pastedExtension('no number here', 'US')).to.equal(undefined);
  });

  it('checks extensions: digits only (any script), at most 10', () => {
    expect(checkExtension('4321')).to.deep.equal({ ok: true, extension: '4321' });
    expect(checkExtension('٤٣٢١')).to.deep.equal({ ok: true, extension: '4321' });
    expect(checkExtension('ext 12')).to.deep.equal({ ok: false });
    expect(checkExtension('12345678901')).to.deep.equal({ ok: false });
  });
});

describe('phone-format: the caret', () => {
  it('stays after the digit just typed in the middle, across inserted formatting', () => {
    // "(201) 555-0123" with "9" typed after "(201) 5" → still after the 9.
    const before = '(201) 555-0123';
    const text = '(201) 59' + '55-0123';
    const typed = formatTyped(text, 8, 'US', before, 'insertText');
    expect(typed.text.replace(/\D/g, '')).to.equal('20159550123');
    expect(typed.text.slice(0, typed.caret).replace(/\D/g, '')).to.equal('20159');
  });

  it('deletes the digit before a formatting character when Backspace removes only the formatting', () => {
    const before = '(201) 555-0123';
    // Backspace right after ")" removes ")": the caret was at 5, now 4.
    const typed = formatTyped('(201 555-0123', 4, 'US', before, 'deleteContentBackward');
    expect(typed.text.replace(/\D/g, '')).to.equal('205550123');
    expect(typed.text.slice(0, typed.caret).replace(/\D/g, '')).to.equal('20');
  });

  it('deletes the digit after a formatting character when Delete removes only the formatting', () => {
    const before = '(201) 555-0123';
    // Delete right before "-" removes "-": the caret stays at 9.
    const typed = formatTyped('(201) 5550123', 9, 'US', before, 'deleteContentForward');
    expect(typed.text.replace(/\D/g, '')).to.equal('201555123');
    expect(typed.text.slice(0, typed.caret).replace(/\D/g, '')).to.equal('201555');
  });

  it('deletes a digit normally and keeps the caret there', () => {
    const typed = formatTyped('(201) 55-0123', 7, 'US', '(201) 555-0123', 'deleteContentBackward');
    expect(typed.text.replace(/\D/g, '')).to.equal('201550123');
    expect(typed.text.slice(0, typed.caret).replace(/\D/g, '')).to.equal('2015');
  });

  it('leaves text with letters exactly as typed, caret included', () => {
    expect(formatTyped('0740a', 4, 'GB', '0740', 'insertText')).to.deep.equal({
      text: '0740a',
      caret: 4,
      country: 'GB',
      foreign: true,
    });
  });
});

describe('country search', () => {
  // As the picker lists them: sorted by name.
  const options = [
    { region: 'DZ', name: 'Algeria', callingCode: '213', main: true, label: '' },
    { region: 'AS', name: 'American Samoa', callingCode: '1', main: false, label: '' },
    { region: 'AG', name: 'Antigua & Barbuda', callingCode: '1', main: false, label: '' },
    { region: 'AU', name: 'Australia', callingCode: '61', main: true, label: '' },
    { region: 'IO', name: 'British Indian Ocean Territory', callingCode: '246', main: true, label: '' },
    { region: 'CI', name: 'Côte d’Ivoire', callingCode: '225', main: true, label: '' },
    { region: 'DE', name: 'Germany', callingCode: '49', main: true, label: '' },
    { region: 'GG', name: 'Guernsey', callingCode: '44', main: false, label: '' },
    { region: 'IN', name: 'India', callingCode: '91', main: true, label: '' },
    { region: 'UA', name: 'Ukraine', callingCode: '380', main: true, label: '' },
    { region: 'GB', name: 'United Kingdom', callingCode: '44', main: true, label: '' },
    { region: 'US', name: 'United States', callingCode: '1', main: true, label: '' },
  ];
  const table: [string, string[]][] = [
    ['', options.map((o) => o.region)],
    ['49', ['DE']],
    ['+49', ['DE']],
    ['0049', ['DE']],
    // Spaces as a calling code is often written; the start of one (a plus, zeros) is every country yet.
    ['+ 49', ['DE']],
    ['00 49', ['DE']],
    ['+', options.map((o) => o.region)],
    ['0', options.map((o) => o.region)],
    ['00', options.map((o) => o.region)],
    // The code's main region first, then the others that share it.
    ['1', ['US', 'AS', 'AG']],
    ['+44', ['GB', 'GG']],
    // The start of several codes: their main regions first.
    ['4', ['DE', 'GB', 'GG']],
    ['22', ['CI']],
    // The ISO code first, then names that start with it, then a word that does, then any part.
    ['us', ['US', 'AU']],
    ['uk', ['GB', 'UA']],
    ['ger', ['DE', 'DZ']],
    ['ind', ['IN', 'IO']],
    ['states', ['US']],
    ['cote', ['CI']],
    ['UNITED', ['GB', 'US']],
    ['gb', ['GB']],
    ['usa', []],
    ['nowhere', []],
  ];
  for (const [query, regions] of table) {
    it(`"${query}" → ${regions.join(', ') || 'nothing'}`, () => {
      expect(matchCountries(options, query, 'en').map((o) => o.region)).to.deep.equal(regions);
    });
  }
});

describe('phone-editor-flow', () => {
  const challenge = { challengeId: 'c1', codeLength: 6 } as PhoneChallenge;
  const error = new Error('x');
  const table: [string, FlowState, Parameters<typeof transition>[1], FlowState['step']][] = [
    ['edit from viewing', { step: 'viewing' }, { type: 'edit' }, 'editing'],
    ['send from editing', { step: 'editing' }, { type: 'send' }, 'sending'],
    ['sent', { step: 'sending' }, { type: 'sent', challenge }, 'awaiting-code'],
    ['sent after a reauth retry', { step: 'editing', error }, { type: 'sent', challenge }, 'awaiting-code'],
    ['send failed', { step: 'sending' }, { type: 'send-failed', error }, 'editing'],
    ['change number', { step: 'awaiting-code', challenge }, { type: 'change-number' }, 'editing'],
    ['confirm', { step: 'awaiting-code', challenge }, { type: 'confirm' }, 'confirming'],
    ['confirmed', { step: 'confirming', challenge }, { type: 'confirmed', maskedNumber: 'm' }, 'saved'],
    ['wrong code', { step: 'confirming', challenge }, { type: 'confirm-failed', error, expired: false }, 'awaiting-code'],
    ['expired code', { step: 'confirming', challenge }, { type: 'confirm-failed', error, expired: true }, 'expired'],
    ['resent after expiry', { step: 'expired', challenge }, { type: 'resent', challenge }, 'awaiting-code'],
    ['a new code refused', { step: 'awaiting-code', challenge }, { type: 'resend-failed', error, expired: false }, 'awaiting-code'],
    ['a new code refused, the request gone (410)', { step: 'expired', challenge }, { type: 'resend-failed', error, expired: true }, 'editing'],
    ['remove asks first', { step: 'viewing' }, { type: 'remove' }, 'remove-confirm'],
    ['remove confirmed', { step: 'remove-confirm' }, { type: 'remove-confirmed' }, 'removing'],
    ['removed', { step: 'removing' }, { type: 'removed' }, 'viewing'],
    ['remove refused', { step: 'removing' }, { type: 'remove-failed', error }, 'remove-confirm'],
    ['cancel the confirmation', { step: 'remove-confirm' }, { type: 'cancel' }, 'viewing'],
    ['cancel while sending', { step: 'sending' }, { type: 'cancel' }, 'viewing'],
    ['no cancel while confirming the code', { step: 'confirming', challenge }, { type: 'cancel' }, 'confirming'],
    ['no cancel while removing', { step: 'removing' }, { type: 'cancel' }, 'removing'],
    ['interrupted while sending', { step: 'sending' }, { type: 'interrupted' }, 'editing'],
    ['interrupted while confirming', { step: 'confirming', challenge }, { type: 'interrupted' }, 'awaiting-code'],
    ['interrupted while removing', { step: 'removing' }, { type: 'interrupted' }, 'remove-confirm'],
    ['interrupted with nothing in flight', { step: 'awaiting-code', challenge }, { type: 'interrupted' }, 'awaiting-code'],
  ];
  for (const [name, from, event, step] of table) {
    it(name, () => expect(transition(from, event).step).to.equal(step));
  }

  it('ignores events that do not apply (late answers, double clicks), returning the same state', () => {
    const viewing: FlowState = { step: 'viewing' };
    for (const event of [
      { type: 'sent', challenge },
      { type: 'confirmed', maskedNumber: 'm' },
      { type: 'confirm' },
      { type: 'removed' },
      { type: 'send' },
    ] as const) {
      expect(transition(viewing, event)).to.equal(viewing);
    }
    const saved: FlowState = { step: 'saved', maskedNumber: 'm' };
    expect(transition(saved, { type: 'confirm-failed', error, expired: false })).to.equal(saved);
  });

  it('keeps the challenge and the error through a wrong code', () => {
    const next = transition({ step: 'confirming', challenge }, { type: 'confirm-failed', error, expired: false });
    expect(next).to.deep.equal({ step: 'awaiting-code', challenge, error });
  });
});
