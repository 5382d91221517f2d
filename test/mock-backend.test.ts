import { expect } from '@open-wc/testing';
import { createMockBackend, type MockBackend } from '../src/mock/backend.js';
import { SimulatedBot } from '../src/mock/bot.js';
import { createWebviewHandler, MAX_BODY_BYTES } from '../src/mock/handler.js';
import { IDS, IDS_AUTH } from './helpers.js';

const ORIGIN = 'https://mock.example';
const WEBVIEW = `${ORIGIN}/thirdparty-services-0.1/webview`;
const SECRET = 'a detail only the log may show';

/** A bot whose dialog throws on "break". */
const breakingBot = (options: ConstructorParameters<typeof SimulatedBot>[0] = {}) =>
  new SimulatedBot({
    ...options,
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

const json = { 'Content-Type': 'application/json' };
const chatPost = (path: string, body: BodyInit | null, headers: Record<string, string> = json) =>
  new Request(`${ORIGIN}/mock/conversations${path}`, { method: 'POST', headers, body });

describe('mock backend', () => {
  let backend: MockBackend;
  const errors: unknown[] = [];
  beforeEach(() => {
    errors.length = 0;
    backend = createMockBackend({ bot: breakingBot(), onError: (error) => errors.push(error) });
  });

  it('answers the preflight on every route of both APIs, and on paths it does not serve', async () => {
    for (const path of ['/thirdparty-services-0.1/webview', '/mock/conversations', '/mock/conversations/any/messages', '/elsewhere']) {
      const response = await backend.handle(new Request(`${ORIGIN}${path}`, { method: 'OPTIONS' }));
      expect(response.status, path).to.equal(204);
      expect(response.headers.get('Access-Control-Allow-Origin'), path).to.equal('*');
      expect(response.headers.get('Access-Control-Allow-Methods'), path).to.equal('GET, POST, OPTIONS');
      expect(response.headers.get('Access-Control-Allow-Headers'), path).to.equal('Authorization, Content-Type');
    }
  });

  describe('puts Access-Control-Allow-Origin on every error', () => {
    const over = JSON.stringify({ text: 'x'.repeat(MAX_BODY_BYTES) });
    const cases: Array<[string, number, (started: string) => Request]> = [
      ['a chat path that is not valid percent-encoding', 400, () => new Request(`${ORIGIN}/mock/conversations/%E0%A4%A`)],
      ['a chat message that is not JSON', 400, (id) => chatPost(`/${id}/messages`, '{"text":')],
      [
        'a chat message that is not UTF-8',
        400,
        (id) => chatPost(`/${id}/messages`, new Uint8Array([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x7d])),
      ],
      ['an unknown conversation', 404, () => new Request(`${ORIGIN}/mock/conversations/nobody`)],
      ['a path the backend does not serve', 404, () => new Request(`${ORIGIN}/elsewhere`)],
      ['another method on the chat API', 405, (id) => new Request(`${ORIGIN}/mock/conversations/${id}/messages`)],
      ['a chat message over the body limit', 413, (id) => chatPost(`/${id}/messages`, over)],
      ['a chat message not declared JSON', 415, (id) => chatPost(`/${id}/messages`, '{"text":"hi"}', { 'Content-Type': 'text/plain' })],
      [
        'an exception inside the bot',
        500,
        () =>
          new Request(WEBVIEW, {
            method: 'POST',
            headers: { ...json, Authorization: IDS_AUTH },
            body: JSON.stringify({ ...IDS, message: 'break' }),
          }),
      ],
    ];
    for (const [what, status, request] of cases) {
      it(`${status} for ${what}`, async () => {
        const { conversationId } = backend.bot.startConversation();
        const response = await backend.handle(request(conversationId));
        expect(response.status).to.equal(status);
        expect(response.headers.get('Access-Control-Allow-Origin')).to.equal('*');
        expect(response.headers.get('Content-Type')).to.match(/^application\/json/);
        const text = await response.text();
        expect(text).not.to.contain(SECRET);
        expect(text).not.to.match(/URIError|malformed/);
        const consumer = backend.bot.conversation(conversationId)!.transcript.filter((entry) => entry.from === 'consumer');
        expect(consumer, 'nothing stored').to.deep.equal([]);
      });
    }
  });

  it('reports the exception behind a 500 to onError, and answers the next request normally', async () => {
    const breaking = new Request(WEBVIEW, {
      method: 'POST',
      headers: { ...json, Authorization: IDS_AUTH },
      body: JSON.stringify({ ...IDS, message: 'break' }),
    });
    expect((await backend.handle(breaking)).status).to.equal(500);
    expect((errors[0] as Error).message).to.equal(SECRET);
    const fine = new Request(WEBVIEW, { method: 'POST', headers: { ...json, Authorization: IDS_AUTH }, body: JSON.stringify(IDS) });
    expect((await backend.handle(fine)).status).to.equal(200);
  });

  it('gives the Web View handler on its own the same CORS and error boundary', async () => {
    const handle = createWebviewHandler({ bot: breakingBot(), onError: () => {} });
    const response = await handle(
      new Request(WEBVIEW, {
        method: 'POST',
        headers: { ...json, Authorization: IDS_AUTH },
        body: JSON.stringify({ ...IDS, message: 'break' }),
      }),
    );
    expect(response.status).to.equal(500);
    expect(response.headers.get('Access-Control-Allow-Origin')).to.equal('*');
    expect(await response.text()).not.to.contain(SECRET);
  });

  it('refuses a Web View API body that is not UTF-8 with 400', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify({ ...IDS, contextVariables: [{ name: 'name', value: 'Ar#thur' }] }));
    bytes[bytes.indexOf(0x23)] = 0xff;
    const response = await backend.handle(
      new Request(WEBVIEW, { method: 'POST', headers: { ...json, Authorization: IDS_AUTH }, body: bytes }),
    );
    expect(response.status).to.equal(400);
    expect((await response.json()).errors).to.deep.equal(['The body is not UTF-8 text.']);
    expect(backend.bot.conversation(IDS.conversationId)).to.be.undefined;
  });

  describe('event streams', () => {
    it('drops a reader that leaves more than 256 KiB unread', async () => {
      const { conversationId } = backend.bot.startConversation();
      const response = await backend.handle(new Request(`${ORIGIN}/mock/conversations/${conversationId}/events`));
      expect(response.headers.get('Content-Type')).to.equal('text/event-stream');
      // Nobody reads; each message makes an update of the whole transcript (about 60 KB by the end).
      for (let index = 0; index < 12; index++) {
        const answer = await backend.handle(
          chatPost(`/${conversationId}/messages`, JSON.stringify({ text: `${index} ${'z'.repeat(5000)}` })),
        );
        expect(answer.status).to.equal(200);
      }
      const reader = response.body!.getReader();
      const outcome = await reader.read().then(
        () => 'read',
        (error: Error) => error.message,
      );
      expect(outcome).to.match(/more than 262144 bytes unread/);
    });

    it('ends the stream of a conversation the bot forgets', async () => {
      backend = createMockBackend({ bot: new SimulatedBot({ maxConversations: 1 }) });
      const { conversationId } = backend.bot.startConversation();
      const response = await backend.handle(new Request(`${ORIGIN}/mock/conversations/${conversationId}/events`));
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      expect((await reader.read()).value).to.match(/^event: update\n/);
      backend.bot.startConversation();
      expect(await reader.read()).to.deep.equal({ done: true, value: undefined });
    });

    it('refuses more than 100 open streams with 503, and takes one again once another closes', async () => {
      const { conversationId } = backend.bot.startConversation();
      const open = () => backend.handle(new Request(`${ORIGIN}/mock/conversations/${conversationId}/events`));
      const streams = await Promise.all(Array.from({ length: 100 }, open));
      expect(streams.every((response) => response.status === 200)).to.equal(true);
      const refused = await open();
      expect(refused.status).to.equal(503);
      expect(refused.headers.get('Retry-After')).to.equal('5');
      await streams[0].body!.cancel();
      const again = await open();
      expect(again.status).to.equal(200);
      await Promise.all([...streams.slice(1), again].map((response) => response.body!.cancel()));
    });
  });
});
