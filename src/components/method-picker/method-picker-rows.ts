/**
 * What `<mfa-method-picker>` shows, worked out from the settings summary without any DOM: which
 * methods can be chosen, which can be set up, what each one uses, and the element's status.
 */
import type { ActionStatus } from '../../core/action.js';
import { isMfaError } from '../../core/errors.js';
import { type Localizer, sentences } from '../../core/localize.js';
import type { ResourceStatus } from '../../core/resource.js';
import { METHOD_IDS, type MethodId, type Phone, type PhoneSlot, type SettingsSummary, isAppMethod } from '../../core/types.js';

/**
 * The one status of the picker. `error` covers a failed load and a failed save; `saving`: a save is
 * in flight (not while the host re-authenticates the user, when nothing is: then `ready`).
 */
export type MethodPickerStatus = 'loading' | 'ready' | 'saving' | 'saved' | 'error' | 'empty';

/** The phone slot a text or voice method needs; undefined for authenticator-app methods. */
export function phoneSlotOf(method: MethodId): PhoneSlot | undefined {
  // A phone method's id names its slot after the way the code comes: `call-office` → `office`.
  return isAppMethod(method) ? undefined : (method.split('-')[1] as PhoneSlot);
}

/** Text and voice are restricted authenticators (weaker than an app). */
export function isRestricted(method: MethodId): boolean {
  return phoneSlotOf(method) !== undefined;
}

/** A method the user can choose, and what it uses. */
export interface ChoiceRow {
  method: MethodId;
  /** The phone behind a text or voice method (masked by the server). */
  phone?: Phone;
  /** The authenticator apps behind an app method, by the names the user gave them. */
  appNames: string[];
  restricted: boolean;
}

export interface PickerRows {
  /** Registered methods the policy allows, in protocol order. */
  choices: ChoiceRow[];
  /** Methods the policy allows that are not registered, in protocol order, but for one whose phone is there (see `pickerRows`). */
  setup: MethodId[];
  /** A text or voice method is offered, as a choice or to set up: the notice is due. */
  restricted: boolean;
  /** The policy allows an authenticator app. */
  appsAllowed: boolean;
  /** The app method to offer beside the notice when no app is registered yet. */
  appSetup: MethodId | undefined;
}

export function pickerRows(summary: SettingsSummary): PickerRows {
  const allowed = new Set(summary.policy.allowedMethods);
  const registered = new Set(summary.methods);
  const choices = METHOD_IDS.filter((m) => allowed.has(m) && registered.has(m)).map(
    (method): ChoiceRow => {
      const slot = phoneSlotOf(method);
      // A push app gives codes too; a kind only a newer endpoint knows (a security key) is neither.
      const apps = summary.authenticators.filter((a) => a.kind === 'push' || (method === 'app-code' && a.kind === 'totp'));
      return {
        method,
        phone: slot ? summary.phones.find((p) => p.slot === slot) : undefined,
        appNames: slot ? [] : apps.map((a) => a.name),
        restricted: slot !== undefined,
      };
    },
  );
  // A method whose phone is there but does not bring it (a text, where the mobile phone is a fixed
  // line) is not set up here: that would replace the phone. Its section's Change does, as asked.
  const setup = METHOD_IDS.filter((m) => {
    const slot = phoneSlotOf(m);
    return allowed.has(m) && !registered.has(m) && !(slot && summary.phones.some((p) => p.slot === slot));
  });
  const hasApp = choices.some((row) => isAppMethod(row.method));
  return {
    choices,
    setup,
    restricted: METHOD_IDS.some((m) => isRestricted(m) && allowed.has(m)),
    appsAllowed: METHOD_IDS.some((m) => isAppMethod(m) && allowed.has(m)),
    appSetup: hasApp ? undefined : setup.find(isAppMethod),
  };
}

/** The method shown as selected: the user's pending choice while it can still be chosen, else the saved default. */
export function selectedMethod(summary: SettingsSummary, choice: MethodId | undefined): MethodId | null {
  return choice && summary.methods.includes(choice) && summary.policy.allowedMethods.includes(choice)
    ? choice
    : summary.defaultMethod;
}

export interface StatusInput {
  hasClient: boolean;
  load: ResourceStatus;
  summary: SettingsSummary | undefined;
  save: ActionStatus;
  /** The selected method is the default, and the one the last save made the default. */
  selectionSaved: boolean;
}

/** The picker's status from its read and its save. A reload keeps the last summary shown. */
export function pickerStatus({ hasClient, load, summary, save, selectionSaved }: StatusInput): MethodPickerStatus {
  if (!summary) return !hasClient || load === 'error' ? 'error' : 'loading';
  if (summary.methods.length === 0) return 'empty';
  // Not while the host re-authenticates the user (`reauth`): nothing is in flight, Save is usable,
  // and the status line says what to do; a page styling `:state(saving)` must not say "Saving…".
  if (save === 'pending') return 'saving';
  if (save === 'error') return 'error';
  return save === 'success' && selectionSaved ? 'saved' : 'ready';
}

/**
 * What to tell the user when saving failed: that nothing changed (or, `unsure`, with no answer and
 * no settings read since, that it may have), then why and what to do. While a rate limit's wait
 * runs, the element words it with `failureAlert` instead.
 */
export function saveFailureMessage(l: Localizer, error: unknown, unsure?: boolean): string {
  const refused = isMfaError(error, 'validation') ? error.fieldErrors.find((f) => f.field === 'method') : undefined;
  const why =
    refused?.reason === 'not-registered'
      ? l.term('methodPickerNotRegistered')
      : refused?.reason === 'not-allowed'
        ? l.term('methodPickerNotAllowed')
        : l.errorMessage(error);
  return sentences(l.term(unsure ? 'methodPickerSaveUnsure' : 'methodPickerSaveFailed'), why);
}
