/** What an outcome is read from: an `ActionController`, whatever its arguments. */
export interface ActionOutcome<R> {
  status: string;
  result: R | undefined;
  error: unknown;
}

/**
 * Handles each action's new outcome once, however the action was run: by a click in the element,
 * or by the host's `retry()` after re-authentication. Each success and failure must be a new object
 * (an action that resolves with nothing maps its result to a fresh `{}`).
 */
export class ActionOutcomes {
  readonly #seen = new WeakMap<object, unknown>();

  /** Calls `onSuccess` or `onError` if the action has an outcome not handled yet. */
  take<R>(action: ActionOutcome<R>, onSuccess: (result: R) => void, onError: (error: unknown) => void): void {
    const failed = action.status === 'error' || action.status === 'reauth';
    const outcome: unknown = failed ? action.error : action.status === 'success' && action.result;
    if (typeof outcome !== 'object' || outcome === null || this.#seen.get(action) === outcome) return;
    this.#seen.set(action, outcome);
    if (failed) onError(outcome);
    else onSuccess(outcome as R);
  }
}
