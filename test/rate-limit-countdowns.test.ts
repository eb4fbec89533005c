/**
 * An action refused by a rate limit, in every element that has one, as a sighted user and a screen
 * reader user meet it: the wait is seen counting down, the blocked control is unavailable, no live
 * region changes while the seconds go by (a screen reader would speak every second), the element
 * takes no blank room for its empty regions, and when the wait is over the control is back and
 * "You can try again now." is said. Against the reference endpoint, with the page's clock stopped.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { MfaOperation } from '../src/core/client.js';
import { en } from '../src/locales/en.js';
import { liveness } from './support/aria.js';
import { stopClock } from './support/clock.js';
import { typeKeys } from './support/keys.js';
import { type Sandbox, newSandbox } from './support/sandbox.js';

type El = HTMLElement & { updateComplete: Promise<unknown>; step?: string };

const words = (node: Node) => node.textContent!.replace(/\u200b/g, '').replace(/\s+/g, ' ').trim();

/** The element's shadow root and those of the elements inside it. */
function roots(root: ShadowRoot, found: ShadowRoot[] = []): ShadowRoot[] {
  found.push(root);
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots(el.shadowRoot, found);
  return found;
}
const all = (el: El, selector: string) => roots(el.shadowRoot!).flatMap((r) => [...r.querySelectorAll<HTMLElement>(selector)]);
const first = (el: El, selector: string) => all(el, selector)[0];
const button = (el: El, label: string) => all(el, 'button').find((b) => words(b) === label);

const COUNTING = /try again in (\d+) seconds?\./;

/** What counts the wait down, with whether a sighted user sees it and how a screen reader takes its changes. */
function countdowns(el: El): { text: string; seen: boolean; live: string }[] {
  const found = [];
  for (const root of roots(el.shadowRoot!)) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!COUNTING.test(node.textContent!)) continue;
      const holder = node.parentElement!;
      const box = holder.getBoundingClientRect();
      // Seen: it has a line's height and is what the page shows at its place (not clipped away).
      const at = box.height > 5 ? root.elementFromPoint(box.left + Math.min(box.width / 2, 20), box.top + box.height / 2) : null;
      found.push({ text: words(holder), seen: Boolean(at && holder.contains(at)), live: liveness(holder) });
    }
  }
  return found;
}

/** Whether a region shows no words: it has none, or only visually hidden ones (a refusal kept for screen readers). */
function showsNothing(region: HTMLElement): boolean {
  const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (words(node) && !node.parentElement!.closest('.visually-hidden')) return false;
  }
  return true;
}

/** How much taller the element is with its live regions that show nothing than with them left out. */
function blankSpace(el: El): number {
  const empty = all(el, '[role=status],[role=alert],[part~=status],[part~=error]').filter(showsNothing);
  const outermost = empty.filter((region) => !empty.some((other) => other !== region && other.contains(region)));
  const height = () => el.getBoundingClientRect().height;
  const withThem = height();
  for (const region of outermost) region.style.setProperty('display', 'none', 'important');
  const without = height();
  for (const region of outermost) region.style.removeProperty('display');
  return withThem - without;
}

interface Case {
  name: string;
  user: string;
  tag: string;
  props?: Record<string, unknown>;
  /** The operation the endpoint refuses with a rate limit of 30 seconds. */
  refused: MfaOperation;
  /** Other faults, for what the user does meanwhile. */
  faults?: object[];
  prepare?: (s: Sandbox) => Promise<void>;
  ready: (el: El) => unknown;
  /** What the user does: the refused action, and anything after it. */
  act: (el: El) => Promise<void>;
  /** The control the wait keeps unavailable. */
  blocked: (el: El) => HTMLElement | undefined;
}

async function startCodeApp(el: El): Promise<void> {
  button(el, en.enrollStart)!.click();
  await waitUntil(() => el.step === 'scan', 'the set-up never started', { timeout: 8000 });
  await el.updateComplete;
}

async function reviewAction(el: El): Promise<void> {
  first(el, '#action-delete-app-passwords')!.click();
  await el.updateComplete;
  first(el, '[part~="continue-button"]')!.click();
  await el.updateComplete;
}

