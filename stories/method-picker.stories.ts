import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Fault } from '../reference/faults.js';
import '../src/components/method-picker/method-picker.js';
import type { MfaMethodPicker } from '../src/components/method-picker/method-picker.js';
import '../src/components/provider/provider.js';
import type { MethodId } from '../src/core/types.js';
import { type StoryEndpoint, type StoryEndpointOptions, endpointArgTypes, hostStartsStepUp, storyEndpoint } from './support/in-browser-endpoint.js';
import { hostStrings } from './support/host-strings.js';
import { goOffline, goOnline } from './support/network.js';

interface Args extends StoryEndpointOptions {
  /** Unset: the toolbar's locale. */
  locale?: string;
}

/** Waits until the picker has loaded, then chooses a method and presses Save, as a user would. */
async function chooseAndSave(canvas: HTMLElement, method: MethodId): Promise<void> {
  const picker = canvas.querySelector<MfaMethodPicker>('mfa-method-picker');
  if (!picker) return;
  for (let i = 0; i < 100 && picker.status !== 'ready'; i++) await new Promise((r) => setTimeout(r, 50));
  picker.shadowRoot?.querySelector<HTMLInputElement>(`#radio-${method}`)?.click();
  await picker.updateComplete;
  picker.shadowRoot?.querySelector<HTMLButtonElement>('[part~="save-button"]')?.click();
}

const saveOfficePhone: Story['play'] = ({ canvasElement }) => chooseAndSave(canvasElement, 'call-office');

/** The network goes; the user chooses "Call my office phone" and presses Save all the same. */
/** Waits (up to 5 s) for the picker in the canvas to have loaded its settings. */
async function pickerReady(canvas: HTMLElement): Promise<void> {
  const picker = canvas.querySelector<MfaMethodPicker>('mfa-method-picker');
  for (let i = 0; i < 100 && picker && picker.status !== 'ready'; i++) await new Promise((r) => setTimeout(r, 50));
}

const saveOffline: Story['play'] = async ({ canvasElement }) => {
  await pickerReady(canvasElement);
  goOffline();
  await chooseAndSave(canvasElement, 'call-office');
};

/**
 * `<mfa-method-picker>` against the reference endpoint running in the page: the signed-in demo user
 * (`adele` unless a story says otherwise) and the faults switched on decide the state. Stories that
 * show a save's outcome choose "Call my office phone" and press Save when they load.
 */
const meta: Meta<Args> = {
  title: 'Elements/Method picker',
  component: 'mfa-method-picker',
  argTypes: {
    ...endpointArgTypes,
    user: { control: 'select', options: ['adele', 'ben', 'chen', 'dana', 'erik'] },
    locale: { control: 'select', options: ['en', 'zh-CN', 'ar', 'en-XA'] },
  },
  args: { user: 'adele' },
  render: ({ user, faults, staleSignIn, unreachable, staleCsrf, locale }) => {
    const { client } = storyEndpoint({ user, faults, staleSignIn, unreachable, staleCsrf });
    return html`
      <mfa-provider locale=${ifDefined(locale)} .client=${client} .strings=${hostStrings({ save: 'حفظ', loading: 'جارٍ التحميل…' })}>
        <mfa-method-picker></mfa-method-picker>
      </mfa-provider>
    `;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The settings never arrive. */
export const Loading: Story = { parameters: { expected: { status: 'loading' } }, args: { faults: [{ kind: 'latency', ms: 600_000, operations: ['getSettings'] }] } };

/** Phones, an office extension and a code app; text to the mobile is the default. */
export const Ready: Story = { parameters: { expected: { status: 'ready', shows: ['list', 'current'] } } };

/** Saving takes a long time: progress is shown and Save does nothing more. */
export const Saving: Story = {
  parameters: { expected: { status: 'saving' } },
  args: { faults: [{ kind: 'latency', ms: 600_000, operations: ['setDefaultMethod'] }] },
  play: saveOfficePhone,
};

export const Saved: Story = { parameters: { expected: { status: 'saved' } }, play: saveOfficePhone };

/** The settings could not be loaded: a retry is offered. */
export const LoadError: Story = { parameters: { expected: { status: 'error', shows: ['error'] } }, args: { faults: [{ kind: 'server-error', operations: ['getSettings'] }] } };

/** Loading was refused by a rate limit: the wait counts down, Retry is unavailable until it is over, then the settings load by themselves. */
export const LoadRateLimited: Story = {
  parameters: { expected: { status: 'error', visible: 'button[aria-disabled="true"][aria-describedby="wait"]', text: /try again in|后重试/ } },
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 90, operations: ['getSettings'] }] },
};

