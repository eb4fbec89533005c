/**
 * The register-again steps of `<mfa-security-info>`, shown when an administrator has required the
 * user to provide contact methods again: their template, and what the page says (and where the
 * focus goes) when a step is cancelled and when registering is done.
 */
import { type ReactiveController, type ReactiveControllerHost, type TemplateResult, html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Localizer, Say } from '../../core/localize.js';
import type { PhoneSlot, SettingsSummary } from '../../core/types.js';
import { EXPORT_PARTS } from './security-info-parts.js';
import { type AddOption, sections, slotOf } from './security-info-sections.js';

/** The name of what an add option sets up: the phone's, or "Authenticator app". */
export function optionLabel(l: Localizer, option: AddOption): string {
  const slot = slotOf(option);
  return slot ? l.slotName(slot) : l.term('authenticatorLabel');
}

/**
 * What an `mfa-phone-change` or `mfa-authenticator-added` event added: the phone's name (its detail
 * names the slot), or the app's (its detail names none).
 */
export function addedName(l: Localizer, event: Event): string {
  const slot = (event as CustomEvent<{ slot?: PhoneSlot }>).detail.slot;
  return slot ? l.slotName(slot) : l.term('authenticatorLabel');
}

export class RegisterAgain implements ReactiveController {
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  readonly #summary: () => SettingsSummary | undefined;
  /** Says `say`'s words in the page's status line; the focus goes there too if it was in `going`, which the change removes. */
  readonly #announce: (say: Say, going?: Element | null) => void;
  /** The steps are shown (as of the last update). */
  #shown = false;
  /** What the user registered in the steps (its event), said once the usual page replaces them. */
  #registered: Event | undefined;
  /** Counts the app set-ups cancelled in the steps: each one starts afresh. */
  #appSetups = 0;

  /** Functions, one argument each: the names of an object's members stayed in the minified code. */
  constructor(
    host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    summary: () => SettingsSummary | undefined,
    announce: (say: Say, going?: Element | null) => void,
  ) {
    this.#host = host;
    this.#summary = summary;
    this.#announce = announce;
    host.addController(this);
  }

  /**
   * Registering a method ends the steps once the endpoint says so: the usual page replaces them,
   * and with them the control that had the focus. The page says what was done in the status line,
   * which takes the focus if it was in the steps, as after adding a method in the dialog.
   */
  hostUpdate(): void {
    const summary = this.#summary();
    if (!summary) return;
    const shown = sections(summary).registerAgain !== undefined;
    const registered = this.#registered;
    if (this.#shown && !shown && registered) {
      this.#announce(
        (l) => l.format('securityInfoRegisteredAgain', addedName(l, registered)),
        this.#host.renderRoot.querySelector('[part~="register-again"]'),
      );
      this.#registered = undefined;
    }
    this.#shown = shown;
  }

  #onRegistered = (event: Event): void => {
    this.#registered = event;
  };

  /**
   * Cancel in the app set-up (the enrollment has withdrawn a started set-up on the endpoint
   * already): the step starts again from its beginning, with a fresh form, and the focus goes to
   * its first field, so the user stays in the step they have to finish; only from the set-up, or
   * from the page's body, not from where the user went while the Cancel was on its way. The status
   * line says what happened, without taking the focus from there.
   */
  #onCancel = (event: Event): void => {
    const here = (event.target as Element).matches(':focus-within') || document.activeElement === document.body;
    this.#appSetups++;
    this.#announce((l) => l.format('securityInfoSetupCancelled', l.term('authenticatorLabel')));
    this.#host.requestUpdate();
    if (here) {
      void this.#host.updateComplete.then(() =>
        this.#host.renderRoot.querySelector<HTMLElement>('[part~="register-again"] mfa-authenticator-enroll')?.focus(),
      );
    }
  };

  render(l: Localizer, methods: AddOption[]): TemplateResult {
    return html`<section
      part="register-again"
      class="notice"
      aria-labelledby="again-title"
      @mfa-phone-change=${this.#onRegistered}
      @mfa-authenticator-added=${this.#onRegistered}
      @mfa-enrollment-cancel=${this.#onCancel}
    >
      <h3 part="heading" id="again-title">${l.term('securityInfoRegisterAgainTitle')}</h3>
      <p>${l.term('securityInfoRegisterAgainExplain')}</p>
      <ul class="methods">
        ${methods.map(
          // The step's heading names the phone: the editor leaves out its own title (no-title), so
          // the name is neither shown nor read twice. The app set-up has no Cancel on its form
          // (no-cancel): the step is to be done, and there is nothing to go back to. Its key changes
          // with each set-up cancelled once started: a new element, with a fresh form.
          (option) => html`<li>
            <h4 part="heading">${optionLabel(l, option)}</h4>
            ${option === 'authenticator'
              ? keyed(this.#appSetups, html`<mfa-authenticator-enroll no-cancel exportparts=${EXPORT_PARTS['authenticator-enroll']}></mfa-authenticator-enroll>`)
              : html`<mfa-phone-editor
                  phone-slot=${slotOf(option)!}
                  no-title
                  exportparts=${EXPORT_PARTS['phone-editor']}
                ></mfa-phone-editor>`}
          </li>`,
        )}
      </ul>
    </section>`;
  }
}
