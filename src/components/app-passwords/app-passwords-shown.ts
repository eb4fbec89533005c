/**
 * The new password of `<mfa-app-passwords>` while it is shown, and copying it. It lives in a
 * private field of this controller only: never in reactive state, an event, an attribute or
 * storage. Done forgets it, and so do removing the element (not moving it in the page) and leaving
 * the page (also for the browser's back/forward cache, from which Back would show it again). What
 * the user copied stays on the system's clipboard: the element does not clear it (a copy of the
 * user's own since would go).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenLeft } from '../../core/leaving.js';
import { PageHideController } from '../../core/page-hide.js';
import type { AppPasswordsEvent } from './app-passwords-flow.js';

/** What the controller needs of the element. */
interface ShownHost extends ReactiveControllerHost, Element {
  readonly renderRoot: ParentNode;
}

export class ShownPassword implements ReactiveController {
  /** The new password, in memory only while it is shown. Deliberately not reactive. */
  #secret: string | undefined;
  readonly #host: ShownHost;
  readonly #go: (event: AppPasswordsEvent) => void;

  /** `go` moves the element's view (`copied`, `copy-refused`, `done`). */
  constructor(host: ShownHost, go: (event: AppPasswordsEvent) => void) {
    this.#host = host;
    this.#go = go;
    host.addController(this);
    new PageHideController(host, () => this.forget());
  }

  hostDisconnected(): void {
    // Removing the element forgets the password, as Done does. Moving it does not: the user could
    // not see it again.
    whenLeft(this.#host, () => this.forget());
  }

  /** The password while it is shown. */
  get value(): string | undefined {
    return this.#secret;
  }

  /** Keeps a new password to show it. */
  hold(secret: string): void {
    this.#secret = secret;
  }

  /** Forgets the password and leaves the panel. */
  forget(): void {
    this.#secret = undefined;
    this.#go({ type: 'done' });
  }

  /** Copies the password; where the browser refuses, selects it in a field to copy by hand. */
  async copy(): Promise<void> {
    const secret = this.#secret;
    if (!secret) return;
    try {
      // Throws where there is no clipboard (plain-HTTP pages) and rejects where it is refused.
      await navigator.clipboard.writeText(secret);
      if (this.#secret === secret) this.#go({ type: 'copied' });
    } catch {
      if (this.#secret !== secret) return;
      this.#go({ type: 'copy-refused' });
      await this.#host.updateComplete;
      const field = this.#host.renderRoot.querySelector<HTMLInputElement>('#manual');
      field?.focus();
      field?.select();
    }
  }
}
