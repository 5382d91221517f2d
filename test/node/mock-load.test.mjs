// The mock under load: 1,000 concurrent posts across 100 conversations, from one bounded loop on
// 127.0.0.1. Every request is answered and no variable is lost. The figure is printed, not asserted:
// these machines are shared, and time is not what this test is about.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { startMockServer } from 'webview-form/mock/server';

const POSTS = 1000;
const CONVERSATIONS = 100;
const PATH = '/thirdparty-services-0.1/webview';
const botId = 'load-bot';
const auth = (conversationId) => createHash('sha256').update(`${conversationId} || ${botId}`).digest('hex');

let server;
before(async () => {
  server = await startMockServer({ port: 0, log: () => {} });
});
after(() => server.close());

test(`${POSTS} concurrent posts across ${CONVERSATIONS} conversations: all answered, no variable lost`, async () => {
  const started = performance.now();
  const responses = await Promise.all(
    Array.from({ length: POSTS }, async (_, index) => {
      const conversationId = `conv-${index % CONVERSATIONS}`;
      const response = await fetch(server.url + PATH, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: auth(conversationId) },
        body: JSON.stringify({
          botId,
          conversationId,
          userId: `user-${index % CONVERSATIONS}`,
          message: 'request successful',
          contextVariables: [{ name: `post-${index}`, value: `value-${index}` }],
        }),
      });
      return { status: response.status, body: await response.json() };
    }),
  );
  const elapsed = performance.now() - started;

  assert.equal(responses.length, POSTS);
  assert.deepEqual([...new Set(responses.map((response) => response.status))], [200]);
  let stored = 0;
  for (let conversation = 0; conversation < CONVERSATIONS; conversation++) {
    const variables = server.backend.bot.conversation(`conv-${conversation}`).webviewVariables;
    for (let index = conversation; index < POSTS; index += CONVERSATIONS) {
      assert.equal(variables.get(`post-${index}`), `value-${index}`);
      stored++;
    }
    assert.equal(variables.size, POSTS / CONVERSATIONS);
  }
  assert.equal(stored, POSTS);
  console.log(
    `mock load: ${POSTS} posts, ${CONVERSATIONS} conversations, all 200, ${stored} variables stored, ${Math.round(elapsed)} ms (${Math.round((POSTS / elapsed) * 1000)} posts/s)`,
  );
});
