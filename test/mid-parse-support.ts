// What the tests of a drop-in run mid-parse share (defined-mid-parse.test.ts, mid-parse-sends.test.ts):
// a page served in pieces (streamedPages in test/wtr/outages.mjs) for a new conversation on the mock.
import { expect } from '@open-wc/testing';
import { draftKey } from '../src/delivery/draft.js';
import { link, nextFrame, startConversation, type Page } from './upgrade-support.js';

/** Waits, a frame at a time, until `done` holds; fails with `what` after 8 s. */
export async function until(done: () => unknown, what: string) {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > 8000) throw new Error(`never: ${what}`);
    await nextFrame();
  }
}

export interface StreamedOptions {
  /** Appended to the link: `#name=…` answers for `prefill`. */
  hash?: string;
  /** A draft stored for the page before it opens. */
  draft?: { controls: Array<{ name: string; index: number; value: string }>; step?: number };
  /** What the page must show before the test goes on; by default, the drop-in has run and the form is parsed. */
  ready?: (page: Page) => unknown;
}

/**
 * Opens `fixture` from under a /streamed/ prefix for a new conversation, its first piece only;
 * `more` sends the next piece. Resolves once `ready` holds, the page still arriving.
 */
export async function streamed(fixture: string, { hash = '', draft, ready }: StreamedOptions = {}) {
  const started = await startConversation();
  const prefix = `/streamed/${crypto.randomUUID()}`;
  const path = `${prefix}/test/fixtures/${fixture}`;
  // The frame's localStorage (where drafts are kept by default) is this page's: the same origin.
  if (draft) localStorage.setItem(draftKey(`${path}#0`, started.conversationId), JSON.stringify({ ...draft, savedAt: Date.now() }));
  const frame = document.createElement('iframe');
  frame.title = 'A page still arriving';
  frame.src = `${path}?${link(started)}${hash}`;
  document.body.append(frame);
  const page = () => frame.contentWindow as Page;
  await until(
    () => (ready ? ready(page()) : page().customElements.get('webview-form') && page().document.querySelector('webview-form')),
    'the page ready',
  );
  expect(page().document.readyState, 'the page still arriving').to.equal('loading');
  const more = () => fetch(`${prefix}/next`, { method: 'POST' });
  /** Sends every piece left and waits until the page is parsed. */
  const rest = async () => {
    while (page().document.readyState === 'loading') {
      await more();
      await nextFrame();
    }
  };
  return { started, frame, page, doc: () => page().document, more, rest };
}

/** Time enough for a send (or a restore) that did not wait for the page: the delivery chunk loaded, and a round trip to the server since. */
export async function timeForASend(page: Page) {
  await until(
    () => page.performance.getEntriesByType('resource').some((entry) => entry.name.includes('webview-form.delivery.')),
    'the delivery chunk',
  );
  await page.fetch('/mock/conversations', { method: 'POST' });
  await nextFrame();
  await nextFrame();
}
