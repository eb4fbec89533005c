import { css } from 'lit';

/**
 * The styles of `<mfa-authenticator-enroll>`. The step's error part, with the alert inside it, stays
 * rendered while it has nothing to say: a live region must be in the accessibility tree before its
 * words come, for every screen reader to say them. It takes no room then, and shows nothing: the step
 * marks it `.empty` as it renders it (`renderErrorRegion`), out of the flow and clipped (`controlStyles`),
 * so that a page's style on the part draws no empty box over the form. While a rate limit counts
 * down, the part holds the countdown seen and the alert's refusal, visually hidden: a page's style
 * frames the countdown. The button to the phone's app (drawn as a link) is as tall as every button,
 * 2.5rem, which stays above the 24 px of WCAG 2.5.8 for any `--mfa-font-size` a page sets (the test
 * checks it at 13px). (Comments live here, not in the CSS: that ships.)
 */
export const authenticatorEnrollStyles = css`
  .base,
  .form,
  .field,
  .manual,
  .manual-key {
    display: flex;
    flex-direction: column;
  }
  .base,
  .form {
    gap: var(--mfa-authenticator-enroll-gap, var(--_mfa-space-m));
  }
  p,
  dl,
  dd {
    margin: 0;
  }
  .kind {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_mfa-space-s);
    align-items: center;
  }
  .kind input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    min-block-size: 0;
    margin: 0;
  }
  .kind .hint {
    grid-column: 2;
  }
  .field {
    gap: var(--_mfa-space-xs);
  }
  .field input {
    max-inline-size: 24rem;
  }
  label {
    font-weight: 600;
  }
  .qr {
    display: block;
    /* Square, and whole on screen: within the width there is, and the height of a small or zoomed
       window (a camera needs the whole code). */
    inline-size: min(var(--mfa-authenticator-enroll-qr-size, 12rem), 100%, 100dvh - 4rem);
    aspect-ratio: 1;
    box-sizing: border-box;
    /* The code stays dark on white in dark themes and forced colours: scanners need it. */
    forced-color-adjust: none;
    border: 1px solid var(--_mfa-border);
  }
  div.qr {
    background: var(--_mfa-surface-raised);
  }
  fieldset,
  .manual,
  .manual-key {
    gap: var(--_mfa-space-s);
  }
  .manual {
    align-items: flex-start;
  }
  [part~=open-app] {
    align-self: flex-start;
  }
  .manual-key[hidden] {
    display: none;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: var(--_mfa-space-xs) var(--_mfa-space-m);
  }
  dt {
    color: var(--_mfa-text-muted);
  }
  /* A value read left to right (the account, a URL) still sits beside its label. */
  [dir='rtl'] dd {
    text-align: right;
  }
  .key {
    font-family: var(--mfa-authenticator-enroll-key-font, ui-monospace,SFMono-Regular,Menlo,Consolas,'Liberation Mono',monospace);
    font-size: 1.125em;
    letter-spacing: 0.05em;
    word-spacing: 0.25em;
  }
  input.key {
    inline-size: 100%;
    max-inline-size: 32rem;
  }
`;
