// Outages of the build's chunks, each switched by the test that needs it under a key of its own:
// a chunk that fails (flakyChunks), one that does not come until released (heldChunks), and the
// sha256 fallback failing once (sha2FailsOnce); and a page that arrives in pieces (streamedPages).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';

// The failed-chunk test loads the drop-in's page from under /flaky/<key>/, a key per test: the
// same files at URLs of their own, so nothing comes from a cache. While that key's connection is
// down (POST /flaky/<key>/down, then /flaky/<key>/up), the build's lazy chunks answer 503, as on a
// dropped connection; the entry loads. One connection per key: the engines run the same test at
// once, and one bringing its connection back must not bring back another's.
const flakyDown = new Set();
export const flakyChunks = async (context, next) => {
  const [, key, path] = /^\/flaky\/([\w-]+)(\/.*)$/.exec(context.path) ?? [];
  if (!key) return next();
  if (path === '/down' || path === '/up') {
    if (path === '/down') flakyDown.add(key);
    else flakyDown.delete(key);
    context.status = 204;
    return;
  }
  if (flakyDown.has(key) && /^\/dist\/webview-form\.(?!standalone\.)[\w.-]+\.js$/.test(path)) {
    context.status = 503;
    // web-test-runner marks every answer to a path with an extension cacheable for a year, and
    // Chromium would then serve this 503 from its cache: no real outage is cached like that.
    context.path = '/flaky/unavailable';
    return;
  }
  context.path = path;
  await next();
};

// The cancelled-submission tests load the drop-in's page from under /held/<key>/, a key per test:
// URLs of their own, so no chunk comes from a cache or another test. Its lazy chunk (the delivery,
// the only one a secure page asks for) goes unanswered until POST /held/<key>/release, as on a slow
// connection. GET /held/<key>/waiting answers once a chunk is held (or all are released), with how
// many are. Under /held-entry/<key>/ it is the entry, dist/webview-form.standalone.js, that goes
// unanswered: the page has parsed and the drop-in has not run (the first-frame test). Under
// /held-steps/<key>/ only the steps chunk waits: a steps code slower than the delivery; under
// /held-language/<key>/ only the French table.
const holds = new Map();
const HELD_FILES = {
  held: /^\/dist\/webview-form\.(?!standalone\.)[\w.-]+\.js$/,
  'held-entry': /^\/dist\/webview-form\.standalone\.js$/,
  'held-steps': /^\/dist\/webview-form\.steps\.[0-9a-f]{8}\.js$/,
  'held-language': /^\/dist\/webview-form\.fr\.[0-9a-f]{8}\.js$/,
};
export const heldChunks = async (context, next) => {
  const [, kind, key, path] = /^\/(held|held-entry|held-steps|held-language)\/([\w-]+)(\/.*)$/.exec(context.path) ?? [];
  if (!key) return next();
  if (!holds.has(key)) holds.set(key, { released: false, held: [], watchers: [] });
  const hold = holds.get(key);
  const changed = () => hold.watchers.splice(0).forEach((watcher) => watcher());
  if (path === '/release') {
    hold.released = true;
    hold.held.splice(0).forEach((release) => release());
    changed();
    context.status = 204;
  } else if (path === '/waiting') {
    if (hold.held.length === 0 && !hold.released) await new Promise((resolve) => hold.watchers.push(resolve));
    context.body = String(hold.held.length);
  } else {
    if (!hold.released && HELD_FILES[kind].test(path)) {
      await new Promise((resolve) => {
        hold.held.push(resolve);
        changed();
      });
    }
    context.path = path;
    await next();
  }
};

// The sha2-fallback tests load the drop-in's page over plain http (no WebCrypto: signing needs the
// sha256 fallback chunk) from under /sha2-fails-once/<key>/, a key per test. The page controls one
// outage of that chunk, dist/webview-form.sha2.<build>.js: its requests go unanswered until
// POST /sha2-fails-once/<key>/down, which answers them, and any that come until
// POST /sha2-fails-once/<key>/up, with a 503, like a dropped connection; then it is served (the
// drop-in asks again with ?retry=N). Holding the first request lets the page join it with an import
// of its own, which settles after the element's: the outage lasts until then, so that import fails
// too (WebKit asks the server again for it) rather than loading the chunk for the element. The 503
// is routed to a path without an extension so that it is not cached (see flakyChunks).
// GET /sha2-fails-once/<key>/asked answers, with the chunk's path, once the chunk has been asked for.
const sha2Outages = new Map();
export const sha2FailsOnce = async (context, next) => {
  const [, key, path] = /^\/sha2-fails-once\/([\w-]+)(\/.*)$/.exec(context.path) ?? [];
  if (!key) return next();
  if (!sha2Outages.has(key)) {
    const outage = { state: 'holding' };
    outage.asked = new Promise((resolve) => (outage.ask = resolve));
    outage.started = new Promise((resolve) => (outage.start = resolve));
    sha2Outages.set(key, outage);
  }
  const outage = sha2Outages.get(key);
  if (path === '/asked') {
    // The chunk's path, with the build id in its name: the page imports the same URL.
    context.body = await outage.asked;
    context.type = 'text/plain';
  } else if (path === '/down' || path === '/up') {
    outage.state = path.slice(1);
    outage.start();
    context.status = 204;
  } else if (/^\/dist\/webview-form\.sha2\.[0-9a-f]{8}\.js$/.test(path) && outage.state !== 'up') {
    outage.ask(path);
    await outage.started;
    context.status = 503;
    context.path = '/sha2-fails-once/unavailable';
  } else {
    context.path = path;
    await next();
  }
};

// The page of test/defined-mid-parse.test.ts, served from under /streamed/<key>/ in pieces, as a
// slow connection delivers a page: the part before each `<!-- then -->` of the file, and the next
// one on each POST /streamed/<key>/next, the last ending the response. Its other files (the
// drop-in) are served as usual. Answered here, before the plugins' transforms, which would wait
// for the whole body.
const streams = new Map();
export const streamedPages = async (context, next) => {
  const [, key, path] = /^\/streamed\/([\w-]+)(\/.*)$/.exec(context.path) ?? [];
  if (!key) return next();
  if (path === '/next') {
    streams.get(key)?.();
    context.status = 204;
    return;
  }
  if (!path.endsWith('.html')) {
    context.path = path;
    return next();
  }
  const parts = (await readFile(join(process.cwd(), path), 'utf8')).split('<!-- then -->');
  const body = new PassThrough();
  body.write(parts.shift());
  streams.set(key, () => (parts.length > 1 ? body.write(parts.shift()) : body.end(parts.shift())));
  context.type = 'html';
  context.set('Cache-Control', 'no-store');
  context.body = body;
};
