import { ContextRoot, createContext } from '@lit/context';
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

const ROOT_FLAG = Symbol.for('mfa-elements.context-root');

/**
 * Elements may be upgraded before their provider is defined (a page that loads the provider's
 * module last). A ContextRoot on the document holds such early requests and replays them when a
 * provider appears. Attached once per page, and never in Node (SSR imports must not touch the DOM).
 */
export function ensureContextRoot(): void {
  const doc = globalThis.document as (Document & { [ROOT_FLAG]?: true }) | undefined;
  if (!doc?.documentElement || doc[ROOT_FLAG]) return;
  doc[ROOT_FLAG] = true;
  new ContextRoot().attach(doc.documentElement);
}
