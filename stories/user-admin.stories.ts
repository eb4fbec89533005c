import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/provider/provider.js';
import '../src/components/user-admin/user-admin.js';
import type { AdminUser, MfaUserAdmin } from '../src/components/user-admin/user-admin.js';
import type { Fault } from '../reference/faults.js';
import { errors, jsonResponse } from '../reference/http.js';
import type { AdminAction, AdminActionRequest, AdminActionResult } from '../src/core/types.js';
import { type StoryEndpoint, type StoryEndpointOptions, endpointArgTypes, hostStartsStepUp, storyEndpoint } from './support/in-browser-endpoint.js';
import { hostStrings } from './support/host-strings.js';
import { goOffline, goOnline } from './support/network.js';

interface Args extends StoryEndpointOptions {
  /** Unset: the toolbar's locale. */
  locale?: string;
  users: AdminUser[];
}

/** The endpoint of the story being shown, for plays that change its faults midway. */
let current: StoryEndpoint | undefined;

const SELECTED: AdminUser[] = [
  { id: 'adele', displayName: 'Adele Vance' },
  { id: 'ben', displayName: 'Ben Walters' },
  { id: 'chen', displayName: 'Chen Li' },
];

/** Chooses an action and presses Continue, then (optionally) runs it, as an administrator would. */
async function choose(canvas: HTMLElement, action: AdminAction, run: boolean): Promise<void> {
  const el = canvas.querySelector<MfaUserAdmin>('mfa-user-admin');
  if (!el) return;
  for (let i = 0; i < 100 && !el.shadowRoot?.querySelector(`#action-${action}`); i++) await new Promise((r) => setTimeout(r, 50));
  el.shadowRoot?.querySelector<HTMLInputElement>(`#action-${action}`)?.click();
  await el.updateComplete;
  el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="continue-button"]')?.click();
  await el.updateComplete;
  if (run) el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="run-button"]')?.click();
}

const confirmDelete: Story['play'] = ({ canvasElement }) => choose(canvasElement, 'delete-app-passwords', false);
const runDelete: Story['play'] = ({ canvasElement }) => choose(canvasElement, 'delete-app-passwords', true);

/** The confirmation is up when the network goes; the administrator presses Run all the same. */
const runOffline: Story['play'] = async ({ canvasElement }) => {
  await choose(canvasElement, 'delete-app-passwords', false);
  goOffline();
  const el = canvasElement.querySelector<MfaUserAdmin>('mfa-user-admin');
  await el?.updateComplete;
  el?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="run-button"]')?.click();
};

/**
 * `<mfa-user-admin>` against the reference endpoint running in the page, signed in as the
 * administrator `dana` unless a story says otherwise. The host (here, the story) selects the users.
 */
