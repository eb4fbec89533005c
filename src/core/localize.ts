import { coreStrings } from '../locales/en/core.js';
import type { MfaStrings } from '../locales/en.js';
import { type MfaErrorCode, isMfaError } from './errors.js';
import type { MethodId, PhoneSlot } from './types.js';

export type { MfaStrings };

/** A key whose value is a plain string. */
export type PlainKey = { [K in keyof MfaStrings]: MfaStrings[K] extends string ? K : never }[keyof MfaStrings];
/** A key whose value is a function of parameters. */
export type ParamKey = Exclude<keyof MfaStrings, PlainKey>;

/**
 * Host overrides, keyed by locale tag: `{ en: { save: 'Apply' }, 'zh-Hans': { save: '应用' } }`.
 * A tag with no built-in table (say `ar`) adds a locale: its keys are used, English fills the rest.
 * Lookup tries the exact tag, then language-script, then the language (`zh-Hans-CN`, `zh-Hans`, `zh`).
 */
export type StringOverrides = Record<string, Partial<MfaStrings>>;

const METHOD_KEYS: Record<MethodId, PlainKey> = {
  'text-mobile': 'methodTextMobile',
  'call-mobile': 'methodCallMobile',
  'call-alternate': 'methodCallAlternate',
  'call-office': 'methodCallOffice',
  'app-notification': 'methodAppNotification',
  'app-code': 'methodAppCode',
};

/** The message of each error code without parameters (`rate-limited` has one). */
const ERROR_KEYS: Record<Exclude<MfaErrorCode, 'rate-limited'>, PlainKey> = {
  network: 'errorNetwork',
  timeout: 'errorTimeout',
  validation: 'errorValidation',
  'invalid-code': 'errorInvalidCode',
  expired: 'errorExpired',
  'reauth-required': 'errorReauthRequired',
  unauthenticated: 'errorUnauthenticated',
  conflict: 'errorConflict',
  'not-found': 'errorNotFound',
  forbidden: 'errorForbidden',
  server: 'errorServer',
};

/** Conflicts with a message of their own; any other reason gets the general one. */
const CONFLICT_KEYS = new Map<string, PlainKey>([
  ['backs-default-method', 'errorBacksDefaultMethod'],
  ['duplicate-name', 'errorDuplicateName'],
  ['limit-reached', 'errorLimitReached'],
]);

const SLOT_KEYS: Record<PhoneSlot, PlainKey> = {
  mobile: 'slotMobile',
  alternate: 'slotAlternate',
  office: 'slotOffice',
};

/** The built-in locales, complete. */
export const BUILT_IN_LOCALES: readonly string[] = ['en', 'zh-Hans'];

/** Some strings, by key. */
type Table = { readonly [key: string]: unknown };

/**
 * One table of English strings and where its translations come from. Each element registers its
 * own (and the shared core's), so a page pays only for the strings of the elements it uses, and only
 * for the locale it shows: a translation is loaded with `import()` the first time it is needed.
 */
export interface StringSource<T extends object = object> {
  en: T;
  /** Per built-in locale tag, the module whose default export is the translated table. */
  translations: Record<string, () => Promise<{ default: T }>>;
}

const english: Record<string, unknown> = {};
const registered = new Set<StringSource>();
/** Per locale, the translated strings loaded so far. */
const translated = new Map<string, Record<string, unknown>>();
/** Per source and locale, the load in flight, or `true` once it has settled. */
const loads = new Map<StringSource, Map<string, Promise<void> | true>>();

/** Makes tables of strings available to every localizer. Registering a table twice does nothing. */
export function registerStrings(...sources: StringSource[]): void {
  for (const source of sources) {
    if (registered.has(source)) continue;
    registered.add(source);
    Object.assign(english, source.en);
  }
}
registerStrings(coreStrings);

/**
 * Loads `locale`'s translation of every registered table not loaded yet. Undefined when there is
 * nothing to wait for. A table that fails to load (offline, say) stays English for the page's life:
 * the warning names it, and the element stays usable.
 */
function loadTranslations(locale: string): Promise<void> | undefined {
  const waits: Promise<void>[] = [];
  for (const source of registered) {
    const load = source.translations[locale];
    if (!load) continue;
    const states = loads.get(source) ?? new Map<string, Promise<void> | true>();
    loads.set(source, states);
    let state = states.get(locale);
    if (state === true) continue;
    if (!state) {
      state = load()
        .then(
          (module) => {
            if (!translated.has(locale)) translated.set(locale, {});
            Object.assign(translated.get(locale) as Record<string, unknown>, module.default);
          },
          (error: unknown) => console.warn(`mfa-elements: the ${locale} strings could not be loaded, so English is shown.`, error),
        )
        .finally(() => states.set(locale, true));
      states.set(locale, state);
    }
    waits.push(state);
  }
  return waits.length ? Promise.all(waits).then(() => undefined) : undefined;
}

// Scripts written right to left, for engines without Intl.Locale#getTextInfo.
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

