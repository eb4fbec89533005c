import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import '../src/components/code-input/code-input.js';
import type { MfaCodeInput } from '../src/components/code-input/code-input.js';
import '../src/components/phone-editor/phone-editor.js';
import type { MfaPhoneEditor } from '../src/components/phone-editor/phone-editor.js';
import { checkPhone, formatTyped } from '../src/components/phone-editor/phone-format.js';
import '../src/components/provider/provider.js';
import { newSandbox } from './support/sandbox.js';

/**
 * Composes `steps` at the caret as an input method does in Chromium (a Japanese one turns each digit
 * typed into its full-width form, underlined until Enter commits it): each step replaces the text
 * composed so far, with an `input` event marked `isComposing`; then `compositionend`. After each
 * step, `during` sees the field. (Chromium fires no `input` after `compositionend`.)
 */
function compose(input: HTMLInputElement, steps: string[], during: (composed: string) => void): void {
  const start = input.selectionStart ?? input.value.length;
  const after = input.value.slice(input.selectionEnd ?? start);
  input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true, data: '' }));
  for (const text of steps) {
    input.value = input.value.slice(0, start) + text + after;
    input.setSelectionRange(start + text.length, start + text.length);
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true, inputType: 'insertCompositionText', data: text }));
    during(text);
  }
  input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: steps.at(-1) }));
}

/** "１", "１２", … "１２３４５６": a code typed digit by digit into one composition. */
const growing = (text: string) => [...text].map((_, i) => text.slice(0, i + 1));

describe('input methods: a code composed in full-width digits', () => {
  it('is left as composed until committed, then taken once, and completes then', async () => {
    const el = await fixture<MfaCodeInput>(html`<mfa-code-input auto-submit></mfa-code-input>`);
    const input = el.shadowRoot!.querySelector('input')!;
    const events: string[] = [];
    el.addEventListener('input', () => events.push(`input ${el.value}`));
    el.addEventListener('mfa-code-complete', (e) => events.push(`complete ${e.detail.code}`));
    input.focus();
    compose(input, growing('１２３４５６'), (composed) => {
      // Rewriting the field under the input method cancels its composition, which Chromium then
      // inserts again at the next keystroke: "１２３４５６" became "112123", and was submitted.
      expect(input.value, 'the field keeps what the input method composes').to.equal(composed);
      expect(events, 'nothing is taken while composing').to.deep.equal([]);
    });
    await el.updateComplete;
    expect(input.value).to.equal('123456');
    expect(el.value).to.equal('123456');
    expect(events).to.deep.equal(['input 123456', 'complete 123456']);
  });
});

describe("input methods: Firefox's order, an input after compositionend", () => {
  it('leaves the notice the committed text gave: a letter refused stays said', async () => {
    const el = await fixture<MfaCodeInput>(html`<mfa-code-input></mfa-code-input>`);
    const input = el.shadowRoot!.querySelector('input')!;
    const notice = el.shadowRoot!.querySelector('[part~="notice"]')!;
    input.focus();
    compose(input, growing('１２３ａ'), () => {});
    await el.updateComplete;
    const said = notice.textContent;
    expect(said, 'the letter is refused').to.not.equal('');
    // Firefox then fires input, no longer composing, with the field as the element left it.
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertCompositionText', data: '１２３ａ' }));
    await el.updateComplete;
    expect(el.value).to.equal('123');
    expect(notice.textContent, 'the notice is left as it was').to.equal(said);
  });
});

describe('input methods: a phone number composed in full-width digits', () => {
  it('is formatted once committed, with nothing doubled', async () => {
    const s = await newSandbox();
    const { token, csrfToken } = await s.signIn('ben');
    const provider = await fixture(html`
      <mfa-provider locale="en" endpoint=${s.endpoint} .headers=${() => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken })}>
        <mfa-phone-editor phone-slot="alternate"></mfa-phone-editor>
      </mfa-provider>
    `);
    const el = provider.querySelector<MfaPhoneEditor>('mfa-phone-editor')!;
    const $ = (selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
    await waitUntil(() => $('#edit'), 'the summary loads');
    $('#edit')!.click();
    await waitUntil(() => $('#number'), 'the number field appears', { timeout: 5000 });
    await el.updateComplete;
    ($('#country') as HTMLSelectElement).value = 'US';
    $('#country')!.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    const input = $('#number') as HTMLInputElement;
    input.focus();
    compose(input, growing('２０２５５５０１２３'), (composed) => {
      // As with the code: a field formatted under the input method had Chromium insert the
      // composition again and again ("２０２５５５" became "220202202520255202555202555").
      expect(input.value, 'the field keeps what the input method composes').to.equal(composed);
    });
    await el.updateComplete;
    expect(input.value).to.equal('(202) 555-0123');
    expect(input.selectionStart).to.equal(input.value.length);
  });
});

describe('input methods: a phone number composed in a form field', () => {
  it("tells the page the number once committed: the last input event's value is the number", async () => {
    const el = await fixture<MfaPhoneEditor>(html`<mfa-phone-editor form-field default-country="JP"></mfa-phone-editor>`);
    await waitUntil(() => el.shadowRoot!.querySelector('#number'), 'the field appears', { timeout: 5000 });
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#number')!;
    const seen: string[] = [];
    el.addEventListener('input', () => seen.push(el.value));
    input.focus();
    compose(input, growing('０９０１２３４５６７８'), () => {});
    await el.updateComplete;
    expect(el.value).to.equal('+819012345678');
    expect(seen.at(-1), 'what the last input event told the page').to.equal('+819012345678');
  });
});

describe('input methods: the dash a Japanese input method gives', () => {
  it('is formatting in a phone number, as a hyphen is', () => {
    // "090-1234-5678" typed with the input method in its usual (hiragana) mode: full-width digits,
    // and the long vowel mark (U+30FC) for each "-".
    const typed = formatTyped('０９０ー１２３４ー５６７８', 13, 'JP', '０９０ー１２３４ー５６７', 'insertText');
    expect(typed).to.deep.equal({ text: '090-1234-5678', caret: 13, country: 'JP', foreign: false });
    expect(checkPhone('０９０ー１２３４ー５６７８', 'JP')).to.deep.equal({ ok: true, e164: '+819012345678' });
  });
});
