import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/authenticator-enroll/authenticator-enroll.js';
import type { EnrollStep, MfaAuthenticatorEnroll } from '../src/components/authenticator-enroll/authenticator-enroll.js';
import '../src/components/provider/provider.js';
import { type StoryEndpoint, type StoryEndpointOptions, endpointArgTypes, hostStartsStepUp, storyEndpoint } from './support/in-browser-endpoint.js';
import { pressCopy } from './support/clipboard.js';
import { hostStrings } from './support/host-strings.js';
import { goOffline, goOnline } from './support/network.js';

interface Args extends StoryEndpointOptions {
  /** Unset: the toolbar's locale. */
  locale?: string;
  kind?: 'totp' | 'push';
  defaultKind?: 'totp' | 'push';
  noCancel?: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let current: StoryEndpoint | undefined;

function element(canvas: HTMLElement) {
  return canvas.querySelector<MfaAuthenticatorEnroll>('mfa-authenticator-enroll');
}

async function until(el: MfaAuthenticatorEnroll, steps: EnrollStep[]) {
  for (let i = 0; i < 200 && !steps.includes(el.step); i++) await sleep(50);
  await el.updateComplete;
}

function pressButton(el: MfaAuthenticatorEnroll, selector: string) {
  el.shadowRoot?.querySelector<HTMLButtonElement>(selector)?.click();
}

/** Presses Continue once the form is there, as a user would. */
async function start(canvas: HTMLElement): Promise<MfaAuthenticatorEnroll | undefined> {
  const el = element(canvas);
  if (!el) return undefined;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('#name'); i++) await sleep(50);
  pressButton(el, 'button[type="submit"]');
  await until(el, ['scan', 'waiting', 'choose', 'invalid']);
  return el;
}

/** Types the device name, then presses Continue. */
async function startNamed(canvas: HTMLElement, name: string) {
  const el = element(canvas);
  if (!el) return;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector('#name'); i++) await sleep(50);
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('#name')!;
  input.value = name;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  pressButton(el, 'button[type="submit"]');
}

function pendingId(): string | undefined {
  const endpoint = current?.endpoint;
  const user = endpoint?.control.users().find((u) => endpoint.control.pendingEnrollments(u.id).length > 0);
  return user && endpoint?.control.pendingEnrollments(user.id).at(-1)?.enrollmentId;
}

