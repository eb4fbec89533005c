import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import type { TemplateResult } from 'lit';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/components/method-picker/method-picker.js';
import '../src/components/provider/provider.js';
import type { MfaMethodPicker } from '../src/components/method-picker/method-picker.js';
import type { MfaProvider } from '../src/components/provider/provider.js';
import { FetchClient } from '../src/core/client.js';
import { MfaError } from '../src/core/errors.js';
import { Localizer } from '../src/core/localize.js';
import type { MethodId, SettingsSummary } from '../src/core/types.js';
import { en } from '../src/locales/en.js';
import { zhHans } from '../src/locales/zh-Hans.js';
import { stopClock, withClockAhead } from './support/clock.js';
import { FakeClient, settle } from './support/fake-client.js';
import { type Sandbox, newSandbox } from './support/sandbox.js';
import { pressShiftTab } from './support/keys.js';
import { accessibleName, describedText } from './support/aria.js';
import { ARABIC } from './support/arabic.js';

// ---- What a user sees -------------------------------------------------------------------------

const $ = <T extends Element = HTMLElement>(el: MfaMethodPicker, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const radio = (el: MfaMethodPicker, m: MethodId) => $<HTMLInputElement>(el, `#radio-${m}`);
const saveButton = (el: MfaMethodPicker) => $<HTMLButtonElement>(el, '[part~="save-button"]')!;
const statusText = (el: MfaMethodPicker) => $(el, '[role="status"]')!.textContent!.trim();
/** What the alerts say (the load's, then the save's). */
const alertText = (el: MfaMethodPicker) =>
  [...el.shadowRoot!.querySelectorAll('[role="alert"]')].map((a) => a.textContent!.trim()).filter(Boolean).join(' ');
const checked = (el: MfaMethodPicker) => $<HTMLInputElement>(el, 'input[type="radio"]:checked')?.value;
const retryButton = (el: MfaMethodPicker) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="error"] button')].find((b) => b.textContent!.trim() === en.retry);
/** The method marked "Current default". */
const currentDefault = (el: MfaMethodPicker) =>
  $(el, '[part~="current"]')?.closest('.row')?.querySelector('input')?.value;
/** What a sighted user reads: the words without the invisible mark that makes a repeat a change. */
const seen = (el: Element) => el.textContent!.replace(/\u200b/g, '').trim();
const focused = (el: MfaMethodPicker) => el.shadowRoot!.activeElement as HTMLElement | null;
const setupMethods = (el: MfaMethodPicker) =>
  [...el.shadowRoot!.querySelectorAll('[part~="setup-list"] [part~="row-label"]')].map((n) => n.textContent!.trim());

async function mount(s: Sandbox, user: string, attrs: { locale?: string; timeout?: number } = {}) {
  const session = await s.signIn(user);
  const headers = () => ({ Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken });
  const wrapper = await fixture<HTMLDivElement>(html`
    <div>
      <button id="before">Before</button>
      <mfa-provider endpoint=${s.endpoint} locale=${attrs.locale ?? 'en'} timeout=${attrs.timeout ?? 15000} .headers=${headers}>
        <mfa-method-picker></mfa-method-picker>
      </mfa-provider>
    </div>
  `);
  const provider = wrapper.querySelector<MfaProvider>('mfa-provider')!;
  const picker = wrapper.querySelector<MfaMethodPicker>('mfa-method-picker')!;
  await waitUntil(() => picker.status !== 'loading', 'the settings never loaded', { timeout: 5000 });
  return { wrapper, provider, picker, session };
}

async function choose(picker: MfaMethodPicker, m: MethodId) {
  radio(picker, m)!.click();
  await picker.updateComplete;
}

async function settled(picker: MfaMethodPicker, status: MfaMethodPicker['status']) {
  // The status at the end of the wait: a message given to waitUntil is written as it starts.
  await waitUntil(() => picker.status === status, undefined, { timeout: 5000 }).catch(() => {
    throw new Error(`status ${picker.status} after 5 s, expected ${status}`);
  });
  await picker.updateComplete;
}

const setDefaultCount = async (s: Sandbox) =>
  (await s.controlCall<{ operationId: string }[]>('GET', '/side-effects')).filter((e) => e.operationId === 'setDefaultMethod').length;

// ---- A summary for fake-client tests (adele's, as the reference endpoint answers it) -----------

const adele = (defaultMethod: MethodId = 'text-mobile'): SettingsSummary => ({
  user: { displayName: 'Adele Vance', isAdmin: false },
  methods: ['text-mobile', 'call-mobile', 'call-office', 'app-code'],
  defaultMethod,
  phones: [
    { slot: 'mobile', maskedNumber: '+1 ••• ••• ••67', region: 'US', verifiedAt: '2024-01-01T00:00:00Z' },
    { slot: 'office', maskedNumber: '+1 ••• ••• ••00', extension: '4321', region: 'US', verifiedAt: '2024-01-01T00:00:00Z' },
  ],
  authenticators: [{ id: 'auth_adele_phone', kind: 'totp', name: 'Work phone', createdAt: '2024-01-01T00:00:00Z', lastUsedAt: null }],
  appPasswords: { count: 2, limit: 10 },
  policy: {
    allowedMethods: ['text-mobile', 'call-mobile', 'call-alternate', 'call-office', 'app-notification', 'app-code'],
    appPasswordsAllowed: true,
  },
  mustRegisterAgain: false,
});

