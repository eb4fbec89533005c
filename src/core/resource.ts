import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MfaClient } from './client.js';
import { isAbortError, isMfaError } from './errors.js';
import { MfaErrorEvent } from './events.js';
import { moveFocus } from './move-focus.js';
import type { MfaOperation } from './client.js';
import { RateLimitWait } from './wait.js';

/**
 * Where the focus goes when a load took away the control that had it (see `hostUpdated`): a control
 * or a heading made focusable (`tabindex="-1"`), in document order; else a status region
 * (`role="status"`) that says something. Of a radio group (each is a fieldset), the radio Tab lands
 * on: the checked one, or while none is (the administrator's actions before one is chosen), the first.
 */
const FOCUS_TARGETS = 'button,input:not(fieldset:has(:checked) :not(:checked)),select,[tabindex],[role=status]';

/** An `MfaElement` as the host: its `connectedSignal` is protected, so read through this type. */
type SignalHost = ReactiveControllerHost & HTMLElement & { readonly connectedSignal?: AbortSignal };

export type ResourceStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface ResourceOptions<T> {
  operation: MfaOperation;
  /** The client in use now; a new client means a new load. */
  client: () => MfaClient | undefined;
  load: (client: MfaClient, signal: AbortSignal) => Promise<T>;
  /** Loads again when this changes; pass the element's `settingsRevision`. */
  revision?: () => number;
  /**
   * The element's connection signal. Left out, the host's own `connectedSignal` (an `MfaElement`'s);
   * on an element without one, give it, or nothing aborts a load as the element leaves the page.
   */
  signal?: () => AbortSignal;
}

/**
 * Something an element reads from the endpoint (the settings, a list). Loads when a client is
 * first available and again when it changes; a newer load aborts an older one, whose answer is
 * then ignored; the last good value stays shown while reloading. Reads retry inside the client.
 *
 * A load the endpoint refuses with `rate-limited` (the client's own retries gave up) waits out the
 * Retry-After: `reload()` does nothing meanwhile, `retryAfterSeconds` counts down (the host renders
 * each second), and when the wait is over it loads again by itself (a read changes nothing). How
 * elements show it is what actions do (see `ActionController.rateLimited`), with the Retry control
 * `aria-disabled` and described by the countdown while the wait runs.
 */
