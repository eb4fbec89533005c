import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Localizer, ambientLocale } from './localize.js';

/**
 * The locale of the page around an element, followed live: the nearest `lang` (across shadow
 * roots), else the browser's language. When a portal switches its `lang`, the element updates.
 * The provider uses it when its `locale` is unset; an element without a provider takes its
 * `localizer` from it.
 */
export class PageLocale implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  #observer: MutationObserver | undefined;
  #tag = '';
  /** The last localizer made, and the tag it was made for. */
  #localizer: Localizer | undefined;
  #localizerTag: string | undefined;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  /** The page's locale tag where the element is now. */
  get tag(): string {
    return this.#observer ? this.#tag : ambientLocale(this.#host);
  }

  /** A localizer for `tag`, made again when it changes. */
  get localizer(): Localizer {
    const tag = this.tag;
    if (this.#localizerTag !== tag) {
      this.#localizer = new Localizer(tag);
      this.#localizerTag = tag;
    }
    return this.#localizer!;
  }

  hostConnected(): void {
    this.#tag = ambientLocale(this.#host);
    // `lang` can change anywhere above the element; only a change of its own locale matters.
    this.#observer = new MutationObserver(() => {
      const tag = ambientLocale(this.#host);
      if (tag === this.#tag) return;
      this.#tag = tag;
      this.#host.requestUpdate();
    });
    // The document's tree, and that of each shadow root the element is in (a host's shell rendered
    // in one), which the document's subtree does not reach.
    const options = { attributes: true, attributeFilter: ['lang'], subtree: true };
    let root = this.#host.getRootNode();
    for (; root instanceof ShadowRoot; root = root.host.getRootNode()) this.#observer.observe(root, options);
    this.#observer.observe(document.documentElement, options);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
