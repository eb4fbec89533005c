import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { type TemplateResult, html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import '../src/components/provider/provider.js';
import type { MfaProvider } from '../src/components/provider/provider.js';
import type { MfaClient } from '../src/core/client.js';
import { MfaError } from '../src/core/errors.js';
import { MfaElement } from '../src/core/mfa-element.js';
import { ResourceController, confirmChange } from '../src/core/resource.js';
import type { SettingsSummary } from '../src/core/types.js';
import { withClockAhead } from './support/clock.js';
import { FakeClient, settle } from './support/fake-client.js';

@customElement('mfa-test-resource')
class MfaTestResource extends MfaElement {
  settings = new ResourceController<SettingsSummary>(this, {
    operation: 'getSettings',
    client: () => this.activeClient,
    revision: () => this.settingsRevision,
    load: (client, signal) => client.getSettings({ signal }),
    signal: () => this.connectedSignal,
  });

  changed(): void {
    this.notifyChange();
  }

  protected override render(): TemplateResult {
    return litHtml`${this.settings.status}:${this.settings.value?.defaultMethod ?? ''}`;
  }
}

/** The same, giving no signal: an MfaElement's own connection signal is used. */
@customElement('mfa-test-resource-own-signal')
class MfaTestResourceOwnSignal extends MfaElement {
  settings = new ResourceController<SettingsSummary>(this, {
    operation: 'getSettings',
    client: () => this.activeClient,
    load: (client, signal) => client.getSettings({ signal }),
  });
}

const summary = (defaultMethod: SettingsSummary['defaultMethod']) => ({ defaultMethod }) as SettingsSummary;

/** An element under a provider with a client the test answers, its first load sent. */
async function mounted() {
  const fake = new FakeClient();
  const provider = await fixture<MfaProvider>(html`
    <mfa-provider .client=${fake.client}><mfa-test-resource></mfa-test-resource></mfa-provider>
  `);
  const el = provider.querySelector('mfa-test-resource') as MfaTestResource;
  await settle();
  return { fake, provider, el };
}

/** An element whose settings loaded, then are read again (the host's refresh()), that read in flight. */
async function readingAgain() {
  const { fake, provider, el } = await mounted();
  fake.last('getSettings').resolve(summary('text-mobile'));
  await settle();
  provider.refresh();
  await settle();
  return { fake, el };
}

describe('ResourceController', () => {
  it("given no signal, aborts a load in flight with its element's own connection: the element leaving the page", async () => {
    const fake = new FakeClient();
    const provider = await fixture<MfaProvider>(html`
      <mfa-provider .client=${fake.client}><mfa-test-resource-own-signal></mfa-test-resource-own-signal></mfa-provider>
    `);
    await settle();
    const { options } = fake.last('getSettings');
    expect(options?.signal?.aborted).to.equal(false);
    provider.querySelector<MfaTestResourceOwnSignal>('mfa-test-resource-own-signal')!.remove();
    expect(options?.signal?.aborted).to.equal(true);
  });

  it('loads when the client arrives, again on a change, and ignores a stale answer', async () => {
    const fake = new FakeClient();
    const provider = await fixture<MfaProvider>(html`
      <mfa-provider .client=${fake.client}><mfa-test-resource></mfa-test-resource><mfa-test-resource></mfa-test-resource></mfa-provider>
    `);
    const [a, b] = provider.querySelectorAll('mfa-test-resource') as NodeListOf<MfaTestResource>;
    await settle();
    expect(fake.callsOf('getSettings')).to.have.length(2);
    fake.calls[0].resolve(summary('text-mobile'));
    fake.calls[1].resolve(summary('text-mobile'));
    await settle();
    expect(a.shadowRoot?.textContent).to.equal('ready:text-mobile');

    // One element reports a confirmed change: both load again.
    a.changed();
    await settle();
    expect(fake.callsOf('getSettings')).to.have.length(4);
    // While loading, the last good value stays.
    expect(b.settings.value?.defaultMethod).to.equal('text-mobile');

    // A reload before the answer: the older answer, arriving last, is ignored.
    const older = fake.calls[3];
    void b.settings.reload();
    const newer = fake.last('getSettings');
    expect(older.aborted).to.equal(true);
    newer.resolve(summary('app-code'));
    older.resolve(summary('call-office'));
    await settle();
    expect(b.settings.value?.defaultMethod).to.equal('app-code');
  });

  it("ignores an older answer that comes last from a host's client that does not abort (an SDK without a signal)", async () => {
    const answers: ((value: SettingsSummary) => void)[] = [];
    const client = { getSettings: () => new Promise<SettingsSummary>((resolve) => answers.push(resolve)) } as unknown as MfaClient;
    const el = await fixture<MfaTestResource>(html`<mfa-test-resource .client=${client}></mfa-test-resource>`);
    await settle();
    void el.settings.reload();
    await settle();
    expect(answers).to.have.length(2);
    answers[1](summary('app-code'));
    await settle();
    answers[0](summary('call-office'));
    await settle();
    // Nor kept for the element's next render (a change of language, a countdown).
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.equal('ready:app-code');
  });

  it('loads again when the host calls refresh() on the provider, and a confirmed value beats an older read, which is sent again', async () => {
    const { fake, el } = await readingAgain();
    expect(fake.callsOf('getSettings')).to.have.length(2);
    // A change is confirmed while that read is in flight: the read is dropped, the confirmed value
    // shows, and the read is sent again (it may have been answered before the change).
    const inFlight = fake.last('getSettings');
    el.settings.set(summary('app-code'));
    expect(inFlight.aborted).to.equal(true);
    expect(fake.callsOf('getSettings'), 'read again').to.have.length(3);
    inFlight.resolve(summary('text-mobile'));
    await settle();
    await el.updateComplete;
    expect(el.shadowRoot?.textContent, 'the confirmed value shows while it is read again').to.equal('loading:app-code');
    fake.last('getSettings').resolve(summary('call-office'));
    await settle();
    await el.updateComplete;
    expect(el.shadowRoot?.textContent, 'what the endpoint has now').to.equal('ready:call-office');
  });

  it('a confirmed value with no read in flight sends no read', async () => {
    const { fake, el } = await mounted();
    fake.last('getSettings').resolve(summary('text-mobile'));
    await settle();
    el.settings.set(summary('app-code'));
    await settle();
    await el.updateComplete;
    expect(fake.callsOf('getSettings')).to.have.length(1);
    expect(el.shadowRoot?.textContent).to.equal('ready:app-code');
  });

  it('a change confirmed while a read is in flight reads again: the rest of what it shows may have changed before it', async () => {
    const { fake, el } = await readingAgain();
    const inFlight = fake.last('getSettings');
    confirmChange(el.settings, { defaultMethod: 'app-code' });
    await el.updateComplete;
    expect(el.shadowRoot?.textContent, 'the confirmed change shows at once').to.equal('loading:app-code');
    expect(fake.callsOf('getSettings'), 'read again').to.have.length(3);
    inFlight.resolve(summary('text-mobile'));
    fake.last('getSettings').resolve(summary('app-code'));
    await settle();
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.equal('ready:app-code');
  });

  it("resolves a reload() replaced by a newer load once the newer one has settled: the host then reads what the endpoint has", async () => {
    const { fake, el } = await readingAgain();
    let settled = '';
    const first = el.settings.reload().then(() => (settled = `${el.settings.status}:${el.settings.value?.defaultMethod}`));
    const older = fake.last('getSettings');
    // A change elsewhere on the page: read again before the first answer.
    void el.settings.reload();
    expect(older.aborted).to.equal(true);
    await settle();
    expect(settled, 'not settled while the newer load is on its way').to.equal('');
    fake.last('getSettings').resolve(summary('app-code'));
    await first;
    expect(settled).to.equal('ready:app-code');
  });

  it('aborts its load when the element is disconnected', async () => {
    const { fake, el } = await mounted();
    el.remove();
    expect(fake.last('getSettings').aborted).to.equal(true);
  });

  it('loads again when put back in the page after it left in the middle of a load, as a framework moves an element', async () => {
    const { fake, provider, el } = await mounted();
    el.remove();
    provider.append(el);
    await settle();
    expect(fake.callsOf('getSettings')).to.have.length(2);
    fake.last('getSettings').resolve(summary('app-code'));
    await settle();
    expect(el.shadowRoot?.textContent).to.equal('ready:app-code');
  });

  it('loads again when put back in the page after it left in the middle of a load, with a client of its own', async () => {
    // No provider: nothing but the element itself asks for the update that sends the load again.
    const fake = new FakeClient();
    const page = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('mfa-test-resource') as MfaTestResource;
    el.client = fake.client;
    page.append(el);
    await settle();
    el.remove();
    await settle();
    page.append(el);
    await settle();
    expect(fake.callsOf('getSettings'), 'sent again').to.have.length(2);
    fake.last('getSettings').resolve(summary('app-code'));
    await settle();
    expect(el.shadowRoot?.textContent).to.equal('ready:app-code');
  });

  it('tells the host of a load that failed (mfa-error), with the operation, the code and the status', async () => {
    const fake = new FakeClient();
    const el = await fixture<MfaTestResource>(html`<mfa-test-resource .client=${fake.client}></mfa-test-resource>`);
    const heard: unknown[] = [];
    el.addEventListener('mfa-error', (e) => heard.push((e as CustomEvent).detail));
    await settle();
    fake.last('getSettings').reject(new MfaError('server', { operation: 'getSettings', status: 503 }));
    await settle();
    expect(el.shadowRoot?.textContent).to.equal('error:');
    expect(heard).to.deep.equal([{ operation: 'getSettings', code: 'server', status: 503 }]);
  });

  describe('refused by a rate limit', () => {
    const refuse = (fake: FakeClient, retryAfter?: number) =>
      fake.last('getSettings').reject(new MfaError('rate-limited', { operation: 'getSettings', status: 429, retryAfter }));

    async function refused(retryAfter?: number) {
      const fake = new FakeClient();
      const el = await fixture<MfaTestResource>(html`<mfa-test-resource .client=${fake.client}></mfa-test-resource>`);
      await settle();
      refuse(fake, retryAfter);
      await settle();
      return { fake, el };
    }

    it('sends nothing before the wait is over, counts it down, then loads by itself', async () => {
      const { fake, el } = await refused(28);
      expect(el.settings.rateLimited).to.equal(true);
      expect(el.settings.retryAfterSeconds).to.equal(28);
      await el.settings.reload();
      await settle();
      expect(fake.callsOf('getSettings'), 'reload() waits').to.have.length(1);
      await withClockAhead(10_000, () => waitUntil(() => el.settings.retryAfterSeconds <= 18, 'no countdown', { timeout: 3000 }));
      await withClockAhead(29_000, () =>
        waitUntil(() => fake.callsOf('getSettings').length === 2, 'never loaded again', { timeout: 3000 }),
      );
      expect(el.settings.status).to.equal('loading');
      expect(el.settings.rateLimited).to.equal(false);
      fake.last('getSettings').resolve(summary('app-code'));
      await settle();
      expect(el.shadowRoot?.textContent).to.equal('ready:app-code');
    });

    it('waits 30 seconds when the endpoint does not say how long', async () => {
      const { el } = await refused();
      expect(el.settings.retryAfterSeconds).to.equal(30);
    });

    it('waits longer at each refusal in a row when the endpoint asks for no wait, and starts over after a load', async () => {
      const { fake, el } = await refused(0);
      const waits = [el.settings.retryAfterSeconds];
      for (const expected of [4, 8]) {
        await withClockAhead(waits[waits.length - 1] * 1000 + 1000, () =>
          waitUntil(() => el.settings.status === 'loading', 'never loaded again', { timeout: 3000 }),
        );
        refuse(fake, 0);
        await settle();
        waits.push(el.settings.retryAfterSeconds);
        expect(el.settings.retryAfterSeconds).to.equal(expected);
      }
      expect(waits).to.deep.equal([2, 4, 8]);
      await withClockAhead(9_000, () => waitUntil(() => el.settings.status === 'loading', 'never loaded again', { timeout: 3000 }));
      fake.last('getSettings').resolve(summary('app-code'));
      await settle();
      void el.settings.reload();
      await settle();
      refuse(fake, 0);
      await settle();
      expect(el.settings.retryAfterSeconds, 'a load that succeeded starts the waits over').to.equal(2);
    });

    it('waits five minutes at most between loads however often the endpoint refuses them', async function () {
      // Nine refusals in a row, each wait run out by a clock moved on: about a second each.
      this.timeout(40_000);
      const { fake, el } = await refused(0);
      const waits = [el.settings.retryAfterSeconds];
      while (waits.length < 9) {
        await withClockAhead(waits[waits.length - 1] * 1000 + 1000, () =>
          waitUntil(() => el.settings.status === 'loading', 'never loaded again', { timeout: 3000 }),
        );
        refuse(fake, 0);
        await settle();
        waits.push(el.settings.retryAfterSeconds);
      }
      // 2, 4, 8… seconds: the ninth would be 512 seconds, and is 300.
      expect(waits).to.deep.equal([2, 4, 8, 16, 32, 64, 128, 256, 300]);
    });

    it('loads at once from a new client, and not again when a confirmed value ends the wait', async () => {
      const { fake, el } = await refused(28);
      const next = new FakeClient();
      el.client = next.client;
      await settle();
      expect(next.callsOf('getSettings'), 'the new client is not the one that refused').to.have.length(1);
      refuse(next, 28);
      await settle();
      el.settings.set(summary('call-office'));
      expect(el.settings.rateLimited).to.equal(false);
      await withClockAhead(29_000, () => new Promise((resolve) => setTimeout(resolve, 1200)));
      expect(fake.calls.length + next.calls.length, 'no load after a confirmed value').to.equal(2);
      expect(el.shadowRoot?.textContent).to.equal('ready:call-office');
    });
  });
});
