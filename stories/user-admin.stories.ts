import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/provider/provider.js';
import '../src/components/user-admin/user-admin.js';
import type { AdminUser, MfaUserAdmin } from '../src/components/user-admin/user-admin.js';
import type { AdminAction } from '../src/core/types.js';
import { type StoryEndpointOptions, storyEndpoint } from './support/in-browser-endpoint.js';

interface Args extends StoryEndpointOptions {
  locale: string;
  users: AdminUser[];
}

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

/**
 * `<mfa-user-admin>` against the reference endpoint running in the page, signed in as the
 * administrator `dana` unless a story says otherwise. The host (here, the story) selects the users.
 */
const meta: Meta<Args> = {
  title: 'Elements/User admin',
  component: 'mfa-user-admin',
  argTypes: {
    user: { control: 'select', options: ['dana', 'adele'] },
    locale: { control: 'select', options: ['en', 'zh-CN', 'ar'] },
  },
  args: { user: 'dana', locale: 'en', users: SELECTED },
  render: ({ user, faults, staleSignIn, locale, users }) => {
    const { client } = storyEndpoint({ user, faults, staleSignIn });
    return html`
      <mfa-provider locale=${locale} .client=${client} .strings=${{ ar: { userAdminContinue: 'متابعة', cancel: 'إلغاء' } }}>
        <mfa-user-admin .users=${users}></mfa-user-admin>
      </mfa-provider>
    `;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Three users selected: choose an action. */
export const Choose: Story = {};

/** Nobody selected: the actions are disabled with a hint. */
export const NoUsers: Story = { args: { users: [] } };

/** The confirmation names what will happen and to how many users. */
export const Confirm: Story = { play: confirmDelete };

/** The endpoint takes a long time: progress is shown. */
export const Running: Story = {
  args: { faults: [{ kind: 'latency', ms: 600_000, operations: ['runAdminAction'] }] },
  play: runDelete,
};

/** Every user done. */
export const AllDone: Story = { play: runDelete };

/** One user is unknown to the endpoint: listed as failed with the reason, with a retry for it alone. */
export const PartialFailure: Story = {
  args: { users: [...SELECTED, { id: 'former-employee', displayName: 'Former Employee' }] },
  play: runDelete,
};

/** The signed-in user (adele) is not an administrator. */
export const NotAdmin: Story = { args: { user: 'adele' } };

/** The request failed as a whole: the confirmation and the choice are kept. */
export const ServerError: Story = {
  args: { faults: [{ kind: 'server-error', operations: ['runAdminAction'] }] },
  play: runDelete,
};

/** Too many attempts: running is disabled with a countdown. */
export const RateLimited: Story = {
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 90, operations: ['runAdminAction'] }] },
  play: runDelete,
};

/** The sign-in is too old and no host steps the admin up: a retry is offered. */
export const ReauthRequired: Story = { args: { staleSignIn: true }, play: runDelete };

export const SimplifiedChinese: Story = { args: { locale: 'zh-CN' }, play: confirmDelete };

/** A right-to-left locale (added by host overrides). */
export const RightToLeft: Story = { args: { locale: 'ar' } };
