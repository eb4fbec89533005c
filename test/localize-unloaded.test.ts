import { expect } from '@open-wc/testing';
import { Localizer } from '../src/core/localize.js';
import { unreachable } from './support/unreachable.js';

// A Chinese page whose Chinese strings cannot be loaded (a dropped connection): the words are
// English, and so is everything around them, dates, durations and lists, and the language screen
// readers are told, so that no sentence mixes the two (`Added 2024年3月5日`, read in a Chinese
// voice). This file's page loads no Chinese table before: each test file has a page of its own.
describe('Localizer, a translation that cannot be loaded', () => {
  after(() => unreachable(false));

  it('speaks English throughout, the language it is read in included, when the Chinese strings are not here', async () => {
    unreachable('zh-Hans/core');
    const l = new Localizer('zh-CN');
    const warned: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      await l.ready();
    } finally {
      console.warn = warn;
    }
    expect(String(warned[0]?.[0])).to.contain('zh-Hans strings of core could not be loaded');
    expect(l.term('retry')).to.equal('Try again');
    expect(l.lang).to.equal('en');
    expect(l.date('2024-03-05T12:00:00Z')).to.equal('Mar 5, 2024');
    expect(l.format('retryIn', l.duration(45))).to.equal('You can try again in 45 seconds.');
    expect(l.list(['A', 'B', 'C'], 'conjunction').replace(/[\u2068\u2069]/g, '')).to.equal('A, B, and C');
    // A host's few words for the locale do not make the rest Chinese.
    const withWords = new Localizer('zh-CN', { 'zh-CN': { save: '应用' } });
    expect([withWords.lang, withWords.date('2024-03-05T12:00:00Z')]).to.deep.equal(['en', 'Mar 5, 2024']);
  });
});
