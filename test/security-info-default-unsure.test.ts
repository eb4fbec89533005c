import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/provider/provider.js';
import '../src/components/security-info/security-info.js';
import type { MfaMethodPicker } from '../src/components/method-picker/method-picker.js';
import type { MfaSecurityInfo } from '../src/components/security-info/security-info.js';
import { MfaError } from '../src/core/errors.js';
import type { MethodId, SettingsSummary } from '../src/core/types.js';
import { en } from '../src/locales/en.js';
import { FakeClient, settle } from './support/fake-client.js';
import { waitUntil } from './support/wait.js';

/** A user with a mobile phone, texts and calls to it their methods, `defaultMethod` the default. */
const summary = (defaultMethod: MethodId): SettingsSummary => ({
  user: { displayName: 'Adele Vance', isAdmin: false },
  methods: ['text-mobile', 'call-mobile'],
  defaultMethod,
  phones: [{ slot: 'mobile', maskedNumber: '+1 ••• ••• ••67', region: 'US', verifiedAt: '2024-01-01T00:00:00Z' }],
  authenticators: [],
  appPasswords: { count: 0, limit: 10 },
  policy: { allowedMethods: ['text-mobile', 'call-mobile'], appPasswordsAllowed: false },
  mustRegisterAgain: false,
});

/** Answers every read of the settings asked for and not answered yet (the page's and those of the elements inside). */
function answerReads(fake: FakeClient, value: SettingsSummary): void {
  for (const call of fake.callsOf('getSettings')) call.resolve(value);
}

const $ = (el: MfaSecurityInfo, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const defaultLine = (el: MfaSecurityInfo) => $(el, '[part~="default-method"] strong')?.textContent?.trim();

/**
 * The page with text-mobile the default; the user opens the picker and saves call-mobile, and the
 * save gets no answer (`error`).
 */
async function saveUnanswered(fake: FakeClient, error: MfaError) {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div><mfa-provider .client=${fake.client}><mfa-security-info></mfa-security-info></mfa-provider></div>
  `);
  const el = wrapper.querySelector<MfaSecurityInfo>('mfa-security-info')!;
  const picker = () => $(el, 'mfa-method-picker') as MfaMethodPicker | null;
  await waitUntil(
    () => {
      answerReads(fake, summary('text-mobile'));
      return picker()?.status === 'ready';
    },
    'the page never loaded',
    { timeout: 5000 },
  );
  expect(defaultLine(el)).to.equal(en.methodTextMobile);
  $(el, '#change-default')!.click();
  await el.updateComplete;
  picker()!.shadowRoot!.querySelector<HTMLInputElement>('input[value="call-mobile"]')!.click();
  await picker()!.updateComplete;
  picker()!.shadowRoot!.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
  fake.last('setDefaultMethod').reject(error);
  await settle();
  await el.updateComplete;
  return { el, picker: picker()! };
}

describe('<mfa-security-info> after a save of the default with no answer', () => {
  it('names no default on its default line until the settings, read again, say which it is', async () => {
    const fake = new FakeClient();
    const { el, picker } = await saveUnanswered(fake, new MfaError('timeout', { operation: 'setDefaultMethod' }));
    // The endpoint may have made the change: the old default is not named meanwhile, as the picker
    // marks none current.
    expect(defaultLine(el), 'a default named while it is not known').to.equal(en.loading);
    await expect(el).to.be.accessible();
    // They say it was not changed: the line names the old default again, the picker stays open.
    answerReads(fake, summary('text-mobile'));
    await settle();
    await el.updateComplete;
    expect(defaultLine(el)).to.equal(en.methodTextMobile);
    expect(picker.checkVisibility(), 'the picker closed').to.equal(true);
  });

  it('names the new default, and says it is saved, when the settings read again say the endpoint made it', async () => {
    const fake = new FakeClient();
    const { el } = await saveUnanswered(fake, new MfaError('network', { operation: 'setDefaultMethod' }));
    expect(defaultLine(el)).to.equal(en.loading);
    answerReads(fake, summary('call-mobile'));
    await waitUntil(() => defaultLine(el) === en.methodCallMobile, `the line says ${defaultLine(el)}`, { timeout: 5000 });
    await waitUntil(() => $(el, '[part~="status"]')?.textContent === en.securityInfoDefaultSaved, 'the save was not said', { timeout: 5000 });
  });

  it('names the new default as soon as the picker finds it made, before the page\'s own read comes', async () => {
    const fake = new FakeClient();
    const { el } = await saveUnanswered(fake, new MfaError('timeout', { operation: 'setDefaultMethod' }));
    const [page, picker] = fake.callsOf('getSettings').slice(-2);
    // The picker's read answers first: it was made.
    picker.resolve(summary('call-mobile'));
    await waitUntil(() => $(el, '[part~="status"]')?.textContent === en.securityInfoDefaultSaved, 'the save was not said', { timeout: 5000 });
    await el.updateComplete;
    expect(defaultLine(el), 'the page says it is saved while its line says it does not know').to.equal(en.methodCallMobile);
    page.resolve(summary('call-mobile'));
    await settle();
    await el.updateComplete;
    expect(defaultLine(el)).to.equal(en.methodCallMobile);
  });

  it('names the default it read when the save was refused: the change was not made', async () => {
    const fake = new FakeClient();
    const { el } = await saveUnanswered(fake, new MfaError('forbidden', { operation: 'setDefaultMethod', status: 403 }));
    expect(defaultLine(el)).to.equal(en.methodTextMobile);
  });
});
