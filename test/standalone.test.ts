// The built drop-in (dist/webview-form.standalone.js, made by `npm run build`, which `npm test`
// runs first) in a page of its own: it defines the tag, loads its lazy chunks and posts to the
// mock over HTTP.
import { expect } from '@open-wc/testing';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { ConversationSnapshot } from '../src/mock/chat-api.js';
import { VENDOR_LINK, dropInDefined, heldDropIn } from './helpers.js';

/** The drop-in's fixture page in an iframe, for the conversation `started`; `under` prefixes its path. */
async function dropInPage(started: ConversationSnapshot, under = '') {
  const frame = document.createElement('iframe');
  frame.title = 'Drop-in page';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${under}/test/fixtures/standalone.html?userId=${started.userId}&convId=${started.conversationId}&botId=${started.botId}`;
  document.body.append(frame);
  await loaded;
  const page = frame.contentWindow!;
  await page.customElements.whenDefined('webview-form');
  const form = page.document.querySelector('webview-form') as WebviewForm;
  await form.updateComplete;
  return { frame, page, form };
}

const startConversation = async (): Promise<ConversationSnapshot> => (await fetch('/mock/conversations', { method: 'POST' })).json();
const conversation = async (id: string): Promise<ConversationSnapshot> => (await fetch(`/mock/conversations/${id}`)).json();

/** The next frame of this page; the drop-in's iframe, in view, has its rendering opportunity in it too. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('the built drop-in', () => {
  it('completes its first update in an iframe without display, where no frame comes to wait for', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'Drop-in page';
    frame.style.display = 'none';
    const defined = dropInDefined(frame, `/test/fixtures/standalone.html${VENDOR_LINK}`);
    document.body.append(frame);
    try {
      await defined;
      const form = frame.contentDocument!.querySelector('webview-form') as WebviewForm;
      // It waits for zod's check and for whether a draft is stored, both asked once a frame is
      // painted, or a little later where none comes.
      expect(await form.updateComplete).to.be.true;
      expect(form.querySelector('[name="name"]')).to.exist;
    } finally {
      frame.remove();
    }
  });

  it('asks for zod’s check of declared fields (the delivery chunk) once its first frame is painted, not before', async () => {
    const { page, waiting, release, close } = await heldDropIn('standalone.html');
    const frames = page as typeof page & { firstFrame?: { at: number } };
    try {
      expect(await waiting(), 'chunks held').to.equal(1);
      await release();
      const delivery = () => page.performance.getEntriesByType('resource').find((entry) => entry.name.includes('webview-form.delivery.'));
      while (!delivery() || !frames.firstFrame) await nextFrame();
      // At least: some engines round both times to the millisecond.
      expect(delivery()!.startTime, 'asked for after the first frame began').to.be.at.least(frames.firstFrame.at);
    } finally {
      await close();
    }
  });

  it('loaded by the README’s tag (blocking="render"), is drawn in the page’s first frame where the engine knows the attribute', async () => {
    // The server holds the entry file: the page has parsed and the drop-in has not run.
    const prefix = `/held-entry/${crypto.randomUUID()}`;
    const frame = document.createElement('iframe');
    frame.title = 'Drop-in page';
    frame.src = `${prefix}/test/fixtures/standalone.html?userId=u-1&convId=c-1&botId=b-1`;
    document.body.append(frame);
    try {
      await fetch(`${prefix}/waiting`);
      const page = frame.contentWindow as Window & typeof globalThis & { firstFrame?: { drawn: boolean; at: number } };
      const knowsBlocking = 'blocking' in page.HTMLScriptElement.prototype;
      for (let i = 0; i < 3; i++) await nextFrame();
      // Render-blocked, the page has had no frame; an engine without the attribute may have painted the bare page.
      if (knowsBlocking) expect(page.firstFrame).to.equal(undefined);
      await fetch(`${prefix}/release`, { method: 'POST' });
      while (!page.firstFrame) await nextFrame();
      await page.customElements.whenDefined('webview-form');
      const form = page.document.querySelector('webview-form') as WebviewForm;
      await form.updateComplete;
      expect(form.querySelector('[name="name"]')).to.exist;
      if (knowsBlocking) expect(page.firstFrame.drawn).to.be.true;
    } finally {
      await fetch(`${prefix}/release`, { method: 'POST' });
      frame.remove();
    }
  });

  it('defines <webview-form>, renders declared fields and posts to the bot', async () => {
    const started = await startConversation();
    const { frame, page, form } = await dropInPage(started);
    try {
      const name = page.document.querySelector<HTMLInputElement>('[name="name"]')!;
      expect(name.labels![0].textContent).to.contain('Your name');
      name.value = 'Arthur';
      const result = await form.submit();
      expect(result.status).to.equal(200);
      const { webviewVariables, transcript } = await conversation(started.conversationId);
      expect(webviewVariables).to.deep.equal({ name: 'Arthur', color: 'blue' });
      expect(transcript.at(-1)!.text).to.equal('Thanks Arthur! I see your favorite color is blue.');
    } finally {
      frame.remove();
    }
  });

  it('draws its fields without its lazy chunks, reports their failure as a network error, and sends once they load', async () => {
    const started = await startConversation();
    // A connection of this test's own: the other engines run it at the same time.
    const flaky = `/flaky/${crypto.randomUUID()}`;
    await fetch(`${flaky}/down`, { method: 'POST' });
    const { frame, page, form } = await dropInPage(started, flaky).catch(async (error) => {
      await fetch(`${flaky}/up`, { method: 'POST' });
      throw error;
    });
    try {
      const name = page.document.querySelector<HTMLInputElement>('[name="name"]')!;
      name.value = 'Arthur';
      name.dispatchEvent(new Event('input', { bubbles: true }));
      const failed = await form.submit().catch((error) => error);
      expect(failed.kind).to.equal('network');
      expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('could not be loaded');
      expect(name.value).to.equal('Arthur');
      expect((await conversation(started.conversationId)).webviewVariables).to.deep.equal({});

      // The connection is back: the same page loads the chunks on the next try.
      await fetch(`${flaky}/up`, { method: 'POST' });
      expect((await form.submit()).status).to.equal(200);
      expect((await conversation(started.conversationId)).webviewVariables).to.deep.equal({ name: 'Arthur', color: 'blue' });
    } finally {
      await fetch(`${flaky}/up`, { method: 'POST' });
      frame.remove();
    }
  });
});
