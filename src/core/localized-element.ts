import { LitElement } from 'lit';
import { type MfaContextValue, MfaContextConsumer } from './context.js';
import { type Localizer, type StringSource, registerStrings, stringsComplete, updateAfterStrings } from './localize.js';
import { PageLocale } from './page-locale.js';

/**
 * The base of every element that shows strings: it finds the nearest `<mfa-provider>` (whenever
 * either is defined) and localizes from it, or, without a provider, from the nearest `lang`. Its
 * first render waits for its strings in its locale. `MfaElement` adds what talking to the endpoint
 * needs; `<mfa-code-input>` needs only this.
 */
export class LocalizedElement extends LitElement {
  /**
   * The string tables this element shows, besides the shared core's: the ones it registers, and
   * whose translation it loads.
   */
  protected static strings: readonly StringSource[] = [];

  readonly #context = new MfaContextConsumer(this);
  /** Without a provider, the strings follow the page's `lang`. */
  readonly #pageLocale = new PageLocale(this);

  /** What the nearest `<mfa-provider>` shares; undefined without one. */
  protected get mfaContext(): MfaContextValue | undefined {
    return this.#context.value;
  }

  constructor() {
    super();
    registerStrings(...this.#strings);
  }

  get #strings(): readonly StringSource[] {
    return (this.constructor as typeof LocalizedElement).strings;
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
