import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from './support/wait.js';
import jsQR from 'jsqr';
import { Secret, TOTP, URI } from 'otpauth';
import '../src/components/authenticator-enroll/authenticator-enroll.js';
import type { Enrollment } from '../src/core/types.js';
import { en } from '../src/locales/en.js';
import { type Sandbox, newSandbox } from './support/sandbox.js';
import { typeKeys } from './support/keys.js';
import { type El, $, text, button } from './support/enroll.js';

// Checks by libraries that share no code with the element: jsQR reads the QR code the element drew
// (rasterized, as a camera would see it), and otpauth computes the code an app would show.


/** Mounts the element with a client that keeps the start answer, to compare with what is drawn. */
async function mount(s: Sandbox) {
  const answers: Enrollment[] = [];
  const client = await s.clientFor('adele', {
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (init?.method === 'POST' && String(input).endsWith('/authenticators/enrollments')) answers.push(await response.clone().json());
      return response;
    },
  });
  const el = await fixture<El>(html`<mfa-authenticator-enroll lang="en" .client=${client}></mfa-authenticator-enroll>`);
  await waitUntil(() => $(el, '#name'), 'the settings never loaded', { timeout: 5000 });
  return { el, answers };
}

/** Draws the element's SVG on a canvas, 6 pixels per module, and reads it with jsQR. */
async function readQr(el: El): Promise<string | undefined> {
  const svg = await waitUntil(() => el.shadowRoot!.querySelector('svg[part~="qr"]'), 'no QR code', { timeout: 5000 }).then(
    () => el.shadowRoot!.querySelector<SVGSVGElement>('svg[part~="qr"]')!,
  );
  const side = svg.viewBox.baseVal.width * 6;
  const markup = new XMLSerializer().serializeToString(svg);
  const image = new Image(side, side);
  image.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, side, side);
  URL.revokeObjectURL(image.src);
  return jsQR(context.getImageData(0, 0, side, side).data, side, side)?.data;
}

describe('<mfa-authenticator-enroll> read by independent libraries', () => {
  let s: Sandbox;
  beforeEach(async () => {
    s = await newSandbox();
  });

  it('draws a QR code that reads as exactly the otpauth URI, whose code the endpoint accepts', async () => {
    const { el, answers } = await mount(s);
    button(el, en.enrollStart)!.click();
    await waitUntil(() => el.step === 'scan', 'never started', { timeout: 5000 });
    const decoded = await readQr(el);
    const uri = answers[0]!.totp!.otpauthUri;
    expect(decoded).to.equal(uri);
    // A space in the issuer is percent-encoded, and an app reads the issuer back with it.
    expect(uri).to.contain('Contoso%20Portal:');
    const totp = URI.parse(decoded!) as TOTP;
    expect(totp.issuer).to.equal('Contoso Portal');
    expect(totp.label).to.equal('adele.vance@contoso.example');
    // The key shown for typing is the key in the QR code.
    button(el, en.enrollCantScan)!.click();
    await el.updateComplete;
    expect(text($(el, '[part~="key"]')).replace(/ /g, '')).to.equal(totp.secret.base32);
    const added = oneEvent(el, 'mfa-authenticator-added');
    $<HTMLElement>(el, 'mfa-code-input')!.focus();
    await typeKeys(totp.generate());
    await added;
    expect(el.step).to.equal('done');
  });

  it('draws a push activation QR code that reads as exactly the endpoint payload', async () => {
    const { el, answers } = await mount(s);
    $<HTMLInputElement>(el, '#kind-push')!.click();
    await el.updateComplete;
    button(el, en.enrollStart)!.click();
    await waitUntil(() => el.step === 'waiting', 'never started', { timeout: 5000 });
    expect(await readQr(el)).to.equal(answers[0]!.push!.qrPayload);
  });

  it('agrees with otpauth on the Key Uri Format of a URI with non-default parameters', async () => {
    const { buildOtpauthUri, parseOtpauthUri } = await import('../src/components/authenticator-enroll/otpauth.js');
    const secret = new Secret({ size: 20 }).base32;
    const ours = buildOtpauthUri({
      issuer: 'Contoso Portal & Co',
      accountName: 'zoë+mfa@contoso.example',
      secret,
      algorithm: 'SHA512',
      digits: 8,
      period: 60,
    });
    const theirs = URI.parse(ours) as TOTP;
    expect([theirs.issuer, theirs.label, theirs.secret.base32, theirs.algorithm, theirs.digits, theirs.period]).to.deep.equal([
      'Contoso Portal & Co',
      'zoë+mfa@contoso.example',
      secret,
      'SHA512',
      8,
      60,
    ]);
    const built = new TOTP({ issuer: 'Fabrikam HR', label: 'li.chen@fabrikam.example', secret, algorithm: 'SHA256', digits: 7, period: 45 });
    const parsed = parseOtpauthUri(built.toString());
    expect(parsed).to.deep.equal({
      ok: true,
      key: { issuer: 'Fabrikam HR', accountName: 'li.chen@fabrikam.example', secret, algorithm: 'SHA256', digits: 7, period: 45 },
    });
  });
});
