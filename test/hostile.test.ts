// Nothing a hostile URL, a field value, a server's answer or a declaration carries may run.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { ConversationSnapshot } from '../src/mock/chat-api.js';
import { setPageUrl, useFreshTab, VENDOR_LINK } from './helpers.js';

declare global {
  interface Window {
    pwned?: string;
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.pwned=\'img\'">',
  '<script>window.pwned="script"</script>',
  '"><svg onload="window.pwned=\'svg\'">',
  "javascript:window.pwned='href'",
  '{{constructor.constructor("window.pwned=1")()}}',
];

/** Nothing ran, and nothing that could run later (an image's onerror, an svg's onload) was inserted. */
function expectNothingRan(root: Element) {
  expect(window.pwned, 'injected script ran').to.be.undefined;
  const all = [root, ...root.querySelectorAll('*'), ...Array.from(root.shadowRoot?.querySelectorAll('*') ?? [])];
  expect(
    all.filter((element) => ['IMG', 'SCRIPT', 'svg'].includes(element.tagName)),
    'injected elements',
  ).to.deep.equal([]);
}

describe('hostile input', () => {
  useFreshTab();
  afterEach(() => delete window.pwned);

  for (const payload of PAYLOADS) {
    it(`a URL parameter never runs: ${payload}`, async () => {
      const restore = setPageUrl(
        `?botId=${encodeURIComponent(payload)}&userId=${encodeURIComponent(payload)}&PaymentId=${encodeURIComponent(payload)}`,
      );
      try {
        const form = await fixture<WebviewForm>(html`<webview-form region="us" url-variables="PaymentId"></webview-form>`);
        expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('This link is incomplete');
        expectNothingRan(form);
      } finally {
        restore();
      }
    });

    it(`a declared label, hint, placeholder, option and message never run: ${payload}`, async () => {
      const form = await fixture<WebviewForm>(html`
        <webview-form
          region="us"
          .messages=${{ summaryOne: payload, valueMissing: payload }}
          .fields=${[
            { name: 'a', label: payload, hint: payload, placeholder: payload, required: true },
            { name: 'b', type: 'select', label: payload, options: [{ value: payload, label: payload }] },
          ]}
          .fetch=${async () => Response.json({})}
        ></webview-form>
      `);
      await form.submit().catch(() => undefined);
      await form.updateComplete;
      expect(form.querySelector('label')!.textContent).to.contain(payload);
      expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(payload);
      expectNothingRan(form);
    });

    it(`a typed value and the server's error text never run: ${payload}`, async () => {
      const hostileServer = async () =>
        new Response(`<html><body>${payload}</body></html>`, { status: 500, statusText: 'Oops', headers: { 'Content-Type': 'text/html' } });
      const form = await fixture<WebviewForm>(html`
        <webview-form region="us" .fetch=${hostileServer}
          ><label>Name <input name="name" /></label
        ></webview-form>
      `);
      form.querySelector('input')!.value = payload;
      // The retries wait 1 s and 2 s: a 400 answers at once with the same hostile body.
      form.fetch = async () => new Response(payload, { status: 400, headers: { 'Content-Type': 'text/html' } });
      const error = await form.submit().catch((thrown) => thrown);
      await form.updateComplete;
      expect(error.kind).to.equal('http');
      expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).not.to.contain(payload);
      expect(form.querySelector('input')!.value).to.equal(payload);
      expectNothingRan(form);
    });
  }

  describe('under a strict Content-Security-Policy', () => {
    // The test server's part: without the header the page below would prove nothing.
    before(async () => {
      const response = await fetch(`/test/fixtures/csp.html${VENDOR_LINK}`);
      const policy = response.headers.get('Content-Security-Policy');
      if (policy !== "default-src 'self'; require-trusted-types-for 'script'") {
        throw new Error(`The test server sends the CSP fixture the policy ${JSON.stringify(policy)}: see strictCsp in test/wtr/pages.mjs.`);
      }
    });

    it('works with Trusted Types required, with no violation', async () => {
      const started: ConversationSnapshot = await (await fetch('/mock/conversations', { method: 'POST' })).json();
      const frame = document.createElement('iframe');
      frame.title = 'Strict CSP page';
      frame.src = `/test/fixtures/csp.html?userId=${started.userId}&convId=${started.conversationId}&botId=${started.botId}`;
      const report = await new Promise<{ violations: string[]; states?: string[]; trustedTypes?: boolean; day?: string; error?: string }>(
        (resolve) => {
          window.addEventListener('message', function onMessage(event) {
            if (event.source !== frame.contentWindow) return;
            window.removeEventListener('message', onMessage);
            resolve(event.data);
          });
          document.body.append(frame);
        },
      );
      frame.remove();
      expect(report.error).to.be.undefined;
      expect(report.violations).to.deep.equal([]);
      expect(report.states).to.deep.equal(['invalid', 'success']);
      expect(report.trustedTypes).to.be.true;
      expect(report.day).to.equal('date');
      const conversation: ConversationSnapshot = await (await fetch(`/mock/conversations/${started.conversationId}`)).json();
      // The optional select was left on its empty first option, so only the name was sent.
      expect(conversation.webviewVariables).to.deep.equal({ name: 'Arthur' });
    });
  });
});
