import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult, html as litHtml } from 'lit';
import { customElement } from 'lit/decorators.js';
import '../src/components/code-input/code-input.js';
import '../src/components/provider/provider.js';
import type { MfaProvider } from '../src/components/provider/provider.js';
import { themeTokens } from '../src/core/theme.js';

/** An element with the shared tokens and nothing else: the test reads what they resolve to. */
@customElement('mfa-test-swatch')
class MfaTestSwatch extends LitElement {
  static override styles = themeTokens;

  /** The colour a private token resolves to, as the browser computes it. */
  resolve(token: string): [number, number, number] {
    const probe = document.createElement('span');
    probe.style.color = `var(${token})`;
    this.shadowRoot?.append(probe);
    const rgb = getComputedStyle(probe).color.match(/[\d.]+/g)?.map(Number) ?? [];
    probe.remove();
    return [rgb[0], rgb[1], rgb[2]];
  }

  protected override render(): TemplateResult {
    return litHtml`<input type="radio" aria-label="A choice" />`;
  }
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: [number, number, number], b: [number, number, number]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT = 4.5; // WCAG 1.4.3, normal text
const UI = 3; // WCAG 1.4.11, focus rings and control borders
const pairs: [string, string, number][] = [
  ['--_mfa-text', '--_mfa-surface', TEXT],
  ['--_mfa-text', '--_mfa-surface-raised', TEXT],
  ['--_mfa-text-muted', '--_mfa-surface', TEXT],
  ['--_mfa-text-muted', '--_mfa-surface-raised', TEXT],
  ['--_mfa-primary', '--_mfa-surface', TEXT],
  ['--_mfa-primary', '--_mfa-surface-raised', TEXT],
  ['--_mfa-on-primary', '--_mfa-primary', TEXT],
  ['--_mfa-danger', '--_mfa-surface', TEXT],
  ['--_mfa-danger', '--_mfa-surface-raised', TEXT],
  ['--_mfa-success', '--_mfa-surface', TEXT],
  ['--_mfa-success', '--_mfa-surface-raised', TEXT],
  ['--_mfa-warning', '--_mfa-surface', TEXT],
  ['--_mfa-warning', '--_mfa-surface-raised', TEXT],
  ['--_mfa-focus', '--_mfa-surface', UI],
  ['--_mfa-focus', '--_mfa-surface-raised', UI],
  ['--_mfa-border', '--_mfa-surface', UI],
  ['--_mfa-border', '--_mfa-surface-raised', UI],
];

describe('theme tokens', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`meet WCAG AA contrast in the ${theme} scheme`, async () => {
      const provider = await fixture<MfaProvider>(html`
        <mfa-provider theme=${theme}><mfa-test-swatch></mfa-test-swatch></mfa-provider>
      `);
      const swatch = provider.querySelector('mfa-test-swatch') as MfaTestSwatch;
      for (const [fg, bg, min] of pairs) {
        const ratio = contrast(swatch.resolve(fg), swatch.resolve(bg));
        expect(ratio, `${fg} on ${bg} (${theme}): ${ratio.toFixed(2)}`).to.be.at.least(min);
      }
    });
  }

  it('switches every colour between light and dark', async () => {
    const provider = await fixture<MfaProvider>(html`
      <mfa-provider theme="light"><mfa-test-swatch></mfa-test-swatch></mfa-provider>
    `);
    const swatch = provider.querySelector('mfa-test-swatch') as MfaTestSwatch;
    const tokens = [...new Set(pairs.flatMap(([fg, bg]) => [fg, bg] as const))];
    const light = tokens.map((t) => swatch.resolve(t).join());
    provider.theme = 'dark';
    await provider.updateComplete;
    const dark = tokens.map((t) => swatch.resolve(t).join());
    for (const [i, t] of tokens.entries()) expect(dark[i], t).not.to.equal(light[i]);
  });

  it('takes a host token from anywhere above, in either scheme', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="--mfa-color-primary: rgb(10, 20, 30)">
        <mfa-provider theme="dark"><mfa-test-swatch></mfa-test-swatch></mfa-provider>
      </div>
    `);
    const swatch = wrapper.querySelector('mfa-test-swatch') as MfaTestSwatch;
    expect(swatch.resolve('--_mfa-primary')).to.deep.equal([10, 20, 30]);
    // Every element's radios and checkboxes take it, not the browser's own blue.
    const radio = swatch.shadowRoot!.querySelector('input')!;
    expect(getComputedStyle(radio).accentColor).to.equal('rgb(10, 20, 30)');
  });

  it('sizes small text (hints, notes) from --mfa-font-size, unless --mfa-font-size-small is set', async () => {
    const small = async (style: string) => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}><mfa-test-swatch></mfa-test-swatch></div>`);
      const swatch = wrapper.querySelector('mfa-test-swatch') as MfaTestSwatch;
      const probe = document.createElement('span');
      probe.style.fontSize = 'var(--_mfa-font-size-small)';
      swatch.shadowRoot!.append(probe);
      return getComputedStyle(probe).fontSize;
    };
    expect(await small('font-size: 16px')).to.equal('14px');
    expect(await small('--mfa-font-size: 20px')).to.equal('17.5px');
    // Relative to the page's text, it is still 0.875 times the element's own text.
    expect(await small('font-size: 16px; --mfa-font-size: 1.25em')).to.equal('17.5px');
    expect(await small('--mfa-font-size: 20px; --mfa-font-size-small: 13px')).to.equal('13px');
  });

  it('names no font made for one Chinese script: the browser picks the font for the language of the words', async () => {
    // A font for Simplified Chinese in the stack drew Japanese (and Traditional Chinese) in its shapes,
    // ahead of the font the browser has for the element's `lang`.
    const swatch = await fixture<MfaTestSwatch>(html`<mfa-test-swatch lang="ja"></mfa-test-swatch>`);
    const family = getComputedStyle(swatch).fontFamily;
    expect(family).to.match(/^system-ui,.*sans-serif$/);
    expect(family).not.to.match(/PingFang|YaHei|JhengHei|Hiragino|Yu Gothic|Meiryo|\b(SC|TC|JP|HK)\b/);
  });

  it('takes a per-element property from anywhere above, as a nested element can only get it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="--mfa-code-input-font-size: 31px">
        <mfa-provider><mfa-code-input></mfa-code-input></mfa-provider>
      </div>
    `);
    const input = wrapper.querySelector('mfa-code-input')?.shadowRoot?.querySelector('input') as HTMLInputElement;
    expect(getComputedStyle(input).fontSize).to.equal('31px');
  });
});
