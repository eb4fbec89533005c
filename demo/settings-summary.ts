import { type TemplateResult, css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { MfaElement } from '../src/core/mfa-element.js';
import { ResourceController } from '../src/core/resource.js';
import { themeTokens } from '../src/core/theme.js';
import type { SettingsSummary } from '../src/core/types.js';

/**
 * The demo portal's read-only view of the signed-in user's settings, built on the library's base
 * class the way a host's own element would be. The library's elements take its place as they land.
 */
@customElement('demo-settings-summary')
export class DemoSettingsSummary extends MfaElement {
  static override styles = [
    themeTokens,
    css`
      :host {
        display: block;
        background: var(--_mfa-surface);
        border: 1px solid var(--_mfa-border);
        border-radius: var(--_mfa-radius);
        padding: var(--_mfa-space-m) var(--_mfa-space-l);
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: var(--_mfa-space-s) var(--_mfa-space-l);
      }
      dt {
        color: var(--_mfa-text-muted);
      }
      dd {
        margin: 0;
      }
      ul {
        margin: 0;
        padding-inline-start: 1.25rem;
      }
      .number {
        direction: ltr;
        unicode-bidi: isolate;
      }
      .error {
        color: var(--_mfa-danger);
      }
      button {
        font: inherit;
        min-block-size: 2.25rem;
        padding-inline: var(--_mfa-space-m);
        border-radius: var(--_mfa-radius);
        border: 1px solid var(--_mfa-primary);
        color: var(--_mfa-primary);
        background: var(--_mfa-surface);
      }
    `,
  ];

  #settings = new ResourceController<SettingsSummary>(this, {
    operation: 'getSettings',
    client: () => this.activeClient,
    revision: () => this.settingsRevision,
    load: (client, signal) => client.getSettings({ signal }),
    signal: () => this.connectedSignal,
  });

  protected override render(): TemplateResult {
    const l = this.localizer;
    const { status, value: s, error } = this.#settings;
    return html`<div dir=${l.dir} aria-busy=${status === 'loading' ? 'true' : 'false'}>
      ${status === 'error'
        ? html`<p class="error" role="alert">${l.errorMessage(error)}</p>`
        : status === 'loading' && !s
          ? html`<p role="status">${l.term('loading')}</p>`
          : nothing}
      ${s
        ? html`<dl>
            <dt>${l.term('defaultMethodLabel')}</dt>
            <dd>${s.defaultMethod ? l.methodName(s.defaultMethod) : '—'}</dd>
            <dt>${l.term('methodsLabel')}</dt>
            <dd><ul>${s.methods.map((m) => html`<li>${l.methodName(m)}</li>`)}</ul></dd>
            ${s.phones.map(
              (p) => html`<dt>${l.slotName(p.slot)}</dt>
                <dd><span class="number">${p.maskedNumber}</span>${p.extension ? html` · ${p.extension}` : nothing}</dd>`,
            )}
            ${s.authenticators.map(
              (a) => html`<dt>${l.term('authenticatorLabel')}</dt>
                <dd>${a.name} · ${l.date(a.createdAt)}</dd>`,
            )}
          </dl>`
        : nothing}
      <button type="button" @click=${() => this.#settings.reload()}>${l.term('refresh')}</button>
    </div>`;
  }
}
