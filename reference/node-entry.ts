/**
 * The reference endpoint for Node servers: the sandbox host (the demo's sandbox and the tests'
 * ones) as one Connect-style middleware, mounted by the demo portal and the test server.
 */
import { BODY_MAX_BYTES, createReferenceEndpoint } from './endpoint.js';
import { toNodeMiddleware } from './node.js';
import { createSandboxHost } from './sandbox.js';

export { BODY_MAX_BYTES, createReferenceEndpoint, toNodeMiddleware };

export function createReferenceMiddleware(): ReturnType<typeof toNodeMiddleware> {
  const host = createSandboxHost({ basePath: '/reference' });
  return toNodeMiddleware((request) => host.handle(request));
}
