/**
 * The set-up data an enrollment starts with, checked before anything is drawn. `EnrollSession`
 * keeps it in a private field only, and drops it when the set-up ends.
 */
import type { Enrollment } from '../../core/types.js';
import type { QrDrawing } from './authenticator-enroll.views.js';
import { type OtpauthKey, buildOtpauthUri, checkTotpSetup } from './otpauth.js';
import { encodeQr } from './qr.js';

export type SetupData =
  | { kind: 'totp'; key: OtpauthKey; uri: string }
  /** `expiresAt`: when the endpoint ends the set-up (a push app's 10 minutes, which no read extends). */
  | { kind: 'push'; activationCode: string; activationUrl: string; qrPayload: string; expiresAt: string };

function isHttpsUrl(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The set-up data of a started enrollment, or undefined when it must not be shown: a code app's
 * URI that breaks the Key Uri Format or disagrees with the other fields, or a push activation
 * without a code, an https URL or a QR payload. A code app's URI is written again from what was
 * checked, every parameter spelled out.
 */
export function readSetup(enrollment: Enrollment): SetupData | undefined {
  if (enrollment.kind === 'totp') {
    const totp = enrollment.totp;
    if (!totp) return undefined;
    const checked = checkTotpSetup(totp);
    // Drawn from the checked fields, not as sent: a parameter the format does not define (an
    // `image` URL an app would fetch, say) never reaches the app.
    return checked.ok ? { kind: 'totp', key: checked.key, uri: buildOtpauthUri(checked.key) } : undefined;
  }
  const push = enrollment.push;
  if (!push || !/^[0-9A-Za-z-]{4,64}$/.test(push.activationCode) || !isHttpsUrl(push.activationUrl) || !push.qrPayload) {
    return undefined;
  }
  return { kind: 'push', ...push, expiresAt: enrollment.expiresAt };
}

/** Draws the set-up's QR code; `failed` when the library cannot load or the text does not fit. */
export async function drawSetupQr(setup: SetupData): Promise<QrDrawing> {
  try {
    return await encodeQr(setup.kind === 'totp' ? setup.uri : setup.qrPayload);
  } catch {
    return 'failed';
  }
}
