import { coreStrings } from '../locales/en/core.js';
import type { MfaStrings } from '../locales/en.js';
import { type MfaErrorCode, isMfaError } from './errors.js';
import type { MethodId, PhoneSlot } from './types.js';

export type { MfaStrings };

/** A key whose value is a plain string. */
export type PlainKey = { [K in keyof MfaStrings]: MfaStrings[K] extends string ? K : never }[keyof MfaStrings];
/** A key whose value is a function of parameters. */
export type ParamKey = Exclude<keyof MfaStrings, PlainKey>;
/** Keys of strings about a count: they take the count, then the count as the locale writes it. */
export type CountKey = { [K in ParamKey]: MfaStrings[K] extends (count: number, formatted: string) => string ? K : never }[ParamKey];

/** The counts a string takes first: its leading number parameters. */
type Counts<P extends unknown[]> = P extends [number, ...infer Rest] ? [number, ...Counts<Rest>] : [];
/** Each of `C`, as the locale writes it. */
type Written<C extends unknown[]> = { [I in keyof C]: string };
/**
 * Keys of strings about one count or more (`CountKey`'s among them): they take the counts, then
 * each as the locale writes it, in the same order ("3 of 40 created").
 */
type CountsKey = {
  [K in ParamKey]: Parameters<MfaStrings[K]> extends [number, ...unknown[]]
    ? Parameters<MfaStrings[K]> extends [...Counts<Parameters<MfaStrings[K]>>, ...Written<Counts<Parameters<MfaStrings[K]>>>]
      ? K
      : never
    : never;
}[ParamKey];

/**
 * A sentence about a count in each plural form of a language, as translation systems export them:
 * the form `Intl.PluralRules` picks for the count, `other` where that form is not given, `zero` (if
 * given) for a count of 0 in any language. `{0}` is the count, `{1}` the count as the locale writes it.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Host overrides, keyed by locale tag: `{ en: { save: 'Apply' }, 'zh-Hans': { save: '应用' } }`.
 * A tag with no built-in table (say `ar`) adds a locale: its keys are used, English fills the rest.
 * Lookup tries the exact tag, then language-script, then the language (`zh-Hans-CN`, `zh-Hans`, `zh`).
 * A key's value is its words; or a function taking nothing, called; or, where the built-in value is
 * a function of parameters, a function taking them, or a string with numbered placeholders (`{0}`
 * the first parameter), or for a count `PluralForms`; `null`, `undefined` or `""` keep the built-in
 * words (a translation system's missing entry). `<mfa-provider>` reads its `strings` so, with
 * `hostStrings()`: tags as files spell them (`de_DE`, `ja-jp`), a region's table serving its language
 * where no table names it. A `Localizer` made by hand takes canonical tags, words and functions: give
 * it `hostStrings(table)` for the rest.
 */
export type StringOverrides = Record<
  string,
  { [K in keyof MfaStrings]?: MfaStrings[K] | string | (() => string) | (K extends CountKey ? PluralForms : never) | null }
>;

/** `invalid-code` → `InvalidCode`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Rest}` ? `${Capitalize<Head>}${Pascal<Rest>}` : Capitalize<S>;

/**
 * Methods, phone slots, error codes, conflict reasons and phone problems name their strings by one
 * rule: a prefix, then the id in PascalCase (`text-mobile` → `methodTextMobile`, `not-found` →
 * `errorNotFound`). The types check the rule: an id without its string is a compile error.
 */
export function keyOf<P extends string, S extends string>(prefix: P, id: S): `${P}${Pascal<S>}` {
  return (prefix + id.replace(/(?:^|-)(\w)/g, (_, first: string) => first.toUpperCase())) as `${P}${Pascal<S>}`;
}

/**
 * Reasons with a message of their own: conflicts, and a change refused for its CSRF token or by the
 * policy (`forbidden`); any other reason gets its code's message.
 */
const REASONS = ['backs-default-method', 'duplicate-name', 'limit-reached', 'secret-gone', 'csrf', 'policy'] as const;
type Reason = (typeof REASONS)[number];

/**
 * A name someone chose (an authenticator app's, an app password's), isolated by `isolateName` for a
 * sentence about it. The strings that take a name take it so: the types catch a name put in as it is.
 */
export type IsolatedName = string & { readonly isolated: true };

