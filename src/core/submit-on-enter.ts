import { composing } from './composing.js';

/**
 * Enter in a text field of a form-associated element submits its form, as in a native form: the
 * element's inputs are in its shadow root, outside the form. Not while an input method composes
 * (its Enter commits the text; Safari says so by key code 229 alone), not from a list or a button,
 * as natively, and not from a field kept out of the form by a `form` attribute naming none (the
 * phone editor's country search, which only helps choose from the list).
 */
export function submitOnEnter(event: KeyboardEvent, form: HTMLFormElement | null): void {
  const input = event.target as Element;
  if (event.key === 'Enter' && !composing(event) && input.localName === 'input' && !input.hasAttribute('form') && form) {
    event.preventDefault();
    form.requestSubmit();
  }
}
