import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import '../src/index.js';
import type { MfaOperation } from '../src/core/client.js';
import { en } from '../src/locales/en.js';
import { stopClock } from './support/clock.js';
import { describedText, textOf } from './support/aria.js';
import { newSandbox } from './support/sandbox.js';

// The live regions (status lines, alerts) stay rendered while they say nothing, so screen readers
// announce them when they fill. Empty, they must take no room: no blank space, not even the gap of
// the flex or grid column they are in; saying something, they take their place as any other block.

type El = HTMLElement & { updateComplete: Promise<unknown> };

const words = (node: Node) => node.textContent!.replace(/\u200b/g, '').trim();

/** The outermost empty live regions (alerts, status lines and error parts) of a shadow tree, nested elements' included. */
function emptyRegions(root: ShadowRoot, found: HTMLElement[] = []): HTMLElement[] {
  for (const node of root.querySelectorAll<HTMLElement>('[role=status],[role=alert],[part~=status],[part~=error]')) {
    if (words(node) === '' && !found.some((outer) => outer.contains(node))) found.push(node);
  }
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) emptyRegions(el.shadowRoot, found);
  return found;
}

/** How much taller the element is with its empty live regions than with them left out. */
function blankSpace(host: HTMLElement): number {
  const regions = emptyRegions(host.shadowRoot!);
  expect(regions.length, 'empty live regions').to.be.greaterThan(0);
  for (const region of regions) {
    // Still rendered, so in the accessibility tree.
    const style = getComputedStyle(region);
    expect(style.display, region.outerHTML).to.not.equal('none');
    expect(style.visibility, region.outerHTML).to.equal('visible');
  }
  const height = () => host.getBoundingClientRect().height;
  const withThem = height();
  for (const region of regions) region.style.setProperty('display', 'none', 'important');
  const without = height();
  for (const region of regions) region.style.removeProperty('display');
  return withThem - without;
}

/** The element's own alert that says something, with the room it takes. */
function shownAlert(el: El): HTMLElement | undefined {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=error]')].find((node) => words(node) !== '');
}

/** Mounts an element whose load (`operation`, if any) fails (`fault`: a server error) until `recover()`. */
async function mountFailing(tag: string, user: string, operation?: MfaOperation, extra: Record<string, unknown> = {}, fault: object = { kind: 'server-error' }) {
  const s = await newSandbox();
  if (operation) await s.controlCall('PUT', '/faults', { faults: [{ ...fault, times: 1000, operations: [operation] }] });
  const { token, csrfToken } = await s.signIn(user);
  const provider = await fixture<HTMLElement>(html`<mfa-provider locale="en" endpoint=${s.endpoint}
    .headers=${() => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken })}></mfa-provider>`);
  const el = Object.assign(document.createElement(tag) as El, extra);
  provider.append(el);
  return { el, recover: () => s.controlCall('PUT', '/faults', { faults: [] }) };
}

/** The element saying what failed: the alert has words and its place, and no other region adds space. */
async function expectAlertPlaced(el: El): Promise<void> {
  await waitUntil(() => shownAlert(el) && el.shadowRoot!.querySelector('[data-load-retry]'), 'no failure shown', { timeout: 8000 });
  await el.updateComplete;
  const alert = shownAlert(el)!;
  const box = alert.getBoundingClientRect();
  expect(box.height, 'the alert has its height').to.be.greaterThan(10);
  expect(getComputedStyle(alert).position).to.equal('static');
  // Nothing before it overlaps it.
  const before = alert.previousElementSibling?.getBoundingClientRect();
  if (before && before.height > 0) expect(box.top).to.be.at.least(before.bottom);
  expect(blankSpace(el), 'blank space for the empty regions, with the alert shown').to.be.closeTo(0, 0.5);
}

const elements: [string, string, MfaOperation, Record<string, unknown>?][] = [
  ['mfa-method-picker', 'adele', 'getSettings'],
  ['mfa-app-passwords', 'adele', 'listAppPasswords'],
  ['mfa-user-admin', 'dana', 'getSettings', { users: [{ id: 'adele', displayName: 'Adele Vance' }] }],
  ['mfa-authenticator-list', 'adele', 'listAuthenticators'],
  ['mfa-authenticator-enroll', 'adele', 'getSettings'],
  ['mfa-phone-editor', 'adele', 'getSettings'],
  ['mfa-security-info', 'adele', 'getSettings'],
];

