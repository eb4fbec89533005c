import { MfaEvent } from '../../core/events.js';
import type { AdminAction, AdminUserResult } from '../../core/types.js';

/** The events of `<mfa-user-admin>`. They carry user ids and machine codes only. */

export interface MfaAdminActionCompleteDetail {
  /** The action that ran. */
  action: AdminAction;
  /**
   * The endpoint's result for each user of this request (after "try again for the ones the server could not finish",
   * those users only). Failed users are included with their error code.
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
