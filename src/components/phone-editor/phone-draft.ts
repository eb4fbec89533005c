import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Localizer } from '../../core/localize.js';
import type { DeliveryChannel, FieldError } from '../../core/types.js';
import type { PhoneCheck, PhoneProblem } from './phone-format.js';

type PhoneFormat = typeof import('./phone-format.js');

export interface CountryOption {
  region: string;
  label: string;
  /** The region's name alone, for searching. */
  name: string;
  callingCode: string;
  /** The calling code's main region (`1` → US, `44` → GB). */
  main: boolean;
}

/**
 * The countries that match what the user typed in the country search, best first (the first is
 * chosen): by calling code when it is digits (with or without `+` or `00`), a code's main region
 * before the others that share it ("+1" is the United States, "+44" the United Kingdom; no code
 * starts another, so the digits of a whole code match that code alone); else
 * by ISO code ("uk", reserved for the United Kingdom, is GB), then a name that starts with it, then
 * one that holds it ("ger" is Germany before Algeria, "us" the United States before Australia),
 * ignoring case and accents. Equals keep the order of `options`. Spaces in a calling code are
 * ignored ("+ 49"). A search with nothing to match yet gives `options` itself.
 */
export function matchCountries(options: CountryOption[], query: string, locale: string): CountryOption[] {
  const q = query.trim();
  const digits = q.replace(/\s/g, '').replace(/^(\+|00)/, '');
  // Nothing yet, or only the start of a calling code ("+", "0", "00"): `options` itself, as it is.
  if (!digits || digits === '0') return options;
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{Mn}/gu, '')
      .toLocaleLowerCase(locale);
  const needle = fold(q);
  // Lower is better; 3: no match.
  const rank = (o: CountryOption): number => {
    if (/^\d+$/.test(digits)) return o.callingCode.startsWith(digits) ? (o.main ? 0 : 1) : 3;
    if (o.region.toLowerCase() === (needle === 'uk' ? 'gb' : needle)) return 0;
    // Where the name holds it: at its start, further on, or nowhere (-1).
    const at = fold(o.name).indexOf(needle);
    return at < 0 ? 3 : at ? 2 : 1;
  };
  return options.filter((o) => rank(o) < 3).sort((a, b) => rank(a) - rank(b));
}

/**
 * A server reason for the number (see the protocol's field errors) as the field's own problem:
 * the same word, but `invalid-format` is `not-a-number`; undefined for a reason the field has none for.
 */
function serverProblem(reason: string): PhoneProblem | undefined {
  if (reason === 'invalid-format') return 'not-a-number';
  const same: PhoneProblem[] = ['too-short', 'too-long', 'invalid-country', 'invalid-for-region', 'cannot-receive-text', 'not-allowed'];
  return same.find((problem) => problem === reason);
}

/** Problems shown while typing; the others wait for the user to leave the field or send. */
const LIVE_PROBLEMS = new Set<PhoneProblem>(['not-a-number', 'too-long']);

/**
 * What the user is entering: country, number, extension, channel; and the phone library, loaded
 * with `import()` the first time it is needed so the current number shows without it. It is kept
 * across every step of the flow: a failure or "change number" never loses it.
 */
export class PhoneDraft implements ReactiveController {
  /** The phone library could not be loaded (until it is asked for again). */
  failed = false;
  text = '';
  country = 'US';
  extension = '';
  channel: DeliveryChannel = 'text';
  /** The problem shown on the number field. */
  problem: PhoneProblem | undefined;
  extensionInvalid = false;
  /** The number was taken out of pasted text: the user is asked to check it. */
  extracted = false;
  /**
   * The field whose problem the fields' alert says. The errors under the fields are not live (they
   * change as the user types); a problem is said when the user leaves the field or sends while in
   * it (see `alert`), and no longer once they type in it again.
   */
  alerted: 'number' | 'extension' | undefined;
  /** One more each time a problem is to be said, so the same words are said again. */
  alerts = 0;
  /** Called after every edit by the user (form mode updates its form value at once). */
  onEdit: (() => void) | undefined;