async function mountFake(fake: FakeClient, summary: SettingsSummary | null = adele()) {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><mfa-method-picker .client=${fake.client}></mfa-method-picker></div>`);
  const picker = wrapper.querySelector<MfaMethodPicker>('mfa-method-picker')!;
  await settle();
  if (summary) {
    fake.last('getSettings').resolve(summary);
    await settle();
    await picker.updateComplete;
  }
  return picker;
}

/** A picker in a provider, with a client the test answers; the settings are asked for. */
async function mountInProvider(fake: FakeClient) {
  const provider = await fixture<MfaProvider>(html`
    <mfa-provider locale="en" .client=${fake.client}><mfa-method-picker></mfa-method-picker></mfa-provider>
  `);
  const picker = provider.querySelector<MfaMethodPicker>('mfa-method-picker')!;
  await settle();
  return { provider, picker };
}

/** The provider's `refresh()`, once it has asked for the settings again. */
async function refreshed(provider: MfaProvider, fake: FakeClient) {
  const asked = fake.callsOf('getSettings').length;
  provider.refresh();
  await waitUntil(() => fake.callsOf('getSettings').length > asked, 'the settings were not read again');
}

// ---- Tests --------------------------------------------------------------------------------------

describe('<mfa-method-picker> against the reference endpoint', () => {
  it('lists what each method uses, marks the current default, and offers the rest to set up', async () => {
    const s = await newSandbox();
    const { picker } = await mount(s, 'adele');
    expect(picker.status).to.equal('ready');
    const values = [...picker.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.value);
    expect(values).to.deep.equal(['text-mobile', 'call-mobile', 'call-office', 'app-code']);
    expect(checked(picker)).to.equal('text-mobile');
    expect(currentDefault(picker)).to.equal('text-mobile');
    const mobile = $(picker, '#detail-text-mobile .ltr')!.textContent!;
    expect(mobile).to.contain('••67').and.not.to.contain('4255550167');
    // Said as its start and end: a screen reader would say each • as "bullet".
    expect(describedText(radio(picker, 'text-mobile')!)).to.match(/^\+1 ending in 67 /);
    expect($(picker, '#detail-call-office')!.textContent).to.contain('ext. 4321');
    expect($(picker, '#detail-app-code')!.textContent).to.contain('Work phone');
    expect(radio(picker, 'text-mobile')!.labels![0].textContent).to.contain(en.methodTextMobile);
    expect($(picker, '[part~="notice"]')!.textContent).to.contain(en.restrictedMethodNotice);
    // Adele has a code app: the notice suggests it without a set-up action.
    expect($(picker, '[part~="notice"] button')).to.equal(null);
    expect(setupMethods(picker)).to.deep.equal([en.methodCallAlternate, en.methodAppNotification]);
    await expect(picker).to.be.accessible();
  });

  it('selects and saves with the keyboard alone, and a new picker shows the new default', async () => {
    const s = await newSandbox();
    const { wrapper, picker } = await mount(s, 'adele');
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(picker)?.id).to.equal('radio-text-mobile');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(picker)?.id).to.equal('radio-call-office');
    expect(checked(picker)).to.equal('call-office');
    await sendKeys({ press: 'Tab' });
    expect(focused(picker)).to.equal(saveButton(picker));
    await sendKeys({ press: 'Enter' });
    await settled(picker, 'saved');
    expect(statusText(picker)).to.equal(en.methodPickerSaved(en.methodCallOffice));
    expect(currentDefault(picker)).to.equal('call-office');

    await pressShiftTab();
    expect(focused(picker)?.id).to.equal('radio-call-office');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Tab' });
    // ' ' is the Space key in every driver ('Space' is unknown to Firefox's WebDriver BiDi keyboard).
    await sendKeys({ press: ' ' });
    await waitUntil(() => currentDefault(picker) === 'call-mobile', 'Space did not save', { timeout: 5000 });

    const again = await mount(s, 'adele');
    expect(currentDefault(again.picker)).to.equal('call-mobile');
    expect(checked(again.picker)).to.equal('call-mobile');
  });

  it('sends one request for a double click, fires each event once, and puts no phone number in them', async () => {
    const s = await newSandbox();
    const { wrapper, picker } = await mount(s, 'adele');
    const events: Event[] = [];
    for (const name of ['mfa-method-change-request', 'mfa-method-change'] as const) {
      wrapper.addEventListener(name, (e) => events.push(e));
    }
    // The save is held long enough for both clicks and the checks after them: with 300 ms, WebKit's
    // two clicks on a busy CI machine once took longer, and the save had landed before the check.
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 2000, operations: ['setDefaultMethod'] }] });
    await choose(picker, 'call-office');
    const box = saveButton(picker).getBoundingClientRect();
    const position: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
    await sendMouse({ type: 'click', position });
    await sendMouse({ type: 'click', position });
    expect(picker.status).to.equal('saving');
    expect(statusText(picker)).to.equal(en.saving);
    await settled(picker, 'saved');
    expect(await setDefaultCount(s)).to.equal(1);
    expect(events.map((e) => [e.type, (e as CustomEvent).detail])).to.deep.equal([
      ['mfa-method-change-request', { method: 'call-office', previous: 'text-mobile' }],
      ['mfa-method-change', { method: 'call-office', previous: 'text-mobile' }],
    ]);
    expect(JSON.stringify(events.map((e) => (e as CustomEvent).detail))).not.to.match(/•|\d{3}/);
  });

  it('tells the other elements: a second picker under the same provider shows the new default', async () => {
    const s = await newSandbox();
    const { provider, picker } = await mount(s, 'adele');
    const second = document.createElement('mfa-method-picker');
    provider.append(second);
    await waitUntil(() => second.status === 'ready', 'second picker never loaded', { timeout: 5000 });
    await choose(picker, 'app-code');
    saveButton(picker).click();
    await settled(picker, 'saved');
    await waitUntil(() => currentDefault(second) === 'app-code', 'the second picker kept the old default', { timeout: 5000 });
  });

  it('on a change refused for an out-of-date CSRF token (a sign-in in another tab replaced it): says to reload the page, the choice kept', async () => {
    const s = await newSandbox();
    const session = await s.signIn('adele');
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <mfa-provider endpoint=${s.endpoint} locale="en" .headers=${() => ({ Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': 'replaced-elsewhere' })}>
          <mfa-method-picker></mfa-method-picker>
        </mfa-provider>
      </div>
    `);
    const picker = wrapper.querySelector<MfaMethodPicker>('mfa-method-picker')!;
    await waitUntil(() => picker.status === 'ready', 'the settings never loaded (a read takes no CSRF token)', { timeout: 5000 });
    await choose(picker, 'call-office');
    saveButton(picker).click();
    await settled(picker, 'error');
    expect(alertText(picker)).to.equal(`${en.methodPickerSaveFailed} This page’s session is out of date. Reload the page, then try again.`);
    expect(checked(picker)).to.equal('call-office');
    expect(currentDefault(picker)).to.equal('text-mobile');
    expect(await setDefaultCount(s)).to.equal(0);
  });

  // With no answer that can be read, the endpoint may have saved it: the settings are read again,
  // and say it did not (the faults stop the request before the endpoint acts on it).
  const failures: [string, object, string, boolean][] = [
    ['a server error', { kind: 'server-error' }, en.errorServer, false],
    ['a malformed answer', { kind: 'malformed-body' }, en.errorServer, true],
    ['a timeout', { kind: 'timeout', maxMs: 3000 }, en.errorTimeout, true],
  ];
  for (const [name, fault, message, unanswered] of failures) {
    it(`on ${name}: says so, ${unanswered ? 'once the settings read again say so ' : ''}keeps the saved default shown as saved and the choice selected`, async () => {
      const s = await newSandbox();
      // A timeout of half a second: the request the endpoint holds back fails soon.
      const { picker, provider } = await mount(s, 'adele', { timeout: 500 });
      await s.controlCall('PUT', '/faults', { faults: [{ ...fault, operations: ['setDefaultMethod'] }] });
      await choose(picker, 'call-office');
      saveButton(picker).click();
      await settled(picker, 'error');
      if (unanswered) await waitUntil(() => currentDefault(picker), 'the settings were never read again', { timeout: 5000 });
      expect(alertText(picker)).to.equal(`${en.methodPickerSaveFailed} ${message}`);
      expect(checked(picker)).to.equal('call-office');
      expect(currentDefault(picker)).to.equal('text-mobile');
      await expect(picker).to.be.accessible();
      // Fixed on the server: the same choice saves. (With the timeout as a page has it: half a
      // second was too short for CI's two cores, the save then timed out.)
      await s.controlCall('PUT', '/faults', { faults: [] });
      provider.timeout = 15_000;
      await provider.updateComplete;
      await waitUntil(() => picker.status === 'error' && checked(picker) === 'call-office', 'the choice or the failure went with the new client');
      saveButton(picker).click();
      await settled(picker, 'saved');
      expect(currentDefault(picker)).to.equal('call-office');
      expect(alertText(picker)).to.equal('');
    });
  }

  it('when the endpoint saved the new default but its answer was lost: reads the settings again and shows it saved, as the endpoint has it', async () => {
    const s = await newSandbox();
    const session = await s.signIn('adele');
    const headers = () => ({ Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken });
    const real = new FetchClient({ endpoint: s.endpoint, headers });
    // The connection drops after the endpoint has saved, before its answer arrives.
    const client = new Proxy(real, {
      get(target, property) {
        if (property === 'setDefaultMethod') {
          return async (...args: Parameters<FetchClient['setDefaultMethod']>) => {
            await target.setDefaultMethod(...args);
            throw new MfaError('network', { operation: 'setDefaultMethod' });
          };
        }
        const value = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const provider = await fixture<MfaProvider>(html`<mfa-provider locale="en" .client=${client}><mfa-method-picker></mfa-method-picker></mfa-provider>`);
    const picker = provider.querySelector<MfaMethodPicker>('mfa-method-picker')!;
    await settled(picker, 'ready');
    const changes: unknown[] = [];
    picker.addEventListener('mfa-method-change', (e) => changes.push((e as CustomEvent).detail));
    await choose(picker, 'call-office');
    saveButton(picker).click();
    await settled(picker, 'saved');
    expect(currentDefault(picker)).to.equal('call-office');
    expect(alertText(picker)).to.equal('');
    expect(statusText(picker)).to.equal(en.methodPickerSaved(en.methodCallOffice));
    expect(changes, 'the host is told').to.deep.equal([{ method: 'call-office', previous: 'text-mobile' }]);
    expect(await setDefaultCount(s)).to.equal(1);
  });

  it('when rate limited for weeks: says the wait in days, not in minutes', async () => {
    const s = await newSandbox();
    const { picker } = await mount(s, 'adele');
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'rate-limit', retryAfterSeconds: 2_160_000, times: 1, operations: ['setDefaultMethod'] }] });
    await choose(picker, 'call-office');
    saveButton(picker).click();
    await settled(picker, 'error');
    expect(alertText(picker)).to.equal(`${en.methodPickerSaveFailed} ${en.errorRateLimited('25 days')}`);
    expect(describedText(saveButton(picker))).to.equal(`${en.methodPickerSaveFailed} ${en.errorRateLimited('25 days')}`);
    expect(saveButton(picker).getAttribute('aria-disabled')).to.equal('true');
  });

  it('when rate limited: disables Save with a countdown, then saves', async () => {
    const s = await newSandbox();
    const { picker } = await mount(s, 'adele');
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'rate-limit', retryAfterSeconds: 2, times: 1, operations: ['setDefaultMethod'] }] });
    await choose(picker, 'call-office');
    // The page's clock stopped: the 2-second wait runs as the test moves the clock, not while a slow
    // browser checks accessibility (Save would be back, and save, before it is pressed during the wait).
    const announced = `${en.methodPickerSaveFailed} ${en.errorRateLimited('2 seconds')}`;
    // Seen: a copy that counts down outside the live region; the alert keeps what it announced, hidden.
    const seen = () => $(picker, '[part="error"] #save-wait')?.textContent?.trim();
    const clock = stopClock();
    try {
      saveButton(picker).click();
      await settled(picker, 'error');
      expect(alertText(picker)).to.equal(announced);
      expect(seen()).to.equal(announced);
      expect($(picker, '#save-error')!.classList.contains('visually-hidden')).to.equal(true);
      expect(saveButton(picker).getAttribute('aria-disabled')).to.equal('true');
      // Said once: the alert's copy counts down, and no hint beside Save says it again.
      expect($(picker, '.actions .hint')).to.equal(null);
      expect(describedText(saveButton(picker)), 'the unavailable Save says why').to.equal(announced);
      await expect(picker).to.be.accessible();
      saveButton(picker).click();
      await settle();
      clock.advance(1000);
      expect(checked(picker)).to.equal('call-office');
      expect(await setDefaultCount(s)).to.equal(0);
      await waitUntil(() => seen() === `${en.methodPickerSaveFailed} ${en.errorRateLimited('1 second')}`, 'the copy never counts down', { timeout: 3000 });
      expect(alertText(picker), 'the alert does not change each second').to.equal(announced);
      clock.advance(1000);
      await waitUntil(() => saveButton(picker).getAttribute('aria-disabled') === 'false', 'Save never came back', { timeout: 4000 });
    } finally {
      clock.restore();
    }
    expect($(picker, '.actions .hint')).to.equal(null);
    expect(alertText(picker), 'the refusal is over').to.equal('');
    expect(seen()).to.equal(undefined);
    expect(statusText(picker)).to.equal(en.retryNow);
    saveButton(picker).click();
    await settled(picker, 'saved');
    expect(await setDefaultCount(s)).to.equal(1);
  });

  for (const [locale, t] of [['en', en], ['zh-CN', zhHans]] as const) {
    it(`when loading is rate limited (${locale}): counts the wait down with Retry unavailable, then loads by itself`, async () => {
      const s = await newSandbox();
      await s.controlCall('PUT', '/faults', { faults: [{ kind: 'rate-limit', retryAfterSeconds: 28, times: 1, operations: ['getSettings'] }] });
      // The page's clock stopped: the wait moves on by the five seconds the test moves it, not by
      // the second or more a slow browser takes to load and check the element.
      const clock = stopClock();
      try {
        const { picker } = await mount(s, 'adele', { locale });
        const l = new Localizer(locale);
        // Chinese runs one sentence into the next without a space.
        const gap = locale === 'en' ? ' ' : '';
        const words = (seconds: number) => `${t.methodPickerLoadFailed}${gap}${t.errorRateLimited(l.duration(seconds))}`;
        await settled(picker, 'error');
        expect(alertText(picker)).to.equal(words(28));
        // Seen: a copy that counts down outside the live region; it describes Retry, which does nothing yet.
        const seen = () => $(picker, '[part="error"] #wait')?.textContent?.trim();
        const retry = [...picker.shadowRoot!.querySelectorAll('[part~="error"] button')].find((b) => b.textContent!.trim() === t.retry)!;
        expect(seen()).to.equal(words(28));
        expect(retry.getAttribute('aria-disabled')).to.equal('true');
        expect($(picker, `#${retry.getAttribute('aria-describedby')}`)?.textContent?.trim()).to.equal(words(28));
        await expect(picker).to.be.accessible();
        (retry as HTMLButtonElement).click();
        await settle();
        expect(picker.status).to.equal('error');
        await withClockAhead(5_000, async () => {
          await waitUntil(() => seen() !== words(28), 'the copy never counts down', { timeout: 3000 });
          expect(seen()).to.equal(words(23));
          expect(alertText(picker), 'the alert does not change each second').to.equal(words(28));
        });
        await withClockAhead(29_000, () => waitUntil(() => picker.status === 'ready', 'never loaded again', { timeout: 5000 }));
        await picker.updateComplete;
        expect(checked(picker)).to.equal('text-mobile');
        expect(alertText(picker)).to.equal('');
        expect(seen()).to.equal(undefined);
      } finally {
        clock.restore();
      }
    });
  }

  it('when the sign-in is too old: asks the host, offers a retry, and saves after re-authentication', async () => {
    const s = await newSandbox({ reauthMaxAgeSeconds: 60 });
    const { wrapper, picker, session } = await mount(s, 'adele');
    const asked: string[] = [];
    wrapper.addEventListener('mfa-reauth-required', (e) => asked.push(e.detail.operation));
    await s.controlCall('POST', '/clock', { advanceSeconds: 120 });
    await choose(picker, 'app-code');
    saveButton(picker).click();
    await settled(picker, 'error');
    expect(asked).to.deep.equal(['setDefaultMethod']);
    expect(alertText(picker)).to.equal(`${en.methodPickerSaveFailed} ${en.errorReauthRequired}`);
    expect(checked(picker)).to.equal('app-code');
    await s.controlCall('POST', '/reauth', { token: session.token });
    retryButton(picker)!.focus();
    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
    // Try again goes as the save runs: the focus goes to Save, not to the page's body.
    expect(picker.shadowRoot!.activeElement, 'the focus on Save').to.equal(saveButton(picker));
    await settled(picker, 'saved');
    expect(currentDefault(picker)).to.equal('app-code');
    expect(retryButton(picker)).to.equal(undefined);
    expect(picker.shadowRoot!.activeElement, 'the focus stays on Save').to.equal(saveButton(picker));
  });

  it('waits while the host re-authenticates the user, then saves on its retry', async () => {
    const s = await newSandbox({ reauthMaxAgeSeconds: 60 });
    const { wrapper, picker, session } = await mount(s, 'adele');
    let retry: (() => void) | undefined;
    let asked = 0;
    wrapper.addEventListener('mfa-reauth-required', (e) => {
      e.preventDefault();
      asked++;
      retry = e.detail.retry;
    });
    await s.controlCall('POST', '/clock', { advanceSeconds: 120 });
    await choose(picker, 'call-mobile');
    saveButton(picker).click();
    await waitUntil(() => retry !== undefined, 'no reauth event', { timeout: 5000 });
    await picker.updateComplete;
    // Nothing is being saved while the user signs in again: a page styling `:state(saving)` (a
    // spinner, "Saving…") does not show it, and `status` says so; the status line says what to do.
    expect(picker.status).to.equal('ready');
    expect(picker.matches(':state(saving)'), 'not styled as saving').to.equal(false);
    expect(picker.matches(':state(ready)')).to.equal(true);
    expect(statusText(picker)).to.equal(en.methodPickerReauthWaiting);
    expect(alertText(picker)).to.equal('');
    expect(retryButton(picker)).to.equal(undefined);
    // Nothing is in flight: Save stays usable, for a host that never answers. Pressed again, it
    // sends the choice again, and the host is asked again; the first event's retry() does nothing.
    expect(saveButton(picker).getAttribute('aria-disabled')).to.equal('false');
    await expect(picker).to.be.accessible();
    const first = retry!;
    saveButton(picker).click();
    await waitUntil(() => asked === 2, 'the host was not asked again', { timeout: 5000 });
    await picker.updateComplete;
    expect(statusText(picker)).to.equal(en.methodPickerReauthWaiting);
    expect(checked(picker), 'the choice is kept').to.equal('call-mobile');
    await s.controlCall('POST', '/reauth', { token: session.token });
    first();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await setDefaultCount(s), 'the first retry() sends nothing').to.equal(0);
    retry!();
    await settled(picker, 'saved');
    expect(currentDefault(picker)).to.equal('call-mobile');
  });

  it('when the host says the user gave up re-authenticating, says why and lets Save try again', async () => {
    const s = await newSandbox({ reauthMaxAgeSeconds: 60 });
    const { wrapper, picker, session } = await mount(s, 'adele');
    let cancel: (() => void) | undefined;
    wrapper.addEventListener('mfa-reauth-required', (e) => {
      e.preventDefault();
      cancel = e.detail.cancel;
    });
    await s.controlCall('POST', '/clock', { advanceSeconds: 120 });
    await choose(picker, 'call-mobile');
    saveButton(picker).click();
    await waitUntil(() => cancel !== undefined, 'no reauth event', { timeout: 5000 });
    cancel!();
    await settled(picker, 'error');
    expect(alertText(picker)).to.equal(`${en.methodPickerSaveFailed} ${en.errorReauthRequired}`);
    expect(statusText(picker)).to.equal('');
    expect(checked(picker)).to.equal('call-mobile');
    expect(saveButton(picker).getAttribute('aria-disabled')).not.to.equal('true');
    await expect(picker).to.be.accessible();
    await s.controlCall('POST', '/reauth', { token: session.token });
    retryButton(picker)!.click();
    await settled(picker, 'saved');
    expect(currentDefault(picker)).to.equal('call-mobile');
  });

  it('shows the empty state for a user with nothing registered (ben), and asks the host to set up', async () => {
    const s = await newSandbox();
    const { wrapper, picker } = await mount(s, 'ben');
    expect(picker.status).to.equal('empty');
    expect($(picker, '[part~="empty"]')!.textContent!.trim()).to.equal(en.methodPickerEmpty);
    expect($(picker, 'fieldset')).to.equal(null);
    expect(setupMethods(picker)).to.have.length(6);
    await expect(picker).to.be.accessible();
    const requests: unknown[] = [];
    wrapper.addEventListener('mfa-method-setup-request', (e) => requests.push(e.detail));
    $<HTMLButtonElement>(picker, `[aria-label="Set up ${en.methodCallAlternate}"]`)!.click();
    const appButton = $<HTMLButtonElement>(picker, '[part~="notice"] button')!;
    expect(appButton.textContent!.trim()).to.equal(en.methodPickerSetUpApp);
    appButton.click();
    expect(requests).to.deep.equal([{ method: 'call-alternate', slot: 'alternate' }, { method: 'app-notification' }]);
    // The set-up buttons are named by their method, after the words they show.
    const names = [...picker.shadowRoot!.querySelectorAll('[part~="setup-list"] [part~="setup-button"]')].map(accessibleName);
    expect(names).to.deep.equal(setupMethods(picker).map((method) => `Set up ${method}`));
    expect(names).to.include(`Set up ${en.methodCallAlternate}`);
  });

  it('under a policy without apps (erik): no app rows, and the notice suggests no app', async () => {
    const s = await newSandbox();
    const { picker } = await mount(s, 'erik');
    expect(setupMethods(picker)).to.deep.equal([en.methodTextMobile, en.methodCallMobile, en.methodCallOffice]);
    const notice = $(picker, '[part~="notice"]')!;
    expect(notice.textContent!.trim()).to.equal(en.restrictedMethodNoAppNotice);
    expect(notice.querySelector('button')).to.equal(null);
  });

  it('speaks Simplified Chinese', async () => {
    const s = await newSandbox();
    const { picker } = await mount(s, 'adele', { locale: 'zh-CN' });
    expect($(picker, '[part~="base"]')!.lang, 'tagged, so a screen reader reads it with a Chinese voice').to.equal('zh-CN');
    expect($(picker, 'legend')!.textContent).to.equal(zhHans.defaultMethodLabel);
    expect(saveButton(picker).textContent!.trim()).to.equal(zhHans.save);
    expect($(picker, '#label-call-office')!.textContent).to.equal(zhHans.methodCallOffice);
    expect($(picker, '[part~="current"]')!.textContent).to.equal(zhHans.methodPickerCurrent);
    expect($(picker, '#detail-call-office')!.textContent).to.contain(zhHans.methodPickerExtension('4321'));
    expect($(picker, '[part~="notice"]')!.textContent).to.contain(zhHans.restrictedMethodNotice);
    await choose(picker, 'call-office');
    saveButton(picker).click();
    await settled(picker, 'saved');
    expect(statusText(picker)).to.equal(zhHans.methodPickerSaved(zhHans.methodCallOffice));
  });
});

