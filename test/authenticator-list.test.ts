import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/components/authenticator-list/authenticator-list.js';
import '../src/components/provider/provider.js';
import type {
  MfaAuthenticatorList,
  MfaAuthenticatorRemoveEvent,
  MfaAuthenticatorRenameEvent,
} from '../src/components/authenticator-list/authenticator-list.js';
import type { MfaClient } from '../src/core/client.js';
import { MfaError } from '../src/core/errors.js';
import type { MfaReauthRequiredEvent } from '../src/core/events.js';
import type { Authenticator } from '../src/core/types.js';
import { en } from '../src/locales/en.js';
import { zhHans } from '../src/locales/zh-Hans.js';
import { FakeClient, settle } from './support/fake-client.js';
import { type Sandbox, newSandbox } from './support/sandbox.js';
import { clickCentre, typeKeys, webDriverClassic } from './support/keys.js';
import { expectCountdown, stopClock } from './support/clock.js';
import { accessibleName, describedText, isolated, liveness } from './support/aria.js';
import { ARABIC } from './support/arabic.js';
import { typingElsewhereAs } from './support/elsewhere.js';

// ---- What a user sees -------------------------------------------------------------------------

const $ = <T extends Element = HTMLElement>(el: MfaAuthenticatorList, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const names = (el: MfaAuthenticatorList) => [...el.shadowRoot!.querySelectorAll('[part~="name"]')].map(text);
const button = (el: MfaAuthenticatorList, label: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.getAttribute('aria-label') === label || text(b) === label,
  );
const dialog = (el: MfaAuthenticatorList) => $<HTMLDialogElement>(el, 'dialog')!;
const renameInput = (el: MfaAuthenticatorList) => $<HTMLInputElement>(el, '#rename-input');
const statusText = (el: MfaAuthenticatorList) => text($(el, '[part~="status"]'));
const focused = (el: MfaAuthenticatorList) => el.shadowRoot!.activeElement as HTMLElement | null;

async function mount(s: Sandbox, user: string, locale = 'en') {
  const session = await s.signIn(user);
  const headers = () => ({ Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken });
  const provider = await fixture(html`
    <mfa-provider endpoint=${s.endpoint} locale=${locale} .headers=${headers}>
      <mfa-authenticator-list></mfa-authenticator-list>
    </mfa-provider>
  `);
  const el = provider.querySelector<MfaAuthenticatorList>('mfa-authenticator-list')!;
  await waitUntil(() => $(el, '[part~="list"], [part~="empty"]'), 'the list never loaded', { timeout: 5000 });
  return { el, session };
}

async function mountFake(fake: FakeClient) {
  return fixture<MfaAuthenticatorList>(html`<mfa-authenticator-list lang="en" .client=${fake.client}></mfa-authenticator-list>`);
}

async function until(el: MfaAuthenticatorList, check: () => unknown, message: string) {
  await waitUntil(check, message, { timeout: 5000 });
  await el.updateComplete;
}

/** A second authenticator for a user, activated through the simulated push approval. */
async function addPushApp(s: Sandbox, user: string, name: string): Promise<string> {
  const client = await s.clientFor(user);
  const enrollment = await client.startEnrollment({ kind: 'push', name });
  const approved = await s.controlCall<{ authenticator: Authenticator }>('POST', `/push/${enrollment.enrollmentId}/approve`);
  return approved.authenticator.id;
}

async function serverNames(s: Sandbox, user: string): Promise<string[]> {
  const client: MfaClient = await s.clientFor(user);
  return (await client.listAuthenticators()).items.map((item) => item.name);
}

async function clickRename(el: MfaAuthenticatorList, name: string) {
  button(el, en.authRenameNamed(isolated(name)))!.click();
  await el.updateComplete;
}

/** Two code apps, Work phone and Old phone, the answer of `fake`'s first load. */
async function listTwo(el: MfaAuthenticatorList, fake: FakeClient) {
  const added = { kind: 'totp', createdAt: '2025-01-02T00:00:00Z', lastUsedAt: null } as const;
  fake.last('listAuthenticators').resolve({ items: [{ id: 'a1', name: 'Work phone', ...added }, { id: 'a2', name: 'Old phone', ...added }] });
  await settle();
  await el.updateComplete;
}

async function typeName(el: MfaAuthenticatorList, name: string) {
  const input = renameInput(el)!;
  input.focus();
  input.select();
  await typeKeys(name);
  await el.updateComplete;
}

// ---- Tests ------------------------------------------------------------------------------------

describe('<mfa-authenticator-list>', () => {
  let s: Sandbox;
  beforeEach(async () => {
    s = await newSandbox();
  });

  it('lists the authenticators with their kind and their dates formatted for the locale', async () => {
    const { el } = await mount(s, 'adele');
    expect(names(el)).to.deep.equal(['Work phone']);
    const [item] = (await (await s.clientFor('adele')).listAuthenticators()).items;
    const details = text($(el, '[part~="details"]'));
    const date = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(iso));
    expect(details).to.equal(`${en.authKindTotp} · ${en.authAdded(date(item!.createdAt))} · ${en.authLastUsed(date(item!.lastUsedAt!))}`);
    // The names the other lists give a row's parts, so one ::part(row) rule styles them all.
    expect(text($(el, '[part~="row"] [part~="row-name"]'))).to.equal('Work phone');
    expect(text($(el, '[part~="row-detail"]'))).to.equal(details);
    await expect(el).to.be.accessible();
  });

  it('names a push app by its kind, and one never used as such', async () => {
    await addPushApp(s, 'dana', 'Spare tablet');
    const { el } = await mount(s, 'dana');
    expect(names(el)).to.deep.equal(['Authenticator on Pixel', 'Spare tablet']);
    const details = [...el.shadowRoot!.querySelectorAll('[part~="details"]')].map(text);
    expect(details[0]).to.contain(en.authKindPush);
    expect(details[1]).to.contain(en.authNeverUsed);
  });

  it("leaves out of an authenticator's details what the endpoint sent that it cannot say: a kind it does not know, a date that is no date", async () => {
    const fake = new FakeClient();
    const el = await mountFake(fake);
    const at = '2025-01-02T00:00:00Z';
    fake.last('listAuthenticators').resolve({
      items: [
        { id: 'a1', kind: 'fido2', name: 'YubiKey 5', createdAt: at, lastUsedAt: null },
        { id: 'a2', kind: 'totp', name: 'Tablet', createdAt: 'not a date', lastUsedAt: null },
        { id: 'a3', kind: 'push', name: 'Pixel', createdAt: at, lastUsedAt: 'soon' },
      ],
    });
    await until(el, () => names(el).length === 3, 'the list never loaded');
    const added = en.authAdded(new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(at)));
    expect([...el.shadowRoot!.querySelectorAll('[part~="details"]')].map(text)).to.deep.equal([
      `${added} · ${en.authNeverUsed}`,
      `${en.authKindTotp} · ${en.authNeverUsed}`,
      `${en.authKindPush} · ${added}`,
    ]);
    await expect(el).to.be.accessible();
  });

  it('says so when there is no authenticator', async () => {
    const { el } = await mount(s, 'ben');
    expect(text($(el, '[part~="empty"]'))).to.equal(en.authListEmpty);
    expect($(el, '[part~="list"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('has its alert in place before a reload after a change fails, as on the first load', async () => {
    const fake = new FakeClient();
    const provider = await fixture(html`<mfa-provider lang="en" .client=${fake.client}><mfa-authenticator-list></mfa-authenticator-list></mfa-provider>`);
    const el = provider.querySelector<MfaAuthenticatorList>('mfa-authenticator-list')!;
    await waitUntil(() => fake.callsOf('listAuthenticators').length === 1, 'no load', { timeout: 3000 });
    fake.last('listAuthenticators').resolve({
      items: [{ id: 'a1', kind: 'totp', name: 'Tablet', createdAt: '2025-01-02T00:00:00Z', lastUsedAt: null }],
    });
    await until(el, () => names(el).length === 1, 'the list never loaded');
    // Another element's change: the list loads again. A screen reader says an alert that fills, not
    // always one that comes into the page with its words in it.
    (provider as HTMLElement & { refresh(): void }).refresh();
    await until(el, () => fake.callsOf('listAuthenticators').length === 2, 'no reload');
    const alert = $(el, '[part~="error"] [role="alert"]');
    expect(alert, 'the alert is in the page, empty, before the reload fails').to.not.equal(null);
    expect(text(alert)).to.equal('');
    fake.last('listAuthenticators').reject(new MfaError('server', { operation: 'listAuthenticators', status: 500 }));
    await settle();
    await el.updateComplete;
    expect($(el, '[part~="error"] [role="alert"]') === alert, 'the same alert fills').to.equal(true);
    expect(text(alert)).to.equal(`${en.authListLoadFailed} ${en.errorServer}`);
    expect(names(el), 'what was read before stays').to.deep.equal(['Tablet']);
    await expect(el).to.be.accessible();
  });

  it('shows loading, then a load failure with a retry that works', async () => {
    const fake = new FakeClient();
    const el = await mountFake(fake);
    expect(text($(el, '[role="status"]'))).to.equal(en.loading);
    await expect(el).to.be.accessible();
    fake.last('listAuthenticators').reject(new MfaError('server', { operation: 'listAuthenticators', status: 500 }));
    await settle();
    await el.updateComplete;
    expect(text($(el, '[part~="error"] [role="alert"]')), 'says what could not be loaded, and why').to.equal(`${en.authListLoadFailed} ${en.errorServer}`);
    await expect(el).to.be.accessible();
    const retryWidth = button(el, en.retry)!.getBoundingClientRect().width;
    expect(retryWidth, 'Retry is as wide as its word, not the whole list').to.be.below(el.getBoundingClientRect().width / 2);
    button(el, en.retry)!.click();
    fake.last('listAuthenticators').resolve({
      items: [{ id: 'a1', kind: 'totp', name: 'Tablet', createdAt: '2025-01-02T00:00:00Z', lastUsedAt: null }],
    });
    await settle();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Tablet']);
    expect(text($(el, '[role="alert"]'))).to.equal('');
  });

  it('renames in place once the endpoint confirms, and tells the host', async () => {
    const { el } = await mount(s, 'adele');
    await clickRename(el, 'Work phone');
    expect(focused(el)).to.equal(renameInput(el));
    expect(renameInput(el)!.value).to.equal('Work phone');
    const label = $(el, 'label[for="rename-input"]')!;
    expect(getComputedStyle(label).fontWeight, 'bold, as every element\'s field labels').to.equal('600');
    await expect(el).to.be.accessible();
    await typeName(el, '  Work iPhone ');
    const renamed = oneEvent(el, 'mfa-authenticator-rename') as Promise<MfaAuthenticatorRenameEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await renamed;
    expect(event.detail).to.deep.include({ name: 'Work iPhone', previousName: 'Work phone', id: 'auth_adele_phone' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Work iPhone']);
    expect(statusText(el)).to.equal(en.authRenamed(isolated('Work iPhone')));
    expect(focused(el)?.getAttribute('aria-label')).to.equal(en.authRenameNamed(isolated('Work iPhone')));
    expect(await serverNames(s, 'adele')).to.deep.equal(['Work iPhone']);
    // The page switched to Chinese: the confirmation goes with it.
    el.closest('mfa-provider')!.locale = 'zh-CN';
    await waitUntil(() => statusText(el) === zhHans.authRenamed(isolated('Work iPhone')), 'the confirmation stayed in English', { timeout: 5000 });
  });

  it('keeps the typed name and marks the field when the name is taken', async () => {
    await addPushApp(s, 'adele', 'Old phone');
    const { el } = await mount(s, 'adele');
    let renamed = 0;
    el.addEventListener('mfa-authenticator-rename', () => renamed++);
    await clickRename(el, 'Old phone');
    await typeName(el, 'work PHONE');
    button(el, en.save)!.click();
    await until(el, () => text($(el, '#rename-error')) !== '', 'no error shown');
    expect(text($(el, '[part~="field-error"] #rename-error'))).to.equal(en.errorDuplicateName);
    expect(renameInput(el)!.part.contains('name-input'), 'the field is the name-input part').to.equal(true);
    expect(renameInput(el)!.labels![0].part.contains('label'), 'its label is the label part').to.equal(true);
    expect(renameInput(el)!.value).to.equal('work PHONE');
    expect(renameInput(el)!.getAttribute('aria-invalid')).to.equal('true');
    expect(focused(el)).to.equal(renameInput(el));
    expect(renamed).to.equal(0);
    await expect(el).to.be.accessible();
    expect(await serverNames(s, 'adele')).to.deep.equal(['Work phone', 'Old phone']);
    // Edited, the name is no longer the one refused: the refusal goes.
    await typeKeys(' 2');
    await el.updateComplete;
    expect(text($(el, '#rename-error'))).to.equal('');
    expect(renameInput(el)!.getAttribute('aria-invalid')).to.equal('false');

    // A blank name is refused here; the endpoint's refusal, of the name before, does not come back
    // once the field holds another name.
    await typeName(el, ' ');
    button(el, en.save)!.click();
    await el.updateComplete;
    expect(text($(el, '#rename-error'))).to.equal(en.authNameRequired);
    await typeName(el, 'Tablet');
    expect(text($(el, '#rename-error'))).to.equal('');
    expect(renameInput(el)!.getAttribute('aria-invalid')).to.equal('false');
  });

  it('asks for a name instead of sending a blank one, and cancelling (or Escape) leaves the name as it was', async () => {
    const { el } = await mount(s, 'adele');
    await clickRename(el, 'Work phone');
    await typeName(el, '   ');
    button(el, en.save)!.click();
    await el.updateComplete;
    expect(text($(el, '#rename-error'))).to.equal(en.authNameRequired);
    expect(renameInput(el)!.getAttribute('aria-invalid')).to.equal('true');
    button(el, en.cancel)!.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Work phone']);
    expect(focused(el)?.getAttribute('aria-label')).to.equal(en.authRenameNamed(isolated('Work phone')));
    // Escape in the field does what Cancel does, and no more: a dialog of the page around the list stays open.
    await clickRename(el, 'Work phone');
    await typeName(el, 'Tablet');
    const outside: string[] = [];
    el.closest('mfa-provider')!.addEventListener('keydown', (e) => outside.push(e.key));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(renameInput(el) === null, 'the new name is left').to.equal(true);
    expect(outside, 'the Escape goes no further than the list').to.deep.equal([]);
    expect(names(el)).to.deep.equal(['Work phone']);
    expect(focused(el)?.getAttribute('aria-label')).to.equal(en.authRenameNamed(isolated('Work phone')));
    const sideEffects = await s.controlCall<{ operationId: string }[]>('GET', '/side-effects');
    expect(sideEffects.filter((e) => e.operationId === 'renameAuthenticator')).to.have.length(0);
  });

  it('leaves the rename open on the Escape that ends an input method\'s composition', async () => {
    const { el } = await mount(s, 'adele');
    await clickRename(el, 'Work phone');
    const input = renameInput(el)!;
    input.value = '我的 wo';
    // Pinyin's "wo" on the way to 我: Escape drops the candidates, and Chromium gives that key to the
    // page too, marked isComposing and with key code 229, as every key while an input method composes.
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', keyCode: 229, isComposing: true, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(renameInput(el) === input, 'the name being typed is kept').to.equal(true);
    expect(input.value).to.equal('我的 wo');
  });

  it("leaves the rename open on Safari's Escape that ends a composition: after compositionend, marked by key code 229 alone", async () => {
    const { el } = await mount(s, 'adele');
    await clickRename(el, 'Work phone');
    const input = renameInput(el)!;
    input.value = '我的 wo';
    // WebKit ends the composition first, then gives the page the key with isComposing false.
    input.dispatchEvent(new CompositionEvent('compositionend', { data: '', bubbles: true, composed: true }));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', keyCode: 229, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(renameInput(el) === input, 'the name being typed is kept').to.equal(true);
    expect(input.value).to.equal('我的 wo');
    // A plain Escape still leaves the rename, as Cancel does.
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(renameInput(el), 'a plain Escape leaves the rename').to.equal(null);
  });

  it('leaves a rename to the name it has, spaces around it aside, as Cancel does: nothing is sent, the host is told nothing', async () => {
    const { el } = await mount(s, 'adele');
    let renamed = 0;
    el.addEventListener('mfa-authenticator-rename', () => renamed++);
    await clickRename(el, 'Work phone');
    await typeName(el, ' Work phone ');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(renameInput(el) === null, 'the rename is left').to.equal(true);
    expect(focused(el)?.getAttribute('aria-label')).to.equal(en.authRenameNamed(isolated('Work phone')));
    expect(statusText(el), 'no rename to announce').to.equal('');
    expect(renamed).to.equal(0);
    const sideEffects = await s.controlCall<{ operationId: string }[]>('GET', '/side-effects');
    expect(sideEffects.filter((e) => e.operationId === 'renameAuthenticator')).to.have.length(0);
  });

  it('refuses a new name longer than 64 characters with the reason, rather than cutting it', async () => {
    const { el } = await mount(s, 'adele');
    await clickRename(el, 'Work phone');
    const long = 'y'.repeat(65);
    await typeName(el, long);
    expect(renameInput(el)!.value, 'the field takes all that is typed').to.equal(long);
    button(el, en.save)!.click();
    await el.updateComplete;
    expect(text($(el, '#rename-error'))).to.equal(en.nameTooLong(64, '64'));
    expect(renameInput(el)!.getAttribute('aria-invalid')).to.equal('true');
    expect(renameInput(el)!.value).to.equal(long);
    await expect(el).to.be.accessible();
    const sideEffects = await s.controlCall<{ operationId: string }[]>('GET', '/side-effects');
    expect(sideEffects.filter((e) => e.operationId === 'renameAuthenticator')).to.have.length(0);
    expect(await serverNames(s, 'adele')).to.deep.equal(['Work phone']);
  });

  it('asks before removing, says why, and keeping it changes nothing', async () => {
    const { el } = await mount(s, 'adele');
    button(el, en.authRemoveNamed(isolated('Work phone')))!.click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(text($(el, '#remove-title'))).to.equal(en.authRemoveTitle(isolated('Work phone')));
    expect(text($(el, '#remove-explain'))).to.equal(en.authRemoveExplain);
    expect(focused(el)).to.equal(button(el, en.authRemoveKeep));
    await expect(el).to.be.accessible();
    // Its frame, padding and border included, within its 32rem and the window (less a scroll bar),
    // 1rem from each edge: at this window's size and in one of 320 x 200 (a phone's, zoomed 400%)
    // with a page wider than it, which has a scroll bar (Firefox's takes room; WebDriver, which
    // drives WebKit here, cannot resize the window).
    const fits = () => {
      const frame = dialog(el).getBoundingClientRect();
      const room = document.documentElement.clientWidth;
      expect(frame.width, 'wider than 32rem').to.be.at.most(32 * 16);
      expect([frame.left, room - frame.right].every((gap) => gap >= 15.5), 'too close to the window edges').to.equal(true);
      expect(frame.height, 'taller than the window less 2rem').to.be.at.most(document.documentElement.clientHeight - 32 + 0.5);
    };
    fits();
    const before = { width: innerWidth, height: innerHeight };
    const wide = document.body.appendChild(Object.assign(document.createElement('div'), { style: 'inline-size: 2000px; block-size: 2000px' }));
    try {
      fits();
      if (!webDriverClassic) {
        await setViewport({ width: 320, height: 200 });
        fits();
      }
    } finally {
      if (!webDriverClassic) await setViewport(before);
      wide.remove();
    }
    button(el, en.authRemoveKeep)!.click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(focused(el)?.getAttribute('aria-label')).to.equal(en.authRemoveNamed(isolated('Work phone')));
    expect(await serverNames(s, 'adele')).to.deep.equal(['Work phone']);
  });

  it('removes after confirmation by the endpoint, saying so while it runs, and tells the host', async () => {
    const { el } = await mount(s, 'adele');
    button(el, en.authRemoveNamed(isolated('Work phone')))!.click();
    await el.updateComplete;
    const removed = oneEvent(el, 'mfa-authenticator-remove') as Promise<MfaAuthenticatorRemoveEvent>;
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 300, times: 1, operations: ['deleteAuthenticator'] }] });
    [...dialog(el).querySelectorAll('button')].find((b) => text(b) === en.authRemove)!.click();
    await el.updateComplete;
    expect(text(dialog(el).querySelector('[part~="status"][role="status"]')), 'the dialog’s status says it runs, in the status part').to.equal(en.authRemoving);
    const event = await removed;
    expect(event.detail).to.deep.equal({ id: 'auth_adele_phone', name: 'Work phone', kind: 'totp' });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(text($(el, '[part~="empty"]'))).to.equal(en.authListEmpty);
    expect(statusText(el)).to.equal(en.authRemoved(isolated('Work phone')));
    expect(await serverNames(s, 'adele')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('tells the other elements under its provider of a new name: a second list shows it', async () => {
    const { el } = await mount(s, 'adele');
    const second = document.createElement('mfa-authenticator-list');
    el.parentElement!.append(second);
    await until(second, () => names(second).includes('Work phone'), 'the second list never loaded');
    await clickRename(el, 'Work phone');
    await typeName(el, 'Tablet');
    button(el, en.save)!.click();
    await until(el, () => names(el).includes('Tablet'), 'the new name never shown');
    await until(second, () => names(second).includes('Tablet'), 'the second list kept the old name');
  });

  it('keeps the removal dialog open on Escape while the removal is on its way: it says how it went', async () => {
    const { el } = await mount(s, 'adele');
    button(el, en.authRemoveNamed(isolated('Work phone')))!.click();
    await el.updateComplete;
    // Long enough that the removal is still on its way when Escape arrives on a busy machine.
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 2000, times: 1, operations: ['deleteAuthenticator'] }] });
    const remove = [...dialog(el).querySelectorAll('button')].find((b) => text(b) === en.authRemove)!;
    remove.focus();
    remove.click();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el).open, 'Escape does not leave a removal on its way').to.equal(true);
    expect(text(dialog(el).querySelector('[role="status"]'))).to.equal(en.authRemoving);
    await until(el, () => !dialog(el).open, 'the dialog never closed');
    expect(statusText(el)).to.equal(en.authRemoved(isolated('Work phone')));
  });

  it('keeps Keep it from leaving a removal on its way: it says it is unavailable, and why, and the removal lands', async () => {
    const fake = new FakeClient();
    const el = await mountFake(fake);
    await listTwo(el, fake);
    const removed: unknown[] = [];
    el.addEventListener('mfa-authenticator-remove', (e) => removed.push((e as MfaAuthenticatorRemoveEvent).detail.name));
    button(el, en.authRemoveNamed(isolated('Work phone')))!.click();
    await el.updateComplete;
    [...dialog(el).querySelectorAll('button')].find((b) => text(b) === en.authRemove)!.click();
    await el.updateComplete;
    const keep = button(el, en.authRemoveKeep)!;
    expect(keep.getAttribute('aria-disabled'), 'Keep it is unavailable').to.equal('true');
    expect(describedText(keep)).to.equal(en.authRemoving);
    await expect(el).to.be.accessible();
    keep.focus();
    keep.click();
    await el.updateComplete;
    expect(dialog(el).open, 'Keep it does not leave a removal on its way').to.equal(true);
    expect(text(dialog(el).querySelector('[role="status"]'))).to.equal(en.authRemoving);
    fake.last('deleteAuthenticator').resolve();
    await until(el, () => !dialog(el).open, 'the dialog never closed');
    expect(names(el)).to.deep.equal(['Old phone']);
    expect(removed).to.deep.equal(['Work phone']);
    expect(statusText(el)).to.equal(en.authRemoved(isolated('Work phone')));
    expect(focused(el)).to.equal($(el, '[part~="list"]'));
    // Once the answer is in, Keep it is available again.
    button(el, en.authRemoveNamed(isolated('Old phone')))!.click();
    await el.updateComplete;
    expect(button(el, en.authRemoveKeep)!.getAttribute('aria-disabled')).to.equal('false');
    expect(button(el, en.authRemoveKeep)!.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('opens the removal dialog again when the browser closes it on a second Escape while the removal is on its way: it says how it went', async () => {
    const fake = new FakeClient();
    const el = await mountFake(fake);
    await listTwo(el, fake);
    // Pressed as a user does: a page the user did not use since its last refused Escape gets a
    // `cancel` it cannot refuse, in Chromium, and the dialog closes.
    await clickCentre(button(el, en.authRemoveNamed(isolated('Work phone')))!);
    await el.updateComplete;
    await clickCentre([...dialog(el).querySelectorAll('button')].find((b) => text(b) === en.authRemove)!);
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await settle();
    await el.updateComplete;
    expect(dialog(el).matches(':modal'), 'the dialog is open, and modal').to.equal(true);
    expect(text(dialog(el).querySelector('[role="status"]'))).to.equal(en.authRemoving);
    // The rows behind it are out of reach again: another Remove does not take the removal's answer away.
    await clickCentre(button(el, en.authRemoveNamed(isolated('Old phone')))!);
    await el.updateComplete;
    expect(text($(el, '#remove-title'))).to.equal(en.authRemoveTitle(isolated('Work phone')));
    // Nor does a script's click on it.
    button(el, en.authRemoveNamed(isolated('Old phone')))!.click();
    await el.updateComplete;
    expect(text($(el, '#remove-title'))).to.equal(en.authRemoveTitle(isolated('Work phone')));
    expect(text(dialog(el).querySelector('[role="status"]'))).to.equal(en.authRemoving);
    fake.last('deleteAuthenticator').reject(new MfaError('server', { operation: 'deleteAuthenticator', status: 500 }));
    await settle();
    await el.updateComplete;
    expect(text(dialog(el).querySelector('[part~="error"] [role="alert"]')), 'the failure is said').to.equal(en.errorServer);
    expect(button(el, en.authRemoveKeep)!.getAttribute('aria-disabled')).to.equal('false');
    expect(names(el)).to.deep.equal(['Work phone', 'Old phone']);
  });

  it('locks the scrolling of the page behind the removal dialog while it is open, and gives it back when it closes', async () => {
    const { el } = await mount(s, 'adele');
    const page = document.documentElement;
    page.style.overflow = 'auto';
    try {
      button(el, en.authRemoveNamed(isolated('Work phone')))!.click();
      await until(el, () => getComputedStyle(page).overflowY === 'hidden', 'the page behind the dialog scrolls');
      expect(getComputedStyle(page).overflowX).to.equal('hidden');
      await sendKeys({ press: 'Escape' });
      await until(el, () => !dialog(el).open, 'Escape did not close the dialog');
      await until(el, () => page.style.overflow === 'auto', `the page's overflow is ${page.style.overflow}, not its own`);
    } finally {
      page.style.overflow = '';
    }
  });

  it('keeps the removal dialog modal when a script moves the list while it is open, the focus where it was', async () => {
    const { el } = await mount(s, 'adele');
    const outside = document.createElement('button');
    const elsewhere = document.createElement('div');
    el.parentElement!.append(outside, elsewhere);
    button(el, en.authRemoveNamed(isolated('Work phone')))!.click();
    await el.updateComplete;
    const remove = [...dialog(el).querySelectorAll('button')].find((b) => text(b) === en.authRemove)!;
    remove.focus();
    // A host's script moving the list (a layout change): taken out of the page, and put back.
    elsewhere.append(el);
    await el.updateComplete;
    expect(dialog(el).open).to.equal(true);
    expect(dialog(el).matches(':modal'), 'modal again').to.equal(true);
    expect(text($(el, '#remove-title'))).to.equal(en.authRemoveTitle(isolated('Work phone')));
    expect(focused(el), 'the focus where it was').to.equal(remove);
    outside.focus();
    expect(document.activeElement, 'the page behind is inert').to.not.equal(outside);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog(el).open, 'Escape closes it').to.equal(false);
    expect(focused(el)?.getAttribute('aria-label')).to.equal(en.authRemoveNamed(isolated('Work phone')));
    await expect(el).to.be.accessible();
  });

  it('shows the refusal when the default method needs the authenticator', async () => {
    const { el } = await mount(s, 'dana');
    let removed = 0;
    el.addEventListener('mfa-authenticator-remove', () => removed++);
    button(el, en.authRemoveNamed(isolated('Authenticator on Pixel')))!.click();
    await el.updateComplete;
    const confirm = [...dialog(el).querySelectorAll('button')].find((b) => text(b) === en.authRemove)!;
    confirm.focus();
    confirm.click();
    await until(el, () => text(dialog(el).querySelector('[role="alert"]')) !== '', 'no refusal shown');
    expect(text(dialog(el).querySelector('[part~="error"] [role="alert"]'))).to.equal(en.authRemoveBacksDefault(isolated('Authenticator on Pixel')));
    // Only a way out is left: the same request would be refused again. It takes the focus Remove
    // had, which would otherwise fall behind the modal dialog.
    expect([...dialog(el).querySelectorAll('button')].map(text)).to.deep.equal([en.close]);
    expect(text(focused(el)), 'focus moves to Close').to.equal(en.close);
    await expect(el).to.be.accessible();
    expect(removed).to.equal(0);
    expect(names(el)).to.deep.equal(['Authenticator on Pixel']);
  });

  it('shows each endpoint error when renaming, keeping what was typed', async () => {
    const cases: [object, string][] = [
      [{ kind: 'server-error' }, en.errorServer],
      [{ kind: 'malformed-body' }, en.errorServer],
      // Last: it blocks the action for 30 seconds.
      [{ kind: 'rate-limit', retryAfterSeconds: 30 }, en.errorRateLimited('30 seconds')],
    ];
    const { el } = await mount(s, 'adele');
    await clickRename(el, 'Work phone');
    await typeName(el, 'Tablet');
    // The page's clock stopped: the countdown moves on as the test moves the clock, not by the
    // seconds a slow browser takes over the steps between (an accessibility check).
    const clock = stopClock();
    try {
      for (const [fault, message] of cases) {
        await s.controlCall('PUT', '/faults', { faults: [{ ...fault, times: 1, operations: ['renameAuthenticator'] }] });
        button(el, en.save)!.click();
        // Sent: the last refusal is gone, so the one awaited is this request's (two say the same).
        await el.updateComplete;
        expect(text($(el, '#rename-error')), 'the last refusal stays while the rename is sent again').to.equal('');
        await until(el, () => text($(el, '#rename-error')) === message, `expected "${message}", saw "${text($(el, '#rename-error'))}"`);
        expect(renameInput(el)!.value).to.equal('Tablet');
        await expect(el).to.be.accessible();
      }
      // Rate limited: the save button waits, described by the copy that counts the wait down, which
      // no hint beside it says again.
      const announced = en.errorRateLimited('30 seconds');
      const seen = () => text($(el, '#rename-wait'));
      expect(!!$(el, '#rename-wait')?.closest('[part~="field-error"]'), 'the countdown is in ::part(field-error), with the alert').to.equal(true);
      expect(button(el, en.save)!.getAttribute('aria-disabled')).to.equal('true');
      expect($(el, '.rename .hint')).to.equal(null);
      expect(describedText(button(el, en.save)!)).to.equal(announced);
      // The copy seen counts down; the alert keeps what it announced, visually hidden, until the wait is over.
      expect(seen()).to.equal(announced);
      expect($(el, '#rename-error')!.classList.contains('visually-hidden')).to.equal(true);
      await expectCountdown({ clock, seen, alert: () => text($(el, '#rename-error')), announced, wait: 30 });
      expect(seen()).to.equal('');
      expect(statusText(el)).to.equal(en.retryNow);
      expect(button(el, en.save)!.getAttribute('aria-disabled')).to.equal('false');
      expect(renameInput(el)!.value).to.equal('Tablet');
    } finally {
      clock.restore();
    }
  });

  it('counts down a rate-limited removal in the dialog, and says there when it can be sent again', async () => {
    await addPushApp(s, 'adele', 'Old tablet');
    const { el } = await mount(s, 'adele');
    await s.controlCall('PUT', '/faults', {
      faults: [{ kind: 'rate-limit', retryAfterSeconds: 2, times: 1, operations: ['deleteAuthenticator'] }],
    });
    button(el, en.authRemoveNamed(isolated('Old tablet')))!.click();
    await el.updateComplete;
    [...dialog(el).querySelectorAll('button')].find((b) => text(b) === en.authRemove)!.click();
    const alert = () => text(dialog(el).querySelector('[role="alert"]'));
    await until(el, () => alert() !== '', 'no refusal shown');
    expect(alert()).to.equal(en.errorRateLimited('2 seconds'));
    const seen = () => text(dialog(el).querySelector('#remove-wait'));
    expect(seen()).to.equal(en.errorRateLimited('2 seconds'));
    expect(!!dialog(el).querySelector('#remove-wait')?.closest('[part~="error"]'), 'the countdown is in ::part(error), with the alert').to.equal(true);
    // The unavailable Remove says why: it is described by the copy that counts the wait down, which
    // no hint says again.
    const blocked = [...dialog(el).querySelectorAll('button')].find((b) => text(b) === en.authRemove)!;
    expect(blocked.getAttribute('aria-disabled')).to.equal('true');
    expect(describedText(blocked)).to.equal(en.errorRateLimited('2 seconds'));
    expect(dialog(el).querySelector('.hint:not([role])')).to.equal(null);
    await expect(el).to.be.accessible();
    await until(el, () => seen() === en.errorRateLimited('1 second'), 'the copy never counts down');
    expect(alert(), 'the alert does not change each second').to.equal(en.errorRateLimited('2 seconds'));
    await until(el, () => alert() === '', 'the refusal never ends');
    expect(text(dialog(el).querySelector('[role="status"]'))).to.equal(en.retryNow);
    const remove = [...dialog(el).querySelectorAll('button')].find((b) => text(b) === en.authRemove)!;
    expect(remove.getAttribute('aria-disabled')).to.equal('false');
    remove.click();
    await until(el, () => !names(el).includes('Old tablet'), 'never removed');
  });

  it('shows the rename as pending and sends it once however often Save is pressed', async () => {
    const { el } = await mount(s, 'adele');
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 400, operations: ['renameAuthenticator'] }] });
    await clickRename(el, 'Work phone');
    await typeName(el, 'Tablet');
    button(el, en.save)!.click();
    await el.updateComplete;
    const pending = button(el, en.saving)!;
    expect(pending.getAttribute('aria-disabled')).to.equal('true');
    pending.click();
    await expect(el).to.be.accessible();
    await until(el, () => names(el)[0] === 'Tablet', 'never renamed');
    const sideEffects = await s.controlCall<{ operationId: string }[]>('GET', '/side-effects');
    expect(sideEffects.filter((e) => e.operationId === 'renameAuthenticator')).to.have.length(1);
  });

  it('keeps Cancel, Escape and the other rows\' Rename from leaving a rename on its way: the new name lands', async () => {
    await addPushApp(s, 'adele', 'Old phone');
    const { el } = await mount(s, 'adele');
    const renamed: unknown[] = [];
    el.addEventListener('mfa-authenticator-rename', (e) => renamed.push(e.detail));
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 400, operations: ['renameAuthenticator'] }] });
    await clickRename(el, 'Work phone');
    await typeName(el, 'Tablet');
    button(el, en.save)!.click();
    await el.updateComplete;
    const cancel = button(el, en.cancel)!;
    expect(cancel.getAttribute('aria-disabled'), 'Cancel is unavailable').to.equal('true');
    cancel.click();
    cancel.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(!!button(el, en.saving), 'neither Cancel nor Escape leaves').to.equal(true);
    // Another row's Rename says it is unavailable, and does not take the form away meanwhile.
    const other = button(el, en.authRenameNamed(isolated('Old phone')))!;
    expect(other.getAttribute('aria-disabled')).to.equal('true');
    other.click();
    await el.updateComplete;
    expect(!!button(el, en.saving), 'the rename under way stays').to.equal(true);
    await until(el, () => names(el).includes('Tablet'), 'the new name never shown');
    expect(renamed).to.have.length(1);
  });

  /** Work phone renamed Tablet, sent by Enter in the field (which keeps the focus); its answer held back. */
  async function renameSentByEnter(fake: FakeClient): Promise<MfaAuthenticatorList> {
    const el = await mountFake(fake);
    await listTwo(el, fake);
    await clickRename(el, 'Work phone');
    await typeName(el, 'Tablet');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    return el;
  }

  it("says while a new name is on its way that it is being saved, the reason Cancel and the other rows' Rename give for being unavailable", async () => {
    const fake = new FakeClient();
    // Enter in the field, which keeps the focus: the Save button's new words are not read from there.
    const el = await renameSentByEnter(fake);
    const status = $(el, '[part~="status"]');
    expect(statusText(el), 'the status line says it').to.equal(en.saving);
    expect(liveness(status), 'said by the live region').to.equal('polite');
    const cancel = button(el, en.cancel)!;
    expect(cancel.getAttribute('aria-disabled')).to.equal('true');
    expect(describedText(cancel), 'Cancel says why it is unavailable').to.equal(en.saving);
    const other = button(el, en.authRenameNamed(isolated('Old phone')))!;
    expect(other.getAttribute('aria-disabled')).to.equal('true');
    expect(describedText(other), "the other row's Rename says why it is unavailable").to.equal(en.saving);
    await expect(el).to.be.accessible();
    fake.last('renameAuthenticator').resolve({ id: 'a1', kind: 'totp', name: 'Tablet', createdAt: '2025-01-02T00:00:00Z', lastUsedAt: null });
    await until(el, () => names(el).includes('Tablet'), 'the new name never shown');
    expect(statusText(el)).to.equal(en.authRenamed(isolated('Tablet')));
    for (const name of ['Tablet', 'Old phone']) {
      const rename = button(el, en.authRenameNamed(isolated(name)))!;
      expect(rename.getAttribute('aria-disabled'), name).to.equal('false');
      expect(rename.hasAttribute('aria-describedby'), `${name}: described by nothing once the name is in`).to.equal(false);
    }
  });

  it('leaves the focus where the user took it on the page while a new name was on its way, whether it fails or lands', async () => {
    const fake = new FakeClient();
    const el = await mountFake(fake);
    await listTwo(el, fake);
    const elsewhere = el.parentElement!.appendChild(document.createElement('input'));
    await clickRename(el, 'Old phone');
    await typeName(el, 'Tablet');
    await clickCentre(button(el, en.save)!);
    // Into another field of the page, typing there.
    await clickCentre(elsewhere);
    await typeKeys('ab');
    fake.last('renameAuthenticator').reject(new MfaError('server', { operation: 'renameAuthenticator', status: 500 }));
    await settle();
    await el.updateComplete;
    expect(text($(el, '#rename-error')), 'the failure is said').to.equal(en.errorServer);
    expect(document.activeElement, 'the focus stays in the field of the page').to.equal(elsewhere);
    await clickCentre(button(el, en.save)!);
    await clickCentre(elsewhere);
    await typeKeys('cd');
    fake.last('renameAuthenticator').resolve({ id: 'a2', kind: 'totp', name: 'Tablet', createdAt: '2025-01-02T00:00:00Z', lastUsedAt: null });
    await until(el, () => names(el).includes('Tablet'), 'the new name never shown');
    expect(statusText(el)).to.equal(en.authRenamed(isolated('Tablet')));
    expect(document.activeElement, 'the focus stays in the field of the page').to.equal(elsewhere);
    await typeKeys('ef');
    expect(elsewhere.value, 'nothing typed is lost').to.equal('abcdef');
  });

  it('leaves the focus on another row the user went to while a new name was on its way, whether it fails or lands', async () => {
    const fake = new FakeClient();
    const el = await renameSentByEnter(fake);
    // On to the next row's Remove, to press it next.
    const remove = button(el, en.authRemoveNamed(isolated('Old phone')))!;
    remove.focus();
    fake.last('renameAuthenticator').reject(new MfaError('server', { operation: 'renameAuthenticator', status: 500 }));
    await settle();
    await el.updateComplete;
    expect(text($(el, '#rename-error')), 'the failure is said').to.equal(en.errorServer);
    expect(focused(el), 'the focus stays on the other row').to.equal(remove);
    button(el, en.save)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    remove.focus();
    fake.last('renameAuthenticator').resolve({ id: 'a1', kind: 'totp', name: 'Tablet', createdAt: '2025-01-02T00:00:00Z', lastUsedAt: null });
    await until(el, () => names(el).includes('Tablet'), 'the new name never shown');
    expect(statusText(el)).to.equal(en.authRenamed(isolated('Tablet')));
    expect(focused(el), 'the focus stays on the other row').to.equal(remove);
    await sendKeys({ press: 'Enter' });
    await until(el, () => dialog(el).open, 'the dialog never opened');
    expect(text($(el, '[part~="heading"]')), 'Enter removes the row the user chose').to.contain('Old phone');
  });

  it("takes the focus to the renamed row's Rename when it was still in the list, or lost to the page's body", async () => {
    const fake = new FakeClient();
    const el = await mountFake(fake);
    await listTwo(el, fake);
    // Words of the page, that take no focus: a click on them leaves it to the body.
    const words = el.parentElement!.appendChild(Object.assign(document.createElement('p'), { textContent: 'Your devices' }));
    for (const [where, from, name] of [['list', 'Old phone', 'Tablet'], ['body', 'Tablet', 'Laptop']] as const) {
      await clickRename(el, from);
      await typeName(el, name);
      button(el, en.save)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      if (where === 'body') await clickCentre(words);
      expect(document.activeElement, where).to.equal(where === 'body' ? document.body : el);
      fake.last('renameAuthenticator').resolve({ id: 'a2', kind: 'totp', name, createdAt: '2025-01-02T00:00:00Z', lastUsedAt: null });
      await until(el, () => names(el).includes(name), 'the new name never shown');
      expect(focused(el)?.getAttribute('aria-label'), where).to.equal(en.authRenameNamed(isolated(name)));
    }
  });

  it("takes the focus to the list once a removal lands, also from the page's body it fell to", async () => {
    const fake = new FakeClient();
    const el = await mountFake(fake);
    await listTwo(el, fake);
    button(el, en.authRemoveNamed(isolated('Work phone')))!.click();
    await el.updateComplete;
    [...dialog(el).querySelectorAll('button')].find((b) => text(b) === en.authRemove)!.click();
    await el.updateComplete;
    // A script of the page took the focus from the dialog.
    (focused(el) as HTMLElement).blur();
    expect(document.activeElement).to.equal(document.body);
    fake.last('deleteAuthenticator').resolve();
    await until(el, () => !dialog(el).open, 'the dialog never closed');
    expect(names(el)).to.deep.equal(['Old phone']);
    expect(focused(el)).to.equal($(el, '[part~="list"]'));
  });

  it('while the host re-authenticates for a removal, the dialog says so politely, as progress, not in its alert', async () => {
    const { el, session } = await mount(s, 'adele');
    await s.controlCall('POST', '/age-sign-in', { token: session.token });
    el.addEventListener('mfa-reauth-required', (e) => e.preventDefault(), { once: true });
    button(el, en.authRemoveNamed(isolated('Work phone')))!.click();
    await el.updateComplete;
    const asked = oneEvent(el, 'mfa-reauth-required') as Promise<MfaReauthRequiredEvent>;
    [...dialog(el).querySelectorAll('button')].find((b) => text(b) === en.authRemove)!.click();
    const event = await asked;
    await el.updateComplete;
    expect(text(dialog(el).querySelector('[role="status"]'))).to.equal(en.authReauthPending);
    expect(text(dialog(el).querySelector('[role="alert"]'))).to.equal('');
    await expect(el).to.be.accessible();
    await s.controlCall('POST', '/reauth', { token: session.token });
    const removed = oneEvent(el, 'mfa-authenticator-remove');
    event.detail.retry();
    await removed;
  });

  it('asks the host to re-authenticate and retries the same rename after it', async () => {
    const { el, session } = await mount(s, 'adele');
    await s.controlCall('POST', '/age-sign-in', { token: session.token });
    el.addEventListener('mfa-reauth-required', (e) => e.preventDefault(), { once: true });
    await clickRename(el, 'Work phone');
    await typeName(el, 'Tablet');
    const asked = oneEvent(el, 'mfa-reauth-required') as Promise<MfaReauthRequiredEvent>;
    button(el, en.save)!.click();
    const event = await asked;
    await el.updateComplete;
    // Progress, not a failure: said politely in the status region, not in the field's alert.
    expect(statusText(el)).to.equal(en.authReauthPending);
    expect(text($(el, '#rename-error'))).to.equal('');
    expect($(el, '#rename-input')!.getAttribute('aria-invalid')).to.equal('false');
    await s.controlCall('POST', '/reauth', { token: session.token });
    const renamed = oneEvent(el, 'mfa-authenticator-rename');
    event.detail.retry();
    await renamed;
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Tablet']);
  });

  it('takes an authenticator removed elsewhere (404) as removed: it is gone, as the user asked', async () => {
    const { el } = await mount(s, 'adele');
    await (await s.clientFor('adele')).deleteAuthenticator('auth_adele_phone');
    button(el, en.authRemoveNamed(isolated('Work phone')))!.click();
    await el.updateComplete;
    const removed = oneEvent(el, 'mfa-authenticator-remove') as Promise<MfaAuthenticatorRemoveEvent>;
    [...dialog(el).querySelectorAll('button')].find((b) => text(b) === en.authRemove)!.click();
    expect((await removed).detail).to.deep.equal({ id: 'auth_adele_phone', name: 'Work phone', kind: 'totp' });
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect(text($(el, '[part~="empty"]'))).to.equal(en.authListEmpty);
    expect(statusText(el)).to.equal(en.authRemoved(isolated('Work phone')));
  });

  it('reads the list again when the authenticator being renamed was removed elsewhere (404): its row goes, and the status says why', async () => {
    const { el } = await mount(s, 'adele');
    await clickRename(el, 'Work phone');
    await (await s.clientFor('adele')).deleteAuthenticator('auth_adele_phone');
    await typeName(el, 'Old phone');
    button(el, en.save)!.click();
    await until(el, () => text($(el, '[part~="empty"]')) === en.authListEmpty, 'the row stayed');
    expect(renameInput(el)).to.equal(null);
    expect(focused(el), 'the focus, on the form, goes to the list').to.equal($(el, '[part~="empty"]'));
    // The form's alert went with its row: without the status, nothing would say why the row went.
    expect(statusText(el)).to.equal(en.authRenameGone(isolated('Work phone')));
  });

  it('says once, in the status, why the row of an authenticator removed elsewhere went, the focus going from Save to the list only', async () => {
    const { el } = await mount(s, 'adele');
    await clickRename(el, 'Work phone');
    await (await s.clientFor('adele')).deleteAuthenticator('auth_adele_phone');
    await typeName(el, 'Old phone');
    // What the alerts ever said, and where the focus went, from the press of Save on.
    const alerts: string[] = [];
    const observer = new MutationObserver(() => {
      for (const alert of el.shadowRoot!.querySelectorAll('[role="alert"]')) if (text(alert)) alerts.push(text(alert));
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    const visited: string[] = [];
    el.shadowRoot!.addEventListener('focusin', (event) => visited.push((event.target as HTMLElement).id || (event.target as HTMLElement).getAttribute('part')!));
    button(el, en.save)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(el, () => text($(el, '[part~="empty"]')) === en.authListEmpty, 'the row stayed');
    observer.disconnect();
    expect(statusText(el)).to.equal(en.authRenameGone(isolated('Work phone')));
    // The alert would tell to reload what is read again already, and say again what the status says.
    expect(alerts, 'an alert spoke').to.deep.equal([]);
    // Not to the field first, which the row takes away at once: it would be read, then lost.
    expect(visited).to.deep.equal(['button primary', 'empty']);
  });

  it('says in Simplified Chinese why the row of an authenticator removed elsewhere went', async () => {
    const { el } = await mount(s, 'adele', 'zh-Hans');
    button(el, zhHans.authRenameNamed(isolated('Work phone')))!.click();
    await el.updateComplete;
    await (await s.clientFor('adele')).deleteAuthenticator('auth_adele_phone');
    await typeName(el, 'Old phone');
    button(el, zhHans.save)!.click();
    await until(el, () => text($(el, '[part~="empty"]')) === zhHans.authListEmpty, 'the row stayed');
    expect(statusText(el)).to.equal(zhHans.authRenameGone(isolated('Work phone')));
  });

  for (const where of ['form', 'page'] as const) {
    it(`says why the rename form went when a reload finds its app removed elsewhere, the focus ${where === 'form' ? 'in the form going to the list' : 'left in the page'}`, async () => {
      const { el } = await mount(s, 'adele');
      const provider = el.parentElement as HTMLElement & { refresh(): void };
      await clickRename(el, 'Work phone');
      await typeName(el, 'Old phone');
      await (await s.clientFor('adele')).deleteAuthenticator('auth_adele_phone');
      const reloaded = async () => {
        provider.refresh();
        await until(el, () => renameInput(el) === null, 'the form stayed');
        await el.updateComplete;
      };
      if (where === 'form') {
        await reloaded();
        expect(focused(el), 'the focus, on the form, goes to the list').to.equal($(el, '[part~="empty"]'));
      } else await typingElsewhereAs(reloaded);
      // The form and its draft went with the row: the status line says why.
      expect(statusText(el)).to.equal(en.authRenameGone(isolated('Work phone')));
    });
  }

  describe('rows that move under the focus as the list is read again (an app removed in another tab)', () => {
    /** Removes `id` of Adele's in another tab; the page reads everything again. */
    async function removedElsewhere(el: MfaAuthenticatorList, id: string, left: number) {
      await (await s.clientFor('adele')).deleteAuthenticator(id);
      (el.parentElement as HTMLElement & { refresh(): void }).refresh();
      await until(el, () => el.shadowRoot!.querySelectorAll('[part~="row"]').length === left, 'the list was not read again');
    }

    it('keeps the focus on the Remove of the app the user was on: Enter asks about that one; to the list when it went', async () => {
      const tablet = await addPushApp(s, 'adele', 'Tablet');
      await addPushApp(s, 'adele', 'Laptop');
      const { el } = await mount(s, 'adele');
      expect(names(el)).to.deep.equal(['Work phone', 'Tablet', 'Laptop']);
      button(el, en.authRemoveNamed(isolated('Tablet')))!.focus();
      await removedElsewhere(el, 'auth_adele_phone', 2);
      expect(names(el)).to.deep.equal(['Tablet', 'Laptop']);
      expect(accessibleName(focused(el)!), 'the focus stays with Tablet').to.equal(en.authRemoveNamed(isolated('Tablet')));
      await sendKeys({ press: 'Enter' });
      await until(el, () => dialog(el).open, 'the dialog never opened');
      expect(text($(el, '#remove-title')), 'Enter asks about Tablet').to.equal(en.authRemoveTitle(isolated('Tablet')));
      await sendKeys({ press: 'Escape' });
      await until(el, () => !dialog(el).open, 'the dialog stayed open');
      expect(accessibleName(focused(el)!)).to.equal(en.authRemoveNamed(isolated('Tablet')));
      // Tablet removed in another tab: the focus goes to the list, not to the Remove of the next app.
      await removedElsewhere(el, tablet, 1);
      expect(focused(el), 'the focus is on the list').to.equal($(el, '[part~="list"]'));
    });

    it('keeps the rename form, its draft and the focus in its field, when it moves up a row', async () => {
      const laptop = await addPushApp(s, 'adele', 'Laptop');
      const { el } = await mount(s, 'adele');
      await clickRename(el, 'Laptop');
      await typeName(el, 'Old lap');
      await removedElsewhere(el, 'auth_adele_phone', 1);
      expect(focused(el), 'the focus stays in the field').to.equal(renameInput(el));
      await typeKeys('top');
      await el.updateComplete;
      expect(renameInput(el)!.value, 'nothing typed is lost').to.equal('Old laptop');
      await sendKeys({ press: 'Enter' });
      await until(el, () => names(el).includes('Old laptop'), 'the new name never shown');
      expect((await (await s.clientFor('adele')).listAuthenticators()).items.find((item) => item.id === laptop)?.name).to.equal('Old laptop');
    });

    it("keeps the focus on the rename form's Cancel when the form moves up a row: Enter cancels it", async () => {
      await addPushApp(s, 'adele', 'Laptop');
      const { el } = await mount(s, 'adele');
      await clickRename(el, 'Laptop');
      await typeName(el, 'Old lap');
      button(el, en.cancel)!.focus();
      await removedElsewhere(el, 'auth_adele_phone', 1);
      expect(focused(el), 'the focus stays on Cancel').to.equal(button(el, en.cancel));
      await sendKeys({ press: 'Enter' });
      await until(el, () => renameInput(el) === null, 'the form stayed');
      expect(names(el)).to.deep.equal(['Laptop']);
    });
  });

  it('speaks Simplified Chinese, dates included', async () => {
    const { el } = await mount(s, 'adele', 'zh-CN');
    const details = text($(el, '[part~="details"]'));
    expect(details).to.contain(zhHans.authKindTotp);
    expect(details).to.match(/添加于 \d{4}年\d{1,2}月\d{1,2}日/);
    expect(button(el, zhHans.authRenameNamed(isolated('Work phone')))).to.exist;
    button(el, zhHans.authRemoveNamed(isolated('Work phone')))!.click();
    await el.updateComplete;
    expect(text($(el, '#remove-explain'))).to.equal(zhHans.authRemoveExplain);
    await expect(el).to.be.accessible();
  });

  it('returns the focus to the right row whatever characters the ids hold', async () => {
    const fake = new FakeClient();
    const el = await mountFake(fake);
    const at = '2025-01-02T00:00:00Z';
    fake.last('listAuthenticators').resolve({
      items: [
        { id: 'x"],[data-focus="remove-b', kind: 'totp', name: 'Phone A', createdAt: at, lastUsedAt: null },
        { id: 'b', kind: 'totp', name: 'Phone B', createdAt: at, lastUsedAt: null },
        { id: 'a"]', kind: 'totp', name: 'Phone C', createdAt: at, lastUsedAt: null },
      ],
    });
    await settle();
    await el.updateComplete;
    for (const name of ['Phone A', 'Phone C']) {
      await clickRename(el, name);
      button(el, en.cancel)!.click();
      await el.updateComplete;
      expect(focused(el)?.getAttribute('aria-label'), name).to.equal(en.authRenameNamed(isolated(name)));
    }
  });

  it("names Rename and Remove with the host's words: its sentence that holds the word shown, else the word shown then the name (WCAG 2.5.3)", async () => {
    const { el } = await mount(s, 'adele');
    const provider = el.closest('mfa-provider')!;
    // A sentence in the host's order for Rename (the word shown in it, whatever its case and soft
    // hyphens); for Remove, a table written before the sentence had a key: its word alone.
    provider.strings = {
      de: { authRename: 'Umbe\u00ADnennen', authRenameNamed: (name: string) => `„${name}“ umbenennen`, authRemove: 'Entfernen' },
    };
    provider.locale = 'de';
    await el.updateComplete;
    const [rename, remove] = [...$(el, '[part~="item"] .actions')!.querySelectorAll('button')];
    expect([text(rename), text(remove)]).to.deep.equal(['Umbe\u00ADnennen', 'Entfernen']);
    expect(accessibleName(rename)).to.equal(`„${isolated('Work phone')}“ umbenennen`);
    expect(accessibleName(remove), 'not English: "Remove Work phone"').to.equal(`Entfernen ${isolated('Work phone')}`);
  });

  it('keeps a name with a right-to-left override to itself: the sentences around it read in order', async () => {
    const fake = new FakeClient();
    const el = await mountFake(fake);
    // Shown alone, "\u202Eevil" reads "live"; put into a sentence as it is, it would turn the rest
    // of the sentence too: "Remove “?”live".
    const name = '\u202Eevil';
    fake.last('listAuthenticators').resolve({ items: [{ id: 'a1', kind: 'totp', name, createdAt: '2025-01-02T00:00:00Z', lastUsedAt: null }] });
    await settle();
    await el.updateComplete;
    // What screen readers get: the name between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE.
    expect($(el, '[data-focus="rename-a1"]')!.getAttribute('aria-label')).to.equal('Rename \u2068\u202Eevil\u2069');
    const remove = $(el, '[data-focus="remove-a1"]')!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove \u2068\u202Eevil\u2069');
    remove.click();
    await el.updateComplete;
    const title = $(el, '#remove-title')!;
    expect(title.textContent).to.equal('Remove “\u2068\u202Eevil\u2069”?');
    // As laid out: the question mark stays after the name, not before it.
    const words = [...title.childNodes].find((node): node is Text => node instanceof Text && node.data.includes('?'))!;
    const left = (at: number) => {
      const range = document.createRange();
      range.setStart(words, at);
      range.setEnd(words, at + 1);
      return range.getBoundingClientRect().left;
    };
    const letters = [...'evil'].map((letter) => left(words.data.indexOf(letter)));
    expect(left(words.data.indexOf('?'))).to.be.greaterThan(Math.max(...letters));
    expect(left(words.data.indexOf('R'))).to.be.lessThan(Math.min(...letters));
    [...dialog(el).querySelectorAll('button')].find((b) => text(b) === en.authRemove)!.click();
    fake.last('deleteAuthenticator').resolve();
    await until(el, () => statusText(el) !== '', 'the removal was not said');
    expect($(el, '[part~="status"]')!.textContent!.trim()).to.equal('“\u2068\u202Eevil\u2069” was removed.');
  });

  it('fires no event when its client is set', async () => {
    const fake = new FakeClient();
    const el = await mountFake(fake);
    let events = 0;
    for (const name of ['mfa-authenticator-rename', 'mfa-authenticator-remove']) el.addEventListener(name, () => events++);
    el.client = new FakeClient().client;
    await el.updateComplete;
    expect(events).to.equal(0);
  });
});

