/**
 * A page load refused by a rate limit, in every element that loads something: the wait counts down
 * where the user sees it (announced once, not every second), Retry is unavailable and says why
 * while it runs, and the element loads again by itself when it is over. And wherever a failed
 * load's Retry goes (pressed, or the wait over), the focus stays in the element (WCAG 2.4.3).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement, TemplateResult } from 'lit';
import '../src/index.js';
import type { MfaOperation } from '../src/core/client.js';
import { MfaError } from '../src/core/errors.js';
import type { Authenticator, SettingsSummary } from '../src/core/types.js';
import { en } from '../src/locales/en.js';
import { expectCountdown, stopClock, withClockAhead } from './support/clock.js';
import { FakeClient, settle } from './support/fake-client.js';
import { describedText, liveness } from './support/aria.js';

const summary: SettingsSummary = {
  user: { displayName: 'Adele Vance', isAdmin: false },
  methods: ['text-mobile', 'app-code'],
  defaultMethod: 'text-mobile',
  phones: [{ slot: 'mobile', maskedNumber: '+1 ••• ••• ••67', region: 'US', verifiedAt: '2024-01-01T00:00:00Z' }],
  authenticators: [],
  appPasswords: { count: 0, limit: 40 },
  policy: { allowedMethods: ['text-mobile', 'call-mobile', 'app-code', 'app-notification'], appPasswordsAllowed: true },
  mustRegisterAgain: false,
};
const authenticators: Authenticator[] = [
  { id: 'auth_1', kind: 'totp', name: 'Work phone', createdAt: '2024-01-01T00:00:00Z', lastUsedAt: null },
];

/** What each operation answers once the endpoint lets the read through. */
const ANSWERS: Partial<Record<MfaOperation, unknown>> = {
  getSettings: summary,
  listAuthenticators: { items: authenticators },
  listAppPasswords: { items: [], limit: 40 },
};

interface Case {
  tag: string;
  element: (fake: FakeClient) => TemplateResult;
  /** The read the endpoint refuses; the element's other reads are answered. */
  refused: MfaOperation;
  /** What the alert says, before the endpoint's wait. */
  lead: string;
  /** Seen once the element has loaded. */
  loaded: string;
  /** What has the focus once the element has loaded after Retry. */
  focused: string;
  /**
   * The part that holds the countdown seen (`#wait`): the error part, with Retry, so a page's style
   * on `::part(error)` frames them with the refusal; the phone editor's is a part of its own, as it
   * also counts down the wait for a new code, which is no error.
   */
  countdownPart?: 'countdown';
}

const CASES: Case[] = [
  {
    tag: 'mfa-method-picker',
    element: (f) => html`<mfa-method-picker lang="en" .client=${f.client}></mfa-method-picker>`,
    refused: 'getSettings',
    lead: `${en.methodPickerLoadFailed} `,
    loaded: 'fieldset',
    focused: 'input[type="radio"]:checked',
  },
  {
    tag: 'mfa-phone-editor',
    element: (f) => html`<mfa-phone-editor lang="en" .client=${f.client}></mfa-phone-editor>`,
    refused: 'getSettings',
    lead: '',
    loaded: '#edit',
    focused: '#edit',
    countdownPart: 'countdown',
  },
  {
    tag: 'mfa-authenticator-enroll',
    element: (f) => html`<mfa-authenticator-enroll lang="en" .client=${f.client}></mfa-authenticator-enroll>`,
    refused: 'getSettings',
    lead: '',
    loaded: 'input[name="kind"]',
    focused: 'input[name="kind"]:checked',
  },
  {
    tag: 'mfa-authenticator-list',
    element: (f) => html`<mfa-authenticator-list lang="en" .client=${f.client}></mfa-authenticator-list>`,
    refused: 'listAuthenticators',
    lead: `${en.authListLoadFailed} `,
    loaded: '[part~="list"]',
    focused: '[part~="list"]',
  },
  {
    tag: 'mfa-app-passwords',
    element: (f) => html`<mfa-app-passwords lang="en" .client=${f.client}></mfa-app-passwords>`,
    refused: 'listAppPasswords',
    lead: `${en.appPasswordsLoadFailed} `,
    loaded: '[part~="create-form"]',
    // The element's first control: the form comes before the list.
    focused: '#name',
  },
  {
    tag: 'mfa-user-admin',
    element: (f) => html`<mfa-user-admin lang="en" .client=${f.client} .users=${[{ id: 'u1', displayName: 'Ben Ito' }]}></mfa-user-admin>`,
    refused: 'getSettings',
    lead: `${en.userAdminLoadFailed} `,
    // Adele is no administrator: said once her settings are read.
    loaded: '[part~="notice"]',
    focused: '[part~="notice"]',
  },
  {
    tag: 'mfa-security-info',
    // It takes its client from a provider only.
    element: (f) => html`<mfa-provider lang="en" .client=${f.client}><mfa-security-info></mfa-security-info></mfa-provider>`,
    refused: 'getSettings',
    lead: '',
    loaded: '[part~="default-method"]',
    focused: 'button',
  },
];

