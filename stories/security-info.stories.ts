import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/provider/provider.js';
import '../src/components/security-info/security-info.js';
import type { MfaAuthenticatorEnroll } from '../src/components/authenticator-enroll/authenticator-enroll.js';
import type { MfaSecurityInfo } from '../src/components/security-info/security-info.js';
import { METHOD_IDS } from '../src/core/types.js';
import { type StoryEndpoint, type StoryEndpointOptions, storyEndpoint, endpointArgTypes } from './support/in-browser-endpoint.js';
import { hostStrings } from './support/host-strings.js';
import { goOffline, goOnline } from './support/network.js';

interface Args extends StoryEndpointOptions {
  /** Unset: the toolbar's locale. */
  locale?: string;
  /** Unset: the toolbar's theme. */
  theme?: 'light' | 'dark';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** The endpoint of the story shown last, for play functions that act as the user's app. */
let current: StoryEndpoint | undefined;

/** The first element `find` answers, once it does (the page loads its settings first). */
async function found<T>(find: () => T | null | undefined): Promise<T | undefined> {
  for (let i = 0; i < 100; i++) {
    const value = find();
    if (value) return value;
    await sleep(50);
  }
  return undefined;
}

/**
 * `<mfa-security-info>`: the whole portal page in one element, against the reference endpoint
 * running in the page. The signed-in demo user decides what it shows.
 */
const meta: Meta<Args> = {
  title: 'Elements/Security info',
  component: 'mfa-security-info',
  argTypes: {
    ...endpointArgTypes,
    user: { control: 'select', options: ['adele', 'ben', 'chen', 'dana', 'erik'] },
    locale: { control: 'select', options: ['en', 'zh-CN', 'ar', 'en-XA'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  args: { user: 'adele' },
  render: ({ user, faults, staleSignIn, unreachable, staleCsrf, locale, theme }) => {
    current = storyEndpoint({ user, faults, staleSignIn, unreachable, staleCsrf });
    return html`
      <mfa-provider locale=${ifDefined(locale)} theme=${ifDefined(theme)} .client=${current.client} .strings=${hostStrings({ securityInfoTitle: 'معلومات الأمان' })}>
        <mfa-security-info>
          <p slot="help">Lost your phone? Call the service desk on extension 4357.</p>
        </mfa-security-info>
      </mfa-provider>
    `;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The settings never arrive. */
export const Loading: Story = {
  parameters: { expected: { visible: '.hint[role="status"]', hides: ['default-method'] } },
  args: { faults: [{ kind: 'latency', ms: 600_000, operations: ['getSettings'] }] },
};

/** Phones, an office extension, a code app and app passwords. */
export const Registered: Story = { parameters: { expected: { shows: ['default-method', 'section'] } } };

/** Nothing registered yet: the method picker's list of methods to set up is the way in (no Add button beside it). */
export const NewUser: Story = {
  parameters: { expected: { hides: ['add-button'], visible: 'mfa-method-picker >>> [part~="setup-button"]' } },
  args: { user: 'ben' },
};

/** The app set-up in the register-again steps, once it shows. */
const registerAgainEnroll = (canvas: HTMLElement) =>
  found(() =>
    canvas.querySelector<MfaSecurityInfo>('mfa-security-info')?.shadowRoot?.querySelector<MfaAuthenticatorEnroll>('[part~="register-again"] mfa-authenticator-enroll'),
  );

/** An administrator required contact methods again: the page leads through registering first. */
export const MustRegisterAgain: Story = { parameters: { expected: { shows: ['register-again'] } }, args: { user: 'chen' } };

/** The user registered again (a code app, set up in the steps): the usual page is back, and says so. */
export const RegisteredAgain: Story = {
  parameters: { expected: { shows: ['status', 'default-method'], text: /registered your sign-in methods again|你已重新注册登录方式/ } },
  args: { user: 'chen' },
  play: async ({ canvasElement }) => {
    const enroll = await registerAgainEnroll(canvasElement);
    const start = await found(() => enroll?.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]'));
    start?.click();
    const code = await found(() => enroll?.shadowRoot?.querySelector('mfa-code-input')?.shadowRoot?.querySelector('input'));
    const id = current?.endpoint.control.pendingEnrollments('chen').at(-1)?.enrollmentId;
    if (!code || !id) return;
    code.value = await current!.endpoint.control.currentTotp(id);
    code.dispatchEvent(new Event('input', { bubbles: true }));
  },
};

/**
 * Cancel in the app step of registering again, once a set-up has started (its form has no Cancel:
 * there is nothing to go back to): the step starts afresh, and the page says so.
 */
export const RegisterAgainCancelled: Story = {
  parameters: { expected: { shows: ['register-again', 'status'], text: /set-up cancelled|已取消设置/ } },
  args: { user: 'chen' },
  play: async ({ canvasElement }) => {
    const enroll = await registerAgainEnroll(canvasElement);
    const start = await found(() => enroll?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="actions"] button[type="submit"]'));
    start?.click();
    await found(() => enroll?.step === 'scan');
    const cancel = await found(() => enroll?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="actions"] button:not([type="submit"])'));
    cancel?.click();
  },
};

/** The policy allows phones only: no authenticator apps and no app passwords. */
export const PhonesOnlyPolicy: Story = { parameters: { expected: { shows: ['default-method'] } }, args: { user: 'erik' } };

/**
 * Loading the settings again (after a change, or Retry) failed: what was read before stays, under an
 * alert that says it may be out of date, with Retry.
 */
export const ReloadFailed: Story = {
  parameters: { expected: { shows: ['error', 'default-method'], text: /may be out of date|可能已过时/ } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<MfaSecurityInfo>('mfa-security-info');
    await found(() => el?.shadowRoot?.querySelector('[part~="default-method"]'));
    current?.endpoint.control.setFaults([{ kind: 'server-error', operations: ['getSettings'] }]);
    await el?.reload();
  },
};

/** The "Add sign-in method" dialog, open on its first step. */
export const AddDialog: Story = {
  parameters: { expected: { shows: ['dialog'] } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<MfaSecurityInfo>('mfa-security-info');
    for (let i = 0; i < 100 && !el?.shadowRoot?.querySelector('[part~="add-button"]'); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    el?.add();
  },
};

/**
 * Next pressed in the "Add sign-in method" dialog with no method chosen: the alert says to choose
 * one, the choices are marked invalid and described by it, and the focus is on the first.
 */
export const AddDialogNoneChosen: Story = {
  parameters: {
    expected: { shows: ['dialog'], visible: 'dialog input[aria-invalid="true"]', text: /Choose a method first|请先选择一种方式/ },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<MfaSecurityInfo>('mfa-security-info');
    await found(() => el?.shadowRoot?.querySelector('[part~="add-button"]'));
    el?.add();
    (await found(() => el?.shadowRoot?.querySelector<HTMLButtonElement>('dialog [part~="primary"]')))?.click();
  },
};

/**
 * A number typed in the dialog, then Escape: the dialog stays, with what was typed, and says that
 * closing again discards it.
 */
export const EscapeAsksFirst: Story = {
  parameters: { expected: { shows: ['dialog'], text: /Close again to discard it|再次关闭将放弃已输入的内容/ } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<MfaSecurityInfo>('mfa-security-info');
    await found(() => el?.shadowRoot?.querySelector('[part~="add-button"]'));
    el?.add('phone-alternate');
    const editor = await found(() => el?.shadowRoot?.querySelector('dialog mfa-phone-editor'));
    const field = await found(() => editor?.shadowRoot?.querySelector<HTMLInputElement>('#number:enabled'));
    if (!field) return;
    field.focus();
    field.value = '425 555';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true }));
  },
};

/** "Set up" for "Approve a notification" in the method picker: the app set-up opens with a push app chosen. */
export const SetUpFromPicker: Story = {
  parameters: { expected: { shows: ['dialog'], visible: 'mfa-authenticator-enroll >>> #kind-push:checked' } },
  args: { user: 'ben' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<MfaSecurityInfo>('mfa-security-info');
    const picker = await found(() => el?.shadowRoot?.querySelector('mfa-method-picker'));
    // Ben has set up nothing: every method is offered, in the order of METHOD_IDS.
    const setup = await found(() => picker?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="setup-list"] [part~="setup-button"]')[METHOD_IDS.indexOf('app-notification')]);
    setup?.click();
  },
};

/**
 * "Change" on the default line, then "Call my office phone" in the picker it shows, as a user would;
 * the picker, its Save not pressed yet.
 */
async function chooseOfficeAsDefault(canvas: HTMLElement) {
  const el = canvas.querySelector<MfaSecurityInfo>('mfa-security-info');
  const change = await found(() => el?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="default-method"] button'));
  change?.click();
  const picker = el?.shadowRoot?.querySelector('mfa-method-picker');
  const office = await found(() => picker?.shadowRoot?.querySelector<HTMLInputElement>('#radio-call-office'));
  office?.click();
  await picker?.updateComplete;
  return picker;
}

/** A new default saved through "Change": the picker closes, and the page says it is saved. */
export const DefaultSaved: Story = {
  parameters: { expected: { shows: ['status', 'default-method'], text: /default sign-in method is saved|已保存你的默认登录方式/ } },
  play: async ({ canvasElement }) => {
    const picker = await chooseOfficeAsDefault(canvasElement);
    picker?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="save-button"]')?.click();
  },
};

/**
 * A new default saved through "Change" got no answer (the network dropped it), and the settings read
 * again to find out whether it was made have not come: the default line names no method, only that it
 * is loading, as the picker marks none current and says it cannot tell.
 */
export const DefaultUnsure: Story = {
  parameters: {
    expected: {
      shows: ['default-method'],
      text: /Default sign-in method:\s*Loading…|默认登录方式：\s*正在加载…/,
    },
  },
  play: async ({ canvasElement }) => {
    const picker = await chooseOfficeAsDefault(canvasElement);
    current!.options.unreachable = true;
    current!.endpoint.control.setFaults([{ kind: 'latency', ms: 600_000, operations: ['getSettings'] }]);
    picker?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="save-button"]')?.click();
  },
};

/**
 * Adds a code app through "Add sign-in method", as a user would: the app chosen, Next, Continue, and
 * the code the app shows typed in.
 */
async function addCodeApp(canvas: HTMLElement): Promise<void> {
  const el = canvas.querySelector<MfaSecurityInfo>('mfa-security-info');
  const add = await found(() => el?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="add-button"]'));
  add?.click();
  const app = await found(() =>
    [...(el?.shadowRoot?.querySelectorAll<HTMLInputElement>('dialog input[name="add"]') ?? [])].find((radio) => radio.value === 'authenticator'),
  );
  app?.click();
  await el?.updateComplete;
  el?.shadowRoot?.querySelector<HTMLButtonElement>('dialog button[type="submit"]')?.click();
  const enroll = await found(() => el?.shadowRoot?.querySelector('dialog mfa-authenticator-enroll'));
  const start = await found(() => enroll?.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]'));
  start?.click();
  const code = await found(() => enroll?.shadowRoot?.querySelector('mfa-code-input')?.shadowRoot?.querySelector('input'));
  const id = current?.endpoint.control.pendingEnrollments('adele').at(-1)?.enrollmentId;
  if (!code || !id) return;
  code.value = await current!.endpoint.control.currentTotp(id);
  code.dispatchEvent(new Event('input', { bubbles: true }));
}

/** A code app added through "Add sign-in method": the dialog closes, and the page says what was added. */
export const MethodAdded: Story = {
  parameters: { expected: { shows: ['status'], hides: ['dialog'], text: /Authenticator app added|已添加身份验证器应用/ } },
  play: ({ canvasElement }) => addCodeApp(canvasElement),
};

/**
 * × pressed in the "Add sign-in method" dialog while the app's code is being checked: the dialog
 * stays open (closing it would lose the answer), and its note says to wait a moment.
 */
export const WaitForCheck: Story = {
  parameters: {
    expected: {
      shows: ['dialog', 'dialog-note'],
      visible: 'dialog mfa-authenticator-enroll',
      text: /Wait a moment: the code is being checked|请稍候，正在检查验证码/,
    },
  },
  args: { faults: [{ kind: 'latency', ms: 600_000, operations: ['verifyEnrollment'] }] },
  play: async ({ canvasElement }) => {
    await addCodeApp(canvasElement);
    const el = canvasElement.querySelector<MfaSecurityInfo>('mfa-security-info');
    const enroll = el?.shadowRoot?.querySelector<MfaAuthenticatorEnroll>('dialog mfa-authenticator-enroll');
    await found(() => enroll?.step === 'verifying');
    el?.shadowRoot?.querySelector<HTMLButtonElement>('dialog [part~="close-button"]')?.click();
  },
};

/**
 * Every method the policy allows is set up (erik registered both the phones his policy allows,
 * elsewhere, and the host reloaded the page): nothing is left to add.
 */
export const NothingToAdd: Story = {
  parameters: { expected: { shows: ['default-method'], hides: ['add-button'], text: /every method your organization allows|你所在组织允许的所有方式/ } },
  args: { user: 'erik' },
  play: async ({ canvasElement }) => {
    const story = current;
    if (!story) return;
    const phones = [
      { slot: 'mobile', request: { number: '+447400123456', channel: 'text' } },
      { slot: 'office', request: { number: '+14255550123', channel: 'call' } },
    ] as const;
    for (const { slot, request } of phones) {
      const challenge = await story.client.startPhoneVerification(slot, request);
      await story.client.confirmPhoneVerification(slot, challenge.challengeId, story.endpoint.control.lastCode('erik') ?? '');
    }
    await canvasElement.querySelector<MfaSecurityInfo>('mfa-security-info')?.reload();
  },
};

/**
 * One method is left to add (erik registered his mobile phone elsewhere; his policy allows phones
 * only): the dialog opens with it chosen, and Next goes on with it.
 */
export const AddDialogOneLeft: Story = {
  parameters: { expected: { shows: ['dialog'], visible: 'dialog input[value="phone-office"]:checked' } },
  args: { user: 'erik' },
  play: async ({ canvasElement }) => {
    const story = current;
    if (!story) return;
    const challenge = await story.client.startPhoneVerification('mobile', { number: '+447400123456', channel: 'text' });
    await story.client.confirmPhoneVerification('mobile', challenge.challengeId, story.endpoint.control.lastCode('erik') ?? '');
    const el = canvasElement.querySelector<MfaSecurityInfo>('mfa-security-info');
    await el?.reload();
    (await found(() => el?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="add-button"]')))?.click();
  },
};

/** The office phone was just removed: its section is gone and the page says so. */
export const PhoneRemoved: Story = {
  parameters: { expected: { shows: ['status'], text: /Office phone removed\.|已删除办公电话。/, absent: 'mfa-phone-editor[phone-slot="office"]' } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<MfaSecurityInfo>('mfa-security-info');
    const office = () => el?.shadowRoot?.querySelector('mfa-phone-editor[phone-slot="office"]')?.shadowRoot;
    const click = async (selector: string) => {
      for (let i = 0; i < 100 && !office()?.querySelector(selector); i++) await new Promise((r) => setTimeout(r, 50));
      office()?.querySelector<HTMLButtonElement>(selector)?.click();
    };
    await click('#remove');
    await click('#remove-yes');
  },
};

/**
 * Adele's organization no longer allows app passwords, and she revokes the two she has: the section
 * goes with the last one, and the page's status line says it was revoked (the section's own line
 * went with it).
 */
export const LastAppPasswordRevoked: Story = {
  parameters: {
    expected: { shows: ['status'], text: /Revoked “\u2068Scan-to-email printer\u2069”|已撤销“\u2068Scan-to-email printer\u2069”/, absent: 'mfa-app-passwords' },
  },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<MfaSecurityInfo>('mfa-security-info');
    const passwords = () => el?.shadowRoot?.querySelector('mfa-app-passwords')?.shadowRoot;
    await found(() => passwords()?.querySelector('#revoke-0'));
    current!.endpoint.control.setPolicy('adele', { appPasswordsAllowed: false });
    for (let left = 2; left > 0; left--) {
      (await found(() => (passwords()?.querySelectorAll('[part~="row"]').length === left ? passwords()?.querySelector<HTMLButtonElement>('#revoke-0') : null)))?.click();
      (await found(() => passwords()?.querySelector<HTMLButtonElement>('#confirm-revoke')))?.click();
    }
    await found(() => !el?.shadowRoot?.querySelector('mfa-app-passwords'));
  },
};

/** The network goes once the page is there. */
async function pageOffline(canvas: HTMLElement) {
  const el = canvas.querySelector<MfaSecurityInfo>('mfa-security-info');
  await found(() => el?.shadowRoot?.querySelector('mfa-app-passwords')?.shadowRoot?.querySelector('[part~="create-button"]'));
  goOffline();
}

/** Offline: the elements that send say so and hold their sending (app passwords' Create, here); what was entered is kept. */
export const Offline: Story = {
  parameters: {
    expected: { visible: 'mfa-app-passwords >>> [part~="create-button"][aria-disabled="true"]', text: /You are offline|你已离线/ },
  },
  play: ({ canvasElement }) => pageOffline(canvasElement),
};

/** Back online: the elements that said they were offline say it is over, and can send again. */
export const BackOnline: Story = {
  parameters: {
    expected: { visible: 'mfa-app-passwords >>> [part~="create-button"][aria-disabled="false"]', text: /You are back online|已恢复联网/ },
  },
  play: async ({ canvasElement }) => {
    await pageOffline(canvasElement);
    goOnline();
  },
};

/** The settings cannot be loaded. */
export const LoadError: Story = { parameters: { expected: { shows: ['error'] } }, args: { faults: [{ kind: 'server-error', operations: ['getSettings'] }] } };

/** Loading was refused by a rate limit: the wait counts down, Retry is unavailable until it is over, then the settings load by themselves. */
export const LoadRateLimited: Story = {
  parameters: { expected: { visible: 'button[aria-disabled="true"][aria-describedby="wait"]', text: /try again in|后重试/ } },
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 90, operations: ['getSettings'] }] },
};

/** The dark scheme, on a dark page (the toolbar's theme, set for this story). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { theme: 'dark' },
  parameters: { expected: { shows: ['default-method'], scheme: 'dark' } },
};
export const SimplifiedChinese: Story = { parameters: { expected: { shows: ['default-method'], script: 'Han' } }, args: { locale: 'zh-CN' } };
export const RightToLeft: Story = { parameters: { expected: { shows: ['default-method'], dir: 'rtl', script: 'Arabic' } }, args: { locale: 'ar' } };

/** Placed without `<mfa-provider>` (and no client of its own): it says what is missing, and sends nothing. */
export const NotConnected: Story = {
  render: () => html`<mfa-security-info></mfa-security-info>`,
  parameters: { expected: { text: /not connected to a server|未连接到服务器/ } },
};