describe('<mfa-method-picker> with a client the test answers', () => {
  it('is accessible while loading, ready, saving, saved, and after a failed save or load', async () => {
    const fake = new FakeClient();
    const picker = await mountFake(fake, null);
    expect(picker.status).to.equal('loading');
    expect(statusText(picker)).to.equal(en.loading);
    await expect(picker).to.be.accessible();
    fake.last('getSettings').resolve(adele());
    await settle();
    expect(picker.status).to.equal('ready');
    await expect(picker).to.be.accessible();
    await choose(picker, 'call-mobile');
    saveButton(picker).click();
    await picker.updateComplete;
    expect(picker.status).to.equal('saving');
    expect(saveButton(picker).getAttribute('aria-disabled')).to.equal('true');
    await expect(picker).to.be.accessible();
    fake.last('setDefaultMethod').resolve({ defaultMethod: 'call-mobile' });
    await settle();
    expect(picker.status).to.equal('saved');
    await expect(picker).to.be.accessible();
    await choose(picker, 'app-code');
    expect(picker.status).to.equal('ready');
    saveButton(picker).click();
    fake.last('setDefaultMethod').reject(new MfaError('conflict', { operation: 'setDefaultMethod', status: 409 }));
    await settle();
    expect(picker.status).to.equal('error');
    expect(alertText(picker)).to.equal(`${en.methodPickerSaveFailed} ${en.errorConflict}`);
    await expect(picker).to.be.accessible();

    const failing = new FakeClient();
    const other = await mountFake(failing, null);
    failing.last('getSettings').reject(new MfaError('server', { operation: 'getSettings', status: 500 }));
    await settle();
    expect(other.status).to.equal('error');
    expect(alertText(other)).to.equal(`${en.methodPickerLoadFailed} ${en.errorServer}`);
    await expect(other).to.be.accessible();
    retryButton(other)!.click();
    failing.last('getSettings').resolve(adele());
    await settle();
    expect(other.status).to.equal('ready');
  });

  it('says a save that failed while the settings could not be loaded again, after the load’s failure', async () => {
    const fake = new FakeClient();
    const picker = await mountFake(fake);
    void picker.reload();
    fake.last('getSettings').reject(new MfaError('server', { operation: 'getSettings', status: 500 }));
    await settle();
    expect(alertText(picker)).to.equal(`${en.methodPickerLoadFailed} ${en.errorServer}`);
    await choose(picker, 'call-mobile');
    saveButton(picker).click();
    fake.last('setDefaultMethod').reject(new MfaError('server', { operation: 'setDefaultMethod', status: 500 }));
    await settle();
    // The alert changes, so the save's failure is heard; what was read before stays shown.
    expect(alertText(picker)).to.equal(`${en.methodPickerLoadFailed} ${en.errorServer} ${en.methodPickerSaveFailed} ${en.errorServer}`);
    expect(checked(picker), 'the choice is kept').to.equal('call-mobile');
    expect(retryButton(picker), 'the load can still be tried again').to.not.equal(undefined);
    await expect(picker).to.be.accessible();
  });

  it('after a failed load, Save says nothing of the load again: the load\'s alert stays as it was, the save\'s failure has its own', async () => {
    const fake = new FakeClient();
    const picker = await mountFake(fake);
    void picker.reload();
    fake.last('getSettings').reject(new MfaError('server', { operation: 'getSettings', status: 500 }));
    await settle();
    const alerts = () => [...picker.shadowRoot!.querySelectorAll('[role="alert"]')].map((a) => a.textContent!.trim()).filter(Boolean);
    const loadAlert = [...picker.shadowRoot!.querySelectorAll('[role="alert"]')].find((a) => a.textContent!.includes(en.methodPickerLoadFailed))!;
    const changes: string[] = [];
    new MutationObserver(() => changes.push(loadAlert.textContent!.trim())).observe(loadAlert, { childList: true, characterData: true, subtree: true });
    await choose(picker, 'call-mobile');
    for (let i = 0; i < 2; i++) {
      saveButton(picker).click();
      await picker.updateComplete;
      expect(alerts(), 'while saving').to.deep.equal([`${en.methodPickerLoadFailed} ${en.errorServer}`]);
      fake.last('setDefaultMethod').reject(new MfaError('server', { operation: 'setDefaultMethod', status: 500 }));
      await settle();
      await picker.updateComplete;
      // Each failed save is said alone, in an alert of its own; the load's is not said again.
      expect(alerts()).to.deep.equal([`${en.methodPickerLoadFailed} ${en.errorServer}`, `${en.methodPickerSaveFailed} ${en.errorServer}`]);
    }
    expect(changes, 'the load\'s alert never changed').to.deep.equal([]);
    await expect(picker).to.be.accessible();
  });

  it('cannot show a stale default when an older read answers after the save', async () => {
    const fake = new FakeClient();
    const picker = await mountFake(fake);
    void picker.reload(); // a read in flight, started before the save
    const olderRead = fake.last('getSettings');
    await choose(picker, 'call-office');
    saveButton(picker).click();
    fake.last('setDefaultMethod').resolve({ defaultMethod: 'call-office' });
    await settle();
    expect(currentDefault(picker)).to.equal('call-office');
    olderRead.resolve(adele('text-mobile'));
    await settle();
    expect(currentDefault(picker)).to.equal('call-office');
    expect(checked(picker)).to.equal('call-office');
    fake.last('getSettings').resolve(adele('call-office'));
    await settle();
    expect(currentDefault(picker)).to.equal('call-office');
  });

  /** Saves call-office (over text-mobile); the save gets no answer: `error`, a timeout or the network. */
  async function unansweredSave(fake: FakeClient, error: MfaError) {
    const picker = await mountFake(fake);
    const changes: unknown[] = [];
    picker.addEventListener('mfa-method-change', (e) => changes.push((e as CustomEvent).detail));
    await choose(picker, 'call-office');
    saveButton(picker).click();
    fake.last('setDefaultMethod').reject(error);
    await settle();
    await picker.updateComplete;
    return { picker, changes };
  }

  it('after a save with no answer, marks no method "Current default" until the settings, read again, say which is', async () => {
    const fake = new FakeClient();
    const { picker, changes } = await unansweredSave(fake, new MfaError('timeout', { operation: 'setDefaultMethod' }));
    // The endpoint may have made the change: it is asked which is the default, and meanwhile the
    // old one is not shown as current.
    expect(fake.callsOf('getSettings'), 'the settings are read again').to.have.length(2);
    expect(currentDefault(picker), 'a default shown as current while it is not known').to.equal(undefined);
    expect(alertText(picker)).to.equal(`${en.methodPickerSaveUnsure} ${en.errorTimeout}`);
    expect(checked(picker), 'the choice is kept').to.equal('call-office');
    await expect(picker).to.be.accessible();
    // They say it was not changed: the alert says so, the old default is marked again, the choice kept.
    fake.last('getSettings').resolve(adele('text-mobile'));
    await settle();
    await picker.updateComplete;
    expect(currentDefault(picker)).to.equal('text-mobile');
    expect(alertText(picker)).to.equal(`${en.methodPickerSaveFailed} ${en.errorTimeout}`);
    expect(checked(picker)).to.equal('call-office');
    expect(changes).to.deep.equal([]);
    // Save sends it again.
    saveButton(picker).click();
    fake.last('setDefaultMethod').resolve({ defaultMethod: 'call-office' });
    await settle();
    expect(picker.status).to.equal('saved');
    expect(currentDefault(picker)).to.equal('call-office');
  });

  it('after a save with no answer that the endpoint made: read again, shows it saved, and tells the host', async () => {
    const fake = new FakeClient();
    const { picker, changes } = await unansweredSave(fake, new MfaError('network', { operation: 'setDefaultMethod' }));
    expect(currentDefault(picker)).to.equal(undefined);
    fake.last('getSettings').resolve(adele('call-office'));
    await settle();
    await picker.updateComplete;
    expect(picker.status).to.equal('saved');
    expect(currentDefault(picker)).to.equal('call-office');
    expect(alertText(picker), 'a failure said of a change that was made').to.equal('');
    expect(statusText(picker)).to.equal(en.methodPickerSaved(en.methodCallOffice));
    expect(changes).to.deep.equal([{ method: 'call-office', previous: 'text-mobile' }]);
    await expect(picker).to.be.accessible();
  });

  it('after a save with no answer, when the settings cannot be read either: no method marked current, and Try again reads them', async () => {
    const fake = new FakeClient();
    const { picker } = await unansweredSave(fake, new MfaError('network', { operation: 'setDefaultMethod' }));
    fake.last('getSettings').reject(new MfaError('network', { operation: 'getSettings' }));
    await settle();
    await picker.updateComplete;
    expect(currentDefault(picker), 'a default shown as current while it is not known').to.equal(undefined);
    expect(alertText(picker), 'why, said once').to.equal(`${en.methodPickerLoadFailed} ${en.errorNetwork} ${en.methodPickerSaveUnsure}`);
    await expect(picker).to.be.accessible();
    retryButton(picker)!.click();
    await picker.updateComplete;
    expect(alertText(picker), 'while Try again reads, the alert keeps its words: the reason is not added back, to be said again').to.equal(en.methodPickerSaveUnsure);
    fake.last('getSettings').resolve(adele('text-mobile'));
    await settle();
    await picker.updateComplete;
    expect(currentDefault(picker)).to.equal('text-mobile');
    expect(alertText(picker)).to.equal(`${en.methodPickerSaveFailed} ${en.errorNetwork}`);
  });

  it('after a save with no answer while the browser went offline: back online, reads the settings again by itself', async () => {
    const fake = new FakeClient();
    const { picker } = await unansweredSave(fake, new MfaError('network', { operation: 'setDefaultMethod' }));
    try {
      window.dispatchEvent(new Event('offline'));
      fake.last('getSettings').reject(new MfaError('network', { operation: 'getSettings' }));
      await settle();
      await picker.updateComplete;
      expect(currentDefault(picker)).to.equal(undefined);
    } finally {
      window.dispatchEvent(new Event('online'));
      await picker.updateComplete;
    }
    expect(fake.callsOf('getSettings'), 'not read again once online').to.have.length(3);
    fake.last('getSettings').resolve(adele('text-mobile'));
    await settle();
    await picker.updateComplete;
    expect(currentDefault(picker)).to.equal('text-mobile');
  });

  it('keeps a choice made while saving, and shows the server answer as the saved default', async () => {
    const fake = new FakeClient();
    const picker = await mountFake(fake);
    await choose(picker, 'call-office');
    saveButton(picker).click();
    await choose(picker, 'app-code');
    saveButton(picker).click(); // ignored: one save in flight
    expect(fake.callsOf('setDefaultMethod')).to.have.length(1);
    fake.last('setDefaultMethod').resolve({ defaultMethod: 'call-office' });
    await settle();
    expect(currentDefault(picker)).to.equal('call-office');
    expect(checked(picker)).to.equal('app-code');
    expect(picker.status).to.equal('ready');
  });

  it('refused as not registered: says so, marks the choice, reads the settings again, then focuses the saved default', async () => {
    const fake = new FakeClient();
    const picker = await mountFake(fake);
    await choose(picker, 'call-office');
    saveButton(picker).click();
    fake.last('setDefaultMethod').reject(
      new MfaError('validation', { operation: 'setDefaultMethod', status: 400, fieldErrors: [{ field: 'method', reason: 'not-registered' }] }),
    );
    await settle();
    await picker.updateComplete;
    expect(alertText(picker)).to.equal(`${en.methodPickerSaveFailed} ${en.methodPickerNotRegistered}`);
    const office = radio(picker, 'call-office')!;
    expect(office.checked).to.equal(true);
    expect(office.getAttribute('aria-invalid')).to.equal('true');
    expect(office.getAttribute('aria-describedby')).to.contain('error');
    expect(focused(picker)).to.equal(office);
    expect(currentDefault(picker)).to.equal('text-mobile');
    expect(fake.callsOf('getSettings')).to.have.length(2);
    // Read again: the office phone was removed elsewhere, and the authenticator app takes its row. The
    // focus goes to the saved default, not to the method now in that row.
    const summary = adele();
    fake.last('getSettings').resolve({
      ...summary,
      methods: ['text-mobile', 'call-mobile', 'app-code'],
      phones: summary.phones.filter((p) => p.slot !== 'office'),
    });
    await settle();
    await picker.updateComplete;
    expect(radio(picker, 'call-office')).to.equal(null);
    const at = focused(picker) as HTMLInputElement;
    expect(at?.value, 'the focused radio').to.equal('text-mobile');
    expect(at.checked).to.equal(true);
    expect(currentDefault(picker)).to.equal('text-mobile');
    await expect(picker).to.be.accessible();
  });

  // The host's retry() after re-authentication sends the save again, not this element: its failure
  // is met as a click's is.
  for (const [name, error] of [
    ['refused as not registered', new MfaError('validation', { operation: 'setDefaultMethod', status: 400, fieldErrors: [{ field: 'method', reason: 'not-registered' }] })],
    ['with no answer', new MfaError('timeout', { operation: 'setDefaultMethod' })],
  ] as const) {
    it(`${name} when the host's retry after re-authentication sent it: reads the settings again, as after a click`, async () => {
      const fake = new FakeClient();
      const picker = await mountFake(fake);
      picker.addEventListener('mfa-reauth-required', (e) => {
        e.preventDefault();
        setTimeout(() => e.detail.retry());
      });
      await choose(picker, 'call-office');
      saveButton(picker).click();
      fake.last('setDefaultMethod').reject(new MfaError('reauth-required', { operation: 'setDefaultMethod', status: 401 }));
      await waitUntil(() => fake.callsOf('setDefaultMethod').length === 2, 'the host never retried');
      fake.last('setDefaultMethod').reject(error);
      await settle();
      await picker.updateComplete;
      expect(fake.callsOf('getSettings'), 'the settings are read again').to.have.length(2);
      if (error.code === 'validation') expect(focused(picker), 'the refused choice is pointed at').to.equal(radio(picker, 'call-office'));
      else expect(currentDefault(picker), 'a default shown as current while it is not known').to.equal(undefined);
    });
  }

  it('saves with Enter on the radio chosen, as a form does, and Enter on the saved one only says it is unchanged', async () => {
    const s = await newSandbox();
    const { picker } = await mount(s, 'adele');
    radio(picker, 'text-mobile')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(checked(picker)).to.equal('call-mobile');
    await sendKeys({ press: 'Enter' });
    await settled(picker, 'saved');
    expect(statusText(picker)).to.equal(en.methodPickerSaved(en.methodCallMobile));
    expect(currentDefault(picker)).to.equal('call-mobile');
    expect(focused(picker)?.id).to.equal('radio-call-mobile');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => statusText(picker) === en.methodPickerUnchanged, 'Enter on the saved default said nothing');
  });

  it('refused as no longer set up: once read again, the focus is on the saved default, not on the method now in that row', async () => {
    const s = await newSandbox();
    const other = await s.clientFor('adele');
    await other.setDefaultMethod('call-office');
    const { picker } = await mount(s, 'adele');
    // Another tab removes the mobile phone: its two methods go.
    await other.deletePhone('mobile');
    await choose(picker, 'call-mobile');
    saveButton(picker).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !radio(picker, 'call-mobile'), 'the settings were never read again', { timeout: 5000 });
    await picker.updateComplete;
    expect(alertText(picker)).to.equal(`${en.methodPickerSaveFailed} ${en.methodPickerNotRegistered}`);
    // The row the refused method had is the authenticator app's now; the focus is not there.
    const at = focused(picker) as HTMLInputElement | null;
    expect(at?.labels?.[0]?.textContent, 'the focused radio').to.contain(en.methodCallOffice);
    expect(at!.checked).to.equal(true);
    expect(currentDefault(picker)).to.equal('call-office');
    await expect(picker).to.be.accessible();
  });

  it('refused as not registered: the other elements of the page read the settings again too', async () => {
    const s = await newSandbox();
    const session = await s.signIn('adele');
    const headers = () => ({ Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken });
    const provider = await fixture<MfaProvider>(html`
      <mfa-provider endpoint=${s.endpoint} locale="en" .headers=${headers}>
        <mfa-method-picker id="a"></mfa-method-picker>
        <mfa-method-picker id="b"></mfa-method-picker>
      </mfa-provider>
    `);
    const [a, b] = [...provider.querySelectorAll<MfaMethodPicker>('mfa-method-picker')] as [MfaMethodPicker, MfaMethodPicker];
    await waitUntil(() => radio(a, 'call-office') && radio(b, 'call-office'), 'the settings never loaded', { timeout: 5000 });
    // Another tab removes the office phone.
    await (await s.clientFor('adele')).deletePhone('office');
    await choose(a, 'call-office');
    saveButton(a).click();
    await waitUntil(() => alertText(a) !== '', 'never refused', { timeout: 5000 });
    expect(alertText(a)).to.equal(`${en.methodPickerSaveFailed} ${en.methodPickerNotRegistered}`);
    await waitUntil(() => !radio(b, 'call-office'), 'the other picker still offers the removed phone', { timeout: 5000 });
  });

  it('lets the host veto a change: nothing is sent and the choice stays', async () => {
    const fake = new FakeClient();
    const picker = await mountFake(fake);
    picker.addEventListener('mfa-method-change-request', (e) => e.preventDefault());
    await choose(picker, 'app-code');
    saveButton(picker).click();
    await settle();
    expect(fake.callsOf('setDefaultMethod')).to.have.length(0);
    expect(checked(picker)).to.equal('app-code');
    expect(picker.status).to.equal('ready');
  });

  it('says when the choice is already the default, without sending', async () => {
    const fake = new FakeClient();
    const picker = await mountFake(fake);
    saveButton(picker).click();
    await picker.updateComplete;
    expect(statusText(picker)).to.equal(en.methodPickerUnchanged);
    expect(fake.callsOf('setDefaultMethod')).to.have.length(0);
  });

  it('says "already your default" again at a second press: the status line changes, its words the same', async () => {
    const fake = new FakeClient();
    const picker = await mountFake(fake);
    const region = $(picker, '[role="status"]')!;
    saveButton(picker).click();
    await picker.updateComplete;
    const first = region.textContent;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    saveButton(picker).click();
    await picker.updateComplete;
    observer.disconnect();
    // Before, the second press left the region as it was: a screen reader said nothing.
    expect(changes, 'the live region changed').to.not.be.empty;
    expect(region.textContent).to.not.equal(first);
    expect(seen(region)).to.equal(en.methodPickerUnchanged);
    expect(fake.callsOf('setDefaultMethod')).to.have.length(0);
  });

  it('with no default, Enter pressed twice on the radios says "Choose a method first." again, its words the same', async () => {
    const fake = new FakeClient();
    const picker = await mountFake(fake, { ...adele(), defaultMethod: null });
    const alert = $(picker, '#save-error')!;
    $<HTMLInputElement>(picker, '[name="method"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
    const first = alert.textContent;
    expect(seen(alert)).to.equal(en.methodPickerChoose);
    // The focus is on the first radio already: moving it there again says nothing.
    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
    expect(alert.textContent, 'the alert changed').to.not.equal(first);
    expect(seen(alert)).to.equal(en.methodPickerChoose);
  });

  it('with no default (the policy no longer allows the one saved), Save with no method chosen says to choose one, without sending', async () => {
    const fake = new FakeClient();
    const picker = await mountFake(fake, { ...adele(), defaultMethod: null });
    expect(checked(picker)).to.equal(undefined);
    saveButton(picker).focus();
    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
    // Before, Save did nothing and nothing was said: a keyboard user could not tell why.
    expect(alertText(picker)).to.equal(en.methodPickerChoose);
    expect(fake.callsOf('setDefaultMethod')).to.have.length(0);
    // An error of the group, as a refused choice's: every radio is marked invalid and described by
    // it, and the focus goes to the first, so it is said again at each press, not only once.
    const radios = [...picker.shadowRoot!.querySelectorAll<HTMLInputElement>('[name="method"]')];
    expect(focused(picker)).to.equal(radios[0]);
    for (const r of radios) {
      expect(r.getAttribute('aria-invalid')).to.equal('true');
      expect(r.getAttribute('aria-describedby')!.split(' ')).to.include('save-error');
    }
    expect(checked(picker), 'the focus chose nothing').to.equal(undefined);
    // Choosing one forgets it; saving it then sends it.
    await choose(picker, 'app-code');
    expect(alertText(picker)).to.equal('');
    expect(picker.shadowRoot!.querySelector('[aria-invalid="true"]')).to.equal(null);
    saveButton(picker).click();
    await settle();
    expect(fake.last('setDefaultMethod').args[0]).to.equal('app-code');
  });

  it('with no default, "Choose a method first." goes when the settings are read again and bring a default', async () => {
    const fake = new FakeClient();
    const picker = await mountFake(fake, { ...adele(), defaultMethod: null });
    saveButton(picker).click();
    await picker.updateComplete;
    expect(alertText(picker)).to.equal(en.methodPickerChoose);
    // The host reads the settings again (its refresh): a default is back, so no choice is missing.
    const reloaded = picker.reload();
    await settle();
    fake.last('getSettings').resolve(adele('app-code'));
    await reloaded;
    await picker.updateComplete;
    expect(checked(picker)).to.equal('app-code');
    // Before, the alert and the invalid marks stayed until the user acted.
    expect(alertText(picker)).to.equal('');
    expect(picker.shadowRoot!.querySelector('[aria-invalid="true"]')).to.equal(null);
    await expect(picker).to.be.accessible();
  });

  it('with no default, "Choose a method first." goes when the provider\'s refresh() reads a default', async () => {
    const fake = new FakeClient();
    const { provider, picker } = await mountInProvider(fake);
    fake.last('getSettings').resolve({ ...adele(), defaultMethod: null });
    await settle();
    await picker.updateComplete;
    saveButton(picker).click();
    await picker.updateComplete;
    expect(alertText(picker)).to.equal(en.methodPickerChoose);
    await refreshed(provider, fake);
    fake.last('getSettings').resolve(adele('call-office'));
    await settle();
    await picker.updateComplete;
    expect(checked(picker)).to.equal('call-office');
    expect(alertText(picker)).to.equal('');
    expect(picker.shadowRoot!.querySelector('[aria-invalid="true"]')).to.equal(null);
  });

  it('"Saved" goes when the provider\'s refresh() reads another default than the one saved', async () => {
    const fake = new FakeClient();
    const { provider, picker } = await mountInProvider(fake);
    fake.last('getSettings').resolve(adele());
    await settle();
    await choose(picker, 'call-office');
    saveButton(picker).click();
    fake.last('setDefaultMethod').resolve({ defaultMethod: 'call-office' });
    await settle();
    fake.last('getSettings').resolve(adele('call-office'));
    await settle();
    await picker.updateComplete;
    expect(picker.status).to.equal('saved');
    const saved = statusText(picker);
    expect(saved).to.contain('office');
    // Another page, or another element's change (a mobile phone that became a fixed line), moved the
    // default: the line that says the office phone was saved as the default would now be wrong.
    await refreshed(provider, fake);
    fake.last('getSettings').resolve(adele('text-mobile'));
    await settle();
    await picker.updateComplete;
    expect(checked(picker)).to.equal('text-mobile');
    expect(currentDefault(picker)).to.equal('text-mobile');
    expect(picker.status).to.equal('ready');
    expect(statusText(picker), 'no line says another default was saved').to.equal('');
  });

  it('offline: says so and sends nothing; back online it saves', async () => {
    const fake = new FakeClient();
    const picker = await mountFake(fake);
    await choose(picker, 'app-code');
    window.dispatchEvent(new Event('offline'));
    await picker.updateComplete;
    expect(statusText(picker)).to.equal(en.offline);
    expect(saveButton(picker).getAttribute('aria-disabled')).to.equal('true');
    expect(describedText(saveButton(picker)), 'the unavailable Save says why').to.equal(en.offline);
    saveButton(picker).click();
    expect(fake.callsOf('setDefaultMethod')).to.have.length(0);
    window.dispatchEvent(new Event('online'));
    await picker.updateComplete;
    expect(statusText(picker)).to.equal(en.backOnline);
    saveButton(picker).click();
    fake.last('setDefaultMethod').resolve({ defaultMethod: 'app-code' });
    await settle();
    expect(currentDefault(picker)).to.equal('app-code');
    expect(checked(picker)).to.equal('app-code');
  });

  it('clearSaveError() forgets a failed save while the browser is offline too: shown again, the picker does not say it', async () => {
    const fake = new FakeClient();
    const picker = await mountFake(fake);
    await choose(picker, 'app-code');
    saveButton(picker).click();
    fake.last('setDefaultMethod').reject(new MfaError('network', { operation: 'setDefaultMethod' }));
    await settle();
    await picker.updateComplete;
    expect(alertText(picker)).to.not.equal('');
    try {
      // The connection went with the save: offline, Save is unavailable, but nothing is held back
      // by a wait, and the failure is as stale as any other once the picker is hidden.
      window.dispatchEvent(new Event('offline'));
      await picker.updateComplete;
      picker.clearSaveError();
      await picker.updateComplete;
      expect(alertText(picker), 'the failure forgotten').to.equal('');
      expect(statusText(picker), 'offline is still said').to.equal(en.offline);
    } finally {
      window.dispatchEvent(new Event('online'));
      await picker.updateComplete;
    }
  });

  it('clearSaveError() once a rate limit\'s wait is over forgets it too: shown again, the picker does not say "try again now" of a failure it no longer shows', async () => {
    const fake = new FakeClient();
    const picker = await mountFake(fake);
    await choose(picker, 'app-code');
    const clock = stopClock();
    try {
      saveButton(picker).click();
      fake.last('setDefaultMethod').reject(new MfaError('rate-limited', { operation: 'setDefaultMethod', status: 429, retryAfter: 1 }));
      await settle();
      await picker.updateComplete;
      // While the wait runs, the refusal stays (Save is unavailable, and says why).
      picker.clearSaveError();
      await picker.updateComplete;
      expect(alertText(picker)).to.contain(en.methodPickerSaveFailed);
      clock.advance(1000);
      await waitUntil(() => statusText(picker) === en.retryNow, 'the wait never ended', { timeout: 4000 });
    } finally {
      clock.restore();
    }
    picker.clearSaveError();
    await picker.updateComplete;
    expect(statusText(picker), 'the end of a wait no longer shown').to.equal('');
    expect(alertText(picker)).to.equal('');
    expect(saveButton(picker).getAttribute('aria-disabled')).to.equal('false');
  });

  it('fires no event when properties are set or settings arrive', async () => {
    const fake = new FakeClient();
    const events: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    for (const name of ['mfa-method-change-request', 'mfa-method-change', 'mfa-method-setup-request', 'mfa-error']) {
      wrapper.addEventListener(name, () => events.push(name));
    }
    const picker = document.createElement('mfa-method-picker');
    wrapper.append(picker);
    picker.client = fake.client;
    await settle();
    fake.last('getSettings').resolve(adele());
    await settle();
    const next = new FakeClient();
    picker.client = next.client;
    await settle();
    next.last('getSettings').resolve(adele('app-code'));
    await settle();
    expect(currentDefault(picker)).to.equal('app-code');
    expect(events).to.deep.equal([]);
  });

  it('without a client, says how to connect it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><mfa-method-picker></mfa-method-picker></div>`);
    const picker = wrapper.querySelector<MfaMethodPicker>('mfa-method-picker')!;
    await picker.updateComplete;
    expect(picker.status).to.equal('error');
    expect(alertText(picker)).to.equal(en.noClient);
    expect(picker.matches(':state(error)')).to.equal(true);
  });

  it('shows an app method with the names of its apps (dana: push app)', async () => {
    const fake = new FakeClient();
    const summary: SettingsSummary = {
      ...adele('app-notification'),
      methods: ['text-mobile', 'call-mobile', 'app-notification', 'app-code'],
      phones: [{ slot: 'mobile', maskedNumber: '+33 • •• •• •• 78', region: 'FR', verifiedAt: '2024-01-01T00:00:00Z' }],
      authenticators: [{ id: 'auth_dana_push', kind: 'push', name: 'Authenticator on Pixel', createdAt: '2024-01-01T00:00:00Z', lastUsedAt: null }],
    };
    const picker = await mountFake(fake, summary);
    expect($(picker, '#detail-app-notification')!.textContent).to.contain('Authenticator on Pixel');
    expect(picker.matches(':state(ready)')).to.equal(true);
    expect(currentDefault(picker)).to.equal('app-notification');
  });

  it('names up to five apps in the description of the app choice, and counts more', async () => {
    const apps = (count: number): SettingsSummary['authenticators'] =>
      Array.from({ length: count }, (_, i) => ({ id: `auth_${i}`, kind: 'totp', name: `Phone ${i + 1}`, createdAt: '2024-01-01T00:00:00Z', lastUsedAt: null }));
    const detail = async (count: number) => {
      const picker = await mountFake(new FakeClient(), { ...adele(), authenticators: apps(count) });
      return $(picker, '#detail-app-code')!.textContent!.replace(/[\u2068\u2069]/g, '').replace(/\s+/g, ' ').trim();
    };
    expect(await detail(5)).to.equal('Phone 1, Phone 2, Phone 3, Phone 4, or Phone 5');
    // Thirty names were a description of 1,200 characters, read out each time the radio took the focus.
    expect(await detail(30)).to.equal('30 apps');
  });

  /** A picker inside `wrap` (its template given the picker), loaded with Adele's settings. */
  async function pickerIn(wrap: (picker: TemplateResult) => TemplateResult): Promise<MfaMethodPicker> {
    const fake = new FakeClient();
    const wrapper = await fixture<HTMLElement>(wrap(html`<mfa-method-picker .client=${fake.client}></mfa-method-picker>`));
    const picker = wrapper.querySelector<MfaMethodPicker>('mfa-method-picker')!;
    await settle();
    fake.last('getSettings').resolve(adele());
    await settle();
    await picker.updateComplete;
    return picker;
  }

  it('lays out right to left with the host\'s Arabic words, with phone numbers kept left to right', async () => {
    const picker = await pickerIn((p) => html`<mfa-provider locale="ar" .strings=${ARABIC}>${p}</mfa-provider>`);
    expect($(picker, '[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect($(picker, '[part~="base"]')!.lang).to.equal('ar');
    expect(getComputedStyle($(picker, '#detail-text-mobile .ltr')!).direction).to.equal('ltr');
  });

  it('names each Set up button with the host\'s words, in the order its language puts them', async () => {
    const GERMAN = {
      de: {
        methodCallAlternate: 'Mein alternatives Telefon anrufen',
        methodPickerSetUp: 'Einrichten',
        methodPickerSetUpNamed: (method: string) => `„${method}“ einrichten`,
      },
    };
    const picker = await pickerIn((p) => html`<mfa-provider locale="de" .strings=${GERMAN}>${p}</mfa-provider>`);
    const button = $(picker, '[part~="setup-list"] [part~="setup-button"]')!;
    expect(button.textContent!.trim()).to.equal('Einrichten');
    expect(accessibleName(button)).to.equal('„Mein alternatives Telefon anrufen“ einrichten');
    // A host's table written before the sentence had a key: the name still starts with the host's word.
    const older = await pickerIn((p) => html`<mfa-provider locale="de" .strings=${{ de: { methodPickerSetUp: 'Ein\u00ADrichten' } }}>${p}</mfa-provider>`);
    expect(accessibleName($(older, '[part~="setup-list"] [part~="setup-button"]')!)).to.equal(`Ein\u00ADrichten ${en.methodCallAlternate}`);
  });

  it('shows English left to right on an Arabic page without Arabic words, tagged English', async () => {
    const picker = await pickerIn((p) => html`<div lang="ar" dir="rtl">${p}</div>`);
    // English laid out right to left puts its full stops on the left and its counts at the end.
    expect($(picker, '[part~="base"]')!.getAttribute('dir')).to.equal('ltr');
    expect($(picker, '[part~="base"]')!.lang).to.equal('en');
    expect(getComputedStyle($(picker, '[part~="base"]')!).direction).to.equal('ltr');
  });

  it("asks the host to re-authenticate for a client of another copy of the library, whose error is of that copy's class", async () => {
    const fake = new FakeClient();
    const picker = await mountFake(fake);
    await choose(picker, 'call-mobile');
    saveButton(picker).click();
    await settle();
    const asked: string[] = [];
    picker.addEventListener('mfa-reauth-required', (e) => asked.push(e.detail.operation));
    // As another copy's MfaError is: the same fields, another class.
    const foreign = Object.assign(new Error('mfa-elements: setDefaultMethod failed: reauth-required (HTTP 401)'), {
      name: 'MfaError',
      code: 'reauth-required',
      operation: 'setDefaultMethod',
      status: 401,
      fieldErrors: [],
      transient: false,
    });
    fake.last('setDefaultMethod').reject(foreign);
    await settle();
    await picker.updateComplete;
    expect(asked, 'the host was not asked to re-authenticate').to.deep.equal(['setDefaultMethod']);
    expect(picker.shadowRoot!.textContent).to.not.contain(en.errorServer);
  });
});

