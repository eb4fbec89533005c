import { ContextEvent, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MfaClient } from './client.js';
import type { Localizer } from './localize.js';

/** What `<mfa-provider>` shares with every element below it. A new object on every change. */
export interface MfaContextValue {
  /** The transport; undefined until the provider has an endpoint or a client. */
  client: MfaClient | undefined;
  localizer: Localizer;
  /** Goes up by one whenever an element below has changed the user's settings. */
  revision: number;
  /**
   * Called by an element after the endpoint confirmed a change: the provider bumps `revision`, so
   * every element showing settings loads them again (a new phone appears in the method picker).
   */
  notifyChange(): void;
  /**
   * Called by an element that waits for `client` (it shows that it is loading until there is one):
   * the provider tells the developer on the console, once, while it has none. Elements that send
   * nothing (`<mfa-code-input>`, a phone editor with `form-field`) never call it. A context given
   * otherwise may leave it out.
   */
  waiting?(): void;
}

/** The context key. `Symbol.for` so two copies of the library on one page still find each other. */
export const mfaContext = createContext<MfaContextValue | undefined>(Symbol.for('mfa-elements.context'));

/**
 * Elements that asked for a provider and got no answer yet (connected ones only: no leak). Kept on
 * the page (`Symbol.for`), so that a provider of another copy of the library answers them too.
 */
// biome-ignore lint/suspicious/noAssignInExpressions: made once for the page, where it is read.
const waiting: Set<MfaContextConsumer> = ((globalThis as { [key: symbol]: unknown })[Symbol.for('mfa-elements.waiting.v1')] ??= new Set()) as Set<MfaContextConsumer>;

/**
 * Finds the nearest `<mfa-provider>` for an element and keeps its value, `value`: a consumer of the
 * context protocol (a `context-request` event, answered by the provider's `ContextProvider`), with
 * a subscription, so each new value comes too.
 *
 * Elements may be upgraded before their provider is defined (a page that loads the provider's
 * module last): such a request finds no provider, so the element waits in a set of connected
 * elements, and a provider that connects later answers the ones inside it (`answerWaiting`).
 * (@lit/context's ContextRoot does the same but keeps every unanswered request until a provider
 * appears, even of elements long removed: a slow leak on pages with no provider.)
 */
export class MfaContextConsumer implements ReactiveController {
  value: MfaContextValue | undefined;
  readonly host: ReactiveControllerHost & HTMLElement;
  /** Ends the subscription: the provider's, given with each value. */
  #unsubscribe: (() => void) | undefined;
  #answered = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Put back where no provider answers, the element has none (not the one it left, which it
    // kept while away, to end what it had under way there), and shows so.
    if (this.value) {
      this.value = undefined;
      this.host.requestUpdate();
    }
    this.#request();
    if (!this.#answered) waiting.add(this);
  }

  hostDisconnected(): void {
    this.#answered = false;
    waiting.delete(this);
    this.#stop();
  }

  /** Asks again: a provider has appeared above. */
  retry(): void {
    this.#stop();
    this.#request();
  }

  #stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  #request(): void {
    this.host.dispatchEvent(new ContextEvent(mfaContext, this.host, this.#receive, true));
  }

  /**
   * A provider's answer, and each new value. One function for every request: a provider that takes
   * the subscription over from another (one placed in between) answers with its own `unsubscribe`,
   * and the other's is called.
   */
  readonly #receive = (value: MfaContextValue | undefined, unsubscribe?: () => void): void => {
    if (this.#unsubscribe !== unsubscribe) this.#unsubscribe?.();
    this.#unsubscribe = unsubscribe;
    this.#answered = true;
    waiting.delete(this);
    this.value = value;
    this.host.requestUpdate();
  };
}

/** True when `node` is inside `ancestor`, across shadow roots. */
function composedContains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = n instanceof ShadowRoot ? n.host : n.parentNode) {
    if (n === ancestor) return true;
  }
  return false;
}

/** Called by a provider when it connects: the waiting elements inside it ask again. */
export function answerWaiting(provider: HTMLElement): void {
  for (const consumer of [...waiting]) {
    if (consumer.host !== provider && composedContains(provider, consumer.host)) consumer.retry();
  }
}
