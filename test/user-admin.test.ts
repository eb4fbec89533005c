import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import {
  CHOOSE,
  type AdminState,
  batches,
  mergeOutcomes,
  summarize,
  transition,
  uniqueUsers,
} from '../src/components/user-admin/user-admin-flow.js';
import '../src/components/user-admin/user-admin.js';
import type { AdminUser, MfaAdminActionCompleteEvent, MfaUserAdmin } from '../src/components/user-admin/user-admin.js';
import '../src/components/app-passwords/app-passwords.js';
import '../src/components/provider/provider.js';
import { MfaError } from '../src/core/errors.js';
import type { MfaReauthRequiredEvent } from '../src/core/events.js';
import type { AdminActionResult, SettingsSummary } from '../src/core/types.js';
import { FakeClient, settle } from './support/fake-client.js';
import { type Sandbox, newSandbox } from './support/sandbox.js';
import { expectCountdown, stopClock } from './support/clock.js';
import { accessibleName, describedText, isolated } from './support/aria.js';
import { pressShiftTab } from './support/keys.js';
import { en } from '../src/locales/en.js';
import { ARABIC } from './support/arabic.js';
import { typingElsewhereAs } from './support/elsewhere.js';

// ---------------------------------------------------------------------------------------------
// Helpers

function $(el: MfaUserAdmin, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

function part(el: MfaUserAdmin, name: string): HTMLElement | null {
  return $(el, `[part~="${name}"]`);
}

function text(el: MfaUserAdmin, name: string): string {
  return (part(el, name)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function statusText(el: MfaUserAdmin): string {
  return ($(el, '[role="status"]')?.textContent ?? '').trim();
}

/** What the alerts say (the choice's, then the element's). */
function alertText(el: MfaUserAdmin): string {
  return [...el.shadowRoot!.querySelectorAll('[role="alert"]')].map((a) => a.textContent!.trim()).filter(Boolean).join(' ');
}

function results(el: MfaUserAdmin): string[] {
  return [...el.shadowRoot!.querySelectorAll('[part="result"]')].map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
}

function focused(el: MfaUserAdmin): Element | null {
  return el.shadowRoot!.activeElement;
}

function radio(el: MfaUserAdmin, action: string): HTMLInputElement {
  return $(el, `#action-${action}`) as HTMLInputElement;
}

const ADELE = { id: 'adele', displayName: 'Adele Vance' };
const BEN = { id: 'ben', displayName: 'Ben Walters' };
const CHEN = { id: 'chen', displayName: 'Chen Li' };
const GHOST = { id: 'ghost', displayName: 'Gone User' };

async function mount(user: string, users: AdminUser[], options: Record<string, unknown> = {}, locale = 'en') {
  const s: Sandbox = await newSandbox(options);
  const { token, csrfToken } = await s.signIn(user);
  const provider = await fixture<HTMLElement>(html`
    <mfa-provider locale=${locale} endpoint=${s.endpoint} .headers=${() => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken })}>
      <mfa-user-admin .users=${users}></mfa-user-admin>
    </mfa-provider>
  `);
  const el = provider.querySelector('mfa-user-admin')!;
  await waitUntil(() => $(el, 'fieldset') !== null || el.status === 'not-admin', 'did not render', { timeout: 5000 });
  return { s, el, token };
}

/** Chooses an action and asks for confirmation, with the mouse. */
async function review(el: MfaUserAdmin, action: string): Promise<void> {
  radio(el, action).click();
  await el.updateComplete;
  part(el, 'continue-button')!.click();
  await el.updateComplete;
}

function settings(isAdmin: boolean): SettingsSummary {
  return {
    user: { displayName: 'Test', isAdmin },
    methods: [],
    defaultMethod: null,
    phones: [],
    authenticators: [],
    appPasswords: { count: 0, limit: 40 },
    policy: { allowedMethods: [], appPasswordsAllowed: true },
    mustRegisterAgain: false,
  };
}

async function mountFake(users: AdminUser[], isAdmin = true) {
  const fake = new FakeClient();
  const el = await fixture<MfaUserAdmin>(html`<mfa-user-admin lang="en" .client=${fake.client} .users=${users}></mfa-user-admin>`);
  fake.last('getSettings').resolve(settings(isAdmin));
  await settle();
  await el.updateComplete;
  return { fake, el };
}

/** 250 users, so three requests (100, 100 and 50): the action run, its first request sent. `ids`: of users `from` to `to`. */
async function runThreeRequests() {
  const many = Array.from({ length: 250 }, (_, i) => ({ id: `u${i}`, displayName: `User ${i}` }));
  const ids = (from: number, to: number) => many.slice(from, to).map((u) => u.id);
  const { fake, el } = await mountFake(many);
  await review(el, 'delete-app-passwords');
  part(el, 'run-button')!.click();
  await settle();
  return { fake, el, ids };
}

const answer = (action: AdminActionResult['action'], ids: string[], failed: string[] = []): AdminActionResult => ({
  action,
  results: ids.map((userId) =>
    failed.includes(userId)
      ? { userId, status: 'failed', error: { code: 'server', message: 'x' } }
      : { userId, status: 'done' },
  ),
});

// ---------------------------------------------------------------------------------------------

describe('user admin flow (pure)', () => {
  const confirm: AdminState = { step: 'confirm', action: 'delete-app-passwords', users: [ADELE, GHOST] };

  it('reviews only with users, and without duplicates', () => {
    expect(transition(CHOOSE, { type: 'review', action: 'delete-app-passwords', users: [] })).to.equal(CHOOSE);
    expect(transition(CHOOSE, { type: 'review', action: 'delete-app-passwords', users: [ADELE, GHOST, ADELE] })).to.deep.equal(confirm);
    expect(uniqueUsers([ADELE, ADELE, BEN])).to.deep.equal([ADELE, BEN]);
  });

  it('runs, answers, retries only the failures a new try may clear, and merges their new outcome', () => {
    const four: AdminState = { step: 'confirm', action: 'delete-app-passwords', users: [ADELE, GHOST, BEN, CHEN] };
    const running = transition(four, { type: 'run' });
    expect(running).to.deep.include({ step: 'running', targets: [ADELE, GHOST, BEN, CHEN] });
    const first = transition(running, {
      type: 'answered',
      answer: {
        action: 'delete-app-passwords',
        results: [
          { userId: 'adele', status: 'done' },
          { userId: 'ghost', status: 'failed', error: { code: 'not-found', message: '' } },
          { userId: 'ben', status: 'failed', error: { code: 'server', message: '' } },
          { userId: 'chen', status: 'failed', error: { code: 'forbidden', message: '' } },
        ],
      },
    });
    expect(first.step === 'results' && first.outcomes).to.deep.equal([
      { user: ADELE, status: 'done' },
      { user: GHOST, status: 'failed', reason: 'not-found' },
      { user: BEN, status: 'failed', reason: 'server' },
      { user: CHEN, status: 'failed', reason: 'forbidden' },
    ]);
    // A user who does not exist, or may not be changed, would fail the same way again.
    const retry = transition(first, { type: 'retry-failed' });
    expect(retry.step === 'running' && retry.targets).to.deep.equal([BEN]);
    // A failed retry goes back to the results it came from, nothing dropped.
    expect(transition(retry, { type: 'failed' })).to.deep.equal(first);
    const second = transition(retry, { type: 'answered', answer: answer('delete-app-passwords', ['ben']) });
    expect(second.step === 'results' && summarize(second.outcomes)).to.deep.equal({ total: 4, done: 2, failed: 2 });
    // Nothing left that a new try may clear: no retry.
    expect(transition(second, { type: 'retry-failed' })).to.equal(second);
  });

  it('goes back to the confirmation when the whole request fails, and cancels to choose', () => {
    expect(transition(transition(confirm, { type: 'run' }), { type: 'failed' })).to.deep.equal(confirm);
    expect(transition(confirm, { type: 'cancel' })).to.equal(CHOOSE);
  });

  it('never drops a user: one missing from the answer fails, an unexpected one is listed', () => {
    const merged = mergeOutcomes(undefined, [ADELE, BEN], [
      { userId: 'adele', status: 'done' },
      { userId: 'zed', status: 'failed', error: { code: 'forbidden', message: '' } },
    ]);
    expect(merged).to.deep.equal([
      { user: ADELE, status: 'done' },
      { user: BEN, status: 'failed', reason: 'missing' },
      { user: { id: 'zed', displayName: 'zed' }, status: 'failed', reason: 'forbidden' },
    ]);
  });

  it('splits into requests of at most 100 users', () => {
    expect(batches(Array.from({ length: 250 }, (_, i) => i)).map((b) => b.length)).to.deep.equal([100, 100, 50]);
    expect(batches([1])).to.deep.equal([[1]]);
  });
});

describe('<mfa-user-admin> against the reference endpoint', () => {
  it('runs an action by keyboard after a confirmation that names it and the count', async () => {
    const { s, el } = await mount('dana', [ADELE, BEN, CHEN]);
    expect(el.status).to.equal('choose');
    // Each name is isolated from the text direction around it (invisible FSI … PDI marks).
    expect(text(el, 'users').replace(/[\u2068\u2069]/g, '')).to.equal('Selected: Adele Vance, Ben Walters, and Chen Li.');
    expect(text(el, 'users')).to.contain('\u2068Ben Walters\u2069');
    await expect(el).to.be.accessible();
    const events: MfaAdminActionCompleteEvent[] = [];
    el.addEventListener('mfa-admin-action-complete', (e) => events.push(e));
    // Tab lands on the group, the arrows choose, Tab reaches Continue.
    radio(el, 'require-register-again').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(radio(el, 'delete-app-passwords').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(part(el, 'continue-button'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.status).to.equal('confirm');
    expect($(el, '#confirm-question')!.textContent).to.equal(
      'Delete all app passwords of 3 users? Their apps will stop signing in until they create new ones.',
    );
    expect(part(el, 'confirm')!.getAttribute('role')).to.equal('group');
    expect(describedText(part(el, 'confirm')!), 'the question says who it is about').to.equal(
      'Selected: Adele Vance, Ben Walters, and Chen Li.',
    );
    // The focus is on the safe choice: Enter pressed once more does not run the action.
    expect(focused(el)).to.equal(part(el, 'cancel-button'));
    expect(part(el, 'run-button')!.textContent!.trim()).to.equal('Delete app passwords');
    await expect(el).to.be.accessible();
    await pressShiftTab();
    expect(focused(el)).to.equal(part(el, 'run-button'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.status === 'done');
    await el.updateComplete;
    expect(results(el)).to.deep.equal(['Adele Vance Done', 'Ben Walters Done', 'Chen Li Done']);
    expect(statusText(el)).to.equal('Done for all 3 users.');
    expect(focused(el)?.id).to.equal('results-label');
    expect(events).to.have.length(1);
    expect(events[0].detail.action).to.equal('delete-app-passwords');
    expect(events[0].detail.results.map((r) => r.status)).to.deep.equal(['done', 'done', 'done']);
    expect(events[0].detail.interrupted).to.equal(false);
    // It really happened.
    expect((await (await s.clientFor('adele')).listAppPasswords()).items).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('tells the other elements under its provider: an administrator who deleted their own app passwords sees their list emptied', async () => {
    const s = await newSandbox();
    const { token, csrfToken } = await s.signIn('dana');
    await (await s.clientFor('dana')).createAppPassword('Mail');
    const provider = await fixture<HTMLElement>(html`
      <mfa-provider locale="en" endpoint=${s.endpoint} .headers=${() => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken })}>
        <mfa-user-admin .users=${[{ id: 'dana', displayName: 'Dana' }]}></mfa-user-admin>
        <mfa-app-passwords></mfa-app-passwords>
      </mfa-provider>
    `);
    const el = provider.querySelector('mfa-user-admin')!;
    const passwords = provider.querySelector('mfa-app-passwords')!;
    await waitUntil(() => $(el, 'fieldset') !== null && passwords.status === 'ready', 'did not load', { timeout: 5000 });
    await review(el, 'delete-app-passwords');
    part(el, 'run-button')!.click();
    await waitUntil(() => el.status === 'done', 'never done', { timeout: 5000 });
    await waitUntil(() => passwords.status === 'empty', 'the app passwords stayed listed', { timeout: 5000 });
  });

  it('lists a partial failure with its reason, never drops it, and offers no retry for a user who does not exist', async () => {
    const { el } = await mount('dana', [ADELE, GHOST]);
    await review(el, 'restore-remembered-devices');
    expect($(el, '#confirm-question')!.textContent).to.contain('of 2 users?');
    part(el, 'run-button')!.click();
    await waitUntil(() => el.status === 'partial');
    await el.updateComplete;
    // The failures first: among many users done, the few that failed are not to be searched for.
    expect(results(el)).to.deep.equal(['Gone User Failed: there is no such user.', 'Adele Vance Done']);
    expect(statusText(el)).to.equal('1 of 2 done, 1 failed.');
    // A new try would fail the same way.
    expect(part(el, 'retry-button')).to.equal(null);
    expect(text(el, 'start-over-button')).to.equal('Choose another action');
    await expect(el).to.be.accessible();
  });

  it('fails as no such user an id the protocol cannot carry (empty, over 128 characters, a number), says so on the console, and runs the action for the others', async () => {
    const BLANK = { id: '', displayName: 'Blank Id' };
    const LONG = { id: 'u'.repeat(129), displayName: 'Long Id' };
    // From a host without types (a database's number): no user id either.
    const NUMBER = { id: 42 as unknown as string, displayName: 'Number Id' };
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
    try {
      const { el } = await mount('dana', [BLANK, ADELE, LONG, NUMBER]);
      await review(el, 'restore-remembered-devices');
      part(el, 'run-button')!.click();
      await waitUntil(() => el.status === 'partial', 'the results', { timeout: 5000 });
      await el.updateComplete;
      expect(results(el)).to.deep.equal([
        'Blank Id Failed: there is no such user.',
        'Long Id Failed: there is no such user.',
        'Number Id Failed: there is no such user.',
        'Adele Vance Done',
      ]);
      expect(part(el, 'retry-button')).to.equal(null);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([
      'mfa-elements: users[].id="" is not a user id of 1 to 128 characters.',
      `mfa-elements: users[].id="${'u'.repeat(129)}" is not a user id of 1 to 128 characters.`,
      'mfa-elements: users[].id="42" is not a user id of 1 to 128 characters.',
    ]);
  });

  it('names the users of its confirmation and results as the host names them now (a page switched to another language)', async () => {
    const { el } = await mount('dana', [ADELE, GHOST]);
    await review(el, 'restore-remembered-devices');
    const renamed = (name: string) => [ADELE, { ...GHOST, displayName: name }];
    el.users = renamed('前员工');
    await el.updateComplete;
    expect(text(el, 'users')).to.contain('前员工').and.not.contain(GHOST.displayName);
    part(el, 'run-button')!.click();
    await waitUntil(() => el.status === 'partial');
    await el.updateComplete;
    el.users = renamed('Former employee');
    await el.updateComplete;
    expect(results(el)).to.deep.equal(['Former employee Failed: there is no such user.', 'Adele Vance Done']);
    // A user the host no longer lists keeps the name the action was run with.
    el.users = [ADELE];
    await el.updateComplete;
    expect(results(el)).to.deep.equal(['Gone User Failed: there is no such user.', 'Adele Vance Done']);
  });

  it('tells apart users of the same name by their ids, and lists a user with no name by id, in the confirmation and the results', async () => {
    const users = [
      { id: 'jsmith', displayName: 'John Smith' },
      // The same name as it reads, a space after it aside.
      { id: 'jsmith2', displayName: 'John Smith ' },
      { id: 'nobody', displayName: ' ' },
      ADELE,
    ];
    const { fake, el } = await mountFake(users);
    await review(el, 'delete-app-passwords');
    expect(text(el, 'users').replace(/[\u2068\u2069]/g, '')).to.equal('Selected: John Smith (jsmith), John Smith (jsmith2), nobody, and Adele Vance.');
    part(el, 'run-button')!.click();
    await settle();
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ['jsmith', 'jsmith2', 'nobody', 'adele'], ['jsmith2', 'nobody']));
    await settle();
    await el.updateComplete;
    expect(results(el).map((row) => row.replace(/[\u2068\u2069]/g, '').replace(/ (Done|Failed:.*)$/, ''))).to.deep.equal([
      'John Smith (jsmith2)',
      'nobody',
      'John Smith (jsmith)',
      'Adele Vance',
    ]);
    // The name keeps its own direction apart from the id's.
    expect(results(el)[0]).to.equal(`${isolated('John Smith')} (jsmith2) Failed: the server could not finish it. Try again.`);
    await expect(el).to.be.accessible();
  });

  it('retries the users the server could not finish, alone', async () => {
    const { fake, el } = await mountFake([ADELE, GHOST, BEN]);
    const events: MfaAdminActionCompleteEvent[] = [];
    el.addEventListener('mfa-admin-action-complete', (e) => events.push(e));
    await review(el, 'delete-app-passwords');
    part(el, 'run-button')!.click();
    await settle();
    fake.last('runAdminAction').resolve({
      action: 'delete-app-passwords',
      results: [
        { userId: 'adele', status: 'done' },
        { userId: 'ghost', status: 'failed', error: { code: 'not-found', message: '' } },
        { userId: 'ben', status: 'failed', error: { code: 'server', message: '' } },
      ],
    });
    await settle();
    await el.updateComplete;
    expect(statusText(el)).to.equal('1 of 3 done, 2 failed.');
    expect(text(el, 'retry-button')).to.equal('Try again for the 1 not done');
    part(el, 'retry-button')!.click();
    await settle();
    expect(fake.last('runAdminAction').args[1]).to.deep.equal(['ben']);
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ['ben']));
    await settle();
    await el.updateComplete;
    expect(events).to.have.length(2);
    expect(results(el)).to.deep.equal(['Gone User Failed: there is no such user.', 'Adele Vance Done', 'Ben Walters Done']);
    expect(part(el, 'retry-button')).to.equal(null);
  });

  it('keeps "Choose another action" in the tab order while the failures are tried again: it says it is unavailable, and why', async () => {
    const { fake, el } = await mountFake([ADELE, BEN]);
    await review(el, 'delete-app-passwords');
    part(el, 'run-button')!.click();
    await settle();
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ['adele', 'ben'], ['ben']));
    await settle();
    await el.updateComplete;
    part(el, 'retry-button')!.click();
    await el.updateComplete;
    expect(statusText(el)).to.equal('Working on 1 user…');
    const startOver = part(el, 'start-over-button') as HTMLButtonElement;
    expect(startOver.disabled, 'not taken out of the tab order').to.equal(false);
    expect(startOver.getAttribute('aria-disabled'), 'said to be unavailable').to.equal('true');
    expect(describedText(startOver), 'and why').to.equal('Working on 1 user…');
    // Tab from the retry, unavailable too, goes on to it.
    part(el, 'retry-button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el), 'Tab reaches it').to.equal(startOver);
    await expect(el).to.be.accessible();
    startOver.click();
    await el.updateComplete;
    expect(el.status, 'it does not leave a run on its way').to.equal('running');
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ['ben']));
    await settle();
    await el.updateComplete;
    expect(results(el)).to.deep.equal(['Adele Vance Done', 'Ben Walters Done']);
    expect(startOver.getAttribute('aria-disabled'), 'available once the answer is in').to.equal('false');
    expect(startOver.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('tells a non-administrator up front (adele)', async () => {
    const { el } = await mount('adele', [BEN]);
    await waitUntil(() => el.status === 'not-admin');
    expect(text(el, 'notice')).to.equal('You need to be an administrator to do this. Ask an administrator of your organization.');
    expect($(el, 'fieldset')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps the choice after the request fails as a whole', async () => {
    const { s, el } = await mount('dana', [ADELE]);
    await s.controlCall('PUT', '/faults', { faults: [{ kind: 'server-error', times: 1, operations: ['runAdminAction'] }] });
    await review(el, 'require-register-again');
    part(el, 'run-button')!.click();
    await waitUntil(() => alertText(el) !== '');
    expect(alertText(el)).to.equal('The action could not be completed. Something went wrong on the server. Try again later.');
    expect(el.status).to.equal('error');
    expect(part(el, 'confirm')).not.to.equal(null);
    await expect(el).to.be.accessible();
    part(el, 'cancel-button')!.click();
    await el.updateComplete;
    expect(radio(el, 'require-register-again').checked).to.equal(true);
    expect(focused(el)).to.equal(radio(el, 'require-register-again'));
    part(el, 'continue-button')!.click();
    await el.updateComplete;
    part(el, 'run-button')!.click();
    await waitUntil(() => el.status === 'done');
  });

  it('asks for a fresh sign-in; without a host step-up it offers a retry', async () => {
    const { s, el, token } = await mount('dana', [ADELE]);
    await s.controlCall('POST', '/clock', { advanceSeconds: 901 });
    await review(el, 'delete-app-passwords');
    const asked = oneEvent(el, 'mfa-reauth-required');
    part(el, 'run-button')!.click();
    expect((await asked).detail.operation).to.equal('runAdminAction');
    await waitUntil(() => alertText(el) !== '');
    expect(alertText(el)).to.contain('try again and confirm when asked');
    await s.controlCall('POST', '/reauth', { token });
    const retry = $(el, '[part="error"] button')!;
    retry.focus();
    retry.click();
    await el.updateComplete;
    // Try again goes as the action runs: the focus is on Run, which says so, not lost to the page.
    expect(String(focused(el)?.getAttribute('part')), 'the focus on Run').to.contain('run-button');
    await waitUntil(() => el.status === 'done');
  });

  it('waits for a host that steps the admin up, then finishes on its retry()', async () => {
    const { s, el, token } = await mount('dana', [ADELE]);
    await s.controlCall('POST', '/clock', { advanceSeconds: 901 });
    let retry: (() => void) | undefined;
    el.addEventListener('mfa-reauth-required', (e: MfaReauthRequiredEvent) => {
      e.preventDefault();
      retry = e.detail.retry;
    });
    await review(el, 'delete-app-passwords');
    part(el, 'run-button')!.click();
    await waitUntil(() => retry !== undefined);
    await el.updateComplete;
    expect(statusText(el)).to.equal('Confirm your sign-in to finish this action.');
    await s.controlCall('POST', '/reauth', { token });
    retry!();
    await waitUntil(() => el.status === 'done');
    expect(results(el)).to.deep.equal(['Adele Vance Done']);
  });

  it('a host that never answers the re-authentication leaves Run and Cancel usable: Run asks again, Cancel goes back', async () => {
    const { fake, el } = await mountFake([ADELE]);
    let asked = 0;
    el.addEventListener('mfa-reauth-required', (e: MfaReauthRequiredEvent) => {
      e.preventDefault();
      asked++;
    });
    await review(el, 'delete-app-passwords');
    part(el, 'run-button')!.click();
    fake.last('runAdminAction').reject(new MfaError('reauth-required', { operation: 'runAdminAction', status: 401 }));
    await settle();
    await el.updateComplete;
    expect(asked).to.equal(1);
    expect(statusText(el)).to.equal(en.userAdminReauthWaiting);
    expect(part(el, 'run-button')!.getAttribute('aria-disabled')).to.equal('false');
    expect(part(el, 'cancel-button')!.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
    part(el, 'run-button')!.click();
    await settle();
    expect(fake.callsOf('runAdminAction'), 'Run sends again').to.have.length(2);
    fake.last('runAdminAction').reject(new MfaError('reauth-required', { operation: 'runAdminAction', status: 401 }));
    await settle();
    await el.updateComplete;
    expect(asked, 'the host is asked again').to.equal(2);
    part(el, 'cancel-button')!.click();
    await el.updateComplete;
    expect(el.status).to.equal('choose');
    expect(radio(el, 'delete-app-passwords').checked, 'the choice is kept').to.equal(true);
    expect(statusText(el)).to.equal('');
  });

  it('goes back to the confirmation, saying why, when the host says the admin gave up re-authenticating', async () => {
    const { s, el } = await mount('dana', [ADELE]);
    await s.controlCall('POST', '/clock', { advanceSeconds: 901 });
    let cancel: (() => void) | undefined;
    el.addEventListener('mfa-reauth-required', (e: MfaReauthRequiredEvent) => {
      e.preventDefault();
      cancel = e.detail.cancel;
    });
    await review(el, 'delete-app-passwords');
    part(el, 'run-button')!.click();
    await waitUntil(() => cancel !== undefined);
    cancel!();
    await waitUntil(() => alertText(el) !== '');
    expect(el.status).to.equal('error');
    expect(alertText(el)).to.contain('try again and confirm when asked');
    expect(part(el, 'confirm')).not.to.equal(null);
    expect(statusText(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('counts down a rate limit with the choice kept', async () => {
    const { s, el } = await mount('dana', [ADELE]);
    await s.controlCall('PUT', '/faults', {
      faults: [{ kind: 'rate-limit', retryAfterSeconds: 20, times: 1, operations: ['runAdminAction'] }],
    });
    await review(el, 'delete-app-passwords');
    // The page's clock stopped: the countdown moves on as the test moves the clock, not by the
    // seconds a slow browser takes over the steps between (an accessibility check).
    const clock = stopClock();
    try {
      part(el, 'run-button')!.click();
      await waitUntil(() => alertText(el) !== '');
      const announced = 'The action could not be completed. Please wait: you can try again in 20 seconds.';
      expect(alertText(el)).to.equal(announced);
      // Seen: a copy that counts down outside the live region; the alert keeps what it announced, hidden.
      const seen = () => $(el, '[part="error"] #wait')?.textContent?.trim();
      expect(seen()).to.equal(announced);
      expect($(el, '[role="alert"]')!.classList.contains('visually-hidden')).to.equal(true);
      expect(part(el, 'run-button')!.getAttribute('aria-disabled')).to.equal('true');
      expect(describedText(part(el, 'run-button')!), 'the unavailable Run says why').to.equal(seen());
      // Said once: no hint beside Run says it again.
      expect(part(el, 'confirm')!.textContent).to.not.match(/you can try again in/i);
      await expect(el).to.be.accessible();
      await expectCountdown({ clock, seen, alert: () => alertText(el), announced, wait: 20 });
      expect(seen()).to.equal(undefined);
      expect(statusText(el)).to.equal('You can try again now.');
      expect(part(el, 'run-button')!.getAttribute('aria-disabled')).to.equal('false');
    } finally {
      clock.restore();
    }
  });

  it('says when it is offline: Run is unavailable and says why, sends nothing, and runs once back online', async () => {
    const { fake, el } = await mountFake([ADELE]);
    window.dispatchEvent(new Event('offline'));
    await el.updateComplete;
    try {
      // Choosing an action sends nothing: said there, it would only add to what every element on the page says.
      expect(statusText(el), 'not said while choosing').to.equal('');
      await review(el, 'delete-app-passwords');
      expect(statusText(el)).to.equal(en.offline);
      const run = part(el, 'run-button')!;
      expect(run.getAttribute('aria-disabled')).to.equal('true');
      expect(describedText(run), 'the unavailable Run says why').to.equal(en.offline);
      await expect(el).to.be.accessible();
      run.click();
      await el.updateComplete;
      expect(fake.callsOf('runAdminAction'), 'nothing is sent').to.have.length(0);
    } finally {
      window.dispatchEvent(new Event('online'));
    }
    await el.updateComplete;
    expect(describedText(part(el, 'run-button')!)).to.equal('');
    part(el, 'run-button')!.click();
    expect(fake.callsOf('runAdminAction')).to.have.length(1);
  });

  it('waits for a provider given its endpoint later: Run says it is loading and sends nothing, then runs', async () => {
    const s = await newSandbox();
    const { token, csrfToken } = await s.signIn('dana');
    const provider = await fixture<HTMLElement & { endpoint?: string; headers?: () => Record<string, string> }>(html`
      <mfa-provider locale="en"><mfa-user-admin .users=${[BEN]}></mfa-user-admin></mfa-provider>
    `);
    const el = provider.querySelector('mfa-user-admin')!;
    await el.updateComplete;
    await review(el, 'delete-app-passwords');
    const run = part(el, 'run-button')!;
    expect(run.getAttribute('aria-disabled')).to.equal('true');
    expect(describedText(run), 'the unavailable Run says why').to.equal(en.loading);
    expect(alertText(el), 'not an error').to.equal('');
    await expect(el).to.be.accessible();
    run.click();
    await el.updateComplete;
    expect(alertText(el), 'nothing went wrong').to.equal('');
    expect(el.status).to.equal('confirm');
    provider.headers = () => ({ Authorization: `Bearer ${token}`, 'X-CSRF-Token': csrfToken });
    provider.endpoint = s.endpoint;
    await waitUntil(() => part(el, 'run-button')?.getAttribute('aria-disabled') === 'false', 'Run did not become available');
    part(el, 'run-button')!.click();
    await waitUntil(() => results(el).length === 1, 'did not run');
    expect(results(el)[0]).to.contain(BEN.displayName);
  });

  it('speaks Simplified Chinese', async () => {
    const { el } = await mount('dana', [ADELE, BEN], {}, 'zh-CN');
    await review(el, 'delete-app-passwords');
    expect($(el, '#confirm-question')!.textContent).to.equal('要删除 2 位用户的所有应用密码吗？在他们创建新的应用密码之前，其应用将无法登录。');
  });
});

describe('<mfa-user-admin> local states', () => {
  it('disables the actions with a hint when no users are selected', async () => {
    const { fake, el } = await mountFake([]);
    expect(el.status).to.equal('no-users');
    expect(text(el, 'notice')).to.equal('Select one or more users first; the actions become available then.');
    expect(($(el, 'fieldset') as HTMLFieldSetElement).disabled).to.equal(true);
    expect(part(el, 'continue-button')!.getAttribute('aria-disabled')).to.equal('true');
    part(el, 'continue-button')!.click();
    await el.updateComplete;
    expect(el.status).to.equal('no-users');
    expect(fake.callsOf('runAdminAction')).to.have.length(0);
    await expect(el).to.be.accessible();
    // The host selects someone: the actions come alive, and no event fires for it.
    const events: Event[] = [];
    el.addEventListener('mfa-admin-action-complete', (e) => events.push(e));
    el.users = [ADELE];
    await el.updateComplete;
    expect(el.status).to.equal('choose');
    expect(events).to.have.length(0);
  });

  it("reads each action's hint once, as its description, and not again in its name", async () => {
    const { el } = await mountFake([ADELE]);
    const texts = {
      'require-register-again': [en.userAdminRequireRegisterAgain, en.userAdminRequireRegisterAgainHint],
      'delete-app-passwords': [en.userAdminDeleteAppPasswords, en.userAdminDeleteAppPasswordsHint],
      'restore-remembered-devices': [en.userAdminRestoreDevices, en.userAdminRestoreDevicesHint],
    };
    for (const [action, [name, hint]] of Object.entries(texts)) {
      const option = radio(el, action);
      const label = option.labels![0].textContent!.replace(/\s+/g, ' ');
      expect(label, `the label of ${action} shows its hint`).to.contain(hint);
      expect([accessibleName(option), describedText(option)], action).to.deep.equal([name, hint]);
    }
    // None chosen: each also says why.
    part(el, 'continue-button')!.click();
    await el.updateComplete;
    expect(describedText(radio(el, 'delete-app-passwords'))).to.equal(`${en.userAdminDeleteAppPasswordsHint} ${en.userAdminChooseAction}`);
    await expect(el).to.be.accessible();
  });

  it('asks to choose an action when none is chosen', async () => {
    const { el } = await mountFake([ADELE]);
    part(el, 'continue-button')!.click();
    await el.updateComplete;
    expect($(el, '[part~="field-error"]#choose-error')!.textContent).to.equal('Choose what should happen.');
    expect(radio(el, 'require-register-again').getAttribute('aria-invalid')).to.equal('true');
    expect(radio(el, 'require-register-again').getAttribute('aria-describedby')).to.contain('choose-error');
    expect(focused(el)).to.equal(radio(el, 'require-register-again'));
    await expect(el).to.be.accessible();
  });

  it('Enter on the first action with none chosen says to choose one, in an alert, and again at each press', async () => {
    const { el } = await mountFake([ADELE]);
    const first = radio(el, 'require-register-again');
    // Where Tab lands in a group with none chosen: the first radio, not chosen. The focus is there
    // already, so moving it there says nothing: the words must be said by the region they are in.
    first.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const error = $(el, '#choose-error')!;
    expect(error.getAttribute('role'), 'said as it appears').to.equal('alert');
    expect(error.textContent!.replace(/\u200b/g, '')).to.equal(en.userAdminChooseAction);
    expect(focused(el)).to.equal(first);
    const said = error.textContent;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($(el, '#choose-error'), 'the same alert').to.equal(error);
    expect(error.textContent, 'the alert changed').to.not.equal(said);
    expect(error.textContent!.replace(/\u200b/g, '')).to.equal(en.userAdminChooseAction);
    await expect(el).to.be.accessible();
  });

  it('rings the invalid radios in the danger colour, and the one focused by keyboard in the focus colour, a ring round each 24 px radio', async () => {
    const { el } = await mountFake([ADELE]);
    part(el, 'continue-button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const first = radio(el, 'require-register-again');
    expect(focused(el)).to.equal(first);
    expect(first.matches(':focus-visible')).to.equal(true);
    const ring = (input: HTMLInputElement) => getComputedStyle(input).outlineColor;
    expect(ring(first), 'the focused radio').to.equal('rgb(31, 95, 191)');
    expect(ring(radio(el, 'delete-app-passwords')), 'an unfocused one').to.equal('rgb(179, 38, 30)');
    const box = first.getBoundingClientRect();
    expect([box.width, box.height], 'the radio, round').to.deep.equal([24, 24]);
  });

  it('shows the running state, sends once, and Escape leaves the confirmation', async () => {
    const { fake, el } = await mountFake([ADELE, BEN]);
    await review(el, 'delete-app-passwords');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.status).to.equal('choose');
    expect(focused(el)).to.equal(radio(el, 'delete-app-passwords'));
    part(el, 'continue-button')!.click();
    await el.updateComplete;
    part(el, 'run-button')!.click();
    part(el, 'run-button')!.click();
    await el.updateComplete;
    expect(fake.callsOf('runAdminAction')).to.have.length(1);
    expect(fake.last('runAdminAction').args).to.deep.equal(['delete-app-passwords', ['adele', 'ben']]);
    expect(el.status).to.equal('running');
    expect(statusText(el)).to.equal('Working on 2 users…');
    expect(part(el, 'run-button')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ['adele', 'ben'], ['ben']));
    await settle();
    await el.updateComplete;
    expect(results(el)).to.deep.equal(['Ben Walters Failed: the server could not finish it. Try again.', 'Adele Vance Done']);
    // The retry sends only the failed user, with a new idempotency key (new input).
    const firstKey = fake.last('runAdminAction').options?.idempotencyKey;
    part(el, 'retry-button')!.click();
    await el.updateComplete;
    expect(fake.last('runAdminAction').args).to.deep.equal(['delete-app-passwords', ['ben']]);
    expect(fake.last('runAdminAction').options?.idempotencyKey).not.to.equal(firstKey);
    expect(statusText(el)).to.equal('Working on 1 user…');
    await expect(el).to.be.accessible();
  });

  it('explains a 403 not-admin the settings did not announce, and moves the focus to it', async () => {
    const { fake, el } = await mountFake([ADELE]);
    await review(el, 'delete-app-passwords');
    part(el, 'run-button')!.focus();
    part(el, 'run-button')!.click();
    fake.last('runAdminAction').reject(new MfaError('forbidden', { operation: 'runAdminAction', status: 403, reason: 'not-admin' }));
    await settle();
    await el.updateComplete;
    expect(el.status).to.equal('not-admin');
    expect(text(el, 'notice')).to.contain('You need to be an administrator');
    expect(alertText(el)).to.equal('');
    // The Run button the focus was on is gone: the focus goes to the notice, which is read as it gets it.
    expect(focused(el) === part(el, 'notice'), 'the notice has the focus').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a 403 not-admin that lands while the admin is elsewhere in the page leaves the focus there, and the alert says the action failed', async () => {
    const { fake, el } = await mountFake([ADELE]);
    await review(el, 'delete-app-passwords');
    part(el, 'run-button')!.click();
    await el.updateComplete;
    await typingElsewhereAs(async () => {
      fake.last('runAdminAction').reject(new MfaError('forbidden', { operation: 'runAdminAction', status: 403, reason: 'not-admin' }));
      await settle();
      await el.updateComplete;
    });
    expect(el.status).to.equal('not-admin');
    expect(text(el, 'notice')).to.equal(en.userAdminNotAdmin);
    expect(alertText(el)).to.equal(en.userAdminFailed);
    await expect(el).to.be.accessible();
  });

  for (const admin of [true, false]) {
    it(`after a 403 not-admin, the host's refresh() reads the settings again: ${admin ? 'an administrator\'s, the confirmation is back and runs' : 'no administrator\'s, the notice stays'}`, async () => {
      const fake = new FakeClient();
      const provider = await fixture<HTMLElement & { refresh(): void }>(
        html`<mfa-provider lang="en" .client=${fake.client}><mfa-user-admin .users=${[ADELE]}></mfa-user-admin></mfa-provider>`,
      );
      const el = provider.querySelector<MfaUserAdmin>('mfa-user-admin')!;
      fake.last('getSettings').resolve(settings(true));
      await settle();
      await el.updateComplete;
      await review(el, 'delete-app-passwords');
      part(el, 'run-button')!.focus();
      part(el, 'run-button')!.click();
      // The role lapsed between the page's load and Run.
      fake.last('runAdminAction').reject(new MfaError('forbidden', { operation: 'runAdminAction', status: 403, reason: 'not-admin' }));
      await settle();
      await el.updateComplete;
      expect(el.status).to.equal('not-admin');
      // Given back (or another administrator signed in): the host reads everything again.
      provider.refresh();
      await settle();
      fake.last('getSettings').resolve(settings(admin));
      await settle();
      await el.updateComplete;
      if (!admin) {
        expect(el.status).to.equal('not-admin');
        return;
      }
      expect(el.status).to.equal('confirm');
      expect(text(el, 'notice')).to.equal('');
      expect(focused(el) === part(el, 'run-button'), 'Run has the focus the notice had').to.equal(true);
      await expect(el).to.be.accessible();
      part(el, 'run-button')!.click();
      fake.last('runAdminAction').resolve(answer('delete-app-passwords', ['adele']));
      await settle();
      await el.updateComplete;
      expect(el.status).to.equal('done');
    });
  }

  it('a host\'s retry() after re-authentication while the browser is offline sends nothing, and goes back to the confirmation, which says so', async () => {
    const { fake, el } = await mountFake([ADELE]);
    let retry: (() => void) | undefined;
    el.addEventListener('mfa-reauth-required', (e: MfaReauthRequiredEvent) => {
      e.preventDefault();
      retry = e.detail.retry;
    });
    await review(el, 'delete-app-passwords');
    part(el, 'run-button')!.click();
    fake.last('runAdminAction').reject(new MfaError('reauth-required', { operation: 'runAdminAction', status: 401 }));
    await settle();
    await el.updateComplete;
    window.dispatchEvent(new Event('offline'));
    try {
      retry!();
      await settle();
      await el.updateComplete;
      expect(fake.callsOf('runAdminAction'), 'nothing more is sent').to.have.length(1);
      expect(el.status).to.equal('confirm');
      expect(statusText(el)).to.equal(en.offline);
      expect(part(el, 'run-button')!.getAttribute('aria-disabled')).to.equal('true');
    } finally {
      window.dispatchEvent(new Event('online'));
    }
    await el.updateComplete;
    part(el, 'run-button')!.click();
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ['adele']));
    await settle();
    await el.updateComplete;
    expect(el.status).to.equal('done');
  });

  it('keeps Cancel and Escape from leaving while the action runs: its answer lands', async () => {
    const { fake, el } = await mountFake([ADELE, BEN]);
    const completed: unknown[] = [];
    el.addEventListener('mfa-admin-action-complete', (e) => completed.push(e.detail));
    await review(el, 'restore-remembered-devices');
    part(el, 'run-button')!.click();
    await el.updateComplete;
    const cancel = part(el, 'cancel-button')!;
    expect(cancel.getAttribute('aria-disabled'), 'Cancel is unavailable').to.equal('true');
    cancel.click();
    cancel.focus();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.status, 'neither Cancel nor Escape leaves').to.equal('running');
    expect(statusText(el)).to.equal('Working on 2 users…');
    await expect(el).to.be.accessible();
    fake.last('runAdminAction').resolve(answer('restore-remembered-devices', ['adele', 'ben']));
    await settle();
    await el.updateComplete;
    expect(results(el)).to.deep.equal(['Adele Vance Done', 'Ben Walters Done']);
    expect(completed).to.have.length(1);
  });

  it('moves the focus to Continue when the host cleared the users before "Choose another action"', async () => {
    const { fake, el } = await mountFake([ADELE]);
    await review(el, 'delete-app-passwords');
    part(el, 'run-button')!.click();
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ['adele']));
    await settle();
    await el.updateComplete;
    el.users = [];
    await el.updateComplete;
    part(el, 'start-over-button')!.focus();
    part(el, 'start-over-button')!.click();
    await el.updateComplete;
    // The actions are disabled without users: Continue, unavailable and described by why, has the focus.
    expect(focused(el) === part(el, 'continue-button'), `focus on ${focused(el)?.outerHTML}`).to.equal(true);
  });

  it('offers Retry when the settings did not load, and reads them again on it', async () => {
    const fake = new FakeClient();
    const el = await fixture<MfaUserAdmin>(html`<mfa-user-admin lang="en" .client=${fake.client} .users=${[ADELE]}></mfa-user-admin>`);
    fake.last('getSettings').reject(new MfaError('server', { operation: 'getSettings', status: 500 }));
    await settle();
    await el.updateComplete;
    expect(alertText(el)).to.match(/^Your permissions could not be checked\. \S/);
    const retry = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Try again')!;
    expect(retry.getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
    retry.click();
    await settle();
    expect(fake.callsOf('getSettings')).to.have.length(2);
    fake.last('getSettings').resolve(settings(false));
    await settle();
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
    expect(text(el, 'notice')).to.contain('You need to be an administrator');
  });

  it('after Retry of the permission check, the focus lands on the actions, where Tab would, not past them on Continue', async () => {
    const fake = new FakeClient();
    const el = await fixture<MfaUserAdmin>(html`<mfa-user-admin lang="en" .client=${fake.client} .users=${[ADELE]}></mfa-user-admin>`);
    fake.last('getSettings').reject(new MfaError('server', { operation: 'getSettings', status: 500 }));
    await settle();
    await el.updateComplete;
    const retry = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Try again')!;
    retry.focus();
    await sendKeys({ press: 'Enter' });
    await settle();
    fake.last('getSettings').resolve(settings(true));
    await settle();
    await el.updateComplete;
    // Nothing chosen yet: the group's first action, as Tab into the group lands.
    expect(focused(el) === radio(el, 'require-register-again'), `focus on ${focused(el)?.outerHTML}`).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('each whole-request failure has a message and keeps the confirmation', async () => {
    for (const code of ['network', 'timeout', 'unauthenticated', 'validation', 'not-found', 'server'] as const) {
      const { fake, el } = await mountFake([ADELE]);
      await review(el, 'require-register-again');
      part(el, 'run-button')!.click();
      fake.last('runAdminAction').reject(new MfaError(code, { operation: 'runAdminAction' }));
      await settle();
      await el.updateComplete;
      // No answer (a timeout, a connection lost): the endpoint may have done it.
      const lead = code === 'network' || code === 'timeout' ? en.userAdminUnsure : en.userAdminFailed;
      expect(alertText(el).startsWith(`${lead} `), `${code}: ${alertText(el)}`).to.equal(true);
      expect(part(el, 'confirm'), code).not.to.equal(null);
    }
  });

  it('sends more than 100 users in batches and lists them all', async () => {
    const many = Array.from({ length: 150 }, (_, i) => ({ id: `u${i}`, displayName: `User ${i}` }));
    const { fake, el } = await mountFake(many);
    expect(text(el, 'users')).to.equal('150 users selected');
    await review(el, 'restore-remembered-devices');
    part(el, 'run-button')!.click();
    await settle();
    const first = fake.last('runAdminAction');
    expect((first.args[1] as string[]).length).to.equal(100);
    first.resolve(answer('restore-remembered-devices', first.args[1] as string[]));
    await settle();
    const second = fake.last('runAdminAction');
    expect(second).not.to.equal(first);
    expect((second.args[1] as string[]).length).to.equal(50);
    expect(second.options?.idempotencyKey).not.to.equal(first.options?.idempotencyKey);
    second.resolve(answer('restore-remembered-devices', second.args[1] as string[], ['u149']));
    await settle();
    await el.updateComplete;
    expect(results(el)).to.have.length(150);
    expect(statusText(el)).to.equal('149 of 150 done, 1 failed.');
  });

  it('says how many users of a long run are handled so far, and Stop sends no request after the one under way', async () => {
    const { fake, el, ids } = await runThreeRequests();
    const events: MfaAdminActionCompleteEvent[] = [];
    el.addEventListener('mfa-admin-action-complete', (e) => events.push(e));
    await el.updateComplete;
    expect(text(el, 'progress')).to.equal('0 of 250 users handled so far.');
    expect(statusText(el)).to.equal('Working on 250 users…');
    await expect(el).to.be.accessible();
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ids(0, 100)));
    await settle();
    await el.updateComplete;
    expect(text(el, 'progress')).to.equal('100 of 250 users handled so far.');
    // The progress is not live: the status says it is working, once.
    expect(part(el, 'progress')!.closest('[role=status],[aria-live]')).to.equal(null);
    const stop = part(el, 'stop-button')!;
    expect(stop.getAttribute('aria-describedby')).to.equal('progress');
    stop.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(statusText(el)).to.equal('Stopping after the request under way…');
    expect(stop.getAttribute('aria-disabled')).to.equal('true');
    const second = fake.last('runAdminAction');
    expect(second.args[1]).to.deep.equal(ids(100, 200));
    second.resolve(answer('delete-app-passwords', ids(100, 200), ['u150']));
    await settle();
    await el.updateComplete;
    // The third request is never sent; the answered users' results stand, the others are not sent.
    expect(fake.callsOf('runAdminAction')).to.have.length(2);
    expect(el.status).to.equal('partial');
    expect(statusText(el)).to.equal('199 of 250 done, 51 failed.');
    expect(results(el)[0]).to.equal('User 150 Failed: the server could not finish it. Try again.');
    expect(results(el)[1]).to.equal('User 200 Failed: not sent, as you stopped the action.');
    expect(part(el, 'stop-button')).to.equal(null);
    expect(focused(el)?.id).to.equal('results-label');
    // The host hears of the users the endpoint answered, once.
    expect(events).to.have.length(1);
    expect(events[0].detail.results).to.have.length(200);
    // The users not sent can be sent now, with the one the server could not finish.
    expect(text(el, 'retry-button')).to.equal('Try again for the 51 not done');
    await expect(el).to.be.accessible();
  });

  it('leaves the focus where the admin went on in the page while a long run went on: the status says the outcome', async () => {
    const { fake, el, ids } = await runThreeRequests();
    // The host page's own control beside the element (its user picker), where the admin went on.
    const select = document.createElement('select');
    el.after(select);
    select.focus();
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ids(0, 100)));
    await settle();
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ids(100, 200)));
    await settle();
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ids(200, 250), ['u210']));
    await settle();
    await el.updateComplete;
    expect(el.status).to.equal('partial');
    expect(document.activeElement).to.equal(select);
    expect(focused(el)).to.equal(null);
    expect(statusText(el)).to.equal('249 of 250 done, 1 failed.');
    expect(results(el)[0]).to.equal('User 210 Failed: the server could not finish it. Try again.');
  });

  it('gives the results the focus lost to the page\'s body while a long run went on', async () => {
    const { fake, el, ids } = await runThreeRequests();
    (focused(el) as HTMLElement).blur();
    expect(document.activeElement).to.equal(document.body);
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ids(0, 100)));
    await settle();
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ids(100, 200)));
    await settle();
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ids(200, 250)));
    await settle();
    await el.updateComplete;
    expect(statusText(el)).to.equal('Done for all 250 users.');
    expect(focused(el)?.id).to.equal('results-label');
  });

  it('stopped, then failed on the request under way: its users are not reported on, those after it were not sent', async () => {
    const { fake, el, ids } = await runThreeRequests();
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ids(0, 100)));
    await settle();
    await el.updateComplete;
    part(el, 'stop-button')!.click();
    fake.last('runAdminAction').reject(new MfaError('server', { operation: 'runAdminAction' }));
    await settle();
    await el.updateComplete;
    expect(results(el)[0]).to.equal('User 100 Failed: the server did not report on this user. Try again.');
    expect(results(el)[100]).to.equal('User 200 Failed: not sent, as you stopped the action.');
  });

  it('keeps what the first batches did when a later one fails, and retries only the rest', async () => {
    const { fake, el, ids } = await runThreeRequests();
    const events: MfaAdminActionCompleteEvent[] = [];
    el.addEventListener('mfa-admin-action-complete', (e) => events.push(e));
    const errors: string[] = [];
    el.addEventListener('mfa-error', (e) => errors.push(`${e.detail.operation} ${e.detail.code}`));
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ids(0, 100)));
    await settle();
    const second = fake.last('runAdminAction');
    second.reject(new MfaError('server', { operation: 'runAdminAction' }));
    await settle();
    await el.updateComplete;
    // The third batch is not sent after the second failed.
    expect(fake.callsOf('runAdminAction')).to.have.length(2);
    expect(el.status).to.equal('partial');
    expect(statusText(el)).to.equal('100 of 250 done, 150 failed.');
    // The 150 failed first, in the order given: the 100 of the request that failed, not reported
    // on, then the 50 never sent, each said as such; then the 100 done.
    expect(results(el)[0]).to.equal('User 100 Failed: the server did not report on this user. Try again.');
    expect(results(el)[99]).to.equal('User 199 Failed: the server did not report on this user. Try again.');
    expect(results(el)[100]).to.equal(`User 200 Failed: ${en.userAdminReasonUnsent}`);
    expect(results(el)[149]).to.equal(`User 249 Failed: ${en.userAdminReasonUnsent}`);
    expect(results(el)[150]).to.equal('User 0 Done');
    expect(alertText(el)).to.equal('');
    // The host hears of what was done: nothing it must audit is lost; and its log of the failure.
    expect(errors).to.deep.equal(['runAdminAction server']);
    expect(events).to.have.length(1);
    expect(events[0].detail.results.map((r) => r.userId)).to.deep.equal(ids(0, 100));
    // A request failed, but the run is over: what it did is all there is, to try again.
    expect(events[0].detail.interrupted).to.equal(false);
    expect(text(el, 'retry-button')).to.equal('Try again for the 150 not done');
    await expect(el).to.be.accessible();
    part(el, 'retry-button')!.click();
    await settle();
    const retried = fake.last('runAdminAction');
    expect((retried.args[1] as string[])[0]).to.equal('u100');
    expect((retried.args[1] as string[]).length).to.equal(100);
  });

  it('fails as a whole, keeping the confirmation, when the first batch fails', async () => {
    const many = Array.from({ length: 150 }, (_, i) => ({ id: `u${i}`, displayName: `User ${i}` }));
    const { fake, el } = await mountFake(many);
    await review(el, 'delete-app-passwords');
    part(el, 'run-button')!.click();
    await settle();
    fake.last('runAdminAction').reject(new MfaError('server', { operation: 'runAdminAction' }));
    await settle();
    await el.updateComplete;
    expect(fake.callsOf('runAdminAction')).to.have.length(1);
    expect(alertText(el)).to.match(/^The action could not be completed\. \S/);
    expect(part(el, 'confirm')).not.to.equal(null);
  });

  it('lays out right to left for a right-to-left locale given words', async () => {
    const fake = new FakeClient();
    const provider = await fixture<HTMLElement>(
      html`<mfa-provider locale="ar" .strings=${ARABIC}><mfa-user-admin .client=${fake.client} .users=${[ADELE]}></mfa-user-admin></mfa-provider>`,
    );
    const el = provider.querySelector('mfa-user-admin')!;
    await el.updateComplete;
    expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
    // A name in a left-to-right script, in its row of results, keeps its own direction.
    fake.last('getSettings').resolve(settings(true));
    el.users = [{ id: 'adele', displayName: 'Adele V.' }];
    await settle();
    await review(el, 'delete-app-passwords');
    part(el, 'run-button')!.click();
    await settle();
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ['adele']));
    await settle();
    await el.updateComplete;
    const name = part(el, 'result-name')!;
    expect(name.textContent).to.equal('Adele V.');
    expect([getComputedStyle(name).direction, getComputedStyle(name).unicodeBidi], '"Adele V.", not ".Adele V"').to.deep.equal(['ltr', 'isolate']);
  });
});

