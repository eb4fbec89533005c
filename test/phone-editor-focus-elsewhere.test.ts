import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/phone-editor/phone-editor.js';
import type { MfaPhoneEditor } from '../src/components/phone-editor/phone-editor.js';
import '../src/components/provider/provider.js';
import { newSandbox } from './support/sandbox.js';

// A file of its own, as test/phone-editor-load-failure.test.ts: the phone library is not yet loaded
// in its page, so Change waits for it, as on a slow network.

function $(el: MfaPhoneEditor, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(selector);
}

describe('<mfa-phone-editor> editing, while the phone library loads', () => {
  it('leaves the focus where the user took it meanwhile; loaded, Change focuses the number field', async () => {
    const s = await newSandbox();
    const { token, csrfToken } = await s.signIn('adele');
    const page = await fixture(html`
      <div>
        <mfa-provider endpoint=${s.endpoint} .headers=${() => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken })}>
          <mfa-phone-editor></mfa-phone-editor>
        </mfa-provider>
        <label>Search the portal <input id="elsewhere" /></label>
      </div>
    `);
    const el = page.querySelector('mfa-phone-editor')!;
    const elsewhere = page.querySelector<HTMLInputElement>('#elsewhere')!;
    await waitUntil(() => $(el, '#edit'), 'the summary loads', { timeout: 5000 });
    $(el, '#edit')!.focus();
    $(el, '#edit')!.click();
    // The user goes on to the page's own field before the library has come.
    elsewhere.focus();
    await waitUntil(() => $(el, '#number'), 'the number field is drawn', { timeout: 5000 });
    await el.updateComplete;
    // Before, the number field took the focus, and what the user typed next went into it.
    expect(document.activeElement?.id, 'the focus').to.equal('elsewhere');
    expect(el.shadowRoot!.activeElement, 'nothing in the editor focused').to.equal(null);

    $(el, '#cancel')!.click();
    await el.updateComplete;
    $(el, '#edit')!.focus();
    $(el, '#edit')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'number', 'the number field takes the focus', { timeout: 5000 });
  });
});
