import { css } from 'lit';

export const authenticatorListStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_mfa-space-s);
  }
  p {
    margin: 0;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--mfa-authenticator-list-gap, var(--_mfa-space-s));
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_mfa-space-s);
    padding: var(--mfa-authenticator-list-item-padding, var(--_mfa-space-s) var(--_mfa-space-m));
    background: var(--mfa-authenticator-list-item-background, var(--_mfa-surface-raised));
    /* Invisible, but forced colours (Windows high contrast) draw it: they flatten the background that edges the row. */
    border: 1px solid transparent;
    border-radius: var(--_mfa-radius);
  }
  .info {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  /* The names, and the rename field's label, as every element's labels. */
  .name,
  label {
    font-weight: 600;
  }
  .rename {
    display: flex;
    flex-direction: column;
    gap: var(--_mfa-space-xs);
    inline-size: 100%;
  }
  .rename input {
    max-inline-size: 24rem;
  }
  dialog {
    /* 100% is the window less its scroll bar (100vw is not). */
    max-inline-size: min(32rem, 100% - 2rem);
  }
  dialog > * + * {
    margin-block-start: var(--_mfa-space-m);
  }
  .title {
    font-size: 1.25em;
    margin: 0;
  }
`;
