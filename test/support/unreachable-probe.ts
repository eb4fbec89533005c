/** A module that `refetchesFailedModules` (unreachable.ts) makes unreachable, then imports again. */
export const probe = true;
