/**
 * The steps of setting up an authenticator app, as a pure state machine: `transition(state, event)`
 * answers the next state and knows nothing of the DOM, the network or the secret (`EnrollSession`
 * keeps the set-up data in a private field, never in this state, so no state snapshot can carry it).
 *
 * choose ─start→ starting ─started→ scan (code app) ─verify→ verifying ─activated→ done
 *                    │                    ↑  └─wrong code─┘      └─expired→ expired ─restart→ starting
 *                    │                 waiting (push app, polled) ─activated→ done
 *                    └─failed→ choose (the name and kind kept, the error shown on the field)
 *
 * `interrupted` (the element left the page mid-request, not moved in it) returns each pending step
 * to the one it came from.
 */
import type { Authenticator, AuthenticatorKind } from '../../core/types.js';

/** A failure to show: the error as the client threw it, and where to show it. */
export interface FlowFailure {
  error: unknown;
  /** `name`: on the device-name field; `code`: on the code field; `form`: above the actions. */
  field: 'name' | 'code' | 'form';
  /** The cancel's failure: the set-up goes on. */
  cancel?: true;
}

interface Base {
  kind: AuthenticatorKind;
  /** The device name as typed (trimmed only when sent). */
  name: string;
}

interface Started extends Base {
  enrollmentId: string;
  /** The name the endpoint stored. */
  acceptedName: string;
}

export type EnrollState =
  /** `cancelled`: back here because the user cancelled a set-up, which the endpoint withdrew. */
  | (Base & { step: 'choose'; failure?: FlowFailure; cancelled?: boolean })
  | (Base & { step: 'starting' })
  /** A code app: the QR code, the key and the code field. */
  | (Started & { step: 'scan'; failure?: FlowFailure })
  | (Started & { step: 'verifying' })
  /** A push app: the activation QR code and text, while the page polls. */
  | (Started & { step: 'waiting'; failure?: FlowFailure })
  | (Started & { step: 'cancelling'; from: 'scan' | 'waiting' })
  /**
   * The enrollment stopped being accepted (`interrupted`: the element lost the set-up data;
   * `no-tries`: the last code tried was wrong and the endpoint takes no more).
   */
  | (Base & { step: 'expired'; reason: 'expired' | 'cancelled' | 'interrupted' | 'no-tries' })
  /** The endpoint sent set-up data that must not be drawn. */
  | (Base & { step: 'invalid' })
  | (Base & { step: 'done'; authenticator: Authenticator });

export type EnrollStep = EnrollState['step'];

export type EnrollEvent =
  | { type: 'choose-kind'; kind: AuthenticatorKind }
  | { type: 'edit-name'; name: string }
  | { type: 'start' }
  | { type: 'started'; enrollmentId: string; acceptedName: string }
  | { type: 'start-failed'; error: unknown; field: FlowFailure['field'] }
  | { type: 'setup-invalid' }
  | { type: 'verify' }
  /** `expired`: the set-up takes no more codes; `noTriesLeft`: because the last wrong code used the last try. */
  | { type: 'verify-failed'; error: unknown; expired: boolean; noTriesLeft?: boolean; field: 'code' | 'form' }
  | { type: 'poll-failed'; error: unknown }
  | { type: 'activated'; authenticator: Authenticator }
  | { type: 'ended'; reason: 'expired' | 'cancelled' | 'interrupted' }
  | { type: 'cancel' }
  | { type: 'cancel-failed'; error: unknown }
  | { type: 'cancelled' }
  | { type: 'restart' }
  | { type: 'reset'; kind: AuthenticatorKind; name: string }
  /**
   * The element left the page (see `whenLeft`) while a request was in flight: back to where it was
   * sent from.
   */
  | { type: 'interrupted' };

export function initialState(kind: AuthenticatorKind, name: string): EnrollState {
  return { step: 'choose', kind, name };
}

/**
 * A default device name that is not taken yet: `base`, else `base 2`, `base 3`... (names are
 * unique per user, compared without regard to case, as the endpoint compares them).
 */
