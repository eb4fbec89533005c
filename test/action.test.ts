import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { LitElement, type TemplateResult, html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import { ActionController } from '../src/core/action.js';
import { MfaError } from '../src/core/errors.js';
import { whenLeft } from '../src/core/leaving.js';
import type { MfaErrorEvent, MfaReauthRequiredEvent } from '../src/core/events.js';
import { stopClock } from './support/clock.js';
import { FakeClient, settle } from './support/fake-client.js';

const fake = new FakeClient();

@customElement('mfa-test-action')
class MfaTestAction extends LitElement {
  connection = new AbortController();
  save = new ActionController(this, {
    operation: 'createAppPassword',
    send: (options, name: string) => fake.client.createAppPassword(name, options),
    signal: () => this.connection.signal,
  });

  // As the signal's documentation asks: aborted once the element has left the page, not when moved.
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    whenLeft(this, () => {
      this.connection.abort();
      this.connection = new AbortController();
    });
  }

  protected override render(): TemplateResult {
    return litHtml`${this.save.status}`;
  }
}

/** A host's own element that gives no signal: a plain LitElement, no MfaElement. */
@customElement('mfa-test-action-no-signal')
class MfaTestActionNoSignal extends LitElement {
  save = new ActionController(this, {
    operation: 'createAppPassword',
    send: (options, name: string) => fake.client.createAppPassword(name, options),
  });
}

const created = { appPassword: { id: 'a', name: 'x', createdAt: '', lastUsedAt: null }, password: 'p' };

