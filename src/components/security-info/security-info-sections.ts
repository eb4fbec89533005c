import {
  type AuthenticatorKind,
  type DeliveryChannel,
  type MethodId,
  PHONE_SLOTS,
  type PhoneSlot,
  type SettingsSummary,
  isAppMethod,
} from '../../core/types.js';
import { phoneSlotOf } from '../method-picker/method-picker-rows.js';
import { SLOT_METHODS } from '../phone-editor/phone-editor-state.js';

/** What the "Add sign-in method" dialog can set up. */
export type AddOption = 'phone-mobile' | 'phone-alternate' | 'phone-office' | 'authenticator';

/** Every add option, in the order the dialog lists them. */
export const ADD_OPTIONS: readonly AddOption[] = ['phone-mobile', 'phone-alternate', 'phone-office', 'authenticator'];

/** Which parts of the page to show, from the endpoint's settings and policy. */
export interface Sections {
  /** Phones already registered, in the portal's order. */
  phones: PhoneSlot[];
  /** What can be added now (phones not yet registered, and authenticator apps). */
  addOptions: AddOption[];
  showAuthenticators: boolean;
  showAppPasswords: boolean;
  /**
   * Set when an administrator has required the user to register again and the policy allows a
   * method to do it with: what they can set up (at least one), in the portal's order.
   */
  registerAgain: AddOption[] | undefined;
}

const allows = (summary: SettingsSummary, methods: MethodId[]) =>
  methods.some((m) => summary.policy.allowedMethods.includes(m));

export function sections(summary: SettingsSummary): Sections {
  const registered = new Set(summary.phones.map((p) => p.slot));
  const phones = PHONE_SLOTS.filter((slot) => registered.has(slot));
  const appsAllowed = summary.policy.allowedMethods.some(isAppMethod);
  // In the dialog's order: the phones not registered yet that the policy allows, then an app.
  const addOptions = ADD_OPTIONS.filter((option) => {
    const slot = slotOf(option);
    return slot ? !registered.has(slot) && allows(summary, SLOT_METHODS[slot]) : appsAllowed;
  });
  // Registering again: one phone (the first the policy allows: the mobile phone, else the alternate,
  // else the office phone) and an app, where the policy allows them; proving either meets the
  // requirement. With neither (a policy of methods only a newer endpoint knows), the usual page.
  const againSlot = PHONE_SLOTS.find((slot) => allows(summary, SLOT_METHODS[slot]));
  const again: AddOption[] = [...(againSlot ? ([`phone-${againSlot}`] as const) : []), ...(appsAllowed ? (['authenticator'] as const) : [])];
  const registerAgain = summary.mustRegisterAgain && again.length > 0 ? again : undefined;
  return {
    phones,
    addOptions,
    showAuthenticators: appsAllowed || summary.authenticators.length > 0,
    showAppPasswords: summary.policy.appPasswordsAllowed || summary.appPasswords.count > 0,
    registerAgain,
  };
}

/** The add option that sets up a method (for the method picker's set-up requests). */
export function optionForMethod(method: MethodId): AddOption {
  const slot = phoneSlotOf(method);
  return slot ? `phone-${slot}` : 'authenticator';
}

/** What the set-up of a method starts with: the kind of app, or how the code is sent to the phone. */
export interface SetupPreset {
  kind?: AuthenticatorKind;
  channel?: DeliveryChannel;
}

/** The set-up the method picker's "Set up …" asks for: a notification app is a push app, a call is a call. */
export function presetForMethod(method: MethodId): SetupPreset {
  if (method === 'app-code') return { kind: 'totp' };
  if (method === 'app-notification') return { kind: 'push' };
  return { channel: method === 'text-mobile' ? 'text' : 'call' };
}

/** The phone slot an add option edits, if it is a phone. */
export function slotOf(option: AddOption): PhoneSlot | undefined {
  return option.startsWith('phone-') ? (option.slice('phone-'.length) as PhoneSlot) : undefined;
}
