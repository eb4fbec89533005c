import { css } from 'lit';

/**
 * Shared control styles: buttons, fields, messages and notices, built on the theme tokens. Every
 * target is at least 24 px (WCAG 2.5.8; buttons here are 40 px) and every control has a visible
 * focus ring. Forced-colors mode keeps borders on controls. `.ltr`: phone numbers read left to right
 * inside right-to-left text (a field does with `dir="ltr"` alone: its direction, and the isolation
 * every element with `dir` has). A fieldset has no native frame and stacks what it
 * holds; each element sets its gap. An unavailable button is faded, but not while it has the
 * keyboard's focus (it keeps it while its request is sent or a rate limit runs): the fade would fade
 * its focus ring too, to 2.7:1 on the light surface (WCAG 1.4.11 asks 3:1). (Comments live here, not
 * in the CSS: that ships.)
 *
 * A live region (a status line, an alert, an error region marked `.empty`) stays rendered while
 * it says nothing, so that it is in the accessibility tree before its words come and every screen
 * reader says them. Empty, it is out of the flow (`position: absolute`), so it adds no gap to the
 * flex or grid column it is in and leaves no blank space; saying something, it has its place again.
 * Clipped too, so that a page's padding, border or background on its part (`::part(status)`,
 * `::part(error)`) draws no box over what follows it.
 * Not `display: none` nor `visibility: hidden`: either would take it out of the accessibility tree.
 * Its template holds nothing but its words' binding (no space, no line break): a text node would
 * keep it from being empty.
 *
 * Styles only some elements use live in modules of their own (`heading-styles.ts`,
 * `choice-styles.ts`, `dialog-styles.ts`): a bundler keeps every `css` literal of a module it includes, used or not.
 */
export const controlStyles = css`
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
  }
  button,
  input,
  select {
    font: inherit;
    min-block-size: 2.5rem;
    border-radius: var(--_mfa-radius);
    background: var(--_mfa-surface);
  }
  button {
    min-inline-size: 2.5rem;
    padding: 0 var(--_mfa-space-m);
    border: 1px solid var(--_mfa-primary);
    color: var(--_mfa-primary);
    cursor: pointer;
  }
  button[part~=primary] {
    background: var(--_mfa-primary);
    color: var(--_mfa-on-primary);
  }
  button[part~=danger] {
    border-color: var(--_mfa-danger);
    color: var(--_mfa-danger);
  }
  button[part~=link] {
    border-color: transparent;
    background: transparent;
    text-decoration: underline;
    padding-inline: var(--_mfa-space-xs);
  }
  /* Try again after a failed load: as wide as its words, in a flex column too. */
  [data-load-retry] {
    align-self: start;
  }
  button[aria-disabled='true']:not(:focus-visible),
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  input,
  select {
    color: var(--_mfa-text);
    padding: 0 var(--_mfa-space-s);
    border: 1px solid var(--_mfa-border);
    box-sizing: border-box;
  }
  input[aria-invalid='true'] {
    border-color: var(--_mfa-danger);
    border-width: 2px;
  }
  .error {
    color: var(--_mfa-danger);
  }
  .success {
    color: var(--_mfa-success);
  }
  .hint {
    color: var(--_mfa-text-muted);
    font-size: var(--_mfa-font-size-small);
  }
  .notice {
    background: var(--_mfa-surface-raised);
    border-inline-start: 4px solid var(--_mfa-warning);
    border-radius: var(--_mfa-radius);
    padding: var(--_mfa-space-s) var(--_mfa-space-m);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_mfa-space-s);
    align-items: center;
  }
  .ltr {
    direction: ltr;
    unicode-bidi: isolate;
  }
  [role=status]:empty,
  [role=alert]:empty,
  .empty,
  .visually-hidden {
    position: absolute;
    clip-path: inset(50%);
  }
  .visually-hidden {
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    button,
    input,
    select {
      border: 1px solid ButtonText;
    }
  }
`;
