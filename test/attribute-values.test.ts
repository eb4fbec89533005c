import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import '../src/components/authenticator-enroll/authenticator-enroll.js';
import type { MfaAuthenticatorEnroll } from '../src/components/authenticator-enroll/authenticator-enroll.js';
import '../src/components/code-input/code-input.js';
import type { MfaCodeInput } from '../src/components/code-input/code-input.js';
import '../src/components/method-picker/method-picker.js';
import type { MfaMethodPicker } from '../src/components/method-picker/method-picker.js';
import '../src/components/phone-editor/phone-editor.js';
import type { MfaPhoneEditor } from '../src/components/phone-editor/phone-editor.js';
import '../src/components/provider/provider.js';
import type { MfaProvider } from '../src/components/provider/provider.js';
import { en } from '../src/locales/en.js';
import { type Sandbox, newSandbox } from './support/sandbox.js';

// A page's typo in an attribute that takes a few values (`phone-slot="work"`) is neither a crash nor
// silently another choice: the element takes what the attribute's documentation says, in any case,
// and the console says which values the attribute takes.

/** What `run` gave the console's `warn`, as text. */
async function warningsOf(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

let sandbox: Sandbox;
let headers: () => Record<string, string>;

before(async () => {
  sandbox = await newSandbox();
  const { token, csrfToken } = await sandbox.signIn('adele'); // mobile and office phones; both kinds of app allowed
  headers = () => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken });
});

/** An element of Adele's inside a provider, once it has loaded. */
async function mount<T extends HTMLElement>(element: ReturnType<typeof html>, loaded: (el: T) => unknown): Promise<T> {
  const provider = await fixture<MfaProvider>(html`<mfa-provider locale="en" endpoint=${sandbox.endpoint} .headers=${headers}>${element}</mfa-provider>`);
  const el = provider.firstElementChild as T;
  await waitUntil(() => loaded(el), 'the element loads', { timeout: 5000 });
  return el;
}

const phoneTitle = (el: MfaPhoneEditor) => el.shadowRoot!.querySelector('#title')?.textContent?.trim();