/**
 * `name` set apart (FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE) for a sentence: it keeps its
 * own direction, and nothing in it (right-to-left words, a right-to-left override) reorders the
 * words around it: "\u202Eevil" makes "Remove “live”?", not "Remove “?”live". Isolate marks of its
 * own are left out: one that closes would end the isolation early, one left open would take in the
 * rest of the sentence. The embeddings and overrides it opens end where it does.
 */
export const isolateName = (name: string): IsolatedName => `\u2068${name.replace(/[\u2066-\u2069]/g, '')}\u2069` as IsolatedName;

/**
 * The name of a button that shows the words of `shown` and acts on `name`: `sentence` (its key's
 * words about `name`, in the order of the language) when it holds the words shown (WCAG 2.5.3),
 * else the words shown then `name`. A host's table that gives the words shown and not the sentence
 * (one written before the sentence had a key, or one of a few keys) keeps a name in its language.
 */
export function buttonName(l: Localizer, shown: PlainKey, sentence: string, name: string): string {
  const words = l.term(shown);
  // Compared as a voice user says them: whatever the case, without the soft hyphens a host adds.
  const said = (text: string) => text.replace(/\xAD/g, '').toLowerCase();
  return said(sentence).includes(said(words)) ? sentence : `${words} ${name}`;
}

/** The keys of sentences about a date: "Added {date}". */
type DateKey = 'authAdded' | 'authLastUsed' | 'appPasswordsCreatedOn' | 'appPasswordsLastUsedOn';

/**
 * An item's details line ("Code app · Added 2 Mar 2025 · Not used yet"): its parts joined by a
 * middle dot, each date's sentence left out when the endpoint sent no date there (`Localizer.date`
 * gives ""), rather than shown as "Added" with nothing after it. A part is a string, or a key and
 * the date it is about.
 */
export function detailsLine(l: Localizer, ...parts: (string | [DateKey, string])[]): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const date = l.date(part[1]);
      return date && l.format(part[0], date);
    })
    .filter(Boolean)
    .join(' · ');
}

/** The built-in locales, complete. */
export const BUILT_IN_LOCALES: readonly string[] = ['en', 'zh-Hans'];

/** Some strings, by key. */
type Table = { readonly [key: string]: unknown };

/**
 * One table of English strings and where its translations come from. Each element class lists its
 * own (the shared core's is always there), so a page's code carries only the strings of the elements
 * it defines, and a translation is loaded with `import()` only when one of those elements first shows
 * that locale, and only that element's tables.
 */
export interface StringSource<T extends object = object> {
  /** Which table this is (`method-picker`), for messages. */
  name: string;
  en: T;
  /**
   * Per built-in locale tag, the module whose default export is the translated table: as written,
   * or as built, its values alone in the order of `en`'s keys (scripts/translation-values.js).
   */
  translations: Record<string, () => Promise<{ default: T | readonly unknown[] }>>;
}

/**
 * The strings every copy of the library on the page has registered and loaded, kept on the page
 * (`Symbol.for`), as the context key is: an element of one copy under the provider of another (a
 * micro-frontend's own bundle beside the page's) is shown by that provider's localizer, which reads
 * them here. `v1`: a later version that keeps them otherwise takes another key.
 */
// biome-ignore lint/suspicious/noAssignInExpressions: made once for the page, where it is read.
const [english, registered, translated, loads] = ((globalThis as { [key: symbol]: unknown })[Symbol.for('mfa-elements.strings.v1')] ??= (() => {
  const en = {};
  return [en, new Set(), new Map([['en', en]]), new Map()];
})()) as [
  Record<string, unknown>,
  Set<StringSource>,
  /** Per built-in table's locale, its strings: English's, and those of each translation loaded so far. */
  Map<string, Record<string, unknown>>,
  /** Per translation (a source's loader for one locale), the load in flight, or `true` once it has settled. */
  Map<() => Promise<unknown>, Promise<void> | true>,
];

/**
 * Makes tables of strings available to every localizer. The elements register their own when they
 * are defined; registering a table twice does nothing.
 */
export function registerStrings(...sources: StringSource[]): void {
  for (const source of sources) {
    if (registered.has(source)) continue;
    registered.add(source);
    Object.assign(english, source.en);
  }
}
registerStrings(coreStrings);

/**
 * Loads `locale`'s translation of each of `sources` not loaded yet. Undefined when there is nothing
 * to wait for. A table that fails to load (offline, say) stays English for the page's life: the
 * warning names it, and the element stays usable.
 */
