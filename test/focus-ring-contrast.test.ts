import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/authenticator-enroll/authenticator-enroll.js';
import '../src/components/provider/provider.js';
import type { MfaAuthenticatorEnroll } from '../src/components/authenticator-enroll/authenticator-enroll.js';
import { newSandbox } from './support/sandbox.js';
import { typeKeys } from './support/keys.js';

type Rgb = [number, number, number];

const rgb = (colour: string): Rgb => {
  const [r, g, b] = colour.match(/[\d.]+/g)!.map(Number);
  return [r, g, b];
};

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The opacity an element is painted with: its own times every ancestor's, across shadow roots. */
function paintedOpacity(element: Element): number {
  let opacity = 1;
  for (let e: Element | null = element; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null)) {
    opacity *= Number(getComputedStyle(e).opacity);
  }
  return opacity;
}

/** The deepest focused element, across shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * WCAG 1.4.11 (and 2.4.7): a button that stays focused while unavailable (`aria-disabled`, so that
 * focus is not lost from under a keyboard user while a request is sent or a rate limit runs) is
 * drawn faded; its focus ring, drawn with it, must still stand out 3:1 from the surface around it.
 */
describe('focus ring on an unavailable button', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`meets 3:1 against the surface in the ${theme} scheme`, async () => {
      const s = await newSandbox();
      const client = await s.clientFor('adele');
      // The start is held back: the button stays unavailable, and focused, meanwhile.
      await s.controlCall('PUT', '/faults', { faults: [{ kind: 'latency', ms: 10_000, times: 1, operations: ['startEnrollment'] }] });
      const provider = await fixture(html`
        <mfa-provider theme=${theme} locale="en" .client=${client}>
          <mfa-authenticator-enroll></mfa-authenticator-enroll>
        </mfa-provider>
      `);
      const el = provider.querySelector<MfaAuthenticatorEnroll>('mfa-authenticator-enroll')!;
      await waitUntil(() => el.shadowRoot!.querySelector('#name'), 'the settings never loaded', { timeout: 5000 });
      const name = el.shadowRoot!.querySelector<HTMLInputElement>('#name')!;
      name.focus();
      name.select();
      await typeKeys('Tablet');
      await sendKeys({ press: 'Tab' });
      const start = deepActive() as HTMLButtonElement;
      expect(start.getAttribute('part')).to.include('primary');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => start.getAttribute('aria-disabled') === 'true', 'the set-up was never started');
      expect(deepActive(), 'focus stays on the button while the set-up starts').to.equal(start);
      expect(start.matches(':focus-visible')).to.equal(true);

      const style = getComputedStyle(start);
      const ring = rgb(style.outlineColor);
      const probe = document.createElement('span');
      probe.style.color = 'var(--_mfa-surface)';
      el.shadowRoot!.append(probe);
      const background = rgb(getComputedStyle(probe).color);
      probe.remove();
      const alpha = paintedOpacity(start);
      const seen = ring.map((c, i) => c * alpha + background[i] * (1 - alpha)) as Rgb;
      const ratio = contrast(seen, background);
      expect(ratio, `ring ${style.outlineColor} at opacity ${alpha} on ${background}: ${ratio.toFixed(2)}:1`).to.be.at.least(3);
      // Without the focus, it still looks unavailable.
      start.blur();
      expect(paintedOpacity(start)).to.be.below(1);
    });
  }
});
