import { css } from 'lit';

/**
 * A modal dialog's frame and backdrop (the authenticator list's remove confirmation, the security
 * page's dialog that adds a method). Each element sets the dialog's size.
 */
export const dialogStyles = css`
  dialog {
    color: var(--_mfa-text);
    background: var(--_mfa-surface);
    border: 1px solid var(--_mfa-border);
    border-radius: var(--_mfa-radius);
    padding: var(--_mfa-space-l);
    /* Its size and the window's room (2rem) include its padding and border. 100% is the window
       less its scroll bars (100dvh is not). */
    box-sizing: border-box;
    max-block-size: calc(100% - 2rem);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
`;
