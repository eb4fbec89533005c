/**
 * Enter in a text field of a form-associated element submits its form, as in a native form: the
 * element's inputs are in its shadow root, outside the form. Not while an input method composes
 * (its Enter commits the text; Safari says so by key code 229 alone), and not from a list or a
 * button, as natively.
 */
export function submitOnEnter(event: KeyboardEvent, form: HTMLFormElement | null): void {
  const composing = event.isComposing || event.keyCode === 229;
  if (event.key === 'Enter' && !composing && (event.target as Element).localName === 'input' && form) {
    event.preventDefault();
    form.requestSubmit();
  }
}
