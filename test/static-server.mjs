// A folder of static files over HTTP on 127.0.0.1, as any static host serves a page and its
// scripts: `npm run screenshots` serves the built Storybook with it, and the node tests the built
// Storybook and pages beside the drop-in (servePageBesideDropIn).
import { copyFileSync, createReadStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Serves `folder` on a free port; resolves with its origin and a close function. */
export function serveStatic(folder) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = join(folder, path);
    if (!file.startsWith(folder) || !existsSync(file)) return void response.writeHead(404).end();
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() })),
  );
}

/**
 * A folder as a page's author makes one, served: `html` as index.html beside the built drop-in's
 * files (`webview-form.*.js` from `dist`). `close()` also removes the folder.
 */
export async function servePageBesideDropIn(html, dist = fileURLToPath(new URL('../dist', import.meta.url))) {
  const folder = mkdtempSync(join(tmpdir(), 'webview-form-page-'));
  writeFileSync(join(folder, 'index.html'), html);
  for (const file of readdirSync(dist).filter((name) => /^webview-form\..+\.js$/.test(name)))
    copyFileSync(join(dist, file), join(folder, file));
  const served = await serveStatic(folder);
  return { ...served, close: () => (served.close(), rmSync(folder, { recursive: true, force: true })) };
}