describe('<mfa-authenticator-list> offline', () => {
  it('says why a rename and a removal shown at once cannot be sent, each with a hint of its own', async () => {
    const fake = new FakeClient();
    const el = await mountFake(fake);
    const added = { kind: 'totp', createdAt: '2025-01-02T00:00:00Z', lastUsedAt: null } as const;
    fake.last('listAuthenticators').resolve({ items: [{ id: 'a1', name: 'Tablet', ...added }, { id: 'a2', name: 'Laptop', ...added }] });
    await settle();
    await el.updateComplete;
    await clickRename(el, 'Tablet');
    button(el, en.authRemoveNamed(isolated('Laptop')))!.click();
    await el.updateComplete;
    window.dispatchEvent(new Event('offline'));
    try {
      await el.updateComplete;
      const save = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="rename-form"] button')].find((b) => text(b) === en.save)!;
      const remove = [...dialog(el).querySelectorAll('button')].find((b) => text(b) === en.authRemove)!;
      expect([save.ariaDisabled, remove.ariaDisabled]).to.deep.equal(['true', 'true']);
      expect([describedText(save), describedText(remove)], 'each says why').to.deep.equal([en.offline, en.offline]);
      const ids = [...el.shadowRoot!.querySelectorAll('[id]')].map((node) => node.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'ids used twice').to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      window.dispatchEvent(new Event('online'));
    }
  });
});

