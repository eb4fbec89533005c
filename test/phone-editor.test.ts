import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/phone-editor/phone-editor.js';
import type { MfaPhoneEditor } from '../src/components/phone-editor/phone-editor.js';
import '../src/components/provider/provider.js';
import type { MfaCodeInput } from '../src/components/code-input/code-input.js';
import { MfaError } from '../src/core/errors.js';
import { en } from '../src/locales/en.js';
import type { MethodId, PhoneChallenge, PhoneSlot } from '../src/core/types.js';
import { FakeClient, settle } from './support/fake-client.js';
import { type Sandbox, newSandbox } from './support/sandbox.js';
import { pressShiftTab, typeKeys } from './support/keys.js';
import { typingElsewhereAs } from './support/elsewhere.js';
import { stopClock, withClockAhead } from './support/clock.js';
import { recordLitWarnings } from './support/lit-warnings.js';
import { withPageVetoingCodes } from './support/page-veto.js';
import { accessibleName, describedText, textOf } from './support/aria.js';
import { STYLED_MARGINS, codeInputPartMargins, withCodeInputPartsStyled } from './support/code-input-parts.js';
import { ARABIC } from './support/arabic.js';

interface Mounted {
  el: MfaPhoneEditor;
  s: Sandbox;
}

/** `prepare`: what changes on the endpoint before the element loads. */
async function mount(user: string, slot: PhoneSlot = 'mobile', locale = 'en', prepare?: (s: Sandbox) => Promise<unknown>): Promise<Mounted> {
  const s = await newSandbox();
  await prepare?.(s);
  const { token, csrfToken } = await s.signIn(user);
  const provider = await fixture(html`
    <mfa-provider
      locale=${locale}
      endpoint=${s.endpoint}
      .strings=${ARABIC}
      .headers=${() => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken })}
    >
      <mfa-phone-editor phone-slot=${slot}></mfa-phone-editor>
    </mfa-provider>
  `);
  const el = provider.querySelector('mfa-phone-editor')!;
  await waitUntil(() => $(el, '#edit') || $(el, '#remove'), 'the summary loads');
  return { el, s };
}

function $(el: MfaPhoneEditor, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(selector);
}

