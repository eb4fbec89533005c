import { MfaEvent } from '../../core/events.js';
import type { AdminAction, AdminUserResult } from '../../core/types.js';

/** The events of `<mfa-user-admin>`. They carry user ids and machine codes only. */

export interface MfaAdminActionCompleteDetail {
  /** The action that ran. */
  action: AdminAction;
  /**
   * The endpoint's result for each user it answered for (after "Try again for the 3 not done", those users only).
   * Failed users are included with their error code. Users it was not asked about are not: those of a request
   * that failed after others were answered, or not sent because the admin pressed Stop.
   */
  results: AdminUserResult[];
  /**
   * True when a rate limit, a sign-in to renew or the element taken out of the page stopped a run of
   * more than 100 users after some of its requests were answered: `results` are those answered so
   * far, and the run is not over (the element is back at its confirmation, or its results, to run
   * it again; the other users' results follow in another event). False once the run has ended: a
   * run told of in part before then tells of the users not told of yet, none perhaps (`results`
   * empty: a request failed, or the admin pressed Stop, after those answered).
   */
  interrupted: boolean;
}

/**
 * The endpoint answered an administrator action with a result per user (some may have failed); each
 * user's result is told once. See `interrupted` for a run stopped part way.
 */
export class MfaAdminActionCompleteEvent extends MfaEvent<MfaAdminActionCompleteDetail> {
  static override readonly eventName = 'mfa-admin-action-complete';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-admin-action-complete': MfaAdminActionCompleteEvent;
  }
}