async function enterCode(el: MfaAuthenticatorEnroll, code: string) {
  const input = el.shadowRoot?.querySelector<HTMLElement & { value: string }>('mfa-code-input');
  const field = input?.shadowRoot?.querySelector('input');
  if (!field) return;
  field.value = code;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * `<mfa-authenticator-enroll>` against the reference endpoint running in the page. Stories past the
 * first step press the buttons, type the code or approve the simulated push app when they load.
 */
const meta: Meta<Args> = {
  title: 'Elements/Authenticator enroll',
  component: 'mfa-authenticator-enroll',
  argTypes: {
    ...endpointArgTypes,
    user: { control: 'select', options: ['adele', 'ben', 'chen', 'dana', 'erik'] },
    locale: { control: 'select', options: ['en', 'zh-CN', 'ar', 'en-XA'] },
    kind: { control: 'inline-radio', options: ['totp', 'push'] },
    defaultKind: { control: 'inline-radio', options: ['totp', 'push'] },
    noCancel: { control: 'boolean' },
    pushActivationUrl: { name: 'push activation URL', control: 'text', description: 'Where the endpoint tells push apps to activate' },
  },
  args: { user: 'adele', kind: undefined, defaultKind: undefined, noCancel: undefined },
  render: ({ user, faults, staleSignIn, unreachable, staleCsrf, answers, pushActivationUrl, locale, kind, defaultKind, noCancel }) => {
    current = storyEndpoint({ user, faults, staleSignIn, unreachable, staleCsrf, answers, pushActivationUrl });
    return html`
      <mfa-provider locale=${ifDefined(locale)} .client=${current.client} .strings=${hostStrings({ enrollStart: 'متابعة' })}>
        <mfa-authenticator-enroll kind=${ifDefined(kind)} default-kind=${ifDefined(defaultKind)} ?no-cancel=${noCancel}></mfa-authenticator-enroll>
      </mfa-provider>
    `;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The kinds of app the policy allows, and a device name. */
export const Choose: Story = { parameters: { expected: { status: 'choose', shows: ['form'] } } };

/** Starting takes a long time. */
export const Starting: Story = {
  parameters: { expected: { status: 'starting' } },
  args: { faults: [{ kind: 'latency', ms: 600_000, operations: ['startEnrollment'] }] },
  play: ({ canvasElement }) => void start(canvasElement),
};

/** The QR code of a code app, and the code field. */
export const QrCode: Story = { parameters: { expected: { status: 'scan', shows: ['qr'] } }, args: { kind: 'totp' }, play: ({ canvasElement }) => void start(canvasElement) };

/** "Can't scan?" opened: the key in groups of four, the account and the issuer. */
export const ManualKey: Story = {
  parameters: { expected: { status: 'scan', shows: ['manual-key'] } },
  args: { kind: 'totp' },
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    if (el) pressButton(el, '[part~="manual-toggle"]');
  },
};

/** Opens "Can't scan?" and presses Copy, with the browser's clipboard answering `answer`. */
async function copyKey(canvas: HTMLElement, answer: 'accepted' | 'refused') {
  const el = await start(canvas);
  if (!el) return;
  pressButton(el, '[part~="manual-toggle"]');
  await el.updateComplete;
  await pressCopy(el.shadowRoot?.querySelector('[part~="copy-button"]'), answer);
}

/** The key copied: the status line says so. */
export const KeyCopied: Story = {
  parameters: { expected: { status: 'scan', shows: ['manual-key', 'status'], text: /Key copied|已复制密钥/ } },
  args: { kind: 'totp' },
  play: ({ canvasElement }) => copyKey(canvasElement, 'accepted'),
};

/** The browser refused the clipboard: the key is selected in a field, to copy by hand, with the keys to press. */
export const CopyBlocked: Story = {
  parameters: { expected: { status: 'scan', shows: ['manual-key'], visible: '#key-to-copy' } },
  args: { kind: 'totp' },
  play: ({ canvasElement }) => copyKey(canvasElement, 'refused'),
};

/** Checking the first code takes a long time. */
export const Verifying: Story = {
  parameters: { expected: { status: 'verifying' } },
  args: { kind: 'totp' },
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    current?.endpoint.control.setFaults([{ kind: 'latency', ms: 600_000, operations: ['verifyEnrollment'] }]);
    if (el) await enterCode(el, '123456');
  },
};

/** A wrong first code: the attempts left are shown and the code is kept. */
export const WrongCode: Story = {
  parameters: { expected: { status: 'scan', visible: 'mfa-code-input >>> [part~="error"]' } },
  args: { kind: 'totp' },
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    const id = pendingId();
    const code = id ? await current!.endpoint.control.currentTotp(id) : '000000';
    if (el) await enterCode(el, [...code].map((d) => String((Number(d) + 5) % 10)).join(''));
  },
};

/** The endpoint failed while the right first code was checked: the step's alert says why (not the code field), and the code is kept. */
export const VerifyFailed: Story = {
  parameters: {
    expected: {
      status: 'scan',
      shows: ['qr', 'error'],
      visible: 'mfa-code-input:state(complete)',
      absent: 'mfa-code-input:state(invalid)',
      text: /Something went wrong on the server|服务器出现问题/,
    },
  },
  args: { kind: 'totp', faults: [{ kind: 'server-error', operations: ['verifyEnrollment'] }] },
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    const id = pendingId();
    if (el && id) await enterCode(el, await current!.endpoint.control.currentTotp(id));
  },
};