const root = (el: Element) => el.shadowRoot!;
/** What the element's alerts say (its own, not those of the elements inside it). */
const alertText = (el: Element) =>
  [...root(el).querySelectorAll('[role="alert"]')]
    .map((a) => a.textContent!.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
/** The rate limit's sentence as the user sees it: outside anything visually hidden. */
const seenRefusal = (el: Element) =>
  [...root(el).querySelectorAll('p, span')]
    .filter((p) => !p.closest('.visually-hidden') && p.getClientRects().length > 0 && p.children.length === 0)
    .map((p) => p.textContent!.trim())
    .find((text) => text.includes('Please wait: you can try again in'));
const retry = (el: Element) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === en.retry);

/** Every text the element's alert region said, in order (a change of text is said again). */
function recordAlerts(el: Element): string[] {
  const said: string[] = [];
  const note = () => {
    const text = alertText(el);
    if (text !== (said[said.length - 1] ?? '')) said.push(text);
  };
  new MutationObserver(note).observe(root(el), { subtree: true, childList: true, characterData: true, attributes: true });
  return said;
}

async function mount(c: Case) {
  const fake = new FakeClient();
  const mounted = await fixture<HTMLElement>(c.element(fake));
  const el = mounted.localName === c.tag ? mounted : mounted.querySelector<HTMLElement>(c.tag)!;
  await waitUntil(() => fake.callsOf(c.refused).length === 1, `no ${c.refused} call`, { timeout: 3000 });
  return { fake, el };
}

/** Answers every read still waiting, except the refused one. */
function answerOthers(fake: FakeClient, c: Case) {
  for (const call of fake.calls) {
    if (call.operation !== c.refused && call.operation in ANSWERS) call.resolve(ANSWERS[call.operation]);
  }
}

