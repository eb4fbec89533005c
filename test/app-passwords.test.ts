import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  LIST,
  groupPassword,
  limitState,
  transition,
} from '../src/components/app-passwords/app-passwords-flow.js';
import { copyShortcut } from '../src/core/copy-shortcut.js';
import { nameProblem, typedName } from '../src/core/names.js';
import '../src/components/app-passwords/app-passwords.js';
import type {
  MfaAppPasswordCreateEvent,
  MfaAppPasswords,
  MfaAppPasswordRevokeEvent,
} from '../src/components/app-passwords/app-passwords.js';
import '../src/components/provider/provider.js';
import { MfaError } from '../src/core/errors.js';
import type { MfaReauthRequiredEvent } from '../src/core/events.js';
import type { AppPassword, SettingsSummary } from '../src/core/types.js';
import { FakeClient, settle } from './support/fake-client.js';
import { type Sandbox, newSandbox } from './support/sandbox.js';
import { pressShiftTab, typeKeys } from './support/keys.js';
import { expectCountdown, stopClock } from './support/clock.js';
import { getRole } from 'dom-accessibility-api';
import { accessibleName, describedText, isolated, liveness, textOf } from './support/aria.js';
import { en } from '../src/locales/en.js';
import { zhHans } from '../src/locales/zh-Hans.js';
import { ARABIC } from './support/arabic.js';
import { typingElsewhereAs } from './support/elsewhere.js';

// ---------------------------------------------------------------------------------------------
// Helpers

function $(el: MfaAppPasswords, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function part(el: MfaAppPasswords, name: string): HTMLElement | null {
  return $(el, `[part~="${name}"]`);
}

/** The name's error as seen and heard (a zero-width space marks it said again; it is neither). */
function nameError(el: MfaAppPasswords): string {
  return $(el, '[part~="field-error"]#name-error')!.textContent!.replace(/\u200b/g, '');
}

function text(el: MfaAppPasswords, name: string): string {
  return (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function statusText(el: MfaAppPasswords): string {
  return ($(el, '[role="status"]')?.textContent ?? '').trim();
}

/** What the element's alerts say, the load's then a change's (the name field has an alert of its own). */
function alertText(el: MfaAppPasswords): string {
  return [...el.shadowRoot!.querySelectorAll('[part="error"] [role="alert"]')].map((a) => a.textContent!.trim()).filter(Boolean).join(' ');
}

function rowNames(el: MfaAppPasswords): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part="row-name"]')].map((n) => n.textContent!.trim());
}

function nameInput(el: MfaAppPasswords): HTMLInputElement {
  return $(el, '#name') as HTMLInputElement;
}

function shownPassword(el: MfaAppPasswords): string {
  return part(el, 'password')!.textContent!.replace(/\s+/g, '');
}

/** Everything a user could read or copy from the element: its text and its fields' values. */
function rendered(el: MfaAppPasswords): string {
  const values = [...el.shadowRoot!.querySelectorAll('input')].map((i) => i.value);
  return [el.shadowRoot!.textContent!.replace(/\s+/g, ''), ...values].join('\n');
}

function focused(el: MfaAppPasswords): Element | null {
  return el.shadowRoot!.activeElement;
}

/** Revoke on the first row, then the confirmation's Revoke: the revocation is on its way. */
async function confirmFirstRevoke(el: MfaAppPasswords): Promise<void> {
  $(el, '#revoke-0')!.click();
  await el.updateComplete;
  $(el, '#confirm-revoke')!.click();
  await el.updateComplete;
}

/** Types a name and presses Enter in the field, as a user does. */
async function createByKeyboard(el: MfaAppPasswords, name: string): Promise<void> {
  nameInput(el).focus();
  await typeKeys(name);
  await sendKeys({ press: 'Enter' });
}

/** Creates `name` with the keyboard, and the endpoint refuses it by the policy (403 forbidden, reason policy). */
async function createRefusedByPolicy(fake: FakeClient, el: MfaAppPasswords, name: string): Promise<void> {
  await createByKeyboard(el, name);
  fake.last('createAppPassword').reject(new MfaError('forbidden', { operation: 'createAppPassword', status: 403, reason: 'policy' }));
  await settle();
  await el.updateComplete;
}

/**
 * Presses the alert's Try again with the keyboard, the endpoint's answer to `operation` held back a
 * second: the test sees the action under way in every browser, before the answer moves the focus on.
 */
async function retryHeldBack(s: Sandbox, el: MfaAppPasswords, operation: string): Promise<void> {
  await s.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 1000, times: 1, operations: [operation] }] });
  const retry = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="error"] button')].find((b) => b.textContent!.trim() === 'Try again')!;
  retry.focus();
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

interface Mounted {
  s: Sandbox;
  el: MfaAppPasswords;
  token: string;
  provider: HTMLElement;
}

async function mount(user: string, options: Record<string, unknown> = {}, locale = 'en'): Promise<Mounted> {
  const s = await newSandbox(options);
  const { token, csrfToken } = await s.signIn(user);
  const provider = await fixture<HTMLElement>(html`
    <mfa-provider locale=${locale} endpoint=${s.endpoint} .headers=${() => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken })}>
      <mfa-app-passwords></mfa-app-passwords>
    </mfa-provider>
  `);
  const el = provider.querySelector('mfa-app-passwords')!;
  await waitUntil(() => el.status !== 'loading' && !$(el, '[aria-busy="true"]'), 'the list did not load', { timeout: 5000 });
  await waitUntil(() => statusText(el) === '', 'still loading', { timeout: 5000 });
  return { s, el, token, provider };
}

async function created(el: MfaAppPasswords): Promise<void> {
  await waitUntil(() => el.status === 'shown', 'no password shown', { timeout: 5000 });
  await el.updateComplete;
}

function stubClipboard(write: (text: string) => Promise<void>): () => void {
  const clipboard = navigator.clipboard as Clipboard & { writeText: (t: string) => Promise<void> };
  clipboard.writeText = write;
  return () => {
    delete (clipboard as Partial<typeof clipboard>).writeText;
  };
}

const item = (id: string, name: string): AppPassword => ({ id, name, createdAt: '2025-01-02T10:00:00Z', lastUsedAt: null });

function settings(appPasswordsAllowed: boolean): SettingsSummary {
  return {
    user: { displayName: 'Test', isAdmin: false },
    methods: [],
    defaultMethod: null,
    phones: [],
    authenticators: [],
    appPasswords: { count: 0, limit: 40 },
    policy: { allowedMethods: [], appPasswordsAllowed },
    mustRegisterAgain: false,
  };
}

async function mountFake(items: AppPassword[] = [], limit = 40, allowed = true) {
  const fake = new FakeClient();
  const el = await fixture<MfaAppPasswords>(html`<mfa-app-passwords lang="en" .client=${fake.client}></mfa-app-passwords>`);
  fake.last('getSettings').resolve(settings(allowed));
  fake.last('listAppPasswords').resolve({ items, limit });
  await settle();
  await el.updateComplete;
  return { fake, el };
}

// ---------------------------------------------------------------------------------------------

describe('app passwords flow (pure)', () => {
  const a = item('a', 'Mail');
  const shown = { step: 'shown', appPassword: a, copy: 'idle' } as const;
  const table: [string, Parameters<typeof transition>[0], Parameters<typeof transition>[1], unknown][] = [
    ['created shows the password', LIST, { type: 'created', appPassword: a }, shown],
    ['copied marks it', shown, { type: 'copied' }, { ...shown, copy: 'copied' }],
    ['a refused copy asks for a manual one', shown, { type: 'copy-refused' }, { ...shown, copy: 'manual' }],
    ['done forgets it', shown, { type: 'done' }, LIST],
    ['a revoke does not replace a shown password', shown, { type: 'ask-revoke', item: a }, shown],
    ['ask-revoke confirms', LIST, { type: 'ask-revoke', item: a }, { step: 'confirm-revoke', item: a }],
    ['cancel goes back', { step: 'confirm-revoke', item: a }, { type: 'cancel-revoke' }, LIST],
    ['revoked goes back', { step: 'confirm-revoke', item: a }, { type: 'revoked', id: 'a' }, LIST],
    ['another revoked id is ignored', { step: 'confirm-revoke', item: a }, { type: 'revoked', id: 'b' }, { step: 'confirm-revoke', item: a }],
    ['copy outside the panel is ignored', LIST, { type: 'copied' }, LIST],
  ];
  for (const [title, from, event, to] of table) {
    it(title, () => expect(transition(from, event)).to.deep.equal(to));
  }

  it('validates names as the endpoint does (trimmed, 1 to 64 characters)', () => {
    expect(nameProblem('')).to.equal('empty');
    expect(nameProblem('   ')).to.equal('empty');
    expect(nameProblem('Mail')).to.equal(undefined);
    expect(nameProblem(' ' + 'x'.repeat(64) + ' ')).to.equal(undefined);
    expect(nameProblem('x'.repeat(65))).to.equal('too-long');
    // 64 emoji are 64 characters, though 128 UTF-16 units.
    expect(nameProblem('🙂'.repeat(64))).to.equal(undefined);
    // Nothing to see, as empty: a zero-width space, a soft hyphen and a word joiner.
    expect(nameProblem('\u200b')).to.equal('empty');
    expect(nameProblem(' \u00ad\u2060 ')).to.equal('empty');
    for (const name of ['🙂', '日历', '-', '€', 'é']) expect(nameProblem(name), name).to.equal(undefined);
    // Counted as the endpoint saves it: 64 "é" pasted as "e" and an accent are 64 characters, not 128.
    expect(nameProblem('e\u0301'.repeat(64))).to.equal(undefined);
    expect(nameProblem('e\u0301'.repeat(65))).to.equal('too-long');
    expect(typedName(' Tab\tand\n\u0000line ')).to.equal('Tab and line');
  });

  it('tells where the user stands against the limit', () => {
    expect(limitState(3, 40)).to.deep.equal({ used: 3, limit: 40, remaining: 37, level: 'ok' });
    expect(limitState(36, 40).level).to.equal('near');
    expect(limitState(35, 40).level).to.equal('ok');
    expect(limitState(2, 3).level).to.equal('near');
    expect(limitState(3, 3).level).to.equal('full');
    expect(limitState(5, 3)).to.include({ remaining: 0, level: 'full' });
  });

  it('groups a password in fours, and picks the copy shortcut', () => {
    expect(groupPassword('abcdefghijklmnop')).to.deep.equal(['abcd', 'efgh', 'ijkl', 'mnop']);
    expect(groupPassword('abcd efgh ij')).to.deep.equal(['abcd', 'efgh', 'ij']);
    expect(copyShortcut('macOS')).to.equal('⌘C');
    expect(copyShortcut('MacIntel')).to.equal('⌘C');
    expect(copyShortcut('Windows')).to.equal('Ctrl+C');
    expect(copyShortcut('')).to.equal('Ctrl+C');
    // A touch screen has no copy keys: the message says to touch and hold instead.
    const matchMedia = window.matchMedia;
    window.matchMedia = (query: string) => (query === '(pointer: coarse)' ? ({ matches: true } as MediaQueryList) : matchMedia.call(window, query));
    try {
      expect(copyShortcut('iPhone')).to.equal('');
      expect(copyShortcut('Android')).to.equal('');
    } finally {
      window.matchMedia = matchMedia;
    }
    expect(en.appPasswordsCopyRefused('')).to.equal(
      'Your browser did not allow copying. The password is selected in its field: touch and hold it, then choose Copy.',
    );
    expect(en.enrollCopyBlocked('Ctrl+C')).to.equal('Copying is blocked here. The text is selected: press Ctrl+C to copy it.');
  });
});

