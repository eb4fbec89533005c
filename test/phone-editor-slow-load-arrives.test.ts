import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import '../src/components/phone-editor/phone-editor.js';
import type { MfaPhoneEditor } from '../src/components/phone-editor/phone-editor.js';
import '../src/components/provider/provider.js';
import { newSandbox } from './support/sandbox.js';
import { hold, release } from './support/unreachable.js';

// A file of its own, as test/phone-editor-slow-load.test.ts: the phone library is not yet loaded in
// its page, and the test server holds it back until the test releases it. There the user goes
// elsewhere meanwhile; here they wait on Cancel.

function $(el: MfaPhoneEditor, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(selector);
}

describe('<mfa-phone-editor> editing, when the phone library comes while the user waits', () => {
  afterEach(() => release());

  it('moves the focus from Cancel to the number field', async () => {
    const s = await newSandbox();
    const { token, csrfToken } = await s.signIn('adele');
    const provider = await fixture(html`
      <mfa-provider endpoint=${s.endpoint} .headers=${() => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken })}>
        <mfa-phone-editor></mfa-phone-editor>
      </mfa-provider>
    `);
    const el = provider.querySelector('mfa-phone-editor')!;
    await waitUntil(() => $(el, '#edit'), 'the summary loads', { timeout: 5000 });
    hold('phone-format');
    $(el, '#edit')!.focus();
    $(el, '#edit')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id, 'the focus while it loads').to.equal('cancel');
    await release();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'number', 'the number field takes the focus', { timeout: 5000 });
  });
});
