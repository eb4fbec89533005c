import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/provider/provider.js';
import '../src/components/security-info/security-info.js';
import type { MfaAuthenticatorEnroll } from '../src/components/authenticator-enroll/authenticator-enroll.js';
import type { MfaPhoneEditor } from '../src/components/phone-editor/phone-editor.js';
import type { MfaSecurityInfo } from '../src/components/security-info/security-info.js';
import { CODE_INPUT_PARTS } from '../src/components/code-input/code-input-parts.js';
import { INNER_PARTS } from '../src/components/security-info/security-info-parts.js';
import { presetForMethod, sections } from '../src/components/security-info/security-info-sections.js';
import { MfaError } from '../src/core/errors.js';
import { METHOD_IDS, type SettingsSummary } from '../src/core/types.js';
import { en } from '../src/locales/en.js';
import { keyOf } from '../src/core/localize.js';
import { zhHans } from '../src/locales/zh-Hans.js';
import { type Sandbox, newSandbox } from './support/sandbox.js';
import { clickCentre, typeKeys } from './support/keys.js';
import { typingElsewhereAs } from './support/elsewhere.js';
import { accessibleName, describedText, isolated, liveness, textOf } from './support/aria.js';
import { STYLED_MARGINS, codeInputPartMargins, withCodeInputPartsStyled } from './support/code-input-parts.js';
import { ARABIC } from './support/arabic.js';
import { FakeClient } from './support/fake-client.js';

const root = (el: MfaSecurityInfo) => el.shadowRoot as ShadowRoot;
const $ = <T extends Element = HTMLElement>(el: MfaSecurityInfo, selector: string) =>
  root(el).querySelector<T>(selector);
const dialog = (el: MfaSecurityInfo) => $<HTMLDialogElement>(el, 'dialog')!;
/** The dialog's note line, under its heading: why it stays open, or what closing again does. */
const dialogNote = (el: MfaSecurityInfo) => dialog(el).querySelector<HTMLElement>('.dialog-head + [role="status"]')!;
const sectionTitles = (el: MfaSecurityInfo) =>
  [...root(el).querySelectorAll('[part~="section-title"]')].map((h) => h.textContent?.trim());
const buttonIn = (el: Element, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === name);
const buttonNamed = (el: MfaSecurityInfo, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === name);
/** The deepest focused element, across shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Until the inner elements have loaded too: a read of theirs still in flight when a test sets a
 * fault is shared by the next load of the same resource, which then finds no fault.
 */
async function innerLoaded(el: MfaSecurityInfo): Promise<void> {
  const loading = () =>
    [...root(el).querySelectorAll('*')].some((inner) => inner.shadowRoot?.textContent?.includes(en.loading));
  await waitUntil(() => !loading(), 'an inner element never loaded', { timeout: 5000 });
}

/** Remove, then "Yes, remove" in a phone's editor, pressed from the keyboard: the focus on each button. */
async function removePhoneByKeyboard(editor: MfaPhoneEditor): Promise<void> {
  const press = (id: string) => {
    const button = editor.shadowRoot!.querySelector<HTMLButtonElement>(id)!;
    button.focus();
    button.click();
  };
  press('#remove');
  await editor.updateComplete;
  press('#remove-yes');
}

/** The button named `name` (its label, else its text) in the shadow root of the page's `inner` element. */
const innerButton = (el: MfaSecurityInfo, inner: string, name: string) =>
  [...($(el, inner)?.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );

/**
 * The page on a client whose reads wait: `answered(done)` answers every read sent so far from
 * `summary()` (the settings, its apps, and the app password "Mail" it counts), then gives `done()`.
 */
async function pageOnFakeClient(summary: () => SettingsSummary) {
  const fake = new FakeClient();
  const wrapper = await fixture<HTMLDivElement>(html`
    <div><mfa-provider .client=${fake.client}><mfa-security-info></mfa-security-info></mfa-provider></div>
  `);
  const answered = <T>(done: () => T): T => {
    const now = summary();
    for (const call of fake.callsOf('getSettings')) call.resolve(now);
    for (const call of fake.callsOf('listAuthenticators')) call.resolve({ items: now.authenticators });
    for (const call of fake.callsOf('listAppPasswords')) {
      call.resolve({ items: now.appPasswords.count ? [{ id: 'p', name: 'Mail', createdAt: '2025-01-02T00:00:00Z', lastUsedAt: null }] : [], limit: 40 });
    }
    return done();
  };
  return { fake, el: wrapper.querySelector('mfa-security-info')!, answered };
}

/** The status line has the focus, and is read once, as what has the focus: it is not live too. */
async function statusFocused(el: MfaSecurityInfo): Promise<void> {
  const status = $(el, '[part~="status"]');
  await waitUntil(() => deepActive() === status, 'focus did not move to the confirmation');
  expect(liveness(status), 'the focused confirmation is live too: read twice').to.equal('off');
  expect(accessibleName(status!), 'the focused confirmation is named by its words').to.equal(status!.textContent!.trim());
}

async function mount(s: Sandbox, user: string, locale = 'en') {
  return (await mountSignedIn(s, user, locale)).el;
}

/** Mounts the element, and gives the session it signed in with (for the sandbox's control calls). */
async function mountSignedIn(s: Sandbox, user: string, locale = 'en') {
  const { el, session } = await mountLoading(s, user, locale);
  await waitUntil(() => $(el, '[part~="default-method"], [part~="register-again"], [part~="error"].error'), 'never loaded', {
    timeout: 5000,
  });
  // And the end of the task the settings came in, which a timer of the client's marks: until then,
  // an element that asks for them is given that answer, not sent to the endpoint (see FetchClient).
  // A test that switches a fault on for the next read means a read sent after it. (A browser under
  // load may run that timer late: WebKit in CI ran it after the phone editor a dialog then opened had
  // asked, and that editor, given the answer, never read the settings the fault was for.)
  await aTimeout(0);
  return { el, session };
}

/** As `mountSignedIn`, without waiting for the settings to load (or to fail). */
async function mountLoading(s: Sandbox, user: string, locale = 'en') {
  const session = await s.signIn(user);
  const headers = () => ({ Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken });
  const wrapper = await fixture<HTMLDivElement>(html`
    <div>
      <mfa-provider endpoint=${s.endpoint} locale=${locale} .strings=${ARABIC} .headers=${headers}>
        <mfa-security-info><p slot="help">Call the service desk.</p></mfa-security-info>
      </mfa-provider>
    </div>
  `);
  return { el: wrapper.querySelector<MfaSecurityInfo>('mfa-security-info')!, session };
}

async function lastCode(s: Sandbox): Promise<string> {
  const messages = await s.controlCall<{ code: string }[]>('GET', '/outbox');
  return messages[messages.length - 1].code;
}

/** Types into the number field of an editor the dialog (or a step) shows, once it is usable; gives the field. */
async function typeNumber(editor: MfaPhoneEditor, keys: string): Promise<HTMLInputElement> {
  const field = () => editor.shadowRoot!.querySelector<HTMLInputElement>('#number');
  await waitUntil(() => field() && !field()!.disabled, 'the number field never became usable', { timeout: 5000 });
  field()!.focus();
  await typeKeys(keys);
  return field()!;
}

/** Sends a number for a code in an editor the dialog (or a step) shows, as a user does. */
async function sendNumber(editor: MfaPhoneEditor, number: string): Promise<void> {
  await waitUntil(() => editor.step === 'editing', 'the editor never started editing', { timeout: 5000 });
  await typeNumber(editor, number);
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => editor.step === 'awaiting-code', `never sent (${editor.step})`, { timeout: 5000 });
}

/** Opens the dialog on the alternate phone's editor; the endpoint holds the next code check back `ms`. */
async function addAlternatePhone(s: Sandbox, el: MfaSecurityInfo, ms: number): Promise<MfaPhoneEditor> {
  $<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
  await el.updateComplete;
  dialog(el).querySelector<HTMLInputElement>('input[value="phone-alternate"]')!.click();
  await el.updateComplete;
  buttonNamed(el, en.securityInfoNext)!.click();
  await el.updateComplete;
  await s.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms, times: 1, operations: ['confirmPhoneVerification'] }] });
  return dialog(el).querySelector<MfaPhoneEditor>('mfa-phone-editor')!;
}

/**
 * Completes a phone verification in an editor the dialog (or a step) shows: sends a code to the
 * number and types it in (or `code`, a wrong one).
 */
async function verifyPhone(s: Sandbox, editor: MfaPhoneEditor, number: string, code?: string): Promise<void> {
  await sendNumber(editor, number);
  code ??= await lastCode(s);
  const codeInput = editor.shadowRoot!.querySelector('mfa-code-input')!;
  (codeInput.shadowRoot!.querySelector('input') as HTMLInputElement).focus();
  // The code field submits itself once the last digit is in (auto-submit), as a user sees it. No
  // Enter after it: once the answer is in, the dialog has closed and focus is back on "Add a method",
  // where a late Enter opens the dialog again (how soon depends on the browser's timing).
  await typeKeys(code);
}

