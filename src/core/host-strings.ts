/**
 * The host's `strings` as a `Localizer` reads them: tables keyed by canonical locale tags, and values
 * that are its words, a string, or a function. Hosts write their tables as translation systems
 * export them, so this takes what such files hold:
 *
 * - tags as files name them: `de_DE`, `ja-jp`, `DE` are `de-DE`, `ja-JP`, `de`. A table for a region
 *   (`de-DE`) also serves its language (`de`, and `de-Latn`) where no table names the language alone
 *   and the library has no words of its own in it, so a page in `de` or `de-AT` uses it: of several
 *   (`pt-BR`, `pt-PT`), the one the language means when no region is given (`pt` is `pt-BR`), else the
 *   first. Not across scripts (`zh-TW` serves `zh-Hant`, not `zh`), and not for English or Simplified
 *   Chinese (an `en-GB` table is for British pages). A tag of no valid form is said on the console
 *   and left out.
 * - `""`, a translation system's entry not translated yet, keeps the built-in words, as `null` does.
 * - parameters as numbered placeholders: `'Versuchen Sie es in {0} erneut.'`, `{0}` the first
 *   parameter of the English function, `{1}` the second.
 * - plural forms, for a sentence about a count: `{ one: '{1} Treffer', other: '{1} Treffer' }`, chosen
 *   by the count (the first parameter) with `Intl.PluralRules` for the table's language; `zero`, if
 *   given, for a count of 0 in any language; `other` where the language's form is not given.
 */
import { BUILT_IN_LOCALES, type StringOverrides } from './localize.js';

type Words = Record<string, unknown>;

/** The languages, in their scripts, the library has words of its own in: `en-Latn`, `zh-Hans`. */
const BUILT_IN_SCRIPTS = new Set(
  BUILT_IN_LOCALES.map((tag) => {
    const full = new Intl.Locale(tag).maximize();
    return `${full.language}-${full.script}`;
  }),
);

/** The canonical form of `tag` (`ja_jp` → `ja-JP`), or undefined when it is no language tag. */
function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** `text` with each `{n}` replaced by the n-th of `args`; a placeholder with no such parameter stays. */
const fill = (text: string, args: readonly unknown[]): string =>
  text.replace(/\{(\d)\}/g, (placeholder, n: string) => (Number(n) < args.length ? String(args[Number(n)]) : placeholder));

/** Whether `value` holds words: not `null`, `undefined` or `""` (the built-in words are kept). */
const given = (value: unknown): boolean => value != null && value !== '';

/** One value of a host's table, as the localizer reads it; undefined keeps the built-in words. */
function wordsOf(value: unknown, tag: string): unknown {
  if (!given(value)) return undefined;
  if (typeof value === 'string') return /\{\d\}/.test(value) ? (...args: unknown[]) => fill(value, args) : value;
  if (typeof value !== 'object' || !given((value as Words).other)) return typeof value === 'function' ? value : undefined;
  const forms = value as Record<Intl.LDMLPluralRule, unknown>;
  const rules = new Intl.PluralRules(tag);
  return (...args: unknown[]) => {
    const count = Number(args[0]);
    const form = count === 0 && given(forms.zero) ? 'zero' : rules.select(count);
    return fill(String(given(forms[form]) ? forms[form] : forms.other), args);
  };
}

/**
 * A host's tables, read as the module's comment says, for a `Localizer` (`<mfa-provider>` reads its
 * `strings` so). `invalid` is told each key that is no language tag (its table is left out).
 */
export function hostStrings(strings: StringOverrides, invalid: (tag: string) => void = () => {}): StringOverrides {
  const tables: Record<string, Words> = {};
  for (const [tag, table] of Object.entries(strings ?? {})) {
    const name = canonical(tag);
    if (!name) {
      invalid(tag);
      continue;
    }
    const words: Words = {};
    for (const [key, value] of Object.entries(table ?? {})) {
      const read = wordsOf(value, name);
      if (read !== undefined) words[key] = read;
    }
    // Two spellings of one tag (`de-de`, `de-DE`): the later's words win, key by key. A table with no
    // words is none: the locale is not taken as the language of the words.
    if (Object.keys(words).length) tables[name] = { ...tables[name], ...words };
  }
  const named = new Set(Object.keys(tables));
  /** The tag each table taken for a tag not named came from. */
  const from = new Map<string, string>();
  const serve = (alias: string, tag: string, wins: boolean) => {
    if (named.has(alias) || (from.has(alias) && !wins)) return;
    tables[alias] = tables[tag]!;
    from.set(alias, tag);
  };
  for (const tag of named) {
    const full = new Intl.Locale(tag).maximize();
    // Its tag written out (`zh-HK` is `zh-Hant-HK`, the tag a page may give): the most specific table wins.
    serve(full.toString(), tag, tag.split('-').length > (from.get(full.toString())?.split('-').length ?? 0));
    for (const broader of [full.script ? `${full.language}-${full.script}` : '', full.language]) {
      if (!broader) continue;
      // Only in the same script, and only where the library has no words of its own: an `en-GB` or a
      // pseudo-locale's `en-XA` table is not for every English page, a `zh-TW` one not for `zh-CN`.
      const meant = new Intl.Locale(broader).maximize();
      if (meant.script !== full.script || BUILT_IN_SCRIPTS.has(`${full.language}-${meant.script}`)) continue;
      // The region the broader tag means by itself (`de` → `de-Latn-DE`) wins over the first one.
      serve(broader, tag, meant.toString() === full.toString());
    }
  }
  return tables as StringOverrides;
}
