/** The parts of `<mfa-method-picker>` that render rows: the choices, the notice, the set-up list. */
import { type TemplateResult, html, nothing } from 'lit';
import { type Localizer, buttonName } from '../../core/localize.js';
import { renderMaskedNumber } from '../../core/masked-number.js';
import type { MethodId } from '../../core/types.js';
import { type ChoiceRow, isRestricted } from './method-picker-rows.js';

export interface ChoiceState {
  /** The method whose radio is checked. */
  selected: MethodId | null;
  /** The saved default, marked "Current default". */
  saved: MethodId | null;
  /** The endpoint refused this choice. */
  invalid: boolean;
  onChoose: (event: Event) => void;
}

/**
 * The most app names a choice's description lists; past that, a count: with thirty apps, the
 * description was 1,200 characters, 277 px tall, and read out each time the radio took the focus.
 */
const APP_NAMES_SHOWN = 5;

/** One method to choose: a native radio named by the method and described by what it uses. */
export function renderChoice(l: Localizer, row: ChoiceRow, state: ChoiceState): TemplateResult {
  const m = row.method;
  const phone = row.phone;
  // The name is the method alone; what it uses and its marks are the description, and the error
  // joins them when the endpoint refused this choice.
  return html`
    <div part="row" class="row">
      <input
        type="radio"
        name="method"
        id="radio-${m}"
        .value=${m}
        .checked=${m === state.selected}
        aria-labelledby="label-${m}"
        aria-describedby=${state.invalid ? `detail-${m} save-error` : `detail-${m}`}
        aria-invalid=${state.invalid}
        @change=${state.onChoose}
      />
      <label for="radio-${m}">
        <span part="row-label" id="label-${m}">${l.methodName(m)}</span>
        <span part="row-detail" class="detail" id="detail-${m}">
          ${phone
            ? html`${renderMaskedNumber(l, phone.maskedNumber)}${phone.extension
                  ? ` ${l.format('methodPickerExtension', phone.extension)}`
                  : ''}`
            : nothing}
          ${row.appNames.length > 0
            ? html`<span>${row.appNames.length > APP_NAMES_SHOWN
                ? l.count('methodPickerAppCount', row.appNames.length)
                : l.list(row.appNames, 'disjunction')}</span>`
            : nothing}
          ${m === state.saved ? html`<span part="current" class="current">${l.term('methodPickerCurrent')}</span>` : nothing}
          ${row.restricted ? html`<span>${l.term('methodPickerLessSecure')}</span>` : nothing}
        </span>
      </label>
    </div>
  `;
}

/** Text and voice are weaker: say so, and offer an app where the policy allows one. */
export function renderNotice(
  l: Localizer,
  appsAllowed: boolean,
  appSetup: MethodId | undefined,
  onSetup: (method: MethodId) => void,
): TemplateResult {
  return html`
    <div part="notice" class="notice">
      <p>${l.term(appsAllowed ? 'restrictedMethodNotice' : 'restrictedMethodNoAppNotice')}</p>
      ${appSetup
        ? html`<button part="link setup-button" type="button" @click=${() => onSetup(appSetup)}>
            ${l.term('methodPickerSetUpApp')}
          </button>`
        : nothing}
    </div>
  `;
}

/**
 * The methods the policy allows that are not registered. They sit apart from the radio group:
 * they are actions, not options of the default.
 */
export function renderSetup(l: Localizer, methods: MethodId[], onSetup: (method: MethodId) => void): TemplateResult {
  // Each "Set up" button's name starts with the visible "Set up" and names the method (WCAG 2.5.3,
  // 2.4.6), in one sentence a translation can order as its language does. (A comment in the
  // template would ship to every page.)
  return html`
    <div>
      <p part="heading" class="subheading" id="setup-heading">${l.term('methodPickerSetupHeading')}</p>
      <ul part="setup-list" class="setup-list" aria-labelledby="setup-heading">
        ${methods.map(
          (m) => html`
            <li part="row" class="row">
              <span class="label">
                <span part="row-label">${l.methodName(m)}</span>
                ${isRestricted(m) ? html`<span part="row-detail" class="detail">${l.term('methodPickerLessSecure')}</span>` : nothing}
              </span>
              <button
                part="button setup-button"
                type="button"
                aria-label=${buttonName(l, 'methodPickerSetUp', l.format('methodPickerSetUpNamed', l.methodName(m), m), l.methodName(m))}
                @click=${() => onSetup(m)}
              >
                ${l.term('methodPickerSetUp')}
              </button>
            </li>
          `,
        )}
      </ul>
    </div>
  `;
}