const CASES: Case[] = [
  {
    name: '<mfa-method-picker>: Save',
    user: 'adele',
    tag: 'mfa-method-picker',
    refused: 'setDefaultMethod',
    ready: (el) => first(el, '#radio-call-office'),
    act: async (el) => {
      first(el, '#radio-call-office')!.click();
      await el.updateComplete;
      first(el, '[part~="save-button"]')!.click();
    },
    blocked: (el) => first(el, '[part~="save-button"]'),
  },
  {
    name: '<mfa-app-passwords>: Create',
    user: 'adele',
    tag: 'mfa-app-passwords',
    refused: 'createAppPassword',
    ready: (el) => first(el, '[part~="create-form"]'),
    act: async (el) => {
      first(el, '#name')!.focus();
      await typeKeys('Printer');
      await sendKeys({ press: 'Enter' });
    },
    blocked: (el) => first(el, '[part~="create-button"]'),
  },
  {
    name: '<mfa-app-passwords>: Revoke',
    user: 'adele',
    tag: 'mfa-app-passwords',
    refused: 'revokeAppPassword',
    ready: (el) => first(el, '#revoke-0'),
    act: async (el) => {
      first(el, '#revoke-0')!.click();
      await el.updateComplete;
      first(el, '#confirm-revoke')!.click();
    },
    blocked: (el) => first(el, '#confirm-revoke'),
  },
  {
    name: '<mfa-app-passwords>: Revoke, counted down beside it once the alert says a failed Create',
    user: 'adele',
    tag: 'mfa-app-passwords',
    refused: 'revokeAppPassword',
    faults: [{ kind: 'server-error', times: 1, operations: ['createAppPassword'] }],
    ready: (el) => first(el, '#revoke-0'),
    act: async (el) => {
      first(el, '#revoke-0')!.click();
      await el.updateComplete;
      first(el, '#confirm-revoke')!.click();
      await waitUntil(() => countdowns(el).length > 0, 'the revocation was not refused', { timeout: 8000 });
      first(el, '#name')!.focus();
      await typeKeys('Printer');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => all(el, '[role=alert]').some((a) => words(a).startsWith(en.appPasswordsCreateFailed)), 'Create did not fail', { timeout: 8000 });
    },
    blocked: (el) => first(el, '#confirm-revoke'),
  },
  {
    name: '<mfa-authenticator-list>: Save a new name',
    user: 'adele',
    tag: 'mfa-authenticator-list',
    refused: 'renameAuthenticator',
    ready: (el) => first(el, '[part~="list"]'),
    act: async (el) => {
      all(el, 'button').find((b) => words(b).startsWith('Rename'))!.click();
      await el.updateComplete;
      const input = first(el, '#rename-input') as HTMLInputElement;
      input.focus();
      input.select();
      await typeKeys('Tablet');
      await el.updateComplete;
      button(el, en.save)!.click();
    },
    blocked: (el) => button(el, en.save),
  },
  {
    name: '<mfa-authenticator-list>: Remove, in its dialog',
    user: 'adele',
    tag: 'mfa-authenticator-list',
    refused: 'deleteAuthenticator',
    prepare: async (s) => {
      const enrollment = await (await s.clientFor('adele')).startEnrollment({ kind: 'push', name: 'Old tablet' });
      await s.controlCall('POST', `/push/${enrollment.enrollmentId}/approve`);
    },
    ready: (el) => first(el, '[part~="list"]'),
    act: async (el) => {
      all(el, 'button').filter((b) => words(b).startsWith(en.authRemove)).pop()!.click();
      await el.updateComplete;
      [...first(el, 'dialog')!.querySelectorAll('button')].find((b) => words(b) === en.authRemove)!.click();
    },
    blocked: (el) => [...first(el, 'dialog')!.querySelectorAll<HTMLElement>('button')].find((b) => words(b) === en.authRemove),
  },
  {
    name: '<mfa-user-admin>: Run',
    user: 'dana',
    tag: 'mfa-user-admin',
    props: { users: [{ id: 'adele', displayName: 'Adele Vance' }] },
    refused: 'runAdminAction',
    ready: (el) => first(el, '#action-delete-app-passwords'),
    act: async (el) => {
      await reviewAction(el);
      first(el, '[part~="run-button"]')!.click();
    },
    blocked: (el) => first(el, '[part~="run-button"]'),
  },
  {
    name: '<mfa-security-info>: Save a default method',
    user: 'adele',
    tag: 'mfa-security-info',
    refused: 'setDefaultMethod',
    ready: (el) => button(el, en.securityInfoChange),
    act: async (el) => {
      button(el, en.securityInfoChange)!.click();
      await waitUntil(() => first(el, '#radio-app-code'), 'the picker never loaded', { timeout: 8000 });
      first(el, '#radio-app-code')!.click();
      await waitUntil(() => first(el, '[part~="save-button"]')?.getAttribute('aria-disabled') === 'false', 'Save never became available');
      first(el, '[part~="save-button"]')!.click();
    },
    blocked: (el) => first(el, '[part~="save-button"]'),
  },
  {
    name: '<mfa-authenticator-enroll>: Continue',
    user: 'adele',
    tag: 'mfa-authenticator-enroll',
    refused: 'startEnrollment',
    ready: (el) => first(el, '#name'),
    act: async (el) => button(el, en.enrollStart)!.click(),
    blocked: (el) => button(el, en.enrollStart),
  },
  {
    name: '<mfa-authenticator-enroll>: Verify',
    user: 'adele',
    tag: 'mfa-authenticator-enroll',
    refused: 'verifyEnrollment',
    ready: (el) => first(el, '#name'),
    act: async (el) => {
      await startCodeApp(el);
      first(el, 'input[autocomplete="one-time-code"]')!.focus();
      // Typed in full, the code is sent.
      await typeKeys('123456');
    },
    blocked: (el) => button(el, en.enrollVerify),
  },
  {
    name: '<mfa-authenticator-enroll>: Cancel, waiting for a push app',
    user: 'adele',
    tag: 'mfa-authenticator-enroll',
    refused: 'cancelEnrollment',
    ready: (el) => first(el, '#name'),
    act: async (el) => {
      first(el, '#kind-push')!.click();
      await el.updateComplete;
      button(el, en.enrollStart)!.click();
      await waitUntil(() => el.step === 'waiting', 'the set-up never started', { timeout: 8000 });
      await el.updateComplete;
      button(el, en.cancel)!.click();
    },
    blocked: (el) => button(el, en.cancel),
  },
];

