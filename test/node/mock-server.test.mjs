// The standalone mock server over real HTTP on 127.0.0.1 (built from src/mock by `npm run build:mock`).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { startMockServer } from 'webview-form/mock/server';

const IDS = { botId: 'bot-1', conversationId: 'conv-1', userId: 'user-1' };
const PATH = '/thirdparty-services-0.1/webview';
const auth = (conversationId, botId) => createHash('sha256').update(`${conversationId} || ${botId}`).digest('hex');

describe('standalone mock server', () => {
  let server;
  const lines = [];
  before(async () => {
    server = await startMockServer({ port: 0, allowedOrigins: ['http://localhost:3000'], log: (line) => lines.push(line) });
  });
  after(() => server.close());

  const post = (body, headers = {}) =>
    fetch(server.url + PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: auth(IDS.conversationId, IDS.botId), ...headers },
      body: JSON.stringify(body),
    });

  test('listens on 127.0.0.1 by default', () => {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  test('accepts a signed post and stores its variables', async () => {
    const response = await post({ ...IDS, contextVariables: [{ name: 'name', value: 'Arthur' }] });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { success: true, stored: ['name'], message: 'none' });
    assert.equal(server.backend.bot.conversation(IDS.conversationId).webviewVariables.get('name'), 'Arthur');
  });

  test('refuses a wrong signature with 401 JSON', async () => {
    const response = await post(IDS, { Authorization: auth(IDS.botId, IDS.conversationId) });
    assert.equal(response.status, 401);
    assert.equal((await response.json()).error, 'unauthorized');
  });

  test('answers CORS for a configured origin only', async () => {
    const preflight = (origin) =>
      fetch(server.url + PATH, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' } });
    const allowed = await preflight('http://localhost:3000');
    assert.equal(allowed.status, 204);
    assert.equal(allowed.headers.get('access-control-allow-origin'), 'http://localhost:3000');
    assert.equal(allowed.headers.get('access-control-allow-headers'), 'Authorization, Content-Type');
    const refused = await preflight('https://elsewhere.example');
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('access-control-allow-origin'), null);
  });

  test('refuses a body over the limit with 413 before reading it all', async () => {
    const response = await post({ ...IDS, contextVariables: [{ name: 'blob', value: 'x'.repeat(70_000) }] });
    assert.equal(response.status, 413);
  });

  test('answers unknown paths with 404 JSON', async () => {
    const response = await fetch(`${server.url}/nowhere`);
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('content-type'), 'application/json');
  });

  test('streams conversation updates as server-sent events', async () => {
    const started = await (await fetch(`${server.url}/mock/conversations`, { method: 'POST' })).json();
    const controller = new AbortController();
    const events = await fetch(`${server.url}/mock/conversations/${started.conversationId}/events`, { signal: controller.signal });
    assert.equal(events.headers.get('content-type'), 'text/event-stream');
    const reader = events.body.pipeThrough(new TextDecoderStream()).getReader();
    let text = (await reader.read()).value;
    assert.match(text, /^event: update\ndata: /);
    await fetch(`${server.url}/mock/conversations/${started.conversationId}/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: 'web view' }),
    });
    while (!text.includes('Open the form')) text += (await reader.read()).value;
    controller.abort();
    assert.match(text, /"text":"web view"/);
  });

  test('logs one line per request', () => {
    const posts = lines.filter((line) => line.startsWith(`POST ${PATH} `));
    assert.deepEqual(
      posts.map((line) => line.split(' ')[2]),
      ['200', '401', '413'],
    );
    assert.match(posts[0], /^POST \/thirdparty-services-0\.1\/webview 200 \d+ ms$/);
  });
});