describe('a page load refused by a rate limit', () => {
  for (const c of CASES) {
    it(`<${c.tag}> counts the wait down, keeps Retry unavailable, then loads by itself`, async () => {
      const { fake, el } = await mount(c);
      const said = recordAlerts(el);
      answerOthers(fake, c);
      // The page's clock stopped: the countdown moves on as the test moves the clock, not by the
      // seconds a slow browser takes over the steps between (an accessibility check).
      const clock = stopClock();
      try {
        fake.last(c.refused).reject(new MfaError('rate-limited', { operation: c.refused, status: 429, retryAfter: 28 }));
        const announced = `${c.lead}${en.errorRateLimited('28 seconds')}`;
        await waitUntil(() => alertText(el) === announced, `the alert said "${alertText(el)}"`, { timeout: 3000 });
        expect(seenRefusal(el)).to.equal(announced);

        // Retry is there but unavailable, and says why: its description is the countdown.
        const button = retry(el)!;
        expect(button.getAttribute('aria-disabled')).to.equal('true');
        expect(describedText(button)).to.equal(announced);
        const part = c.countdownPart ?? 'error';
        expect(!!root(el).querySelector('#wait')?.closest(`[part~="${part}"]`), `the countdown is in ::part(${part})`).to.equal(true);
        if (part === 'error') expect(!!button.closest('[part~="error"]'), 'Retry is in ::part(error)').to.equal(true);
        button.click();
        await settle();
        expect(fake.callsOf(c.refused), 'Retry sent nothing during the wait').to.have.length(1);
        await expect(el).to.be.accessible();

        // The copy seen counts down; the alert keeps what it said; then the element loads again by itself,
        // and the focus, on Retry until then, stays in the element.
        button.focus();
        await expectCountdown({ clock, seen: () => seenRefusal(el), alert: () => alertText(el), announced, wait: 28 });
        expect(fake.callsOf(c.refused), 'loaded again once the wait was over').to.have.length(2);
        expect(retry(el)).to.equal(undefined);
        await (el as LitElement).updateComplete;
        expectFocusInside(el, 'loading after the wait');
        fake.last(c.refused).resolve(ANSWERS[c.refused]);
        answerOthers(fake, c);
        await waitUntil(() => root(el).querySelector(c.loaded), `<${c.tag}> never showed what it loaded`, { timeout: 3000 });
        await waitUntil(() => focusedIn(el)?.matches(c.focused), `the focus is not on ${c.focused}`, { timeout: 3000 });
        expect(alertText(el)).to.equal('');
        expect(said.filter(Boolean), 'the refusal is said once').to.deep.equal([announced]);
      } finally {
        clock.restore();
      }
    });
  }

  it('is not loaded again when the element went away during the wait, and is when it comes back after it', async () => {
    const c = CASES[0];
    const { fake, el } = await mount(c);
    fake.last(c.refused).reject(new MfaError('rate-limited', { operation: c.refused, status: 429, retryAfter: 28 }));
    await waitUntil(() => alertText(el) !== '', 'no refusal shown', { timeout: 3000 });
    const parent = el.parentElement!;
    el.remove();
    await withClockAhead(30_000, async () => {
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(fake.callsOf(c.refused), 'a removed element loads nothing').to.have.length(1);
      parent.append(el);
      await waitUntil(() => fake.callsOf(c.refused).length === 2, 'never loaded again after coming back', { timeout: 3000 });
    });
    fake.last(c.refused).resolve(summary);
    await waitUntil(() => root(el).querySelector(c.loaded), 'never showed the settings', { timeout: 3000 });
  });
});

/** What has the focus inside the element's own shadow root; null when nothing there has it. */
const focusedIn = (el: Element) => root(el).activeElement;

/** The focus is in the element (its shadow root), not on the page's body. */
function expectFocusInside(el: HTMLElement, when: string) {
  // Booleans: a failure message made of elements would be slow to print.
  const where = document.activeElement?.localName;
  expect(document.activeElement === el && focusedIn(el) !== null, `${when}: the focus is on <${where}>`).to.equal(true);
}

describe('the focus when a failed load’s Retry goes away', () => {
  for (const c of CASES) {
    it(`<${c.tag}> keeps it inside: while loading, back on Retry after a new failure, then on what loaded`, async () => {
      const { fake, el } = await mount(c);
      answerOthers(fake, c);
      fake.last(c.refused).reject(new MfaError('server', { operation: c.refused, status: 500 }));
      await waitUntil(() => retry(el), 'no Retry after the failed load', { timeout: 3000 });
      retry(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => fake.callsOf(c.refused).length === 2, 'Retry loaded nothing', { timeout: 3000 });
      await (el as LitElement).updateComplete;
      expect(retry(el), 'Retry goes while the load runs').to.equal(undefined);
      expectFocusInside(el, 'loading');
      const busy = focusedIn(el)!;
      const region = busy.getAttribute('role') === 'status';
      // A status region has it only while it says what is happening, and is read once, as what has
      // the focus: live too, a screen reader would say "Loading…" twice.
      if (region) {
        expect(busy.textContent!.trim()).to.equal(en.loading);
        expect(liveness(busy), 'the focused region is live too: read twice').to.equal('off');
      }
      await expect(el).to.be.accessible();

      // It fails again: the focus is back on Retry, pressed with the space bar this time. The region
      // it left is live again, for what it says next.
      answerOthers(fake, c);
      fake.last(c.refused).reject(new MfaError('server', { operation: c.refused, status: 500 }));
      await waitUntil(() => retry(el) && focusedIn(el) === retry(el), 'the focus did not come back to Retry', { timeout: 3000 });
      if (region && busy.isConnected) expect(liveness(busy), 'the region left is not live').to.equal('polite');
      await sendKeys({ press: ' ' });
      await waitUntil(() => fake.callsOf(c.refused).length === 3, 'Retry loaded nothing the second time', { timeout: 3000 });
      await (el as LitElement).updateComplete;
      expectFocusInside(el, 'loading again');

      fake.last(c.refused).resolve(ANSWERS[c.refused]);
      answerOthers(fake, c);
      await waitUntil(() => focusedIn(el)?.matches(c.focused), `the focus is not on ${c.focused}`, { timeout: 3000 });
      expectFocusInside(el, 'loaded');
      await expect(el).to.be.accessible();
    });
  }
});

