/**
 * The QR symbol for a set-up text: its bytes (UTF-8) in one byte-mode segment, at error
 * correction level M, in the smallest version that holds them.
 *
 * `qrcode` does the parts where an error would be hard to see: the error correction tables, the
 * Reed–Solomon codewords, the alignment pattern positions, the format information and the choice
 * of mask by its penalty rules. This module lays them out as the QR specification (ISO/IEC 18004)
 * says. It stands in for the package's `create()`, which first splits a text into numeric,
 * alphanumeric, Kanji and byte segments and searches for the shortest split: a set-up URI is
 * mostly lower-case letters, which only byte mode holds, and the enrollment is 3.5 KB (gzip)
 * smaller without that search and the modules it brings. A test checks that this draws the same
 * symbols as `create()` given the text as one byte segment, in every version.
 */
import AlignmentPattern from 'qrcode/lib/core/alignment-pattern.js';
import BitMatrix from 'qrcode/lib/core/bit-matrix.js';
import ErrorCorrection from 'qrcode/lib/core/error-correction-code.js';
import ErrorCorrectionLevel from 'qrcode/lib/core/error-correction-level.js';
import FinderPattern from 'qrcode/lib/core/finder-pattern.js';
import FormatInfo from 'qrcode/lib/core/format-info.js';
import MaskPattern from 'qrcode/lib/core/mask-pattern.js';
import ReedSolomonEncoder from 'qrcode/lib/core/reed-solomon-encoder.js';
import Utils from 'qrcode/lib/core/utils.js';

const LEVEL = ErrorCorrectionLevel.M;

/** Codewords of a version at level M: all of them, and those left for data. */
function capacity(version: number): { total: number; data: number } {
  const total = Utils.getSymbolTotalCodewords(version);
  return { total, data: total - ErrorCorrection.getTotalCodewordsCount(version, LEVEL) };
}

/** Bits of the character count in byte mode: 8 up to version 9, then 16. */
const countBits = (version: number) => (version < 10 ? 8 : 16);

/**
 * The data codewords: mode indicator (0100, bytes), count, the bytes, the terminator (up to four
 * 0 bits), 0 bits to the byte's end, then the pad codewords 0xEC and 0x11 in turn.
 */
function dataCodewords(version: number, bytes: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let bit = 0;
  const put = (value: number, bits: number) => {
    for (let i = bits - 1; i >= 0; i--, bit++) out[bit >> 3] |= ((value >>> i) & 1) << (7 - (bit & 7));
  };
  put(0b0100, 4);
  put(bytes.length, countBits(version));
  for (const byte of bytes) put(byte, 8);
  for (let i = Math.ceil(Math.min(bit + 4, length * 8) / 8), pad = 0; i < length; i++, pad ^= 1) out[i] = pad ? 0x11 : 0xec;
  return out;
}

/**
 * The data split into blocks (the last ones one codeword longer when it does not divide evenly),
 * each block's error correction codewords, then all of it interleaved: the first codeword of every
 * block, the second…, then the same for the error correction codewords.
 */
function interleaved(version: number, data: Uint8Array, total: number): Uint8Array {
  const blocks = ErrorCorrection.getBlocksCount(version, LEVEL);
  const ecLength = (total - data.length) / blocks;
  const shortLength = Math.floor(data.length / blocks);
  const firstLong = blocks - (total % blocks);
  const encoder = new ReedSolomonEncoder(ecLength);
  const dataBlocks: Uint8Array[] = [];
  const ecBlocks: Uint8Array[] = [];
  for (let b = 0, start = 0; b < blocks; b++) {
    const end = start + shortLength + (b < firstLong ? 0 : 1);
    const block = data.subarray(start, end);
    start = end;
    dataBlocks.push(block);
    ecBlocks.push(encoder.encode(block));
  }
  const out = new Uint8Array(total);
  let n = 0;
  for (const [list, length] of [[dataBlocks, shortLength + 1], [ecBlocks, ecLength]] as const) {
    for (let i = 0; i < length; i++) {
      for (const block of list) if (i < block.length) out[n++] = block[i];
    }
  }
  return out;
}

/**
 * Format information (level and mask, 15 bits) in its two copies: around the top-left finder,
 * and split between the bottom-left and top-right ones, with the dark module beside the first.
 */