/**
 * No default (the policy no longer allows the one saved, so the endpoint reports none) and no method
 * chosen: Save says to choose one in the alert, marks the choices and moves the focus to the first,
 * and sends nothing. The seeded users all have a default the policy allows, so this story's client
 * reports none.
 */
export const NoneChosen: Story = {
  parameters: { expected: { status: 'ready', shows: ['error', 'list'], visible: 'input[aria-invalid="true"]', text: /Choose a method first|请先选择一种方式/ } },
  render: ({ locale }) => {
    const { client } = storyEndpoint({ user: 'adele' });
    const noDefault = new Proxy(client, {
      get(target, key) {
        if (key === 'getSettings') return async (...args: Parameters<typeof target.getSettings>) => ({ ...(await target.getSettings(...args)), defaultMethod: null });
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    return html`<mfa-provider locale=${ifDefined(locale)} .client=${noDefault} .strings=${hostStrings()}><mfa-method-picker></mfa-method-picker></mfa-provider>`;
  },
  play: async ({ canvasElement }) => {
    await pickerReady(canvasElement);
    canvasElement.querySelector('mfa-method-picker')?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="save-button"]')?.click();
  },
};

/** Save pressed with the current default still chosen: the status says it already is, and nothing is sent. */
export const Unchanged: Story = {
  parameters: { expected: { status: 'ready', shows: ['status'], text: /already your default|这已经是你的默认登录方式/ } },
  play: ({ canvasElement }) => chooseAndSave(canvasElement, 'text-mobile'),
};

/** Saving failed: the current default stays marked, the choice stays selected. */
export const ServerError: Story = {
  parameters: { expected: { shows: ['error', 'list'] } },
  args: { faults: [{ kind: 'server-error', operations: ['setDefaultMethod'] }] },
  play: saveOfficePhone,
};

/**
 * The endpoint of the `Refused` story and of those that share its render, for their plays (they change
 * what the endpoint holds as another tab or an administrator would).
 */
let refusing: StoryEndpoint | undefined;

/**
 * The office phone was removed in another tab after the picker loaded, and the settings read again
 * after the refusal are slow to come: the office phone's row is marked invalid, and the alert it
 * points to says that the method is no longer set up.
 */
export const Refused: Story = {
  parameters: {
    expected: {
      status: 'error',
      shows: ['error', 'list'],
      visible: '#radio-call-office[aria-invalid="true"][aria-describedby~="save-error"]',
      text: /That method is no longer set up|该方式的设置已被删除/,
    },
  },
  render: ({ locale }) => {
    refusing = storyEndpoint({ user: 'adele' });
    return html`<mfa-provider locale=${ifDefined(locale)} .client=${refusing.client} .strings=${hostStrings()}><mfa-method-picker></mfa-method-picker></mfa-provider>`;
  },
  play: async ({ canvasElement }) => {
    await pickerReady(canvasElement);
    // The office phone is removed elsewhere, unknown to the page…
    await refusing!.client.deletePhone('office');
    // …and the settings the page reads again after the refusal take their time, so the refused row stays.
    refusing!.endpoint.control.setFaults([{ kind: 'latency', ms: 600_000, operations: ['getSettings'] }]);
    await chooseAndSave(canvasElement, 'call-office');
  },
};

/**
 * An administrator took "Call my office phone" out of Adele's policy after the picker loaded, and the
 * settings read again after the refusal are slow to come: the office phone's row is marked invalid,
 * and the alert it points to says that the organization no longer allows the method.
 */
export const PolicyRefused: Story = {
  parameters: {
    expected: {
      status: 'error',
      shows: ['error', 'list'],
      visible: '#radio-call-office[aria-invalid="true"][aria-describedby~="save-error"]',
      text: /Your organization no longer allows that method|你所在组织已不再允许使用该方式/,
    },
  },
  render: Refused.render,
  play: async ({ canvasElement }) => {
    await pickerReady(canvasElement);
    // The policy changes, unknown to the page…
    const allowedMethods: MethodId[] = ['text-mobile', 'call-mobile', 'call-alternate', 'app-notification', 'app-code'];
    refusing!.endpoint.control.setPolicy('adele', { allowedMethods });
    // …and the settings the page reads again after the refusal take their time, so the refused row stays.
    refusing!.endpoint.control.setFaults([{ kind: 'latency', ms: 600_000, operations: ['getSettings'] }]);
    await chooseAndSave(canvasElement, 'call-office');
  },
};

/**
 * The session ended after the picker loaded (a sign-out in another tab, or its expiry): Save is
 * refused (401), and the alert says that nothing changed and to sign in again; the choice stays selected.
 */
export const SessionEnded: Story = {
  parameters: {
    expected: {
      status: 'error',
      shows: ['error', 'list'],
      visible: '#radio-call-office:checked',
      text: /not changed\. Your session has ended\. Sign in again|未更改。你的会话已结束。请重新登录/,
    },
  },
  render: Refused.render,
  play: async ({ canvasElement }) => {
    await pickerReady(canvasElement);
    refusing!.signOut();
    await chooseAndSave(canvasElement, 'call-office');
  },
};

/**
 * The play of a save that gets no answer (the network drops it), the settings read again after it
 * meeting `fault`: the picker loads, then "Call my office phone" is chosen and saved.
 */
function saveUnanswered(fault: Fault): Story['play'] {
  return async ({ canvasElement }) => {
    await pickerReady(canvasElement);
    refusing!.options.unreachable = true;
    refusing!.endpoint.control.setFaults([fault]);
    await chooseAndSave(canvasElement, 'call-office');
  };
}

/**
 * Save's answer never came, and the settings read again to find out whether the method changed have
 * not come yet either: the alert says it cannot tell whether it changed, and no method is marked
 * "Current default" until they come; the choice stays selected.
 */
export const SaveUnsure: Story = {
  parameters: {
    expected: {
      status: 'error',
      shows: ['error', 'list'],
      hides: ['current'],
      visible: '#radio-call-office:checked',
      text: /We could not tell whether your default sign-in method was changed\. We could not reach the server|无法确定你的默认登录方式是否已更改。无法连接到服务器/,
    },
  },
  render: Refused.render,
  play: saveUnanswered({ kind: 'latency', ms: 600_000, operations: ['getSettings'] }),
};

/**
 * Save's answer never came, and the settings read again to find out whether the method changed
 * failed too (the server erred): the load's alert says why and offers Try again; the save's says only
 * that it cannot tell whether the method changed, not why a second time. No method is marked
 * "Current default"; the choice stays selected.
 */
export const SaveUnsureUnreadable: Story = {
  parameters: {
    expected: {
      status: 'error',
      shows: ['error', 'list'],
      hides: ['current'],
      visible: '#radio-call-office:checked',
      // The save's alert ends where the unsure sentence does: no second reason (the save's own, the network).
      text: /Something went wrong on the server[\s\S]*We could not tell whether your default sign-in method was changed\.(?!\s*We could not reach)|服务器出现问题[\s\S]*无法确定你的默认登录方式是否已更改。(?!\s*无法连接)/,
    },
  },
  render: Refused.render,
  play: saveUnanswered({ kind: 'server-error', operations: ['getSettings'] }),
};

/**
 * Save's answer never came (the network dropped the request, or its answer; the page is still
 * online): the picker reads the settings again to find out whether the method changed. They say it
 * did not: the alert says so, and to check the connection; the old default is marked current again,
 * and the choice stays selected, to save again.
 */
export const SaveUnreachable: Story = {
  parameters: {
    expected: {
      status: 'error',
      shows: ['error', 'list'],
      visible: '#radio-call-office:checked',
      text: /Your default sign-in method was not changed\. We could not reach the server|你的默认登录方式未更改。无法连接到服务器/,
    },
  },
  args: { unreachable: true },
  play: saveOfficePhone,
};

/**
 * The page's anti-forgery token is out of date (a sign-in in another tab replaced it): Save is
 * refused (403 `csrf`), and the alert asks to reload the page; the choice stays selected.
 */
export const PageOutOfDate: Story = {
  parameters: {
    expected: {
      status: 'error',
      shows: ['error', 'list'],
      visible: '#radio-call-office:checked',
      text: /This page’s session is out of date\. Reload the page|此页面的会话已过期。请重新加载页面/,
    },
  },
  args: { staleCsrf: true },
  play: saveOfficePhone,
};

/** Too many requests: Save is disabled with a countdown. */
export const RateLimited: Story = {
  parameters: { expected: { shows: ['error'], blocked: 'save-button' } },
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 90, operations: ['setDefaultMethod'] }] },
  play: saveOfficePhone,
};

