// The bench's web server on 127.0.0.1: bench/ and dist/ as files, gzip -9 as any static host
// serves text (compressed once per file, so the server's own work stays out of the timings),
// generated pages of any size under /bench/gen/ (plain, fields, conditions, html), and the mock backend
// the forms post to.
//
// The bench's ready script (pages/ready.js) is served inside the pages that name it, as an inline
// script: it is the harness's instrument, and a request of its own would put the instrument's
// download on every page's critical path (on these machines a localhost request can take 20-40 ms,
// more than a frame). A page asked for as pages/<name>-unblocked.html is pages/<name>.html with
// its module scripts' blocking="render" left out, and as pages/<name>-deferred.html with their
// `async` left out: what each attribute is worth. As pages/<name>-readable.html, it loads the
// drop-in's readable build (dist/readable/, for bench/profile.mjs) in place of the minified one.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { createMockBackend, sendWebResponse, toWebRequest } from '../../dist/mock/index.js';
import { conditionsPage, fieldsPage, htmlFirstPage, plainPage } from './fields.mjs';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};
// What each variant of a page replaces in it.
const VARIANTS = {
  unblocked: [' blocking="render"', ''],
  deferred: [' async', ''],
  readable: ['/dist/webview-form.standalone.js', '/dist/readable/webview-form.standalone.js'],
};
// The HTML-first pages take their markup from the built generator, loaded when first asked for.
const render = () => import('../../dist/render/index.js');
const GENERATED = {
  plain: plainPage,
  fields: fieldsPage,
  conditions: conditionsPage,
  html: async (count) => htmlFirstPage(count, await render()),
};

/**
 * `html` with its `<script src="/bench/pages/ready.js">` replaced by the same script inline, or
 * left out when `inline` is false (a harness that looks at the page from outside it).
 */
async function readyScript(root, html, inline) {
  const tags = [...html.matchAll(/\n?<script([^>]*) src="(\/bench\/pages\/ready\.js)"><\/script>/g)];
  for (const [tag, kind, src] of tags) {
    const code = inline ? await readFile(join(root, src), 'utf8') : '';
    html = html.replace(tag, () => (inline ? `\n<script${kind} data-bench-ready>\n${code}</script>` : ''));
  }
  return html;
}

/**
 * Starts the server; returns its origin and a `close` function. `readyInline: false` serves the
 * pages without the bench's ready script.
 */
export async function startServer(root, { readyInline = true } = {}) {
  const inlineReadyScript = (root, html) => readyScript(root, html, readyInline);
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
    const generated = /^\/bench\/gen\/(plain|fields|conditions|html)-(\d+)\.html$/.exec(pathname);
    if (generated) {
      const [, kind, count] = generated;
      return send('text/html', await gzipped(pathname, async () => inlineReadyScript(root, await GENERATED[kind](Number(count)))));
    }
    const variant = /^(\/bench\/pages\/[\w-]+)-(unblocked|deferred|readable)\.html$/.exec(pathname);
    if (variant) {
      const page = join(root, `${variant[1]}.html`);
      const [from, to] = VARIANTS[variant[2]];
      return send(
        'text/html',
        await gzipped(pathname, async () => inlineReadyScript(root, (await readFile(page, 'utf8')).replaceAll(from, to))),
      );
    }
    const file = normalize(join(root, pathname));
    if (!file.startsWith(join(root, 'bench')) && !file.startsWith(join(root, 'dist'))) return res.writeHead(404).end();
    try {
      const read = extname(file) === '.html' ? async () => inlineReadyScript(root, await readFile(file, 'utf8')) : () => readFile(file);
      send(TYPES[extname(file)] ?? 'application/octet-stream', await gzipped(file, read));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
