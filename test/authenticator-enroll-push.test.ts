import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from './support/wait.js';
import '../src/components/authenticator-enroll/authenticator-enroll.js';
import '../src/components/authenticator-list/authenticator-list.js';
import '../src/components/provider/provider.js';
import type {
  MfaAuthenticatorAddedEvent,
  MfaEnrollmentCancelEvent,
} from '../src/components/authenticator-enroll/authenticator-enroll.js';
import type { FetchClientOptions } from '../src/core/client.js';
import { copyShortcut } from '../src/core/copy-shortcut.js';
import { en } from '../src/locales/en.js';
import { zhHans } from '../src/locales/zh-Hans.js';
import { type Sandbox, newSandbox } from './support/sandbox.js';
import { type El, $, text, button, statusText, alertText, stepIs } from './support/enroll.js';
import { accessibleName, describedText, isolated, liveness } from './support/aria.js';
import { withClockAhead } from './support/clock.js';

// Push apps activate themselves: the element polls `getEnrollment` (2 s, then 1.5× up to 10 s).

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


/** Mounts the element with its own client (`options` for it), counting the polls it sends; `answer` may answer a request instead of the endpoint. */
async function mount(
  s: Sandbox,
  user = 'adele',
  answer?: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response> | undefined,
  options?: Partial<FetchClientOptions>,
) {
  const polls = { count: 0 };
  const client = await s.clientFor(user, {
    ...options,
    fetch: (input, init) => {
      if ((init?.method ?? 'GET') === 'GET' && /\/authenticators\/enrollments\/[^/]+$/.test(String(input))) polls.count++;
      return answer?.(input, init) ?? fetch(input, init);
    },
  });
  const wrapper = await fixture<HTMLDivElement>(html`<div><mfa-authenticator-enroll lang="en" .client=${client}></mfa-authenticator-enroll></div>`);
  const el = wrapper.querySelector<El>('mfa-authenticator-enroll')!;
  await waitUntil(() => $(el, '#name'), 'the settings never loaded', { timeout: 5000 });
  return { el, wrapper, polls };
}

/** An `answer` for `mount` that leaves the polls to the endpoint, and notes each one's status and when it came. */
function notingPolls() {
  const answered: { status: number; at: number }[] = [];
  const answer = (input: RequestInfo | URL, init?: RequestInit) =>
    (init?.method ?? 'GET') === 'GET' && /\/authenticators\/enrollments\/[^/]+$/.test(String(input))
      ? fetch(input, init).then((res) => {
          answered.push({ status: res.status, at: performance.now() });
          return res;
        })
      : undefined;
  return { answered, answer };
}

async function startPush(el: El) {
  $<HTMLInputElement>(el, '#kind-push')!.click();
  await el.updateComplete;
  button(el, en.enrollStart)!.click();
  await stepIs(el, 'waiting');
}

async function pendingId(s: Sandbox, user = 'adele') {
  const list = await s.controlCall<{ enrollmentId: string }[]>('GET', `/enrollments?userId=${user}`);
  return list[list.length - 1]!.enrollmentId;
}

/** The copy buttons, by what a screen reader names them. */
const copyButtonNames = (el: El) => [...el.shadowRoot!.querySelectorAll('[part~="copy-button"]')].map(accessibleName);

