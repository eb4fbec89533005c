/**
 * The set-up panels of `<mfa-authenticator-enroll>` as template functions: the QR code, the manual
 * key and the push activation details. They render what they are given and keep no state.
 */
import { type TemplateResult, html, nothing } from 'lit';
import type { Localizer } from '../../core/localize.js';
import { type OtpauthKey, groupKey } from './otpauth.js';
import { type QrMatrix, qrPathData, qrViewSize } from './qr.js';

/** A QR code being drawn, drawn, or that could not be drawn. */
export type QrDrawing = QrMatrix | 'drawing' | 'failed';

/**
 * The QR code as an SVG image: dark modules on white whatever the theme (scanners need the
 * contrast), a quiet zone included. `role="img"` with a label, so it is one image with a text
 * alternative to assistive technology, not a group of shapes. `failed`: the note in its place when it
 * cannot be drawn.
 */
export function renderQr(drawing: QrDrawing, label: string, failed: string): TemplateResult {
  if (drawing === 'failed') return html`<p part="qr" class="notice">${failed}</p>`;
  if (drawing === 'drawing') return html`<div part="qr" class="qr" role="img" aria-label=${label} aria-busy="true"></div>`;
  const side = qrViewSize(drawing);
  return html`<svg part="qr" class="qr" role="img" aria-label=${label} viewBox="0 0 ${side} ${side}"
    shape-rendering="crispEdges">
    <rect width=${side} height=${side} fill="#fff"></rect>
    <path d=${qrPathData(drawing)} fill="#000"></path>
  </svg>`;
}

/**
 * `text` (an e-mail address, a URL) with a line-break opportunity after each `@`, `.` and `/`, so
 * that a long one wraps between its parts rather than in the middle of a word; a part too long for
 * the line still breaks anywhere (the theme's `overflow-wrap`). `<wbr>` adds nothing to what is
 * copied, found or read aloud.
 */
const breakable = (text: string) => text.match(/[^@./]*[@./]?/g)!.map((part) => html`${part}<wbr>`);

export type CopyStatus = 'idle' | 'copied' | 'blocked';

/** What the manual key shows and does: the part of the steps' view model it reads. */
export interface ManualKeyOptions {
  t: Localizer;
  /** The disclosure is open. */
  manualOpen: boolean;
  copy: CopyStatus;
  on: { toggleManual: () => void; copy: () => void };
}

/**
 * "Can't scan?": a disclosure button (`aria-expanded`) that shows the key in groups of four with a
 * copy button, and the account and issuer the app will show. The key exists in the DOM only while
 * the disclosure is open. `qrFailed`: there is no QR code to scan, so no disclosure: the key shows.
 */
export function renderManualKey(key: OtpauthKey, options: ManualKeyOptions, qrFailed: boolean): TemplateResult {
  const { t, on } = options;
  const open = qrFailed || options.manualOpen;
  const seconds = t.duration(key.period);
  return html`
    <div class="manual">
      ${
        qrFailed
          ? nothing
          : html`<button type="button" part="link manual-toggle" aria-expanded=${open}
              aria-controls="manual-key" @click=${on.toggleManual}>${t.term('enrollCantScan')}</button>`
      }
      <div id="manual-key" part="manual-key" class="manual-key" ?hidden=${!open}>
        ${
          open
            ? html`
              <p>${t.term('enrollManualIntro')}</p>
              <dl>
                <dt>${t.term('enrollAccountLabel')}</dt><dd dir="ltr">${breakable(key.accountName)}</dd>
                <dt>${t.term('enrollIssuerLabel')}</dt><dd>${key.issuer}</dd>
                <dt>${t.term('enrollKeyLabel')}</dt>
                <dd><code part="key" class="key" dir="ltr">${groupKey(key.secret)}</code></dd>
                <dt>${t.term('enrollKeyTypeLabel')}</dt>
                <dd>${t.format('enrollKeyType', key.algorithm, t.number(key.digits), seconds)}</dd>
              </dl>
              <div class="actions">
                <button type="button" part="button copy-button" @click=${on.copy}>${t.term('enrollCopyKey')}</button>
              </div>
              ${
                options.copy === 'blocked'
                  ? html`
                    <label for="key-to-copy">${t.term('enrollKeyLabel')}</label>
                    <input id="key-to-copy" class="key" dir="ltr" readonly .value=${key.secret}
                      autocomplete="off" spellcheck="false" aria-describedby="copy-blocked" />
                    <p id="copy-blocked" class="hint">${t.term('enrollCopyBlocked')}</p>`
                  : nothing
              }`
            : nothing
        }
      </div>
    </div>
  `;
}

export interface PushDetails {
  activationCode: string;
  activationUrl: string;
}

/**
 * The activation code and URL as text, beside the QR code, for a user who cannot scan. `qrFailed`:
 * no QR code, and the note in its place already says to enter them.
 */
export function renderPushDetails(push: PushDetails, t: Localizer, qrFailed: boolean): TemplateResult {
  return html`
    <div part="manual-key" class="manual-key">
      ${qrFailed ? nothing : html`<p>${t.term('enrollPushManual')}</p>`}
      <dl>
        <dt>${t.term('enrollActivationCode')}</dt>
        <dd><code part="key" class="key" dir="ltr">${groupKey(push.activationCode, 3)}</code></dd>
        <dt>${t.term('enrollActivationUrl')}</dt>
        <dd dir="ltr">${breakable(push.activationUrl)}</dd>
      </dl>
    </div>
  `;
}