/** Checking the code was refused by a rate limit: the step's alert says so (not the code field), Verify waits it out. */
export const VerifyRateLimited: Story = {
  parameters: {
    expected: { status: 'scan', shows: ['error'], visible: 'button[type="submit"][aria-disabled="true"][aria-describedby~="wait"]', text: /try again in|后重试/ },
  },
  args: { kind: 'totp' },
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    current?.endpoint.control.setFaults([{ kind: 'rate-limit', retryAfterSeconds: 90, operations: ['verifyEnrollment'] }]);
    if (el) await enterCode(el, '123456');
  },
};

/** Verify pressed with half a code: the code field says how many digits it needs, and nothing is sent. */
export const CodeIncomplete: Story = {
  parameters: { expected: { status: 'scan', visible: 'mfa-code-input >>> [part~="error"]', text: /Enter all 6 digits|请输入全部 6 位/ } },
  args: { kind: 'totp' },
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    if (!el) return;
    await enterCode(el, '123');
    await el.updateComplete;
    pressButton(el, 'button[type="submit"]');
  },
};

/** Cancel pressed, and the endpoint fails to cancel: the set-up stays as it was, with the message. */
export const CancelFailed: Story = {
  parameters: { expected: { status: 'scan', shows: ['qr', 'error'] } },
  args: { kind: 'totp' },
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    current?.endpoint.control.setFaults([{ kind: 'server-error', operations: ['cancelEnrollment'] }]);
    if (el) pressButton(el, '[part~="actions"] button:last-child');
  },
};

/** The last try was wrong: no tries are left, and "Start again" is what is left to do. */
export const NoTriesLeft: Story = {
  parameters: { expected: { status: 'expired', shows: ['error'] } },
  args: { kind: 'totp' },
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    const id = pendingId();
    const code = id ? await current!.endpoint.control.currentTotp(id) : '000000';
    // Two different wrong codes in turn: the field takes only a change as a new entry.
    const wrong = (shift: number) => [...code].map((d) => String((Number(d) + shift) % 10)).join('');
    for (let i = 0; i < 5 && el; i++) {
      await enterCode(el, wrong(i % 2 ? 5 : 3));
      await until(el, ['verifying']);
      await until(el, ['scan', 'expired']);
    }
  },
};

/** The network goes while the QR code is shown; the user types the code all the same. */
async function verifyOffline(canvas: HTMLElement) {
  const el = await start(canvas);
  goOffline();
  if (el) await enterCode(el, '123456');
}

/** Offline: Verify and Cancel are unavailable and say why, the code is kept, and nothing is sent. */
export const Offline: Story = {
  parameters: {
    expected: {
      status: 'scan',
      visible: 'button[type="submit"][aria-disabled="true"][aria-describedby~="blocked"]',
      // Cancel too: it would send the cancel.
      absent: '[part~="actions"] button[aria-disabled="false"]',
      text: /You are offline|你已离线/,
    },
  },
  args: { kind: 'totp' },
  play: ({ canvasElement }) => verifyOffline(canvasElement),
};

/** Back online: the code is still in its field, and Verify and Cancel are usable again. */
export const BackOnline: Story = {
  parameters: {
    expected: {
      status: 'scan',
      visible: 'mfa-code-input:state(complete)',
      // Nothing was sent (no wrong code is said), and nothing stops Verify or Cancel now.
      absent: '#blocked, mfa-code-input:state(invalid), [part~="actions"] button[aria-disabled="true"]',
    },
  },
  args: { kind: 'totp' },
  play: async ({ canvasElement }) => {
    await verifyOffline(canvasElement);
    goOnline();
  },
};

/** The set-up expired before the code came. */
export const Expired: Story = {
  parameters: { expected: { status: 'expired' } },
  args: { kind: 'totp' },
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    current?.endpoint.control.advanceClock(601);
    if (el) await enterCode(el, '123456');
  },
};

/** The set-up expired, and the network went: "Start again" is unavailable and says why (Cancel sends nothing, and stays). */
export const ExpiredOffline: Story = {
  parameters: {
    expected: { status: 'expired', visible: '#restart[aria-disabled="true"][aria-describedby="blocked"]', text: /You are offline|你已离线/ },
  },
  args: { kind: 'totp' },
  play: async (context) => {
    await Expired.play?.(context);
    const el = element(context.canvasElement);
    if (el) await until(el, ['expired']);
    goOffline();
  },
};

