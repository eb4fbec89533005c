import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import '../src/components/provider/provider.js';
import '../src/index.js';
import { FetchClient, type MfaClient } from '../src/core/client.js';
import { type MfaContextValue, mfaContext } from '../src/core/context.js';
import type { MfaProvider } from '../src/components/provider/provider.js';
import type { StringOverrides } from '../src/core/localize.js';
import type { MfaMethodPicker } from '../src/components/method-picker/method-picker.js';
import { en } from '../src/locales/en.js';
import { newSandbox } from './support/sandbox.js';
import { FakeClient } from './support/fake-client.js';
import './fixtures/context-probe.js';
import type { MfaTestProbe } from './fixtures/context-probe.js';
import type { JSX } from 'react';
import type {} from '../src/types/react.js';
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from '../src/types/svelte.js';

function text(probe: MfaTestProbe): string {
  return probe.shadowRoot?.querySelector('p')?.textContent ?? '';
}

async function loadPage(order: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.src = `/test/pages/late-upgrade.html?order=${order}`;
  document.body.append(frame);
  await new Promise<void>((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const win = frame.contentWindow as (Window & { ready?: boolean }) | null;
      if (win?.ready) return resolve();
      if (Date.now() - started > 8000) return reject(new Error(`late-upgrade page (${order}) never got ready`));
      setTimeout(poll, 20);
    };
    poll();
  });
  return frame.contentDocument as Document;
}

