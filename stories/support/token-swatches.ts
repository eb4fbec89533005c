import { type TemplateResult, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { MfaElement } from '../../src/core/mfa-element.js';
import { themeTokens } from '../../src/core/theme.js';
import { actionStrings } from '../../src/locales/en/actions.js';

const COLOURS: [token: string, privateToken: string][] = [
  ['--mfa-color-text', '--_mfa-text'],
  ['--mfa-color-text-muted', '--_mfa-text-muted'],
  ['--mfa-color-surface', '--_mfa-surface'],
  ['--mfa-color-surface-raised', '--_mfa-surface-raised'],
  ['--mfa-color-border', '--_mfa-border'],
  ['--mfa-color-primary', '--_mfa-primary'],
  ['--mfa-color-on-primary', '--_mfa-on-primary'],
  ['--mfa-color-danger', '--_mfa-danger'],
  ['--mfa-color-success', '--_mfa-success'],
  ['--mfa-color-warning', '--_mfa-warning'],
  ['--mfa-color-focus', '--_mfa-focus'],
];

/** Storybook only: the colour tokens as they resolve here, and sample text in the current locale. */
@customElement('mfa-story-token-swatches')
export class MfaStoryTokenSwatches extends MfaElement {
  // Its sample is Save, of the table the elements that show it register.
  protected static override strings = [actionStrings];
  static override styles = [
    themeTokens,
    css`
      :host {
        display: block;
        background: var(--_mfa-surface);
        padding: var(--_mfa-space-m);
        border-radius: var(--_mfa-radius);
      }
      ul {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
        gap: var(--_mfa-space-s);
        list-style: none;
        margin: 0 0 var(--_mfa-space-m);
        padding: 0;
      }
      li {
        display: flex;
        align-items: center;
        gap: var(--_mfa-space-s);
        font-size: var(--_mfa-font-size-small);
      }
      .chip {
        inline-size: 2rem;
        block-size: 2rem;
        border-radius: var(--_mfa-radius);
        border: 1px solid var(--_mfa-border);
      }
      button {
        font: inherit;
        min-block-size: 2.5rem;
        padding-inline: var(--_mfa-space-m);
        border-radius: var(--_mfa-radius);
        border: none;
        background: var(--_mfa-primary);
        color: var(--_mfa-on-primary);
      }
      .danger {
        color: var(--_mfa-danger);
      }
    `,
  ];

  protected override render(): TemplateResult {
    const l = this.localizer;
    return html`<div dir=${l.dir}>
      <ul>
        ${COLOURS.map(
          ([token, own]) =>
            html`<li><span class="chip" style="background: var(${own})"></span><code>${token}</code></li>`,
        )}
      </ul>
      <p>${l.term('restrictedMethodNotice')}</p>
      <p class="danger" role="alert">${l.term('errorNetwork')}</p>
      <button type="button">${l.term('save')}</button>
    </div>`;
  }
}
