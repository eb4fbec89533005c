// Every user flow of the library, driven the way a person does it: by the names and roles they
// see (Playwright's role locators read through open shadow roots), typing and clicking. The same
// flows run on the strict-CSP page (e2e/csp.test.js) and on the `npm start` demo (e2e/demo.test.js).
//
// `device` stands in for the user's phone and authenticator app:
//   latestCode(to?)         the code in the newest text or call (to that number, where given)
//   latestMessage(to?)      the same, as { code, channel }: how it came, 'text' or 'call'
//   totpCode(name)          the current code of the app being set up
//   approvePush(name)       approves the push set-up in progress
// `root` is where the elements are: <mfa-security-info> by default, or a container of the
// stand-alone elements (the demo's "Each element alone" view).
import assert from 'node:assert/strict';

export const TIMEOUT = 10_000;

/** `<mfa-security-info>` on the page. */
export const securityInfo = (page) => page.locator('mfa-security-info').first();

/** A name as the elements put it into a sentence: isolated from the words around it (FSI … PDI). */
export const isolated = (name) => `\u2068${name}\u2069`;

/** Waits until a text is visible inside `scope`. */
export async function expectText(scope, text) {
  await scope.getByText(text, { exact: false }).first().waitFor({ state: 'visible', timeout: TIMEOUT });
}

/** The "Add sign-in method" dialog of <mfa-security-info>, at the chosen method's step. */
async function openAdd(page, choice) {
  const info = securityInfo(page);
  await info.getByRole('button', { name: 'Add sign-in method' }).click();
  const dialog = info.getByRole('dialog');
  await dialog.waitFor({ state: 'visible', timeout: TIMEOUT });
  await dialog.getByRole('radio', { name: choice }).check();
  await dialog.getByRole('button', { name: 'Next' }).click();
  return dialog;
}

/** Changes the default sign-in method in <mfa-security-info> (its Change opens the method picker). */
export async function changeDefaultMethod(page, method = 'Call my authentication phone') {
  const info = securityInfo(page);
  await info.locator('[part~="default-method"]').getByRole('button', { name: 'Change' }).click();
  await pickMethod(info.locator('mfa-method-picker'), method);
  await expectText(info, 'Your default sign-in method is saved.');
  await expectDefaultMethod(page, method);
}

/** Waits until <mfa-security-info> shows this default method (it reloads after a change). */
export async function expectDefaultMethod(page, method) {
  const shown = securityInfo(page).locator('[part~="default-method"] strong');
  await shown.getByText(method, { exact: true }).waitFor({ timeout: TIMEOUT });
  assert.equal(await shown.textContent(), method);
}

/** Chooses a method in a <mfa-method-picker> and saves it. */
export async function pickMethod(picker, method) {
  await picker.getByRole('radio', { name: method }).check();
  await picker.getByRole('button', { name: 'Save' }).click();
  await expectText(picker.page().locator('body'), `Your default sign-in method`);
}

/** Number, Send code, then the code from the phone in a <mfa-phone-editor> that is editing. */
export async function verifyNumber(editor, device, number, whileWaiting = async () => {}) {
  await editor.getByRole('textbox', { name: 'Phone number' }).fill(number);
  await editor.getByRole('button', { name: 'Send code' }).click();
  const code = editor.getByRole('textbox', { name: 'Verification code' });
  await code.waitFor({ timeout: TIMEOUT });
  await whileWaiting();
  // The last digit submits the code (auto-submit): no Verify click needed.
  await code.fill(await device.latestCode());
}

/** Adds the alternate phone through the "Add sign-in method" dialog. */
export async function addAlternatePhone(page, device, number = '4255550199') {
  const dialog = await openAdd(page, 'Alternate authentication phone');
  await verifyNumber(dialog.locator('mfa-phone-editor'), device, number);
  await expectText(securityInfo(page), 'Alternate authentication phone added.');
}

/** Removes the alternate phone, confirming the question. */
export async function removeAlternatePhone(page, root = securityInfo(page)) {
  const region = root.getByRole('region', { name: 'Alternate authentication phone' });
  await region.getByRole('button', { name: 'Remove' }).click();
  await region.getByRole('button', { name: 'Remove' }).click();
  // Gone: <mfa-security-info> drops the phone's section; a stand-alone editor offers "Add" again.
  await region.getByRole('button', { name: 'Remove' }).waitFor({ state: 'detached', timeout: TIMEOUT });
}

/** Kind, name, QR code, then a first code (code app) or approval on the phone (push app). */
export async function setUpApp(enroll, device, kind, name) {
  const label = kind === 'push' ? 'An app that approves sign-ins with a notification' : 'An app that shows codes';
  await enroll.getByRole('radio', { name: label }).check();
  await enroll.getByRole('textbox', { name: 'Device name' }).fill(name);
  await enroll.getByRole('button', { name: 'Continue' }).click();
  await enroll.getByRole('img', { name: /QR code/ }).waitFor({ timeout: TIMEOUT });
  // The last digit submits the code (auto-submit).
  if (kind === 'push') await device.approvePush(name);
  else await enroll.getByRole('textbox', { name: 'Code from the app' }).fill(await device.totpCode(name));
}

/** Sets up an authenticator app through the "Add sign-in method" dialog. */
export async function enrollApp(page, device, kind, name) {
  const dialog = await openAdd(page, 'Authenticator app');
  await setUpApp(dialog.locator('mfa-authenticator-enroll'), device, kind, name);
  await expectText(securityInfo(page), 'Authenticator app added.');
  await securityInfo(page).getByRole('listitem').filter({ hasText: name }).first().waitFor({ timeout: TIMEOUT });
}

