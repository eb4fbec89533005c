import { expect } from '@open-wc/testing';
import jsQR from 'jsqr';
import ErrorCorrectionLevel from 'qrcode/lib/core/error-correction-level.js';
import Mode from 'qrcode/lib/core/mode.js';
import QRCode from 'qrcode/lib/core/qrcode.js';
import Version from 'qrcode/lib/core/version.js';
import { qrSymbol } from '../src/components/authenticator-enroll/qr-symbol.js';

// The element's encoder lays out what `qrcode` computes in byte mode only (see qr-symbol.ts). The
// package's own `create()`, given the same text as one byte segment, must draw the very same
// symbol: same size, same mask, every module.

/** A text of `bytes` bytes that differ from one another, as a key's would. */
function text(bytes: number, seed = 7): string {
  let out = '';
  let state = seed;
  for (let i = 0; i < bytes; i++) {
    state = (state * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(33 + (state % 94));
  }
  return out;
}

const capacity = (version: number) => Version.getCapacity(version, ErrorCorrectionLevel.M, Mode.BYTE);

function expectSameAsCreate(value: string): number {
  const ours = qrSymbol(value);
  const theirs = QRCode.create([{ data: new TextEncoder().encode(value), mode: 'byte' }], { errorCorrectionLevel: 'M' });
  expect(ours.size, `size for ${value.length} characters`).to.equal(theirs.modules.size);
  const differing = ours.data.findIndex((module, i) => module !== theirs.modules.data[i]);
  expect(differing, `first differing module for ${value.length} characters`).to.equal(-1);
  return theirs.version;
}

describe('QR symbols (qr-symbol.ts)', () => {
  it('draw what qrcode draws for one byte segment, at both ends of every version', () => {
    const versions = new Set<number>();
    for (let version = 1; version <= 40; version++) {
      // The longest text of the version before, plus one, is the shortest of this one.
      for (const bytes of [version === 1 ? 1 : capacity(version - 1) + 1, capacity(version)]) {
        const made = expectSameAsCreate(text(bytes, version));
        expect(made, `version for ${bytes} bytes`).to.equal(version);
        versions.add(made);
      }
    }
    expect(versions.size).to.equal(40);
  });

  it('encode a set-up URI and characters beyond ASCII as UTF-8', () => {
    const uri = 'otpauth://totp/Contoso%20Portal:adele%40contoso.example?secret=JBSWY3DPEHPK3PXP&issuer=Contoso%20Portal';
    expectSameAsCreate(uri);
    expectSameAsCreate('张伟的手机 · Зоя · 😀');
    const { size, data } = qrSymbol('张伟的手机');
    // Drawn with a quiet zone of 4 and read back by a decoder that shares no code with either.
    const side = size + 8;
    const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        if (!data[row * size + col]) continue;
        pixels.fill(0, ((row + 4) * side + col + 4) * 4, ((row + 4) * side + col + 4) * 4 + 3);
      }
    }
    expect(jsQR(pixels, side, side)?.data).to.equal('张伟的手机');
  });

  it('refuse a text longer than any QR code holds, saying how long it is', () => {
    expect(qrSymbol('a'.repeat(2331)).size).to.equal(177);
    expect(() => qrSymbol('a'.repeat(2332))).to.throw(RangeError, 'A QR code holds at most 2,331 bytes; this text has 2332.');
  });
});
