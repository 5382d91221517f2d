/// <reference types="node" />
/**
 * Node's http objects ↔ web-standard Request/Response, so the one handler runs in Node hosts:
 * the standalone server, Vite's connect middleware and the test runner's Koa middleware.
 * Only Node's types are imported: `webview-form/mock` stays loadable by a browser bundle.
 *
 * Both bodies stream with backpressure, so a slow reader fills the response's own bounded queue
 * (see event-stream.ts) rather than the process's memory.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockBackend } from './backend.js';

/** A Node request that cannot become a web `Request`, and the status that says why. */
export class UnservableRequest extends Error {
  constructor(
    readonly status: 400 | 405,
    message: string,
  ) {
    super(message);
  }
}

// fetch refuses these methods outright; nothing the mock serves uses them.
const FORBIDDEN_METHODS = /^(connect|trace|track)$/i;
// A Host header: a bracketed IP literal or a registered name, then maybe a port (RFC 3986).
const HOST = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~!$&'()*+,;=%-]+)(?::\d{1,5})?$/;

/**
 * Returns a web Request for a Node request; its body streams, it is not buffered here. Throws
 * `UnservableRequest` for a method fetch refuses, a Host that is not a host, or a target that is
 * neither a path nor an absolute URL.
 */
export function toWebRequest(req: IncomingMessage): Request {
  const method = req.method ?? 'GET';
  if (FORBIDDEN_METHODS.test(method)) throw new UnservableRequest(405, `${method} is not supported here.`);
  const url = urlOf(req);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  const hasBody = method !== 'GET' && method !== 'HEAD';
  return new Request(url, {
    method,
    headers,
    body: hasBody ? streamOf(req) : undefined,
    // Node's fetch needs this for a streamed request body.
    duplex: 'half',
  } as RequestInit);
}

/** The URL a Node request asks for, from its Host header and its target (`//` is a path too). */
function urlOf(req: IncomingMessage): URL {
  const host = req.headers.host ?? 'localhost';
  if (!HOST.test(host) || !URL.canParse(`http://${host}/`)) throw new UnservableRequest(400, 'The Host header is not a host name.');
  const target = req.url ?? '/';
  const url = target.startsWith('/') ? `http://${host}${target}` : /^https?:\/\//i.test(target) ? target : undefined;
  if (url === undefined || !URL.canParse(url))
    throw new UnservableRequest(400, 'The request target is neither a path nor an absolute http URL.');
  return new URL(url);
}

/**
 * The request body as a web stream, read as the handler pulls it. When the handler stops reading
 * (a 413), the rest is read and dropped, so the answer still reaches the client.
 */
function streamOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  let settled = false;
  let onData = (_chunk: Buffer) => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      onData = (chunk) => {
        controller.enqueue(new Uint8Array(chunk));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      };
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        controller.error(error);
      };
      req.on('data', onData);
      req.once('end', () => {
        if (settled) return;
        settled = true;
        controller.close();
      });
      req.once('error', fail);
      req.once('close', () => fail(new Error('The connection closed before the body ended.')));
    },
    pull() {
      req.resume();
    },
    cancel() {
      settled = true;
      req.off('data', onData);
      req.resume();
    },
  });
}

/**
 * Writes a web Response to a Node response, streaming its body no faster than the client reads
 * it; stops when the client goes away. A body that fails midway (a slow reader dropped) ends the
 * connection: after the head is sent, that is the only way left to say so.
 */
export async function sendWebResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  const gone = new Promise<void>((resolve) => res.once('close', resolve));
  void gone.then(() => reader.cancel().catch(() => undefined));
  const failed = reader.closed.then(
    () => undefined,
    () => undefined,
  );
  res.flushHeaders();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await Promise.race([new Promise((resolve) => res.once('drain', resolve)), gone, failed]);
    }
    res.end();
  } catch {
    res.destroy();
  }
}

/**
 * Answers a Node request with the backend. Never rejects: a request that cannot become a
 * `Request` gets the backend's refusal (JSON, CORS), and anything else that fails gets a 500 or,
 * once the head is sent, a closed connection.
 */
export async function serveNode(backend: MockBackend, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let response: Response;
  try {
    response = await backend.handle(toWebRequest(req));
  } catch (error) {
    const [status, body] =
      error instanceof UnservableRequest
        ? [
            error.status,
            error.status === 405
              ? { error: 'method_not_allowed', message: error.message }
              : { error: 'bad_request', errors: [error.message] },
          ]
        : [500, { error: 'internal', message: 'The mock failed while answering this request; its log says why.' }];
    const origin = typeof req.headers.origin === 'string' ? req.headers.origin : null;
    response = await backend.refuse(origin, status, body).catch(() => Response.json(body, { status }));
  }
  await sendWebResponse(res, response).catch(() => res.destroy());
}

type Next = (error?: unknown) => void;

/** Connect-style middleware (Vite's dev and preview servers): the backend's paths, else next(). */
export function connectMiddleware(backend: MockBackend) {
  return (req: IncomingMessage, res: ServerResponse, next: Next) => {
    let pathname: string;
    try {
      pathname = urlOf(req).pathname;
    } catch {
      // Not a URL the mock could own: the host's own handling answers it.
      return next();
    }
    if (!backend.owns(pathname)) return next();
    void serveNode(backend, req, res);
  };
}

/** Koa-style middleware (@web/dev-server and @web/test-runner): the backend's paths, else next(). */
export function koaMiddleware(backend: MockBackend) {
  return async (context: { path: string; req: IncomingMessage; res: ServerResponse; respond?: boolean }, next: () => Promise<unknown>) => {
    if (!backend.owns(context.path)) return next();
    context.respond = false;
    await serveNode(backend, context.req, context.res);
  };
}
