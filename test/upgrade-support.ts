// What the tests of a page whose drop-in is held share (trust-upgrade.test.ts, html-first-upgrade.test.ts):
// a conversation on the mock, a page served from under /held-entry/<key>/ or /held-steps/<key>/
// with what it names held until the test releases it (heldChunks in test/wtr/outages.mjs), and
// what reached the bot, read back.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConversationSnapshot } from '../src/mock/chat-api.js';

export const startConversation = async (): Promise<ConversationSnapshot> => (await fetch('/mock/conversations', { method: 'POST' })).json();
export const conversation = async (id: string): Promise<ConversationSnapshot> => (await fetch(`/mock/conversations/${id}`)).json();
export const link = (started: ConversationSnapshot) => `userId=${started.userId}&convId=${started.conversationId}&botId=${started.botId}`;
export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The server's switch for one page: `kind` is what it holds (see heldChunks). */
export function hold(kind: 'held-steps' | 'held-entry' | 'held-language') {
  const prefix = `/${kind}/${crypto.randomUUID()}`;
  return {
    prefix,
    waiting: async () => Number(await (await fetch(`${prefix}/waiting`)).text()),
    release: () => fetch(`${prefix}/release`, { method: 'POST' }),
  };
}

export type Page = Window & typeof globalThis;

/** Exactly one post reached the bot for `started`'s conversation, carrying `variables`. */
export async function expectOnePost(started: ConversationSnapshot, variables: Record<string, string>) {
  const snapshot = await conversation(started.conversationId);
  expect(snapshot.webviewVariables).to.deep.equal(variables);
  expect(
    snapshot.transcript.filter((entry) => entry.via === 'webview'),
    'posts',
  ).to.have.length(1);
}

/** `fixture` in an iframe, for a new conversation, served with what `kind` names held; not yet in the page. */
export async function heldPage(kind: 'held-steps' | 'held-entry' | 'held-language', fixture: string, query = '') {
  const started = await startConversation();
  const held = hold(kind);
  const frame = document.createElement('iframe');
  frame.title = 'Drop-in page';
  return { started, held, frame, src: `${held.prefix}/test/fixtures/${fixture}?${query}&${link(started)}` };
}

/**
 * Opens `fixture` with the drop-in's file held: the page is parsed, its early-send script has run,
 * and `<webview-form>` is not defined. Resolves once `find` finds what the test presses.
 */
export async function beforeTheDropIn(fixture: string, find: (page: Page) => Element | null | undefined, query = '') {
  const { started, held, frame, src } = await heldPage('held-entry', fixture, query);
  frame.src = src;
  document.body.append(frame);
  expect(await held.waiting(), 'drop-in held').to.equal(1);
  let page = frame.contentWindow as Page;
  // The frame's first document is about:blank until the fixture's response arrives.
  while (page.document.readyState === 'loading' || !find(page)) {
    await nextFrame();
    page = frame.contentWindow as Page;
  }
  const left: string[] = [];
  const leaving = new Promise((resolve) => page.addEventListener('pagehide', () => resolve(left.push('left the page')), { once: true }));
  expect(page.customElements.get('webview-form'), 'defined').to.equal(undefined);
  return { started, held, frame, page, left, leaving: leaving.then(() => 'left the page') };
}

/** What a held Send did once the element was defined: moved to the next step, or sent. */
export const nextOrSent = (form: Element) =>
  Promise.race([
    new Promise((resolve) => form.addEventListener('webview-step', () => resolve('next'), { once: true })),
    new Promise((resolve) => form.addEventListener('webview-success', () => resolve('sent'), { once: true })),
  ]);

/**
 * Presses Enter in `field` of a multi-step page before its drop-in ran, then lets the drop-in come:
 * the press must mean Next (the step "More" shown), with nothing posted for `started`.
 */
export async function expectHeldEnterMeansNext(
  field: HTMLInputElement,
  { held, page, started }: { held: ReturnType<typeof hold>; page: Page; started: ConversationSnapshot },
) {
  const form = field.closest('webview-form')!;
  field.focus();
  await sendKeys({ press: 'Enter' });
  await held.release();
  await page.customElements.whenDefined('webview-form');
  expect(await nextOrSent(form)).to.equal('next');
  await (form as Element & { updateComplete: Promise<unknown> }).updateComplete;
  expect(form.shadowRoot!.querySelector('[part="step"]')!.textContent).to.contain('More');
  expect((await conversation(started.conversationId)).webviewVariables, 'nothing posted').to.deep.equal({});
}
