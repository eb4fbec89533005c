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
}

/** The endpoint answered an administrator action with a result per user (some may have failed). */
export class MfaAdminActionCompleteEvent extends MfaEvent<MfaAdminActionCompleteDetail> {
  static override readonly eventName = 'mfa-admin-action-complete';
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mfa-admin-action-complete': MfaAdminActionCompleteEvent;
  }
}
