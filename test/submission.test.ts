// One submission, owned from the click to the last byte: reset() and leaving the page cancel it
// at every stage, a new submit after a reset is a new submission, and the sent-once guard's
// answer is a success like any other. Each scenario was reproduced on the code before the
// Submission owned the send.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { WebviewErrorEvent } from '../src/element/events.js';
import type { WebviewSuccessEvent } from '../src/delivery/events.js';
import { authToken } from '../src/core/sign.js';
import { deferred, IDS, json, recordingTransport, useFreshTab, type Answer, type Deferred } from './helpers.js';

/** A 200 whose body starts and never ends. */
const endlessBody = () => new Response(new ReadableStream({ start() {} }), { status: 200 });

let conversations = 0;

/**
 * A form with one field, posting through a recording transport. Each gets IDs of its own, so no
 * signature computed for an earlier test is reused (the last one is remembered per page).
 */
async function nameForm(...answers: Array<Answer | (() => Answer)>) {
  const { transport, seen, arrived } = recordingTransport(...answers);
  const conversationId = `submission-test-${++conversations}-${Date.now()}`;
  const form = await fixture<WebviewForm>(html`
    <webview-form region="us" bot-id=${IDS.botId} user-id=${IDS.userId} conversation-id=${conversationId} .fetch=${transport}>
      <label>Your name <input name="name" /></label>
    </webview-form>
  `);
  const name = form.querySelector<HTMLInputElement>('[name="name"]')!;
  const type = (value: string) => {
    name.value = value;
    name.dispatchEvent(new Event('input', { bubbles: true }));
  };
  return { form, seen, arrived, type, conversationId };
}

const sentNames = async (seen: Array<{ body: Promise<unknown> }>) =>
  Promise.all(seen.map(async ({ body }) => ((await body) as { contextVariables?: Array<{ value: string }> }).contextVariables?.[0]?.value));

