/**
 * The phone editor's templates, as functions of what they show. The element owns the state and
 * passes it in; nothing here holds state or calls the endpoint.
 */
import { type TemplateResult, html, nothing } from 'lit';
import type { Localizer } from '../../core/localize.js';
import type { PhoneSlot } from '../../core/types.js';
import type { PhoneDraft } from './phone-draft.js';
import type { PhoneProblem } from './phone-format.js';

/** Keeps a phone number left to right inside a sentence of any direction (U+2066 … U+2069). */
export const isolate = (number: string): string => `\u2066${number}\u2069`;

export function problemMessage(t: Localizer, problem: PhoneProblem, region: string): string {
  switch (problem) {
    case 'empty':
      return t.term('phoneProblemEmpty');
    case 'lone-plus':
      return t.term('phoneProblemLonePlus');
    case 'not-a-number':
      return t.term('phoneProblemNotANumber');
    case 'too-short':
      return t.term('phoneProblemTooShort');
    case 'too-long':
      return t.term('phoneProblemTooLong');
    case 'invalid-country':
      return t.term('phoneProblemInvalidCountry');
    case 'invalid-for-region':
      return t.format('phoneProblemInvalidForRegion', t.regionName(region));
    case 'cannot-receive-text':
      return t.term('phoneProblemCannotReceiveText');
  }
}

export interface FieldsView {
  t: Localizer;
  draft: PhoneDraft;
  slot: PhoneSlot;
  disabled: boolean;
  /** Form mode has no verification, so no channel choice. */
  withChannel: boolean;
}

/** Country, number, extension (office) and channel. */
export function renderFields({ t, draft, slot, disabled, withChannel }: FieldsView): TemplateResult {
  const problem = draft.problem ? problemMessage(t, draft.problem, draft.country) : '';
  // ARIA: a native <select> sorted by localized name: every platform's accessible listbox, with
  // type-ahead by name. The calling code is searched through the number field instead: typing
  // "+49" or "0049" there selects Germany, which a select's type-ahead cannot do.
  return html`
    <div class="field">
      <label for="country">${t.term('phoneEditorCountry')}</label>
      <select id="country" part="country" .value=${draft.country} ?disabled=${disabled} @change=${draft.onCountryChange}>
        ${draft.countries(t).map(
          (c) => html`<option value=${c.region} ?selected=${c.region === draft.country}>${c.label}</option>`,
        )}
      </select>
    </div>
    <div class="field">
      <label for="number">${t.term('phoneEditorNumber')}</label>
      <span id="number-hint" class="hint">${t.term('phoneEditorNumberHint')}</span>
      <input
        id="number"
        part="number"
        class="ltr"
        dir="ltr"
        type="tel"
        autocomplete="tel"
        .value=${draft.text}
        ?disabled=${disabled}
        aria-invalid=${draft.problem ? 'true' : 'false'}
        aria-describedby="number-hint number-notice number-error"
        @input=${draft.onNumberInput}
        @blur=${draft.onNumberBlur}
      />
      <span id="number-notice" class="hint" role="status">${draft.extracted ? t.term('phoneEditorExtracted') : ''}</span>
      <span id="number-error" part="field-error" class="error" aria-live="polite">${problem}</span>
    </div>
    ${slot === 'office'
      ? html`<div class="field">
          <label for="extension">${t.term('phoneEditorExtension')}</label>
          <input
            id="extension"
            part="extension"
            class="ltr"
            dir="ltr"
            inputmode="numeric"
            autocomplete="tel-extension"
            .value=${draft.extension}
            ?disabled=${disabled}
            aria-invalid=${draft.extensionInvalid ? 'true' : 'false'}
            aria-describedby="extension-error"
            @input=${draft.onExtensionInput}
          />
          <span id="extension-error" part="field-error" class="error"
            >${draft.extensionInvalid ? t.term('phoneEditorExtensionInvalid') : ''}</span
          >
        </div>`
      : nothing}
    ${withChannel ? renderChannel(t, draft, slot, disabled) : nothing}
  `;
}

function renderChannel(t: Localizer, draft: PhoneDraft, slot: PhoneSlot, disabled: boolean): TemplateResult {
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
      <legend>${t.term('phoneEditorChannel')}</legend>
      ${radio('text', t.term('phoneEditorChannelText'))} ${radio('call', t.term('phoneEditorChannelCall'))}
    </fieldset>
    <p class="notice">${t.term('restrictedMethodNotice')}</p>
  `;
}
