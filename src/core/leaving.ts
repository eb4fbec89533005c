/**
 * Calls `left` once `host` has left the page: when the script that took it out is over (at the next
 * microtask checkpoint: an `await` ends it), unless that script put it back. A framework moves an
 * element by taking it out and putting it in again at once (as `moveBefore()` does where an element
 * does not define `connectedMoveCallback`): that is not leaving, and what the user started there
 * goes on, such as a request in flight, a password shown once, or a set-up. Call it from
 * `disconnectedCallback` (or a controller's `hostDisconnected`).
 */
export function whenLeft(host: Element, left: () => void): void {
  queueMicrotask(() => host.isConnected || left());
}