describe('<mfa-security-info>', () => {
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = await newSandbox();
  });

  it('keeps each radio of the Add dialog at its size in a narrow dialog, beside a label that wraps', async () => {
    const el = await mount(sandbox, 'adele');
    // As narrow as a 320 px screen makes it.
    el.style.setProperty('--mfa-security-info-dialog-width', '16rem');
    $<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
    await el.updateComplete;
    const radios = [...dialog(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.length).to.be.greaterThan(1);
    const sizes = radios.map((radio) => radio.getBoundingClientRect()).map((box) => `${Math.round(box.width)}×${Math.round(box.height)}`);
    expect(sizes).to.deep.equal(radios.map(() => '20×20'));
  });

  it('shows the default method and every registered method, and is accessible', async () => {
    const el = await mount(sandbox, 'adele');
    expect($(el, '[part~="default-method"] strong')?.textContent).to.equal(en.methodTextMobile);
    expect(sectionTitles(el)).to.deep.equal([
      en.securityInfoPhonesTitle,
      en.securityInfoAppsTitle,
      en.securityInfoAppPasswordsTitle,
    ]);
    const slots = [...root(el).querySelectorAll<MfaPhoneEditor>('mfa-phone-editor')].map((e) => e.phoneSlot);
    expect(slots).to.deep.equal(['mobile', 'office']);
    expect(root(el).querySelector('mfa-authenticator-list')).to.exist;
    expect(el.querySelector('[slot="help"]')?.textContent).to.equal('Call the service desk.');
    await expect(el).to.be.accessible();
  });

  it('says it needs a provider when given a client of its own, rather than show sections that cannot load', async () => {
    let requests = 0;
    const client = await sandbox.clientFor('adele', {
      fetch: (input, init) => {
        requests++;
        return fetch(input, init);
      },
    });
    const el = await fixture<MfaSecurityInfo>(html`<mfa-security-info lang="en" .client=${client}></mfa-security-info>`);
    await el.updateComplete;
    expect($(el, '[part~="error"]')?.textContent?.trim()).to.equal(en.noClient);
    expect($(el, '[part~="default-method"]')).to.equal(null);
    expect(requests, 'nothing was asked of the client').to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('adds a phone in a modal dialog, then closes it, announces it and focuses the confirmation', async () => {
    const el = await mount(sandbox, 'adele');
    const changes: string[] = [];
    document.addEventListener('mfa-phone-change', (e) => changes.push(e.detail.slot), { once: true });
    const add = $<HTMLButtonElement>(el, '[part~="add-button"]')!;
    add.focus();
    add.click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    await expect(el).to.be.accessible();
    // Only what can still be added: the alternate phone and an authenticator app.
    const options = [...dialog(el).querySelectorAll<HTMLInputElement>('[part~="option"] input[type="radio"]')].map((r) => r.value);
    expect(options).to.deep.equal(['phone-alternate', 'authenticator']);
    dialog(el).querySelector<HTMLInputElement>('input[value="phone-alternate"]')!.click();
    await el.updateComplete;
    buttonNamed(el, en.securityInfoNext)!.click();
    await el.updateComplete;
    const editor = dialog(el).querySelector<MfaPhoneEditor>('mfa-phone-editor')!;
    expect(editor.phoneSlot).to.equal('alternate');
    // Where the focus is when the dialog's close event comes, a task after it closed: a key pressed
    // in between goes there (a capturing listener on the shadow root runs before the dialog's own).
    let focusAtClose: string | null | undefined;
    root(el).addEventListener('close', () => (focusAtClose = deepActive()?.getAttribute('part') ?? null), { capture: true, once: true });
    await verifyPhone(sandbox, editor, '4255550199');
    await waitUntil(() => !dialog(el).open, 'the dialog stayed open', { timeout: 5000 });
    await waitUntil(() => focusAtClose !== undefined, 'no close event');
    expect(focusAtClose, 'the focus was back on Add until the close event').to.equal('status');
    expect(changes).to.deep.equal(['alternate']);
    expect($(el, '[part~="status"]')?.textContent).to.equal(`${en.slotAlternate} added.`);
    // Not back on "Add sign-in method": an Enter pressed after the last digit must not reopen it.
    await statusFocused(el);
    await sendKeys({ press: 'Enter' });
    expect(dialog(el).open).to.equal(false);
    await waitUntil(() => root(el).querySelectorAll('[part~="section"] mfa-phone-editor').length === 3, 'no third phone');
  });

  it('edges each method the dialog offers with a border, the chosen one in a colour of its own', async () => {
    const el = await mount(sandbox, 'adele');
    el.add();
    await el.updateComplete;
    const rows = [...dialog(el).querySelectorAll<HTMLElement>('[part~="option"]')];
    rows[1]!.querySelector('input')!.click();
    await el.updateComplete;
    // A transparent border on the others: forced colours (Windows high contrast, checked by
    // `npm run test:forced-colors`) draw it where they flatten the background that edged the row.
    const drawn = rows.map((row) => {
      const s = getComputedStyle(row);
      return `${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor === 'rgba(0, 0, 0, 0)' ? 'transparent' : 'coloured'}`;
    });
    expect(drawn).to.deep.equal(['solid 1px transparent', 'solid 1px coloured']);
  });

  it('keeps each phone in its own section when one is removed, and says what went', async () => {
    const el = await mount(sandbox, 'adele');
    const editors = () => [...root(el).querySelectorAll<MfaPhoneEditor>('[part~="section"] mfa-phone-editor')];
    el.add('phone-alternate');
    await el.updateComplete;
    await verifyPhone(sandbox, dialog(el).querySelector<MfaPhoneEditor>('mfa-phone-editor')!, '4255550199');
    await waitUntil(() => editors().length === 3, 'no third phone', { timeout: 5000 });
    const [, alternate, office] = editors() as [MfaPhoneEditor, MfaPhoneEditor, MfaPhoneEditor];
    expect([alternate.phoneSlot, office.phoneSlot]).to.deep.equal(['alternate', 'office']);
    await waitUntil(() => alternate.shadowRoot!.querySelector('#remove'), 'the alternate phone never showed', { timeout: 5000 });
    // Pressed from the keyboard, as a user does: the focus on each button.
    await removePhoneByKeyboard(alternate);
    await waitUntil(() => editors().length === 2, 'the alternate section stayed', { timeout: 5000 });
    // The office phone keeps its editor: no other phone's confirmation shows up under it.
    expect(editors().map((e) => e.phoneSlot)).to.deep.equal(['mobile', 'office']);
    expect(editors()[1]).to.equal(office);
    await office.updateComplete;
    expect(office.shadowRoot!.textContent).not.to.contain(en.phoneEditorRemoved);
    // The page confirms the removal and takes the focus its Remove button had.
    expect($(el, '[part~="status"]')?.textContent).to.equal(`${en.slotAlternate} removed.`);
    await statusFocused(el);
    await expect(el).to.be.accessible();
  });

  /** Focuses the app passwords' name field, as a user tabbing to it does, and gives it. */
  async function appPasswordName(el: MfaSecurityInfo): Promise<HTMLInputElement> {
    const list = $(el, 'mfa-app-passwords')!;
    const field = () => list.shadowRoot!.querySelector<HTMLInputElement>('[part~="name-input"]');
    await waitUntil(field, 'the app passwords never loaded', { timeout: 5000 });
    field()!.focus();
    return field()!;
  }

  it('leaves the focus where the user went in the page after confirming a phone’s removal, and says the removal by its live status line', async () => {
    const el = await mount(sandbox, 'adele');
    const office = [...root(el).querySelectorAll<MfaPhoneEditor>('[part~="section"] mfa-phone-editor')].find((e) => e.phoneSlot === 'office')!;
    await waitUntil(() => office.shadowRoot!.querySelector('#remove'), 'the office phone never showed', { timeout: 5000 });
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 1000, times: 1, operations: ['deletePhone'] }] });
    office.shadowRoot!.querySelector<HTMLButtonElement>('#remove')!.click();
    await office.updateComplete;
    office.shadowRoot!.querySelector<HTMLButtonElement>('#remove-yes')!.click();
    await office.updateComplete;
    // While the removal is on its way, the user goes on with an app password's name.
    const name = await appPasswordName(el);
    await typeKeys('Mail');
    const status = $(el, '[part~="status"]')!;
    await waitUntil(() => status.textContent === `${en.slotOffice} removed.`, 'not announced', { timeout: 5000 });
    await typeKeys(' app');
    await el.updateComplete;
    // Before, the editor's Add, then the status line, took the focus from the field: a space typed
    // next pressed Add, and what followed went into the number form.
    expect(deepActive() === name, `the focus was taken from the field (${deepActive()?.id})`).to.equal(true);
    expect(name.value).to.equal('Mail app');
    expect(liveness(status), 'said without the focus: by the live region').to.equal('polite');
  });

  it('loads everything again when a removal is refused for a default changed in another tab: the default line, the refusal and the picker agree', async () => {
    const el = await mount(sandbox, 'adele');
    expect($(el, '[part~="default-method"] strong')?.textContent).to.equal(en.methodTextMobile);
    // Another tab makes the office phone's call the default.
    await (await sandbox.clientFor('adele')).setDefaultMethod('call-office');
    const office = [...root(el).querySelectorAll<MfaPhoneEditor>('[part~="section"] mfa-phone-editor')].find((e) => e.phoneSlot === 'office')!;
    await waitUntil(() => office.shadowRoot!.querySelector('#remove'), 'the office phone never showed', { timeout: 5000 });
    office.shadowRoot!.querySelector<HTMLButtonElement>('#remove')!.click();
    await office.updateComplete;
    office.shadowRoot!.querySelector<HTMLButtonElement>('#remove-yes')!.click();
    await waitUntil(() => $(el, '[part~="default-method"] strong')?.textContent === en.methodCallOffice, 'the default line stayed stale', { timeout: 5000 });
    await waitUntil(() => office.shadowRoot!.textContent!.includes(en.phoneEditorBacksDefault), 'the office phone does not say why', { timeout: 5000 });
    const picker = root(el).querySelector('mfa-method-picker')!;
    await waitUntil(
      () => picker.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value === 'call-office',
      'the picker still has the old default chosen',
      { timeout: 5000 },
    );
    const { phones } = await (await sandbox.clientFor('adele')).getSettings();
    expect(phones.map((p) => p.slot)).to.include('office');
    await expect(el).to.be.accessible();
  });

  it('Enter on the add dialog\'s radios with none chosen says to choose one, marks them, and keeps the focus; chosen, Enter goes on', async () => {
    const el = await mount(sandbox, 'adele');
    $<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
    await el.updateComplete;
    const radios = () => [...dialog(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const alert = () => dialog(el).querySelector<HTMLElement>('form [role="alert"]');
    const seen = () => alert()?.textContent?.replace(/\u200b/g, '').trim();
    expect(radios().length).to.equal(2);
    // Where Tab lands in a group with none chosen: the first radio, not chosen.
    radios()[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Before, nothing happened and nothing was said (Next was disabled).
    expect(seen()).to.equal(en.securityInfoChooseFirst);
    expect(alert()!.part.contains('field-error'), 'styled as user admin\'s "choose an action" is').to.equal(true);
    expect(dialogNote(el).part.contains('dialog-note')).to.equal(true);
    for (const r of radios()) {
      expect(r.getAttribute('aria-invalid')).to.equal('true');
      expect(r.getAttribute('aria-describedby')!.split(' ')).to.include(alert()!.id);
    }
    expect(deepActive()).to.equal(radios()[0]);
    expect(radios().some((r) => r.checked), 'the focus chose nothing').to.equal(false);
    expect(dialog(el).querySelector('mfa-phone-editor, mfa-authenticator-enroll')).to.equal(null);
    await expect(el).to.be.accessible();
    // Enter again: said again (the alert changes), the same words seen.
    const first = alert()!.textContent;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(alert()!.textContent, 'the alert changed').to.not.equal(first);
    expect(seen()).to.equal(en.securityInfoChooseFirst);
    // Choosing one forgets it; Enter then goes on, as Next does.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radios()[1]!.checked).to.equal(true);
    expect(seen()).to.equal('');
    expect(dialog(el).querySelector('[aria-invalid="true"]')).to.equal(null);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog(el).querySelector('mfa-authenticator-enroll')).to.exist;
  });

  it('Next in the add dialog with none chosen says why and moves the focus to the first radio', async () => {
    const el = await mount(sandbox, 'adele');
    $<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
    await el.updateComplete;
    const next = buttonNamed(el, en.securityInfoNext)!;
    // Not disabled: a disabled button does not say why it does nothing.
    expect(next.disabled).to.equal(false);
    next.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog(el).querySelector('form [role="alert"]')!.textContent!.trim()).to.equal(en.securityInfoChooseFirst);
    const radios = [...dialog(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(deepActive()).to.equal(radios[0]);
    expect(radios.some((r) => r.checked)).to.equal(false);
  });

  it('says "Choose a method first." in Simplified Chinese too', async () => {
    const el = await mount(sandbox, 'adele', 'zh-CN');
    $<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
    await el.updateComplete;
    buttonNamed(el, zhHans.securityInfoNext)!.click();
    await el.updateComplete;
    expect(dialog(el).querySelector('form [role="alert"]')!.textContent!.trim()).to.equal('请先选择一种方式。');
  });

  it('chooses the only method left to add already: Next goes on with it', async () => {
    // Erik's policy allows his mobile and office phones only; his mobile is set up.
    const client = await sandbox.clientFor('erik');
    const challenge = await client.startPhoneVerification('mobile', { number: '+14155550123', channel: 'text' });
    await client.confirmPhoneVerification('mobile', challenge.challengeId, await lastCode(sandbox));
    const el = await mount(sandbox, 'erik');
    $<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
    await el.updateComplete;
    const radios = [...dialog(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => [r.value, r.checked])).to.deep.equal([['phone-office', true]]);
    const next = buttonNamed(el, en.securityInfoNext)!;
    expect(next.disabled).to.equal(false);
    await expect(el).to.be.accessible();
    next.click();
    await el.updateComplete;
    expect(dialog(el).querySelector<MfaPhoneEditor>('mfa-phone-editor')?.phoneSlot).to.equal('office');
  });

  it('keeps the chosen method chosen when what can be added changes while the dialog is open', async () => {
    const el = await mount(sandbox, 'adele');
    $<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
    await el.updateComplete;
    const radios = () => [...dialog(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    const before = radios().map((r) => r.value);
    expect(before).to.deep.equal(['phone-alternate', 'authenticator']);
    const app = radios().find((r) => r.value === 'authenticator')!;
    app.focus();
    app.click();
    await el.updateComplete;
    // Another tab removes the office phone meanwhile: it can be added again once the settings reload.
    await (await sandbox.clientFor('adele')).deletePhone('office');
    await el.reload();
    await el.updateComplete;
    await waitUntil(() => radios().length === 3, 'the options never changed', { timeout: 5000 });
    expect(radios().map((r) => r.value)).to.deep.equal(['phone-alternate', 'phone-office', 'authenticator']);
    const checked = radios().filter((r) => r.checked);
    expect(checked.map((r) => r.value)).to.deep.equal(['authenticator']);
    expect(checked[0]).to.equal(app);
    expect(deepActive()).to.equal(app);
    buttonNamed(el, en.securityInfoNext)!.click();
    await el.updateComplete;
    expect(dialog(el).querySelector('mfa-authenticator-enroll')).to.exist;
  });

  it('keeps the dialog open on Escape and × while a code is being checked, so the saved phone is told', async () => {
    const el = await mount(sandbox, 'adele');
    const changes: string[] = [];
    document.addEventListener('mfa-phone-change', (e) => changes.push(e.detail.slot), { once: true });
    const editor = await addAlternatePhone(sandbox, el, 1500);
    await verifyPhone(sandbox, editor, '4255550199');
    await waitUntil(() => editor.step === 'confirming', 'the code is never checked', { timeout: 5000 });
    const said = () => dialogNote(el).textContent!.trim();
    expect(said(), 'nothing to say before').to.equal('');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(said(), 'Escape refused, and said why').to.equal(en.securityInfoWaitForCheck);
    dialog(el).querySelector<HTMLButtonElement>(`[part~="close-button"][aria-label="${en.close}"]`)!.click();
    await el.updateComplete;
    expect(dialog(el).open, 'neither Escape nor × closes it meanwhile').to.equal(true);
    expect(editor.isConnected).to.equal(true);
    // Said again for the second refusal: the words change by an invisible mark.
    expect(said()).to.not.equal(en.securityInfoWaitForCheck);
    expect(said().replace('\u200b', '')).to.equal(en.securityInfoWaitForCheck);
    // A second Escape too (a browser lets a page refuse one close request only, until the user
    // does something else: the key is refused before it becomes one).
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el).open, 'nor a second Escape').to.equal(true);
    await waitUntil(() => !dialog(el).open, 'the dialog stayed open once the phone was saved', { timeout: 5000 });
    expect(changes).to.deep.equal(['alternate']);
    expect($(el, '[part~="status"]')?.textContent).to.equal(`${en.slotAlternate} added.`);
  });

  it('says why Escape does not close the dialog while a code is checked, until the check is over', async () => {
    const el = await mount(sandbox, 'adele');
    // A check long enough to see the note in: once it is over the code field takes the focus, and
    // the dialog scrolls down to it. Firefox, loaded by the whole suite, once did not show the note
    // within a check of 1 s.
    const editor = await addAlternatePhone(sandbox, el, 3000);
    await verifyPhone(sandbox, editor, '4255550198', '000000');
    await waitUntil(() => editor.step === 'confirming', 'the code is never checked', { timeout: 5000 });
    const status = dialogNote(el);
    // A dialog too short for what it holds (a small screen, a zoomed page), scrolled down to the
    // field with the focus: the note, at its top, must come into view when it says something.
    dialog(el).style.maxBlockSize = '14rem';
    const noteInView = async (what: string) => {
      await waitUntil(() => {
        const [note, frame] = [status.getBoundingClientRect(), dialog(el).getBoundingClientRect()];
        return note.top >= frame.top && note.bottom <= frame.bottom;
      }, `${what}: the note is out of sight`);
      dialog(el).scrollTop = dialog(el).scrollHeight;
    };
    dialog(el).scrollTop = dialog(el).scrollHeight;
    expect(status.getBoundingClientRect().bottom, 'scrolled down: the note out of sight').to.be.below(dialog(el).getBoundingClientRect().top);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(status.textContent!.trim()).to.equal(en.securityInfoWaitForCheck);
    await noteInView('while the code is checked');
    await expect(el, 'the dialog while it says why it stays').to.be.accessible();
    // A wrong code: the dialog stays, the editor says what is wrong, and the dialog's note goes.
    await waitUntil(() => editor.step === 'awaiting-code', 'the check never ends', { timeout: 5000 });
    await waitUntil(() => status.textContent!.trim() === '', 'the note stays after the check', { timeout: 2000 });
    expect(dialog(el).open).to.equal(true);
    // The number and a code were typed: the first Escape asks, the second closes.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(status.textContent!.trim()).to.equal(en.securityInfoCloseAgain);
    await noteInView('asked to close again');
    dialog(el).style.maxBlockSize = '';
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el).open, 'Escape closes it again').to.equal(false);
  });

  it('closes on the first Escape once everything typed in the dialog was deleted again', async () => {
    const el = await mount(sandbox, 'adele');
    const editor = await addAlternatePhone(sandbox, el, 0);
    const field = await typeNumber(editor, '42');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect([dialog(el).open, dialogNote(el).textContent], 'a number typed: asked first').to.deep.equal([true, en.securityInfoCloseAgain]);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(field.value, 'the field is empty again').to.equal('');
    expect(dialogNote(el).textContent, 'the question goes').to.equal('');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el).open, 'nothing left to lose: one Escape closes it').to.equal(false);
  });

  it('asks before Escape throws away a number typed in the dialog, and keeps it meanwhile', async () => {
    const el = await mount(sandbox, 'adele');
    const editor = await addAlternatePhone(sandbox, el, 0);
    const field = await typeNumber(editor, '42555');
    expect(dialogNote(el).textContent, 'nothing said before Escape').to.equal('');
    expect(dialogNote(el).getBoundingClientRect().height, 'the empty line takes no room').to.equal(0);
    const head = dialog(el).querySelector('.dialog-head')!.getBoundingClientRect();
    expect(editor.getBoundingClientRect().top - head.bottom, 'nor any space: its margins too are gone').to.equal(0);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el).open, 'the first Escape keeps the dialog').to.equal(true);
    expect(dialogNote(el).textContent).to.equal(en.securityInfoCloseAgain);
    expect(dialogNote(el).getBoundingClientRect().height > 0, 'the question is on screen, not for screen readers only').to.equal(true);
    expect(field.value.replace(/\D/g, ''), 'what was typed is kept').to.equal('42555');
    expect(deepActive(), 'the focus stays in the field').to.equal(field);
    await expect(el, 'the dialog while it asks').to.be.accessible();

    // Typing again is going on with the work: the next Escape asks again.
    await typeKeys('5');
    await el.updateComplete;
    expect(dialogNote(el).textContent, 'the question goes once the user types again').to.equal('');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(dialogNote(el).textContent).to.equal(en.securityInfoCloseAgain);

    await sendKeys({ press: 'Escape' });
    expect(dialog(el).open, 'the second Escape in a row closes it').to.equal(false);

    // Opened again, nothing typed yet: one Escape closes it, as it does the choice of method.
    const again = await addAlternatePhone(sandbox, el, 0);
    await waitUntil(() => again.step === 'editing', 'the editor never started editing', { timeout: 5000 });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el).open, 'nothing typed: Escape closes at once').to.equal(false);
  });

  it('locks the scrolling of the page behind the Add dialog while it is open, and gives the page its own overflow back when it closes or goes', async () => {
    const page = document.documentElement.style;
    // The host's own, set alone (a page that always shows its scroll bar): there is no `overflow` to read.
    page.overflowY = 'scroll';
    const tall = document.body.appendChild(Object.assign(document.createElement('div'), { style: 'block-size: 3000px' }));
    const scrolls = () => {
      const { overflowX, overflowY } = getComputedStyle(document.documentElement);
      return `${overflowX} ${overflowY}`;
    };
    try {
      const el = await mount(sandbox, 'adele');
      expect(scrolls()).to.equal('auto scroll');
      // The page beside its scroll bar: as wide as the window where the bar is drawn over the page
      // (headless Chromium's), no room kept for it then.
      const width = document.documentElement.clientWidth;
      const barTakesRoom = innerWidth > width;
      $<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
      await waitUntil(() => scrolls() === 'hidden hidden', `the page behind the dialog scrolls (${scrolls()})`);
      expect(document.documentElement.clientWidth, 'the page behind the dialog moved sideways').to.equal(width);
      expect(page.scrollbarGutter, 'room kept, or not, for the scroll bar').to.equal(barTakesRoom ? 'stable' : '');
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => scrolls() === 'auto scroll', `the page's overflow was not given back (${scrolls()})`);
      // One that takes 15 px (Windows, a Linux desktop): its room stays, empty, so the page behind
      // does not move sideways (the window's width counts the scroll bar, the page's does not).
      Object.defineProperty(document.documentElement, 'clientWidth', { configurable: true, get: () => innerWidth - 15 });
      try {
        $<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
        await waitUntil(() => scrolls() === 'hidden hidden', `the page behind the dialog scrolls (${scrolls()})`);
      } finally {
        delete (document.documentElement as { clientWidth?: number }).clientWidth;
      }
      expect(page.scrollbarGutter, 'the page behind the dialog moves sideways into its scroll bar\'s room').to.equal('stable');
      // Escape closes it (nothing chosen yet): the page scrolls as before, its own style as it was.
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog(el).open, 'Escape did not close the dialog');
      await waitUntil(() => scrolls() === 'auto scroll', `the page's overflow was not given back (${scrolls()})`);
      expect([page.overflowX, page.overflowY, page.scrollbarGutter]).to.deep.equal(['', 'scroll', '']);
      // Open again, and the element taken away with it (the host's page changes): given back too.
      el.add();
      await waitUntil(() => scrolls() === 'hidden hidden', `the page behind the dialog scrolls (${scrolls()})`);
      el.closest('mfa-provider')!.remove();
      expect([page.overflowX, page.overflowY, page.scrollbarGutter]).to.deep.equal(['', 'scroll', '']);
    } finally {
      page.overflow = '';
      tall.remove();
    }
  });

  it('keeps the dialog modal when a script moves the element while it is open, with what was typed and the focus in its field', async () => {
    const el = await mount(sandbox, 'adele');
    const outside = document.createElement('button');
    const elsewhere = document.createElement('div');
    el.parentElement!.append(outside, elsewhere);
    const editor = await addAlternatePhone(sandbox, el, 0);
    const field = await typeNumber(editor, '42555');
    // A host's script moving the element (a layout change): taken out of the page, and put back.
    elsewhere.append(el);
    await el.updateComplete;
    await editor.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(dialog(el).matches(':modal'), 'modal again').to.equal(true);
    expect(dialog(el).querySelector('mfa-phone-editor'), 'the same set-up').to.equal(editor);
    expect(field.isConnected && field.value.replace(/\D/g, ''), 'what was typed is kept').to.equal('42555');
    expect(deepActive(), 'the focus stays in the field').to.equal(field);
    outside.focus();
    expect(document.activeElement, 'the page behind is inert').to.not.equal(outside);
    // Escape is the dialog's again: it asks first, as before the move, and a second one closes it.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect([dialog(el).open, dialogNote(el).textContent]).to.deep.equal([true, en.securityInfoCloseAgain]);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el).open, 'closed by the second Escape').to.equal(false);
  });

  it('puts the focus back where it moved inside the phone editor without a key (a click), when a script moves the element', async () => {
    const el = await mount(sandbox, 'adele');
    const elsewhere = document.createElement('div');
    el.parentElement!.append(elsewhere);
    const editor = await addAlternatePhone(sandbox, el, 0);
    await typeNumber(editor, '42555');
    // From the number to the country's search, inside the editor, by a click: no key.
    const search = editor.shadowRoot!.querySelector<HTMLInputElement>('#country-search')!;
    await clickCentre(search);
    expect(deepActive(), 'the click focused the search').to.equal(search);
    elsewhere.append(el);
    await el.updateComplete;
    expect(dialog(el).matches(':modal'), 'modal again').to.equal(true);
    expect(deepActive(), 'the focus is back in the country search').to.equal(search);
  });

  it('counts a held Escape once, and asks again once the user goes on or the set-up is back to its start', async () => {
    const el = await mount(sandbox, 'adele');
    const editor = await addAlternatePhone(sandbox, el, 0);
    const field = await typeNumber(editor, '42555');
    const said = () => dialogNote(el).textContent;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(said()).to.equal(en.securityInfoCloseAgain);
    // The same key held down: the browser repeats it, and the repeats close nothing.
    const held = new KeyboardEvent('keydown', { key: 'Escape', repeat: true, bubbles: true, composed: true, cancelable: true });
    field.dispatchEvent(held);
    expect(held.defaultPrevented, 'a repeat of the key is no second Escape').to.equal(true);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(said()).to.equal(en.securityInfoCloseAgain);
    // Another key: the user goes on, and the question goes.
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(said(), 'the question withdrawn').to.equal('');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect([dialog(el).open, said()], 'asked again').to.deep.equal([true, en.securityInfoCloseAgain]);
    // The editor's Cancel takes the set-up back to its start, and the number with it: nothing to lose.
    editor.shadowRoot!.querySelector<HTMLButtonElement>('#cancel')!.click();
    await waitUntil(() => editor.step === 'viewing', 'Cancel did not leave editing');
    await el.updateComplete;
    expect(said(), 'a click is going on too').to.equal('');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el).open, 'nothing left to lose: Escape closes at once').to.equal(false);
  });

  it('asks the same of a close request that is not the Escape key (a back gesture), where the browser has them', async function () {
    if (!('requestClose' in HTMLDialogElement.prototype)) this.skip();
    const el = await mount(sandbox, 'adele');
    await typeNumber(await addAlternatePhone(sandbox, el, 0), '42555');
    const close = () => (dialog(el) as HTMLDialogElement & { requestClose(): void }).requestClose();
    close();
    await el.updateComplete;
    expect(dialog(el).open, 'the first request is refused').to.equal(true);
    expect(dialogNote(el).textContent).to.equal(en.securityInfoCloseAgain);
    close();
    await el.updateComplete;
    expect(dialog(el).open, 'the second closes it').to.equal(false);
  });

  it('closes the dialog on the phone editor\'s Cancel, the focus back on Add, rather than leave it on an empty summary', async () => {
    const el = await mount(sandbox, 'adele');
    const add = $<HTMLButtonElement>(el, '[part~="add-button"]')!;
    add.focus();
    add.click();
    await el.updateComplete;
    dialog(el).querySelector<HTMLInputElement>('input[value="phone-alternate"]')!.click();
    await el.updateComplete;
    buttonNamed(el, en.securityInfoNext)!.click();
    await el.updateComplete;
    const editor = dialog(el).querySelector<MfaPhoneEditor>('mfa-phone-editor')!;
    // The fields, once the phone library is loaded: the Cancel shown while it loads goes then, and the
    // focus with it (to the number field).
    await waitUntil(() => editor.shadowRoot!.activeElement?.id === 'number', 'the number field never took the focus', { timeout: 5000 });
    // By keyboard, as a user leaving it does: Enter on Cancel.
    editor.shadowRoot!.querySelector<HTMLButtonElement>('#cancel')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog(el).open, `the dialog stayed open, the editor ${editor.step}`, { timeout: 5000 });
    await waitUntil(() => deepActive() === add, 'the focus is not back on Add');
    expect(await (await sandbox.clientFor('adele')).getSettings().then((s) => s.phones.map((p) => p.slot))).not.to.include('alternate');
  });

  it('keeps the dialog open on the phone editor\'s Try again, where the editor could not read the settings: Try again reads them there', async () => {
    const el = await mount(sandbox, 'adele');
    $<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
    await el.updateComplete;
    dialog(el).querySelector<HTMLInputElement>('input[value="phone-alternate"]')!.click();
    await el.updateComplete;
    // The editor the dialog shows reads the settings itself, and that read fails (each of its tries).
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 3, operations: ['getSettings'] }] });
    buttonNamed(el, en.securityInfoNext)!.click();
    await el.updateComplete;
    const editor = dialog(el).querySelector<MfaPhoneEditor>('mfa-phone-editor')!;
    const retry = () => editor.shadowRoot!.querySelector<HTMLButtonElement>('[data-load-retry]');
    await waitUntil(retry, 'the editor\'s read never failed', { timeout: 5000 });
    retry()!.click();
    await waitUntil(() => editor.shadowRoot!.querySelector('#edit'), 'the editor never read the settings again', { timeout: 5000 });
    await el.updateComplete;
    expect(dialog(el).open, 'Try again closed the dialog').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('opens the dialog on its first choice, closes it with Escape and gives focus back', async () => {
    const el = await mount(sandbox, 'adele');
    const add = $<HTMLButtonElement>(el, '[part~="add-button"]')!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    // On the first choice, not the dialog's ×: a habitual Enter does not close it.
    await waitUntil(() => deepActive() === dialog(el).querySelector('input[type="radio"]'), 'focus is not on the first choice');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(deepActive()).to.equal(add);
  });

  it('offers a user with nothing registered one way to set a method up: the method picker\'s list, with no Add button beside it', async () => {
    const el = await mount(sandbox, 'ben');
    const picker = root(el).querySelector('mfa-method-picker')!;
    await waitUntil(() => picker.shadowRoot?.querySelector('[part~="setup-button"]'), 'no set-up actions', { timeout: 5000 });
    expect(picker.checkVisibility(), 'the picker shows').to.equal(true);
    expect(!!$(el, '[part~="add-button"]'), 'an Add button: a second way to the same set-ups').to.equal(false);
    await expect(el).to.be.accessible();
    // Once something is registered, the picker hides behind Change, and the Add button shows.
    // Registered elsewhere (another tab), then the host refreshes.
    const client = await sandbox.clientFor('ben');
    const { challengeId } = await client.startPhoneVerification('office', { number: '+14255550100', channel: 'call' });
    await client.confirmPhoneVerification('office', challengeId, await lastCode(sandbox));
    (el.closest('mfa-provider') as HTMLElement & { refresh(): void }).refresh();
    await waitUntil(() => $(el, '[part~="add-button"]'), 'no Add button once a phone is registered', { timeout: 5000 });
    const shown = root(el).querySelector('mfa-method-picker')!;
    expect([shown.isConnected, shown.checkVisibility()], 'the picker stayed open').to.deep.equal([true, false]);
    expect($(el, '[part~="default-method"] button')?.ariaExpanded).to.equal('false');
  });

  it("opens the right set-up when the method picker's set-up action is used", async () => {
    const el = await mount(sandbox, 'ben');
    const picker = root(el).querySelector('mfa-method-picker')!;
    await waitUntil(() => picker.shadowRoot?.querySelector('[part~="setup-button"]'), 'no set-up actions', {
      timeout: 5000,
    });
    const setups = [...picker.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="setup-button"]')];
    const appSetup = setups.find((b) => b.closest('[part~="row"]')?.textContent?.includes(en.methodAppCode));
    appSetup!.click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(dialog(el).querySelector('mfa-authenticator-enroll')).to.exist;
  });

  // "Set up …" in the method picker starts the set-up of the method it names, and the focus goes to
  // the set-up's first field (inside the inner element), not to the dialog's × button.
  for (const [method, inner, expected] of [
    ['app-notification', 'mfa-authenticator-enroll', 'push'],
    ['app-code', 'mfa-authenticator-enroll', 'totp'],
    ['call-mobile', 'mfa-phone-editor', 'call'],
    ['text-mobile', 'mfa-phone-editor', 'text'],
    ['call-alternate', 'mfa-phone-editor', 'call'],
  ] as const) {
    it(`starts the set-up the method picker asked for: ${method}`, async () => {
      const el = await mount(sandbox, 'ben');
      const picker = root(el).querySelector('mfa-method-picker')!;
      const setup = () => picker.shadowRoot?.querySelector<HTMLButtonElement>(`[aria-label="Set up ${en[keyOf('method', method)]}"]`);
      await waitUntil(setup, 'no set-up action', { timeout: 5000 });
      setup()!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialog(el).open, 'the dialog never opened');
      const element = dialog(el).querySelector(inner)!;
      expect(element, `no ${inner} in the dialog`).to.exist;
      const checked = () => element.shadowRoot?.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      if (inner === 'mfa-authenticator-enroll') {
        await waitUntil(checked, 'the kinds never showed', { timeout: 5000 });
        expect(checked()!.value).to.equal(expected);
        await waitUntil(() => deepActive() === checked(), 'focus did not move to the chosen kind', { timeout: 5000 });
        await expect(el).to.be.accessible();
        // An Enter from there submits the set-up's form; it no longer closes the dialog.
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => (element as MfaAuthenticatorEnroll).step !== 'choose', 'Enter did not start the set-up', { timeout: 5000 });
        expect(dialog(el).open, 'Enter closed the dialog').to.equal(true);
      } else {
        const editor = element as MfaPhoneEditor;
        expect(editor.phoneSlot).to.equal(method === 'call-alternate' ? 'alternate' : 'mobile');
        await waitUntil(() => editor.shadowRoot!.querySelector('#number'), 'the editor never opened', { timeout: 5000 });
        expect(editor.shadowRoot!.querySelector<HTMLInputElement>('input[name="channel"]:checked')?.value).to.equal(expected);
        await waitUntil(() => deepActive() === editor.shadowRoot!.querySelector('#number'), 'focus is not on the number');
      }
    });
  }

  it('cancels a push app set-up on the endpoint when the dialog is closed with Escape', async () => {
    const el = await mount(sandbox, 'ben');
    el.add('authenticator');
    await waitUntil(() => dialog(el).querySelector('mfa-authenticator-enroll'), 'no set-up in the dialog');
    const enroll = dialog(el).querySelector<MfaAuthenticatorEnroll>('mfa-authenticator-enroll')!;
    const push = () => enroll.shadowRoot?.querySelector<HTMLInputElement>('#kind-push');
    await waitUntil(push, 'the kinds never showed', { timeout: 5000 });
    push()!.click();
    const name = enroll.shadowRoot!.querySelector<HTMLInputElement>('#name')!;
    name.value = 'Work phone';
    name.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await enroll.updateComplete;
    const cancelled: Event[] = [];
    el.addEventListener('mfa-enrollment-cancel', (event) => cancelled.push(event));
    enroll.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await waitUntil(() => enroll.step === 'waiting', 'the set-up never started', { timeout: 5000 });
    const pending = () => sandbox.controlCall<unknown[]>('GET', '/enrollments?userId=ben');
    expect(await pending()).to.have.length(1);

    // Its QR code may have been scanned already: the first Escape asks, the second closes.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialogNote(el).textContent).to.equal(en.securityInfoCloseAgain);
    expect(enroll.step, 'the set-up goes on meanwhile').to.equal('waiting');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el).open, 'the dialog stayed open');
    expect(dialog(el).querySelector('mfa-authenticator-enroll'), 'the set-up went with the dialog').to.equal(null);
    expect(cancelled.map((event) => (event as CustomEvent).detail)).to.deep.equal([{ kind: 'push', started: true }]);
    // The app can no longer activate it: nothing is left pending for ben.
    let left = await pending();
    for (let i = 0; i < 50 && left.length > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      left = await pending();
    }
    expect(left, 'the enrollment is still pending').to.have.length(0);
  });

  it("tells the page once when the set-up's own Cancel closes the dialog", async () => {
    const el = await mount(sandbox, 'ben');
    el.add('authenticator');
    await waitUntil(() => dialog(el).querySelector('mfa-authenticator-enroll'), 'no set-up in the dialog');
    const enroll = dialog(el).querySelector<MfaAuthenticatorEnroll>('mfa-authenticator-enroll')!;
    await waitUntil(() => enroll.shadowRoot?.querySelector('#kind-push'), 'the kinds never showed', { timeout: 5000 });
    enroll.shadowRoot!.querySelector<HTMLInputElement>('#kind-push')!.click();
    await enroll.updateComplete;
    const cancelled: unknown[] = [];
    el.addEventListener('mfa-enrollment-cancel', (event) => cancelled.push((event as CustomEvent).detail));
    enroll.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await waitUntil(() => enroll.step === 'waiting', 'the set-up never started', { timeout: 5000 });

    buttonIn(enroll, en.cancel)!.click();
    await waitUntil(() => !dialog(el).open, 'the dialog stayed open', { timeout: 5000 });
    expect(cancelled).to.deep.equal([{ kind: 'push', started: true }]);
    expect(await sandbox.controlCall<unknown[]>('GET', '/enrollments?userId=ben')).to.have.length(0);
  });

  it('focuses the first field of the app set-up after Next, not the dialog\'s close button', async () => {
    const el = await mount(sandbox, 'adele');
    const add = $<HTMLButtonElement>(el, '[part~="add-button"]')!;
    add.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const app = dialog(el).querySelector<HTMLInputElement>('input[value="authenticator"]')!;
    app.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    buttonNamed(el, en.securityInfoNext)!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el).querySelector('mfa-authenticator-enroll'), 'no app set-up');
    const enroll = dialog(el).querySelector('mfa-authenticator-enroll')!;
    const first = () => enroll.shadowRoot!.querySelector('#kind-totp');
    await waitUntil(first, 'the set-up never showed', { timeout: 5000 });
    await waitUntil(() => deepActive() === first(), 'focus did not move into the set-up', { timeout: 5000 });
  });

  it('follows the policy: no app sections where apps and app passwords are not allowed', async () => {
    const el = await mount(sandbox, 'erik');
    expect(sectionTitles(el)).to.deep.equal([]);
    el.add();
    await el.updateComplete;
    const options = [...dialog(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((r) => r.value);
    expect(options).to.deep.equal(['phone-mobile', 'phone-office']);
  });

  it('leads a user who must register again through it first, and says why', async () => {
    const el = await mount(sandbox, 'chen');
    const again = $(el, '[part~="register-again"]')!;
    expect(again.textContent).to.contain(en.securityInfoRegisterAgainExplain);
    // The methods are alternatives (at least one), not numbered steps.
    const methods = [...again.querySelectorAll('li')];
    expect(methods.map((li) => `${li.parentElement!.localName} ${getComputedStyle(li).listStyleType}`)).to.deep.equal(['ul none', 'ul none']);
    expect($(el, '[part~="default-method"]')).to.equal(null);
    await expect(el).to.be.accessible();
    const editor = again.querySelector<MfaPhoneEditor>('mfa-phone-editor')!;
    await waitUntil(() => editor.step === 'viewing', 'editor not ready', { timeout: 5000 });
    editor.edit();
    await verifyPhone(sandbox, editor, '+8613912345678');
    // The endpoint clears the requirement once a method is registered: the usual page appears.
    await waitUntil(() => $(el, '[part~="default-method"]'), 'the register-again step never ended', { timeout: 5000 });
  });

  // WCAG 1.4.10: at 320 CSS px nothing scrolls sideways, not even the country list of a phone being
  // edited (its longest name made the section's grid column wider than the screen). The page is a
  // 320 px wide column here (the elements use no media queries), which works in every browser the
  // tests run in; WebDriver-driven ones cannot resize the window.
  for (const [user, locale, slot] of [
    ['adele', 'en', 'office'],
    ['adele', 'zh-CN', 'office'],
    ['adele', 'ar', 'office'],
    ['chen', 'ar', 'mobile'],
  ] as const) {
    it(`fits a 320 px wide screen while the ${slot} phone is edited (${user}, ${locale})`, async () => {
      const el = await mount(sandbox, user, locale);
      const column = el.closest('mfa-provider')!.parentElement!;
      column.style.inlineSize = '320px';
      const editor = [...root(el).querySelectorAll<MfaPhoneEditor>('mfa-phone-editor')].find((e) => e.phoneSlot === slot)!;
      const change = () => editor.shadowRoot!.querySelector<HTMLButtonElement>('#edit');
      await waitUntil(change, 'no Change button', { timeout: 5000 });
      change()!.click();
      const country = () => editor.shadowRoot!.querySelector<HTMLSelectElement>('[part~="country"]');
      await waitUntil(country, 'the editor never opened', { timeout: 5000 });
      await editor.updateComplete;
      expect(column.scrollWidth, 'the column scrolls sideways').to.be.at.most(column.clientWidth);
      const box = el.getBoundingClientRect();
      expect(box.width).to.be.at.most(320);
      for (const inner of [editor, country()!]) {
        const r = inner.getBoundingClientRect();
        expect(r.left, `${inner.localName} starts before the element`).to.be.at.least(box.left - 0.5);
        expect(r.right, `${inner.localName} ends after the element`).to.be.at.most(box.right + 0.5);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('fits a 320 px wide screen with text at 200 %: the page, the method picker, a phone being edited', async () => {
    document.documentElement.style.fontSize = '200%';
    try {
      const el = await mount(sandbox, 'adele');
      const column = el.closest('mfa-provider')!.parentElement!;
      column.style.inlineSize = '320px';
      const fits = (what: string) => expect(column.scrollWidth, `${what} scrolls sideways`).to.be.at.most(column.clientWidth);
      fits('the page');
      buttonNamed(el, en.securityInfoChange)!.click();
      const picker = root(el).querySelector('mfa-method-picker')!;
      await waitUntil(() => picker.shadowRoot?.querySelector('input[type="radio"]'), 'the picker never loaded', { timeout: 5000 });
      await picker.updateComplete;
      fits('the method picker');
      const editor = [...root(el).querySelectorAll<MfaPhoneEditor>('mfa-phone-editor')].find((e) => e.phoneSlot === 'mobile')!;
      editor.shadowRoot!.querySelector<HTMLButtonElement>('#edit')!.click();
      await waitUntil(() => editor.shadowRoot!.querySelector('[part~="country"]'), 'the editor never opened', { timeout: 5000 });
      await editor.updateComplete;
      // Every box inside stays within the column. (WebKit also counts the text of the longest
      // country name inside the narrowed list in the column's scroll width, so that is not asked.)
      const edge = column.getBoundingClientRect().right + 0.5;
      const outside: string[] = [];
      const walk = (scope: ParentNode) => {
        for (const node of scope.querySelectorAll('*')) {
          if (node.getBoundingClientRect().right > edge) outside.push(`${node.localName}#${node.id}`);
          if (node.shadowRoot) walk(node.shadowRoot);
        }
      };
      walk(column);
      expect(outside, 'the phone editor goes past the column').to.deep.equal([]);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('names the look of every button as a part, which the page styles from outside', async () => {
    const el = await mount(sandbox, 'adele');
    buttonNamed(el, en.securityInfoChange)!.click();
    const picker = root(el).querySelector('mfa-method-picker')!;
    await waitUntil(() => picker.shadowRoot?.querySelector('[part~="save-button"]'), 'the picker never loaded', { timeout: 5000 });
    // Each section has read its own data: the apps can be renamed, an app password created.
    const inside = (tag: string, selector: string) => root(el).querySelector(tag)?.shadowRoot?.querySelector(selector);
    await waitUntil(() => inside('mfa-authenticator-list', 'button') && inside('mfa-app-passwords', '[part~="create-button"]'), 'a section never loaded', {
      timeout: 5000,
    });
    const buttons: HTMLButtonElement[] = [];
    const walk = (scope: ParentNode) => {
      for (const node of scope.querySelectorAll('*')) {
        if (node instanceof HTMLButtonElement && node.checkVisibility()) buttons.push(node);
        if (node.shadowRoot) walk(node.shadowRoot);
      }
    };
    walk(el.shadowRoot!);
    // The page's, the picker's Save and Set up, each phone's Change and Remove, each app's Rename
    // and Remove, Create app password.
    const hosts = new Set(buttons.map((button) => (button.getRootNode() as ShadowRoot).host.localName));
    expect([...hosts].sort()).to.deep.equal([
      'mfa-app-passwords', 'mfa-authenticator-list', 'mfa-method-picker', 'mfa-phone-editor', 'mfa-security-info',
    ]);
    expect(buttons.length).to.be.at.least(14);
    const primary = getComputedStyle($(el, '[part~="add-button"]')!).backgroundColor;
    for (const button of buttons) {
      const what = `"${button.textContent?.trim() || button.getAttribute('aria-label')}"`;
      const looks = ['button', 'link'].filter((name) => button.part.contains(name));
      expect(looks, `${what} names no look, or two`).to.have.length(1);
      const style = getComputedStyle(button);
      if (button.part.contains('link')) expect(style.textDecorationLine, `${what} is a link`).to.equal('underline');
      else expect(style.textDecorationLine, `${what} is a button`).to.equal('none');
      expect(style.backgroundColor === primary, `${what}: primary as it looks`).to.equal(button.part.contains('primary'));
    }
    const sheet = document.createElement('style');
    sheet.textContent = `
      mfa-security-info::part(button) { border-radius: 3px; }
      mfa-security-info::part(method-picker-primary) { border-radius: 5px; }
      mfa-security-info::part(phone-editor-danger) { border-radius: 7px; }
      mfa-security-info::part(authenticator-list-button) { border-radius: 9px; }`;
    document.head.append(sheet);
    try {
      const radius = (button: Element | null | undefined) => button && getComputedStyle(button).borderTopLeftRadius;
      expect(radius($(el, '[part~="add-button"]'))).to.equal('3px');
      expect(radius(picker.shadowRoot!.querySelector('[part~="save-button"]'))).to.equal('5px');
      const mobile = [...root(el).querySelectorAll<MfaPhoneEditor>('mfa-phone-editor')].find((e) => e.phoneSlot === 'mobile')!;
      expect(radius(mobile.shadowRoot!.querySelector('#remove'))).to.equal('7px');
      const list = root(el).querySelector('mfa-authenticator-list')!;
      expect(radius(list.shadowRoot!.querySelector('button'))).to.equal('9px');
    } finally {
      sheet.remove();
    }
  });

  /** Opens the default method's picker, chooses a method and presses Save with the keyboard. */
  async function saveDefault(el: MfaSecurityInfo, method: string) {
    buttonNamed(el, en.securityInfoChange)!.click();
    await el.updateComplete;
    const picker = root(el).querySelector('mfa-method-picker')!;
    const radio = () => picker.shadowRoot?.querySelector<HTMLInputElement>(`#radio-${method}`);
    await waitUntil(radio, 'the picker never loaded', { timeout: 5000 });
    radio()!.click();
    await picker.updateComplete;
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="save-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    return picker;
  }

  it('says a new default is saved, shows it on the default line at once, and takes the focus the closed picker had', async () => {
    const el = await mount(sandbox, 'adele');
    // What the page shows as it first says the default is saved (a key press takes longer than the
    // settings' read again, so it is taken as the change is reported).
    const shown = new Promise<(string | undefined)[]>((resolve) => {
      el.addEventListener(
        'mfa-method-change',
        async () => {
          await el.updateComplete;
          resolve([$(el, '[part~="status"]')?.textContent, $(el, '[part~="default-method"] strong')?.textContent]);
        },
        { once: true },
      );
    });
    const picker = await saveDefault(el, 'app-code');
    // The default line says the new method as the status does, not a read of the settings later.
    expect(await shown).to.deep.equal([en.securityInfoDefaultSaved, en.methodAppCode]);
    expect(picker.checkVisibility(), 'the picker stayed open').to.equal(false);
    await statusFocused(el);
    await expect(el).to.be.accessible();
    // The page switched to Chinese: the status goes with it.
    el.closest('mfa-provider')!.locale = 'zh-CN';
    await waitUntil(() => $(el, '[part~="status"]')?.textContent === zhHans.securityInfoDefaultSaved, 'the status stayed in English', {
      timeout: 5000,
    });
  });

  it('clears its status of an earlier change when an element inside says a change of its own', async () => {
    const el = await mount(sandbox, 'adele');
    await saveDefault(el, 'call-mobile');
    await waitUntil(() => $(el, '[part~="status"]')?.textContent === en.securityInfoDefaultSaved, 'not announced', { timeout: 5000 });
    // The user removes an app; the list says so, and the page no longer says the default was saved.
    const list = root(el).querySelector('mfa-authenticator-list')!;
    const listButton = (name: string) =>
      [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => (b.ariaLabel ?? b.textContent!.trim()) === name);
    await waitUntil(() => listButton(en.authRemoveNamed(isolated('Work phone'))), 'the list never loaded', { timeout: 5000 });
    listButton(en.authRemoveNamed(isolated('Work phone')))!.click();
    await list.updateComplete;
    listButton(en.authRemove)!.click();
    await waitUntil(() => list.shadowRoot!.querySelector('[part~="status"]')?.textContent === en.authRemoved(isolated('Work phone')), 'not removed', {
      timeout: 5000,
    });
    await el.updateComplete;
    expect($(el, '[part~="status"]')?.textContent).to.equal('');
  });

  it('shows and hides the method picker with one disclosure button, named for what it does either way', async () => {
    const el = await mount(sandbox, 'adele');
    const toggle = $<HTMLButtonElement>(el, '[part~="default-method"] button')!;
    const picker = $(el, '#picker')!;
    // Named for what it changes, the visible word first, as the phone editors' Change buttons are.
    const name = 'Change default sign-in method';
    expect([accessibleName(toggle), toggle.textContent!.trim(), toggle.ariaExpanded, picker.checkVisibility()]).to.deep.equal([name, 'Change', 'false', false]);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect([accessibleName(toggle), toggle.ariaExpanded, picker.checkVisibility()]).to.deep.equal([name, 'true', true]);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect([accessibleName(toggle), toggle.ariaExpanded, picker.checkVisibility()]).to.deep.equal([name, 'false', false]);
  });

  it('closes the open method picker on Escape, as Change does, and gives Change the focus back; the page does not see that Escape', async () => {
    const el = await mount(sandbox, 'adele');
    const toggle = $<HTMLButtonElement>(el, '[part~="default-method"] button')!;
    const picker = $(el, '#picker')!;
    let escapes = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') escapes++;
    };
    document.addEventListener('keydown', onKey);
    try {
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      // Into the picker's radios, as a keyboard user goes.
      await sendKeys({ press: 'Tab' });
      expect(picker.contains(el.shadowRoot!.activeElement), 'the focus is in the picker').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect([toggle.ariaExpanded, picker.checkVisibility(), el.shadowRoot!.activeElement === toggle, escapes]).to.deep.equal(['false', false, true, 0]);
      // Closed, Escape is the page's.
      await sendKeys({ press: 'Escape' });
      expect(escapes).to.equal(1);
    } finally {
      document.removeEventListener('keydown', onKey);
    }
  });

  it("names Change by the host's words: its sentence that holds the word shown, else the word shown then what it changes (WCAG 2.5.3)", async () => {
    const el = await mount(sandbox, 'adele');
    const provider = el.closest('mfa-provider')!;
    const toggle = () => $<HTMLButtonElement>(el, '#change-default')!;
    // A table with the host's word and no sentence (a voice user says "click Edit").
    provider.strings = { en: { securityInfoChange: 'Edit' } };
    await el.updateComplete;
    expect([toggle().textContent!.trim(), accessibleName(toggle())]).to.deep.equal(['Edit', `Edit ${en.defaultMethodLabel}`]);
    // A sentence of the host's that holds the word shown is the name.
    provider.strings = { de: { securityInfoChange: 'Ändern', securityInfoChangeNamed: 'Standard-Anmeldemethode ändern', defaultMethodLabel: 'Standard-Anmeldemethode' } };
    provider.locale = 'de';
    await el.updateComplete;
    expect(accessibleName(toggle())).to.equal('Standard-Anmeldemethode ändern');
  });

  it('shows the picker again when a save of the default fails after it was closed, so that its alert says why; the focus stays where the user went', async () => {
    const el = await mount(sandbox, 'adele');
    const toggle = $<HTMLButtonElement>(el, '#change-default')!;
    const picker = root(el).querySelector('mfa-method-picker')!;
    const saveAlert = () => picker.shadowRoot!.querySelector<HTMLElement>('#save-error')!;
    await sandbox.controlCall('PUT', '/faults', {
      faults: [
        { kind: 'latency', ms: 1000, times: 1, operations: ['setDefaultMethod'] },
        { kind: 'server-error', times: 1, operations: ['setDefaultMethod'] },
      ],
    });
    await saveDefault(el, 'app-code');
    // Escape closes the picker while the save is on its way; the focus is back on Change.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(picker.checkVisibility()).to.equal(false);
    await waitUntil(() => saveAlert().textContent!.trim(), 'the save never failed', { timeout: 5000 });
    await el.updateComplete;
    // Before, the alert filled inside the hidden picker: nothing was said or shown.
    expect([picker.checkVisibility(), saveAlert().checkVisibility(), toggle.ariaExpanded]).to.deep.equal([true, true, 'true']);
    expect(saveAlert().textContent).to.contain(en.methodPickerSaveFailed);
    expect(el.shadowRoot!.activeElement === toggle, 'the focus was taken from Change').to.equal(true);
    expect(picker.shadowRoot!.querySelector<HTMLInputElement>('#radio-app-code')!.checked, 'the choice is kept').to.equal(true);
  });

  it("forgets a failed save of the default once the picker is hidden (Change or Escape): shown again, it neither shows nor says it; a rate limit's wait stays", async () => {
    const el = await mount(sandbox, 'adele');
    const toggle = $<HTMLButtonElement>(el, '#change-default')!;
    const picker = root(el).querySelector('mfa-method-picker')!;
    const alertSaid = () =>
      [...picker.shadowRoot!.querySelectorAll('[role="alert"]')].map((a) => a.textContent!.trim()).filter(Boolean);
    for (const close of ['Change', 'Escape']) {
      await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 1, operations: ['setDefaultMethod'] }] });
      await saveDefault(el, 'app-code');
      await waitUntil(() => alertSaid().length === 1, 'the failed save was not said', { timeout: 5000 });
      expect(alertSaid()[0]).to.contain(en.methodPickerSaveFailed);
      if (close === 'Change') toggle.click();
      else await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      toggle.click();
      await el.updateComplete;
      await picker.updateComplete;
      expect(picker.checkVisibility()).to.equal(true);
      expect(alertSaid(), `shown again after ${close}`).to.deep.equal([]);
      // Hidden for the next round.
      toggle.click();
      await el.updateComplete;
    }
    // Rate limited: Save stays unavailable while the wait runs, and the picker still says why.
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'rate-limit', retryAfterSeconds: 60, times: 1, operations: ['setDefaultMethod'] }] });
    await saveDefault(el, 'app-code');
    await waitUntil(() => alertSaid().length === 1, 'the rate limit was not said', { timeout: 5000 });
    toggle.click();
    await el.updateComplete;
    toggle.click();
    await el.updateComplete;
    await picker.updateComplete;
    expect(alertSaid().length, 'the rate limit is said still').to.equal(1);
    expect(picker.shadowRoot!.querySelector('[part~="save-button"]')!.getAttribute('aria-disabled')).to.equal('true');
  });

  /**
   * A default saved with a sign-in too old for it: the endpoint asks for a new one, and the host
   * holds the retry. `reauthenticate()` signs the user in again on the endpoint and retries.
   */
  async function saveDefaultNeedingReauth(): Promise<{ el: MfaSecurityInfo; reauthenticate: () => Promise<void> }> {
    const s = await newSandbox({ reauthMaxAgeSeconds: 60 });
    const { el, session } = await mountSignedIn(s, 'adele');
    let retry: (() => void) | undefined;
    el.addEventListener('mfa-reauth-required', (e) => {
      e.preventDefault();
      retry = e.detail.retry;
    });
    await s.controlCall('POST', '/clock', { advanceSeconds: 120 });
    await saveDefault(el, 'call-office');
    await waitUntil(() => retry !== undefined, 'no reauth event', { timeout: 5000 });
    return {
      el,
      reauthenticate: async () => {
        await s.controlCall('POST', '/reauth', { token: session.token });
        retry!();
      },
    };
  }

  it('says a new default is saved, and takes the focus, after the host re-authenticates and retries', async () => {
    const { el, reauthenticate } = await saveDefaultNeedingReauth();
    expect($(el, '[part~="status"]')?.textContent).to.equal('');
    await reauthenticate();
    await waitUntil(() => $(el, '[part~="status"]')?.textContent === en.securityInfoDefaultSaved, 'not announced', { timeout: 5000 });
    await statusFocused(el);
  });

  it('says a new default saved while the focus is elsewhere on the page in its live status line, and leaves the focus there', async () => {
    const { el, reauthenticate } = await saveDefaultNeedingReauth();
    // The host steps the user up in a control of its own, which has the focus when it retries.
    const hostControl = document.createElement('button');
    hostControl.textContent = 'Signed in again';
    el.closest('div')!.append(hostControl);
    hostControl.focus();
    await reauthenticate();
    const status = $(el, '[part~="status"]');
    await waitUntil(() => status?.textContent === en.securityInfoDefaultSaved, 'not announced', { timeout: 5000 });
    await el.updateComplete;
    expect(liveness(status), 'said without the focus: by the live region').to.equal('polite');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement === hostControl, 'the focus was taken from the host').to.equal(true);
  });

  it('leaves the focus where the user went in the page after closing the picker with a save on its way, and says the save by its live status line', async () => {
    const el = await mount(sandbox, 'adele');
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 1000, times: 1, operations: ['setDefaultMethod'] }] });
    await saveDefault(el, 'call-office');
    // Escape closes the picker (the save goes on), and the user goes on with an app password's name.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    const name = await appPasswordName(el);
    await typeKeys('Mail');
    const status = $(el, '[part~="status"]')!;
    await waitUntil(() => status.textContent === en.securityInfoDefaultSaved, 'not announced', { timeout: 5000 });
    await typeKeys(' app');
    await el.updateComplete;
    // Before, the status line took the focus from the field, and what was typed next went nowhere.
    expect(deepActive() === name, `the focus was taken from the field (${deepActive()?.id})`).to.equal(true);
    expect(name.value).to.equal('Mail app');
    expect(liveness(status), 'said without the focus: by the live region').to.equal('polite');
  });

  it('says a second new default saved while the focus is elsewhere on the page again: its live status line changes, its words the same', async () => {
    const el = await mount(sandbox, 'adele');
    await saveDefault(el, 'call-office');
    const status = $(el, '[part~="status"]')!;
    await waitUntil(() => status.textContent === en.securityInfoDefaultSaved, 'not announced', { timeout: 5000 });
    // The next save completes while the focus is in a control of the host's (its sign-in, say).
    buttonNamed(el, en.securityInfoChange)!.click();
    await el.updateComplete;
    const picker = root(el).querySelector('mfa-method-picker')!;
    await waitUntil(() => picker.shadowRoot?.querySelector('#radio-app-code'), 'the picker never loaded', { timeout: 5000 });
    picker.shadowRoot!.querySelector<HTMLInputElement>('#radio-app-code')!.click();
    await picker.updateComplete;
    const hostControl = document.createElement('button');
    hostControl.textContent = 'Host';
    el.closest('div')!.append(hostControl);
    hostControl.focus();
    const said = status.textContent;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitUntil(() => $(el, '[part~="default-method"]')?.textContent?.includes(en.methodAppCode), 'never saved', { timeout: 5000 });
    await el.updateComplete;
    observer.disconnect();
    expect(liveness(status), 'said without the focus: by the live region').to.equal('polite');
    // Before, the line kept the same words and did not change: a screen reader said nothing.
    expect(changes, 'the live region changed').to.not.be.empty;
    expect(status.textContent).to.not.equal(said);
    expect(status.textContent!.replace(/\u200b/g, '')).to.equal(en.securityInfoDefaultSaved);
    expect(document.activeElement === hostControl, 'the focus stays with the host').to.equal(true);
  });

  /** Starts setting up a code app in an enrollment the page shows, as a user does: Continue. */
  async function startCodeApp(enroll: MfaAuthenticatorEnroll): Promise<void> {
    const start = () =>
      [...enroll.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === en.enrollStart);
    await waitUntil(start, 'the set-up never showed', { timeout: 5000 });
    start()!.click();
    await waitUntil(() => enroll.step === 'scan', `never started (${enroll.step})`, { timeout: 5000 });
  }

  /** Sets up a code app in an enrollment the page shows, as a user does: Continue, then the first code. */
  async function setUpCodeApp(s: Sandbox, enroll: MfaAuthenticatorEnroll, user: string): Promise<void> {
    await startCodeApp(enroll);
    const enrollments = await s.controlCall<{ enrollmentId: string }[]>('GET', `/enrollments?userId=${user}`);
    const { code } = await s.controlCall<{ code: string }>('GET', `/totp/${enrollments[enrollments.length - 1].enrollmentId}`);
    await enroll.updateComplete;
    (enroll.shadowRoot!.querySelector('mfa-code-input')!.shadowRoot!.querySelector('input') as HTMLInputElement).focus();
    await typeKeys(code);
  }

  it('says so when registering again is done, and takes the focus the finished step had', async () => {
    const el = await mount(sandbox, 'chen');
    const enroll = $(el, '[part~="register-again"] mfa-authenticator-enroll') as MfaAuthenticatorEnroll;
    await setUpCodeApp(sandbox, enroll, 'chen');
    // The endpoint clears the requirement: the usual page replaces the steps, and says why.
    await waitUntil(() => $(el, '[part~="default-method"]'), 'the register-again step never ended', { timeout: 5000 });
    expect($(el, '[part~="register-again"]') === null, 'the steps stayed').to.equal(true);
    expect($(el, '[part~="status"]')?.textContent).to.equal(en.securityInfoRegisteredAgain(en.authenticatorLabel));
    // "confirmed", not "added": the app may be the one the user had, set up again.
    expect($(el, '[part~="status"]')?.textContent).to.equal('Authenticator app confirmed. You have registered your sign-in methods again.');
    await statusFocused(el);
    await expect(el).to.be.accessible();
  });

  /** Every piece of text a user sees in a node, inside the shadow roots of its elements too. */
  function shownText(node: Node): string {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      return parent?.checkVisibility({ visibilityProperty: true }) ? (node.textContent ?? '') : '';
    }
    const children = [...((node as Element).shadowRoot?.childNodes ?? []), ...node.childNodes];
    return children.map(shownText).join(' ');
  }

  it('names each phone of the Phones section once, in a heading under the section\'s, as the steps to register again do', async () => {
    const el = await mount(sandbox, 'adele');
    const phones = $(el, '[part~="section"][aria-labelledby="phones-title"]')!;
    const editors = [...phones.querySelectorAll<MfaPhoneEditor>('mfa-phone-editor')];
    await waitUntil(() => editors.every((e) => e.shadowRoot!.querySelector('#edit')), 'the phones never showed', { timeout: 5000 });
    // Heading navigation finds each phone, one level under "Phones".
    expect(phones.querySelector('h3')?.textContent?.trim()).to.equal(en.securityInfoPhonesTitle);
    expect([...phones.querySelectorAll('h4')].map((h) => h.textContent?.trim())).to.deep.equal([en.slotMobile, en.slotOffice]);
    for (const name of [en.slotMobile, en.slotOffice]) {
      expect(shownText(phones).split(name).length - 1, `${name} is not named once`).to.equal(1);
    }
    // Each phone is still a region, named by its heading, as when the editor's own title named it.
    expect(editors.map((e) => accessibleName(e.closest('section[aria-labelledby]')!))).to.deep.equal([en.slotMobile, en.slotOffice]);
    // A page's style of the editor's title (::part(phone-editor-title)) still finds each name.
    expect([...phones.querySelectorAll('[part~="phone-editor-title"]')].map((h) => h.textContent?.trim())).to.deep.equal([en.slotMobile, en.slotOffice]);
    await expect(el).to.be.accessible();
  });

  it('puts the space between each phone\'s name and its number that the steps to register again and the editor\'s own title have (--mfa-space-m)', async () => {
    /** The space from each h4 to the element under it, as drawn, and the h4's margin under it. */
    const gaps = (el: MfaSecurityInfo, scope: string) =>
      [...root(el).querySelectorAll<HTMLElement>(`${scope} h4`)].map((h) => {
        const gap = h.nextElementSibling!.getBoundingClientRect().top - h.getBoundingClientRect().bottom;
        return `${h.textContent?.trim()}: ${Math.round(gap)} px (margin ${getComputedStyle(h).marginBlockEnd})`;
      });
    const el = await mount(sandbox, 'adele');
    expect(gaps(el, '[aria-labelledby="phones-title"]')).to.deep.equal([`${en.slotMobile}: 16 px (margin 16px)`, `${en.slotOffice}: 16 px (margin 16px)`]);
    const again = await mount(sandbox, 'chen');
    expect(gaps(again, '[part~="register-again"]')).to.deep.equal([`${en.slotMobile}: 16 px (margin 16px)`, `${en.authenticatorLabel}: 16 px (margin 16px)`]);
    // The token sets it, as every space of the page.
    again.style.setProperty('--mfa-space-m', '20px');
    expect(gaps(again, '[part~="register-again"]')[0]).to.equal(`${en.slotMobile}: 20 px (margin 20px)`);
  });

  it('spaces its status line, the steps to register again and the add dialog\'s alert by the space tokens, not by margins of 1em', async () => {
    /** The space drawn from the bottom of `a` to the top of `b`. */
    const between = (a: Element, b: Element) => Math.round(b.getBoundingClientRect().top - a.getBoundingClientRect().bottom);
    // A brand's larger text and tighter spaces.
    const brand = '--mfa-font-size: 20px; --mfa-space-s: 5px; --mfa-space-m: 7px; --mfa-space-l: 11px';
    const el = await mount(sandbox, 'adele');
    el.setAttribute('style', brand);
    await saveDefault(el, 'call-mobile');
    const status = $(el, '[part~="status"]')!;
    await waitUntil(() => status.textContent === en.securityInfoDefaultSaved, 'not announced', { timeout: 5000 });
    // A row of the page as the others: the page's gap (--mfa-space-l) above and under it.
    expect([between($(el, '[part~="header"]')!, status), between(status, $(el, '[part~="default-method"]')!)]).to.deep.equal([11, 11]);
    // The dialog's alert, between the choices and the buttons: --mfa-space-m on either side.
    $<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
    await el.updateComplete;
    dialog(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
    const alert = dialog(el).querySelector('form [role="alert"]')!;
    expect(alert.textContent).to.include(en.securityInfoChooseFirst);
    expect([between(dialog(el).querySelector('fieldset')!, alert), between(alert, dialog(el).querySelector('form .actions')!)]).to.deep.equal([7, 7]);
    // The steps to register again: under the heading, its margin and the gap (--mfa-space-s and -m),
    // as in a section; the gap above the list; and under it, the notice's padding alone (--mfa-space-s).
    const again = await mount(sandbox, 'chen');
    again.setAttribute('style', brand);
    const notice = $(again, '[part~="register-again"]')!;
    const [title, explain, methods] = ['h3', 'p', 'ul'].map((tag) => notice.querySelector(tag)!);
    const under = Math.round(notice.getBoundingClientRect().bottom - methods.getBoundingClientRect().bottom);
    expect([between(title, explain), between(explain, methods), under]).to.deep.equal([12, 7, 5]);
  });

  it('names the phone to register again once, in the step\'s heading', async () => {
    const el = await mount(sandbox, 'chen');
    const editor = $(el, '[part~="register-again"] mfa-phone-editor') as MfaPhoneEditor;
    await waitUntil(() => editor.shadowRoot!.querySelector('#edit'), 'the phone never showed', { timeout: 5000 });
    const step = editor.closest('li')!;
    const count = () => shownText(step).split(en.slotMobile).length - 1;
    expect(count(), 'the phone is named more than once').to.equal(1);
    expect(step.querySelector('h4')?.textContent?.trim()).to.equal(en.slotMobile);
    await expect(el).to.be.accessible();
    editor.shadowRoot!.querySelector<HTMLButtonElement>('#edit')!.click();
    await waitUntil(() => editor.shadowRoot!.querySelector('#number'), 'the editor never opened', { timeout: 5000 });
    expect(count(), 'the phone is named more than once while editing').to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('offers no Cancel on the app step\'s form, and after the QR code starts the step afresh on Cancel, says so, and keeps the focus in the step', async () => {
    const el = await mount(sandbox, 'chen');
    const enroll = () => $(el, '[part~="register-again"] mfa-authenticator-enroll') as MfaAuthenticatorEnroll;
    const field = (selector: string) => enroll().shadowRoot!.querySelector<HTMLInputElement>(selector);
    const cancel = () =>
      [...enroll().shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === en.cancel);
    const cancelled = en.securityInfoSetupCancelled(en.authenticatorLabel);
    // On the form: nothing started, and nowhere to go back to. A Cancel there did nothing to see.
    await waitUntil(() => field('#name'), 'the set-up never showed', { timeout: 5000 });
    expect(cancel() === undefined, 'no Cancel on the form').to.equal(true);
    await expect(el).to.be.accessible();
    // After the QR code: the set-up is withdrawn on the endpoint, and the step starts again.
    const first = enroll();
    field('#name')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => first.step === 'scan', `never started (${first.step})`, { timeout: 5000 });
    await first.updateComplete;
    cancel()!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => enroll() !== first && field('#kind-totp'), 'the step did not start afresh', { timeout: 5000 });
    expect(enroll().step).to.equal('choose');
    expect(await sandbox.controlCall<unknown[]>('GET', '/enrollments?userId=chen')).to.deep.equal([]);
    expect($(el, '[part~="status"]')?.textContent).to.equal(cancelled);
    await waitUntil(() => deepActive() === field('#kind-totp'), 'focus did not stay in the step');
    expect(liveness($(el, '[part~="status"]')), 'said without the focus: by the live region').to.equal('polite');
    expect(cancel() === undefined, 'the fresh form has no Cancel either').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('after a slow Cancel of the app step, leaves the focus where the user went in the page, and says the step starts again', async () => {
    const el = await mount(sandbox, 'chen');
    const enroll = () => $(el, '[part~="register-again"] mfa-authenticator-enroll') as MfaAuthenticatorEnroll;
    const field = (selector: string) => enroll().shadowRoot!.querySelector<HTMLInputElement>(selector);
    await waitUntil(() => field('#name'), 'the set-up never showed', { timeout: 5000 });
    const first = enroll();
    field('#name')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => first.step === 'scan', `never started (${first.step})`, { timeout: 5000 });
    await first.updateComplete;
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 1000, times: 1, operations: ['cancelEnrollment'] }] });
    [...first.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === en.cancel)!.focus();
    await sendKeys({ press: 'Enter' });
    await first.updateComplete;
    // Before, the fresh form took the focus as the Cancel landed, and the rest of the typing was lost.
    await typingElsewhereAs(async () => {
      await waitUntil(() => enroll() !== first && field('#kind-totp'), 'the step did not start afresh', { timeout: 5000 });
      await el.updateComplete;
      await aTimeout(50);
    });
    const status = $(el, '[part~="status"]')!;
    expect(status.textContent).to.equal(en.securityInfoSetupCancelled(en.authenticatorLabel));
    expect(liveness(status), 'said without the focus: by the live region').to.equal('polite');
  });

  it('lets events of the inner elements reach the host', async () => {
    const el = await mount(sandbox, 'adele');
    const seen: string[] = [];
    el.addEventListener('mfa-method-change', (e) => seen.push(e.detail.method));
    buttonNamed(el, en.securityInfoChange)!.click();
    await el.updateComplete;
    const picker = root(el).querySelector('mfa-method-picker')!;
    await waitUntil(() => picker.shadowRoot?.querySelector('#radio-app-code'), 'the picker never loaded', { timeout: 5000 });
    picker.shadowRoot!.querySelector<HTMLInputElement>('#radio-app-code')!.click();
    await picker.updateComplete;
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitUntil(() => seen.length === 1, 'no mfa-method-change reached the host', { timeout: 5000 });
    expect(seen).to.deep.equal(['app-code']);
    await waitUntil(() => $(el, '[part~="default-method"] strong')?.textContent === en.methodAppCode, 'not updated');
  });

  it("forwards every part of its inner elements, prefixed, so a page's ::part rules reach them", async () => {
    const style = document.createElement('style');
    style.textContent = `
      mfa-security-info::part(method-picker-save-button) { border-radius: 17px; }
      mfa-security-info::part(phone-editor-current) { letter-spacing: 3px; }
      mfa-security-info::part(authenticator-list-item) { outline: 5px dotted rgb(1, 2, 3); }
      mfa-security-info::part(app-passwords-create-button) { text-transform: uppercase; }
      mfa-method-picker::part(save-button) { border-radius: 1px; }`;
    document.head.append(style);
    try {
      const el = await mount(sandbox, 'adele');
      const inner = (tag: string, part: string) => {
        const host = root(el).querySelector(tag);
        return host?.shadowRoot?.querySelector<HTMLElement>(`[part~="${part}"]`) ?? null;
      };
      await waitUntil(
        () => inner('mfa-method-picker', 'save-button') && inner('mfa-phone-editor', 'current') && inner('mfa-authenticator-list', 'item') && inner('mfa-app-passwords', 'create-button'),
        'the inner elements never loaded',
        { timeout: 5000 },
      );
      expect(getComputedStyle(inner('mfa-method-picker', 'save-button')!).borderTopLeftRadius, 'the composite wins over a bare tag rule').to.equal('17px');
      expect(getComputedStyle(inner('mfa-phone-editor', 'current')!).letterSpacing).to.equal('3px');
      expect(getComputedStyle(inner('mfa-authenticator-list', 'item')!).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(inner('mfa-app-passwords', 'create-button')!).textTransform).to.equal('uppercase');
    } finally {
      style.remove();
    }
  });

  it('names every heading and legend `heading`, its own and those of the elements inside, for one rule to style them all', async () => {
    const el = await mount(sandbox, 'adele');
    await waitUntil(() => root(el).querySelector('mfa-app-passwords')?.shadowRoot?.querySelector('#list-label'), 'the inner elements never loaded', {
      timeout: 5000,
    });
    $<HTMLButtonElement>(el, '[part~="add-button"]')!.click();
    await el.updateComplete;
    const headings: Element[] = [];
    const collect = (scope: ShadowRoot) => {
      headings.push(...scope.querySelectorAll('h1, h2, h3, h4, h5, h6, legend, .subheading, [part~="title"]'));
      for (const host of scope.querySelectorAll('*')) if (host.shadowRoot) collect(host.shadowRoot);
    };
    collect(root(el));
    expect(headings.length).to.be.greaterThan(6);
    expect(headings.filter((h) => !h.part.contains('heading')).map((h) => h.textContent?.trim())).to.deep.equal([]);
    const style = document.createElement('style');
    style.textContent = `mfa-security-info::part(heading), mfa-security-info::part(app-passwords-heading) { color: rgb(1, 2, 3); }`;
    document.head.append(style);
    try {
      // Its own (the dialog's), and an inner element's, forwarded with its name in front.
      const inner = root(el).querySelector('mfa-app-passwords')!.shadowRoot!.querySelector('#list-label')!;
      expect(getComputedStyle(dialog(el).querySelector('[part~="heading"]')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(inner).color).to.equal('rgb(1, 2, 3)');
    } finally {
      style.remove();
    }
  });

  it('opens the dialog when add() is called before the first render (a host opening it from a link as the page loads)', async () => {
    const session = await sandbox.signIn('adele');
    const provider = await fixture<HTMLElement>(html`
      <mfa-provider endpoint=${sandbox.endpoint} locale="zh-CN" .headers=${() => ({ Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken })}></mfa-provider>
    `);
    const el = document.createElement('mfa-security-info');
    provider.append(el);
    el.add('phone-alternate');
    await waitUntil(() => el.shadowRoot?.querySelector('dialog')?.open, 'the dialog opens', { timeout: 5000 });
    await waitUntil(() => dialog(el).querySelector('mfa-phone-editor'), 'with the phone editor', { timeout: 5000 });
  });

  it('opens the choice only once the settings are read when add() is called while they load, with the focus on its first method', async () => {
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 1000, operations: ['getSettings'] }] });
    const { el } = await mountLoading(sandbox, 'adele');
    await el.updateComplete;
    el.add();
    await el.updateComplete;
    expect(dialog(el).open, 'no dialog while there is nothing to choose from yet').to.equal(false);
    await waitUntil(() => dialog(el).open, 'the dialog opens once the settings are read', { timeout: 5000 });
    const options = [...dialog(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((radio) => radio.value);
    expect(options).to.deep.equal(['phone-alternate', 'authenticator']);
    await waitUntil(() => deepActive() === dialog(el).querySelector('input'), 'the focus on the first method, not on ×');
  });

  it('opens what add() asked for once Try again has read the settings that could not be loaded', async () => {
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 3, operations: ['getSettings'] }] });
    const { el } = await mountLoading(sandbox, 'adele');
    await el.updateComplete;
    el.add('authenticator');
    await waitUntil(() => buttonNamed(el, en.retry), 'the load never failed', { timeout: 5000 });
    expect(dialog(el).open, 'no dialog over the failure and its Try again').to.equal(false);
    buttonNamed(el, en.retry)!.click();
    await waitUntil(() => dialog(el).open && dialog(el).querySelector('mfa-authenticator-enroll'), 'the set-up opens', { timeout: 5000 });
  });

  describe('add() with a method the user cannot add now', () => {
    let warnings: string[];
    const warn = console.warn;
    beforeEach(() => {
      warnings = [];
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    });
    afterEach(() => {
      console.warn = warn;
    });

    for (const asked of ['phone-mobile', 'phone-work']) {
      it(`opens the choice for add("${asked}"), and the console says what the user can add`, async () => {
        const el = await mount(sandbox, 'adele');
        el.add(asked as 'phone-mobile');
        await el.updateComplete;
        expect(dialog(el).open).to.equal(true);
        expect(dialog(el).querySelector('mfa-phone-editor'), 'no editor of a phone the user has, or of no phone').to.equal(null);
        expect([...dialog(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((radio) => radio.value)).to.deep.equal([
          'phone-alternate',
          'authenticator',
        ]);
        expect(warnings).to.deep.equal([`mfa-elements: add("${asked}"): the user can add phone-alternate, authenticator.`]);
      });
    }

    it('opens nothing over the steps of registering again, and the console says so', async () => {
      const el = await mount(sandbox, 'chen');
      el.add('authenticator');
      el.add();
      await el.updateComplete;
      expect(dialog(el).open).to.equal(false);
      expect(warnings).to.deep.equal([
        'mfa-elements: add("authenticator"): the user can add nothing now, or registers again.',
        'mfa-elements: add(): the user can add nothing now, or registers again.',
      ]);
    });
  });

  it("forwards exactly the parts each inner element documents, and the code input's as it documents them", async () => {
    const manifest = (await import('../custom-elements.json')).default as {
      modules: { declarations?: { tagName?: string; cssParts?: { name: string }[] }[] }[];
    };
    const documented = new Map(
      manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => [d.tagName, (d.cssParts ?? []).map((p) => p.name)]),
    );
    for (const [name, parts] of Object.entries({ ...INNER_PARTS, 'code-input': CODE_INPUT_PARTS })) {
      expect([...parts].sort(), name).to.deep.equal([...(documented.get(`mfa-${name}`) ?? [])].sort());
    }
    // The page's own entry lists each forwarded name a page can write, as editors offer them.
    const own = documented.get('mfa-security-info')!;
    const forwarded = Object.entries(INNER_PARTS).flatMap(([name, parts]) => parts.map((part) => `${name}-${part}`));
    expect(own.filter((part) => forwarded.includes(part)).sort()).to.deep.equal(forwarded.sort());
    expect(own.some((part) => part.endsWith('…')), 'no prefix alone').to.equal(false);
  });

  it("forwards the parts of the code input in a phone editor: ::part(phone-editor-code-input-…)", async () => {
    const el = await mount(sandbox, 'adele');
    await withCodeInputPartsStyled('mfa-security-info', 'phone-editor-', async () => {
      el.add('phone-alternate');
      await el.updateComplete;
      const editor = dialog(el).querySelector<MfaPhoneEditor>('mfa-phone-editor')!;
      await sendNumber(editor, '4255550199');
      const code = editor.shadowRoot!.querySelector('mfa-code-input')!;
      await code.updateComplete;
      expect(codeInputPartMargins(code)).to.deep.equal(STYLED_MARGINS);
    });
  });

  it("forwards the parts of the code input in an enrollment: ::part(authenticator-enroll-code-input-…)", async () => {
    const el = await mount(sandbox, 'adele');
    await withCodeInputPartsStyled('mfa-security-info', 'authenticator-enroll-', async () => {
      el.add('authenticator');
      await el.updateComplete;
      const enroll = dialog(el).querySelector<MfaAuthenticatorEnroll>('mfa-authenticator-enroll')!;
      await startCodeApp(enroll);
      await enroll.updateComplete;
      const code = enroll.shadowRoot!.querySelector('mfa-code-input')!;
      await code.updateComplete;
      expect(codeInputPartMargins(code)).to.deep.equal(STYLED_MARGINS);
    });
  });

  it('speaks Simplified Chinese', async () => {
    const el = await mount(sandbox, 'adele', 'zh-CN');
    expect($(el, 'h2')?.textContent).to.equal('安全信息');
    expect(buttonNamed(el, '添加登录方式')).to.exist;
    expect($(el, '[part~="default-method"] span')?.textContent, 'a full-width colon').to.equal('默认登录方式：');
  });

  it('says so when loading the settings again fails, above what it read before, which may be out of date', async () => {
    const el = await mount(sandbox, 'adele');
    await innerLoaded(el);
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 3, operations: ['getSettings'] }] });
    // The alert is in place, empty, before the failure fills it: a screen reader says an alert that
    // fills, not always one that comes into the page with its words in it.
    const alert = $(el, '[part~="error"] [role="alert"]');
    expect(!!alert && alert.textContent === '', 'the alert is in the page, empty, while the settings show').to.equal(true);
    await el.reload();
    await el.updateComplete;
    expect($(el, '[part~="error"] [role="alert"]') === alert, 'the same alert fills').to.equal(true);
    expect($(el, '[part~="error"] [role="alert"]')?.textContent).to.equal(`${en.securityInfoReloadFailed} ${en.errorServer}`);
    expect(!!$(el, '[part~="default-method"]'), 'what was read before stays').to.equal(true);
    await expect(el).to.be.accessible();
    buttonNamed(el, en.retry)!.click();
    await waitUntil(() => !$(el, '[part~="error"].error'), 'the alert stayed once loaded', { timeout: 5000 });
    // The same when the host's refresh() fails to load.
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 3, operations: ['getSettings'] }] });
    (el.closest('mfa-provider') as HTMLElement & { refresh(): void }).refresh();
    await waitUntil(() => $(el, '[part~="error"] [role="alert"]')?.textContent?.startsWith(en.securityInfoReloadFailed), 'no alert after refresh()', {
      timeout: 5000,
    });
  });

  it('loads again, on its Try again, what the elements inside it could not load either', async () => {
    const el = await mount(sandbox, 'adele');
    await innerLoaded(el);
    const inner = ['mfa-method-picker', 'mfa-authenticator-list', 'mfa-app-passwords'].map((tag) => $(el, tag)!);
    const failedInside = () =>
      inner.filter((e) => [...e.shadowRoot!.querySelectorAll('[role="alert"]')].some((alert) => alert.textContent?.trim()));
    // The endpoint fails every read until it is mended: a change's reload, everywhere.
    await sandbox.controlCall('PUT', '/faults', {
      faults: [{ kind: 'server-error', operations: ['getSettings', 'listAuthenticators', 'listAppPasswords'] }],
    });
    (el.closest('mfa-provider') as HTMLElement & { refresh(): void }).refresh();
    await waitUntil(() => $(el, '[part~="error"].error') && failedInside().length === inner.length, 'the reloads did not all fail', {
      timeout: 8000,
    });
    // Each Try again, tabbed to, says what it would load: the alert beside it describes it.
    const regions = [el, ...inner].map((e) => e.shadowRoot!.querySelector('[part~="error"].error')!);
    const said = regions.map((region) => describedText(region.querySelector('[data-load-retry]')!));
    expect(said).to.deep.equal(regions.map((region) => textOf(region.querySelector('[role="alert"]'), 'said')));
    expect(new Set(said).size, said.join(' | ')).to.equal(4);
    await sandbox.controlCall('PUT', '/faults', { faults: [] });
    buttonNamed(el, en.retry)!.click();
    await waitUntil(() => !$(el, '[part~="error"].error') && failedInside().length === 0, 'an element inside still says it could not load', {
      timeout: 5000,
    });
    expect(inner.map((e) => e.isConnected)).to.deep.equal([true, true, true]);
  });

  it('says why it cannot load, and loads again on request', async () => {
    await sandbox.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 3, operations: ['getSettings'] }] });
    const { el } = await mountLoading(sandbox, 'adele');
    // While the first load runs, the alert is in place, empty (see above).
    await waitUntil(() => $(el, '[part~="error"] [role="alert"]'), 'no alert in place while loading', { timeout: 5000 });
    expect($(el, '[part~="error"] [role="alert"]')!.textContent).to.equal('');
    await waitUntil(() => $(el, '[part~="error"].error'), 'no error shown', { timeout: 5000 });
    expect($(el, '[part~="error"]')?.textContent).to.contain(en.errorServer);
    await expect(el).to.be.accessible();
    buttonNamed(el, en.retry)!.click();
    await waitUntil(() => $(el, '[part~="default-method"]'), 'never recovered', { timeout: 5000 });
  });
});