/** The user cancelled a set-up: the form is back, and its status line says nothing was added. */
export const Cancelled: Story = {
  parameters: { expected: { status: 'choose', shows: ['name-input', 'status'], text: /Set-up cancelled|已取消设置/ } },
  args: { kind: 'totp' },
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    if (!el) return;
    pressButton(el, '[part~="actions"] button[type="button"]');
    await until(el, ['choose']);
  },
};

/** `default-kind="push"`: both kinds offered, the push app chosen to start with. */
export const DefaultKindPush: Story = {
  parameters: { expected: { status: 'choose', shows: ['kind-group'], visible: '#kind-push:checked' } },
  args: { user: 'ben', defaultKind: 'push' },
};

/** `no-cancel`: a set-up the user has to finish, shown where there is nothing to go back to: no Cancel on the form. */
export const NoCancel: Story = {
  parameters: { expected: { status: 'choose', shows: ['name-input'], absent: '[part~="actions"] button[type="button"]' } },
  args: { noCancel: true },
};

/** A push app: the activation QR code, code and URL, while the page waits. */
export const PushWaiting: Story = { parameters: { expected: { status: 'waiting', shows: ['qr'] } }, args: { kind: 'push' }, play: ({ canvasElement }) => void start(canvasElement) };

/**
 * A push app's set-up in its last minute: the intro says when it ends, and the status line, once, that
 * less than a minute is left. (The endpoint's answer ends it 50 seconds after its start, rather than
 * the reference's 10 minutes, so the story need not wait for it.)
 */
export const PushEndingSoon: Story = {
  parameters: { expected: { status: 'waiting', shows: ['qr', 'status'], text: /Less than a minute left|剩余时间不到一分钟/ } },
  args: {
    kind: 'push',
    answers: {
      startEnrollment: async (endpoint) => {
        const answer = await endpoint();
        const ending = { ...(await answer.json()), expiresAt: new Date(Date.now() + 50_000).toISOString() };
        return Response.json(ending, { status: answer.status, headers: answer.headers });
      },
    },
  },
  play: ({ canvasElement }) => void start(canvasElement),
};

/** Starts a push app's set-up and presses one of its copy buttons, with the browser's clipboard answering `answer`. */
async function copyPush(canvas: HTMLElement, button: 'first' | 'last', answer: 'accepted' | 'refused') {
  const el = await start(canvas);
  await pressCopy(el?.shadowRoot?.querySelector(`[part~="copy-button"]:${button}-child`), answer);
}

/** A push app's activation code copied: the status line says which value was copied. */
export const PushCodeCopied: Story = {
  parameters: { expected: { status: 'waiting', shows: ['manual-key', 'status'], text: /Code copied|已复制激活码/ } },
  args: { kind: 'push' },
  play: ({ canvasElement }) => copyPush(canvasElement, 'first', 'accepted'),
};

/** The browser refused to copy a push app's activation URL: the URL is selected in a field labelled URL, to copy by hand. */
export const PushCopyBlocked: Story = {
  parameters: { expected: { status: 'waiting', shows: ['manual-key'], visible: '#key-to-copy', text: /Copying is blocked here|此处无法自动复制/ } },
  args: { kind: 'push' },
  play: ({ canvasElement }) => copyPush(canvasElement, 'last', 'refused'),
};

/** Offline while the page waits for a push app: Cancel is unavailable and says why. */
export const PushWaitingOffline: Story = {
  parameters: {
    expected: { status: 'waiting', shows: ['qr'], visible: '[part~="actions"] button[aria-disabled="true"][aria-describedby~="blocked"]', text: /You are offline|你已离线/ },
  },
  args: { kind: 'push' },
  play: async ({ canvasElement }) => {
    await start(canvasElement);
    goOffline();
  },
};