describe('the focus when a reload fails while what loaded before is still shown', () => {
  interface Reloadable {
    tag: string;
    element: (f: FakeClient) => TemplateResult;
    refused: MfaOperation;
    /** The first answers: what stays shown while the reload fails. */
    loaded: Partial<Record<MfaOperation, unknown>>;
    reload: (el: HTMLElement) => void;
  }
  const reloadable: Reloadable[] = [
    {
      tag: 'mfa-app-passwords',
      element: (f) => html`<mfa-app-passwords lang="en" .client=${f.client}></mfa-app-passwords>`,
      refused: 'listAppPasswords',
      loaded: {
        listAppPasswords: { items: [{ id: 'ap_1', name: 'Mail on my laptop', createdAt: '2024-01-01T00:00:00Z', lastUsedAt: null }], limit: 40 },
      },
      reload: (el) => void (el as HTMLElement & { reload(): Promise<void> }).reload(),
    },
    {
      tag: 'mfa-authenticator-list',
      element: (f) => html`<mfa-provider lang="en" .client=${f.client}><mfa-authenticator-list></mfa-authenticator-list></mfa-provider>`,
      refused: 'listAuthenticators',
      loaded: { listAuthenticators: { items: authenticators } },
      // What another element's change does: the provider's revision moves on.
      reload: (el) => (el.closest('mfa-provider') as HTMLElement & { refresh(): void }).refresh(),
    },
  ];
  for (const c of reloadable) {
    it(`<${c.tag}> goes back to Retry, not to the first control of what is shown`, async () => {
      const fake = new FakeClient();
      const mounted = await fixture<HTMLElement>(c.element(fake));
      const el = mounted.localName === c.tag ? mounted : mounted.querySelector<HTMLElement>(c.tag)!;
      await waitUntil(() => fake.callsOf(c.refused).length === 1, `no ${c.refused} call`, { timeout: 3000 });
      for (const call of fake.calls) if (call.operation in ANSWERS) call.resolve(c.loaded[call.operation] ?? ANSWERS[call.operation]);
      await settle();
      await (el as LitElement).updateComplete;
      c.reload(el);
      await waitUntil(() => fake.callsOf(c.refused).length === 2, 'no reload', { timeout: 3000 });
      const refuse = () => {
        for (const call of fake.calls) if (call.operation !== c.refused && call.operation in ANSWERS) call.resolve(ANSWERS[call.operation]);
        fake.last(c.refused).reject(new MfaError('server', { operation: c.refused, status: 500 }));
      };
      refuse();
      await waitUntil(() => retry(el), 'no Retry after the failed reload', { timeout: 3000 });
      retry(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => fake.callsOf(c.refused).length === 3, 'Retry loaded nothing', { timeout: 3000 });
      await (el as LitElement).updateComplete;
      expectFocusInside(el, 'loading');
      refuse();
      await waitUntil(() => focusedIn(el) !== null && focusedIn(el) === retry(el), 'the focus did not come back to Retry', { timeout: 3000 });
      await expect(el).to.be.accessible();
    });
  }
});