describe('<mfa-provider>', () => {
  it('gives elements below it a client for its endpoint and its locale', async () => {
    const provider = await fixture<MfaProvider>(html`
      <mfa-provider endpoint="/api/mfa" locale="zh-CN"><mfa-test-probe></mfa-test-probe></mfa-provider>
    `);
    const probe = provider.querySelector('mfa-test-probe') as MfaTestProbe;
    await probe.updateComplete;
    expect(probe.hasClient).to.equal(true);
    expect(text(probe)).to.equal('保存');
    expect(provider.localizer.locale).to.equal('zh-CN');
  });

  it('re-renders its elements when the locale changes at run time', async () => {
    const provider = await fixture<MfaProvider>(html`
      <mfa-provider locale="en"><mfa-test-probe></mfa-test-probe></mfa-provider>
    `);
    const probe = provider.querySelector('mfa-test-probe') as MfaTestProbe;
    await probe.updateComplete;
    expect(text(probe)).to.equal('Save');
    provider.locale = 'zh-Hans';
    await provider.updateComplete;
    await probe.updateComplete;
    expect(text(probe)).to.equal('保存');
  });

  it('follows the nearest lang attribute when it has no locale, and its changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="zh-CN"><mfa-provider><mfa-test-probe></mfa-test-probe></mfa-provider></div>
    `);
    const probe = wrapper.querySelector('mfa-test-probe') as MfaTestProbe;
    await probe.updateComplete;
    expect(text(probe)).to.equal('保存');
    wrapper.setAttribute('lang', 'en-GB');
    await new Promise((r) => setTimeout(r, 0));
    await (wrapper.querySelector('mfa-provider') as MfaProvider).updateComplete;
    await probe.updateComplete;
    expect(text(probe)).to.equal('Save');
  });

  it('applies per-key overrides for the locale, and adds a right-to-left locale', async () => {
    const provider = await fixture<MfaProvider>(html`
      <mfa-provider locale="ar" .strings=${{ ar: { save: 'حفظ' }, en: { save: 'Apply' } }}>
        <mfa-test-probe></mfa-test-probe>
      </mfa-provider>
    `);
    const probe = provider.querySelector('mfa-test-probe') as MfaTestProbe;
    await probe.updateComplete;
    expect(text(probe)).to.equal('حفظ');
    expect(probe.shadowRoot?.querySelector('p')?.getAttribute('dir')).to.equal('rtl');
    provider.locale = 'en';
    await provider.updateComplete;
    await probe.updateComplete;
    expect(text(probe)).to.equal('Apply');
    expect(probe.shadowRoot?.querySelector('p')?.getAttribute('dir')).to.equal('ltr');
  });

  it('hands a host client to the elements instead of building one', async () => {
    const client = new FetchClient({ endpoint: '/elsewhere' }) as MfaClient;
    const provider = await fixture<MfaProvider>(html`
      <mfa-provider .client=${client}><mfa-test-probe></mfa-test-probe></mfa-provider>
    `);
    const probe = provider.querySelector('mfa-test-probe') as MfaTestProbe & { mfaContext?: { client: unknown } };
    await probe.updateComplete;
    expect(probe.mfaContext?.client).to.equal(client);
  });

  it('gives its elements a new client when its endpoint or client changes, and a new revision on refresh()', async () => {
    const provider = await fixture<MfaProvider>(html`<mfa-provider><mfa-test-probe></mfa-test-probe></mfa-provider>`);
    const probe = provider.querySelector('mfa-test-probe') as MfaTestProbe & {
      mfaContext?: { client: unknown; revision: number };
    };
    const settle = async () => {
      await provider.updateComplete;
      await probe.updateComplete;
    };
    await settle();
    expect(probe.hasClient).to.equal(false);
    provider.endpoint = '/api/mfa';
    await settle();
    const built = probe.mfaContext?.client;
    expect(built).to.be.instanceOf(FetchClient);
    expect(probe.shadowRoot?.querySelector('p')?.dataset.client).to.equal('yes');
    const client = new FetchClient({ endpoint: '/elsewhere' }) as MfaClient;
    provider.client = client;
    await settle();
    expect(probe.mfaContext?.client).to.equal(client);
    provider.client = undefined;
    await settle();
    expect(probe.mfaContext?.client).to.be.instanceOf(FetchClient).and.not.equal(built);
    const revision = probe.mfaContext?.revision ?? -1;
    const current = probe.mfaContext?.client;
    provider.refresh();
    await settle();
    expect(probe.mfaContext?.revision).to.equal(revision + 1);
    expect(probe.mfaContext?.client).to.equal(current);
  });

  it('loads again with the headers a script sets after the first load went without them', async () => {
    const s = await newSandbox();
    const session = await s.signIn('adele');
    const provider = await fixture<MfaProvider>(
      // No cookie either: the sandbox's sign-in set one.
      html`<mfa-provider locale="en" credentials="omit" endpoint=${s.endpoint}><mfa-method-picker></mfa-method-picker></mfa-provider>`,
    );
    const picker = provider.querySelector('mfa-method-picker')!;
    const shown = () => picker.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    await waitUntil(() => shown().includes(en.errorUnauthenticated), 'the load without a token was not refused', { timeout: 5000 });
    // As a page's script after the bundle does it.
    provider.headers = { Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken };
    await waitUntil(() => picker.shadowRoot!.querySelector('[part~="current"]'), 'the settings never loaded with the token', { timeout: 5000 });
    expect(shown()).to.not.include(en.errorUnauthenticated);
    // A token replaced later is used from the next request, with no load of everything again.
    const reads: string[] = [];
    const fetch = window.fetch;
    window.fetch = (input, init) => {
      reads.push(String(input));
      return fetch(input, init);
    };
    try {
      provider.headers = { Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken };
      await provider.updateComplete;
      await picker.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      window.fetch = fetch;
    }
    expect(reads).to.deep.equal([]);
  });

  it('tells its elements\' users of a network failure when the host\'s headers callback throws, and the developer, once on the console, that it threw', async () => {
    const s = await newSandbox();
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    const thrown = new ReferenceError('csrfToken is not defined');
    try {
      // Two elements that read the settings: one read, shared, fails.
      const provider = await fixture<MfaProvider>(html`<mfa-provider locale="en" endpoint=${s.endpoint} .headers=${() => {
        throw thrown;
      }}><mfa-method-picker></mfa-method-picker><mfa-method-picker></mfa-method-picker></mfa-provider>`);
      const pickers = [...provider.querySelectorAll('mfa-method-picker')];
      const shown = (picker: Element) => picker.shadowRoot!.textContent!.replace(/\s+/g, ' ');
      await waitUntil(() => pickers.every((p) => shown(p).includes(en.errorNetwork)), 'the failure was not shown', { timeout: 5000 });
    } finally {
      console.warn = warn;
    }
    expect(warnings.map(([said, error]) => [String(said).replace(/ http\S+ /, ' … '), error])).to.deep.equal([
      ['mfa-elements: GET … was not sent: the headers callback threw (or the headers are not valid).', thrown],
    ]);
  });

  it('has its elements wait, saying they are loading, until it is given an endpoint: no alert that they are not connected', async () => {
    const s = await newSandbox();
    const session = await s.signIn('dana');
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    let provider: MfaProvider;
    try {
      provider = await fixture<MfaProvider>(html`
        <mfa-provider locale="en">
          <mfa-security-info></mfa-security-info>
          <mfa-method-picker></mfa-method-picker>
          <mfa-phone-editor></mfa-phone-editor>
          <mfa-authenticator-enroll></mfa-authenticator-enroll>
          <mfa-authenticator-list></mfa-authenticator-list>
          <mfa-app-passwords></mfa-app-passwords>
          <mfa-user-admin .users=${[{ id: 'adele', displayName: 'Adele Vance' }]}></mfa-user-admin>
        </mfa-provider>
      `);
      // As a host that configures the provider once the page has loaded.
      await Promise.all([...provider.children].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    } finally {
      console.warn = warn;
    }
    const elements = [...provider.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    for (const el of elements) {
      const root = el.shadowRoot!;
      const alerts = [...root.querySelectorAll('[role="alert"]')].map((a) => a.textContent!.trim()).filter(Boolean);
      expect(alerts, `${el.localName}: no alert`).to.deep.equal([]);
      expect(root.textContent, `${el.localName}: not said to be not connected`).to.not.include(en.noClient);
      // The administrator's element shows its choice at once, as it does while it loads.
      if (el.localName !== 'mfa-user-admin') expect(root.textContent, `${el.localName}: says it is loading`).to.include(en.loading);
    }
    expect((provider.querySelector('mfa-method-picker') as MfaMethodPicker).status).to.equal('loading');
    // The developer is told, once, in the console.
    expect(warnings).to.deep.equal(['<mfa-provider>: no endpoint or client yet; the elements inside wait for one.']);
    provider.headers = { Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken };
    provider.endpoint = s.endpoint;
    const picker = provider.querySelector('mfa-method-picker')!;
    await waitUntil(() => picker.shadowRoot!.querySelector('[part~="current"]'), 'the settings never loaded once it had an endpoint', { timeout: 5000 });
  });

  it('says nothing on the console when it gives only words, to fields that send nothing; it says it once an element inside waits for a client', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const provider = await fixture<MfaProvider>(html`
        <mfa-provider locale="zh-Hans" .strings=${{ 'zh-Hans': { codeInputLabel: '动态码' } }}>
          <mfa-code-input></mfa-code-input>
          <mfa-phone-editor form-field name="phone"></mfa-phone-editor>
        </mfa-provider>
      `);
      const fields = [...provider.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
      await Promise.all(fields.map((field) => field.updateComplete));
      await waitUntil(() => fields[1].shadowRoot!.querySelector('#number'), 'the phone field never appeared', { timeout: 5000 });
      expect(fields[0].shadowRoot!.querySelector('label')!.textContent!.trim(), 'the words it gives').to.equal('动态码');
      expect(warnings, 'nothing waits for a client').to.deep.equal([]);
      // An element that talks to the endpoint would say it is loading for ever: the developer is told, once.
      const pickers = [document.createElement('mfa-method-picker'), document.createElement('mfa-method-picker')];
      provider.append(...pickers);
      await Promise.all(pickers.map((picker) => picker.updateComplete));
      expect(warnings).to.deep.equal(['<mfa-provider>: no endpoint or client yet; the elements inside wait for one.']);
    } finally {
      console.warn = warn;
    }
  });

  it("loads nothing again when headers are set on a provider with a host's own client, which takes none", async () => {
    const fake = new FakeClient();
    const provider = await fixture<MfaProvider>(html`<mfa-provider locale="en" .client=${fake.client}><mfa-method-picker></mfa-method-picker></mfa-provider>`);
    await waitUntil(() => fake.calls.some((call) => call.operation === 'getSettings'), 'the settings never loaded');
    const before = fake.calls.length;
    provider.headers = { Authorization: 'Bearer t' };
    await provider.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fake.calls.slice(before)).to.deep.equal([]);
  });

  it('throws nothing when a second copy of the library is loaded on the page: the first copy serves it', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      // The same modules again under other URLs: another copy, as a second bundle would be.
      for (const name of ['provider', 'method-picker']) {
        await import(/* @vite-ignore */ new URL(`../src/components/${name}/${name}.ts?second-copy`, import.meta.url).href);
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(customElements.get('mfa-provider')).to.equal((await import('../src/components/provider/provider.js')).MfaProvider);
  });

  it('lets the nearest provider win when providers nest', async () => {
    const outer = await fixture<MfaProvider>(html`
      <mfa-provider locale="en">
        <mfa-test-probe id="a"></mfa-test-probe>
        <mfa-provider locale="zh-CN"><mfa-test-probe id="b"></mfa-test-probe></mfa-provider>
      </mfa-provider>
    `);
    const a = outer.querySelector('#a') as MfaTestProbe;
    const b = outer.querySelector('#b') as MfaTestProbe;
    await a.updateComplete;
    await b.updateComplete;
    expect(text(a)).to.equal('Save');
    expect(text(b)).to.equal('保存');
  });

  it('moves an element to a provider upgraded between it and its provider, and leaves the one above', async () => {
    // A provider of the same context defined after the page is built: its ContextProvider asks the
    // one above for its subscribers, which it then answers (the protocol's re-parenting).
    class LateProvider extends HTMLElement {
      readonly provider = new ContextProvider(this, { context: mfaContext });
      connectedCallback() {
        this.provider.hostConnected();
      }
    }
    const outer = await fixture<MfaProvider>(html`
      <mfa-provider locale="en"><mfa-late-provider><mfa-test-probe></mfa-test-probe></mfa-late-provider></mfa-provider>
    `);
    const probe = outer.querySelector('mfa-test-probe') as MfaTestProbe & { mfaContext?: MfaContextValue };
    await probe.updateComplete;
    customElements.define('mfa-late-provider', LateProvider);
    const late = outer.querySelector('mfa-late-provider') as LateProvider;
    const value = { ...probe.mfaContext!, revision: 42 } as MfaContextValue;
    late.provider.setValue(value);
    expect(probe.mfaContext).to.equal(value);
    // The provider above no longer reaches it.
    outer.locale = 'zh-CN';
    await outer.updateComplete;
    expect(probe.mfaContext).to.equal(value);
    // Nor does the late one, once it is removed.
    probe.remove();
    late.provider.setValue({ ...value, revision: 43 });
    expect(probe.mfaContext).to.equal(value);
  });

  it('without a provider, an element localizes from the nearest lang and has no client', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="zh-Hans"><mfa-test-probe></mfa-test-probe></div>`);
    const probe = wrapper.querySelector('mfa-test-probe') as MfaTestProbe;
    await probe.updateComplete;
    expect(text(probe)).to.equal('保存');
    expect(probe.hasClient).to.equal(false);
  });

  it('sets the colour scheme its theme names', async () => {
    const provider = await fixture<MfaProvider>(html`<mfa-provider theme="dark"></mfa-provider>`);
    expect(getComputedStyle(provider).colorScheme).to.equal('dark');
    provider.theme = 'light';
    await provider.updateComplete;
    expect(getComputedStyle(provider).colorScheme).to.equal('light');
    provider.theme = 'auto';
    await provider.updateComplete;
    expect(getComputedStyle(provider).colorScheme).to.equal('light dark');
  });

  for (const order of ['consumer-first', 'provider-first']) {
    it(`connects elements in a real page whichever module loads first (${order})`, async () => {
      const doc = await loadPage(order);
      const inner = doc.getElementById('inner') as MfaTestProbe;
      const outside = doc.getElementById('outside') as MfaTestProbe;
      await inner.updateComplete;
      expect(inner.shadowRoot?.querySelector('p')?.textContent).to.equal('保存');
      expect(inner.shadowRoot?.querySelector('p')?.dataset.client).to.equal('yes');
      expect(outside.shadowRoot?.querySelector('p')?.textContent).to.equal('Save');
      expect(outside.shadowRoot?.querySelector('p')?.dataset.client).to.equal('no');
    });
  }
});

