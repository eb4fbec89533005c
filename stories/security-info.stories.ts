import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/provider/provider.js';
import '../src/components/security-info/security-info.js';
import type { MfaSecurityInfo } from '../src/components/security-info/security-info.js';
import { type StoryEndpointOptions, storyEndpoint } from './support/in-browser-endpoint.js';

interface Args extends StoryEndpointOptions {
  locale: string;
  theme: 'light' | 'dark';
}

/**
 * `<mfa-security-info>`: the whole portal page in one element, against the reference endpoint
 * running in the page. The signed-in demo user decides what it shows.
 */
const meta: Meta<Args> = {
  title: 'Elements/Security info',
  component: 'mfa-security-info',
  argTypes: {
    user: { control: 'select', options: ['adele', 'ben', 'chen', 'dana', 'erik'] },
    locale: { control: 'select', options: ['en', 'zh-CN', 'ar'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  args: { user: 'adele', locale: 'en', theme: 'light' },
  render: ({ user, faults, staleSignIn, locale, theme }) => {
    const { client } = storyEndpoint({ user, faults, staleSignIn });
    return html`
      <mfa-provider locale=${locale} theme=${theme} .client=${client} .strings=${{ ar: { securityInfoTitle: 'معلومات الأمان' } }}>
        <mfa-security-info>
          <p slot="help">Lost your phone? Call the service desk on extension 4357.</p>
        </mfa-security-info>
      </mfa-provider>
    `;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** Phones, an office extension, a code app and app passwords. */
export const Registered: Story = {};

/** Nothing registered yet: the method picker's empty state guides to set-up. */
export const NewUser: Story = { args: { user: 'ben' } };

/** An administrator required contact methods again: the page leads through registering first. */
export const MustRegisterAgain: Story = { args: { user: 'chen' } };

/** The policy allows phones only: no authenticator apps and no app passwords. */
export const PhonesOnlyPolicy: Story = { args: { user: 'erik' } };

/** The "Add sign-in method" dialog, open on its first step. */
export const AddDialog: Story = {
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<MfaSecurityInfo>('mfa-security-info');
    for (let i = 0; i < 100 && !el?.shadowRoot?.querySelector('[part~="add-button"]'); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    el?.add();
  },
};

/** The settings cannot be loaded. */
export const LoadError: Story = { args: { faults: [{ kind: 'server-error', operations: ['getSettings'] }] } };

export const Dark: Story = { args: { theme: 'dark' } };
export const SimplifiedChinese: Story = { args: { locale: 'zh-CN' } };
export const RightToLeft: Story = { args: { locale: 'ar' } };
