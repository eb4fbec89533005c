import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/phone-editor/phone-editor.js';
import { MfaPhoneEditor } from '../src/components/phone-editor/phone-editor.js';
import { FakeClient } from './support/fake-client.js';

// What host pages and their frameworks do to the elements over their lifetime: properties set after
// the element is in the page, or before it is defined, elements taken out and put back.

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

describe('elements over a host page\'s lifetime', () => {
  it('phone editor: becomes a form field when form-field is set once it is in the page, as frameworks bind properties', async () => {
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    const el = document.createElement('mfa-phone-editor');
    el.client = new FakeClient().client;
    form.append(el);
    el.formField = true;
    el.name = 'phone';
    el.value = '+33612345678';
    await waitUntil(() => $(el, '#number'), 'the field never appeared: it said "Loading…" for ever', { timeout: 5000 });
    expect(new FormData(form).get('phone')).to.equal('+33612345678');
  });

  it('phone editor: becomes a form field when form-field was set before the element was defined', async () => {
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    const el = document.createElement('mfa-phone-editor-later') as MfaPhoneEditor;
    Object.assign(el, { formField: true, name: 'phone', value: '+33612345678' });
    form.append(el);
    customElements.define('mfa-phone-editor-later', class extends MfaPhoneEditor {});
    await waitUntil(() => $(el, '#number'), 'the field never appeared: it said "Loading…" for ever', { timeout: 5000 });
    expect(new FormData(form).get('phone')).to.equal('+33612345678');
  });
});
