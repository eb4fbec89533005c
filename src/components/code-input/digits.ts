/**
 * Digits in any script, for codes and phone numbers: a user may type or paste full-width digits
 * (`１２３`), Arabic-Indic (`١٢٣`), Devanagari and so on. Pure functions, no DOM.
 */

const DECIMAL_DIGIT = /\p{Nd}/u;

/**
 * The value 0–9 of one decimal digit in any script, or `undefined` for anything else. Unicode lays
 * every decimal digit set out as ten consecutive code points from zero, so the value is the
 * distance from the start of the run of digits, modulo ten (runs of several sets, such as the
 * mathematical digits, start at a zero too).
 */
export function digitValue(char: string): number | undefined {
  if (!DECIMAL_DIGIT.test(char)) return undefined;
  let code = char.codePointAt(0)!;
  let steps = 0;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(code - 1))) {
    code--;
    steps++;
  }
  return steps % 10;
}

/** Replaces every decimal digit in any script with its ASCII digit; other characters stay. */
export function toAsciiDigits(text: string): string {
  let out = '';
  for (const char of text) out += digitValue(char) ?? char;
  return out;
}

/** Characters people put between the digits of a code: spaces, dashes, dots. */
const CODE_SEPARATOR = /[\s\-\u2010-\u2015\u2212.\u00b7\u30fb\uff0d\uff0e]/u;

export interface CodeNormalization {
  /** The ASCII digits, at most `length` of them. */
  code: string;
  /** Where the caret goes in `code`, given where it was in the text. */
  caret: number;
  /** Characters that are neither digits nor separators were left out (letters, symbols). */
  refused: boolean;
  /** There were more digits than the code has; the extra ones were left out. */
  truncated: boolean;
}

/**
 * What a code field keeps of what was typed or pasted: digits in any script become ASCII digits,
 * separators disappear, anything else is refused (the caller says so) and the code is cut to its
 * length. `caret` maps the text position to the same place among the kept digits.
 */
export function normalizeCode(text: string, length: number, caret = text.length): CodeNormalization {
  let code = '';
  let newCaret = 0;
  let refused = false;
  let truncated = false;
  let index = 0;
  for (const char of text) {
    const value = digitValue(char);
    if (value !== undefined) {
      if (code.length < length) code += value;
      else truncated = true;
    } else if (!CODE_SEPARATOR.test(char)) {
      refused = true;
    }
    index += char.length;
    if (index <= caret) newCaret = code.length;
  }
  return { code, caret: newCaret, refused, truncated };
}
