/**
 * The names a user gives (an authenticator app's, an app password's): the protocol normalizes them
 * (`typedName`) and takes 1 to 64 characters. The elements send them so normalized and check the
 * same before sending, so a name too long is refused with its reason rather than cut by the field
 * (`maxlength`) without a word.
 */
import type { Localizer } from './localize.js';

/** The protocol's limit on a name, in characters (code points, as JSON Schema counts them). */
export const NAME_MAX_LENGTH = 64;

export type NameProblem = 'empty' | 'too-long';

/**
 * A name as the protocol saves it, what a list shows of it: composed (NFC: an "é" typed or pasted as
 * "e" and an accent is one character, as it looks), each run of white space or control characters
 * (a tab, a line break pasted in, a NUL) one space, and trimmed.
 */
export const typedName = (name: string): string => name.normalize('NFC').replace(/[\s\p{Cc}]+/gu, ' ').trim();

/**
 * What is wrong with a name as typed, if anything, once normalized (`typedName`), as the endpoint
 * normalizes it. A name with no letter, digit, punctuation or symbol (spaces, a zero-width space)
 * is as empty: it shows blank.
 */
export function nameProblem(name: string): NameProblem | undefined {
  const typed = typedName(name);
  if (!/[\p{L}\p{N}\p{P}\p{S}]/u.test(typed)) return 'empty';
  if ([...typed].length > NAME_MAX_LENGTH) return 'too-long';
  return undefined;
}

/** "Use 64 characters or fewer.", with the number in the locale's digits. */
export function nameTooLongText(l: Localizer): string {
  return l.count('nameTooLong', NAME_MAX_LENGTH);
}
