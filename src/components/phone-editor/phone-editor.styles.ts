import { css } from 'lit';

export const phoneEditorStyles = css`
  [part='base'],
  form {
    display: flex;
    flex-direction: column;
    gap: var(--mfa-phone-editor-gap, var(--_mfa-space-m));
  }
  [part~='heading'],
  .field label {
    font-weight: 600;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: var(--_mfa-space-xs);
    align-items: flex-start;
  }
  [part='number'] {
    inline-size: var(--mfa-phone-editor-number-width, 16rem);
  }
  .field > * {
    max-inline-size: 100%;
  }
  /* Ten digits, the longest extension, with room for a reader's wider letter spacing (WCAG 1.4.12). */
  [part='extension'] {
    inline-size: 15ch;
  }
  fieldset {
    gap: var(--_mfa-space-xs);
  }
  .radio {
    display: flex;
    align-items: center;
    gap: var(--_mfa-space-s);
    min-block-size: 1.5rem;
  }
  .radio input {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    min-block-size: 0;
    margin: 0;
  }
  p {
    margin: 0;
  }
  .countdown {
    font-variant-numeric: tabular-nums;
  }
`;