/**
 * The endpoint sent a push activation that must not be shown (its activation URL is not https): no QR
 * code and no code to type, the reason, and "Start again", which takes the focus from Continue.
 */
export const InvalidSetup: Story = {
  parameters: { expected: { status: 'invalid', shows: ['error'], visible: '#restart:focus' } },
  args: { kind: 'push', pushActivationUrl: 'http://push.contoso.example/activate' },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    for (let i = 0; i < 100 && !el?.shadowRoot?.querySelector('#name'); i++) await sleep(50);
    // Continue pressed from the keyboard: the focus is on it when the form goes.
    el?.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
    await start(canvasElement);
  },
};

/**
 * The QR code could not be drawn: the activation is too long for any QR code (an endpoint whose
 * activation URLs carry a long ticket). The intro asks only for the account, with nothing to scan,
 * and says when the set-up ends; a note takes the QR code's place, pointing to the code and URL to
 * type, which stay.
 */
export const QrFailed: Story = {
  parameters: {
    expected: {
      status: 'waiting',
      shows: ['qr', 'manual-key'],
      text: /school account\. This set-up ends at [^.]+\.\s*The QR code could not be drawn here\. Enter the code and URL in your app instead|学校账户。本次设置将于 [^。]+ 结束。\s*无法在此显示二维码。请改为在应用中输入激活码和网址/,
    },
  },
  args: { kind: 'push', pushActivationUrl: `https://push.contoso.example/activate/${'ticket'.repeat(400)}` },
  play: ({ canvasElement }) => void start(canvasElement),
};

/** The simulated push app activates itself a moment after the set-up starts. */
export const PushActivated: Story = {
  parameters: { expected: { status: 'done' } },
  args: { kind: 'push' },
  play: async ({ canvasElement }) => {
    await start(canvasElement);
    const id = pendingId();
    if (id) current?.endpoint.control.approvePush(id);
  },
};

/** Checking on the push app failed in a way waiting cannot get past: the message, and Retry beside Cancel. */
export const PushCheckFailed: Story = {
  // Retry is there only after such a failure: the actions hold two buttons.
  parameters: { expected: { status: 'waiting', shows: ['qr', 'error'], visible: '[part~="actions"] button:nth-of-type(2)' } },
  args: { kind: 'push' },
  play: async ({ canvasElement }) => {
    await start(canvasElement);
    current?.endpoint.control.setFaults([{ kind: 'malformed-body', operations: ['getEnrollment'] }]);
  },
};

/** A push app's cancel failed: the alert says it may not have been cancelled, the wait goes on, and Cancel is the retry (no Retry). */
export const PushCancelFailed: Story = {
  parameters: {
    expected: { status: 'waiting', shows: ['qr', 'error'], absent: '[part~="actions"] button:nth-of-type(2)', text: /may not have been cancelled|可能未能取消设置/ },
  },
  args: { kind: 'push' },
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    current?.endpoint.control.setFaults([{ kind: 'server-error', operations: ['cancelEnrollment'] }]);
    if (el) pressButton(el, '[part~="actions"] button:last-child');
  },
};

/** The push set-up was cancelled elsewhere (in another tab) while this one waited: "Start again" is what is left. */
export const CancelledElsewhere: Story = {
  parameters: { expected: { status: 'expired', shows: ['error'], text: /set-up was cancelled|设置已被取消/ } },
  args: { kind: 'push' },
  play: async ({ canvasElement }) => {
    await start(canvasElement);
    const id = pendingId();
    if (id) await current?.client.cancelEnrollment(id);
  },
};

/** Cancel pressed while a push app is awaited, and the endpoint is slow to answer. */
export const Cancelling: Story = {
  parameters: { expected: { status: 'cancelling', visible: '[part~="actions"] button[aria-disabled="true"]' } },
  args: { kind: 'push' },
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    current?.endpoint.control.setFaults([{ kind: 'latency', ms: 600_000, operations: ['cancelEnrollment'] }]);
    if (el) pressButton(el, '[part~="actions"] button:last-child');
  },
};