export class ResourceController<T> implements ReactiveController {
  // Set in the constructor: a public field's initializer would move every private one's there too.
  status: ResourceStatus;
  value: T | undefined;
  error: unknown;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ResourceOptions<T>;
  #loadedWith: MfaClient | undefined;
  #loadedRevision: number | undefined;
  #current: AbortController | undefined;
  /** Runs while a rate limit's refusal holds; when it is over, the next update loads again. */
  readonly #wait: RateLimitWait;
  /** Rate-limit refusals in a row, since the last load that succeeded. */
  #refusals = 0;
  /** What had the focus inside the host when a load started (see `hostUpdated`); `#moved`: put there by it. */
  #focus: Element | null | undefined;
  #moved = false;
  /** The last `reload()`'s promise (see there). */
  #loading: Promise<void> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ResourceOptions<T>) {
    this.status = 'idle';
    this.#host = host;
    this.#options = options;
    this.#wait = new RateLimitWait(host, () => {
      this.#loadedWith = undefined;
      host.requestUpdate();
    });
    host.addController(this);
  }

  /** Whole seconds until a load refused by a rate limit may be sent again; 0 when it may. */
  get retryAfterSeconds(): number {
    return this.#wait.seconds;
  }

  /** The last load was refused by a rate limit whose wait still runs (`error` is the refusal). */
  get rateLimited(): boolean {
    return this.retryAfterSeconds > 0;
  }

  hostConnected(): void {
    // Reconnected after a disconnect aborted the load: load again. Under a provider, its context
    // asks for the update that sends it; with a client of the element's own, nothing else would.
    if (this.status === 'loading' || this.status === 'idle') {
      this.#loadedWith = undefined;
      this.#host.requestUpdate();
    }
    this.#wait.resume();
  }

  hostUpdate(): void {
    const client = this.#options.client();
    const revision = this.#options.revision?.();
    if (client && (client !== this.#loadedWith || revision !== this.#loadedRevision)) void this.reload();
  }

  /**
   * Keeps the focus in the element when a load takes away what had it (WCAG 2.4.3): Retry, pressed
   * or waiting out a rate limit, goes when the load starts. One rule for every element, as the
   * elements move it after a change (to a status line, a list, a field): the focus goes to the
   * element's first control or focusable heading (`FOCUS_TARGETS`), that is what loaded; to Retry
   * (`loadRetryButton`) if the load failed; and while there is neither, to the status
   * region saying "Loading…" (made focusable then), from where it moves on once the load is
   * over. The region is the live one already saying it: no other element says it too, and it is not
   * live while it has the focus, so it is read once (`moveFocus`). Focus the user has moved
   * meanwhile is left where it is.
   */
  hostUpdated(): void {
    const held = this.#focus;
    const root = this.#host.shadowRoot!;
    const settled = this.status !== 'loading';
    if (!held || (root.activeElement === held && !settled)) return;
    // Still on the region it moved the focus to, or fallen to the page with what had it, or with that
    // region, which the new view may have placed elsewhere (a node moved in the DOM loses the focus).
    const fell = document.activeElement === document.body && (this.#moved || !held.isConnected);
    if (fell || (held.isConnected && root.activeElement === held && this.#moved)) {
      const all = [...root.querySelectorAll<HTMLElement>(FOCUS_TARGETS)].filter((e) => e.checkVisibility());
      const to =
        (this.status === 'error' && root.querySelector<HTMLElement>('[data-load-retry]')) ||
        (all.find((e) => !e.role) ?? all.find((e) => e.textContent!.trim()));
      moveFocus(to);
      this.#focus = to;
      this.#moved = true;
      // Held past the load while only a status region has it, until there is a control.
      if (to?.role || !settled) return;
    }
    this.#focus = undefined;
  }

  hostDisconnected(): void {
    this.#current?.abort();
    this.#wait.pause();
  }

  /**
   * Loads again; resolves when this load has settled, or, when a newer one replaced it meanwhile
   * (a change, the provider's revision), when the newest has: what it shows is then what the endpoint
   * has. While a rate limit's wait runs it does nothing (the load follows by itself when the wait is
   * over), unless the client is a new one.
   */
  reload(): Promise<void> {
    const loading: Promise<void> = this.#load().then(() => (this.#loading === loading ? undefined : this.#loading));
    this.#loading = loading;
    return loading;
  }

  async #load(): Promise<void> {
    const client = this.#options.client();
    if (!client || (this.rateLimited && client === this.#loadedWith)) return;
    this.#wait.clear();
    this.#loadedWith = client;
    this.#loadedRevision = this.#options.revision?.();
    this.#current?.abort();
    const controller = new AbortController();
    this.#current = controller;
    this.status = 'loading';
    if (!this.#focus) {
      this.#focus = this.#host.shadowRoot?.activeElement;
      this.#moved = false;
    }
    this.#host.requestUpdate();
    try {
      // A host that gives no signal and is no `MfaElement` has only this one: it aborts nothing else.
      const own = this.#options.signal?.() ?? (this.#host as SignalHost).connectedSignal ?? controller.signal;
      const value = await this.#options.load(client, AbortSignal.any([controller.signal, own]));
      if (this.#current !== controller) return;
      this.value = value;
      this.error = undefined;
      this.status = 'ready';
      this.#refusals = 0;
    } catch (error) {
      if (this.#current !== controller || isAbortError(error)) return;
      this.error = error;
      this.status = 'error';
      if (isMfaError(error)) {
        this.#host.dispatchEvent(
          new MfaErrorEvent({ operation: this.#options.operation, code: error.code, status: error.status }),
        );
        // The load after the wait comes by itself: each refusal in a row waits at least twice as
        // long as the one before (2 s, 4 s… up to 5 minutes), so an endpoint answering a short or
        // zero Retry-After again and again is not asked every second.
        if (error.code === 'rate-limited') {
          this.#refusals++;
          this.#wait.start(Math.max(error.retryAfter ?? 30, Math.min(2 ** this.#refusals, 300)));
        }
      }
    } finally {
      if (this.#current === controller) this.#host.requestUpdate();
    }
  }

  /**
   * Replaces the value with one the endpoint has confirmed (after a change), without waiting for a
   * read. A read still in flight is not applied: it may have been answered before the change. It is
   * sent again instead, as what else it shows may have changed too (another tab, the host); the
   * confirmed value shows meanwhile.
   */
  set(value: T): void {
    const stale = this.status === 'loading';
    this.#wait.clear();
    this.#current?.abort();
    this.#current = undefined;
    this.value = value;
    this.status = 'ready';
    this.error = undefined;
    this.#host.requestUpdate();
    if (stale) void this.reload();
  }
}

/** `set`, for a change the endpoint has confirmed to part of the value shown. */
export function confirmChange<T>(resource: ResourceController<T>, change: Partial<T>): void {
  if (resource.value) resource.set({ ...resource.value, ...change });
  else if (resource.status === 'loading') void resource.reload();
}