describe('<mfa-app-passwords> against the reference endpoint', () => {
  it('lists the app passwords with their dates and the limit, accessibly', async () => {
    const { el } = await mount('adele');
    expect(el.status).to.equal('ready');
    expect(rowNames(el)).to.deep.equal(['Mail on old laptop', 'Scan-to-email printer']);
    const name = el.shadowRoot!.querySelector('[part="row-name"]')!;
    expect(getComputedStyle(name).fontWeight, 'names stand out from their dates, as the authenticator list\'s do').to.equal('600');
    const label = el.shadowRoot!.querySelector('label[for="name"]')!;
    expect(getComputedStyle(label).fontWeight, 'the name field\'s label bold, as every element\'s field labels').to.equal('600');
    const details = [...el.shadowRoot!.querySelectorAll('[part="row-detail"]')].map((d) => d.textContent!.replace(/\s+/g, ' ').trim());
    expect(details[0]).to.match(/^Created .+ · Last used .+$/);
    expect(details[1]).to.match(/^Created .+ · Never used$/);
    expect(text(el, 'usage')).to.equal('2 of 40 created');
    expect(part(el, 'notice')).to.equal(null);
    // Each Revoke button names its app password.
    expect(accessibleName($(el, '#revoke-0')!).replace(/[\u2066-\u2069]/g, '')).to.equal('Revoke Mail on old laptop');
    await expect(el).to.be.accessible();
  });

  it('leaves a date that is no date out of an app password\'s details, rather than say "Created" with nothing after it', async () => {
    const { el } = await mountFake([
      { ...item('a', 'Mail'), createdAt: 'yesterday' },
      { ...item('b', 'Printer'), lastUsedAt: '' },
      { ...item('c', 'Scanner'), lastUsedAt: 'never' },
    ]);
    const details = [...el.shadowRoot!.querySelectorAll('[part="row-detail"]')].map((d) => d.textContent!.replace(/\s+/g, ' ').trim());
    const created = en.appPasswordsCreatedOn(new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date('2025-01-02T10:00:00Z')));
    expect(details).to.deep.equal([en.appPasswordsNeverUsed, `${created} · ${en.appPasswordsNeverUsed}`, created]);
    await expect(el).to.be.accessible();
  });

  it('puts the form before the list: Tab reaches the name field first, not after every Revoke', async () => {
    const items = Array.from({ length: 30 }, (_, i) => item(`p${i}`, `Printer ${i + 1}`));
    const { el } = await mountFake(items);
    el.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('name');
    // The usage line tells how many are left before the form is filled in.
    expect(part(el, 'usage')!.compareDocumentPosition(nameInput(el)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    await expect(el).to.be.accessible();
  });

  it('names each Revoke button with the host\'s words, in the order its language puts them', async () => {
    const { el, provider } = await mount('adele');
    (provider as HTMLElement & { strings: unknown }).strings = {
      de: { appPasswordsRevoke: 'Widerrufen', appPasswordsRevokeNamed: (name: string) => `„${name}“ widerrufen` },
    };
    provider.setAttribute('locale', 'de');
    await el.updateComplete;
    const revoke = $(el, '#revoke-0')!;
    expect(revoke.textContent!.trim()).to.equal('Widerrufen');
    expect(accessibleName(revoke)).to.equal(`„${isolated('Mail on old laptop')}“ widerrufen`);
  });

  it('tells apart two app passwords of the same name: each Revoke is described by its own dates', async () => {
    const { el } = await mountFake([
      { id: 'a', name: 'Mail', createdAt: '2026-03-02T10:00:00Z', lastUsedAt: '2026-11-20T08:00:00Z' },
      { id: 'b', name: 'Mail', createdAt: '2026-10-15T10:00:00Z', lastUsedAt: null },
    ]);
    const [first, second] = [$(el, '#revoke-0')!, $(el, '#revoke-1')!];
    expect(describedText(first).replace(/\s+/g, ' ')).to.match(/^Created .*2026 · Last used .*2026$/);
    expect(describedText(second).replace(/\s+/g, ' ')).to.match(/^Created .*2026 · Never used$/);
    expect(describedText(first)).to.not.equal(describedText(second));
    await expect(el).to.be.accessible();
    // The confirmation, where the choice is made, says which one too.
    const secondDates = describedText(second);
    second.click();
    await el.updateComplete;
    const group = part(el, 'confirm')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(describedText(group)).to.equal(secondDates);
  });

  it('creates one by keyboard and shows its password once, grouped, with a warning', async () => {
    const { el } = await mount('adele');
    const events: MfaAppPasswordCreateEvent[] = [];
    el.addEventListener('mfa-app-password-create', (e) => events.push(e));
    await createByKeyboard(el, 'Calendar on tablet');
    await created(el);
    const password = shownPassword(el);
    expect(password).to.match(/^[a-z]{16}$/);
    const groups = [...part(el, 'password')!.querySelectorAll('.group')].map((g) => g.textContent);
    expect(groups).to.have.length(4);
    expect(groups.join('')).to.equal(password);
    expect(part(el, 'password')!.classList.contains('ltr')).to.equal(true);
    expect(text(el, 'warning')).to.contain('cannot be shown again');
    expect(statusText(el)).to.contain('Created “\u2068Calendar on tablet\u2069”');
    // The focus goes to the panel: a screen reader says its heading and the warning with it.
    const panel = focused(el)!;
    expect([getRole(panel), accessibleName(panel), describedText(panel)]).to.deep.equal([
      'region',
      en.appPasswordsShownHeading(isolated('Calendar on tablet')),
      en.appPasswordsShownWarning,
    ]);
    expect(rowNames(el)).to.include('Calendar on tablet');
    expect(text(el, 'usage')).to.equal('3 of 40 created');
    // The host learns the id and name, never the password.
    expect(events).to.have.length(1);
    expect(Object.keys(events[0].detail).sort()).to.deep.equal(['id', 'name']);
    expect(events[0].detail.name).to.equal('Calendar on tablet');
    expect(JSON.stringify(events[0].detail)).not.to.contain(password);
    // Nowhere in attributes or storage.
    expect(el.outerHTML).not.to.contain(password);
    expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.to.contain(password);
    await expect(el).to.be.accessible();
  });

  it('forgets the password on Done: gone from the DOM, the form back and focused', async () => {
    const { el } = await mount('adele');
    await createByKeyboard(el, 'Old phone');
    await created(el);
    const password = shownPassword(el);
    part(el, 'done-button')!.click();
    await el.updateComplete;
    expect(rendered(el)).not.to.contain(password);
    expect(part(el, 'password-panel')).to.equal(null);
    expect(el.status).to.equal('ready');
    expect(nameInput(el).value).to.equal('');
    expect(focused(el)?.id).to.equal('name');
    await expect(el).to.be.accessible();
  });

  it('forgets the password when the element is removed', async () => {
    const { el, provider } = await mount('adele');
    await createByKeyboard(el, 'Old phone');
    await created(el);
    const password = shownPassword(el);
    expect(rendered(el)).to.contain(password);
    el.remove();
    await el.updateComplete;
    expect(rendered(el)).not.to.contain(password);
    provider.append(el);
    await el.updateComplete;
    expect(part(el, 'password-panel')).to.equal(null);
    expect(rendered(el)).not.to.contain(password);
  });

  it('keeps the password shown when the element is moved in the page (out and back at once, as a framework moves it)', async () => {
    const { el, provider } = await mount('adele');
    await createByKeyboard(el, 'Old phone');
    await created(el);
    const password = shownPassword(el);
    const elsewhere = provider.appendChild(document.createElement('div'));
    elsewhere.append(el);
    await settle();
    await el.updateComplete;
    expect(el.status).to.equal('shown');
    expect(shownPassword(el), 'shown once, it would be lost for good').to.equal(password);
  });

  it('forgets the password when the page is hidden, so Back from the back/forward cache does not show it', async () => {
    const { el } = await mount('adele');
    await createByKeyboard(el, 'Old phone');
    await created(el);
    const password = shownPassword(el);
    // What the browser fires when it keeps the page for Back: the element stays connected.
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expect(el.isConnected).to.equal(true);
    expect(rendered(el)).not.to.contain(password);
    expect(part(el, 'password-panel')).to.equal(null);
    expect(rowNames(el)).to.include('Old phone');
  });

  it('says a new password once, its warning with it: the status line, which says the same, is not live while the focused panel says it', async () => {
    const { el, provider } = await mount('adele');
    const restore = stubClipboard(async () => {});
    try {
      await createByKeyboard(el, 'Mail');
      await created(el);
      // Before, the focus went to the heading, which said its words alone; then the live status line
      // said them again, the warning last.
      const panel = focused(el)!;
      expect(panel, 'the focus is on the panel').to.equal(part(el, 'password-panel'));
      expect(accessibleName(panel)).to.equal(en.appPasswordsShownHeading(isolated('Mail')));
      expect(describedText(panel), 'the warning is said with it').to.equal(en.appPasswordsShownWarning);
      const status = part(el, 'status')!;
      expect(statusText(el)).to.equal(en.appPasswordsCreatedStatus(isolated('Mail')));
      expect(liveness(status), 'the status line says what the focus said: said twice').to.equal('off');
      // The page switched to Chinese: the line says it in Chinese, still not live (said once already).
      provider.setAttribute('locale', 'zh-Hans');
      await waitUntil(() => statusText(el) === zhHans.appPasswordsCreatedStatus(isolated('Mail')), 'the status line stayed in English');
      expect(liveness(status), 'said again in Chinese').to.equal('off');
      // What Copy did is news: said by the live region.
      part(el, 'copy-button')!.click();
      await waitUntil(() => statusText(el) === zhHans.appPasswordsCopied, 'Copy said nothing');
      expect(liveness(status)).to.equal('polite');
    } finally {
      restore();
    }
  });

  it('copies the password without spaces', async () => {
    const { el } = await mount('adele');
    let copied = '';
    const restore = stubClipboard(async (t) => {
      copied = t;
    });
    try {
      await createByKeyboard(el, 'Mail');
      await created(el);
      // Named by what it copies, as the enrollment's Copy key, Copy code and Copy URL are.
      expect(part(el, 'copy-button')!.textContent!.trim()).to.equal('Copy password');
      part(el, 'copy-button')!.click();
      await waitUntil(() => statusText(el).startsWith('Copied'));
      expect(copied).to.equal(shownPassword(el));
      expect(copied).to.match(/^[a-z]{16}$/);
    } finally {
      restore();
    }
  });

  it('says "Copied" again at a second Copy: the status line changes, its words the same', async () => {
    const { el } = await mount('adele');
    let copies = 0;
    const restore = stubClipboard(async () => {
      copies++;
    });
    try {
      await createByKeyboard(el, 'Mail');
      await created(el);
      const region = $(el, '[role="status"]')!;
      part(el, 'copy-button')!.click();
      await waitUntil(() => statusText(el).startsWith('Copied'));
      const first = region.textContent;
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      part(el, 'copy-button')!.click();
      await waitUntil(() => copies === 2, 'not copied again');
      await el.updateComplete;
      observer.disconnect();
      // Before, the region held the same words and did not change: a screen reader said nothing.
      expect(changes, 'the live region changed').to.not.be.empty;
      expect(region.textContent).to.not.equal(first);
      expect(region.textContent!.replace(/\u200b/g, '')).to.equal(first);
    } finally {
      restore();
    }
  });

  it('when the clipboard is refused, selects the password and says which keys copy it', async () => {
    const { el } = await mount('adele');
    const restore = stubClipboard(() => Promise.reject(new DOMException('Denied', 'NotAllowedError')));
    try {
      await createByKeyboard(el, 'Mail');
      await created(el);
      part(el, 'copy-button')!.click();
      await waitUntil(() => part(el, 'manual-copy') !== null);
      await el.updateComplete;
      const field = part(el, 'manual-copy') as HTMLInputElement;
      expect(field.value).to.equal(shownPassword(el));
      expect(field.labels![0].part.contains('label'), 'its label is the label part').to.equal(true);
      expect(focused(el)).to.equal(field);
      expect(field.selectionStart).to.equal(0);
      expect(field.selectionEnd).to.equal(16);
      // A password shown once: nothing for the browser to remember, offer back elsewhere, or send to a spell checker.
      expect(field.getAttribute('autocomplete')).to.equal('off');
      expect(field.getAttribute('spellcheck')).to.equal('false');
      expect(statusText(el)).to.match(/press (Ctrl\+C|⌘C) to copy it/);
      await expect(el).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('says an empty name’s error in an alert when Enter is pressed in the field, at each try', async () => {
    const { el } = await mount('adele');
    nameInput(el).focus();
    const said: string[] = [];
    // Each change of the alert's text is said: a new text, or the same one marked again.
    const observer = new MutationObserver(() => said.push(nameError(el)));
    observer.observe($(el, '#name-error')!.closest('[role="alert"]')!, { childList: true, subtree: true, characterData: true });
    try {
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el), 'focus stays in the field').to.equal(nameInput(el));
      expect(nameError(el)).to.equal('Enter a name for the app password.');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(said, 'said at each Enter').to.deep.equal(['Enter a name for the app password.', 'Enter a name for the app password.']);
    } finally {
      observer.disconnect();
    }
    await expect(el).to.be.accessible();
  });

  it('refuses an empty or too long name before sending, and points at the field', async () => {
    const { s, el } = await mount('adele');
    await createByKeyboard(el, '   ');
    await el.updateComplete;
    expect(nameInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(nameError(el)).to.equal('Enter a name for the app password.');
    expect(nameInput(el).getAttribute('aria-describedby')).to.contain('name-error');
    expect(nameInput(el).labels![0].part.contains('label'), 'its label is the label part').to.equal(true);
    expect(focused(el)?.id).to.equal('name');
    await expect(el).to.be.accessible();
    nameInput(el).select();
    await typeKeys('x'.repeat(65));
    await el.updateComplete;
    expect(nameInput(el).getAttribute('aria-invalid')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(nameError(el)).to.equal('Use 64 characters or fewer.');
    const effects = await s.controlCall<unknown[]>('GET', '/side-effects');
    expect(effects).to.have.length(0);
  });

  it('keeps the name after a server failure, and creates on retry', async () => {
    const { s, el } = await mount('adele');
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 1, operations: ['createAppPassword'] }] });
    await createByKeyboard(el, 'Printer upstairs');
    await waitUntil(() => alertText(el) !== '');
    expect(alertText(el)).to.equal('The app password was not created. Something went wrong on the server. Try again later.');
    expect(nameInput(el).value).to.equal('Printer upstairs');
    expect(part(el, 'password-panel')).to.equal(null);
    await expect(el).to.be.accessible();
    part(el, 'create-button')!.click();
    await created(el);
    expect(alertText(el)).to.equal('');
  });

  it('shows the limit before it is reached, and disables the form at it with the reason', async () => {
    const { el } = await mount('adele', { appPasswordLimit: 3 });
    expect(text(el, 'usage')).to.equal('2 of 3 created');
    expect(text(el, 'notice')).to.equal('You can create 1 more app password. Revoke the ones you no longer use to make room.');
    await createByKeyboard(el, 'Third');
    await created(el);
    part(el, 'done-button')!.click();
    await el.updateComplete;
    expect(text(el, 'usage')).to.equal('3 of 3 created');
    expect(text(el, 'notice')).to.contain('You have reached the limit of 3 app passwords');
    expect(($(el, 'fieldset') as HTMLFieldSetElement).disabled).to.equal(true);
    expect(part(el, 'create-button')!.getAttribute('aria-describedby')).to.equal('limit-notice');
    expect(nameInput(el).getAttribute('aria-describedby')).to.contain('limit-notice');
    // Focus had nowhere to go in a disabled form: it is on the list.
    expect(focused(el)?.id).to.equal('list-label');
    await expect(el).to.be.accessible();
  });

  it('explains a limit the endpoint reached first (409 limit-reached) and reads the list again', async () => {
    const { s, el } = await mount('adele', { appPasswordLimit: 3 });
    const other = await s.clientFor('adele');
    await other.createAppPassword('Made elsewhere');
    await createByKeyboard(el, 'Too many');
    await waitUntil(() => alertText(el) !== '');
    // Why is said once, in the element's own words: by the notice at the limit, not again by the alert.
    expect(alertText(el)).to.equal(en.appPasswordsCreateFailed);
    await waitUntil(() => text(el, 'usage') === '3 of 3 created');
    expect(nameInput(el).value).to.equal('Too many');
    // The form is disabled at the limit, the field that had the focus too: the focus is on the notice
    // that says why, read as it gets it.
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('limit-notice');
    expect(text(el, 'notice')).to.equal(en.appPasswordsAtLimit(3, '3'));
    await expect(el).to.be.accessible();
  });

  it('says a name already used by another app password is taken (409 duplicate-name), and keeps it', async () => {
    const { s, el } = await mount('adele');
    // Sent with the Create button, so the focus moving to the name is seen (Enter leaves it there).
    nameInput(el).focus();
    await typeKeys('mail on OLD laptop');
    part(el, 'create-button')!.focus();
    part(el, 'create-button')!.click();
    await waitUntil(() => nameError(el) !== '');
    expect(nameInput(el).value).to.equal('mail on OLD laptop');
    // A problem with the name, as one found here: the field is marked, says it (once: the form's
    // alert does not say it again), and has the focus.
    await el.updateComplete;
    expect(nameError(el)).to.equal('That name is already in use. Choose another one.');
    expect(alertText(el), 'said once').to.equal('');
    expect(nameInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(describedText(nameInput(el))).to.contain('That name is already in use. Choose another one.');
    expect(focused(el) === nameInput(el), 'focus on the name').to.equal(true);
    expect(part(el, 'password-panel')).to.equal(null);
    await expect(el).to.be.accessible();
    const sideEffects = await s.controlCall<{ operationId: string }[]>('GET', '/side-effects');
    expect(sideEffects.filter((e) => e.operationId === 'createAppPassword')).to.have.length(0);
    // Edited, the name is no longer the one refused: the refusal goes.
    await typeKeys(' 2');
    await el.updateComplete;
    expect(nameError(el)).to.equal('');
    expect(nameInput(el).getAttribute('aria-invalid')).to.equal('false');
  });

  it('explains that the policy does not allow app passwords (chen)', async () => {
    const { el } = await mount('chen');
    expect(el.status).to.equal('not-allowed');
    expect(text(el, 'notice')).to.equal('App passwords are not available for your account: your organization’s policy does not allow them.');
    expect(part(el, 'create-form')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('revokes after an inline confirmation that names it', async () => {
    const { el } = await mount('adele');
    const events: MfaAppPasswordRevokeEvent[] = [];
    el.addEventListener('mfa-app-password-revoke', (e) => events.push(e));
    ($(el, '#revoke-0') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.status).to.equal('confirm-revoke');
    const confirm = part(el, 'confirm')!;
    expect(confirm.getAttribute('role')).to.equal('group');
    expect($(el, '#confirm-question')!.textContent).to.equal('Revoke “\u2068Mail on old laptop\u2069”? Apps using it will stop signing in.');
    expect(focused(el)?.id, 'focus is on the safe choice').to.equal('cancel-revoke');
    await expect(el).to.be.accessible();
    // Escape leaves it, focus back where it was.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'confirm')).to.equal(null);
    expect(focused(el)?.id).to.equal('revoke-0');
    expect(events).to.have.length(0);
    // Enter twice revokes nothing: the second Enter is on Cancel.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'confirm')).to.equal(null);
    expect(focused(el)?.id).to.equal('revoke-0');
    expect(rowNames(el)).to.deep.equal(['Mail on old laptop', 'Scan-to-email printer']);
    // Revoking is a step back to the Revoke button beside Cancel.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await pressShiftTab();
    expect(focused(el)?.id).to.equal('confirm-revoke');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => events.length === 1);
    await el.updateComplete;
    expect(events[0].detail).to.deep.equal({ id: 'apw_adele_mail', name: 'Mail on old laptop' });
    expect(rowNames(el)).to.deep.equal(['Scan-to-email printer']);
    expect(statusText(el)).to.equal('Revoked “\u2068Mail on old laptop\u2069”. Apps using it can no longer sign in.');
    // The focus is on the Revoke of the row that took its place: clearing out goes on from there.
    expect(focused(el)?.getAttribute('aria-label')).to.equal('Revoke \u2068Scan-to-email printer\u2069');
    await expect(el).to.be.accessible();
    // The last one revoked, the focus goes to the list, which says there is none.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await pressShiftTab();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => events.length === 2);
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal([]);
    expect(focused(el)?.id).to.equal('list-label');
  });

  it('keeps the direction marks of a name to the name: one that closes an isolate cannot end its isolation early', async () => {
    const { fake, el } = await mountFake([item('a', 'x\u2069\u202Eevil')]);
    $(el, '#revoke-0')!.click();
    await el.updateComplete;
    // The name's closing mark (U+2069) has nothing in it to close, and is left out: kept, it would
    // close the isolate, and the override after it would turn the rest of the question around.
    expect($(el, '#confirm-question')!.textContent).to.equal('Revoke “\u2068x\u202Eevil\u2069”? Apps using it will stop signing in.');
    $(el, '#confirm-revoke')!.click();
    fake.last('revokeAppPassword').resolve();
    await waitUntil(() => statusText(el) !== '', 'the revocation was not said');
    expect(statusText(el)).to.equal('Revoked “\u2068x\u202Eevil\u2069”. Apps using it can no longer sign in.');
  });

  it('keeps Cancel and Escape from leaving the confirmation while revoking: the answer lands', async () => {
    const { fake, el } = await mountFake([item('a', 'Mail on laptop')]);
    const events: MfaAppPasswordRevokeEvent[] = [];
    el.addEventListener('mfa-app-password-revoke', (e) => events.push(e));
    await confirmFirstRevoke(el);
    const cancel = $(el, '#cancel-revoke')!;
    expect(cancel.getAttribute('aria-disabled'), 'Cancel is unavailable').to.equal('true');
    cancel.click();
    cancel.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(!!$(el, '#confirm-question'), 'neither Cancel nor Escape leaves').to.equal(true);
    await expect(el).to.be.accessible();
    expect(statusText(el)).to.equal('Revoking…');
    fake.last('revokeAppPassword').resolve();
    await waitUntil(() => statusText(el) !== 'Revoking…', 'the revocation was not said');
    expect(statusText(el)).to.equal(`Revoked “${isolated('Mail on laptop')}”. Apps using it can no longer sign in.`);
    expect(rowNames(el)).to.deep.equal([]);
    expect(events).to.have.length(1);
  });

  it('keeps the other rows’ Revoke unavailable while a revocation is on its way: its answer lands, said and reported', async () => {
    const { fake, el } = await mountFake([item('a', 'Mail on old laptop'), item('b', 'Scan-to-email printer')]);
    const events: MfaAppPasswordRevokeEvent[] = [];
    el.addEventListener('mfa-app-password-revoke', (e) => events.push(e));
    await confirmFirstRevoke(el);
    const other = $(el, '#revoke-1')!;
    expect(other.getAttribute('aria-disabled'), 'the other Revoke is unavailable').to.equal('true');
    expect(describedText(other), 'and says why').to.contain('Revoking…');
    other.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '#confirm-question')?.textContent, 'the confirmation stays').to.contain('Mail on old laptop');
    expect(statusText(el)).to.equal('Revoking…');
    await expect(el).to.be.accessible();
    fake.last('revokeAppPassword').resolve();
    await waitUntil(() => statusText(el) !== 'Revoking…', 'the revocation was not said');
    expect(statusText(el)).to.equal(`Revoked “${isolated('Mail on old laptop')}”. Apps using it can no longer sign in.`);
    expect(rowNames(el)).to.deep.equal(['Scan-to-email printer']);
    expect(events.map((e) => e.detail)).to.deep.equal([{ id: 'a', name: 'Mail on old laptop' }]);
    expect(fake.callsOf('revokeAppPassword')).to.have.length(1);
    // The focus was on the printer's Revoke, which the list redraws: it is on it again, available.
    expect(focused(el)?.getAttribute('aria-label')).to.equal(`Revoke ${isolated('Scan-to-email printer')}`);
    expect(focused(el)?.getAttribute('aria-disabled')).to.equal('false');
  });

  it('leaves the focus where the user went while a revocation was on its way: typing in the name field goes on there', async () => {
    const { fake, el } = await mountFake([item('a', 'Mail'), item('b', 'Printer'), item('c', 'Tablet')]);
    await confirmFirstRevoke(el);
    nameInput(el).focus();
    await typeKeys('Printer');
    fake.last('revokeAppPassword').resolve();
    await waitUntil(() => rowNames(el).length === 2, 'not revoked');
    await el.updateComplete;
    expect(focused(el), 'the focus stays in the name field').to.equal(nameInput(el));
    await typeKeys(' at home');
    await el.updateComplete;
    expect(nameInput(el).value).to.equal('Printer at home');
    expect(part(el, 'confirm'), 'the space opened no confirmation').to.equal(null);
    expect(statusText(el)).to.equal(`Revoked “${isolated('Mail')}”. Apps using it can no longer sign in.`);
    // Still on the confirmation, the focus goes to the Revoke of the row that took its place.
    $(el, '#revoke-0')!.click();
    await el.updateComplete;
    ($(el, '#confirm-revoke') as HTMLButtonElement).focus();
    $(el, '#confirm-revoke')!.click();
    fake.last('revokeAppPassword').resolve();
    await waitUntil(() => rowNames(el).length === 1, 'not revoked');
    await el.updateComplete;
    expect(focused(el)).to.equal($(el, '#revoke-0'));
    // Lost to the page's body meanwhile, it is taken too.
    $(el, '#revoke-0')!.click();
    await el.updateComplete;
    $(el, '#confirm-revoke')!.click();
    (focused(el) as HTMLElement).blur();
    fake.last('revokeAppPassword').resolve();
    await waitUntil(() => rowNames(el).length === 0, 'not revoked');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('list-label');
  });

  it('keeps the focus on the Revoke of the app password the user was on when the list read again loses one above it: Enter asks about that one', async () => {
    // Outlook has been used: its dates tell it apart from the others.
    const outlook = { ...item('b', 'Outlook'), lastUsedAt: '2025-03-04T10:00:00Z' };
    const { fake, el } = await mountFake([item('a', 'Mail'), outlook, item('c', 'Tablet')]);
    ($(el, '#revoke-1') as HTMLButtonElement).focus();
    expect(accessibleName(focused(el)!)).to.equal(`Revoke ${isolated('Outlook')}`);
    // Mail is revoked in another tab; the host reads the list again.
    void el.reload();
    fake.last('getSettings').resolve(settings(true));
    fake.last('listAppPasswords').resolve({ items: [outlook, item('c', 'Tablet')], limit: 40 });
    await settle();
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Outlook', 'Tablet']);
    expect(accessibleName(focused(el)!), 'the focus stays with Outlook').to.equal(`Revoke ${isolated('Outlook')}`);
    expect(describedText(focused(el)!), 'described by its own dates').to.equal(textOf(focused(el)!.closest('li')!.querySelector('[part~="row-detail"]')));
    expect(describedText(focused(el)!)).to.contain('Last used');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '#confirm-question')!.textContent).to.equal(`Revoke “${isolated('Outlook')}”? Apps using it will stop signing in.`);
    // One created in another tab comes first: the confirmation moves down a row, the focus on its Cancel with it.
    void el.reload();
    fake.last('getSettings').resolve(settings(true));
    fake.last('listAppPasswords').resolve({ items: [item('n', 'Calendar'), outlook, item('c', 'Tablet')], limit: 40 });
    await settle();
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Calendar', 'Outlook', 'Tablet']);
    expect(focused(el)?.id, 'the focus stays on Cancel').to.equal('cancel-revoke');
    // Escape leaves it, back to Outlook's Revoke.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(accessibleName(focused(el)!)).to.equal(`Revoke ${isolated('Outlook')}`);
    // Outlook revoked in another tab: the focus goes to the list, not to the Revoke of the next one.
    void el.reload();
    fake.last('getSettings').resolve(settings(true));
    fake.last('listAppPasswords').resolve({ items: [item('n', 'Calendar'), item('c', 'Tablet')], limit: 40 });
    await settle();
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('list-label');
  });

  it('leaves the focus on the other row’s Revoke the user went to while a revocation was on its way', async () => {
    const { fake, el } = await mountFake([item('a', 'Mail'), item('b', 'Outlook'), item('c', 'Tablet')]);
    await confirmFirstRevoke(el);
    ($(el, '#revoke-2') as HTMLButtonElement).focus();
    fake.last('revokeAppPassword').resolve();
    await waitUntil(() => rowNames(el).length === 2, 'not revoked');
    await el.updateComplete;
    expect(accessibleName(focused(el)!), 'the focus stays with Tablet').to.equal(`Revoke ${isolated('Tablet')}`);
    expect(focused(el)!.getAttribute('aria-disabled')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '#confirm-question')!.textContent).to.equal(`Revoke “${isolated('Tablet')}”? Apps using it will stop signing in.`);
  });

  it('takes an app password revoked elsewhere (404) as revoked: it no longer works, as the user asked', async () => {
    const { s, el } = await mount('adele');
    const events: MfaAppPasswordRevokeEvent[] = [];
    el.addEventListener('mfa-app-password-revoke', (e) => events.push(e));
    $(el, '#revoke-1')!.click();
    await el.updateComplete;
    await (await s.clientFor('adele')).revokeAppPassword('apw_adele_printer');
    $(el, '#confirm-revoke')!.click();
    await waitUntil(() => events.length === 1);
    await el.updateComplete;
    expect(events[0].detail).to.deep.equal({ id: 'apw_adele_printer', name: 'Scan-to-email printer' });
    expect(rowNames(el)).to.deep.equal(['Mail on old laptop']);
    expect(part(el, 'confirm')).to.equal(null);
    expect(alertText(el)).to.equal('');
    expect(statusText(el)).to.equal('Revoked “\u2068Scan-to-email printer\u2069”. Apps using it can no longer sign in.');
  });

  it('a revocation with no answer says it cannot tell, not that nothing was revoked; revoked again, it is done', async () => {
    const s = await newSandbox();
    const { token, csrfToken } = await s.signIn('adele');
    const provider = await fixture<HTMLElement>(html`
      <mfa-provider locale="en" timeout="500" endpoint=${s.endpoint} .headers=${() => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken })}>
        <mfa-app-passwords></mfa-app-passwords>
      </mfa-provider>
    `);
    const el = provider.querySelector('mfa-app-passwords')!;
    await waitUntil(() => el.status === 'ready', 'the list did not load', { timeout: 5000 });
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'timeout', maxMs: 3000, operations: ['revokeAppPassword'] }] });
    $(el, '#revoke-1')!.click();
    await el.updateComplete;
    $(el, '#confirm-revoke')!.click();
    await waitUntil(() => alertText(el) !== '', 'no alert', { timeout: 5000 });
    expect(alertText(el)).to.equal(`${en.appPasswordsRevokeUnsure} ${en.errorTimeout}`);
    await expect(el).to.be.accessible();
    // It had gone through: revoked again, the endpoint knows it no more, which is what was asked.
    await s.controlCall('PUT', '/faults', { faults: [] });
    await (await s.clientFor('adele')).revokeAppPassword('apw_adele_printer');
    $(el, '#confirm-revoke')!.click();
    await waitUntil(() => statusText(el).startsWith('Revoked'), 'not revoked', { timeout: 5000 });
    expect(rowNames(el)).to.deep.equal(['Mail on old laptop']);
    expect(alertText(el)).to.equal('');
  });

  it('tells the other elements under its provider of a new app password: a second list shows it', async () => {
    const { el, provider } = await mount('adele');
    const second = document.createElement('mfa-app-passwords');
    provider.append(second);
    await waitUntil(() => second.status === 'ready', 'the second list never loaded', { timeout: 5000 });
    await createByKeyboard(el, 'Calendar');
    await created(el);
    await waitUntil(() => rowNames(second).includes('Calendar'), 'the second list kept the old items', { timeout: 5000 });
  });

  it('leaves the confirmation of an app password a reload finds revoked elsewhere: the element is ready again', async () => {
    const { s, el } = await mount('adele');
    $(el, '#revoke-1')!.click();
    await el.updateComplete;
    expect(el.status).to.equal('confirm-revoke');
    await (await s.clientFor('adele')).revokeAppPassword('apw_adele_printer');
    await el.reload();
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Mail on old laptop']);
    expect(part(el, 'confirm')).to.equal(null);
    expect(el.status).to.equal('ready');
    // The status line says why the confirmation went; the list takes the focus the confirmation had.
    expect(statusText(el)).to.equal(en.appPasswordsRevokedElsewhere(isolated('Scan-to-email printer')));
    expect(focused(el), 'the focus, on Cancel, goes to the list').to.equal($(el, '#list-label'));
    // Revoke on the row left asks about that row.
    $(el, '#revoke-0')!.click();
    await el.updateComplete;
    expect($(el, '#confirm-question')!.textContent).to.contain('Mail on old laptop');
  });

  it('says why a confirmation went with its app password, revoked elsewhere, with the focus left where the user went in the page', async () => {
    const { s, el } = await mount('adele');
    $(el, '#revoke-1')!.click();
    await el.updateComplete;
    await (await s.clientFor('adele')).revokeAppPassword('apw_adele_printer');
    await typingElsewhereAs(async () => {
      await el.reload();
      await el.updateComplete;
    });
    expect(part(el, 'confirm')).to.equal(null);
    expect(statusText(el)).to.equal(en.appPasswordsRevokedElsewhere(isolated('Scan-to-email printer')));
    expect(liveness(part(el, 'status')!), 'said by the live status line').to.equal('polite');
  });

  it('reads the list again when one is created while the host\'s reload() is on its way: one made elsewhere meanwhile shows too', async () => {
    const { fake, el } = await mountFake([item('a', 'Mail')]);
    // The host reads again (another page changed something, say); the user creates one meanwhile.
    void el.reload();
    await settle();
    const inFlight = fake.last('listAppPasswords');
    await createByKeyboard(el, 'Calendar');
    await settle();
    fake.last('createAppPassword').resolve({ appPassword: item('c', 'Calendar'), password: 'abcdabcdabcdabcd' });
    await created(el);
    expect(rowNames(el), 'the one created shows at once').to.deep.equal(['Mail', 'Calendar']);
    expect(inFlight.aborted, 'the read from before is not applied').to.equal(true);
    const lists = fake.callsOf('listAppPasswords');
    expect(lists, 'it is sent again').to.have.length(3);
    lists[2].resolve({ items: [item('a', 'Mail'), item('b', 'Printer'), item('c', 'Calendar')], limit: 40 });
    await settle();
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Mail', 'Printer', 'Calendar']);
    expect(el.status, 'the password stays shown').to.equal('shown');
  });

  it('asks for a fresh sign-in; a host that does not step up gets a retry button', async () => {
    const { s, el, token } = await mount('adele');
    await s.controlCall('POST', '/clock', { advanceSeconds: 901 });
    const asked = oneEvent(el, 'mfa-reauth-required');
    await createByKeyboard(el, 'Needs reauth');
    expect((await asked).detail.operation).to.equal('createAppPassword');
    await waitUntil(() => alertText(el) !== '');
    expect(alertText(el)).to.contain('try again and confirm when asked');
    expect(nameInput(el).value).to.equal('Needs reauth');
    await expect(el).to.be.accessible();
    await s.controlCall('POST', '/reauth', { token });
    await retryHeldBack(s, el, 'createAppPassword');
    // Try again goes as the creation runs: the focus goes to Create, not to the page's body.
    expect(focused(el), 'the focus on Create').to.equal(part(el, 'create-button'));
    await created(el);
    expect(part(el, 'password-panel')!.textContent).to.contain('Needs reauth');
  });

  it('a revocation refused for a sign-in to renew: Try again keeps the focus, on the confirmation’s Revoke, and revokes', async () => {
    const { s, el, token } = await mount('adele');
    await s.controlCall('POST', '/clock', { advanceSeconds: 901 });
    ($(el, '#revoke-0') as HTMLButtonElement).click();
    await el.updateComplete;
    ($(el, '#confirm-revoke') as HTMLButtonElement).click();
    await waitUntil(() => alertText(el) !== '', 'the revocation was not refused');
    await s.controlCall('POST', '/reauth', { token });
    await retryHeldBack(s, el, 'revokeAppPassword');
    expect(focused(el), 'the focus on Revoke, while the revocation is under way').to.equal($(el, '#confirm-revoke'));
    await waitUntil(() => rowNames(el).length === 1, 'never revoked');
    expect(focused(el), 'then on the next Revoke').to.equal($(el, '#revoke-0'));
  });

  it('waits for a host that steps the user up, then finishes on its retry()', async () => {
    const { s, el, token } = await mount('adele');
    await s.controlCall('POST', '/clock', { advanceSeconds: 901 });
    const created_: MfaAppPasswordCreateEvent[] = [];
    el.addEventListener('mfa-app-password-create', (e) => created_.push(e));
    let retry: (() => void) | undefined;
    el.addEventListener('mfa-reauth-required', (e: MfaReauthRequiredEvent) => {
      e.preventDefault();
      retry = e.detail.retry;
    });
    await createByKeyboard(el, 'Stepped up');
    await waitUntil(() => retry !== undefined);
    await el.updateComplete;
    expect(statusText(el)).to.equal('Confirm your sign-in to finish this change.');
    expect(alertText(el)).to.equal('');
    await s.controlCall('POST', '/reauth', { token });
    retry!();
    await created(el);
    expect(created_).to.have.length(1);
    expect(created_[0].detail.name).to.equal('Stepped up');
  });

  it('counts down a rate limit and blocks creating until then', async () => {
    const { s, el } = await mount('adele');
    await s.controlCall('PUT', '/faults', {
      faults: [{ kind: 'rate-limit', retryAfterSeconds: 30, times: 1, operations: ['createAppPassword'] }],
    });
    // The page's clock stopped: the countdown moves on as the test moves the clock, not by the
    // seconds a slow browser takes over the steps between (an accessibility check).
    const clock = stopClock();
    try {
      await createByKeyboard(el, 'Fast');
      await waitUntil(() => alertText(el) !== '');
      const announced = 'The app password was not created. Please wait: you can try again in 30 seconds.';
      expect(alertText(el)).to.equal(announced);
      // Seen: a copy that counts down outside the live region; the alert keeps what it announced, hidden.
      const seen = () => $(el, '[part="error"] #action-wait')?.textContent?.trim();
      expect(seen()).to.equal(announced);
      expect($(el, '#action-error')!.classList.contains('visually-hidden')).to.equal(true);
      expect(part(el, 'create-button')!.getAttribute('aria-disabled')).to.equal('true');
      // Said once: the alert's copy counts down, and describes Create; the form does not say it again.
      expect(part(el, 'create-form')!.textContent).to.not.match(/you can try again in/i);
      expect(describedText(part(el, 'create-button')!)).to.equal(announced);
      expect(nameInput(el).value).to.equal('Fast');
      await expect(el).to.be.accessible();
      await expectCountdown({ clock, seen, alert: () => alertText(el), announced, wait: 30 });
      expect(seen()).to.equal(undefined);
      expect(statusText(el)).to.equal('You can try again now.');
      expect(part(el, 'create-button')!.getAttribute('aria-disabled')).to.equal('false');
      expect(nameInput(el).value).to.equal('Fast');
    } finally {
      clock.restore();
    }
  });

  it('says the wait beside Revoke once the alert says something else', async () => {
    const { s, el } = await mount('adele');
    await s.controlCall('PUT', '/faults', {
      faults: [
        { kind: 'rate-limit', retryAfterSeconds: 30, times: 1, operations: ['revokeAppPassword'] },
        { kind: 'server-error', times: 1, operations: ['createAppPassword'] },
      ],
    });
    $(el, '#revoke-0')!.click();
    await el.updateComplete;
    $(el, '#confirm-revoke')!.click();
    await waitUntil(() => alertText(el).includes('Please wait: you can try again'));
    expect(part(el, 'confirm')!.textContent).to.not.match(/you can try again in/i);
    await createByKeyboard(el, 'Printer');
    await waitUntil(() => alertText(el) === 'The app password was not created. Something went wrong on the server. Try again later.', alertText(el));
    expect(part(el, 'confirm')!.textContent).to.match(/You can try again in (30|29|28) seconds/);
    // The unavailable Revoke is described by that hint, not by the alert about Create.
    expect(describedText($(el, '#confirm-revoke')!)).to.match(/^You can try again in (30|29|28) seconds\.$/);
  });

  it('speaks Simplified Chinese', async () => {
    const { el } = await mount('adele', {}, 'zh-CN');
    expect(text(el, 'usage')).to.equal('已创建 2 个，上限 40 个');
    expect($(el, '#revoke-0')!.textContent!.trim()).to.equal('撤销');
    expect($(el, 'legend')!.textContent).to.equal('创建应用密码');
  });
});