/** What the element's live regions say from now on: each text put into one. */
function saidIn(el: MfaPhoneEditor): { texts: string[]; stop(): void } {
  const texts: string[] = [];
  const live = (node: Node | null) =>
    (node instanceof Element ? node : node?.parentElement)?.closest('[role="alert"], [role="status"], [aria-live]:not([aria-live="off"])');
  const observer = new MutationObserver((records) => {
    // A text node added and then filled (as Lit's development build does) is one text, not two.
    const inserted = new Set<Node>();
    for (const record of records) {
      if (!live(record.target)) continue;
      if (record.type === 'characterData' && inserted.has(record.target)) continue;
      const added = record.type === 'characterData' ? [record.target] : [...record.addedNodes];
      for (const node of added) {
        inserted.add(node);
        // A zero-width space (which makes the same words a change, said again) is not heard.
        const text = node.textContent?.replace(/\u200b/g, '').trim();
        if (text) texts.push(text);
      }
    }
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  return { texts, stop: () => observer.disconnect() };
}

/** A part's text as shown. */
const partText = (el: MfaPhoneEditor, part: string) => textOf($(el, `[part~="${part}"]`));

async function startEditing(el: MfaPhoneEditor): Promise<HTMLInputElement> {
  $(el, '#edit')!.click();
  await waitUntil(() => $(el, '#number'), 'the number field appears', { timeout: 5000 });
  await el.updateComplete;
  return $(el, '#number') as HTMLInputElement;
}

async function typeNumber(el: MfaPhoneEditor, keys: string): Promise<void> {
  ($(el, '#number') as HTMLInputElement).focus();
  await typeKeys(keys);
  await el.updateComplete;
}

async function send(el: MfaPhoneEditor): Promise<void> {
  $(el, '#send')!.click();
  await waitUntil(() => el.step !== 'sending', 'the send answer arrives', { timeout: 5000 });
  await el.updateComplete;
}

async function latestCode(s: Sandbox, user: string): Promise<string> {
  const outbox = await s.controlCall<{ code: string; to: string; channel: string }[]>('GET', `/outbox?userId=${user}`);
  return outbox[outbox.length - 1]!.code;
}

function codeInput(el: MfaPhoneEditor): MfaCodeInput {
  return $(el, 'mfa-code-input') as MfaCodeInput;
}

async function typeCode(el: MfaPhoneEditor, code: string): Promise<void> {
  codeInput(el).focus();
  await typeKeys(code);
}

/** Types over what the code field holds (its `focus()` selects it). */
async function retypeCode(el: MfaPhoneEditor, code: string): Promise<void> {
  codeInput(el).focus();
  await typeKeys(code);
}


/** Ben's editor with a code sent to a new number: the code sent, and a wrong one. */
async function codeSentToBen(): Promise<{ el: MfaPhoneEditor; s: Sandbox; right: string; wrong: string }> {
  const { el, s } = await mount('ben');
  await startEditing(el);
  await typeNumber(el, '+447400123456');
  await send(el);
  const right = await latestCode(s, 'ben');
  return { el, s, right, wrong: right.replace(/\d/g, (d) => String((Number(d) + 1) % 10)) };
}

/** Once the resend wait is over on the page's clock: presses "Send a new code", and waits for it to go. */
const resendNow = (el: MfaPhoneEditor) => async () => {
  el.requestUpdate();
  await el.updateComplete;
  $(el, '#resend')!.click();
  await waitUntil(() => el.step === 'awaiting-code', 'a new code is sent', { timeout: 5000 });
};

// The phone library (the element's `import()`, large) is fetched once before the tests, with time of
// its own: a cold fetch of it on a slow machine is no test's 5 seconds for the number field to
// appear. Each element still loads it itself when the user starts editing.
before(async function () {
  this.timeout(30_000);
  await import('../src/components/phone-editor/phone-format.js');
});

describe('<mfa-phone-editor> against the reference endpoint', () => {
  it('shows the current number masked, without loading the phone library', async () => {
    const { el } = await mount('adele');
    expect(partText(el, 'title')).to.equal('Authentication phone');
    expect(getComputedStyle($(el, '#title')!).fontWeight, 'a heading, in bold as the legends and the other elements’ headings').to.equal('600');
    expect(partText(el, 'current')).to.equal('+1 ••• ••• ••67');
    // Screen readers would say each • as "bullet".
    expect(textOf($(el, '[part="current"]'), 'said')).to.equal('+1 ending in 67');
    expect($(el, '#edit')!.textContent!.trim()).to.equal('Change');
    expect($(el, '#remove')!.textContent!.trim()).to.equal('Remove');
    expect(el.draft.format, 'the phone library is not loaded yet').to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('advises an authenticator app under the channel choice only to a user whose policy allows one', async () => {
    const withApps = await mount('ben');
    await startEditing(withApps.el);
    expect(partText(withApps.el, 'channel'), 'the choice itself').to.contain(en.phoneEditorChannel);
    expect(partText(withApps.el, 'notice'), 'apps allowed: the advice, in the part the method picker gives it too').to.equal(en.restrictedMethodNotice);
    // Erik's policy allows texts and calls only: the warning stays, without advice he cannot follow.
    const phonesOnly = await mount('erik');
    await startEditing(phonesOnly.el);
    expect(partText(phonesOnly.el, 'channel')).to.contain(en.phoneEditorChannel);
    expect(partText(phonesOnly.el, 'notice'), 'warned, not told to use an app').to.equal(en.restrictedMethodNoAppNotice);
    await expect(phonesOnly.el).to.be.accessible();
  });

  it('shows an empty slot with Add only', async () => {
    const { el } = await mount('ben');
    expect(partText(el, 'current')).to.equal('No phone number is set up.');
    expect($(el, '#edit')!.textContent!.trim()).to.equal('Add');
    expect($(el, '#remove')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('names each phone’s buttons after the phone, starting with the word they show (English, Chinese)', async () => {
    // A button's accessible name is its aria-label; the visible word starts it (WCAG 2.5.3).
    const name = (el: MfaPhoneEditor, id: string) => $(el, id)!.getAttribute('aria-label');
    const office = (await mount('adele', 'office')).el;
    expect($(office, '#edit')!.textContent!.trim()).to.equal('Change');
    expect(name(office, '#edit')).to.equal('Change office phone');
    expect(name(office, '#remove')).to.equal('Remove office phone');
    expect($(office, '#remove')!.getAttribute('aria-describedby'), 'the number describes it').to.equal('current');
    await expect(office).to.be.accessible();
    const mobile = (await mount('adele', 'mobile')).el;
    expect(name(mobile, '#edit')).to.equal('Change authentication phone');
    expect(name(mobile, '#remove')).to.equal('Remove authentication phone');
    const alternate = (await mount('ben', 'alternate')).el;
    expect(name(alternate, '#edit')).to.equal('Add alternate authentication phone');
    const chinese = (await mount('adele', 'office', 'zh-CN')).el;
    expect($(chinese, '#edit')!.textContent!.trim()).to.equal('更改');
    expect(name(chinese, '#edit')).to.equal('更改办公电话');
    expect(name(chinese, '#remove')).to.equal('删除办公电话');
  });

  it("names Add, Change and Remove with the host's words: its sentence that holds the word shown, else the word shown then the phone (WCAG 2.5.3)", async () => {
    const office = (await mount('adele', 'office')).el;
    const provider = office.closest('mfa-provider')!;
    // A sentence in the host's order for Change (the word shown in it, whatever its case and soft
    // hyphens); for Remove, a table written before the sentence had a key: its word alone.
    provider.strings = {
      de: {
        phoneEditorChange: '\u00C4ndern',
        phoneEditorChangeNamed: () => 'B\u00FCrotelefon \u00E4n\u00ADdern',
        phoneEditorRemove: 'Entfernen',
        slotOffice: 'B\u00FCrotelefon',
      },
    };
    provider.locale = 'de';
    await office.updateComplete;
    expect([textOf($(office, '#edit')!), textOf($(office, '#remove')!)]).to.deep.equal(['\u00C4ndern', 'Entfernen']);
    expect(accessibleName($(office, '#edit')!)).to.equal('B\u00FCrotelefon \u00E4n\u00ADdern');
    expect(accessibleName($(office, '#remove')!), 'not English: "Remove office phone"').to.equal('Entfernen B\u00FCrotelefon');
    // A phone not set up yet: Add, with the host's word alone too.
    const alternate = (await mount('ben', 'alternate')).el;
    const other = alternate.closest('mfa-provider')!;
    other.strings = { de: { phoneEditorAdd: 'Hinzuf\u00FCgen', slotAlternate: 'Zweites Telefon' } };
    other.locale = 'de';
    await alternate.updateComplete;
    expect(accessibleName($(alternate, '#edit')!)).to.equal('Hinzuf\u00FCgen Zweites Telefon');
  });

  it('words the country list with the host’s new table for the same language while the editor is open', async () => {
    const { el } = await mount('adele', 'office');
    const provider = el.closest('mfa-provider')!;
    await startEditing(el);
    const germany = () => $(el, '#country option[value="DE"]')!.textContent!.trim();
    expect(germany()).to.equal('Germany (\u2066+49\u2069)');
    provider.strings = { en: { phoneEditorCountryOption: (name: string, code: string) => `${name}, +${code}` } };
    await el.updateComplete;
    await el.updateComplete;
    expect(germany(), 'not the old wording').to.equal('Germany, +49');
  });

  it('names each field’s label the label part: country search, country, number, extension', async () => {
    const { el } = await mount('adele', 'office');
    await startEditing(el);
    const labelled = [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('label[part~="label"]')].map((label) => label.htmlFor);
    expect(labelled).to.deep.equal(['country-search', 'country', 'number', 'extension']);
  });

  it('says what it announced in the language the page switches to', async () => {
    const { el } = await mount('ben');
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');
    await send(el);
    expect(partText(el, 'status')).to.match(/^We sent a text message with a code to \+44 7400 123456\. You can ask/);
    el.closest('mfa-provider')!.setAttribute('locale', 'zh-CN');
    await waitUntil(() => partText(el, 'sent-to').startsWith('我们'), 'the page never switched', { timeout: 5000 });
    await el.updateComplete;
    expect(partText(el, 'status')).to.match(/^我们已向 \+44 7400 123456 发送了包含验证码的短信。/);
  });

  it('says the wait before a new code as it is then when the page switches language, not as it was when the code was sent; not again as it counts', async () => {
    const fake = new FakeClient();
    const provider = await fixture(html`<mfa-provider locale="en" .client=${fake.client}><mfa-phone-editor></mfa-phone-editor></mfa-provider>`);
    const el = provider.querySelector('mfa-phone-editor')!;
    fake.last('getSettings').resolve({ phones: [], policy: { allowedMethods: ['text-mobile', 'call-mobile'], appPasswordsAllowed: true } });
    await waitUntil(() => $(el, '#edit'));
    await startEditing(el);
    await typeNumber(el, '+14255550123');
    const clock = stopClock();
    try {
      $(el, '#send')!.click();
      fake.last('startPhoneVerification').resolve(textChallenge('c1', { resendIn: 60_000, expiresIn: 300_000 }));
      await waitUntil(() => el.step === 'awaiting-code', 'the code is sent');
      await el.updateComplete;
      const sent = 'We sent a text message with a code to +1 425 555 0123. You can ask for a new code in 60 seconds.';
      expect(partText(el, 'status')).to.equal(sent);
      clock.advance(25_000);
      el.requestUpdate();
      await el.updateComplete;
      expect(partText(el, 'countdown')).to.equal('You can ask for a new code in 35 seconds.');
      expect(partText(el, 'status'), 'not said again as it counts').to.equal(sent);
      provider.setAttribute('locale', 'zh-CN');
      await waitUntil(() => partText(el, 'sent-to').startsWith('我们'), 'the page never switched', { timeout: 5000 });
      await el.updateComplete;
      expect(partText(el, 'status')).to.equal(`我们已向 +1 425 555 0123 发送了包含验证码的短信。你可以在${partText(el, 'countdown').match(/在(.+)后/)![1]}后获取新验证码。`);
      expect(partText(el, 'status')).to.contain('35');
    } finally {
      clock.restore();
    }
  });

  it('says a wrong code in the language the page switches to', async () => {
    const { el, wrong } = await codeSentToBen();
    await typeCode(el, wrong);
    await waitUntil(() => codeInput(el).error?.includes('4 more tries'), 'the refusal', { timeout: 5000 });
    el.closest('mfa-provider')!.setAttribute('locale', 'zh-CN');
    await waitUntil(() => partText(el, 'sent-to').startsWith('我们'), 'the page never switched', { timeout: 5000 });
    await el.updateComplete;
    await codeInput(el).updateComplete;
    expect(codeInput(el).error).to.equal('验证码不正确。你还可以再试 4 次。');
  });

  it('adds a phone: type with +44 (the country follows), send by text, code from the outbox, saved', async () => {
    const { el, s } = await mount('ben');
    const changes: unknown[] = [];
    el.addEventListener('mfa-phone-change', (e) => changes.push(e.detail));
    const number = await startEditing(el);
    expect(el.shadowRoot!.activeElement, 'focus moves to the number').to.equal(number);
    expect(($(el, '#country') as HTMLSelectElement).value, 'the locale’s region').to.equal('US');
    await expect(el).to.be.accessible();

    await typeNumber(el, '+44 7400 123456');
    expect(number.value).to.equal('+44 7400 123456');
    expect(($(el, '#country') as HTMLSelectElement).value).to.equal('GB');
    await send(el);
    expect(el.step).to.equal('awaiting-code');
    expect(partText(el, 'sent-to')).to.equal('We sent a text message with a code to +44 7400 123456.');
    expect($(el, '#change-number')).to.exist;
    expect(partText(el, 'countdown')).to.match(/^You can ask for a new code in (29|30) seconds\.$/);
    expect($(el, '#resend')!.getAttribute('aria-disabled')).to.equal('true');
    expect(partText(el, 'status'), 'announced once, at the start').to.match(/^We sent a text message.*in (29|30) seconds\.$/);
    await waitUntil(() => el.shadowRoot!.activeElement === codeInput(el), 'focus moves to the code');
    await expect(el).to.be.accessible();

    await typeCode(el, await latestCode(s, 'ben'));
    await waitUntil(() => el.step === 'saved', 'the code is confirmed', { timeout: 5000 });
    // "Saved" takes the focus (and is read so): an Enter typed after the code, out of habit, does
    // not land on Change and open the editor again.
    await el.updateComplete;
    const focused = el.shadowRoot!.activeElement as HTMLElement | null;
    expect(focused?.id, 'focus moves to the confirmation').to.equal('saved');
    // The number in words, as its start and end: a screen reader would say each • as "bullet".
    expect(textOf(focused)).to.equal('Your phone number +44 ending in 56 is verified and saved.');
    expect(accessibleName(focused!), 'named by its words, which is what is read').to.equal(focused!.textContent!.trim());
    expect(partText(el, 'status'), 'not said twice').to.equal('');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.step).to.equal('saved');
    expect(changes).to.have.length(1);
    expect(changes[0]).to.deep.equal({ slot: 'mobile', maskedNumber: '+44 •••• ••••56' });
    expect(JSON.stringify(changes[0])).not.to.contain('7400');
    // Saved, the number is shown masked only, and the element no longer holds it as typed.
    expect(el.draft.text, 'the number as typed is forgotten').to.equal('');
    await waitUntil(() => partText(el, 'current') === '+44 •••• ••••56', 'the summary reloads');
    expect(el.shadowRoot!.textContent).to.contain('is verified and saved');
    expect(el.shadowRoot!.textContent).not.to.contain('7400');
    await expect(el).to.be.accessible();
    // The host's edit() starts a change from here too, as Change does.
    el.edit();
    await el.updateComplete;
    expect(el.step).to.equal('editing');
  });

  it('keeps the code inside: the page hears no mfa-code-complete, and a page vetoing its own does not stop it', async () => {
    const { el, s } = await mount('ben');
    const heard = await withPageVetoingCodes(async () => {
      await startEditing(el);
      await typeNumber(el, '+44 7400 123456');
      await send(el);
      await typeCode(el, await latestCode(s, 'ben'));
      await waitUntil(() => el.step === 'saved', 'the code is confirmed', { timeout: 5000 });
    });
    expect(heard).to.deep.equal([]);
  });

  it("lets a page's ::part(code-input-…) rules style the code input inside, each of its parts", async () => {
    await withCodeInputPartsStyled('mfa-phone-editor', '', async () => {
      const { el } = await mount('ben');
      await startEditing(el);
      await typeNumber(el, '+44 7400 123456');
      await send(el);
      await codeInput(el).updateComplete;
      expect(codeInputPartMargins(codeInput(el))).to.deep.equal(STYLED_MARGINS);
    });
  });

  it('goes from the number to the code in one update when Enter sends from the number field', async () => {
    const { el } = await mount('ben');
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');
    // Focus stays in the number field, which the code step replaces: Chromium fires `blur` at it
    // in the middle of that render. Lit's development build says so if that schedules another update.
    const lit = recordLitWarnings();
    try {
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 'awaiting-code', 'the code is sent', { timeout: 5000 });
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.activeElement === codeInput(el), 'focus moves to the code');
    } finally {
      lit.stop();
    }
    expect(lit.warnings).to.deep.equal([]);
  });

  it('chooses a country once an input method commits its text, not while it composes', async () => {
    const { el } = await mount('ben', 'mobile', 'zh-CN');
    await startEditing(el);
    const search = $(el, '#country-search') as HTMLInputElement;
    const country = () => ($(el, '#country') as HTMLSelectElement).value;
    const before = country();
    // Pinyin for 美国 (the United States), composed: "me" would find Montenegro (ME).
    search.value = 'me';
    search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true, inputType: 'insertCompositionText', data: 'me' }));
    await el.updateComplete;
    expect(country(), 'nothing chosen while composing').to.equal(before);
    search.value = '美国';
    search.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: '美国' }));
    await el.updateComplete;
    expect(country()).to.equal('US');
    expect($(el, '#country-matches')!.textContent).to.not.equal('');
  });

  it('sends nothing on Enter in the country search (a phone keyboard\'s Search key): it only helps choose from the list', async () => {
    const { el, s } = await mount('ben');
    await startEditing(el);
    await typeNumber(el, '015123456789');
    ($(el, '#country-search') as HTMLInputElement).focus();
    await typeKeys('germ');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(el.step).to.equal('editing');
    expect(($(el, '#country') as HTMLSelectElement).value).to.equal('DE');
    const sent = (await s.controlCall<{ operationId: string }[]>('GET', '/side-effects')).filter((e) => e.operationId === 'startPhoneVerification');
    expect(sent).to.have.length(0);
  });

  it('finds a country by name or by calling code from the country search, and announces the matches', async () => {
    const { el } = await mount('ben');
    await startEditing(el);
    const search = $(el, '#country-search') as HTMLInputElement;
    const country = () => ($(el, '#country') as HTMLSelectElement).value;
    const options = () => [...el.shadowRoot!.querySelectorAll('#country option')].map((o) => (o as HTMLOptionElement).value);
    search.focus();
    await typeKeys('+49');
    await el.updateComplete;
    expect(country()).to.equal('DE');
    expect(options()).to.deep.equal(['DE']);
    expect($(el, '#country-matches')?.textContent).to.equal('1 match.');
    search.select();
    await typeKeys('japan');
    await el.updateComplete;
    expect(country()).to.equal('JP');
    // Typing on until nothing matches: the chosen country stays and the picker still shows it.
    await typeKeys('x');
    await el.updateComplete;
    expect(country()).to.equal('JP');
    expect(options()).to.deep.equal(['JP']);
    expect($(el, '#country-matches')?.textContent).to.equal('No country or region matches.');
    await expect(el).to.be.accessible();
    // The best match is chosen, and listed first: a calling code's main region, an ISO code, a name
    // that starts with what was typed.
    for (const [query, region] of [['+44', 'GB'], ['+1', 'US'], ['us', 'US'], ['uk', 'GB'], ['ger', 'DE'], ['ind', 'IN']]) {
      search.select();
      await typeKeys(query!);
      await el.updateComplete;
      expect(country(), `${query} in ${search.value} ${options().slice(0, 4)}`).to.equal(region);
      expect(options()[0], query).to.equal(region);
    }
    // What was typed on, matching nothing, leaves the best match chosen ("usa": the United States).
    search.select();
    await typeKeys('usa');
    await el.updateComplete;
    expect(country(), search.value).to.equal('US');
    // Emptied, or only the start of a calling code so far: the country chosen stays.
    search.select();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(country(), 'emptied').to.equal('US');
    for (const start of ['+', '00']) {
      search.select();
      await typeKeys(start);
      await el.updateComplete;
      expect(country(), start).to.equal('US');
      expect($(el, '#country-matches')?.textContent, 'nothing to count yet').to.equal('');
    }
    await typeKeys(' 49');
    await el.updateComplete;
    expect(country(), search.value).to.equal('DE');
  });

  it('shows the endpoint refusing a text to a fixed line on the number, keeps it, and sends it for a call', async () => {
    const { el, s } = await mount('ben');
    await startEditing(el);
    await typeNumber(el, '+44 20 7946 0958');
    $(el, '#send')!.click();
    await waitUntil(() => partText(el, 'field-error') !== '');
    expect(el.step).to.equal('editing');
    expect(($(el, '#number') as HTMLInputElement).value).to.equal('+44 20 7946 0958');
    expect(partText(el, 'field-error')).to.equal('This number cannot receive text messages. Use a mobile number, or choose a call.');
    expect($(el, '#number')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#number'));
    await expect(el).to.be.accessible();
    ($(el, 'input[value="call"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(partText(el, 'field-error')).to.equal('');
    await send(el);
    expect(el.step).to.equal('awaiting-code');
    expect(partText(el, 'sent-to')).to.equal('We are calling +44 20 7946 0958 with a code.');
    const outbox = await s.controlCall<{ channel: string }[]>('GET', '/outbox?userId=ben');
    expect(outbox[outbox.length - 1]!.channel).to.equal('call');
  });

  it('says a wrong code is wrong, with the tries left, and keeps it', async () => {
    const { el } = await mount('ben');
    await startEditing(el);
    await typeNumber(el, '+447400123456');
    await send(el);
    await typeCode(el, '000000');
    await waitUntil(() => codeInput(el).error, 'the answer arrives', { timeout: 5000 });
    expect(el.step).to.equal('awaiting-code');
    expect(codeInput(el).error).to.equal('That code is not right. You have 4 more tries.');
    expect(codeInput(el).value, 'the code is kept').to.equal('000000');
    const inner = codeInput(el).shadowRoot!.querySelector('input')!;
    expect(inner.getAttribute('aria-invalid')).to.equal('true');
    // Selected, with the focus: the next code typed replaces it, rather than being cut off after it.
    expect(el.shadowRoot!.activeElement).to.equal(codeInput(el));
    expect([inner.selectionStart, inner.selectionEnd]).to.deep.equal([0, 6]);
    await expect(el).to.be.accessible();
    await typeKeys('111111');
    await waitUntil(() => codeInput(el).error?.includes('3 more tries'), 'the next code is sent', { timeout: 5000 });
    expect(codeInput(el).value).to.equal('111111');
  });

  it('does not send a code again that was just refused, unchanged (Enter after the field sent it by itself): no try is lost', async () => {
    const { el, right, wrong } = await codeSentToBen();
    await typeCode(el, wrong);
    await waitUntil(() => codeInput(el).error?.includes('4 more tries'), 'the first refusal', { timeout: 5000 });
    await sendKeys({ press: 'Enter' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Not sent (no try used), and said again: an invisible mark more makes the alert a change.
    expect(codeInput(el).error, 'sent again, and refused again').to.equal('That code is not right. You have 4 more tries.\u200b');
    expect(el.shadowRoot!.activeElement).to.equal(codeInput(el));
    // A code typed anew is sent: the next refusal counts one try more, not two.
    await retypeCode(el, wrong);
    await waitUntil(() => codeInput(el).error?.includes('3 more tries'), 'the second refusal', { timeout: 5000 });
    await retypeCode(el, right);
    await waitUntil(() => el.step === 'saved', 'the right code was not taken', { timeout: 5000 });
  });

  it('after the last wrong try: says no tries are left, keeps the code, stops Verify and leads to a new code', async () => {
    const { el, s, right, wrong } = await codeSentToBen();
    for (const left of ['4 more tries', '3 more tries', '2 more tries', '1 more try']) {
      await retypeCode(el, wrong);
      await waitUntil(() => codeInput(el).error?.includes(left), `"${left}" is said`, { timeout: 5000 });
    }
    await retypeCode(el, wrong);
    await waitUntil(() => el.step === 'expired', 'the last wrong try ends the code', { timeout: 5000 });
    await el.updateComplete;
    expect(partText(el, 'error')).to.equal(
      'That code is not right, and no tries are left for it. Send a new code; the number you entered is kept.',
    );
    expect(el.shadowRoot!.textContent, 'never "0 more tries"').not.to.contain('0 more tries');
    expect(codeInput(el).value, 'what the user typed is kept').to.equal(wrong);
    expect($(el, '#verify')!.getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.activeElement, 'focus moves to the new code').to.equal($(el, '#resend'));
    await expect(el).to.be.accessible();

    // The right code now goes nowhere: the challenge takes no more tries.
    await retypeCode(el, right);
    await sendKeys({ press: 'Enter' });
    await settle();
    await el.updateComplete;
    expect(el.step).to.equal('expired');
    expect(partText(el, 'error')).not.to.contain('expired');

    // A new code, once the resend wait is over, goes on to save the number.
    await s.controlCall('POST', '/clock', { advanceSeconds: 31 });
    await withClockAhead(31_000, resendNow(el));
    await retypeCode(el, await latestCode(s, 'ben'));
    await waitUntil(() => el.step === 'saved', 'the new code is confirmed', { timeout: 5000 });
  });

  it('returns to editing with the number kept through "change number"', async () => {
    const { el } = await mount('ben');
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');
    await send(el);
    $(el, '#change-number')!.click();
    await el.updateComplete;
    expect(el.step).to.equal('editing');
    expect(($(el, '#number') as HTMLInputElement).value).to.equal('+44 7400 123456');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#number'));
    expect(($(el, '#number') as HTMLInputElement).required, 'the number to verify says it is required').to.equal(true);
  });

  /** Ben's number is sent, then the user goes back to change it: the wait before another code runs. */
  async function backToNumberDuringWait(): Promise<Mounted> {
    const mounted = await mount('ben');
    await startEditing(mounted.el);
    await typeNumber(mounted.el, '+44 7400 123456');
    await send(mounted.el);
    $(mounted.el, '#change-number')!.click();
    await mounted.el.updateComplete;
    return mounted;
  }

  it('answers Enter in the number field while the wait before another code runs: Send takes the focus, and says why it is unavailable', async () => {
    const { el, s } = await backToNumberDuringWait();
    // Another number, as valid as the first.
    await sendKeys({ press: 'Backspace' });
    await typeKeys('7');
    const sent = (await s.controlCall<unknown[]>('GET', '/outbox?userId=ben')).length;
    // The field Enter was pressed in loses the focus after the render: every test page fails on Lit's
    // warning if that schedules another update (test/support/fail-on-lit-warnings.ts).
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const sendButton = $(el, '#send')!;
    expect(el.shadowRoot!.activeElement === sendButton, 'Send has the focus').to.equal(true);
    expect(sendButton.getAttribute('aria-disabled')).to.equal('true');
    expect(describedText(sendButton)).to.match(/^You can ask for a new code in \d+ seconds\.$/);
    expect((await s.controlCall<unknown[]>('GET', '/outbox?userId=ben')).length, 'nothing sent').to.equal(sent);
  });

  it('answers Enter in the number field while the wait before another code runs with the number’s own problem first: the focus stays to fix it', async () => {
    const { el, s } = await backToNumberDuringWait();
    // One digit too many: no number, and no wait, lets this be sent.
    await typeKeys('7');
    const sent = (await s.controlCall<unknown[]>('GET', '/outbox?userId=ben')).length;
    const said = saidIn(el);
    try {
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
    } finally {
      said.stop();
    }
    const number = $(el, '#number') as HTMLInputElement;
    expect(el.shadowRoot!.activeElement === number, 'the number keeps the focus').to.equal(true);
    expect(number.getAttribute('aria-invalid')).to.equal('true');
    expect(said.texts.join(' '), 'the number’s problem is said').to.contain(textOf($(el, '#number-error')!));
    expect(textOf($(el, '#number-error')!)).not.to.equal('');
    expect((await s.controlCall<unknown[]>('GET', '/outbox?userId=ben')).length, 'nothing sent').to.equal(sent);
  });

  it('sends a new code after Cancel, even to the same number, when the first answer was lost', async () => {
    const s = await newSandbox();
    // The endpoint sends the first text, but its answer never reaches the page.
    let lose = true;
    const client = await s.clientFor('adele', {
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (!lose || init?.method !== 'POST') return response;
        lose = false;
        throw new TypeError('Failed to fetch');
      },
    });
    const provider = await fixture(html`<mfa-provider .client=${client}><mfa-phone-editor phone-slot="mobile"></mfa-phone-editor></mfa-provider>`);
    const el = provider.querySelector('mfa-phone-editor')!;
    await waitUntil(() => $(el, '#edit'), 'the summary loads');
    const texts = async () => (await s.controlCall<unknown[]>('GET', '/outbox?userId=adele')).length;
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');
    await send(el);
    expect([el.step, await texts()]).to.deep.equal(['editing', 1]);
    // The user gives up, and a few minutes later tries the same number again: a new code, which works.
    $(el, '#cancel')!.click();
    await el.updateComplete;
    await s.controlCall('POST', '/clock', { advanceSeconds: 180 });
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');
    await send(el);
    expect(el.step).to.equal('awaiting-code');
    expect(await texts(), 'the old answer was replayed: no new code').to.equal(2);
    await typeCode(el, await latestCode(s, 'adele'));
    await waitUntil(() => el.step === 'saved', 'the new code was not taken', { timeout: 5000 });
  });

  it('leaves the code step with Cancel: back to the number as it was, nothing saved, no event, focus on Change', async () => {
    const { el, s } = await mount('adele');
    const heard: string[] = [];
    for (const type of ['mfa-phone-change', 'mfa-phone-remove', 'mfa-error', 'mfa-reauth-required']) {
      el.addEventListener(type, () => heard.push(type));
    }
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');
    await send(el);
    await typeCode(el, '12');
    const cancel = $(el, '#cancel')!;
    expect(cancel.textContent!.trim()).to.equal('Cancel');
    expect(cancel.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
    cancel.click();
    await el.updateComplete;
    expect(el.step).to.equal('viewing');
    expect(partText(el, 'current')).to.equal('+1 ••• ••• ••67');
    expect(el.shadowRoot!.activeElement, 'focus is back on Change').to.equal($(el, '#edit'));
    expect(partText(el, 'countdown'), 'the resend countdown goes with the step').to.equal('');
    await settle();
    expect(heard, 'the page is told nothing, as after the number step’s Cancel').to.deep.equal([]);
    const { phones } = await (await s.clientFor('adele')).getSettings();
    expect(phones.find((p) => p.slot === 'mobile')!.maskedNumber, 'nothing saved').to.equal('+1 ••• ••• ••67');
    await expect(el).to.be.accessible();

    // The code that was sent is dropped: a new change starts from an empty code field.
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');
    // Past the 30 seconds between codes, for the endpoint and for the element.
    await s.controlCall('POST', '/clock', { advanceSeconds: 31 });
    await withClockAhead(31_000, () => send(el));
    expect(el.step).to.equal('awaiting-code');
    expect(codeInput(el).value).to.equal('');
  });

  it('leaves the code step with Escape, from the code field too, and from the expired code', async () => {
    const { el, s } = await mount('adele');
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');
    await send(el);
    await typeCode(el, '12');
    expect(el.shadowRoot!.activeElement).to.equal(codeInput(el));
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.step, 'Escape in the code field leaves the step').to.equal('viewing');
    expect(partText(el, 'current')).to.equal('+1 ••• ••• ••67');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#edit'));

    // An expired code: Cancel is there, and Escape from "Send a new code" leaves too.
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');
    // Past the 30 seconds between codes, for the endpoint and for the element.
    await s.controlCall('POST', '/clock', { advanceSeconds: 31 });
    await withClockAhead(31_000, () => send(el));
    await s.controlCall('POST', '/clock', { advanceSeconds: 301 });
    await typeCode(el, await latestCode(s, 'adele'));
    await waitUntil(() => el.step === 'expired', 'the expiry arrives', { timeout: 5000 });
    await el.updateComplete;
    expect($(el, '#cancel')!.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
    $(el, '#resend')!.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.step).to.equal('viewing');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#edit'));
    const { phones } = await (await s.clientFor('adele')).getSettings();
    expect(phones.find((p) => p.slot === 'mobile')!.maskedNumber).to.equal('+1 ••• ••• ••67');
  });

  it('leaves the number form with Escape, as its Cancel does, while the number is sent too; not from the country list, nor when it clears the search', async () => {
    const { el, s } = await mount('adele');
    const heard: string[] = [];
    for (const type of ['mfa-phone-change', 'mfa-error']) el.addEventListener(type, () => heard.push(type));
    const outside: string[] = [];
    el.closest('mfa-provider')!.addEventListener('keydown', (e) => outside.push(e.key));
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');
    await expect(el).to.be.accessible();

    // The country list may be closing its own popup (some browsers pass that Escape on): left to it.
    ($(el, '#country') as HTMLSelectElement).focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.step, 'Escape on the country list').to.equal('editing');
    expect(el.shadowRoot!.activeElement?.id).to.equal('country');
    // Ending a composition (an input method's Escape) is the field's too.
    $(el, '#number')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', isComposing: true, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.step, 'Escape that ends a composition').to.equal('editing');

    // Escape clears the country search field: that is the field's, and the number typed stays.
    ($(el, '#country-search') as HTMLInputElement).focus();
    await typeKeys('Kingdom');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.step, 'Escape clearing the country search').to.equal('editing');
    expect(($(el, '#number') as HTMLInputElement).value).to.equal('+44 7400 123456');

    // While the number is sent, Escape leaves as Cancel does: no code is asked for.
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 500, times: 1, operations: ['startPhoneVerification'] }] });
    ($(el, '#number') as HTMLInputElement).focus();
    $(el, '#send')!.click();
    await el.updateComplete;
    expect(el.step).to.equal('sending');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.step, 'Escape while sending').to.equal('viewing');
    await new Promise((resolve) => setTimeout(resolve, 600));
    await el.updateComplete;
    expect(el.step, 'the answer after Escape asks for no code').to.equal('viewing');
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');

    // From the number field, with the number typed: back to Change, as Cancel does; nothing saved, no event.
    const before = outside.length;
    ($(el, '#number') as HTMLInputElement).focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.step, 'Escape in the number field leaves the form').to.equal('viewing');
    expect(partText(el, 'current')).to.equal('+1 ••• ••• ••67');
    expect(el.shadowRoot!.activeElement?.id, 'focus is back on Change').to.equal('edit');
    expect(outside.slice(before), 'the key goes no further').to.deep.equal([]);
    await expect(el).to.be.accessible();
    await settle();
    expect(heard).to.deep.equal([]);
    const { phones } = await (await s.clientFor('adele')).getSettings();
    expect(phones.find((p) => p.slot === 'mobile')!.maskedNumber, 'nothing saved').to.equal('+1 ••• ••• ••67');
    // As after Cancel, the next change starts afresh.
    expect((await startEditing(el)).value).to.equal('');
  });

  it('stops a code being sent when the user cancels: none reaches the phone, and sending again at once is not refused', async () => {
    const { el, s } = await mount('adele', 'office');
    const calls = async () => (await s.controlCall<unknown[]>('GET', '/outbox?userId=adele')).length;
    const before = await calls();
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 1000, times: 1, operations: ['startPhoneVerification'] }] });
    await startEditing(el);
    await typeNumber(el, '4255550142');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.step).to.equal('sending');
    $(el, '#cancel')!.click();
    await el.updateComplete;
    expect(el.step).to.equal('viewing');
    await aTimeout(1300);
    expect(await calls(), 'a call placed after Cancel').to.equal(before);
    await startEditing(el);
    await typeNumber(el, '4255550142');
    await send(el);
    expect(el.step, textOf($(el, '[role="alert"]'))).to.equal('awaiting-code');
    expect(await calls()).to.equal(before + 1);
  });

  it('moved by a script while the code is checked (out and back at once), saves the phone, and the host is told once', async () => {
    const { el, s } = await mount('ben');
    const changes: unknown[] = [];
    el.addEventListener('mfa-phone-change', (e) => changes.push(e.detail));
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');
    await send(el);
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 500, times: 1, operations: ['confirmPhoneVerification'] }] });
    await typeCode(el, await latestCode(s, 'ben'));
    await waitUntil(() => el.step === 'confirming', 'the code is sent', { timeout: 5000 });
    el.parentElement!.appendChild(document.createElement('div')).append(el);
    await waitUntil(() => el.step === 'saved', `the answer is not taken (${el.step})`, { timeout: 5000 });
    expect(changes).to.have.length(1);
    const { phones } = await (await s.clientFor('ben')).getSettings();
    expect(phones.map((p) => p.slot)).to.include('mobile');
  });

  it('offers a resend when the code has expired, keeping the input, and a new code works', async () => {
    const { el, s } = await mount('ben');
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');
    await send(el);
    await s.controlCall('POST', '/clock', { advanceSeconds: 301 });
    await typeCode(el, await latestCode(s, 'ben'));
    await waitUntil(() => el.step === 'expired', 'the expiry arrives', { timeout: 5000 });
    expect(partText(el, 'error')).to.equal('This code has expired. Send a new code; the number you entered is kept.');
    expect(codeInput(el).value).to.have.length(6);
    await expect(el).to.be.accessible();
    // The wait for a new code the first one set, on the page's clock, is not over: wait it out.
    await withClockAhead(31_000, resendNow(el));
    await typeCode(el, await latestCode(s, 'ben'));
    await waitUntil(() => el.step === 'saved', 'the new code is confirmed', { timeout: 5000 });
  });

  it('goes back to the number, kept, when a new code is refused because the code request was replaced elsewhere (410): no Send a new code answered 410 for ever', async () => {
    const { el, s } = await codeSentToBen();
    // Another tab starts a change of the same phone 31 s later, which replaces this code request.
    await s.controlCall('POST', '/clock', { advanceSeconds: 31 });
    await (await s.clientFor('ben')).startPhoneVerification('mobile', { number: '+14255550123', channel: 'text' });
    await withClockAhead(31_000, async () => {
      el.requestUpdate();
      await el.updateComplete;
      $(el, '#resend')!.click();
      await waitUntil(() => el.step === 'editing', `the step stays ${el.step}`, { timeout: 5000 });
    });
    await el.updateComplete;
    expect(partText(el, 'error')).to.equal('This code request has ended, in another window perhaps. Send code again; the number you entered is kept.');
    expect(($(el, '#number') as HTMLInputElement).value, 'the number is kept').to.equal('+44 7400 123456');
    expect(el.shadowRoot!.activeElement?.id, 'Send code has the focus').to.equal('send');
    await expect(el).to.be.accessible();
    await s.controlCall('POST', '/clock', { advanceSeconds: 31 });
    await withClockAhead(62_000, () => send(el));
    expect(el.step).to.equal('awaiting-code');
    await typeCode(el, await latestCode(s, 'ben'));
    await waitUntil(() => el.step === 'saved', 'the new code is confirmed', { timeout: 5000 });
  });

  it('enables resend after the server’s delay, and says when it is rate limited', async () => {
    const { el, s } = await mount('ben');
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');
    await send(el);
    $(el, '#resend')!.click();
    await settle();
    const sentBefore = (await s.controlCall<unknown[]>('GET', '/outbox?userId=ben')).length;
    expect(sentBefore, 'no resend before the delay').to.equal(1);
    const realNow = Date.now;
    Date.now = () => realNow() + 31_000;
    try {
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, '#resend')!.getAttribute('aria-disabled')).to.equal('false');
      expect($(el, '[part="countdown"]')).to.equal(null);
      // The server's clock has not moved: it refuses with Retry-After.
      $(el, '#resend')!.click();
      await waitUntil(() => partText(el, 'error') !== '', 'the refusal arrives', { timeout: 5000 });
      expect(partText(el, 'error')).to.match(/^Please wait: you can try again in \d+ seconds\.$/);
      expect($(el, '#resend')!.getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();
    } finally {
      Date.now = realNow;
    }
  });

  it('counts a rate limit down without announcing each second, then says Send is back', async () => {
    const { el, s } = await mount('ben');
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');
    // Enter in the number field, refused by the endpoint's limit: 429 with Retry-After.
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'rate-limit', retryAfterSeconds: 30, times: 1, operations: ['startPhoneVerification'] }] });
    // The page's clock stopped: the countdown moves on as the test moves the clock, not by the
    // seconds a slow browser takes over the steps between (an accessibility check).
    const clock = stopClock();
    try {
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => $(el, '#wait'), 'the refusal arrives', { timeout: 5000 });
      await el.updateComplete;
      const alert = $(el, '[part="error"]')!;
      const announced = partText(el, 'error');
      expect(announced).to.equal('Please wait: you can try again in 30 seconds.');
      const seen = () => $(el, '#wait')?.textContent?.trim() ?? '';
      expect(seen()).to.equal(announced);
      // Seen once: the alert keeps it visually hidden, the countdown below it is what shows.
      expect(getComputedStyle(alert).clipPath).not.to.equal('none');
      expect($(el, '#send')!.getAttribute('aria-disabled')).to.equal('true');
      expect(describedText($(el, '#send')!), 'the unavailable Send says why').to.equal(announced);
      expect($(el, '#wait')!.closest('[role], [aria-live]') === null, 'the countdown is not live').to.equal(true);
      await expect(el).to.be.accessible();

      const live = [alert, $(el, '[part="status"]')!];
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      for (const region of live) observer.observe(region, { subtree: true, childList: true, characterData: true });
      const realNow = Date.now;
      try {
        Date.now = () => realNow() + 5_000;
        await waitUntil(() => /in 25 seconds/.test(seen()), 'the countdown never moves on by five seconds', { timeout: 3000 });
        expect(seen()).to.equal('Please wait: you can try again in 25 seconds.');
        expect(changes, 'nothing is announced while it counts').to.deep.equal([]);
        expect(partText(el, 'error')).to.equal(announced);

        Date.now = () => realNow() + 31_000;
        await waitUntil(() => !$(el, '#wait'), 'the countdown never ends', { timeout: 3000 });
        await el.updateComplete;
      } finally {
        Date.now = realNow;
        observer.disconnect();
      }
      expect(partText(el, 'error'), 'the refusal is over').to.equal('');
      expect(partText(el, 'status'), 'said once').to.equal('You can try again now.');
      expect($(el, '#send')!.getAttribute('aria-disabled')).to.equal('false');
      expect(($(el, '#number') as HTMLInputElement).value).to.equal('+44 7400 123456');
    } finally {
      clock.restore();
    }
    await expect(el).to.be.accessible();
    await s.controlCall('POST', '/clock', { advanceSeconds: 31 });
    await send(el);
    expect(el.step).to.equal('awaiting-code');
  });

  it('back at the number (by "Change number", or Cancel then Change), waits for a new code before Send, and says how long', async () => {
    const { el, s } = await mount('ben');
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');
    await send(el);
    // The page's clock stopped once the code is sent: the wait for a new one moves on as the test
    // moves the clock, not by the seconds a slow browser takes to type.
    const clock = stopClock();
    try {
      const sent = (await s.controlCall<unknown[]>('GET', '/outbox?userId=ben')).length;
      $(el, '#change-number')!.click();
      await el.updateComplete;
      // Another number: the last digit changed.
      await sendKeys({ press: 'Backspace' });
      await typeKeys('9');
      await el.updateComplete;
      const countdown = () => $(el, '#countdown')?.textContent?.trim() ?? '';
      expect(countdown()).to.match(/^You can ask for a new code in (29|30) seconds\.$/);
      expect($(el, '#countdown')!.getAttribute('part')).to.equal('countdown');
      expect($(el, '#send')!.getAttribute('aria-disabled')).to.equal('true');
      expect(describedText($(el, '#send')!), 'the unavailable Send says why').to.equal(countdown());
      await expect(el).to.be.accessible();
      // Enter sends nothing while the wait runs: no refusal, no request, the number kept.
      await sendKeys({ press: 'Enter' });
      await aTimeout(200);
      expect(el.step).to.equal('editing');
      expect(partText(el, 'error')).to.equal('');
      expect((await s.controlCall<unknown[]>('GET', '/outbox?userId=ben')).length, 'no code sent').to.equal(sent);
      expect(($(el, '#number') as HTMLInputElement).value).to.equal('+44 7400 123459');

      // Cancel, then Change: the wait is the phone's, and still runs.
      $(el, '#cancel')!.click();
      await el.updateComplete;
      await startEditing(el);
      await typeNumber(el, '+44 7400 123459');
      expect(countdown()).to.match(/^You can ask for a new code in \d+ seconds\.$/);
      expect($(el, '#send')!.getAttribute('aria-disabled')).to.equal('true');

      await s.controlCall('POST', '/clock', { advanceSeconds: 31 });
      await withClockAhead(31_000, async () => {
        await waitUntil(() => !$(el, '#countdown'), 'the wait never ends', { timeout: 3000 });
        await el.updateComplete;
      });
      expect(partText(el, 'status'), 'said once it is over').to.equal('You can ask for a new code now.');
      expect($(el, '#send')!.getAttribute('aria-disabled')).to.equal('false');
      await send(el);
      expect(el.step).to.equal('awaiting-code');
      expect((await s.controlCall<unknown[]>('GET', '/outbox?userId=ben')).length, 'the new code is sent').to.equal(sent + 1);
    } finally {
      clock.restore();
    }
  });

  it('tells the host about re-authentication, keeps the input, and carries on after retry(), saying the code went to the number typed, not the number masked', async () => {
    const { el, s } = await mount('ben');
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');
    await s.controlCall('POST', '/clock', { advanceSeconds: 901 });
    const host = stepUpByHost(el);
    await send(el);
    expect(el.step).to.equal('editing');
    expect(partText(el, 'status')).to.equal('Waiting for you to confirm your sign-in…');
    expect(partText(el, 'error')).to.equal('');
    expect(($(el, '#number') as HTMLInputElement).value).to.equal('+44 7400 123456');
    await expect(el).to.be.accessible();
    await s.controlCall('POST', '/reauth', { userId: 'ben' });
    host.retry();
    await waitUntil(() => el.step === 'awaiting-code', 'the retried send lands', { timeout: 5000 });
    await el.updateComplete;
    expect(partText(el, 'sent-to'), 'as without a sign-in').to.equal('We sent a text message with a code to +44 7400 123456.');
    expect(partText(el, 'status'), 'announced so too').to.match(/^We sent a text message with a code to \+44 7400 123456\./);
  });

  it('sends again, once, when a button is pressed again while the host re-authenticates: the input kept, the earlier retry() then doing nothing', async () => {
    // Each request the element makes to the reference's phones, counted as the browser sends it.
    const fetch = window.fetch;
    let requests = 0;
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('/phones/')) requests++;
      return fetch(input, init);
    };
    /** The host takes each re-authentication on and never answers: its retry() functions, kept. */
    const steppingUp = (el: MfaPhoneEditor) => {
      const retries: (() => void)[] = [];
      el.addEventListener('mfa-reauth-required', (e) => {
        e.preventDefault();
        retries.push(e.detail.retry);
      });
      return retries;
    };
    try {
      // Send code: refused for a fresh sign-in, the host never answers; pressed again, it goes again.
      const { el, s } = await mount('ben');
      const retries = steppingUp(el);
      await startEditing(el);
      await typeNumber(el, '+44 7400 123456');
      await s.controlCall('POST', '/age-sign-in');
      await send(el);
      await send(el);
      expect([requests, retries.length], 'each press sends once, each refusal asks the host').to.deep.equal([2, 2]);
      expect(el.step).to.equal('editing');
      expect(($(el, '#number') as HTMLInputElement).value, 'the number kept').to.equal('+44 7400 123456');
      await s.controlCall('POST', '/reauth');
      await send(el);
      expect(el.step).to.equal('awaiting-code');
      expect([requests, (await s.controlCall<unknown[]>('GET', '/outbox?userId=ben')).length], 'signed in again: one request, one code').to.deep.equal([3, 1]);
      for (const retry of retries) retry();
      expect(requests, "the earlier events' retry() sends nothing").to.equal(3);

      // Verify: the same, the code kept.
      const code = await latestCode(s, 'ben');
      await s.controlCall('POST', '/age-sign-in');
      await typeCode(el, code);
      await waitUntil(() => retries.length === 3, 'the check of the code asks for a fresh sign-in');
      await el.updateComplete;
      expect(el.step).to.equal('awaiting-code');
      expect(codeInput(el).value, 'the code kept').to.equal(code);
      $(el, '#verify')!.click();
      await waitUntil(() => retries.length === 4, 'Verify, pressed again, sends the code again');
      await el.updateComplete;
      expect(requests).to.equal(5);
      await s.controlCall('POST', '/reauth');
      $(el, '#verify')!.click();
      await waitUntil(() => el.step === 'saved', 'the code is checked once signed in again', { timeout: 5000 });
      for (const retry of retries) retry();
      expect(requests).to.equal(6);

      // Remove (Adele's office phone, which her default method does not use): the same.
      const office = await mount('adele', 'office');
      const removals = steppingUp(office.el);
      requests = 0;
      await office.s.controlCall('POST', '/age-sign-in');
      $(office.el, '#remove')!.click();
      await office.el.updateComplete;
      $(office.el, '#remove-yes')!.click();
      await waitUntil(() => removals.length === 1, 'the removal asks for a fresh sign-in');
      await office.el.updateComplete;
      expect(office.el.step).to.equal('remove-confirm');
      $(office.el, '#remove-yes')!.click();
      await waitUntil(() => removals.length === 2, 'Remove, pressed again, sends it again');
      expect(requests).to.equal(2);
      await office.s.controlCall('POST', '/reauth');
      $(office.el, '#remove-yes')!.click();
      await waitUntil(() => office.el.step === 'viewing', 'removed once signed in again', { timeout: 5000 });
      for (const retry of removals) retry();
      expect(requests).to.equal(3);
      // The settings are read again after the removal: the number goes once they are.
      await waitUntil(() => partText(office.el, 'current') === 'No phone number is set up.', 'the office phone is gone');
    } finally {
      window.fetch = fetch;
    }
  });

  it('a late retry() from the host, once the user asked for a new code meanwhile, checks no old code', async () => {
    // Each code the element sends to be checked, counted as the browser sends it.
    const fetch = window.fetch;
    const checked: string[] = [];
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).endsWith('/confirm')) checked.push(String(init?.body ?? ''));
      return fetch(input, init);
    };
    try {
      const { el, s, right: first } = await codeSentToBen();
      let retry: (() => void) | undefined;
      el.addEventListener('mfa-reauth-required', (e) => {
        e.preventDefault();
        retry = e.detail.retry;
      });
      // The code is checked on a sign-in too old: the host steps the user up, the code kept.
      await s.controlCall('POST', '/age-sign-in');
      await typeCode(el, first);
      await waitUntil(() => retry !== undefined, 'the check of the code asks for a fresh sign-in');
      expect(checked).to.have.length(1);
      // Signed in again, the user asks for a new code before the host's retry() comes.
      await s.controlCall('POST', '/reauth');
      await s.controlCall('POST', '/clock', { advanceSeconds: 31 });
      await withClockAhead(31_000, resendNow(el));
      // The step was the code's already: wait for the new code to be sent and shown.
      let second = first;
      for (let i = 0; i < 50 && second === first; i++) {
        await aTimeout(100);
        second = await latestCode(s, 'ben');
      }
      expect(second, 'a new code is sent').not.to.equal(first);
      await waitUntil(() => codeInput(el).value === '', 'the new code is shown', { timeout: 5000 });
      await el.updateComplete;
      expect(codeInput(el).value, 'a new code starts an empty field').to.equal('');
      retry!();
      await aTimeout(300);
      await el.updateComplete;
      // The old code is not sent for the new one: no try spent, no "wrong code" said.
      expect(checked, 'the retry() sent nothing').to.have.length(1);
      expect(el.step).to.equal('awaiting-code');
      expect(partText(el, 'error')).to.equal('');
      expect(codeInput(el).error ?? '').to.equal('');
      await typeCode(el, second);
      await waitUntil(() => el.step === 'saved', 'the new code is confirmed', { timeout: 5000 });
    } finally {
      window.fetch = fetch;
    }
  });

  /**
   * "Send a new code" refused for a fresh sign-in, the host stepping the user up and holding its
   * retry(): the editor, the resends the browser sends, and the host's retry().
   */
  async function resendAwaitingReauth() {
    const fetch = window.fetch;
    const resends: string[] = [];
    window.fetch = (input, init) => {
      if (String(input instanceof Request ? input.url : input).endsWith('/resend')) resends.push(String(init?.body ?? ''));
      return fetch(input, init);
    };
    const sent = await codeSentToBen();
    const host = stepUpByHost(sent.el);
    await sent.s.controlCall('POST', '/age-sign-in');
    await sent.s.controlCall('POST', '/clock', { advanceSeconds: 31 });
    await withClockAhead(31_000, async () => {
      sent.el.requestUpdate();
      await sent.el.updateComplete;
      $(sent.el, '#resend')!.click();
      await waitUntil(host.asked, 'the new code asks for a fresh sign-in', { timeout: 5000 });
    });
    await sent.el.updateComplete;
    expect(resends, 'one new code asked for').to.have.length(1);
    return { ...sent, host, resends, restore: () => (window.fetch = fetch) };
  }

  it('a late retry() of "Send a new code", once the user has checked the code meanwhile, sends nothing and says nothing', async () => {
    const { el, s, right, host, resends, restore } = await resendAwaitingReauth();
    try {
      // Signed in again, the user checks the code they already had before the host's retry() comes.
      await s.controlCall('POST', '/reauth');
      await typeCode(el, right);
      await waitUntil(() => el.step === 'saved', 'the code is confirmed', { timeout: 5000 });
      await el.updateComplete;
      const status = partText(el, 'status');
      const codes = (await s.controlCall<unknown[]>('GET', '/outbox?userId=ben')).length;
      host.retry();
      await aTimeout(300);
      await el.updateComplete;
      // No new code for a number saved already: no request, no text message, nothing said or shown.
      expect(resends, 'the retry() sent nothing').to.have.length(1);
      expect((await s.controlCall<unknown[]>('GET', '/outbox?userId=ben')).length, 'no code sent').to.equal(codes);
      expect(el.step).to.equal('saved');
      expect(partText(el, 'error')).to.equal('');
      expect(partText(el, 'status')).to.equal(status);
    } finally {
      restore();
    }
  });

  it('a late retry() of "Send a new code", once the user has cancelled meanwhile, sends nothing and says nothing', async () => {
    const { el, host, resends, restore } = await resendAwaitingReauth();
    try {
      $(el, '#cancel')!.click();
      await el.updateComplete;
      expect(el.step).to.equal('viewing');
      const status = partText(el, 'status');
      host.retry();
      await aTimeout(300);
      await el.updateComplete;
      expect(resends, 'the retry() sent nothing').to.have.length(1);
      expect(el.step).to.equal('viewing');
      expect(partText(el, 'error')).to.equal('');
      expect(partText(el, 'status')).to.equal(status);
    } finally {
      restore();
    }
  });

  for (const right of [true, false]) {
    it(`a retry() of "Send a new code" while the code typed meanwhile is checked sends nothing: ${right ? 'the number is saved' : 'the code is refused and kept'}`, async () => {
      const sent = await resendAwaitingReauth();
      const { el, s, host, resends, restore } = sent;
      const code = right ? sent.right : sent.wrong;
      // The check of the code is held until the host's retry() has come.
      const fetch = window.fetch;
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      window.fetch = async (input, init) => {
        if (String(input instanceof Request ? input.url : input).endsWith('/confirm')) await held;
        return fetch(input, init);
      };
      try {
        // Signed in again, the user checks the code they already had; the host's retry() comes meanwhile.
        await s.controlCall('POST', '/reauth');
        const codes = (await s.controlCall<unknown[]>('GET', '/outbox?userId=ben')).length;
        await typeCode(el, code);
        await waitUntil(() => el.step === 'confirming', 'the code is being checked');
        host.retry();
        await aTimeout(300);
        release();
        if (right) await waitUntil(() => el.step === 'saved', 'the code is confirmed', { timeout: 5000 });
        else await waitUntil(() => codeInput(el).error, 'the code is refused', { timeout: 5000 });
        await aTimeout(300);
        await el.updateComplete;
        // No new code: no request, no text message, nothing that replaces the code checked.
        expect(resends, 'the retry() sent nothing').to.have.length(1);
        expect((await s.controlCall<unknown[]>('GET', '/outbox?userId=ben')).length, 'no code sent').to.equal(codes);
        expect(partText(el, 'error')).to.equal('');
        if (right) {
          expect(el.step).to.equal('saved');
        } else {
          expect(el.step).to.equal('awaiting-code');
          expect(codeInput(el).error).to.equal('That code is not right. You have 4 more tries.');
          expect(codeInput(el).value, 'the code is kept').to.equal(code);
        }
      } finally {
        window.fetch = fetch;
        restore();
      }
    });
  }

  it('waits for a new code on its way before checking a code: the old one would be refused for it, and the new one lost', async () => {
    const { el, s, right: first } = await codeSentToBen();
    // The new code's request is held in the browser; each code sent to be checked is counted.
    const fetch = window.fetch;
    const checked: string[] = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    window.fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.endsWith('/confirm')) checked.push(String(init?.body ?? ''));
      if (url.endsWith('/resend')) await held;
      return fetch(input, init);
    };
    try {
      await s.controlCall('POST', '/clock', { advanceSeconds: 31 });
      await withClockAhead(31_000, async () => {
        el.requestUpdate();
        await el.updateComplete;
        $(el, '#resend')!.click();
        await el.updateComplete;
        expect($(el, '#resend')!.textContent!.trim()).to.equal(en.phoneEditorSending);
        // The code that came first, typed meanwhile (the field sends it by itself once full), then Enter.
        await typeCode(el, first);
        await sendKeys({ press: 'Enter' });
        await aTimeout(300);
        await el.updateComplete;
        expect(checked, 'no code checked while a new one is on its way').to.deep.equal([]);
        expect(el.step).to.equal('awaiting-code');
        expect($(el, '#verify')!.getAttribute('aria-disabled'), 'Verify says it is unavailable').to.equal('true');
        await expect(el).to.be.accessible();
        release();
        await waitUntil(() => codeInput(el).value === '', 'the new code is shown, its field empty', { timeout: 5000 });
        await el.updateComplete;
        expect($(el, '#verify')!.getAttribute('aria-disabled')).to.equal('false');
      });
      const second = await latestCode(s, 'ben');
      expect(second, 'a new code was sent').not.to.equal(first);
      await typeCode(el, second);
      await waitUntil(() => el.step === 'saved', 'the new code is confirmed', { timeout: 5000 });
      expect(checked, 'the new code alone was checked').to.have.length(1);
    } finally {
      window.fetch = fetch;
    }
  });

  it('shows a server error and keeps the input', async () => {
    const { el, s } = await mount('ben');
    await startEditing(el);
    await typeNumber(el, '+44 7400 123456');
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', operations: ['startPhoneVerification'] }] });
    await send(el);
    expect(el.step).to.equal('editing');
    expect(partText(el, 'error')).to.equal('The code may not have been sent. Something went wrong on the server. Try again later.');
    expect(($(el, '#number') as HTMLInputElement).value).to.equal('+44 7400 123456');
  });

  it('says what failed, then why: a code not sent or not sent again (English, Chinese); not the check of a code', async () => {
    for (const [locale, notSent, why] of [
      ['en', 'The code may not have been sent.', 'Something went wrong on the server. Try again later.'],
      ['zh-CN', '验证码可能未发送。', '服务器出现问题。请稍后重试。'],
    ] as const) {
      const { el, s } = await mount('ben', 'mobile', locale);
      const said = saidIn(el);
      await startEditing(el);
      await typeNumber(el, '+44 7400 123456');
      await s.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 1, operations: ['startPhoneVerification'] }] });
      await send(el);
      // Chinese runs one sentence into the next, without a space.
      const sentence = `${notSent}${locale === 'en' ? ' ' : ''}${why}`;
      expect(partText(el, 'error'), `${locale}: the send`).to.equal(sentence);
      expect(said.texts, `${locale}: announced as shown`).to.include(sentence);
      await expect(el).to.be.accessible();
      await send(el);
      expect(el.step, `${locale}: sent the second time`).to.equal('awaiting-code');
      expect(partText(el, 'error')).to.equal('');

      // A new code refused, once the wait between codes is over.
      await s.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 1, operations: ['resendPhoneVerification'] }] });
      await s.controlCall('POST', '/clock', { advanceSeconds: 31 });
      await withClockAhead(31_000, async () => {
        el.requestUpdate();
        await el.updateComplete;
        $(el, '#resend')!.click();
        await waitUntil(() => partText(el, 'error') !== '', 'the refusal arrives', { timeout: 5000 });
      });
      expect(partText(el, 'error'), `${locale}: the new code`).to.equal(sentence);
      await expect(el).to.be.accessible();

      // The check of a code refused: no code was to be sent, so nothing is said of one.
      await s.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 1, operations: ['confirmPhoneVerification'] }] });
      await retypeCode(el, await latestCode(s, 'ben'));
      await waitUntil(() => ![sentence, ''].includes(partText(el, 'error')), 'the refusal arrives', { timeout: 5000 });
      expect(partText(el, 'error'), `${locale}: the check`).to.equal(why);
      said.stop();
    }
  });

  it('says up front that the default method uses the phone: no Remove to confirm, only Cancel, said once', async () => {
    const { el, s } = await mount('adele');
    const heard: string[] = [];
    for (const type of ['mfa-phone-remove', 'mfa-error']) el.addEventListener(type, () => heard.push(type));
    const why = en.phoneEditorBacksDefault;
    const shown = (e: Element | null) => !!e && e.getClientRects().length > 0;
    $(el, '#remove')!.click();
    await el.updateComplete;
    expect(el.step).to.equal('remove-confirm');
    // Where the question was, the reason it cannot be removed; nothing to confirm.
    expect(textOf($(el, '#remove-question'))).to.equal(why);
    expect(shown($(el, '#remove-yes')), 'no Remove to confirm').to.equal(false);
    expect(el.shadowRoot!.activeElement?.id, 'focus on Cancel, the way back').to.equal('remove-cancel');
    // Read as the focus goes to Cancel: the name of the group it is in.
    const cancel = $(el, '#remove-cancel')!;
    expect(accessibleName(cancel)).to.equal('Cancel');
    expect(accessibleName(cancel.closest('[role="group"]')!)).to.equal(why);
    expect(partText(el, 'error'), 'not said twice').to.equal('');
    expect(textOf($(el, '[part="base"]')).split(why).length - 1, 'shown once').to.equal(1);
    await expect(el).to.be.accessible();
    await settle();
    expect(heard, 'nothing sent to be refused').to.deep.equal([]);

    // Another default saved (elsewhere on the page, say): Remove is offered again, and removes.
    await (await s.clientFor('adele')).setDefaultMethod('call-office');
    el.closest('mfa-provider')!.refresh();
    await waitUntil(() => shown($(el, '#remove-yes')), 'Remove is offered again', { timeout: 5000 });
    expect(textOf($(el, '#remove-question'))).to.equal('Remove +1 ending in 67? Sign-in codes will no longer go to it.');
    expect(partText(el, 'error')).to.equal('');
    await expect(el).to.be.accessible();
    $(el, '#remove-yes')!.click();
    await waitUntil(() => heard.includes('mfa-phone-remove'), 'the phone is removed', { timeout: 5000 });
  });

  it('says the endpoint refusing to remove the phone the default method uses, once, when the summary was out of date', async () => {
    // The summary loads with the office phone's call as the default…
    const { el, s } = await mount('adele', 'mobile', 'en', async (sandbox) => (await sandbox.clientFor('adele')).setDefaultMethod('call-office'));
    const client = await s.clientFor('adele');
    const provider = el.closest('mfa-provider')!;
    const why = en.phoneEditorBacksDefault;
    const shown = (e: Element | null) => !!e && e.getClientRects().length > 0;
    const question = 'Remove +1 ending in 67? Sign-in codes will no longer go to it.';
    // …then the text to this phone is chosen again elsewhere, unknown to the page: the summary is out of date.
    await client.setDefaultMethod('text-mobile');
    $(el, '#remove')!.click();
    await el.updateComplete;
    expect(textOf($(el, '#remove-question'))).to.equal(question);
    $(el, '#remove-yes')!.click();
    // The refusal shows the summary was out of date: the provider has every element load again, and
    // the confirmation says why now, the alert no more.
    await waitUntil(() => textOf($(el, '#remove-question')) === why, 'the confirmation says why', { timeout: 5000 });
    expect(partText(el, 'error')).to.equal('');
    expect(textOf($(el, '[part="base"]')).split(why).length - 1, 'said once').to.equal(1);
    expect(shown($(el, '#remove-yes')), 'Remove is not offered again').to.equal(false);
    expect(el.shadowRoot!.activeElement?.id).to.equal('remove-cancel');
    expect(partText(el, 'current')).to.equal('+1 ••• ••• ••67');
    await expect(el).to.be.accessible();

    // Another default saved: Remove is offered again, with nothing said of the refusal before.
    await client.setDefaultMethod('call-office');
    provider.refresh();
    await waitUntil(() => shown($(el, '#remove-yes')), 'Remove is offered again', { timeout: 5000 });
    expect(textOf($(el, '#remove-question'))).to.equal(question);
    expect(partText(el, 'error'), 'the refusal is not said any more').to.equal('');
  });

  it('offers Remove again when another default was saved after the refusal', async () => {
    // The summary loads with the office phone's call as the default…
    const { el, s } = await mount('adele', 'mobile', 'en', async (sandbox) => (await sandbox.clientFor('adele')).setDefaultMethod('call-office'));
    const client = await s.clientFor('adele');
    const provider = el.closest('mfa-provider')!;
    const shown = (e: Element | null) => !!e && e.getClientRects().length > 0;
    await client.setDefaultMethod('text-mobile');
    $(el, '#remove')!.click();
    await el.updateComplete;
    $(el, '#remove-yes')!.click();
    await waitUntil(() => textOf($(el, '#remove-question')) === en.phoneEditorBacksDefault, 'the refusal arrives', { timeout: 5000 });
    // The default moves away again before the page hears of it: Remove is offered again.
    await client.setDefaultMethod('call-office');
    provider.refresh();
    await waitUntil(() => shown($(el, '#remove-yes')), 'Remove is offered again', { timeout: 5000 });
    expect(partText(el, 'error'), 'the refusal is not said any more').to.equal('');
    expect(textOf($(el, '#remove-question'))).to.equal('Remove +1 ending in 67? Sign-in codes will no longer go to it.');
  });

  it('asks before removing with focus on Cancel: Enter twice removes nothing, Escape goes back', async () => {
    const { el } = await mount('adele', 'office');
    const removed: unknown[] = [];
    el.addEventListener('mfa-phone-remove', (e) => removed.push(e.detail));
    const remove = $(el, '#remove')!;
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.step).to.equal('remove-confirm');
    expect(el.shadowRoot!.activeElement, 'focus is on the safe choice').to.equal($(el, '#remove-cancel'));
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.step).to.equal('viewing');
    expect(el.shadowRoot!.activeElement, 'back to Remove').to.equal($(el, '#remove'));

    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.step).to.equal('remove-confirm');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.step, 'Escape leaves the confirmation').to.equal('viewing');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#remove'));
    await settle();
    expect(removed).to.deep.equal([]);
    expect(partText(el, 'current')).to.equal('+1 ••• ••• ••00 · Extension 4321');

    // Removing is a step back to the Remove button beside Cancel.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await pressShiftTab();
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#remove-yes'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => removed.length === 1, 'the phone is removed', { timeout: 5000 });
  });

  it('takes a phone removed elsewhere (404) as removed: it is gone, as the user asked', async () => {
    const { el, s } = await mount('adele', 'office');
    const removed: unknown[] = [];
    el.addEventListener('mfa-phone-remove', (e) => removed.push(e.detail));
    await (await s.clientFor('adele')).deletePhone('office');
    $(el, '#remove')!.click();
    await el.updateComplete;
    $(el, '#remove-yes')!.click();
    await waitUntil(() => removed.length === 1, 'the phone is taken as removed', { timeout: 5000 });
    expect(removed).to.deep.equal([{ slot: 'office' }]);
    await waitUntil(() => textOf($(el, '.success')) === 'The phone number was removed.', 'it says so');
    expect($(el, '[role="alert"]')?.textContent?.trim() ?? '', 'no error').to.equal('');
    expect(el.step).to.equal('viewing');
  });

  it('keeps only the number left to right in a right-to-left locale, not the word for its extension', async () => {
    const { el } = await mount('adele', 'office', 'ar');
    const current = $(el, '[part~="current"]')!;
    const [number, extension] = [...current.querySelectorAll(':scope > span')];
    expect(textOf(number)).to.equal('+1 ••• ••• ••00');
    expect(getComputedStyle(number!).direction).to.equal('ltr');
    expect(extension!.textContent).to.contain('4321');
    expect(getComputedStyle(extension!).direction, 'the words around the extension follow the page').to.equal('rtl');
  });

  it('removes the office phone after confirmation and fires mfa-phone-remove', async () => {
    const { el } = await mount('adele', 'office');
    expect(partText(el, 'current')).to.equal('+1 ••• ••• ••00 · Extension 4321');
    const removed: unknown[] = [];
    el.addEventListener('mfa-phone-remove', (e) => removed.push(e.detail));
    $(el, '#remove')!.click();
    await el.updateComplete;
    $(el, '#remove-yes')!.click();
    await waitUntil(() => removed.length === 1, 'the phone is removed', { timeout: 5000 });
    expect(removed[0]).to.deep.equal({ slot: 'office' });
    await waitUntil(() => partText(el, 'current') === 'No phone number is set up.', 'the summary reloads');
  });

  it('shows the removed phone gone at once, with Add and no Remove, while the settings are read again', async () => {
    const { el } = await mount('adele', 'office');
    // The settings read again after the removal are held: what the user sees until they come.
    const fetch = window.fetch;
    let removed = false;
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    window.fetch = async (input, init) => {
      const url = String(input instanceof Request ? input.url : input);
      if (removed && url.endsWith('/settings')) await held;
      const answer = await fetch(input, init);
      if (url.includes('/phones/')) removed = true;
      return answer;
    };
    try {
      $(el, '#remove')!.click();
      await el.updateComplete;
      $(el, '#remove-yes')!.click();
      await waitUntil(() => textOf($(el, '.success')) === 'The phone number was removed.', 'the removal is answered', {
        timeout: 5000,
      });
      expect(el.step).to.equal('viewing');
      expect(partText(el, 'current')).to.equal('No phone number is set up.');
      expect($(el, '#remove'), 'no Remove for a phone that is gone').to.equal(null);
      expect($(el, '#edit')?.textContent?.trim()).to.equal('Add');
    } finally {
      release();
      window.fetch = fetch;
    }
    await waitUntil(() => partText(el, 'current') === 'No phone number is set up.', 'still so once the settings are read');
  });

  it('starts editing with the default channel chosen, and the user can still choose the other', async () => {
    const s = await newSandbox();
    const { token, csrfToken } = await s.signIn('ben');
    const provider = await fixture(html`
      <mfa-provider locale="en" endpoint=${s.endpoint} .headers=${() => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken })}>
        <mfa-phone-editor phone-slot="mobile" default-channel="call"></mfa-phone-editor>
      </mfa-provider>
    `);
    const el = provider.querySelector('mfa-phone-editor')!;
    await waitUntil(() => $(el, '#edit'), 'the summary loads', { timeout: 5000 });
    await startEditing(el);
    const checked = () => el.shadowRoot!.querySelector<HTMLInputElement>('input[name="channel"]:checked')?.value;
    expect(checked()).to.equal('call');
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="channel"][value="text"]')!.click();
    await el.updateComplete;
    expect(checked()).to.equal('text');
    // A landline is fine for a call, the channel chosen: sent as a call.
    await typeNumber(el, '+442079460958');
    el.shadowRoot!.querySelector<HTMLInputElement>('input[name="channel"][value="call"]')!.click();
    await el.updateComplete;
    await send(el);
    expect(el.step).to.equal('awaiting-code');
    const outbox = await s.controlCall<{ channel: string }[]>('GET', '/outbox?userId=ben');
    expect(outbox[outbox.length - 1]!.channel).to.equal('call');
  });

  it('with no-title, leaves the slot\'s name to the page, and its buttons are described by the number', async () => {
    const s = await newSandbox();
    const { token, csrfToken } = await s.signIn('adele');
    const provider = await fixture(html`
      <mfa-provider locale="en" endpoint=${s.endpoint} .headers=${() => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken })}>
        <h4 id="page-heading">Authentication phone</h4>
        <mfa-phone-editor phone-slot="mobile" no-title></mfa-phone-editor>
      </mfa-provider>
    `);
    const el = provider.querySelector('mfa-phone-editor')!;
    await waitUntil(() => $(el, '#edit'), 'the summary loads', { timeout: 5000 });
    expect(partText(el, 'title'), 'the slot\'s name is shown').to.equal('');
    expect(el.shadowRoot!.textContent).not.to.contain('Authentication phone');
    expect($(el, '[part~="base"]')!.hasAttribute('aria-labelledby')).to.equal(false);
    expect($(el, '#edit')!.getAttribute('aria-describedby')).to.equal('current');
    expect($(el, '#remove')!.getAttribute('aria-describedby')).to.equal('current');
    await expect(el).to.be.accessible();
    await startEditing(el);
    expect(el.shadowRoot!.textContent).not.to.contain('Authentication phone');
    await expect(el).to.be.accessible();
  });

  it('office: an extension (digits only), calls only', async () => {
    const { el, s } = await mount('ben', 'office');
    await startEditing(el);
    expect($(el, 'input[name="channel"]'), 'no text option').to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain('Office phones take calls only.');
    await typeNumber(el, '+14255550100');
    ($(el, '#extension') as HTMLInputElement).focus();
    await typeKeys('12a');
    await el.updateComplete;
    expect($(el, '#extension-error')!.textContent).to.equal('An extension has digits only, at most 10.');
    $(el, '#send')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement, 'focus moves to the extension').to.equal($(el, '#extension'));
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    await send(el);
    expect(el.step).to.equal('awaiting-code');
    const outbox = await s.controlCall<{ channel: string; to: string }[]>('GET', '/outbox?userId=ben');
    expect(outbox[outbox.length - 1]!.channel).to.equal('call');
    await typeCode(el, await latestCode(s, 'ben'));
    await waitUntil(() => el.step === 'saved', 'saved', { timeout: 5000 });
    await waitUntil(() => partText(el, 'current').endsWith('Extension 12'), 'the extension shows');
  });

  it('office: the longest extension shows whole, also with a reader’s text spacing (WCAG 1.4.12)', async () => {
    const { el } = await mount('ben', 'office');
    await startEditing(el);
    const extension = $(el, '#extension') as HTMLInputElement;
    extension.focus();
    await typeKeys('1234567890');
    await el.updateComplete;
    // The spacing a reader's style sheet may set: every digit stays in view, none scrolled out.
    const spacing = new CSSStyleSheet();
    spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }');
    el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
    expect(extension.value).to.equal('1234567890');
    expect(extension.scrollWidth, 'the last digits are out of view').to.be.at.most(extension.clientWidth);
  });

  it('says the extension’s problem when Enter is pressed in it, not at each keystroke', async () => {
    const { el } = await mount('ben', 'office');
    await startEditing(el);
    await typeNumber(el, '+14255550100');
    const extension = $(el, '#extension') as HTMLInputElement;
    extension.focus();
    const said = saidIn(el);
    try {
      await typeKeys('12a-x');
      await el.updateComplete;
      expect($(el, '#extension-error')!.textContent).to.equal('An extension has digits only, at most 10.');
      expect(said.texts, 'nothing said while typing').to.deep.equal([]);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement, 'focus stays in the extension').to.equal(extension);
      expect(said.texts).to.deep.equal(['An extension has digits only, at most 10.']);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(said.texts, 'said again at the next Enter').to.have.length(2);
      await expect(el).to.be.accessible();
    } finally {
      said.stop();
    }
    expect(el.step).to.equal('editing');
  });

  it('names the country or region a number is too long or too short for: the one chosen, or the one its + gives', async () => {
    const { el } = await mount('ben');
    const number = await startEditing(el);
    expect(($(el, '#country') as HTMLSelectElement).value, 'the locale’s region').to.equal('US');
    // A United Kingdom mobile number as it is written there, with the United States chosen: the
    // message names the country, which is what is wrong.
    await typeNumber(el, '07400 123456');
    expect(partText(el, 'field-error')).to.equal('This number is too long for United States. Check for extra digits.');
    await expect(el).to.be.accessible();
    number.select();
    await typeNumber(el, '+44 7400 12');
    expect(partText(el, 'field-error')).to.equal('This number is too short for United Kingdom. Check for missing digits.');
  });

  it('names the region a number with + belongs to at once when another country is chosen in the list, not the one chosen', async () => {
    const { el } = await mount('ben');
    await startEditing(el);
    await typeNumber(el, '+44 7400 12');
    // On to the country list: the number's problem is shown as the field is left.
    const country = $(el, '#country') as HTMLSelectElement;
    country.focus();
    await el.updateComplete;
    expect(partText(el, 'field-error')).to.equal('This number is too short for United Kingdom. Check for missing digits.');
    country.value = 'DE';
    country.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(partText(el, 'field-error')).to.equal('This number is too short for United Kingdom. Check for missing digits.');
    expect(country.value, 'the list shows the region the + gives, as it does after a keystroke').to.equal('GB');
    expect(($(el, '#number') as HTMLInputElement).value, 'the number kept').to.equal('+44 7400 12');
    // Chosen by the country search, the same.
    ($(el, '#country-search') as HTMLInputElement).focus();
    await typeKeys('Germany');
    await el.updateComplete;
    expect(partText(el, 'field-error')).to.equal('This number is too short for United Kingdom. Check for missing digits.');
    await expect(el).to.be.accessible();
  });

  it('edit() opens nothing where the policy allows no phone in the slot (no Add is shown), and the console says why', async () => {
    const s = await newSandbox();
    const { token, csrfToken } = await s.signIn('erik');
    const provider = await fixture(html`
      <mfa-provider locale="en" endpoint=${s.endpoint} .headers=${() => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken })}>
        <mfa-phone-editor phone-slot="alternate"></mfa-phone-editor>
      </mfa-provider>
    `);
    const el = provider.querySelector('mfa-phone-editor')!;
    await waitUntil(() => partText(el, 'current') === en.phoneEditorNone, 'the summary loads');
    expect($(el, '#edit'), 'no Add: his policy allows no alternate phone').to.equal(null);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      el.edit();
      await el.updateComplete;
      await aTimeout(50);
    } finally {
      console.warn = warn;
    }
    expect(el.step).to.equal('viewing');
    expect($(el, '#number')).to.equal(null);
    expect(partText(el, 'current')).to.equal(en.phoneEditorNone);
    expect(warnings, 'said once, on the console').to.deep.equal([
      'mfa-elements: phone-slot="alternate" is not a phone the policy allows: edit() opens nothing.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows the number’s problem as it is typed, and says it only on leaving the field or sending', async () => {
    const { el } = await mount('ben');
    const number = await startEditing(el);
    number.focus();
    const said = saidIn(el);
    try {
      await typeKeys('42x5');
      await el.updateComplete;
      const problem = 'A phone number has only digits, and + at the start. Remove letters and symbols.';
      expect(partText(el, 'field-error')).to.equal(problem);
      expect($(el, '#number-error')!.closest('[role], [aria-live]') === null, 'the error under the field is not live').to.equal(true);
      await typeKeys('y');
      await el.updateComplete;
      expect(said.texts, 'nothing said while typing').to.deep.equal([]);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(said.texts, 'said on leaving the field').to.deep.equal([problem]);
      number.focus();
      await el.updateComplete;
      expect(said.texts, 'not again on coming back').to.have.length(1);
      await typeKeys('z');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(number);
      expect(said.texts, 'said on sending from the field').to.deep.equal([problem, problem]);
      await expect(el).to.be.accessible();
    } finally {
      said.stop();
    }
  });

  it('office: says the extension it calls, the number and extension kept left to right (English, Chinese)', async () => {
    for (const [locale, said, cancel] of [
      ['en', 'We are calling +1 425 555 0123, extension 4321, with a code.', 'Cancel'],
      ['zh-CN', '我们正在呼叫 +1 425 555 0123 转分机 4321，将通过语音告知验证码。', '取消'],
    ]) {
      const { el } = await mount('ben', 'office', locale);
      await startEditing(el);
      await typeNumber(el, '+14255550123');
      ($(el, '#extension') as HTMLInputElement).focus();
      await typeKeys('4321');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.step === 'awaiting-code', 'the code is sent', { timeout: 5000 });
      await el.updateComplete;
      expect(partText(el, 'sent-to'), locale).to.equal(said);
      expect(partText(el, 'status'), `${locale}: announced`).to.match(new RegExp(`^${said.replace(/[.+]/g, '\\$&')}`));
      const raw = $(el, '[part="sent-to"]')!.textContent!;
      expect(raw, 'each isolated').to.contain('\u2066+1 425 555 0123\u2069').and.contain('\u20664321\u2069');
      expect($(el, '#cancel')?.textContent?.trim(), `${locale}: the code step's Cancel`).to.equal(cancel);
      await expect(el).to.be.accessible();
    }
  });

  it('speaks Simplified Chinese, with country names in Chinese', async () => {
    const { el } = await mount('ben', 'mobile', 'zh-CN');
    expect(partText(el, 'title')).to.equal('身份验证电话');
    expect(partText(el, 'current')).to.equal('尚未设置电话号码。');
    await startEditing(el);
    const country = $(el, '#country') as HTMLSelectElement;
    expect(country.value, 'the region of zh-CN').to.equal('CN');
    expect(country.selectedOptions[0]!.textContent, 'the calling code isolated, left to right').to.equal('中国（\u2066+86\u2069）');
    await typeNumber(el, '138');
    $(el, '#send')!.click();
    await el.updateComplete;
    expect(partText(el, 'field-error'), 'the region named in Chinese').to.equal('对于中国的号码来说，此号码太短。请检查是否缺少数字。');
    await expect(el).to.be.accessible();
  });

  it('lays out right to left and keeps numbers left to right', async () => {
    const { el } = await mount('adele', 'mobile', 'ar');
    expect($(el, '[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle($(el, '[part="current"] .ltr')!).direction).to.equal('ltr');
    await startEditing(el);
    expect(getComputedStyle($(el, '#number')!).direction).to.equal('ltr');
    expect(getComputedStyle($(el, '#number')!).unicodeBidi).to.equal('isolate');
    // A calling code keeps its + before its digits in the list ("(+1)", not "(1+)"): isolated,
    // left to right, whatever the host's words around it.
    const option = ($(el, '#country') as HTMLSelectElement).selectedOptions[0]!;
    expect(option.textContent, 'the host table gives no option of its own: the English one').to.match(/ \(\u2066\+1\u2069\)$/);
    // Typed in the search field, "+44" reads +44, not 44+; a name in the page's language, right to left.
    const search = $(el, '#country-search') as HTMLInputElement;
    search.focus();
    await typeKeys('+44');
    expect(getComputedStyle(search).direction, 'a calling code typed').to.equal('ltr');
    search.value = 'مصر';
    expect(getComputedStyle(search).direction, 'a name in Arabic').to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});

/** The endpoint's answer to a code sent by text to +1 425 555 0123, with its waits in milliseconds from now. */
function textChallenge(challengeId: string, { resendIn, expiresIn }: { resendIn: number; expiresIn: number }): PhoneChallenge {
  const now = Date.now();
  return {
    challengeId,
    slot: 'mobile',
    maskedNumber: '+1 ••• ••• ••23',
    channel: 'text',
    codeLength: 6,
    expiresAt: new Date(now + expiresIn).toISOString(),
    resendAt: new Date(now + resendIn).toISOString(),
  };
}

/**
 * An editor with no phone yet, whose answers the test gives, with `number` typed in; the policy
 * allows texts and calls to the mobile phone, and `allowed` besides.
 */
async function typingWithAnswersHeld(number: string, ...allowed: MethodId[]) {
  const fake = new FakeClient();
  const el = await fixture<MfaPhoneEditor>(html`<mfa-phone-editor .client=${fake.client}></mfa-phone-editor>`);
  fake.last('getSettings').resolve({
    phones: [],
    policy: { allowedMethods: ['text-mobile', 'call-mobile', ...allowed], appPasswordsAllowed: true },
  });
  await waitUntil(() => $(el, '#edit'));
  await startEditing(el);
  await typeNumber(el, number);
  return { fake, el };
}

/** Sends the number typed, and the endpoint answers with a code sent (`c1`): the code step shows. */
async function codeSent(fake: FakeClient, el: MfaPhoneEditor) {
  $(el, '#send')!.click();
  fake.last('startPhoneVerification').resolve(textChallenge('c1', { resendIn: 30_000, expiresIn: 300_000 }));
  await waitUntil(() => el.step === 'awaiting-code', 'the code is sent');
  await el.updateComplete;
}

/** As `codeSent`, and the user types 123456: it is being checked. */
async function sendAndTypeCode(fake: FakeClient, el: MfaPhoneEditor) {
  await codeSent(fake, el);
  await typeCode(el, '123456');
  await waitUntil(() => el.step === 'confirming', 'the code is sent to be checked');
  await el.updateComplete;
}

/** An editor with a mobile phone (+1 ••• ••• ••23), whose answers the test gives. */
async function withPhoneAnswersHeld() {
  const fake = new FakeClient();
  const el = await fixture<MfaPhoneEditor>(html`<mfa-phone-editor .client=${fake.client}></mfa-phone-editor>`);
  fake.last('getSettings').resolve({
    phones: [{ slot: 'mobile', maskedNumber: '+1 ••• ••• ••23', region: 'US' }],
    policy: { allowedMethods: ['text-mobile', 'call-mobile'], appPasswordsAllowed: true },
  });
  await waitUntil(() => $(el, '#remove'));
  return { fake, el };
}

/** As `withPhoneAnswersHeld`, with the removal confirmed and its answer held; `removed`: the events' details. */
/**
 * The host steps the user up when asked (it calls `preventDefault()`): the element waits. `retry()`
 * answers as the host does once the user has signed in again.
 */
function stepUpByHost(el: MfaPhoneEditor): { asked: () => boolean; retry: () => void } {
  let retry: (() => void) | undefined;
  el.addEventListener('mfa-reauth-required', (e) => {
    e.preventDefault();
    retry = e.detail.retry;
  });
  return { asked: () => retry !== undefined, retry: () => retry!() };
}

async function removingWithAnswerHeld() {
  const { fake, el } = await withPhoneAnswersHeld();
  const removed: unknown[] = [];
  el.addEventListener('mfa-phone-remove', (e) => removed.push(e.detail));
  $(el, '#remove')!.click();
  await el.updateComplete;
  $(el, '#remove-yes')!.click();
  await el.updateComplete;
  return { fake, el, removed };
}

describe('<mfa-phone-editor> with answers held back', () => {

  it('says "Send a new code" is unavailable while the code typed is checked, as Verify does, rather than do nothing when pressed', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    $(el, '#send')!.click();
    fake.last('startPhoneVerification').resolve(textChallenge('c1', { resendIn: -1000, expiresIn: 300_000 }));
    await waitUntil(() => el.step === 'awaiting-code', 'the code is sent');
    await el.updateComplete;
    expect($(el, '#resend')!.getAttribute('aria-disabled'), 'a new code may be asked for').to.equal('false');
    await typeCode(el, '123456');
    await waitUntil(() => el.step === 'confirming', 'the code is checked');
    await el.updateComplete;
    expect($(el, '#verify')!.getAttribute('aria-disabled'), 'Verify').to.equal('true');
    expect($(el, '#resend')!.getAttribute('aria-disabled'), 'Send a new code').to.equal('true');
    $(el, '#resend')!.click();
    await el.updateComplete;
    expect(fake.callsOf('resendPhoneVerification'), 'nothing sent').to.have.length(0);
  });

  it('keeps "Send a new code" in the tab order while the wait before another code runs: unavailable, described by the wait; Enter sends nothing until it ends', async () => {
    // The page's clock stopped: the wait says 30 seconds however long the browser takes.
    const clock = stopClock();
    try {
      const { fake, el } = await typingWithAnswersHeld('+14255550123');
      await codeSent(fake, el);
      const resend = $(el, '#resend')!;
      $(el, '#cancel')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, 'Tab reaches it').to.equal(resend);
      expect(resend.getAttribute('aria-disabled')).to.equal('true');
      expect(describedText(resend)).to.equal('You can ask for a new code in 30 seconds.');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(fake.callsOf('resendPhoneVerification'), 'nothing sent').to.have.length(0);
      clock.advance(31_000);
      await waitUntil(() => resend.getAttribute('aria-disabled') === 'false', 'the wait ends', { timeout: 3000 });
      expect(el.shadowRoot!.activeElement, 'the focus stays on it').to.equal(resend);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => fake.callsOf('resendPhoneVerification').length === 1, 'a new code is asked for');
    } finally {
      clock.restore();
    }
  });

  it('a code sent after the user went elsewhere in the page leaves the focus there, and says it is sent', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    $(el, '#send')!.click();
    await el.updateComplete;
    await typingElsewhereAs(async () => {
      fake.last('startPhoneVerification').resolve(textChallenge('c1', { resendIn: 30_000, expiresIn: 300_000 }));
      await waitUntil(() => el.step === 'awaiting-code', 'the code is sent');
      await el.updateComplete;
    });
    expect(partText(el, 'status'), 'said by the status line').to.match(/^We sent a text message with a code to /);
  });

  it('a number saved after the user went elsewhere in the page leaves the focus there', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    await sendAndTypeCode(fake, el);
    await typingElsewhereAs(async () => {
      fake.last('confirmPhoneVerification').resolve({ phone: { slot: 'mobile', maskedNumber: '+1 ••• ••• ••23' } });
      await waitUntil(() => el.step === 'saved', 'the number is saved');
      await el.updateComplete;
    });
    // Said by the status line, as the line shown would have been as it took the focus.
    expect(partText(el, 'status'), 'said').to.equal(textOf($(el, '#saved')));
  });

  it('a number refused by the endpoint after the user went elsewhere in the page is said by the fields’ alert, the focus left there', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    $(el, '#send')!.click();
    await el.updateComplete;
    const said = saidIn(el);
    await typingElsewhereAs(async () => {
      fake.last('startPhoneVerification').reject(
        new MfaError('validation', { operation: 'startPhoneVerification', fieldErrors: [{ field: 'number', reason: 'cannot-receive-text' }] }),
      );
      await waitUntil(() => el.step === 'editing', 'back to the number');
      await el.updateComplete;
    });
    said.stop();
    // Shown under the number field, which is not live: before, nothing said it, as the focus did
    // not go to the field it describes.
    expect(textOf($(el, '#number-error'))).to.equal(en.phoneProblemCannotReceiveText);
    expect(said.texts, 'said once').to.deep.equal([en.phoneProblemCannotReceiveText]);
  });

  it('a removal that lands after the user went elsewhere in the page leaves the focus there, and says the phone is removed', async () => {
    const { fake, el, removed } = await removingWithAnswerHeld();
    await typingElsewhereAs(async () => {
      fake.last('deletePhone').resolve();
      await waitUntil(() => removed.length === 1, 'the removal lands');
      await el.updateComplete;
    });
    expect(partText(el, 'status')).to.equal(en.phoneEditorRemoved);
  });

  it('after removing a phone its policy no longer allows adding, keeps the focus on the line that says none is set up', async () => {
    const fake = new FakeClient();
    const el = await fixture<MfaPhoneEditor>(html`<mfa-phone-editor phone-slot="office" .client=${fake.client}></mfa-phone-editor>`);
    fake.last('getSettings').resolve({
      phones: [{ slot: 'office', maskedNumber: '+1 ••• ••• ••00', region: 'US', extension: '4321' }],
      policy: { allowedMethods: ['text-mobile', 'call-mobile'], appPasswordsAllowed: true },
    });
    await waitUntil(() => $(el, '#remove'));
    expect($(el, '#edit'), 'no Change: office calls are not allowed').to.equal(null);
    $(el, '#remove')!.click();
    await el.updateComplete;
    $(el, '#remove-yes')!.click();
    await el.updateComplete;
    fake.last('deletePhone').resolve();
    await waitUntil(() => el.step === 'viewing', 'the removal lands');
    await el.updateComplete;
    // Before, no Add was there to take the focus, and it went to the page.
    expect(el.shadowRoot!.activeElement?.id, 'the focus').to.equal('current');
    expect(partText(el, 'current')).to.equal(en.phoneEditorNone);
    await expect(el).to.be.accessible();
  });

  it('edit() before the settings are read waits for them: where the policy then allows no phone in the slot, nothing opens, and the console says why', async () => {
    const fake = new FakeClient();
    const el = await fixture<MfaPhoneEditor>(html`<mfa-phone-editor phone-slot="alternate" .client=${fake.client}></mfa-phone-editor>`);
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      el.edit();
      await el.updateComplete;
      expect(el.step, 'nothing opens before the settings are read').to.equal('viewing');
      expect(partText(el, 'current')).to.equal(en.loading);
      fake.last('getSettings').resolve({ phones: [], policy: { allowedMethods: ['text-mobile', 'call-mobile'], appPasswordsAllowed: true } });
      await waitUntil(() => partText(el, 'current') === en.phoneEditorNone, 'the summary shows');
      await aTimeout(50);
    } finally {
      console.warn = warn;
    }
    expect(el.step).to.equal('viewing');
    expect($(el, '#number'), 'no number form').to.equal(null);
    expect($(el, '#edit'), 'no Add either').to.equal(null);
    expect(warnings, 'said once, on the console').to.deep.equal([
      'mfa-elements: phone-slot="alternate" is not a phone the policy allows: edit() opens nothing.',
    ]);
  });

  it('edit() before the settings are read opens the number form once they are, from the current number’s region, the focus in it', async () => {
    const fake = new FakeClient();
    const el = await fixture<MfaPhoneEditor>(html`<mfa-phone-editor default-country="US" .client=${fake.client}></mfa-phone-editor>`);
    el.edit();
    await el.updateComplete;
    expect(el.step).to.equal('viewing');
    fake.last('getSettings').resolve({
      phones: [{ slot: 'mobile', maskedNumber: '+44 •••• ••••56', region: 'GB' }],
      policy: { allowedMethods: ['text-mobile', 'call-mobile'], appPasswordsAllowed: true },
    });
    await waitUntil(() => $(el, '#number'), 'the number form opens', { timeout: 5000 });
    await el.updateComplete;
    expect(el.step).to.equal('editing');
    expect(($(el, '#country') as HTMLSelectElement).value, 'the current number’s region').to.equal('GB');
    expect(el.shadowRoot!.activeElement?.id).to.equal('number');
  });

  it('edit() before the settings are read opens the form once they are, leaving the focus where the user has moved it meanwhile, taking it where it has not moved or was lost', async () => {
    const settings = {
      phones: [{ slot: 'mobile', maskedNumber: '+1 ••• ••• ••23', region: 'US' }],
      policy: { allowedMethods: ['text-mobile', 'call-mobile'], appPasswordsAllowed: true },
    } as const;
    // A page whose host calls edit() with the focus on its own button, before the settings are read.
    const editedFromButton = async () => {
      const fake = new FakeClient();
      const page = await fixture<HTMLDivElement>(html`<div>
        <button id="before">Before</button>
        <mfa-phone-editor default-country="US" .client=${fake.client}></mfa-phone-editor>
        <button id="elsewhere">Elsewhere</button>
      </div>`);
      const editor = page.querySelector<MfaPhoneEditor>('mfa-phone-editor')!;
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      editor.edit();
      await editor.updateComplete;
      return { page, editor, answer: () => fake.last('getSettings').resolve(settings) };
    };
    // The user goes on in the page meanwhile.
    const moved = await editedFromButton();
    moved.page.querySelector<HTMLButtonElement>('#elsewhere')!.focus();
    moved.answer();
    await waitUntil(() => $(moved.editor, '#number'), 'the number form opens');
    await aTimeout(50);
    expect(moved.editor.step).to.equal('editing');
    expect(document.activeElement?.id, 'the focus stays where the user moved it').to.equal('elsewhere');
    // Where the focus has not moved since the call, the form takes it, as when the settings were there.
    const stayed = await editedFromButton();
    stayed.answer();
    await waitUntil(() => stayed.editor.shadowRoot!.activeElement?.id === 'number', 'the number field never took the focus');
    // And where the focus was lost meanwhile: the host took away the button it called edit() from.
    const lost = await editedFromButton();
    lost.page.querySelector('#before')!.remove();
    lost.answer();
    await waitUntil(() => lost.editor.shadowRoot!.activeElement?.id === 'number', 'the number field never took the lost focus');
  });

  it('edit() before the settings are read still opens the form once they are where the document names no focused element', async () => {
    const fake = new FakeClient();
    const el = await fixture<MfaPhoneEditor>(html`<mfa-phone-editor default-country="US" .client=${fake.client}></mfa-phone-editor>`);
    // A document without a body says null (so may a host's test DOM).
    Object.defineProperty(document, 'activeElement', { configurable: true, get: () => null });
    try {
      el.edit();
      await el.updateComplete;
    } finally {
      delete (document as { activeElement?: unknown }).activeElement;
    }
    fake.last('getSettings').resolve({
      phones: [{ slot: 'mobile', maskedNumber: '+1 ••• ••• ••23', region: 'US' }],
      policy: { allowedMethods: ['text-mobile', 'call-mobile'], appPasswordsAllowed: true },
    });
    await waitUntil(() => $(el, '#number'), 'the number form never opened');
    expect(el.step).to.equal('editing');
  });

  it('edit() opens nothing where the settings could not be read, when it was called before or after: Try again shows the summary, with Change', async () => {
    const fake = new FakeClient();
    const el = await fixture<MfaPhoneEditor>(html`<mfa-phone-editor .client=${fake.client}></mfa-phone-editor>`);
    el.edit();
    fake.last('getSettings').reject(new MfaError('server', { operation: 'getSettings', status: 500 }));
    await waitUntil(() => $(el, '[data-load-retry]'), 'Try again shows');
    await aTimeout(50);
    expect(el.step).to.equal('viewing');
    expect($(el, '#number'), 'no number form under the failure').to.equal(null);
    // Called after the failure, the same.
    el.edit();
    await el.updateComplete;
    expect(el.step).to.equal('viewing');
    expect($(el, '[data-load-retry]'), 'Try again stays').to.exist;
    // Read once the user tries again: the summary, not a form the user did not ask for then.
    $(el, '[data-load-retry]')!.click();
    fake.last('getSettings').resolve({
      phones: [{ slot: 'mobile', maskedNumber: '+1 ••• ••• ••23', region: 'US' }],
      policy: { allowedMethods: ['text-mobile', 'call-mobile'], appPasswordsAllowed: true },
    });
    await waitUntil(() => $(el, '#edit'), 'the summary shows');
    await aTimeout(50);
    expect(el.step).to.equal('viewing');
    expect($(el, '#number')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('edit() in form mode asks for nothing: once the host leaves form mode, the summary shows, not a form nobody asked for then', async () => {
    const fake = new FakeClient();
    const el = await fixture<MfaPhoneEditor>(html`<mfa-phone-editor form-field default-country="US" .client=${fake.client}></mfa-phone-editor>`);
    el.edit();
    await el.updateComplete;
    el.removeAttribute('form-field');
    await waitUntil(() => fake.callsOf('getSettings').length, 'the settings are asked for');
    fake.last('getSettings').resolve({
      phones: [{ slot: 'mobile', maskedNumber: '+1 ••• ••• ••23', region: 'US' }],
      policy: { allowedMethods: ['text-mobile', 'call-mobile'], appPasswordsAllowed: true },
    });
    await waitUntil(() => $(el, '#edit') || $(el, '#number'), 'the settings show');
    await aTimeout(50);
    expect(el.step).to.equal('viewing');
    expect($(el, '#number'), 'no number form').to.equal(null);
  });

  it('edit() before the settings are read is ended by a switch of phone-slot: the new phone’s summary shows, not a form for it', async () => {
    const fake = new FakeClient();
    const el = await fixture<MfaPhoneEditor>(html`<mfa-phone-editor default-country="US" .client=${fake.client}></mfa-phone-editor>`);
    el.edit();
    await el.updateComplete;
    el.phoneSlot = 'office';
    await el.updateComplete;
    fake.last('getSettings').resolve({
      phones: [],
      policy: { allowedMethods: ['text-mobile', 'call-mobile', 'call-office'], appPasswordsAllowed: true },
    });
    await waitUntil(() => $(el, '#edit') || $(el, '#number'), 'the settings show');
    await aTimeout(50);
    expect(el.step).to.equal('viewing');
    expect($(el, '#number'), 'no number form').to.equal(null);
    expect(partText(el, 'title')).to.equal(en.slotOffice);
  });

  it('keeps Cancel from leaving while the phone is removed: the answer lands and the page is told', async () => {
    const { fake, el, removed } = await removingWithAnswerHeld();
    expect(el.step).to.equal('removing');
    const cancel = $(el, '#remove-cancel')!;
    expect(cancel.getAttribute('aria-disabled'), 'Cancel is unavailable').to.equal('true');
    await expect(el).to.be.accessible();
    cancel.click();
    await el.updateComplete;
    expect(el.step, 'Cancel does not leave').to.equal('removing');
    expect(fake.last('deletePhone').aborted).to.equal(false);

    fake.last('deletePhone').resolve();
    await waitUntil(() => removed.length === 1, 'the removal lands');
    expect(el.step).to.equal('viewing');
    expect(removed[0]).to.deep.equal({ slot: 'mobile' });
  });

  it('shows the sending state, then the server’s field error on the number', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    $(el, '#send')!.click();
    $(el, '#send')!.click();
    await el.updateComplete;
    expect(fake.callsOf('startPhoneVerification'), 'a double click sends once').to.have.length(1);
    expect($(el, '#send')!.textContent!.trim()).to.equal('Sending…');
    await expect(el).to.be.accessible();
    fake.last('startPhoneVerification').reject(
      new MfaError('validation', {
        operation: 'startPhoneVerification',
        fieldErrors: [{ field: 'number', reason: 'cannot-receive-text' }],
      }),
    );
    await waitUntil(() => el.step === 'editing');
    await el.updateComplete;
    expect(partText(el, 'field-error')).to.equal('This number cannot receive text messages. Use a mobile number, or choose a call.');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#number'));
    expect(($(el, '#number') as HTMLInputElement).value).to.equal('+1 425 555 0123');
    expect(partText(el, 'error'), 'said at the field, not in the alert').to.equal('');
    // Mended by choosing a call: the field's error goes, and the alert does not say it instead.
    ($(el, 'input[name="channel"][value="call"]') as HTMLInputElement).click();
    await el.updateComplete;
    expect(partText(el, 'field-error')).to.equal('');
    expect(partText(el, 'error'), 'no alert of fields no longer marked').to.equal('');
  });

  it('keeps what was typed through a failure, and discards it on Cancel: the form opens again as it first did, the country search empty too', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    const first = ($(el, '#country') as HTMLSelectElement).options.length;
    // The user looks for a country by its calling code, then sends; the send fails.
    ($(el, '#country-search') as HTMLInputElement).focus();
    await typeKeys('+44');
    await el.updateComplete;
    $(el, '#send')!.click();
    fake.last('startPhoneVerification').reject(new MfaError('server', { operation: 'startPhoneVerification', status: 500 }));
    await waitUntil(() => el.step === 'editing' && partText(el, 'error') !== '', 'the failure is said');
    await el.updateComplete;
    expect(($(el, '#number') as HTMLInputElement).value, 'the number kept').to.equal('+1 425 555 0123');
    expect(($(el, '#country-search') as HTMLInputElement).value, 'the search kept').to.equal('+44');
    // Cancel discards it all.
    $(el, '#cancel')!.click();
    await el.updateComplete;
    await startEditing(el);
    expect(($(el, '#number') as HTMLInputElement).value, 'no number').to.equal('');
    expect(($(el, '#country-search') as HTMLInputElement).value, 'no search').to.equal('');
    expect(($(el, '#country') as HTMLSelectElement).options.length, 'every country listed again').to.equal(first);
    expect(partText(el, 'error')).to.equal('');
  });

  it('leaves on Cancel while the number is sent, back to Change or Add; a code sent meanwhile is not asked for', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    $(el, '#send')!.click();
    await el.updateComplete;
    expect($(el, '#send')!.textContent!.trim()).to.equal('Sending…');
    $(el, '#cancel')!.click();
    await el.updateComplete;
    expect(el.step, 'Cancel left the form').to.equal('viewing');
    expect(el.shadowRoot!.activeElement?.id, 'the focus is on Add').to.equal('edit');
    fake.last('startPhoneVerification').resolve(textChallenge('c1', { resendIn: 30_000, expiresIn: 300_000 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(el.step, 'the answer that comes after Cancel asks for no code').to.equal('viewing');
    expect($(el, 'mfa-code-input'), 'no code field').to.equal(null);
    // Add again: the form, not stuck on "Sending…".
    await startEditing(el);
    expect($(el, '#send')!.textContent!.trim()).to.equal('Send code');
  });

  it('says the code may not have been sent only where it may have been; before a refusal (403, 404, 409, a sign-in’s redirect), only what was refused', async () => {
    const op = { operation: 'startPhoneVerification' };
    const unsure = (why: string) => `${en.phoneEditorSendFailed} ${why}`;
    const cases: [MfaError, string][] = [
      // Refused: nothing was sent.
      [new MfaError('forbidden', { ...op, status: 403, reason: 'policy' }), en.errorPolicy],
      [new MfaError('forbidden', { ...op, status: 403, reason: 'csrf' }), en.errorCsrf],
      [new MfaError('forbidden', { ...op, status: 403 }), en.errorForbidden],
      [new MfaError('conflict', { ...op, status: 409, reason: 'idempotency-key-reused' }), en.errorConflict],
      [new MfaError('not-found', { ...op, status: 404 }), en.errorNotFound],
      [new MfaError('unauthenticated', { ...op, status: 401 }), en.errorUnauthenticated],
      // A sign-in in front of the endpoint answered with a redirect (the session has ended there):
      // no status, as no answer has none, but the request went no further.
      [new MfaError('unauthenticated', { ...op, reason: 'redirected' }), en.errorUnauthenticated],
      // No answer, none that could be read, or the server failed on the way (a change it answers
      // 500 to is sent again with the same idempotency key, as it may have been made).
      [new MfaError('timeout', op), unsure(en.errorTimeout)],
      [new MfaError('network', op), unsure(en.errorNetwork)],
      [new MfaError('server', { ...op, status: 200, reason: 'malformed-response' }), unsure(en.errorServer)],
      [new MfaError('server', { ...op, status: 500 }), unsure(en.errorServer)],
      [new MfaError('server', { ...op, status: 504 }), unsure(en.errorServer)],
    ];
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    const said = saidIn(el);
    for (const [error, message] of cases) {
      $(el, '#send')!.click();
      await el.updateComplete;
      fake.last('startPhoneVerification').reject(error);
      await waitUntil(() => el.step === 'editing', error.message);
      await el.updateComplete;
      expect(partText(el, 'error'), error.message).to.equal(message);
      expect(said.texts.at(-1), `${error.message}: announced as shown`).to.equal(message);
      expect(($(el, '#number') as HTMLInputElement).value, 'the number kept').to.equal('+1 425 555 0123');
    }
    // A new code, refused or not answered.
    $(el, '#send')!.click();
    fake.last('startPhoneVerification').resolve(textChallenge('c1', { resendIn: -1000, expiresIn: 300_000 }));
    await waitUntil(() => $(el, '#resend'), 'the code step');
    for (const [error, message] of [
      [new MfaError('forbidden', { operation: 'resendPhoneVerification', status: 403, reason: 'csrf' }), en.errorCsrf],
      [new MfaError('unauthenticated', { operation: 'resendPhoneVerification', reason: 'redirected' }), en.errorUnauthenticated],
      [new MfaError('timeout', { operation: 'resendPhoneVerification' }), unsure(en.errorTimeout)],
    ] as const) {
      const asked = fake.callsOf('resendPhoneVerification').length;
      $(el, '#resend')!.click();
      await waitUntil(() => fake.callsOf('resendPhoneVerification').length > asked, 'a new code is asked for');
      fake.last('resendPhoneVerification').reject(error);
      await waitUntil(() => !$(el, '#resend')!.textContent!.includes(en.phoneEditorSending), error.message);
      await el.updateComplete;
      expect(partText(el, 'error'), error.message).to.equal(message);
      expect(el.step).to.equal('awaiting-code');
    }
  });

  it('shows on the number field that the endpoint sends no code to this kind of number (premium rate, satellite)', async () => {
    const { fake, el } = await typingWithAnswersHeld('+19005550123');
    $(el, '#send')!.click();
    fake.last('startPhoneVerification').reject(
      new MfaError('validation', { operation: 'startPhoneVerification', fieldErrors: [{ field: 'number', reason: 'not-allowed' }] }),
    );
    await waitUntil(() => el.step === 'editing');
    await el.updateComplete;
    expect(partText(el, 'field-error')).to.equal('Codes cannot be sent to this kind of number. Use another number.');
    expect($(el, '#number')!.getAttribute('aria-invalid')).to.equal('true');
    expect(partText(el, 'error'), 'said at the field, not in the alert').to.equal('');
    expect(el.shadowRoot!.activeElement === $(el, '#number'), 'focus on the number').to.equal(true);
    expect(($(el, '#number') as HTMLInputElement).value).to.equal('+1 900 555 0123');
    // Mended by typing another number: the alert does not say "Check the highlighted fields" instead,
    // with none highlighted, and the number is sent.
    ($(el, '#number') as HTMLInputElement).select();
    await typeKeys('+14255550123');
    await el.updateComplete;
    expect($(el, '#number')!.getAttribute('aria-invalid')).to.equal('false');
    expect(partText(el, 'error'), 'no alert of fields no longer marked').to.equal('');
    $(el, '#send')!.click();
    await waitUntil(() => fake.callsOf('startPhoneVerification').length === 2, 'the mended number is sent');
  });

  it('on a number refused by a policy changed since the page loaded: says so and to reload, and keeps the number', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    $(el, '#send')!.click();
    fake.last('startPhoneVerification').reject(new MfaError('forbidden', { operation: 'startPhoneVerification', status: 403, reason: 'policy' }));
    await waitUntil(() => el.step === 'editing');
    await el.updateComplete;
    expect(partText(el, 'error')).to.include(en.errorPolicy);
    expect(($(el, '#number') as HTMLInputElement).value).to.equal('+1 425 555 0123');
    expect(fake.callsOf('getSettings').length, 'the form stays, the user before it').to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('shows on the number field a number the endpoint reads as no number at all (invalid-format)', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    $(el, '#send')!.click();
    fake.last('startPhoneVerification').reject(
      new MfaError('validation', { operation: 'startPhoneVerification', fieldErrors: [{ field: 'number', reason: 'invalid-format' }] }),
    );
    await waitUntil(() => el.step === 'editing');
    await el.updateComplete;
    expect(partText(el, 'field-error')).to.equal('A phone number has only digits, and + at the start. Remove letters and symbols.');
    expect($(el, '#number')!.getAttribute('aria-invalid')).to.equal('true');
    expect(partText(el, 'error'), 'said at the field, not in the alert').to.equal('');
    expect(el.shadowRoot!.activeElement === $(el, '#number'), 'focus on the number').to.equal(true);
  });

  /** A number sent, answered with a code that may be sent again in `resendIn` ms (on the endpoint's clock). */
  async function sentWithResendIn(resendIn: number, expiresIn: number) {
    const held = await typingWithAnswersHeld('+14255550123');
    $(held.el, '#send')!.click();
    held.fake.last('startPhoneVerification').resolve(textChallenge('c1', { resendIn, expiresIn }));
    await waitUntil(() => held.el.step === 'awaiting-code', 'the code is sent');
    await held.el.updateComplete;
    return held;
  }

  it('counts down the wait the hourly limit on codes sets, not saying a new code may be asked for before it ends', async () => {
    // The user's codes of the last hour are at their limit: the next when the oldest is an hour old.
    const { el } = await sentWithResendIn(3_300_000, 300_000);
    expect(partText(el, 'countdown')).to.equal('You can ask for a new code in 55 minutes.');
    const said = saidIn(el);
    try {
      await withClockAhead(121_000, async () => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await el.updateComplete;
        expect(said.texts, 'not said to be over two minutes in').to.not.include('You can ask for a new code now.');
        expect(partText(el, 'countdown')).to.equal('You can ask for a new code in 53 minutes.');
        expect($(el, '#resend')!.getAttribute('aria-disabled')).to.equal('true');
      });
    } finally {
      said.stop();
    }
  });

  it('caps a resend wait far beyond the client clock at an hour, and says a new code may be asked for when it ends', async () => {
    // The server's clock is two hours ahead of this one.
    const { fake, el } = await sentWithResendIn(7_230_000, 7_500_000);
    expect(partText(el, 'countdown')).to.equal('You can ask for a new code in 60 minutes.');
    $(el, '#resend')!.click();
    await el.updateComplete;
    expect(fake.callsOf('resendPhoneVerification'), 'Resend asks for nothing while the wait runs').to.have.length(0);
    const said = saidIn(el);
    try {
      await withClockAhead(3_601_000, async () => {
        await waitUntil(() => said.texts.includes('You can ask for a new code now.'), 'the end of the wait is not said', { timeout: 3000 });
        await el.updateComplete;
        expect($(el, '#resend')!.getAttribute('aria-disabled')).to.equal('false');
        expect(partText(el, 'countdown')).to.equal('');
      });
    } finally {
      said.stop();
    }
  });

  it('does not take the number field leaving with its step for the user leaving it', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    // Sent from the button: the server's problem with the number moves focus back to the field.
    $(el, '#send')!.focus();
    await sendKeys({ press: 'Enter' });
    fake.last('startPhoneVerification').reject(
      new MfaError('validation', {
        operation: 'startPhoneVerification',
        fieldErrors: [{ field: 'number', reason: 'invalid-for-region' }],
      }),
    );
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#number'), 'focus moves to the number');
    await el.updateComplete;
    // Sent again unchanged with Enter, and accepted this time: the code step replaces the focused field.
    const lit = recordLitWarnings();
    const said = saidIn(el);
    try {
      await sendKeys({ press: 'Enter' });
      fake.last('startPhoneVerification').resolve(textChallenge('c2', { resendIn: 30_000, expiresIn: 300_000 }));
      await waitUntil(() => el.step === 'awaiting-code', 'the code is sent');
      await el.updateComplete;
    } finally {
      lit.stop();
      said.stop();
    }
    expect(lit.warnings, 'no update scheduled by the render that took the field away').to.deep.equal([]);
    expect(said.texts.join(' '), 'the number’s old problem is not said').not.to.contain('region');
    // Back to the number: the endpoint took it, so its old refusal is not shown under it.
    $(el, '#change-number')!.click();
    await waitUntil(() => el.step === 'editing', 'back to the number');
    await el.updateComplete;
    expect(($(el, '#number') as HTMLInputElement).value).to.equal('+1 425 555 0123');
    expect(partText(el, 'field-error')).to.equal('');
    expect($(el, '#number')!.getAttribute('aria-invalid')).to.equal('false');
  });

  it('moves focus from a good number to the extension the server refused in one update', async () => {
    const fake = new FakeClient();
    const el = await fixture<MfaPhoneEditor>(html`<mfa-phone-editor phone-slot="office" .client=${fake.client}></mfa-phone-editor>`);
    fake.last('getSettings').resolve({
      phones: [],
      policy: { allowedMethods: ['call-office'], appPasswordsAllowed: true },
    });
    await waitUntil(() => $(el, '#edit'));
    await startEditing(el);
    ($(el, '#extension') as HTMLInputElement).focus();
    await typeKeys('4321');
    await typeNumber(el, '+14255550123');
    await sendKeys({ press: 'Enter' });
    // Focus leaves the number for the extension after the render: the number field's blur has
    // nothing new to show, so it schedules no update of its own.
    const lit = recordLitWarnings();
    try {
      fake.last('startPhoneVerification').reject(
        new MfaError('validation', {
          operation: 'startPhoneVerification',
          fieldErrors: [{ field: 'extension', reason: 'invalid-format' }],
        }),
      );
      await waitUntil(() => el.shadowRoot!.activeElement === $(el, '#extension'), 'focus moves to the extension');
      await el.updateComplete;
    } finally {
      lit.stop();
    }
    expect(lit.warnings).to.deep.equal([]);
    expect(partText(el, 'field-error')).to.equal('');
    expect(($(el, '#extension-error')!.textContent ?? '').trim(), 'the extension’s error is shown').not.to.equal('');
  });
  it('starts each code sent with an empty field: after going back to the number, and after a save', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    const sendFor = async (challengeId: string) => {
      $(el, '#send')!.click();
      // A new code may be asked for at once: "Change number" then sends one without a wait.
      fake.last('startPhoneVerification').resolve(textChallenge(challengeId, { resendIn: 0, expiresIn: 300_000 }));
      await waitUntil(() => el.step === 'awaiting-code', 'the code is sent');
      await el.updateComplete;
    };
    await sendFor('c1');
    await typeCode(el, '000000');
    fake.last('confirmPhoneVerification').reject(new MfaError('invalid-code', { operation: 'confirmPhoneVerification', attemptsLeft: 4 }));
    await waitUntil(() => codeInput(el).error, 'the refusal is said');
    $(el, '#change-number')!.click();
    await el.updateComplete;
    await sendFor('c2');
    expect(codeInput(el).value, 'the refused code is not in the new code’s field').to.equal('');
    expect(codeInput(el).error, 'nor what was said of it').to.equal(undefined);

    await typeCode(el, '123456');
    fake.last('confirmPhoneVerification').resolve({ phone: { slot: 'mobile', maskedNumber: '+1 ••• ••• ••23' } });
    await waitUntil(() => el.step === 'saved', 'the number is saved');
    fake.last('getSettings').resolve({
      phones: [{ slot: 'mobile', maskedNumber: '+1 ••• ••• ••23', region: 'US' }],
      policy: { allowedMethods: ['text-mobile', 'call-mobile'], appPasswordsAllowed: true },
    });
    await startEditing(el);
    await typeNumber(el, '+14255550199');
    await sendFor('c3');
    expect(codeInput(el).value, 'the code that saved the last number is not in the next one’s field').to.equal('');
  });
  it('keeps "Change number" from leaving while the code is checked: the answer lands', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    const changes: unknown[] = [];
    el.addEventListener('mfa-phone-change', (e) => changes.push(e.detail));
    await sendAndTypeCode(fake, el);
    expect($(el, '#change-number')!.getAttribute('aria-disabled'), 'unavailable').to.equal('true');
    $(el, '#change-number')!.click();
    await el.updateComplete;
    expect(el.step).to.equal('confirming');
    fake.last('confirmPhoneVerification').resolve({ phone: { slot: 'mobile', maskedNumber: '+1 ••• ••• ••23' } });
    await waitUntil(() => el.step === 'saved', 'the answer lands');
    expect(changes).to.deep.equal([{ slot: 'mobile', maskedNumber: '+1 ••• ••• ••23' }]);
  });
  it('ends what was under way when the host switches phone-slot, and sends nothing for the new phone', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    $(el, '#send')!.click();
    fake.last('startPhoneVerification').resolve(textChallenge('c1', { resendIn: 30_000, expiresIn: 300_000 }));
    await waitUntil(() => el.step === 'awaiting-code', 'the code is sent');
    el.phoneSlot = 'office';
    await el.updateComplete;
    expect(el.step, 'back to the summary, of the office phone').to.equal('viewing');
    expect(partText(el, 'title')).to.equal('Office phone');
    expect(partText(el, 'status'), 'the code sent to the other phone is not said here').to.equal('');
    expect(codeInput(el)).to.equal(null);
    expect(fake.callsOf('confirmPhoneVerification')).to.have.length(0);
  });
  it('keeps the focus in the element when the host switches phone-slot while the form or the code step has it: on the new phone’s Add, or its line where the policy offers no Add', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123', 'call-office');
    expect(el.shadowRoot!.activeElement?.id, 'typing in the number field').to.equal('number');
    el.phoneSlot = 'office';
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id, 'from the number form').to.equal('edit');
    expect(accessibleName(el.shadowRoot!.activeElement as HTMLElement)).to.equal('Add office phone');
    // From the code step's field (the code input's own shadow root has it).
    el.phoneSlot = 'mobile';
    await el.updateComplete;
    await startEditing(el);
    await typeNumber(el, '+14255550123');
    await codeSent(fake, el);
    expect(el.shadowRoot!.activeElement).to.equal(codeInput(el));
    // His policy allows no alternate phone: no Add, the line saying none is set up.
    el.phoneSlot = 'alternate';
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id, 'from the code step').to.equal('current');
    expect(textOf(el.shadowRoot!.activeElement)).to.equal(en.phoneEditorNone);
    await expect(el).to.be.accessible();
  });

  it('leaves the wait before another code with the phone it was for when the host switches phone-slot', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123', 'call-office');
    await codeSent(fake, el);
    el.phoneSlot = 'office';
    await el.updateComplete;
    await startEditing(el);
    expect(!!$(el, '#countdown'), 'no countdown of the mobile phone').to.equal(false);
    expect($(el, '#send')!.getAttribute('aria-disabled'), 'a code for the office phone is not held back').to.equal('false');
  });
  it('names the phone a code was checked for when the host switched phone-slot meanwhile: the answer lands for it', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    const changes: unknown[] = [];
    el.addEventListener('mfa-phone-change', (e) => changes.push(e.detail));
    await sendAndTypeCode(fake, el);
    expect(fake.last('confirmPhoneVerification').args[0]).to.equal('mobile');
    el.phoneSlot = 'alternate';
    await el.updateComplete;
    expect(el.step).to.equal('viewing');
    fake.last('confirmPhoneVerification').resolve({ phone: { slot: 'mobile', maskedNumber: '+1 ••• ••• ••23' } });
    await waitUntil(() => changes.length === 1, 'the change is told');
    expect(changes).to.deep.equal([{ slot: 'mobile', maskedNumber: '+1 ••• ••• ••23' }]);
    await el.updateComplete;
    expect(el.step, 'not "saved" under the alternate phone').to.equal('viewing');
  });
  it('names the phone removed when the host switched phone-slot during the removal', async () => {
    const { fake, el, removed } = await removingWithAnswerHeld();
    el.phoneSlot = 'alternate';
    await el.updateComplete;
    expect(el.step).to.equal('viewing');
    fake.last('deletePhone').resolve(undefined);
    await waitUntil(() => removed.length === 1, 'the removal is told');
    expect(removed).to.deep.equal([{ slot: 'mobile' }]);
    await el.updateComplete;
    expect(textOf($(el, '.success')), 'no "removed" under the alternate phone').to.equal('');
  });

  it("removes the phone the user confirmed when the host's retry() comes after it switched phone-slot, not the one shown then", async () => {
    const { fake, el, removed } = await removingWithAnswerHeld();
    const host = stepUpByHost(el);
    fake.last('deletePhone').reject(new MfaError('reauth-required', { operation: 'deletePhone' }));
    await waitUntil(host.asked, 'the host is asked to re-authenticate');
    el.phoneSlot = 'alternate';
    await el.updateComplete;
    host.retry();
    expect(fake.callsOf('deletePhone').map((call) => call.args[0]), 'the alternate phone, never confirmed').to.deep.equal(['mobile', 'mobile']);
    fake.last('deletePhone').resolve(undefined);
    await waitUntil(() => removed.length === 1, 'the removal is told');
    expect(removed).to.deep.equal([{ slot: 'mobile' }]);
  });
  it('keeps Cancel and Escape from leaving while the code is checked, and keeps the code when it is refused', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    await sendAndTypeCode(fake, el);
    const cancel = () => $(el, '#cancel')!;
    expect(cancel().getAttribute('aria-disabled'), 'Cancel is unavailable').to.equal('true');
    await expect(el).to.be.accessible();
    cancel().click();
    cancel().focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.step, 'neither Cancel nor Escape leaves').to.equal('confirming');
    expect(fake.last('confirmPhoneVerification').aborted).to.equal(false);

    fake.last('confirmPhoneVerification').reject(new MfaError('invalid-code', { operation: 'confirmPhoneVerification', attemptsLeft: 3 }));
    await waitUntil(() => el.step === 'awaiting-code', 'the refusal arrives');
    await el.updateComplete;
    expect(codeInput(el).value, 'the code is kept').to.equal('123456');
    expect(cancel().getAttribute('aria-disabled')).to.equal('false');

    // Checked again after the host re-authenticates the user: unavailable again while it is.
    const host = stepUpByHost(el);
    // A code typed anew (the one refused is not sent again), which the field sends by itself.
    await retypeCode(el, '654321');
    await waitUntil(() => fake.callsOf('confirmPhoneVerification').length === 2, 'the new code was not sent');
    fake.last('confirmPhoneVerification').reject(new MfaError('reauth-required', { operation: 'confirmPhoneVerification' }));
    await waitUntil(host.asked, 'the host is asked to re-authenticate');
    host.retry();
    await el.updateComplete;
    // Checked again: the step says so (a page that holds the editor, as <mfa-security-info>'s dialog,
    // keeps it open while it is), and the refusal the host answered is not said any more.
    expect(el.step).to.equal('confirming');
    expect(partText(el, 'error')).to.equal('');
    expect(cancel().getAttribute('aria-disabled')).to.equal('true');
    cancel().click();
    await el.updateComplete;
    expect(el.step).to.equal('confirming');
    fake.last('confirmPhoneVerification').reject(new MfaError('invalid-code', { operation: 'confirmPhoneVerification', attemptsLeft: 2 }));
    await waitUntil(() => cancel().getAttribute('aria-disabled') === 'false', 'the refusal arrives');

    cancel().click();
    await el.updateComplete;
    expect(el.step).to.equal('viewing');
    expect(partText(el, 'current')).to.equal('No phone number is set up.');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '#edit'));
  });

  it('is sending again once the host answers the re-authentication with retry(), the refusal no longer said', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    const host = stepUpByHost(el);
    $(el, '#send')!.click();
    fake.last('startPhoneVerification').reject(new MfaError('reauth-required', { operation: 'startPhoneVerification' }));
    await waitUntil(host.asked, 'the host is asked to re-authenticate');
    await el.updateComplete;
    expect(el.step).to.equal('editing');
    host.retry();
    await el.updateComplete;
    expect(el.step).to.equal('sending');
    expect(partText(el, 'error'), 'not "For your security, try again and confirm when asked." again').to.equal('');
    fake.last('startPhoneVerification').resolve(textChallenge('c1', { resendIn: 30_000, expiresIn: 300_000 }));
    await waitUntil(() => el.step === 'awaiting-code', 'the retried send lands');
  });

  it('is removing again once the host answers the re-authentication with retry(), the refusal no longer said', async () => {
    const { fake, el } = await removingWithAnswerHeld();
    const host = stepUpByHost(el);
    fake.last('deletePhone').reject(new MfaError('reauth-required', { operation: 'deletePhone' }));
    await waitUntil(host.asked, 'the host is asked to re-authenticate');
    await el.updateComplete;
    expect(el.step).to.equal('remove-confirm');
    host.retry();
    await el.updateComplete;
    expect(el.step).to.equal('removing');
    expect(partText(el, 'error')).to.equal('');
  });

  it('says it waits for the sign-in to be confirmed when the host re-authenticates the user for a new code, then sends it', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    const host = stepUpByHost(el);
    $(el, '#send')!.click();
    fake.last('startPhoneVerification').resolve(textChallenge('c1', { resendIn: -1000, expiresIn: 300_000 }));
    await waitUntil(() => $(el, '#resend'), 'no Send a new code');
    $(el, '#resend')!.click();
    fake.last('resendPhoneVerification').reject(new MfaError('reauth-required', { operation: 'resendPhoneVerification' }));
    await waitUntil(host.asked, 'the host is asked to re-authenticate');
    await el.updateComplete;
    expect(partText(el, 'status')).to.equal('Waiting for you to confirm your sign-in…');
    expect(partText(el, 'error'), 'not "The code may not have been sent.": it is about to be').to.equal('');
    await expect(el).to.be.accessible();
    host.retry();
    fake.last('resendPhoneVerification').resolve(textChallenge('c2', { resendIn: 30_000, expiresIn: 300_000 }));
    await waitUntil(() => el.step === 'awaiting-code' && partText(el, 'status') !== 'Waiting for you to confirm your sign-in…', 'the wait stays said once the code is sent');
    expect(el.step).to.equal('awaiting-code');
  });

  it('says it waits for the sign-in to be confirmed in its status line, shown and polite, not in an alert; then the code’s outcome where it belongs', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    await sendAndTypeCode(fake, el);
    const host = stepUpByHost(el);
    const status = $(el, '[part~="status"]')!;
    const alerts = () => [...el.shadowRoot!.querySelectorAll('[role="alert"]')].map((alert) => textOf(alert)).filter(Boolean);
    /** The host asked to re-authenticate the user for the code sent to be checked: the editor waits, saying so. */
    const waiting = async () => {
      fake.last('confirmPhoneVerification').reject(new MfaError('reauth-required', { operation: 'confirmPhoneVerification' }));
      await waitUntil(() => partText(el, 'status') !== '', 'the wait is not said in the status line');
      await el.updateComplete;
      // The same live region as before the words came (it was in the page already).
      expect($(el, '[part~="status"]')).to.equal(status);
      expect(status.getAttribute('role')).to.equal('status');
      expect(partText(el, 'status')).to.equal('Waiting for you to confirm your sign-in…');
      expect(alerts(), 'no alert says it, nor anything else').to.deep.equal([]);
      const box = status.getBoundingClientRect();
      expect(box.width > 100 && box.height > 10, 'shown').to.equal(true);
      expect(getComputedStyle(status).color, 'in the text’s colour, not an error’s').to.equal(getComputedStyle($(el, '[part~="base"]')!).color);
      await expect(el).to.be.accessible();
    };

    await waiting();
    host.retry();
    await el.updateComplete;
    expect(el.step).to.equal('confirming');
    expect(partText(el, 'status'), 'no longer waiting').to.equal('');
    fake.last('confirmPhoneVerification').reject(new MfaError('invalid-code', { operation: 'confirmPhoneVerification', attemptsLeft: 2 }));
    await waitUntil(() => codeInput(el).error, 'the refusal is not said on the code field');
    await el.updateComplete;
    expect(partText(el, 'status')).to.equal('');
    expect(partText(el, 'error'), 'said on the code field alone').to.equal('');

    await retypeCode(el, '654321');
    await waitUntil(() => el.step === 'confirming', 'the new code is sent to be checked');
    await waiting();
    host.retry();
    fake.last('confirmPhoneVerification').resolve({ phone: { slot: 'mobile', maskedNumber: '+1 ••• ••• ••23' } });
    await waitUntil(() => el.step === 'saved', 'the number is saved');
    await el.updateComplete;
    expect(textOf($(el, '#saved'))).to.match(/verified and saved\.$/);
    expect(partText(el, 'status')).to.equal('');
    expect(alerts()).to.deep.equal([]);
  });

  /** A code sent (`c1`) with a resend wait of `resendIn` ms, then Verify, Resend or both refused by a rate limit. */
  async function codeStepRateLimited(resendIn: number, limits: { confirm?: number; resend?: number }) {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    $(el, '#send')!.click();
    fake.last('startPhoneVerification').resolve(textChallenge('c1', { resendIn, expiresIn: 300_000 }));
    await waitUntil(() => el.step === 'awaiting-code', 'the code is sent');
    await el.updateComplete;
    if (limits.confirm) {
      await typeCode(el, '123456');
      await waitUntil(() => el.step === 'confirming', 'the code is sent to be checked');
      fake.last('confirmPhoneVerification').reject(new MfaError('rate-limited', { operation: 'confirmPhoneVerification', retryAfter: limits.confirm }));
      await waitUntil(() => $(el, '#verify')!.getAttribute('aria-disabled') === 'true' && el.step === 'awaiting-code', 'the refusal arrives');
    }
    if (limits.resend) {
      $(el, '#resend')!.click();
      fake.last('resendPhoneVerification').reject(new MfaError('rate-limited', { operation: 'resendPhoneVerification', retryAfter: limits.resend }));
      await waitUntil(() => $(el, '#resend')!.getAttribute('aria-disabled') === 'true', 'the refusal arrives');
    }
    await el.updateComplete;
    return el;
  }

  /** The countdowns shown, in order. */
  const countdowns = (el: MfaPhoneEditor) =>
    [...el.shadowRoot!.querySelectorAll('[part="countdown"]')].map((part) => part.textContent!.replace(/\s+/g, ' ').trim());

  it('names Verify’s rate limit on Verify alone: Resend, still usable, waits for nothing', async () => {
    const el = await codeStepRateLimited(0, { confirm: 30 });
    const verify = $(el, '#verify')!;
    expect(verify.getAttribute('aria-disabled')).to.equal('true');
    expect(describedText(verify), 'the unavailable Verify says why').to.equal('Please wait: you can try again in 30 seconds.');
    expect($(el, '#resend')!.getAttribute('aria-disabled'), 'Resend stays usable').to.equal('false');
    expect(describedText($(el, '#resend')!), 'Resend is held back by nothing').to.equal('');
    expect(countdowns(el)).to.deep.equal(['Please wait: you can try again in 30 seconds.']);
    await expect(el).to.be.accessible();
  });

  it('names Verify’s rate limit on Verify and the wait between codes on Resend, each its own', async () => {
    const el = await codeStepRateLimited(60_000, { confirm: 30 });
    expect(describedText($(el, '#verify')!)).to.equal('Please wait: you can try again in 30 seconds.');
    expect($(el, '#resend')!.getAttribute('aria-disabled')).to.equal('true');
    expect(describedText($(el, '#resend')!), 'only the wait between codes holds Resend back').to.match(
      /^You can ask for a new code in (59|60) seconds\.$/,
    );
    await expect(el).to.be.accessible();
  });

  it('names Resend’s rate limit on Resend alone, beside it: Verify, still usable, waits for nothing', async () => {
    const el = await codeStepRateLimited(0, { resend: 40 });
    const resend = $(el, '#resend')!;
    expect(resend.getAttribute('aria-disabled')).to.equal('true');
    expect(describedText(resend), 'the unavailable Resend says why').to.equal('Please wait: you can try again in 40 seconds.');
    expect($(el, '#verify')!.getAttribute('aria-disabled'), 'Verify stays usable').to.equal('false');
    expect(describedText($(el, '#verify')!), 'Verify is held back by nothing').to.equal('');
    expect($(el, '#countdown')!.parentElement, 'shown beside Resend').to.equal(resend.parentElement);
    expect(countdowns(el)).to.deep.equal(['Please wait: you can try again in 40 seconds.']);
    await expect(el).to.be.accessible();
  });

  it('names each rate limit’s own countdown on Verify and Resend while both wait', async () => {
    // The shorter wait on either button: the longer one must not describe both.
    for (const [confirm, resend] of [
      [30, 40],
      [40, 30],
    ]) {
      const el = await codeStepRateLimited(0, { confirm, resend });
      const verify = $(el, '#verify')!;
      expect(verify.getAttribute('aria-disabled')).to.equal('true');
      expect(describedText(verify), 'Verify says its own wait').to.equal(`Please wait: you can try again in ${confirm} seconds.`);
      expect(describedText($(el, '#resend')!), 'Resend says its own wait').to.equal(
        `Please wait: you can try again in ${resend} seconds.`,
      );
      expect(countdowns(el), 'both are shown').to.have.length(2);
      await expect(el).to.be.accessible();
    }
  });
});

