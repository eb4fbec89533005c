import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/phone-editor/phone-editor.js';
import type { MfaPhoneEditor } from '../src/components/phone-editor/phone-editor.js';
import '../src/components/provider/provider.js';
import { en } from '../src/locales/en.js';
import { newSandbox } from './support/sandbox.js';
import { hold, release } from './support/unreachable.js';

// A file of its own, as test/phone-editor-load-failure.test.ts: the phone library is not yet loaded
// in its page, and the test server holds it back until the test releases it, as a slow network
// would.

function $(el: MfaPhoneEditor, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(selector);
}

describe('<mfa-phone-editor> editing, while the phone library loads', () => {
  afterEach(() => release());

  it('says it is loading with the focus on Cancel, which leaves, as Escape does; the focus stays where the user took it meanwhile', async () => {
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
    hold('phone-format');
    const change = async () => {
      $(el, '#edit')!.focus();
      $(el, '#edit')!.click();
      await el.updateComplete;
    };

    await change();
    // Before, a plain "Loading…" that was not said, no way back but to wait, and the focus lost
    // with Change, so Escape did nothing.
    expect($(el, '[role="status"]')?.textContent, 'the status').to.equal(en.loading);
    expect(el.shadowRoot!.activeElement?.id, 'the focus').to.equal('cancel');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.step, 'Escape leaves').to.equal('viewing');
    expect(el.shadowRoot!.activeElement?.id, 'the focus, back on Change').to.equal('edit');

    await change();
    $(el, '#cancel')!.click();
    await el.updateComplete;
    expect(el.step, 'Cancel leaves').to.equal('viewing');

    await change();
    // The user goes on to the page's own field before the library has come.
    elsewhere.focus();
    await release();
    await waitUntil(() => $(el, '#number'), 'the number field is drawn', { timeout: 5000 });
    await el.updateComplete;
    // Before, the number field took the focus, and what the user typed next went into it.
    expect(document.activeElement?.id, 'the focus').to.equal('elsewhere');
    expect(el.shadowRoot!.activeElement, 'nothing in the editor focused').to.equal(null);

    $(el, '#cancel')!.click();
    await el.updateComplete;
    await change();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'number', 'the number field takes the focus', { timeout: 5000 });
  });
});
