import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/authenticator-enroll/authenticator-enroll.js';
import '../src/components/provider/provider.js';
import type {
  MfaAuthenticatorAddedEvent,
  MfaEnrollmentCancelEvent,
} from '../src/components/authenticator-enroll/authenticator-enroll.js';
import type { FetchClient } from '../src/core/client.js';
import { copyShortcut } from '../src/core/copy-shortcut.js';
import { MfaError } from '../src/core/errors.js';
import type { MfaReauthRequiredEvent } from '../src/core/events.js';
import type { MfaProvider } from '../src/components/provider/provider.js';
import type { Enrollment, SettingsSummary } from '../src/core/types.js';
import { en } from '../src/locales/en.js';
import { zhHans } from '../src/locales/zh-Hans.js';
import { buildOtpauthUri } from '../src/components/authenticator-enroll/otpauth.js';
import { FakeClient, settle } from './support/fake-client.js';
import { type Sandbox, newSandbox } from './support/sandbox.js';
import { typeKeys } from './support/keys.js';
import { typingElsewhereAs } from './support/elsewhere.js';
import { type El, $, text, button, statusText, alertText, stepIs } from './support/enroll.js';
import { expectCountdown, stopClock } from './support/clock.js';
import { withPageVetoingCodes } from './support/page-veto.js';
import { accessibleName, describedText, isolated, liveness } from './support/aria.js';
import { STYLED_MARGINS, codeInputPartMargins, withCodeInputPartsStyled } from './support/code-input-parts.js';
import { ARABIC } from './support/arabic.js';

// ---- What a user sees -------------------------------------------------------------------------

const nameInput = (el: El) => $<HTMLInputElement>(el, '#name')!;
const codeInput = (el: El) => $<HTMLElement & { value: string; error?: string }>(el, 'mfa-code-input')!;
const qr = (el: El) => $(el, '[part~="qr"]');
const keyText = (el: El) => text($(el, '[part~="key"]'));
const focused = (el: El) => el.shadowRoot!.activeElement as HTMLElement | null;


async function mount(s: Sandbox, user: string, locale = 'en') {
  const session = await s.signIn(user);
  const headers = () => ({ Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken });
  const provider = await fixture(html`
    <mfa-provider endpoint=${s.endpoint} locale=${locale} .strings=${ARABIC} .headers=${headers}>
      <mfa-authenticator-enroll></mfa-authenticator-enroll>
    </mfa-provider>
  `);
  const el = provider.querySelector<El>('mfa-authenticator-enroll')!;
  await waitUntil(() => $(el, '#name, .notice'), 'the settings never loaded', { timeout: 5000 });
  return { el, session, provider };
}

async function mountWithClient(client: FetchClient | FakeClient['client']) {
  return fixture<El>(html`<mfa-authenticator-enroll lang="en" .client=${client}></mfa-authenticator-enroll>`);
}

async function setName(el: El, name: string) {
  nameInput(el).focus();
  nameInput(el).select();
  if (name) await typeKeys(name);
  else await sendKeys({ press: 'Backspace' });
  await el.updateComplete;
}

async function start(el: El, kind: 'totp' | 'push' = 'totp') {
  if (kind === 'push') {
    $<HTMLInputElement>(el, '#kind-push')!.click();
    await el.updateComplete;
  }
  button(el, en.enrollStart)!.click();
  await stepIs(el, kind === 'totp' ? 'scan' : 'waiting');
}

async function pendingEnrollment(s: Sandbox, user: string): Promise<string> {
  const list = await s.controlCall<{ enrollmentId?: string; id?: string }[]>('GET', `/enrollments?userId=${user}`);
  const last = list[list.length - 1]!;
  return (last.enrollmentId ?? last.id)!;
}

async function currentCode(s: Sandbox, enrollmentId: string) {
  return (await s.controlCall<{ code: string }>('GET', `/totp/${enrollmentId}`)).code;
}

async function typeCode(el: El, code: string) {
  codeInput(el).focus();
  await typeKeys(code);
}

async function openManualKey(el: El): Promise<string> {
  button(el, en.enrollCantScan)!.click();
  await el.updateComplete;
  return keyText(el).replace(/ /g, '');
}

/** Every place a secret could be left behind: the shadow tree, the light DOM, attributes. */
function expectNoSecret(el: El, secret: string) {
  const everything = el.shadowRoot!.innerHTML + el.outerHTML + document.body.innerHTML;
  expect(secret.length).to.be.greaterThan(15);
  expect(everything).not.to.contain(secret);
  for (const group of secret.match(/.{8}/g)!) expect(everything).not.to.contain(group);
}

const wrong = (code: string) => [...code].map((d) => String((Number(d) + 5) % 10)).join('');

/** Ben's enrollment with `default-kind="push"`, not waiting for its settings. */
async function mountStartingWithPush(s: Sandbox): Promise<El> {
  const session = await s.signIn('ben');
  const headers = () => ({ Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken });
  const provider = await fixture(html`
    <mfa-provider endpoint=${s.endpoint} locale="en" .headers=${headers}>
      <mfa-authenticator-enroll default-kind="push"></mfa-authenticator-enroll>
    </mfa-provider>
  `);
  return provider.querySelector<El>('mfa-authenticator-enroll')!;
}

/** The text of each line `element`'s text is laid out in, in order. */
function lineTexts(element: Element): string[] {
  const lines: { top: number; text: string }[] = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let i = 0; i < node.data.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getClientRects()[0];
      if (!box || !node.data[i]!.trim()) continue;
      const last = lines.at(-1);
      if (last && Math.abs(last.top - box.top) < box.height / 2) last.text += node.data[i];
      else lines.push({ top: box.top, text: node.data[i]! });
    }
  }
  return lines.map((line) => line.text);
}

// ---- Tests ------------------------------------------------------------------------------------

