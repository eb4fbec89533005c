import { en } from '../../src/locales/en.js';

/**
 * A pseudo-locale for the toolbar (`en-XA`, the tag CLDR keeps for it): every string of every table,
 * its letters accented, a third longer and between ⟦ ⟧. A designer sees the layout with words as
 * long as German's; a translator sees each string where it shows; text that is not so marked did not
 * come through the string tables. The names users give, isolated in sentences (U+2068 … U+2069), and
 * digits are left as they are.
 */
export const PSEUDO_LOCALE = 'en-XA';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'aceinosuyACEINOSUY'].map((letter, i) => [letter, 'åçéîñøšüýÅÇÉÎÑØŠÜÝ'[i]]),
);

/** `text` pseudo-localized; what is isolated inside it stays as it is. */
function pseudo(text: string): string {
  const parts = text.split(/(\u2068[^\u2069]*\u2069)/u);
  const accented = parts.map((part, i) => (i % 2 ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTED[c] ?? c))).join('');
  return `⟦${accented}${'~'.repeat(Math.ceil(text.length / 3))}⟧`;
}

/** Every key of the English tables, pseudo-localized: words as they are, sentences as they come out. */
export const PSEUDO_STRINGS: Record<string, unknown> = Object.fromEntries(
  Object.entries(en).map(([key, value]) => [
    key,
    typeof value === 'function' ? (...args: unknown[]) => pseudo((value as (...a: unknown[]) => string)(...args)) : pseudo(String(value)),
  ]),
);
