import { ContextConsumer, createContext } from '@lit/context';
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
}

/** The context key. `Symbol.for` so two copies of the library on one page still find each other. */
export const mfaContext = createContext<MfaContextValue | undefined>(Symbol.for('mfa-elements.context'));

/** Elements that asked for a provider and got no answer yet (connected ones only: no leak). */
const waiting = new Set<MfaContextConsumer>();

/**
 * Finds the nearest `<mfa-provider>` for an element and keeps its value, `value`.
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
  readonly #consumer: ContextConsumer<typeof mfaContext, ReactiveControllerHost & HTMLElement>;
  #answered = false;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    // Added first, so its request is made (and answered, if a provider is there) before ours runs.
    this.#consumer = new ContextConsumer(host, {
      context: mfaContext,
      subscribe: true,
      callback: (value) => {
        this.#answered = true;
        waiting.delete(this);
        this.value = value;
        host.requestUpdate();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#answered) waiting.add(this);
  }

  hostDisconnected(): void {
    this.#answered = false;
    waiting.delete(this);
  }

  /** Asks again: a provider has appeared above. */
  retry(): void {
    this.#consumer.hostDisconnected();
    this.#consumer.hostConnected();
  }
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
