import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { type TemplateResult, html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import '../src/components/method-picker/method-picker.js';
import '../src/components/provider/provider.js';
import '../src/components/security-info/security-info.js';
import { THEME_TOKENS } from '../src/core/theme.js';
import { hostStrings } from './support/host-strings.js';
import { storyEndpoint } from './support/in-browser-endpoint.js';

type Token = (typeof THEME_TOKENS)[number];

/** One control per token: empty means "the library's default". */
type Args = { [token in Token]?: string } & { theme?: 'light' | 'dark' };

interface CssProperty {
  name: string;
  description?: string;
  default?: string;
}
interface Declaration {
  tagName?: string;
  cssProperties?: CssProperty[];
}

/** Each token's description and default, as `<mfa-provider>` documents them. */
const documented = new Map(
  (manifest.modules as { declarations?: Declaration[] }[])
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.tagName === 'mfa-provider')
    .flatMap((d) => d.cssProperties ?? [])
    .map((p) => [p.name, p] as const),
);

const tokenControls: Partial<ArgTypes<Args>> = Object.fromEntries(
  THEME_TOKENS.map((token) => {
    const doc = documented.get(token);
    return [
      token,
      {
        control: token.startsWith('--mfa-color-') ? 'color' : 'text',
        description: doc?.description,
        table: {
          category: token.startsWith('--mfa-color-') ? 'Colour tokens' : 'Type, space and shape tokens',
          defaultValue: { summary: doc?.default ?? '' },
        },
      },
    ];
  }),
);

/** The tokens that have a value, as inline custom properties on the provider. */
function tokenStyles(args: Args): Record<string, string> {
  return Object.fromEntries(THEME_TOKENS.flatMap((token) => (args[token] ? [[token, args[token] as string]] : [])));
}

/** A realistic composite: the whole security info page and, beside it, the method picker alone. */
function portal(args: Args, brand = ''): TemplateResult {
  const { client } = storyEndpoint({ user: 'adele' });
  return html`
    <mfa-provider class=${brand} theme=${ifDefined(args.theme)} .client=${client} .strings=${hostStrings()} style=${styleMap(tokenStyles(args))}>
      <div class="portal">
        <mfa-security-info></mfa-security-info>
        <mfa-method-picker></mfa-method-picker>
      </div>
    </mfa-provider>
  `;
}

const layout = html`<style>
  .portal {
    display: grid;
    gap: 2rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    align-items: start;
  }
</style>`;

/**
 * Every `--mfa-*` token as a control, applied to real elements (against the reference endpoint in
 * the page). Switch light and dark with the toolbar's theme, or this story's `theme` control.
 * Tokens can be set on any ancestor (`:root`, a container, `<mfa-provider>`); a value may be a
 * `light-dark(light, dark)` pair so one theme serves both schemes.
 *
 * The two company brands below are built only from tokens and `::part()` rules: no element was
 * changed for them. See each element's docs page for its parts and CSS properties.
 */
const meta: Meta<Args> = {
  title: 'Foundation/Theme playground',
  argTypes: {
    ...tokenControls,
    theme: { control: 'inline-radio', options: ['light', 'dark'], description: "Unset: the toolbar's theme." },
  },
  render: (args) => html`${layout}${portal(args)}`,
  parameters: { layout: 'fullscreen', expected: { element: 'mfa-security-info', shows: ['default-method', 'section'] } },
};
export default meta;

type Story = StoryObj<Args>;

/** The library's defaults: change any control to see it applied. */
export const Playground: Story = {};

/** The same, in the dark scheme. */
export const PlaygroundDark: Story = {
  globals: { theme: 'dark' },
  parameters: { expected: { element: 'mfa-security-info', shows: ['default-method'], scheme: 'dark' } },
};

/** A tight, square, green brand: tokens for colour and shape, parts for the headings and buttons. */
const northwindTokens: Args = {
  '--mfa-color-primary': 'light-dark(#1b5e20, #81c784)',
  '--mfa-color-on-primary': 'light-dark(#ffffff, #0c1f0d)',
  '--mfa-color-focus': 'light-dark(#1b5e20, #81c784)',
  '--mfa-color-surface-raised': 'light-dark(#eef4ee, #1c261d)',
  '--mfa-color-border': 'light-dark(#5f7a61, #7f9a81)',
  '--mfa-font-family': "'Segoe UI', 'Helvetica Neue', Arial, sans-serif",
  '--mfa-radius': '0',
  '--mfa-space-m': '0.75rem',
  '--mfa-focus-ring-width': '3px',
};

const northwindParts = html`<style>
  .northwind mfa-security-info::part(section-title) {
    text-transform: uppercase;
    letter-spacing: 0.08em;
    font-size: 0.875rem;
    border-block-end: 2px solid currentColor;
  }
  .northwind mfa-security-info::part(primary),
  .northwind mfa-security-info::part(method-picker-primary),
  .northwind mfa-security-info::part(phone-editor-primary),
  .northwind mfa-security-info::part(authenticator-list-primary),
  .northwind mfa-security-info::part(authenticator-enroll-primary),
  .northwind mfa-security-info::part(app-passwords-primary),
  .northwind mfa-method-picker::part(primary) {
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .northwind mfa-method-picker::part(row) {
    border-block-end: 1px solid light-dark(#c8d6c9, #34433a);
  }
</style>`;

export const Northwind: Story = {
  args: northwindTokens,
  render: (args) => html`${layout}${northwindParts}${portal(args, 'northwind')}`,
};

/** A soft, rounded, purple brand: larger radius and spacing, cards and pill buttons from parts. */
const fabrikamTokens: Args = {
  '--mfa-color-primary': 'light-dark(#6a1b9a, #d7a6e4)',
  '--mfa-color-on-primary': 'light-dark(#ffffff, #2a0a36)',
  '--mfa-color-focus': 'light-dark(#6a1b9a, #d7a6e4)',
  '--mfa-color-surface-raised': 'light-dark(#f6f0f9, #261d2b)',
  '--mfa-color-text-muted': 'light-dark(#5c5363, #bdb3c4)',
  '--mfa-font-family': "Georgia, 'Times New Roman', serif",
  '--mfa-radius': '1rem',
  '--mfa-space-m': '1.25rem',
  '--mfa-space-l': '2rem',
};

const fabrikamParts = html`<style>
  .fabrikam mfa-security-info::part(section) {
    background: var(--mfa-color-surface-raised);
    border-radius: 1.25rem;
    padding: 1rem 1.25rem;
  }
  .fabrikam mfa-security-info::part(button),
  .fabrikam mfa-security-info::part(method-picker-button),
  .fabrikam mfa-security-info::part(phone-editor-button),
  .fabrikam mfa-security-info::part(authenticator-list-button),
  .fabrikam mfa-security-info::part(authenticator-enroll-button),
  .fabrikam mfa-security-info::part(app-passwords-button),
  .fabrikam mfa-method-picker::part(button) {
    border-radius: 999px;
    padding-inline: 1.5rem;
  }
  .fabrikam mfa-method-picker::part(list) {
    border: none;
    background: var(--mfa-color-surface-raised);
    border-radius: 1.25rem;
  }
</style>`;

export const Fabrikam: Story = {
  args: fabrikamTokens,
  render: (args) => html`${layout}${fabrikamParts}${portal(args, 'fabrikam')}`,
};

/** Fabrikam in the dark scheme: the same tokens, since each colour is a `light-dark()` pair. */
export const FabrikamDark: Story = {
  ...Fabrikam,
  globals: { theme: 'dark' },
  parameters: { expected: { element: 'mfa-security-info', shows: ['default-method'], scheme: 'dark' } },
};
