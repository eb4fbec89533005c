import { css } from 'lit';

export const securityInfoStyles = css`
  :host {
    --_gap: var(--mfa-security-info-gap, var(--_mfa-space-l));
  }
  /*
   * One column that may shrink below its content's widest line (minmax(0, 1fr)): a grid column
   * otherwise grows to fit its widest child, such as a phone editor's country list, and the page
   * scrolls sideways on a narrow screen (WCAG 1.4.10). The children then wrap or shrink instead.
   */
  [part='base'],
  [part='section'],
  [part='register-again'],
  form,
  .methods {
    grid-template-columns: minmax(0, 1fr);
  }
  [part='base'] {
    display: grid;
    gap: var(--_gap);
  }
  h2,
  h3,
  h4 {
    margin: 0 0 var(--_mfa-space-s);
    line-height: 1.25;
  }
  /*
   * A phone's name over its editor, in the Phones section and in the steps to register again (a
   * method's there): the space the editor puts under its own title, which the heading replaces.
   */
  h4 {
    margin-block-end: var(--_mfa-space-m);
  }
  /* Spaced by the grids' gaps, which follow the space tokens, not by their own margins of 1em. */
  p,
  ul {
    margin: 0;
  }
  .default {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mfa-space-s);
    align-items: baseline;
  }
  [part='section'],
  [part='register-again'],
  form {
    display: grid;
    gap: var(--_mfa-space-m);
  }
  [part='section'] {
    padding: var(--_mfa-space-m) var(--_mfa-space-l);
    background: var(--mfa-security-info-section-background, var(--_mfa-surface));
    border: 1px solid var(--mfa-security-info-section-border, var(--_mfa-border));
    border-radius: var(--_mfa-radius);
  }
  /* The methods to set up again are alternatives (at least one), not steps in order: no numbers. */
  .methods {
    display: grid;
    gap: var(--_mfa-space-l);
    list-style: none;
    padding: 0;
  }
  dialog {
    inline-size: min(100% - 2rem, var(--mfa-security-info-dialog-width, 36rem));
  }
  .dialog-head {
    display: flex;
    justify-content: space-between;
    align-items: start;
    gap: var(--_mfa-space-m);
  }
  /* Why Escape or × did not close the dialog, under its heading; no room taken while empty. */
  dialog > p:not(:empty) {
    margin-block-end: var(--_mfa-space-m);
  }
  .dialog-head button {
    font-size: 1.5em;
    line-height: 1;
    text-decoration: none;
  }
  fieldset {
    display: grid;
    gap: var(--_mfa-space-s);
  }
  legend {
    padding: 0;
    margin-block-end: var(--_mfa-space-s);
  }
  .option {
    display: flex;
    align-items: center;
    gap: var(--_mfa-space-s);
    min-block-size: 2.5rem;
    padding-inline: var(--_mfa-space-s);
    border-radius: var(--_mfa-radius);
    background: var(--_mfa-surface-raised);
    /* Invisible, but forced colours (Windows high contrast) draw it: they flatten the background that edges the row. */
    border: 1px solid transparent;
  }
  /* The chosen method, as the method picker's: forced colours draw every border alike, so a ring there. */
  .option:has(input:checked) {
    border-color: var(--_mfa-primary);
  }
  @media (forced-colors: active) {
    .option:has(input:checked) {
      outline: 2px solid Highlight;
    }
  }
  .option input {
    /* Its own size, also beside a label that wraps. */
    flex: none;
    min-block-size: auto;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
  }
  /* None chosen at Next: ringed in the danger colour, but for the focused one, which keeps the focus ring. */
  .option input[aria-invalid='true']:not(:focus-visible) {
    outline: 2px solid var(--_mfa-danger);
    outline-offset: 2px;
  }
`;