describe('one submission, from the click to the last byte', () => {
  useFreshTab();

  describe('a 200 whose body never ends', () => {
    it('reset() cancels the body read: the pending submit() rejects as aborted, and the next submit() sends afresh', async () => {
      const { form, seen, arrived, type } = await nameForm(endlessBody(), json({ ok: true }));
      type('Arthur');
      const hung = form.submit();
      await arrived();
      form.reset();
      const error = await hung.catch((thrown: unknown) => thrown);
      expect((error as WebviewErrorEvent['detail']['error']).kind).to.equal('aborted');

      type('Bedevere');
      const result = await form.submit();
      expect(result.status).to.equal(200);
      expect(await sentNames(seen)).to.deep.equal(['Arthur', 'Bedevere']);
      expect(form.state).to.equal('success');
    });
  });

  describe('reset() or removing the element while signing', () => {
    let digest: sinon.SinonStub;
    let signing: Deferred<void>;

    beforeEach(() => {
      // The digest waits for the test: the submission is caught in the middle of signing.
      signing = deferred();
      const real = crypto.subtle.digest.bind(crypto.subtle);
      digest = sinon.stub(crypto.subtle, 'digest').callsFake((async (...args: Parameters<typeof real>) => {
        await signing.promise;
        return real(...args);
      }) as typeof crypto.subtle.digest);
    });
    afterEach(() => digest.restore());

    it('reset() while signing: nothing is sent for the cancelled submission, which settles as aborted', async () => {
      const { form, seen, type } = await nameForm();
      type('Arthur');
      const aborted = oneEvent<WebviewErrorEvent>(form, 'webview-error');
      // webview-submit comes right before the signature: once it has fired, the submission waits for it.
      const signingStarted = oneEvent(form, 'webview-submit');
      const first = form.submit().catch((thrown: unknown) => thrown);
      await signingStarted;
      expect(form.state).to.equal('submitting');
      form.reset();
      expect((await aborted).detail.error.kind).to.equal('aborted');
      expect(((await first) as { kind: string }).kind).to.equal('aborted');
      expect(form.state).to.equal('idle');

      // The next submission needs the same signature: once it is ready, only that one is sent.
      type('Bedevere');
      const second = form.submit();
      signing.resolve();
      expect((await second).status).to.equal(200);
      expect(await sentNames(seen)).to.deep.equal(['Bedevere']);
    });

    it('removing the element while signing: nothing is sent, and the submission settles as aborted', async () => {
      const { form, seen, type } = await nameForm();
      type('Arthur');
      const signingStarted = oneEvent(form, 'webview-submit');
      const pending = form.submit().catch((thrown: unknown) => thrown);
      await signingStarted;
      form.remove();
      expect(((await pending) as { kind: string }).kind).to.equal('aborted');
      signing.resolve();
      // Put back and sent again: the only request is the new submission's.
      document.body.append(form);
      await form.updateComplete;
      expect((await form.submit()).status).to.equal(200);
      expect(seen).to.have.length(1);
      form.remove();
    });
  });

  describe('submit() right after reset() of an in-flight post', () => {
    it('starts a fresh submission that sends the new values', async () => {
      const answer = deferred<Response>();
      const { form, seen, arrived, type } = await nameForm(answer.promise, json({ second: true }));
      type('Arthur');
      const first = form.submit().catch((thrown: unknown) => thrown);
      await arrived();
      form.reset();
      type('Bedevere');
      const second = form.submit();
      expect(second).not.to.equal(first);
      expect((await second).response).to.deep.equal({ second: true });
      expect(((await first) as { kind: string }).kind).to.equal('aborted');
      expect(await sentNames(seen)).to.deep.equal(['Arthur', 'Bedevere']);
      expect(form.state).to.equal('success');
      // The first post's answer, arriving late, changes nothing.
      answer.resolve(json({ first: true }));
      await form.updateComplete;
      expect(form.state).to.equal('success');
    });
  });

  describe('a success answered by the sent-once guard', () => {
    it('fires webview-success with replayed: true and attempts: 0, and reset() lets the same answers be sent again', async () => {
      const page = await nameForm();
      page.type('Arthur');
      await page.form.submit();
      const conversationId = page.conversationId;
      page.form.remove();

      // The page is loaded again in the same tab (an auto-submit page's reload): same answers.
      const { transport, seen } = recordingTransport();
      const again = await fixture<WebviewForm>(html`
        <webview-form region="us" bot-id=${IDS.botId} user-id=${IDS.userId} conversation-id=${conversationId} .fetch=${transport}>
          <label>Your name <input name="name" value="Arthur" /></label>
        </webview-form>
      `);
      const replayed = oneEvent<WebviewSuccessEvent>(again, 'webview-success');
      const result = await again.submit();
      const { detail } = await replayed;
      expect(detail).to.include({ status: 200, attempts: 0, replayed: true, response: null });
      expect(result).to.include({ replayed: true, attempts: 0 });
      expect(seen).to.have.length(0);
      expect(again.state).to.equal('success');

      // Reset means: start over. The same answers may now be sent on purpose.
      again.reset();
      const sent = await again.submit();
      expect(sent).to.include({ replayed: false, attempts: 1 });
      expect(await sentNames(seen)).to.deep.equal(['Arthur']);
    });
  });
  describe('the request and the progress it shows', () => {
    /**
     * Sends twice, `between` the two: the first send computes the signature, as the idle page
     * would have before anyone clicks. Holds the second answer; returns what the page showed when
     * the second request reached the transport.
     */
    async function secondSend(between: () => Promise<unknown> = async () => undefined) {
      let atSend: { state: string; status: string } | undefined;
      const held = deferred<Response>();
      const { form, type, arrived } = await nameForm(json({ ok: true }), () => {
        atSend = { state: form.state, status: form.shadowRoot!.querySelector('[part="status"]')!.textContent! };
        return held.promise;
      });
      type('Arthur');
      await form.submit();
      form.reset();
      await between();
      type('Bedevere');
      const sending = form.submit();
      await arrived(2);
      return { form, atSend, sending, answer: () => held.resolve(json({ ok: true })) };
    }

    it('the request leaves first, with the state already submitting; the progress is drawn right after', async () => {
      const { form, atSend, sending, answer } = await secondSend();
      expect(atSend, 'at the call to fetch').to.deep.equal({ state: 'submitting', status: '' });
      await form.updateComplete;
      expect(form.shadowRoot!.querySelector('[part="status"]')!.textContent).to.equal('Sending…');
      answer();
      expect((await sending).status).to.equal(200);
    });

    it("another conversation signed between two sends (a second form's idle work) does not cost this request its head start", async () => {
      // What the idle page of another form, for another conversation, computes meanwhile.
      const { atSend, sending, answer } = await secondSend(() => authToken('another-conversation', IDS.botId));
      expect(atSend, 'at the call to fetch').to.deep.equal({ state: 'submitting', status: '' });
      answer();
      expect((await sending).status).to.equal(200);
    });
  });
});
