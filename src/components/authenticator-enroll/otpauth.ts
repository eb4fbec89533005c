/**
 * otpauth URIs in Google's Key Uri Format, for code apps (TOTP): parse and validate one from the
 * endpoint before it is drawn, build one, and show a key the way a person can type it.
 *
 * `otpauth://totp/ISSUER:ACCOUNT?secret=BASE32&issuer=ISSUER&algorithm=SHA1&digits=6&period=30`
 *
 * The rules kept here are the ones apps trip over in the wild: the issuer must be both the label
 * prefix and the `issuer` parameter, and the same once decoded; both are percent-encoded (a space
 * is `%20`; a `+` is a plus sign, not a space); neither the issuer nor the account may contain a
 * colon, since the label uses one to separate them; the secret is Base32 (RFC 4648) without
 * padding. Pure functions, no DOM.
 *
 * (The style guide names `src/core/otpauth.ts` for this module; it lives beside the enrollment
 * element until core takes it.)
 */

export type OtpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

export const OTP_ALGORITHMS: readonly OtpAlgorithm[] = ['SHA1', 'SHA256', 'SHA512'];

/** What an otpauth URI carries for a time-based code app. */
export interface OtpauthKey {
  issuer: string;
  accountName: string;
  /** Base32, upper case, no padding. */
  secret: string;
  algorithm: OtpAlgorithm;
  digits: number;
  /** Seconds per code. */
  period: number;
}

/** Why a URI was refused, one machine reason per rule. */
export type OtpauthProblem =
  | 'not-otpauth'
  | 'not-totp'
  | 'bad-encoding'
  | 'label-without-issuer'
  | 'empty-issuer'
  | 'empty-account'
  | 'colon-in-label'
  | 'missing-issuer-parameter'
  | 'issuer-mismatch'
  | 'duplicate-parameter'
  | 'missing-secret'
  | 'secret-padding'
  | 'secret-alphabet'
  | 'secret-length'
  | 'bad-algorithm'
  | 'bad-digits'
  | 'bad-period'
  /** The URI and the endpoint's separate fields disagree. */
  | 'setup-mismatch';

export type OtpauthResult = { ok: true; key: OtpauthKey } | { ok: false; problem: OtpauthProblem };