describe('<mfa-phone-editor> offline', () => {
  const goOffline = () => window.dispatchEvent(new Event('offline'));
  const goOnline = () => window.dispatchEvent(new Event('online'));
  afterEach(goOnline);

  /** The offline notice the element shows, or null. */
  const notice = (el: MfaPhoneEditor) => $(el, '#offline')?.textContent?.trim() ?? null;

  it('says nothing of it on the summary, whose buttons work offline; says it on Change, and not "back online" on Cancel', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    $(el, '#cancel')!.click();
    await el.updateComplete;
    const said = saidIn(el);
    goOffline();
    await el.updateComplete;
    expect(el.step).to.equal('viewing');
    expect(notice(el), 'no notice on the summary').to.equal(null);
    expect(partText(el, 'status')).to.equal('');
    $(el, '#edit')!.click();
    await el.updateComplete;
    expect(el.step).to.equal('editing');
    expect(notice(el), 'shown where Send waits for the network').to.equal(en.offline);
    $(el, '#cancel')!.click();
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
    said.stop();
    expect(said.texts, 'offline is said once, on Change; "back online" is not said').to.deep.equal([en.offline]);
    expect(fake.callsOf('startPhoneVerification')).to.have.length(0);
  });

  it('says once that it is offline; Send is unavailable and says why, nothing is sent, the number is kept; back online it sends', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    const said = saidIn(el);
    goOffline();
    await el.updateComplete;
    expect(notice(el), 'the notice is shown').to.equal(en.offline);
    expect(partText(el, 'status')).to.equal(en.offline);
    const send = () => $(el, '#send')!;
    expect(send().getAttribute('aria-disabled')).to.equal('true');
    expect(describedText(send()), 'the unavailable Send says why').to.equal(en.offline);
    await expect(el).to.be.accessible();
    send().click();
    ($(el, '#number') as HTMLInputElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(fake.callsOf('startPhoneVerification'), 'nothing is sent').to.have.length(0);
    expect(el.step).to.equal('editing');
    expect(($(el, '#number') as HTMLInputElement).value, 'the number is kept').to.equal('+1 425 555 0123');
    expect(notice(el)).to.equal(en.offline);

    goOnline();
    await el.updateComplete;
    said.stop();
    expect(said.texts.filter((text) => text === en.offline), 'offline is said once').to.have.length(1);
    expect(said.texts.filter((text) => text === en.backOnline), 'back online is said once').to.have.length(1);
    expect(notice(el), 'the notice goes').to.equal(null);
    expect(send().getAttribute('aria-disabled')).to.equal('false');
    expect(describedText(send())).to.equal('');
    send().click();
    expect(fake.callsOf('startPhoneVerification')).to.have.length(1);
    fake.last('startPhoneVerification').resolve(textChallenge('c1', { resendIn: 30_000, expiresIn: 300_000 }));
    await waitUntil(() => el.step === 'awaiting-code', 'the code is sent');
  });

  it('keeps Verify and Resend unavailable and saying why, the code kept, Change number and Cancel usable; back online it verifies', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    $(el, '#send')!.click();
    // No resend wait: offline is the only thing that stops a new code.
    fake.last('startPhoneVerification').resolve(textChallenge('c1', { resendIn: 0, expiresIn: 300_000 }));
    await waitUntil(() => el.step === 'awaiting-code', 'the code is sent');
    await el.updateComplete;
    goOffline();
    await el.updateComplete;
    expect(notice(el)).to.equal(en.offline);
    for (const id of ['#verify', '#resend']) {
      expect($(el, id)!.getAttribute('aria-disabled'), `${id} is unavailable`).to.equal('true');
      expect(describedText($(el, id)!), `${id} says why`).to.equal(en.offline);
    }
    for (const id of ['#change-number', '#cancel']) {
      expect($(el, id)!.getAttribute('aria-disabled'), `${id} stays usable`).to.equal('false');
    }
    await expect(el).to.be.accessible();
    // Typed in full, the code submits itself; then Verify and Resend are pressed.
    await typeCode(el, '123456');
    await el.updateComplete;
    $(el, '#verify')!.click();
    $(el, '#resend')!.click();
    await settle();
    await el.updateComplete;
    expect(fake.callsOf('confirmPhoneVerification'), 'the code is not sent').to.have.length(0);
    expect(fake.callsOf('resendPhoneVerification'), 'no new code is asked for').to.have.length(0);
    expect(el.step).to.equal('awaiting-code');
    expect(codeInput(el).value, 'the code is kept').to.equal('123456');

    goOnline();
    await el.updateComplete;
    expect(notice(el)).to.equal(null);
    expect($(el, '#verify')!.getAttribute('aria-disabled')).to.equal('false');
    expect($(el, '#resend')!.getAttribute('aria-disabled')).to.equal('false');
    $(el, '#verify')!.click();
    expect(fake.last('confirmPhoneVerification').args).to.deep.equal(['mobile', 'c1', '123456']);
    fake.last('confirmPhoneVerification').resolve({ phone: { slot: 'mobile', maskedNumber: '+1 ••• ••• ••23' } });
    await waitUntil(() => el.step === 'saved', 'the number is saved');
  });

  it('keeps the confirmation’s Remove unavailable and saying why, Cancel usable; back online it removes', async () => {
    const { fake, el } = await withPhoneAnswersHeld();
    $(el, '#remove')!.click();
    await el.updateComplete;
    goOffline();
    await el.updateComplete;
    const remove = () => $(el, '#remove-yes')!;
    expect(notice(el)).to.equal(en.offline);
    expect(remove().getAttribute('aria-disabled')).to.equal('true');
    expect(describedText(remove()), 'the unavailable Remove says why').to.equal(en.offline);
    expect($(el, '#remove-cancel')!.getAttribute('aria-disabled'), 'Cancel stays usable').to.equal('false');
    await expect(el).to.be.accessible();
    remove().click();
    await el.updateComplete;
    expect(fake.callsOf('deletePhone'), 'nothing is sent').to.have.length(0);
    expect(el.step).to.equal('remove-confirm');

    goOnline();
    await el.updateComplete;
    expect(remove().getAttribute('aria-disabled')).to.equal('false');
    remove().click();
    expect(fake.callsOf('deletePhone')).to.have.length(1);
    fake.last('deletePhone').resolve();
    await waitUntil(() => el.step === 'viewing', 'the phone is removed');
  });

  it('describes Send by both the rate limit’s countdown and the notice while both apply', async () => {
    const { fake, el } = await typingWithAnswersHeld('+14255550123');
    $(el, '#send')!.click();
    fake.last('startPhoneVerification').reject(new MfaError('rate-limited', { operation: 'startPhoneVerification', retryAfter: 30 }));
    await waitUntil(() => $(el, '#wait'), 'the refusal arrives');
    await el.updateComplete;
    const wait = /Please wait: you can try again in \d+ seconds\.$/;
    goOffline();
    await el.updateComplete;
    expect($(el, '#send')!.getAttribute('aria-disabled')).to.equal('true');
    const both = describedText($(el, '#send')!);
    expect(both.startsWith(`${en.offline} `), both).to.equal(true);
    expect(both).to.match(wait);
    goOnline();
    await el.updateComplete;
    expect($(el, '#send')!.getAttribute('aria-disabled'), 'still waiting').to.equal('true');
    expect(describedText($(el, '#send')!)).to.match(new RegExp(`^${wait.source}`));
  });
});

