import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/provider/provider.js';
import './support/token-swatches.js';

interface Args {
  theme: 'light' | 'dark' | 'auto';
  locale: string;
}

/**
 * `<mfa-provider>` configures the elements inside it. These stories show what it shares: the
 * colour scheme and the theme tokens, and the locale (strings and direction).
 */
const meta: Meta<Args> = {
  title: 'Foundation/Provider',
  component: 'mfa-provider',
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    locale: { control: 'select', options: ['en', 'zh-CN', 'ar'] },
  },
  args: { theme: 'light', locale: 'en' },
  render: ({ theme, locale }) => html`
    <mfa-provider theme=${theme} locale=${locale} .strings=${{ ar: { save: 'حفظ' } }}>
      <mfa-story-token-swatches></mfa-story-token-swatches>
    </mfa-provider>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Light: Story = {};
export const Dark: Story = { args: { theme: 'dark' } };
export const SimplifiedChinese: Story = { args: { locale: 'zh-CN' } };
/** A locale the library has no table for, added by host overrides, written right to left. */
export const RightToLeft: Story = { args: { locale: 'ar' } };
