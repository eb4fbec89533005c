import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import '../src/components/code-input/code-input.js';
import type { MfaCodeInput } from '../src/components/code-input/code-input.js';
import '../src/components/method-picker/method-picker.js';
import type { MfaMethodPicker } from '../src/components/method-picker/method-picker.js';
import '../src/components/phone-editor/phone-editor.js';
import { MfaPhoneEditor } from '../src/components/phone-editor/phone-editor.js';
import '../src/components/provider/provider.js';
import { en } from '../src/locales/en.js';
import { MfaError } from '../src/core/errors.js';
import { withClockAhead } from './support/clock.js';
import { FakeClient, settle } from './support/fake-client.js';

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


  it('method picker: taken out of its provider to where there is none, it says it has no client, in the page\'s language', async () => {
    const fake = new FakeClient();
    const page = await fixture<HTMLDivElement>(html`
      <div><mfa-provider locale="zh" .client=${fake.client}><mfa-method-picker></mfa-method-picker></mfa-provider><div lang="en"></div></div>
    `);
    const picker = page.querySelector<MfaMethodPicker>('mfa-method-picker')!;
    await picker.updateComplete;
    page.querySelector('div[lang]')!.append(picker);
    await picker.updateComplete;
    const said = picker.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(said, 'the provider it left still speaks for it').to.contain(en.noClient);
  });

  it('code input: taken out of its provider to where there is none, it speaks the page\'s language at once', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div><mfa-provider locale="zh"><mfa-code-input></mfa-code-input></mfa-provider><div lang="en"></div></div>
    `);
    const input = page.querySelector<MfaCodeInput>('mfa-code-input')!;
    await input.updateComplete;
    expect($(input, '[part~="base"]')!.lang).to.equal('zh');
    page.querySelector('div[lang]')!.append(input);
    await input.updateComplete;
    expect($(input, '[part~="base"]')!.lang, 'the provider it left still speaks for it').to.equal('en');
    expect(input.shadowRoot!.querySelector('label')!.textContent!.trim()).to.equal(en.codeInputLabel);
  });

  it('phone editor: takes back the number the browser restores in its form (back/forward, autofill), as the code input does', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form><mfa-phone-editor form-field name="phone" .client=${new FakeClient().client}></mfa-phone-editor></form>
    `);
    const el = form.querySelector<MfaPhoneEditor>('mfa-phone-editor')!;
    await waitUntil(() => $(el, '#number'), 'the field appears', { timeout: 5000 });
    // What the browser calls on a form-associated element when it restores the state it saved.
    const restore = (el as unknown as { formStateRestoreCallback?: (state: string, mode: string) => void }).formStateRestoreCallback;
    expect(restore, 'no formStateRestoreCallback').to.be.a('function');
    restore!.call(el, '+33612345678', 'restore');
    await el.updateComplete;
    expect(el.value).to.equal('+33612345678');
    expect(new FormData(form).get('phone')).to.equal('+33612345678');
  });

  it('phone editor: an office phone takes back its extension too, from the state it gave the browser', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form><mfa-phone-editor form-field phone-slot="office" name="phone" .client=${new FakeClient().client}></mfa-phone-editor></form>
    `);
    const el = form.querySelector<MfaPhoneEditor>('mfa-phone-editor')!;
    await waitUntil(() => $(el, '#extension'), 'the field appears', { timeout: 5000 });
    // The state the element gives with a number and an extension (the form value is both, as FormData).
    el.formStateRestoreCallback('+14255550100;ext=4321');
    await el.updateComplete;
    const data = new FormData(form);
    expect([data.get('phone'), data.get('phone-extension')]).to.deep.equal(['+14255550100', '4321']);
    expect(($(el, '#extension') as HTMLInputElement).value).to.equal('4321');
  });
  it('code input: follows a lang changed above it inside a shadow root, as it follows one in the document', async () => {
    const shell = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = shell.attachShadow({ mode: 'open' });
    root.innerHTML = '<div lang="en"><mfa-code-input></mfa-code-input></div>';
    const input = root.querySelector<MfaCodeInput>('mfa-code-input')!;
    await input.updateComplete;
    expect($(input, '[part~="base"]')!.lang).to.equal('en');
    root.querySelector('div')!.lang = 'zh';
    await waitUntil(() => $(input, '[part~="base"]')!.lang === 'zh', 'still in English', { timeout: 3000 });
  });

  it('method picker: put back in the page during a rate limit\'s wait, it shows the wait left at once, not the one it had when taken out', async () => {
    const fake = new FakeClient();
    const page = await fixture<HTMLDivElement>(html`<div lang="en"><mfa-method-picker .client=${fake.client}></mfa-method-picker></div>`);
    const picker = page.querySelector<MfaMethodPicker>('mfa-method-picker')!;
    await settle();
    fake.last('getSettings').resolve({
      user: { displayName: 'Adele Vance', isAdmin: false },
      methods: ['text-mobile', 'app-code'],
      defaultMethod: 'text-mobile',
      phones: [{ slot: 'mobile', maskedNumber: '+1 ••• ••• ••67', region: 'US', verifiedAt: '2024-01-01T00:00:00Z' }],
      authenticators: [{ id: 'a', kind: 'totp', name: 'Work phone', createdAt: '2024-01-01T00:00:00Z', lastUsedAt: null }],
      appPasswords: { count: 0, limit: 10 },
      policy: { allowedMethods: ['text-mobile', 'app-code'], appPasswordsAllowed: true },
      mustRegisterAgain: false,
    });
    await settle();
    await picker.updateComplete;
    $(picker, 'input[value="app-code"]')!.click();
    await picker.updateComplete;
    $(picker, '[part~="save-button"]')!.click();
    fake.last('setDefaultMethod').reject(new MfaError('rate-limited', { operation: 'setDefaultMethod', retryAfter: 60 }));
    await settle();
    await picker.updateComplete;
    const seen = () => $(picker, '#save-wait')!.textContent!;
    expect(seen()).to.contain(en.errorRateLimited('60 seconds'));
    picker.remove();
    // Back 20 seconds later (a tab of the host's shown again): the next tick is a second away.
    const shown = await withClockAhead(20_000, async () => {
      page.append(picker);
      await picker.updateComplete;
      return seen();
    });
    expect(shown).to.contain(en.errorRateLimited('40 seconds'));
    // Back after the wait ran out: Save can be pressed again at once.
    picker.remove();
    const after = await withClockAhead(61_000, async () => {
      page.append(picker);
      await picker.updateComplete;
      return { wait: $(picker, '#save-wait'), save: $(picker, '[part~="save-button"]')!.getAttribute('aria-disabled') };
    });
    expect(after).to.deep.equal({ wait: null, save: 'false' });
  });
});
