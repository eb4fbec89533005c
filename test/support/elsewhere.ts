// The user goes on in the page while an element's answer is on its way.
import { expect, fixture, html } from '@open-wc/testing';
import { typeKeys } from './keys.js';

/**
 * The user goes into a field of the page's own (a portal's search) and types there before an
 * answer lands (`land`) and after. Asserts what they meet: what they typed is all in that field,
 * which kept the focus; not taken by the element as the answer came (into its code field, its
 * "saved" line, its Add, where a space typed next pressed it).
 */
export async function typingElsewhereAs(land: () => Promise<void>): Promise<void> {
  const field = await fixture<HTMLInputElement>(html`<input aria-label="Search the portal" />`);
  field.focus();
  await typeKeys('holi');
  await land();
  await typeKeys('day ');
  expect(document.activeElement, 'the focus stays in the page’s field').to.equal(field);
  expect(field.value, 'what the user typed there').to.equal('holiday ');
}
