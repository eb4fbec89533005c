import { expect } from '@open-wc/testing';
import jsQR from 'jsqr';
import * as ErrorCorrectionLevel from 'qrcode/lib/core/error-correction-level.js';
import Mode from 'qrcode/lib/core/mode.js';
import QRCode from 'qrcode/lib/core/qrcode.js';
import Version from 'qrcode/lib/core/version.js';
import { qrSymbol } from '../src/components/authenticator-enroll/qr-symbol.js';

// The element's encoder lays out what `qrcode` computes, in byte and alphanumeric modes (see
// qr-symbol.ts). The package's own `create()`, given the same segments, must draw the very same
// symbol: same size, same mask, every module. Its search for the shortest split of a set-up URI
// must find no smaller symbol.

/** A text of `length` characters drawn from `alphabet`, the same for the same seed. */
function text(length: number, seed: number, alphabet: string): string {
  let out = '';
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += alphabet[state % alphabet.length];
  }
  return out;
}
/** Characters alphanumeric mode does not hold: a text of them is one byte segment. */
const BYTES = "abcdefghijklmnopqrstuvwxyz!#&'()=?@[]^_{|}~";
const UPPER = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const capacity = (version: number, mode: object) => Version.getCapacity(version, ErrorCorrectionLevel.M, mode);
const utf8 = (value: string) => new TextEncoder().encode(value);

type Segments = Parameters<typeof QRCode.create>[0];
function expectSameAsCreate(value: string, reference: Segments): number {
  const ours = qrSymbol(value);
  const theirs = QRCode.create(reference, { errorCorrectionLevel: 'M' });
  expect(ours.size, `size for ${value.length} characters`).to.equal(theirs.modules.size);
  const differing = ours.data.findIndex((module, i) => module !== theirs.modules.data[i]);
  expect(differing, `first differing module for ${value.length} characters`).to.equal(-1);
  return theirs.version;
}

/** Reads a symbol back with jsQR, which shares no code with either, drawn with a quiet zone of 4. */
function decode({ size, data }: { size: number; data: Uint8Array }): string | undefined {
  const side = size + 8;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const at = ((row + 4) * side + col + 4) * 4;
      if (data[row * size + col]) pixels.fill(0, at, at + 3);
    }
  }
  return jsQR(pixels, side, side)?.data;
}

describe('QR symbols (qr-symbol.ts)', () => {
  for (const [mode, alphabet, segment] of [
    ['bytes', BYTES, (value: string) => [{ data: utf8(value), mode: 'byte' as const }]],
    ['alphanumeric characters', UPPER, (value: string) => [{ data: value, mode: 'alphanumeric' as const }]],
  ] as const) {
    it(`draw what qrcode draws for a text of ${mode}, at both ends of every version`, () => {
      const holds = (version: number) => capacity(version, mode === 'bytes' ? Mode.BYTE : Mode.ALPHANUMERIC);
      for (let version = 1; version <= 40; version++) {
        // The longest text of the version before, plus one, is the shortest of this one.
        // (Fewer than 16 upper-case characters are not worth a segment of their own: bytes.)
        for (const length of [version === 1 ? (mode === 'bytes' ? 1 : 16) : holds(version - 1) + 1, holds(version)]) {
          const value = text(length, version, alphabet);
          expect(expectSameAsCreate(value, segment(value)), `version for ${length} characters`).to.equal(version);
        }
      }
    });
  }

  it('draw what qrcode draws for a set-up URI: its key alphanumeric, the rest bytes', () => {
    for (const length of [16, 26, 32, 52, 103]) {
      const secret = text(length, length, BASE32);
      const before = 'otpauth://totp/Contoso%20Portal:adele%40contoso.example?secret=';
      const after = '&issuer=Contoso%20Portal&algorithm=SHA1&digits=6&period=30';
      const uri = before + secret + after;
      expectSameAsCreate(uri, [
        { data: utf8(before), mode: 'byte' },
        { data: secret, mode: 'alphanumeric' },
        { data: utf8(after), mode: 'byte' },
      ]);
      expect(decode(qrSymbol(uri))).to.equal(uri);
    }
  });

  it("never draw a set-up URI larger than qrcode's search for the shortest split does", () => {
    const larger: string[] = [];
    for (let i = 0; i < 250; i++) {
      const secret = text([16, 26, 32, 52, 103][i % 5], i, BASE32);
      const issuer = text(3 + (i % 20), i + 1, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789%');
      const account = `${text(2 + (i % 15), i + 2, 'abcdefghijklmnopqrstuvwxyz.0123456789')}%40${text(4 + (i % 9), i + 3, 'abcdefghijklmnopqrstuvwxyz')}.example`;
      const uri = `otpauth://totp/${issuer}:${account}?secret=${secret}&issuer=${issuer}${i % 2 ? '&algorithm=SHA256&digits=8&period=60' : ''}`;
      const ours = qrSymbol(uri).size;
      const theirs = QRCode.create(uri, { errorCorrectionLevel: 'M' }).modules.size;
      if (ours > theirs) larger.push(uri);
    }
    expect(larger).to.deep.equal([]);
  });

  it('encode characters beyond ASCII as UTF-8', () => {
    for (const value of ['张伟的手机 · Зоя · 😀', '张伟的手机']) {
      expectSameAsCreate(value, [{ data: utf8(value), mode: 'byte' }]);
      expect(decode(qrSymbol(value))).to.equal(value);
    }
  });

  it('refuse a text longer than any QR code holds, saying so', () => {
    expect(qrSymbol('a'.repeat(2331)).size).to.equal(177);
    expect(qrSymbol('A'.repeat(3391)).size).to.equal(177);
    expect(() => qrSymbol('a'.repeat(2332))).to.throw(RangeError, 'The text is too long for a QR code.');
    expect(() => qrSymbol('A'.repeat(3392))).to.throw(RangeError, 'The text is too long for a QR code.');
  });
});
