import { expect, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { render } from 'lit';
import '../src/components/phone-editor/phone-editor.js';
import type { MfaPhoneEditor } from '../src/components/phone-editor/phone-editor.js';
import { FakeClient } from './support/fake-client.js';

// A file of its own: each test file gets a page of its own, in which the phone library is not yet
// loaded when the element first renders. The elements are put in the page and their first render
// awaited (microtasks only), not a whole frame as `fixture` waits: in a frame the library's module
// may arrive (fetched anew for each page: the test server keeps it out of the browser's cache).

function $(el: MfaPhoneEditor, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(selector);
}

describe('<mfa-phone-editor form-field> before the phone library has loaded', () => {
  it('is in its form with its value, and required, before the phone library has loaded', async () => {
    const form = document.createElement('form');
    render(
      html`
        <mfa-phone-editor form-field name="phone" value="+33612345678" .client=${new FakeClient().client}></mfa-phone-editor>
        <mfa-phone-editor form-field name="other" required .client=${new FakeClient().client}></mfa-phone-editor>
      `,
      form,
    );
    document.body.append(form);
    try {
      const [el, other] = form.querySelectorAll('mfa-phone-editor');
      await Promise.all([el!.updateComplete, other!.updateComplete]);
      expect(!!$(el!, '#number'), 'still loading').to.equal(false);
      // A form sent at once (Enter pressed early, an autosave) has the number as given.
      expect(new FormData(form).get('phone')).to.equal('+33612345678');
      expect(other!.validity.valueMissing).to.equal(true);
      expect(other!.validationMessage).to.equal('Enter a phone number.');
      expect(form.checkValidity()).to.equal(false);
      await waitUntil(() => $(el!, '#number'), 'the field appears', { timeout: 5000 });
      expect(new FormData(form).get('phone')).to.equal('+33612345678');
    } finally {
      form.remove();
    }
  });
});
