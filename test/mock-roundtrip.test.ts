import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { createWebviewHandler } from '../src/mock/handler.js';
import { createDemoBot } from '../src/mock/demo-bot.js';
import type { ConversationSnapshot } from '../src/mock/chat-api.js';
import { setPageUrl, useFreshTab } from './helpers.js';

describe('the element against the mock backend', () => {
  useFreshTab();

  it('posts to the in-browser mock given as its fetch, and the bot answers', async () => {
    const bot = createDemoBot();
    const form = await fixture<WebviewForm>(html`
      <webview-form region="us" message="request successful" .fetch=${createWebviewHandler({ bot })}>
        <label>Your name <input name="name" value="Arthur" /></label>
      </webview-form>
    `);
    const result = await form.submit();
    expect(result.status).to.equal(200);
    const conversation = bot.conversation(new URLSearchParams(location.search).get('convId')!)!;
    expect(conversation.transcript.at(-1)!.text).to.equal('Thanks Arthur! I got your form.');
  });

  it('posts over real HTTP to the mock mounted on the dev server', async () => {
    const started: ConversationSnapshot = await (await fetch('/mock/conversations', { method: 'POST' })).json();
    const restore = setPageUrl(`?userId=${started.userId}&convId=${started.conversationId}&botId=${started.botId}`);
    try {
      const form = await fixture<WebviewForm>(html`
        <webview-form endpoint="/thirdparty-services-0.1/webview" message="request successful">
          <label>Your name <input name="name" value="Lancelot" /></label>
          <label>Favorite color <input name="color" value="blue" /></label>
        </webview-form>
      `);
      const result = await form.submit();
      expect(result.response).to.deep.equal({ success: true, stored: ['name', 'color'], message: { dialog: 'form submitted' } });
      const after: ConversationSnapshot = await (await fetch(`/mock/conversations/${started.conversationId}`)).json();
      expect(after.webviewVariables).to.deep.equal({ name: 'Lancelot', color: 'blue' });
      expect(after.transcript.at(-1)!.text).to.equal('Thanks Lancelot! I see your favorite color is blue.');
    } finally {
      restore();
    }
  });

  it('answers a preflight on the chat API of the mock mounted on the dev server, as on the Web View API', async () => {
    for (const path of ['/mock/conversations', '/thirdparty-services-0.1/webview']) {
      const response = await fetch(path, { method: 'OPTIONS' });
      expect(response.status, path).to.equal(204);
      expect(response.headers.get('Access-Control-Allow-Origin'), path).to.equal('*');
      expect(response.headers.get('Access-Control-Allow-Methods'), path).to.contain('POST');
    }
  });

  it('shows the mock’s 401 as a signature error when the link’s IDs were tampered with', async () => {
    const bot = createDemoBot();
    const handler = createWebviewHandler({ bot });
    // A relay that rewrites the body after signing, as a broken proxy might.
    const tampering = async (request: Request) => {
      const body = await request.json();
      return handler(
        new Request(request.url, { method: 'POST', headers: request.headers, body: JSON.stringify({ ...body, botId: 'other' }) }),
      );
    };
    const form = await fixture<WebviewForm>(html`
      <webview-form region="us" .fetch=${tampering}><input name="a" value="1" aria-label="A" /></webview-form>
    `);
    const error = await form.submit().catch((thrown) => thrown);
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(401);
    expect(error.message).to.contain("did not accept this link's signature");
  });
});
