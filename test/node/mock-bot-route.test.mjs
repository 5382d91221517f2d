// Issue 33: the demo chat loads a bot export while the mock runs (POST /mock/bot), talks to it,
// and goes back to the demo bot (DELETE); a file that is not an export is a 400 with the reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMockBackend } from 'webview-form/mock';
import { formBotExport } from './bot-export-fixture.mjs';

const ask = async (backend, method, path, body) => {
  const response = await backend.handle(
    new Request(`http://mock.test${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
  return { status: response.status, body: await response.json() };
};

test('a bot export loaded through /mock/bot answers the next conversation; DELETE brings the demo bot back', async () => {
  const backend = createMockBackend();
  assert.equal((await ask(backend, 'GET', '/mock/bot')).body.name, 'The demo bot');

  const loaded = await ask(backend, 'POST', '/mock/bot', formBotExport());
  assert.deepEqual([loaded.status, loaded.body.name], [200, 'Form bot']);
  const { body: started } = await ask(backend, 'POST', '/mock/conversations');
  const { body: after } = await ask(backend, 'POST', `/mock/conversations/${started.conversationId}/messages`, { text: 'form' });
  const reply = after.transcript.filter((entry) => entry.from === 'bot').at(-1);
  assert.match(reply.text, /^Open the form/);
  assert.equal(reply.buttons[0].title, 'Open the form');

  const back = await ask(backend, 'DELETE', '/mock/bot');
  assert.deepEqual([back.status, back.body.name], [200, 'The demo bot']);
  const { body: again } = await ask(backend, 'POST', '/mock/conversations');
  assert.match(again.transcript.at(-1).text, /for the example form/);
});

test('a file that is not a bot export is refused with its reason, and the bot running stays', async () => {
  const backend = createMockBackend();
  await ask(backend, 'POST', '/mock/bot', formBotExport());
  for (const body of ['{"hello": "world"}', 'not json', '[]']) {
    const refused = await ask(backend, 'POST', '/mock/bot', body);
    assert.equal(refused.status, 400, body);
    assert.ok(refused.body.errors[0].length > 10, `a reason for ${body}: ${JSON.stringify(refused.body)}`);
  }
  assert.equal((await ask(backend, 'GET', '/mock/bot')).body.name, 'Form bot');
  assert.equal((await ask(backend, 'PUT', '/mock/bot', '{}')).status, 405);
});