describe('<mfa-app-passwords> pending and out-of-order states', () => {
  it('shows loading, then creating; a double submit sends once', async () => {
    const fake = new FakeClient();
    const el = await fixture<MfaAppPasswords>(html`<mfa-app-passwords lang="en" .client=${fake.client}></mfa-app-passwords>`);
    expect(el.status).to.equal('loading');
    expect(statusText(el)).to.equal('Loading…');
    await expect(el).to.be.accessible();
    fake.last('getSettings').resolve(settings(true));
    fake.last('listAppPasswords').resolve({ items: [], limit: 40 });
    await settle();
    await el.updateComplete;
    expect(el.status).to.equal('empty');
    expect(text(el, 'empty')).to.equal('You have no app passwords.');
    nameInput(el).focus();
    await typeKeys('Mail');
    await sendKeys({ press: 'Enter' });
    part(el, 'create-button')!.click();
    await el.updateComplete;
    expect(fake.callsOf('createAppPassword')).to.have.length(1);
    expect(el.status).to.equal('creating');
    expect(statusText(el)).to.equal('Creating the app password…');
    expect(part(el, 'create-button')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    fake.last('createAppPassword').resolve({ appPassword: item('n', 'Mail'), password: 'abcdefghijklmnop' });
    await created(el);
    expect([...part(el, 'password')!.querySelectorAll('.group')].map((g) => g.textContent)).to.deep.equal(['abcd', 'efgh', 'ijkl', 'mnop']);
  });

  it('waits for the policy when the list answers first: no create form flashes up for a user it refuses', async () => {
    // Firefox often answers the second request first; the element must not read "allowed" meanwhile.
    const fake = new FakeClient();
    const el = await fixture<MfaAppPasswords>(html`<mfa-app-passwords lang="en" .client=${fake.client}></mfa-app-passwords>`);
    fake.last('listAppPasswords').resolve({ items: [], limit: 40 });
    await settle();
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    expect(statusText(el)).to.equal('Loading…');
    expect(part(el, 'create-form')).to.equal(null);
    expect(part(el, 'empty')).to.equal(null);
    fake.last('getSettings').resolve(settings(false));
    await settle();
    await el.updateComplete;
    expect(el.status).to.equal('not-allowed');
    expect(statusText(el)).to.equal('');
    expect(part(el, 'create-form')).to.equal(null);
    expect(text(el, 'notice')).to.contain('not available for your account');
    await expect(el).to.be.accessible();
  });

  it('offers creation when the policy cannot be read: the endpoint still has the last word', async () => {
    const fake = new FakeClient();
    const el = await fixture<MfaAppPasswords>(html`<mfa-app-passwords lang="en" .client=${fake.client}></mfa-app-passwords>`);
    fake.last('listAppPasswords').resolve({ items: [], limit: 40 });
    fake.last('getSettings').reject(new MfaError('server', { operation: 'getSettings', status: 500 }));
    await settle();
    await el.updateComplete;
    expect(el.status).to.equal('empty');
    expect(part(el, 'create-form')).to.exist;
  });

  it('ignores a create answer that lands after the element was removed', async () => {
    const { fake, el } = await mountFake();
    const events: Event[] = [];
    el.addEventListener('mfa-app-password-create', (e) => events.push(e));
    nameInput(el).focus();
    await typeKeys('Mail');
    await sendKeys({ press: 'Enter' });
    const call = fake.last('createAppPassword');
    const parent = el.parentElement!;
    el.remove();
    await Promise.resolve();
    expect(call.aborted, 'aborted once the script that removed it is over').to.equal(true);
    call.resolve({ appPassword: item('n', 'Mail'), password: 'abcdefghijklmnop' });
    await settle();
    parent.append(el);
    await el.updateComplete;
    expect(events).to.have.length(0);
    expect(rendered(el)).not.to.contain('abcdefghijklmnop');
  });

  it('explains a 403 policy refusal the settings did not announce, and moves the focus to it from the form that goes', async () => {
    const { fake, el } = await mountFake([item('a', 'Old')]);
    await createRefusedByPolicy(fake, el, 'Mail');
    expect(text(el, 'notice')).to.contain('App passwords are not available for your account');
    expect(part(el, 'create-form')).to.equal(null);
    expect(alertText(el)).to.equal('');
    // The form went with the field that had the focus, and the alert says nothing: the notice that
    // says why takes the focus, or a keyboard user is left on the page's body with nothing said.
    expect(focused(el)?.getAttribute('part'), 'the focus fell out of the element').to.equal('notice');
    // Existing ones can still be revoked.
    expect($(el, '#revoke-0')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps a 403 policy refusal when a revocation is asked for: the form it took away does not come back', async () => {
    const { fake, el } = await mountFake([item('a', 'Old')]);
    await createRefusedByPolicy(fake, el, 'Phone');
    $(el, '#revoke-0')!.click();
    await el.updateComplete;
    expect(part(el, 'confirm'), 'Revoke stays available').to.exist;
    expect(part(el, 'create-form'), 'the form does not come back').to.equal(null);
    expect(part(el, 'usage')).to.equal(null);
    expect(text(el, 'notice')).to.contain('App passwords are not available for your account');
    $(el, '#cancel-revoke')!.click();
    await el.updateComplete;
    expect(part(el, 'create-form')).to.equal(null);
    $(el, '#revoke-0')!.click();
    await el.updateComplete;
    $(el, '#confirm-revoke')!.click();
    fake.last('revokeAppPassword').resolve();
    await waitUntil(() => rowNames(el).length === 0, 'not revoked');
    await el.updateComplete;
    expect(part(el, 'create-form')).to.equal(null);
    expect(el.status).to.equal('not-allowed');
  });

  it('moves the focus to the policy notice also when the refusal answers the host’s retry() after a fresh sign-in', async () => {
    const { fake, el } = await mountFake([item('a', 'Old')]);
    let retry: (() => void) | undefined;
    el.addEventListener('mfa-reauth-required', (e: MfaReauthRequiredEvent) => {
      e.preventDefault();
      retry = e.detail.retry;
    });
    nameInput(el).focus();
    await typeKeys('Mail');
    await sendKeys({ press: 'Enter' });
    fake.last('createAppPassword').reject(new MfaError('reauth-required', { operation: 'createAppPassword', status: 401 }));
    await waitUntil(() => retry !== undefined);
    await el.updateComplete;
    expect(focused(el), 'the field keeps the focus while the host steps the user up').to.equal(nameInput(el));
    retry!();
    await el.updateComplete;
    expect(fake.callsOf('createAppPassword')).to.have.length(2);
    fake.last('createAppPassword').reject(new MfaError('forbidden', { operation: 'createAppPassword', status: 403, reason: 'policy' }));
    await settle();
    await el.updateComplete;
    expect(part(el, 'create-form')).to.equal(null);
    expect(focused(el)?.getAttribute('part'), 'the focus fell out of the element').to.equal('notice');
  });

  it('shows the server’s verdict on the name at the field', async () => {
    const { fake, el } = await mountFake();
    nameInput(el).focus();
    await typeKeys('Mail');
    await sendKeys({ press: 'Enter' });
    fake.last('createAppPassword').reject(
      new MfaError('validation', { operation: 'createAppPassword', status: 400, fieldErrors: [{ field: 'name', reason: 'invalid' }] }),
    );
    await settle();
    await el.updateComplete;
    expect(nameInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(nameError(el)).to.equal('Enter a name of 1 to 64 characters.');
    expect(alertText(el), 'said once, at the field').to.equal('');
    expect(focused(el)?.id).to.equal('name');
    expect(nameInput(el).value).to.equal('Mail');
  });

  it('each failure the endpoint can give has a message, and the name is kept', async () => {
    const codes = ['network', 'timeout', 'unauthenticated', 'conflict', 'server'] as const;
    for (const code of codes) {
      const { fake, el } = await mountFake();
      nameInput(el).focus();
      await typeKeys(code);
      await sendKeys({ press: 'Enter' });
      fake.last('createAppPassword').reject(new MfaError(code, { operation: 'createAppPassword' }));
      await settle();
      await el.updateComplete;
      const lead = code === 'timeout' || code === 'network' ? en.appPasswordsCreateUnsure : en.appPasswordsCreateFailed;
      expect(alertText(el).startsWith(`${lead} `), `${code}: ${alertText(el)}`).to.equal(true);
      expect(nameInput(el).value).to.equal(code);
    }
  });

  it('says it cannot tell whether an app password was created when no answer could be read, and asks again for the same one', async () => {
    const failures = [
      new MfaError('timeout', { operation: 'createAppPassword' }),
      // A connection lost after the request arrived (a reset, a proxy's drop) reads as this too.
      new MfaError('network', { operation: 'createAppPassword' }),
      new MfaError('server', { operation: 'createAppPassword', status: 200, reason: 'malformed-response' }),
    ];
    for (const failure of failures) {
      const { fake, el } = await mountFake();
      nameInput(el).focus();
      await typeKeys('Printer');
      await sendKeys({ press: 'Enter' });
      const first = fake.last('createAppPassword');
      first.reject(failure);
      await settle();
      await el.updateComplete;
      expect(alertText(el), failure.code).to.equal(
        `We could not tell whether the app password was created. If it was, creating it again with the same name shows its password. ${
          failure.code === 'timeout' ? en.errorTimeout : failure.code === 'network' ? en.errorNetwork : en.errorServer
        }`,
      );
      expect(nameInput(el).value).to.equal('Printer');
      // Sent again, it is the same request: an endpoint that made it answers with it, password included.
      part(el, 'create-button')!.click();
      await settle();
      expect(fake.callsOf('createAppPassword')).to.have.length(2);
      expect(fake.last('createAppPassword').options?.idempotencyKey).to.equal(first.options?.idempotencyKey);
    }
    // A server's error answer is a refusal: not created, as before.
    const { fake, el } = await mountFake();
    nameInput(el).focus();
    await typeKeys('Printer');
    await sendKeys({ press: 'Enter' });
    fake.last('createAppPassword').reject(new MfaError('server', { operation: 'createAppPassword', status: 500, reason: 'malformed-response' }));
    await settle();
    await el.updateComplete;
    expect(alertText(el)).to.equal(`${en.appPasswordsCreateFailed} ${en.errorServer}`);
  });

  it('keeps saying it cannot tell whether an app password was created when a revocation is asked for, and says a failed revocation first', async () => {
    const { fake, el } = await mountFake([item('a', 'Old')]);
    nameInput(el).focus();
    await typeKeys('Printer');
    await sendKeys({ press: 'Enter' });
    fake.last('createAppPassword').reject(new MfaError('timeout', { operation: 'createAppPassword' }));
    await settle();
    await el.updateComplete;
    const unsure = `${en.appPasswordsCreateUnsure} ${en.errorTimeout}`;
    expect(alertText(el)).to.equal(unsure);
    $(el, '#revoke-0')!.click();
    await el.updateComplete;
    expect(alertText(el), 'what to do next stays').to.equal(unsure);
    $(el, '#confirm-revoke')!.click();
    fake.last('revokeAppPassword').reject(new MfaError('server', { operation: 'revokeAppPassword', status: 500 }));
    await settle();
    await el.updateComplete;
    expect(alertText(el), 'the revocation’s failure is said').to.equal(`${en.appPasswordsRevokeFailed} ${en.errorServer}`);
    $(el, '#cancel-revoke')!.click();
    await el.updateComplete;
    expect(alertText(el)).to.equal(unsure);
    // Sent again, it is the same request.
    part(el, 'create-button')!.click();
    await settle();
    const [first, second] = fake.callsOf('createAppPassword');
    expect(second.options?.idempotencyKey).to.equal(first.options?.idempotencyKey);
  });

  it('says a revocation that lands while a new password is shown, and leaves the focus on the password', async () => {
    const { fake, el } = await mountFake([item('a', 'Mail'), item('b', 'Printer')]);
    const events: MfaAppPasswordRevokeEvent[] = [];
    el.addEventListener('mfa-app-password-revoke', (e) => events.push(e));
    $(el, '#revoke-0')!.click();
    await el.updateComplete;
    $(el, '#confirm-revoke')!.click();
    await createByKeyboard(el, 'Calendar');
    fake.last('createAppPassword').resolve({ appPassword: item('c', 'Calendar'), password: 'abcdefghijklmnop' });
    await created(el);
    expect(focused(el)).to.equal(part(el, 'password-panel'));
    fake.last('revokeAppPassword').resolve();
    await waitUntil(() => events.length === 1, 'not revoked');
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Printer', 'Calendar']);
    expect(statusText(el).replace(/\u200b/g, '')).to.equal(`Revoked “${isolated('Mail')}”. Apps using it can no longer sign in.`);
    expect(focused(el), 'the focus stays on the password').to.equal(part(el, 'password-panel'));
    expect(el.status).to.equal('shown');
    // Copy says it copied, the newer news.
    const restore = stubClipboard(async () => {});
    try {
      part(el, 'copy-button')!.click();
      await waitUntil(() => statusText(el) === en.appPasswordsCopied, 'Copy said nothing');
    } finally {
      restore();
    }
    // Done: the form back and focused, the revocation not said again.
    part(el, 'done-button')!.click();
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('name');
    expect(statusText(el)).to.equal('');
  });

  it('says a revocation that landed while a new password was on its way, with the password', async () => {
    const { fake, el } = await mountFake([item('a', 'Mail'), item('b', 'Printer')]);
    await confirmFirstRevoke(el);
    await createByKeyboard(el, 'Calendar');
    fake.last('revokeAppPassword').resolve();
    await waitUntil(() => rowNames(el).join() === 'Printer', 'not revoked');
    fake.last('createAppPassword').resolve({ appPassword: item('c', 'Calendar'), password: 'abcdefghijklmnop' });
    await created(el);
    expect(statusText(el).replace(/\u200b/g, '')).to.equal(`Revoked “${isolated('Mail')}”. Apps using it can no longer sign in.`);
  });

  it('keeps saying a revocation when the page is hidden with no password shown', async () => {
    const { fake, el } = await mountFake([item('a', 'Mail'), item('b', 'Printer')]);
    await confirmFirstRevoke(el);
    fake.last('revokeAppPassword').resolve();
    const said = `Revoked “${isolated('Mail')}”. Apps using it can no longer sign in.`;
    await waitUntil(() => statusText(el) === said, 'the revocation was not said');
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expect(statusText(el)).to.equal(said);
  });

  it('offers Try again for what the alert is about: a failed revocation said over a creation refused for a sign-in to renew', async () => {
    const { fake, el } = await mountFake([item('a', 'Mail')]);
    const retries = () => [...el.shadowRoot!.querySelectorAll('[part="error"] button')].map((b) => b.textContent!.trim());
    await createByKeyboard(el, 'Calendar');
    await confirmFirstRevoke(el);
    fake.last('createAppPassword').reject(new MfaError('reauth-required', { operation: 'createAppPassword', status: 401 }));
    await settle();
    fake.last('revokeAppPassword').reject(new MfaError('server', { operation: 'revokeAppPassword', status: 500 }));
    await settle();
    await el.updateComplete;
    expect(alertText(el)).to.equal(`${en.appPasswordsRevokeFailed} ${en.errorServer}`);
    expect(retries(), 'no Try again of the creation beside the revocation’s failure').to.deep.equal([]);
    // Left, the confirmation takes its failure with it: the creation's is said, with its Try again.
    $(el, '#cancel-revoke')!.click();
    await el.updateComplete;
    expect(alertText(el)).to.contain('try again and confirm when asked');
    expect(retries()).to.deep.equal([en.retry]);
    expect(nameInput(el).value).to.equal('Calendar');
  });

  it('says when it is offline, blocks sending, and recovers', async () => {
    const { fake, el } = await mountFake();
    nameInput(el).focus();
    await typeKeys('Mail');
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(statusText(el)).to.contain('You are offline');
    await sendKeys({ press: 'Enter' });
    expect(fake.callsOf('createAppPassword')).to.have.length(0);
    expect(part(el, 'create-button')!.getAttribute('aria-disabled')).to.equal('true');
    expect(describedText(part(el, 'create-button')!), 'the unavailable Create says why').to.equal(en.offline);
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(statusText(el)).to.equal('You are back online.');
    expect(describedText(part(el, 'create-button')!), 'nothing holds Create back').to.equal('');
    await sendKeys({ press: 'Enter' });
    expect(fake.callsOf('createAppPassword')).to.have.length(1);
  });

  it('offline: the confirmation’s Revoke is unavailable and says why, and revokes nothing', async () => {
    const { fake, el } = await mountFake([item('a', 'Old')]);
    ($(el, '#revoke-0') as HTMLButtonElement).click();
    await el.updateComplete;
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    try {
      const revoke = $(el, '#confirm-revoke')!;
      expect(revoke.getAttribute('aria-disabled')).to.equal('true');
      expect(describedText(revoke), 'the unavailable Revoke says why').to.equal(en.offline);
      await expect(el).to.be.accessible();
      revoke.click();
      await el.updateComplete;
      expect(fake.callsOf('revokeAppPassword'), 'nothing is sent').to.have.length(0);
    } finally {
      window.dispatchEvent(new Event('online'));
    }
  });

  it('fires no event when a property is set', async () => {
    const { el } = await mountFake([item('a', 'Old')]);
    const events: Event[] = [];
    for (const name of ['mfa-app-password-create', 'mfa-app-password-revoke']) el.addEventListener(name, (e) => events.push(e));
    el.client = new FakeClient().client;
    await el.updateComplete;
    el.client = undefined;
    await el.updateComplete;
    expect(events).to.have.length(0);
  });

  it('after a failed reload, each Create says only how it went, in its own alert: the load\'s, still so, is not said again', async () => {
    const { fake, el } = await mountFake([item('a', 'Old')]);
    void el.reload();
    fake.last('getSettings').resolve(settings(true));
    fake.last('listAppPasswords').reject(new MfaError('server', { operation: 'listAppPasswords', status: 500 }));
    await settle();
    await el.updateComplete;
    const loadFailed = `${en.appPasswordsLoadFailed} ${en.errorServer}`;
    const createFailed = `${en.appPasswordsCreateFailed} ${en.errorServer}`;
    const alerts = () => [...el.shadowRoot!.querySelectorAll('[part="error"] [role="alert"]')].map((a) => a.textContent!.trim()).filter(Boolean);
    expect(alerts()).to.deep.equal([loadFailed]);
    const loadAlert = [...el.shadowRoot!.querySelectorAll('[part="error"] [role="alert"]')].find((a) => a.textContent!.includes(en.appPasswordsLoadFailed))!;
    const changes: string[] = [];
    new MutationObserver(() => changes.push(loadAlert.textContent!.trim())).observe(loadAlert, { childList: true, characterData: true, subtree: true });
    nameInput(el).focus();
    await typeKeys('Printer');
    for (let i = 0; i < 2; i++) {
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(alerts(), 'while creating').to.deep.equal([loadFailed]);
      fake.last('createAppPassword').reject(new MfaError('server', { operation: 'createAppPassword', status: 500 }));
      await settle();
      await el.updateComplete;
      // Each failed creation is said alone, in an alert of its own, so it is heard each time.
      expect(alerts()).to.deep.equal([loadFailed, createFailed]);
    }
    expect(changes, 'the load\'s alert never changed').to.deep.equal([]);
    expect(nameInput(el).value).to.equal('Printer');
    // The load's Retry stays beside its alert.
    expect([...el.shadowRoot!.querySelectorAll('[part="error"] button')].map((b) => b.textContent!.trim())).to.deep.equal([en.retry]);
    await expect(el).to.be.accessible();
  });

  it('shows a load failure with a retry', async () => {
    const fake = new FakeClient();
    const el = await fixture<MfaAppPasswords>(html`<mfa-app-passwords lang="en" .client=${fake.client}></mfa-app-passwords>`);
    fake.last('getSettings').resolve(settings(true));
    fake.last('listAppPasswords').reject(new MfaError('server', { operation: 'listAppPasswords', status: 500 }));
    await settle();
    await el.updateComplete;
    expect(el.status).to.equal('error');
    expect(alertText(el)).to.equal('Your app passwords could not be loaded. Something went wrong on the server. Try again later.');
    await expect(el).to.be.accessible();
    $(el, '[part="error"] button')!.click();
    fake.last('listAppPasswords').resolve({ items: [item('a', 'Old')], limit: 40 });
    await settle();
    await el.updateComplete;
    expect(rowNames(el)).to.deep.equal(['Old']);
  });
});

describe('<mfa-app-passwords> answers that land while the user is elsewhere in the page', () => {
  /** Types `name` and presses Enter: the creation is on its way, the focus in the field. */
  async function sendName(el: MfaAppPasswords, name: string): Promise<void> {
    await createByKeyboard(el, name);
    await el.updateComplete;
  }

  it('a creation that lands leaves the focus there, and the live status line says it: the panel, which does not take the focus, does not', async () => {
    const { fake, el } = await mountFake([item('a', 'Old')]);
    await sendName(el, 'Mail');
    await typingElsewhereAs(async () => {
      fake.last('createAppPassword').resolve({ appPassword: item('n', 'Mail'), password: 'abcdefghijklmnop' });
      await created(el);
    });
    expect(statusText(el)).to.equal(en.appPasswordsCreatedStatus(isolated('Mail')));
    expect(liveness(part(el, 'status')), 'said by the polite live region').to.equal('polite');
    expect(shownPassword(el)).to.equal('abcdefghijklmnop');
  });

  /** Sends "Mail" with Enter, and the endpoint refuses it with `refusal` while the user types in a field of the page. */
  async function refusedElsewhere(refusal: MfaError): Promise<MfaAppPasswords> {
    const { fake, el } = await mountFake([item('a', 'Old')]);
    await sendName(el, 'Mail');
    await typingElsewhereAs(async () => {
      fake.last('createAppPassword').reject(refusal);
      await settle();
      await el.updateComplete;
    });
    return el;
  }

  it('a name refused as taken leaves the focus there, and the name’s alert says why', async () => {
    const el = await refusedElsewhere(new MfaError('conflict', { operation: 'createAppPassword', status: 409, reason: 'duplicate-name' }));
    expect(nameError(el)).to.equal(en.errorDuplicateName);
    expect($(el, '#name-error')!.getAttribute('role')).to.equal('alert');
    expect(nameInput(el).value).to.equal('Mail');
  });

  it('a limit the endpoint reached first leaves the focus there, and the alert says the creation failed', async () => {
    const { fake, el } = await mountFake([item('a', 'Old')], 2);
    await sendName(el, 'Mail');
    await typingElsewhereAs(async () => {
      fake.last('createAppPassword').reject(new MfaError('conflict', { operation: 'createAppPassword', status: 409, reason: 'limit-reached' }));
      await settle();
      fake.last('listAppPasswords').resolve({ items: [item('a', 'Old'), item('b', 'Made elsewhere')], limit: 2 });
      await settle();
      await el.updateComplete;
    });
    expect(alertText(el)).to.equal(en.appPasswordsCreateFailed);
    expect(text(el, 'notice')).to.equal(en.appPasswordsAtLimit(2, '2'));
  });

  it('a refusal by the policy leaves the focus there, and the alert says the creation failed until the next change', async () => {
    const el = await refusedElsewhere(new MfaError('forbidden', { operation: 'createAppPassword', status: 403, reason: 'policy' }));
    expect(part(el, 'create-form')).to.equal(null);
    expect(text(el, 'notice')).to.equal(en.appPasswordsNotAllowed);
    expect(alertText(el)).to.equal(en.appPasswordsCreateFailed);
    await expect(el).to.be.accessible();
    // A revocation asked for is the next change: the alert says it no more; the notice stays.
    $(el, '#revoke-0')!.click();
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
    expect(text(el, 'notice')).to.equal(en.appPasswordsNotAllowed);
  });
});

describe('<mfa-app-passwords> answers to a creation that land while the user is on a row', () => {
  /** Sends `name` with Enter, then goes to the first row's Revoke while the answer is on its way. */
  async function sendThenGoToRow(el: MfaAppPasswords, name: string): Promise<HTMLElement> {
    await createByKeyboard(el, name);
    await el.updateComplete;
    const revoke = $(el, '#revoke-0')!;
    revoke.focus();
    return revoke;
  }

  for (const [what, refusal, said] of [
    ['a name refused as taken', new MfaError('conflict', { operation: 'createAppPassword', status: 409, reason: 'duplicate-name' }), 'name'],
    ['a limit reached first', new MfaError('conflict', { operation: 'createAppPassword', status: 409, reason: 'limit-reached' }), 'alert'],
    ['a refusal by the policy', new MfaError('forbidden', { operation: 'createAppPassword', status: 403, reason: 'policy' }), 'alert'],
  ] as const) {
    it(`${what} leaves the focus on the row’s Revoke, and is said`, async () => {
      const { fake, el } = await mountFake([item('a', 'Old')], 2);
      const revoke = await sendThenGoToRow(el, 'Mail');
      fake.last('createAppPassword').reject(refusal);
      await settle();
      if (refusal.reason === 'limit-reached') {
        fake.last('listAppPasswords').resolve({ items: [item('a', 'Old'), item('b', 'Made elsewhere')], limit: 2 });
        await settle();
      }
      await el.updateComplete;
      await el.updateComplete;
      expect(focused(el), 'the focus stays on the row’s Revoke').to.equal(revoke);
      if (said === 'name') expect(nameError(el)).to.equal(en.errorDuplicateName);
      else expect(alertText(el)).to.equal(en.appPasswordsCreateFailed);
    });
  }
});

describe('<mfa-app-passwords> a revocation and a creation on their way together', () => {
  for (const [what, refusal] of [
    ['at the limit', new MfaError('conflict', { operation: 'createAppPassword', status: 409, reason: 'limit-reached' })],
    ['by the policy, the user elsewhere', new MfaError('forbidden', { operation: 'createAppPassword', status: 403, reason: 'policy' })],
  ] as const) {
    it(`says the revocation that failed over the creation refused ${what}, whose notice says why`, async () => {
      const { fake, el } = await mountFake([item('a', 'Old')], 2);
      await confirmFirstRevoke(el);
      await createByKeyboard(el, 'Mail');
      await el.updateComplete;
      await typingElsewhereAs(async () => {
        fake.last('createAppPassword').reject(refusal);
        await settle();
        if (refusal.reason === 'limit-reached') fake.last('listAppPasswords').resolve({ items: [item('a', 'Old'), item('b', 'Made elsewhere')], limit: 2 });
        fake.last('revokeAppPassword').reject(new MfaError('server', { operation: 'revokeAppPassword', status: 500 }));
        await settle();
        await el.updateComplete;
      });
      expect(alertText(el)).to.equal(`${en.appPasswordsRevokeFailed} ${en.errorServer}`);
      expect(part(el, 'notice')).to.exist;
    });
  }
});

describe('<mfa-app-passwords> name shown', () => {
  it('shows the name it holds after each render, also after the form was reset', async () => {
    const { el } = await mountFake();
    nameInput(el).value = 'Mail';
    nameInput(el).dispatchEvent(new Event('input'));
    await el.updateComplete;
    // A reset of the form empties the field, with no input event: the name is still Mail.
    nameInput(el).form!.reset();
    el.requestUpdate();
    await el.updateComplete;
    expect(nameInput(el).value, 'the field shows the name').to.equal('Mail');
  });
});

describe('<mfa-app-passwords> right to left', () => {
  it('shows each name in its own direction, and a new password at the start of the line, read left to right', async () => {
    const fake = new FakeClient();
    const provider = await fixture<HTMLElement>(
      html`<mfa-provider locale="ar" .strings=${ARABIC}><mfa-app-passwords .client=${fake.client}></mfa-app-passwords></mfa-provider>`,
    );
    const el = provider.querySelector('mfa-app-passwords')!;
    fake.last('getSettings').resolve(settings(true));
    fake.last('listAppPasswords').resolve({ items: [item('a', 'Tablet!'), item('b', 'بريد')], limit: 40 });
    await settle();
    await el.updateComplete;
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    // A name in a left-to-right script keeps its punctuation at its end ("Tablet!", not "!Tablet").
    const names = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="row-name"]')];
    expect(names.map((n) => getComputedStyle(n).direction)).to.deep.equal(['ltr', 'rtl']);
    expect(getComputedStyle(names[0]!).unicodeBidi, 'isolated from the row around it').to.equal('isolate');
    nameInput(el).focus();
    await typeKeys('Mail!');
    expect(getComputedStyle(nameInput(el)).direction, 'the name being typed too').to.equal('ltr');

    part(el, 'create-button')!.click();
    await el.updateComplete;
    fake.last('createAppPassword').resolve({ appPassword: item('n', 'Mail!'), password: 'abcdefghijklmnop' });
    await created(el);
    const password = part(el, 'password')!;
    const groups = [...password.querySelectorAll('.group')].map((g) => g.getBoundingClientRect());
    expect(groups.length, 'four groups').to.equal(4);
    expect(groups.every((g, i) => i === 0 || g.left > groups[i - 1]!.left), 'its groups read left to right').to.equal(true);
    const line = password.getBoundingClientRect();
    expect(Math.abs(groups.at(-1)!.right - line.right), 'it starts at the right, as the heading and the buttons do').to.be.below(1);
    await expect(el).to.be.accessible();
  });
});

/** A new password, "abcdefghijklmnop" for Mail, shown by an element on a fake client (`style`: the host's). */
async function shownOnFake(style = ''): Promise<MfaAppPasswords> {
  const fake = new FakeClient();
  const el = await fixture<MfaAppPasswords>(html`<mfa-app-passwords lang="en" style=${style} .client=${fake.client}></mfa-app-passwords>`);
  fake.last('getSettings').resolve(settings(true));
  fake.last('listAppPasswords').resolve({ items: [], limit: 40 });
  await settle();
  await el.updateComplete;
  nameInput(el).focus();
  await typeKeys('Mail');
  part(el, 'create-button')!.click();
  await el.updateComplete;
  fake.last('createAppPassword').resolve({ appPassword: item('n', 'Mail'), password: 'abcdefghijklmnop' });
  await created(el);
  return el;
}

describe('<mfa-app-passwords> a new password selected by hand', () => {
  it('copies as one password, without spaces or line breaks, whether all of it or the word a long press selects', async () => {
    const el = await shownOnFake();
    const password = part(el, 'password')!;
    // Chromium reads a selection inside a shadow root from the root (getSelection), the others from the document.
    const root = el.shadowRoot as ShadowRoot & { getSelection?(): Selection | null };
    const selection = (root.getSelection?.() ?? document.getSelection())!;
    selection.selectAllChildren(password);
    expect(selection.toString()).to.equal('abcdefghijklmnop');
    // A long press selects the word under the finger, as a double click does: the whole password.
    const letters = [...password.querySelector('.group')!.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
    selection.collapse(letters, 1);
    selection.modify('move', 'backward', 'word');
    selection.modify('extend', 'forward', 'word');
    expect(selection.toString()).to.equal('abcdefghijklmnop');
    selection.removeAllRanges();
  });
});

describe('<mfa-app-passwords> under a brand\'s text size', () => {
  it('draws a new password larger than the text around it, whatever --mfa-font-size a page sets', async () => {
    const el = await shownOnFake('--mfa-font-size: 24px');
    // 1.375 times the brand's 24 px, as it is 1.375 times the default 16 px.
    expect(getComputedStyle(part(el, 'password')!).fontSize).to.equal('33px');
    expect(getComputedStyle(part(el, 'base')!).fontSize).to.equal('24px');
  });
});
