import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult, html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import { EnrollSession } from '../src/components/authenticator-enroll/enroll-session.js';
import { buildOtpauthUri } from '../src/components/authenticator-enroll/otpauth.js';
import { MfaError } from '../src/core/errors.js';
import type { Enrollment } from '../src/core/types.js';
import { FakeClient, settle } from './support/fake-client.js';

const fake = new FakeClient();
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

/** A bare host for the session: what `<mfa-authenticator-enroll>` gives it, and nothing else. */
@customElement('mfa-test-enroll-session')
class MfaTestEnrollSession extends LitElement {
  connection = new AbortController();
  // What an element's is (MfaElement): the session reads it.
  get connectedSignal(): AbortSignal {
    return this.connection.signal;
  }
  session = new EnrollSession(this, {
    client: () => fake.client,
    focus: () => undefined,
    forgotten: () => undefined,
    changed: () => undefined,
  });

  protected override render(): TemplateResult {
    return litHtml`${this.session.flow.step}`;
  }
}

function started(): Enrollment {
  const key = { issuer: 'Contoso', accountName: 'adele@contoso.example', secret: SECRET, algorithm: 'SHA1', digits: 6, period: 30 } as const;
  return {
    enrollmentId: 'enr_1',
    kind: 'totp',
    name: 'Phone',
    status: 'pending',
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
    totp: { ...key, otpauthUri: buildOtpauthUri(key) },
  };
}

/** A session whose code app set-up has started: the QR code and the code field are shown. */
async function mountScanning(): Promise<MfaTestEnrollSession> {
  fake.calls.length = 0;
  const el = await fixture<MfaTestEnrollSession>(html`<mfa-test-enroll-session></mfa-test-enroll-session>`);
  el.session.dispatch({ type: 'edit-name', name: 'Phone' });
  el.session.dispatch({ type: 'start' });
  el.session.sendStart();
  fake.last('startEnrollment').resolve(started());
  await settle();
  await el.updateComplete;
  return el;
}

