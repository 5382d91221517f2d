// The bench's web server on 127.0.0.1: bench/ and dist/ as files, gzip -9 as any static host
// serves text (compressed once per file, so the server's own work stays out of the timings),
// generated pages of any size under /bench/gen/, and the mock backend the forms post to.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { createMockBackend, sendWebResponse, toWebRequest } from '../../dist/mock/index.js';
import { fieldsPage, plainPage } from './fields.mjs';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
const GENERATED = { plain: plainPage, fields: fieldsPage };

/** Starts the server; returns its origin and a `close` function. */
export async function startServer(root) {
  const compressed = new Map();
  async function gzipped(key, read) {
    if (!compressed.has(key)) compressed.set(key, gzipSync(await read(), { level: 9 }));
    return compressed.get(key);
  }
  const backend = createMockBackend();
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    if (backend.owns(pathname)) return sendWebResponse(res, await backend.handle(toWebRequest(req)));
    const send = (type, body) =>
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store' }).end(body);
    const generated = /^\/bench\/gen\/(plain|fields)-(\d+)\.html$/.exec(pathname);
    if (generated) {
      const [, kind, count] = generated;
      return send('text/html', await gzipped(pathname, async () => GENERATED[kind](Number(count))));
    }
    const file = normalize(join(root, pathname));
    if (!file.startsWith(join(root, 'bench')) && !file.startsWith(join(root, 'dist'))) return res.writeHead(404).end();
    try {
      send(TYPES[extname(file)] ?? 'application/octet-stream', await gzipped(file, () => readFile(file)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
