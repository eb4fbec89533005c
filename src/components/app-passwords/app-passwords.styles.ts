import { css } from 'lit';

export const appPasswordsStyles = css`
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--_mfa-space-m);
  }
  p {
    margin: 0;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--mfa-app-passwords-gap, var(--_mfa-space-s));
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_mfa-space-s);
    padding: var(--mfa-app-passwords-row-padding, var(--_mfa-space-s) var(--_mfa-space-m));
    background: var(--mfa-app-passwords-row-background, var(--_mfa-surface-raised));
    /* Invisible, but forced colours (Windows high contrast) draw it: they flatten the background that edges the row. */
    border: 1px solid transparent;
    border-radius: var(--mfa-app-passwords-row-radius, var(--_mfa-radius));
  }
  .row-text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  /* Bold, as the authenticator list's names are; and the fields' labels, as every element's. */
  [part='row-name'],
  label {
    font-weight: 600;
  }
  .confirm {
    flex-basis: 100%;
    display: flex;
    flex-direction: column;
    gap: var(--_mfa-space-s);
  }
  .usage {
    color: var(--_mfa-text-muted);
  }
  fieldset {
    gap: var(--_mfa-space-xs);
  }
  fieldset input {
    max-inline-size: 28rem;
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: var(--_mfa-space-s);
    padding: var(--_mfa-space-m);
    border: 2px solid var(--mfa-app-passwords-panel-border, var(--_mfa-primary));
    border-radius: var(--_mfa-radius);
  }
  .password,
  .manual {
    font-family: var(--mfa-app-passwords-password-font, ui-monospace,SFMono-Regular,Menlo,Consolas,'Liberation Mono',monospace);
  }
  .password {
    display: block;
    font-size: var(--mfa-app-passwords-password-size, 1.375em);
    letter-spacing: 0.05em;
  }
  /* Its groups read left to right, and the password sits at the start of the line, as the words do. */
  [dir='rtl'] .password {
    text-align: right;
  }
  /* The groups are apart by a margin, not a space, and a line breaks only between them (<wbr>):
     selected (a long press on a phone selects the word), they copy as one usable password, without
     spaces or line breaks. */
  .group {
    white-space: nowrap;
  }
  .group ~ .group {
    margin-inline-start: 0.75em;
  }
  .manual {
    max-inline-size: 28rem;
  }
`;
