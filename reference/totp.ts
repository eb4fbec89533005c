/**
 * One-time passwords for the reference endpoint: Base32 (RFC 4648), HOTP (RFC 4226), TOTP
 * (RFC 6238) and otpauth URIs (Google's Key Uri Format).
 *
 * Web standards only (`crypto.subtle`), so the same code runs in Node and in a browser page.
 */

export type TotpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Base32 without padding, the form authenticator apps expect in an otpauth URI. */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Decodes Base32, ignoring case, spaces and `=` padding. Throws on any other character. */
export function base32Decode(text: string): Uint8Array {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const value = BASE32_ALPHABET.indexOf(char);
    if (value < 0) throw new Error('Not a Base32 string.');
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 255);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  return new Uint8Array(out);
}

/** A fresh random secret: 20 bytes (160 bits), the size RFC 4226 recommends for HMAC-SHA1. */
export function generateSecret(byteLength = 20): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(byteLength));
}

const HASH_NAMES: Record<TotpAlgorithm, string> = { SHA1: 'SHA-1', SHA256: 'SHA-256', SHA512: 'SHA-512' };

/** HOTP (RFC 4226): the code for one counter value. */
export async function hotp(
  secret: Uint8Array,
  counter: number,
  { digits = 6, algorithm = 'SHA1' }: { digits?: number; algorithm?: TotpAlgorithm } = {},
): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    secret as Uint8Array<ArrayBuffer>,
    { name: 'HMAC', hash: HASH_NAMES[algorithm] },
    false,
    ['sign'],
  );
  // The counter is an 8-byte big-endian integer; time steps outgrow 32 bits in the year 2106+.
  const message = new DataView(new ArrayBuffer(8));
  message.setUint32(0, Math.floor(counter / 2 ** 32));
  message.setUint32(4, counter >>> 0);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, message.buffer));
  // Dynamic truncation: the low nibble of the last byte picks 4 bytes; drop their top bit.
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary =
    ((mac[offset]! & 0x7f) << 24) | (mac[offset + 1]! << 16) | (mac[offset + 2]! << 8) | mac[offset + 3]!;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export interface TotpOptions {
  /** Seconds per step; 30 unless the otpauth URI says otherwise. */
  period?: number;
  digits?: number;
  algorithm?: TotpAlgorithm;
}

/** The time step (RFC 6238 `T`) that contains a Unix time in seconds. */
export function timeStep(unixSeconds: number, period = 30): number {
  return Math.floor(unixSeconds / period);
}

/** TOTP (RFC 6238): the code at a Unix time in seconds. */
export function totp(secret: Uint8Array, unixSeconds: number, options: TotpOptions = {}): Promise<string> {
  return hotp(secret, timeStep(unixSeconds, options.period), options);
}

export interface VerifyTotpOptions extends TotpOptions {
  /** Steps accepted on either side of the current one, for clock drift. Default 1. */
  window?: number;
  /** The last step this secret already accepted: that step and older ones are refused (no replay). */
  lastAcceptedStep?: number | null;
}

/**
 * Checks a code against the steps around `unixSeconds`. Answers the step that matched, or null.
 * Every candidate is computed and compared, so timing does not reveal which step matched.
 */
export async function verifyTotp(
  secret: Uint8Array,
  code: string,
  unixSeconds: number,
  options: VerifyTotpOptions = {},
): Promise<number | null> {
  const { window = 1, lastAcceptedStep = null, period = 30 } = options;
  const current = timeStep(unixSeconds, period);
  let matched: number | null = null;
  for (let step = current - window; step <= current + window; step++) {
    const candidate = await hotp(secret, step, options);
    const fresh = lastAcceptedStep === null || step > lastAcceptedStep;
    if (constantTimeEqual(candidate, code) && fresh && matched === null) matched = step;
  }
  return matched;
}

/** Compares two strings without stopping at the first difference. */
export function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return diff === 0;
}

export interface OtpauthParams {
  issuer: string;
  accountName: string;
  /** Base32 without padding. */
  secret: string;
  algorithm?: TotpAlgorithm;
  digits?: number;
  period?: number;
}

/**
 * Builds `otpauth://totp/ISSUER:ACCOUNT?secret=...&issuer=ISSUER&algorithm=SHA1&digits=6&period=30`
 * per the Key Uri Format: the issuer appears both as the label prefix and as the `issuer`
 * parameter, each URI-encoded (a space becomes `%20`, never `+`). Colons are refused in the issuer
 * and the account name because the label uses one to separate them.
 */
export function buildOtpauthUri({
  issuer,
  accountName,
  secret,
  algorithm = 'SHA1',
  digits = 6,
  period = 30,
}: OtpauthParams): string {
  if (!issuer || issuer.includes(':')) throw new Error('The issuer must be non-empty and contain no colon.');
  if (!accountName || accountName.includes(':')) {
    throw new Error('The account name must be non-empty and contain no colon.');
  }
  if (!/^[A-Z2-7]+$/.test(secret)) throw new Error('The secret must be Base32 without padding.');
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(accountName)}`;
  const query = [
    `secret=${secret}`,
    `issuer=${encodeURIComponent(issuer)}`,
    `algorithm=${algorithm}`,
    `digits=${digits}`,
    `period=${period}`,
  ].join('&');
  return `otpauth://totp/${label}?${query}`;
}
