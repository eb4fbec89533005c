// End to end through the `npm start` demo, as a new user would: every flow on the portal page
// (<mfa-security-info>) and on "Each element alone", codes read from the demo's simulated phone and
// authenticator app, one pass with the keyboard only, and a screenshot of each element kept in
// test-results/e2e/. The demo server is started and stopped here.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { TOTP } from 'otpauth';
import { ARTIFACTS, launchChromium, snapshotOnFailure, watchedPage } from './support/browser.js';
import { startDemo } from './support/demo-server.js';
import * as flows from './support/flows.js';
import { activate, chooseRadio, moveTo, typeInto } from './support/keyboard.js';

const { TIMEOUT, expectText, securityInfo } = flows;
let demo;
let browser;
before(async () => {
  demo = await startDemo();
  browser = await launchChromium();
  mkdirSync(ARTIFACTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await demo?.stop();
});

const demoControl = (path) => new URL(`/reference/sandboxes/demo/control/${path}`, demo.url);

/**
 * The demo's reference endpoint keeps one store for the whole server run: each test starts from it
 * as `npm start` first serves it (the seeded users, no message, the clock not moved), so each can
 * run alone and in any order (`node --test --test-name-pattern "…" e2e/demo.test.js`).
 */
async function resetDemo() {
  const r = await fetch(demoControl('reset'), { method: 'POST' });
  assert.equal(r.status, 204);
}

/** The demo endpoint's time (ms), which a code app's code follows. */
async function demoNow() {
  const r = await fetch(demoControl('clock'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceSeconds: 0 }),
  });
  assert.equal(r.status, 200);
  return Date.parse((await r.json()).now);
}

/** The demo's "Simulated phone" and "Simulated authenticator app" panels, read as a person would. */
function demoDevice(page) {
  let seen = null;
  const pendingApp = (name) => page.locator('#device li').filter({ hasText: `${name}:` });
  return {
    /** Remembers what the phone shows now, so only a newer message counts. */
    async ready() {
      seen = await page.evaluate(() => document.querySelector('#outbox li')?.textContent ?? '');
    },
    /** The newest code, once newer than the last seen; `to`: only one sent to that number. */
    async latestCode(to = '') {
      return (await this.latestMessage(to)).code;
    },
    /** The same, and how it came as the phone says it ("Text to …", "Call to …"). */
    async latestMessage(to = '') {
      await page.waitForFunction(
        ([previous, number]) => {
          const newest = document.querySelector('#outbox li');
          return newest !== null && newest.textContent !== previous && newest.textContent.includes(number);
        },
        [seen, to],
        { timeout: TIMEOUT },
      );
      const newest = await page.evaluate(() => {
        const li = document.querySelector('#outbox li');
        return { text: li.textContent, code: li.querySelector('.code').textContent.trim() };
      });
      seen = newest.text;
      const channel = newest.text.startsWith('Call to') ? 'call' : newest.text.startsWith('Text to') ? 'text' : newest.text;
      return { code: newest.code, channel };
    },
    async totpCode(name) {
      const code = pendingApp(name).locator('.code');
      await code.waitFor({ timeout: TIMEOUT });
      return (await code.textContent()).trim();
    },
    /**
     * Approval "on the phone". The demo's own Approve button sits outside the modal "Add sign-in
     * method" dialog, so the page makes it inert while the dialog is open (a real phone is not in
     * the page): the test's phone approves through the control route instead.
     */
    async approvePush(name) {
      await pendingApp(name).getByRole('button', { name: 'Approve on this phone' }).waitFor({ timeout: TIMEOUT });
      const userId = await page.locator('#user').inputValue();
      const pending = await (await fetch(demoControl(`enrollments?userId=${userId}`))).json();
      const enrollment = pending.find((e) => e.name === name);
      assert.ok(enrollment, `no pending set-up named ${name}`);
      const approved = await fetch(demoControl(`push/${enrollment.enrollmentId}/approve`), { method: 'POST' });
      assert.equal(approved.status, 200);
    },
  };
}

/** Opens a demo view signed in as adele (the first demo user), ready to use. */
async function openDemo(view = '') {
  const watched = await watchedPage(browser);
  await watched.page.goto(`${demo.url}${view}`);
  const ready = view ? watched.page.locator('#elements mfa-method-picker').getByRole('radio').first() : securityInfo(watched.page).getByRole('button', { name: 'Add sign-in method' });
  await ready.waitFor({ timeout: TIMEOUT });
  const device = demoDevice(watched.page);
  await device.ready();
  return { ...watched, device };
}

/**
 * Waits until every element on the page (those inside others too) shows `locale`: its content
 * marked with the language and direction of its words, and, in Chinese, those words loaded
 * (a translation loads after the switch; until then the English words show).
 */
