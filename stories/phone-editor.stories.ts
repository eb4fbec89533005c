import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Fault } from '../reference/faults.js';
import '../src/components/phone-editor/phone-editor.js';
import type { MfaPhoneEditor } from '../src/components/phone-editor/phone-editor.js';
import '../src/components/provider/provider.js';
import { MfaError } from '../src/core/errors.js';
import type { PhoneSlot } from '../src/core/types.js';
import { type DemoUser, type StoryEndpoint, endpointArgTypes, hostStartsStepUp, storyEndpoint } from './support/in-browser-endpoint.js';
import { hostStrings } from './support/host-strings.js';
import { goOffline, goOnline } from './support/network.js';

interface Args {
  user: DemoUser;
  phoneSlot: PhoneSlot;
  /** Unset: the toolbar's locale. */
  locale?: string;
  faults: Fault[];
  /** The sign-in is older than the endpoint accepts for changes. */
  staleSignIn?: boolean;
  /** How the code is sent when editing starts (`default-channel`). */
  defaultChannel?: 'text' | 'call';
  /** Leave out the slot's name (`no-title`). */
  noTitle?: boolean;
  /** Milliseconds before the client gives a request up. Default: the client's. */
  timeout?: number;
  /** Changes never reach the endpoint (the network drops them). */
  unreachable?: boolean;
  /** The page's anti-forgery token is out of date. */
  staleCsrf?: boolean;
}

/** The endpoint of the story being shown, for the play functions (they read the simulated phone). */
let current: StoryEndpoint | undefined;

const meta: Meta<Args> = {
  title: 'Elements/Phone editor',
  component: 'mfa-phone-editor',
  argTypes: {
    ...endpointArgTypes,
    user: { control: 'select', options: ['adele', 'ben', 'chen', 'dana', 'erik'] },
    phoneSlot: { control: 'inline-radio', options: ['mobile', 'alternate', 'office'] },
    locale: { control: 'select', options: ['en', 'zh-CN', 'ar', 'en-XA'] },
    defaultChannel: { control: 'inline-radio', options: ['text', 'call'] },
    noTitle: { control: 'boolean' },
    timeout: { control: 'number' },
  },
  args: { user: 'adele', phoneSlot: 'mobile', faults: [], defaultChannel: undefined, noTitle: undefined },
  render: ({ user, phoneSlot, locale, faults, staleSignIn, unreachable, staleCsrf, defaultChannel, noTitle, timeout }) => {
    current = storyEndpoint({ user, faults, staleSignIn, unreachable, staleCsrf, timeout });
    return html`
      <mfa-provider locale=${ifDefined(locale)} .client=${current.client} .strings=${hostStrings()}>
        <mfa-phone-editor phone-slot=${phoneSlot} default-channel=${ifDefined(defaultChannel)} ?no-title=${noTitle}></mfa-phone-editor>
      </mfa-provider>
    `;
  },
};
export default meta;

type Story = StoryObj<Args>;