const meta: Meta<Args> = {
  title: 'Elements/User admin',
  component: 'mfa-user-admin',
  argTypes: {
    ...endpointArgTypes,
    user: { control: 'select', options: ['dana', 'adele'] },
    locale: { control: 'select', options: ['en', 'zh-CN', 'ar', 'en-XA'] },
  },
  args: { user: 'dana', users: SELECTED },
  render: ({ user, faults, staleSignIn, unreachable, staleCsrf, answers, locale, users }) => {
    current = storyEndpoint({ user, faults, staleSignIn, unreachable, staleCsrf, answers });
    return html`
      <mfa-provider locale=${ifDefined(locale)} .client=${current.client} .strings=${hostStrings({ userAdminContinue: 'متابعة', cancel: 'إلغاء' })}>
        <mfa-user-admin .users=${users}></mfa-user-admin>
      </mfa-provider>
    `;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Three users selected: choose an action. */
export const Choose: Story = { parameters: { expected: { status: 'choose', shows: ['users', 'choose-form'] } } };

/** Nobody selected: the actions are disabled with a hint. */
export const NoUsers: Story = { parameters: { expected: { status: 'no-users', shows: ['notice'] } }, args: { users: [] } };

/** Continue pressed before choosing an action: the form says to choose one. */
export const ActionRequired: Story = {
  parameters: { expected: { status: 'choose', visible: '#choose-error', text: /Choose what should happen|请选择要执行的操作/ } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<MfaUserAdmin>('mfa-user-admin');
    for (let i = 0; i < 100 && !el?.shadowRoot?.querySelector('[part~="continue-button"]'); i++) await new Promise((r) => setTimeout(r, 50));
    el?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="continue-button"]')?.click();
  },
};

/** The confirmation names what will happen and to how many users. */
export const Confirm: Story = { parameters: { expected: { status: 'confirm', shows: ['confirm'] } }, play: confirmDelete };

/** The endpoint takes a long time: progress is shown. */
export const Running: Story = {
  parameters: { expected: { status: 'running' } },
  args: { faults: [{ kind: 'latency', ms: 600_000, operations: ['runAdminAction'] }] },
  play: runDelete,
};

/** Every user done. */
export const AllDone: Story = { parameters: { expected: { status: 'done', shows: ['results'] } }, play: runDelete };

/**
 * One user is unknown to the endpoint: listed as failed with the reason. A new try would fail the
 * same way: no retry, only "Choose another action".
 */
export const PartialFailure: Story = {
  parameters: { expected: { status: 'partial', shows: ['results', 'start-over-button'], hides: ['retry-button'] } },
  args: { users: [...SELECTED, { id: 'former-employee', displayName: 'Former Employee' }] },
  play: runDelete,
};

/**
 * Ben is not a user Dana may change (a host whose administrators each look after part of the
 * organization; the reference endpoint lets an administrator change anyone, so this story's
 * endpoint answers so for him): his result says so, and as a new try would fail the same way, no
 * retry, only "Choose another action".
 */
export const UserForbidden: Story = {
  parameters: {
    expected: {
      status: 'partial',
      shows: ['results', 'start-over-button'],
      hides: ['retry-button'],
      text: /Failed: you may not change this user\.|失败：你无权更改此用户。/,
    },
  },
  args: {
    answers: {
      // Ben is not sent to the endpoint, which would act on him: he is refused here, in his place among the results.
      runAdminAction: async (endpoint, request) => {
        const sent = (await request.json()) as AdminActionRequest;
        const answer = (await (await endpoint({ ...sent, userIds: sent.userIds.filter((id) => id !== 'ben') })).json()) as AdminActionResult;
        const refused = { userId: 'ben', status: 'failed', error: { code: 'forbidden', message: 'This administrator may not change this user.' } } as const;
        return jsonResponse(200, { ...answer, results: sent.userIds.map((id) => (id === 'ben' ? refused : answer.results.find((result) => result.userId === id)!)) });
      },
    },
  },
  play: runDelete,
};

/**
 * 101 users, 98 of whom have left: they go in two requests of 100 and 1. The second fails, so the
 * server has not reported on its user (Chen Li), who can be tried again alone; the users who have
 * left cannot.
 */
const PAST_ONE_REQUEST: AdminUser[] = [
  SELECTED[0]!,
  SELECTED[1]!,
  ...Array.from({ length: 98 }, (_, i) => ({ id: `former-${i + 1}`, displayName: `Former Employee ${i + 1}` })),
  SELECTED[2]!,
];
/** The second request of an action fails as a whole (a server error). */
const SECOND_REQUEST_FAILS: Fault[] = [{ kind: 'server-error', after: 1, times: 1, operations: ['runAdminAction'] }];

/** The second request of two failed: its user is listed as not reported on, with a retry for that user alone. */
export const ServerCouldNotFinish: Story = {
  parameters: { expected: { status: 'partial', shows: ['results', 'retry-button'], text: /Try again for the 1 not done|为未完成的 1 位用户重试/ } },
  args: { users: PAST_ONE_REQUEST, faults: SECOND_REQUEST_FAILS },
  play: runDelete,
};

/**
 * The user the server could not finish is being tried again, and the endpoint is slow: the results stay, with the progress;
 * "Choose another action" says it is unavailable, and why.
 */
export const RetryingFailed: Story = {
  parameters: { expected: { status: 'running', shows: ['results'], text: /Working on 1 user|正在处理 1 位用户/ } },
  args: { users: PAST_ONE_REQUEST, faults: SECOND_REQUEST_FAILS },
  play: async (context) => {
    await runDelete(context);
    const el = context.canvasElement.querySelector<MfaUserAdmin>('mfa-user-admin');
    for (let i = 0; i < 100 && el && el.status !== 'partial'; i++) await new Promise((r) => setTimeout(r, 50));
    await el?.updateComplete;
    current?.endpoint.control.setFaults([{ kind: 'latency', ms: 600_000, operations: ['runAdminAction'] }]);
    el?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="retry-button"]')?.click();
  },
};

