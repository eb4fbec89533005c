import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createReferenceEndpoint } from '../reference/endpoint.js';
import '../src/components/app-passwords/app-passwords.js';
import type { MfaAppPasswords } from '../src/components/app-passwords/app-passwords.js';
import '../src/components/provider/provider.js';
import { FetchClient } from '../src/core/client.js';
import { type StoryEndpoint, type StoryEndpointOptions, endpointArgTypes, hostStartsStepUp, storyEndpoint } from './support/in-browser-endpoint.js';
import { pressCopy } from './support/clipboard.js';
import { hostStrings } from './support/host-strings.js';
import { goOffline, goOnline } from './support/network.js';

interface Args extends StoryEndpointOptions {
  /** Unset: the toolbar's locale. */
  locale?: string;
  /** The endpoint's limit of app passwords (adele starts with 2). */
  limit?: number;
}

/** The endpoint of the story being shown, at the endpoint's own limit, for plays that change what it holds. */
let current: StoryEndpoint | undefined;

/** Like `storyEndpoint`, with the endpoint's app-password limit changed. */
function limitedEndpoint(user: string, limit: number): FetchClient {
  const endpoint = createReferenceEndpoint({ basePath: '/api', appPasswordLimit: limit });
  const session = endpoint.control.signIn(user);
  return new FetchClient({
    endpoint: 'https://reference.invalid/api',
    headers: { Authorization: `Bearer ${session.token}`, 'X-CSRF-Token': session.csrfToken },
    fetch: (input, init) => endpoint.handle(new Request(input, init)),
  });
}

async function loaded(canvas: HTMLElement): Promise<MfaAppPasswords | undefined> {
  const el = canvas.querySelector<MfaAppPasswords>('mfa-app-passwords') ?? undefined;
  for (let i = 0; i < 100 && el && el.status === 'loading'; i++) await new Promise((r) => setTimeout(r, 50));
  await el?.updateComplete;
  return el;
}

/** Types a name and presses Create, as a user would. */
async function create(canvas: HTMLElement, name = 'Mail on new laptop'): Promise<MfaAppPasswords | undefined> {
  const el = await loaded(canvas);
  const input = el?.shadowRoot?.querySelector<HTMLInputElement>('#name');
  if (!el || !input) return el;
  input.value = name;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="create-button"]')?.click();
  return el;
}

/** Creates one, then presses Copy with the browser's clipboard answering `answer`. */
async function createAndCopy(canvas: HTMLElement, answer: 'accepted' | 'refused'): Promise<void> {
  const el = await create(canvas);
  for (let i = 0; i < 100 && el && el.status !== 'shown'; i++) await new Promise((r) => setTimeout(r, 50));
  await el?.updateComplete;
  await pressCopy(el?.shadowRoot?.querySelector('[part~="copy-button"]'), answer);
}

const createOne: Story['play'] = async ({ canvasElement }) => {
  await create(canvasElement);
};

/** The network goes once the list is there; the user types a name and presses Create all the same. */
const createOffline: Story['play'] = async ({ canvasElement }) => {
  await loaded(canvasElement);
  goOffline();
  await create(canvasElement);
};

/**
 * `<mfa-app-passwords>` against the reference endpoint running in the page: the signed-in demo user
 * (`adele`, with two app passwords, unless a story says otherwise) and the faults decide the state.
 * Stories that show a creation type a name and press Create when they load.
 */
