/**
 * Node's http objects ↔ web-standard Request/Response, so the one handler runs in Node hosts:
 * the standalone server, Vite's connect middleware and the test runner's Koa middleware.
 * Only Node's types are imported: `webview-form/mock` stays loadable by a browser bundle.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockBackend } from './backend.js';

/** Returns a web Request for a Node request; its body streams, it is not buffered here. */
export function toWebRequest(req: IncomingMessage): Request {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? streamOf(req) : undefined,
    // Node's fetch needs this for a streamed request body.
    duplex: 'half',
  } as RequestInit);
}

/** The request body as a web stream, read as the handler pulls it (so a 413 stops reading early). */
function streamOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  const chunks = req[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(new Uint8Array(value as Buffer));
    },
    cancel() {
      req.destroy();
    },
  });
}

/** Writes a web Response to a Node response, streaming its body; stops when the client goes away. */
export async function sendWebResponse(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  if (!response.body) {
    res.end();
    return;
  }
  const reader = response.body.getReader();
  res.on('close', () => void reader.cancel().catch(() => undefined));
  res.flushHeaders();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
  } finally {
    res.end();
  }
}

type Next = (error?: unknown) => void;

/** Connect-style middleware (Vite's dev and preview servers): the backend's paths, else next(). */
export function connectMiddleware(backend: MockBackend) {
  return (req: IncomingMessage, res: ServerResponse, next: Next) => {
    if (!backend.owns(new URL(req.url ?? '/', 'http://localhost').pathname)) return next();
    backend.handle(toWebRequest(req)).then((response) => sendWebResponse(res, response), next);
  };
}

/** Koa-style middleware (@web/dev-server and @web/test-runner): the backend's paths, else next(). */
export function koaMiddleware(backend: MockBackend) {
  return async (context: { path: string; req: IncomingMessage; res: ServerResponse; respond?: boolean }, next: () => Promise<unknown>) => {
    if (!backend.owns(context.path)) return next();
    const response = await backend.handle(toWebRequest(context.req));
    context.respond = false;
    await sendWebResponse(context.res, response);
  };
}
