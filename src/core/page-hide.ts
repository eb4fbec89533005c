import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls `hidden` when the page is hidden (`pagehide`) while the host is connected. A page the
 * browser keeps in its back/forward cache keeps its elements connected, and Back shows it again as
 * it was left: what an element forgets when it is removed (a new app password, a set-up's key) it
 * must forget when the page is hidden too.
 */
export class PageHideController implements ReactiveController {
  readonly #hidden: () => void;

  constructor(host: ReactiveControllerHost, hidden: () => void) {
    this.#hidden = hidden;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.#hidden);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.#hidden);
  }
}
