/**
 * Calls `left` once `host` has left the page: at the end of the script that took it out, unless
 * that script put it back. A framework moves an element by taking it out and putting it in again at
 * once (as `moveBefore()` does where an element does not define `connectedMoveCallback`): that is
 * not leaving, and what the user started there goes on, such as a request in flight, a password
 * shown once, or a set-up.
 */
export function whenLeft(host: Element, left: () => void): void {
  queueMicrotask(() => host.isConnected || left());
}