describe('a rate limit counts down where it is seen, and is said once', () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const s = await newSandbox();
      await c.prepare?.(s);
      const { token, csrfToken } = await s.signIn(c.user);
      const provider = await fixture<HTMLElement>(html`<mfa-provider locale="en" endpoint=${s.endpoint}
        .headers=${() => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken })}></mfa-provider>`);
      const el = Object.assign(document.createElement(c.tag) as El, c.props ?? {});
      provider.append(el);
      await waitUntil(() => c.ready(el), 'not loaded', { timeout: 8000 });
      await el.updateComplete;
      const faults = [{ kind: 'rate-limit', retryAfterSeconds: 30, times: 1, operations: [c.refused] }, ...(c.faults ?? [])];
      await s.controlCall('PUT', '/faults', { faults });
      // What changes in a live region, anywhere in the element, from when it is observed.
      const said: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target instanceof Element ? record.target : record.target.parentElement;
          if (target && liveness(target) !== 'off') said.push(words(target));
        }
      });
      // The page's clock stopped: the wait moves on only as the test moves it.
      const clock = stopClock();
      try {
        await c.act(el);
        await waitUntil(() => countdowns(el).some((d) => d.seen), 'no countdown seen', { timeout: 8000 });
        await el.updateComplete;
        const seen = () => countdowns(el).filter((d) => d.seen);
        expect(seen().map((d) => d.live), 'the copy seen is no live region').to.deep.equal(['off']);
        expect(seen()[0]!.text).to.match(/try again in 30 seconds\.$/);
        expect(c.blocked(el)!.getAttribute('aria-disabled')).to.equal('true');
        expect(blankSpace(el), 'blank space for the empty regions').to.be.closeTo(0, 0.5);

        for (const root of roots(el.shadowRoot!)) observer.observe(root, { subtree: true, childList: true, characterData: true });
        // Two seconds: each waits for the element's one-second tick in real time (the run's length).
        for (let second = 29; second >= 28; second--) {
          clock.advance(1000);
          await waitUntil(() => seen()[0]?.text.endsWith(`in ${second} seconds.`), `the copy never said ${second} seconds`, { timeout: 3000 });
        }
        await el.updateComplete;
        expect(said, 'said while the seconds go by').to.deep.equal([]);

        clock.advance(29_000);
        await waitUntil(() => countdowns(el).length === 0, 'the wait never ended', { timeout: 4000 });
        await waitUntil(() => c.blocked(el)?.getAttribute('aria-disabled') === 'false', 'the control never came back', { timeout: 4000 });
        await el.updateComplete;
        expect(said.filter(Boolean), 'said when the wait is over').to.include(en.retryNow);
        expect(blankSpace(el), 'blank space for the empty regions, the wait over').to.be.closeTo(0, 0.5);
      } finally {
        observer.disconnect();
        clock.restore();
      }
    });
  }
});
