import { ContextProvider } from '@lit/context';
import { LitElement, type PropertyValues, type TemplateResult, css, html } from 'lit';
import { keyword } from '../../core/attribute-values.js';
import { FetchClient, type HeadersOption, type MfaClient } from '../../core/client.js';
import { type MfaContextValue, answerWaiting, mfaContext } from '../../core/context.js';
import { hostStrings } from '../../core/host-strings.js';
import { Localizer, type StringOverrides, ambientLocale } from '../../core/localize.js';
import { PageLocale } from '../../core/page-locale.js';
import type { MfaErrorEvent } from '../../core/events.js';

/** `light` or `dark` forces a scheme; `auto` follows the operating system; unset follows the page. */
export type MfaTheme = 'light' | 'dark' | 'auto';

const credentialsOf = keyword('credentials', ['same-origin', 'include', 'omit'], 'same-origin');
/** Read for the console's word on a value it cannot take (the styles read the attribute, in any case). */
const themeOf = keyword('theme', ['light', 'dark', 'auto']);

/**
 * @summary Configures every mfa element inside it, once: the endpoint and how to call it, the
 * locale and the host's own words, and the colour scheme.
 *
 * Elements find their nearest provider whichever is defined or upgraded first. It renders only its
 * children and takes no space of its own (`display: contents`).
 *
 * @slot - The elements to configure, and any other content.
 *
 * @cssproperty [--mfa-color-text=light-dark(#1b1b1f, #ececf1)] Body text.
 * @cssproperty [--mfa-color-text-muted=light-dark(#55565e, #b4b5bd)] Secondary text (hints, dates).
 * @cssproperty [--mfa-color-surface=light-dark(#ffffff, #18181b)] Background of elements and fields.
 * @cssproperty [--mfa-color-surface-raised=light-dark(#f4f4f6, #232327)] Background of cards, rows and notices.
 * @cssproperty [--mfa-color-border=light-dark(#8a8b94, #74757e)] Borders of fields and controls.
 * @cssproperty [--mfa-color-primary=light-dark(#1f5fbf, #8ab4f8)] Primary buttons, links, selected controls.
 * @cssproperty [--mfa-color-on-primary=light-dark(#ffffff, #0b1b33)] Text on the primary colour.
 * @cssproperty [--mfa-color-danger=light-dark(#b3261e, #ffb4ab)] Errors and destructive actions.
 * @cssproperty [--mfa-color-success=light-dark(#1e6b34, #8fd9a3)] Confirmations.
 * @cssproperty [--mfa-color-warning=light-dark(#7a5200, #f2c35b)] Warnings, such as the restricted-method notice.
 * @cssproperty [--mfa-color-focus=light-dark(#1f5fbf, #8ab4f8)] The focus ring.
 * @cssproperty [--mfa-font-family=system-ui, sans-serif] Font of every element. It names no font for Chinese or Japanese: the browser picks the one it has for the language of the words (the `lang` each element sets), so Japanese is not drawn in a font made for Chinese.
 * @cssproperty [--mfa-font-size=1rem] Base font size.
 * @cssproperty [--mfa-font-size-small=0.875em] Hints and secondary text: 0.875 times the text around them (`--mfa-font-size`) unless set.
 * @cssproperty [--mfa-line-height=1.5] Base line height.
 * @cssproperty [--mfa-space-xs=0.25rem] Smallest gap.
 * @cssproperty [--mfa-space-s=0.5rem] Small gap.
 * @cssproperty [--mfa-space-m=1rem] Medium gap.
 * @cssproperty [--mfa-space-l=1.5rem] Large gap.
 * @cssproperty [--mfa-radius=0.375rem] Corner radius of fields, buttons and cards.
 * @cssproperty [--mfa-focus-ring-width=2px] Width of the focus ring.
 */
