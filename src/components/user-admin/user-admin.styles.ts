import { css } from 'lit';

export const userAdminStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_mfa-space-m);
  }
  p {
    margin: 0;
  }
  fieldset {
    gap: var(--mfa-user-admin-gap, var(--_mfa-space-s));
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: var(--_mfa-space-s);
    padding: var(--mfa-user-admin-option-padding, var(--_mfa-space-s) var(--_mfa-space-m));
    background: var(--mfa-user-admin-option-background, var(--_mfa-surface-raised));
    border: 1px solid transparent;
    border-radius: var(--mfa-user-admin-option-radius, var(--_mfa-radius));
  }
  .option:has(input:checked) {
    border-color: var(--mfa-user-admin-selected-border, var(--_mfa-primary));
  }
  .confirm {
    display: flex;
    flex-direction: column;
    gap: var(--_mfa-space-s);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_mfa-space-xs);
  }
  .result {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_mfa-space-s);
    padding: var(--_mfa-space-xs) var(--_mfa-space-m);
    background: var(--mfa-user-admin-option-background, var(--_mfa-surface-raised));
    /* Invisible, but forced colours (Windows high contrast) draw it: they flatten the background that edges the row. */
    border: 1px solid transparent;
    border-radius: var(--mfa-user-admin-option-radius, var(--_mfa-radius));
  }
  .result .failed {
    color: var(--_mfa-danger);
  }
  .result .done {
    color: var(--_mfa-success);
  }
`;