const PREFIX = 'otpauth://';
/** Characters a URI may hold literally (RFC 3986 unreserved, reserved and `%`). */
const URI_CHARS = /^[A-Za-z0-9\-._~:/?[\]@!$&'()*+,;=%]*$/;
const BASE32 = /^[A-Z2-7]+$/;
const DIGITS_ONLY = /^[0-9]+$/;
/** 128 bits, the shortest shared secret RFC 4226 allows (26 Base32 characters hold 130). */
const MIN_SECRET_CHARS = 26;
/** Five minutes: a code that lasts longer is close to a password, for whoever reads it. */
const MAX_PERIOD = 300;

function fail(problem: OtpauthProblem): OtpauthResult {
  return { ok: false, problem };
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * Why a Base32 secret is not acceptable, or undefined when it is. A Base32 string of 1, 3 or 6
 * characters past a multiple of 8 cannot come from whole bytes.
 */
export function secretProblem(secret: string): OtpauthProblem | undefined {
  if (secret === '') return 'missing-secret';
  if (secret.includes('=')) return 'secret-padding';
  if (!BASE32.test(secret)) return 'secret-alphabet';
  if (secret.length < MIN_SECRET_CHARS || [1, 3, 6].includes(secret.length % 8)) return 'secret-length';
  return undefined;
}

function labelProblem(issuer: string, accountName: string): OtpauthProblem | undefined {
  if (issuer.includes(':') || accountName.includes(':')) return 'colon-in-label';
  if (issuer.trim() === '') return 'empty-issuer';
  if (accountName.trim() === '') return 'empty-account';
  return undefined;
}

/** Parses and validates a TOTP otpauth URI. Never throws. */
export function parseOtpauthUri(uri: string): OtpauthResult {
  // An endpoint may send anything: a URI that is no string is none.
  if (typeof uri !== 'string' || !uri.toLowerCase().startsWith(PREFIX)) return fail('not-otpauth');
  if (!URI_CHARS.test(uri) || uri.includes('#')) return fail('bad-encoding');
  const rest = uri.slice(PREFIX.length);
  const slash = rest.indexOf('/');
  if (slash < 0 || rest.slice(0, slash).toLowerCase() !== 'totp') return fail('not-totp');
  const afterType = rest.slice(slash + 1);
  const question = afterType.indexOf('?');
  const rawLabel = question < 0 ? afterType : afterType.slice(0, question);
  const rawQuery = question < 0 ? '' : afterType.slice(question + 1);

  // The separator may be a literal or an encoded colon; since neither part may hold a colon, any
  // decoded colon is the separator, and there must be exactly one.
  const label = decode(rawLabel);
  if (label === undefined) return fail('bad-encoding');
  const parts = label.split(':');
  if (parts.length < 2) return fail('label-without-issuer');
  if (parts.length > 2) return fail('colon-in-label');
  const labelIssuer = parts[0]!;
  // The format allows spaces before the account name.
  const accountName = parts[1]!.replace(/^ +/, '');

  const params = new Map<string, string>();
  for (const pair of rawQuery === '' ? [] : rawQuery.split('&')) {
    const equals = pair.indexOf('=');
    const name = decode(equals < 0 ? pair : pair.slice(0, equals));
    const value = decode(equals < 0 ? '' : pair.slice(equals + 1));
    if (name === undefined || value === undefined) return fail('bad-encoding');
    // Whatever the case: an app that reads `SECRET` as `secret` would take another key than the one shown.
    if ([...params.keys()].some((known) => known.toLowerCase() === name.toLowerCase())) return fail('duplicate-parameter');
    params.set(name, value);
  }

  const issuer = params.get('issuer');
  if (issuer === undefined) return fail('missing-issuer-parameter');
  const badLabel = labelProblem(labelIssuer, accountName) ?? labelProblem(issuer, accountName);
  if (badLabel) return fail(badLabel);
  if (issuer !== labelIssuer) return fail('issuer-mismatch');

  const secret = params.get('secret') ?? '';
  const badSecret = secretProblem(secret);
  if (badSecret) return fail(badSecret);

  const algorithm = params.get('algorithm') ?? 'SHA1';
  if (!(OTP_ALGORITHMS as readonly string[]).includes(algorithm)) return fail('bad-algorithm');
  const digits = params.get('digits') ?? '6';
  if (!DIGITS_ONLY.test(digits) || Number(digits) < 6 || Number(digits) > 8) return fail('bad-digits');
  const period = params.get('period') ?? '30';
  if (!DIGITS_ONLY.test(period) || Number(period) < 1 || Number(period) > MAX_PERIOD) return fail('bad-period');

  return {
    ok: true,
    key: {
      issuer,
      accountName,
      secret,
      algorithm: algorithm as OtpAlgorithm,
      digits: Number(digits),
      period: Number(period),
    },
  };
}

/**
 * Builds the URI for a key that `parseOtpauthUri` accepted (its rules are not checked again here).
 * Every parameter is written, defaults included, so an app never has to guess.
 */
export function buildOtpauthUri(key: OtpauthKey): string {
  const issuer = encodeURIComponent(key.issuer);
  const query = `secret=${key.secret}&issuer=${issuer}&algorithm=${key.algorithm}&digits=${key.digits}&period=${key.period}`;
  return `otpauth://totp/${issuer}:${encodeURIComponent(key.accountName)}?${query}`;
}

/** What an endpoint answers when it starts a code-app enrollment (see `TotpSetup`). */
export interface TotpSetupLike extends OtpauthKey {
  otpauthUri: string;
}

/**
 * Validates the set-up an endpoint sent: the URI must be valid and say exactly what the separate
 * fields say, so the key shown for typing is the key in the QR code.
 */
export function checkTotpSetup(setup: TotpSetupLike): OtpauthResult {
  const parsed = parseOtpauthUri(setup.otpauthUri);
  if (!parsed.ok) return parsed;
  const fields = ['issuer', 'accountName', 'secret', 'algorithm', 'digits', 'period'] as const;
  return fields.every((field) => parsed.key[field] === setup[field]) ? parsed : fail('setup-mismatch');
}

/** A key in groups (of four by default), easier to read aloud and type: `JBSW Y3DP EHPK 3PXP`. */
export function groupKey(secret: string, size = 4): string {
  return (secret.match(new RegExp(`.{1,${size}}`, 'g')) ?? []).join(' ');
}