/** The elements that work alone with a `client` of their own, outside any provider. */
const STANDALONE = [
  'mfa-app-passwords',
  'mfa-authenticator-enroll',
  'mfa-authenticator-list',
  'mfa-method-picker',
  'mfa-phone-editor',
  'mfa-user-admin',
] as const;

describe("<mfa-provider>'s strings, as translation systems export them", () => {
  /** A provider in `locale` with `strings`, and the word its probe shows (Save's). */
  async function shown(locale: string, strings: unknown): Promise<{ provider: MfaProvider; save: string; lang: string }> {
    const provider = await fixture<MfaProvider>(html`
      <mfa-provider locale=${locale} .strings=${strings}><mfa-test-probe></mfa-test-probe></mfa-provider>
    `);
    const probe = provider.querySelector('mfa-test-probe') as MfaTestProbe;
    await probe.updateComplete;
    // The language the elements mark their content with (`lang`), for screen readers' voice.
    return { provider, save: text(probe), lang: probe.usedLocalizer.lang };
  }

  it('reads a tag as translation files spell it, and a region\'s table serves its language where none names it', async () => {
    const strings = { de_DE: { save: 'Speichern' }, 'ja-jp': { save: '保存する' }, 'pt-PT': { save: 'Guardar' }, 'pt-BR': { save: 'Salvar' } };
    expect(await shown('de-DE', strings)).to.include({ save: 'Speichern', lang: 'de-DE' });
    // A page in Austrian German, or in German alone, takes the table for Germany: there is no other German.
    expect(await shown('de-AT', strings)).to.include({ save: 'Speichern', lang: 'de-AT' });
    expect(await shown('ja', strings)).to.include({ save: '保存する', lang: 'ja' });
    expect(await shown('ja-JP', strings)).to.include({ save: '保存する', lang: 'ja-JP' });
    // Of two regions' tables, Portuguese alone means Brazil's; each region keeps its own.
    expect(await shown('pt', strings)).to.include({ save: 'Salvar' });
    expect(await shown('pt-PT', strings)).to.include({ save: 'Guardar' });
    expect(await shown('pt-AO', strings)).to.include({ save: 'Salvar' });
    // A table for the language itself is not replaced by a region's.
    expect(await shown('de-AT', { 'de-CH': { save: 'Sichern' }, de: { save: 'Speichern' } })).to.include({ save: 'Speichern' });
    expect(await shown('fr', strings)).to.include({ save: 'Save', lang: 'en' });
    // Not where the library has words of its own: a British table (or a pseudo-locale's) is not for
    // every English page; nor across scripts: Traditional Chinese words are for Traditional pages.
    const regional = { 'en-GB': { save: 'Save changes' }, 'en-XA': { save: '⟦Šåvé~~⟧' }, und: { save: 'Root' }, 'zh-TW': { save: '儲存' } };
    expect(await shown('en-US', regional)).to.include({ save: 'Save' });
    expect(await shown('en-GB', regional)).to.include({ save: 'Save changes' });
    expect(await shown('zh-HK', regional)).to.include({ save: '儲存', lang: 'zh-HK' });
    expect(await shown('zh-CN', regional)).to.include({ save: '保存' });
    expect(await shown('sr-Cyrl', { 'sr-Latn': { save: 'Sačuvaj' } })).to.include({ save: 'Save' });
    // A page that writes its tag out finds the table of its region: zh-HK's, not zh-TW's.
    expect(await shown('zh-Hant-HK', { 'zh-TW': { save: '儲存' }, 'zh-HK': { save: '儲存（香港）' } })).to.include({ save: '儲存（香港）' });
  });

  it('says on the console that a key of strings is no language tag, and uses the other tables', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      expect(await shown('de', { 'Deutsch!': { save: 'Sichern' }, de: { save: 'Speichern' } })).to.include({ save: 'Speichern' });
      expect(warnings).to.deep.equal([
        '<mfa-provider>: strings["Deutsch!"] is no language tag (such as de-AT); its words are not used.',
      ]);
    } finally {
      console.warn = warn;
    }
  });

  it('reads a table changed in place when strings is set again, and says an invalid tag once', async () => {
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const strings = { de: { save: 'Speichern' }, 'nicht gültig': { save: 'x' } };
      const { provider } = await shown('de', strings);
      strings.de.save = 'Sichern';
      provider.requestUpdate('strings');
      await provider.updateComplete;
      const probe = provider.querySelector('mfa-test-probe') as MfaTestProbe;
      await probe.updateComplete;
      expect(text(probe)).to.equal('Sichern');
      expect(warnings).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('keeps the built-in words for an entry not translated yet ("") and for strings of null', async () => {
    expect(await shown('de', { de: { save: '' } })).to.include({ save: 'Save', lang: 'en' });
    expect(await shown('en', null)).to.include({ save: 'Save' });
  });

  it('fills numbered placeholders with the parameters, and picks the plural form of the count', async () => {
    // As a JSON file of a translation system types it: the type-checker takes it as it is.
    const json = {
      de: {
        errorRateLimited: 'Zu viele Anfragen. Versuchen Sie es in {0} erneut.',
        errorInvalidCodeAttempts: { zero: 'Kein Versuch mehr.', one: 'Noch {1} Versuch.', other: 'Noch {1} Versuche ({0}).' },
        // A placeholder with no parameter to fill stays as it is.
        save: 'Speichern {0}',
      },
      ar: { errorInvalidCodeAttempts: { few: '{1} محاولات', other: '{1} محاولة' } },
    };
    const { provider } = await shown('de', json satisfies StringOverrides);
    const l = provider.localizer;
    expect(l.format('errorRateLimited', l.duration(28))).to.equal('Zu viele Anfragen. Versuchen Sie es in 28 Sekunden erneut.');
    expect(l.count('errorInvalidCodeAttempts', 0)).to.equal('Kein Versuch mehr.');
    expect(l.count('errorInvalidCodeAttempts', 1)).to.equal('Noch 1 Versuch.');
    expect(l.count('errorInvalidCodeAttempts', 1234)).to.equal('Noch 1.234 Versuche (1234).');
    expect(l.term('save')).to.equal('Speichern {0}');
    // Arabic's own plural forms: 3 is "few", 100 "other".
    const arabic = (n: number) => new Intl.NumberFormat('ar').format(n);
    provider.locale = 'ar';
    await provider.updateComplete;
    expect(provider.localizer.count('errorInvalidCodeAttempts', 3)).to.equal(`${arabic(3)} محاولات`);
    expect(provider.localizer.count('errorInvalidCodeAttempts', 100)).to.equal(`${arabic(100)} محاولة`);
  });
});

