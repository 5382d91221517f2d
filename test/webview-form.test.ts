import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { WebviewErrorEvent } from '../src/element/events.js';
import type { WebviewInvalidEvent, WebviewSuccessEvent } from '../src/delivery/events.js';
import { deferred, IDS, IDS_AUTH, json, recordingTransport, setPageUrl, type Answer } from './helpers.js';

const VENDOR_LINK = `?userId=${IDS.userId}&convId=${IDS.conversationId}&botId=${IDS.botId}`;

describe('<webview-form>', () => {
  let restoreUrl: () => void;
  beforeEach(() => {
    restoreUrl = setPageUrl(VENDOR_LINK);
    // A success is remembered for the tab, a draft or a waiting post on the device: each test starts afresh.
    sessionStorage.clear();
    localStorage.clear();
  });
  afterEach(() => restoreUrl());

  /** The vendor's example form, posting through a recording transport. */
  async function vendorForm(...answers: Answer[]) {
    const { transport, seen, arrived } = recordingTransport(...answers);
    const form = await fixture<WebviewForm>(html`
      <webview-form region="us" message="request successful" .fetch=${transport}>
        <label>Your name <input name="name" required autocomplete="name" /></label>
        <label>Favorite color <input name="color" /></label>
        <label>Airspeed velocity of an unladen swallow <input name="swallow" /></label>
        <button type="submit">Send</button>
      </webview-form>
    `);
    const input = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    const button = form.querySelector('button')!;
    const shadow = (part: string) => form.shadowRoot!.querySelector<HTMLElement>(`[part="${part}"]`)!;
    return { form, seen, arrived, input, button, shadow };
  }

  describe('when the person submits', () => {
    it('posts the signed body to the region and shows success', async () => {
      const { form, seen, input, button, shadow } = await vendorForm(json({ ok: true }));
      input('name').value = 'Arthur';
      input('color').value = 'blue';
      const success = oneEvent<WebviewSuccessEvent>(form, 'webview-success');
      button.click();
      const event = await success;

      expect(seen).to.have.length(1);
      expect(seen[0].request.url).to.equal('https://va.bc-intg.liveperson.net/thirdparty-services-0.1/webview');
      expect(seen[0].request.headers.get('Authorization')).to.equal(IDS_AUTH);
      const body = {
        ...IDS,
        message: 'request successful',
        contextVariables: [
          { name: 'name', value: 'Arthur' },
          { name: 'color', value: 'blue' },
        ],
      };
      expect(await seen[0].body).to.deep.equal(body);
      expect(event.detail).to.deep.equal({ payload: body, status: 200, response: { ok: true }, attempts: 1, replayed: false });
      await form.updateComplete;
      expect(form.getAttribute('state')).to.equal('success');
      expect(shadow('status').textContent).to.contain('Thanks — you can return to the conversation.');
      expect(shadow('status').querySelector('h2')!.textContent).to.equal('Sent');
      expect(shadow('form').hidden).to.be.true;
      // The button that held focus is hidden: focus goes to the thanks, not to <body>.
      expect(form.shadowRoot!.activeElement).to.equal(shadow('status'));
      expect(shadow('status').tabIndex).to.equal(-1);
    });

    it('submits on Enter in a field', async () => {
      const { form, seen, input } = await vendorForm();
      input('name').value = 'Arthur';
      const success = oneEvent(form, 'webview-success');
      input('color').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      await success;
      expect(seen).to.have.length(1);
    });

    it('submits from submit(), resolving with the service answer', async () => {
      const { form, input } = await vendorForm(json({ accepted: 1 }, { status: 201 }));
      input('name').value = 'Arthur';
      expect(await form.submit()).to.deep.equal({ status: 201, response: { accepted: 1 }, attempts: 1, replayed: false });
    });

    it("intercepts the author's own <form> without navigating", async () => {
      const { transport, seen } = recordingTransport();
      const form = await fixture<WebviewForm>(html`
        <webview-form region="us" .fetch=${transport}>
          <form action="/nowhere" method="post"><input name="name" value="Arthur" /><button>Send</button></form>
        </webview-form>
      `);
      const page = location.href;
      const success = oneEvent(form, 'webview-success');
      form.querySelector('button')!.click();
      await success;
      form.querySelector('form')!.requestSubmit();
      await form.updateComplete;
      expect(location.href).to.equal(page);
      expect(seen).to.have.length(1);
    });

    it('sends one request for five fast clicks', async () => {
      const answer = deferred<Response>();
      const { form, seen, arrived, input, button } = await vendorForm(answer.promise);
      input('name').value = 'Arthur';
      for (let i = 0; i < 5; i++) button.click();
      await arrived();
      await form.updateComplete;
      expect(form.state).to.equal('submitting');
      answer.resolve(json({}));
      await oneEvent(form, 'webview-success');
      for (let i = 0; i < 5; i++) button.click();
      await form.updateComplete;
      expect(seen).to.have.length(1);
    });

    it('shows progress in a polite status region while sending', async () => {
      const answer = deferred<Response>();
      const { form, arrived, input, shadow } = await vendorForm(answer.promise);
      input('name').value = 'Arthur';
      const done = form.submit();
      await arrived();
      await form.updateComplete;
      expect(form.getAttribute('state')).to.equal('submitting');
      expect(shadow('status').getAttribute('role')).to.equal('status');
      expect(shadow('status').textContent).to.contain('Sending…');
      answer.resolve(json({}));
      await done;
    });
  });

  describe('when a field is invalid', () => {
    it('sends nothing, reflects invalid, fires webview-invalid and focuses the error summary', async () => {
      const { form, seen, button, shadow } = await vendorForm();
      const invalid = oneEvent<WebviewInvalidEvent>(form, 'webview-invalid');
      button.click();
      const event = await invalid;
      await form.updateComplete;
      expect(seen).to.have.length(0);
      expect(form.getAttribute('state')).to.equal('invalid');
      expect(event.detail.errors.map((error) => error.name)).to.deep.equal(['name']);
      expect(form.shadowRoot!.activeElement).to.equal(shadow('error'));
      expect(shadow('error').textContent).to.contain('name');
    });

    it('blocks a malformed email and a broken pattern', async () => {
      const { transport, seen } = recordingTransport();
      const form = await fixture<WebviewForm>(html`
        <webview-form region="us" .fetch=${transport}>
          <label>Email <input name="email" type="email" value="arthur" /></label>
          <label>Zip <input name="zip" pattern="[0-9]{5}" value="abcde" /></label>
        </webview-form>
      `);
      const error = await form.submit().catch((thrown) => thrown);
      expect(error.kind).to.equal('validation');
      expect(error.details).to.have.length(2);
      expect(seen).to.have.length(0);
      expect(form.checkValidity()).to.be.false;
    });
  });

  describe('when the link is missing an ID', () => {
    it('explains what is missing instead of the form, and sends nothing', async () => {
      restoreUrl();
      restoreUrl = setPageUrl(`?botId=${IDS.botId}&userId=${IDS.userId}`);
      const { transport, seen } = recordingTransport();
      const errors: string[] = [];
      const form = await fixture<WebviewForm>(html`
        <webview-form region="us" .fetch=${transport} @webview-error=${(e: CustomEvent) => errors.push(e.detail.error.kind)}>
          <input name="name" value="Arthur" /><button>Send</button>
        </webview-form>
      `);
      const alert = form.shadowRoot!.querySelector('[part="error"]')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain('This link is incomplete, so the form cannot reach the conversation');
      expect(form.shadowRoot!.querySelector<HTMLElement>('[part="form"]')!.hidden).to.be.true;
      expect(form.state).to.equal('error');
      expect(errors).to.deep.equal(['context']);
      const error = await form.submit().catch((thrown) => thrown);
      expect(error.kind).to.equal('context');
      expect(seen).to.have.length(0);
      expect(form.checkValidity()).to.be.false;
    });
  });

  describe('when the post fails', () => {
    it('shows the message in an alert, fires webview-error and keeps every typed value', async () => {
      const { form, input, button, shadow } = await vendorForm(new Response('', { status: 401 }));
      input('name').value = 'Arthur';
      input('color').value = 'blue';
      input('swallow').value = '11 m/s';
      const failed = oneEvent<WebviewErrorEvent>(form, 'webview-error');
      button.click();
      const { detail } = await failed;
      await form.updateComplete;
      expect(detail.error.kind).to.equal('http');
      expect(detail.error.status).to.equal(401);
      expect(form.state).to.equal('error');
      expect(shadow('error').textContent).to.contain('The bot service did not accept this link: open the form again from the chat.');
      expect([input('name').value, input('color').value, input('swallow').value]).to.deep.equal(['Arthur', 'blue', '11 m/s']);
      expect(shadow('form').hidden).to.be.false;
    });

    it('lets the person send again after a failure', async () => {
      const { form, seen, input } = await vendorForm(new Response('', { status: 400 }), json({}));
      input('name').value = 'Arthur';
      await form.submit().catch(() => undefined);
      await form.submit();
      expect(seen).to.have.length(2);
      expect(form.state).to.equal('success');
    });

    it('abandons the post after the timeout attribute', async () => {
      const { transport, seen, arrived } = recordingTransport(() => new Promise<Response>(() => {}));
      const form = await fixture<WebviewForm>(html`
        <webview-form region="us" keep="none" timeout="5000" .fetch=${transport}><input name="name" value="Arthur" /></webview-form>
      `);
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const outcome = form.submit().catch((thrown) => thrown);
        await arrived();
        await clock.tickAsync(4999);
        expect(seen[0].request.signal.aborted).to.be.false;
        await clock.tickAsync(1);
        expect((await outcome).kind).to.equal('timeout');
        expect(seen[0].request.signal.aborted).to.be.true;
        expect(form.state).to.equal('error');
      } finally {
        clock.restore();
      }
    });

    it('retries a network failure and then succeeds', async () => {
      const { form, seen, arrived, input } = await vendorForm(new TypeError('Failed to fetch'), json({}));
      input('name').value = 'Arthur';
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        const outcome = form.submit();
        await arrived();
        await clock.tickAsync(1000);
        expect((await outcome).attempts).to.equal(2);
        expect(seen).to.have.length(2);
      } finally {
        clock.restore();
      }
    });
  });

  describe('webview-submit', () => {
    it('sends nothing when a listener cancels it', async () => {
      const { form, seen, input } = await vendorForm();
      input('name').value = 'Arthur';
      form.addEventListener('webview-submit', (event) => event.preventDefault());
      const error = await form.submit().catch((thrown) => thrown);
      expect(error.kind).to.equal('aborted');
      expect(seen).to.have.length(0);
      expect(form.state).to.equal('idle');
    });

    it('sends what a listener amended', async () => {
      const { form, seen, input } = await vendorForm();
      input('name').value = 'Arthur';
      form.addEventListener('webview-submit', (event) => {
        event.detail.payload.contextVariables.push({ name: 'source', value: 'landing' });
      });
      await form.submit();
      expect(((await seen[0].body) as { contextVariables: unknown[] }).contextVariables).to.deep.include({
        name: 'source',
        value: 'landing',
      });
    });

    it('gives a form without variables an empty list, which the body leaves out unless a listener adds to it', async () => {
      const { transport, seen } = recordingTransport();
      const form = await fixture<WebviewForm>(html`<webview-form region="us" message="hi" .fetch=${transport}></webview-form>`);
      const listed: unknown[] = [];
      form.addEventListener('webview-submit', (event) => listed.push(structuredClone(event.detail.payload.contextVariables)));
      const success = oneEvent<WebviewSuccessEvent>(form, 'webview-success');
      await form.submit();
      expect(listed).to.deep.equal([[]]);
      expect((await success).detail.payload.contextVariables).to.deep.equal([]);
      expect(Object.keys((await seen[0].body) as object)).to.have.members(['botId', 'conversationId', 'userId', 'message']);

      const amended = await fixture<WebviewForm>(html`<webview-form region="us" message="again" .fetch=${transport}></webview-form>`);
      amended.addEventListener('webview-submit', (event) =>
        event.detail.payload.contextVariables.push({ name: 'source', value: 'landing' }),
      );
      await amended.submit();
      expect(((await seen[1].body) as { contextVariables: unknown }).contextVariables).to.deep.equal([
        { name: 'source', value: 'landing' },
      ]);
    });

    it('refuses an amendment the API would reject, and sends nothing', async () => {
      const { form, seen, input } = await vendorForm();
      input('name').value = 'Arthur';
      form.addEventListener('webview-submit', (event) => {
        (event.detail.payload as Record<string, unknown>).convId = 'wrong';
      });
      const error = await form.submit().catch((thrown) => thrown);
      expect(error.kind).to.equal('config');
      expect(seen).to.have.length(0);
    });
  });

  describe('configuration', () => {
    it('prefers ID attributes over the URL', async () => {
      const { transport, seen } = recordingTransport();
      const form = await fixture<WebviewForm>(html`
        <webview-form region="gcp" bot-id="attr-bot" .fetch=${transport}><input name="a" value="1" /></webview-form>
      `);
      await form.submit();
      expect(seen[0].request.url).to.equal('https://cbsrvc-us-p.liveperson.net/thirdparty-services-0.1/webview');
      expect(await seen[0].body).to.include({ botId: 'attr-bot', conversationId: IDS.conversationId });
    });

    it('forwards url-variables and static variables', async () => {
      restoreUrl();
      restoreUrl = setPageUrl(`${VENDOR_LINK}&PaymentId=534e&PaymentStatus=PROCESSED`);
      const { transport, seen } = recordingTransport();
      const form = await fixture<WebviewForm>(html`
        <webview-form
          endpoint="/thirdparty-services-0.1/webview"
          url-variables="PaymentId, PaymentStatus"
          variables='{"source":"payment-page"}'
          .fetch=${transport}
        ></webview-form>
      `);
      await form.submit();
      expect(seen[0].request.url).to.equal(`${location.origin}/thirdparty-services-0.1/webview`);
      expect(await seen[0].body).to.deep.equal({
        ...IDS,
        contextVariables: [
          { name: 'source', value: 'payment-page' },
          { name: 'PaymentId', value: '534e' },
          { name: 'PaymentStatus', value: 'PROCESSED' },
        ],
      });
    });

    it('shows a config error for malformed variables JSON and sends nothing', async () => {
      const { transport, seen } = recordingTransport();
      const form = await fixture<WebviewForm>(html` <webview-form region="us" variables="{oops" .fetch=${transport}></webview-form> `);
      const error = await form.submit().catch((thrown) => thrown);
      await form.updateComplete;
      expect(error.kind).to.equal('config');
      expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('not valid JSON');
      expect(seen).to.have.length(0);
    });

    it('refuses a plain-http endpoint off loopback before anything is sent', async () => {
      const { transport, seen } = recordingTransport();
      const reported = deferred<string>();
      const wrapper = await fixture<HTMLDivElement>(html`
        <div @webview-error=${(event: WebviewErrorEvent) => reported.resolve(event.detail.error.kind)}>
          <webview-form endpoint="http://bots.example/webview" .fetch=${transport}><input name="a" value="1" /></webview-form>
        </div>
      `);
      const form = wrapper.querySelector('webview-form')!;
      // Where the form posts is checked with the other settings, once the page is idle.
      expect(await reported.promise).to.equal('config');
      await form.updateComplete;
      expect(form.state).to.equal('error');
      expect((await form.submit().catch((thrown) => thrown)).kind).to.equal('config');
      expect(seen).to.have.length(0);
    });

    it('shows its own Send button only when the content has none', async () => {
      const { transport, seen } = recordingTransport();
      const form = await fixture<WebviewForm>(html`
        <webview-form region="us" .fetch=${transport}><input name="a" value="1" /></webview-form>
      `);
      const fallback = form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]');
      expect(fallback).to.exist;
      fallback!.click();
      await oneEvent(form, 'webview-success');
      expect(seen).to.have.length(1);
      const { form: withButton } = await vendorForm();
      expect(withButton.shadowRoot!.querySelector('[part="submit"]')).to.be.null;
    });
  });

  describe('after success', () => {
    it('posts nothing more until reset(), which restores the initial values', async () => {
      const { form, seen, input } = await vendorForm();
      input('name').value = 'Arthur';
      const first = await form.submit();
      expect(await form.submit()).to.equal(first);
      expect(seen).to.have.length(1);
      form.reset();
      await form.updateComplete;
      expect(form.state).to.equal('idle');
      expect(input('name').value).to.equal('');
      input('name').value = 'Bedevere';
      await form.submit();
      expect(seen).to.have.length(2);
    });
  });
});