function safeLocale(tag: string): Intl.Locale {
  try {
    return new Intl.Locale(tag);
  } catch {
    return new Intl.Locale('en');
  }
}

/** The candidate keys for a tag, most specific first: `zh-Hans-CN`, `zh-Hans`, `zh`. */
function candidates(tag: string): string[] {
  const loc = safeLocale(tag);
  const max = loc.maximize();
  const list = [loc.toString(), `${max.language}-${max.script ?? ''}`, loc.language];
  return [...new Set(list.filter((c) => !c.endsWith('-')))];
}

function direction(locale: Intl.Locale): 'ltr' | 'rtl' {
  const withInfo = locale as Intl.Locale & { getTextInfo?: () => { direction?: string } };
  const info = withInfo.getTextInfo?.();
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  return RTL_SCRIPTS.has(locale.maximize().script ?? '') ? 'rtl' : 'ltr';
}

/** The locale of the page around an element: the nearest `lang`, else the browser's. */
export function ambientLocale(from?: Element | null): string {
  let node: Node | null | undefined = from;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang') as string;
    node = node instanceof ShadowRoot ? node.host : (node.parentNode ?? undefined);
  }
  return globalThis.navigator?.language ?? 'en';
}

/**
 * Strings and formats for one locale. Immutable: a locale or override change makes a new one, which
 * is how elements know to re-render.
 */
export class Localizer {
  /** The requested locale tag, canonicalized. */
  readonly locale: string;
  /** `ltr` or `rtl`, from the locale's script. */
  readonly dir: 'ltr' | 'rtl';
  /** The built-in translation in use; undefined for English. */
  readonly #translation: string | undefined;
  /** The host's overrides that apply, most specific first. */
  readonly #overrides: Table[];

  constructor(locale: string, overrides: StringOverrides = {}) {
    const loc = safeLocale(locale);
    this.locale = loc.toString();
    this.dir = direction(loc);
    const keys = candidates(this.locale);
    // Chinese in any script falls back to Simplified Chinese: closer for a reader than English.
    const builtIn = keys.find((k) => BUILT_IN_LOCALES.includes(k)) ?? (loc.language === 'zh' ? 'zh-Hans' : 'en');
    this.#translation = builtIn === 'en' ? undefined : builtIn;
    this.#overrides = keys.map((k) => overrides[k]).filter((o): o is Table => Boolean(o));
  }

  /**
   * Loads this locale's strings for every registered table that lacks them; undefined when they are
   * all here. Elements wait for it before they render, so nobody sees English first.
   */
  ready(): Promise<void> | undefined {
    return this.#translation ? loadTranslations(this.#translation) : undefined;
  }

  #lookup(key: string): unknown {
    for (const layer of this.#overrides) if (layer[key] !== undefined) return layer[key];
    const own = this.#translation ? translated.get(this.#translation)?.[key] : undefined;
    const value = own ?? english[key];
    // A programming error, caught by the tests: the element did not register the table of the key.
    if (value === undefined) throw new Error(`mfa-elements: no string "${key}" is registered`);
    return value;
  }

  /** A plain string. */
  term(key: PlainKey): string {
    return this.#lookup(key) as string;
  }

  /** A string with parameters. */
  format<K extends ParamKey>(key: K, ...args: Parameters<MfaStrings[K]>): string {
    const fn = this.#lookup(key) as (...a: Parameters<MfaStrings[K]>) => string;
    return fn(...args);
  }

  /** A verification method's name, for example "Call my office phone". */
  methodName(method: MethodId): string {
    return this.term(METHOD_KEYS[method]);
  }

  /** A phone slot's name, for example "Alternate authentication phone". */
  slotName(slot: PhoneSlot): string {
    return this.term(SLOT_KEYS[slot]);
  }

  number(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }

  /** A wait such as "30 seconds" or "2 minutes", for countdowns. */
  duration(seconds: number): string {
    const s = Math.max(0, Math.ceil(seconds));
    const [value, unit] = s >= 120 ? [Math.ceil(s / 60), 'minute'] : [s, 'second'];
    return new Intl.NumberFormat(this.locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
  }

  date(value: string | number | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(this.locale, options).format(date);
  }

  /** A region's name in this locale, for example `DE` → "Germany" / "德国". */
  regionName(region: string): string {
    try {
      return new Intl.DisplayNames([this.locale], { type: 'region' }).of(region) ?? region;
    } catch {
      return region;
    }
  }

  /** What to tell the user about a failed request: one clear message per protocol error. */
  errorMessage(error: unknown): string {
    if (!isMfaError(error)) return this.term('errorUnknown');
    if (error.code === 'invalid-code' && error.attemptsLeft !== undefined) {
      return this.format('errorInvalidCodeAttempts', error.attemptsLeft, this.number(error.attemptsLeft));
    }
    if (error.code === 'rate-limited') return this.format('errorRateLimited', this.duration(error.retryAfter ?? 30));
    const reason = error.code === 'conflict' && error.reason ? CONFLICT_KEYS.get(error.reason) : undefined;
    return this.term(reason ?? ERROR_KEYS[error.code]);
  }
}
