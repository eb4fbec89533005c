/**
 * QR codes drawn in the page, never by a third party: qr-symbol.ts computes the module matrix with
 * `qrcode`, and the element draws it as one SVG `<path>` in a Lit template (crisp at any zoom, and
 * no markup parsed from a string, so it works under a strict CSP and Trusted Types).
 *
 * The encoder is loaded on first use, when an enrollment starts, not with the page. The version of
 * `qrcode` is pinned in package.json, and the enrollment tests decode the drawn code.
 */

/** The dark and light modules of a QR code, `size` × `size`, row by row. */
export interface QrMatrix {
  size: number;
  /** 1 for a dark module, 0 for a light one. */
  modules: ArrayLike<number>;
}

/** Light modules around the code that scanners need (the QR specification asks for 4). */
export const QUIET_ZONE = 4;

let library: Promise<typeof import('./qr-symbol.js')> | undefined;

/** Loads the QR encoder once. A failed load is tried again next time. */
export function loadQrLibrary(): Promise<typeof import('./qr-symbol.js')> {
  library ??= import('./qr-symbol.js').catch((error: unknown) => {
    library = undefined;
    throw error;
  });
  return library;
}

/**
 * The matrix for a text, at error correction level M (15 %): the sizes of set-up URIs stay small
 * enough for old phone cameras. Throws when the text is too long for any QR code.
 */
export async function encodeQr(text: string): Promise<QrMatrix> {
  const { size, data } = (await loadQrLibrary()).qrSymbol(text);
  return { size, modules: data };
}

/**
 * SVG path data for the dark modules, with the quiet zone as an offset: one sub-path per run of
 * dark modules in a row, so the path stays short (`M5 4h3v1h-3z` is three modules).
 */
export function qrPathData(matrix: QrMatrix, margin = QUIET_ZONE): string {
  let path = '';
  const { size, modules } = matrix;
  for (let row = 0; row < size; row++) {
    // Past the row's last module, a run still open ends.
    for (let col = 0, run = 0; col <= size; col++) {
      if (col < size && modules[row * size + col]) run++;
      else if (run) {
        path += `M${col - run + margin} ${row + margin}h${run}v1h-${run}z`;
        run = 0;
      }
    }
  }
  return path;
}

/** The side of the drawing in modules, quiet zone included. */
export function qrViewSize(matrix: QrMatrix, margin = QUIET_ZONE): number {
  return matrix.size + 2 * margin;
}
