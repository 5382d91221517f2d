// The drop-in loaded with `async` (issue 34: the tag the README gives) may run before the parser has
// reached the form, or while it is inside it: the element is then created already defined and
// connected before its content is parsed. A page is written into a frame in pieces
// (document.write, the same parser as the network's), the drop-in defined between them; what the
// person fills in must be sent all the same, once, with the declared fields before the Send button.
import { expect } from '@open-wc/testing';
import type { WebviewForm } from '../src/element/webview-form.js';
import { conversation, expectOnePost, nextFrame, startConversation, type Page } from './upgrade-support.js';

/** A frame whose document is open for writing, the drop-in's module written into its head with `async`; resolves once the drop-in has run, the page still being parsed. */
async function pageBeingParsed() {
  const frame = document.createElement('iframe');
  frame.title = 'A page being parsed';
  document.body.append(frame);
  const page = frame.contentWindow as Page;
  const doc = page.document;
  doc.open();
  doc.write(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parsed in pieces</title>
<script type="module" async src="/dist/webview-form.standalone.js"></script></head><body>`);
  while (!page.customElements.get('webview-form')) await nextFrame();
  expect(doc.readyState, 'still parsing').to.equal('loading');
  return { frame, page, doc };
}

/** Writes `html`, then lets two frames pass: Lit's update and the element's observer run between the pieces. */
async function write(doc: Document, html: string) {
  doc.write(html);
  await nextFrame();
  await nextFrame();
}

describe('the drop-in defined before the form is parsed (a module loaded with async)', () => {
  it('declared fields, an authored control and the Send button parsed after the definition: all sent once, the fields before the button', async function () {
    this.timeout(20000);
    const started = await startConversation();
    const { frame, page, doc } = await pageBeingParsed();
    try {
      await write(
        doc,
        `<webview-form endpoint="/thirdparty-services-0.1/webview" message="parsed in pieces" conversation-id="${started.conversationId}" bot-id="${started.botId}" user-id="${started.userId}"
          fields='[{"name":"name","label":"Full name","required":true},{"name":"start","label":"Start date","type":"date"}]'>`,
      );
      const form = doc.querySelector('webview-form') as WebviewForm;
      expect(form.hasUpdated, 'rendered before its content came').to.equal(true);
      await write(doc, '<label>Company <input name="company"></label>');
      await write(doc, '<button type="submit">Send</button></webview-form></body></html>');
      doc.close();
      await form.updateComplete;
      const button = doc.querySelector('webview-form > button')!;
      const fields = doc.querySelector('.webview-form-fields')!;
      expect(fields.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING, 'the fields before the Send button').to.not.equal(
        0,
      );
      expect(form.shadowRoot!.querySelector('[part~="submit"]'), "the element's own Send, with the page's Send written").to.equal(null);
      (doc.querySelector('[name="name"]') as HTMLInputElement).value = 'Arthur';
      (doc.querySelector('[name="company"]') as HTMLInputElement).value = 'Dent Ltd';
      const sent = new Promise((resolve) => form.addEventListener('webview-success', resolve, { once: true }));
      (button as HTMLButtonElement).click();
      await sent;
      await expectOnePost(started, { name: 'Arthur', company: 'Dent Ltd' });
    } finally {
      frame.remove();
    }
  });

  it('authored controls only, each parsed after the definition: every one is sent, and a required one still stops the send', async function () {
    this.timeout(20000);
    const started = await startConversation();
    const { frame, page, doc } = await pageBeingParsed();
    try {
      await write(
        doc,
        `<webview-form endpoint="/thirdparty-services-0.1/webview" message="parsed in pieces" conversation-id="${started.conversationId}" bot-id="${started.botId}" user-id="${started.userId}">`,
      );
      await write(doc, '<label>Name <input name="name" required></label>');
      await write(doc, '<label>Colour <input name="colour"></label>');
      await write(doc, '<button type="submit">Send</button></webview-form></body></html>');
      doc.close();
      const form = doc.querySelector('webview-form') as WebviewForm;
      await form.updateComplete;
      const button = doc.querySelector('webview-form > button') as HTMLButtonElement;
      button.click();
      await form.updateComplete;
      await page.customElements.whenDefined('webview-form');
      while (doc.querySelector('[name="name"]')!.getAttribute('aria-invalid') !== 'true') await nextFrame();
      expect((await conversation(started.conversationId)).webviewVariables, 'nothing sent without the required name').to.deep.equal({});
      (doc.querySelector('[name="name"]') as HTMLInputElement).value = 'Arthur';
      (doc.querySelector('[name="colour"]') as HTMLInputElement).value = 'blue';
      const sent = new Promise((resolve) => form.addEventListener('webview-success', resolve, { once: true }));
      button.click();
      await sent;
      await expectOnePost(started, { name: 'Arthur', colour: 'blue' });
    } finally {
      frame.remove();
    }
  });
});