export class MfaProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
    /* In any case, as HTML reads its own attributes of a few words. */
    :host([theme='light' i]) {
      color-scheme: light;
    }
    :host([theme='dark' i]) {
      color-scheme: dark;
    }
    :host([theme='auto' i]) {
      color-scheme: light dark;
    }
  `;
  // The reactive properties are declared in this one table, and the context is given through
  // @lit/context's controller, rather than with decorators: each decorated field compiled to a call
  // of TypeScript's decorator helper, and with no decorator left in any element, the helper and
  // Lit's decorators leave the bundle. Each field below keeps its doc comment. The state is never
  // an attribute (Lit links none to it, and the manifest lists none).
  static override properties = {
    revision: { state: true },
    endpoint: {},
    credentials: {},
    timeout: { type: Number },
    locale: {},
    theme: { reflect: true },
    headers: { attribute: false },
    csrfMeta: { attribute: 'csrf-meta' },
    csrfHeader: { attribute: 'csrf-header' },
    strings: { attribute: false },
    client: { attribute: false },
  };

  /**
   * Gives `context` to the elements below, and each new value of it. Made before the other
   * controllers, as the decorator made it, so they run in the same order.
   */
  readonly #provider = new ContextProvider(this, { context: mfaContext });
  /** The nearest `lang` around the provider, followed live; used when `locale` is unset. */
  readonly #pageLocale = new PageLocale(this);
  /** The page locale the current localizer was made for. */
  #localizedPage: string | undefined;
  /** Whether the console was told that `csrf-meta` names no meta in the page. */
  #warnedNoMeta = false;
  /** Whether the console was told that an element inside waits for a client (see `#waiting`). */
  #warnedNoClient = false;
  /** The keys of `strings` said on the console to be no language tag (each is said once). */
  readonly #invalidTags = new Set<string>();

  /** What the elements below are given; setting it passes the new value on to them. */
  protected get context(): MfaContextValue | undefined {
    return this.#provider.value;
  }

  protected set context(value: MfaContextValue | undefined) {
    this.#provider.setValue(value);
  }

  /** Bumped by `notifyChange()`, see `MfaContextValue.revision`. */
  private revision: number;

  /**
   * The endpoint's base URL (absolute, or relative to the page). Requests go nowhere else; a query
   * it has is kept on each (`/api/mfa?tenant=a` → `/api/mfa/settings?tenant=a`). Until it (or
   * `client`) is set, the elements inside show that they are loading, and wait for it.
   */
  endpoint: string;

  /** `fetch` credentials mode: `same-origin` (default, also when the attribute is removed), `include` for a cross-origin endpoint, or `omit`; another value is taken as `same-origin`, and the console says so. */
  credentials: RequestCredentials;

  /** Milliseconds before a request is given up as timed out (a read that timed out is not tried again): 15000 unless a number above 0 is given; at most 2^31 - 1 (24.8 days). */
  timeout: number;

  /** A BCP 47 tag such as `en`, `zh-CN`. Unset: the nearest `lang` attribute, else the browser's language. */
  locale: string | undefined;

  /** The colour scheme: `light`, `dark`, `auto` (the system's), in any case. Unset, or another value (which the console names): the page's `color-scheme`. */
  theme: MfaTheme | undefined;

  /**
   * Headers for every request (a CSRF token, a bearer token), or a function returning them, called
   * before each request so tokens can be refreshed. They win over `csrf-meta`'s header. Set where
   * there were none, after the elements first loaded, they make every element load again (unless
   * `client` is set: it takes no headers from here); other changes apply from the next request
   * (`refresh()` loads everything again). A function that throws fails the request: the user is
   * told of a network failure, and the console says that the headers callback threw, with what it threw.
   */
  headers: HeadersOption | undefined;

  /**
   * The `name` of a `<meta>` element of the page that holds the CSRF token in its `content`, as
   * many server frameworks render it (`<meta name="csrf-token" content="…">`). Read before each
   * request and sent in `csrf-header`, so a page without a script of its own can make changes.
   */
  csrfMeta: string | undefined;

  /** The header that carries the token of `csrf-meta`; `X-CSRF-Token` when empty or taken away. */
  csrfHeader: string;

  /**
   * The host's own words, per locale tag: `{ en: { save: 'Apply' }, de: { save: 'Speichern' } }`; a new
   * object for a change. Tags as translation files name them (`de_DE`, `ja-jp`); a region's table
   * (`de-DE`) also serves its language where no table names it (`de`, `de-AT`). A sentence with
   * parameters is a function, or a string with numbered placeholders (`{0}`), or for a count its
   * plural forms (`{ one: '{1} Treffer', other: '{1} Treffer' }`); `""` or `null` keeps the built-in
   * words. See `StringOverrides`.
   */
  strings: StringOverrides;

  /** A client that replaces the built-in fetch transport entirely; `endpoint` is then unused. */
  client: MfaClient | undefined;

  // The first values are set here, not where the fields are declared: an initializer of a field
  // that is not private (`#`) moves every private one's into the constructor too.
  constructor() {
    super();
    this.revision = 0;
    this.endpoint = '';
    this.credentials = 'same-origin';
    this.timeout = 15_000;
    this.csrfHeader = 'X-CSRF-Token';
    this.strings = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Elements inside that were upgraded before this provider was defined ask again now.
    answerWaiting(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('theme')) themeOf(this.theme);
    // Headers given where there were none, by a script that ran after the elements' first loads
    // (which went without them, and were refused): every element loads again, with them. Not for a
    // host's own client, which takes no headers from here.
    if (this.hasUpdated && changed.has('headers') && this.headers && !changed.get('headers') && !this.client) this.#notifyChange();
    const clientChanged =
      !this.context || changed.has('client') || changed.has('endpoint') || changed.has('credentials') || changed.has('timeout');
    // Without an explicit locale, follow `lang` changes on the page (a portal's own language switch).
    const page = this.#pageLocale.tag;
    const localeChanged =
      !this.context || changed.has('locale') || changed.has('strings') || (!this.locale && page !== this.#localizedPage);
    if (!clientChanged && !localeChanged && this.revision === this.context?.revision) return;
    if (localeChanged) this.#localizedPage = page;
    this.context = {
      client: clientChanged ? this.#makeClient() : this.context?.client,
      // Without a context yet, `localeChanged` is true.
      localizer: localeChanged ? new Localizer(this.locale || page, this.#hostWords()) : this.context!.localizer,
      revision: this.revision,
      notifyChange: this.#notifyChange,
      waiting: this.#waiting,
    };
  }

  /**
   * An element inside waits for a client, saying it is loading (a host may configure the provider
   * once the page has loaded): one forgotten is told to the developer, once. Not for a provider that
   * gives only words, to fields that send nothing.
   */
  #waiting = (): void => {
    if (this.context?.client || this.#warnedNoClient) return;
    this.#warnedNoClient = true;
    console.warn('<mfa-provider>: no endpoint or client yet; the elements inside wait for one.');
  };

  /**
   * After a change an element made, or the host's `refresh()`: the elements load again, and none
   * takes a read the client shares from before (its answer may be from before the change, or for
   * the user signed in before).
   */
  #notifyChange = (): void => {
    this.context?.client?.forget?.();
    this.revision++;
  };

  #makeClient(): MfaClient | undefined {
    if (this.client) return this.client;
    if (!this.endpoint) return undefined;
    return new FetchClient({
      endpoint: this.endpoint,
      // Set by attribute or by script, another value is `same-origin`, and the console says so.
      credentials: credentialsOf(this.credentials),
      timeout: this.timeout,
      // Read at call time, so a host may replace `headers` (or the page its token) without a new client.
      headers: async () => {
        const h = this.headers;
        const own = new Headers((typeof h === 'function' ? await h() : h) ?? {});
        const name = this.csrfHeader || 'X-CSRF-Token';
        // The host's own header wins: the meta is then not read, nor said missing on the console.
        const token = own.has(name) ? undefined : this.#csrfToken(name);
        if (token !== undefined) own.set(name, token);
        return own;
      },
    });
  }

  /**
   * The token of `csrf-meta`, if it is set; says once on the console when the page has no such meta,
   * naming `header`, the header that would have carried it.
   */
  #csrfToken(header: string): string | undefined {
    if (!this.csrfMeta) return undefined;
    const meta = this.ownerDocument.querySelector<HTMLMetaElement>(`meta[name="${CSS.escape(this.csrfMeta)}"]`);
    if (meta) return meta.content;
    if (!this.#warnedNoMeta) {
      this.#warnedNoMeta = true;
      console.warn(`mfa-provider: csrf-meta="${this.csrfMeta}" names no <meta> in the page; requests go without ${header}.`);
    }
    return undefined;
  }

  /**
   * A request an element below made was answered `not-found` or `conflict`: what the page shows is
   * out of date (another tab, device or administrator changed it). Every element below loads again,
   * so they show what the endpoint has: a row of an app removed elsewhere goes from the method
   * picker as well as the list, a name taken elsewhere shows, and a removal refused as backing a
   * default changed elsewhere (409) leaves the picker showing that default (its unchanged choice
   * was a save that sent nothing, which left the user no way out but a reload). What the user is
   * in the middle of, in any element, stays. A change's answer only: a read (`getSettings`,
   * `listAuthenticators`…) so answered would be asked again, answered so again, and so on without
   * end.
   */
  #onError = ({ detail: { code, operation } }: MfaErrorEvent): void => {
    if ((code === 'not-found' || code === 'conflict') && !/^(get|list)/.test(operation)) this.#notifyChange();
  };

  /**
   * Makes every element below load its data again, for changes the elements cannot see (the host
   * signed in as someone else, or changed settings through its own pages).
   */
  refresh(): void {
    this.#notifyChange();
  }

  /** The localizer the elements below use now. */
  get localizer(): Localizer {
    return this.context?.localizer ?? new Localizer(this.locale || ambientLocale(this), this.#hostWords());
  }

  /** The host's words as the localizer reads them (`hostStrings`), read again for each new localizer. */
  #hostWords(): StringOverrides {
    return hostStrings(this.strings, (tag) => {
      if (this.#invalidTags.has(tag)) return;
      this.#invalidTags.add(tag);
      console.warn(`<mfa-provider>: strings["${tag}"] is no language tag (such as de-AT); its words are not used.`);
    });
  }

  protected override render(): TemplateResult {
    return html`<slot @mfa-error=${this.#onError}></slot>`;
  }
}

if (!customElements.get('mfa-provider')) customElements.define('mfa-provider', MfaProvider);

declare global {
  interface HTMLElementTagNameMap {
    'mfa-provider': MfaProvider;
  }
}
