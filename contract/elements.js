// What the elements themselves make of an endpoint's answers, by the library's own code, so that
// the kit passes only an endpoint the elements can use: a started set-up is checked as
// <mfa-authenticator-enroll> checks it before it shows it (`readSetup`: a code app's by the Key Uri
// Format rules of `checkTotpSetup`), and it refuses, and cancels, any other; the settings are read
// as the elements' client reads them (`FetchClient.getSettings`), which leaves out the method ids
// and phone slots this version of the protocol does not name, so that the kit tells those apart
// from errors (contract/conformance.js, `explainResponse`).
//
// The code comes from the library's build (dist/), which the package ships beside the kit: the
// code the elements run. A checkout has it after `npm run build`; the kit's own tests take the
// source instead (scripts/library-from-source.js).

let otpauth;
let setup;
let client;
try {
  [otpauth, setup, client] = await Promise.all([
    import('../dist/components/authenticator-enroll/otpauth.js'),
    import('../dist/components/authenticator-enroll/setup.js'),
    import('../dist/core/client.js'),
  ]);
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  throw Object.assign(
    new Error("the library's build (dist/) is missing beside the kit; in a checkout of the repository, run npm run build first", { cause: error }),
    { code: 'MFA_CONTRACT_NO_BUILD' },
  );
}

/** What each rule of `checkTotpSetup` asks, by the reason it gives when one is broken. */
const TOTP_RULES = {
  'not-otpauth': 'the URI must start with otpauth://',
  'not-totp': 'the URI must be otpauth://totp/…',
  'bad-encoding':
    'the URI may hold only what a URI holds as it is (no space, no letter outside ASCII, no #) and whole %-escapes: percent-encode the issuer and the account name',
  'label-without-issuer': 'the label must be ISSUER:ACCOUNT, the issuer first',
  'empty-issuer': 'the issuer must not be empty',
  'empty-account': 'the account name must not be empty',
  'colon-in-label': 'neither the issuer nor the account name may hold a colon, which parts them in the label',
  'missing-issuer-parameter': 'the URI must have an issuer parameter',
  'issuer-mismatch': "the label's issuer and the issuer parameter must be the same once decoded",
  'duplicate-parameter': 'no parameter may be given twice, in any letter case',
  'missing-secret': 'the URI must have a secret',
  'secret-padding': 'the secret must have no = padding',
  'secret-alphabet': 'the secret must be Base32 in capitals',
  'secret-length': 'the secret must be 26 characters (128 bits) or more, of a length whole bytes give',
  'bad-algorithm': 'the algorithm must be SHA1, SHA256 or SHA512',
  'bad-digits': 'digits must be 6, 7 or 8',
  'bad-period': 'the period must be 1 to 300 seconds',
  'setup-mismatch': "the URI must say what the set-up's own fields say",
};

/**
 * The fields of a TOTP set-up that its URI disagrees with, each with both values, but for the
 * secret's and the account name's (a user's email or phone number), which a CI log must not keep.
 */
function mismatches(totp) {
  const parsed = otpauth.parseOtpauthUri(totp.otpauthUri);
  if (!parsed.ok) return [];
  return ['issuer', 'accountName', 'secret', 'algorithm', 'digits', 'period']
    .filter((field) => parsed.key[field] !== totp[field])
    .map((field) =>
      field === 'secret' || field === 'accountName'
        ? `the URI's ${field} is not the ${field} field`
        : `the URI's ${field} is ${JSON.stringify(parsed.key[field])}, the ${field} field ${JSON.stringify(totp[field])}`,
    );
}

/** Why a code-app set-up breaks a rule of the element, as one sentence. */
function totpRefusal(totp, problem) {
  const details = problem === 'setup-mismatch' ? mismatches(totp) : [];
  let said = [TOTP_RULES[problem] ?? 'a rule of the Key Uri Format', ...details].join(': ');
  // The usual cause: a URL encoder for forms, which writes a space as `+`.
  if (['issuer-mismatch', 'setup-mismatch'].includes(problem) && String(totp.otpauthUri).includes('+')) {
    said += "; a URI reads + as a plus sign, so a space is written %20 (Java's URLEncoder and Python's urlencode write +)";
  }
  return `rule ${problem}: ${said}`;
}

/**
 * Why <mfa-authenticator-enroll> would refuse the set-up a started enrollment of `kind` answered,
 * as messages (none: it shows it). The element cancels a set-up it refuses: the user can never add
 * such an app.
 */
export function setupRefusals(label, enrollment, kind) {
  const refused = `${label} is refused by <mfa-authenticator-enroll>, which cancels the set-up, so no ${kind === 'totp' ? 'code' : 'push'} app can be added`;
  if (enrollment.kind !== kind) return [`${refused}: kind is ${JSON.stringify(enrollment.kind)}, expected "${kind}"`];
  if (setup.readSetup(enrollment)) return [];
  if (kind === 'push') {
    return [`${refused}: push needs an activationCode of 4 to 64 letters, digits and hyphens, an https: activationUrl and a qrPayload that is not empty`];
  }
  if (!enrollment.totp) return [`${refused}: the answer has no totp set-up`];
  const checked = otpauth.checkTotpSetup(enrollment.totp);
  return [`${refused}: totp.otpauthUri breaks ${checked.ok ? 'a rule of the element' : totpRefusal(enrollment.totp, checked.problem)}`];
}

/**
 * An answer's body as the elements' client reads it: for the settings, what `FetchClient.getSettings`
 * answers when the endpoint sends this body, or null when it refuses it as malformed; for any other
 * operation, the body as it is (the client checks that what it reads is there, and takes the rest
 * as sent).
 */
export async function asRead(operationId, body) {
  if (operationId !== 'getSettings') return body;
  const answer = () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  const reader = new client.FetchClient({ endpoint: 'https://endpoint.invalid/api/mfa', fetch: async () => answer(), retries: 0 });
  try {
    return await reader.getSettings();
  } catch {
    return null;
  }
}
