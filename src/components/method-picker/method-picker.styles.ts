import { css } from 'lit';

export const methodPickerStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_mfa-space-m);
  }
  form {
    display: contents;
  }
  fieldset {
    gap: var(--mfa-method-picker-gap, var(--_mfa-space-s));
  }
  .row {
    display: flex;
    align-items: center;
    gap: var(--_mfa-space-s);
    padding: var(--mfa-method-picker-row-padding, var(--_mfa-space-s) var(--_mfa-space-m));
    background: var(--mfa-method-picker-row-background, var(--_mfa-surface-raised));
    border: 1px solid transparent;
    border-radius: var(--mfa-method-picker-row-radius, var(--_mfa-radius));
  }
  .row:has(input:checked) {
    border-color: var(--mfa-method-picker-selected-border, var(--_mfa-primary));
  }
  .detail {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mfa-space-xs) var(--_mfa-space-s);
    color: var(--_mfa-text-muted);
    font-size: var(--_mfa-font-size-small);
  }
  .current {
    font-weight: 600;
    color: var(--_mfa-success);
  }
  .setup-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--mfa-method-picker-gap, var(--_mfa-space-s));
  }
  .setup-list .row {
    justify-content: space-between;
    flex-wrap: wrap;
  }
  .setup-list .label {
    display: flex;
    flex-direction: column;
  }
  p {
    margin: 0;
  }
  .notice button {
    margin-block-start: var(--_mfa-space-xs);
  }
`;