/**
 * The element was taken out of the page during a code app's set-up, and put back later: the key went
 * with it. (Moved in the page, taken out and put back by the same script, it keeps the set-up.)
 */
export const Interrupted: Story = {
  parameters: { expected: { status: 'expired', shows: ['error'] } },
  args: { kind: 'totp' },
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    if (!el) return;
    const parent = el.parentElement!;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve));
    parent.append(el);
    await el.updateComplete;
  },
};

/** The code app is set up. */
export const Done: Story = {
  parameters: { expected: { status: 'done' } },
  args: { kind: 'totp' },
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    const id = pendingId();
    if (el && id) await enterCode(el, await current!.endpoint.control.currentTotp(id));
  },
};

/** The endpoint fails when starting: the message, and the name kept. */
export const StartError: Story = {
  parameters: { expected: { status: 'choose', shows: ['error'] } },
  args: { faults: [{ kind: 'server-error', operations: ['startEnrollment'] }] },
  play: ({ canvasElement }) => void start(canvasElement),
};

/**
 * Continue's answer never came (the network dropped the request; the page is still online): the
 * form's alert says the server could not be reached, and the form stays as the user left it, to
 * press Continue again (sent again, the start is answered as before, not made twice).
 */
export const StartUnreachable: Story = {
  parameters: {
    expected: {
      status: 'choose',
      shows: ['error', 'name-input'],
      absent: 'button[type="submit"][aria-disabled="true"]',
      text: /We could not reach the server\. Check your connection|无法连接到服务器。请检查网络连接/,
    },
  },
  args: { unreachable: true },
  play: ({ canvasElement }) => void start(canvasElement),
};

/**
 * Continue's answer was lost on its way back (the set-up was made), and the user pressed Continue
 * again more than ten minutes later: the endpoint no longer keeps the set-up's key to answer the same
 * request again, and refuses it (409 `secret-gone`). The alert says an earlier try went through and
 * to reload; the form stays, and Continue, pressed again, starts a new set-up.
 */
export const StartSecretGone: Story = {
  parameters: {
    expected: {
      status: 'choose',
      shows: ['error', 'name-input'],
      text: /An earlier try of this went through, but its result can no longer be shown\. Reload|之前的一次尝试其实已成功，但其结果已无法再次显示。请重新加载/,
    },
  },
  args: {
    answers: {
      startEnrollment: async (endpoint) => {
        await endpoint();
        throw new TypeError('Failed to fetch');
      },
    },
  },
  play: async ({ canvasElement }) => {
    const el = await start(canvasElement);
    for (let i = 0; i < 100 && !el?.shadowRoot?.querySelector('#error')?.textContent?.trim(); i++) await sleep(50);
    // The answers come back from now on, and the user comes back to the form after ten minutes.
    current!.options.answers = undefined;
    current!.endpoint.control.advanceClock(601);
    if (el) pressButton(el, 'button[type="submit"]');
  },
};

/**
 * An administrator took code apps out of Ben's policy after the page read it: Continue is refused,
 * the alert names the policy and asks to reload, and the form stays as the user left it.
 */
export const PolicyRefused: Story = {
  parameters: { expected: { status: 'choose', shows: ['error'], text: /policy does not allow this|策略不允许/ } },
  args: { user: 'ben' },
  play: async ({ canvasElement }) => {
    const el = element(canvasElement);
    for (let i = 0; i < 100 && !el?.shadowRoot?.querySelector('#kind-totp'); i++) await sleep(50);
    current?.endpoint.control.setPolicy('ben', { allowedMethods: ['text-mobile', 'call-mobile', 'app-notification'] });
    await start(canvasElement);
  },
};

/** Starting was refused by a rate limit: Continue is unavailable, and says how long to wait. */
export const StartRateLimited: Story = {
  parameters: {
    expected: { status: 'choose', visible: 'button[type="submit"][aria-disabled="true"][aria-describedby~="wait"]', text: /try again in|后重试/ },
  },
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 90, operations: ['startEnrollment'] }] },
  play: ({ canvasElement }) => void start(canvasElement),
};