const meta: Meta<Args> = {
  title: 'Elements/App passwords',
  component: 'mfa-app-passwords',
  argTypes: {
    ...endpointArgTypes,
    user: { control: 'select', options: ['adele', 'ben', 'chen', 'dana', 'erik'] },
    locale: { control: 'select', options: ['en', 'zh-CN', 'ar', 'en-XA'] },
  },
  args: { user: 'adele' },
  render: ({ user, faults, staleSignIn, unreachable, staleCsrf, locale, limit }) => {
    current = limit === undefined ? storyEndpoint({ user, faults, staleSignIn, unreachable, staleCsrf }) : undefined;
    const client = current?.client ?? limitedEndpoint(user ?? 'adele', limit!);
    return html`
      <mfa-provider locale=${ifDefined(locale)} .client=${client} .strings=${hostStrings({ appPasswordsCreate: 'إنشاء', appPasswordsRevoke: 'إبطال' })}>
        <mfa-app-passwords></mfa-app-passwords>
      </mfa-provider>
    `;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The list never arrives. */
export const Loading: Story = { parameters: { expected: { status: 'loading' } }, args: { faults: [{ kind: 'latency', ms: 600_000, operations: ['listAppPasswords'] }] } };

/** Two app passwords, one never used; "2 of 40 created". */
export const List: Story = { parameters: { expected: { status: 'ready', shows: ['list', 'usage'] } } };

/** No app passwords yet (ben). */
export const Empty: Story = { parameters: { expected: { status: 'empty', shows: ['empty'] } }, args: { user: 'ben' } };

/** Creating takes a long time: progress is shown and Create does nothing more. */
export const Creating: Story = {
  parameters: { expected: { status: 'creating' } },
  args: { faults: [{ kind: 'latency', ms: 600_000, operations: ['createAppPassword'] }] },
  play: createOne,
};

/**
 * The new password, shown once, grouped for reading, with Copy, Done and the warning. Its panel takes
 * the focus, named by its heading and described by the warning: a screen reader says both at once.
 */
export const Created: Story = {
  parameters: { expected: { status: 'shown', shows: ['password', 'warning'], visible: '[part~="password-panel"]:focus' } },
  play: createOne,
};

/** The browser refused the clipboard: the password is selected in a field, with the keys to copy it. */
export const CopyFailed: Story = {
  parameters: { expected: { status: 'shown', shows: ['manual-copy'] } },
  play: ({ canvasElement }) => createAndCopy(canvasElement, 'refused'),
};

/** Copied: the status line says so, and where to paste it. */
export const Copied: Story = {
  parameters: { expected: { status: 'shown', shows: ['password', 'status'], text: /Copied\. Paste it|已复制。请将其粘贴/ } },
  play: ({ canvasElement }) => createAndCopy(canvasElement, 'accepted'),
};

/** The inline confirmation before revoking "Mail on old laptop". */
export const RevokeConfirm: Story = {
  parameters: { expected: { status: 'confirm-revoke', shows: ['confirm'] } },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    el?.shadowRoot?.querySelector<HTMLButtonElement>('#revoke-0')?.click();
  },
};

/** Presses Revoke on the first app password, then Revoke in its confirmation. */
const revokeFirst: Story['play'] = async ({ canvasElement }) => {
  const el = await loaded(canvasElement);
  el?.shadowRoot?.querySelector<HTMLButtonElement>('#revoke-0')?.click();
  await el?.updateComplete;
  el?.shadowRoot?.querySelector<HTMLButtonElement>('#confirm-revoke')?.click();
};

/**
 * The app password whose revocation Adele was confirming was revoked in another tab: when the page
 * reads the list again, the confirmation goes, and the status line says why.
 */
export const RevokedElsewhere: Story = {
  parameters: {
    expected: { status: 'ready', shows: ['status', 'list'], absent: '[part~="confirm"]', text: /was revoked somewhere else|已在别处被撤销/ },
  },
  play: async ({ canvasElement }) => {
    const el = await loaded(canvasElement);
    el?.shadowRoot?.querySelector<HTMLButtonElement>('#revoke-0')?.click();
    await el?.updateComplete;
    const first = (await current!.client.listAppPasswords()).items[0]!;
    await current!.client.revokeAppPassword(first.id);
    await el?.reload();
  },
};

/** Revoking takes a long time: the row says so, and Revoke does nothing more. */
export const Revoking: Story = {
  parameters: { expected: { status: 'revoking', shows: ['confirm'] } },
  args: { faults: [{ kind: 'latency', ms: 600_000, operations: ['revokeAppPassword'] }] },
  play: revokeFirst,
};

/** Revoked: gone from the list, and the status line says which, and what it means for the apps. */
export const Revoked: Story = {
  parameters: { expected: { status: 'ready', shows: ['status'], text: /Revoked “\u2068Mail on old laptop\u2069”|已撤销“\u2068Mail on old laptop\u2069”/ } },
  play: revokeFirst,
};

/** Revoking failed: the confirmation stays, with the message. */
export const RevokeFailed: Story = {
  parameters: { expected: { status: 'confirm-revoke', shows: ['confirm', 'error'] } },
  args: { faults: [{ kind: 'server-error', operations: ['revokeAppPassword'] }] },
  play: revokeFirst,
};

/**
 * No answer came to Revoke (here, the request never reached the server): the alert says the app
 * password may have been revoked, not that it was not; the confirmation stays, to revoke it again.
 */
export const RevokeUnsure: Story = {
  parameters: {
    expected: {
      status: 'confirm-revoke',
      shows: ['confirm', 'error'],
      text: /We could not tell whether the app password was revoked\. We could not reach the server|无法确定应用密码是否已撤销。无法连接到服务器/,
    },
  },
  args: { unreachable: true },
  play: revokeFirst,
};

/** One left before the limit: a notice says so. */
export const NearLimit: Story = { parameters: { expected: { status: 'ready', shows: ['notice'] } }, args: { limit: 3 } };

/** At the limit: the create form is disabled and says why. */
export const AtLimit: Story = { parameters: { expected: { status: 'ready', shows: ['notice'], blocked: 'create-button' } }, args: { limit: 2 } };

/**
 * Another tab created an app password after the page loaded, which reached the limit (3 here):
 * Create is refused (`limit-reached`). The alert says it was not created, the list is read again,
 * and the notice at the limit, which says why, takes the focus; Create is unavailable.
 */
export const LimitReached: Story = {
  parameters: {
    expected: {
      status: 'ready',
      shows: ['error', 'notice'],
      blocked: 'create-button',
      visible: '#limit-notice:focus',
      text: /reached the limit of 3 app passwords|已达到 3 个的上限/,
    },
  },
  args: { limit: 3 },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await canvasElement.querySelector('mfa-provider')?.client?.createAppPassword('Printer');
    await create(canvasElement);
  },
};