describe('<mfa-method-picker> choice shown', () => {
  it('checks the choice it holds after each render, also after a radio was checked without telling it', async () => {
    const picker = await mountFake(new FakeClient());
    const checked = () => picker.shadowRoot!.querySelector<HTMLInputElement>('[name="method"]:checked')?.value;
    const saved = checked();
    const other = [...picker.shadowRoot!.querySelectorAll<HTMLInputElement>('[name="method"]')].find((r) => r.value !== saved)!;
    // A script (or a form reset) checks another radio, with no change event: the choice is the same.
    other.checked = true;
    picker.requestUpdate();
    await picker.updateComplete;
    expect(checked(), 'the radio checked is the choice').to.equal(saved);
  });
});

describe('<mfa-method-picker> moved in the page', () => {
  /** A picker whose save of call-mobile is in flight, in a wrapper with somewhere else to go. */
  async function saving(fake: FakeClient) {
    const picker = await mountFake(fake);
    const elsewhere = picker.parentElement!.appendChild(document.createElement('div'));
    const changes: string[] = [];
    picker.addEventListener('mfa-method-change', (e) => changes.push(e.detail.method));
    await choose(picker, 'call-mobile');
    saveButton(picker).click();
    await settle();
    return { picker, elsewhere, changes };
  }

  it('moved by a script while its save is in flight (out and back at once), takes the answer: saved, and the host is told once', async () => {
    const fake = new FakeClient();
    const { picker, elsewhere, changes } = await saving(fake);
    const call = fake.last('setDefaultMethod');
    elsewhere.append(picker);
    await settle();
    expect(call.aborted, 'a move is not leaving: the save goes on').to.equal(false);
    call.resolve({ defaultMethod: 'call-mobile' });
    await settled(picker, 'saved');
    expect(currentDefault(picker)).to.equal('call-mobile');
    expect(changes).to.deep.equal(['call-mobile']);
    expect(fake.callsOf('setDefaultMethod')).to.have.length(1);
  });

  it('moved while the host re-authenticates the user, the retry() the host calls then sends the save', async () => {
    const fake = new FakeClient();
    const { picker, elsewhere, changes } = await saving(fake);
    let retry: (() => void) | undefined;
    picker.addEventListener('mfa-reauth-required', (e) => {
      e.preventDefault();
      retry = e.detail.retry;
    });
    fake.last('setDefaultMethod').reject(new MfaError('reauth-required', { operation: 'setDefaultMethod', status: 401 }));
    await settle();
    expect(retry, 'the host is asked').to.be.a('function');
    elsewhere.append(picker);
    await settle();
    retry!();
    await settle();
    expect(fake.callsOf('setDefaultMethod'), 'sent again').to.have.length(2);
    fake.last('setDefaultMethod').resolve({ defaultMethod: 'call-mobile' });
    await settled(picker, 'saved');
    expect(changes).to.deep.equal(['call-mobile']);
  });

  it('taken out while its save is in flight and put back later: the save was abandoned, and Save sends it again', async () => {
    const fake = new FakeClient();
    const { picker, elsewhere, changes } = await saving(fake);
    const call = fake.last('setDefaultMethod');
    picker.remove();
    await settle();
    expect(call.aborted).to.equal(true);
    call.resolve({ defaultMethod: 'call-mobile' });
    await settle();
    elsewhere.append(picker);
    await picker.updateComplete;
    expect(changes, 'no answer for an element that had left').to.deep.equal([]);
    expect(picker.status).to.not.equal('saved');
    expect(statusText(picker), 'no "Saving…" left on screen').to.not.equal(en.saving);
    expect(saveButton(picker).getAttribute('aria-disabled'), 'Save is available').to.equal('false');
    expect(checked(picker), 'the choice is kept').to.equal('call-mobile');
    saveButton(picker).click();
    await settle();
    expect(fake.last('setDefaultMethod').options!.idempotencyKey, 'the same key').to.equal(call.options!.idempotencyKey);
  });

  it('moved with moveBefore() (where the browser has it), a save in flight goes on', async function () {
    const fake = new FakeClient();
    const { picker, elsewhere } = await saving(fake);
    const move = (elsewhere as { moveBefore?: (node: Node, child: Node | null) => void }).moveBefore;
    if (!move) this.skip();
    const call = fake.last('setDefaultMethod');
    move!.call(elsewhere, picker, null);
    await settle();
    expect(call.aborted).to.equal(false);
    call.resolve({ defaultMethod: 'call-mobile' });
    await settled(picker, 'saved');
  });
});