async function languageShown(page, locale) {
  const [lang, dir] = { en: ['en', 'ltr'], 'zh-CN': ['zh-CN', 'ltr'], ar: ['ar', 'rtl'] }[locale];
  await page.waitForFunction(
    ([lang, dir]) => {
      const bases = [];
      const visit = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (!element.shadowRoot) continue;
          const base = element.shadowRoot.querySelector('[part~="base"]');
          if (base) bases.push(base);
          visit(element.shadowRoot);
        }
      };
      visit(document);
      const words = (base) => lang !== 'zh-CN' || /\p{Script=Han}/u.test(base.textContent);
      return bases.length > 0 && bases.every((base) => base.lang === lang && base.dir === dir && words(base));
    },
    [lang, dir],
    { timeout: TIMEOUT },
  );
}

/** Switches the demo's signed-in user with the header's picker. */
async function signInAs(page, userId) {
  const signedIn = page.waitForResponse((r) => r.url().endsWith('/control/sign-in') && r.status() === 200);
  await page.locator('#user').selectOption(userId);
  await signedIn;
}

async function shoot(locator, name) {
  await locator.screenshot({ path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });
}

function expectClean(watched) {
  assert.deepEqual(watched.problems, [], 'console errors, page errors or failed requests');
}

describe('the demo portal (npm start)', () => {
  beforeEach(resetDemo);

  it('portal page: every flow through <mfa-security-info>, and an administrator action', async () => {
    const w = await openDemo();
    const { page, device } = w;
    await snapshotOnFailure(page, 'demo-portal', async () => {
      // The page's elements share the reads they make together: the settings once, for the page
      // and for the sections <mfa-security-info> shows with its answer, and each list once, by
      // those sections (without sharing: the settings 6 times). Nothing of the other view, which
      // leaves the page, is read.
      const count = () => w.reads.filter((read) => read === 'GET /app-passwords').length;
      for (const end = Date.now() + TIMEOUT; count() < 1 && Date.now() < end; ) await page.waitForTimeout(50);
      await page.waitForTimeout(500);
      const counts = {};
      for (const read of w.reads) counts[read] = (counts[read] ?? 0) + 1;
      assert.deepEqual(counts, { 'GET /settings': 1, 'GET /authenticators': 1, 'GET /app-passwords': 1 });
      await shoot(securityInfo(page), 'mfa-security-info');
      await flows.changeDefaultMethod(page, 'Call my authentication phone');
      await flows.addAlternatePhone(page, device);
      await flows.removeAlternatePhone(page);
      await flows.enrollApp(page, device, 'totp', 'Laptop');
      await flows.renameApp(page, 'Laptop', 'Old laptop');
      await flows.removeApp(page, 'Old laptop');
      await flows.createAppPassword(page, 'Printer');
      await flows.revokeAppPassword(page, 'Printer');
      // Dana is an administrator with a push app: the Administration section appears for her.
      await signInAs(page, 'dana');
      await securityInfo(page).getByRole('button', { name: 'Add sign-in method' }).waitFor({ timeout: TIMEOUT });
      await flows.enrollApp(page, device, 'push', 'Tablet');
      await page.locator('#admin').waitFor({ state: 'visible', timeout: TIMEOUT });
      await shoot(page.locator('mfa-user-admin'), 'mfa-user-admin');
      await flows.adminAction(page);
      // The demo also offers a user the endpoint does not know: reported per user.
      await expectText(page.locator('mfa-user-admin'), 'there is no such user.');
      await shoot(page.locator('mfa-user-admin'), 'mfa-user-admin-results');
      await signInAs(page, 'adele');
    });
    expectClean(w);
    await w.close();
  });

  it('each element alone (?view=elements): every flow on the stand-alone elements', async () => {
    const w = await openDemo('?view=elements');
    const { page, device } = w;
    const elements = page.locator('#elements');
    await snapshotOnFailure(page, 'demo-elements', async () => {
      for (const tag of ['mfa-method-picker', 'mfa-authenticator-enroll', 'mfa-authenticator-list', 'mfa-app-passwords']) {
        await shoot(elements.locator(tag), tag);
      }
      await shoot(elements.locator('mfa-phone-editor[phone-slot="mobile"]'), 'mfa-phone-editor');

      const picker = elements.locator('mfa-method-picker');
      await picker.getByRole('radio', { name: 'Enter a code from my authenticator app' }).check();
      await picker.getByRole('button', { name: 'Save' }).click();
      await expectText(picker, 'Saved. Your default sign-in method is now: Enter a code from my authenticator app.');

      const alternate = elements.locator('mfa-phone-editor[phone-slot="alternate"]');
      await alternate.getByRole('button', { name: 'Add' }).click();
      await flows.verifyNumber(alternate, device, '4255550198', () => shoot(alternate.locator('mfa-code-input'), 'mfa-code-input'));
      await expectText(alternate, 'is verified and saved.');
      await flows.removeAlternatePhone(page, elements);
      await alternate.getByRole('button', { name: 'Add' }).waitFor({ timeout: TIMEOUT });

      const enroll = elements.locator('mfa-authenticator-enroll');
      await flows.setUpApp(enroll, device, 'totp', 'Desk');
      await expectText(enroll, `“${flows.isolated('Desk')}” is set up.`);
      await flows.renameApp(page, 'Desk', 'Old desk', elements);
      await flows.removeApp(page, 'Old desk', elements);
      await flows.createAppPassword(page, 'Scanner', elements);
      await flows.revokeAppPassword(page, 'Scanner', elements);
    });
    expectClean(w);
    await w.close();
  });

  it('portal page: the phones changed (a called code, an office extension), a code app set up by its key, a user asked to register again', async () => {
    const w = await openDemo();
    const { page, device } = w;
    await snapshotOnFailure(page, 'demo-portal-phones-key', async () => {
      await flows.changePhone(page, device, { slot: 'authentication phone', region: 'Authentication phone', number: '4255550181', byCall: true });
      await flows.changePhone(page, device, { slot: 'office phone', region: 'Office phone', number: '4255550182', extension: '78' });
      // The app's code at the endpoint's time.
      await flows.enrollAppByKey(page, 'Kiosk', async (secret) => new TOTP({ secret }).generate({ timestamp: await demoNow() }));
      // Chen's administrator asked for registration again: the phone confirmed with a new code.
      await signInAs(page, 'chen');
      await expectText(securityInfo(page), 'Register your sign-in methods again');
      await device.ready();
      await flows.changePhone(page, device, { slot: 'authentication phone', region: 'Authentication phone', number: '+8613812345671', saidSaved: false });
      await expectText(securityInfo(page), 'You have registered your sign-in methods again.');
      await signInAs(page, 'adele');
    });
    expectClean(w);
    await w.close();
  });

  it('in Simplified Chinese every text the demo shows follows: its title, its tools, the simulated phone (in the page and in its window), and after a reload, all at once; the language and the theme stay for the tab', async () => {
    // A text, a call and two app set-ups waiting for Adele, asked for by another session of hers,
    // so the simulated phone shows each kind of item.
    const session = await (await fetch(demoControl('sign-in'), { method: 'POST', body: JSON.stringify({ userId: 'adele' }) })).json();
    const api = (path, body) =>
      fetch(new URL(`/reference/sandboxes/demo/api/${path}`, demo.url), {
        method: 'POST',
        headers: { authorization: `Bearer ${session.token}`, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    for (const [path, body] of [
      ['phones/alternate/verifications', { number: '+14255550177', channel: 'text' }],
      ['phones/office/verifications', { number: '+14255550178', channel: 'call' }],
      ['authenticators/enrollments', { kind: 'push', name: 'Tablet' }],
      ['authenticators/enrollments', { kind: 'totp', name: 'Laptop' }],
    ]) {
      assert.ok((await api(path, body)).ok, path);
    }
    // Names stay as given: the users' (and their ids), the apps', the brand's and the library's.
    const names = [...(await (await fetch(demoControl('users'))).json()).flatMap((u) => [u.displayName, u.id]), 'Tablet', 'Laptop'];
    /**
     * The light DOM's texts, the title and accessible names with a word in Latin letters left, but
     * names, and the messages of the simulated phone: the endpoint's words, as a company's text
     * provider sends them (marked `lang="en"`), not the demo's.
     */
    const english = (page) =>
      page.evaluate((names) => {
        const kept = new RegExp([...names, 'Contoso', 'mfa-elements', 'API', 'JSON', 'English'].join('|'), 'g');
        const found = [];
        const check = (where, text) => {
          if (/[A-Za-z]{2,}/.test(text.replace(kept, ''))) found.push(`${where}: ${text.trim()}`);
        };
        check('title', document.title);
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.parentElement.closest('script, style, .message[lang="en"]')) check(node.parentElement.localName, node.textContent);
        }
        for (const element of document.body.querySelectorAll('[aria-label], [title]')) {
          for (const name of ['aria-label', 'title']) if (element.hasAttribute(name)) check(`[${name}]`, element.getAttribute(name));
        }
        return found;
      }, names);

    const w = await openDemo();
    const { page } = w;
    await snapshotOnFailure(page, 'demo-chinese', async () => {
      const outbox = page.locator('#outbox li');
      await outbox.nth(1).waitFor({ timeout: TIMEOUT });
      await page.locator('#device li').nth(1).waitFor({ timeout: TIMEOUT });
      await page.locator('#locale').selectOption('zh-CN');
      await securityInfo(page).getByRole('button', { name: '添加登录方式' }).waitFor({ timeout: TIMEOUT });
      assert.deepEqual(await english(page), [], 'English left on the page in Chinese');
      assert.equal(await page.title(), 'Contoso 门户 · 安全信息（mfa-elements 演示）');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN', 'the page marked English');
      await outbox.filter({ hasText: '短信发至' }).waitFor({ timeout: TIMEOUT });
      // The text as the endpoint sent it, left in its own language: its last line is WebOTP's.
      const sent = outbox.filter({ hasText: '短信发至' }).locator('.message[lang="en"]');
      assert.match(await sent.textContent(), /\n@[\w.-]+ #\d{6}$/);
      await outbox.filter({ hasText: '电话打至' }).waitFor({ timeout: TIMEOUT });
      await page.locator('#device').getByRole('button', { name: '在此手机上批准' }).waitFor({ timeout: TIMEOUT });

      // The simulated phone in a window of its own, in the language chosen.
      const [phone] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: '在窗口中打开模拟手机' }).click()]);
      await phone.locator('#outbox li').nth(1).waitFor({ timeout: TIMEOUT });
      await phone.locator('#device').getByRole('button', { name: '在此手机上批准' }).waitFor({ timeout: TIMEOUT });
      assert.deepEqual(await english(phone), [], 'English left in the phone window');
      await phone.close();

      // Reloaded, the list keeps the language: the page shows it from the start, all of it.
      w.expectNavigation();
      await page.reload();
      await securityInfo(page).getByRole('button', { name: '添加登录方式' }).waitFor({ timeout: TIMEOUT });
      assert.equal(await page.locator('#locale').inputValue(), 'zh-CN');
      assert.deepEqual(await english(page), [], 'English left on the page reloaded in Chinese');
      await outbox.filter({ hasText: '短信发至' }).waitFor({ timeout: TIMEOUT });

      // The theme chosen stays too; the other view shows both from the start.
      const theme = () =>
        page.evaluate(() => [document.querySelector('#theme').value, document.documentElement.dataset.theme, document.querySelector('#provider').theme]);
      await page.locator('#theme').selectOption('dark');
      assert.deepEqual(await theme(), ['dark', 'dark', 'dark']);
      w.expectNavigation();
      await page.locator('#view-elements').click();
      await page.locator('#elements mfa-method-picker').getByRole('radio').first().waitFor({ timeout: TIMEOUT });
      assert.deepEqual(await theme(), ['dark', 'dark', 'dark'], 'the theme in the other view');
      assert.equal(await page.title(), 'Contoso 门户 · 安全信息（mfa-elements 演示）');
    });
    expectClean(w);
    await w.close();
  });

  it("in Simplified Chinese an administrator's section follows too: the user the endpoint does not know is named in Chinese, chosen before the administrator signs in, and reported so, in the language shown", async () => {
    const w = await openDemo();
    const { page } = w;
    await snapshotOnFailure(page, 'demo-admin-chinese', async () => {
      const admin = page.locator('mfa-user-admin');
      const former = '前员工（已不在目录中）';
      // Chosen before the administrator signs in: her section shows in Chinese from the start.
      await page.locator('#locale').selectOption('zh-CN');
      await languageShown(page, 'zh-CN');
      await signInAs(page, 'dana');
      await page.locator('#admin').waitFor({ state: 'visible', timeout: TIMEOUT });
      assert.match(await page.locator('#user option:checked').textContent(), /管理员/);
      // Reloaded, the tab signs her in again: her section shows again too.
      w.expectNavigation();
      await page.reload();
      await languageShown(page, 'zh-CN');
      await page.locator('#admin').waitFor({ state: 'visible', timeout: TIMEOUT });
      await expectText(admin, '已选择 6 位用户');
      await admin.getByRole('radio', { name: '在所有已记住的设备上重新要求两步验证' }).check();
      await admin.getByRole('button', { name: '继续' }).click();
      await admin.getByRole('button', { name: '重新要求两步验证' }).click();
      const results = admin.getByRole('list', { name: '每位用户的结果' });
      await results.waitFor({ timeout: TIMEOUT });
      // The endpoint knows no such user: reported for that user, in Chinese.
      const row = results.getByRole('listitem').filter({ hasText: former });
      await expectText(row, '失败：找不到此用户。');
      assert.equal(await row.count(), 1);
      // Switched to English with the results shown: the name and the reason follow.
      await page.locator('#locale').selectOption('en');
      const resultsEn = admin.getByRole('list', { name: 'Result for each user' });
      await expectText(resultsEn.getByRole('listitem').filter({ hasText: 'Former employee (no longer in the directory)' }), 'Failed: there is no such user.');
      await signInAs(page, 'adele');
    });
    expectClean(w);
    await w.close();
  });

  it('the simulated phone in a window of its own follows the language and the user of the page while it is open, also after the page is reloaded or shows its other view', async () => {
    // A text waiting for Adele, asked for by another session of hers.
    const session = await (await fetch(demoControl('sign-in'), { method: 'POST', body: JSON.stringify({ userId: 'adele' }) })).json();
    const sent = await fetch(new URL('/reference/sandboxes/demo/api/phones/alternate/verifications', demo.url), {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}`, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ number: '+14255550177', channel: 'text' }),
    });
    assert.ok(sent.ok);
    const w = await openDemo();
    const { page } = w;
    await snapshotOnFailure(page, 'demo-phone-window', async () => {
      const [phone] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Open the simulated phone in a window' }).click()]);
      // Whose phone it is, by the name the page's user picker shows, and the page marked with the
      // language its words are in.
      const shows = async (heading, who, texts) => {
        await phone.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: TIMEOUT });
        await phone.locator('#who').filter({ hasText: new RegExp(`^${who}$`) }).waitFor({ timeout: TIMEOUT });
        assert.equal(await phone.evaluate(() => document.documentElement.lang), heading === '模拟手机' ? 'zh-CN' : 'en');
        for (const end = Date.now() + TIMEOUT; (await phone.locator('#outbox li').count()) !== texts && Date.now() < end; ) await phone.waitForTimeout(100);
        assert.equal(await phone.locator('#outbox li').count(), texts, `texts shown for ${who}`);
      };
      await shows('Simulated phone', 'Adele Vance', 1);
      await page.locator('#locale').selectOption('zh-CN');
      await shows('模拟手机', 'Adele Vance', 1);
      await phone.locator('#outbox li').filter({ hasText: '短信发至' }).waitFor({ timeout: TIMEOUT });
      // The page reloaded (its language kept), then switched back: the window still follows.
      w.expectNavigation();
      await page.reload();
      await securityInfo(page).getByRole('button', { name: '添加登录方式' }).waitFor({ timeout: TIMEOUT });
      await page.locator('#locale').selectOption('en');
      await shows('Simulated phone', 'Adele Vance', 1);
      // Another user signed in: the window is that user's phone (Dana has no text).
      await signInAs(page, 'dana');
      await shows('Simulated phone', 'Dana Okafor', 0);
      // The other view, which signs in as the user signed in last (Dana) as it loads, then Adele: the same.
      w.expectNavigation();
      await page.locator('#view-elements').click();
      await page.locator('#elements mfa-method-picker').getByRole('radio').first().waitFor({ timeout: TIMEOUT });
      await shows('Simulated phone', 'Dana Okafor', 0);
      await signInAs(page, 'adele');
      await shows('Simulated phone', 'Adele Vance', 1);
      // Reloaded, the window keeps what it last showed.
      await phone.reload();
      await shows('Simulated phone', 'Adele Vance', 1);
      await phone.close();
    });
    expectClean(w);
    await w.close();
  });

  it('the simulated phone in a window of its own says only a text or call that arrives, not the whole list again, and at 320 px with text at 200 % does not scroll sideways', async () => {
    const session = await (await fetch(demoControl('sign-in'), { method: 'POST', body: JSON.stringify({ userId: 'adele' }) })).json();
    const send = async (slot, channel, number) => {
      const sent = await fetch(new URL(`/reference/sandboxes/demo/api/phones/${slot}/verifications`, demo.url), {
        method: 'POST',
        headers: { authorization: `Bearer ${session.token}`, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify({ number, channel }),
      });
      assert.ok(sent.ok);
    };
    await send('alternate', 'text', '+14255550177');
    const w = await watchedPage(browser);
    const phone = w.page;
    await snapshotOnFailure(phone, 'demo-phone-window-news', async () => {
      await phone.setViewportSize({ width: 320, height: 800 });
      await phone.goto(`${demo.url}phone.html?user=adele&lang=en`);
      await phone.locator('#outbox li').first().waitFor({ timeout: TIMEOUT });
      // What the live regions say from now on (what the phone held when opened is not said).
      await phone.evaluate(() => {
        window.said = [];
        for (const region of document.querySelectorAll('[aria-live], [role="status"], [role="log"], [role="alert"]')) {
          new MutationObserver(() => window.said.push(region.textContent)).observe(region, { childList: true, subtree: true, characterData: true });
        }
      });
      await send('office', 'call', '+14255550188');
      await phone.locator('#outbox li').nth(1).waitFor({ timeout: TIMEOUT });
      await phone.waitForTimeout(300);
      const said = await phone.evaluate(() => window.said);
      assert.equal(said.length, 1, `said: ${JSON.stringify(said)}`);
      assert.match(said[0], /^Call to \+14255550188/);
      assert.doesNotMatch(said[0], /Text to/, 'the text that was there already is said again');
      for (const lang of ['en', 'zh-CN']) {
        w.expectNavigation();
        await phone.goto(`${demo.url}phone.html?user=adele&lang=${lang}`);
        await phone.locator('#outbox li').nth(1).waitFor({ timeout: TIMEOUT });
        await phone.evaluate(() => {
          document.documentElement.style.fontSize = '200%';
        });
        const widths = await phone.evaluate(() => [document.scrollingElement.scrollWidth, document.querySelector('#outbox').scrollWidth - document.querySelector('#outbox').clientWidth]);
        assert.deepEqual(widths, [320, 0], `in ${lang} the page is ${widths[0]} px wide at 320 px, the list ${widths[1]} px wider than it shows`);
      }
    });
    expectClean(w);
    await w.close();
  });

  it('at 320 px (WCAG reflow) neither view scrolls sideways, in English, Chinese or Arabic, phone forms open', async () => {
    for (const view of ['', '?view=elements']) {
      const w = await openDemo(view);
      const { page } = w;
      await page.setViewportSize({ width: 320, height: 800 });
      if (view) {
        // The phone forms, whose country list holds the longest names.
        const edits = page.locator('mfa-phone-editor #edit');
        await edits.first().waitFor({ timeout: TIMEOUT });
        for (let n = await edits.count(); n > 0; n--) {
          await edits.first().click();
          await page.locator('mfa-phone-editor #country').nth((await page.locator('mfa-phone-editor').count()) - n).waitFor({ timeout: TIMEOUT });
        }
      }
      for (const locale of ['en', 'zh-CN', 'ar']) {
        await page.locator('#locale').selectOption(locale);
        await languageShown(page, locale);
        const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
        assert.ok(width <= 320, `${view || 'the portal page'} in ${locale} is ${width} px wide at 320 px`);
      }
      expectClean(w);
      await w.close();
    }
  });

  it("the header's user picker: arrows faster than the sign-ins leave the page signed in as the user shown", async () => {
    const w = await openDemo();
    const { page } = w;
    await snapshotOnFailure(page, 'demo-user-picker', async () => {
      // The first sign-in is held back, so the endpoint receives it after the ones that follow.
      let held = false;
      await page.route('**/control/sign-in', async (route) => {
        if (!held) {
          held = true;
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
        await route.continue();
      });
      const answered = { 'sign-in': 0, users: 0 };
      page.on('response', (r) => {
        const kind = r.url().match(/\/control\/(sign-in|users)$/)?.[1];
        if (kind) answered[kind]++;
      });
      await page.locator('#user').focus();
      // Adele, Ben, Chen, Dana: three changes, three sign-ins, each followed by the users' list.
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
      assert.equal(await page.locator('#user').inputValue(), 'dana');
      for (const end = Date.now() + TIMEOUT; answered.users < 3 && Date.now() < end; ) await page.waitForTimeout(50);
      assert.deepEqual(answered, { 'sign-in': 3, users: 3 });
      const settings = await page.evaluate(async () => (await fetch('/reference/sandboxes/demo/api/settings')).json());
      assert.equal(settings.user.displayName, 'Dana Okafor');
      // Dana's push app, in the page's security info.
      await securityInfo(page).getByRole('button', { name: `Remove ${flows.isolated('Authenticator on Pixel')}` }).waitFor({ timeout: TIMEOUT });
    });
    expectClean(w);
    await w.close();
  });

  it('tabs share the sign-in: a tab opened later leaves the first one working, its input kept, signs in as their user, and a user chosen in one is the others\' too', async () => {
    const w = await openDemo();
    const { page } = w;
    await snapshotOnFailure(page, 'demo-two-tabs', async () => {
      const passwords = securityInfo(page).locator('mfa-app-passwords');
      await passwords.getByRole('textbox', { name: 'Name' }).fill('Printer');
      // A second tab of the same browser signs in anew, which replaces the session (its cookie)
      // and its CSRF token: the first tab takes the new token, and what it shows stays.
      const second = await page.context().newPage();
      await second.goto(demo.url);
      await securityInfo(second).getByRole('button', { name: 'Add sign-in method' }).waitFor({ timeout: TIMEOUT });
      assert.equal(await passwords.getByRole('textbox', { name: 'Name' }).inputValue(), 'Printer');
      await passwords.getByRole('button', { name: 'Create' }).click();
      await expectText(passwords, `Your new app password for “${flows.isolated('Printer')}”`);
      await passwords.getByRole('button', { name: 'Done' }).click();
      // Another user chosen in the second tab is the first tab's user too.
      await signInAs(second, 'dana');
      for (const end = Date.now() + TIMEOUT; (await page.locator('#user').inputValue()) !== 'dana' && Date.now() < end; ) await page.waitForTimeout(50);
      assert.equal(await page.locator('#user').inputValue(), 'dana');
      await securityInfo(page).getByRole('button', { name: `Remove ${flows.isolated('Authenticator on Pixel')}` }).waitFor({ timeout: TIMEOUT });
      // A third tab signs in as the user the others have, not as the picker's first.
      const third = await page.context().newPage();
      await third.goto(demo.url);
      await securityInfo(third).getByRole('button', { name: `Remove ${flows.isolated('Authenticator on Pixel')}` }).waitFor({ timeout: TIMEOUT });
      assert.deepEqual([await third.locator('#user').inputValue(), await page.locator('#user').inputValue()], ['dana', 'dana']);
      await third.close();
      await second.close();
    });
    expectClean(w);
    await w.close();
  });

  it('keyboard only: every flow with Tab, arrows, Enter and Space (and typing)', async () => {
    const w = await openDemo();
    const { page } = w;
    const { device } = w;
    const info = securityInfo(page);
    const addMethod = async (choice) => {
      await activate(page, info.getByRole('button', { name: 'Add sign-in method' }));
      const dialog = info.getByRole('dialog');
      await chooseRadio(page, dialog, dialog.getByRole('radio', { name: choice }));
      await activate(page, dialog.getByRole('button', { name: 'Next' }));
      return dialog;
    };
    await snapshotOnFailure(page, 'demo-keyboard', async () => {
      // Default method (Adele's is a text at first).
      await activate(page, info.locator('[part~="default-method"]').getByRole('button', { name: 'Change' }));
      const picker = info.locator('mfa-method-picker');
      await chooseRadio(page, picker, picker.getByRole('radio', { name: 'Call my authentication phone' }));
      await activate(page, picker.getByRole('button', { name: 'Save' }));
      await expectText(info, 'Your default sign-in method is saved.');
      await flows.expectDefaultMethod(page, 'Call my authentication phone');

      // Phone: add (code by text from the simulated phone), then remove.
      let dialog = await addMethod('Alternate authentication phone');
      const editor = dialog.locator('mfa-phone-editor');
      await typeInto(page, editor.getByRole('textbox', { name: 'Phone number' }), '4255550197');
      await activate(page, editor.getByRole('button', { name: 'Send code' }));
      const code = await device.latestCode();
      await typeInto(page, editor.getByRole('textbox', { name: 'Verification code' }), code);
      await expectText(info, 'Alternate authentication phone added.');
      const region = info.getByRole('region', { name: 'Alternate authentication phone' });
      await activate(page, region.getByRole('button', { name: 'Remove alternate authentication phone' }));
      // The question opens on Cancel, the safe choice: Remove is one step back.
      await moveTo(page, region.getByRole('button', { name: 'Remove', exact: true }), { key: 'Shift+Tab' });
      await page.keyboard.press('Enter');
      await region.waitFor({ state: 'detached', timeout: TIMEOUT });
      await expectText(info, 'Alternate authentication phone removed.');

      // Office phone: a new number with an extension, its code by a call.
      const office = info.getByRole('region', { name: 'Office phone' });
      await activate(page, office.getByRole('button', { name: 'Change office phone' }));
      await typeInto(page, office.getByRole('textbox', { name: 'Phone number' }), '4255550196');
      await typeInto(page, office.getByRole('textbox', { name: 'Extension (optional)' }), '55');
      await activate(page, office.getByRole('button', { name: 'Send code' }));
      const called = await device.latestMessage();
      assert.equal(called.channel, 'call', 'the office phone got its code by a call');
      await typeInto(page, office.getByRole('textbox', { name: 'Verification code' }), called.code);
      await expectText(office, 'is verified and saved.');
      await expectText(office, 'Extension 55');

      // Code app: set up, rename, remove.
      dialog = await addMethod('Authenticator app');
      const enroll = dialog.locator('mfa-authenticator-enroll');
      await chooseRadio(page, enroll, enroll.getByRole('radio', { name: 'An app that shows codes' }));
      await typeInto(page, enroll.getByRole('textbox', { name: 'Device name' }), 'Netbook');
      await activate(page, enroll.getByRole('button', { name: 'Continue' }));
      await enroll.getByRole('img', { name: /QR code/ }).waitFor({ timeout: TIMEOUT });
      // As a user whose app cannot scan: the key to type in, then the app's code.
      await activate(page, enroll.getByRole('button', { name: 'Can’t scan the QR code?' }));
      await enroll.locator('[part~="key"]').waitFor({ timeout: TIMEOUT });
      await typeInto(page, enroll.getByRole('textbox', { name: 'Code from the app' }), await device.totpCode('Netbook'));
      await expectText(info, 'Authenticator app added.');
      const list = info.locator('mfa-authenticator-list');
      await activate(page, list.getByRole('button', { name: `Rename ${flows.isolated('Netbook')}` }));
      await typeInto(page, list.getByRole('textbox', { name: 'New name' }), 'Old netbook');
      await page.keyboard.press('Enter');
      await expectText(list, `Renamed to “${flows.isolated('Old netbook')}”.`);
      await activate(page, list.getByRole('button', { name: `Remove ${flows.isolated('Old netbook')}` }));
      await activate(page, list.getByRole('button', { name: 'Remove', exact: true }));
      await expectText(list, `“${flows.isolated('Old netbook')}” was removed.`);

      // App password: create, Done, revoke.
      const passwords = info.locator('mfa-app-passwords');
      await typeInto(page, passwords.getByRole('textbox', { name: 'Name' }), 'Fax');
      await page.keyboard.press('Enter');
      await expectText(passwords, `Your new app password for “${flows.isolated('Fax')}”`);
      await activate(page, passwords.getByRole('button', { name: 'Done' }));
      await activate(page, passwords.getByRole('button', { name: `Revoke ${flows.isolated('Fax')}` }));
      // The question opens on Cancel, the safe choice: Revoke is one step back.
      await moveTo(page, passwords.getByRole('button', { name: 'Revoke', exact: true }), { key: 'Shift+Tab' });
      await page.keyboard.press('Enter');
      await expectText(passwords, `Revoked “${flows.isolated('Fax')}”.`);

      // Dana, the administrator: the header's user picker with arrows, a push app, an action.
      const userPicker = page.locator('#user');
      await moveTo(page, userPicker, { key: 'Shift+Tab' });
      while ((await userPicker.inputValue()) !== 'dana') {
        const signedIn = page.waitForResponse((r) => r.url().endsWith('/control/sign-in'));
        await page.keyboard.press('ArrowDown');
        await signedIn;
      }
      await page.locator('#admin').waitFor({ state: 'visible', timeout: TIMEOUT });
      dialog = await addMethod('Authenticator app');
      const push = dialog.locator('mfa-authenticator-enroll');
      await chooseRadio(page, push, push.getByRole('radio', { name: 'An app that approves sign-ins with a notification' }));
      await typeInto(page, push.getByRole('textbox', { name: 'Device name' }), 'Watch');
      await activate(page, push.getByRole('button', { name: 'Continue' }));
      await push.getByRole('img', { name: /QR code/ }).waitFor({ timeout: TIMEOUT });
      await device.approvePush('Watch');
      await expectText(info, 'Authenticator app added.');
      const admin = page.locator('mfa-user-admin');
      await chooseRadio(page, admin, admin.getByRole('radio', { name: 'Require them to provide contact methods again' }));
      await activate(page, admin.getByRole('button', { name: 'Continue' }));
      await activate(page, admin.getByRole('button', { name: 'Require registration again' }));
      await admin.getByRole('list', { name: 'Result for each user' }).waitFor({ timeout: TIMEOUT });

      // Chen, asked by that action to register again: the phone confirmed with a new code.
      await moveTo(page, userPicker, { key: 'Shift+Tab' });
      while ((await userPicker.inputValue()) !== 'chen') {
        const signedIn = page.waitForResponse((r) => r.url().endsWith('/control/sign-in'));
        await page.keyboard.press('ArrowUp');
        await signedIn;
      }
      await expectText(info, 'Register your sign-in methods again');
      const again = info.getByRole('listitem').filter({ hasText: 'Authentication phone' }).first();
      await activate(page, again.getByRole('button', { name: 'Change authentication phone' }));
      await typeInto(page, again.getByRole('textbox', { name: 'Phone number' }), '+8613812345672');
      await activate(page, again.getByRole('button', { name: 'Send code' }));
      // (The simulated phone shows Chen's messages once it has read them: the one to this number.)
      await typeInto(page, again.getByRole('textbox', { name: 'Verification code' }), await device.latestCode('+8613812345672'));
      await expectText(info, 'You have registered your sign-in methods again.');
    });
    expectClean(w);
    await w.close();
  });
});
