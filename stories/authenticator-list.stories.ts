import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/authenticator-list/authenticator-list.js';
import type { MfaAuthenticatorList } from '../src/components/authenticator-list/authenticator-list.js';
import '../src/components/provider/provider.js';
import { type StoryEndpoint, type StoryEndpointOptions, endpointArgTypes, hostStartsStepUp, storyEndpoint } from './support/in-browser-endpoint.js';
import { hostStrings } from './support/host-strings.js';
import { goOffline, goOnline } from './support/network.js';

interface Args extends StoryEndpointOptions {
  /** Unset: the toolbar's locale. */
  locale?: string;
  /** Extra authenticators added before the story starts (push apps, activated). */
  extra?: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits for the list, then presses Rename or Remove on the first item (or the first whose name
 * matches `name`), as a user would. Buttons are found by what they do, not by their words, so the
 * plays work in every toolbar locale.
 */
async function press(canvas: HTMLElement, action: 'rename' | 'remove', then?: (list: MfaAuthenticatorList) => Promise<void>, name?: RegExp) {
  const list = canvas.querySelector<MfaAuthenticatorList>('mfa-authenticator-list');
  if (!list) return;
  for (let i = 0; i < 100 && !list.shadowRoot?.querySelector('[part~="item"]'); i++) await sleep(50);
  const items = [...(list.shadowRoot?.querySelectorAll('[part~="item"]') ?? [])];
  const item = items.find((li) => !name || name.test(li.querySelector('[part~="name"]')?.textContent ?? ''));
  item?.querySelector<HTMLButtonElement>(`button[data-focus^="${action}-"]`)?.click();
  await list.updateComplete;
  await then?.(list);
}

async function typeName(list: MfaAuthenticatorList, name: string) {
  const input = list.shadowRoot?.querySelector<HTMLInputElement>('#rename-input');
  if (!input) return;
  input.value = name;
  input.dispatchEvent(new Event('input'));
  await list.updateComplete;
  list.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

async function confirmRemove(list: MfaAuthenticatorList) {
  [...(list.shadowRoot?.querySelectorAll<HTMLButtonElement>('dialog button') ?? [])][0]?.click();
}

/**
 * `<mfa-authenticator-list>` against the reference endpoint running in the page. Stories that show
 * a rename or a removal press the buttons when they load.
 */
const meta: Meta<Args> = {
  title: 'Elements/Authenticator list',
  component: 'mfa-authenticator-list',
  argTypes: {
    ...endpointArgTypes,
    user: { control: 'select', options: ['adele', 'ben', 'chen', 'dana', 'erik'] },
    locale: { control: 'select', options: ['en', 'zh-CN', 'ar', 'en-XA'] },
  },
  args: { user: 'adele' },
  // The extra authenticators are set up before the element loads its list.
  loaders: [
    async ({ args }) => {
      const story = storyEndpoint({ user: args.user, staleSignIn: args.staleSignIn });
      for (const name of args.extra ?? []) {
        const enrollment = await story.client.startEnrollment({ kind: 'push', name });
        story.endpoint.control.approvePush(enrollment.enrollmentId);
      }
      if (args.faults) story.endpoint.control.setFaults(args.faults);
      Object.assign(story.options, { unreachable: args.unreachable, staleCsrf: args.staleCsrf });
      return { story };
    },
  ],
  render: ({ locale }, { loaded }) => html`
    <mfa-provider locale=${ifDefined(locale)} .client=${(loaded.story as StoryEndpoint).client} .strings=${hostStrings()}>
      <mfa-authenticator-list></mfa-authenticator-list>
    </mfa-provider>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** The list never arrives. */
export const Loading: Story = { parameters: { expected: { hides: ['list', 'empty'], visible: '.hint[role="status"]' } }, args: { faults: [{ kind: 'latency', ms: 600_000, operations: ['listAuthenticators'] }] } };

/** A code app and a push app. */
export const List: Story = { parameters: { expected: { shows: ['list', 'item'] } }, args: { extra: ['Old Android phone'] } };

/** Nothing set up yet. */
export const Empty: Story = { parameters: { expected: { shows: ['empty'] } }, args: { user: 'ben' } };

/** The list cannot be loaded. */
export const LoadError: Story = { parameters: { expected: { hides: ['list'], visible: '[role="alert"]' } }, args: { faults: [{ kind: 'server-error', operations: ['listAuthenticators'] }] } };

/** Loading was refused by a rate limit: the wait counts down, Retry is unavailable until it is over, then the list loads by itself. */
export const LoadRateLimited: Story = {
  parameters: { expected: { hides: ['list'], visible: 'button[aria-disabled="true"][aria-describedby="wait"]', text: /try again in|后重试/ } },
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 90, operations: ['listAuthenticators'] }] },
};

/** Renaming in place. */
export const Renaming: Story = { parameters: { expected: { shows: ['rename-form'] } }, play: ({ canvasElement }) => press(canvasElement, 'rename') };

/** The new name is taken: the field says so and keeps what was typed. */
export const DuplicateName: Story = {
  parameters: { expected: { shows: ['rename-form'], visible: '[aria-invalid="true"]' } },
  args: { extra: ['Old Android phone'] },
  play: ({ canvasElement }) => press(canvasElement, 'rename', (list) => typeName(list, 'work phone'), /^Old/),
};

/** Renaming when the network goes: the user types a new name and presses Save all the same. */
const renameOffline = (canvas: HTMLElement) =>
  press(canvas, 'rename', async (list) => {
    goOffline();
    await typeName(list, 'Tablet');
  });

/** Offline while renaming: Save is unavailable and says why, the new name is kept, and nothing is sent. */
export const Offline: Story = {
  parameters: {
    expected: { shows: ['rename-form'], visible: 'button[type="submit"][aria-disabled="true"][aria-describedby~="rename-blocked"]', text: /You are offline|你已离线/ },
  },
  play: ({ canvasElement }) => renameOffline(canvasElement),
};

/** Back online: the rename form is still there with the new name, and Save is usable again. */
export const BackOnline: Story = {
  parameters: { expected: { shows: ['rename-form'], visible: 'button[type="submit"][aria-disabled="false"]', absent: '#blocked' } },
  play: async ({ canvasElement }) => {
    await renameOffline(canvasElement);
    goOnline();
  },
};

/** Save pressed with the name cleared: the field says a name is needed, and nothing is sent. */
export const NameRequired: Story = {
  parameters: { expected: { shows: ['rename-form'], visible: '#rename-input[aria-invalid="true"]', text: /Enter a name\.|请输入名称/ } },
  play: ({ canvasElement }) => press(canvasElement, 'rename', (list) => typeName(list, '')),
};

/** Save pressed with a name of more than 64 characters: the field says so and keeps it, and nothing is sent. */
export const NameTooLong: Story = {
  parameters: { expected: { shows: ['rename-form'], visible: '#rename-input[aria-invalid="true"]', text: /Use 64 characters or fewer|名称不能超过 64 个字符/ } },
  play: ({ canvasElement }) => press(canvasElement, 'rename', (list) => typeName(list, `Work phone ${'x'.repeat(60)}`)),
};

/**
 * Saving the new name takes a long time: Save says so, and does nothing more; the status line says so
 * too, which Cancel and the other rows' Rename give as why they are unavailable.
 */
export const RenameSaving: Story = {
  parameters: { expected: { shows: ['rename-form'], visible: 'button[type="submit"][aria-disabled="true"]', text: /Saving…|正在保存…/ } },
  args: { faults: [{ kind: 'latency', ms: 600_000, operations: ['renameAuthenticator'] }] },
  play: ({ canvasElement }) => press(canvasElement, 'rename', (list) => typeName(list, 'Tablet')),
};

/** Renaming was refused by a rate limit: Save is unavailable, and the form counts down the wait. */
export const RenameRateLimited: Story = {
  parameters: {
    expected: { shows: ['rename-form'], visible: 'button[type="submit"][aria-disabled="true"][aria-describedby~="rename-wait"]', text: /try again in|后重试/ },
  },
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 90, operations: ['renameAuthenticator'] }] },
  play: ({ canvasElement }) => press(canvasElement, 'rename', (list) => typeName(list, 'Tablet')),
};

/** The rename's rate limit is over: the refusal is gone, Save is back, and the status says so. */
export const RenameRateLimitOver: Story = {
  parameters: { expected: { shows: ['rename-form', 'status'], text: /You can try again now|现在可以重试了/ } },
  args: { faults: [{ kind: 'rate-limit', retryAfterSeconds: 1, times: 1, operations: ['renameAuthenticator'] }] },
  play: ({ canvasElement }) => press(canvasElement, 'rename', (list) => typeName(list, 'Tablet')),
};

/** Renaming failed on the server: the form stays, says why under the name, which is not marked wrong, and Save can be pressed again. */
export const RenameFailed: Story = {
  parameters: {
    expected: {
      shows: ['rename-form', 'field-error'],
      visible: 'button[type="submit"][aria-disabled="false"]',
      absent: '#rename-input[aria-invalid="true"]',
      text: /Something went wrong on the server|服务器出现问题/,
    },
  },
  args: { faults: [{ kind: 'server-error', operations: ['renameAuthenticator'] }] },
  play: ({ canvasElement }) => press(canvasElement, 'rename', (list) => typeName(list, 'Tablet')),
};

/** Renamed: the list shows the new name, and the status line says it. */
export const Renamed: Story = {
  parameters: { expected: { shows: ['status', 'list'] } },
  play: ({ canvasElement }) => press(canvasElement, 'rename', (list) => typeName(list, 'Tablet')),
};

/**
 * Renamed after the app was removed elsewhere (another tab, an administrator): the endpoint answers
 * 404, the list is read again without it, and the status line says why its row went.
 */
export const RenamedAfterRemovedElsewhere: Story = {
  parameters: { expected: { shows: ['status', 'empty'], text: /was removed somewhere else|已在别处被删除/ } },
  play: ({ canvasElement, loaded }) =>
    press(canvasElement, 'rename', async (list) => {
      await (loaded.story as StoryEndpoint).client.deleteAuthenticator('auth_adele_phone');
      await typeName(list, 'Tablet');
    }),
};

/** The sign-in is too old and no host steps the user up: the form says to confirm the sign-in, and keeps the new name. */
export const ReauthRequired: Story = {
  parameters: { expected: { shows: ['rename-form'], text: /try again and confirm when asked|请重试，并在系统要求时重新验证身份/ } },
  args: { staleSignIn: true },
  play: ({ canvasElement }) => press(canvasElement, 'rename', (list) => typeName(list, 'Tablet')),
};

/** The sign-in is too old, and the host is stepping the user up: the form says so, the name kept, and Save stays usable. */
export const ReauthWaiting: Story = {
  parameters: {
    expected: { shows: ['rename-form'], absent: 'button[type="submit"][aria-disabled="true"]', text: /Waiting for you to confirm your sign-in|正在等待你重新验证身份/ },
  },
  args: { staleSignIn: true },
  play: ({ canvasElement }) => {
    hostStartsStepUp(canvasElement);
    return press(canvasElement, 'rename', (list) => typeName(list, 'Tablet'));
  },
};

/** Removed: the app is gone from the list, and the status line says which. */
export const Removed: Story = {
  parameters: { expected: { shows: ['status'] } },
  args: { extra: ['Old Android phone'] },
  play: ({ canvasElement }) => press(canvasElement, 'remove', confirmRemove, /^Old/),
};

/**
 * Removing takes a long time: the dialog stays, Remove says so, and does nothing more; Keep it is
 * unavailable until the answer is in (it must be shown).
 */
export const Removing: Story = {
  parameters: {
    expected: { shows: ['dialog'], visible: 'dialog button[part~=danger][aria-disabled="true"]', absent: 'dialog button:not([aria-disabled="true"])', text: /Removing…|正在删除…/ },
  },
  args: { extra: ['Old Android phone'], faults: [{ kind: 'latency', ms: 600_000, operations: ['deleteAuthenticator'] }] },
  play: ({ canvasElement }) => press(canvasElement, 'remove', confirmRemove, /^Old/),
};

/** Removing failed: the dialog says so, and Remove can be pressed again. */
export const RemoveFailed: Story = {
  parameters: { expected: { shows: ['dialog'], visible: 'dialog button[part~=danger][aria-disabled="false"]', text: /went wrong on the server|服务器出现问题/ } },
  args: { extra: ['Old Android phone'], faults: [{ kind: 'server-error', operations: ['deleteAuthenticator'] }] },
  play: ({ canvasElement }) => press(canvasElement, 'remove', confirmRemove, /^Old/),
};

/** Removing was refused by a rate limit: the dialog stays, its alert counts the wait down, and Remove is unavailable until it is over. */
export const RemoveRateLimited: Story = {
  parameters: {
    expected: { shows: ['dialog', 'error'], visible: 'dialog button[part~=danger][aria-disabled="true"][aria-describedby~="remove-wait"]', text: /try again in|后重试/ },
  },
  args: { extra: ['Old Android phone'], faults: [{ kind: 'rate-limit', retryAfterSeconds: 90, operations: ['deleteAuthenticator'] }] },
  play: ({ canvasElement }) => press(canvasElement, 'remove', confirmRemove, /^Old/),
};

/**
 * Remove's answer never came (the network dropped the request; the page is still online): the
 * dialog stays, its alert says the server could not be reached, and Remove can be pressed again.
 */
export const RemoveUnreachable: Story = {
  parameters: {
    expected: {
      shows: ['dialog', 'error'],
      visible: 'dialog button[part~=danger][aria-disabled="false"]',
      text: /We could not reach the server\. Check your connection|无法连接到服务器。请检查网络连接/,
    },
  },
  args: { extra: ['Old Android phone'], unreachable: true },
  play: ({ canvasElement }) => press(canvasElement, 'remove', confirmRemove, /^Old/),
};

/** The confirmation, explaining why removing matters. */
export const RemoveConfirm: Story = { parameters: { expected: { shows: ['dialog'] } }, play: ({ canvasElement }) => press(canvasElement, 'remove') };

/** The endpoint refuses: the default sign-in method needs this app. */
export const RemoveRefused: Story = {
  parameters: { expected: { shows: ['dialog'], visible: 'dialog .error' } },
  args: { user: 'dana' },
  play: ({ canvasElement }) => press(canvasElement, 'remove', confirmRemove),
};

export const SimplifiedChinese: Story = { parameters: { expected: { shows: ['list'], script: 'Han' } }, args: { locale: 'zh-CN', extra: ['旧手机'] } };

/** The remove confirmation in Simplified Chinese (the plays press buttons whatever their words). */
export const SimplifiedChineseRemoveConfirm: Story = {
  parameters: { expected: { shows: ['dialog'], script: 'Han' } },
  args: { locale: 'zh-CN' },
  play: ({ canvasElement }) => press(canvasElement, 'remove'),
};

/** A right-to-left locale added by the host (English strings, Arabic layout). */
export const RightToLeft: Story = { parameters: { expected: { shows: ['list'], dir: 'rtl' } }, args: { locale: 'ar' } };

/** Placed without `<mfa-provider>` (and no client of its own): it says what is missing, and sends nothing. */
export const NotConnected: Story = {
  render: () => html`<mfa-authenticator-list></mfa-authenticator-list>`,
  parameters: { expected: { text: /not connected to a server|未连接到服务器/ } },
};