describe('attribute values an element cannot take', () => {
  it('phone editor: phone-slot="work" shows the authentication phone, as with none, and says so on the console', async () => {
    let el: MfaPhoneEditor | undefined;
    const warnings = await warningsOf(async () => {
      el = await mount<MfaPhoneEditor>(html`<mfa-phone-editor phone-slot="work"></mfa-phone-editor>`, (e) => e.shadowRoot?.querySelector('#edit'));
    });
    expect(phoneTitle(el!)).to.equal(en.slotMobile);
    expect(el!.phoneSlot).to.equal('mobile');
    expect(warnings).to.deep.equal(['mfa-elements: phone-slot="work" is not one of mobile,alternate,office.']);
  });

  it('phone editor: phone-slot in another case is that slot, and a removed phone-slot is the authentication phone, with nothing said', async () => {
    let el: MfaPhoneEditor | undefined;
    const warnings = await warningsOf(async () => {
      el = await mount<MfaPhoneEditor>(html`<mfa-phone-editor phone-slot="Office"></mfa-phone-editor>`, (e) => e.shadowRoot?.querySelector('#edit'));
      expect(phoneTitle(el)).to.equal(en.slotOffice);
      el.removeAttribute('phone-slot');
      await el.updateComplete;
    });
    expect([el!.phoneSlot, phoneTitle(el!)]).to.deep.equal(['mobile', en.slotMobile]);
    await waitUntil(() => el!.shadowRoot!.querySelector('#edit'), "the authentication phone's summary", { timeout: 5000 });
    expect(warnings).to.deep.equal([]);
  });

  it('phone editor, enrollment and provider: a value set by script (a framework binding the property) is read as the attribute is', async () => {
    const warnings = await warningsOf(async () => {
      const editor = await mount<MfaPhoneEditor>(html`<mfa-phone-editor .phoneSlot=${'Office'}></mfa-phone-editor>`, (e) => e.shadowRoot?.querySelector('#edit'));
      expect([editor.phoneSlot, phoneTitle(editor), editor.getAttribute('phone-slot')]).to.deep.equal(['office', en.slotOffice, 'office']);
      (editor as { phoneSlot: string }).phoneSlot = 'work';
      await editor.updateComplete;
      expect([editor.phoneSlot, phoneTitle(editor)]).to.deep.equal(['mobile', en.slotMobile]);
      const enroll = await mount<MfaAuthenticatorEnroll>(html`<mfa-authenticator-enroll .kind=${'PUSH'}></mfa-authenticator-enroll>`, (e) => e.shadowRoot?.querySelector('#name'));
      expect(enroll.kind).to.equal('push');
      expect(enroll.shadowRoot!.querySelector('[part="kind-group"]')).to.equal(null);
      expect(enroll.shadowRoot!.textContent).to.not.include(en.enrollNotAllowed);
      const provider = await fixture<MfaProvider>(html`
        <mfa-provider locale="en" .credentials=${'bogus' as RequestCredentials} endpoint=${sandbox.endpoint} .headers=${headers}>
          <mfa-method-picker></mfa-method-picker>
        </mfa-provider>
      `);
      const picker = provider.querySelector('mfa-method-picker')!;
      await waitUntil(() => picker.status !== 'loading', 'the picker loads', { timeout: 5000 });
      expect(picker.status).to.equal('ready');
    });
    expect(warnings).to.deep.equal([
      'mfa-elements: phone-slot="work" is not one of mobile,alternate,office.',
      'mfa-elements: credentials="bogus" is not one of same-origin,include,omit.',
    ]);
  });

  it('authenticator enrollment: kind="hotp" lets the user choose among the kinds the policy allows, as with none, and says so on the console', async () => {
    let el: MfaAuthenticatorEnroll | undefined;
    const warnings = await warningsOf(async () => {
      el = await mount<MfaAuthenticatorEnroll>(html`<mfa-authenticator-enroll kind="hotp"></mfa-authenticator-enroll>`, (e) => e.shadowRoot?.querySelector('#name'));
    });
    const kinds = [...el!.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="kind-group"] input[type="radio"]')].map((radio) => radio.value);
    expect(kinds).to.deep.equal(['totp', 'push']);
    expect(el!.shadowRoot!.textContent).to.not.include(en.enrollNotAllowed);
    expect(warnings).to.deep.equal(['mfa-elements: kind="hotp" is not one of totp,push.']);
  });

  it('phone editor: default-channel in another case is taken when editing starts; another value is said then, and the code goes by text', async () => {
    const chosen = async (channel: string) => {
      const editor = await mount<MfaPhoneEditor>(html`<mfa-phone-editor default-channel=${channel}></mfa-phone-editor>`, (e) => e.shadowRoot?.querySelector('#edit'));
      editor.edit();
      // The phone library loads first: the first time in a page, longer than a second in Firefox.
      await waitUntil(() => editor.shadowRoot!.querySelector('input[name="channel"]'), 'the number form', { timeout: 5000 });
      return editor.shadowRoot!.querySelector<HTMLInputElement>('input[name="channel"]:checked')?.value;
    };
    let channels: (string | undefined)[] = [];
    const warnings = await warningsOf(async () => {
      channels = [await chosen('Call'), await chosen('sms')];
    });
    expect(channels).to.deep.equal(['call', 'text']);
    expect(warnings).to.deep.equal(['mfa-elements: default-channel="sms" is not one of text,call.']);
  });

  it('authenticator enrollment: default-kind in another case is taken; another value is said on the console, and is none', async () => {
    const warnings = await warningsOf(async () => {
      const enroll = await fixture<MfaAuthenticatorEnroll>(html`<mfa-authenticator-enroll default-kind="PUSH"></mfa-authenticator-enroll>`);
      expect(enroll.defaultKind).to.equal('push');
      enroll.setAttribute('default-kind', 'hotp');
      await enroll.updateComplete;
      expect(enroll.defaultKind).to.equal(undefined);
    });
    expect(warnings.filter((w) => w.startsWith('mfa-elements:'))).to.deep.equal(['mfa-elements: default-kind="hotp" is not one of totp,push.']);
  });

  it('authenticator enrollment: kind="PUSH" sets up a push app', async () => {
    const el = await mount<MfaAuthenticatorEnroll>(html`<mfa-authenticator-enroll kind="PUSH"></mfa-authenticator-enroll>`, (e) => e.shadowRoot?.querySelector('#name'));
    expect(el.kind).to.equal('push');
    expect(el.shadowRoot!.querySelector('[part="kind-group"]')).to.equal(null);
  });

  it('provider: credentials="bogus" reads the settings as same-origin would, rather than failing as a network error, and says so on the console', async () => {
    let picker: MfaMethodPicker | undefined;
    const warnings = await warningsOf(async () => {
      const provider = await fixture<MfaProvider>(html`
        <mfa-provider locale="en" credentials="bogus" endpoint=${sandbox.endpoint} .headers=${headers}>
          <mfa-method-picker></mfa-method-picker>
        </mfa-provider>
      `);
      picker = provider.querySelector('mfa-method-picker')!;
      await waitUntil(() => picker!.status !== 'loading', 'the picker loads', { timeout: 5000 });
    });
    expect(picker!.status).to.equal('ready');
    expect(picker!.shadowRoot!.querySelectorAll('input[type="radio"]').length).to.be.greaterThan(0);
    expect(warnings).to.deep.equal(['mfa-elements: credentials="bogus" is not one of same-origin,include,omit.']);
  });

  it('provider: theme="Dark" is the dark scheme; theme="drak" is the page\'s own, and is said on the console', async () => {
    const scheme = (el: Element) => getComputedStyle(el).colorScheme;
    const probe = document.createElement('span');
    let provider: MfaProvider | undefined;
    const warnings = await warningsOf(async () => {
      provider = await fixture<MfaProvider>(html`<mfa-provider theme="Dark">${probe}</mfa-provider>`);
    });
    expect(scheme(provider!)).to.equal('dark');
    expect(warnings).to.deep.equal([]);
    const typo = await warningsOf(async () => {
      provider!.setAttribute('theme', 'drak');
      await provider!.updateComplete;
    });
    expect(scheme(provider!), 'as with no theme').to.equal(scheme(document.body));
    expect(typo).to.deep.equal(['mfa-elements: theme="drak" is not one of light,dark,auto.']);
  });

  it('code input: a length that is no whole number above 0 is 6, the default, and is said on the console; a removed one is 6, with nothing said', async () => {
    const hint = (el: MfaCodeInput) => el.shadowRoot!.querySelector('[part="hint"]')!.textContent!.trim();
    let el: MfaCodeInput | undefined;
    const warnings = await warningsOf(async () => {
      el = await fixture<MfaCodeInput>(html`<mfa-code-input length="abc"></mfa-code-input>`);
      expect([el.length, hint(el)], 'length="abc"').to.deep.equal([6, en.codeInputHint(6, '6')]);
      el.setAttribute('length', '0');
      el.setAttribute('length', '4.5');
      el.setAttribute('length', '8');
      await el.updateComplete;
      expect([el.length, hint(el)], 'length="8"').to.deep.equal([8, en.codeInputHint(8, '8')]);
      el.removeAttribute('length');
      await el.updateComplete;
    });
    expect([el!.length, hint(el!)], 'removed').to.deep.equal([6, en.codeInputHint(6, '6')]);
    expect(warnings).to.deep.equal([
      'mfa-elements: length="abc" is not a whole number above 0.',
      'mfa-elements: length="0" is not a whole number above 0.',
      'mfa-elements: length="4.5" is not a whole number above 0.',
    ]);
  });
});