// Play helpers: they drive the element the way a user does (clicks and input events).
const until = async (check: () => unknown, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
};
const editorIn = (canvas: HTMLElement) => canvas.querySelector('mfa-phone-editor') as MfaPhoneEditor;
const q = (el: MfaPhoneEditor, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;

async function edit(canvas: HTMLElement, number?: string): Promise<MfaPhoneEditor> {
  const el = editorIn(canvas);
  await until(() => q(el, '#edit'));
  q(el, '#edit')!.click();
  await until(() => q(el, '#number'));
  if (number !== undefined) {
    const input = q(el, '#number') as HTMLInputElement;
    input.value = number;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  }
  await el.updateComplete;
  return el;
}

async function sendCode(canvas: HTMLElement, number = '+44 7400 123456'): Promise<MfaPhoneEditor> {
  const el = await edit(canvas, number);
  q(el, '#send')!.click();
  await until(() => el.step !== 'sending' && el.step !== 'editing');
  return el;
}

async function enterCode(el: MfaPhoneEditor, code: string): Promise<void> {
  const field = q(el, 'mfa-code-input') as HTMLElement & { updateComplete: Promise<unknown> };
  await field.updateComplete;
  const input = field.shadowRoot!.querySelector('input')!;
  input.value = code;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
}

/** Sends a code to Ben's new number, then types the code that came, as a user would. */
async function enterRightCode(canvas: HTMLElement): Promise<void> {
  const el = await sendCode(canvas);
  await enterCode(el, current!.endpoint.control.lastCode('ben') ?? '');
}

/** Presses Remove, and with `confirm`, Remove in the confirmation too. */
async function pressRemove(canvas: HTMLElement, confirm: boolean): Promise<void> {
  const el = editorIn(canvas);
  await until(() => q(el, '#remove'));
  q(el, '#remove')!.click();
  if (!confirm) return;
  await el.updateComplete;
  q(el, '#remove-yes')!.click();
}

/** Adele's authentication phone, masked. The phone library is not loaded yet. */
export const Viewing: Story = { parameters: { expected: { status: 'viewing', shows: ['current'] } } };
/** `no-title`: the page names the phone already (a heading before the element), so the editor does not. */
export const WithoutTitle: Story = { parameters: { expected: { status: 'viewing', shows: ['current'], hides: ['title'] } }, args: { noTitle: true } };
/** Ben has no phone yet. */
export const Empty: Story = { parameters: { expected: { status: 'viewing', shows: ['current'], visible: '#edit', absent: '#remove' } }, args: { user: 'ben' } };
export const Editing: Story = { parameters: { expected: { status: 'editing', shows: ['number'] } }, args: { user: 'ben' }, play: ({ canvasElement }) => edit(canvasElement).then(() => undefined) };
/** The host calls `edit()` as the element starts, before the settings are read: the number form opens once they are. */
export const EditCalledEarly: Story = {
  parameters: { expected: { status: 'editing', shows: ['number'] } },
  args: { user: 'ben' },
  play: async ({ canvasElement }) => {
    const el = editorIn(canvasElement);
    el.edit();
    await until(() => q(el, '#number'));
  },
};
/**
 * The host switches `phone-slot` to the office phone while the user types a number: the change ends,
 * the office phone shows, and its Change has the focus (not the page).
 */
export const SlotSwitchedWhileEditing: Story = {
  parameters: { expected: { status: 'viewing', shows: ['current'], visible: '#edit:focus' } },
  play: async ({ canvasElement }) => {
    const el = await edit(canvasElement, '+44 7400 123456');
    (q(el, '#number') as HTMLInputElement).focus();
    el.phoneSlot = 'office';
    await el.updateComplete;
  },
};
/**
 * The host calls `edit()` as the element starts, for a phone Erik's policy does not allow (an
 * alternate phone): once the settings are read, nothing opens, and no Add is offered.
 */
export const EditCalledNotAllowed: Story = {
  parameters: { expected: { status: 'viewing', shows: ['current'], absent: '#number, #edit' } },
  args: { user: 'erik', phoneSlot: 'alternate' },
  play: async ({ canvasElement }) => {
    const el = editorIn(canvasElement);
    el.edit();
    await until(() => q(el, '#current'));
  },
};
/** A policy of phones only (erik): the channel choice warns, without the advice to use an app he may not use. */
export const EditingPhonesOnly: Story = {
  parameters: { expected: { status: 'editing', shows: ['channel'], text: /a less secure way to sign in|安全性较低的登录方式/ } },
  args: { user: 'erik' },
  play: ({ canvasElement }) => edit(canvasElement).then(() => undefined),
};
/** `default-channel="call"`: editing starts with "Call me with a code" chosen (the user can still choose a text). */
export const EditingDefaultCall: Story = {
  parameters: { expected: { status: 'editing', shows: ['channel'], visible: 'input[name="channel"][value="call"]:checked' } },
  args: { user: 'ben', defaultChannel: 'call' },
  play: ({ canvasElement }) => edit(canvasElement).then(() => undefined),
};
/** A text to a UK fixed line: the endpoint refuses it (`cannot-receive-text`), said on the number field, which keeps it. */
export const Invalid: Story = {
  parameters: { expected: { status: 'editing', shows: ['field-error'] } },
  args: { user: 'ben' },
  play: async ({ canvasElement }) => {
    const el = await edit(canvasElement, '+44 20 7946 0958');
    q(el, '#send')!.click();
    await until(() => el.step === 'editing' && q(el, '[part~="field-error"]')?.textContent?.trim());
  },
};
/** A premium-rate number (US 900): the endpoint sends it no code (`not-allowed`, against toll fraud), said on the number field. */
export const NotAllowed: Story = {
  parameters: { expected: { status: 'editing', shows: ['field-error'], text: /Codes cannot be sent to this kind of number|无法向此类号码发送验证码/ } },
  args: { user: 'ben' },
  play: async ({ canvasElement }) => {
    const el = await edit(canvasElement, '+1 900 555 0123');
    q(el, '#send')!.click();
    await until(() => el.step === 'editing' && q(el, '[part~="field-error"]')?.textContent?.trim());
  },
};
/** Digits no number of the region starts with: said before anything is sent. */
export const InvalidForRegion: Story = {
  parameters: { expected: { status: 'editing', shows: ['field-error'], text: /not a valid phone number|这不是有效的/ } },
  args: { user: 'ben' },
  play: async ({ canvasElement }) => {
    const el = await edit(canvasElement, '+44 6123 456789');
    q(el, '#send')!.click();
    await el.updateComplete;
  },
};
export const Sending: Story = {
  parameters: { expected: { status: 'sending' } },
  args: { user: 'ben', faults: [{ kind: 'latency', ms: 600_000, operations: ['startPhoneVerification'] }] },
  play: async ({ canvasElement }) => {
    const el = await edit(canvasElement, '+44 7400 123456');
    q(el, '#send')!.click();
  },
};
export const AwaitingCode: Story = { parameters: { expected: { status: 'awaiting-code', shows: ['sent-to', 'code'], visible: '#cancel[aria-disabled="false"]' } }, args: { user: 'ben' }, play: ({ canvasElement }) => sendCode(canvasElement).then(() => undefined) };
export const WrongCode: Story = {
  parameters: { expected: { status: 'awaiting-code', visible: 'mfa-code-input >>> [part~="error"]' } },
  args: { user: 'ben' },
  play: async ({ canvasElement }) => enterCode(await sendCode(canvasElement), '000000'),
};
export const Expired: Story = {
  parameters: { expected: { status: 'expired', visible: '#cancel[aria-disabled="false"]' } },
  args: { user: 'ben' },
  play: async ({ canvasElement }) => {
    const el = await sendCode(canvasElement);
    current!.endpoint.control.advanceClock(301);
    await enterCode(el, current!.endpoint.control.lastCode('ben') ?? '');
  },
};
/** Five wrong codes: no tries are left, Verify is off and a new code is what is left to ask for. */
export const NoTriesLeft: Story = {
  parameters: { expected: { status: 'expired', shows: ['error', 'code'] } },
  args: { user: 'ben' },
  play: async ({ canvasElement }) => {
    const el = await sendCode(canvasElement);
    const right = current!.endpoint.control.lastCode('ben') ?? '000000';
    // Two different wrong codes in turn: the field takes only a change as a new entry.
    const wrong = (shift: number) => right.replace(/\d/g, (d) => String((Number(d) + shift) % 10));
    const said = () => (q(el, 'mfa-code-input') as HTMLElement & { error?: string }).error;
    for (let i = 0; i < 5 && el.step === 'awaiting-code'; i++) {
      const before = said();
      await enterCode(el, wrong(i % 2 ? 5 : 3));
      await until(() => el.step === 'expired' || (el.step === 'awaiting-code' && said() !== undefined && said() !== before));
    }
  },
};
/** A new number typed when the network goes; the user presses Send all the same. */
async function sendOffline(canvas: HTMLElement): Promise<void> {
  const el = await edit(canvas, '+44 7400 123456');
  goOffline();
  q(el, '#send')!.click();
  await el.updateComplete;
}
/** Offline: the editor says so, Send is unavailable and says why, the number is kept, and nothing is sent. */
export const Offline: Story = {
  parameters: {
    expected: { status: 'editing', shows: ['number'], visible: '#send[aria-disabled="true"][aria-describedby~="offline"]', text: /You are offline|你已离线/ },
  },
  args: { user: 'ben' },
  play: ({ canvasElement }) => sendOffline(canvasElement),
};
/** Back online: the notice goes, the number is still there, and Send is usable again. */
export const BackOnline: Story = {
  parameters: { expected: { status: 'editing', shows: ['number'], visible: '#send[aria-disabled="false"]', absent: '#offline' } },
  args: { user: 'ben' },
  play: async ({ canvasElement }) => {
    await sendOffline(canvasElement);
    goOnline();
  },
};
/** Sends a new number for Ben, whose sign-in is too old for changes. */
async function sendStale(canvas: HTMLElement): Promise<void> {
  const el = await edit(canvas, '+44 7400 123456');
  q(el, '#send')!.click();
}
/** The sign-in is too old and no host steps the user up: the alert says to confirm the sign-in, and the number is kept. */
export const ReauthRequired: Story = {
  parameters: { expected: { status: 'editing', shows: ['number', 'error'], text: /try again and confirm when asked|请重试，并在系统要求时重新验证身份/ } },
  args: { user: 'ben', staleSignIn: true },
  play: ({ canvasElement }) => sendStale(canvasElement),
};
/**
 * The sign-in is too old, and the host is stepping the user up: the editor says so in its status line,
 * shown (not in the alert), the number kept, and Send stays usable.
 */
export const ReauthWaiting: Story = {
  parameters: {
    expected: {
      status: 'editing',
      absent: '#send[aria-disabled="true"]',
      visible: '[part="status"]:not(.visually-hidden)',
      hides: ['error'],
      text: /Waiting for you to confirm your sign-in|正在等待你重新验证身份/,
    },
  },
  args: { user: 'ben', staleSignIn: true },
  play: ({ canvasElement }) => {
    hostStartsStepUp(canvasElement);
    return sendStale(canvasElement);
  },
};
/** The endpoint failed to send the code: the alert says what failed, then why, and the number typed stays. */
export const SendFailed: Story = {
  parameters: { expected: { status: 'editing', shows: ['number', 'error'], text: /The code may not have been sent\. Something went wrong on the server/ } },
  args: { user: 'ben', faults: [{ kind: 'server-error', operations: ['startPhoneVerification'] }] },
  play: ({ canvasElement }) => sendCode(canvasElement).then(() => undefined),
};
/**
 * The request never reached the server (the network dropped it; the page is still online): the
 * alert says the code may not have been sent, and to check the connection; the number typed stays.
 */
export const SendUnreachable: Story = {
  parameters: {
    expected: {
      status: 'editing',
      shows: ['number', 'error'],
      visible: '#send[aria-disabled="false"]',
      text: /The code may not have been sent\. We could not reach the server|验证码可能未发送。无法连接到服务器/,
    },
  },
  args: { user: 'ben', unreachable: true },
  play: ({ canvasElement }) => sendCode(canvasElement).then(() => undefined),
};
/**
 * The page's anti-forgery token is out of date (a sign-in in another tab replaced it): Send code is
 * refused (403 `csrf`), and the alert asks to reload the page; the number typed stays.
 */
export const PageOutOfDate: Story = {
  parameters: {
    expected: { status: 'editing', shows: ['number', 'error'], text: /This page’s session is out of date\. Reload the page|此页面的会话已过期。请重新加载页面/ },
  },
  args: { user: 'ben', staleCsrf: true },
  play: ({ canvasElement }) => sendCode(canvasElement).then(() => undefined),
};
/**
 * A sign-in in front of the endpoint answers Send code with a redirect (the session has ended there):
 * the request went no further, so the alert says only that the session has ended, not that the code
 * may not have been sent; the number typed stays.
 */
export const SendRedirected: Story = {
  parameters: {
    expected: {
      status: 'editing',
      shows: ['number', 'error'],
      text: /^(?![\s\S]*(may not have been sent|可能未发送))[\s\S]*(Your session has ended|会话已结束)/,
    },
  },
  args: { user: 'ben' },
  play: async ({ canvasElement }) => {
    const el = await edit(canvasElement, '+44 7400 123456');
    current!.client.startPhoneVerification = () =>
      Promise.reject(new MfaError('unauthenticated', { operation: 'startPhoneVerification', reason: 'redirected' }));
    q(el, '#send')!.click();
    await until(() => el.step === 'editing' && q(el, '[part="error"]')?.textContent?.trim());
  },
};
/**
 * No answer came in time (the client gave up after a second here): the alert says the code may not
 * have been sent (the endpoint may have sent it), then why; the number typed stays, and Send is
 * usable again.
 */
export const SendTimedOut: Story = {
  parameters: {
    expected: {
      status: 'editing',
      shows: ['number', 'error'],
      visible: '#send[aria-disabled="false"]',
      text: /The code may not have been sent\. The server took too long to answer|验证码可能未发送。服务器响应时间过长/,
    },
  },
  args: { user: 'ben', timeout: 1000, faults: [{ kind: 'timeout', operations: ['startPhoneVerification'] }] },
  play: async ({ canvasElement }) => {
    const el = await edit(canvasElement, '+44 7400 123456');
    q(el, '#send')!.click();
  },
};
/**
 * An administrator took the mobile phone out of Ben's policy after the page read it: Send code is
 * refused, the alert names the policy and asks to reload, and the number typed stays.
 */
export const PolicyRefused: Story = {
  parameters: { expected: { status: 'editing', shows: ['number', 'error'], text: /policy does not allow this|策略不允许/ } },
  args: { user: 'ben' },
  play: async ({ canvasElement }) => {
    const el = await edit(canvasElement, '+44 7400 123456');
    current!.endpoint.control.setPolicy('ben', { allowedMethods: ['call-office', 'app-code', 'app-notification'] });
    q(el, '#send')!.click();
  },
};
/** Too many requests: Send is disabled, and the wait counts down below the alert (not a live region). */
export const RateLimited: Story = {
  parameters: { expected: { status: 'editing', shows: ['countdown'] } },
  args: { user: 'ben', faults: [{ kind: 'rate-limit', retryAfterSeconds: 90, operations: ['startPhoneVerification'] }] },
  play: ({ canvasElement }) => sendCode(canvasElement).then(() => undefined),
};

/**
 * Back at the number by "Change number" moments after a code was sent: Send waits for the time a
 * new code may be asked for, and says how long beside it; the number stays editable.
 */
export const WaitingForNewCode: Story = {
  parameters: { expected: { status: 'editing', shows: ['number', 'countdown'], visible: '#send[aria-disabled="true"]', text: /You can ask for a new code in \d+ seconds/ } },
  args: { user: 'ben' },
  play: async ({ canvasElement }) => {
    const el = await sendCode(canvasElement);
    q(el, '#change-number')!.click();
    await el.updateComplete;
  },
};

/**
 * Sends a code to Ben's new number, then lets the 30 s wait before a new code run out: the
 * endpoint's clock moves on 31 s, and the page's (`Date.now`) too until the countdown has seen it
 * (it ends by whichever clock says less is left, at its next tick); then the page's is put back.
 */
async function waitForNewCodeOver(canvas: HTMLElement): Promise<MfaPhoneEditor> {
  const el = await sendCode(canvas);
  current!.endpoint.control.advanceClock(31);
  const realNow = Date.now;
  Date.now = () => realNow() + 31_000;
  try {
    await until(() => el.step === 'awaiting-code' && !q(el, '#countdown'));
    await el.updateComplete;
  } finally {
    Date.now = realNow;
  }
  return el;
}

/**
 * The wait before a new code is over: the countdown beside "Send a new code" goes, the button is
 * usable again, and the status line says so, once.
 */
export const NewCodeAvailable: Story = {
  parameters: {
    expected: {
      status: 'awaiting-code',
      shows: ['sent-to', 'code'],
      visible: '#resend[aria-disabled="false"]',
      absent: '#countdown',
      text: /You can ask for a new code now|现在可以获取新验证码了/,
    },
  },
  args: { user: 'ben' },
  play: ({ canvasElement }) => waitForNewCodeOver(canvasElement).then(() => undefined),
};

/**
 * "Send a new code" pressed after the code request was replaced elsewhere (another window started
 * a change of the same phone): the endpoint refuses it (410), and the editor goes back to the
 * number, kept, with an alert that the request has ended; Send code has the focus.
 */
export const CodeRequestEnded: Story = {
  parameters: {
    expected: { status: 'editing', shows: ['number', 'error'], visible: '#send:focus', text: /This code request has ended|此验证码请求已结束/ },
  },
  args: { user: 'ben' },
  play: async ({ canvasElement }) => {
    const el = await waitForNewCodeOver(canvasElement);
    await current!.client.startPhoneVerification('mobile', { number: '+14255550123', channel: 'text' });
    q(el, '#resend')!.click();
    await until(() => el.step === 'editing');
  },
};

/** The settings could not be loaded: the alert says why, and Try again, described by it, loads them again. */
export const LoadError: Story = {
  parameters: {
    expected: { status: 'viewing', shows: ['error'], visible: 'button[data-load-retry][aria-describedby="error"]', text: /Something went wrong on the server|服务器出现问题/ },
  },
  args: { faults: [{ kind: 'server-error', operations: ['getSettings'] }] },
};
/** Loading was refused by a rate limit: the wait counts down below the alert, Retry is unavailable until it is over, then the settings load by themselves. */
export const LoadRateLimited: Story = {
  parameters: { expected: { status: 'viewing', shows: ['countdown'], visible: 'button[aria-disabled="true"][aria-describedby="wait"]' } },
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 90, operations: ['getSettings'] }] },
};
/** The code was right: the number is saved, and the line that says so has the focus. */
export const Saved: Story = {
  parameters: { expected: { status: 'saved', visible: '#saved:focus' } },
  args: { user: 'ben' },
  play: ({ canvasElement }) => enterRightCode(canvasElement),
};
/**
 * The code is being checked: Verify shows progress and does nothing more; Cancel and "Change number"
 * are unavailable until the answer; the code stays in its field.
 */
