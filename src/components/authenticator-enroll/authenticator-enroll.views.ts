/**
 * The set-up panels of `<mfa-authenticator-enroll>` as template functions: the QR code, the manual
 * key and the push activation details. They render what they are given and keep no state.
 */
import { type TemplateResult, html, nothing } from 'lit';
import { copyShortcut } from '../../core/copy-shortcut.js';
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

/** A value the set-up offers to copy: a code app's key, a push app's activation code or URL. */
export type CopyValue = 'Key' | 'Code' | 'Url';

/**
 * The value last copied (`what`), or, `blocked`, the one selected in a field to copy by hand where
 * the clipboard was refused. One state for every copy button, so what it says is about the value
 * whose button was pressed. Unset: nothing copied since the panel showed.
 */
export interface CopyState {
  what: CopyValue;
  blocked?: boolean;
  /** Copied again, every other press of the same button: the words are marked to be said again (see `sayAgain`). */
  again?: boolean;
}

/** The key of the label that names a value to copy, beside it and on the field to copy it from by hand. */
type CopyLabel = 'enrollKeyLabel' | 'enrollActivationCode' | 'enrollActivationUrl';

/** What the copy buttons show and do: the part of the steps' view model they read. */
export interface CopyOptions {
  t: Localizer;
  copy: CopyState | undefined;
  on: { copy: (what: CopyValue, value: string) => void };
}

/** What the manual key shows and does: the part of the steps' view model it reads. */
export interface ManualKeyOptions extends CopyOptions {
  /** The disclosure is open. */
  manualOpen: boolean;
  on: CopyOptions['on'] & { toggleManual: () => void };
}

/**
 * A copy button for each value, named by what it copies ("Copy code", "Copy URL"), and where the
 * clipboard refused one, that value selected in a field, labelled as the value is (`label`), to copy
 * by hand. Each value is copied as it is, without the spaces that group it for reading.
 */
function renderCopy({ t, copy, on }: CopyOptions, values: [what: CopyValue, label: CopyLabel, value: string][]): TemplateResult {
  return html`
    <div class="actions">
      ${values.map(
        ([what, , value]) =>
          html`<button part="button copy-button" type="button" @click=${() => on.copy(what, value)}>${t.term(`enrollCopy${what}`)}</button>`,
      )}
    </div>
    ${values.map(([what, label, value]) =>
      copy?.blocked && copy.what === what
        ? html`
          <label part="label" for="key-to-copy">${t.term(label)}</label>
          <input id="key-to-copy" class="key" dir="ltr" readonly .value=${value}
            autocomplete="off" spellcheck="false" aria-describedby="copy-blocked" />
          <p id="copy-blocked" class="hint">${t.format('enrollCopyBlocked', copyShortcut())}</p>`
        : nothing,
    )}`;
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
          : html`<button part="link manual-toggle" type="button" aria-expanded=${open}
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
              ${renderCopy(options, [['Key', 'enrollKeyLabel', key.secret]])}`
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
 * The activation code and URL as text, beside the QR code, for a user who cannot scan, each with a
 * copy button. `qrFailed`: no QR code, and the note in its place already says to enter them.
 */
export function renderPushDetails(push: PushDetails, options: CopyOptions, qrFailed: boolean): TemplateResult {
  const { t } = options;
  return html`
    <div part="manual-key" class="manual-key">
      ${qrFailed ? nothing : html`<p>${t.term('enrollPushManual')}</p>`}
      <dl>
        <dt>${t.term('enrollActivationCode')}</dt>
        <dd><code part="key" class="key" dir="ltr">${groupKey(push.activationCode, 3)}</code></dd>
        <dt>${t.term('enrollActivationUrl')}</dt>
        <dd dir="ltr">${breakable(push.activationUrl)}</dd>
      </dl>
      ${renderCopy(options, [
        ['Code', 'enrollActivationCode', push.activationCode],
        ['Url', 'enrollActivationUrl', push.activationUrl],
      ])}
    </div>
  `;
}
