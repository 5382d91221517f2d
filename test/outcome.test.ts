import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import { CLOSE_DELAY, type WebviewForm } from '../src/element/webview-form.js';
import { IDS, VENDOR_LINK, deferred, json, recordingTransport, useFreshTab } from './helpers.js';

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

    it('tries to close the window after the thank-you message was up for a while', async () => {
      const { transport } = recordingTransport();
      const form = await fixture<WebviewForm>(html`
        <webview-form region="us" close-on-success .fetch=${transport}><input name="a" value="1" aria-label="A" /></webview-form>
      `);
      clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      const done = form.submit();
      await clock.tickAsync(0);
      await done;
      await clock.tickAsync(CLOSE_DELAY - 1);
      expect(close.called).to.be.false;
      await clock.tickAsync(1);
      expect(close.calledOnce).to.be.true;
      expect(form.state).to.equal('success');
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
      <webview-form region="us" auto-submit url-variables="PaymentId,PaymentStatus" variables='{"source":"payment-page"}'
        .fetch=${transport} @webview-submit=${() => submitted.resolve()}></webview-form>
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
      <webview-form region="us" auto-submit url-variables="PaymentId" .fetch=${transport}
        @webview-error=${() => failed.resolve()}></webview-form>
    `);
    await failed.promise;
    await form.updateComplete;
    const send = form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!;
    send.click();
    await new Promise<void>((resolve) => form.addEventListener('webview-success', () => resolve(), { once: true }));
    expect(seen).to.have.length(2);
  });

  it('does not post again when the page is reloaded in the same tab', async () => {
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
});
