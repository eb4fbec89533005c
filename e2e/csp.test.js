// Every flow on a page served with a strict Content Security Policy and the built bundle:
// zero `securitypolicyviolation` events, no console errors. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TOTP } from 'otpauth';
import { launchChromium, snapshotOnFailure, watchedPage } from './support/browser.js';
import * as flows from './support/flows.js';
import { CONTENT_SECURITY_POLICY, startCspServer } from './csp/server.js';

let server;
let browser;
before(async () => {
  server = await startCspServer();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * A fresh sandbox (with the reference's sandbox `options`) and its control routes, called from Node
 * (the test's hands on the "phone").
 */
async function sandbox(options = {}) {
  const created = await (await fetch(new URL('/reference/sandboxes', server.url), { method: 'POST', body: JSON.stringify(options) })).json();
  const control = async (method, path, body) => {
    const r = await fetch(new URL(created.control + path, server.url), {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`control ${method} ${path}: ${r.status}`);
    const text = await r.text();
    return text ? JSON.parse(text) : undefined;
  };
  return { id: created.id, control };
}

/** The simulated phone and authenticator app of one user, through the control routes. */
function deviceOf(control, userId) {
  const pending = async () => {
    const list = await control('GET', `/enrollments?userId=${userId}`);
    assert.ok(list.length > 0, 'no set-up is pending');
    return list[list.length - 1];
  };
  return {
    async latestCode() {
      return (await this.latestMessage()).code;
    },
    async latestMessage() {
      const messages = await control('GET', `/outbox?userId=${userId}`);
      const { code, channel } = messages[messages.length - 1];
      return { code, channel };
    },
    async totpCode() {
      return (await control('GET', `/totp/${(await pending()).enrollmentId}`)).code;
    },
    async approvePush() {
      await control('POST', `/push/${(await pending()).enrollmentId}/approve`);
    },
  };
}

async function open(userId, { admin = false, ignoreResponse, sandboxOptions } = {}) {
  const { id, control } = await sandbox(sandboxOptions);
  const watched = await watchedPage(browser, { ignoreResponse });
  await watched.page.goto(`${server.url}?user=${userId}&sandbox=${id}${admin ? '&admin' : ''}`);
  await watched.page.waitForSelector(`html[data-ready="${id}"]`);
  return { ...watched, control, device: deviceOf(control, userId) };
}

async function expectClean(watched) {
  assert.deepEqual(await watched.violations(), [], 'securitypolicyviolation events');
  assert.deepEqual(watched.problems, [], 'console errors, page errors or failed requests');
}

describe(`strict CSP (${CONTENT_SECURITY_POLICY})`, () => {
  it('is served with the policy, and the page sees a violation when one happens', async () => {
    const watched = await open('adele');
    const response = await watched.page.request.get(server.url);
    assert.equal(response.headers()['content-security-policy'], CONTENT_SECURITY_POLICY);
    // The listener works: an inline style attribute and a string sent to an HTML sink are refused.
    const refused = await watched.page.evaluate(() => {
      const div = document.createElement('div');
      div.setAttribute('style', 'color: red');
      document.body.append(div);
      let sinkRefused = false;
      try {
        div.innerHTML = '<b>x</b>';
      } catch {
        sinkRefused = true;
      }
      div.remove();
      return sinkRefused;
    });
    assert.equal(refused, true, 'Trusted Types did not refuse a plain string');
    await watched.page.waitForFunction(() => window.__cspViolations.length >= 2);
    const directives = (await watched.violations()).map((v) => v.directive).sort();
    assert.deepEqual(directives, ['require-trusted-types-for', 'style-src-attr']);
    await watched.close();
  });

  it('adele: default method, phone add and remove, code app, rename and remove, app passwords', async () => {
    const w = await open('adele');
    const { page, device } = w;
    await snapshotOnFailure(page, 'csp-adele', async () => {
      await flows.changeDefaultMethod(page);
      await flows.addAlternatePhone(page, device);
      await flows.removeAlternatePhone(page);
      await flows.enrollApp(page, device, 'totp', 'Laptop');
      await flows.renameApp(page, 'Laptop', 'Old laptop');
      await flows.removeApp(page, 'Old laptop');
      await flows.createAppPassword(page, 'Printer');
      await flows.revokeAppPassword(page, 'Printer');
    });
    await expectClean(w);
    // Each flow reached the endpoint (nothing was only shown as done).
    const committed = new Set((await w.control('GET', '/side-effects')).map((e) => e.operationId));
    for (const operation of [
      'setDefaultMethod', 'confirmPhoneVerification', 'deletePhone', 'verifyEnrollment',
      'renameAuthenticator', 'deleteAuthenticator', 'createAppPassword', 'revokeAppPassword',
    ]) {
      assert.ok(committed.has(operation), `${operation} was not committed`);
    }
    await w.close();
  });

  it('adele: phone changed with a call, office phone with an extension, code app set up by its key', async () => {
    const w = await open('adele');
    const { page, device } = w;
    await snapshotOnFailure(page, 'csp-adele-phones-key', async () => {
      await flows.changePhone(page, device, { slot: 'authentication phone', region: 'Authentication phone', number: '4255550191', byCall: true });
      await flows.changePhone(page, device, { slot: 'office phone', region: 'Office phone', number: '4255550192', extension: '77' });
      await flows.enrollAppByKey(page, 'Desk', (secret) => new TOTP({ secret }).generate());
    });
    await expectClean(w);
    const effects = await w.control('GET', '/side-effects');
    assert.equal(effects.filter((e) => e.operationId === 'confirmPhoneVerification').length, 2, 'two phones confirmed');
    assert.ok(effects.some((e) => e.operationId === 'verifyEnrollment'), 'verifyEnrollment was not committed');
    const calls = (await w.control('GET', '/outbox?userId=adele')).filter((m) => m.channel === 'call');
    assert.equal(calls.length, 2, 'both codes came by a call');
    await w.close();
  });

  it('adele: a new code asked for again, and an app set-up cancelled', async () => {
    const w = await open('adele');
    const { page, device } = w;
    const info = flows.securityInfo(page);
    await snapshotOnFailure(page, 'csp-adele-resend-cancel', async () => {
      await info.getByRole('button', { name: 'Add sign-in method' }).click();
      const dialog = info.getByRole('dialog');
      await dialog.getByRole('radio', { name: 'Alternate authentication phone' }).check();
      await dialog.getByRole('button', { name: 'Next' }).click();
      const editor = dialog.locator('mfa-phone-editor');
      await editor.getByRole('textbox', { name: 'Phone number' }).fill('4255550193');
      await editor.getByRole('button', { name: 'Send code' }).click();
      await editor.getByRole('textbox', { name: 'Verification code' }).waitFor({ timeout: flows.TIMEOUT });
      const first = await device.latestCode();
      // The 30 s between codes gone by, for the endpoint and for the page (its clock moved on, its
      // timers running as they do).
      await w.control('POST', '/clock', { advanceSeconds: 31 });
      await page.clock.setSystemTime(Date.now() + 31_000);
      await editor.getByRole('button', { name: 'Send a new code' }).click();
      await flows.expectText(editor, 'You can ask for a new code in');
      const second = await device.latestCode();
      assert.notEqual(second, first, 'the new code is the old one');
      await editor.getByRole('textbox', { name: 'Verification code' }).fill(second);
      await flows.expectText(info, 'Alternate authentication phone added.');

      // A code app's set-up, cancelled at its QR code: the dialog closes, nothing is added.
      await info.getByRole('button', { name: 'Add sign-in method' }).click();
      await dialog.getByRole('radio', { name: 'Authenticator app' }).check();
      await dialog.getByRole('button', { name: 'Next' }).click();
      const enroll = dialog.locator('mfa-authenticator-enroll');
      await enroll.getByRole('radio', { name: 'An app that shows codes' }).check();
      await enroll.getByRole('textbox', { name: 'Device name' }).fill('Spare');
      await enroll.getByRole('button', { name: 'Continue' }).click();
      await enroll.getByRole('img', { name: /QR code/ }).waitFor({ timeout: flows.TIMEOUT });
      await enroll.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden', timeout: flows.TIMEOUT });
    });
    await expectClean(w);
    const committed = (await w.control('GET', '/side-effects')).map((e) => e.operationId);
    for (const operation of ['resendPhoneVerification', 'confirmPhoneVerification', 'cancelEnrollment']) {
      assert.equal(committed.filter((o) => o === operation).length, 1, `${operation} committed once`);
    }
    assert.deepEqual(await w.control('GET', '/enrollments?userId=adele'), [], 'a set-up is still pending');
    assert.ok(!committed.includes('verifyEnrollment'), 'the cancelled app was added');
    await w.close();
  });

  it('chen (asked to register again): the phone confirmed with a new code, after the host steps the user up', async () => {
    // The endpoint's 401 reauth-required is the step-up's start, not a failure.
    const stepUps = [];
    const w = await open('chen', {
      ignoreResponse: (r) => r.status() === 401 && r.request().method() !== 'GET' && stepUps.push(r.url()) > 0,
    });
    const { page, device } = w;
    await snapshotOnFailure(page, 'csp-chen', async () => {
      await flows.expectText(flows.securityInfo(page), 'Register your sign-in methods again');
      // The sign-in is now older than changes allow: the host page's step-up (host.js) runs.
      await w.control('POST', '/clock', { advanceSeconds: 3600 });
      await flows.changePhone(page, device, { slot: 'authentication phone', region: 'Authentication phone', number: '+8613812345670', saidSaved: false });
      await flows.expectText(flows.securityInfo(page), 'You have registered your sign-in methods again.');
    });
    await expectClean(w);
    assert.ok(stepUps.length > 0, 'no change asked for a step-up');
    const committed = new Set((await w.control('GET', '/side-effects')).map((e) => e.operationId));
    assert.ok(committed.has('confirmPhoneVerification'), 'confirmPhoneVerification was not committed');
    await w.close();
  });

  it('dana (administrator): users required to register again', async () => {
    const w = await open('dana', { admin: true });
    await snapshotOnFailure(w.page, 'csp-dana-register-again', () => flows.adminRequireRegistration(w.page));
    await expectClean(w);
    const committed = (await w.control('GET', '/side-effects')).map((e) => e.operationId);
    assert.ok(committed.includes('runAdminAction'), 'runAdminAction was not committed');
    await w.close();
  });

  it('dana (administrator): push app set-up and an administrator action', async () => {
    const w = await open('dana', { admin: true });
    const { page, device } = w;
    await snapshotOnFailure(page, 'csp-dana', async () => {
      await flows.enrollApp(page, device, 'push', 'Tablet');
      await flows.adminAction(page);
    });
    await expectClean(w);
    const committed = new Set((await w.control('GET', '/side-effects')).map((e) => e.operationId));
    for (const operation of ['approvePush', 'runAdminAction']) assert.ok(committed.has(operation), `${operation} was not committed`);
    await w.close();
  });
});

describe('the Trusted Types policy name is needed', () => {
  it("without `trusted-types lit-html` the elements cannot render (so the documented policy is the minimum)", async () => {
    const strict = await startCspServer({ policy: CONTENT_SECURITY_POLICY.replace('trusted-types lit-html', "trusted-types 'none'") });
    try {
      const watched = await watchedPage(browser);
      await watched.page.goto(`${strict.url}?user=adele`);
      await watched.page.waitForFunction(() => window.__cspViolations.length > 0, null, { timeout: 10_000 });
      const violations = await watched.violations();
      assert.ok(violations.some((v) => v.directive === 'trusted-types'), JSON.stringify(violations));
      await watched.close();
    } finally {
      await strict.close();
    }
  });
});
