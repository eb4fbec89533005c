import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import '../src/components/method-picker/method-picker.js';
import type { MfaMethodPicker } from '../src/components/method-picker/method-picker.js';
import { en } from '../src/locales/en.js';
import { newSandbox } from './support/sandbox.js';

// This file alone loads <mfa-provider> after the elements inside it, as a page whose provider's
// module comes last does: nothing else here may import it first.

describe('an element whose <mfa-provider> is defined after it', () => {
  it('says it is loading, not that it is not connected, and loads once the provider is defined', async () => {
    const s = await newSandbox();
    const { token, csrfToken } = await s.signIn('adele');
    const provider = await fixture(html`
      <mfa-provider endpoint=${s.endpoint} locale="en" .headers=${() => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken })}>
        <mfa-method-picker></mfa-method-picker>
      </mfa-provider>
    `);
    const picker = provider.querySelector<MfaMethodPicker>('mfa-method-picker')!;
    await picker.updateComplete;
    expect(customElements.get('mfa-provider'), 'the provider is not defined yet').to.equal(undefined);
    const said = () => picker.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(said()).to.contain(en.loading);
    expect(said()).not.to.contain(en.noClient);
    await import('../src/components/provider/provider.js');
    await waitUntil(() => picker.status === 'ready', `the settings never loaded: "${said()}"`, { timeout: 5000 });
    expect(said()).not.to.contain(en.noClient);
  });
});
