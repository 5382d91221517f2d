/**
 * The mock backend as a standalone Node server, for form pages hosted elsewhere (a static host,
 * another dev server): they set `endpoint="http://127.0.0.1:8787/thirdparty-services-0.1/webview"`.
 * It listens on 127.0.0.1 by default and logs one line per request.
 */
import { createServer } from 'node:http';
import { createMockBackend, type MockBackend } from './backend.js';
import { sendWebResponse, toWebRequest } from './node-adapter.js';
import type { WebviewHandlerOptions } from './handler.js';

export const DEFAULT_PORT = 8787;

export interface MockServerOptions extends WebviewHandlerOptions {
  /** Default: 8787; 0 picks a free port. */
  port?: number;
  /** Default: 127.0.0.1, reachable from this machine only. */
  host?: string;
  /** Where the request lines go. Default: console.log. */
  log?: (line: string) => void;
}

export interface MockServer {
  /** The server's origin, e.g. http://127.0.0.1:8787. */
  readonly url: string;
  readonly backend: MockBackend;
  close(): Promise<void>;
}

export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const backend = createMockBackend(options);
  const log = options.log ?? console.log;
  const server = createServer((req, res) => {
    const started = performance.now();
    res.on('close', () => log(`${req.method} ${req.url} ${res.statusCode} ${Math.round(performance.now() - started)} ms`));
    backend
      .handle(toWebRequest(req))
      .then((response) => sendWebResponse(res, response))
      .catch((error: unknown) => {
        // The handler answers every input itself; reaching here is a bug in the mock, said plainly.
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: 'internal', message: String(error) }));
      });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    backend,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
