import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { CLOSE_DELAY } from '../src/delivery/close-on-success.js';
import { IDS, VENDOR_LINK, deferred, json, recordingTransport, setPageUrl, useFreshTab } from './helpers.js';

describe('outcome content', () => {
  useFreshTab();

  it('shows the success slot content instead of the default', async () => {
    const { transport } = recordingTransport();
    const form = await fixture<WebviewForm>(html`
      <webview-form region="us" .fetch=${transport}>
        <input name="a" value="1" aria-label="A" />
        <p slot="success">Got it, Arthur. Back to the chat!</p>
      </webview-form>
    `);
    await form.submit();
    await form.updateComplete;
    const slot = form.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="success"]')!;
    expect(slot.assignedElements().map((element) => element.textContent)).to.deep.equal(['Got it, Arthur. Back to the chat!']);
  });

  it('shows the error slot under the message after a failure', async () => {
    const { transport } = recordingTransport(new Response('', { status: 404 }));
    const form = await fixture<WebviewForm>(html`
      <webview-form region="us" .fetch=${transport}>
        <input name="a" value="1" aria-label="A" />
        <p slot="error">Or call us on 0800 000 000.</p>
      </webview-form>
    `);
    await form.submit().catch(() => undefined);
    await form.updateComplete;
    const alert = form.shadowRoot!.querySelector('[part="error"]')!;
    expect(alert.textContent).to.contain('has no Web View API at this address');
    expect(alert.querySelector<HTMLSlotElement>('slot[name="error"]')!.assignedElements()).to.have.length(1);
  });

  describe('close-on-success', () => {
    let clock: sinon.SinonFakeTimers;
    let close: sinon.SinonStub;
    beforeEach(() => {
      close = sinon.stub(window, 'close');
    });
    afterEach(() => {
      clock?.restore();
      close.restore();
    });

    /** The form of `content`, once its submit succeeded, with the clock faked from the submit on. */
    async function sent(content: ReturnType<typeof html>): Promise<WebviewForm> {
      const form = await fixture<WebviewForm>(content);
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const done = form.submit();
      await clock.tickAsync(0);
      await done;
      return form;
    }

    it('tries to close the window after the thank-you message was up for a while', async () => {
      const form = await sent(
        html`<webview-form region="us" close-on-success .fetch=${recordingTransport().transport}
          ><input name="a" value="1" aria-label="A"
        /></webview-form>`,
      );
      await clock.tickAsync(CLOSE_DELAY - 1);
      expect(close.called).to.be.false;
      await clock.tickAsync(1);
      expect(close.calledOnce).to.be.true;
      expect(form.state).to.equal('success');
    });

    /** Sends, then lets the close attempt come; `closes` says whether the browser lets the window go. */
    async function sendAndTryToClose(content: ReturnType<typeof html>, closes: boolean) {
      close.callsFake(() => {
        if (closes) Object.defineProperty(window, 'closed', { value: true, configurable: true });
      });
      const form = await sent(content);
      await clock.tickAsync(CLOSE_DELAY);
      await form.updateComplete;
      return form.shadowRoot!.querySelector('[part="status"]')!;
    }
    afterEach(() => delete (window as { closed?: boolean }).closed);

    it('says so and offers the way back when the browser keeps the window open', async () => {
      const { transport } = recordingTransport();
      const status = await sendAndTryToClose(
        html`<webview-form region="us" close-on-success return-url="https://example.com/chat" .fetch=${transport}
          ><input name="a" value="1" aria-label="A"
        /></webview-form>`,
        false,
      );
      expect(close.calledOnce).to.be.true;
      expect(status.textContent).to.contain('This page could not close itself.');
      const link = status.querySelector<HTMLAnchorElement>('a[part="return"]')!;
      expect(link.textContent).to.equal('Back to the conversation');
      expect(link.href).to.equal('https://example.com/chat');
    });

    it('says the page can be closed when it stays open and there is no way back to offer', async () => {
      const { transport } = recordingTransport();
      const status = await sendAndTryToClose(
        html`<webview-form region="us" close-on-success .fetch=${transport}><input name="a" value="1" aria-label="A" /></webview-form>`,
        false,
      );
      expect(status.textContent).to.contain('You can close this page now.');
      expect(status.querySelector('a')).to.equal(null);
    });

    it('adds nothing when the window did close', async () => {
      const { transport } = recordingTransport();
      const status = await sendAndTryToClose(
        html`<webview-form region="us" close-on-success .fetch=${transport}><input name="a" value="1" aria-label="A" /></webview-form>`,
        true,
      );
      expect(status.textContent).not.to.contain('close');
    });

    it('does not close after a reset: the person chose to stay and start over', async () => {
      const form = await sent(
        html`<webview-form region="us" close-on-success .fetch=${recordingTransport().transport}
          ><input name="a" value="1" aria-label="A"
        /></webview-form>`,
      );
      form.reset();
      await clock.tickAsync(CLOSE_DELAY);
      await form.updateComplete;
      expect(close.called).to.be.false;
      expect(form.shadowRoot!.querySelector('[part="status"]')!.textContent).not.to.contain('close');
    });

    it('does not close without the attribute', async () => {
      const { transport } = recordingTransport();
      const form = await fixture<WebviewForm>(html`
        <webview-form region="us" .fetch=${transport}><input name="a" value="1" aria-label="A" /></webview-form>
      `);
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const done = form.submit();
      await clock.tickAsync(0);
      await done;
      await clock.runAllAsync();
      expect(close.called).to.be.false;
    });
  });
});

