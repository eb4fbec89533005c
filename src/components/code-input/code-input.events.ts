export interface MfaCodeCompleteDetail {
  /** The whole code, ASCII digits only. */
  code: string;
}

/**
 * The user has entered every digit of the code (typed, pasted or filled in by WebOTP) in a
 * `<mfa-code-input auto-submit>`. Cancelable: without `preventDefault()` the element then submits
 * the form it belongs to, if any.
 *
 * Unlike the other events, it does not leave the shadow root the input is in: the code stays inside
 * an element that uses the input in its own form (the phone editor, the enrollment), and a page
 * that vetoes the event for its own code field does not stop theirs. Listen on the input, or on
 * anything around it in the same tree.
 */
export class MfaCodeCompleteEvent extends Event {
  static readonly eventName = 'mfa-code-complete';
  readonly detail: MfaCodeCompleteDetail;

  constructor(detail: MfaCodeCompleteDetail) {
    super('mfa-code-complete', { bubbles: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-code-complete': MfaCodeCompleteEvent;
  }
}
