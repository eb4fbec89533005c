/**
 * Phone numbers as the user types them: digit normalization, as-you-type formatting that keeps
 * the caret where the user put it, validation with one specific reason, E.164. Pure functions.
 *
 * Metadata: `libphonenumber-js/min`: the possible lengths, digit patterns and formats of every
 * region, so the element says "too short", "too long" or "invalid for the region" before anything
 * is sent. Whether a number can receive a text message is the endpoint's answer: the protocol
 * validates every number with full metadata and refuses a text to a fixed line with the field
 * reason `cannot-receive-text`, which the element shows on the number field like its own checks.
 * The browser cannot answer it well anyway (in North America, among others, mobile and fixed-line
 * numbers share their patterns), and the mobile patterns it would need (`libphonenumber-js/mobile`)
 * are 4.7 KB gzip more for everyone who edits a number.
 * It comes from `libphonenumber-js/core/es6`, the package's documented build for browsers with
 * ES2015 classes (every browser this library supports): the same functions without the
 * transpiled helpers of the default build, 3.8 KB gzip less. Each call is given the `min`
 * metadata itself, as `core` asks: `libphonenumber-js/min/es6` does only that, in a wrapper of
 * each function and class (and of each number parsed), 0.2 KB gzip more.
 * The element loads this module with `import()` only when the user starts editing.
 */
// The metadata is imported first: a bundler then puts it before the parser's code, which gzip
// codes better, by 0.9 KB, than with the metadata after it.
import metadata from 'libphonenumber-js/min/metadata';
import {
  AsYouType,
  type CountryCode,
  Metadata,
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberWithError,
  validatePhoneNumberLength,
} from 'libphonenumber-js/core/es6';
import { digitValue, toAsciiDigits } from '../code-input/digits.js';

export type { CountryCode };

/** Why a number cannot be used, each with its own message. */
export type PhoneProblem =
  | 'empty'
  | 'lone-plus'
  | 'not-a-number'
  | 'too-short'
  | 'too-long'
  | 'invalid-country'
  | 'invalid-for-region'
  /** Only from the endpoint: a text message cannot reach the number. */
  | 'cannot-receive-text'
  /** Only from the endpoint: it sends no code to this kind of number (premium rate, satellite). */
  | 'not-allowed';

export interface Country {
  region: CountryCode;
  callingCode: string;
  /** The calling code's main region (`1` → US, `44` → GB; see `mainRegion`). */
  main: boolean;
}

/** Every region the metadata knows, with its calling code. */
export function allCountries(): Country[] {
  return getCountries(metadata).map((region) => {
    const callingCode = getCountryCallingCode(region, metadata);
    return { region, callingCode, main: mainRegion(callingCode) === region };
  });
}

/** A region if the metadata knows it (`'gb'` → `'GB'`), else undefined. */
export function knownRegion(region: string | undefined): CountryCode | undefined {
  const upper = region?.toUpperCase();
  return upper && isSupportedCountry(upper as CountryCode, metadata) ? (upper as CountryCode) : undefined;
}

/**
 * What people put between the digits of a phone number (a Japanese input method gives "-" as the
 * long vowel mark ー), and the invisible format characters (a direction mark, a zero-width space) a
 * copied number may carry.
 */
const FORMATTING = /[\s\-\u2010-\u2015\u2212.()[\]/\u00b7\u30fb\u30fc\uff08\uff09\uff0d\uff0e\p{Cf}]/u;
const PLUS = /[+\uff0b]/u;

/**
 * A number's significant characters: a leading `+` and the digits (any script, made ASCII); and
 * `foreign`, whether it has characters that are neither digits, `+` nor formatting (letters, emoji,
 * symbols). A pair rather than an object: the names of an object's members stay in the minified code.
 */
type Significant = [chars: string, foreign: boolean];

function significant(text: string): Significant {
  let chars = '';
  let foreign = false;
  for (const char of text) {
    const value = digitValue(char);
    if (value !== undefined) chars += value;
    else if (PLUS.test(char)) chars += chars === '' ? '+' : '';
    else if (!FORMATTING.test(char)) foreign = true;
  }
  // `00` is the international prefix almost everywhere: read it as `+`.
  if (chars.startsWith('00')) chars = `+${chars.slice(2)}`;
  return [chars, foreign];
}

