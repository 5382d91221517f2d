// The mock behaves the same on every host that mounts it: Vite's dev server (`npm start`), Vite's
// preview server, a Koa-style server (as @web/dev-server and the test runner mount it) and the
// standalone server. Each is started here on a free port of 127.0.0.1 and asked, from a page on
// another origin, the same questions: the preflight of both APIs, and every kind of error, each
// of which must carry Access-Control-Allow-Origin or the page cannot read it.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createHttpServer } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createViteServer, preview as startVitePreview } from 'vite';
import { SimulatedBot, createMockBackend, koaMiddleware, webviewMock } from 'webview-form/mock';
import { startMockServer } from 'webview-form/mock/server';
import { OTHER_ORIGIN, WEBVIEW_PATH, auth, send } from './mock-http.mjs';

const IDS = { botId: 'bot-1', conversationId: 'conv-1', userId: 'user-1' };
const SECRET = 'the text of an exception';
const quiet = { onError: () => {} };
/** A bot with a dialog that throws, for the 500. */
const breakingBot = () =>
  new SimulatedBot({
    dialogs: [
      {
        name: 'breaks',
        patterns: ['break'],
        run() {
          throw new Error(SECRET);
        },
      },
    ],
  });

const root = mkdtempSync(join(tmpdir(), 'webview-form-mock-hosts-'));
writeFileSync(join(root, 'index.html'), '<!doctype html><title>host</title>');
const viteConfig = { configFile: false, root, logLevel: 'silent', clearScreen: false, optimizeDeps: { noDiscovery: true, include: [] } };
const originOf = (httpServer) => `http://127.0.0.1:${httpServer.address().port}`;

const HOSTS = {
  'Vite dev server (npm start)': async () => {
    const server = await createViteServer({
      ...viteConfig,
      plugins: [webviewMock({ bot: breakingBot(), ...quiet })],
      server: { host: '127.0.0.1', port: 0, ws: false },
    });
    await server.listen();
    return { url: originOf(server.httpServer), close: () => server.close() };
  },
  'Vite preview server': async () => {
    const server = await startVitePreview({
      ...viteConfig,
      build: { outDir: root },
      plugins: [webviewMock({ bot: breakingBot(), ...quiet })],
      preview: { host: '127.0.0.1', port: 0 },
    });
    return { url: originOf(server.httpServer), close: () => new Promise((resolve) => server.httpServer.close(resolve)) };
  },
  'Koa-style middleware (the test runner)': async () => {
    const middleware = koaMiddleware(createMockBackend({ bot: breakingBot(), ...quiet }));
    const server = createHttpServer((req, res) => {
      const context = { path: req.url.split('?')[0], req, res };
      void middleware(context, async () => res.writeHead(418).end());
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: originOf(server), close: () => new Promise((resolve) => server.close(resolve)) };
  },
  'standalone server': async () => {
    const server = await startMockServer({ port: 0, bot: breakingBot(), log: () => {}, ...quiet });
    return { url: server.url, close: () => server.close() };
  },
};

const json = { 'Content-Type': 'application/json' };
/** What a page on another origin may ask, and the status the mock answers with. */
const QUESTIONS = [
  [
    'the preflight of the Web View API',
    204,
    {
      method: 'OPTIONS',
      path: WEBVIEW_PATH,
      headers: { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
    },
  ],
  [
    'the preflight of the chat API',
    204,
    {
      method: 'OPTIONS',
      path: '/mock/conversations/any/messages',
      headers: { 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    },
  ],
  ['a body that is not JSON', 400, { method: 'POST', path: WEBVIEW_PATH, headers: json, body: '{"botId":' }],
  ['a path that is not valid percent-encoding', 400, { path: '/mock/conversations/%E0%A4%A' }],
  ['an unknown conversation', 404, { path: '/mock/conversations/nobody' }],
  ['another method', 405, { method: 'GET', path: WEBVIEW_PATH }],
  ['a body over the limit', 413, { method: 'POST', path: WEBVIEW_PATH, headers: json, body: 'x'.repeat(70_000) }],
  ['a body that is not declared JSON', 415, { method: 'POST', path: WEBVIEW_PATH, headers: { 'Content-Type': 'text/plain' }, body: '{}' }],
  [
    'an exception inside the bot',
    500,
    {
      method: 'POST',
      path: WEBVIEW_PATH,
      headers: { ...json, Authorization: auth(IDS.conversationId, IDS.botId) },
      body: JSON.stringify({ ...IDS, message: 'break' }),
    },
  ],
];

after(() => rmSync(root, { recursive: true, force: true }));

for (const [name, start] of Object.entries(HOSTS)) {
  describe(`the mock on the ${name}`, () => {
    let host;
    before(async () => {
      host = await start();
    });
    after(() => host.close());

    for (const [what, status, request] of QUESTIONS) {
      test(`answers ${what} from another origin with ${status} and Access-Control-Allow-Origin`, async () => {
        const answer = await send(host.url, { ...request, headers: { Origin: OTHER_ORIGIN, ...request.headers } });
        assert.equal(answer.status, status, answer.text);
        assert.equal(answer.headers['access-control-allow-origin'], '*');
        if (status === 204) {
          assert.match(answer.headers['access-control-allow-methods'], /POST/);
          assert.match(answer.headers['access-control-allow-headers'], /Content-Type/);
        } else {
          assert.match(answer.headers['content-type'], /^application\/json/);
          assert.doesNotMatch(answer.text, new RegExp(SECRET));
        }
      });
    }
  });
}
