// A stored draft, and the chunks that bring the draft's code and the steps' arriving together:
// the answers must come back and stay. They used to be restored into the first render's controls,
// which a drawing anew then replaced when the delivery's texts arrived a microtask before its
// keyed drawing did (WebKit, about one load in eight). The page is served from under /held/<key>/,
// where every lazy chunk waits until the test releases them all at once (test/wtr/outages.mjs).
// The race is one of microtasks: sixteen loads made it fail about one run in two before the fix.
import { expect } from '@open-wc/testing';
import { dropInDefined, IDS, VENDOR_LINK } from './helpers.js';
import { draftKey } from '../src/delivery/draft.js';
import type { WebviewForm } from '../src/element/webview-form.js';

/** Loads the page with its draft stored and its chunks held, releases them; resolves with the name shown once the form has settled, and whether its control is the first render's. */
async function restoredCold(): Promise<{ value: string; kept: boolean }> {
  const prefix = `/held/${crypto.randomUUID()}`;
  const path = `${prefix}/test/fixtures/draft-steps.html`;
  // The frame's localStorage (where `keep="device"`, the default, keeps drafts) is this page's: same origin.
  localStorage.setItem(
    draftKey(`${path}#trip`, IDS.conversationId),
    JSON.stringify({ controls: [{ name: 'name', index: 0, value: 'Arthur' }], savedAt: Date.now() }),
  );
  const frame = document.createElement('iframe');
  frame.title = 'Drop-in page';
  const defined = dropInDefined(frame, `${path}${VENDOR_LINK}`);
  document.body.append(frame);
  try {
    await defined;
    await fetch(`${prefix}/waiting`);
    const form = frame.contentDocument!.querySelector('webview-form') as WebviewForm;
    const first = form.querySelector('[name="name"]');
    await fetch(`${prefix}/release`, { method: 'POST' });
    await form.updateComplete;
    const control = form.querySelector<HTMLInputElement>('[name="name"]')!;
    return { value: control.value, kept: control === first };
  } finally {
    await fetch(`${prefix}/release`, { method: 'POST' });
    frame.remove();
    localStorage.clear();
  }
}

describe('a stored draft when the chunks come cold', function () {
  this.timeout(30_000);

  it('a draft restored as the delivery and steps chunks arrive together stays in the controls the first render drew (sixteen loads)', async () => {
    for (let load = 0; load < 16; load++) expect(await restoredCold(), `load ${load + 1}`).to.deep.equal({ value: 'Arthur', kept: true });
  });
});
