// The QR encoder module of `qrcode` (see qr.ts), typed by the package's own declarations.
declare module 'qrcode/lib/core/qrcode.js' {
  export { create } from 'qrcode';
}