describe('auto-submit (payment confirmation)', () => {
  useFreshTab('&PaymentId=534e&PaymentStatus=PROCESSED');

  it('posts once on load with url-variables and variables, no controls needed, showing progress', async () => {
    const answer = deferred<Response>();
    const { transport, seen } = recordingTransport(answer.promise);
    const submitted = deferred();
    const form = await fixture<WebviewForm>(html`
      <webview-form
        region="us"
        auto-submit
        url-variables="PaymentId,PaymentStatus"
        variables='{"source":"payment-page"}'
        .fetch=${transport}
        @webview-submit=${() => submitted.resolve()}
      ></webview-form>
    `);
    await submitted.promise;
    await form.updateComplete;
    expect(form.state).to.equal('submitting');
    expect(form.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('Sending…');
    // No Send button while the page sends by itself.
    expect(form.shadowRoot!.querySelector('[part="submit"]')).to.be.null;
    answer.resolve(json({}));
    await new Promise<void>((resolve) => form.addEventListener('webview-success', () => resolve(), { once: true }));
    expect(seen).to.have.length(1);
    expect(await seen[0].body).to.deep.equal({
      ...IDS,
      contextVariables: [
        { name: 'source', value: 'payment-page' },
        { name: 'PaymentId', value: '534e' },
        { name: 'PaymentStatus', value: 'PROCESSED' },
      ],
    });
  });

  it('offers the Send button again after a failure', async () => {
    const { transport, seen } = recordingTransport(new Response('', { status: 400 }), json({}));
    const failed = deferred();
    const form = await fixture<WebviewForm>(html`
      <webview-form
        region="us"
        auto-submit
        url-variables="PaymentId"
        .fetch=${transport}
        @webview-error=${() => failed.resolve()}
      ></webview-form>
    `);
    await failed.promise;
    await form.updateComplete;
    const send = form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!;
    send.click();
    await new Promise<void>((resolve) => form.addEventListener('webview-success', () => resolve(), { once: true }));
    expect(seen).to.have.length(2);
  });

  it('does not post again when the page is reloaded in the same tab', async function () {
    // Loads a page in a frame with its code cold: on a loaded machine that may pass the 5 s the
    // runner allows a test to hang. This is room for the work, not a wait.
    this.timeout(20_000);
    const { transport, seen } = recordingTransport();
    (window as unknown as { paymentTransport: unknown }).paymentTransport = transport;
    const frame = document.createElement('iframe');
    frame.title = 'Payment confirmation';
    frame.src = `/test/fixtures/payment.html${VENDOR_LINK}&PaymentId=534e&PaymentStatus=PROCESSED`;
    const reached = (state: string) =>
      new Promise<void>((resolve) => {
        const onMessage = (event: MessageEvent) => {
          if (event.data?.from !== 'payment-fixture' || event.data.state !== state) return;
          window.removeEventListener('message', onMessage);
          resolve();
        };
        window.addEventListener('message', onMessage);
      });
    try {
      let success = reached('success');
      document.body.append(frame);
      await success;
      expect(seen).to.have.length(1);

      success = reached('success');
      frame.contentWindow!.location.reload();
      await success;
      expect(seen).to.have.length(1);
      const reloaded = frame.contentDocument!.querySelector('webview-form')!;
      expect(reloaded.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('Thanks');
    } finally {
      frame.remove();
    }
  });

  describe('return-url', () => {
    it('leads back to the conversation after success, under the thanks', async () => {
      const { transport } = recordingTransport();
      const form = await fixture<WebviewForm>(html`
        <webview-form region="us" return-url="https://wa.me/15551234567" .fetch=${transport}
          ><input name="a" value="1" aria-label="A"
        /></webview-form>
      `);
      expect(form.shadowRoot!.querySelector('a')).to.equal(null);
      await form.submit();
      await form.updateComplete;
      const link = form.shadowRoot!.querySelector<HTMLAnchorElement>('[part="status"] a[part="return"]')!;
      expect([link.textContent, link.href]).to.deep.equal(['Back to the conversation', 'https://wa.me/15551234567']);
    });

    it("takes a messaging app's deep link, and a path on this site", async () => {
      const { transport } = recordingTransport();
      const form = await fixture<WebviewForm>(html`
        <webview-form region="us" return-url="whatsapp://send?phone=15551234567" .fetch=${transport}
          ><input name="a" value="1" aria-label="A"
        /></webview-form>
      `);
      await form.submit();
      await form.updateComplete;
      const link = () => form.shadowRoot!.querySelector<HTMLAnchorElement>('[part="return"]')!.href;
      expect(link()).to.equal('whatsapp://send?phone=15551234567');
      form.returnUrl = '/chat';
      await form.updateComplete;
      expect(link()).to.equal(new URL('/chat', document.baseURI).href);
    });

    it("leads back on a broken link's page, where a working link comes from", async () => {
      const restore = setPageUrl('?botId=b');
      try {
        const form = await fixture<WebviewForm>(html`<webview-form region="us" return-url="https://example.com/chat"></webview-form>`);
        const alert = form.shadowRoot!.querySelector('[part="error"]')!;
        expect(alert.textContent).to.contain('This link is incomplete');
        expect(alert.querySelector<HTMLAnchorElement>('a[part="return"]')!.href).to.equal('https://example.com/chat');
      } finally {
        restore();
      }
    });

    for (const refused of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'blob:https://example.com/x',
      'file:///etc/passwd',
    ]) {
      it(`refuses ${refused.trim().slice(0, 20)}: never a link, a config error, and nothing sent`, async () => {
        const { transport, seen } = recordingTransport();
        const errors: string[] = [];
        const form = await fixture<WebviewForm>(html`
          <webview-form
            region="us"
            return-url=${refused}
            .fetch=${transport}
            @webview-error=${(event: CustomEvent) => errors.push(event.detail.error.kind)}
          >
            <input name="a" value="1" aria-label="A" />
          </webview-form>
        `);
        expect(form.shadowRoot!.querySelector('a'), 'not even before the settings are checked').to.equal(null);
        const error = await form.submit().then(
          () => undefined,
          (thrown) => thrown,
        );
        await form.updateComplete;
        expect(error?.kind).to.equal('config');
        expect(error.message).to.contain('return-url');
        expect(errors).to.include('config');
        expect(seen).to.have.length(0);
        expect(form.shadowRoot!.querySelector('a')).to.equal(null);
      });
    }
  });
});