describe('ActionController', () => {
  let el: MfaTestAction;
  beforeEach(async () => {
    fake.calls.length = 0;
    el = await fixture<MfaTestAction>(html`<mfa-test-action></mfa-test-action>`);
  });

  it("runs on a host's own element that gives no signal and is no MfaElement, with a signal of its own", async () => {
    const plain = await fixture<MfaTestActionNoSignal>(html`<mfa-test-action-no-signal></mfa-test-action-no-signal>`);
    const done = plain.save.run('Printer');
    expect(fake.last('createAppPassword').options?.signal?.aborted).to.equal(false);
    fake.last('createAppPassword').resolve(created);
    expect(await done).to.deep.equal(created);
    expect(plain.save.status).to.equal('success');
  });

  it('sends once however often it runs while pending, and reports each state', async () => {
    const first = el.save.run('Printer');
    const second = el.save.run('Printer');
    expect(second).to.equal(first);
    expect(fake.callsOf('createAppPassword')).to.have.length(1);
    expect(el.save.status).to.equal('pending');
    expect(el.save.blocked).to.equal(true);
    fake.last('createAppPassword').resolve(created);
    expect(await first).to.deep.equal(created);
    expect(el.save.status).to.equal('success');
  });

  it('keeps the idempotency key while the same input is retried, and changes it for new input', async () => {
    void el.save.run('Printer');
    fake.last('createAppPassword').reject(new MfaError('timeout', { operation: 'createAppPassword' }));
    await settle();
    expect(el.save.status).to.equal('error');
    void el.save.run('Printer');
    const [a, b] = fake.callsOf('createAppPassword');
    expect(b.options?.idempotencyKey).to.equal(a.options?.idempotencyKey);
    b.reject(new MfaError('network', { operation: 'createAppPassword' }));
    await settle();
    void el.save.run('Scanner');
    expect(fake.last('createAppPassword').options?.idempotencyKey).not.to.equal(a.options?.idempotencyKey);
  });

  it('uses a new key after the server says it will not take the key again (secret-gone, key reused)', async () => {
    for (const reason of ['secret-gone', 'idempotency-key-reused']) {
      fake.calls.length = 0;
      void el.save.run('Printer');
      fake.last('createAppPassword').reject(new MfaError('conflict', { operation: 'createAppPassword', reason }));
      await settle();
      expect(el.save.status).to.equal('error');
      void el.save.run('Printer');
      const [a, b] = fake.callsOf('createAppPassword');
      expect(b.options?.idempotencyKey, reason).not.to.equal(a.options?.idempotencyKey);
      b.reject(new MfaError('conflict', { operation: 'createAppPassword', reason: 'limit-reached' }));
      await settle();
      void el.save.run('Printer');
      expect(fake.last('createAppPassword').options?.idempotencyKey, 'any other conflict keeps it').to.equal(b.options?.idempotencyKey);
      fake.last('createAppPassword').resolve(created);
      await settle();
    }
  });

  it('uses a new key after a success, even for the same input', async () => {
    void el.save.run('Printer');
    fake.last('createAppPassword').resolve(created);
    await settle();
    void el.save.run('Printer');
    const [a, b] = fake.callsOf('createAppPassword');
    expect(b.options?.idempotencyKey).not.to.equal(a.options?.idempotencyKey);
  });

  it('blocks a rate-limited action with a countdown, then allows it', async () => {
    void el.save.run('Printer');
    fake.last('createAppPassword').reject(new MfaError('rate-limited', { operation: 'createAppPassword', retryAfter: 1 }));
    await settle();
    expect(el.save.retryAfterSeconds).to.equal(1);
    expect(el.save.blocked).to.equal(true);
    expect(await el.save.run('Printer')).to.equal(undefined);
    expect(fake.callsOf('createAppPassword')).to.have.length(1);
    await new Promise((r) => setTimeout(r, 1100));
    expect(el.save.retryAfterSeconds).to.equal(0);
    void el.save.run('Printer');
    expect(fake.callsOf('createAppPassword')).to.have.length(2);
  });

  it('blocks a rate-limited action for 30 seconds when the refusal gives no wait', async () => {
    void el.save.run('Printer');
    fake.last('createAppPassword').reject(new MfaError('rate-limited', { operation: 'createAppPassword' }));
    await settle();
    expect(el.save.retryAfterSeconds).to.equal(30);
    expect(el.save.rateLimited).to.equal(true);
    expect(await el.save.run('Printer')).to.equal(undefined);
    expect(fake.callsOf('createAppPassword')).to.have.length(1);
  });

  it("counts a rate limit's wait on through the page's clock set back or forward: the wait left is never more than was asked", async () => {
    const clock = stopClock();
    try {
      void el.save.run('Printer');
      fake.last('createAppPassword').reject(new MfaError('rate-limited', { operation: 'createAppPassword', retryAfter: 30 }));
      await settle();
      expect(el.save.retryAfterSeconds).to.equal(30);
      // A time server (or the user) sets the page's clock an hour back: a minute and an hour is
      // not what the endpoint asked; the monotonic clock still says 30 s.
      const stopped = Date.now;
      Date.now = () => stopped() - 3_600_000;
      expect(el.save.retryAfterSeconds, 'the clock set back').to.equal(30);
      // Set forward (or a computer that slept through the wait): over, as the page's clock says.
      Date.now = () => stopped() + 31_000;
      expect(el.save.retryAfterSeconds, 'the clock set forward').to.equal(0);
    } finally {
      clock.restore();
    }
  });

  it('forgets a rate limit’s refusal once its wait is over, and says so once', async () => {
    let updates = 0;
    el.addController({ hostUpdated: () => updates++ });
    // The page's clock stopped, and moved by the test: the wait is over at its second to the
    // millisecond, not when the countdown's timer, late on a busy machine, gets round to it.
    const clock = stopClock();
    try {
      void el.save.run('Printer');
      fake.last('createAppPassword').reject(new MfaError('rate-limited', { operation: 'createAppPassword', retryAfter: 1 }));
      await settle();
      expect(el.save.rateLimited).to.equal(true);
      expect(el.save.waitOver).to.equal(false);
      // A millisecond short of the second, a tick of the countdown goes by and the wait runs on.
      clock.advance(999);
      const before = updates;
      await waitUntil(() => updates > before, 'the countdown never ticked', { timeout: 3000, interval: 20 });
      expect(el.save.rateLimited, 'a millisecond short of the second').to.equal(true);
      expect(el.save.waitOver).to.equal(false);
      clock.advance(1);
      await waitUntil(() => el.save.waitOver, 'the wait never ended', { timeout: 3000, interval: 20 });
    } finally {
      clock.restore();
    }
    expect(el.save.rateLimited).to.equal(false);
    expect(el.save.status, 'nothing to show any more').to.equal('idle');
    expect(el.save.error).to.equal(undefined);
    expect(el.save.waitOver).to.equal(true);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('idle');
    void el.save.run('Printer');
    expect(el.save.waitOver, 'until it runs again').to.equal(false);
  });

  /** Sends 'Printer', which the endpoint refuses until the user signs in again; the host steps them up. */
  async function refusedForReauth(): Promise<MfaReauthRequiredEvent | undefined> {
    let event: MfaReauthRequiredEvent | undefined;
    el.addEventListener('mfa-reauth-required', (e) => {
      e.preventDefault();
      event = e;
    });
    void el.save.run('Printer');
    fake.last('createAppPassword').reject(new MfaError('reauth-required', { operation: 'createAppPassword' }));
    await settle();
    return event;
  }

  it('asks the host to re-authenticate and resends the same input with the same key on retry', async () => {
    const event = await refusedForReauth();
    expect(event?.detail.operation).to.equal('createAppPassword');
    expect(event?.bubbles && event?.composed).to.equal(true);
    expect(el.save.status).to.equal('reauth');
    event?.detail.retry();
    event?.detail.retry(); // a second call does nothing
    const calls = fake.callsOf('createAppPassword');
    expect(calls).to.have.length(2);
    expect(calls[1].args).to.deep.equal(['Printer']);
    expect(calls[1].options?.idempotencyKey).to.equal(calls[0].options?.idempotencyKey);
  });

  it('resends when the host retries from inside its listener, its sign-in already fresh', async () => {
    el.addEventListener('mfa-reauth-required', (event) => (event as MfaReauthRequiredEvent).detail.retry(), { once: true });
    const run = el.save.run('Printer');
    fake.last('createAppPassword').reject(new MfaError('reauth-required', { operation: 'createAppPassword', status: 401 }));
    await run;
    await settle();
    const calls = fake.callsOf('createAppPassword');
    expect(calls, 'the retry was taken for the refused request').to.have.length(2);
    expect(calls[1].options?.idempotencyKey).to.equal(calls[0].options?.idempotencyKey);
    expect(el.save.status).to.equal('pending');
    calls[1].resolve(created);
    await settle();
    expect(el.save.status).to.equal('success');
  });

  it('shows the resent request in flight when the host takes the event on and retries from inside its listener', async () => {
    const errors: string[] = [];
    el.addEventListener('mfa-error', (event) => errors.push((event as MfaErrorEvent).detail.code));
    el.addEventListener(
      'mfa-reauth-required',
      (event) => {
        // A host whose sign-in is still fresh: it takes the event on, and retries at once.
        event.preventDefault();
        (event as MfaReauthRequiredEvent).detail.retry();
      },
      { once: true },
    );
    void el.save.run('Printer');
    fake.last('createAppPassword').reject(new MfaError('reauth-required', { operation: 'createAppPassword', status: 401 }));
    await settle();
    await el.updateComplete;
    expect(fake.callsOf('createAppPassword')).to.have.length(2);
    expect(el.save.status, 'the request sent again is in flight, not waiting for the host').to.equal('pending');
    expect(el.save.blocked, 'the action is blocked while it is').to.equal(true);
    expect(el.shadowRoot!.textContent).to.equal('pending');
    expect(errors, 'a sign-in the host renewed is no failure to tell').to.deep.equal([]);
    fake.last('createAppPassword').resolve(created);
    await settle();
    expect(el.save.status).to.equal('success');
  });

  it('sends the same input again after a reset with a new key only when the user left (Cancel)', async () => {
    const refuse = () => fake.last('createAppPassword').reject(new MfaError('timeout', { operation: 'createAppPassword' }));
    const keys = async () => {
      await settle();
      return fake.callsOf('createAppPassword').map((c) => c.options?.idempotencyKey);
    };
    void el.save.run('Printer');
    refuse();
    await settle();
    // An error cleared: the answer may have been lost, and the same input is the same action.
    el.save.reset();
    void el.save.run('Printer');
    refuse();
    const [first, second] = await keys();
    expect(second).to.equal(first);
    // The user left it: the same input later is a new action.
    el.save.reset(true);
    void el.save.run('Printer');
    const [, , third] = await keys();
    expect(third).not.to.equal(first);
  });

  it('run again while the host never answers: sends the same input with the same key, and the old answers do nothing', async () => {
    const event = await refusedForReauth();
    expect(el.save.status).to.equal('reauth');
    void el.save.run('Printer');
    const calls = fake.callsOf('createAppPassword');
    expect(calls).to.have.length(2);
    expect(calls[1].options?.idempotencyKey).to.equal(calls[0].options?.idempotencyKey);
    expect(el.save.status).to.equal('pending');
    event?.detail.retry();
    event?.detail.cancel();
    expect(fake.callsOf('createAppPassword'), 'the old retry() sends nothing').to.have.length(2);
    expect(el.save.status, 'nor does the old cancel() change anything').to.equal('pending');
  });

  it('leaves the request refused, input kept, when the host says the user gave up (cancel)', async () => {
    const event = await refusedForReauth();
    expect(el.save.status).to.equal('reauth');
    expect(el.save.blocked, 'waiting for the host blocks nothing').to.equal(false);
    event?.detail.cancel();
    expect(el.save.status).to.equal('error');
    expect((el.save.error as MfaError).code).to.equal('reauth-required');
    expect(el.save.blocked, 'the user can try again').to.equal(false);
    // Once answered, neither answer does anything more.
    event?.detail.retry();
    expect(fake.callsOf('createAppPassword')).to.have.length(1);
    // Trying again sends the same input with the same key.
    void el.save.run('Printer');
    const calls = fake.callsOf('createAppPassword');
    expect(calls).to.have.length(2);
    expect(calls[1].options?.idempotencyKey).to.equal(calls[0].options?.idempotencyKey);
  });

  it('stays in error with the reauth message when the host does not handle the event, and tells it by mfa-error', async () => {
    const heard: string[] = [];
    for (const type of ['mfa-reauth-required', 'mfa-error']) el.addEventListener(type, () => heard.push(type));
    void el.save.run('Printer');
    fake.last('createAppPassword').reject(new MfaError('reauth-required', { operation: 'createAppPassword' }));
    await settle();
    expect(el.save.status).to.equal('error');
    expect((el.save.error as MfaError).code).to.equal('reauth-required');
    expect(heard).to.deep.equal(['mfa-reauth-required', 'mfa-error']);
  });

  it('fires no mfa-error for a sign-in the host renews (it takes on mfa-reauth-required): that is no failure', async () => {
    const errors: Event[] = [];
    el.addEventListener('mfa-error', (e) => errors.push(e));
    const event = await refusedForReauth();
    expect(el.save.status).to.equal('reauth');
    event?.detail.retry();
    fake.last('createAppPassword').resolve({ id: 'apw_1', name: 'Printer', password: 'abcd', createdAt: '2025-01-01T00:00:00Z' } as never);
    await settle();
    expect(el.save.status).to.equal('success');
    expect(errors).to.deep.equal([]);
  });

  it('fires mfa-error with the code only', async () => {
    const events: MfaErrorEvent[] = [];
    el.addEventListener('mfa-error', (e) => events.push(e));
    void el.save.run('Printer');
    fake.last('createAppPassword').reject(new MfaError('server', { operation: 'createAppPassword', status: 503 }));
    await settle();
    expect(events.map((e) => e.detail)).to.deep.equal([{ operation: 'createAppPassword', code: 'server', status: 503 }]);
  });

  it('ignores an answer that arrives after a reset or a disconnect', async () => {
    void el.save.run('Printer');
    el.save.reset();
    fake.last('createAppPassword').resolve(created);
    await settle();
    expect(el.save.status).to.equal('idle');
    expect(el.save.result).to.equal(undefined);

    void el.save.run('Printer');
    const call = fake.last('createAppPassword');
    el.remove();
    await settle();
    expect(call.aborted).to.equal(true);
    expect(el.save.status).to.equal('idle');
  });

  it('ignores an answer that arrives in the task its element is removed in', async () => {
    void el.save.run('Printer');
    // Answered just before the removal: too late for the abort, not yet taken by the controller.
    fake.last('createAppPassword').resolve(created);
    el.remove();
    await settle();
    expect(el.save.status).to.equal('idle');
    expect(el.save.result).to.equal(undefined);
  });

  it('taken out with a request in flight and put back in a later task: shows itself ready to send again, and sends with the same key', async () => {
    void el.save.run('Printer');
    const call = fake.last('createAppPassword');
    await el.updateComplete;
    const parent = el.parentElement!;
    el.remove();
    await settle();
    expect(call.aborted).to.equal(true);
    parent.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent, 'what it shows, not only its status').to.equal('idle');
    void el.save.run('Printer');
    expect(fake.last('createAppPassword').options!.idempotencyKey).to.equal(call.options!.idempotencyKey);
  });

  it('taken out while the host re-authenticates the user and put back in a later task: ready to send again, and the old retry() sends nothing', async () => {
    const event = await refusedForReauth();
    expect(el.save.status).to.equal('reauth');
    await el.updateComplete;
    const parent = el.parentElement!;
    el.remove();
    await settle();
    parent.append(el);
    await el.updateComplete;
    expect(el.save.status).to.equal('idle');
    expect(el.shadowRoot!.textContent, 'what it shows, not only its status').to.equal('idle');
    event?.detail.retry();
    expect(fake.callsOf('createAppPassword'), 'the retry() of the element before it left').to.have.length(1);
  });

  it('moved in the page with a request in flight (out and back at once): takes the answer', async () => {
    void el.save.run('Printer');
    const call = fake.last('createAppPassword');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await settle();
    expect(call.aborted).to.equal(false);
    call.resolve(created);
    await settle();
    expect(el.save.status).to.equal('success');
    expect(el.shadowRoot!.textContent).to.equal('success');
  });

  it('taken out in one microtask and put back in a later one, the answer landing between: not left pending, and sends again', async () => {
    void el.save.run('Printer');
    const call = fake.last('createAppPassword');
    const parent = el.parentElement!;
    queueMicrotask(() => el.remove());
    call.resolve(created);
    queueMicrotask(() => parent.append(el));
    await settle();
    await el.updateComplete;
    expect(el.save.status, 'an answer to an element out of the page is not taken').to.equal('idle');
    expect(el.shadowRoot!.textContent).to.equal('idle');
    void el.save.run('Printer');
    expect(fake.callsOf('createAppPassword'), 'sent again').to.have.length(2);
  });

  it('does not send while offline, and sends again once back online', async () => {
    window.dispatchEvent(new Event('offline'));
    expect(el.save.offline).to.equal(true);
    expect(await el.save.run('Printer')).to.equal(undefined);
    expect(fake.callsOf('createAppPassword')).to.have.length(0);
    window.dispatchEvent(new Event('online'));
    void el.save.run('Printer');
    expect(fake.callsOf('createAppPassword')).to.have.length(1);
  });
});
