import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import '../src/components/phone-editor/phone-editor.js';
import type { MfaPhoneEditor } from '../src/components/phone-editor/phone-editor.js';
import '../src/components/provider/provider.js';
import { en } from '../src/locales/en.js';
import { newSandbox } from './support/sandbox.js';
import { refetchesFailedModules, unreachable } from './support/unreachable.js';

// A file of its own, as test/phone-editor-form-load-failure.test.ts: the phone library is not yet
// loaded in its page. Here the connection drops as the user starts editing a phone.

function $(el: MfaPhoneEditor, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(selector);
}

describe('<mfa-phone-editor> editing, when the phone library cannot be loaded', () => {
  afterEach(() => unreachable(false));

  it('says so in an alert with the focus on Try again, which loads it and focuses the number, or says so again', async () => {
    const refetches = await refetchesFailedModules();
    const s = await newSandbox();
    const { token, csrfToken } = await s.signIn('adele');
    const provider = await fixture(html`
      <mfa-provider endpoint=${s.endpoint} .headers=${() => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken })}>
        <mfa-phone-editor></mfa-phone-editor>
      </mfa-provider>
    `);
    const el = provider.querySelector('mfa-phone-editor')!;
    await waitUntil(() => $(el, '#edit'), 'the summary loads', { timeout: 5000 });
    unreachable('phone-format');
    $(el, '#edit')!.focus();
    $(el, '#edit')!.click();
    await waitUntil(() => $(el, '[role="alert"]')?.textContent === en.phoneEditorLoadFailed, 'no failure said', { timeout: 5000 });
    await el.updateComplete;
    // Before, the focus was lost with Change, and the failure was not said.
    expect(el.shadowRoot!.activeElement?.id, 'the focus').to.equal('retry');
    await expect(el).to.be.accessible();
    expect($(el, '[role="alert"]')!.part.contains('error'), 'a page styles it as the other errors, ::part(error)').to.equal(true);

    unreachable(false);
    const said = $(el, '[role="alert"]');
    $(el, '#retry')!.click();
    if (refetches) {
      await waitUntil(() => el.shadowRoot!.activeElement?.id === 'number', 'the number field takes the focus', { timeout: 5000 });
    } else {
      // The browser keeps its failed fetch: Try again fails again, says so in a new alert, and keeps the focus.
      await waitUntil(() => $(el, '[role="alert"]') && $(el, '[role="alert"]') !== said, 'not said again', { timeout: 5000 });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id, 'the focus').to.equal('retry');
      $(el, '#cancel')!.click();
      await el.updateComplete;
      expect(el.step, 'Cancel leaves').to.equal('viewing');
    }
  });
});
