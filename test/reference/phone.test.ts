import { expect } from '@open-wc/testing';
import type { DeliveryChannel, PhoneSlot } from '../../src/core/types.js';
import { canReceiveText, maskPhoneNumber, validatePhoneRequest } from '../../reference/phone.js';

describe('reference/phone', () => {
  describe('validatePhoneRequest', () => {
    const refused: [string, PhoneSlot, { number: string; channel: DeliveryChannel; extension?: string }, string, string][] = [
      ['letters', 'mobile', { number: '+1415555abcd', channel: 'text' }, 'number', 'invalid-format'],
      ['no plus sign', 'mobile', { number: '14155550123', channel: 'text' }, 'number', 'invalid-format'],
      ['spaces (not E.164)', 'mobile', { number: '+1 415 555 0123', channel: 'text' }, 'number', 'invalid-format'],
      ['too few digits', 'mobile', { number: '+1415', channel: 'text' }, 'number', 'too-short'],
      ['too many digits', 'mobile', { number: '+141555501234567', channel: 'text' }, 'number', 'too-long'],
      ['an unknown country code', 'mobile', { number: '+999123456789', channel: 'call' }, 'number', 'invalid-country'],
      ['a length the region does not use', 'mobile', { number: '+861381234567', channel: 'call' }, 'number', 'invalid-for-region'],
      ['a text to a UK fixed line', 'mobile', { number: '+442079460018', channel: 'text' }, 'number', 'cannot-receive-text'],
      ['a text to a German fixed line', 'alternate', { number: '+4930123456', channel: 'text' }, 'number', 'cannot-receive-text'],
      ['a text to a toll-free number', 'mobile', { number: '+80012345678', channel: 'text' }, 'number', 'cannot-receive-text'],
      ['a call to a premium-rate number (UK 09)', 'alternate', { number: '+449098790000', channel: 'call' }, 'number', 'not-allowed'],
      ['a call to a premium-rate number (US 900)', 'office', { number: '+19005550123', channel: 'call' }, 'number', 'not-allowed'],
      ['a text to a premium-rate number', 'mobile', { number: '+449098790000', channel: 'text' }, 'number', 'not-allowed'],
      ['a call to a shared-cost number (France 081)', 'alternate', { number: '+33810123456', channel: 'call' }, 'number', 'not-allowed'],
      ['a text to a pager (UK 076)', 'mobile', { number: '+447640123456', channel: 'text' }, 'number', 'not-allowed'],
      ['a call to a personal number (UK 070)', 'alternate', { number: '+447012345678', channel: 'call' }, 'number', 'not-allowed'],
      ['a text to a satellite phone (+881)', 'mobile', { number: '+881612345678', channel: 'text' }, 'number', 'not-allowed'],
      ['a call to Inmarsat (+870)', 'alternate', { number: '+870773111632', channel: 'call' }, 'number', 'not-allowed'],
      ['a text to an office phone', 'office', { number: '+14155550123', channel: 'text' }, 'channel', 'text-not-allowed-for-office'],
      ['an extension with letters', 'office', { number: '+14155550123', channel: 'call', extension: '12a' }, 'extension', 'invalid-extension'],
      ['an 11-digit extension', 'office', { number: '+14155550123', channel: 'call', extension: '12345678901' }, 'extension', 'invalid-extension'],
      ['an empty extension', 'office', { number: '+14155550123', channel: 'call', extension: '' }, 'extension', 'invalid-extension'],
      ['an extension on a mobile phone', 'mobile', { number: '+14155550123', channel: 'call', extension: '12' }, 'extension', 'invalid-extension'],
    ];
    for (const [label, slot, input, field, reason] of refused) {
      it(`refuses ${label}: ${field} ${reason}`, () => {
        const result = validatePhoneRequest(slot, input);
        expect(result.ok).to.equal(false);
        if (!result.ok) expect(result.fieldErrors).to.deep.include({ field, reason });
      });
    }

    const accepted: [string, PhoneSlot, { number: string; channel: DeliveryChannel; extension?: string }, string | undefined][] = [
      ['a US number by text (fixed line or mobile)', 'mobile', { number: '+14155550123', channel: 'text' }, 'US'],
      ['a French mobile by text', 'mobile', { number: '+33612345678', channel: 'text' }, 'FR'],
      ['a Chinese mobile by text', 'mobile', { number: '+8613812345678', channel: 'text' }, 'CN'],
      ['a UK fixed line by call', 'alternate', { number: '+442079460018', channel: 'call' }, 'GB'],
      ['an office phone with an extension', 'office', { number: '+14155550123', channel: 'call', extension: '4321' }, 'US'],
      ['a toll-free number by call (type known, no region)', 'alternate', { number: '+80012345678', channel: 'call' }, undefined],
    ];
    for (const [label, slot, input, region] of accepted) {
      it(`accepts ${label}`, () => {
        const result = validatePhoneRequest(slot, input);
        expect(result.ok, JSON.stringify(result)).to.equal(true);
        if (result.ok) {
          expect(result.phone.number).to.equal(input.number);
          expect(result.phone.region).to.equal(region);
          expect(result.phone.extension).to.equal(input.extension);
        }
      });
    }

    it('reports every problem at once', () => {
      const result = validatePhoneRequest('office', { number: '+1415', channel: 'text', extension: 'x' });
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.fieldErrors.map((e) => e.field).sort()).to.deep.equal(['channel', 'extension', 'number']);
    });

    it('tells which stored numbers can take a text', () => {
      expect(canReceiveText('+33612345678')).to.equal(true);
      expect(canReceiveText('+442079460018')).to.equal(false);
    });
  });

  describe('maskPhoneNumber', () => {
    const cases: [string, string][] = [
      ['+14255550167', '+1 ••• ••• ••67'],
      ['+442079460018', '+44 •• •••• ••18'],
      ['+33612345678', '+33 • •• •• •• 78'],
      ['+8613812345678', '+86 ••• •••• ••78'],
      ['+4930123456', '+49 •• ••••56'],
    ];
    for (const [number, masked] of cases) {
      it(`${number} -> ${masked}`, () => {
        expect(maskPhoneNumber(number)).to.equal(masked);
      });
    }

    it('keeps no more than the country code and two digits', () => {
      const masked = maskPhoneNumber('+14255550167');
      expect(masked.replace(/\D/g, '')).to.equal('167');
    });
  });
});
