// The modules of `qrcode`'s encoder that qr-symbol.ts uses, as far as it uses them. They are
// CommonJS: a module that sets `exports.name` is imported as a namespace (`import * as`), which
// bundlers, Node and the one-file bundle's rewrite (scripts/qrcode-esm.js) all give its names in;
// one that sets `module.exports` by its default export. The package's own declarations cover only
// its top-level API. The last three (the package's own `create()`, its modes and capacities) are
// for the tests that compare the symbols.

declare module 'qrcode/lib/core/alignment-pattern.js' {
  /** The centre (row, column) of every alignment pattern of a version. */
  export function getPositions(version: number): [number, number][];
}

declare module 'qrcode/lib/core/bit-matrix.js' {
  /** A square of modules, each with whether a function pattern holds it (masks leave those). */
  class BitMatrix {
    constructor(size: number);
    readonly size: number;
    readonly data: Uint8Array;
    set(row: number, col: number, value: number, reserved?: boolean): void;
    isReserved(row: number, col: number): number;
  }
  export default BitMatrix;
}

declare module 'qrcode/lib/core/error-correction-level.js' {
  /** A level as the other modules take it (compared by identity). */
  interface Level {
    readonly bit: number;
  }
  export const L: Level;
  export const M: Level;
  export const Q: Level;
  export const H: Level;
}

declare module 'qrcode/lib/core/error-correction-code.js' {
  export function getBlocksCount(version: number, level: { readonly bit: number }): number;
  export function getTotalCodewordsCount(version: number, level: { readonly bit: number }): number;
}

declare module 'qrcode/lib/core/mask-pattern.js' {
  import type BitMatrix from 'qrcode/lib/core/bit-matrix.js';
  /** The mask with the lowest penalty; `drawFormat` is called with each mask before it is scored. */
  export function getBestMask(matrix: BitMatrix, drawFormat: (mask: number) => void): number;
  /** Inverts the modules the mask selects, outside the function patterns. */
  export function applyMask(mask: number, matrix: BitMatrix): void;
}

declare module 'qrcode/lib/core/reed-solomon-encoder.js' {
  class ReedSolomonEncoder {
    /** An encoder that gives `degree` error correction codewords for a block. */
    constructor(degree: number);
    encode(data: Uint8Array): Uint8Array;
  }
  export default ReedSolomonEncoder;
}

declare module 'qrcode/lib/core/utils.js' {
  /** Codewords of a version: data and error correction together. */
  export function getSymbolTotalCodewords(version: number): number;
}

declare module 'qrcode/lib/core/qrcode.js' {
  import { create } from 'qrcode';
  const QRCode: { create: typeof create };
  export default QRCode;
}

declare module 'qrcode/lib/core/mode.js' {
  const Mode: { readonly BYTE: object; readonly ALPHANUMERIC: object };
  export default Mode;
}

declare module 'qrcode/lib/core/version.js' {
  const Version: {
    /** How many characters of a mode a version holds at a level. */
    getCapacity(version: number, level: { readonly bit: number }, mode: object): number;
  };
  export default Version;
}
