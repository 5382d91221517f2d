// The element's settings are resolved and checked in one step (core/options.ts): a setting that
// is not what it must be is a config error naming it, and nothing is sent; a timeout out of
// bounds falls back or is clamped, with a warning. Each scenario was reproduced before that step.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { WebviewErrorEvent } from '../src/element/events.js';
import { deferred, json, recordingTransport, useFreshTab } from './helpers.js';

/** Renders the element from markup, so attributes arrive as a page writes them. */
async function formWith(attributes: string, fetch = recordingTransport()) {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  // The attributes are the scenario: written as text, the way a page author writes them.
  host.innerHTML = `<webview-form ${attributes}><label>Your name <input name="name" value="Arthur" /></label></webview-form>`;
  const form = host.querySelector('webview-form') as WebviewForm;
  form.fetch = fetch.transport;
  return { form, ...fetch };
}

describe('settings: one step resolves and checks every attribute', () => {
  useFreshTab();

  const broken = {
    'params=\'{"conversationId":5}\'': { attributes: `region="us" params='{"conversationId":5}'`, names: 'params' },
    "params='{bad'": { attributes: `region="us" params='{bad'`, names: 'params' },
    "messages='{bad'": { attributes: `region="us" messages='{bad'`, names: 'messages' },
    'messages=\'{"send": 5}\'': { attributes: `region="us" messages='{"send": 5}'`, names: 'messages' },
    "variables='{bad'": { attributes: `region="us" variables='{bad'`, names: 'variables' },
  };
  for (const [scenario, { attributes, names }] of Object.entries(broken)) {
    it(`${scenario}: a config error naming ${names}, shown in place of the form, and nothing is sent`, async () => {
      const errors: WebviewErrorEvent[] = [];
      const reported = deferred();
      const host = await fixture<HTMLDivElement>(
        html`<div
          @webview-error=${(event: WebviewErrorEvent) => {
            errors.push(event);
            reported.resolve();
          }}
        ></div>`,
      );
      const { transport, seen } = recordingTransport();
      host.innerHTML = `<webview-form ${attributes}><label>Your name <input name="name" value="Arthur" /></label></webview-form>`;
      const form = host.querySelector('webview-form') as WebviewForm;
      form.fetch = transport;
      await reported.promise;
      expect(errors[0].detail.error.kind).to.equal('config');
      expect(errors[0].detail.error.message).to.contain(names);
      await form.updateComplete;
      expect(form.state).to.equal('error');
      expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(names);

      const failed = await form.submit().catch((thrown: unknown) => thrown);
      expect((failed as { kind: string }).kind).to.equal('config');
      expect(seen).to.have.length(0);
    });
  }

  it('a corrected setting brings the form back', async () => {
    const { form } = await formWith(`region="us" messages='{bad'`);
    await oneEvent(form, 'webview-error');
    form.messages = { send: 'Envoyer' };
    await form.updateComplete;
    // A send checks the settings again itself, whatever the earlier check said.
    expect((await form.submit()).status).to.equal(200);
    await form.updateComplete;
    expect(form.state).to.equal('success');
    expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent!.trim()).to.equal('');
  });

  describe('an endpoint the URL parser reads as another host', () => {
    for (const endpoint of [
      '/\\bots.example/webview',
      '\\\\bots.example/webview',
      '/&#9;/bots.example/webview',
      'h&#9;ttp://bots.example/webview',
    ]) {
      it(`endpoint="${endpoint}" is a config error and nothing is posted`, async () => {
        const { form, seen } = await formWith(`endpoint="${endpoint}"`);
        // Where the form posts is checked with the other settings, once the page is idle.
        const reported = oneEvent(form, 'webview-error');
        expect((await reported).detail.error.kind).to.equal('config');
        await form.updateComplete;
        expect(form.state).to.equal('error');
        const failed = await form.submit().catch((thrown: unknown) => thrown);
        expect((failed as { kind: string }).kind).to.equal('config');
        expect(seen).to.have.length(0);
      });
    }

    it('a data: endpoint spelt with a tab never shows success', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      // No transport: the global fetch, which would answer a data: URL itself.
      host.innerHTML = `<webview-form endpoint="da&#9;ta:application/json,{}"><input name="name" value="Arthur" aria-label="Name" /></webview-form>`;
      const form = host.querySelector('webview-form') as WebviewForm;
      await form.updateComplete;
      const failed = await form.submit().catch((thrown: unknown) => thrown);
      expect((failed as { kind: string }).kind).to.equal('config');
      expect(form.state).to.equal('error');
    });
  });

  describe('timeout values that are not a number of milliseconds setTimeout can wait', () => {
    for (const [value, fallback] of [
      ['abc', 15000],
      ['-1', 15000],
      ['1e12', 120000],
      ['3000000000', 120000],
    ] as const) {
      it(`timeout="${value}": a warning, ${fallback} ms for each attempt, and no attempt times out at once`, async () => {
        const warned = deferred<string>();
        const warn = sinon.stub(console, 'warn').callsFake((text: unknown) => warned.resolve(String(text)));
        const answer = deferred<Response>();
        const { form, arrived } = await formWith(`region="us" timeout="${value}"`, recordingTransport(answer.promise));
        let clock: sinon.SinonFakeTimers | undefined;
        try {
          expect(await warned.promise).to.contain('timeout');
          clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
          const sending = form.submit();
          await arrived();
          await clock.tickAsync(fallback - 1);
          answer.resolve(json({ ok: true }));
          expect((await sending).status).to.equal(200);
        } finally {
          clock?.restore();
          warn.restore();
        }
      });
    }
  });
});
