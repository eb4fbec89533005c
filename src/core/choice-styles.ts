import { css } from 'lit';

/**
 * Rows of radio choices whose label is the whole row (method picker, administrator actions).
 * Radios are 24 px (WCAG 2.5.8), and the label beside each is a target too. Forced colours
 * (Windows high contrast) draw every row's border in one colour, where the chosen row's border had a
 * colour of its own: the chosen row gets a ring in the system's colour for a selection.
 */
export const choiceStyles = css`
  input[type='radio'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    /* Not the fields' height: the focus ring is a ring round the radio, not an oval. */
    min-block-size: 0;
    margin: 0;
    flex: none;
  }
  /* Ringed in the danger colour, but for the focused one, which keeps the focus ring. */
  input[type='radio'][aria-invalid='true']:not(:focus-visible) {
    outline: 2px solid var(--_mfa-danger);
    outline-offset: 2px;
  }
  label {
    display: flex;
    flex-direction: column;
    flex: 1;
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  @media (forced-colors: active) {
    :has(> input:checked) {
      outline: 2px solid Highlight;
    }
  }
`;