describe('EnrollSession', () => {
  it('keeps the secret in the set-up data alone: not in the start action, and not after the set-up ends', async () => {
    const el = await mountScanning();
    expect(el.session.flow.step).to.equal('scan');
    expect(el.session.setup?.kind === 'totp' && el.session.setup.key.secret).to.equal(SECRET);
    expect(el.session.startAction.result, 'the start action let go of the answer').to.equal(undefined);
    expect(el.session.startAction.status).to.equal('idle');

    el.session.cancel();
    fake.last('cancelEnrollment').resolve(undefined);
    await settle();
    await el.updateComplete;
    expect(el.session.flow.step).to.equal('choose');
    expect(el.session.setup).to.equal(undefined);
  });

  it("leaves a cancel that crossed the minute's read to its own answer: the read's \"cancelled\" does not end the set-up as expired", async () => {
    const el = await mountScanning();
    // The first read goes a few seconds after the set-up shows.
    await new Promise((resolve) => setTimeout(resolve, 5500));
    expect(fake.callsOf('getEnrollment')).to.have.length(1);
    el.session.cancel();
    fake.last('getEnrollment').resolve({ ...started(), totp: undefined, status: 'cancelled' });
    await settle();
    expect(el.session.flow.step).to.equal('cancelling');
    fake.last('cancelEnrollment').resolve(undefined);
    await settle();
    expect(el.session.flow.step, 'back to the form, as after any cancel').to.equal('choose');
  }).timeout(10_000);

  it("leaves the last wrong code that crossed the minute's read to its own answer: no tries left, not expired", async () => {
    const el = await mountScanning();
    await new Promise((resolve) => setTimeout(resolve, 5500));
    el.session.sendCode('123456');
    fake.last('getEnrollment').resolve({ ...started(), totp: undefined, status: 'expired' });
    await settle();
    expect(el.session.flow.step).to.equal('verifying');
    fake.last('verifyEnrollment').reject(new MfaError('invalid-code', { operation: 'verifyEnrollment', status: 422, attemptsLeft: 0 }));
    await settle();
    expect(el.session.flow).to.include({ step: 'expired', reason: 'no-tries' });
  }).timeout(10_000);

  it('withdraws a set-up the user cancelled while it was starting, once the endpoint answers', async () => {
    fake.calls.length = 0;
    const el = await fixture<MfaTestEnrollSession>(html`<mfa-test-enroll-session></mfa-test-enroll-session>`);
    el.session.dispatch({ type: 'choose-kind', kind: 'push' });
    el.session.dispatch({ type: 'edit-name', name: 'Phone' });
    el.session.dispatch({ type: 'start' });
    el.session.sendStart();
    el.session.cancel();
    await el.updateComplete;
    expect(el.session.flow.step).to.equal('choose');

    const push: Enrollment = {
      enrollmentId: 'enr_2',
      kind: 'push',
      name: 'Phone',
      status: 'pending',
      expiresAt: new Date(Date.now() + 600_000).toISOString(),
      push: { activationCode: '123456789', activationUrl: 'https://push.example/a', qrPayload: '{"code":"123456789"}' },
    };
    fake.last('startEnrollment').resolve(push);
    await settle();
    await el.updateComplete;
    expect(el.session.flow.step, 'the form the user went back to stays').to.equal('choose');
    expect(el.session.setup, 'nothing of the set-up is kept').to.equal(undefined);
    expect(fake.callsOf('cancelEnrollment').map((call) => call.args[0]), 'the endpoint is told').to.deep.equal(['enr_2']);
  });

  it('cancels a started set-up at once for a host taking the element away: the request outlives it', async () => {
    const el = await mountScanning();
    const events: unknown[] = [];
    el.addEventListener('mfa-enrollment-cancel', (event) => events.push((event as CustomEvent).detail));
    el.session.sendCode('123456');
    expect(el.session.flow.step).to.equal('verifying');

    el.session.cancel(true);
    el.connection.abort();
    await el.updateComplete;
    expect(el.session.flow.step).to.equal('choose');
    expect(el.session.setup, 'the key is gone').to.equal(undefined);
    expect(events).to.deep.equal([{ kind: 'totp', started: true }]);
    const cancel = fake.last('cancelEnrollment');
    expect(cancel.args[0]).to.equal('enr_1');
    expect(cancel.aborted, 'taking the element away aborted the cancel').to.equal(false);
    // The code's answer, still in flight, no longer lands.
    fake.last('verifyEnrollment').resolve({ ...started(), status: 'active' });
    await settle();
    await el.updateComplete;
    expect(el.session.flow.step).to.equal('choose');
  });

  it('does not cancel while the first code is being checked, nor as the page is left then: the answer decides', async () => {
    const el = await mountScanning();
    const events: string[] = [];
    for (const type of ['mfa-enrollment-cancel', 'mfa-authenticator-added']) el.addEventListener(type, () => events.push(type));
    el.session.sendCode('123456');
    el.session.cancel();
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expect(el.session.flow.step).to.equal('verifying');
    const authenticator = { id: 'auth_1', kind: 'totp', name: 'Phone', createdAt: new Date().toISOString(), lastUsedAt: null };
    fake.last('verifyEnrollment').resolve({ ...started(), status: 'active', authenticator });
    await settle();
    await el.updateComplete;
    expect(el.session.flow.step).to.equal('done');
    expect(events, 'the page is told of the new app, and of no cancel').to.deep.equal(['mfa-authenticator-added']);
    expect(fake.callsOf('cancelEnrollment')).to.have.length(0);
  });

  it('sends one cancel when the page is left while a cancel is on its way, and ends as it answers', async () => {
    const el = await mountScanning();
    el.session.cancel();
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await el.updateComplete;
    expect(el.session.flow.step).to.equal('cancelling');
    expect(fake.callsOf('cancelEnrollment')).to.have.length(1);
    fake.last('cancelEnrollment').resolve(undefined);
    await settle();
    await el.updateComplete;
    expect(el.session.flow.step).to.equal('choose');
  });

  it('takes the answer of a new start sent after a cancelled one', async () => {
    fake.calls.length = 0;
    const el = await fixture<MfaTestEnrollSession>(html`<mfa-test-enroll-session></mfa-test-enroll-session>`);
    el.session.dispatch({ type: 'edit-name', name: 'Phone' });
    el.session.dispatch({ type: 'start' });
    el.session.sendStart();
    el.session.cancel();
    await el.updateComplete;
    el.session.dispatch({ type: 'start' });
    el.session.sendStart();
    fake.last('startEnrollment').resolve(started());
    await settle();
    await el.updateComplete;
    expect(el.session.flow.step).to.equal('scan');
    expect(fake.callsOf('cancelEnrollment')).to.have.length(0);
  });
});
