/**
 * Node adapter: serves a web-standard handler (`Request` in, `Response` out) from Node's HTTP
 * server, as a Connect-style middleware (Vite, Connect, Express, or `ctx.req/ctx.res` in Koa).
 *
 * The only module of the reference that uses Node built-ins.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';

/** Answers a request, or undefined when the request is not for this handler. */
export type FetchHandler = (request: Request) => Promise<Response | undefined>;

export type ConnectMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * A Connect-style middleware from a fetch handler. `undefined` from the handler calls `next()`
 * with the request body untouched (it is read only when the handler reads it). The request's
 * signal aborts when the client goes away.
 */
export function toNodeMiddleware(handler: FetchHandler): ConnectMiddleware {
  return (req, res, next) => {
    serve(handler, req, res, next).catch((error: unknown) => {
      if (!res.headersSent) next(error);
      else res.destroy(error instanceof Error ? error : undefined);
    });
  };
}

async function serve(
  handler: FetchHandler,
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
): Promise<void> {
  const controller = new AbortController();
  const socket = req.socket;
  res.on('close', () => {
    if (!res.writableFinished) controller.abort(new DOMException('The client went away.', 'AbortError'));
  });
  let response: Response | undefined;
  try {
    response = await handler(toRequest(req, controller.signal));
  } catch (error) {
    if (controller.signal.aborted) return;
    throw error;
  }
  if (!response) {
    next();
    return;
  }
  await writeResponse(response, res, controller.signal);
  // A body the handler began to read and then left (refused as too long): Node reads no more of
  // it (one never begun, it reads to its end after the answer, and the connection goes on), so a
  // client that stops sending without closing would hold the connection until Node's request
  // timeout, 5 minutes. It is closed a second after the answer, time enough to read it.
  if (!leftPartWayRead.has(req) || req.complete) return;
  const close = () => setTimeout(() => socket.destroy(), LINGER_MS);
  if (res.writableFinished) close();
  else res.once('finish', close);
}

/** How long a connection whose request body was left part way read stays open after its answer. */
const LINGER_MS = 1000;

/** The requests whose body the handler began to read, then cancelled (see `bodyStream`). */
const leftPartWayRead = new WeakSet<IncomingMessage>();

/** A `Request` for a Node request: full URL, every header, the body as a lazy stream. */
export function toRequest(req: IncomingMessage, signal?: AbortSignal): Request {
  const encrypted = (req.socket as TLSSocket).encrypted === true;
  // Connect strips a mount prefix from `req.url`; `originalUrl` keeps it.
  const path = ('originalUrl' in req && typeof req.originalUrl === 'string' ? req.originalUrl : req.url) ?? '/';
  const url = new URL(path, `${encrypted ? 'https' : 'http'}://${req.headers.host ?? 'localhost'}`);
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!;
    if (name.startsWith(':')) continue; // HTTP/2 pseudo-headers
    headers.append(name, req.rawHeaders[i + 1]!);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const init: RequestInit & { duplex?: 'half' } = { method, headers };
  if (signal) init.signal = signal;
  if (hasBody) {
    init.body = bodyStream(req);
    // Node's fetch needs this for a streamed request body.
    init.duplex = 'half';
  }
  return new Request(url, init);
}

/**
 * The request body as a web stream that reads from Node only when pulled (high-water mark 0),
 * so a handler that declines the request leaves the body for the next middleware.
 */
function bodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let iterator: AsyncIterator<Buffer> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        iterator ??= req[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
      },
      async cancel() {
        if (iterator) leftPartWayRead.add(req);
        await iterator?.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}

/** Writes status, headers (each Set-Cookie separately) and the streamed body, minding backpressure. */
export async function writeResponse(response: Response, res: ServerResponse, signal?: AbortSignal): Promise<void> {
  res.statusCode = response.status;
  if (response.statusText) res.statusMessage = response.statusText;
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie') res.setHeader(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('set-cookie', cookies);
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      if (signal?.aborted) {
        await reader.cancel(signal.reason);
        return;
      }
      const { value, done } = await reader.read();
      if (done) break;
      if (!res.write(value)) await new Promise<void>((resolve) => res.once('drain', resolve).once('close', resolve));
    }
    res.end();
  } finally {
    reader.releaseLock();
  }
}