/** The policy does not allow app passwords (chen). */
export const NotAllowed: Story = { parameters: { expected: { status: 'not-allowed', shows: ['notice'] } }, args: { user: 'chen' } };

/**
 * An administrator stopped app passwords for Adele after the page loaded: Create is refused (403
 * `policy`). The form goes, and the notice in its place, which says why, takes the focus; her app
 * passwords stay listed, to revoke.
 */
export const PolicyRefused: Story = {
  parameters: {
    expected: {
      status: 'ready',
      shows: ['notice', 'list'],
      visible: '#limit-notice:focus',
      absent: '[part~="create-button"]',
      text: /App passwords are not available for your account|你的账户不能使用应用密码/,
    },
  },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    current!.endpoint.control.setPolicy('adele', { appPasswordsAllowed: false });
    await create(canvasElement);
  },
};

/**
 * As PolicyRefused, with the user gone on to a field of the portal's own while Create was on its
 * way: the focus stays there, and the alert says the creation failed (the notice says why).
 */
export const PolicyRefusedElsewhere: Story = {
  parameters: {
    expected: {
      status: 'ready',
      shows: ['notice', 'list', 'error'],
      absent: '[part~="create-button"]',
      text: /The app password was not created|未能创建应用密码/,
    },
  },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const search = Object.assign(document.createElement('input'), { type: 'search' });
    search.setAttribute('aria-label', 'Search the portal');
    canvasElement.append(search);
    search.focus();
    current!.endpoint.control.setPolicy('adele', { appPasswordsAllowed: false });
    await create(canvasElement);
  },
};

/** The list could not be loaded: a retry is offered. */
export const LoadError: Story = { parameters: { expected: { status: 'error', shows: ['error'] } }, args: { faults: [{ kind: 'server-error', operations: ['listAppPasswords'] }] } };

/** Loading was refused by a rate limit: the wait counts down, Retry is unavailable until it is over, then the list loads by itself. */
export const LoadRateLimited: Story = {
  parameters: { expected: { status: 'error', visible: 'button[aria-disabled="true"][aria-describedby="wait"]', text: /try again in|后重试/ } },
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 90, operations: ['listAppPasswords'] }] },
};

/** Create pressed with no name: the field says one is needed, and nothing is sent. */
export const NameRequired: Story = {
  parameters: { expected: { status: 'ready', visible: '#name[aria-invalid="true"]', text: /Enter a name for the app password|请输入应用密码的名称/ } },
  play: async ({ canvasElement }) => {
    await create(canvasElement, '');
  },
};