export const Confirming: Story = {
  parameters: { expected: { status: 'confirming', shows: ['sent-to', 'code'], visible: '#cancel[aria-disabled="true"]' } },
  args: { user: 'ben', faults: [{ kind: 'latency', ms: 600_000, operations: ['confirmPhoneVerification'] }] },
  play: ({ canvasElement }) => enterRightCode(canvasElement),
};
/** The endpoint failed while the code was checked: the alert says why, the code stays in its field, and Verify is usable again. */
export const ConfirmFailed: Story = {
  parameters: {
    expected: {
      status: 'awaiting-code',
      shows: ['sent-to', 'error'],
      visible: 'mfa-code-input:state(complete)',
      absent: '#verify[aria-disabled="true"]',
      text: /Something went wrong on the server|服务器出现问题/,
    },
  },
  args: { user: 'ben', faults: [{ kind: 'server-error', operations: ['confirmPhoneVerification'] }] },
  play: ({ canvasElement }) => enterRightCode(canvasElement),
};
/**
 * Checking the code was refused by a rate limit: Verify is unavailable, described by the wait that
 * counts down below the code step.
 */
export const ConfirmRateLimited: Story = {
  parameters: {
    expected: {
      status: 'awaiting-code',
      shows: ['sent-to', 'countdown'],
      visible: '#verify[aria-disabled="true"][aria-describedby~="wait"]',
      text: /Please wait: you can try again in|请稍候：你可以在/,
    },
  },
  args: { user: 'ben', faults: [{ kind: 'rate-limit', retryAfterSeconds: 90, operations: ['confirmPhoneVerification'] }] },
  play: ({ canvasElement }) => enterRightCode(canvasElement),
};
/** The office phone is being removed: the confirmation stays, with its progress. */
export const Removing: Story = {
  parameters: { expected: { status: 'removing', shows: ['remove-confirm'] } },
  args: { phoneSlot: 'office', faults: [{ kind: 'latency', ms: 600_000, operations: ['deletePhone'] }] },
  play: ({ canvasElement }) => pressRemove(canvasElement, true),
};
/** The office phone was removed: the editor is back to viewing, says so, and offers Add. */
export const Removed: Story = {
  parameters: { expected: { status: 'viewing', visible: '.success', absent: '#remove' } },
  args: { phoneSlot: 'office' },
  play: ({ canvasElement }) => pressRemove(canvasElement, true),
};
/** Removing the office phone failed: the confirmation is back, the alert says why, and Remove can be pressed again. */
export const RemoveFailed: Story = {
  parameters: {
    expected: {
      status: 'remove-confirm',
      shows: ['remove-confirm', 'error'],
      visible: '#remove-yes[aria-disabled="false"]',
      text: /Something went wrong on the server|服务器出现问题/,
    },
  },
  args: { phoneSlot: 'office', faults: [{ kind: 'server-error', operations: ['deletePhone'] }] },
  play: ({ canvasElement }) => pressRemove(canvasElement, true),
};
export const RemoveConfirm: Story = {
  parameters: { expected: { status: 'remove-confirm', shows: ['remove-confirm'] } },
  args: { phoneSlot: 'office' },
  play: ({ canvasElement }) => pressRemove(canvasElement, false),
};
/**
 * Adele's authentication phone backs her default method: the confirmation says so in place of its
 * question, and offers Cancel alone, which has the focus. Nothing is sent to be refused.
 */