export interface TypedNumber {
  /** What the field shows. */
  text: string;
  /** Where the caret goes. */
  caret: number;
  /** The region: the one chosen, or the one a `+` number belongs to. */
  country: CountryCode;
  /** The text holds letters, emoji or other symbols: it is left as typed. */
  foreign: boolean;
}

/**
 * Formats what the user typed, keeping the caret after the same digit. `previous` is the text
 * before this edit: when a deletion removed only a formatting character (a space, a parenthesis),
 * the digit next to it goes instead, so deleting through the formatting always works. Text with
 * letters or symbols is left exactly as typed (the caller shows "not a number").
 */
export function formatTyped(
  text: string,
  caret: number,
  country: CountryCode,
  previous = '',
  inputType = '',
): TypedNumber {
  const [chars, foreign] = significant(text);
  if (foreign) return { text, caret, country, foreign: true };
  let digits = chars;
  // How many significant characters lie before the caret (`00` counts as one, like `+`).
  let count = significant(text.slice(0, caret))[0].length;
  const [before, beforeForeign] = significant(previous);
  // An input type that deletes a character or a word, backward or forward, as `InputEvent.inputType`
  // names them (`deleteContentBackward`…): the direction is the second group.
  const deleted = /^delete(Content|Word)(Backward|Forward)$/.exec(inputType)?.[2];
  if (deleted && !beforeForeign && before === digits) {
    // Only a formatting character went: remove the digit beside it.
    const at = deleted === 'Backward' ? count - 1 : count;
    if (at >= 0 && at < digits.length) {
      digits = digits.slice(0, at) + digits.slice(at + 1);
      count = at;
    }
  }
  if (digits === '' || digits === '+') return { text: digits, caret: digits.length, country, foreign: false };
  const typer = new AsYouType(country, metadata);
  const formatted = typer.input(digits);
  const callingCode = typer.getCallingCode();
  // A `+` number's region, as soon as its digits tell it; until then (or for a number no region
  // has), the main region of its calling code, unless the region chosen has that code too (+1 for
  // Canada stays Canada).
  const detected =
    digits.startsWith('+') && callingCode
      ? knownRegion(typer.getCountry() ?? (getCountryCallingCode(country, metadata) === callingCode ? country : mainRegion(callingCode)))
      : undefined;
  // The caret goes just after the `count`-th significant character of the text formatted (whose
  // digits are ASCII: those it was given).
  let at = 0;
  for (let seen = 0; at < formatted.length && seen < count; at++) {
    if (/[\d+]/.test(formatted[at]!)) seen++;
  }
  return { text: formatted, caret: at, country: detected ?? country, foreign: false };
}

/**
 * The main region of a calling code (`44` → GB, `1` → US, `7` → RU): the metadata lists it first.
 * The lookup is the metadata's own, left out of the package's typings (the tests cover it).
 */
function mainRegion(callingCode: string): string | undefined {
  const plans = new Metadata(metadata) as Metadata & { getCountryCodeForCallingCode(code: string): string | undefined };
  return plans.getCountryCodeForCallingCode(callingCode);
}

/**
 * The phone-number-like part of pasted text ("Call me on +44 20 7946 0958, thanks" →
 * "+44 20 7946 0958"), or undefined when there is not exactly one.
 */
