// The built drop-in (dist/webview-form.standalone.js, made by `npm run build`, which `npm test`
// runs first) in a page of its own: it defines the tag, loads its lazy chunks and posts to the
// mock over HTTP.
import { expect } from '@open-wc/testing';
import type { WebviewForm } from '../src/webview-form.js';
import type { ConversationSnapshot } from '../src/mock/chat-api.js';

describe('the built drop-in', () => {
  it('defines <webview-form>, renders declared fields and posts to the bot', async () => {
    const started: ConversationSnapshot = await (await fetch('/mock/conversations', { method: 'POST' })).json();
    const frame = document.createElement('iframe');
    frame.title = 'Drop-in page';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/test/fixtures/standalone.html?userId=${started.userId}&convId=${started.conversationId}&botId=${started.botId}`;
    document.body.append(frame);
    try {
      await loaded;
      const page = frame.contentWindow!;
      await page.customElements.whenDefined('webview-form');
      const form = page.document.querySelector('webview-form') as WebviewForm;
      await form.updateComplete;
      const name = page.document.querySelector<HTMLInputElement>('[name="name"]')!;
      expect(name.labels![0].textContent).to.contain('Your name');
      name.value = 'Arthur';
      const result = await form.submit();
      expect(result.status).to.equal(200);
      const conversation: ConversationSnapshot = await (await fetch(`/mock/conversations/${started.conversationId}`)).json();
      expect(conversation.webviewVariables).to.deep.equal({ name: 'Arthur', color: 'blue' });
      expect(conversation.transcript.at(-1)!.text).to.equal('Thanks Arthur! I see your favorite color is blue.');
    } finally {
      frame.remove();
    }
  });
});
