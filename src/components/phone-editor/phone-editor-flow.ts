/**
 * The phone editor's steps as a pure state machine: `transition(state, event)` returns the next
 * state, or the same object when the event does not apply (a late answer, a double click).
 *
 *   viewing ─edit→ editing ─send→ sending ─sent→ awaiting-code ─confirm→ confirming ─confirmed→ saved
 *                     ↑  ←send-failed─┘          │  ↑ ←confirm-failed─┘        └─(expired)→ expired
 *                     └──────change-number───────┘  └────────resent──────────────────────────┘
 *   viewing ─remove→ remove-confirm ─remove-confirmed→ removing ─removed→ viewing
 *                          ↑ ←──────────remove-failed──────┘
 *
 * `expired`: the challenge takes no more codes, because its code expired or no tries are left
 * (the endpoint answered a wrong code with `attemptsLeft: 0`); only a new code goes on from there.
 * A new code refused with 410 (`resend-failed`, expired: the challenge was confirmed or replaced
 * elsewhere) goes back to `editing`, the number kept, to ask on a new challenge.
 *
 * `interrupted` (the element left the page mid-request, not moved in it) returns each pending step
 * to the one it came from.
 *
 * What the user typed is not in the state: the element keeps it across every step, so no
 * failure and no "change number" loses it.
 */
import type { PhoneChallenge } from '../../core/types.js';

export type FlowState =
  | { step: 'viewing'; notice?: 'removed' }
  | { step: 'editing'; error?: unknown }
  | { step: 'sending' }
  | { step: 'awaiting-code'; challenge: PhoneChallenge; error?: unknown }
  | { step: 'confirming'; challenge: PhoneChallenge }
  | { step: 'expired'; challenge: PhoneChallenge; error?: unknown }
  | { step: 'saved'; maskedNumber: string }
  | { step: 'remove-confirm'; error?: unknown }
  | { step: 'removing' };

export type FlowStep = FlowState['step'];

export type FlowEvent =
  | { type: 'edit' }
  | { type: 'cancel' }
  | { type: 'send' }
  | { type: 'sent'; challenge: PhoneChallenge }
  | { type: 'send-failed'; error: unknown }
  | { type: 'change-number' }
  | { type: 'confirm' }
  | { type: 'confirmed'; maskedNumber: string }
  /** `expired`: the challenge takes no more codes (expired, or no tries left). */
  | { type: 'confirm-failed'; error: unknown; expired: boolean }
  | { type: 'resent'; challenge: PhoneChallenge }
  | { type: 'resend-failed'; error: unknown; expired: boolean }
  | { type: 'remove' }
  | { type: 'remove-confirmed' }
  | { type: 'removed' }
  | { type: 'remove-failed'; error: unknown }
  /**
   * The element left the page (see `whenLeft`) while a request was in flight: back to where it was
   * sent from.
   */
  | { type: 'interrupted' };

export const initialState: FlowState = { step: 'viewing' };

export function transition(state: FlowState, event: FlowEvent): FlowState {
  switch (event.type) {
    case 'interrupted':
      if (state.step === 'sending') return { step: 'editing' };
      if (state.step === 'confirming') return { step: 'awaiting-code', challenge: state.challenge };
      if (state.step === 'removing') return { step: 'remove-confirm' };
      return state;
    case 'edit':
      return state.step === 'viewing' || state.step === 'saved' ? { step: 'editing' } : state;
    case 'cancel':
      // While the number is sent too: its answer is not waited for (see `PhoneVerification.cancel`).
      return state.step === 'editing' ||
        state.step === 'sending' ||
        state.step === 'awaiting-code' ||
        state.step === 'expired' ||
        state.step === 'remove-confirm'
        ? { step: 'viewing' }
        : state;
    case 'send':
      return state.step === 'editing' ? { step: 'sending' } : state;
    case 'sent':
      // From `editing` too: a send retried by the host after re-authentication lands there.
      return state.step === 'sending' || state.step === 'editing'
        ? { step: 'awaiting-code', challenge: event.challenge }
        : state;
    case 'send-failed':
      return state.step === 'sending' || state.step === 'editing' ? { step: 'editing', error: event.error } : state;
    case 'change-number':
      return state.step === 'awaiting-code' || state.step === 'expired' ? { step: 'editing' } : state;
    case 'confirm':
      return state.step === 'awaiting-code' ? { step: 'confirming', challenge: state.challenge } : state;
    case 'confirmed':
      return state.step === 'confirming' || state.step === 'awaiting-code'
        ? { step: 'saved', maskedNumber: event.maskedNumber }
        : state;
    case 'confirm-failed':
      if (state.step !== 'confirming' && state.step !== 'awaiting-code') return state;
      return { step: event.expired ? 'expired' : 'awaiting-code', challenge: state.challenge, error: event.error };
    case 'resent':
      return state.step === 'awaiting-code' || state.step === 'expired'
        ? { step: 'awaiting-code', challenge: event.challenge }
        : state;
    case 'resend-failed':
      if (state.step !== 'awaiting-code' && state.step !== 'expired') return state;
      // 410: the challenge was confirmed or replaced (in another tab, say); a new code on it would
      // be refused again. Back to the number, kept, to send a code on a new one.
      return event.expired ? { step: 'editing', error: event.error } : { ...state, error: event.error };
    case 'remove':
      return state.step === 'viewing' || state.step === 'saved' ? { step: 'remove-confirm' } : state;
    case 'remove-confirmed':
      return state.step === 'remove-confirm' ? { step: 'removing' } : state;
    case 'removed':
      return state.step === 'removing' || state.step === 'remove-confirm' ? { step: 'viewing', notice: 'removed' } : state;
    case 'remove-failed':
      return state.step === 'removing' || state.step === 'remove-confirm'
        ? { step: 'remove-confirm', error: event.error }
        : state;
  }
}
