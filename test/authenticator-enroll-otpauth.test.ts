import { expect } from '@open-wc/testing';
import {
  type OtpauthKey,
  type OtpauthProblem,
  buildOtpauthUri,
  checkTotpSetup,
  groupKey,
  parseOtpauthUri,
} from '../src/components/authenticator-enroll/otpauth.js';
import { qrPathData, qrViewSize } from '../src/components/authenticator-enroll/qr.js';
import { readSetup } from '../src/components/authenticator-enroll/setup.js';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const base = `otpauth://totp/Contoso%20Portal:adele%40contoso.example?secret=${SECRET}&issuer=Contoso%20Portal`;
const key = (over: Partial<OtpauthKey> = {}): OtpauthKey => ({
  issuer: 'Contoso Portal',
  accountName: 'adele@contoso.example',
  secret: SECRET,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  ...over,
});

describe('otpauth URIs (Key Uri Format)', () => {
  const accepted: [string, string, OtpauthKey][] = [
    ['the defaults', base, key()],
    ['non-default parameters', `${base}&algorithm=SHA512&digits=8&period=60`, key({ algorithm: 'SHA512', digits: 8, period: 60 })],
    ['an encoded colon as separator', base.replace('Portal:adele', 'Portal%3Aadele'), key()],
    ['spaces before the account', base.replace(':adele', ':%20%20adele'), key()],
    ['a plus sign kept as a plus', base.replace(/Contoso%20Portal/g, 'A%2BB'), key({ issuer: 'A+B' })],
    ['unicode, encoded', base.replace(/Contoso%20Portal/g, '%E5%BE%AE%E8%BD%AF'), key({ issuer: '微软' })],
    ['a 7-digit code', `${base}&digits=7`, key({ digits: 7 })],
    ['an upper-case scheme', base.replace('otpauth://totp', 'OTPAUTH://TOTP'), key()],
    ['a 128-bit secret, the shortest allowed', base.replace(SECRET, SECRET.slice(0, 26)), key({ secret: SECRET.slice(0, 26) })],
    ['a period of five minutes', `${base}&period=300`, key({ period: 300 })],
  ];
  for (const [what, uri, expected] of accepted) {
    it(`accepts ${what}`, () => {
      expect(parseOtpauthUri(uri)).to.deep.equal({ ok: true, key: expected });
    });
  }

  const refused: [string, string, OtpauthProblem][] = [
    ['another scheme', base.replace('otpauth:', 'https:'), 'not-otpauth'],
    ['a counter-based key', base.replace('/totp/', '/hotp/'), 'not-totp'],
    ['a literal space', base.replace(/%20/g, ' '), 'bad-encoding'],
    ['a broken escape', base.replace('%40', '%ZZ'), 'bad-encoding'],
    ['a fragment', `${base}#x`, 'bad-encoding'],
    ['a label without issuer', base.replace('Contoso%20Portal:', ''), 'label-without-issuer'],
    ['a colon in the account', base.replace('adele%40', 'adele:x%40'), 'colon-in-label'],
    ['an encoded colon in the issuer parameter', base.replace('&issuer=Contoso%20Portal', '&issuer=Contoso%3APortal'), 'colon-in-label'],
    ['an empty issuer', base.replace(/Contoso%20Portal/g, ''), 'empty-issuer'],
    ['an empty account', base.replace('adele%40contoso.example', ''), 'empty-account'],
    ['no issuer parameter', base.replace('&issuer=Contoso%20Portal', ''), 'missing-issuer-parameter'],
    ['a different issuer parameter', base.replace('&issuer=Contoso%20Portal', '&issuer=Fabrikam'), 'issuer-mismatch'],
    ['a plus for a space in the parameter', base.replace('&issuer=Contoso%20Portal', '&issuer=Contoso+Portal'), 'issuer-mismatch'],
    ['a repeated parameter', `${base}&digits=6&digits=8`, 'duplicate-parameter'],
    // An app that reads names whatever their case, the last one winning, would take another key.
    ['a second secret in capitals', `${base}&SECRET=${SECRET.replace('J', 'K')}`, 'duplicate-parameter'],
    ['an issuer parameter twice, in two cases', `${base}&Issuer=Fabrikam`, 'duplicate-parameter'],
    ['no secret', base.replace(`secret=${SECRET}&`, ''), 'missing-secret'],
    ['a padded secret', base.replace(SECRET, `${SECRET.slice(0, 30)}%3D%3D`), 'secret-padding'],
    ['a lower-case secret', base.replace(SECRET, SECRET.toLowerCase()), 'secret-alphabet'],
    ['a secret with 0, 1, 8 or 9', base.replace(SECRET, `${SECRET.slice(0, 31)}1`), 'secret-alphabet'],
    ['a short secret', base.replace(SECRET, SECRET.slice(0, 8)), 'secret-length'],
    // 80 bits: some apps take it, but RFC 4226 asks for 128 at least.
    ['a secret of 16 characters', base.replace(SECRET, SECRET.slice(0, 16)), 'secret-length'],
    ['a secret length no bytes give', base.replace(SECRET, SECRET.slice(0, 27)), 'secret-length'],
    ['MD5', `${base}&algorithm=MD5`, 'bad-algorithm'],
    ['a lower-case algorithm', `${base}&algorithm=sha256`, 'bad-algorithm'],
    ['5 digits', `${base}&digits=5`, 'bad-digits'],
    ['9 digits', `${base}&digits=9`, 'bad-digits'],
    ['a period of 0', `${base}&period=0`, 'bad-period'],
    ['a fractional period', `${base}&period=1.5`, 'bad-period'],
    // A code good for ten years is a password.
    ['a period over five minutes', `${base}&period=301`, 'bad-period'],
  ];
  for (const [what, uri, problem] of refused) {
    it(`refuses ${what}`, () => {
      expect(parseOtpauthUri(uri)).to.deep.equal({ ok: false, problem });
    });
  }

  it('builds what it parses, every parameter written and the issuer encoded twice alike', () => {
    const built = buildOtpauthUri(key({ algorithm: 'SHA256', digits: 8, period: 45 }));
    expect(built).to.equal(
      `otpauth://totp/Contoso%20Portal:adele%40contoso.example?secret=${SECRET}&issuer=Contoso%20Portal&algorithm=SHA256&digits=8&period=45`,
    );
    expect(parseOtpauthUri(built)).to.deep.equal({ ok: true, key: key({ algorithm: 'SHA256', digits: 8, period: 45 }) });
  });

  it('checks that the URI says what the separate set-up fields say', () => {
    const setup = { ...key(), otpauthUri: base };
    expect(checkTotpSetup(setup).ok).to.equal(true);
    expect(checkTotpSetup({ ...setup, secret: 'A'.repeat(32) })).to.deep.equal({ ok: false, problem: 'setup-mismatch' });
    expect(checkTotpSetup({ ...setup, digits: 8 })).to.deep.equal({ ok: false, problem: 'setup-mismatch' });
    expect(checkTotpSetup({ ...setup, otpauthUri: `${base}&digits=5` })).to.deep.equal({ ok: false, problem: 'bad-digits' });
  });

  it('takes a URI that is no string as no otpauth URI, without throwing', () => {
    for (const uri of [42, null, undefined, {}]) {
      expect(parseOtpauthUri(uri as unknown as string), String(uri)).to.deep.equal({ ok: false, problem: 'not-otpauth' });
    }
  });

  it('draws the set-up written again from the checked fields: a parameter the format does not define is left out', () => {
    for (const extra of ['&image=https%3A%2F%2Ftracker.example%2Fp.png', '&counter=5', '']) {
      const totp = { ...key(), otpauthUri: `${base}${extra}` };
      const setup = readSetup({ enrollmentId: 'e', kind: 'totp', name: 'Phone', status: 'pending', expiresAt: '2030-01-01T00:00:00Z', totp });
      expect(setup?.kind, extra).to.equal('totp');
      const uri = setup?.kind === 'totp' ? setup.uri : '';
      expect(uri, extra).to.equal(buildOtpauthUri(key()));
      expect(uri).not.to.contain('image').and.not.to.contain('counter');
    }
  });

  it('groups a key in fours for reading, and in other sizes', () => {
    expect(groupKey('JBSWY3DPEHPK3PXPJ')).to.equal('JBSW Y3DP EHPK 3PXP J');
    expect(groupKey('123456789', 3)).to.equal('123 456 789');
    expect(groupKey('')).to.equal('');
  });
});

describe('QR drawing', () => {
  it('draws one sub-path per run of dark modules, offset by the quiet zone', () => {
    const matrix = { size: 3, modules: [1, 1, 0, 0, 0, 0, 1, 0, 1] };
    expect(qrPathData(matrix)).to.equal('M4 4h2v1h-2zM4 6h1v1h-1zM6 6h1v1h-1z');
    expect(qrPathData(matrix, 0)).to.equal('M0 0h2v1h-2zM0 2h1v1h-1zM2 2h1v1h-1z');
    expect(qrViewSize(matrix)).to.equal(11);
  });
});