describe('empty live regions take no room', () => {
  for (const [tag, user, operation, extra] of elements) {
    it(`<${tag}>: none while idle, with a failure shown, and once it is over`, async () => {
      const { el, recover } = await mountFailing(tag, user, operation, extra);
      await expectAlertPlaced(el);
      // Tabbed to, Try again says what failed: the alert describes it.
      const alert = [...el.shadowRoot!.querySelectorAll('[role=alert]')].find((node) => words(node) !== '');
      const said = describedText(el.shadowRoot!.querySelector('[data-load-retry]')!);
      expect([said.length > 0, said]).to.deep.equal([true, textOf(alert, 'said')]);
      await recover();
      el.shadowRoot!.querySelector<HTMLElement>('[data-load-retry]')!.click();
      await waitUntil(() => !shownAlert(el) && !el.shadowRoot!.querySelector('[aria-busy=true]'), 'the failure stayed', { timeout: 8000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await el.updateComplete;
      expect(blankSpace(el), 'blank space for the empty regions').to.be.closeTo(0, 0.5);
    });
  }

  it('<mfa-method-picker>: its status line, saying something, has its place and its gap below the choices', async () => {
    const { el } = await mountFailing('mfa-method-picker', 'adele');
    await waitUntil(() => el.shadowRoot!.querySelector('#radio-call-mobile'), 'no choices', { timeout: 8000 });
    el.shadowRoot!.querySelector<HTMLInputElement>('#radio-call-mobile')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLElement>('[part~="save-button"]')!.click();
    const status = el.shadowRoot!.querySelector<HTMLElement>('#status')!;
    await waitUntil(() => words(status) !== '', 'the status line said nothing', { timeout: 8000 });
    await el.updateComplete;
    const gap = Number.parseFloat(getComputedStyle(el.shadowRoot!.querySelector('.base')!).rowGap);
    const last = el.shadowRoot!.querySelector('form')!.lastElementChild!.getBoundingClientRect();
    const box = status.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(10);
    expect(box.top - last.bottom, 'above the status line').to.be.closeTo(gap, 0.5);
    expect(blankSpace(el)).to.be.closeTo(0, 0.5);
  });

  it('<mfa-phone-editor>: a rate limit\'s wait line has one gap above it, its alert\'s words kept hidden and in the tree', async () => {
    const { el } = await mountFailing('mfa-phone-editor', 'adele', 'getSettings', {}, { kind: 'rate-limit', retryAfterSeconds: 60 });
    const wait = () => el.shadowRoot!.querySelector<HTMLElement>('#wait');
    await waitUntil(wait, 'no wait line', { timeout: 8000 });
    await el.updateComplete;
    // Heard, not seen: the refusal's words stay in the alert, rendered (so in the accessibility tree) and clipped.
    const alert = el.shadowRoot!.querySelector<HTMLElement>('[role=alert]')!;
    expect(words(alert)).to.match(/^Please wait: you can try again in/);
    expect(getComputedStyle(alert).display).to.not.equal('none');
    expect(getComputedStyle(alert).visibility).to.equal('visible');
    expect([...alert.querySelectorAll('*')].every((node) => getComputedStyle(node).visibility === 'visible')).to.equal(true);
    const above = el.shadowRoot!.querySelector('[data-load-retry]')!.parentElement!.getBoundingClientRect();
    const gap = Number.parseFloat(getComputedStyle(el.shadowRoot!.querySelector('[part=base]')!).rowGap);
    expect(gap).to.be.greaterThan(0);
    expect(wait()!.getBoundingClientRect().top - above.bottom, 'above the wait line').to.be.closeTo(gap, 0.5);
  });

  it('<mfa-code-input>: none while idle, and once its error is cleared; an error shown has its place', async () => {
    const el = await fixture<El & { error?: string }>(html`<mfa-code-input lang="en" label="Code"></mfa-code-input>`);
    expect(blankSpace(el)).to.be.closeTo(0, 0.5);
    const input = el.shadowRoot!.querySelector('input')!.getBoundingClientRect();
    el.error = 'That code is not right.';
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector<HTMLElement>('[part~=error]')!.getBoundingClientRect();
    expect(alert.height).to.be.greaterThan(10);
    expect(alert.top).to.be.greaterThan(input.bottom);
    el.error = '';
    await el.updateComplete;
    expect(blankSpace(el)).to.be.closeTo(0, 0.5);
  });
});

describe('empty live regions a host styles show nothing', () => {
  // A page may style the parts as callouts (padding, a background, a border): an empty region, out of
  // the flow, must not show as a small box over what follows it, nor take the clicks meant for it.
  const elements: [string, string][] = [
    ['mfa-method-picker', '#radio-call-mobile'],
    ['mfa-authenticator-list', '[part~=list]'],
    ['mfa-app-passwords', '[part~=create-form]'],
  ];
  for (const [tag, loaded] of elements) {
    it(`<${tag}>: its empty status line and alerts, styled by the page, are not seen`, async () => {
      const style = document.createElement('style');
      style.textContent = `${tag}::part(status), ${tag}::part(error) { padding: 12px; border: 2px solid rgb(0, 0, 0); background: rgb(255, 200, 0); }`;
      document.head.append(style);
      try {
        const { el } = await mountFailing(tag, 'adele');
        await waitUntil(() => el.shadowRoot!.querySelector(loaded), 'not loaded', { timeout: 8000 });
        await new Promise((resolve) => setTimeout(resolve, 300));
        await el.updateComplete;
        const regions = emptyRegions(el.shadowRoot!).filter((region) => region.getRootNode() === el.shadowRoot);
        expect(regions.length, 'empty live regions').to.be.greaterThan(0);
        for (const region of regions) {
          const box = region.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          const seen = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
          expect(seen && region.contains(seen), `${region.outerHTML}: seen`).to.equal(false);
        }
      } finally {
        style.remove();
      }
    });
  }
});

describe('a rate limit\'s countdown sits in the error part a page styles, its refusal heard, not seen', () => {
  // The set-up's alert keeps the refusal it announced, visually hidden, while the copy seen in its
  // place counts the wait down: inside the error part, as the other elements' countdowns are, so a
  // page's callout style on the part frames it; the wait over, the empty part draws no box over the
  // form, nor adds room; a failure that follows has its box and its place.
  it('<mfa-authenticator-enroll>: the start refused by a rate limit, its wait over, then a server error', async () => {
    const style = document.createElement('style');
    style.textContent = 'mfa-authenticator-enroll::part(error) { padding: 12px; border: 2px solid rgb(0, 0, 0); background: rgb(255, 200, 0); }';
    document.head.append(style);
    const clock = stopClock();
    try {
      const s = await newSandbox();
      const { token, csrfToken } = await s.signIn('adele');
      const provider = await fixture<HTMLElement>(html`<mfa-provider locale="en" endpoint=${s.endpoint}
        .headers=${() => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken })}></mfa-provider>`);
      const el = document.createElement('mfa-authenticator-enroll') as El;
      provider.append(el);
      await waitUntil(() => el.shadowRoot!.querySelector('#name'), 'not loaded', { timeout: 8000 });
      const start = () => el.shadowRoot!.querySelector<HTMLElement>('button[type=submit]')!.click();
      const region = () => el.shadowRoot!.querySelector<HTMLElement>('[part~=error]')!;
      /** The region is out of sight: it adds no room, and what is at its place is something else. */
      const expectUnseen = () => {
        const before = el.getBoundingClientRect().height;
        region().style.setProperty('display', 'none', 'important');
        const without = el.getBoundingClientRect().height;
        region().style.removeProperty('display');
        expect(before - without, 'room taken by the alert').to.be.closeTo(0, 0.5);
        const box = region().getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return;
        const seen = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        expect(seen && region().contains(seen), `${region().outerHTML}: seen`).to.equal(false);
      };

      await s.controlCall('PUT', '/faults', { faults: [{ kind: 'rate-limit', retryAfterSeconds: 30, times: 1, operations: ['startEnrollment'] }] });
      start();
      const wait = () => el.shadowRoot!.querySelector<HTMLElement>('#wait');
      await waitUntil(() => wait(), 'no countdown', { timeout: 8000 });
      await el.updateComplete;
      // Heard: the refusal as the alert announced it, kept there, visually hidden.
      const alert = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=alert]')].find((a) => words(a) !== '');
      expect(words(alert!)).to.equal(en.errorRateLimited('30 seconds'));
      const hidden = alert!.getBoundingClientRect();
      const atAlert = el.shadowRoot!.elementFromPoint(hidden.left + hidden.width / 2, hidden.top + hidden.height / 2);
      expect(Boolean(atAlert && alert!.contains(atAlert)), 'the refusal is seen').to.equal(false);
      // Seen: the countdown, framed by the page's callout (its padding and border around it).
      expect(region().contains(wait()), 'the countdown is inside the error part').to.equal(true);
      const framed = region().getBoundingClientRect();
      const copy = wait()!.getBoundingClientRect();
      expect(copy.height, 'the countdown is seen').to.be.greaterThan(10);
      expect(copy.top - framed.top, 'the callout\'s border and padding above the countdown').to.be.closeTo(14, 0.5);
      expect(framed.bottom - copy.bottom, 'and below it').to.be.closeTo(14, 0.5);
      const corner = el.shadowRoot!.elementFromPoint(framed.left + 6, framed.top + 6);
      expect(corner, 'the callout is drawn').to.equal(region());

      clock.advance(31_000);
      await waitUntil(() => !wait(), 'the wait never ended', { timeout: 4000 });
      await el.updateComplete;
      expect(words(region())).to.equal('');
      expectUnseen();

      await s.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 1, operations: ['startEnrollment'] }] });
      start();
      await waitUntil(() => words(region()) === en.errorServer, 'no failure shown', { timeout: 8000 });
      await el.updateComplete;
      const box = region().getBoundingClientRect();
      expect(box.height, 'the alert has its box').to.be.greaterThan(40);
      expect(getComputedStyle(region()).position).to.equal('static');
      const seen = el.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(seen && region().contains(seen), 'the alert is seen').to.equal(true);
    } finally {
      clock.restore();
      style.remove();
    }
  });
});
