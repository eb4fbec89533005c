import type * as ReferenceModule from '../reference/node-entry.js';
import type { ConnectMiddleware } from '../reference/node.js';

/** The reference module (reference/node-entry.ts), compiled for Node. */
export function loadReference(): Promise<typeof ReferenceModule>;

/** A Connect-style middleware serving the sandbox host (the demo sandbox and the tests' ones). */
export function loadReferenceHost(): Promise<ConnectMiddleware>;
