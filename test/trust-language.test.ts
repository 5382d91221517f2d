// Regression of issue 27, row 9: the page changes its language while the person types. The form
// used to hide until the new table came (up to LANGUAGE_WAIT): the focus fell to <body> and what
// was typed meanwhile was lost. The drop-in's page is served from under /held/<key>/, where the
// table goes unanswered until the test releases it (heldChunks in test/wtr/outages.mjs).
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WebviewForm } from '../src/element/webview-form.js';
import { VENDOR_LINK, dropInDefined } from './helpers.js';

describe('a language change while the person types (issue 27, row 9)', () => {
  it('the page changes <html lang> while the person types: the form stays, keeps the focus and every keystroke, and its texts change when the table arrives', async () => {
    const prefix = `/held/${crypto.randomUUID()}`;
    const frame = document.createElement('iframe');
    frame.title = 'Drop-in page';
    const defined = dropInDefined(frame, `${prefix}/test/fixtures/standalone-authored.html${VENDOR_LINK}`);
    document.body.append(frame);
    try {
      await defined;
      const page = frame.contentWindow! as Window & typeof globalThis;
      const form = page.document.querySelector('webview-form') as WebviewForm;
      await form.updateComplete;
      const part = form.shadowRoot!.querySelector<HTMLElement>('[part="form"]')!;
      const hidden: boolean[] = [];
      new page.MutationObserver(() => hidden.push(part.hidden)).observe(part, { attributes: true, attributeFilter: ['hidden'] });
      const input = form.querySelector<HTMLInputElement>('[name="name"]')!;
      input.focus();
      await sendKeys({ type: 'hel' });

      page.document.documentElement.lang = 'fr';
      // The table is asked for and held by the server.
      expect(Number(await (await fetch(`${prefix}/waiting`)).text())).to.be.greaterThan(0);
      await sendKeys({ type: 'lo!' });
      expect(part.hidden, 'hidden while the table is on its way').to.be.false;
      expect(page.document.activeElement, 'focus').to.equal(input);
      expect(input.value).to.equal('hello!');

      await fetch(`${prefix}/release`, { method: 'POST' });
      await form.updateComplete;
      expect(form.shadowRoot!.querySelector('[part="submit"]')!.textContent!.trim(), 'in French').to.equal('Envoyer');
      expect(hidden, 'never hidden').not.to.include(true);
      expect(page.document.activeElement).to.equal(input);
      expect(input.value).to.equal('hello!');
    } finally {
      await fetch(`${prefix}/release`, { method: 'POST' });
      frame.remove();
    }
  });
});