export const RemoveBacksDefault: Story = {
  parameters: {
    expected: {
      status: 'remove-confirm',
      shows: ['remove-confirm'],
      visible: '#remove-cancel:focus',
      absent: '#remove-yes:not([hidden])',
      text: /Your default sign-in method uses this phone|你的默认登录方式正在使用此电话/,
    },
  },
  play: ({ canvasElement }) => pressRemove(canvasElement, false),
};
/**
 * The summary is out of date: the default method was set to this phone elsewhere after it loaded.
 * The question is asked, the endpoint refuses, the provider has every element load the settings
 * again, and the confirmation says why in place of the question; Remove is not offered again.
 */
export const RemoveRefused: Story = {
  parameters: {
    expected: { status: 'remove-confirm', shows: ['remove-confirm'], text: /default sign-in method uses this phone/, visible: '#remove-cancel', absent: '#remove-yes:not([hidden])' },
  },
  play: async ({ canvasElement }) => {
    const el = editorIn(canvasElement);
    const client = current!.client;
    // The summary loads again with the office phone's call as the default…
    await until(() => q(el, '#remove'));
    await client.setDefaultMethod('call-office');
    canvasElement.querySelector('mfa-provider')!.refresh();
    q(el, '#remove')!.click();
    await until(() => q(el, '#remove-yes')?.hidden === false);
    // …then the text to this phone is chosen elsewhere again, unknown to the page.
    await client.setDefaultMethod('text-mobile');
    q(el, '#remove-yes')!.click();
  },
};
export const OfficeWithExtension: Story = { parameters: { expected: { status: 'viewing', shows: ['current'], text: /4321/ } }, args: { phoneSlot: 'office' } };
export const OfficeEditing: Story = {
  parameters: { expected: { status: 'editing', shows: ['extension'] } },
  args: { user: 'ben', phoneSlot: 'office' },
  play: ({ canvasElement }) => edit(canvasElement, '+1 425 555 0100').then(() => undefined),
};
/**
 * A number pasted with its extension ("… ext. 45"): the number goes to its field, the extension to
 * the extension field, and the notice under the number asks the user to check both.
 */
