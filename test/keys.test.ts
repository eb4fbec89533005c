import { expect, fixture, html } from '@open-wc/testing';
import { pressShiftTab, typeKeys } from './support/keys.js';

// The keyboard helpers the suite types with: every browser must receive exactly what a person types.
describe('keyboard helpers (test support)', () => {
  it('types repeated characters and spaces in full and in order, in every browser', async () => {
    const input = await fixture<HTMLInputElement>(html`<input />`);
    input.focus();
    const keys: string[] = [];
    input.addEventListener('keydown', (e) => keys.push(e.key));
    // One WebDriver chord would lose the second of each pair in WebKit ("Neds", "01").
    await typeKeys('Needs  0011 +44');
    expect(input.value).to.equal('Needs  0011 +44');
    expect(keys.join('')).to.equal('Needs  0011 +44');
  });

  it('moves focus backwards with Shift+Tab', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><input id="first" /><input id="second" /></div>`);
    wrapper.querySelector<HTMLInputElement>('#second')!.focus();
    await pressShiftTab();
    expect(document.activeElement?.id).to.equal('first');
    expect(wrapper.querySelector<HTMLInputElement>('#second')!.value).to.equal('');
  });
});
