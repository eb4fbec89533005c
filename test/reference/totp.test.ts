import { expect } from '@open-wc/testing';
import {
  base32Decode,
  base32Encode,
  buildOtpauthUri,
  hotp,
  totp,
  verifyTotp,
} from '../../reference/totp.js';

const ascii = (text: string) => new TextEncoder().encode(text);

describe('reference/totp', () => {
  describe('Base32 (RFC 4648 test vectors, padding removed)', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [plain, encoded] of vectors) {
      it(`"${plain}" <-> "${encoded}"`, () => {
        expect(base32Encode(ascii(plain))).to.equal(encoded);
        expect(new TextDecoder().decode(base32Decode(encoded))).to.equal(plain);
      });
    }

    it('decodes lower case, spaces and padding, and refuses other characters', () => {
      expect(new TextDecoder().decode(base32Decode('mzxw 6ytb oi======'))).to.equal('foobar');
      expect(() => base32Decode('MZXW1')).to.throw();
    });
  });

  describe('HOTP (RFC 4226 appendix D)', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    for (const [counter, code] of expected.entries()) {
      it(`counter ${counter} -> ${code}`, async () => {
        expect(await hotp(ascii('12345678901234567890'), counter)).to.equal(code);
      });
    }
  });

  describe('TOTP (RFC 6238 appendix B, 8 digits)', () => {
    const seeds = {
      SHA1: ascii('12345678901234567890'),
      SHA256: ascii('12345678901234567890123456789012'),
      SHA512: ascii('1234567890123456789012345678901234567890123456789012345678901234'),
    } as const;
    const vectors: [number, keyof typeof seeds, string][] = [
      [59, 'SHA1', '94287082'],
      [59, 'SHA256', '46119246'],
      [59, 'SHA512', '90693936'],
      [1111111109, 'SHA1', '07081804'],
      [1111111109, 'SHA256', '68084774'],
      [1111111109, 'SHA512', '25091201'],
      [1111111111, 'SHA1', '14050471'],
      [1234567890, 'SHA1', '89005924'],
      [1234567890, 'SHA256', '91819424'],
      [2000000000, 'SHA1', '69279037'],
      [20000000000, 'SHA1', '65353130'],
      [20000000000, 'SHA256', '77737706'],
      [20000000000, 'SHA512', '47863826'],
    ];
    for (const [time, algorithm, code] of vectors) {
      it(`${algorithm} at ${time} -> ${code}`, async () => {
        expect(await totp(seeds[algorithm], time, { digits: 8, algorithm })).to.equal(code);
      });
    }
  });

  describe('verifyTotp', () => {
    const secret = ascii('12345678901234567890');
    const now = 1111111111; // step 37037037

    const cases: [string, number, number | null][] = [
      ['the current step', 0, 37037037],
      ['one step before (clock drift)', -30, 37037036],
      ['one step after', 30, 37037038],
      ['two steps before', -60, null],
      ['two steps after', 60, null],
    ];
    for (const [label, shift, step] of cases) {
      it(`${step === null ? 'refuses' : 'accepts'} a code from ${label}`, async () => {
        const code = await totp(secret, now + shift);
        expect(await verifyTotp(secret, code, now)).to.equal(step);
      });
    }

    it('refuses a step already accepted, and older ones', async () => {
      const code = await totp(secret, now);
      const step = await verifyTotp(secret, code, now);
      expect(step).to.equal(37037037);
      expect(await verifyTotp(secret, code, now, { lastAcceptedStep: step })).to.equal(null);
      const previous = await totp(secret, now - 30);
      expect(await verifyTotp(secret, previous, now, { lastAcceptedStep: step })).to.equal(null);
      const next = await totp(secret, now + 30);
      expect(await verifyTotp(secret, next, now, { lastAcceptedStep: step })).to.equal(37037038);
    });

    it('refuses a wrong code', async () => {
      const code = await totp(secret, now);
      const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
      expect(await verifyTotp(secret, wrong, now)).to.equal(null);
    });
  });

  describe('buildOtpauthUri (Key Uri Format)', () => {
    it('encodes issuer and account, repeats the issuer, no padding', () => {
      const uri = buildOtpauthUri({ issuer: 'Contoso Portal', accountName: 'adele.vance@contoso.example', secret: 'JBSWY3DPEHPK3PXP' });
      expect(uri).to.equal(
        'otpauth://totp/Contoso%20Portal:adele.vance%40contoso.example?secret=JBSWY3DPEHPK3PXP&issuer=Contoso%20Portal&algorithm=SHA1&digits=6&period=30',
      );
      const parsed = new URL(uri);
      expect(parsed.searchParams.get('issuer')).to.equal('Contoso Portal');
    });

    it('encodes characters that would break the URI', () => {
      const uri = buildOtpauthUri({ issuer: 'A&B Co', accountName: 'x+y@z', secret: 'MZXW6' });
      expect(uri).to.contain('/A%26B%20Co:x%2By%40z?');
      expect(uri).to.contain('issuer=A%26B%20Co&');
    });

    const refused: [string, Parameters<typeof buildOtpauthUri>[0]][] = [
      ['a colon in the issuer', { issuer: 'Contoso:Portal', accountName: 'a', secret: 'MZXW6' }],
      ['a colon in the account', { issuer: 'Contoso', accountName: 'a:b', secret: 'MZXW6' }],
      ['an empty issuer', { issuer: '', accountName: 'a', secret: 'MZXW6' }],
      ['a padded secret', { issuer: 'Contoso', accountName: 'a', secret: 'MZXW6===' }],
      ['a lower-case secret', { issuer: 'Contoso', accountName: 'a', secret: 'mzxw6' }],
    ];
    for (const [label, params] of refused) {
      it(`refuses ${label}`, () => {
        expect(() => buildOtpauthUri(params)).to.throw();
      });
    }
  });
});