  readonly #host: ReactiveControllerHost;
  #format: PhoneFormat | undefined;
  #loading: Promise<PhoneFormat | undefined> | undefined;
  /** Every region's option, in the locale they were made for (`#countriesLocale`). */
  #countries: CountryOption[] | undefined;
  #countriesLocale: string | undefined;
  /** What the user typed in the country search. */
  countryQuery = '';
  /**
   * The host is rendering (between `hostUpdate` and `hostUpdated`). A render that takes away the
   * focused field (the code step replacing the fields) makes Chromium fire `blur` at it in the
   * middle of the update: the user has not left the field, and nothing is to be said or rendered
   * again (as in engines that fire no blur on removal).
   */
  #rendering = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#rendering = true;
  }

  hostUpdated(): void {
    this.#rendering = false;
  }

  get format(): PhoneFormat | undefined {
    return this.#format;
  }

  /**
   * Loads the phone library (once: the load, settled or not, is kept unless it failed). Resolves
   * undefined when it could not be loaded.
   */
  load(): Promise<PhoneFormat | undefined> {
    if (this.#loading) return this.#loading;
    this.failed = false;
    this.#host.requestUpdate();
    this.#loading = import('./phone-format.js').then(
      (format) => {
        this.#format = format;
        this.country = this.#region(format);
        this.#host.requestUpdate();
        return format;
      },
      () => {
        this.#loading = undefined;
        this.failed = true;
        this.#host.requestUpdate();
        return undefined;
      },
    );
    return this.#loading;
  }

  /** Starts a fresh draft for a region (from the current phone, the host, or the locale). */
  reset(country: string): void {
    this.text = '';
    this.extension = '';
    this.problem = undefined;
    this.extensionInvalid = false;
    this.extracted = false;
    this.alerted = undefined;
    this.country = this.#format?.knownRegion(country) ?? country.toUpperCase();
  }

  /**
   * Fills the draft from an E.164 number (a form field's value); one no region has is put in as it
   * is, so the field shows it, and says what is wrong, rather than drop it.
   */
  setE164(e164: string): void {
    const parsed = this.#format?.fromE164(e164);
    this.text = parsed?.text ?? e164;
    if (parsed) this.country = parsed.country;
    this.problem = undefined;
  }

  /** Every region, labelled "Name (+code)" in the locale and sorted by name. */
  countries(localizer: Localizer): CountryOption[] {
    if (!this.#format) return [];
    if (this.#countriesLocale !== localizer.locale) {
      const collator = new Intl.Collator(localizer.locale);
      this.#countries = this.#format
        .allCountries()
        .map(({ region, callingCode, main }) => {
          const name = localizer.regionName(region);
          return { region, name, callingCode, main, label: localizer.format('phoneEditorCountryOption', name, callingCode) };
        })
        .sort((a, b) => collator.compare(a.label, b.label));
      this.#countriesLocale = localizer.locale;
    }
    return this.#countries!;
  }

  /** The user typed, deleted or pasted in the number field. */
  onNumberInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const inputType = (event as InputEvent).inputType ?? '';
    const format = this.#format;
    this.extracted = false;
    if (this.alerted === 'number') this.alerted = undefined;
    if (!format) {
      this.text = input.value;
      return;
    }
    let raw = input.value;
    let caret = input.selectionStart ?? raw.length;
    if (inputType.startsWith('insertFrom') && format.formatTyped(raw, caret, this.#region(format)).foreign) {
      // Pasted text around a number ("call me on +44 20 7946 0958"): keep the number, and say so.
      const number = format.extractNumber(raw);
      if (number) {
        raw = number;
        caret = number.length;
        this.extracted = true;
      }
    }
    const typed = format.formatTyped(raw, caret, this.#region(format), this.text, inputType);
    this.text = typed.text;
    this.country = typed.country;
    if (input.value !== typed.text) input.value = typed.text;
    if ((input.getRootNode() as ShadowRoot | Document).activeElement === input) {
      input.setSelectionRange(typed.caret, typed.caret);
    }
    const check = this.check()!;
    const live = !check.ok && LIVE_PROBLEMS.has(check.problem) ? check.problem : undefined;
    // A problem already shown is updated as the user fixes it; a new one waits unless it is live.
    this.problem = this.problem === undefined ? live : check.ok ? undefined : check.problem;
    this.onEdit?.();
    this.#host.requestUpdate();
  };

  /** The user left the number field: say what is wrong, if anything was typed. */
  onNumberBlur = (): void => {
    if (!this.#format || this.text.trim() === '' || this.#rendering) return;
    const check = this.check()!;
    if (!check.ok && check.problem !== this.problem) {
      this.problem = check.problem;
      this.#host.requestUpdate();
    }
    // Said once on leaving the field, unless said already since the user last typed in it.
    if (this.problem && this.alerted !== 'number') this.alert('number');
  };

  /** Says the field's problem in the fields' alert (the user sent while in it, or left it). */
  alert(field: 'number' | 'extension'): void {
    this.alerted = field;
    this.alerts++;
    this.#host.requestUpdate();
  }

  /**
   * The countries the picker lists now (`shown`): those matching the search, and always the chosen
   * one; and how many match the search (`matches`), undefined while it matches nothing yet (empty, "+").
   * A pair rather than an object: the names of an object's members stay in the minified code.
   */
  shownCountries(localizer: Localizer): [shown: CountryOption[], matches: number | undefined] {
    const all = this.countries(localizer);
    const matches = matchCountries(all, this.countryQuery, localizer.locale);
    const current = matches.some((o) => o.region === this.country) ? undefined : all.find((o) => o.region === this.country);
    return [current ? [current, ...matches] : matches, matches === all ? undefined : matches.length];
  }

  /**
   * The user typed in the country search: the first match becomes the country. A search that does
   * not narrow the list (emptied, or only "+" so far: `matchCountries` gives the list itself) chooses
   * nothing.
   */
  onCountryQuery = (event: Event, localizer: Localizer): void => {
    this.countryQuery = (event.target as HTMLInputElement).value;
    const all = this.countries(localizer);
    const matches = matchCountries(all, this.countryQuery, localizer.locale);
    const first = matches !== all && matches[0];
    if (first && first.region !== this.country) this.#setCountry(first.region);
    this.#host.requestUpdate();
  };

  onCountryChange = (event: Event): void => {
    this.#setCountry((event.target as HTMLSelectElement).value);
  };

  #setCountry(region: string): void {
    const format = this.#format;
    this.country = region;
    if (format && this.text && !this.text.startsWith('+')) {
      this.text = format.formatTyped(this.text, this.text.length, this.#region(format)).text;
    }
    if (this.problem) {
      const check = this.check();
      this.problem = check && !check.ok ? check.problem : undefined;
    }
    this.onEdit?.();
    this.#host.requestUpdate();
  }

  onExtensionInput = (event: Event): void => {
    this.extension = (event.target as HTMLInputElement).value;
    // Checked once the phone library is loaded: before, it is not invalid.
    this.extensionInvalid = this.#format?.checkExtension(this.extension).ok === false;
    if (this.alerted === 'extension') this.alerted = undefined;
    this.onEdit?.();
    this.#host.requestUpdate();
  };

  /** The user left the extension field: say what is wrong with it, once. */
  onExtensionBlur = (): void => {
    if (this.extensionInvalid && this.alerted !== 'extension' && !this.#rendering) this.alert('extension');
  };

  onChannelChange = (event: Event): void => {
    this.channel = (event.target as HTMLInputElement).value as DeliveryChannel;
    if (this.problem === 'cannot-receive-text' && this.channel === 'call') this.problem = undefined;
    this.#host.requestUpdate();
  };

  /** Checks everything for sending; marks the problems. Undefined while the library is not loaded. */
  check(): PhoneCheck | undefined {
    const format = this.#format;
    if (!format) return undefined;
    return format.checkPhone(this.text, this.#region(format));
  }

  /** The extension, digits only; undefined when empty or invalid. */
  get cleanExtension(): string | undefined {
    const checked = this.#format?.checkExtension(this.extension);
    return checked?.ok && checked.extension !== '' ? checked.extension : undefined;
  }

  /** Shows the endpoint's field errors on the fields. Returns whether any applied. */
  applyServerErrors(fieldErrors: readonly FieldError[]): boolean {
    let applied = false;
    for (const { field, reason } of fieldErrors) {
      const problem = serverProblem(reason);
      if ((field === 'number' || field === 'channel') && problem) {
        this.problem = problem;
        applied = true;
      } else if (field === 'extension') {
        this.extensionInvalid = true;
        applied = true;
      }
    }
    this.#host.requestUpdate();
    return applied;
  }

  /** The number in the international format, for "we sent a code to …". */
  international(e164: string): string {
    return this.#format?.formatInternational(e164) ?? e164;
  }

  /** The country chosen, if the phone library knows it, else `US`. */
  #region(format: PhoneFormat) {
    return format.knownRegion(this.country) ?? 'US';
  }
}