describe('<mfa-authenticator-enroll>', () => {
  let s: Sandbox;
  beforeEach(async () => {
    s = await newSandbox();
  });

  it('loads the QR library when a set-up starts, not with the page', async () => {
    const qrLoaded = () => performance.getEntriesByType('resource').some((e) => /(__commonjs__|node_modules)\/qrcode\b/.test(e.name));
    const { el } = await mount(s, 'adele');
    expect(qrLoaded()).to.equal(false);
    await start(el);
    await waitUntil(() => el.shadowRoot!.querySelector('svg[part~="qr"]'), 'no QR code drawn', { timeout: 5000 });
    expect(qrLoaded()).to.equal(true);
  });

  it('offers the kinds of app the policy allows, with a default device name that is free', async () => {
    await (await s.clientFor('ben')).startEnrollment({ kind: 'push', name: 'Authenticator app' }).then((e) =>
      s.controlCall('POST', `/push/${e.enrollmentId}/approve`),
    );
    const { el } = await mount(s, 'ben');
    expect([...el.shadowRoot!.querySelectorAll('input[type="radio"]')].map((r) => (r as HTMLInputElement).value)).to.deep.equal([
      'totp',
      'push',
    ]);
    expect($<HTMLInputElement>(el, '#kind-totp')!.checked).to.equal(true);
    expect(text($(el, 'legend'))).to.equal(en.enrollKindLegend);
    expect(nameInput(el).value).to.equal('Authenticator app 2');
    await expect(el).to.be.accessible();
  });

  it('starts with the default kind chosen, and the user can still choose the other', async () => {
    const el = await mountStartingWithPush(s);
    await waitUntil(() => $(el, '#kind-push'), 'the kinds never showed', { timeout: 5000 });
    expect($<HTMLInputElement>(el, '#kind-push')!.checked).to.equal(true);
    await expect(el).to.be.accessible();
    // Arrow keys move the choice within the radio group, as in any radio group.
    $<HTMLInputElement>(el, '#kind-push')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#kind-totp')!.checked).to.equal(true);
    // The user's choice stays when the element draws again (here: the settings read again).
    el.defaultKind = 'push';
    el.requestUpdate();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#kind-totp')!.checked).to.equal(true);
    await start(el);
  });

  it('focus() moves focus to the first field, once it shows when the settings are still loading', async () => {
    const el = await mountStartingWithPush(s);
    expect($(el, 'input') === null, 'the settings were already there').to.equal(true);
    el.focus();
    await waitUntil(() => $(el, '#kind-push'), 'the kinds never showed', { timeout: 5000 });
    await waitUntil(() => focused(el) === $(el, '#kind-push'), 'the chosen kind did not take the focus');
    focused(el)!.blur();
    expect(focused(el) === null, 'the field kept the focus').to.equal(true);
    el.focus();
    expect(focused(el) === $(el, '#kind-push'), 'focus() did not focus the chosen kind').to.equal(true);
  });

  it("lets a page's ::part(code-input-…) rules style the code input for the first code, each of its parts", async () => {
    await withCodeInputPartsStyled('mfa-authenticator-enroll', '', async () => {
      const { el } = await mount(s, 'adele');
      await start(el);
      await waitUntil(() => codeInput(el)?.shadowRoot?.querySelector('input'), 'no code field', { timeout: 5000 });
      expect(codeInputPartMargins(codeInput(el))).to.deep.equal(STYLED_MARGINS);
    });
  });

  it('says so when the policy allows no authenticator app', async () => {
    const { el } = await mount(s, 'erik');
    expect(text($(el, '.notice'))).to.equal(en.enrollNotAllowed);
    expect(nameInput(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('sets up a code app: QR code with a text alternative, the key by hand, a first code, then done', async () => {
    const { el } = await mount(s, 'adele');
    await setName(el, '  Tablet ');
    await start(el);
    const svg = qr(el)!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal(en.enrollQrAlt('Contoso Portal', 'adele.vance@contoso.example'));
    await waitUntil(() => $(el, 'svg path'), 'the QR code was never drawn', { timeout: 5000 });
    // Square, and never taller than the window less 4rem (a camera needs the whole code): asked
    // for a side larger than the window, it takes the window's height.
    el.style.setProperty('--mfa-authenticator-enroll-qr-size', '200rem');
    const side = svg.getBoundingClientRect();
    el.style.removeProperty('--mfa-authenticator-enroll-qr-size');
    // (the dynamic viewport, `dvh`, can be a few pixels short of innerHeight: WebKit's is 2 px)
    expect(Math.round(side.height), 'taller than the window less 4rem').to.be.within(innerHeight - 64 - 8, innerHeight - 64);
    expect(Math.round(side.width), 'not square').to.equal(Math.round(side.height));
    // The key is not in the page until the user asks for it (on a computer, no link holds it either).
    expect($(el, '[part~="key"]')).to.equal(null);
    expect($(el, '[part~="open-app"]')).to.equal(null);
    expect($(el, '[part~="manual-toggle"]')!.getAttribute('aria-expanded')).to.equal('false');
    const secret = await openManualKey(el);
    expect($(el, '[part~="manual-toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(keyText(el)).to.match(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    expect(text($(el, '[part~="manual-key"] dl'))).to.contain('adele.vance@contoso.example').and.contain('Contoso Portal');
    await expect(el).to.be.accessible();

    const id = await pendingEnrollment(s, 'adele');
    const added = oneEvent(el, 'mfa-authenticator-added') as Promise<MfaAuthenticatorAddedEvent>;
    await typeCode(el, await currentCode(s, id));
    const event = await added;
    expect(event.detail.name).to.equal('Tablet');
    expect(event.detail.kind).to.equal('totp');
    expect(JSON.stringify(event.detail)).not.to.contain(secret);
    await stepIs(el, 'done');
    expect(statusText(el)).to.equal(en.enrollDone(isolated('Tablet')));
    expectNoSecret(el, secret);
    await expect(el).to.be.accessible();
    const names = (await (await s.clientFor('adele')).listAuthenticators()).items.map((a) => a.name);
    expect(names).to.deep.equal(['Work phone', 'Tablet']);
  });

  it('keeps the first code inside: the page hears no mfa-code-complete, and a page vetoing its own does not stop it', async () => {
    const { el } = await mount(s, 'adele');
    const heard = await withPageVetoingCodes(async () => {
      await start(el);
      await typeCode(el, await currentCode(s, await pendingEnrollment(s, 'adele')));
      await stepIs(el, 'done');
    });
    expect(heard).to.deep.equal([]);
  });

  it('says "Key copied." again at each further Copy: the status line changes, its words the same', async () => {
    const { el } = await mount(s, 'adele');
    await start(el);
    await openManualKey(el);
    let copies = 0;
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: async () => {
        copies++;
      },
    });
    try {
      const line = $(el, '[part~="status"]')!;
      const heard = () => line.textContent!.replace(/\u200b/g, '').trim();
      button(el, en.enrollCopyKey)!.click();
      await waitUntil(() => heard() === en.enrollKeyCopied, 'no confirmation');
      for (const press of [2, 3]) {
        const before = line.textContent;
        const changes: MutationRecord[] = [];
        const observer = new MutationObserver((records) => changes.push(...records));
        observer.observe(line, { childList: true, characterData: true, subtree: true });
        button(el, en.enrollCopyKey)!.click();
        await waitUntil(() => copies === press, 'not copied again');
        await el.updateComplete;
        observer.disconnect();
        // Before, the line kept the same words and did not change: a screen reader said nothing.
        expect(changes, `the live region changed at press ${press}`).to.not.be.empty;
        expect(line.textContent).to.not.equal(before);
        expect(heard()).to.equal(en.enrollKeyCopied);
      }
    } finally {
      delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    }
  });

  it('copies the key without spaces, and selects it for Ctrl+C when the clipboard refuses', async () => {
    const { el } = await mount(s, 'adele');
    await start(el);
    const secret = await openManualKey(el);
    let copied = '';
    Object.defineProperty(navigator.clipboard, 'writeText', {
      configurable: true,
      value: async (value: string) => {
        copied = value;
      },
    });
    try {
      button(el, en.enrollCopyKey)!.click();
      await waitUntil(() => statusText(el) === en.enrollKeyCopied, 'no confirmation');
      expect(copied).to.equal(secret);
      // A code sent after it: the status line does not come back to "Key copied." with the answer.
      await typeCode(el, wrong(await currentCode(s, await pendingEnrollment(s, 'adele'))));
      await waitUntil(() => codeInput(el).error, 'no answer', { timeout: 5000 });
      await el.updateComplete;
      expect(statusText(el)).not.to.equal(en.enrollKeyCopied);
      Object.defineProperty(navigator.clipboard, 'writeText', {
        configurable: true,
        value: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
      });
      button(el, en.enrollCopyKey)!.click();
      await waitUntil(() => $(el, '#key-to-copy'), 'no fallback');
      await el.updateComplete;
      const input = $<HTMLInputElement>(el, '#key-to-copy')!;
      expect(focused(el)).to.equal(input);
      expect(input.labels![0].part.contains('label'), 'its label is the label part').to.equal(true);
      expect(input.value.slice(input.selectionStart!, input.selectionEnd!)).to.equal(secret);
      // A secret: nothing for the browser to remember, offer back elsewhere, or send to a spell checker.
      expect(input.getAttribute('autocomplete')).to.equal('off');
      expect(input.getAttribute('spellcheck')).to.equal('false');
      // Read left to right in any page, isolated from the text around it.
      expect([getComputedStyle(input).direction, getComputedStyle(input).unicodeBidi]).to.deep.equal(['ltr', 'isolate']);
      expect(text($(el, '#copy-blocked'))).to.equal(en.enrollCopyBlocked(copyShortcut()));
      await expect(el).to.be.accessible();
    } finally {
      delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    }
  });

  it('wraps a long e-mail address after its @ and dots rather than in the middle of a word, inside its box, at 360 px', async () => {
    const email = 'maximilian.wolfeschlegelsteinhausen@engineering.contoso.example';
    // The endpoint names the account by a long address (in the URI and the field beside it).
    const client = await s.clientFor('adele', {
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (init?.method !== 'POST' || !String(input).endsWith('/authenticators/enrollments')) return response;
        const body = (await response.text()).replace(/adele\.vance(%40|@)contoso\.example/g, (_, at) => (at === '@' ? email : encodeURIComponent(email)));
        return new Response(body, { status: response.status, headers: response.headers });
      },
    });
    // A 360 px wide phone, less the page's margins.
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 328px"><mfa-authenticator-enroll lang="en" .client=${client}></mfa-authenticator-enroll></div>`,
    );
    const el = wrapper.querySelector<El>('mfa-authenticator-enroll')!;
    await waitUntil(() => $(el, '#name'), 'the settings never loaded', { timeout: 5000 });
    await start(el);
    await openManualKey(el);
    const account = [...el.shadowRoot!.querySelectorAll('[part~="manual-key"] dd')][0]!;
    const lines = lineTexts(account);
    expect(lines.join('')).to.equal(email);
    expect(lines.length, 'the address fits on one line: the test shows nothing').to.be.above(1);
    // Each line ends at a break the address offers (after @, a dot or a hyphen), none inside a word.
    for (const line of lines.slice(0, -1)) expect(line, `a line of ${JSON.stringify(lines)}`).to.match(/[@.-]$/);
    expect(account.scrollWidth).to.be.at.most(account.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(328);
    // Seen, selected and copied as it is: the breaks add no character.
    expect(account.textContent!.trim()).to.equal(email);
  });

  it('refuses a wrong code with the attempts left, keeping it, and fires nothing', async () => {
    const { el } = await mount(s, 'adele');
    let added = 0;
    el.addEventListener('mfa-authenticator-added', () => added++);
    await start(el);
    const code = wrong(await currentCode(s, await pendingEnrollment(s, 'adele')));
    await typeCode(el, code);
    await waitUntil(() => codeInput(el).error, 'no error shown', { timeout: 5000 });
    await el.updateComplete;
    expect(codeInput(el).error).to.equal(en.errorInvalidCodeAttempts(4, '4'));
    expect(codeInput(el).value).to.equal(code);
    expect(el.step).to.equal('scan');
    expect(focused(el)).to.equal(codeInput(el));
    // Selected as the focus comes back: the next code typed replaces it, rather than being cut off.
    const input = codeInput(el).shadowRoot!.querySelector('input')!;
    expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, code.length]);
    expect(added).to.equal(0);
    await expect(el).to.be.accessible();
    // Another wrong code (each digit one more: the right code is each digit five less).
    const next = [...code].map((d) => String((Number(d) + 1) % 10)).join('');
    await typeKeys(next);
    await waitUntil(() => codeInput(el).error === en.errorInvalidCodeAttempts(3, '3'), 'the next code is sent', { timeout: 5000 });
    expect(codeInput(el).value).to.equal(next);
  });

  it('does not send a code again that was just refused, unchanged (Enter after the field sent it by itself): no try is lost', async () => {
    const { el } = await mount(s, 'adele');
    await start(el);
    const id = await pendingEnrollment(s, 'adele');
    const code = wrong(await currentCode(s, id));
    await typeCode(el, code);
    await waitUntil(() => codeInput(el).error, 'no error shown', { timeout: 5000 });
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await el.updateComplete;
    // Not sent (no try used), and said again: an invisible mark more makes the alert a change.
    expect(codeInput(el).error, 'sent again, and refused again').to.equal(`${en.errorInvalidCodeAttempts(4, '4')}\u200b`);
    expect(focused(el)).to.equal(codeInput(el));
    // Mending the code does not change the alert's words (which would read them a third time).
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(codeInput(el).error, 'while the code is mended').to.equal(`${en.errorInvalidCodeAttempts(4, '4')}\u200b`);
    codeInput(el).focus();
    // A code typed anew (over the refused one, selected) is sent: the next refusal counts one try more, not two.
    await typeKeys(code);
    await waitUntil(() => codeInput(el).error === en.errorInvalidCodeAttempts(3, '3'), 'the second refusal', { timeout: 5000 });
  });

  it('after the last wrong try: says no tries are left and leads to starting again, with the name kept', async () => {
    const { el } = await mount(s, 'adele');
    await setName(el, 'Tablet');
    await start(el);
    const first = await pendingEnrollment(s, 'adele');
    const code = wrong(await currentCode(s, first));
    // The field's focus() selects the refused code: typing replaces it.
    for (const left of [4, 3, 2, 1]) {
      codeInput(el).focus();
      await typeKeys(code);
      const said = en.errorInvalidCodeAttempts(left, String(left));
      await waitUntil(() => codeInput(el).error === said, `"${said}" never said`, { timeout: 5000 });
    }
    codeInput(el).focus();
    await typeKeys(code);
    await stepIs(el, 'expired');
    expect(alertText(el)).to.equal(en.enrollNoTriesLeft);
    expect(el.shadowRoot!.textContent).not.to.contain('0 more tries');
    expect(focused(el)).to.equal(button(el, en.enrollStartAgain));
    await expect(el).to.be.accessible();
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 1000, times: 1, operations: ['startEnrollment'] }] });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Start again goes, and the form's fields wait for the start: the status line saying so has the
    // focus, not the page's body, and then the new set-up's intro.
    expect(el.step).to.equal('starting');
    expect(focused(el), 'the focus on the status line').to.equal($(el, '.status'));
    expect(statusText(el)).to.equal(en.enrollStarting);
    await stepIs(el, 'scan');
    expect(focused(el)).to.equal($(el, '.intro'));
    expect(await pendingEnrollment(s, 'adele')).not.to.equal(first);
    const added = oneEvent(el, 'mfa-authenticator-added') as Promise<MfaAuthenticatorAddedEvent>;
    await typeCode(el, await currentCode(s, await pendingEnrollment(s, 'adele')));
    expect((await added).detail.name, 'the name is kept').to.equal('Tablet');
  });

  it('says an expired set-up has expired, and starts a new one on request', async () => {
    const { el } = await mount(s, 'adele');
    await start(el);
    const first = await pendingEnrollment(s, 'adele');
    await s.controlCall('POST', '/clock', { advanceSeconds: 601 });
    await typeCode(el, '123456');
    await stepIs(el, 'expired');
    expect(alertText(el)).to.equal(en.enrollExpired);
    expect(qr(el)).to.equal(null);
    await expect(el).to.be.accessible();
    button(el, en.enrollStartAgain)!.click();
    await stepIs(el, 'scan');
    expect(await pendingEnrollment(s, 'adele')).not.to.equal(first);
    const added = oneEvent(el, 'mfa-authenticator-added');
    await typeCode(el, await currentCode(s, await pendingEnrollment(s, 'adele')));
    await added;
  });

  it('says a code app\'s set-up has expired when it has, before the user scans a key the endpoint no longer takes: after a computer slept, too, and not for a clock that runs ahead', async () => {
    const { el } = await mount(s, 'adele');
    await start(el);
    $(el, '.intro')!.focus();
    const clock = stopClock();
    try {
      // A page's clock 11 minutes ahead of the endpoint's: the endpoint says the set-up still waits.
      clock.advance(601_000);
      await aTimeout(6000);
      expect(el.step, 'ended by a clock that runs ahead').to.equal('scan');
      expect(qr(el), 'the QR code stays').not.to.equal(null);
      // Both clocks 10 minutes past the last read, as after a laptop slept: said within a minute.
      await s.controlCall('POST', '/clock', { advanceSeconds: 700 });
      clock.advance(60_000);
      await stepIs(el, 'expired', 6000);
    } finally {
      clock.restore();
    }
    expect(alertText(el)).to.equal(en.enrollExpired);
    expect(qr(el), 'the QR code is gone').to.equal(null);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === button(el, en.enrollStartAgain), 'Start again has the focus').to.equal(true);
    await expect(el).to.be.accessible();
  }).timeout(25_000);

  it("keeps a code app's set-up while it shows, past its first 10 minutes: a user who takes 15 to add the key is not timed out (WCAG 2.2.1)", async () => {
    const { el, session } = await mount(s, 'adele');
    await start(el);
    const clock = stopClock();
    try {
      // Five minutes at a time on both clocks; the page reads the set-up once a minute, which keeps it.
      for (let minutes = 5; minutes <= 15; minutes += 5) {
        await s.controlCall('POST', '/clock', { advanceSeconds: 300 });
        clock.advance(300_000);
        await aTimeout(6000);
        expect(el.step, `after ${minutes} minutes`).to.equal('scan');
      }
    } finally {
      clock.restore();
    }
    expect(alertText(el)).to.equal('');
    // The sign-in is older than changes allow by now: the host has stepped the user up (as it does
    // when asked to), and the code the app shows now sets it up.
    await s.controlCall('POST', '/reauth', { token: session.token });
    const added = oneEvent(el, 'mfa-authenticator-added');
    await typeCode(el, await currentCode(s, await pendingEnrollment(s, 'adele')));
    await added;
    await stepIs(el, 'done');
  }).timeout(30_000);

  it('moves the focus to the confirmation once the app is set up, rather than lose it to the page, and it is read once', async () => {
    const { el } = await mount(s, 'adele');
    await setName(el, 'Tablet');
    await start(el);
    // The code field submits itself: the form holding it goes with the step, and with it the focus.
    await typeCode(el, await currentCode(s, await pendingEnrollment(s, 'adele')));
    await stepIs(el, 'done');
    const confirmation = $(el, '[part~="status"]');
    expect(document.activeElement === el && focused(el) === confirmation, 'the confirmation has the focus').to.equal(true);
    expect(text(confirmation)).to.equal(en.enrollDone(isolated('Tablet')));
    expect(accessibleName(confirmation!), 'the focused confirmation is named by its words').to.equal(en.enrollDone(isolated('Tablet')));
    // Read as what has the focus, not as a live region too: a screen reader would say it twice.
    expect(liveness(confirmation), 'the focused confirmation is live too: read twice').to.equal('off');
    await expect(el).to.be.accessible();
  });

  it('brings a fresh form with the focus on its first field after "Set up another app", rather than lose it to the page', async () => {
    const { el } = await mount(s, 'adele');
    await setName(el, 'Tablet');
    await start(el);
    await typeCode(el, await currentCode(s, await pendingEnrollment(s, 'adele')));
    await stepIs(el, 'done');
    button(el, en.enrollAnother)!.focus();
    await sendKeys({ press: 'Enter' });
    await stepIs(el, 'choose');
    // The button went with its step: the form's first field, the kind of app chosen, has the focus.
    expect(document.activeElement === el && focused(el) === $(el, '[type="radio"]:checked'), 'the first field has the focus').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('brings the form back with the focus on the device name after Cancel, in a set-up and after one expired', async () => {
    const { el } = await mount(s, 'adele');
    await start(el);
    button(el, en.cancel)!.focus();
    await sendKeys({ press: 'Enter' });
    await stepIs(el, 'choose');
    expect(focused(el) === nameInput(el), 'the device name has the focus').to.equal(true);
    expect(statusText(el), 'the cancel is said to be done').to.equal(en.enrollCancelled);
    await expect(el).to.be.accessible();

    await start(el);
    expect(statusText(el), 'said until the next set-up').to.equal('');
    await s.controlCall('POST', '/clock', { advanceSeconds: 601 });
    await typeCode(el, '123456');
    await stepIs(el, 'expired');
    button(el, en.cancel)!.focus();
    await sendKeys({ press: 'Enter' });
    await stepIs(el, 'choose');
    expect(focused(el) === nameInput(el), 'the device name has the focus').to.equal(true);
  });

  it('keeps a taken device name in the field and says why', async () => {
    const { el } = await mount(s, 'adele');
    await setName(el, 'work phone');
    button(el, en.enrollStart)!.click();
    await stepIs(el, 'choose');
    await waitUntil(() => text($(el, '#name-error')) !== '', 'no error shown');
    expect(text($(el, '[part~="field-error"]#name-error'))).to.equal(en.errorDuplicateName);
    expect(nameInput(el).labels![0].part.contains('label'), 'its label is the label part').to.equal(true);
    expect(nameInput(el).value).to.equal('work phone');
    expect(nameInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(focused(el)).to.equal(nameInput(el));
    await expect(el).to.be.accessible();
  });

  it('asks for a device name instead of sending a blank one', async () => {
    const { el } = await mount(s, 'adele');
    await setName(el, '');
    button(el, en.enrollStart)!.click();
    await el.updateComplete;
    expect(text($(el, '#name-error'))).to.equal(en.enrollNameRequired);
    expect(el.step).to.equal('choose');
    const sideEffects = await s.controlCall<{ operationId: string }[]>('GET', '/side-effects');
    expect(sideEffects.filter((e) => e.operationId === 'startEnrollment')).to.have.length(0);
  });

  it('refuses a device name longer than 64 characters with the reason, rather than cutting it', async () => {
    const { el } = await mount(s, 'adele');
    const long = `Phone ${'x'.repeat(60)}`;
    await setName(el, long);
    expect(nameInput(el).value, 'the field takes all that is typed').to.equal(long);
    button(el, en.enrollStart)!.click();
    await el.updateComplete;
    expect(text($(el, '#name-error'))).to.equal(en.nameTooLong(64, '64'));
    expect(nameInput(el).getAttribute('aria-invalid')).to.equal('true');
    expect(nameInput(el).value, 'the name is kept to be shortened').to.equal(long);
    expect(el.step).to.equal('choose');
    await expect(el).to.be.accessible();
    const sideEffects = await s.controlCall<{ operationId: string }[]>('GET', '/side-effects');
    expect(sideEffects.filter((e) => e.operationId === 'startEnrollment')).to.have.length(0);
    // Shortened, it goes through.
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(text($(el, '#name-error')), 'typing clears the reason').to.equal('');
    button(el, en.enrollStart)!.click();
    await waitUntil(() => el.step === 'scan', `never started (${el.step})`, { timeout: 5000 });
  });

  it('cancels a started set-up on the endpoint, tells the host, and forgets the secret', async () => {
    const { el } = await mount(s, 'adele');
    await start(el);
    const secret = await openManualKey(el);
    const id = await pendingEnrollment(s, 'adele');
    const cancelled = oneEvent(el, 'mfa-enrollment-cancel') as Promise<MfaEnrollmentCancelEvent>;
    button(el, en.cancel)!.click();
    expect((await cancelled).detail).to.deep.equal({ kind: 'totp', started: true });
    await stepIs(el, 'choose');
    expectNoSecret(el, secret);
    const enrollment = await (await s.clientFor('adele')).getEnrollment(id);
    expect(enrollment.status).to.equal('cancelled');
  });

  it('on a phone, links the set-up to the phone\'s authenticator app, as the QR code cannot be scanned by the screen showing it', async () => {
    const matchMedia = window.matchMedia;
    // A touch screen: its pointer is coarse.
    window.matchMedia = (query: string) => (query === '(pointer: coarse)' ? ({ matches: true } as MediaQueryList) : matchMedia.call(window, query));
    try {
      const { el } = await mount(s, 'adele');
      await start(el);
      const link = $<HTMLButtonElement>(el, '[part~="open-app"]')!;
      expect(link.textContent).to.equal(en.enrollOpenApp);
      // The key is in no attribute (a link's href would hold it), as the manual key's field holds it
      // only while "Can't scan?" shows it.
      const attributes = [...el.shadowRoot!.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.value));
      expect(attributes.filter((value) => value.includes('otpauth:') || value.includes('secret=')), 'no attribute holds the URI').to.deep.equal([]);
      await expect(el).to.be.accessible();
      const opened: [string | URL | undefined, string | undefined][] = [];
      const open = window.open;
      window.open = (url?: string | URL, target?: string) => {
        opened.push([url, target]);
        return null;
      };
      try {
        link.click();
      } finally {
        window.open = open;
      }
      const secret = await openManualKey(el);
      expect(opened.length, 'the app opened once').to.equal(1);
      expect(String(opened[0][0])).to.match(/^otpauth:\/\/totp\//);
      expect(opened[0][1], 'in place of the page: the app takes it, the page stays').to.equal('_self');
      expect(new URL(String(opened[0][0])).searchParams.get('secret')).to.equal(secret.replace(/ /g, ''));
    } finally {
      window.matchMedia = matchMedia;
    }
  });

  it('on a phone, the intro points to the button that adds the account there, not to scanning the code on the screen showing it', async () => {
    const matchMedia = window.matchMedia;
    window.matchMedia = (query: string) => (query === '(pointer: coarse)' ? ({ matches: true } as MediaQueryList) : matchMedia.call(window, query));
    try {
      const { el } = await mount(s, 'adele');
      await start(el);
      const intro = $(el, '.intro')!;
      expect(text(intro)).to.equal(en.enrollOpenAppIntro);
      expect(el.shadowRoot!.activeElement === intro, 'the intro has the focus, and is read first').to.equal(true);
      // What it points to is under the QR code, and is the button it calls it (a screen reader says
      // "button"), though it looks like a link.
      const control = $(el, '[part~="qr"] + [part~="open-app"]')!;
      expect(text(control)).to.equal(en.enrollOpenApp);
      expect([control.localName, control.getAttribute('role')]).to.deep.equal(['button', null]);
      expect(text(intro)).to.include('the button under the QR code').and.not.include('link');
      await expect(el).to.be.accessible();
      const { el: zh } = await mount(s, 'ben', 'zh-Hans');
      button(zh, zhHans.enrollStart)!.click();
      await stepIs(zh, 'scan');
      expect(text($(zh, '.intro'))).to.equal(zhHans.enrollOpenAppIntro);
      expect(text($(zh, '.intro'))).to.include('二维码下方的按钮').and.not.include('链接');
    } finally {
      window.matchMedia = matchMedia;
    }
    // With a fine pointer (a computer), the QR code is for the phone: the intro says to scan it.
    const { el } = await mount(s, 'adele');
    await start(el);
    expect($(el, '[part~="open-app"]')).to.equal(null);
    expect(text($(el, '.intro'))).to.equal(en.enrollScanTotp);
  });

  it('keeps the link to the app a 24 px target, in a smaller font a host sets too', async () => {
    const matchMedia = window.matchMedia;
    window.matchMedia = (query: string) => (query === '(pointer: coarse)' ? ({ matches: true } as MediaQueryList) : matchMedia.call(window, query));
    try {
      const { el } = await mount(s, 'adele');
      el.style.setProperty('--mfa-font-size', '13px');
      await start(el);
      const { height, width } = $(el, '[part~="open-app"]')!.getBoundingClientRect();
      expect(height, 'height (WCAG 2.5.8)').to.be.at.least(24);
      expect(width).to.be.at.least(24);
    } finally {
      window.matchMedia = matchMedia;
    }
  });

  it('shows the key in a monospace font, or the one --mfa-authenticator-enroll-key-font names', async () => {
    const { el } = await mount(s, 'adele');
    await start(el);
    await openManualKey(el);
    const key = $(el, '[part~="key"]')!;
    expect(getComputedStyle(key).fontFamily).to.contain('monospace');
    el.style.setProperty('--mfa-authenticator-enroll-key-font', 'Georgia, serif');
    expect(getComputedStyle(key).fontFamily).to.equal('Georgia, serif');
    el.style.removeProperty('--mfa-authenticator-enroll-key-font');
  });

  it('forgets the secret when disconnected, withdraws it on the endpoint, and offers to start again when back', async () => {
    const { el, provider } = await mount(s, 'adele');
    await start(el);
    const secret = await openManualKey(el);
    const id = await pendingEnrollment(s, 'adele');
    const client = await s.clientFor('adele');
    el.remove();
    await el.updateComplete;
    expectNoSecret(el, secret);
    await waitUntil(async () => (await client.getEnrollment(id)).status === 'cancelled', 'the secret still works on the endpoint', { timeout: 3000 });
    provider.append(el);
    await el.updateComplete;
    expect(el.step).to.equal('expired');
    expect(alertText(el)).to.equal(en.enrollInterrupted);
    expect(button(el, en.enrollStartAgain)).to.exist;
  });

  it('keeps the set-up when moved in the page (out and back at once, as a framework moves it): the key is still shown, the code still checked', async () => {
    const { el, provider } = await mount(s, 'adele');
    await start(el);
    const secret = await openManualKey(el);
    const id = await pendingEnrollment(s, 'adele');
    provider.appendChild(document.createElement('div')).append(el);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(el.step).to.equal('scan');
    expect(keyText(el).replace(/ /g, ''), 'the key still shown').to.equal(secret);
    const client = await s.clientFor('adele');
    expect((await client.getEnrollment(id)).status, 'not withdrawn').to.equal('pending');
  });

  it('forgets the secret when taken away after its host took the client away (signing out), with no error', async () => {
    const { el, provider } = await mount(s, 'adele');
    await start(el);
    const secret = await openManualKey(el);
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      (provider as MfaProvider).endpoint = '';
      await (provider as MfaProvider).updateComplete;
      el.remove();
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expectNoSecret(el, secret);
    expect(el.step).to.equal('expired');
  });

  it('forgets the secret when the page is hidden, so Back from the back/forward cache does not show it', async () => {
    const { el } = await mount(s, 'adele');
    await start(el);
    const secret = await openManualKey(el);
    // What the browser fires when it keeps the page for Back: the element stays connected.
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expectNoSecret(el, secret);
    expect(el.step).to.equal('expired');
    expect(alertText(el)).to.equal(en.enrollInterrupted);
    expect(button(el, en.enrollStartAgain)).to.exist;
    // And withdrawn on the endpoint.
    const pending = () => s.controlCall<unknown[]>('GET', '/enrollments?userId=adele');
    await waitUntil(async () => (await pending()).length === 0, 'the set-up is cancelled on the endpoint', { timeout: 5000 });
  });

  it('shows each endpoint error when starting, keeping the name', async () => {
    const { el } = await mount(s, 'adele');
    await setName(el, 'Tablet');
    const cases: [object, string][] = [
      [{ kind: 'server-error' }, en.errorServer],
      [{ kind: 'malformed-body' }, en.errorServer],
      [{ kind: 'rate-limit', retryAfterSeconds: 30 }, en.errorRateLimited('30 seconds')],
    ];
    // The page's clock stopped: the countdown moves on as the test moves the clock, not by the
    // seconds a slow browser takes over the steps between (an accessibility check).
    const clock = stopClock();
    try {
      for (const [fault, message] of cases) {
        await s.controlCall('PUT', '/faults', { faults: [{ ...fault, times: 1, operations: ['startEnrollment'] }] });
        button(el, en.enrollStart)!.click();
        // Sent: the last refusal is gone, so the one awaited is this request's (two say the same).
        await el.updateComplete;
        expect(alertText(el), 'the last refusal stays while the set-up is started again').to.equal('');
        await waitUntil(() => alertText(el) === message, `expected "${message}", saw "${alertText(el)}"`, { timeout: 5000 });
        await el.updateComplete;
        expect(nameInput(el).value).to.equal('Tablet');
        await expect(el).to.be.accessible();
      }
      const start = button(el, en.enrollStart)!;
      expect(start.getAttribute('aria-disabled')).to.equal('true');
      // The copy seen counts down; the alert keeps what it announced, visually hidden, until the wait is over.
      const announced = en.errorRateLimited('30 seconds');
      const seen = () => text($(el, '#wait'));
      expect(seen()).to.equal(announced);
      // The unavailable button says why: it is described by that copy, which no hint says again.
      expect(describedText(start)).to.equal(announced);
      expect($(el, '#blocked')).to.equal(null);
      expect($(el, '[part~="error"] p')!.classList.contains('visually-hidden')).to.equal(true);
      await expectCountdown({ clock, seen, alert: () => alertText(el), announced, wait: 30 });
      await el.updateComplete;
      expect(seen()).to.equal('');
      expect(statusText(el)).to.equal(en.retryNow);
      expect(button(el, en.enrollStart)!.getAttribute('aria-disabled')).to.equal('false');
      expect(nameInput(el).value).to.equal('Tablet');
    } finally {
      clock.restore();
    }
  });

  it('gives the focus back to the name after a start that failed, sent with Enter from it, while the field was unavailable', async () => {
    const { el } = await mount(s, 'adele');
    await setName(el, 'Tablet');
    nameInput(el).focus();
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 1, operations: ['startEnrollment'] }] });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => alertText(el) === en.errorServer, `saw "${alertText(el)}"`, { timeout: 5000 });
    await el.updateComplete;
    expect(focused(el)?.id, 'the focus').to.equal('name');
    expect(nameInput(el).value).to.equal('Tablet');
  });

  it('refused by the endpoint\'s hourly limit on starts: says how long to wait, keeps the kind and the name, and starts nothing', async () => {
    // Ben has started the reference's 10 set-ups of the hour already, on another page.
    const other = await s.clientFor('ben');
    for (let i = 1; i <= 10; i++) await other.startEnrollment({ kind: 'totp', name: `Old phone ${i}` });
    const { el } = await mount(s, 'ben');
    $<HTMLInputElement>(el, '#kind-push')!.click();
    await el.updateComplete;
    await setName(el, 'Pixel');
    button(el, en.enrollStart)!.click();
    // The first of the hour leaves it in an hour, less the moments this test took.
    const announced = en.errorRateLimited('60 minutes');
    await waitUntil(() => alertText(el) === announced, `expected "${announced}", saw "${alertText(el)}"`, { timeout: 5000 });
    await el.updateComplete;
    expect(el.step).to.equal('choose');
    expect($<HTMLInputElement>(el, '#kind-push')!.checked).to.equal(true);
    expect(nameInput(el).value).to.equal('Pixel');
    const again = button(el, en.enrollStart)!;
    expect(again.getAttribute('aria-disabled')).to.equal('true');
    expect(describedText(again)).to.equal(announced);
    expect($(el, '#blocked')).to.equal(null);
    // Clicked again while the wait runs: nothing is sent.
    again.click();
    await el.updateComplete;
    const sideEffects = await s.controlCall<{ operationId: string }[]>('GET', '/side-effects');
    expect(sideEffects.filter((e) => e.operationId === 'startEnrollment')).to.have.length(10);
    const pending = await s.controlCall<{ name: string }[]>('GET', '/enrollments?userId=ben');
    expect(pending.map((e) => e.name)).not.to.include('Pixel');
    await expect(el).to.be.accessible();
  });

  it('while the host re-authenticates for the code, says so politely in the status line, not in the alert', async () => {
    const { fake, el } = await mountFake();
    await startFake(fake, el);
    el.addEventListener('mfa-reauth-required', (e) => e.preventDefault(), { once: true });
    codeInput(el).focus();
    await typeKeys('123456');
    fake.last('verifyEnrollment').reject(new MfaError('reauth-required', { operation: 'verifyEnrollment', status: 401 }));
    await settle();
    await el.updateComplete;
    expect(statusText(el)).to.equal(en.authReauthPending);
    expect(alertText(el)).to.equal('');
    expect(codeInput(el).value, 'the code is kept').to.equal('123456');
    await expect(el).to.be.accessible();
  });

  it('a start answered in the script that takes the element away is withdrawn on the endpoint, not kept', async () => {
    const { fake, el } = await mountFake();
    await setName(el, 'Pixel');
    button(el, en.enrollStart)!.click();
    await settle();
    // Answered just before the removal: too late for the abort, not yet taken by the element.
    fake.last('startEnrollment').resolve(totpEnrollment(SECRET, validUri, 'enr_left'));
    el.remove();
    await settle();
    expect(fake.callsOf('cancelEnrollment').map((call) => call.args[0])).to.deep.equal(['enr_left']);
    expectNoSecret(el, SECRET);
    // Put back, Continue starts a new set-up: the endpoint would refuse the key of the one withdrawn.
    document.body.append(el);
    await el.updateComplete;
    button(el, en.enrollStart)!.click();
    const [first, again] = fake.callsOf('startEnrollment');
    expect(again!.options?.idempotencyKey).not.to.equal(first!.options?.idempotencyKey);
  });

  it('starts again unchanged after a start cancelled, and withdrawn as it answered: a new set-up, not a refusal of the old key', async () => {
    const sent: string[] = [];
    const client = await s.clientFor('ben', {
      fetch: (input, init) => {
        sent.push(init?.method ?? 'GET');
        return fetch(input, init);
      },
    });
    const el = await mountWithClient(client);
    await waitUntil(() => $(el, '#name'), 'the form never showed');
    button(el, en.enrollStart)!.click();
    await el.updateComplete;
    button(el, en.cancel)!.click();
    await waitUntil(() => sent.includes('DELETE'), 'the cancelled start was never withdrawn');
    // The endpoint replays a set-up's answer only while it waits: sent with the same key, this start
    // was refused (secret-gone) for the one withdrawn.
    button(el, en.enrollStart)!.click();
    await waitUntil(() => el.step === 'scan' || alertText(el), 'the start was never answered');
    expect(alertText(el)).to.equal('');
    await stepIs(el, 'scan');
  });

  it('a host that never answers the re-authentication leaves the step usable: sent again, the host is asked again', async () => {
    const { fake, el } = await mountFake();
    let asked = 0;
    el.addEventListener('mfa-reauth-required', (e) => {
      e.preventDefault();
      asked++;
    });
    const refuse = (operation: 'startEnrollment' | 'verifyEnrollment') =>
      fake.last(operation).reject(new MfaError('reauth-required', { operation, status: 401 }));
    await setName(el, 'Pixel');
    button(el, en.enrollStart)!.click();
    refuse('startEnrollment');
    await settle();
    await el.updateComplete;
    expect(asked).to.equal(1);
    expect(statusText(el)).to.equal(en.authReauthPending);
    expect(nameInput(el).value, 'the name is kept').to.equal('Pixel');
    expect(nameInput(el).disabled).to.equal(false);
    expect(button(el, en.enrollStart)!.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
    button(el, en.enrollStart)!.click();
    await settle();
    expect(fake.callsOf('startEnrollment'), 'Continue sends again').to.have.length(2);
    fake.last('startEnrollment').resolve(totpEnrollment(SECRET, validUri));
    await stepIs(el, 'scan');

    codeInput(el).focus();
    await typeKeys('123456');
    refuse('verifyEnrollment');
    await settle();
    await el.updateComplete;
    expect(asked).to.equal(2);
    expect(statusText(el)).to.equal(en.authReauthPending);
    expect(codeInput(el).value, 'the code is kept').to.equal('123456');
    expect(button(el, en.enrollVerify)!.getAttribute('aria-disabled')).to.equal('false');
    expect(button(el, en.cancel)!.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
    button(el, en.enrollVerify)!.click();
    await stepIs(el, 'verifying');
    expect(fake.callsOf('verifyEnrollment'), 'Verify sends again').to.have.length(2);
    refuse('verifyEnrollment');
    await settle();
    await el.updateComplete;
    expect(asked, 'the host is asked again').to.equal(3);
    button(el, en.cancel)!.click();
    await stepIs(el, 'cancelling');
    fake.last('cancelEnrollment').resolve(undefined);
    await stepIs(el, 'choose');
  });

  /**
   * A set-up whose code, typed, waits for the host to re-authenticate the user (the host took the
   * event on): the element, its fake client and the event's retry(), which the host has not called.
   */
  async function verifyAwaitingReauth() {
    const { fake, el } = await mountFake();
    let retry: (() => void) | undefined;
    el.addEventListener('mfa-reauth-required', (e) => {
      e.preventDefault();
      retry = e.detail.retry;
    });
    await setName(el, 'Pixel');
    button(el, en.enrollStart)!.click();
    fake.last('startEnrollment').resolve(totpEnrollment(SECRET, validUri, 'enr_1'));
    await stepIs(el, 'scan');
    codeInput(el).focus();
    await typeKeys('123456');
    fake.last('verifyEnrollment').reject(new MfaError('reauth-required', { operation: 'verifyEnrollment', status: 401 }));
    await settle();
    await el.updateComplete;
    expect(retry, 'the host was asked').to.not.equal(undefined);
    return { fake, el, retry: retry! };
  }

  it('a late retry() from the host, once the user cancelled and started another set-up meanwhile, sends no old code', async () => {
    const { fake, el, retry } = await verifyAwaitingReauth();
    // The user leaves this set-up and starts another before the host's retry() comes.
    await cancelAndStartAnother(fake, el);
    retry();
    await settle();
    await el.updateComplete;
    // The code for the set-up left is not sent: the new one waits for its own code, nothing said.
    expect(fake.callsOf('verifyEnrollment'), 'the retry() sent nothing').to.have.length(1);
    expect(el.step).to.equal('scan');
    expect(alertText(el)).to.equal('');
  });

  it('a late retry() from the host, once the page was hidden (the set-up ended) and the user started again, sends no old code', async () => {
    const { fake, el, retry } = await verifyAwaitingReauth();
    // The page is kept for Back while the host re-authenticates the user: the set-up ends there.
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await stepIs(el, 'expired');
    button(el, en.enrollStartAgain)!.click();
    fake.last('startEnrollment').resolve(totpEnrollment(SECRET, validUri, 'enr_2'));
    await stepIs(el, 'scan');
    retry();
    await settle();
    await el.updateComplete;
    // The code of the set-up that ended is not sent: the new one waits for its own code, nothing said.
    expect(fake.callsOf('verifyEnrollment'), 'the retry() sent nothing').to.have.length(1);
    expect(el.step).to.equal('scan');
    expect(alertText(el)).to.equal('');
  });

  it('a set-up that expired while the host re-authenticated the user: said, Start again focused, and a late retry() sends no old code', async () => {
    const { fake, el, retry } = await verifyAwaitingReauth();
    // Waiting: said politely, the code kept, Verify usable (the host may never answer).
    expect(statusText(el)).to.equal(en.authReauthPending);
    expect(alertText(el)).to.equal('');
    expect(codeInput(el).value, 'the code kept').to.equal('123456');
    const verify = button(el, en.enrollVerify)!;
    expect(verify.getAttribute('aria-disabled')).to.equal('false');
    // The user presses Verify again: the set-up has expired on the endpoint meanwhile.
    verify.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(fake.callsOf('verifyEnrollment'), 'Verify pressed again sends the code again').to.have.length(2);
    fake.last('verifyEnrollment').reject(new MfaError('expired', { operation: 'verifyEnrollment', status: 410 }));
    await stepIs(el, 'expired');
    expect(alertText(el), 'the alert says why').to.equal(en.enrollExpired);
    expect(statusText(el), 'no longer waiting').to.equal('');
    const restart = button(el, en.enrollStartAgain)!;
    expect(focused(el), 'the focus on Start again').to.equal(restart);
    expect($(el, 'mfa-code-input'), 'the code goes with its set-up').to.equal(null);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    fake.last('startEnrollment').resolve(totpEnrollment(SECRET, validUri, 'enr_2'));
    await stepIs(el, 'scan');
    expect(codeInput(el).value, 'the new set-up starts with an empty code').to.equal('');
    expect(focused(el), 'the focus on the new set-up').to.equal($(el, '.intro'));
    expect([alertText(el), statusText(el)]).to.deep.equal(['', '']);
    // The host's retry() for the set-up that expired comes now.
    retry();
    await settle();
    await el.updateComplete;
    expect(fake.callsOf('verifyEnrollment'), 'the retry() sent nothing').to.have.length(2);
    expect(el.step).to.equal('scan');
    expect([alertText(el), statusText(el), codeInput(el).value]).to.deep.equal(['', '', '']);
  });

  it("the code refused after the host's retry(), the user elsewhere on the page: the focus stays where they put it", async () => {
    for (const refusal of [
      new MfaError('expired', { operation: 'verifyEnrollment', status: 410 }),
      new MfaError('invalid-code', { operation: 'verifyEnrollment', status: 422, attemptsLeft: 2 }),
    ]) {
      const { fake, el, retry } = await verifyAwaitingReauth();
      // The host's sign-in prompt, or a field of the page the user went on to, has the focus.
      const elsewhere = await fixture<HTMLInputElement>(html`<input aria-label="Elsewhere" />`);
      elsewhere.focus();
      retry();
      await settle();
      fake.last('verifyEnrollment').reject(refusal);
      await stepIs(el, refusal.code === 'expired' ? 'expired' : 'scan');
      expect(alertText(el) || codeInput(el).error, 'the refusal is said').to.not.equal('');
      expect(document.activeElement === elsewhere, `${refusal.code}: the focus stays where the user put it`).to.equal(true);
    }
  });

  it('a host that gives up the re-authentication after the wait: the step says why, input kept', async () => {
    const { fake, el } = await mountFake();
    let cancel: (() => void) | undefined;
    el.addEventListener('mfa-reauth-required', (e) => {
      e.preventDefault();
      cancel = e.detail.cancel;
    });
    const refuse = (operation: 'startEnrollment' | 'verifyEnrollment') =>
      fake.last(operation).reject(new MfaError('reauth-required', { operation, status: 401 }));
    await setName(el, 'Pixel');
    button(el, en.enrollStart)!.click();
    refuse('startEnrollment');
    await settle();
    await el.updateComplete;
    cancel!();
    await el.updateComplete;
    expect(el.step).to.equal('choose');
    expect(alertText(el)).to.equal(en.errorReauthRequired);
    expect(nameInput(el).value).to.equal('Pixel');
    button(el, en.enrollStart)!.click();
    fake.last('startEnrollment').resolve(totpEnrollment(SECRET, validUri));
    await stepIs(el, 'scan');
    codeInput(el).focus();
    await typeKeys('123456');
    refuse('verifyEnrollment');
    await settle();
    await el.updateComplete;
    cancel!();
    await el.updateComplete;
    expect(el.step).to.equal('scan');
    expect(alertText(el)).to.equal(en.errorReauthRequired);
    expect(codeInput(el).value).to.equal('123456');
  });

  it('waits for the host to re-authenticate, then starts with the same request', async () => {
    const { el, session } = await mount(s, 'adele');
    await s.controlCall('POST', '/age-sign-in', { token: session.token });
    el.addEventListener('mfa-reauth-required', (e) => e.preventDefault(), { once: true });
    const asked = oneEvent(el, 'mfa-reauth-required') as Promise<MfaReauthRequiredEvent>;
    button(el, en.enrollStart)!.click();
    const event = await asked;
    await el.updateComplete;
    // Progress, not a failure: said politely in the status line, not in the alert.
    expect(statusText(el)).to.equal(en.authReauthPending);
    expect(alertText(el)).to.equal('');
    await s.controlCall('POST', '/reauth', { token: session.token });
    event.detail.retry();
    await stepIs(el, 'scan');
  });

  it('shows the app set up when a code before took and its answer was lost: the next code, refused as already activated, is no conflict', async () => {
    const { el } = await mount(s, 'adele');
    await setName(el, 'Tablet');
    await start(el);
    const id = await pendingEnrollment(s, 'adele');
    const code = await currentCode(s, id);
    // A code sent before reached the endpoint and set the app up; its answer never came back (a
    // timeout, the network). The same request, made apart, with a key of its own.
    await (await s.clientFor('adele')).verifyEnrollment(id, code);
    // The user types the code again (or the next one): a new request, refused 409 already-activated.
    const added = oneEvent(el, 'mfa-authenticator-added') as Promise<MfaAuthenticatorAddedEvent>;
    await typeCode(el, code);
    const event = await added;
    expect(event.detail.name).to.equal('Tablet');
    await stepIs(el, 'done');
    expect(alertText(el)).to.equal('');
    expect(statusText(el)).to.equal(en.enrollDone(isolated('Tablet')));
    await expect(el).to.be.accessible();
  });

  it('says a server failure of the code check in the step\'s alert, the code kept and not called wrong; verifying as pending', async () => {
    const { el } = await mount(s, 'adele');
    await start(el);
    await s.controlCall('PUT', '/faults', {
      faults: [
        { kind: 'latency', ms: 500, times: 1, operations: ['verifyEnrollment'] },
        { kind: 'server-error', times: 1, operations: ['verifyEnrollment'] },
      ],
    });
    await typeCode(el, '123456');
    await stepIs(el, 'verifying');
    expect(statusText(el)).to.equal(en.enrollVerifying);
    await expect(el).to.be.accessible();
    await stepIs(el, 'scan');
    await el.updateComplete;
    expect(alertText(el)).to.equal(en.errorServer);
    expect(codeInput(el).error, 'the code is not said to be wrong').to.equal(undefined);
    expect(codeInput(el).shadowRoot!.querySelector('input')!.getAttribute('aria-invalid')).to.equal('false');
    expect(codeInput(el).value).to.equal('123456');
    await expect(el).to.be.accessible();
  });

  it('says on the code field only a refusal of the code: a request refused for another field goes in the alert', async () => {
    const { fake, el } = await mountFake();
    button(el, en.enrollStart)!.click();
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    fake.last('startEnrollment').resolve(totpEnrollment(secret, `otpauth://totp/Contoso:adele?secret=${secret}&issuer=Contoso`));
    await stepIs(el, 'scan');
    const cases: [string, string][] = [
      ['Idempotency-Key', 'alert'],
      ['code', 'field'],
    ];
    for (const [field, where] of cases) {
      await typeCode(el, '123456');
      fake.last('verifyEnrollment').reject(new MfaError('validation', { operation: 'verifyEnrollment', fieldErrors: [{ field, reason: 'invalid-format' }] }));
      await stepIs(el, 'scan');
      await el.updateComplete;
      expect(codeInput(el).error ? 'field' : 'alert', `a refusal of ${field}`).to.equal(where);
      expect(alertText(el) ? 'alert' : 'field', `a refusal of ${field}`).to.equal(where);
      expect(codeInput(el).value).to.equal('123456');
    }
  });

  it('refuses to draw a malformed otpauth URI from the endpoint, and withdraws the enrollment', async () => {
    const { fake, el } = await mountFake();
    button(el, en.enrollStart)!.click();
    await el.updateComplete;
    expect(statusText(el)).to.equal(en.enrollStarting);
    await expect(el).to.be.accessible();
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    fake.last('startEnrollment').resolve(totpEnrollment(secret, `otpauth://totp/Contoso:adele?secret=${secret}&issuer=Fabrikam`));
    await settle();
    await el.updateComplete;
    expect(el.step).to.equal('invalid');
    expect(alertText(el)).to.equal(en.enrollInvalidSetup);
    expect(qr(el)).to.equal(null);
    expectNoSecret(el, secret);
    expect(fake.last('cancelEnrollment').args[0]).to.equal('enr_1');
    await expect(el).to.be.accessible();
  });

  it('shows a refusal (403 with no reason the element knows), an unreachable server and an ended session when starting', async () => {
    const { fake, el } = await mountFake();
    for (const [error, message] of [
      [new MfaError('forbidden', { operation: 'startEnrollment', status: 403 }), en.errorForbidden],
      [new MfaError('network', { operation: 'startEnrollment' }), en.errorNetwork],
      [new MfaError('unauthenticated', { operation: 'startEnrollment', status: 401 }), en.errorUnauthenticated],
    ] as const) {
      button(el, en.enrollStart)!.click();
      fake.last('startEnrollment').reject(error);
      await settle();
      await el.updateComplete;
      expect(alertText(el)).to.equal(message);
      expect(el.step).to.equal('choose');
    }
  });

  it('on a start refused by a policy changed since the page loaded: says so and to reload, and keeps the name and the kind', async () => {
    const { fake, el } = await mountFake();
    nameInput(el).value = 'Work phone';
    nameInput(el).dispatchEvent(new Event('input', { bubbles: true }));
    button(el, en.enrollStart)!.click();
    fake.last('startEnrollment').reject(new MfaError('forbidden', { operation: 'startEnrollment', status: 403, reason: 'policy' }));
    await settle();
    await el.updateComplete;
    expect(el.step).to.equal('choose');
    expect(alertText(el)).to.equal(en.errorPolicy);
    expect(nameInput(el).value, 'the name typed kept').to.equal('Work phone');
    expect($<HTMLInputElement>(el, '#kind-totp')!.checked, 'the kind chosen kept').to.equal(true);
    expect(el.shadowRoot!.activeElement, 'the focus on the name, kept').to.equal(nameInput(el));
    // The form stays as it is, the user before it: no read the page's other elements would follow.
    expect(fake.callsOf('getSettings').length).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('with no-cancel, offers no Cancel on its form, and Cancel once a set-up has started', async () => {
    const { fake, el } = await mountFake();
    expect(button(el, en.cancel) !== undefined, 'Cancel on the form, by default').to.equal(true);
    el.noCancel = true;
    await el.updateComplete;
    expect(button(el, en.cancel) === undefined, 'no Cancel on the form').to.equal(true);
    await expect(el).to.be.accessible();
    await startFake(fake, el);
    expect(button(el, en.cancel) !== undefined, 'Cancel for the set-up under way').to.equal(true);
  });

  it('shows a failure to load the settings, with a retry', async () => {
    const fake = new FakeClient();
    const el = await mountWithClient(fake.client);
    expect(statusText(el)).to.equal(en.loading);
    fake.last('getSettings').reject(new MfaError('timeout', { operation: 'getSettings' }));
    await settle();
    await el.updateComplete;
    expect(alertText(el)).to.equal(en.errorTimeout);
    expect(!!button(el, en.retry)!.closest('[part~="error"]'), "Try again is in the error part, every element's place for it").to.equal(true);
    await expect(el).to.be.accessible();
    const retryWidth = button(el, en.retry)!.getBoundingClientRect().width;
    expect(retryWidth, 'Retry is as wide as its word, not the whole element').to.be.below(el.getBoundingClientRect().width / 2);
    button(el, en.retry)!.click();
    fake.last('getSettings').resolve(settings());
    await settle();
    await el.updateComplete;
    expect(nameInput(el).value).to.equal(en.enrollDefaultName);
  });

  it('speaks Simplified Chinese through the set-up', async () => {
    const { el } = await mount(s, 'adele', 'zh-CN');
    expect(nameInput(el).value).to.equal(zhHans.enrollDefaultName);
    expect(text($(el, 'label[for="name"]'))).to.equal(zhHans.enrollNameLabel);
    [...el.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === zhHans.enrollStart)!.click();
    await stepIs(el, 'scan');
    expect(qr(el)!.getAttribute('aria-label')).to.equal(zhHans.enrollQrAlt('Contoso Portal', 'adele.vance@contoso.example'));
    expect(text($(el, '[part~="manual-toggle"]'))).to.equal(zhHans.enrollCantScan);
    await expect(el).to.be.accessible();
  });

  it('says what is wrong with the code in the language the page is switched to', async () => {
    const { el, provider } = await mount(s, 'adele');
    await start(el);
    await typeCode(el, '123');
    button(el, en.enrollVerify)!.click();
    await el.updateComplete;
    expect(codeInput(el).error).to.equal(en.codeInputTooShort(6, '6'));
    (provider as MfaProvider).locale = 'zh-Hans';
    await waitUntil(() => button(el, zhHans.enrollVerify), 'the set-up in Chinese', { timeout: 5000 });
    await el.updateComplete;
    // Before, it stayed in English, the words it was first said in.
    expect(codeInput(el).error, 'the code field’s error').to.equal(zhHans.codeInputTooShort(6, '6'));
  });

  it('lays out right to left, keeping the key and account left to right', async () => {
    const { el } = await mount(s, 'adele', 'ar');
    expect($(el, '[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
    // The app's name is typed in the direction of its own script ("Pixel 8!", not "!Pixel 8").
    nameInput(el).value = 'Pixel 8!';
    expect(getComputedStyle(nameInput(el)).direction, 'a name in Latin letters').to.equal('ltr');
    nameInput(el).value = 'هاتفي';
    expect(getComputedStyle(nameInput(el)).direction, 'a name in Arabic').to.equal('rtl');
    await start(el);
    await openManualKey(el);
    // The key and the account (the first detail) read left to right, isolated from the text around them.
    for (const ltr of [$(el, '[part~="key"]')!, $(el, '[part~="manual-key"] dd')!]) {
      expect(getComputedStyle(ltr).direction).to.equal('ltr');
      expect(getComputedStyle(ltr).unicodeBidi, 'isolated from the text around it').to.equal('isolate');
    }
    // Each value sits at the right, beside its label, as on the page around it: the account too.
    for (const dd of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="manual-key"] dd')) {
      const range = document.createRange();
      range.selectNodeContents(dd);
      expect(dd.getBoundingClientRect().right - range.getBoundingClientRect().right, text(dd)).to.be.below(1);
    }
  });
});

describe('<mfa-authenticator-enroll> on an endpoint that answers when told', () => {
  afterEach(() => window.dispatchEvent(new Event('online')));

  it('Enter in the name field or on a kind keeps the focus in the element while the set-up starts: on the status line saying so, then on the set-up', async () => {
    for (const field of ['#name', '#kind-totp']) {
      const { fake, el } = await mountFake();
      $<HTMLInputElement>(el, field)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.step).to.equal('starting');
      // Before, the field went unavailable with the focus, which fell to the page's body.
      expect(focused(el), `${field}: the focus on the status line`).to.equal($(el, '.status'));
      expect(statusText(el)).to.equal(en.enrollStarting);
      fake.last('startEnrollment').resolve(totpEnrollment(SECRET, validUri));
      await stepIs(el, 'scan');
      expect(focused(el), `${field}: then on the set-up`).to.equal($(el, '.intro'));
    }
  });

  it('a set-up that starts after the user went elsewhere in the page leaves the focus there', async () => {
    const { fake, el } = await mountFake();
    button(el, en.enrollStart)!.click();
    await el.updateComplete;
    await typingElsewhereAs(async () => {
      fake.last('startEnrollment').resolve(totpEnrollment(SECRET, validUri));
      await stepIs(el, 'scan');
      await el.updateComplete;
    });
  });

  it('a set-up cancelled after the user went elsewhere in the page leaves the focus there', async () => {
    const { fake, el } = await mountFake();
    await startFake(fake, el);
    button(el, en.cancel)!.click();
    await stepIs(el, 'cancelling');
    await typingElsewhereAs(async () => {
      fake.last('cancelEnrollment').resolve(undefined);
      await stepIs(el, 'choose');
      await el.updateComplete;
    });
  });

  it('a name refused as taken after the user went elsewhere in the page leaves the focus there, and says why on the name', async () => {
    const { fake, el } = await mountFake();
    button(el, en.enrollStart)!.click();
    await el.updateComplete;
    await typingElsewhereAs(async () => {
      fake.last('startEnrollment').reject(new MfaError('conflict', { operation: 'startEnrollment', reason: 'duplicate-name' }));
      await stepIs(el, 'choose');
      await el.updateComplete;
    });
    // Said by the name's alert, as the focus did not go there.
    expect(text($(el, '#name-error'))).to.equal(en.errorDuplicateName);
    expect($(el, '#name-error')!.getAttribute('role')).to.equal('alert');
  });

  it('shows a fresh set-up with no error on its code field, whatever the one cancelled before said', async () => {
    const { fake, el } = await mountFake();
    await startFake(fake, el);
    codeInput(el).focus();
    await typeKeys('123');
    button(el, en.enrollVerify)!.click();
    await el.updateComplete;
    expect(codeInput(el).error).to.equal(en.codeInputTooShort(6, '6'));
    await cancelAndStartAnother(fake, el);
    await el.updateComplete;
    // Before, the new set-up's empty field said "Enter the code." as it showed.
    expect(codeInput(el).value).to.equal('');
    expect(codeInput(el).error, 'no error on the fresh field').to.equal(undefined);
  });

  it('offline: Cancel in a set-up is unavailable and says why, sends nothing, and cancels once back online', async () => {
    for (const kind of ['totp', 'push'] as const) {
      const { fake, el } = await mountFake();
      const heard: unknown[] = [];
      el.addEventListener('mfa-enrollment-cancel', (event) => heard.push(event.detail));
      await startFake(fake, el, kind);
      const step = el.step;
      window.dispatchEvent(new Event('offline'));
      await el.updateComplete;
      const cancel = button(el, en.cancel)!;
      expect(cancel.getAttribute('aria-disabled'), kind).to.equal('true');
      expect(describedText(cancel), 'the unavailable Cancel says why').to.equal(en.offline);
      await expect(el).to.be.accessible();
      cancel.click();
      await el.updateComplete;
      expect(el.step, 'the set-up stays as it was').to.equal(step);
      expect(fake.callsOf('cancelEnrollment'), 'nothing is sent').to.have.length(0);
      expect(heard).to.deep.equal([]);

      window.dispatchEvent(new Event('online'));
      await el.updateComplete;
      expect(button(el, en.cancel)!.getAttribute('aria-disabled')).to.equal('false');
      button(el, en.cancel)!.click();
      await stepIs(el, 'cancelling');
      expect(statusText(el)).to.equal(en.enrollCancelling);
      fake.last('cancelEnrollment').resolve(undefined);
      await stepIs(el, 'choose');
      expect(fake.callsOf('cancelEnrollment').map((call) => call.args[0])).to.deep.equal(['enr_1']);
      expect(heard).to.deep.equal([{ kind, started: true }]);
    }
  });

  it('says going offline and coming back in its status line, before what the step says', async () => {
    const { fake, el } = await mountFake();
    await startFake(fake, el, 'push');
    expect(statusText(el)).to.equal(en.enrollWaiting);
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    expect(statusText(el)).to.equal(`${en.offline} ${en.enrollWaiting}`);
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(statusText(el)).to.equal(`${en.backOnline} ${en.enrollWaiting}`);
    await expect(el).to.be.accessible();
    // The code app's step: once the step says something else, that is what it says.
    const other = await mountFake();
    await startFake(other.fake, other.el);
    window.dispatchEvent(new Event('offline'));
    await other.el.updateComplete;
    expect(statusText(other.el)).to.equal(en.offline);
    window.dispatchEvent(new Event('online'));
    await other.el.updateComplete;
    expect(statusText(other.el)).to.equal(en.backOnline);
    codeInput(other.el).focus();
    await typeKeys('123456');
    await stepIs(other.el, 'verifying');
    expect(statusText(other.el)).to.equal(en.enrollVerifying);
  });

  it('offline: says so once on screen, in every step with something to send, and once to a screen reader', async () => {
    /** The visible lines that say the browser is offline. */
    const seen = (el: El) => {
      const lines: Element[] = [];
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement!;
        if (node.textContent!.includes(en.offline) && parent.checkVisibility() && !parent.closest('.visually-hidden')) lines.push(parent);
      }
      return lines.length;
    };
    const { fake, el } = await mountFake();
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    try {
      expect(seen(el), 'the form').to.equal(1);
      expect(statusText(el), 'said in the status line').to.equal(en.offline);
      window.dispatchEvent(new Event('online'));
      await startFake(fake, el);
      window.dispatchEvent(new Event('offline'));
      await el.updateComplete;
      expect(seen(el), 'the code step').to.equal(1);
      expect(statusText(el)).to.equal(en.offline);
      expect(describedText(button(el, en.enrollVerify)!), 'Verify says why it is unavailable').to.equal(en.offline);
      await expect(el).to.be.accessible();
    } finally {
      window.dispatchEvent(new Event('online'));
    }
  });

  it('offline: Start again is unavailable and says why, sends nothing, and starts once back online', async () => {
    const { fake, el } = await mountFake();
    await startFake(fake, el);
    codeInput(el).focus();
    await typeKeys('123456');
    fake.last('verifyEnrollment').reject(new MfaError('expired', { operation: 'verifyEnrollment', status: 410 }));
    await stepIs(el, 'expired');
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    const restart = button(el, en.enrollStartAgain)!;
    expect(focused(el)).to.equal(restart);
    expect(restart.getAttribute('aria-disabled')).to.equal('true');
    expect(describedText(restart), 'the unavailable Start again says why').to.equal(en.offline);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.step).to.equal('expired');
    expect(fake.callsOf('startEnrollment'), 'nothing is sent').to.have.length(1);

    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(restart.getAttribute('aria-disabled')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await stepIs(el, 'starting');
    expect(fake.callsOf('startEnrollment')).to.have.length(2);
    fake.last('startEnrollment').resolve(totpEnrollment(SECRET, validUri, 'enr_2'));
    await stepIs(el, 'scan');
  });

  it('cancel() offline: the form is back at once, the host is told, and the set-up is withdrawn if it can be', async () => {
    const { fake, el } = await mountFake();
    const heard: unknown[] = [];
    el.addEventListener('mfa-enrollment-cancel', (event) => heard.push(event.detail));
    await startFake(fake, el);
    window.dispatchEvent(new Event('offline'));
    el.cancel();
    await el.updateComplete;
    expect(el.step).to.equal('choose');
    expect(el.shadowRoot!.innerHTML).not.to.contain(SECRET.slice(0, 8));
    expect(heard).to.deep.equal([{ kind: 'totp', started: true }]);
    // Tried all the same (the browser may be wrong about the network).
    const first = fake.last('cancelEnrollment');
    first.reject(new MfaError('network', { operation: 'cancelEnrollment' }));
    await settle();
    await el.updateComplete;
    expect(el.step).to.equal('choose');
    expect(alertText(el)).to.equal('');
    // Unreachable, it is sent again once the browser is back online, rather than left usable until it expires.
    expect(fake.callsOf('cancelEnrollment')).to.have.length(1);
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(fake.callsOf('cancelEnrollment').map((call) => call.args[0])).to.deep.equal([first.args[0], first.args[0]]);
    fake.last('cancelEnrollment').resolve(undefined);
    window.dispatchEvent(new Event('online'));
    await settle();
    expect(fake.callsOf('cancelEnrollment'), 'once withdrawn, not again').to.have.length(2);
  });

  it('moves the focus to Start again after an invalid set-up, when the focus was in the element', async () => {
    for (const inside of [true, false]) {
      const { fake, el } = await mountFake();
      const start = button(el, en.enrollStart)!;
      start.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      if (!inside) (el.shadowRoot!.activeElement as HTMLElement).blur();
      fake.last('startEnrollment').resolve(totpEnrollment(SECRET, `otpauth://totp/Contoso:adele?secret=${SECRET}&issuer=Fabrikam`));
      await stepIs(el, 'invalid');
      expect(alertText(el)).to.equal(en.enrollInvalidSetup);
      if (inside) expect(focused(el) === button(el, en.enrollStartAgain), 'Start again has the focus').to.equal(true);
      else expect(document.activeElement === document.body, 'the focus stays where the user put it').to.equal(true);
    }
  });

  it('asks for the account without a QR code to scan, and to type the activation code and URL, when a push QR code cannot be drawn', async () => {
    const { fake, el } = await mountFake();
    await failQr(fake, el, 'push');
    // The set-up's end follows, as under a QR code (see the push apps' tests).
    expect(text($(el, '.intro'))).to.match(new RegExp(`^${en.enrollQrFailedIntroPush} ${en.enrollEndsAt('\\d+:\\d\\d\\s[AP]M')}$`));
    expect(text(qr(el))).to.equal(en.enrollQrFailedPush);
    // Nothing stands for a QR code, and nothing asks to scan one ("If you can't scan it" included).
    expect($(el, '[role="img"]'), 'no image of a QR code').to.equal(null);
    expect(text($(el, '[part~="base"]'))).not.to.match(/scan/i);
    expect(text($(el, '[part~="manual-key"] dl'))).to.contain('123 456 789');
    await expect(el).to.be.accessible();
  });

  it('asks for the account and shows the key when a code app’s QR code cannot be drawn, and the set-up goes on', async () => {
    const { fake, el } = await mountFake();
    await failQr(fake, el, 'totp');
    expect(text($(el, '.intro'))).to.equal(en.enrollQrFailedIntro);
    expect(text(qr(el))).to.equal(en.enrollQrFailed);
    expect($(el, 'svg'), 'no QR code is drawn').to.equal(null);
    expect($(el, '[role="img"]'), 'no image of a QR code').to.equal(null);
    // The key shows, with no "Can't scan the QR code?" to press: nothing asks to scan.
    expect($(el, '[part~="manual-toggle"]')).to.equal(null);
    expect(text($(el, '[part~="base"]'))).not.to.match(/scan/i);
    expect(text($(el, '[part~="manual-key"]')).replace(/\s/g, '')).to.contain(SECRET);
    await expect(el).to.be.accessible();

    // The code from the app, typed: it is checked as with a QR code.
    codeInput(el).focus();
    await typeKeys('123456');
    expect(fake.last('verifyEnrollment').args).to.deep.equal(['enr_1', '123456']);
  });

  it('says the same in Simplified Chinese when a QR code cannot be drawn, for both kinds of app', async () => {
    for (const kind of ['totp', 'push'] as const) {
      const fake = new FakeClient();
      const el = await fixture<El>(html`<mfa-authenticator-enroll lang="zh-Hans" .client=${fake.client}></mfa-authenticator-enroll>`);
      fake.last('getSettings').resolve(settings());
      await waitUntil(() => text($(el, 'label[for="name"]')) === zhHans.enrollNameLabel, 'no Chinese form');
      await failQr(fake, el, kind, zhHans.enrollStart);
      const [intro, note] = kind === 'totp' ? [zhHans.enrollQrFailedIntro, zhHans.enrollQrFailed] : [zhHans.enrollQrFailedIntroPush, zhHans.enrollQrFailedPush];
      // A push app's set-up says when it ends too.
      expect(text($(el, '.intro'))).to.match(new RegExp(`^${intro}${kind === 'push' ? zhHans.enrollEndsAt('\\d\\d:\\d\\d') : ''}$`));
      expect(text(qr(el))).to.equal(note);
      // 扫描: "scan".
      expect(text($(el, '[part~="base"]')), kind).not.to.contain('扫描');
    }
  });

  it('keeps one gap before the buttons: the step\'s alert takes no room until it says something, and stays in place to say it', async () => {
    const { fake, el } = await mountFake();
    const alert = $(el, '[part~="error"]')!;
    const gap = () => Number.parseFloat(getComputedStyle($(el, '.form')!).rowGap);
    const top = (e: Element) => e.getBoundingClientRect().top;
    const bottom = (e: Element) => e.getBoundingClientRect().bottom;
    const actions = () => $(el, '[part~="actions"]')!;
    /** The space between what is above the buttons and the buttons, as the user sees it. */
    const space = (above: Element, below: Element) => Math.round(top(below) - bottom(above));
    // Nothing to say: the device name, then the buttons, one gap apart; the alert is still rendered.
    expect(space($(el, '.field')!, actions())).to.equal(gap());
    expect(getComputedStyle(alert).display, 'a live region not rendered is not in the accessibility tree').not.to.equal('none');
    // It says something: it takes its place, a gap on each side.
    button(el, en.enrollStart)!.click();
    fake.last('startEnrollment').reject(new MfaError('server', { operation: 'startEnrollment', status: 500 }));
    await waitUntil(() => alertText(el), 'nothing said');
    await el.updateComplete;
    expect($(el, '[part~="error"]') === alert, 'the alert was drawn again').to.equal(true);
    expect([space($(el, '.field')!, alert), space(alert, actions())]).to.deep.equal([gap(), gap()]);
    // A rate limit: the alert keeps what it said, hidden, and the countdown seen in its place has one gap before it.
    button(el, en.enrollStart)!.click();
    fake.last('startEnrollment').reject(new MfaError('rate-limited', { operation: 'startEnrollment', status: 429, retryAfter: 30 }));
    await waitUntil(() => $(el, '#wait'), 'no countdown');
    await el.updateComplete;
    expect(space($(el, '.field')!, $(el, '#wait')!)).to.equal(gap());
  });

  it('keeps one gap between the code field and the buttons of a set-up', async () => {
    const { fake, el } = await mountFake();
    button(el, en.enrollStart)!.click();
    fake.last('startEnrollment').resolve(totpEnrollment(SECRET, validUri));
    await stepIs(el, 'scan');
    const gap = Number.parseFloat(getComputedStyle($(el, '.form')!).rowGap);
    const code = codeInput(el).getBoundingClientRect();
    expect(Math.round($(el, '[part~="actions"]')!.getBoundingClientRect().top - code.bottom)).to.equal(gap);
  });

  it('does not promise a new QR code when a set-up whose QR code could not be drawn ends, in English and Simplified Chinese', async () => {
    const endings = [
      new MfaError('expired', { operation: 'verifyEnrollment', status: 410 }),
      new MfaError('invalid-code', { operation: 'verifyEnrollment', status: 422, attemptsLeft: 0 }),
    ];
    for (const [lang, strings, qrCode] of [['en', en, /QR code/], ['zh-Hans', zhHans, /二维码/]] as const) {
      for (const error of endings) {
        const fake = new FakeClient();
        const el = await fixture<El>(html`<mfa-authenticator-enroll lang=${lang} .client=${fake.client}></mfa-authenticator-enroll>`);
        fake.last('getSettings').resolve(settings());
        await waitUntil(() => text($(el, 'label[for="name"]')) === strings.enrollNameLabel, `no ${lang} form`);
        await failQr(fake, el, 'totp', strings.enrollStart);
        codeInput(el).focus();
        await typeKeys('123456');
        fake.last('verifyEnrollment').reject(error);
        await stepIs(el, 'expired');
        // A set-up started again may not draw one either: the message promises none.
        expect(alertText(el), `${lang}: ${error.code}`).not.to.match(qrCode);
        expect(alertText(el)).to.equal(error.code === 'expired' ? strings.enrollExpired : strings.enrollNoTriesLeft);
      }
    }
  });

  it('withdraws a start the user cancelled once it answers, when a start with another name was sent meanwhile', async () => {
    const { fake, el } = await mountFake();
    const [first, second] = await cancelThenStartAgain(fake, el, 'Tablet');
    expect(second!.args[0]).to.deep.equal({ kind: 'totp', name: 'Tablet' });
    first!.resolve(totpEnrollment(SECRET, validUri));
    await settle();
    expect(fake.callsOf('cancelEnrollment').map((call) => call.args[0]), 'the first is withdrawn').to.deep.equal(['enr_1']);
    expect(el.step).to.equal('starting');
    second!.resolve({ ...totpEnrollment(SECRET, validUri, 'enr_2'), name: 'Tablet' });
    await stepIs(el, 'scan');
    expect(fake.callsOf('cancelEnrollment')).to.have.length(1);
  });

  it('sends the same start again when the user cancels it and starts again unchanged, and keeps the one enrollment', async () => {
    const { fake, el } = await mountFake();
    const [first, second] = await cancelThenStartAgain(fake, el);
    // The same key: the endpoint answers the second with the enrollment it made for the first.
    expect(second!.options?.idempotencyKey).to.equal(first!.options?.idempotencyKey);
    first!.resolve(totpEnrollment(SECRET, validUri));
    second!.resolve(totpEnrollment(SECRET, validUri));
    await stepIs(el, 'scan');
    expect(fake.callsOf('cancelEnrollment')).to.have.length(0);
  });

  it('keeps the set-up shown when the start sent again unchanged answers before the cancelled one', async () => {
    const { fake, el } = await mountFake();
    const [first, second] = await cancelThenStartAgain(fake, el);
    second!.resolve(totpEnrollment(SECRET, validUri));
    await stepIs(el, 'scan');
    // The same key, so the same enrollment: the one on screen, not one to withdraw.
    first!.resolve(totpEnrollment(SECRET, validUri));
    await settle();
    await el.updateComplete;
    expect(el.step).to.equal('scan');
    expect(fake.callsOf('cancelEnrollment'), 'the set-up shown is not withdrawn').to.have.length(0);
  });

  it('tells the host of the app once, also when the start sent first answers after the set-up was done and the element taken away', async () => {
    const { fake, el } = await mountFake();
    const added: string[] = [];
    el.addEventListener('mfa-authenticator-added', (e) => added.push(e.detail.id));
    const [first, second] = await cancelThenStartAgain(fake, el);
    second!.resolve(totpEnrollment(SECRET, validUri));
    await stepIs(el, 'scan');
    await typeCode(el, '123456');
    const app = { id: 'auth_1', name: 'Authenticator app', kind: 'totp' as const, createdAt: new Date().toISOString() };
    fake.last('verifyEnrollment').resolve({ ...totpEnrollment(SECRET, validUri), status: 'activated', authenticator: app });
    await stepIs(el, 'done');
    expect(added).to.deep.equal(['auth_1']);
    // The host's dialog closes; then the first start answers: the same key, the same enrollment,
    // done already. Withdrawn, the endpoint refuses (activated), and reads it as the app added.
    el.remove();
    first!.resolve(totpEnrollment(SECRET, validUri));
    await settle();
    fake.last('cancelEnrollment')?.reject(new MfaError('conflict', { operation: 'cancelEnrollment', status: 409, reason: 'already-activated' }));
    await settle();
    fake.last('getEnrollment')?.resolve({ ...totpEnrollment(SECRET, validUri), status: 'activated', authenticator: app });
    await settle();
    expect(added, 'told once').to.deep.equal(['auth_1']);
  });

  it('shows the kind and the device name it holds after each render, also when the user changed them as it ignored them', async () => {
    const { fake, el } = await mountFake();
    const shown = () => [$<HTMLInputElement>(el, '[name="kind"]:checked')?.value, nameInput(el).value];
    const name = nameInput(el).value;
    expect(shown()).to.deep.equal(['totp', name]);
    // Continue pressed: before the form is drawn unavailable, the other kind is clicked and a name
    // typed, which the set-up being started ignores. The form shows what is being started.
    button(el, en.enrollStart)!.click();
    $<HTMLInputElement>(el, '#kind-push')!.click();
    nameInput(el).value = 'Tablet';
    nameInput(el).dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(el.step).to.equal('starting');
    expect(shown(), 'as the set-up started').to.deep.equal(['totp', name]);
    // The name is taken: the form is back with it. A reset of the form empties the field and unchecks
    // the kinds; the next render, for the other kind chosen, brings the name back.
    fake.last('startEnrollment').reject(new MfaError('conflict', { operation: 'startEnrollment', reason: 'duplicate-name' }));
    await stepIs(el, 'choose');
    expect(shown(), 'after the name was refused').to.deep.equal(['totp', name]);
    $<HTMLFormElement>(el, 'form')!.reset();
    $<HTMLInputElement>(el, '#kind-push')!.click();
    await el.updateComplete;
    expect(shown(), 'after a reset of the form').to.deep.equal(['push', name]);
    // "Set up another app" brings a fresh form: the kind kept, the default name.
    await setName(el, 'Tablet');
    button(el, en.enrollStart)!.click();
    fake.last('startEnrollment').resolve(pushEnrollment({}));
    await stepIs(el, 'waiting');
    await waitUntil(() => fake.callsOf('getEnrollment').length > 0, 'never polled', { timeout: 5000 });
    const authenticator = { id: 'a1', kind: 'push' as const, name: 'Tablet', createdAt: new Date().toISOString(), lastUsedAt: null };
    fake.last('getEnrollment').resolve({ ...pushEnrollment({}), status: 'activated', authenticator });
    await stepIs(el, 'done');
    button(el, en.enrollAnother)!.click();
    await stepIs(el, 'choose');
    expect(shown(), 'after "Set up another app"').to.deep.equal(['push', name]);
  });
});

function settings(): SettingsSummary {
  return {
    user: { displayName: 'Test', isAdmin: false },
    methods: [],
    defaultMethod: null,
    phones: [],
    authenticators: [],
    appPasswords: { count: 0, limit: 40 },
    policy: { allowedMethods: ['app-code', 'app-notification'], appPasswordsAllowed: true },
    mustRegisterAgain: false,
  };
}

function totpEnrollment(secret: string, otpauthUri: string, enrollmentId = 'enr_1'): Enrollment {
  return {
    enrollmentId,
    kind: 'totp',
    name: 'Authenticator app',
    status: 'pending',
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
    totp: { secret, otpauthUri, issuer: 'Contoso', accountName: 'adele', algorithm: 'SHA1', digits: 6, period: 30 },
  };
}

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const validUri = buildOtpauthUri({ issuer: 'Contoso', accountName: 'adele', secret: SECRET, algorithm: 'SHA1', digits: 6, period: 30 });

/** The element on a fake endpoint, its settings loaded: the form is shown. */
async function mountFake() {
  const fake = new FakeClient();
  const el = await mountWithClient(fake.client);
  fake.last('getSettings').resolve(settings());
  await settle();
  await el.updateComplete;
  return { fake, el };
}

/**
 * Presses Continue, then Cancel while that start is on its way, then Continue again (after naming
 * the device `name`, if given); gives the two start calls, unanswered.
 */
async function cancelThenStartAgain(fake: FakeClient, el: El, name?: string) {
  button(el, en.enrollStart)!.click();
  await el.updateComplete;
  button(el, en.cancel)!.click();
  await el.updateComplete;
  if (name) await setName(el, name);
  button(el, en.enrollStart)!.click();
  return fake.callsOf('startEnrollment');
}

/** Cancels the set-up shown, and starts another (`enr_2`), the endpoint answering each at once. */
async function cancelAndStartAnother(fake: FakeClient, el: El) {
  button(el, en.cancel)!.click();
  await stepIs(el, 'cancelling');
  fake.last('cancelEnrollment').resolve(undefined);
  await stepIs(el, 'choose');
  button(el, en.enrollStart)!.click();
  fake.last('startEnrollment').resolve(totpEnrollment(SECRET, validUri, 'enr_2'));
  await stepIs(el, 'scan');
}

/** Presses Continue and answers with a set-up of that kind (`enr_1`). */
async function startFake(fake: FakeClient, el: El, kind: 'totp' | 'push' = 'totp', push: Partial<Enrollment['push']> = {}) {
  if (kind === 'push') {
    $<HTMLInputElement>(el, '#kind-push')!.click();
    await el.updateComplete;
  }
  button(el, en.enrollStart)!.click();
  fake
    .last('startEnrollment')
    .resolve(kind === 'totp' ? totpEnrollment(SECRET, validUri) : pushEnrollment(push));
  await stepIs(el, kind === 'totp' ? 'scan' : 'waiting');
}

/**
 * Presses Continue (named `start`) and answers with a set-up too long for any QR code: a code app's
 * account name, a push app's activation URL. Waits for the note in the QR code's place.
 */
async function failQr(fake: FakeClient, el: El, kind: 'totp' | 'push', start = en.enrollStart) {
  if (kind === 'push') {
    $<HTMLInputElement>(el, '#kind-push')!.click();
    await el.updateComplete;
  }
  let enrollment = pushEnrollment({ activationUrl: `https://push.example/activate/${'ticket'.repeat(700)}` });
  if (kind === 'totp') {
    const accountName = `adele.${'x'.repeat(3000)}@contoso.com`;
    const uri = buildOtpauthUri({ issuer: 'Contoso', accountName, secret: SECRET, algorithm: 'SHA1', digits: 6, period: 30 });
    enrollment = totpEnrollment(SECRET, uri);
    enrollment.totp!.accountName = accountName;
  }
  button(el, start)!.click();
  fake.last('startEnrollment').resolve(enrollment);
  await stepIs(el, kind === 'totp' ? 'scan' : 'waiting');
  await waitUntil(() => $(el, 'p[part~="qr"]'), 'the QR code did not fail', { timeout: 5000 });
}

function pushEnrollment(push: Partial<Enrollment['push']>): Enrollment {
  const activationUrl = push?.activationUrl ?? 'https://push.example/activate/1';
  return {
    enrollmentId: 'enr_1',
    kind: 'push',
    name: 'Authenticator app',
    status: 'pending',
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
    push: { activationCode: '123456789', activationUrl, qrPayload: JSON.stringify({ code: '123456789', url: activationUrl }) },
  };
}