describe('<mfa-phone-editor> switched to an office phone as editing starts', () => {
  it('calls the office phone, with its extension: no text message is sent to it', async () => {
    const fake = new FakeClient();
    // A host that starts editing as it makes the element, then says which phone (before the first render).
    const el = document.createElement('mfa-phone-editor');
    el.client = fake.client;
    el.setAttribute('default-country', 'US');
    document.body.append(el);
    try {
      el.edit();
      el.phoneSlot = 'office';
      await waitUntil(() => fake.callsOf('getSettings').length, 'the settings are asked for');
      fake.last('getSettings').resolve({
        phones: [],
        policy: { allowedMethods: ['text-mobile', 'call-mobile', 'call-office'], appPasswordsAllowed: true },
      });
      await waitUntil(() => $(el, '#number'), 'the number field appears', { timeout: 5000 });
      await el.updateComplete;
      expect($(el, '#extension'), 'the office fields show').to.exist;
      expect($(el, 'input[name="channel"]'), 'no choice of a text').to.equal(null);
      await typeNumber(el, '4255550100');
      ($(el, '#extension') as HTMLInputElement).focus();
      await typeKeys('45');
      await el.updateComplete;
      $(el, '#send')!.click();
      await settle();
      const call = fake.last('startPhoneVerification');
      expect(call.args).to.deep.equal(['office', { number: '+14255550100', channel: 'call', extension: '45' }]);
    } finally {
      el.remove();
    }
  });

  it('calls an office phone whose host asks for texts by default', async () => {
    const fake = new FakeClient();
    const el = await fixture<MfaPhoneEditor>(
      html`<mfa-phone-editor phone-slot="office" default-channel="text" default-country="US" .client=${fake.client}></mfa-phone-editor>`,
    );
    fake.last('getSettings').resolve({
      phones: [],
      policy: { allowedMethods: ['text-mobile', 'call-mobile', 'call-office'], appPasswordsAllowed: true },
    });
    await waitUntil(() => $(el, '#edit'));
    await startEditing(el);
    await typeNumber(el, '4255550100');
    $(el, '#send')!.click();
    await settle();
    expect(fake.last('startPhoneVerification').args).to.deep.equal(['office', { number: '+14255550100', channel: 'call' }]);
  });
});

