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
  phoneEditorNone: 'No phone number is set up.',
  phoneEditorAdd: 'Add',
  phoneEditorChange: 'Change',
  phoneEditorRemove: 'Remove',
  // The names of the Add, Change and Remove buttons: the visible word first, then which phone.
  phoneEditorAddNamed: (slot: PhoneSlot) => `Add ${PHONES[slot]}`,
  phoneEditorChangeNamed: (slot: PhoneSlot) => `Change ${PHONES[slot]}`,
  phoneEditorRemoveNamed: (slot: PhoneSlot) => `Remove ${PHONES[slot]}`,
  phoneEditorExtensionShown: (extension: string) => `Extension ${extension}`,
  phoneEditorCountry: 'Country or region',
  phoneEditorCountrySearch: 'Find a country or region by name or calling code',
  phoneEditorCountryMatches: (count: number, formatted: string) =>
    count === 0 ? 'No country or region matches.' : count === 1 ? '1 match.' : `${formatted} matches.`,
  // The calling code isolated left to right (U+2066 … U+2069): "(+44)", not "(44+)", in a right-to-left language.
  phoneEditorCountryOption: (name: string, callingCode: string) => `${name} (\u2066+${callingCode}\u2069)`,
  phoneEditorNumber: 'Phone number',
  phoneEditorNumberHint: 'Starting with + or 00 picks the country for you.',
  phoneEditorExtension: 'Extension (optional)',
  phoneEditorExtensionInvalid: 'An extension has digits only, at most 10.',
  phoneEditorChannel: 'How should we send the code?',
  phoneEditorChannelText: 'Text me a code',
  phoneEditorChannelCall: 'Call me with a code',
  phoneEditorCallOnly: 'We will call this phone with a code. Office phones take calls only.',
  phoneEditorSend: 'Send code',
  phoneEditorSending: 'Sending…',
  phoneEditorSendFailed: 'The code was not sent.',
  phoneEditorLoadFailed: 'The phone number tools could not be loaded. Try again, or reload the page.',
  phoneEditorExtracted: 'We took the phone number out of the pasted text. Check it before sending.',
  phoneProblemEmpty: 'Enter a phone number.',
  phoneProblemLonePlus: 'Enter the country code and the number after the +.',
  phoneProblemNotANumber: 'A phone number has only digits, and + at the start. Remove letters and symbols.',
  phoneProblemTooShort: 'This number is too short. Check for missing digits.',
  phoneProblemTooLong: 'This number is too long. Check for extra digits.',
  phoneProblemInvalidCountry: 'No country uses this code. Check the digits after the +.',
  phoneProblemInvalidForRegion: (region: string) => `This is not a valid phone number for ${region}.`,
  phoneProblemCannotReceiveText:
    'This number cannot receive text messages. Use a mobile number, or choose a call.',
  phoneProblemNotAllowed: 'Codes cannot be sent to this kind of number. Use another number.',
  phoneEditorSentText: (number: string) => `We sent a text message with a code to ${number}.`,
  phoneEditorSentCall: (number: string) => `We are calling ${number} with a code.`,
  phoneEditorSentCallExtension: (number: string, extension: string) =>
    `We are calling ${number}, extension ${extension}, with a code.`,
  phoneEditorChangeNumber: 'Change number',
  phoneEditorVerify: 'Verify',
  phoneEditorVerifying: 'Verifying…',
  phoneEditorResend: 'Send a new code',
  phoneEditorResendIn: (wait: string) => `You can ask for a new code in ${wait}.`,
  phoneEditorResendReady: 'You can ask for a new code now.',
  phoneEditorExpired: 'This code has expired. Ask for a new one; the number you entered is kept.',
  phoneEditorNoTriesLeft:
    'That code is not right, and no tries are left for it. Ask for a new code; what you entered is kept.',
  phoneEditorSaved: (masked: string) => `Your phone number ${masked} is verified and saved.`,
  phoneEditorRemoveQuestion: (masked: string) => `Remove ${masked}? You can add a phone again later.`,
  phoneEditorRemoving: 'Removing…',
  phoneEditorRemoved: 'The phone number was removed.',
  phoneEditorBacksDefault:
    'Your default sign-in method uses this phone. To remove it, first make a method that does not use it your default.',
};
export default en;

/** These strings and where their translations load from (see `StringSource`). */
export const phoneEditorStrings: StringSource<typeof en> = {
  name: 'phone-editor',
  en,
  translations: { 'zh-Hans': () => import('../zh-Hans/phone-editor.js') },
};
