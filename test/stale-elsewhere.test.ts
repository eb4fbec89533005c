import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import '../src/components/provider/provider.js';
import '../src/components/method-picker/method-picker.js';
import '../src/components/authenticator-list/authenticator-list.js';
import '../src/components/phone-editor/phone-editor.js';
import type { MfaAuthenticatorList } from '../src/components/authenticator-list/authenticator-list.js';
import type { MfaMethodPicker } from '../src/components/method-picker/method-picker.js';
import type { MfaPhoneEditor } from '../src/components/phone-editor/phone-editor.js';
import { MfaError } from '../src/core/errors.js';
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

  it('a rename of an app removed in another tab: the picker beside the list stops offering the app methods it brought', async () => {
    const provider = await mount(s, 'adele', html`<mfa-method-picker></mfa-method-picker><mfa-authenticator-list></mfa-authenticator-list>`);
    const picker = provider.querySelector<MfaMethodPicker>('mfa-method-picker')!;
    const list = provider.querySelector<MfaAuthenticatorList>('mfa-authenticator-list')!;
    await waitUntil(() => buttonIn(list, en.authRenameNamed(isolated('Work phone'))), 'the list never loaded', { timeout: 5000 });
    expect(offered(picker)).to.include('app-code');
    buttonIn(list, en.authRenameNamed(isolated('Work phone')))!.click();
    await list.updateComplete;
    await (await s.clientFor('adele')).deleteAuthenticator('auth_adele_phone');
    const input = list.shadowRoot!.querySelector<HTMLInputElement>('#rename-input')!;
    input.value = 'Old phone';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await list.updateComplete;
    buttonIn(list, en.save)!.click();
    await waitUntil(() => text(list.shadowRoot!.querySelector('[part~="empty"]')) === en.authListEmpty, 'the row stayed', { timeout: 5000 });
    await waitUntil(() => !offered(picker).includes('app-code'), `the picker still offers ${offered(picker)}`, { timeout: 5000 });
  });

  it('a rename refused as a name taken in another tab: the list shows the app of that name, the draft kept', async () => {
    const provider = await mount(s, 'adele', html`<mfa-method-picker></mfa-method-picker><mfa-authenticator-list></mfa-authenticator-list>`);
    const list = provider.querySelector<MfaAuthenticatorList>('mfa-authenticator-list')!;
    await waitUntil(() => buttonIn(list, en.authRenameNamed(isolated('Work phone'))), 'the list never loaded', { timeout: 5000 });
    const other = await s.clientFor('adele');
    const enrollment = await other.startEnrollment({ kind: 'push', name: 'Tablet' });
    await s.controlCall('POST', `/push/${enrollment.enrollmentId}/approve`);
    buttonIn(list, en.authRenameNamed(isolated('Work phone')))!.click();
    await list.updateComplete;
    const input = list.shadowRoot!.querySelector<HTMLInputElement>('#rename-input')!;
    input.value = 'Tablet';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await list.updateComplete;
    buttonIn(list, en.save)!.click();
    await waitUntil(() => list.shadowRoot!.textContent!.includes(en.errorDuplicateName), 'the refusal was not said', { timeout: 5000 });
    // "That name is already in use": the list must show where.
    await waitUntil(
      () => [...list.shadowRoot!.querySelectorAll('[part~="name"]')].some((n) => text(n) === 'Tablet'),
      'the app named Tablet never showed',
      { timeout: 5000 },
    );
    expect(list.shadowRoot!.querySelector<HTMLInputElement>('#rename-input')?.value, 'the draft is kept').to.equal('Tablet');
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

  it('a load answered not-found or conflict loads nothing again: each element asks once, and says so', async () => {
    const client = await s.clientFor('adele');
    let reads = 0;
    // An endpoint that answers a read with not-found (a user it has no record of, say).
    const refusing = new Proxy(client, {
      get(target, key) {
        if (key === 'getSettings' || key === 'listAuthenticators') {
          return () => {
            reads++;
            return Promise.reject(new MfaError(reads % 2 ? 'not-found' : 'conflict', { operation: String(key), status: 404 }));
          };
        }
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const provider = await fixture(html`<mfa-provider locale="en" .client=${refusing}
      ><mfa-method-picker></mfa-method-picker><mfa-authenticator-list></mfa-authenticator-list
    ></mfa-provider>`);
    const picker = provider.querySelector<MfaMethodPicker>('mfa-method-picker')!;
    await waitUntil(() => picker.shadowRoot!.querySelector('[role="alert"]')?.textContent?.trim(), 'the picker said nothing', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(reads, 'reads after half a second').to.be.at.most(2);
  });
});
