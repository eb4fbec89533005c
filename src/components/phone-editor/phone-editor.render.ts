/**
 * The phone editor's fields, shared by the editing step and form mode, as a function of what they
 * show: the caller owns the state and passes it in; nothing here holds state or calls the endpoint.
 */
import { type TemplateResult, html, nothing } from 'lit';
import { type Localizer, keyOf } from '../../core/localize.js';
import type { PhoneSlot } from '../../core/types.js';
import type { PhoneDraft } from './phone-draft.js';
import type { PhoneProblem } from './phone-format.js';

/** What the field says of a problem: each has its string, `phoneProblem` and the problem in PascalCase. */
export function problemMessage(t: Localizer, problem: PhoneProblem, region: string): string {
  if (problem === 'invalid-for-region') return t.format('phoneProblemInvalidForRegion', t.regionName(region));
  return t.term(keyOf('phoneProblem', problem));
}

/**
 * Country, number, extension (office) and channel. `withChannel`: form mode has no verification, so
 * no channel choice. `adviseApp`: under the channel choice, advise an authenticator app (the policy
 * allows one), or only warn. (Arguments rather than one object: the names of an object's members
 * stay in the minified code, at each call.)
 */
export function renderFields(
  t: Localizer,
  draft: PhoneDraft,
  slot: PhoneSlot,
  disabled: boolean,
  withChannel: boolean,
  adviseApp?: boolean,
): TemplateResult {
  const problem = draft.problem ? problemMessage(t, draft.problem, draft.country) : '';
  const extensionProblem = draft.extensionInvalid ? t.term('phoneEditorExtensionInvalid') : '';
  // ARIA: the errors under the fields follow the typing and are not live (a problem re-read at each
  // keystroke drowns the typing). The hidden alert says a field's problem when the user leaves the
  // field, or sends with focus in it (moving focus there reads the error as its description): every
  // other time with a zero-width space after it, so the same words are a change, said again.
  const alerted = draft.alerted === 'number' ? problem : draft.alerted === 'extension' ? extensionProblem : '';
  // ARIA: a native <select> sorted by localized name (every platform's accessible listbox, with
  // type-ahead by name), narrowed by a search field above it that takes a name or a calling code
  // ("49", "+49", "ger"), which a select's type-ahead cannot do; the best match is chosen (see
  // `matchCountries`), and listed first, and the number of matches is announced. The element sets
  // the list's value after each render (see `MfaPhoneEditor.updated`). Typing "+49" in the number
  // field also picks Germany.
  const [shown, matches] = draft.shownCountries(t);
  return html`
    <div class="field">
      <label for="country-search">${t.term('phoneEditorCountrySearch')}</label>
      <input
        id="country-search"
        part="country-search"
        type="search"
        autocomplete="off"
        aria-controls="country"
        aria-describedby="country-matches"
        .value=${draft.countryQuery}
        ?disabled=${disabled}
        @input=${(e: Event) => draft.onCountryQuery(e, t)}
      />
      <span id="country-matches" class="hint" role="status">${
        matches === undefined ? '' : t.count('phoneEditorCountryMatches', matches)
      }</span>
      <label for="country">${t.term('phoneEditorCountry')}</label>
      <select id="country" part="country" ?disabled=${disabled} @change=${draft.onCountryChange}>
        ${shown.map((c) => html`<option value=${c.region}>${c.label}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="number">${t.term('phoneEditorNumber')}</label>
      <span id="number-hint" class="hint">${t.term('phoneEditorNumberHint')}</span>
      <input
        id="number"
        part="number"
        dir="ltr"
        type="tel"
        autocomplete="tel"
        .value=${draft.text}
        ?disabled=${disabled}
        aria-invalid=${Boolean(draft.problem)}
        aria-describedby="number-hint number-notice number-error"
        @input=${draft.onNumberInput}
        @blur=${draft.onNumberBlur}
      />
      <span id="number-notice" class="hint" role="status">${draft.extracted ? t.term('phoneEditorExtracted') : ''}</span>
      <span id="number-error" part="field-error" class="error">${problem}</span>
    </div>
    ${slot === 'office'
      ? html`<div class="field">
          <label for="extension">${t.term('phoneEditorExtension')}</label>
          <input
            id="extension"
            part="extension"
            dir="ltr"
            inputmode="numeric"
            autocomplete="tel-extension"
            .value=${draft.extension}
            ?disabled=${disabled}
            aria-invalid=${draft.extensionInvalid}
            aria-describedby="extension-error"
            @input=${draft.onExtensionInput}
            @blur=${draft.onExtensionBlur}
          />
          <span id="extension-error" part="field-error" class="error">${extensionProblem}</span>
        </div>`
      : nothing}
    <span class="visually-hidden" role="alert">${alerted && (draft.alerts % 2 ? alerted : `${alerted}\u200b`)}</span>
    ${withChannel ? renderChannel(t, draft, slot, disabled, adviseApp) : nothing}
  `;
}

function renderChannel(t: Localizer, draft: PhoneDraft, slot: PhoneSlot, disabled: boolean, adviseApp?: boolean): TemplateResult {
  if (slot === 'office') return html`<p class="hint">${t.term('phoneEditorCallOnly')}</p>`;
  const radio = (value: 'text' | 'call', label: string) => html`
    <label class="radio">
      <input
        type="radio"
        name="channel"
        value=${value}
        .checked=${draft.channel === value}
        ?disabled=${disabled}
        @change=${draft.onChannelChange}
      />
      ${label}
    </label>
  `;
  return html`
    <fieldset part="channel">
      <legend part="heading">${t.term('phoneEditorChannel')}</legend>
      ${radio('text', t.term('phoneEditorChannelText'))} ${radio('call', t.term('phoneEditorChannelCall'))}
    </fieldset>
    <p class="notice">${t.term(adviseApp ? 'restrictedMethodNotice' : 'restrictedMethodNoAppNotice')}</p>
  `;
}