/** Renames an authenticator app. */
export async function renameApp(page, from, to, root = securityInfo(page)) {
  const list = root.locator('mfa-authenticator-list');
  await list.getByRole('button', { name: `Rename ${isolated(from)}` }).click();
  await list.getByRole('textbox', { name: 'New name' }).fill(to);
  await list.getByRole('button', { name: 'Save' }).click();
  await expectText(list, `Renamed to “${isolated(to)}”.`);
}

/** Removes an authenticator app, confirming the question. */
export async function removeApp(page, name, root = securityInfo(page)) {
  const list = root.locator('mfa-authenticator-list');
  await list.getByRole('button', { name: `Remove ${isolated(name)}` }).click();
  await list.getByRole('button', { name: 'Remove', exact: true }).click();
  await expectText(list, `“${isolated(name)}” was removed.`);
}

/** Creates an app password, sees it once, then closes it. */
export async function createAppPassword(page, name = 'Printer', root = securityInfo(page)) {
  const passwords = root.locator('mfa-app-passwords');
  await passwords.getByRole('textbox', { name: 'Name' }).fill(name);
  await passwords.getByRole('button', { name: 'Create' }).click();
  await expectText(passwords, `Your new app password for “${isolated(name)}”`);
  await passwords.getByRole('button', { name: 'Done' }).click();
  await passwords.getByRole('listitem').filter({ hasText: name }).first().waitFor({ timeout: TIMEOUT });
}

/** Revokes an app password, confirming the question. */
export async function revokeAppPassword(page, name, root = securityInfo(page)) {
  const passwords = root.locator('mfa-app-passwords');
  await passwords.getByRole('button', { name: `Revoke ${isolated(name)}` }).click();
  await passwords.getByRole('button', { name: 'Revoke', exact: true }).click();
  await expectText(passwords, `Revoked “${isolated(name)}”.`);
}

/** An administrator runs an action for the selected users: its choice, Continue, its button, the results. */
async function runAdminAction(page, choice, run) {
  const admin = page.locator('mfa-user-admin');
  await admin.getByRole('radio', { name: choice }).check();
  await admin.getByRole('button', { name: 'Continue' }).click();
  await admin.getByRole('button', { name: run }).click();
  await admin.getByRole('list', { name: 'Result for each user' }).waitFor({ timeout: TIMEOUT });
}

/** An administrator restores two-step verification on remembered devices of the selected users. */
export const adminAction = (page) =>
  runAdminAction(page, 'Restore two-step verification on all remembered devices', 'Restore two-step verification');

/**
 * Changes a phone in <mfa-security-info> (or in `root`): a new number, an
 * extension where given (an office phone), the code by a call, then the code from the phone (which
 * must have come by a call where one was asked for, by a text otherwise), and the editor's word
 * that it is saved unless `saidSaved` is false.
 */
export async function changePhone(page, device, { slot, region, number, extension, byCall = false, saidSaved = true }, root = securityInfo(page)) {
  // The phone's section: a region of its own, or an item of the "register again" list.
  const section = root.getByRole('region', { name: region }).or(root.getByRole('listitem').filter({ hasText: region })).first();
  await section.getByRole('button', { name: `Change ${slot}` }).click();
  await section.getByRole('textbox', { name: 'Phone number' }).fill(number);
  if (extension !== undefined) await section.getByRole('textbox', { name: 'Extension (optional)' }).fill(extension);
  if (byCall && extension === undefined) await section.getByRole('radio', { name: 'Call me with a code' }).check();
  await section.getByRole('button', { name: 'Send code' }).click();
  const code = section.getByRole('textbox', { name: 'Verification code' });
  await code.waitFor({ timeout: TIMEOUT });
  // The newest code sent to this number (a page that shows a user's messages late may show an older one first),
  // by a call where one was asked for (an office phone takes calls only), else by a text.
  const message = await device.latestMessage(number);
  assert.equal(message.channel, byCall || slot === 'office phone' ? 'call' : 'text', `how the code for ${number} came`);
  await code.fill(message.code);
  // (The "register again" list leaves the page with the change: the page says it instead.)
  if (saidSaved) await expectText(section, 'is verified and saved.');
  if (extension !== undefined) await expectText(section, `Extension ${extension}`);
}

/**
 * Sets up a code app through the "Add sign-in method" dialog by its key, as a user whose app
 * cannot scan: "Can't scan the QR code?", the key read from the page, the app's code from that key
 * (`codeFromKey(key)`, a code or a promise of one).
 */
export async function enrollAppByKey(page, name, codeFromKey) {
  const dialog = await openAdd(page, 'Authenticator app');
  const enroll = dialog.locator('mfa-authenticator-enroll');
  await enroll.getByRole('radio', { name: 'An app that shows codes' }).check();
  await enroll.getByRole('textbox', { name: 'Device name' }).fill(name);
  await enroll.getByRole('button', { name: 'Continue' }).click();
  await enroll.getByRole('button', { name: 'Can’t scan the QR code?' }).click();
  const key = (await enroll.locator('[part~="key"]').textContent()).replace(/\s/g, '');
  await enroll.getByRole('textbox', { name: 'Code from the app' }).fill(await codeFromKey(key));
  await expectText(securityInfo(page), 'Authenticator app added.');
  await securityInfo(page).getByRole('listitem').filter({ hasText: name }).first().waitFor({ timeout: TIMEOUT });
}

/** An administrator requires the selected users to register their sign-in methods again. */
export const adminRequireRegistration = (page) =>
  runAdminAction(page, 'Require them to provide contact methods again', 'Require registration again');