function loadTranslations(locale: string, sources: Iterable<StringSource>): Promise<void> | undefined {
  const waits: Promise<void>[] = [];
  for (const source of sources) {
    const load = source.translations[locale];
    if (!load) continue;
    let state = loads.get(load);
    if (state === true) continue;
    if (!state) {
      state = load()
        .then(
          ({ default: table }) => {
            const strings = Array.isArray(table) ? Object.fromEntries(Object.keys(source.en).map((key, i) => [key, table[i]])) : table;
            translated.set(locale, { ...translated.get(locale), ...strings });
          },
          (error: unknown) =>
            console.warn(`mfa-elements: the ${locale} strings of ${source.name} could not be loaded; English is shown.`, error),
        )
        .finally(() => loads.set(load, true));
      loads.set(load, state);
    }
    waits.push(state);
  }
  return waits.length ? Promise.all(waits).then(() => undefined) : undefined;
}

// Scripts written right to left, for engines without Intl.Locale#getTextInfo.
const RTL_SCRIPTS = new Set('Arab Hebr Thaa Syrc Nkoo Adlm Rohg Mand Samr'.split(' '));

/** A tag as a locale, Java's `zh_CN` as `zh-CN`; English for a tag of no valid form. */
function safeLocale(tag: string): Intl.Locale {
  try {
    return new Intl.Locale(tag.replace(/_/g, '-'));
  } catch {
    return new Intl.Locale('en');
  }
}

function direction(locale: Intl.Locale): 'ltr' | 'rtl' {
  const withInfo = locale as Intl.Locale & { getTextInfo?: () => { direction?: string } };
  const info = withInfo.getTextInfo?.();
  return (info ? info.direction === 'rtl' : RTL_SCRIPTS.has(locale.maximize().script as string)) ? 'rtl' : 'ltr';
}