describe('an element with a client of its own', () => {
  it('has `client` in its typings: React 19 JSX takes it as a prop', () => {
    // A compile-time check: a tag whose typings lack `client` fails `tsc`.
    const props: { [T in (typeof STANDALONE)[number]]: JSX.IntrinsicElements[T]['client'] } = {
      'mfa-app-passwords': undefined,
      'mfa-authenticator-enroll': undefined,
      'mfa-authenticator-list': undefined,
      'mfa-method-picker': undefined,
      'mfa-phone-editor': undefined,
      'mfa-user-admin': undefined,
    };
    expect(Object.keys(props)).to.have.length(STANDALONE.length);
  });

  it('takes a typed handler on <mfa-provider> in React 19 JSX for every event of the elements, which bubble to it', () => {
    // A compile-time check: without the events in the provider's typings, `event` is implicitly
    // `any` (strict TypeScript refuses it) and `detail` is unknown.
    const seen: string[] = [];
    const props: JSX.IntrinsicElements['mfa-provider'] = {
      'onmfa-error': (event) => seen.push(event.detail.code),
      'onmfa-reauth-required': (event) => seen.push(event.detail.operation),
      'onmfa-phone-change': (event) => seen.push(event.detail.slot),
    };
    props['onmfa-phone-change']?.(new CustomEvent('mfa-phone-change', { detail: { slot: 'mobile' } }) as never);
    expect(seen).to.deep.equal(['mobile']);
  });

  it("takes in Svelte the attributes named otherwise than their properties, as HTML writes them, with their properties' values", () => {
    // A compile-time check: svelte-check refuses an attribute a tag's typings do not list
    // (`<mfa-phone-editor phone-slot="office">`, the README's form).
    const tags: { [T in keyof SvelteHTMLElements]?: SvelteHTMLElements[T] } = {
      'mfa-provider': { 'csrf-meta': 'csrf-token', 'csrf-header': 'X-XSRF-Token' },
      'mfa-phone-editor': { 'phone-slot': 'office', 'default-country': 'DE', 'default-channel': 'call', 'form-field': true, 'no-title': undefined },
      'mfa-code-input': { 'auto-submit': true },
      'mfa-authenticator-enroll': { 'default-kind': 'push', 'no-cancel': true },
    };
    // Svelte writes these as text: a number is no slot, and `false`, written "false", would turn the attribute on.
    // @ts-expect-error
    const slot: SvelteHTMLElements['mfa-phone-editor'] = { 'phone-slot': 42 };
    // @ts-expect-error
    const off: SvelteHTMLElements['mfa-code-input'] = { 'auto-submit': false };
    expect(Object.keys(tags)).to.have.length(4);
    expect([slot, off]).to.have.length(2);
  });

  it('documents `client` in custom-elements.json', async () => {
    const manifest = (await import('../custom-elements.json')).default as {
      modules: { declarations?: { tagName?: string; members?: { kind: string; name: string }[] }[] }[];
    };
    const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
    for (const tag of STANDALONE) {
      const members = declarations.find((d) => d.tagName === tag)?.members ?? [];
      expect(members.some((m) => m.kind === 'field' && m.name === 'client'), tag).to.equal(true);
    }
  });

  it('lists only the public API of each element in custom-elements.json, as Storybook shows it', async () => {
    const manifest = (await import('../custom-elements.json')).default as {
      modules: {
        declarations?: { tagName?: string; members?: { name: string; privacy?: string; static?: boolean }[]; cssStates?: { name: string }[] }[];
      }[];
    };
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    expect(elements).to.have.length(9);
    for (const element of elements) {
      const hidden = (element.members ?? []).filter((m) => m.name.startsWith('#') || (m.privacy ?? 'public') !== 'public' || m.static);
      expect(hidden.map((m) => m.name), element.tagName).to.deep.equal([]);
    }
    // The custom states a page styles with `:state()` are listed too.
    const states = Object.fromEntries(elements.map((e) => [e.tagName, (e.cssStates ?? []).map((state) => state.name)]));
    expect(states['mfa-code-input']).to.deep.equal(['complete', 'invalid']);
    expect(states['mfa-method-picker']).to.deep.equal(['loading', 'ready', 'saving', 'saved', 'error', 'empty']);
    expect(states['mfa-app-passwords']).to.have.length(9);
    expect(states['mfa-user-admin']).to.have.length(8);
  });

  it('lists in custom-elements.json exactly the attributes each element observes: none for a state, none left out', async () => {
    const manifest = (await import('../custom-elements.json')).default as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
    for (const element of elements) {
      const observed = (customElements.get(element.tagName!) as unknown as { observedAttributes: string[] }).observedAttributes;
      expect((element.attributes ?? []).map((a) => a.name).sort(), element.tagName).to.deep.equal([...observed].sort());
    }
  });
});
