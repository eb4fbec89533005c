/**
 * QR codes drawn in the page, never by a third party: `qrcode` computes the module matrix, and the
 * element draws it as one SVG `<path>` in a Lit template (crisp at any zoom, and no
 * markup parsed from a string, so it works under a strict CSP and Trusted Types).
 *
 * The library is loaded on first use, when an enrollment starts, not with the page. Only its
 * encoder is loaded (`lib/core/qrcode.js`, the module behind the package's `create()`): the
 * package's browser entry adds canvas and SVG-string renderers this element never uses (1.6 KB
 * gzip). The version is pinned in package.json, and the enrollment tests decode the drawn code.
 */

/** The dark and light modules of a QR code, `size` × `size`, row by row. */
export interface QrMatrix {
  size: number;
  /** 1 for a dark module, 0 for a light one. */
  modules: ArrayLike<number>;
}

/** Light modules around the code that scanners need (the QR specification asks for 4). */
export const QUIET_ZONE = 4;

/** What this module uses of the QR encoder. */
export interface QrLibrary {
  create(text: string, options: { errorCorrectionLevel: 'M' }): { modules: { size: number; data: Uint8Array } };
}

let library: Promise<QrLibrary> | undefined;

/** Loads the QR library once. A failed load is tried again next time. */
export function loadQrLibrary(): Promise<QrLibrary> {
  // A CommonJS module: bundlers give its `exports` as the default export, some as the namespace too.
  library ??= import('qrcode/lib/core/qrcode.js')
    .then((mod) => ((mod as { default?: QrLibrary }).default ?? mod) as QrLibrary)
    .catch((error: unknown) => {
      library = undefined;
      throw error;
    });
  return library;
}

/**
 * The matrix for a text. Error correction `M` (15 %): the sizes of set-up URIs stay small enough
 * for old phone cameras. Throws when the text is too long for any QR code.
 */
export async function encodeQr(text: string): Promise<QrMatrix> {
  const qr = await loadQrLibrary();
  const { modules } = qr.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, modules: Array.from(modules.data) };
}

/**
 * SVG path data for the dark modules, with the quiet zone as an offset: one sub-path per run of
 * dark modules in a row, so the path stays short (`M5 4h3v1h-3z` is three modules).
 */
export function qrPathData(matrix: QrMatrix, margin = QUIET_ZONE): string {
  const parts: string[] = [];
  const { size, modules } = matrix;
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!modules[row * size + col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && modules[row * size + col]) col++;
      const run = col - start;
      parts.push(`M${start + margin} ${row + margin}h${run}v1h-${run}z`);
    }
  }
  return parts.join('');
}

/** The side of the drawing in modules, quiet zone included. */
export function qrViewSize(matrix: QrMatrix, margin = QUIET_ZONE): number {
  return matrix.size + 2 * margin;
}
