import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/components/provider/provider.js';
import '../src/components/method-picker/method-picker.js';
import '../src/components/authenticator-list/authenticator-list.js';
import '../src/components/phone-editor/phone-editor.js';
import type { MfaAuthenticatorList } from '../src/components/authenticator-list/authenticator-list.js';
import type { MfaMethodPicker } from '../src/components/method-picker/method-picker.js';
import type { MfaPhoneEditor } from '../src/components/phone-editor/phone-editor.js';
import { en } from '../src/locales/en.js';
import { type Sandbox, newSandbox } from './support/sandbox.js';
import { isolated } from './support/aria.js';

// Elements each on their own under one provider (a portal's own page, the demo's "each element
// alone"), while the same user changes settings in another tab.

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const buttonIn = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.getAttribute('aria-label') === name || text(b) === name);
const checked = (picker: MfaMethodPicker) => picker.shadowRoot!.querySelector<HTMLInputElement>('input[name="method"]:checked')?.value;
const offered = (picker: MfaMethodPicker) =>
  [...picker.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="method"]')].map((radio) => radio.value);

async function mount(s: Sandbox, user: string, inner: ReturnType<typeof html>) {
  const session = await s.signIn(user);
  const headers = () => ({ Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken });
  const provider = await fixture(html`<mfa-provider endpoint=${s.endpoint} locale="en" .headers=${headers}>${inner}</mfa-provider>`);
  const picker = provider.querySelector<MfaMethodPicker>('mfa-method-picker')!;
  await waitUntil(() => checked(picker), 'the picker never loaded', { timeout: 5000 });
  return provider;
}

describe('stale settings: changed in another tab while the elements are open', () => {
  let s: Sandbox;
  beforeEach(async () => {
    s = await newSandbox();
  });

  it("an app's removal refused for a default changed in another tab: the picker beside the list shows that default", async () => {
    const provider = await mount(s, 'adele', html`<mfa-method-picker></mfa-method-picker><mfa-authenticator-list></mfa-authenticator-list>`);
    const picker = provider.querySelector<MfaMethodPicker>('mfa-method-picker')!;
    const list = provider.querySelector<MfaAuthenticatorList>('mfa-authenticator-list')!;
    await waitUntil(() => buttonIn(list, en.authRemoveNamed(isolated('Work phone'))), 'the list never loaded', { timeout: 5000 });
    expect(checked(picker)).to.equal('text-mobile');
    await (await s.clientFor('adele')).setDefaultMethod('app-code');
    buttonIn(list, en.authRemoveNamed(isolated('Work phone')))!.click();
    await list.updateComplete;
    [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('dialog button')].find((b) => text(b) === en.authRemove)!.click();
    await waitUntil(() => list.shadowRoot!.textContent!.includes(en.authRemoveBacksDefault(isolated('Work phone'))), 'the refusal was not said', { timeout: 5000 });
    // The picker must now show the default the endpoint has: else choosing "text" again says
    // "This is already your default" and sends nothing, and the user is stuck until a reload.
    await waitUntil(() => checked(picker) === 'app-code', `the picker still shows ${checked(picker)} as the default`, { timeout: 5000 });
  });

  it("a phone's removal refused for a default changed in another tab: the picker beside the editor shows that default", async () => {
    const provider = await mount(s, 'adele', html`<mfa-method-picker></mfa-method-picker><mfa-phone-editor phone-slot="office"></mfa-phone-editor>`);
    const picker = provider.querySelector<MfaMethodPicker>('mfa-method-picker')!;
    const office = provider.querySelector<MfaPhoneEditor>('mfa-phone-editor')!;
    await waitUntil(() => office.shadowRoot!.querySelector('#remove'), 'the office phone never showed', { timeout: 5000 });
    await (await s.clientFor('adele')).setDefaultMethod('call-office');
    office.shadowRoot!.querySelector<HTMLButtonElement>('#remove')!.click();
    await office.updateComplete;
    office.shadowRoot!.querySelector<HTMLButtonElement>('#remove-yes')!.click();
    await waitUntil(() => office.shadowRoot!.textContent!.includes(en.phoneEditorBacksDefault), 'the refusal was not said', { timeout: 5000 });
    await waitUntil(() => checked(picker) === 'call-office', `the picker still shows ${checked(picker)} as the default`, { timeout: 5000 });
  });

  it('a default chosen for an app removed in another tab: refused in words, the choices read again, the focus on the refused one gone', async () => {
    const provider = await mount(s, 'adele', html`<mfa-method-picker></mfa-method-picker>`);
    const picker = provider.querySelector<MfaMethodPicker>('mfa-method-picker')!;
    await (await s.clientFor('adele')).deleteAuthenticator('auth_adele_phone');
    const radio = picker.shadowRoot!.querySelector<HTMLInputElement>('input[value="app-code"]')!;
    radio.click();
    await picker.updateComplete;
    buttonIn(picker, en.save)!.click();
    await waitUntil(() => !offered(picker).includes('app-code'), 'the choices were not read again', { timeout: 5000 });
    const alerts = [...picker.shadowRoot!.querySelectorAll('[role="alert"]')].map(text).filter(Boolean);
    expect(alerts).to.deep.equal([`${en.methodPickerSaveFailed} ${en.methodPickerNotRegistered}`]);
    expect(checked(picker)).to.equal('text-mobile');
  });
});
