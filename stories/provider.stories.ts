import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/provider/provider.js';
import './support/token-swatches.js';
import { hostStrings } from './support/host-strings.js';

interface Args {
  /** Unset: the toolbar's theme. */
  theme?: 'light' | 'dark' | 'auto';
  /** Unset: the toolbar's locale. */
  locale?: string;
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
    locale: { control: 'select', options: ['en', 'zh-CN', 'ar', 'en-XA'] },
  },
  args: { theme: undefined, locale: undefined },
  render: ({ theme, locale }) => html`
    <mfa-provider theme=${ifDefined(theme)} locale=${ifDefined(locale)} .strings=${hostStrings({ save: 'حفظ' })}>
      <mfa-story-token-swatches></mfa-story-token-swatches>
    </mfa-provider>
  `,
};
export default meta;

type Story = StoryObj<Args>;

export const Light: Story = { parameters: { expected: { element: 'mfa-story-token-swatches', text: /--mfa-color-primary/, scheme: 'light' } } };
export const Dark: Story = { parameters: { expected: { element: 'mfa-story-token-swatches', text: /--mfa-color-primary/, scheme: 'dark' } }, args: { theme: 'dark' } };
export const SimplifiedChinese: Story = { parameters: { expected: { element: 'mfa-story-token-swatches', script: 'Han' } }, args: { locale: 'zh-CN' } };
/** A locale the library has no table for, added by host overrides, written right to left. */
export const RightToLeft: Story = { parameters: { expected: { element: 'mfa-story-token-swatches', script: 'Arabic' } }, args: { locale: 'ar' } };
