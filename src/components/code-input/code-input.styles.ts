import { css } from 'lit';

export const codeInputStyles = css`
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--_mfa-space-xs);
  }
  [part='label'] {
    font-weight: 600;
  }
  [part='input'] {
    font-size: var(--mfa-code-input-font-size, 1.25em);
    letter-spacing: var(--mfa-code-input-letter-spacing, 0.25em);
    font-variant-numeric: tabular-nums;
    max-inline-size: 100%;
    min-block-size: max(2.75rem, 2.2em);
    /* Codes read left to right in every locale; the field keeps to the start of the line. */
    text-align: start;
    align-self: flex-start;
  }
`;