describe('<mfa-authenticator-list> new name shown', () => {
  it('shows the name being typed after each render, also after the rename form was reset', async () => {
    const fake = new FakeClient();
    const el = await mountFake(fake);
    fake.last('listAuthenticators').resolve({
      items: [{ id: 'a1', kind: 'totp', name: 'Tablet', createdAt: '2025-01-02T00:00:00Z', lastUsedAt: null }],
    });
    await settle();
    await el.updateComplete;
    await clickRename(el, 'Tablet');
    expect(renameInput(el)!.value).to.equal('Tablet');
    // A reset of the form empties the field, with no input event: the new name is still Tablet.
    renameInput(el)!.form!.reset();
    el.requestUpdate();
    await el.updateComplete;
    expect(renameInput(el)!.value, 'the field shows the new name').to.equal('Tablet');
  });
});

describe('<mfa-authenticator-list> right to left', () => {
  it('shows each name in its own direction, in its row and while renamed', async () => {
    const s = await newSandbox();
    await addPushApp(s, 'adele', 'Pixel 8!');
    const session = await s.signIn('adele');
    const headers = () => ({ Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken });
    const provider = await fixture(html`
      <mfa-provider endpoint=${s.endpoint} locale="ar" .strings=${ARABIC} .headers=${headers}>
        <mfa-authenticator-list></mfa-authenticator-list>
      </mfa-provider>
    `);
    const el = provider.querySelector<MfaAuthenticatorList>('mfa-authenticator-list')!;
    await until(el, () => $(el, '[part~="list"]'), 'the list never loaded');
    expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    const names = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="name"]')];
    const pixel = names.find((n) => text(n) === 'Pixel 8!')!;
    // "Pixel 8!", not "!Pixel 8": isolated from the row, in the direction of its own script.
    expect([getComputedStyle(pixel).direction, getComputedStyle(pixel).unicodeBidi]).to.deep.equal(['ltr', 'isolate']);
    const rename = [...pixel.closest('li')!.querySelectorAll('button')][0]!;
    rename.click();
    await until(el, () => renameInput(el), 'no rename field');
    expect(renameInput(el)!.value).to.equal('Pixel 8!');
    expect(getComputedStyle(renameInput(el)!).direction, 'the field with the name').to.equal('ltr');
  });
});
