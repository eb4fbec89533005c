import type { ConnectMiddleware } from '../reference/node.js';

/** A Connect-style middleware serving the sandbox host (the demo sandbox and the tests' ones). */
export function loadReferenceHost(): Promise<ConnectMiddleware>;
