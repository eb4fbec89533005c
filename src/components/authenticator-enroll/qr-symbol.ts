/**
 * The QR symbol for a set-up text, at error correction level M, in the smallest version that holds
 * it: the text's UTF-8 bytes, with each run of 16 or more characters that alphanumeric mode holds
 * (upper-case letters, digits, a few signs) in a segment of that mode. A set-up URI's Base32 key is
 * such a run, and takes a third fewer bits so.
 *
 * `qrcode` does the parts where an error would be hard to see: the error correction tables, the
 * Reed–Solomon codewords, the alignment pattern positions and the choice of mask by its penalty
 * rules. This module lays them out, with the format and version information, as the QR
 * specification (ISO/IEC 18004) says. It stands in for the package's `create()`, which searches
 * every split of a text into numeric, alphanumeric, Kanji and byte segments for the shortest: for
 * set-up URIs that search finds no smaller symbol than these two modes do, and the enrollment is
 * 3.4 KB (gzip) smaller without it and the modules it brings. Tests check that this draws the same
 * symbols as `create()` given the same segments, in every version, and never a larger symbol than
 * its search gives for a set-up URI.
 */
import * as AlignmentPattern from 'qrcode/lib/core/alignment-pattern.js';
import BitMatrix from 'qrcode/lib/core/bit-matrix.js';
import * as ErrorCorrection from 'qrcode/lib/core/error-correction-code.js';
import * as ErrorCorrectionLevel from 'qrcode/lib/core/error-correction-level.js';
import * as MaskPattern from 'qrcode/lib/core/mask-pattern.js';
import ReedSolomonEncoder from 'qrcode/lib/core/reed-solomon-encoder.js';
import * as Utils from 'qrcode/lib/core/utils.js';

const LEVEL = ErrorCorrectionLevel.M;

/** Codewords of a version at level M that hold data; the others hold error correction. */
const dataLength = (version: number) =>
  Utils.getSymbolTotalCodewords(version) - ErrorCorrection.getTotalCodewordsCount(version, LEVEL);

/** What alphanumeric mode holds, each character's value its place here. */
const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/**
 * A run of 16 or more characters alphanumeric mode holds, such as a Base32 key. Encoded that way
 * (11 bits a pair instead of 16), it takes fewer bits than as bytes in every version, counting the
 * mode and count of its own segment and of the byte segment after it.
 */
const RUN = /([\dA-Z $%*+\-./:]{16,})/;

/** `value` in `bits` binary digits. */
const binary = (value: number, bits: number) => value.toString(2).padStart(bits, '0');

/** Part of the text in one mode: alphanumeric, or bytes (UTF-8); its data in binary digits. */
type Segment = [alphanumeric: boolean, count: number, bits: string];

/** The text as bytes, with each run alphanumeric mode holds in a segment of its own. */
function segments(text: string): Segment[] {
  return text
    .split(RUN)
    .map((part, i): Segment => {
      if (i % 2 === 0) {
        const bytes = new TextEncoder().encode(part);
        return [false, bytes.length, Array.from(bytes, (byte) => binary(byte, 8)).join('')];
      }
      // A pair as 45 × the first + the second in 11 bits; the last one alone in 6.
      const value = (char: string) => ALPHANUMERIC.indexOf(char);
      const pairs = part.match(/..?/g)!.map(([a, b]) => (b ? binary(value(a) * 45 + value(b), 11) : binary(value(a), 6)));
      return [true, part.length, pairs.join('')];
    })
    .filter(([, count]) => count > 0);
}

/**
 * The segments in binary digits for a version: each one's mode indicator (0010 alphanumeric, 0100
 * byte), its count (in 9, 11 or 13 bits, or 8 or 16 for bytes, by version) and its data.
 */
const encode = (parts: Segment[], version: number) =>
  parts
    .map(([alphanumeric, count, bits]) =>
      alphanumeric
        ? `0010${binary(count, version < 10 ? 9 : version < 27 ? 11 : 13)}${bits}`
        : `0100${binary(count, version < 10 ? 8 : 16)}${bits}`,
    )
    .join('');

/**
 * The data codewords: the segments' bits, the terminator (up to four 0 bits), 0 bits to the byte's
 * end, then the pad codewords 0xEC and 0x11 in turn.
 */
function dataCodewords(data: string, length: number): Uint8Array {
  const ended = `${data}0000`.slice(0, length * 8);
  const bits = ended.padEnd(Math.ceil(ended.length / 8) * 8, '0').padEnd(length * 8, '1110110000010001');
  return Uint8Array.from(bits.match(/.{8}/g)!, (byte) => Number.parseInt(byte, 2));
}

/**
 * The data split into blocks (the last ones one codeword longer when it does not divide evenly),
 * each block's error correction codewords, then all of it interleaved: the first codeword of every
 * block, the second…, then the same for the error correction codewords.
 */
function interleaved(version: number, data: Uint8Array): Uint8Array {
  const total = Utils.getSymbolTotalCodewords(version);
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

/** `value` followed by its BCH code: the remainder, in `bits` bits, of `value` × 2^`bits` divided by `generator`. */
function bch(value: number, bits: number, generator: number): number {
  let rest = value;
  for (let i = 0; i < bits; i++) rest = (rest << 1) ^ ((rest >> (bits - 1)) * generator);
  return (value << bits) | rest;
}

/**
 * Format information (level and mask, 15 bits) in its two copies: around the top-left finder,
 * and split between the bottom-left and top-right ones, with the dark module beside the first.
 */
function drawFormat(matrix: BitMatrix, mask: number): void {
  const { size } = matrix;
  // Level M (00) and the mask with their BCH code, XORed with 0x5412.
  const bits = bch(mask, 10, 0x537) ^ 0x5412;
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
    const dark = 1 - (i % 2);
    matrix.set(6, i, dark, true);
    matrix.set(i, 6, dark, true);
  }
  // A finder is rings around its centre: dark (3 × 3), light, dark, and a light separator.
  for (const [top, left] of [[0, 0], [size - 7, 0], [0, size - 7]]) {
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
  // The version (6 bits) with its BCH code, 6 × 3 next to the bottom-left and top-right finders.
  const bits = bch(version, 12, 0x1f25);
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
 * when the text is too long for any QR code (2,331 bytes at level M, more when much of it is
 * upper-case letters and digits).
 */
export function qrSymbol(text: string): { size: number; data: Uint8Array } {
  const parts = segments(text);
  let version = 1;
  while (encode(parts, version).length > dataLength(version) * 8) {
    if (++version > 40) throw new RangeError('The text is too long for a QR code.');
  }
  const matrix = new BitMatrix(version * 4 + 17);
  drawFunctionPatterns(matrix, version);
  drawData(matrix, interleaved(version, dataCodewords(encode(parts, version), dataLength(version))));
  const mask = MaskPattern.getBestMask(matrix, (candidate) => drawFormat(matrix, candidate));
  MaskPattern.applyMask(mask, matrix);
  drawFormat(matrix, mask);
  return { size: matrix.size, data: matrix.data };
}