/** 201 users, in three requests of 100, 100 and 1: the second is slow. */
const THREE_REQUESTS: AdminUser[] = [
  ...PAST_ONE_REQUEST.slice(0, 100),
  ...Array.from({ length: 100 }, (_, i) => ({ id: `former-${i + 101}`, displayName: `Former Employee ${i + 101}` })),
  SELECTED[2]!,
];

/** Runs the action for THREE_REQUESTS, waits for the first request's answer, and presses Stop if `stop`. */
async function runLong(canvas: HTMLElement, stop: boolean): Promise<void> {
  await choose(canvas, 'delete-app-passwords', true);
  const el = canvas.querySelector<MfaUserAdmin>('mfa-user-admin');
  const stopButton = () => el?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="stop-button"]');
  const progress = () => el?.shadowRoot?.querySelector('[part~="progress"]')?.textContent ?? '';
  for (let i = 0; i < 100 && !/\b100\b/.test(progress()); i++) await new Promise((r) => setTimeout(r, 50));
  if (stop) stopButton()?.click();
}

/** A run of more than 100 users: how many are handled so far, with Stop. */
export const LongRun: Story = {
  parameters: { expected: { status: 'running', shows: ['progress', 'stop-button'], text: /100 of 201 users handled so far|已处理 100 位，共 201 位用户/ } },
  args: { users: THREE_REQUESTS, faults: [{ kind: 'latency', ms: 600_000, after: 1, operations: ['runAdminAction'] }] },
  play: ({ canvasElement }) => runLong(canvasElement, false),
};

/** Stop pressed: the request under way is answered, and none is sent after it. */
export const Stopping: Story = {
  parameters: { expected: { status: 'running', shows: ['progress'], blocked: 'stop-button', text: /Stopping after the request under way|当前请求完成后即停止/ } },
  args: { users: THREE_REQUESTS, faults: [{ kind: 'latency', ms: 600_000, after: 1, operations: ['runAdminAction'] }] },
  play: ({ canvasElement }) => runLong(canvasElement, true),
};

/** Stopped: the users handled stand, the one not sent is listed so, to try again. */
export const Stopped: Story = {
  parameters: { expected: { status: 'partial', shows: ['results', 'retry-button'], text: /not sent, as you stopped the action|未发送，因为你停止了此操作/ } },
  args: { users: THREE_REQUESTS, faults: [{ kind: 'latency', ms: 1_000, after: 1, times: 1, operations: ['runAdminAction'] }] },
  play: ({ canvasElement }) => runLong(canvasElement, true),
};

/**
 * 150 users, in two requests of 100 and 50: the first is answered, the second refused by a rate
 * limit. The alert says how many were handled (the host was told of them), and running is disabled
 * with a countdown.
 */
export const StoppedAfter: Story = {
  parameters: {
    expected: { shows: ['error'], blocked: 'run-button', text: /The action stopped after 100 of 150 users were handled|此操作在处理了 150 位用户中的 100 位后停止/ },
  },
  args: { users: THREE_REQUESTS.slice(0, 150), faults: [{ kind: 'rate-limit', retryAfterSeconds: 90, after: 1, operations: ['runAdminAction'] }] },
  play: runDelete,
};

/** The signed-in user (adele) is not an administrator. */
export const NotAdmin: Story = { parameters: { expected: { status: 'not-admin', shows: ['notice'] } }, args: { user: 'adele' } };

/**
 * Dana's administrator rights were taken away after the page loaded: Run is refused (403
 * `not-admin`; the reference endpoint has no control that takes the rights away, so this story's
 * endpoint answers so). The notice that she needs to be an administrator takes the place of the
 * steps, and the focus.
 */
export const NoLongerAdmin: Story = {
  parameters: {
    expected: {
      status: 'not-admin',
      shows: ['notice'],
      visible: '[part="notice"]:focus',
      text: /You need to be an administrator to do this|只有管理员才能执行此操作/,
    },
  },
  args: { answers: { runAdminAction: async () => errors.forbidden('not-admin', 'Only administrators may run this action.').toResponse() } },
  play: runDelete,
};

/**
 * As NoLongerAdmin, with Dana gone on to a field of the portal's own while Run was on its way: the
 * focus stays there, and the alert says the action could not be completed beside the notice that
 * says why.
 */
