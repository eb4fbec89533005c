import { expect, fixture, html } from '@open-wc/testing';
import { type TemplateResult, html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import '../src/components/provider/provider.js';
import type { MfaProvider } from '../src/components/provider/provider.js';
import { MfaElement } from '../src/core/mfa-element.js';
import { ResourceController } from '../src/core/resource.js';
import type { SettingsSummary } from '../src/core/types.js';
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

const summary = (defaultMethod: SettingsSummary['defaultMethod']) => ({ defaultMethod }) as SettingsSummary;

describe('ResourceController', () => {
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

  it('loads again when the host calls refresh() on the provider, and a confirmed value beats an older read', async () => {
    const fake = new FakeClient();
    const provider = await fixture<MfaProvider>(html`
      <mfa-provider .client=${fake.client}><mfa-test-resource></mfa-test-resource></mfa-provider>
    `);
    const el = provider.querySelector('mfa-test-resource') as MfaTestResource;
    await settle();
    fake.last('getSettings').resolve(summary('text-mobile'));
    await settle();
    provider.refresh();
    await settle();
    expect(fake.callsOf('getSettings')).to.have.length(2);
    // A change is confirmed while that read is in flight: the read is dropped, the confirmed value stays.
    const inFlight = fake.last('getSettings');
    el.settings.set(summary('app-code'));
    expect(inFlight.aborted).to.equal(true);
    inFlight.resolve(summary('text-mobile'));
    await settle();
    expect(el.settings.value?.defaultMethod).to.equal('app-code');
  });

  it('aborts its load when the element is disconnected', async () => {
    const fake = new FakeClient();
    const provider = await fixture<MfaProvider>(html`
      <mfa-provider .client=${fake.client}><mfa-test-resource></mfa-test-resource></mfa-provider>
    `);
    await settle();
    provider.querySelector('mfa-test-resource')?.remove();
    expect(fake.last('getSettings').aborted).to.equal(true);
  });
});
