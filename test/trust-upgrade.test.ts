// Regressions of issue 27 around the built drop-in's loading: a send made while the steps code is
// still on its way (row 2), and a Send pressed before the drop-in has run at all (rows 1 and 11).
// The pages are served from under /held-steps/<key>/ or /held-entry/<key>/, where the server holds
// the steps chunk or the entry file until the test releases it (heldChunks in
// web-test-runner.config.mjs). Each posts to the mock over HTTP; what reached the bot is read back.
import { expect } from '@open-wc/testing';
import { dropInDefined } from './helpers.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { ConversationSnapshot } from '../src/mock/chat-api.js';

const startConversation = async (): Promise<ConversationSnapshot> => (await fetch('/mock/conversations', { method: 'POST' })).json();
const conversation = async (id: string): Promise<ConversationSnapshot> => (await fetch(`/mock/conversations/${id}`)).json();
const posts = (snapshot: ConversationSnapshot) => snapshot.transcript.filter((entry) => entry.via === 'webview');
const link = (started: ConversationSnapshot) => `userId=${started.userId}&convId=${started.conversationId}&botId=${started.botId}`;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The server's switch for one page: `kind` is what it holds (see heldChunks). */
function hold(kind: 'held-steps' | 'held-entry') {
  const prefix = `/${kind}/${crypto.randomUUID()}`;
  return {
    prefix,
    waiting: async () => Number(await (await fetch(`${prefix}/waiting`)).text()),
    release: () => fetch(`${prefix}/release`, { method: 'POST' }),
  };
}

type Page = Window & typeof globalThis;

describe('a send while the steps code is still on its way (issue 27, row 2)', () => {
  /**
   * Opens `fixture` with the steps chunk held, and waits until the page has done all it can
   * without it: the chunk asked for, the delivery chunk loaded and a round trip to the server
   * since, time enough for a send that did not wait to have posted.
   */
  async function heldSteps(fixture: string, query: string) {
    const started = await startConversation();
    const held = hold('held-steps');
    const frame = document.createElement('iframe');
    frame.title = 'Drop-in page';
    const defined = dropInDefined(frame, `${held.prefix}/test/fixtures/${fixture}?${query}&${link(started)}`);
    document.body.append(frame);
    await defined;
    const page = frame.contentWindow as Page;
    const form = page.document.querySelector('webview-form') as WebviewForm;
    const succeeded = new Promise((resolve) => form.addEventListener('webview-success', resolve, { once: true }));
    expect(await held.waiting(), 'steps chunk held').to.equal(1);
    return { started, held, frame, page, form, succeeded };
  }

  /** Resolves once the page has the delivery chunk and the server has answered one more request. */
  async function deliveryLoaded(page: Page) {
    const delivery = () => page.performance.getEntriesByType('resource').find((entry) => entry.name.includes('webview-form.delivery.js'));
    while (!delivery()) await nextFrame();
    await page.fetch('/mock/conversations', { method: 'POST' });
    await nextFrame();
  }

  for (const [fixture, what] of [
    ['conditions-declared.html', 'declared fields'],
    ['conditions-authored.html', 'authored data-when markup'],
  ] as const) {
    it(`auto-submit with ${what}, the steps chunk slower than the delivery: the fields a condition hides are never posted`, async () => {
      const { started, held, frame, page, succeeded } = await heldSteps(fixture, 'auto');
      try {
        await deliveryLoaded(page);
        expect((await conversation(started.conversationId)).webviewVariables, 'posted before the steps code came').to.deep.equal({});
        await held.release();
        await succeeded;
        expect((await conversation(started.conversationId)).webviewVariables).to.deep.equal({ a: 'x' });
      } finally {
        await held.release();
        frame.remove();
      }
    });
  }

  it('submit() once defined, with authored data-when markup and the steps chunk held: waits for the conditions, then posts only what applies', async () => {
    const { started, held, frame, page, form } = await heldSteps('conditions-authored.html', 'manual');
    try {
      await deliveryLoaded(page);
      let settled = false;
      const sending = form.submit().finally(() => (settled = true));
      await deliveryLoaded(page);
      expect(settled, 'settled before the steps code came').to.be.false;
      expect((await conversation(started.conversationId)).webviewVariables).to.deep.equal({});
      await held.release();
      expect((await sending).status).to.equal(200);
      expect((await conversation(started.conversationId)).webviewVariables).to.deep.equal({ a: 'x' });
    } finally {
      await held.release();
      frame.remove();
    }
  });
});