export const NoLongerAdminElsewhere: Story = {
  parameters: {
    expected: {
      status: 'not-admin',
      shows: ['notice', 'error'],
      text: /The action could not be completed|未能完成此操作/,
    },
  },
  args: NoLongerAdmin.args,
  play: async ({ canvasElement }) => {
    await choose(canvasElement, 'delete-app-passwords', false);
    const search = Object.assign(document.createElement('input'), { type: 'search' });
    search.setAttribute('aria-label', 'Search the portal');
    canvasElement.append(search);
    search.focus();
    canvasElement.querySelector('mfa-user-admin')?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="run-button"]')?.click();
  },
};

/** Reading the settings (the caller's role) failed: the alert says so, with Retry. */
export const LoadError: Story = {
  parameters: { expected: { shows: ['error'], text: /permissions could not be checked|无法/ } },
  args: { faults: [{ kind: 'server-error', operations: ['getSettings'] }] },
};

/** Reading the settings (the caller's role) was refused by a rate limit: the wait counts down, then they load by themselves. */
export const LoadRateLimited: Story = {
  parameters: { expected: { shows: ['error'], text: /try again in|后重试/ } },
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 90, operations: ['getSettings'] }] },
};

/** The request failed as a whole: the confirmation and the choice are kept. */
export const ServerError: Story = {
  parameters: { expected: { status: 'error', shows: ['error', 'confirm'] } },
  args: { faults: [{ kind: 'server-error', operations: ['runAdminAction'] }] },
  play: runDelete,
};

/**
 * Run's answer never came (the network dropped the request; the page is still online): the alert
 * says it cannot tell whether the action was completed, then that the server could not be reached;
 * the confirmation and the choice are kept, to run it again (which does not do it twice).
 */
export const RunUnreachable: Story = {
  parameters: {
    expected: {
      status: 'error',
      shows: ['error', 'confirm'],
      text: /We could not tell whether the action was completed\. We could not reach the server|无法确定此操作是否已完成。无法连接到服务器/,
    },
  },
  args: { unreachable: true },
  play: runDelete,
};

/** Too many requests: running is disabled with a countdown. */
export const RateLimited: Story = {
  parameters: { expected: { shows: ['error'], blocked: 'run-button' } },
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 90, operations: ['runAdminAction'] }] },
  play: runDelete,
};

/** The rate limit's wait is over: the refusal is gone, running is back, and the status says so. */
export const RateLimitOver: Story = {
  parameters: { expected: { shows: ['status'], text: /You can try again now|现在可以重试了/ } },
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 1, times: 1, operations: ['runAdminAction'] }] },
  play: runDelete,
};

/** Offline: the status says so, running is unavailable, the confirmation is kept, and nothing is sent. */
export const Offline: Story = {
  parameters: { expected: { status: 'confirm', shows: ['confirm'], blocked: 'run-button', text: /You are offline|你已离线/ } },
  play: runOffline,
};

/** Back online: the confirmation is still there, and running is usable again. */
export const BackOnline: Story = {
  parameters: { expected: { status: 'confirm', shows: ['confirm'], absent: '[part~="run-button"][aria-disabled="true"]' } },
  play: async (context) => {
    await runOffline(context);
    goOnline();
  },
};

/** The sign-in is too old and no host steps the admin up: a retry is offered. */
export const ReauthRequired: Story = { parameters: { expected: { shows: ['error'] } }, args: { staleSignIn: true }, play: runDelete };

/** The sign-in is too old, and the host is stepping the admin up: the status says what to do, and Run stays usable. */
export const ReauthWaiting: Story = {
  parameters: { expected: { absent: '[part~="run-button"][aria-disabled="true"]', text: /Confirm your sign-in to finish this action|请重新验证身份以完成此操作/ } },
  args: { staleSignIn: true },
  play: (context) => {
    hostStartsStepUp(context.canvasElement);
    return runDelete(context);
  },
};

export const SimplifiedChinese: Story = { parameters: { expected: { status: 'confirm', script: 'Han' } }, args: { locale: 'zh-CN' }, play: confirmDelete };

/** A right-to-left locale (added by host overrides). */
export const RightToLeft: Story = { parameters: { expected: { status: 'choose', dir: 'rtl', script: 'Arabic' } }, args: { locale: 'ar' } };

/** Placed without `<mfa-provider>` (and no client of its own): it says what is missing, and sends nothing. */
export const NotConnected: Story = {
  render: () => html`<mfa-user-admin></mfa-user-admin>`,
  parameters: { expected: { text: /not connected to a server|未连接到服务器/ } },
};