export const OfficePastedWithExtension: Story = {
  parameters: {
    expected: {
      status: 'editing',
      shows: ['number', 'extension'],
      visible: '#extension',
      text: /We took the phone number and its extension out of the pasted text|提取电话号码及其分机号/,
    },
  },
  args: { user: 'ben', phoneSlot: 'office' },
  play: ({ canvasElement }) => edit(canvasElement, 'Call me on +1 425 555 0100 ext. 45').then(() => undefined),
};
/** An extension with letters in it: the field says what an extension may hold, and nothing is sent. */
export const ExtensionInvalid: Story = {
  parameters: { expected: { status: 'editing', visible: '#extension[aria-invalid="true"]', text: /An extension has digits only|分机号只能包含数字/ } },
  args: { user: 'ben', phoneSlot: 'office' },
  play: async ({ canvasElement }) => {
    const el = await edit(canvasElement, '+1 425 555 0123');
    const extension = q(el, '#extension') as HTMLInputElement;
    extension.value = 'ext 12';
    extension.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    await el.updateComplete;
    q(el, '#send')!.click();
  },
};
/** An office phone with an extension: the call is said to go to the extension. */
export const OfficeCallingExtension: Story = {
  parameters: { expected: { status: 'awaiting-code', shows: ['sent-to'], text: /4321/ } },
  args: { user: 'ben', phoneSlot: 'office' },
  play: async ({ canvasElement }) => {
    const el = await edit(canvasElement, '+1 425 555 0123');
    const extension = q(el, '#extension') as HTMLInputElement;
    extension.value = '4321';
    extension.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText' }));
    await el.updateComplete;
    q(el, '#send')!.click();
  },
};
export const SimplifiedChinese: Story = { parameters: { expected: { status: 'viewing', shows: ['current'], script: 'Han' } }, args: { locale: 'zh-CN', user: 'chen' } };
export const SimplifiedChineseEditing: Story = {
  parameters: { expected: { status: 'editing', shows: ['number'], script: 'Han' } },
  args: { locale: 'zh-CN', user: 'ben' },
  play: ({ canvasElement }) => edit(canvasElement, '138 0013 8000').then(() => undefined),
};
/** Right to left; numbers stay left to right. */
export const RightToLeft: Story = { parameters: { expected: { status: 'viewing', dir: 'rtl' } }, args: { locale: 'ar' } };
export const RightToLeftAwaitingCode: Story = {
  parameters: { expected: { status: 'awaiting-code', shows: ['countdown'], dir: 'rtl' } },
  args: { locale: 'ar', user: 'ben' },
  play: ({ canvasElement }) => sendCode(canvasElement).then(() => undefined),
};

