import { css } from 'lit';

/**
 * The design tokens every element reads. A host sets any `--mfa-*` token anywhere above the
 * elements (`:root`, a container, `<mfa-provider>`); unset tokens fall back to the defaults below.
 * Each default is a `light-dark()` pair, so it follows the used `color-scheme`: the page's, or the
 * one `<mfa-provider theme>` sets. All default text/background pairs meet WCAG AA (4.5:1), and the
 * focus ring and borders of controls meet 3:1, in both schemes (`test/theme.test.ts` measures it).
 *
 * Elements read the private `--_mfa-*` copies so a host's token and the default resolve in one place.
 * The host's own font, size and line height, and the focus ring's width, read their tokens where
 * they are drawn, as nothing else reads them: a copy would only repeat them.
 *
 * The sheet styles the host too, as every element of the library is: a block, in the theme's text
 * colour, font and accent colour. A host's own element that takes it and wants another display
 * lists its own `:host` rule after it.
 */
export const themeTokens = css`
  :host {
    --_mfa-text: var(--mfa-color-text, light-dark(#1b1b1f, #ececf1));
    --_mfa-text-muted: var(--mfa-color-text-muted, light-dark(#55565e, #b4b5bd));
    --_mfa-surface: var(--mfa-color-surface, light-dark(#ffffff, #18181b));
    --_mfa-surface-raised: var(--mfa-color-surface-raised, light-dark(#f4f4f6, #232327));
    --_mfa-border: var(--mfa-color-border, light-dark(#8a8b94, #74757e));
    --_mfa-primary: var(--mfa-color-primary, light-dark(#1f5fbf, #8ab4f8));
    --_mfa-on-primary: var(--mfa-color-on-primary, light-dark(#ffffff, #0b1b33));
    --_mfa-danger: var(--mfa-color-danger, light-dark(#b3261e, #ffb4ab));
    --_mfa-success: var(--mfa-color-success, light-dark(#1e6b34, #8fd9a3));
    --_mfa-warning: var(--mfa-color-warning, light-dark(#7a5200, #f2c35b));
    --_mfa-focus: var(--mfa-color-focus, light-dark(#1f5fbf, #8ab4f8));
    --_mfa-font-size-small: var(--mfa-font-size-small, 0.875em);
    --_mfa-space-xs: var(--mfa-space-xs, 0.25rem);
    --_mfa-space-s: var(--mfa-space-s, 0.5rem);
    --_mfa-space-m: var(--mfa-space-m, 1rem);
    --_mfa-space-l: var(--mfa-space-l, 1.5rem);
    --_mfa-radius: var(--mfa-radius, 0.375rem);

    /* Every element is a block: their own styles need not say so. As narrow as a grid or flex
       parent makes it, not as wide as its widest control (the phone editor's list of countries). */
    display: block;
    min-inline-size: 0;
    color: var(--_mfa-text);
    /* Radios and checkboxes in the brand's colour, in every element (the property is inherited). */
    accent-color: var(--_mfa-primary);
    font-family: var(--mfa-font-family, system-ui,sans-serif);
    font-size: var(--mfa-font-size, 1rem);
    line-height: var(--mfa-line-height, 1.5);
    /* A word too long for a narrow screen at a large text size breaks rather than overflows. */
    overflow-wrap: anywhere;
  }

  :host([hidden]) {
    display: none !important;
  }

  :focus-visible {
    outline: var(--mfa-focus-ring-width, 2px) solid var(--_mfa-focus);
    outline-offset: 2px;
  }
`;

/** The documented tokens, for the theme playground's Storybook controls (not exported by the package). */
export const THEME_TOKENS = [
  '--mfa-color-text',
  '--mfa-color-text-muted',
  '--mfa-color-surface',
  '--mfa-color-surface-raised',
  '--mfa-color-border',
  '--mfa-color-primary',
  '--mfa-color-on-primary',
  '--mfa-color-danger',
  '--mfa-color-success',
  '--mfa-color-warning',
  '--mfa-color-focus',
  '--mfa-font-family',
  '--mfa-font-size',
  '--mfa-font-size-small',
  '--mfa-line-height',
  '--mfa-space-xs',
  '--mfa-space-s',
  '--mfa-space-m',
  '--mfa-space-l',
  '--mfa-radius',
  '--mfa-focus-ring-width',
] as const;
