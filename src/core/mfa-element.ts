import type { PropertyDeclarations } from 'lit';
import type { MfaClient } from './client.js';
import { whenLeft } from './leaving.js';
import { LocalizedElement } from './localized-element.js';
import { ResourceController } from './resource.js';
import type { SettingsSummary } from './types.js';

/**
 * The base of every element that talks to the endpoint: it gives the element its client (the
 * nearest `<mfa-provider>`'s, else its own `client` property) and, from `LocalizedElement`, its
 * localizer.
 */
export class MfaElement extends LocalizedElement {
  // Declared in this table rather than with Lit's decorator, as every element declares its own:
  // an element none of whose classes uses a decorator leaves out their code (Lit's property
  // decorator and TypeScript's helper).
  static override properties: PropertyDeclarations = { client: { attribute: false } };

  #connection = new AbortController();

  /** A client for this element alone, instead of the provider's. */
  client: MfaClient | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#connection.signal.aborted) this.#connection = new AbortController();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Every request the element started while connected is abandoned once it has left the page (not
    // when it is only moved in it): its answer would be stale. The reason is the plain AbortError.
    whenLeft(this, () => this.#connection.abort());
  }

  /**
   * Aborts when the element has left the page (see `whenLeft`): pass it (or a signal combined with
   * it) to every request.
   */
  protected get connectedSignal(): AbortSignal {
    return this.#connection.signal;
  }

  /** The client in use: this element's own, else the provider's. */
  protected get activeClient(): MfaClient | undefined {
    return this.client ?? this.mfaContext?.client;
  }

  /**
   * A client to use, or one to wait for: inside a provider not given an endpoint or a client yet (a
   * host that configures it once the page has loaded, say), or not defined yet (its module loads
   * after this one's), the element shows what it shows while loading, rather than say it is not
   * connected (the provider warns in the console meanwhile, told by `waiting()`).
   */
  protected get clientExpected(): boolean {
    const context = this.mfaContext;
    if (!this.activeClient) context?.waiting?.();
    return !!(this.activeClient ?? context ?? this.closest('mfa-provider'));
  }

  /** The client in use, for code that only runs once there is one (a user action, a load). */
  protected requireClient(): MfaClient {
    const client = this.activeClient;
    if (!client) throw new Error(`${this.localName}: no client (place it inside <mfa-provider> or set its client)`);
    return client;
  }

  /**
   * The user's settings summary, loaded from the active client and again after every confirmed
   * change (the provider's revision). `enabled` returning false keeps it from loading.
   */
  protected settingsResource(enabled: () => boolean = () => true): ResourceController<SettingsSummary> {
    return new ResourceController<SettingsSummary>(this, {
      operation: 'getSettings',
      client: () => (enabled() ? this.activeClient : undefined),
      revision: () => this.settingsRevision,
      load: (client, signal) => client.getSettings({ signal }),
    });
  }

  /** Tell the other elements that the endpoint confirmed a change, so they load again. */
  protected notifyChange(): void {
    this.mfaContext?.notifyChange();
  }

  /** The provider's settings revision (see `MfaContextValue.revision`); 0 without a provider. */
  protected get settingsRevision(): number {
    return this.mfaContext?.revision ?? 0;
  }
}
