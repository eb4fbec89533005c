/**
 * The names a user gives (an authenticator app's, an app password's): the protocol trims them and
 * takes 1 to 64 characters. The elements check the same before sending, so a name too long is
 * refused with its reason rather than cut by the field (`maxlength`) without a word.
 */
import type { Localizer } from './localize.js';

/** The protocol's limit on a name, in characters (code points, as JSON Schema counts them). */
export const NAME_MAX_LENGTH = 64;

export type NameProblem = 'empty' | 'too-long';

/**
 * What is wrong with a name as typed, if anything. The endpoint trims it the same way. A name with
 * no letter, digit, punctuation or symbol (spaces, a zero-width space) is as empty: it shows blank.
 */
export function nameProblem(name: string): NameProblem | undefined {
  const trimmed = name.trim();
  if (!/[\p{L}\p{N}\p{P}\p{S}]/u.test(trimmed)) return 'empty';
  if ([...trimmed].length > NAME_MAX_LENGTH) return 'too-long';
  return undefined;
}

/** "Use 64 characters or fewer.", with the number in the locale's digits. */
export function nameTooLongText(l: Localizer): string {
  return l.format('nameTooLong', NAME_MAX_LENGTH, l.number(NAME_MAX_LENGTH));
}
