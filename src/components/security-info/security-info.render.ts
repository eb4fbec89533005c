/**
 * Templates of `<mfa-security-info>`, as functions of what they show: the load failure, the default
 * method line, the sections, and the two steps of the "Add sign-in method" dialog. The element owns
 * the state and the handlers and passes them in; nothing here holds state or calls the endpoint.
 */
import { type TemplateResult, html, nothing } from 'lit';
import { renderErrorRegion } from '../../core/error-region.js';
import { loadRetryButton } from '../../core/load-retry.js';
import { type Failed, type Localizer, buttonName, failureAlert } from '../../core/localize.js';
import type { ResourceStatus } from '../../core/resource.js';
import { PHONE_SLOTS, type SettingsSummary } from '../../core/types.js';
import type { MfaPhoneRemoveEvent } from '../phone-editor/phone-editor.js';
import { EXPORT_PARTS } from './security-info-parts.js';
import { optionLabel } from './security-info-register-again.js';
import { ADD_OPTIONS, type AddOption, type Sections, type SetupPreset, slotOf } from './security-info-sections.js';

/**
 * The settings could not be read: why, and Retry. When they were read before, what that read is
 * still shown, which the alert says first. The alert is in place, empty, while they load or have
 * loaded, so a failure is said as it fills.
 */
export function renderLoadError(
  l: Localizer,
  settings: Failed & { value?: unknown; status: ResourceStatus },
  retry: () => void,
): TemplateResult {
  // A rate limit: the alert keeps what it announced, hidden; the copy seen counts down (not live)
  // and describes Retry, unavailable until the settings load again by themselves.
  const failed = settings.status === 'error';
  return renderErrorRegion(
    failed ? failureAlert(l, settings, settings.value ? l.term('securityInfoReloadFailed') : '') : { text: '' },
    failed ? loadRetryButton(l, settings.rateLimited, retry) : nothing,
  );
}

/**
 * The default sign-in method, with the button that shows or hides the method picker: a disclosure
 * button, named the same open or closed, whose `aria-expanded` says which it is (a name that turned
 * to "Close" was read "Close, expanded", and did not say what it closed). Its name holds the word
 * shown, the host's too (`buttonName`, WCAG 2.5.3). `unsure`: a save got no answer, and the settings
 * read again have not come: no default is named, which may be false, only that they are loading.
 */
export function renderDefaultMethod(
  l: Localizer,
  summary: SettingsSummary,
  pickerOpen: boolean,
  togglePicker: () => void,
  unsure: boolean,
): TemplateResult {
  return html`
      <div part="default-method" class="default">
        <span>${l.term('securityInfoDefaultIs')}</span>
        <strong>${unsure ? l.term('loading') : summary.defaultMethod ? l.methodName(summary.defaultMethod) : l.term('securityInfoNoDefault')}</strong>
        ${summary.methods.length > 0
          ? html`<button
              part="link"
              type="button"
              id="change-default"
              aria-label=${buttonName(l, 'securityInfoChange', l.term('securityInfoChangeNamed'), l.term('defaultMethodLabel'))}
              aria-expanded=${pickerOpen}
              aria-controls="picker"
              @click=${togglePicker}
            >
              ${l.term('securityInfoChange')}
            </button>`
          : nothing}
      </div>`;
}

/**
 * The sections the policy shows: the registered phones, the authenticator apps, the app passwords.
 * `saidInside`: a change an element in them says itself (the page says a removed phone).
 */
export function renderSections(
  l: Localizer,
  s: Sections,
  onPhoneRemoved: (event: MfaPhoneRemoveEvent) => void,
  saidInside: (event: CustomEvent<{ name?: string }>) => void,
): TemplateResult {
  return html`
      ${s.phones.length > 0
        ? section(
            'phones-title',
            l.term('securityInfoPhonesTitle'),
            // Each slot has its own place in the list, empty while it has no phone: an editor stays
            // the same element, with what it holds, while phones before it come and go. Each phone
            // is named by a heading under the section's, as in the steps to register again; the
            // editor leaves out its own title (no-title), a paragraph that heading navigation skips.
            // The heading names its region, as that title did, and keeps its part's name.
            PHONE_SLOTS.map((slot) =>
              s.phones.includes(slot)
                ? html`<section aria-labelledby=${slot}>
                    <h4 part="heading phone-editor-title" id=${slot}>${l.slotName(slot)}</h4>
                    <mfa-phone-editor
                      phone-slot=${slot}
                      no-title
                      exportparts=${EXPORT_PARTS['phone-editor']}
                      @mfa-phone-remove=${onPhoneRemoved}
                      @mfa-phone-change=${saidInside}
                    ></mfa-phone-editor>
                  </section>`
                : nothing,
            ),
          )
        : nothing}
      ${s.showAuthenticators
        ? section(
            'apps-title',
            l.term('securityInfoAppsTitle'),
            html`<mfa-authenticator-list exportparts=${EXPORT_PARTS['authenticator-list']}
              @mfa-authenticator-rename=${saidInside} @mfa-authenticator-remove=${saidInside}></mfa-authenticator-list>`,
          )
        : nothing}
      ${s.showAppPasswords
        ? section(
            'app-passwords-title',
            l.term('securityInfoAppPasswordsTitle'),
            html`<mfa-app-passwords exportparts=${EXPORT_PARTS['app-passwords']}
              @mfa-app-password-create=${saidInside} @mfa-app-password-revoke=${saidInside}></mfa-app-passwords>`,
          )
        : nothing}
    `;
}

/** One of those sections: its heading (`titleId`, which names the section) and what it holds. */
function section(titleId: string, title: string, content: unknown): TemplateResult {
  return html`<section part="section" aria-labelledby=${titleId}>
    <h3 part="heading section-title" id=${titleId}>${title}</h3>
    ${content}
  </section>`;
}

/**
 * The dialog's first step: one radio button for each method that can be added. `missing`: Next (or
 * Enter) was pressed with none chosen: each radio is marked invalid and described by the alert that
 * says so, `#choose-error`.
 */
export function renderChoices(
  l: Localizer,
  options: AddOption[],
  choice: AddOption | undefined,
  choose: (option: AddOption) => void,
  missing: boolean,
): TemplateResult {
  return html`<fieldset>
              <legend part="heading">${l.term('securityInfoChooseMethod')}</legend>
              ${ADD_OPTIONS.map((option) =>
                // As the phones: each option has its own place, so a radio stays the same element
                // (chosen, focused) while options before it come and go.
                options.includes(option)
                  ? html`<label part="option" class="option">
                  <input
                    type="radio"
                    name="add"
                    .value=${option}
                    .checked=${choice === option}
                    aria-invalid=${missing}
                    aria-describedby=${missing ? 'choose-error' : nothing}
                    @change=${() => choose(option)}
                  />
                  ${optionLabel(l, option)}
                </label>`
                  : nothing,
              )}
            </fieldset>`;
}

/** The dialog's second step: the element that sets up the method, started as `preset` asks. */
export function renderSetup(option: AddOption, preset: SetupPreset): TemplateResult {
  // Every option other than a phone's is the authenticator app.
  const slot = slotOf(option);
  return slot
    ? html`<mfa-phone-editor
        phone-slot=${slot}
        .defaultChannel=${preset.channel}
        exportparts=${EXPORT_PARTS['phone-editor']}
      ></mfa-phone-editor>`
    : html`<mfa-authenticator-enroll
        .defaultKind=${preset.kind}
        exportparts=${EXPORT_PARTS['authenticator-enroll']}
      ></mfa-authenticator-enroll>`;
}
