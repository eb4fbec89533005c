import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import '../src/components/phone-editor/phone-editor.js';
import type { MfaPhoneEditor } from '../src/components/phone-editor/phone-editor.js';
import { en } from '../src/locales/en.js';
import { FakeClient } from './support/fake-client.js';
import { refetchesFailedModules, unreachable } from './support/unreachable.js';

// A file of its own: each test file gets a page of its own, in which the phone library is not yet
// loaded. The test server answers 503 for it while a cookie names it (see support/unreachable.ts),
// as when the connection drops while the page loads.

function $(el: MfaPhoneEditor, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(selector);
}

describe('<mfa-phone-editor form-field> when the phone library cannot be loaded', () => {
  afterEach(() => unreachable(false));

  it('says so in an alert, keeps the given number in its form, and Try again loads it or says so again', async () => {
    const refetches = await refetchesFailedModules();
    unreachable('phone-format');
    const form = await fixture<HTMLFormElement>(html`
      <form><mfa-phone-editor form-field name="phone" value="+447400123456" default-country="GB" .client=${new FakeClient().client}></mfa-phone-editor></form>
    `);
    const el = form.querySelector('mfa-phone-editor')!;
    // Before, the field said "Loading…" for ever.
    await waitUntil(() => $(el, '[role="alert"]')?.textContent === en.phoneEditorLoadFailed, 'no failure said', { timeout: 5000 });
    expect(new FormData(form).get('phone'), 'the number as it was given').to.equal('+447400123456');
    expect($(el, '[role="alert"]')!.part.contains('error'), 'a page styles it as the other errors, ::part(error)').to.equal(true);
    await expect(el).to.be.accessible();

    unreachable(false);
    const said = $(el, '[role="alert"]');
    $(el, '#retry')!.focus();
    $(el, '#retry')!.click();
    if (refetches) {
      await waitUntil(() => $(el, '#number'), 'the field appears', { timeout: 5000 });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id, 'the focus').to.equal('number');
      expect(($(el, '#number') as HTMLInputElement).value).to.equal('07400 123456');
      expect(($(el, '#country') as HTMLSelectElement).value).to.equal('GB');
      expect($(el, '[role="alert"]')?.textContent ?? '', 'the failure is no longer said').to.equal('');
    } else {
      // The browser keeps its failed fetch: Try again fails again, says so in a new alert, and keeps the focus.
      await waitUntil(() => $(el, '[role="alert"]') && $(el, '[role="alert"]') !== said, 'not said again', { timeout: 5000 });
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.equal(en.phoneEditorLoadFailed);
      expect(el.shadowRoot!.activeElement?.id, 'the focus').to.equal('retry');
    }
    expect(new FormData(form).get('phone')).to.equal('+447400123456');
  });
});
