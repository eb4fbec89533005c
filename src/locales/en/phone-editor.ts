import type { StringSource } from '../../core/localize.js';
import type { PhoneSlot } from '../../core/types.js';

/** Each slot's phone, inside a sentence. */
const PHONES: Record<PhoneSlot, string> = {
  mobile: 'authentication phone',
  alternate: 'alternate authentication phone',
  office: 'office phone',
};

/**
 * English strings of <mfa-phone-editor>.
 * The reference: each translation is typed against this table.
 */
const en = {
  /** `<mfa-phone-editor>`: in place of the number when the slot has no phone. */
  phoneEditorNone: 'No phone number is set up.',
  /** `<mfa-phone-editor>`: the button that starts adding a phone where the slot has none (visible words). */
  phoneEditorAdd: 'Add',
  /**
   * `<mfa-phone-editor>`: the button beside the number that starts changing
   * it (visible words). `securityInfoRegisterAgainExplain` names it.
   */
  phoneEditorChange: 'Change',
  /**
   * `<mfa-phone-editor>`: the Remove button beside the number, and the one in its confirmation that removes it (visible words).
   */
  phoneEditorRemove: 'Remove',
  /**
   * `<mfa-phone-editor>`: accessible name (aria-label) of the Add button. `slot`: the slot id (`mobile`, `alternate`,
   * `office`), not words: the table names the phone (in English, PHONES of en/phone-editor.ts, lower case). Must hold
   * the words of `phoneEditorAdd`, any case, or "Add" then the `slot…` name is used instead (WCAG 2.5.3).
   */
  phoneEditorAddNamed: (slot: PhoneSlot) => `Add ${PHONES[slot]}`,
  /**
   * `<mfa-phone-editor>`: accessible name (aria-label) of the Change button. `slot`: the slot id (`mobile`, `alternate`,
   * `office`), not words: the table names the phone (in English, PHONES of en/phone-editor.ts, lower case). Must hold
   * the words of `phoneEditorChange`, any case, or "Change" then the `slot…` name is used instead (WCAG 2.5.3).
   */
  phoneEditorChangeNamed: (slot: PhoneSlot) => `Change ${PHONES[slot]}`,
  /**
   * `<mfa-phone-editor>`: accessible name (aria-label) of the Remove button beside the number. `slot`: the slot id (`mobile`,
   * `alternate`, `office`), not words: the table names the phone (in English, PHONES of en/phone-editor.ts, lower case). Must
   * hold the words of `phoneEditorRemove`, any case, or "Remove" then the `slot…` name is used instead (WCAG 2.5.3).
   */
  phoneEditorRemoveNamed: (slot: PhoneSlot) => `Remove ${PHONES[slot]}`,
  /** `<mfa-phone-editor>`: after the office phone's masked number and a "·". `extension`: its digits as saved ("45"). */
  phoneEditorExtensionShown: (extension: string) => `Extension ${extension}`,
  /** `<mfa-phone-editor>`: label of the country or region list. */
  phoneEditorCountry: 'Country or region',
  /** `<mfa-phone-editor>`: label of the search field above the country list (a name or a calling code). */
  phoneEditorCountrySearch: 'Find a country or region by name or calling code',
  /**
   * `<mfa-phone-editor>`: polite live region under the country search: how many match. `count` chooses
   * the plural form (0 has its own sentence); `formatted` is it as the locale writes it ("12").
   */
  phoneEditorCountryMatches: (count: number, formatted: string) =>
    count === 0 ? 'No country or region matches.' : count === 1 ? '1 match.' : `${formatted} matches.`,
  /**
   * `<mfa-phone-editor>`: each option of the country list, sorted by it. `name`: the region's name ("United Kingdom");
   * `callingCode`: digits ("44"). Keep U+2066 … U+2069 around the + and code: "(+44)", not "(44+)", in a right-to-left language.
   */
  phoneEditorCountryOption: (name: string, callingCode: string) => `${name} (\u2066+${callingCode}\u2069)`,
  /** `<mfa-phone-editor>`: label of the phone number field. */
  phoneEditorNumber: 'Phone number',
  /** `<mfa-phone-editor>`: hint under the number field's label. */
  phoneEditorNumberHint: 'Starting with + or 00 picks the country for you.',
  /** `<mfa-phone-editor>`: label of the extension field (office phone only). */
  phoneEditorExtension: 'Extension (optional)',
  /**
   * `<mfa-phone-editor>`: error under the extension field, and the
   * validation message in form mode. 10 is the limit the element checks.
   */
  phoneEditorExtensionInvalid: 'An extension has digits only, at most 10.',
  /** `<mfa-phone-editor>`: legend (group heading) of the choice between a text and a call. */
  phoneEditorChannel: 'How should we send the code?',
  /** `<mfa-phone-editor>`: label of the radio button that has the code sent by text message. */
  phoneEditorChannelText: 'Text me a code',
  /** `<mfa-phone-editor>`: label of the radio button that has the code given in a phone call. */
  phoneEditorChannelCall: 'Call me with a code',
  /** `<mfa-phone-editor>`: in place of the text-or-call choice for an office phone. */
  phoneEditorCallOnly: 'We will call this phone with a code. Office phones take calls only.',
  /** `<mfa-phone-editor>`: the button that sends the number for a code (visible words). */
  phoneEditorSend: 'Send code',
  /** `<mfa-phone-editor>`: the words of Send code (`phoneEditorSend`) and Send a new code (`phoneEditorResend`) while sending. */
  phoneEditorSending: 'Sending…',
  /**
   * `<mfa-phone-editor>`: first sentence of the alert when sending a code (or a new one) failed and
   * the endpoint may have sent it all the same (no answer came in time, the connection was lost, an
   * answer could not be read, or the server failed); an `error…` message follows. Not said before a
   * refusal (403, 409…), which sent nothing: its `error…` message alone is shown.
   */
  phoneEditorSendFailed: 'The code may not have been sent.',
  /**
   * `<mfa-phone-editor>`: alert when the phone number tools (loaded
   * when editing starts) failed to load; Try again (`retry`) follows.
   */
  phoneEditorLoadFailed: 'The phone number tools could not be loaded. Try again, or reload the page.',
  /**
   * `<mfa-phone-editor>`: polite live region under the number field when
   * a pasted text held more than the number, which was taken from it.
   */
  phoneEditorExtracted: 'We took the phone number out of the pasted text. Check it before sending.',
  /** `<mfa-phone-editor>`: as `phoneEditorExtracted`, when an extension was in the text too and went to its field (an office phone's). */
  phoneEditorExtractedExtension: 'We took the phone number and its extension out of the pasted text. Check them before sending.',
  /** `<mfa-phone-editor>`: error under the number field, and the validation message in form mode, when it is empty. */
  phoneProblemEmpty: 'Enter a phone number.',
  /** `<mfa-phone-editor>`: error under the number field, and the validation message in form mode, when it holds a + alone. */
  phoneProblemLonePlus: 'Enter the country code and the number after the +.',
  /**
   * `<mfa-phone-editor>`: error under the number field, and the
   * validation message in form mode, when it holds letters or symbols.
   */
  phoneProblemNotANumber: 'A phone number has only digits, and + at the start. Remove letters and symbols.',
  /**
   * `<mfa-phone-editor>`: error under the number field, and the
   * validation message in form mode, when the number has too few digits for its country or region.
   * `region`: its name ("United States"), the one chosen or the one a number with + belongs to.
   */
  phoneProblemTooShort: (region: string) => `This number is too short for ${region}. Check for missing digits.`,
  /**
   * `<mfa-phone-editor>`: error under the number field, and the
   * validation message in form mode, when the number has too many digits for its country or region.
   * `region`: its name, as for `phoneProblemTooShort`.
   */
  phoneProblemTooLong: (region: string) => `This number is too long for ${region}. Check for extra digits.`,
  /**
   * `<mfa-phone-editor>`: error under the number field, and the validation
   * message in form mode, when no country has the code after the +.
   */
  phoneProblemInvalidCountry: 'No country uses this code. Check the digits after the +.',
  /**
   * `<mfa-phone-editor>`: error under the number field, and the validation message in form
   * mode, when the number is not valid in the country chosen. `region`: its name ("Germany").
   */
  phoneProblemInvalidForRegion: (region: string) => `This is not a valid phone number for ${region}.`,
  /**
   * `<mfa-phone-editor>`: error under the number field, and the validation message in form mode,
   * when the server says the number cannot receive a text (it goes once a call is chosen).
   */
  phoneProblemCannotReceiveText:
    'This number cannot receive text messages. Use a mobile number, or choose a call.',
  /**
   * `<mfa-phone-editor>`: error under the number field, and the validation message in form
   * mode, when the server sends no code to this kind of number (premium rate, satellite).
   */
  phoneProblemNotAllowed: 'Codes cannot be sent to this kind of number. Use another number.',
  /**
   * `<mfa-phone-editor>`: above the code field after a text was sent, and said in the status line. `number`: as
   * typed, formatted, isolated left to right ("+44 7700 900123"); else masked, in words (`maskedNumberSpoken`).
   */
  phoneEditorSentText: (number: string) => `We sent a text message with a code to ${number}.`,
  /** `<mfa-phone-editor>`: as `phoneEditorSentText`, after a call was started. */
  phoneEditorSentCall: (number: string) => `We are calling ${number} with a code.`,
  /**
   * `<mfa-phone-editor>`: as `phoneEditorSentCall`, for an office phone's
   * extension. `extension`: its digits, isolated left to right ("45").
   */
  phoneEditorSentCallExtension: (number: string, extension: string) =>
    `We are calling ${number}, extension ${extension}, with a code.`,
  /** `<mfa-phone-editor>`: link-styled button on the code step that goes back to the number (visible words). */
  phoneEditorChangeNumber: 'Change number',
  /** `<mfa-phone-editor>`: the button that checks the code (visible words). */
  phoneEditorVerify: 'Verify',
  /** `<mfa-phone-editor>`: the words of Verify (`phoneEditorVerify`) while the code is checked. */
  phoneEditorVerifying: 'Verifying…',
  /** `<mfa-phone-editor>`: the button on the code step that asks for a new code (visible words). */
  phoneEditorResend: 'Send a new code',
  /**
   * `<mfa-phone-editor>`: countdown beside Send code or Send a new code (not live); said
   * once after `phoneEditorSent…`. `wait`: the time left, formatted ("30 seconds").
   */
  phoneEditorResendIn: (wait: string) => `You can ask for a new code in ${wait}.`,
  /** `<mfa-phone-editor>`: status line (polite live region) when the wait of `phoneEditorResendIn` is over. */
  phoneEditorResendReady: 'You can ask for a new code now.',
  /**
   * `<mfa-phone-editor>`: alert on the code step when the code has expired; Send a new code
   * (`phoneEditorResend`) is offered, and named here in its own words.
   */
  phoneEditorExpired: 'This code has expired. Send a new code; the number you entered is kept.',
  /**
   * `<mfa-phone-editor>`: alert back at the number when a new code was refused because the code
   * request had ended (confirmed or replaced, in another window say); Send code (`phoneEditorSend`)
   * is offered, and named here in its own words.
   */
  phoneEditorReplaced: 'This code request has ended, in another window perhaps. Send code again; the number you entered is kept.',
  /**
   * `<mfa-phone-editor>`: alert on the code step when a wrong code used the last try; Send a new
   * code is offered, and named here in its own words (`phoneEditorResend`).
   */
  phoneEditorNoTriesLeft:
    'That code is not right, and no tries are left for it. Send a new code; the number you entered is kept.',
  /**
   * `<mfa-phone-editor>`: line that takes the focus once the new number is verified and saved.
   * `masked`: the number the server masked, in words (`maskedNumberSpoken`: "+44 ending in 789").
   */
  phoneEditorSaved: (masked: string) => `Your phone number ${masked} is verified and saved.`,
  /**
   * `<mfa-phone-editor>`: question of the inline remove confirmation, which
   * names the group of Remove and Cancel. `masked`: as in `phoneEditorSaved`.
   */
  phoneEditorRemoveQuestion: (masked: string) => `Remove ${masked}? Sign-in codes will no longer go to it.`,
  /** `<mfa-phone-editor>`: the words of the confirmation's Remove button while the removal is sent. */
  phoneEditorRemoving: 'Removing…',
  /** `<mfa-phone-editor>`: line in place of the number after the removal, also said in the status line (polite). */
  phoneEditorRemoved: 'The phone number was removed.',
  /**
   * `<mfa-phone-editor>`: in place of `phoneEditorRemoveQuestion` (Cancel alone is offered) when
   * the default method uses the phone; or in the alert when the server refused the removal.
   */
  phoneEditorBacksDefault:
    'Your default sign-in method uses this phone. To remove it, first set up another way to sign in and make it your default.',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const phoneEditorStrings: StringSource<typeof en> = {
  name: 'phone-editor',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/phone-editor.js') },
};
