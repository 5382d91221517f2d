// A language's table that never comes (a stalled request on a phone network) must not hide the
// form for good: after LANGUAGE_WAIT it shows in English. The drop-in's page is served from under
// /held/<key>/, where its lazy chunks go unanswered until the test releases them (heldChunks in
// test/wtr/outages.mjs); the page's clock is a fake one, so no test waits three seconds.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { WebviewForm } from '../src/element/webview-form.js';
import { LANGUAGE_WAIT } from '../src/i18n/languages.js';
import { VENDOR_LINK, dropInDefined } from './helpers.js';

describe('a language table that does not come', () => {
  it('keeps a form not shown yet hidden for a while, then shows it in English; nothing is lost', async () => {
    const prefix = `/held/${crypto.randomUUID()}`;
    const frame = document.createElement('iframe');
    frame.title = 'Drop-in page';
    const defined = dropInDefined(frame, `${prefix}/test/fixtures/standalone-authored.html${VENDOR_LINK}`);
    document.body.append(frame);
    let clock: sinon.SinonFakeTimers | undefined;
    try {
      await defined;
      const page = frame.contentWindow! as Window & typeof globalThis;
      // The page's own timers (sinon's types do not list `global`, which it supports).
      clock = sinon.useFakeTimers({ global: page, toFake: ['setTimeout', 'clearTimeout'] } as Parameters<typeof sinon.useFakeTimers>[0]);
      // A second form, in Hebrew from its first render (a form already shown keeps its texts
      // while a new language loads: see trust-language.test.ts).
      const form = page.document.createElement('webview-form') as WebviewForm;
      form.lang = 'he';
      form.setAttribute('endpoint', '/thirdparty-services-0.1/webview');
      form.innerHTML = '<label>Your name <input name="name" required /></label>';
      page.document.body.append(form);
      const shown = () => !form.shadowRoot!.querySelector<HTMLElement>('[part="form"]')!.hidden;
      const input = form.querySelector<HTMLInputElement>('[name="name"]')!;
      input.value = 'Arthur';
      // The table is asked for, and held by the server: the form waits for it, hidden.
      expect(Number(await (await fetch(`${prefix}/waiting`)).text())).to.be.greaterThan(0);
      await clock.tickAsync(0);
      expect(shown(), 'hidden while the table may still come').to.be.false;
      await clock.tickAsync(LANGUAGE_WAIT - 1);
      expect(shown(), 'still waiting just before the deadline').to.be.false;
      await clock.tickAsync(1);
      await form.updateComplete;
      expect(shown(), 'shown at the deadline').to.be.true;
      expect(form.shadowRoot!.querySelector('[part="submit"]')!.textContent!.trim(), 'in English').to.equal('Send');
      expect(form.lang).to.equal('he');
      expect(input.value, 'what was typed is still there').to.equal('Arthur');
    } finally {
      clock?.restore();
      await fetch(`${prefix}/release`, { method: 'POST' });
      frame.remove();
    }
  });
});