describe('security-info sections', () => {
  const base: SettingsSummary = {
    user: { displayName: 'X', isAdmin: false },
    methods: [],
    defaultMethod: null,
    phones: [],
    authenticators: [],
    appPasswords: { count: 0, limit: 40 },
    policy: { allowedMethods: ['text-mobile', 'call-mobile', 'call-alternate', 'call-office', 'app-code', 'app-notification'], appPasswordsAllowed: true },
    mustRegisterAgain: false,
  };
  const table: [string, Partial<SettingsSummary>, ReturnType<typeof sections>][] = [
    [
      'nothing registered, everything allowed',
      {},
      {
        phones: [],
        addOptions: ['phone-mobile', 'phone-alternate', 'phone-office', 'authenticator'],
        showAuthenticators: true,
        showAppPasswords: true,
        registerAgain: undefined,
      },
    ],
    [
      'phones only, one registered',
      {
        policy: { allowedMethods: ['text-mobile', 'call-office'], appPasswordsAllowed: false },
        phones: [{ slot: 'mobile', maskedNumber: '•', verifiedAt: '' }],
      },
      { phones: ['mobile'], addOptions: ['phone-office'], showAuthenticators: false, showAppPasswords: false, registerAgain: undefined },
    ],
    [
      'must register again',
      { mustRegisterAgain: true, policy: { allowedMethods: ['call-mobile', 'app-notification'], appPasswordsAllowed: false } },
      {
        phones: [],
        addOptions: ['phone-mobile', 'authenticator'],
        showAuthenticators: true,
        showAppPasswords: false,
        registerAgain: ['phone-mobile', 'authenticator'],
      },
    ],
    [
      'must register again, with no phone the policy allows',
      { mustRegisterAgain: true, policy: { allowedMethods: ['app-code'], appPasswordsAllowed: false } },
      { phones: [], addOptions: ['authenticator'], showAuthenticators: true, showAppPasswords: false, registerAgain: ['authenticator'] },
    ],
    [
      'must register again, with only the office phone allowed',
      { mustRegisterAgain: true, policy: { allowedMethods: ['call-office'], appPasswordsAllowed: false } },
      { phones: [], addOptions: ['phone-office'], showAuthenticators: false, showAppPasswords: false, registerAgain: ['phone-office'] },
    ],
    [
      'must register again, with the alternate phone and apps allowed',
      { mustRegisterAgain: true, policy: { allowedMethods: ['call-alternate', 'app-code'], appPasswordsAllowed: false } },
      {
        phones: [],
        addOptions: ['phone-alternate', 'authenticator'],
        showAuthenticators: true,
        showAppPasswords: false,
        registerAgain: ['phone-alternate', 'authenticator'],
      },
    ],
    [
      // A policy of methods only a newer endpoint knows (the client drops them): nothing the steps
      // could offer, so the usual page, not steps with nothing in them.
      'must register again, with no method the page can set up allowed',
      { mustRegisterAgain: true, policy: { allowedMethods: [], appPasswordsAllowed: true } },
      { phones: [], addOptions: [], showAuthenticators: false, showAppPasswords: true, registerAgain: undefined },
    ],
    [
      'authenticators left from before the policy changed',
      {
        policy: { allowedMethods: ['call-office'], appPasswordsAllowed: false },
        authenticators: [{ id: 'a', name: 'Old phone', kind: 'totp', createdAt: '', lastUsedAt: null }],
      },
      { phones: [], addOptions: ['phone-office'], showAuthenticators: true, showAppPasswords: false, registerAgain: undefined },
    ],
    [
      'app passwords left from before the policy changed',
      { appPasswords: { count: 2, limit: 40 }, policy: { allowedMethods: ['call-office'], appPasswordsAllowed: false } },
      { phones: [], addOptions: ['phone-office'], showAuthenticators: false, showAppPasswords: true, registerAgain: undefined },
    ],
  ];
  for (const [name, change, expected] of table) {
    it(name, () => expect(sections({ ...base, ...change })).to.deep.equal(expected));
  }

  it('leads a user who must register again and may only have an office phone to set one up, not to an empty step', async () => {
    const fake = new FakeClient();
    const wrapper = await fixture<HTMLDivElement>(html`
      <div><mfa-provider .client=${fake.client}><mfa-security-info></mfa-security-info></mfa-provider></div>
    `);
    const el = wrapper.querySelector('mfa-security-info')!;
    const summary = { ...base, mustRegisterAgain: true, policy: { allowedMethods: ['call-office'], appPasswordsAllowed: false } };
    // Every read of the settings (the page's, then the phone editor's inside it) gets this summary.
    const editor = () => $(el, '[part~="register-again"] mfa-phone-editor') as MfaPhoneEditor | null;
    await waitUntil(
      () => {
        for (const call of fake.callsOf('getSettings')) call.resolve(summary);
        return editor()?.shadowRoot?.querySelector('button');
      },
      'the office phone to set up never showed',
      { timeout: 5000 },
    );
    const again = $(el, '[part~="register-again"]')!;
    expect([...again.querySelectorAll('h4')].map((h) => h.textContent?.trim())).to.deep.equal([en.slotOffice]);
    expect(editor()!.phoneSlot).to.equal('office');
    await expect(el).to.be.accessible();
  });

  const removals: [string, Partial<SettingsSummary>, string, string, 'deleteAuthenticator' | 'revokeAppPassword', string][] = [
    [
      'the last app, where the policy allows no more apps',
      { authenticators: [{ id: 'a', name: 'Old phone', kind: 'totp', createdAt: '2025-01-02T00:00:00Z', lastUsedAt: null }], policy: { allowedMethods: ['call-office'], appPasswordsAllowed: true } },
      en.authRemoveNamed(isolated('Old phone')),
      en.authRemove,
      'deleteAuthenticator',
      en.authRemoved(isolated('Old phone')),
    ],
    [
      'the last app password, where the policy allows no more of them',
      { appPasswords: { count: 1, limit: 40 }, policy: { allowedMethods: ['call-office', 'app-code'], appPasswordsAllowed: false } },
      en.appPasswordsRevokeNamed(isolated('Mail')),
      en.appPasswordsRevoke,
      'revokeAppPassword',
      en.appPasswordsRevoked(isolated('Mail')),
    ],
  ];
  for (const [what, change, removeName, confirmName, operation, said] of removals) {
    // An app's removal is confirmed in a modal dialog: the rest of the page is out of reach meanwhile.
    for (const elsewhere of operation === 'deleteAuthenticator' ? [false] : [false, true]) {
      it(`says ${what} removed, as its section goes with it${elsewhere ? ', the focus left where the user went' : ', and takes the focus the section held'}`, async () => {
        let summary: SettingsSummary = { ...base, ...change };
        const { fake, el, answered } = await pageOnFakeClient(() => summary);
        const tag = operation === 'deleteAuthenticator' ? 'mfa-authenticator-list' : 'mfa-app-passwords';
        await waitUntil(() => answered(() => innerButton(el, tag, removeName)), 'nothing to remove showed', { timeout: 5000 });
        innerButton(el, tag, removeName)!.click();
        await waitUntil(() => innerButton(el, tag, confirmName), 'no confirmation');
        innerButton(el, tag, confirmName)!.focus();
        innerButton(el, tag, confirmName)!.click();
        const gone = async () => {
          summary = { ...base, policy: change.policy! };
          fake.last(operation).resolve(undefined);
          await waitUntil(() => answered(() => !$(el, tag)), 'the section stayed', { timeout: 5000 });
          await el.updateComplete;
        };
        if (elsewhere) await typingElsewhereAs(gone);
        else {
          await gone();
          await statusFocused(el);
        }
        expect($(el, '[part~="status"]')!.textContent).to.equal(said);
      });
    }
  }

  it('keeps saying a phone removed after an app password revoked, whose settings read failed: the page says the newer change, not the revocation again', async () => {
    const policy = { allowedMethods: ['call-office' as const], appPasswordsAllowed: false };
    const phone = { slot: 'office' as const, maskedNumber: '+1 ••• 12', verifiedAt: '2025-01-02T00:00:00Z' };
    let summary: SettingsSummary = { ...base, methods: ['call-office'], phones: [phone], appPasswords: { count: 1, limit: 40 }, policy };
    const { fake, el, answered } = await pageOnFakeClient(() => summary);
    const passwords = () => root(el).querySelector('mfa-app-passwords');
    const revoke = (name: string) => innerButton(el, 'mfa-app-passwords', name);
    await waitUntil(() => answered(() => revoke(en.appPasswordsRevokeNamed(isolated('Mail')))), 'no app password showed', { timeout: 5000 });
    revoke(en.appPasswordsRevokeNamed(isolated('Mail')))!.click();
    await passwords()!.updateComplete;
    revoke(en.appPasswordsRevoke)!.click();
    const reads = fake.callsOf('getSettings').length;
    fake.last('revokeAppPassword').resolve(undefined);
    // The settings reads after the revocation fail (the page's, and those of the elements inside): the
    // section stays, with its own words.
    await waitUntil(() => fake.callsOf('getSettings').length > reads, 'the settings were not read again');
    for (const call of fake.callsOf('getSettings').slice(reads)) call.reject(new MfaError('server', { operation: 'getSettings', status: 500 }));
    await waitUntil(() => $(el, '[part~="error"]'), 'the failure was not said');
    await el.updateComplete;
    // Then the user removes the office phone, whose section goes with it; the app passwords' goes too.
    await removePhoneByKeyboard($(el, 'mfa-phone-editor') as MfaPhoneEditor);
    summary = { ...base, policy };
    fake.last('deletePhone').resolve(undefined);
    await waitUntil(() => answered(() => !passwords() && !$(el, 'mfa-phone-editor')), 'the sections stayed', { timeout: 5000 });
    await el.updateComplete;
    // Before, the revocation was said again over it, and the line was live again, the focus on it.
    expect($(el, '[part~="status"]')!.textContent).to.equal(`${en.slotOffice} removed.`);
    await statusFocused(el);
  });

  it('starts a set-up as the method asks: the kind of app, or how the code is sent', () => {
    const presets = Object.fromEntries(METHOD_IDS.map((m) => [m, presetForMethod(m)]));
    expect(presets).to.deep.equal({
      'text-mobile': { channel: 'text' },
      'call-mobile': { channel: 'call' },
      'call-alternate': { channel: 'call' },
      'call-office': { channel: 'call' },
      'app-notification': { kind: 'push' },
      'app-code': { kind: 'totp' },
    });
  });
});
