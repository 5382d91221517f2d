// The drop-in loaded with `async` (issue 34: the tag the README gives a form the script draws) may
// run before the parser has reached the form, or while it is inside it: the element is then
// created already defined, and connected before its content is parsed. The page comes from the
// server in pieces (test/fixtures/defined-mid-parse.html, streamedPages in test/wtr/outages.mjs),
// the drop-in running between them; what the person fills in must be checked and sent all the
// same, once, with the declared fields before the page's Send button.
import { expect } from '@open-wc/testing';
import type { WebviewForm } from '../src/element/webview-form.js';
import { conversation, expectOnePost, link, nextFrame, startConversation, type Page } from './upgrade-support.js';

/** Waits, a frame at a time, until `done` holds; fails with `what` after 8 s. */
async function until(done: () => unknown, what: string) {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > 8000) throw new Error(`never: ${what}`);
    await nextFrame();
  }
}

describe('the drop-in defined before the form is parsed (a module loaded with async)', () => {
  it('declared fields, an authored control and the Send button parsed after it ran: a required field still stops the send, then all is sent once, the fields before the button', async function () {
    this.timeout(20000);
    const started = await startConversation();
    const prefix = `/streamed/${crypto.randomUUID()}`;
    const more = () => fetch(`${prefix}/next`, { method: 'POST' });
    const frame = document.createElement('iframe');
    frame.title = 'A page still arriving';
    frame.src = `${prefix}/test/fixtures/defined-mid-parse.html?${link(started)}`;
    document.body.append(frame);
    const page = () => frame.contentWindow as Page;
    const doc = () => page().document;
    try {
      await until(
        () => page().customElements.get('webview-form') && doc().querySelector('webview-form'),
        'the drop-in ran and the form is parsed',
      );
      expect(doc().readyState, 'the page still arriving').to.equal('loading');
      const form = doc().querySelector('webview-form') as WebviewForm;
      await form.updateComplete;
      expect(doc().querySelector('[name="company"]'), 'the authored control not yet arrived').to.equal(null);
      await more();
      await until(() => doc().querySelector('[name="company"]'), 'the authored control arrived');
      await more();
      await until(() => doc().readyState !== 'loading', 'the page complete');
      await form.updateComplete;
      const button = doc().querySelector('webview-form > button') as HTMLButtonElement;
      const fields = doc().querySelector('.webview-form-fields')!;
      expect(fields.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING, 'the fields before the Send button').to.not.equal(
        0,
      );
      expect(form.shadowRoot!.querySelector('[part~="submit"]'), "the element's own Send, beside the page's").to.equal(null);
      const name = doc().querySelector('[name="name"]') as HTMLInputElement;
      (doc().querySelector('[name="company"]') as HTMLInputElement).value = 'Dent Ltd';
      button.click();
      await until(() => name.getAttribute('aria-invalid') === 'true', 'the missing name shown');
      expect((await conversation(started.conversationId)).webviewVariables, 'nothing sent without the required name').to.deep.equal({});
      name.value = 'Arthur';
      const sent = new Promise((resolve) => form.addEventListener('webview-success', resolve, { once: true }));
      button.click();
      await sent;
      await expectOnePost(started, { name: 'Arthur', company: 'Dent Ltd' });
    } finally {
      frame.remove();
    }
  });
});