/** Form mode: a value-only field (E.164) for a host that saves the number itself. No code is sent. */
export const FormMode: Story = {
  parameters: { expected: { shows: ['number'] } },
  render: () => html`
    <form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const out = (e.target as HTMLFormElement).querySelector('output')!;
        out.value = JSON.stringify(Object.fromEntries(new FormData(e.target as HTMLFormElement)));
      }}
    >
      <mfa-phone-editor form-field required name="phone" phone-slot="office" default-country="GB"></mfa-phone-editor>
      <button>Save</button>
      <output></output>
    </form>
  `,
};

/** Form mode, a number typed that no number of the country starts with: once the user leaves the field, it says so. */
export const FormModeInvalid: Story = {
  parameters: { expected: { shows: ['field-error'], visible: '#number[aria-invalid="true"]', text: /This is not a valid phone number for|这不是有效的/ } },
  render: FormMode.render,
  play: async ({ canvasElement }) => {
    const el = editorIn(canvasElement);
    await until(() => q(el, '#number'));
    const input = q(el, '#number') as HTMLInputElement;
    input.focus();
    input.value = '+44 6123 456789';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    await el.updateComplete;
    input.blur();
  },
};

/**
 * Makes this element's phone number tools fail to load, as over a dropped connection: their loader
 * (loaded once per page, so not made to fail for real here) is replaced on this element alone.
 */
