import { expect } from '@open-wc/testing';
import { createWebviewHandler, MAX_BODY_BYTES } from '../src/mock/handler.js';
import { SimulatedBot } from '../src/mock/bot.js';
import { IDS, IDS_AUTH } from './helpers.js';
import { itOnly } from './engine.js';

const URL_ = 'https://mock.example/thirdparty-services-0.1/webview';
const BODY = { ...IDS, message: 'request successful', contextVariables: [{ name: 'name', value: 'Arthur' }] };

function post(body: unknown, headers: Record<string, string> = {}, url = URL_): Request {
  return new Request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: IDS_AUTH, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function answer(response: Response) {
  expect(response.headers.get('Content-Type')).to.match(/^application\/json/);
  return { status: response.status, body: await response.json() };
}

describe('mock handler', () => {
  let bot: SimulatedBot;
  let handle: (request: Request) => Promise<Response>;
  beforeEach(() => {
    bot = new SimulatedBot();
    handle = createWebviewHandler({ bot });
  });

  it('answers a correct post with 200 JSON and stores the variables', async () => {
    const { status, body } = await answer(await handle(post(BODY)));
    expect(status).to.equal(200);
    expect(body).to.deep.equal({ success: true, stored: ['name'], message: 'posted' });
    expect(Object.fromEntries(bot.conversation(IDS.conversationId)!.webviewVariables)).to.deep.equal({ name: 'Arthur' });
  });

  it('compares the Authorization hash case-insensitively', async () => {
    expect((await handle(post(BODY, { Authorization: IDS_AUTH.toUpperCase() }))).status).to.equal(200);
  });

  it('answers 401 when the Authorization is missing', async () => {
    const request = new Request(URL_, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(BODY) });
    const { status, body } = await answer(await handle(request));
    expect(status).to.equal(401);
    expect(body.message).to.contain('missing');
    expect(bot.conversation(IDS.conversationId)).to.be.undefined;
  });

  it('answers 401 when the hash is of swapped IDs, and stores nothing', async () => {
    const { status } = await answer(await handle(post(BODY, { Authorization: 'f'.repeat(64) })));
    expect(status).to.equal(401);
    expect(bot.conversation(IDS.conversationId)).to.be.undefined;
  });

  for (const [what, body, expected] of [
    [
      'convId instead of conversationId',
      { botId: IDS.botId, convId: IDS.conversationId, userId: IDS.userId },
      'conversationId: must be a string',
    ],
    [
      'variables shaped {someName: value}',
      { ...IDS, contextVariables: [{ name: 'Arthur' }] },
      'contextVariables.0.value: must be a string',
    ],
    ['a number as a value', { ...IDS, contextVariables: [{ name: 'age', value: 42 }] }, 'contextVariables.0.value: must be a string'],
    ['an unknown key', { ...IDS, extra: 1 }, 'has unknown key "extra"'],
  ] as const) {
    it(`answers 400 with a list of what is wrong for ${what}`, async () => {
      const { status, body: answerBody } = await answer(await handle(post(body)));
      expect(status).to.equal(400);
      expect(answerBody.errors).to.be.an('array');
      expect(answerBody.errors.join('\n')).to.contain(expected);
    });
  }

  it('answers 400 for a body that is not JSON', async () => {
    const { status, body } = await answer(await handle(post('{"botId":')));
    expect(status).to.equal(400);
    expect(body.errors).to.deep.equal(['The body is not valid JSON.']);
  });

  it('answers 415 for a body that is not declared as JSON', async () => {
    const { status } = await answer(await handle(post(BODY, { 'Content-Type': 'text/plain' })));
    expect(status).to.equal(415);
  });

  it('accepts application/json with a charset', async () => {
    expect((await handle(post(BODY, { 'Content-Type': 'application/json; charset=utf-8' }))).status).to.equal(200);
  });

  it(`answers 413 for a body over ${MAX_BODY_BYTES} bytes`, async () => {
    const big = { ...IDS, contextVariables: [{ name: 'blob', value: 'x'.repeat(MAX_BODY_BYTES) }] };
    const { status } = await answer(await handle(post(big)));
    expect(status).to.equal(413);
  });

  // Firefox has no streaming request bodies: it turns the stream into the text "[object ReadableStream]".
  itOnly(['chromium', 'webkit'], 'Firefox cannot make a Request with a stream body')(
    'answers 413 for a streamed body that grows past the limit, without a Content-Length',
    async () => {
      const small = createWebviewHandler({ bot, maxBodyBytes: 100 });
      const chunks = ['{"botId":"', 'b'.repeat(80), '", "x": "', 'y'.repeat(80), '"}'];
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          const next = chunks.shift();
          if (next === undefined) controller.close();
          else controller.enqueue(new TextEncoder().encode(next));
        },
      });
      const request = new Request(URL_, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect((await answer(await small(request))).status).to.equal(413);
    },
  );

  it('answers 405 with Allow for other methods', async () => {
    const response = await handle(new Request(URL_, { method: 'GET' }));
    expect(response.headers.get('Allow')).to.equal('POST, OPTIONS');
    expect((await answer(response)).status).to.equal(405);
  });

  it('answers 404 for other paths', async () => {
    const { status, body } = await answer(await handle(post(BODY, {}, 'https://mock.example/webview')));
    expect(status).to.equal(404);
    expect(body.message).to.contain('/thirdparty-services-0.1/webview');
  });

  it('answers a CORS preflight allowing Authorization and Content-Type from any origin', async () => {
    const response = await handle(
      new Request(URL_, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://forms.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type',
        },
      }),
    );
    expect(response.status).to.equal(204);
    expect(response.headers.get('Access-Control-Allow-Origin')).to.equal('*');
    expect(response.headers.get('Access-Control-Allow-Methods')).to.contain('POST');
    expect(response.headers.get('Access-Control-Allow-Headers')).to.equal('Authorization, Content-Type');
  });

  // Browsers drop an Origin header set by script: configured origins are tested over HTTP (test/node).

  it('puts CORS headers on errors too, so the page can read them', async () => {
    const response = await handle(post('nope', { Origin: 'https://forms.example' }));
    expect(response.headers.get('Access-Control-Allow-Origin')).to.equal('*');
  });
});