/** The rate limit's wait is over: the refusal is gone, Save is back, and the status says so. */
export const RateLimitOver: Story = {
  parameters: { expected: { shows: ['status'], text: /You can try again now|现在可以重试了/ } },
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 1, times: 1, operations: ['setDefaultMethod'] }] },
  play: saveOfficePhone,
};

/** Offline: Save is unavailable and says why, the choice stays selected, and nothing is sent. */
export const Offline: Story = {
  parameters: { expected: { status: 'ready', blocked: 'save-button', visible: '#radio-call-office:checked', text: /You are offline|你已离线/ } },
  play: saveOffline,
};

/** Back online: the status says so once, Save is usable again, and the choice is still selected. */
export const BackOnline: Story = {
  parameters: {
    expected: { status: 'ready', visible: '#radio-call-office:checked', absent: '[part~="save-button"][aria-disabled="true"]', text: /You are back online|已恢复联网/ },
  },
  play: async (context) => {
    await saveOffline(context);
    goOnline();
  },
};

/** The sign-in is too old and no host steps the user up: the element asks to confirm and offers a retry. */
export const ReauthRequired: Story = { parameters: { expected: { shows: ['error', 'list'] } }, args: { staleSignIn: true }, play: saveOfficePhone };

/** The sign-in is too old, and the host is stepping the user up: the save waits for it, and the status says what to do. */
export const ReauthWaiting: Story = {
  parameters: { expected: { status: 'ready', text: /Confirm your sign-in to finish saving|请重新验证身份，以完成默认方式的保存/ } },
  args: { staleSignIn: true },
  play: (context) => {
    hostStartsStepUp(context.canvasElement);
    return saveOfficePhone(context);
  },
};

/** Nothing registered yet (ben): set-up actions only. */
export const Empty: Story = { parameters: { expected: { status: 'empty', shows: ['empty'] } }, args: { user: 'ben' } };

/** A policy that allows phones only (erik): no app rows, and the notice suggests no app. */
export const RestrictedPolicy: Story = { parameters: { expected: { status: 'empty', shows: ['empty'] } }, args: { user: 'erik' } };

/** A push app (dana): its name is shown beside the app methods. */
export const PushApp: Story = { parameters: { expected: { status: 'ready', shows: ['list'] } }, args: { user: 'dana' } };

export const SimplifiedChinese: Story = { parameters: { expected: { status: 'ready', script: 'Han' } }, args: { locale: 'zh-CN' } };

/** A right-to-left locale added by host overrides; phone numbers stay left to right. */
export const RightToLeft: Story = { parameters: { expected: { status: 'ready', dir: 'rtl' } }, args: { locale: 'ar' } };

/** Placed without `<mfa-provider>` (and no client of its own): it says what is missing, and sends nothing. */
export const NotConnected: Story = {
  render: () => html`<mfa-method-picker></mfa-method-picker>`,
  parameters: { expected: { text: /not connected to a server|未连接到服务器/ } },
};
