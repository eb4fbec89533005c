import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { MfaClient } from './client.js';
import { type MfaContextValue, MfaContextConsumer } from './context.js';
import { type Localizer, type StringSource, registerStrings, stringsComplete, updateAfterStrings } from './localize.js';
import { PageLocale } from './page-locale.js';
import { ResourceController } from './resource.js';
import type { SettingsSummary } from './types.js';

/**
 * The base of every element that talks to the endpoint: it finds the nearest `<mfa-provider>`
 * (whenever either is defined), and gives the element its client and localizer. Without a
 * provider the element localizes from the nearest `lang` and uses its own `client` property.
 */
export class MfaElement extends LitElement {
  /**
   * The string tables this element shows, besides the shared core's: the ones it registers, and
   * whose translation it loads.
   */
  protected static strings: readonly StringSource[] = [];

  #connection = new AbortController();

  readonly #context = new MfaContextConsumer(this);
  /** Without a provider, the strings follow the page's `lang`. */
  readonly #pageLocale = new PageLocale(this);

  /** What the nearest `<mfa-provider>` shares; undefined without one. */
  protected get mfaContext(): MfaContextValue | undefined {
    return this.#context.value;
  }

  /** A client for this element alone, instead of the provider's. */
  @property({ attribute: false })
  client: MfaClient | undefined;

  constructor() {
    super();
    registerStrings(...this.#strings);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#connection.signal.aborted) this.#connection = new AbortController();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Every request the element started while connected is abandoned: its answer would be stale.
    this.#connection.abort(new DOMException('The element was disconnected.', 'AbortError'));
  }

  /** Aborts when the element is disconnected: pass it (or a signal combined with it) to every request. */
  protected get connectedSignal(): AbortSignal {
    return this.#connection.signal;
  }

  /** The client in use: this element's own, else the provider's. */
  protected get activeClient(): MfaClient | undefined {
    return this.client ?? this.mfaContext?.client;
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
      signal: () => this.connectedSignal,
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

  get #strings(): readonly StringSource[] {
    return (this.constructor as typeof MfaElement).strings;
  }

  // biome-ignore lint/suspicious/noConfusingVoidType: the signature LitElement declares.
  protected override scheduleUpdate(): void | Promise<unknown> {
    return updateAfterStrings(this, () => this.localizer, this.#strings, () => super.scheduleUpdate());
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return stringsComplete(() => this.localizer, this.#strings, () => super.getUpdateComplete());
  }

  protected get localizer(): Localizer {
    return this.mfaContext?.localizer ?? this.#pageLocale.localizer;
  }
}