/** A name another app password has, whatever the case (`duplicate-name`): said once, at the field, which keeps it. */
export const NameTaken: Story = {
  parameters: { expected: { status: 'ready', visible: '#name[aria-invalid="true"]', text: /That name is already in use|该名称已被使用/ } },
  play: async ({ canvasElement }) => {
    await create(canvasElement, 'mail on OLD laptop');
  },
};

/** Creating failed: the name is kept. */
export const CreateFailed: Story = {
  parameters: { expected: { status: 'ready', shows: ['error'] } },
  args: { faults: [{ kind: 'server-error', operations: ['createAppPassword'] }] },
  play: createOne,
};

/**
 * The list could not be loaded again, then creating failed: each is said in an alert of its own
 * (the load's with its Retry), so a creation tried again is heard alone, the load's failure not again.
 */
export const LoadAndCreateFailed: Story = {
  parameters: { expected: { status: 'error', visible: '#action-error', text: /could not be loaded[\s\S]*was not created|无法加载[\s\S]*未能创建/ } },
  args: {
    faults: [
      { kind: 'server-error', operations: ['listAppPasswords'], after: 1 },
      { kind: 'server-error', operations: ['createAppPassword'] },
    ],
  },
  play: async ({ canvasElement }) => {
    await (await loaded(canvasElement))?.reload();
    await create(canvasElement);
  },
};

/** The answer to Create could not be read (here, malformed): the alert says the password may have been made, and creating it again with the name kept shows it if so. */
export const CreateUnsure: Story = {
  parameters: { expected: { status: 'ready', shows: ['error'] } },
  args: { faults: [{ kind: 'malformed-body', operations: ['createAppPassword'] }] },
  play: createOne,
};

/** Too many requests: Create is disabled with a countdown. */
export const RateLimited: Story = {
  parameters: { expected: { shows: ['error'], blocked: 'create-button' } },
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 90, operations: ['createAppPassword'] }] },
  play: createOne,
};

/** The rate limit's wait is over: the refusal is gone, Create is back, and the status says so. */
export const RateLimitOver: Story = {
  parameters: { expected: { shows: ['status'], text: /You can try again now|现在可以重试了/ } },
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 1, times: 1, operations: ['createAppPassword'] }] },
  play: createOne,
};

/** Offline: the status says so, Create is unavailable, the name is kept, and nothing is sent. */
export const Offline: Story = {
  parameters: { expected: { status: 'ready', blocked: 'create-button', text: /You are offline|你已离线/ } },
  play: createOffline,
};

/** Back online: the status says so once, and Create is usable again with the name as typed. */
export const BackOnline: Story = {
  parameters: {
    expected: { status: 'ready', absent: '[part~="create-button"][aria-disabled="true"]', text: /You are back online|已恢复联网/ },
  },
  play: async (context) => {
    await createOffline(context);
    goOnline();
  },
};

/** The sign-in is too old and no host steps the user up: a retry is offered, the name kept. */
export const ReauthRequired: Story = { parameters: { expected: { shows: ['error'] } }, args: { staleSignIn: true }, play: createOne };

/** The sign-in is too old, and the host is stepping the user up: the status says what to do, and Create stays usable (pressed again, it sends the same request). */
export const ReauthWaiting: Story = {
  parameters: {
    expected: { absent: '[part~="create-button"][aria-disabled="true"]', text: /Confirm your sign-in to finish this change|请重新验证身份以完成此更改/ },
  },
  args: { staleSignIn: true },
  play: (context) => {
    hostStartsStepUp(context.canvasElement);
    return createOne(context);
  },
};

export const SimplifiedChinese: Story = { parameters: { expected: { status: 'ready', script: 'Han' } }, args: { locale: 'zh-CN' } };

/** A right-to-left locale (added by host overrides); the password stays left to right. */
export const RightToLeft: Story = { parameters: { expected: { status: 'shown', shows: ['password'], dir: 'rtl' } }, args: { locale: 'ar' }, play: createOne };

/** Placed without `<mfa-provider>` (and no client of its own): it says what is missing, and sends nothing. */
export const NotConnected: Story = {
  render: () => html`<mfa-app-passwords></mfa-app-passwords>`,
  parameters: { expected: { text: /not connected to a server|未连接到服务器/ } },
};