/** The locale of the page around an element: the nearest `lang`, else the browser's. */
export function ambientLocale(from?: Element | null): string {
  let node: Node | null | undefined = from;
  while (node) {
    const lang = node instanceof Element && node.getAttribute('lang');
    if (lang) return lang;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return globalThis.navigator?.language ?? 'en';
}

/**
 * Strings and formats for one locale. A locale or override change makes a new one, which is how
 * elements know to render again. A built-in translation is read as it loads (see `ready()`); until
 * then, and for any key it lacks, the English string is used.
 */
export class Localizer {
  /** The requested locale tag, canonicalized. */
  readonly locale: string;
  /**
   * `ltr` or `rtl`, from the script of `lang`, the language of the words shown: a page in Arabic
   * with no Arabic words (built in or the host's) shows English, laid out left to right.
   */
  readonly dir: 'ltr' | 'rtl';
  /**
   * The language the strings are in, for a `lang` attribute so screen readers read them with the
   * right voice: the locale itself when it has a translation or the host's own words, else `en`
   * (or `zh-Hans` for a Chinese locale shown in Simplified Chinese). Numbers, dates, durations,
   * lists and country names are written in it too, so that a sentence is in one language: in
   * English while a built-in translation is not here (loading, or failed to load), the host's
   * words for it included.
   */
  get lang(): string {
    return translated.has(this.#translation) ? this.#lang : 'en';
  }
  readonly #lang: string;
  /** The built-in table in use: `en`, or a translation. */
  readonly #translation: string;
  /** The host's overrides that apply, most specific first. */
  readonly #overrides: Table[];

  constructor(locale: string, overrides: StringOverrides = {}) {
    const loc = safeLocale(locale);
    this.locale = loc.toString();
    const max = loc.maximize();
    // The keys to look up, most specific first: `zh-Hans-CN`, `zh-Hans`, `zh`.
    const keys = [...new Set([this.locale, `${max.language}-${max.script ?? ''}`, loc.language].filter((c) => !c.endsWith('-')))];
    // Chinese in any script falls back to Simplified Chinese: closer for a reader than English.
    const builtIn = keys.find((k) => BUILT_IN_LOCALES.includes(k)) ?? (loc.language === 'zh' ? 'zh-Hans' : 'en');
    this.#translation = builtIn;
    this.#overrides = keys.map((k) => overrides[k]).filter(Boolean) as Table[];
    this.#lang = this.#overrides.length > 0 || keys.includes(builtIn) ? this.locale : builtIn;
    this.dir = direction(safeLocale(this.#lang));
  }

  /**
   * Loads this locale's translation of `sources` (of every registered table when left out), and of
   * the shared core's; undefined when they are all here, or for English.
   */
  ready(sources?: readonly StringSource[]): Promise<void> | undefined {
    return loadTranslations(this.#translation, sources ? [coreStrings, ...sources] : registered);
  }

  #lookup(key: string): unknown {
    // A host's null (a translation system's missing entry) is no words: the built-in ones are used.
    for (const layer of this.#overrides) if (layer[key] != null) return layer[key];
    const value = translated.get(this.#translation)?.[key] ?? english[key];
    // A programming error, caught by the tests: the element did not register the table of the key.
    if (value === undefined) throw new Error(`mfa-elements: no string "${key}" is registered`);
    return value;
  }

  /** Intl's formatters and region names, by kind, language and options (see `#intl`). */
  readonly #formats: Record<string, object> = {};

  /**
   * An Intl formatter (or `DisplayNames`) of `lang`, made once per kind and options: made anew for
   * each date of each row at each render, they took 94% of a keystroke's time in the name field
   * below 500 app passwords.
   */
  #intl<O, F extends object>(kind: new (lang: string, options: O) => F, options?: O): F {
    // biome-ignore lint/suspicious/noAssignInExpressions: made once, where it is read.
    return (this.#formats[kind.name + this.lang + JSON.stringify(options)] ??= new kind(this.lang, options as O)) as F;
  }

  /** A plain string. */
  term(key: PlainKey): string {
    // A host's function where the table has words (from a page without TypeScript's checks) gives them.
    const value = this.#lookup(key) as string | (() => string);
    return typeof value === 'function' ? value() : value;
  }

  /**
   * A string with parameters. A host's own words given as a plain string where the table has a
   * function (from a page without TypeScript's checks) are used as they are.
   */
  format<K extends ParamKey>(key: K, ...args: Parameters<MfaStrings[K]>): string {
    const value = this.#lookup(key) as string | ((...a: Parameters<MfaStrings[K]>) => string);
    return typeof value === 'function' ? value(...args) : value;
  }

  /**
   * A string about a count, given the count: it takes the count and the count as the locale writes
   * it ("6 digits", "6 位"). One about several counts takes them all, then each as the locale writes
   * it ("3 of 40 created").
   */
  count<K extends CountsKey>(key: K, ...counts: Counts<Parameters<MfaStrings[K]>>): string {
    return this.format(key, ...([...counts, ...counts.map((count) => this.number(count))] as unknown as Parameters<MfaStrings[K]>));
  }

  /** A verification method's name, for example "Call my office phone". */
  methodName(method: MethodId): string {
    return this.term(keyOf('method', method));
  }

  /** A phone slot's name, for example "Alternate authentication phone". */
  slotName(slot: PhoneSlot): string {
    return this.term(keyOf('slot', slot));
  }

  number(value: number): string {
    return this.#intl(Intl.NumberFormat).format(value);
  }

  /**
   * Names joined as the locale joins a list ("A, B or C"). Each name is isolated (`isolateName`), so
   * a name in one direction does not reorder the words around it in the other.
   */
  list(names: readonly string[], type: 'conjunction' | 'disjunction'): string {
    return this.#intl(Intl.ListFormat, { type }).format(names.map(isolateName));
  }

  /**
   * A wait such as "30 seconds", "2 minutes", "5 hours" or "25 days", for countdowns: in the
   * largest unit of which it is at least two; seconds and minutes rounded up, hours and days to the
   * nearest (2 hours and 1 second is "2 hours", not "3 hours").
   */
  duration(seconds: number): string {
    let value = seconds;
    let unit = 0;
    for (const size of [60, 60, 24]) {
      if (value < 2 * size) break;
      value /= size;
      unit++;
    }
    const name = ['second', 'minute', 'hour', 'day'][unit];
    const rounded = unit > 1 ? Math.round(value) : Math.ceil(value);
    return this.#intl(Intl.NumberFormat, { style: 'unit', unit: name, unitDisplay: 'long' }).format(Math.max(0, rounded));
  }

  date(value: string | number | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    // A Date given is read as it is (`new Date` takes its time value, not its text).
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? '' : this.#intl(Intl.DateTimeFormat, options).format(date);
  }

  /** A region's name in this locale, for example `DE` → "Germany" / "德国". */
  regionName(region: string): string {
    try {
      return this.#intl(Intl.DisplayNames, { type: 'region' }).of(region) ?? region;
    } catch {
      return region;
    }
  }

  /**
   * What to tell the user about a failed request: one clear message per protocol error. A rate
   * limit says the wait the endpoint gave, or `retryAfterSeconds` when given: the wait left now
   * (an action's own `retryAfterSeconds`), for a sentence that follows the countdown.
   */
  errorMessage(error: unknown, retryAfterSeconds?: number): string {
    if (!isMfaError(error)) return this.term('errorUnknown');
    if (error.code === 'invalid-code' && error.attemptsLeft !== undefined && english.errorInvalidCodeAttempts) {
      return this.count('errorInvalidCodeAttempts', error.attemptsLeft);
    }
    if (error.code === 'rate-limited') {
      return this.format('errorRateLimited', this.duration(retryAfterSeconds ?? error.retryAfter ?? 30));
    }
    const reason = REASONS.includes(error.reason as Reason) ? keyOf('error', error.reason as Reason) : undefined;
    // The most specific message registered: the detailed ones come with the elements whose requests
    // can answer them (en/error-details.ts, en/item-errors.ts). `errorUnknown` for a code from
    // outside the protocol (a host's own client).
    const code = keyOf('error', error.code as Exclude<MfaErrorCode, 'rate-limited'>);
    const key = [reason, code].find((k) => typeof english[k as string] === 'string');
    return this.term(key ?? 'errorUnknown');
  }
}

/**
 * Words to show later, in whichever locale the element is in when it renders them: a status kept
 * after a change, which a page switched to another language must not keep in the first.
 */
export type Say = (l: Localizer) => string;

/**
 * Sentences one after the other, the empty ones left out: a space between them, but none after a
 * full-width stop (`。`, `！`, `？`), as Chinese runs one sentence into the next.
 */
export function sentences(...parts: readonly string[]): string {
  return parts.filter(Boolean).join(' ').replace(/([。！？]) /gu, '$1');
}

/** What `failureAlert` reads of a failed request: an `ActionController` or a `ResourceController`. */
export interface Failed {
  error: unknown;
  /** A rate limit's wait still runs. */
  rateLimited: boolean;
  retryAfterSeconds: number;
}

/**
 * What an alert says of a failed request (`lead`, then `errorMessage`), and, while a rate limit's
 * wait runs, `countdown`: the same words with the wait left now, for the copy seen in the alert's
 * place. The alert keeps what it announced, visually hidden; the copy is not live, since a countdown
 * read out every second would drown everything else (see `ActionController.rateLimited`).
 */
export function failureAlert(l: Localizer, failed: Failed, lead?: string): { text: string; countdown?: string } {
  const say = (seconds?: number) => sentences(lead ?? '', l.errorMessage(failed.error, seconds));
  return { text: say(), countdown: failed.rateLimited ? say(failed.retryAfterSeconds) : undefined };
}

/** What `updateAfterStrings` needs of an element. */
interface StringsHost {
  readonly hasUpdated: boolean;
  requestUpdate(): void;
}

/** What `scheduleUpdate()` returns in Lit. */
// biome-ignore lint/suspicious/noConfusingVoidType: the signature LitElement declares.
type Scheduled = void | Promise<unknown>;

/**
 * For an element's `scheduleUpdate()`: its first update waits for its strings in its locale, so
 * nobody sees English first (and nothing is shown before). Later updates go ahead at once, in
 * English until a new locale's strings are here, and the element renders again when they are.
 */
export function updateAfterStrings(
  host: StringsHost,
  localizer: () => Localizer,
  sources: readonly StringSource[],
  update: () => Scheduled,
): Scheduled {
  const loading = localizer().ready(sources);
  if (!loading) return update();
  if (!host.hasUpdated) return loading.then(() => updateAfterStrings(host, localizer, sources, update));
  void loading.then(() => host.requestUpdate());
  return update();
}

/** For an element's `getUpdateComplete()`: also waits for a locale's strings and the render after. */
export async function stringsComplete(
  localizer: () => Localizer,
  sources: readonly StringSource[],
  complete: () => Promise<boolean>,
): Promise<boolean> {
  let done = await complete();
  for (let loading = localizer().ready(sources); loading; loading = localizer().ready(sources)) {
    await loading;
    done = await complete();
  }
  return done;
}
