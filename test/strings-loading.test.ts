import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import '../src/components/app-passwords/app-passwords.js';
import '../src/components/method-picker/method-picker.js';
import type { MfaMethodPicker } from '../src/components/method-picker/method-picker.js';
import type { MfaProvider } from '../src/components/provider/provider.js';
import '../src/components/provider/provider.js';
import '../src/components/security-info/security-info.js';
import type { SettingsSummary } from '../src/core/types.js';
import authenticatorListEn from '../src/locales/en/authenticator-list.js';
import { isolated } from './support/aria.js';
import appPasswordsEn from '../src/locales/en/app-passwords.js';
import coreEn from '../src/locales/en/core.js';
import { FakeClient } from './support/fake-client.js';

/** The translated tables the page has fetched so far. */
const fetchedTranslations = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.match(/\/locales\/zh-Hans\/([\w-]+)\./)?.[1])
    .filter(Boolean);

const HAN = /[\u4e00-\u9fff]/;

describe('translations, loaded on first use', () => {
  it('an element shows its locale from its first render, and loads only its own tables', async () => {
    const fake = new FakeClient();
    const provider = await fixture<MfaProvider>(html`<mfa-provider locale="zh-Hans" .client=${fake.client}></mfa-provider>`);
    const picker = document.createElement('mfa-method-picker');
    const rendered: string[] = [];
    picker.addController({ hostUpdated: () => rendered.push(picker.shadowRoot?.textContent ?? '') });
    provider.append(picker);
    await picker.updateComplete;

    expect(rendered.length).to.be.greaterThan(0);
    for (const text of rendered) expect(text, 'never English first').not.to.contain(coreEn.loading);
    expect(rendered[0]).to.match(HAN);
    // <mfa-app-passwords> is defined on this page too, but not shown: its translation stays away.
    expect(fetchedTranslations()).to.include.members(['core', 'method-picker']);
    expect(fetchedTranslations()).not.to.include('app-passwords');
  });

  it('switches an element to a locale whose strings are not loaded yet; updateComplete covers the load', async () => {
    const fake = new FakeClient();
    const provider = await fixture<MfaProvider>(
      html`<mfa-provider locale="en" .client=${fake.client}><mfa-app-passwords></mfa-app-passwords></mfa-provider>`,
    );
    const element = provider.querySelector('mfa-app-passwords')!;
    await element.updateComplete;
    expect(element.shadowRoot!.textContent).to.contain(appPasswordsEn.appPasswordsIntro);
    expect(fetchedTranslations()).not.to.include('app-passwords');

    provider.locale = 'zh-Hans';
    await provider.updateComplete;
    await element.updateComplete;
    expect(fetchedTranslations()).to.include('app-passwords');
    expect(element.shadowRoot!.textContent).not.to.contain(appPasswordsEn.appPasswordsIntro);
    expect(element.shadowRoot!.textContent).to.match(HAN);
  });

  it("without a provider, follows the page's lang as it changes", async () => {
    const fake = new FakeClient();
    const page = await fixture<HTMLDivElement>(html`<div lang="en"><mfa-method-picker .client=${fake.client}></mfa-method-picker></div>`);
    const picker = page.querySelector<MfaMethodPicker>('mfa-method-picker')!;
    await picker.updateComplete;
    expect(picker.shadowRoot!.textContent).to.contain(coreEn.loading);

    page.lang = 'zh-CN';
    await waitUntil(() => HAN.test(picker.shadowRoot!.textContent!), 'the picker speaks Chinese');
    expect(picker.shadowRoot!.textContent).not.to.contain(coreEn.loading);

    page.lang = 'en';
    await waitUntil(() => picker.shadowRoot!.textContent!.includes(coreEn.loading), 'and English again');
  });

  it("says an app removed with its section in the page's status line in the locale the page switches to, the list gone before it could load it", async () => {
    const fake = new FakeClient();
    const provider = await fixture<MfaProvider>(html`<mfa-provider locale="en" .client=${fake.client}><mfa-security-info></mfa-security-info></mfa-provider>`);
    const el = provider.querySelector('mfa-security-info')!;
    const app = { id: 'a', name: 'Old phone', kind: 'totp' as const, createdAt: '2025-01-02T00:00:00Z', lastUsedAt: null };
    // Apps are no longer allowed: the section shows for the last one.
    let summary: SettingsSummary = {
      user: { displayName: 'X', isAdmin: false },
      methods: ['call-office'],
      defaultMethod: 'call-office',
      phones: [],
      authenticators: [app],
      appPasswords: { count: 0, limit: 40 },
      policy: { allowedMethods: ['call-office'], appPasswordsAllowed: false },
      mustRegisterAgain: false,
    };
    const answered = <T>(done: () => T) => {
      for (const call of fake.callsOf('getSettings')) call.resolve(summary);
      for (const call of fake.callsOf('listAuthenticators')) call.resolve({ items: summary.authenticators });
      return done();
    };
    const list = () => el.shadowRoot!.querySelector('mfa-authenticator-list');
    const button = (name: string) =>
      [...(list()?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => (b.ariaLabel ?? b.textContent?.trim()) === name);
    await waitUntil(() => answered(() => button(authenticatorListEn.authRemoveNamed(isolated('Old phone')))), 'the app never showed', { timeout: 5000 });
    button(authenticatorListEn.authRemoveNamed(isolated('Old phone')))!.click();
    await list()!.updateComplete;
    button(authenticatorListEn.authRemove)!.click();
    summary = { ...summary, authenticators: [] };
    fake.last('deleteAuthenticator').resolve(undefined);
    await waitUntil(() => answered(() => !list()), 'the section stayed', { timeout: 5000 });
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[part~="status"]')!;
    expect(status.textContent).to.equal(authenticatorListEn.authRemoved(isolated('Old phone')));

    provider.locale = 'zh-Hans';
    await provider.updateComplete;
    await el.updateComplete;
    // Before, it stayed in English, in a line the page marks as Chinese.
    expect(status.textContent).to.match(HAN).and.to.contain('Old phone');
    expect(fetchedTranslations()).to.include('authenticator-list');
  });
});