export function extractNumber(text: string): string | undefined {
  // Without the invisible format characters, which would split a number in two.
  const ascii = toAsciiDigits(text).replace(/\p{Cf}/gu, '');
  const runs = ascii.match(/(?:\+|00)?\(?\d[\d\s\-.()/]{4,}\d/g) ?? [];
  return runs.length === 1 ? runs[0]!.trim() : undefined;
}

/**
 * The extension in pasted text ("+1 425 555 0100 ext. 45", "tel:+1-425-555-0100;ext=45", "… x45"),
 * as the phone library reads one, the number's region `country` unless it has a `+`; undefined
 * when it finds none.
 */
export function pastedExtension(text: string, country: CountryCode): string | undefined {
  return parse(toAsciiDigits(text), country)?.ext;
}

export type PhoneCheck = { ok: true; e164: string } | { ok: false; problem: PhoneProblem };

/**
 * Checks a typed number for a region: whether it can be a number there. (Whether it can receive a
 * text message, only the endpoint says: see the top of this module.)
 */
export function checkPhone(text: string, country: CountryCode): PhoneCheck {
  const [chars, foreign] = significant(text);
  if (foreign) return { ok: false, problem: 'not-a-number' };
  if (chars === '') return { ok: false, problem: 'empty' };
  if (chars === '+') return { ok: false, problem: 'lone-plus' };
  const international = chars.startsWith('+');
  // None for a `+` number, which names its own. (The package's typings for `core` leave out an
  // undefined region, which its functions take as none, as those of `min` do.)
  const defaultCountry = (international ? undefined : country) as CountryCode;
  // The length's problem, if any (`validatePhoneNumberLength` answers none for a possible length).
  const problem = (
    {
      TOO_SHORT: 'too-short',
      TOO_LONG: 'too-long',
      INVALID_COUNTRY: 'invalid-country',
      INVALID_LENGTH: 'invalid-for-region',
      NOT_A_NUMBER: 'not-a-number',
    } as Record<string, PhoneProblem>
  )[validatePhoneNumberLength(chars, defaultCountry, metadata) as string];
  if (problem) return { ok: false, problem };
  // A national number that starts with the trunk prefix but is too short without it ("06 12 34 56 7"
  // in France): the parser then keeps the prefix as a digit and the length check passes. The
  // prefix is only a prefix: the length is judged without it.
  if (!international) {
    const plans = new Metadata(metadata);
    plans.selectNumberingPlan(country);
    const prefix = (plans.numberingPlan as { nationalPrefix?: () => string | undefined } | undefined)?.nationalPrefix?.();
    if (prefix && chars.startsWith(prefix) && validatePhoneNumberLength(chars.slice(prefix.length), country, metadata) === 'TOO_SHORT') {
      return { ok: false, problem: 'too-short' };
    }
  }
  // `validatePhoneNumberLength` has parsed the same digits for the same region, and found their
  // length possible (as `isPossible()` would): they parse here too. With `min` metadata, `isValid()`
  // checks the digits against the region's own pattern.
  const parsed = parse(chars, defaultCountry);
  return parsed?.isValid() ? { ok: true, e164: parsed.number } : { ok: false, problem: 'invalid-for-region' };
}

/**
 * A number parsed, or undefined when it is not one: `parsePhoneNumberFromString` without its own
 * wrapper, as `parsePhoneNumberWithError` comes with `validatePhoneNumberLength` anyway. (That one
 * also drops a default region the metadata does not know: `checkPhone` gives one only once
 * `validatePhoneNumberLength` has taken it, the others give none.)
 */
function parse(text: string, country?: CountryCode) {
  try {
    return parsePhoneNumberWithError(text, country as CountryCode, metadata);
  } catch {
    return undefined;
  }
}

/** The number in the international format, for showing the number being verified. */
export function formatInternational(e164: string): string {
  return parse(e164)?.formatInternational() ?? e164;
}

/**
 * The national format of an E.164 number and its region, for a form field's initial value. An
 * office phone's extension in it (`;ext=45`, ` ext. 45`) is given apart, for its own field; another
 * phone's stays in the number, which it makes invalid (such a phone has no extension).
 */
export function fromE164(e164: string, office?: boolean): { text: string; country: CountryCode; ext?: string } | undefined {
  const parsed = parse(toAsciiDigits(e164));
  const region = knownRegion(parsed?.country);
  // A region is known only for a number parsed.
  if (!region) return undefined;
  if (office) return { text: parsed!.formatNational({ formatExtension: (number) => number }), country: region, ext: parsed!.ext };
  return { text: parsed!.formatNational(), country: region };
}

/** An extension: digits in any script become ASCII; `undefined` when anything else is in it. */
export function checkExtension(text: string): { ok: true; extension: string } | { ok: false } {
  const ascii = toAsciiDigits(text.trim());
  return /^\d{0,10}$/.test(ascii) ? { ok: true, extension: ascii } : { ok: false };
}
