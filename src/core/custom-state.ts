import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Shows an element's status (one of a set of exclusive values) as a CSS custom state, so hosts
 * can style `mfa-method-picker:state(saving)`. Engines without custom states skip it quietly:
 * the element's `status` property still tells.
 */
export class CustomStateController implements ReactiveController {
  readonly #internals: ElementInternals;
  readonly #current: () => string;
  #shown: string | undefined;

  constructor(host: ReactiveControllerHost, internals: ElementInternals, current: () => string) {
    this.#internals = internals;
    this.#current = current;
    host.addController(this);
  }

  hostUpdated(): void {
    const next = this.#current();
    if (next === this.#shown) return;
    try {
      if (this.#shown) this.#internals.states.delete(this.#shown);
      this.#internals.states.add(next);
    } catch {
      // No CustomStateSet in this engine.
    }
    this.#shown = next;
  }
}