describe('<mfa-user-admin> action shown', () => {
  it('checks the action it holds after each render, also after a radio was checked without telling it', async () => {
    const { el } = await mountFake([ADELE]);
    const checked = () => el.shadowRoot!.querySelector<HTMLInputElement>('[name="action"]:checked')?.value;
    expect(checked()).to.equal(undefined);
    // A script (or a form reset) checks a radio, with no change event: no action is chosen yet.
    el.shadowRoot!.querySelector<HTMLInputElement>('[name="action"]')!.checked = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(checked(), 'no action chosen, none checked').to.equal(undefined);
  });
});

describe('<mfa-user-admin> a run of several requests, interrupted', () => {
  const many = Array.from({ length: 150 }, (_, i) => ({ id: `u${i}`, displayName: `User ${i}` }));
  const ids = (from: number, to: number) => many.slice(from, to).map((u) => u.id);

  /** Runs the action for the 150 users, and answers its first request of 100; the second is in flight. */
  async function firstHundredAnswered(fake: FakeClient, el: MfaUserAdmin) {
    await review(el, 'delete-app-passwords');
    part(el, 'run-button')!.click();
    await settle();
    const first = fake.last('runAdminAction');
    first.resolve(answer('delete-app-passwords', ids(0, 100)));
    await settle();
    return first;
  }

  /** The reauth `retry()` the element gives a host that steps the admin up (the host keeps it, to call once done). */
  function hostRetry(el: MfaUserAdmin): () => (() => void) | undefined {
    let retry: (() => void) | undefined;
    el.addEventListener('mfa-reauth-required', (e: MfaReauthRequiredEvent) => {
      e.preventDefault();
      retry = e.detail.retry;
    });
    return () => retry;
  }

  /** Answers the action sent again: its first request (answered before, as the endpoint does again) and its second. */
  async function answeredAgain(fake: FakeClient, el: MfaUserAdmin) {
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ids(0, 100)));
    await settle();
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ids(100, 150)));
    await settle();
    await el.updateComplete;
  }

  it('moved by a script while it runs (out of the page and back at once), goes on, and the host hears of all once', async () => {
    const { fake, el } = await mountFake(many);
    const completed: MfaAdminActionCompleteEvent[] = [];
    el.addEventListener('mfa-admin-action-complete', (e) => completed.push(e));
    await firstHundredAnswered(fake, el);
    // A host's layout change, or a framework moving the element: out of the page and back.
    const parent = el.parentElement!;
    el.remove();
    parent.prepend(el);
    await settle();
    await el.updateComplete;
    expect(fake.last('runAdminAction').aborted, 'the request in flight is not aborted').to.equal(false);
    expect(el.status).to.equal('running');
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ids(100, 150)));
    await settle();
    await el.updateComplete;
    expect(fake.callsOf('runAdminAction'), 'nothing sent again').to.have.length(2);
    expect(el.status).to.equal('done');
    expect(completed.map((e) => e.detail.results.length)).to.deep.equal([150]);
  });

  it('taken out of the page while it runs, goes back to the confirmation; put back and run again, the answered request is sent with its key again, and the host hears of each user once', async () => {
    const { fake, el } = await mountFake(many);
    const completed: MfaAdminActionCompleteEvent[] = [];
    el.addEventListener('mfa-admin-action-complete', (e) => completed.push(e));
    const first = await firstHundredAnswered(fake, el);
    expect(fake.callsOf('runAdminAction')).to.have.length(2);
    const parent = el.parentElement!;
    el.remove();
    await settle();
    expect(fake.last('runAdminAction').aborted, 'the request in flight is aborted').to.equal(true);
    parent.append(el);
    await el.updateComplete;
    expect(el.status, 'not "Working on…" for good').to.equal('confirm');
    expect(part(el, 'run-button')!.getAttribute('aria-disabled')).to.equal('false');
    part(el, 'run-button')!.click();
    await settle();
    const again = fake.last('runAdminAction');
    expect(again.args[1]).to.deep.equal(ids(0, 100));
    expect(again.options!.idempotencyKey, 'the same key: the endpoint answers it as before').to.equal(first.options!.idempotencyKey);
    await answeredAgain(fake, el);
    expect(el.status).to.equal('done');
    // Of the 100 answered as it was taken away (on the element itself), then of the other 50.
    expect(completed.map((e) => e.detail.results.map((r) => r.userId))).to.deep.equal([ids(0, 100), ids(100, 150)]);
  });

  it('a sign-in to renew for a later request asks the host, whose retry() sends the action again with the same keys', async () => {
    const { fake, el } = await mountFake(many);
    const retry = hostRetry(el);
    const completed: MfaAdminActionCompleteEvent[] = [];
    el.addEventListener('mfa-admin-action-complete', (e) => completed.push(e));
    const first = await firstHundredAnswered(fake, el);
    fake.last('runAdminAction').reject(new MfaError('reauth-required', { operation: 'runAdminAction', status: 401 }));
    await settle();
    await el.updateComplete;
    expect(retry(), 'the host is asked to step the admin up').to.be.a('function');
    // The 100 answered are told of at once, while 50 users wait for the sign-in.
    expect(completed.map((e) => e.detail.results.map((r) => r.userId))).to.deep.equal([ids(0, 100)]);
    expect(statusText(el)).to.equal(en.userAdminReauthWaiting);
    retry()!();
    await settle();
    expect(fake.last('runAdminAction').options!.idempotencyKey).to.equal(first.options!.idempotencyKey);
    await answeredAgain(fake, el);
    expect(el.status).to.equal('done');
    // Answered again for the first 100 (the same key), the host hears of the other 50 alone.
    expect(completed.map((e) => e.detail.results.map((r) => r.userId))).to.deep.equal([ids(0, 100), ids(100, 150)]);
    expect(statusText(el)).to.equal('Done for all 150 users.');
  });

  it('a sign-in to renew for a later request, then a retry() refused as no administrator: the notice takes the focus, and the alert says how many users were handled', async () => {
    const { fake, el } = await mountFake(many);
    const retry = hostRetry(el);
    await firstHundredAnswered(fake, el);
    part(el, 'stop-button')!.focus();
    fake.last('runAdminAction').reject(new MfaError('reauth-required', { operation: 'runAdminAction', status: 401 }));
    await settle();
    await el.updateComplete;
    // Signed in again as someone who is no administrator.
    retry()!();
    await settle();
    fake.last('runAdminAction').reject(new MfaError('forbidden', { operation: 'runAdminAction', status: 403, reason: 'not-admin' }));
    await settle();
    await el.updateComplete;
    expect(el.status).to.equal('not-admin');
    expect(focused(el), 'the notice that says why').to.equal(part(el, 'notice'));
    expect(alertText(el)).to.equal(en.userAdminStoppedAfter(100, 150, '100', '150'));
    await expect(el).to.be.accessible();
  });

  it('stopped, then asked to renew the sign-in, stays stopped: the host\'s retry() sends only the request answered before', async () => {
    const { fake, el } = await mountFake(many);
    const retry = hostRetry(el);
    const completed: MfaAdminActionCompleteEvent[] = [];
    el.addEventListener('mfa-admin-action-complete', (e) => completed.push(e));
    const first = await firstHundredAnswered(fake, el);
    await el.updateComplete;
    part(el, 'stop-button')!.click();
    fake.last('runAdminAction').reject(new MfaError('reauth-required', { operation: 'runAdminAction', status: 401 }));
    await settle();
    await el.updateComplete;
    // Stop stays, unavailable, while the host renews the sign-in.
    expect(part(el, 'stop-button')!.getAttribute('aria-disabled')).to.equal('true');
    retry()!();
    await settle();
    const again = fake.last('runAdminAction');
    expect(again.options!.idempotencyKey).to.equal(first.options!.idempotencyKey);
    again.resolve(answer('delete-app-passwords', ids(0, 100)));
    await settle();
    await el.updateComplete;
    expect(fake.callsOf('runAdminAction'), 'the second request is not sent again').to.have.length(3);
    expect(statusText(el)).to.equal('100 of 150 done, 50 failed.');
    expect(results(el)[0]).to.equal('User 100 Failed: not sent, as you stopped the action.');
    // Told of the 100 as the sign-in was asked for; then that the run, stopped, has ended.
    expect(completed.map((e) => [e.detail.results.length, e.detail.interrupted])).to.deep.equal([
      [100, true],
      [0, false],
    ]);
  });

  it('gives the focus on Stop to Run when the run fails under it', async () => {
    const { fake, el } = await mountFake(many);
    await firstHundredAnswered(fake, el);
    await el.updateComplete;
    part(el, 'stop-button')!.focus();
    fake.last('runAdminAction').reject(new MfaError('rate-limited', { operation: 'runAdminAction', status: 429, retryAfter: 60 }));
    await settle();
    await el.updateComplete;
    expect(part(el, 'stop-button')).to.equal(null);
    expect(focused(el)?.getAttribute('part')).to.contain('run-button');
  });

  it('a rate limit on a later request waits it out before the action may be run again', async () => {
    const { fake, el } = await mountFake(many);
    await firstHundredAnswered(fake, el);
    fake.last('runAdminAction').reject(new MfaError('rate-limited', { operation: 'runAdminAction', status: 429, retryAfter: 60 }));
    await settle();
    await el.updateComplete;
    expect(alertText(el)).to.contain('Please wait: you can try again in');
    expect(part(el, 'run-button')!.getAttribute('aria-disabled'), 'not until the wait is over').to.equal('true');
    part(el, 'run-button')!.click();
    await settle();
    expect(fake.callsOf('runAdminAction'), 'nothing sent meanwhile').to.have.length(2);
  });

  it('a rate limit on a later request says what was done before it, and the host hears of those users at once, once', async () => {
    const { fake, el } = await mountFake(many);
    const completed: MfaAdminActionCompleteEvent[] = [];
    el.addEventListener('mfa-admin-action-complete', (e) => completed.push(e));
    const first = await firstHundredAnswered(fake, el);
    fake.last('runAdminAction').reject(new MfaError('rate-limited', { operation: 'runAdminAction', status: 429, retryAfter: 1 }));
    await settle();
    await el.updateComplete;
    // Not "could not be completed": 100 users were handled, and the host knows which.
    expect(alertText(el)).to.match(/^The action stopped after 100 of 150 users were handled\. Please wait: you can try again in/);
    expect(completed.map((e) => e.detail.results.map((r) => r.userId))).to.deep.equal([ids(0, 100)]);
    expect(completed[0]!.detail.action).to.equal('delete-app-passwords');
    expect(completed[0]!.detail.interrupted, 'the run is not over').to.equal(true);
    await expect(el).to.be.accessible();
    // Left, then chosen again for the same users: the same run (its key), so the 100 answered
    // again are not told of again.
    part(el, 'cancel-button')!.click();
    await el.updateComplete;
    expect(completed).to.have.length(1);
    await review(el, 'delete-app-passwords');
    await waitUntil(() => part(el, 'run-button')?.getAttribute('aria-disabled') === 'false', 'the wait never ended', { timeout: 4000 });
    part(el, 'run-button')!.click();
    await settle();
    expect(fake.last('runAdminAction').options!.idempotencyKey).to.equal(first.options!.idempotencyKey);
    await answeredAgain(fake, el);
    expect(completed.map((e) => [e.detail.results.length, e.detail.interrupted])).to.deep.equal([
      [100, true],
      [50, false],
    ]);
    expect(results(el)).to.have.length(150);
  });

  it('a sign-in to renew on a later request, not taken on by the host: the host hears of the users handled, and the alert says how many', async () => {
    const { fake, el } = await mountFake(many);
    const completed: MfaAdminActionCompleteEvent[] = [];
    el.addEventListener('mfa-admin-action-complete', (e) => completed.push(e));
    await firstHundredAnswered(fake, el);
    fake.last('runAdminAction').reject(new MfaError('reauth-required', { operation: 'runAdminAction', status: 401 }));
    await settle();
    await el.updateComplete;
    expect(alertText(el)).to.match(/^The action stopped after 100 of 150 users were handled\. \S/);
    expect(completed.map((e) => e.detail.results.length)).to.deep.equal([100]);
  });

  describe('250 users, the first two requests answered, the third refused by a rate limit', () => {
    const users = Array.from({ length: 250 }, (_, i) => ({ id: `u${i}`, displayName: `User ${i}` }));
    const idsOf = (from: number, to: number) => users.slice(from, to).map((u) => u.id);

    /** The run so far, and the first request of the try after the wait, answered again as before. */
    async function triedAgain() {
      const { fake, el } = await mountFake(users);
      const completed: MfaAdminActionCompleteEvent[] = [];
      el.addEventListener('mfa-admin-action-complete', (e) => completed.push(e));
      await review(el, 'delete-app-passwords');
      part(el, 'run-button')!.click();
      await settle();
      fake.last('runAdminAction').resolve(answer('delete-app-passwords', idsOf(0, 100)));
      await settle();
      fake.last('runAdminAction').resolve(answer('delete-app-passwords', idsOf(100, 200)));
      await settle();
      fake.last('runAdminAction').reject(new MfaError('rate-limited', { operation: 'runAdminAction', status: 429, retryAfter: 1 }));
      await settle();
      await el.updateComplete;
      expect(alertText(el)).to.match(/^The action stopped after 200 of 250 users were handled\./);
      expect(completed.map((e) => e.detail.results.length)).to.deep.equal([200]);
      await waitUntil(() => part(el, 'run-button')?.getAttribute('aria-disabled') === 'false', 'the wait never ended', { timeout: 4000 });
      part(el, 'run-button')!.click();
      await settle();
      fake.last('runAdminAction').resolve(answer('delete-app-passwords', idsOf(0, 100)));
      await settle();
      return { fake, el, completed };
    }

    it('a try that is refused sooner still says the 200 handled', async () => {
      const { fake, el, completed } = await triedAgain();
      fake.last('runAdminAction').reject(new MfaError('rate-limited', { operation: 'runAdminAction', status: 429, retryAfter: 60 }));
      await settle();
      await el.updateComplete;
      expect(alertText(el)).to.match(/^The action stopped after 200 of 250 users were handled\./);
      expect(completed, 'nothing told twice').to.have.length(1);
    });

    it('a try whose second request fails lists the users of the first try done, and tells nothing twice', async () => {
      const { fake, el, completed } = await triedAgain();
      fake.last('runAdminAction').reject(new MfaError('server', { operation: 'runAdminAction' }));
      await settle();
      await el.updateComplete;
      // The second request's users were handled in the first try: done, not "not reported on".
      expect(statusText(el)).to.equal('200 of 250 done, 50 failed.');
      expect(results(el)[0]).to.equal(`User 200 Failed: ${en.userAdminReasonUnsent}`);
      // No user left to tell of, but the run has ended: the host hears so.
      expect(completed.map((e) => [e.detail.results.length, e.detail.interrupted])).to.deep.equal([
        [200, true],
        [0, false],
      ]);
    });
  });

  it('a run of the failures that fails part way shows the users it handled as done, back at the results', async () => {
    const { fake, el } = await mountFake(many);
    const completed: MfaAdminActionCompleteEvent[] = [];
    el.addEventListener('mfa-admin-action-complete', (e) => completed.push(e));
    await review(el, 'delete-app-passwords');
    part(el, 'run-button')!.click();
    await settle();
    // Every user failed on the server: all 150 to try again.
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ids(0, 100), ids(0, 100)));
    await settle();
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ids(100, 150), ids(100, 150)));
    await settle();
    await el.updateComplete;
    expect(statusText(el)).to.equal('Failed for all 150 users.');
    part(el, 'retry-button')!.click();
    await settle();
    fake.last('runAdminAction').resolve(answer('delete-app-passwords', ids(0, 100)));
    await settle();
    fake.last('runAdminAction').reject(new MfaError('rate-limited', { operation: 'runAdminAction', status: 429, retryAfter: 60 }));
    await settle();
    await el.updateComplete;
    expect(alertText(el)).to.match(/^The action stopped after 100 of 150 users were handled\./);
    expect(statusText(el)).to.equal('100 of 150 done, 50 failed.');
    expect(text(el, 'retry-button')).to.equal('Try again for the 50 not done');
    expect(completed.map((e) => e.detail.results.length)).to.deep.equal([150, 100]);
  });
});