/** The clipboard answers `write` for the duration of `run`, then is itself again. */
async function withClipboard(write: (text: string) => Promise<void>, run: () => Promise<void>): Promise<void> {
  Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: write });
  try {
    await run();
  } finally {
    delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
  }
}

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('<mfa-authenticator-enroll> push apps', () => {
  let s: Sandbox;
  beforeEach(async () => {
    s = await newSandbox();
  });
  afterEach(() => {
    delete (document as unknown as Record<string, unknown>).visibilityState;
  });

  it('shows the activation QR code and text, waits, and finishes when the app activates', async () => {
    const { el } = await mount(s);
    await startPush(el);
    await waitUntil(() => $(el, 'svg[part~="qr"] path'), 'no QR code', { timeout: 5000 });
    expect($(el, '[part~="qr"]')!.getAttribute('aria-label')).to.equal(en.enrollPushQrAlt);
    const details = text($(el, '[part~="manual-key"] dl'));
    expect(details).to.match(/\d{3} \d{3} \d{3}/);
    expect(details).to.contain('https://push.contoso.example/activate/');
    // The code and the URL read left to right in any page, isolated from the text around them.
    const url = [...el.shadowRoot!.querySelectorAll('[part~="manual-key"] dd')].at(-1)!;
    for (const ltr of [$(el, '[part~="key"]')!, url]) {
      expect([getComputedStyle(ltr).direction, getComputedStyle(ltr).unicodeBidi]).to.deep.equal(['ltr', 'isolate']);
    }
    expect(statusText(el)).to.equal(en.enrollWaiting);
    await expect(el).to.be.accessible();
    const added = oneEvent(el, 'mfa-authenticator-added') as Promise<MfaAuthenticatorAddedEvent>;
    await s.controlCall('POST', `/push/${await pendingId(s)}/approve`);
    const event = await added;
    expect(event.detail.kind).to.equal('push');
    expect(event.detail.name).to.equal(en.enrollDefaultName);
    await stepIs(el, 'done');
    expect(statusText(el)).to.equal(en.enrollDone(isolated(en.enrollDefaultName)));
    expect(el.shadowRoot!.innerHTML).not.to.contain('push.contoso.example');
    await expect(el).to.be.accessible();
  });

  it('an app approved just before the host cancels its set-up (a dialog closed) shows on the page: the withdrawal is refused, the page reads again', async () => {
    const client = await s.clientFor('ben');
    const provider = await fixture(html`<mfa-provider locale="en" .client=${client}>
      <mfa-authenticator-enroll></mfa-authenticator-enroll><mfa-authenticator-list></mfa-authenticator-list></mfa-provider>`);
    const el = provider.querySelector<El>('mfa-authenticator-enroll')!;
    const names = () => [...provider.querySelector('mfa-authenticator-list')!.shadowRoot!.querySelectorAll('[part~="name"]')].map(text);
    await waitUntil(() => $(el, '#name'), 'the settings never loaded');
    await startPush(el);
    const heard: string[] = [];
    let added: MfaAuthenticatorAddedEvent['detail'] | undefined;
    el.addEventListener('mfa-enrollment-cancel', () => heard.push('cancel'));
    el.addEventListener('mfa-authenticator-added', (event) => {
      heard.push('added');
      added = event.detail;
    });
    // Approved on the phone, then the set-up closed before the page's first look (2 s after the start).
    await s.controlCall('POST', `/push/${await pendingId(s, 'ben')}/approve`);
    el.cancel();
    await waitUntil(() => names().length > 0, 'the app added is not shown');
    expect(names()).to.deep.equal([en.enrollDefaultName]);
    // The host, told the set-up was cancelled, then hears the app the endpoint kept.
    await waitUntil(() => added, 'the host never heard the app added');
    expect(heard).to.deep.equal(['cancel', 'added']);
    const [app] = (await client.getSettings()).authenticators;
    expect(added).to.deep.equal({ id: app!.id, name: en.enrollDefaultName, kind: 'push' });
  });

  it('copies the activation code and the URL, each by a button named by what it copies, and says which was copied', async () => {
    const { el } = await mount(s);
    await startPush(el);
    expect(copyButtonNames(el)).to.deep.equal([en.enrollCopyCode, en.enrollCopyUrl]);
    // As the app takes them: the code without the spaces that group it for reading, the URL whole.
    const code = text($(el, '[part~="key"]')).replace(/ /g, '');
    const url = text([...el.shadowRoot!.querySelectorAll('[part~="manual-key"] dd')].at(-1));
    const copied: string[] = [];
    await withClipboard(
      async (value) => {
        copied.push(value);
      },
      async () => {
        button(el, en.enrollCopyCode)!.click();
        await waitUntil(() => statusText(el) === en.enrollCodeCopied, `no confirmation (the status says "${statusText(el)}")`);
        button(el, en.enrollCopyUrl)!.click();
        await waitUntil(() => statusText(el) === en.enrollUrlCopied, `no confirmation (the status says "${statusText(el)}")`);
      },
    );
    expect(copied).to.deep.equal([code, url]);
    expect(url).to.match(/^https:\/\/push\.contoso\.example\/activate\//);
    expect(liveness($(el, '[part~="status"]'))).to.equal('polite');
    await expect(el).to.be.accessible();
    // The app activates: the confirmation replaces what was copied.
    await s.controlCall('POST', `/push/${await pendingId(s)}/approve`);
    await stepIs(el, 'done');
    expect(statusText(el)).to.equal(en.enrollDone(isolated(en.enrollDefaultName)));
  });

  it('selects the value whose copy the clipboard refused, in a field labelled as that value', async () => {
    const { el } = await mount(s);
    await startPush(el);
    const code = text($(el, '[part~="key"]')).replace(/ /g, '');
    const url = text([...el.shadowRoot!.querySelectorAll('[part~="manual-key"] dd')].at(-1));
    const field = () => $<HTMLInputElement>(el, '#key-to-copy');
    const selected = () => {
      const input = field()!;
      return input.value.slice(input.selectionStart!, input.selectionEnd!);
    };
    await withClipboard(
      () => Promise.reject(new DOMException('Denied', 'NotAllowedError')),
      async () => {
        button(el, en.enrollCopyUrl)!.click();
        await waitUntil(() => field(), 'no field to copy the URL from');
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement === field(), 'the field has the focus').to.equal(true);
        expect(selected()).to.equal(url);
        expect(accessibleName(field()!)).to.equal(en.enrollActivationUrl);
        expect(describedText(field()!)).to.equal(en.enrollCopyBlocked(copyShortcut()));
        // Nothing was copied: the status line still says the page waits.
        expect(statusText(el)).to.equal(en.enrollWaiting);
        await expect(el).to.be.accessible();
        button(el, en.enrollCopyCode)!.click();
        await waitUntil(() => field()?.value === code, 'the field never took the code');
        await el.updateComplete;
        expect(el.shadowRoot!.activeElement === field(), 'the field has the focus').to.equal(true);
        expect(selected()).to.equal(code);
        expect(accessibleName(field()!)).to.equal(en.enrollActivationCode);
        expect(el.shadowRoot!.querySelectorAll('#key-to-copy').length, 'one field to copy from').to.equal(1);
      },
    );
  });

  it('names the copy buttons in Chinese', async () => {
    const client = await s.clientFor('adele');
    const el = await fixture<El>(html`<mfa-authenticator-enroll lang="zh-Hans" .client=${client}></mfa-authenticator-enroll>`);
    await waitUntil(() => text($(el, 'label[for="name"]')) === zhHans.enrollNameLabel, 'no Chinese form', { timeout: 5000 });
    $<HTMLInputElement>(el, '#kind-push')!.click();
    await el.updateComplete;
    button(el, zhHans.enrollStart)!.click();
    await stepIs(el, 'waiting');
    expect(copyButtonNames(el)).to.deep.equal([zhHans.enrollCopyCode, zhHans.enrollCopyUrl]);
  });

  it('says an activation once: by the live status line when the user is elsewhere, as what has the focus when it was in the step', async () => {
    const { el, wrapper } = await mount(s);
    await startPush(el);
    // Elsewhere on the page: the focus stays there, and the live region says it.
    const elsewhere = document.createElement('button');
    elsewhere.textContent = 'Elsewhere';
    wrapper.append(elsewhere);
    elsewhere.focus();
    // A live region must be there before its words come, for every screen reader to say them: the
    // status line saying "…is set up" is the one that said it waited, not a new one.
    const waiting = $(el, '[part~="status"]');
    await s.controlCall('POST', `/push/${await pendingId(s)}/approve`);
    await stepIs(el, 'done');
    expect(statusText(el)).to.equal(en.enrollDone(isolated(en.enrollDefaultName)));
    expect($(el, '[part~="status"]') === waiting, 'the status line is a new live region').to.equal(true);
    expect(liveness($(el, '[part~="status"]')), 'said without the focus: by the live region').to.equal('polite');
    expect(document.activeElement === elsewhere, 'the focus was taken from the page').to.equal(true);
    // In the step: it goes, and the confirmation takes the focus; it is not live too, or it is read twice.
    button(el, en.enrollAnother)!.click();
    await stepIs(el, 'choose');
    const name = $<HTMLInputElement>(el, '#name')!;
    name.value = 'Tablet';
    name.dispatchEvent(new Event('input'));
    button(el, en.enrollStart)!.click();
    await stepIs(el, 'waiting');
    expect(el.shadowRoot!.activeElement !== null, 'the focus is not in the step').to.equal(true);
    await s.controlCall('POST', `/push/${await pendingId(s)}/approve`);
    await stepIs(el, 'done');
    const status = $(el, '[part~="status"]');
    expect(el.shadowRoot!.activeElement === status, 'the confirmation has the focus').to.equal(true);
    expect(liveness(status), 'the focused confirmation is live too: read twice').to.equal('off');
  });

  it("says when the set-up ends, as the endpoint set it, in the intro read as it shows, and warns politely once in its last minute", async () => {
    const { el, polls } = await mount(s);
    await startPush(el);
    const { expiresAt } = await (await s.clientFor('adele')).getEnrollment(await pendingId(s));
    const ends = new Date(expiresAt);
    // The protocol's 10 minutes, read from the endpoint's answer.
    expect(ends.getTime() - Date.now()).to.be.within(590_000, 600_000);
    const time = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(ends);
    const intro = $(el, '.intro')!;
    expect(text(intro)).to.equal(`${en.enrollScanPush} ${en.enrollEndsAt(time)}`);
    // The intro takes the focus as the step shows: a screen reader reads the end with it.
    expect(el.shadowRoot!.activeElement === intro, 'the intro has the focus').to.equal(true);
    expect(statusText(el), 'no warning with 10 minutes left').to.equal(en.enrollWaiting);
    await expect(el).to.be.accessible();
    // 50 seconds left, by the page's clock: the status line adds the warning at the next poll's answer.
    await withClockAhead(ends.getTime() - Date.now() - 50_000, async () => {
      const line = $(el, '[part~="status"]')!;
      await waitUntil(() => statusText(el) === `${en.enrollWaiting} ${en.enrollEndsSoon}`, `no warning (the status says "${statusText(el)}")`, { timeout: 8000 });
      expect(liveness(line), 'said by the polite live region').to.equal('polite');
      // Said once: the polls that follow leave the line as it is (no countdown read each time).
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      observer.observe(line, { subtree: true, childList: true, characterData: true });
      const seen = polls.count;
      await waitUntil(() => polls.count > seen, 'no poll after the warning', { timeout: 12_000 });
      await el.updateComplete;
      observer.disconnect();
      expect(changes, 'the status line changed again').to.have.length(0);
      expect(text(intro), 'the end shown is the same').to.equal(`${en.enrollScanPush} ${en.enrollEndsAt(time)}`);
      await expect(el).to.be.accessible();
    });
  }).timeout(30_000);

  it("shows the set-up's end on the page's clock where the endpoint's clock is another", async () => {
    const { el } = await mount(s);
    // The endpoint's clock 14 minutes ahead of the page's (its Date header says so).
    await s.controlCall('POST', '/clock', { advanceSeconds: 840 });
    await startPush(el);
    const { expiresAt } = await (await s.clientFor('adele')).getEnrollment(await pendingId(s));
    // The clocks' difference is read from the Date header's whole seconds, and the trip: the end is
    // moved by 840 seconds, give or take two, which may fall either side of a minute.
    const ends = Date.parse(expiresAt) - 840_000;
    const times = [-2000, 0, 2000].map((ms) => new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(ends + ms));
    expect(times.map((time) => `${en.enrollScanPush} ${en.enrollEndsAt(time)}`)).to.include(text($(el, '.intro')));
    expect(statusText(el), 'no warning with 10 minutes left').to.equal(en.enrollWaiting);
  });

  it('says when the activation expired, and offers to start again, with the focus that was in the step', async () => {
    const { el } = await mount(s);
    await startPush(el);
    $(el, '.intro')!.focus();
    await s.controlCall('POST', '/clock', { advanceSeconds: 601 });
    await stepIs(el, 'expired');
    expect(alertText(el)).to.equal(en.enrollExpired);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === button(el, en.enrollStartAgain), 'Start again has the focus').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('says the activation expired when the endpoint no longer knows it (404), rather than a Retry answered 404 for ever', async () => {
    // An endpoint that forgets an enrollment once it has expired (a cache with a time to live).
    const forgot = { now: false };
    const { el, polls } = await mount(s, 'adele', (input, init) =>
      forgot.now && (init?.method ?? 'GET') === 'GET' && /\/authenticators\/enrollments\/[^/]+$/.test(String(input))
        ? Promise.resolve(Response.json({ error: { code: 'not-found', message: 'No such enrollment.' } }, { status: 404 }))
        : undefined,
    );
    await startPush(el);
    $(el, '.intro')!.focus();
    forgot.now = true;
    await stepIs(el, 'expired', 9000);
    expect(alertText(el)).to.equal(en.enrollExpired);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement === button(el, en.enrollStartAgain), 'Start again has the focus').to.equal(true);
    const sent = polls.count;
    // Longer than the polls' longest wait so far (2 s, then 3 s, 4.5 s).
    await wait(5000);
    expect(polls.count, 'polled after it ended').to.equal(sent);
    await expect(el).to.be.accessible();
  }).timeout(20_000);

  it('ends the wait when the endpoint says the set-up activated an app that is gone already (removed in another tab), rather than wait for ever', async () => {
    const removed = { now: false };
    const { el } = await mount(s, 'adele', (input, init) =>
      removed.now && (init?.method ?? 'GET') === 'GET' && /\/authenticators\/enrollments\/[^/]+$/.test(String(input))
        ? Promise.resolve(
            Response.json({ enrollmentId: String(input).split('/').pop(), kind: 'push', name: 'Authenticator app', status: 'activated', expiresAt: new Date(Date.now() + 60_000).toISOString() }),
          )
        : undefined,
    );
    await startPush(el);
    removed.now = true;
    await stepIs(el, 'expired', 9000);
    expect(alertText(el)).to.equal(en.enrollCancelledElsewhere);
    expect(button(el, en.enrollStartAgain)).to.exist;
    await expect(el).to.be.accessible();
  }).timeout(15_000);

  it('does not poll while the page is hidden, and looks at once when it is back', async () => {
    const { el, polls } = await mount(s);
    await startPush(el);
    setVisibility('hidden');
    const before = polls.count;
    await s.controlCall('POST', `/push/${await pendingId(s)}/approve`);
    await wait(2600);
    expect(polls.count).to.equal(before);
    expect(el.step).to.equal('waiting');
    setVisibility('visible');
    await stepIs(el, 'done', 1000);
  });

  it('keeps waiting for the activation when moved in the page', async () => {
    const { el, wrapper } = await mount(s);
    await startPush(el);
    const elsewhere = document.createElement('section');
    wrapper.append(elsewhere);
    // A move: disconnected and connected again at once.
    elsewhere.append(el);
    await s.controlCall('POST', `/push/${await pendingId(s)}/approve`);
    await stepIs(el, 'done', 5000);
  });

  it('withdraws the activation on the endpoint when taken away, polls no more, and says so when back', async () => {
    const { el, wrapper, polls } = await mount(s);
    await startPush(el);
    const id = await pendingId(s);
    const client = await s.clientFor('adele');
    el.remove();
    // No device can activate with the code any more, and the user is not left to learn of one later.
    await waitUntil(async () => (await client.getEnrollment(id)).status === 'cancelled', 'the activation was not withdrawn', { timeout: 3000 });
    const before = polls.count;
    await wait(2600);
    expect(polls.count).to.equal(before);
    expect($(el, '[part~="manual-key"]'), 'the activation code is still in the element').to.equal(null);
    wrapper.append(el);
    await el.updateComplete;
    expect(el.step).to.equal('expired');
    expect(alertText(el)).to.equal(en.enrollInterrupted);
    expect(button(el, en.enrollStartAgain)).to.exist;
  });

  it('withdraws the activation when taken away after the sign-in grew old: no step-up can be asked for then', async () => {
    const { el } = await mount(s);
    // Started 14 minutes into the sign-in, left 2 minutes later: past the reference's 15 minutes
    // for a change, within the set-up's 10.
    await s.controlCall('POST', '/clock', { advanceSeconds: 840 });
    await startPush(el);
    const id = await pendingId(s);
    await s.controlCall('POST', '/clock', { advanceSeconds: 120 });
    const client = await s.clientFor('adele');
    el.cancel();
    await waitUntil(async () => (await client.getEnrollment(id)).status === 'cancelled', 'the activation was not withdrawn', { timeout: 3000 });
  });

  it('backs off between polls', async () => {
    const { el, polls } = await mount(s);
    await startPush(el);
    // Polls at about 2 s and 5 s after the start; a fixed 2 s interval would have polled 3 times.
    await wait(6200);
    expect(polls.count).to.equal(2);
    expect(el.step).to.equal('waiting');
  });

  it('waits out a rate limit on its polls, even one longer than a timer can count', async () => {
    const { el, polls } = await mount(s);
    await startPush(el);
    // About 25 days: a timer set for it would fire at once, and the polls follow one another.
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'rate-limit', retryAfterSeconds: 2_200_000, times: 1000, operations: ['getEnrollment'] }] });
    await wait(3500);
    expect(polls.count, 'polled again within the wait').to.equal(1);
    expect(el.step).to.equal('waiting');
  });

  it('does not poll again before the wait a rate limit asked for is over, when the page is shown again or the element moved meanwhile', async () => {
    const { answered, answer } = notingPolls();
    const { el, wrapper, polls } = await mount(s, 'adele', answer);
    await startPush(el);
    // Longer than the client waits out by itself: the poller is told, and waits a minute.
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'rate-limit', retryAfterSeconds: 60, times: 1, operations: ['getEnrollment'] }] });
    await waitUntil(() => answered.length === 1, 'no poll', { timeout: 5000 });
    expect(answered.map((a) => a.status)).to.deep.equal([429]);
    // The refusal's body read and taken by the poller: hidden before that, the page would abort
    // the poll it answers, and a poll aborted tells no wait (Firefox reads bodies later).
    await wait(300);
    setVisibility('hidden');
    setVisibility('visible');
    await wait(500);
    expect(polls.count, 'polled again on the page shown within the wait').to.equal(1);
    const elsewhere = document.createElement('section');
    wrapper.append(elsewhere);
    elsewhere.append(el);
    await wait(500);
    expect(polls.count, 'polled again on the element moved within the wait').to.equal(1);
    expect(el.step).to.equal('waiting');
  });

  it('polls once the wait a rate limit asked for is over, the page hidden and shown again within it', async () => {
    const { answered, answer } = notingPolls();
    // A client that waits out no Retry-After by itself, so that a short one reaches the poller.
    const { el, polls } = await mount(s, 'adele', answer, { maxRetryAfter: 0 });
    await startPush(el);
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'rate-limit', retryAfterSeconds: 3, times: 1, operations: ['getEnrollment'] }] });
    await waitUntil(() => answered.length === 1, 'no poll', { timeout: 5000 });
    await s.controlCall('POST', `/push/${await pendingId(s)}/approve`);
    setVisibility('hidden');
    await wait(1000);
    setVisibility('visible');
    await wait(500);
    expect(polls.count, 'polled again within the wait').to.equal(1);
    await stepIs(el, 'done', 4000);
    expect(answered.map((a) => a.status)).to.deep.equal([429, 200]);
    expect(answered[1]!.at - answered[0]!.at, 'the second poll came before the wait was over').to.be.at.least(3000);
  }).timeout(10_000);

  it('cancels the activation on the endpoint when the user cancels', async () => {
    const { el } = await mount(s);
    await startPush(el);
    const id = await pendingId(s);
    const cancelled = oneEvent(el, 'mfa-enrollment-cancel') as Promise<MfaEnrollmentCancelEvent>;
    button(el, en.cancel)!.click();
    expect((await cancelled).detail).to.deep.equal({ kind: 'push', started: true });
    await stepIs(el, 'choose');
    const list = await s.controlCall<unknown[]>('GET', '/enrollments?userId=adele');
    expect(list).to.deep.equal([]);
    const client = await s.clientFor('adele');
    expect((await client.getEnrollment(id)).status).to.equal('cancelled');
  });

  it('says a cancel that failed did not cancel, and goes on waiting: Cancel again is the retry', async () => {
    const { el } = await mount(s);
    await startPush(el);
    const id = await pendingId(s);
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 1, operations: ['cancelEnrollment'] }] });
    const cancel = button(el, en.cancel)!;
    cancel.focus();
    cancel.click();
    await waitUntil(() => alertText(el) !== '', 'no alert', { timeout: 5000 });
    await el.updateComplete;
    expect(alertText(el)).to.equal(`${en.enrollCancelFailed} ${en.errorServer}`);
    expect(el.step).to.equal('waiting');
    expect(statusText(el)).to.equal(en.enrollWaiting);
    expect(!!button(el, en.retry), 'a Retry that would only look again').to.equal(false);
    expect(el.shadowRoot!.activeElement === cancel, 'Cancel keeps the focus').to.equal(true);
    await expect(el).to.be.accessible();
    cancel.click();
    await stepIs(el, 'choose');
    const client = await s.clientFor('adele');
    expect((await client.getEnrollment(id)).status).to.equal('cancelled');
  });

  it('says a cancel with no answer may not have cancelled, not that it did not; cancelled already, Cancel again ends it', async () => {
    const { el } = await mount(s, 'adele', undefined, { timeout: 500 });
    await startPush(el);
    const id = await pendingId(s);
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'timeout', maxMs: 3000, times: 1, operations: ['cancelEnrollment'] }] });
    button(el, en.cancel)!.click();
    await waitUntil(() => alertText(el) !== '', 'no alert', { timeout: 5000 });
    await el.updateComplete;
    expect(alertText(el)).to.equal(`The set-up may not have been cancelled. ${en.errorTimeout}`);
    expect(el.step).to.equal('waiting');
    await expect(el).to.be.accessible();
    // Had it gone through, the endpoint would know the set-up as cancelled: Cancel again ends it here too.
    const client = await s.clientFor('adele');
    await client.cancelEnrollment(id);
    const cancelled = oneEvent(el, 'mfa-enrollment-cancel') as Promise<MfaEnrollmentCancelEvent>;
    button(el, en.cancel)!.click();
    expect((await cancelled).detail).to.deep.equal({ kind: 'push', started: true });
    await stepIs(el, 'choose');
    expect(alertText(el)).to.equal('');
    expect((await client.getEnrollment(id)).status).to.equal('cancelled');
  });

  it('goes back to polling when a cancel fails after the polls had failed, so an approval still lands', async () => {
    const { el, polls } = await mount(s);
    await startPush(el);
    // A poll the server answers with no readable body: polling stops, and Retry is offered.
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'malformed-body', times: 1, operations: ['getEnrollment'] }] });
    await waitUntil(() => button(el, en.retry), 'the poll failure was never said', { timeout: 8000 });
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 1, operations: ['cancelEnrollment'] }] });
    button(el, en.cancel)!.click();
    await waitUntil(() => alertText(el).startsWith(en.enrollCancelFailed), `saw "${alertText(el)}"`, { timeout: 5000 });
    const before = polls.count;
    await s.controlCall('POST', `/push/${await pendingId(s)}/approve`);
    await stepIs(el, 'done', 9000);
    expect(polls.count).to.be.above(before);
  }).timeout(15_000);

  it('ends the activation when the page is hidden, there and on the endpoint, so Back from the back/forward cache does not show its code', async () => {
    const sent: { method: string; keepalive: boolean }[] = [];
    const client = await s.clientFor('adele', {
      fetch: (input, init) => {
        sent.push({ method: init?.method ?? 'GET', keepalive: init?.keepalive === true });
        return fetch(input, init);
      },
    });
    const el = await fixture<El>(html`<mfa-authenticator-enroll lang="en" .client=${client}></mfa-authenticator-enroll>`);
    await waitUntil(() => $(el, '#name'), 'the settings never loaded', { timeout: 5000 });
    await startPush(el);
    const id = await pendingId(s);
    const activationCode = $(el, '[part~="key"]')!.textContent!.trim();
    expect(activationCode).to.match(/\d/);
    // What the browser fires when it keeps the page for Back: the element stays connected.
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).not.to.contain(activationCode);
    expect(!!$(el, '[part~="qr"]'), 'no QR code').to.equal(false);
    expect(el.step).to.equal('expired');
    expect(alertText(el)).to.equal(en.enrollInterrupted);
    expect(button(el, en.enrollStartAgain)).to.exist;
    // Withdrawn on the endpoint, by a request that outlives the page: the code no longer activates.
    expect(sent.filter((r) => r.method === 'DELETE')).to.deep.equal([{ method: 'DELETE', keepalive: true }]);
    await waitUntil(async () => (await client.getEnrollment(id)).status === 'cancelled', 'cancelled on the endpoint', { timeout: 5000 });
  });

  it('says the server failed once three polls in a row failed, rather than wait for ever, and Retry looks again', async () => {
    const { el, polls } = await mount(s);
    await startPush(el);
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 1000, operations: ['getEnrollment'] }] });
    await waitUntil(() => alertText(el) === en.errorServer, `saw "${alertText(el)}"`, { timeout: 20_000, interval: 200 });
    await el.updateComplete;
    expect(statusText(el), 'no "Waiting…" any more').to.equal('');
    const sent = polls.count;
    await wait(2500);
    expect(polls.count, 'polled after the failure was said').to.equal(sent);
    await s.controlCall('PUT', '/faults', { faults: [] });
    await s.controlCall('POST', `/push/${await pendingId(s)}/approve`);
    button(el, en.retry)!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // Retry goes as the waiting goes on: the status line, which says so, has the focus, not the page's body.
    expect(el.shadowRoot!.activeElement, 'the focus on the status line').to.equal($(el, '.status'));
    expect(statusText(el)).to.equal(en.enrollWaiting);
    await stepIs(el, 'done', 9000);
    expect(el.shadowRoot!.activeElement, 'the confirmation takes it').to.equal($(el, '.status'));
  }).timeout(35_000);

  it('keeps polling past a server failure', async () => {
    const { el } = await mount(s);
    await startPush(el);
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 3, operations: ['getEnrollment'] }] });
    await s.controlCall('POST', `/push/${await pendingId(s)}/approve`);
    await stepIs(el, 'done', 9000);
  }).timeout(12_000);
});