function failToolsLoad(el: MfaPhoneEditor): void {
  el.draft.load = () => {
    el.draft.failed = true;
    el.requestUpdate();
    return Promise.resolve();
  };
}

/** The phone number tools are still on their way as the user starts editing (a slow network): "Loading…", the focus on Cancel, which leaves, as Escape does. */
export const ToolsLoading: Story = {
  parameters: { expected: { status: 'editing', visible: '#cancel', text: /Loading…|正在加载…/ } },
  args: { user: 'ben' },
  play: async ({ canvasElement }) => {
    const el = editorIn(canvasElement);
    await until(() => q(el, '#edit'));
    // Their loader is replaced on this element alone by one that never ends.
    el.draft.load = () => new Promise(() => undefined);
    q(el, '#edit')!.click();
    await until(() => q(el, '#cancel'));
  },
};

/** The phone number tools could not be loaded as the user started editing: an alert, the focus on Try again, and Cancel. */
export const ToolsUnavailable: Story = {
  parameters: { expected: { status: 'editing', visible: '#retry', text: /could not be loaded|无法加载/ } },
  args: { user: 'ben' },
  play: async ({ canvasElement }) => {
    const el = editorIn(canvasElement);
    await until(() => q(el, '#edit'));
    failToolsLoad(el);
    q(el, '#edit')!.click();
    await until(() => q(el, '#retry'));
  },
};

/** Form mode, the phone number tools could not be loaded: an alert with Try again; the form keeps the number as given. */
export const FormModeToolsUnavailable: Story = {
  parameters: { expected: { visible: '#retry', text: /could not be loaded|无法加载/ } },
  render: () => {
    const el = document.createElement('mfa-phone-editor');
    Object.assign(el, { formField: true, name: 'phone', defaultValue: '+447400123456', defaultCountry: 'GB' });
    failToolsLoad(el);
    return html`<form>${el}</form>`;
  },
};

/** Placed without `<mfa-provider>` (and no client of its own): it says what is missing, and sends nothing. */
export const NotConnected: Story = {
  render: () => html`<mfa-phone-editor></mfa-phone-editor>`,
  parameters: { expected: { text: /not connected to a server|未连接到服务器/ } },
};
