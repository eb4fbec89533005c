import { css } from 'lit';

/**
 * Headings of a section or a fieldset: legends and the `.subheading` focused from code after a step
 * (so a screen reader reads it), without a focus ring for a mouse: browsers draw none where
 * `:focus-visible` does not match, and the theme's ring is drawn only where it does.
 */
export const headingStyles = css`
  legend,
  .subheading {
    font-weight: 600;
    padding: 0;
    margin: 0 0 var(--_mfa-space-xs);
  }
`;