describe('<mfa-phone-editor> switched from an office phone to another', () => {
  it('starts editing the authentication phone with a text chosen, and sends a text', async () => {
    const fake = new FakeClient();
    // A host's framework reusing the element for another phone: the office phone's, then the mobile's.
    const el = await fixture<MfaPhoneEditor>(
      html`<mfa-phone-editor phone-slot="office" default-country="US" .client=${fake.client}></mfa-phone-editor>`,
    );
    fake.last('getSettings').resolve({
      phones: [],
      policy: { allowedMethods: ['text-mobile', 'call-mobile', 'call-office'], appPasswordsAllowed: true },
    });
    await waitUntil(() => $(el, '#edit'));
    el.phoneSlot = 'mobile';
    await el.updateComplete;
    await startEditing(el);
    const checked = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="channel"]:checked');
    expect(checked?.value, 'the radio the user sees checked').to.equal('text');
    await typeNumber(el, '2015550123');
    $(el, '#send')!.click();
    await settle();
    expect(fake.last('startPhoneVerification').args).to.deep.equal(['mobile', { number: '+12015550123', channel: 'text' }]);
  });
});

describe('<mfa-phone-editor> in a narrow column with large text', () => {
  it('keeps its channel radios round while their labels wrap', async () => {
    const fake = new FakeClient();
    // 200% text in a 160 px column: each channel's words wrap over several lines beside its radio.
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 160px; font-size: 200%"><mfa-phone-editor default-country="US" .client=${fake.client}></mfa-phone-editor></div>`,
    );
    const el = wrapper.querySelector<MfaPhoneEditor>('mfa-phone-editor')!;
    fake.last('getSettings').resolve({ phones: [], policy: { allowedMethods: ['text-mobile', 'call-mobile'], appPasswordsAllowed: true } });
    await waitUntil(() => $(el, '#edit'));
    await startEditing(el);
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="channel"]')];
    expect(radios.length).to.equal(2);
    for (const radio of radios) {
      const { width, height } = radio.getBoundingClientRect();
      expect(Math.round(width), `the ${radio.value} radio squeezed by its label`).to.equal(Math.round(height));
    }
  });
});
