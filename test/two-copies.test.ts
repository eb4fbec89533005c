import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/method-picker/method-picker.js';
import { Localizer, type PlainKey, type StringSource, registerStrings } from '../src/core/localize.js';

/**
 * Another copy of one of the library's modules, as a second bundle on the page has its own (a
 * micro-frontend's, beside the page's): the same file under another URL is another module, with
 * state of its own.
 */
function otherCopy<M>(path: string): Promise<M> {
  return import(/* @vite-ignore */ `${path}?copy=${Math.random()}`) as Promise<M>;
}

describe('two copies of the library on one page', () => {
  it("shows an element's words through another copy's provider: its localizer reads the strings this copy registered", async () => {
    const other = await otherCopy<typeof import('../src/core/localize.js')>('../src/core/localize.ts');
    expect(other.Localizer, 'the test needs another copy').to.not.equal(Localizer);
    const source: StringSource = { name: 'probe', en: { probeWords: 'Words of this copy' }, translations: {} };
    registerStrings(source);
    expect(new other.Localizer('en').term('probeWords' as PlainKey)).to.equal('Words of this copy');
    // And the other way round: what the other copy registered, this one reads.
    other.registerStrings({ name: 'other probe', en: { otherWords: 'Words of the other copy' }, translations: {} });
    expect(new Localizer('en').term('otherWords' as PlainKey)).to.equal('Words of the other copy');
  });

  it("has a provider of another copy, defined after the elements, answer this copy's elements waiting for one", async () => {
    const other = await otherCopy<typeof import('../src/core/context.js')>('../src/core/context.ts');
    const around = await fixture<HTMLDivElement>(html`<div><mfa-method-picker></mfa-method-picker></div>`);
    let asked = 0;
    around.addEventListener('context-request', () => asked++);
    // What the other copy's <mfa-provider> does when it connects around them.
    other.answerWaiting(around);
    expect(asked, 'the waiting picker did not ask again').to.equal(1);
  });
});
