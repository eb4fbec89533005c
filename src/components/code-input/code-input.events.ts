export interface MfaCodeCompleteDetail {
  /** The whole code, ASCII digits only. */
  code: string;
}

/**
 * The user has entered every digit of the code (typed, pasted or filled in by WebOTP) in a
 * `<mfa-code-input auto-submit>`. Cancelable: without `preventDefault()` the element then submits
 * the form it belongs to, if any.
 */
export class MfaCodeCompleteEvent extends Event {
  static readonly eventName = 'mfa-code-complete';
  readonly detail: MfaCodeCompleteDetail;

  constructor(detail: MfaCodeCompleteDetail) {
    super(MfaCodeCompleteEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-code-complete': MfaCodeCompleteEvent;
  }
}
