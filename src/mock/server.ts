/// <reference types="node" />
/**
 * The mock backend as a standalone Node server, for form pages hosted elsewhere (a static host,
 * another dev server): they set `endpoint="http://127.0.0.1:8787/thirdparty-services-0.1/webview"`.
 * It listens on 127.0.0.1 by default and logs one line per request. Every request gets an answer
 * (JSON), whatever it is; nothing a client sends ends the server.
 */
import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import { createMockBackend, type MockBackend, type MockBackendOptions } from './backend.js';
import { serveNode } from './node-adapter.js';

export const DEFAULT_PORT = 8787;

export interface MockServerOptions extends MockBackendOptions {
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
    void serveNode(backend, req, res);
  });
  // What Node cannot parse as HTTP at all still gets a JSON answer, as its default would send an empty one.
  const anyOrigin = (options.allowedOrigins ?? '*') === '*';
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => answerUnparsable(error, socket, anyOrigin));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Once listening, an error (out of file descriptors on accept) is said, not thrown: the server goes on.
  server.on('error', (error) => log(`mock server: ${error.message}`));
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

const UNPARSABLE: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'The request headers are too large.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'The request took too long to arrive.'],
};

// Without a parsed request there is no Origin to check: `*` is said only when any origin may read.
function answerUnparsable(error: NodeJS.ErrnoException, socket: Socket, anyOrigin: boolean) {
  if (!socket.writable || socket.bytesWritten > 0 || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const [status, reason, message] = UNPARSABLE[error.code ?? ''] ?? [400, 'Bad Request', 'The request is not valid HTTP.'];
  const body = JSON.stringify(status === 400 ? { error: 'bad_request', errors: [message] } : { error: 'request_refused', message });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\n${anyOrigin ? 'Access-Control-Allow-Origin: *\r\n' : ''}` +
      `Cache-Control: no-store\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
