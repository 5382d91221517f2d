// Regression: a submit that passed validation waits for the built drop-in's one lazy chunk, the
// delivery (zod, the check of declared fields and the send code); reset() or removing the element
// then must cancel it before that chunk arrives. It used to go on once the chunk came, and posted
// the reset form's values.
// The page is served from under /held/<key>/, where the chunk is held until the test releases it
// (heldChunks in test/wtr/outages.mjs). Its control is the page's own, not a declaration of
// `fields`: a declaration's verdict needs the held chunk, and the submit would wait for that first.
import { expect } from '@open-wc/testing';
import { dropInDefined } from './helpers.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { ConversationSnapshot } from '../src/mock/chat-api.js';

/** The server's switch for the chunks of one page: a key per test. */
function heldChunks() {
  const prefix = `/held/${crypto.randomUUID()}`;
  return {
    prefix,
    /** Answers once the server holds a chunk request, with how many it holds. */
    waiting: async () => Number(await (await fetch(`${prefix}/waiting`)).text()),
    release: () => fetch(`${prefix}/release`, { method: 'POST' }),
  };
}

/**
 * test/fixtures/standalone-authored.html in an iframe under `prefix`, for the conversation
 * `started`. The page says when the tag is defined: its load event may wait for the held chunk
 * (Firefox delays it for the idle-time prefetch when that starts while the page loads).
 */
async function dropInPage(started: ConversationSnapshot, prefix: string) {
  const frame = document.createElement('iframe');
  frame.title = 'Drop-in page';
  const defined = dropInDefined(
    frame,
    `${prefix}/test/fixtures/standalone-authored.html?userId=${started.userId}&convId=${started.conversationId}&botId=${started.botId}`,
  );
  document.body.append(frame);
  await defined;
  const page = frame.contentWindow!;
  const form = page.document.querySelector('webview-form') as WebviewForm;
  // No declared fields: nothing here waits for the held chunk.
  await form.updateComplete;
  return { frame, page, form };
}

function type(form: WebviewForm, value: string): HTMLInputElement {
  const name = form.querySelector<HTMLInputElement>('[name="name"]')!;
  name.value = value;
  name.dispatchEvent(new Event('input', { bubbles: true }));
  return name;
}

const startConversation = async (): Promise<ConversationSnapshot> => (await fetch('/mock/conversations', { method: 'POST' })).json();
const conversation = async (id: string): Promise<ConversationSnapshot> => (await fetch(`/mock/conversations/${id}`)).json();
/** What reached the bot: one consumer message per Web View post. */
const posts = (snapshot: ConversationSnapshot) => snapshot.transcript.filter((entry) => entry.via === 'webview');

/**
 * Settles with the submit's error (or 'sent') if it settles before the server answers a question,
 * else with 'still pending'. The cancellation needs no network: it settles in microtasks, and
 * a `fetch` settles in a task of its own, after a round trip to the server.
 */
async function settledBeforeTheServerAnswers(submitted: Promise<unknown>, held: ReturnType<typeof heldChunks>) {
  return Promise.race([submitted, held.waiting().then((count) => `still pending, with ${count} chunk(s) held`)]);
}

/**
 * Types an answer and submits while the server holds the chunk: resolves once the chunk has been
 * asked for (by this submit, or by the idle-time prefetch it joins), with the submit's pending outcome.
 */
async function submitWhileHeld(form: WebviewForm, held: ReturnType<typeof heldChunks>) {
  type(form, 'Arthur');
  const submitted = form.submit().then(
    () => 'sent',
    (error: { kind: string }) => error,
  );
  expect(await held.waiting()).to.be.greaterThan(0);
  // Wrapped: returned bare from an async function, the pending submit would be waited for.
  return { submitted };
}

describe('reset() or removing the element while the submission chunk is still loading', () => {
  it('reset() rejects the pending submit as aborted at once, and nothing is sent when the chunk arrives', async function () {
    // Loads a page in a frame with its code cold: on a loaded machine that may pass the 5 s the
    // runner allows a test to hang. This is room for the work, not a wait.
    this.timeout(20_000);
    const started = await startConversation();
    const held = heldChunks();
    const { frame, form } = await dropInPage(started, held.prefix);
    try {
      const { submitted } = await submitWhileHeld(form, held);

      form.reset();
      expect(await settledBeforeTheServerAnswers(submitted, held)).to.have.property('kind', 'aborted');
      expect(form.state).to.equal('idle');
      expect(form.querySelector<HTMLInputElement>('[name="name"]')!.value).to.equal('');

      // A new submit waits for the same chunk, after the cancelled one: once its post has gone
      // through, the chunk has reached the page, and the cancelled submit had every chance to send.
      type(form, 'Ford');
      const sent = form.submit();
      await held.release();
      expect((await sent).status).to.equal(200);
      const after = await conversation(started.conversationId);
      expect(posts(after)).to.have.length(1);
      expect(after.webviewVariables).to.deep.equal({ name: 'Ford' });
      expect(after.transcript.at(-1)!.text).to.equal('Thanks Ford! I got your form.');
    } finally {
      await held.release();
      frame.remove();
    }
  });

  it('removing the element rejects the pending submit as aborted at once, and its post is never sent', async () => {
    const started = await startConversation();
    const held = heldChunks();
    const { frame, page, form } = await dropInPage(started, held.prefix);
    try {
      const { submitted } = await submitWhileHeld(form, held);

      form.remove();
      expect(await settledBeforeTheServerAnswers(submitted, held)).to.have.property('kind', 'aborted');

      // A second form on the same page needs the same chunk: once its post has gone through, the
      // chunk has reached the page, and the removed form had every chance to send.
      const second = form.cloneNode(true) as WebviewForm;
      page.document.body.append(second);
      await second.updateComplete;
      type(second, 'Ford');
      const sent = second.submit();
      await held.release();
      expect((await sent).status).to.equal(200);
      const after = await conversation(started.conversationId);
      expect(posts(after)).to.have.length(1);
      expect(after.webviewVariables).to.deep.equal({ name: 'Ford' });
    } finally {
      await held.release();
      frame.remove();
    }
  });
});