function drawFormat(matrix: BitMatrix, mask: number): void {
  const { size } = matrix;
  const bits = FormatInfo.getEncodedBits(LEVEL, mask);
  for (let i = 0; i < 15; i++) {
    const dark = (bits >> i) & 1;
    // Down column 8 and then leftwards along row 8, stepping over the timing patterns.
    if (i < 8) matrix.set(i < 6 ? i : i + 1, 8, dark, true);
    else matrix.set(8, i < 9 ? 7 : 14 - i, dark, true);
    // Leftwards from the top-right corner along row 8, then down to the bottom of column 8.
    if (i < 8) matrix.set(8, size - 1 - i, dark, true);
    else matrix.set(size - 15 + i, 8, dark, true);
  }
  matrix.set(size - 8, 8, 1, true);
}

/** Finder, timing and alignment patterns, the format area and, from version 7, the version. */
function drawFunctionPatterns(matrix: BitMatrix, version: number): void {
  const { size } = matrix;
  for (let i = 0; i < size; i++) {
    matrix.set(6, i, i % 2 ? 0 : 1, true);
    matrix.set(i, 6, i % 2 ? 0 : 1, true);
  }
  // A finder is rings around its centre: dark (3 × 3), light, dark, and a light separator.
  for (const [top, left] of FinderPattern.getPositions(version)) {
    for (let r = -1; r <= 7; r++) {
      for (let c = -1; c <= 7; c++) {
        const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
        if (top + r >= 0 && top + r < size && left + c >= 0 && left + c < size) matrix.set(top + r, left + c, ring === 2 || ring === 4 ? 0 : 1, true);
      }
    }
  }
  // An alignment pattern is a dark centre, a light ring and a dark ring.
  for (const [row, col] of AlignmentPattern.getPositions(version)) {
    for (let r = -2; r <= 2; r++) {
      for (let c = -2; c <= 2; c++) matrix.set(row + r, col + c, Math.max(Math.abs(r), Math.abs(c)) === 1 ? 0 : 1, true);
    }
  }
  drawFormat(matrix, 0);
  if (version < 7) return;
  // The version (6 bits) and its BCH code (12 bits, generator 0x1F25), 6 × 3 next to the
  // bottom-left and the top-right finders.
  let rest = version;
  for (let i = 0; i < 12; i++) rest = (rest << 1) ^ ((rest >> 11) * 0x1f25);
  const bits = (version << 12) | rest;
  for (let i = 0; i < 18; i++) {
    const dark = (bits >> i) & 1;
    const a = Math.floor(i / 3);
    const b = size - 11 + (i % 3);
    matrix.set(a, b, dark, true);
    matrix.set(b, a, dark, true);
  }
}

/**
 * The codewords' bits, most significant first, in the modules no pattern holds: two columns at a
 * time from the right, up the first pair, down the next, skipping the vertical timing pattern.
 * The modules left over stay light.
 */
function drawData(matrix: BitMatrix, codewords: Uint8Array): void {
  const { size } = matrix;
  let bit = 0;
  let upwards = true;
  for (let right = size - 1; right > 0; right -= 2, upwards = !upwards) {
    if (right === 6) right = 5;
    for (let step = 0; step < size; step++) {
      const row = upwards ? size - 1 - step : step;
      for (let col = right; col >= right - 1; col--) {
        if (matrix.isReserved(row, col) || bit >= codewords.length * 8) continue;
        matrix.set(row, col, (codewords[bit >> 3] >> (7 - (bit & 7))) & 1);
        bit++;
      }
    }
  }
}

/**
 * The symbol for a text: `size` × `size` modules, 1 for dark, row by row. Throws a `RangeError`
 * when the text is too long for any QR code (2,331 bytes at level M).
 */
export function qrSymbol(text: string): { size: number; data: Uint8Array } {
  const bytes = new TextEncoder().encode(text);
  let version = 1;
  while (4 + countBits(version) + bytes.length * 8 > capacity(version).data * 8) {
    if (++version > 40) throw new RangeError(`A QR code holds at most 2,331 bytes; this text has ${bytes.length}.`);
  }
  const { total, data } = capacity(version);
  const matrix = new BitMatrix(version * 4 + 17);
  drawFunctionPatterns(matrix, version);
  drawData(matrix, interleaved(version, dataCodewords(version, bytes, data), total));
  const mask = MaskPattern.getBestMask(matrix, (candidate) => drawFormat(matrix, candidate));
  MaskPattern.applyMask(mask, matrix);
  drawFormat(matrix, mask);
  return { size: matrix.size, data: matrix.data };
}
