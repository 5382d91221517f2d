// The standalone mock server against what a page, curl or a broken client may send, over real HTTP
// on 127.0.0.1: every request gets a JSON answer with CORS, no answer carries an exception's text,
// and the server keeps answering afterwards.
import { test, describe, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { once } from 'node:events';
import { startMockServer } from 'webview-form/mock/server';
import { SimulatedBot } from 'webview-form/mock';
import { OTHER_ORIGIN, WEBVIEW_PATH, auth, send, webviewPost, within } from './mock-http.mjs';

const SECRET = 'a detail only the log may show';
const IDS = { botId: 'bot-1', conversationId: 'conv-1', userId: 'user-1' };
// JSON text with bytes that are not UTF-8 (a lone continuation byte, an overlong "/") where it says BYTES.
const notUtf8 = (text) => {
  const [before, after] = text.split('BYTES');
  return Buffer.concat([Buffer.from(before), Buffer.from([0x80, 0xc0, 0xaf]), Buffer.from(after)]);
};

describe('the standalone mock server takes any request', () => {
  let server;
  const errors = [];
  before(async () => {
    const bot = new SimulatedBot({
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
    server = await startMockServer({ port: 0, bot, log: () => {}, onError: (error) => errors.push(error) });
  });
  after(() => server.close());

  // Each test ends by checking that the server still answers an ordinary request.
  afterEach(async () => {
    const alive = await send(server.url, { path: WEBVIEW_PATH });
    assert.equal(alive.status, 405, 'the server still answers');
  });

  /** JSON, with the CORS header a page on another origin needs to read it. */
  function assertJsonWithCors(answer, status) {
    assert.equal(answer.status, status, answer.text.slice(0, 300));
    assert.match(answer.headers['content-type'], /^application\/json/);
    assert.equal(answer.headers['access-control-allow-origin'], '*');
    assert.ok(answer.json, `a JSON body: ${answer.text.slice(0, 300)}`);
    assert.doesNotMatch(answer.text, /Error|at \w+ \(/, 'no exception text');
  }

  test('answers TRACE with 405 JSON', async () => {
    assertJsonWithCors(await send(server.url, { method: 'TRACE', path: '/x', headers: { Origin: OTHER_ORIGIN } }), 405);
  });

  test('answers a path with // with 404 JSON', async () => {
    assertJsonWithCors(await send(server.url, { path: '//', headers: { Origin: OTHER_ORIGIN } }), 404);
    assertJsonWithCors(await send(server.url, { path: '//mock/conversations', headers: { Origin: OTHER_ORIGIN } }), 404);
  });

  test('answers a Host header that is not a host with 400 JSON', async () => {
    const answer = await send(server.url, { path: '/x', setHost: false, headers: { Host: '[', Origin: OTHER_ORIGIN } });
    assertJsonWithCors(answer, 400);
  });

  test('answers a request line in absolute or asterisk form', async () => {
    assertJsonWithCors(await send(server.url, { method: 'OPTIONS', path: '*', headers: { Origin: OTHER_ORIGIN } }), 400);
    const absolute = await send(server.url, { path: `${server.url}${WEBVIEW_PATH}`, headers: { Origin: OTHER_ORIGIN } });
    assertJsonWithCors(absolute, 405);
  });

  test('answers bytes that are not HTTP at all with 400 JSON', async () => {
    const socket = connect(new URL(server.url).port, '127.0.0.1');
    socket.end('HELLO THERE\r\n\r\n');
    const chunks = [];
    for await (const chunk of socket) chunks.push(chunk);
    const [head, body] = Buffer.concat(chunks).toString().split('\r\n\r\n');
    assert.match(head, /^HTTP\/1\.1 400 /);
    assert.match(head, /\r\nContent-Type: application\/json\r\n/i);
    assert.equal(JSON.parse(body).error, 'bad_request');
  });

  test('answers a path that is not valid percent-encoding with 400 JSON', async () => {
    const answer = await send(server.url, { path: '/mock/conversations/%E0%A4%A', headers: { Origin: OTHER_ORIGIN } });
    assertJsonWithCors(answer, 400);
    assert.doesNotMatch(answer.text, /URIError|malformed/);
  });

  test('refuses a Web View API body that is not UTF-8 with 400, and stores nothing', async () => {
    const payload = { ...IDS, conversationId: 'bytes', contextVariables: [{ name: 'name', value: 'ArBYTESthur' }] };
    const answer = await send(server.url, {
      method: 'POST',
      path: WEBVIEW_PATH,
      headers: { 'Content-Type': 'application/json', Authorization: auth('bytes', IDS.botId), Origin: OTHER_ORIGIN },
      body: notUtf8(JSON.stringify(payload)),
    });
    assertJsonWithCors(answer, 400);
    assert.match(answer.json.errors.join(), /UTF-8/);
    assert.equal(server.backend.bot.conversation('bytes'), undefined);
  });

  test('refuses a chat message that is not UTF-8 with 400, and does not store it as U+FFFD', async () => {
    const { json: started } = await send(server.url, { method: 'POST', path: '/mock/conversations' });
    const answer = await send(server.url, {
      method: 'POST',
      path: `/mock/conversations/${started.conversationId}/messages`,
      headers: { 'Content-Type': 'application/json', Origin: OTHER_ORIGIN },
      body: notUtf8(JSON.stringify({ text: 'hello BYTESthere, bot' })),
    });
    assertJsonWithCors(answer, 400);
    const transcript = server.backend.bot.conversation(started.conversationId).transcript;
    assert.deepEqual(
      transcript.filter((entry) => entry.from === 'consumer'),
      [],
    );
  });

  test('answers an exception inside a handler with 500 JSON that does not carry its text', async () => {
    const answer = await webviewPost(server.url, { ...IDS, message: 'break it' });
    assertJsonWithCors(answer, 500);
    assert.doesNotMatch(answer.text, new RegExp(SECRET));
    assert.equal(errors.at(-1)?.message, SECRET, 'the exception goes to the log (onError)');
  });

  test('refuses a chat message over the body limit with 413, declared or streamed', async () => {
    const { json: started } = await send(server.url, { method: 'POST', path: '/mock/conversations' });
    const path = `/mock/conversations/${started.conversationId}/messages`;
    const big = JSON.stringify({ text: 'x'.repeat(200_000) });
    const declared = await send(server.url, {
      method: 'POST',
      path,
      headers: { 'Content-Type': 'application/json', Origin: OTHER_ORIGIN },
      body: big,
    });
    assertJsonWithCors(declared, 413);
    // Chunked, with no Content-Length: the mock stops reading past the limit and still answers.
    const streamed = await send(server.url, {
      method: 'POST',
      path,
      headers: { 'Content-Type': 'application/json', Origin: OTHER_ORIGIN },
      body: (req) => {
        req.write('{"text":"');
        const chunk = 'y'.repeat(16_384);
        let sent = 0;
        const more = () => {
          while (sent < 4_000_000 && !req.destroyed) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', more);
          }
          req.end('"}');
        };
        more();
        req.on('error', () => {});
      },
    });
    assertJsonWithCors(streamed, 413);
    assert.equal(server.backend.bot.conversation(started.conversationId).transcript.filter((entry) => entry.from === 'consumer').length, 0);
  });

  test('answers the preflight of the chat API like the Web View API', async () => {
    for (const path of ['/mock/conversations', '/mock/conversations/any/messages', WEBVIEW_PATH]) {
      const answer = await send(server.url, {
        method: 'OPTIONS',
        path,
        headers: { Origin: OTHER_ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
      });
      assert.equal(answer.status, 204, path);
      assert.equal(answer.headers['access-control-allow-origin'], '*', path);
      assert.match(answer.headers['access-control-allow-methods'], /POST/, path);
      assert.match(answer.headers['access-control-allow-headers'], /Content-Type/, path);
    }
  });

  test('disconnects a server-sent-events reader that stopped reading, once its buffer is full', async () => {
    const { json: started } = await send(server.url, { method: 'POST', path: '/mock/conversations' });
    const { port } = new URL(server.url);
    const socket = connect(port, '127.0.0.1');
    socket.write(`GET /mock/conversations/${started.conversationId}/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    const received = [];
    // The answer's head and first event, then the reader stops reading.
    received.push((await once(socket, 'data'))[0]);
    socket.pause();
    const closed = new Promise((resolve) => socket.on('close', resolve));
    // Each update carries the whole transcript (up to the conversation's budget, 128 Ki
    // characters): 100 messages of 30 KB make about 13 MB of events, more than the kernel's buffers.
    const path = `/mock/conversations/${started.conversationId}/messages`;
    const MESSAGES = 100;
    for (let index = 0; index < MESSAGES; index++) {
      const text = `${index} ${'z'.repeat(30_000)}`;
      const answer = await send(server.url, {
        method: 'POST',
        path,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text }),
      });
      assert.equal(answer.status, 200);
    }
    socket.on('data', (chunk) => received.push(chunk));
    socket.resume();
    const outcome = await within(
      closed.then(() => 'closed'),
      5000,
      'still open',
    );
    socket.destroy();
    const events = Buffer.concat(received).toString().split('event: update\n').length - 1;
    assert.equal(outcome, 'closed', 'the server closes the stream of a reader that fell behind');
    assert.ok(events < MESSAGES + 1, `the reader got ${events} of the ${MESSAGES + 1} updates, not all of them`);
  });
});