/** The start's rate limit is over: the refusal is gone, Continue is back, and the status says so. */
export const StartRateLimitOver: Story = {
  parameters: { expected: { status: 'choose', shows: ['status'], text: /You can try again now|现在可以重试了/ } },
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 1, times: 1, operations: ['startEnrollment'] }] },
  play: ({ canvasElement }) => void start(canvasElement),
};

/** The sign-in is too old and no host steps the user up: the form says so, with the name kept. */
export const ReauthRequired: Story = {
  parameters: { expected: { status: 'choose', shows: ['error'] } },
  args: { staleSignIn: true },
  play: ({ canvasElement }) => void start(canvasElement),
};

/** The sign-in is too old, and the host is stepping the user up: the form says so, as the user left it, and Continue stays usable. */
export const ReauthWaiting: Story = {
  parameters: {
    expected: { status: 'choose', absent: 'button[type="submit"][aria-disabled="true"]', text: /Waiting for you to confirm your sign-in|正在等待你重新验证身份/ },
  },
  args: { staleSignIn: true },
  play: ({ canvasElement }) => {
    hostStartsStepUp(canvasElement);
    void start(canvasElement);
  },
};

/** The name is already used by another authenticator. */
export const DuplicateName: Story = {
  parameters: { expected: { status: 'choose', visible: '[aria-invalid="true"]' } },
  play: ({ canvasElement }) => startNamed(canvasElement, 'Work phone'),
};

/** Continue with the device name left blank: the field says a name is needed, and nothing is sent. */
export const NameRequired: Story = {
  parameters: { expected: { status: 'choose', visible: '#name[aria-invalid="true"]', text: /Enter a device name|请输入设备名称/ } },
  play: ({ canvasElement }) => startNamed(canvasElement, ''),
};

/** Continue with a device name of more than 64 characters: the field says so and keeps it, and nothing is sent. */
export const NameTooLong: Story = {
  parameters: { expected: { status: 'choose', visible: '#name[aria-invalid="true"]', text: /Use 64 characters or fewer|名称不能超过 64 个字符/ } },
  play: ({ canvasElement }) => startNamed(canvasElement, `My phone ${'x'.repeat(60)}`),
};

/** The policy allows no authenticator app. */
export const NotAllowed: Story = { parameters: { expected: { status: 'choose', shows: ['status'], hides: ['form'] } }, args: { user: 'erik' } };

/** The settings could not be loaded: no form, and the alert says why, with Try again, described by it. */
export const LoadError: Story = {
  parameters: {
    expected: { shows: ['error'], hides: ['form'], visible: 'button[data-load-retry][aria-describedby="error"]', text: /Something went wrong on the server|服务器出现问题/ },
  },
  args: { faults: [{ kind: 'server-error', operations: ['getSettings'] }] },
};

/** Loading was refused by a rate limit: the wait counts down, Retry is unavailable until it is over, then the settings load by themselves. */
export const LoadRateLimited: Story = {
  parameters: { expected: { visible: 'button[aria-disabled="true"][aria-describedby="wait"]', text: /try again in|后重试/ } },
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 90, operations: ['getSettings'] }] },
};

export const SimplifiedChinese: Story = { parameters: { expected: { status: 'scan', shows: ['manual-key'], script: 'Han' } }, args: { locale: 'zh-CN', kind: 'totp' }, play: ManualKey.play };

/** A right-to-left locale added by the host: the layout flips, the key and account stay left to right. */
export const RightToLeft: Story = { parameters: { expected: { status: 'scan', shows: ['manual-key'], dir: 'rtl', script: 'Arabic' } }, args: { locale: 'ar', kind: 'totp' }, play: ManualKey.play };

/** Placed without `<mfa-provider>` (and no client of its own): it says what is missing, and sends nothing. */
export const NotConnected: Story = {
  render: () => html`<mfa-authenticator-enroll></mfa-authenticator-enroll>`,
  parameters: { expected: { text: /not connected to a server|未连接到服务器/ } },
};
