import { type ReactiveController, type ReactiveControllerHost, type TemplateResult, html, nothing } from 'lit';
import type { Localizer } from '../../core/localize.js';
import { composing } from '../../core/composing.js';
import type { DeliveryChannel, FieldError, PhoneSlot } from '../../core/types.js';
import { problemMessage } from './phone-editor.render.js';
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
 * What the user is entering: country, number, extension, channel; and the phone library, loaded
 * with `import()` the first time it is needed so the current number shows without it. It is kept
 * across every step of the flow: a failure or "change number" never loses it. It draws the fields
 * (`renderFields`), shared by the editing step and form mode, so that their handlers are private
 * (a public member's name stays in the minified code, at each use).
 */
export class PhoneDraft implements ReactiveController {
  // Set in the constructor (the fields a new draft clears, by `reset`): a public field's initializer
  // would move every private one's there too.
  /** The phone library could not be loaded (until it is asked for again; unset before the first load). */
  failed?: boolean;
  declare text: string;
  declare country: string;
  declare extension: string;
  channel: DeliveryChannel;
  /** The problem shown on the number field. */
  problem: PhoneProblem | undefined;
  declare extensionInvalid: boolean;
  /** The number field is required (a form field may not be; a number to verify is). */
  required: boolean;
  /** The number (and the extension) was taken out of pasted text: the notice asking the user to check it. */
  #extracted: 'phoneEditorExtracted' | 'phoneEditorExtractedExtension' | undefined;
  /**
   * The field whose problem the fields' alert says. The errors under the fields are not live (they
   * change as the user types); a problem is said when the user leaves the field or sends while in
   * it (see `alert`), and no longer once they type in it again.
   */
  #alerted: 'number' | 'extension' | undefined;
  /** One more each time a problem is to be said, so the same words are said again. */
  #alerts = 0;
  /** Called after every edit by the user (form mode updates its form value at once). */
  onEdit: (() => void) | undefined;

  /** Renders the host again. */
  readonly #update: () => void;
  #format: PhoneFormat | undefined;
  #loading: Promise<void> | undefined;
  /**
   * Every region's option, made by `#countriesBy` in the language it then had (`#countriesLocale`):
   * a host's new words come with a new localizer, a translation loaded with a new language.
   */
  #countries: CountryOption[] | undefined;
  #countriesBy: Localizer | undefined;
  #countriesLocale: string | undefined;
  /** What the user typed in the country search (set by `reset`, which the constructor calls). */
  #countryQuery!: string;
  /**
   * The host is rendering (between `hostUpdate` and `hostUpdated`). A render that takes away the
   * focused field (the code step replacing the fields) makes Chromium fire `blur` at it in the
   * middle of the update: the user has not left the field, and nothing is to be said or rendered
   * again (as in engines that fire no blur on removal).
   */
  #rendering = false;

  constructor(host: ReactiveControllerHost) {
    this.channel = 'text';
    this.required = true;
    this.reset('US');
    this.#update = () => host.requestUpdate();
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
   * when it is loaded, or could not be (`failed`).
   */
  load(): Promise<void> {
    if (this.#loading) return this.#loading;
    this.failed = false;
    this.#update();
    this.#loading = import('./phone-format.js').then(
      (format) => {
        this.#format = format;
        this.country = this.#region(format);
        this.#update();
      },
      () => {
        this.#loading = undefined;
        this.failed = true;
        this.#update();
      },
    );
    return this.#loading;
  }

  /**
   * Until the phone library is loaded: "Loading…" (a status), or, failed, an alert saying so with
   * Try again (`retry`, which calls `load` again); `extra` (the editor's Cancel) beside either, a
   * button of each (the one focused is gone when the other shows).
   */
  renderLoading(t: Localizer, retry: () => void, extra?: TemplateResult): TemplateResult {
    return this.failed
      ? html`<p part="error" class="error" role="alert">${t.term('phoneEditorLoadFailed')}</p>
          <div class="actions">
            <button part="button" type="button" id="retry" @click=${retry}>${t.term('retry')}</button>
            ${extra}
          </div>`
      : html`<p role="status">${t.term('loading')}</p>
          ${extra && html`<div class="actions">${extra}</div>`}`;
  }

  /**
   * Starts a fresh draft for a region (from the current phone, the host, or the locale): nothing
   * typed, in the country search either (Cancel discards it all).
   */
  reset(country: string): void {
    this.text = this.#countryQuery = '';
    this.extension = '';
    this.problem = undefined;
    this.extensionInvalid = false;
    this.#extracted = undefined;
    this.#alerted = undefined;
    this.country = this.#format?.knownRegion(country) ?? country.toUpperCase();
  }

  /**
   * Fills the draft from an E.164 number (a form field's value), and an office phone's extension
   * from it; one no region has is put in as it is, so the field shows it, and says what is wrong,
   * rather than drop it.
   */
  setE164(e164: string, office: boolean): void {
    const parsed = this.#format?.fromE164(e164, office);
    this.text = parsed?.text ?? e164;
    if (parsed) this.country = parsed.country;
    if (parsed?.ext) this.extension = parsed.ext;
    this.problem = undefined;
  }

  /**
   * Every region, labelled "Name (+code)" in the locale and sorted by name. (The fields' handlers,
   * and this, run only once the phone library is loaded: the fields are drawn only then.)
   */
  #countryOptions(localizer: Localizer): CountryOption[] {
    if (this.#countriesBy !== localizer || this.#countriesLocale !== localizer.lang) {
      const collator = new Intl.Collator(localizer.lang);
      this.#countries = this.#format!
        .allCountries()
        .map((country) => {
          const name = localizer.regionName(country.region);
          return { ...country, name, label: localizer.format('phoneEditorCountryOption', name, country.callingCode) };
        })
        .sort((a, b) => collator.compare(a.label, b.label));
      this.#countriesBy = localizer;
      this.#countriesLocale = localizer.lang;
    }
    return this.#countries!;
  }

  /** The user typed, deleted or pasted in the number field, or an input method committed its text. */
  #onNumberInput = (event: Event): void => {
    // While an input method composes ("０９０" underlined, in Japanese), the field is its own: a
    // number formatted under it cancels the composition, which Chromium then types again, doubled.
    if (composing(event)) return;
    const input = event.target as HTMLInputElement;
    const inputType = (event as InputEvent).inputType ?? '';
    const format = this.#format!;
    this.#extracted = undefined;
    if (this.#alerted === 'number') this.#alerted = undefined;
    let raw = input.value;
    // A `tel` field always has a caret: its `selectionStart` is null only in types that have none.
    let caret = input.selectionStart!;
    if (inputType.startsWith('insertFrom') && format.formatTyped(raw, caret, this.#region(format)).foreign) {
      // Pasted text around a number ("call me on +44 20 7946 0958"): keep the number, and say so.
      // An extension in it goes to the extension field, where there is one (an office phone's).
      const number = format.extractNumber(raw);
      const extension = (input.getRootNode() as ParentNode).querySelector('#extension') && format.pastedExtension(raw, this.#region(format));
      if (number) {
        raw = number;
        caret = number.length;
        this.#extracted = extension ? 'phoneEditorExtractedExtension' : 'phoneEditorExtracted';
        if (extension) {
          this.extension = extension;
          this.extensionInvalid = !format.checkExtension(extension).ok;
        }
      }
    }
    const typed = format.formatTyped(raw, caret, this.#region(format), this.text, inputType);
    this.text = typed.text;
    this.country = typed.country;
    if (input.value !== typed.text) input.value = typed.text;
    if ((input.getRootNode() as ShadowRoot | Document).activeElement === input) {
      input.setSelectionRange(typed.caret, typed.caret);
    }
    const problem = this.#problemNow();
    // The problems shown while typing; the others wait for the user to leave the field or send.
    const live = problem === 'not-a-number' || problem === 'too-long' ? problem : undefined;
    // A problem already shown is updated as the user fixes it; a new one waits unless it is live.
    this.problem = this.problem === undefined ? live : problem;
    this.onEdit?.();
    this.#update();
    // The page's `input` events came while the text was composed, before the number took it: one
    // more tells it the number now (as Firefox's own after the composition does; this handler, as
    // any, leaves both alone).
    if (event.type === 'compositionend') {
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertCompositionText' }));
    }
  };

  /** The user left the number field: say what is wrong, if anything was typed. */
  #onNumberBlur = (): void => {
    if (!this.text.trim() || this.#rendering) return;
    const problem = this.#problemNow();
    if (problem && problem !== this.problem) {
      this.problem = problem;
      this.#update();
    }
    // Said once on leaving the field, unless said already since the user last typed in it.
    if (this.problem && this.#alerted !== 'number') this.alert('number');
  };

  /** Says the field's problem in the fields' alert (the user sent while in it, or left it). */
  alert(field: 'number' | 'extension'): void {
    this.#alerted = field;
    this.#alerts++;
    this.#update();
  }

  /**
   * The countries the picker lists now (`shown`): those matching the search, and always the chosen
   * one; and how many match the search (`matches`), undefined while it matches nothing yet (empty, "+").
   * A pair rather than an object: the names of an object's members stay in the minified code.
   */
  #shownCountries(localizer: Localizer): [shown: CountryOption[], matches: number | undefined] {
    const all = this.#countryOptions(localizer);
    const matches = matchCountries(all, this.#countryQuery, localizer.lang);
    const current = all.find((o) => o.region === this.country);
    return [current && !matches.includes(current) ? [current, ...matches] : matches, matches === all ? undefined : matches.length];
  }

  /**
   * The user typed in the country search: the first match becomes the country. A search that does
   * not narrow the list (emptied, or only "+" so far: `matchCountries` gives the list itself) chooses
   * nothing. While an input method composes (pinyin's "me" on the way to 美国; Android keyboards
   * compose Latin words too) the list narrows, but the country is chosen once the text is committed.
   */
  #onCountryQuery = (event: Event): void => {
    this.#countryQuery = (event.target as HTMLInputElement).value;
    // The options the list shows, as the fields were last drawn (in their language).
    const all = this.#countries!;
    const matches = matchCountries(all, this.#countryQuery, this.#countriesLocale!);
    const first = !composing(event) && matches !== all && matches[0];
    if (first && first.region !== this.country) this.#setCountry(first.region);
    this.#update();
  };

  #onCountryChange = (event: Event): void => {
    this.#setCountry((event.target as HTMLSelectElement).value);
  };

  /**
   * The country chosen in the list or by the search. A number typed in the national format is
   * formatted for it; one with `+` names its own region, which stays the country (as it is again at
   * the next keystroke), so the number's problem names the region it belongs to, not the one chosen.
   */
  #setCountry(region: string): void {
    const format = this.#format!;
    this.country = region;
    if (this.text) ({ text: this.text, country: this.country } = format.formatTyped(this.text, this.text.length, this.#region(format)));
    if (this.problem) this.problem = this.#problemNow();
    this.onEdit?.();
    this.#update();
  }

  #onExtensionInput = (event: Event): void => {
    this.extension = (event.target as HTMLInputElement).value;
    // The phone library is loaded: the fields are drawn only then.
    this.extensionInvalid = !this.#format!.checkExtension(this.extension).ok;
    if (this.#alerted === 'extension') this.#alerted = undefined;
    this.onEdit?.();
    this.#update();
  };

  /** The user left the extension field: say what is wrong with it, once. */
  #onExtensionBlur = (): void => {
    if (this.extensionInvalid && this.#alerted !== 'extension' && !this.#rendering) this.alert('extension');
  };

  #onChannelChange = (event: Event): void => {
    this.channel = (event.target as HTMLInputElement).value as DeliveryChannel;
    if (this.problem === 'cannot-receive-text' && this.channel === 'call') this.problem = undefined;
    this.#update();
  };

  /** Checks everything for sending; marks the problems. Undefined while the library is not loaded. */
  check(): PhoneCheck | undefined {
    const format = this.#format;
    return format?.checkPhone(this.text, this.#region(format));
  }

  /** What is wrong with the number as it is, if anything. Only once the phone library is loaded. */
  #problemNow(): PhoneProblem | undefined {
    const check = this.check()!;
    return check.ok ? undefined : check.problem;
  }

  /** The extension, digits only; undefined when empty or invalid. Only once the phone library is loaded. */
  get cleanExtension(): string | undefined {
    // Read for a number checked, once the phone library is loaded.
    const checked = this.#format!.checkExtension(this.extension);
    return (checked.ok && checked.extension) || undefined;
  }

  /**
   * Shows the endpoint's field errors on the fields. Returns whether any applied. (Called as the
   * element updates, which draws them: it asks for no render.)
   */
  applyServerErrors(fieldErrors: readonly FieldError[]): boolean {
    let applied = false;
    for (const { field, reason } of fieldErrors) {
      // A server reason for the number (see the protocol's field errors) as the field's own
      // problem: the same word, but `invalid-format` is `not-a-number`; none for a reason the field
      // has none for.
      const problem =
        reason === 'invalid-format'
          ? 'not-a-number'
          : ['too-short', 'too-long', 'invalid-country', 'invalid-for-region', 'cannot-receive-text', 'not-allowed'].includes(reason)
            ? (reason as PhoneProblem)
            : undefined;
      if ((field === 'number' || field === 'channel') && problem) {
        this.problem = problem;
        applied = true;
      } else if (field === 'extension') {
        this.extensionInvalid = true;
        applied = true;
      }
    }
    return applied;
  }

  /**
   * Country, number, extension (office) and channel. `withChannel`: form mode has no verification, so
   * no channel choice. `adviseApp`: under the channel choice, advise an authenticator app (the policy
   * allows one), or only warn. (Arguments rather than one object: the names of an object's members
   * stay in the minified code, at each call.)
   */
  renderFields(t: Localizer, slot: PhoneSlot, disabled: boolean, withChannel: boolean, adviseApp?: boolean): TemplateResult {
    const problem = this.problem ? problemMessage(t, this.problem, this.country) : '';
    const extensionProblem = this.extensionInvalid ? t.term('phoneEditorExtensionInvalid') : '';
    // ARIA: the errors under the fields follow the typing and are not live (a problem re-read at each
    // keystroke drowns the typing). The hidden alert says a field's problem when the user leaves the
    // field, or sends with focus in it (moving focus there reads the error as its description): every
    // other time with a zero-width space after it, so the same words are a change, said again.
    const alerted = this.#alerted === 'number' ? problem : this.#alerted === 'extension' ? extensionProblem : '';
    // ARIA: a native <select> sorted by localized name (every platform's accessible listbox, with
    // type-ahead by name), narrowed by a search field above it that takes a name or a calling code
    // ("49", "+49", "ger"), which a select's type-ahead cannot do; the best match is chosen (see
    // `matchCountries`), and listed first, and the number of matches is announced. The element sets
    // the list's value after each render (see `MfaPhoneEditor.updated`). Typing "+49" in the number
    // field also picks Germany.
    const [shown, matches] = this.#shownCountries(t);
    return html`
      <div class="field">
        <label part="label" for="country-search">${t.term('phoneEditorCountrySearch')}</label>
        <input
          id="country-search"
          part="country-search"
          type="search"
          form=""
          dir="auto"
          autocomplete="off"
          aria-controls="country"
          aria-describedby="country-matches"
          .value=${this.#countryQuery}
          ?disabled=${disabled}
          @input=${this.#onCountryQuery}
          @compositionend=${this.#onCountryQuery}
        />
        <span id="country-matches" class="hint" role="status">${
          matches === undefined ? '' : t.count('phoneEditorCountryMatches', matches)
        }</span>
        <label part="label" for="country">${t.term('phoneEditorCountry')}</label>
        <select id="country" part="country" ?disabled=${disabled} @change=${this.#onCountryChange}>
          ${shown.map((c) => html`<option value=${c.region}>${c.label}</option>`)}
        </select>
      </div>
      <div class="field">
        <label part="label" for="number">${t.term('phoneEditorNumber')}</label>
        <span id="number-hint" class="hint">${t.term('phoneEditorNumberHint')}</span>
        <input
          id="number"
          part="number"
          dir="ltr"
          type="tel"
          autocomplete="tel"
          .value=${this.text}
          ?required=${this.required}
          ?disabled=${disabled}
          aria-invalid=${Boolean(this.problem)}
          aria-describedby="number-hint number-notice number-error"
          @input=${this.#onNumberInput}
          @compositionend=${this.#onNumberInput}
          @blur=${this.#onNumberBlur}
        />
        <span id="number-notice" class="hint" role="status">${this.#extracted && t.term(this.#extracted)}</span>
        <span id="number-error" part="field-error" class="error">${problem}</span>
      </div>
      ${slot === 'office'
        ? html`<div class="field">
            <label part="label" for="extension">${t.term('phoneEditorExtension')}</label>
            <input
              id="extension"
              part="extension"
              dir="ltr"
              inputmode="numeric"
              autocomplete="tel-extension"
              .value=${this.extension}
              ?disabled=${disabled}
              aria-invalid=${this.extensionInvalid}
              aria-describedby="extension-error"
              @input=${this.#onExtensionInput}
              @blur=${this.#onExtensionBlur}
            />
            <span id="extension-error" part="field-error" class="error">${extensionProblem}</span>
          </div>`
        : nothing}
      <span class="visually-hidden" role="alert">${alerted && (this.#alerts % 2 ? alerted : `${alerted}\u200b`)}</span>
      ${withChannel ? this.#renderChannel(t, slot, disabled, adviseApp) : nothing}
    `;
  }

  #renderChannel(t: Localizer, slot: PhoneSlot, disabled: boolean, adviseApp?: boolean): TemplateResult {
    if (slot === 'office') return html`<p class="hint">${t.term('phoneEditorCallOnly')}</p>`;
    const radio = (value: 'text' | 'call', label: string) => html`
      <label class="radio">
        <input
          type="radio"
          name="channel"
          value=${value}
          .checked=${this.channel === value}
          ?disabled=${disabled}
          @change=${this.#onChannelChange}
        />
        ${label}
      </label>
    `;
    return html`
      <fieldset part="channel">
        <legend part="heading">${t.term('phoneEditorChannel')}</legend>
        ${radio('text', t.term('phoneEditorChannelText'))} ${radio('call', t.term('phoneEditorChannelCall'))}
      </fieldset>
      <p part="notice" class="notice">${t.term(adviseApp ? 'restrictedMethodNotice' : 'restrictedMethodNoAppNotice')}</p>
    `;
  }

  /** The country chosen, if the phone library knows it, else `US`. */
  #region(format: PhoneFormat) {
    return format.knownRegion(this.country) ?? 'US';
  }
}