export function defaultDeviceName(base: string, taken: readonly string[]): string {
  const used = new Set(taken.map((name) => name.trim().toLocaleLowerCase()));
  if (!used.has(base.toLocaleLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base} ${n}`;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

/**
 * True while the flow holds set-up data the user needs (a QR code, a key, an activation code): in a
 * started step (scan, verifying, waiting, cancelling), the only ones with an enrollment id.
 */
export function holdsSetup(state: EnrollState): state is Extract<EnrollState, Started> {
  return 'enrollmentId' in state;
}

function base(state: Base): Base {
  return { kind: state.kind, name: state.name };
}

export function transition(state: EnrollState, event: EnrollEvent): EnrollState {
  switch (event.type) {
    case 'reset':
      return initialState(event.kind, event.name);
    case 'choose-kind':
      // A failure stays until the next attempt, as for a name typed (the policy's refusal of a code
      // app stays said while the user chooses a push app).
      return state.step === 'choose' ? { ...state, kind: event.kind } : state;
    case 'edit-name':
      // Typing clears a name error; other failures stay until the next attempt (a kind chosen too).
      if (state.step !== 'choose') return state;
      return state.failure?.field === 'name' ? initialState(state.kind, event.name) : { ...state, name: event.name };
    case 'start':
      // Blank once trimmed, as it is sent: the field must be filled first.
      if (state.step !== 'choose' || state.name.trim() === '') return state;
      return { step: 'starting', ...base(state) };
    case 'restart':
      // A new enrollment with the same kind and name; from `done`, a fresh form.
      if (state.step === 'expired' || state.step === 'invalid') return { step: 'starting', ...base(state) };
      if (state.step === 'done') return initialState(state.kind, '');
      return state;
    case 'started':
      if (state.step !== 'starting') return state;
      // The event brings the enrollment id and the accepted name.
      return { step: state.kind === 'totp' ? 'scan' : 'waiting', ...startedOf({ ...state, ...event }) };
    case 'start-failed':
      if (state.step !== 'starting') return state;
      return { step: 'choose', ...base(state), failure: { error: event.error, field: event.field } };
    case 'setup-invalid':
      return state.step === 'starting' ? { step: 'invalid', ...base(state) } : state;
    case 'verify':
      if (state.step !== 'scan') return state;
      return { step: 'verifying', ...startedOf(state) };
    case 'verify-failed':
      if (state.step !== 'verifying') return state;
      if (event.expired) return { step: 'expired', ...base(state), reason: event.noTriesLeft ? 'no-tries' : 'expired' };
      return { step: 'scan', ...startedOf(state), failure: { error: event.error, field: event.field } };
    case 'poll-failed':
      if (state.step !== 'waiting') return state;
      return { ...state, failure: { error: event.error, field: 'form' } };
    case 'activated':
      if (!holdsSetup(state)) return state;
      return { step: 'done', ...base(state), authenticator: event.authenticator };
    case 'ended':
      if (!holdsSetup(state)) return state;
      return { step: 'expired', ...base(state), reason: event.reason };
    case 'cancel':
      if (state.step === 'scan' || state.step === 'waiting') {
        return { step: 'cancelling', ...startedOf(state), from: state.step };
      }
      return state;
    case 'cancel-failed':
      if (state.step !== 'cancelling') return state;
      return { step: state.from, ...startedOf(state), failure: { error: event.error, field: 'form', cancel: true } };
    case 'cancelled':
      return state.step === 'cancelling' ? { step: 'choose', ...base(state), cancelled: true } : state;
    case 'interrupted':
      // Nothing is sent again by itself: the user finds the form as they left it and decides.
      if (state.step === 'starting') return initialState(state.kind, state.name);
      if (state.step === 'verifying') return { step: 'scan', ...startedOf(state) };
      if (state.step === 'cancelling') return { step: state.from, ...startedOf(state) };
      return state;
  }
}

function startedOf(state: Started): Started {
  return { ...base(state), enrollmentId: state.enrollmentId, acceptedName: state.acceptedName };
}
