// The bad-input matrix: every case ends with a clear message on the page and a webview-error of
// the right kind, and nothing is sent.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { WebviewErrorEvent } from '../src/element/events.js';
import type { Transport } from '../src/core/client.js';
import { MAX_PAYLOAD_BYTES } from '../src/core/protocol.js';
import { IDS, VENDOR_LINK, recordingTransport, setPageUrl } from './helpers.js';

interface Case {
  name: string;
  /** The page's query; the vendor link by default. */
  query?: string;
  render(transport: Transport): TemplateResult;
  /** Runs before submitting, e.g. to type something. */
  prepare?(form: WebviewForm): void;
  kind: string;
  /** Words the message on the page must contain. */
  says: string;
}

const plain = (transport: Transport, content: TemplateResult = html`<label>Name <input name="name" value="Arthur" /></label>`) =>
  html`<webview-form region="us" .fetch=${transport}>${content}</webview-form>`;

const LINK = (overrides: Record<string, string>) => {
  const query = new URLSearchParams({ userId: IDS.userId, convId: IDS.conversationId, botId: IDS.botId, ...overrides });
  for (const [key, value] of Object.entries(overrides)) if (value === '\u0000drop') query.delete(key);
  return `?${query}`;
};

const CASES: Case[] = [
  { name: 'a missing bot id', query: LINK({ botId: '\u0000drop' }), render: plain, kind: 'context', says: 'no bot id' },
  { name: 'an empty conversation id', query: LINK({ convId: '' }), render: plain, kind: 'context', says: 'no conversation id' },
  { name: 'a whitespace-only user id', query: LINK({ userId: '   ' }), render: plain, kind: 'context', says: 'no user id' },
  { name: 'an over-long bot id', query: LINK({ botId: 'b'.repeat(300) }), render: plain, kind: 'context', says: 'at most 256 characters' },
  {
    name: 'a control character in the conversation id',
    query: LINK({ convId: 'conv\u0007' }),
    render: plain,
    kind: 'context',
    says: 'control characters',
  },
  {
    name: 'a control character in the bot-id attribute',
    render: (transport) =>
      html`<webview-form region="us" bot-id=${'bot\u001b[31m'} .fetch=${transport}
        ><input name="a" value="1" aria-label="A"
      /></webview-form>`,
    kind: 'context',
    says: 'control characters',
  },
  {
    name: 'a variable name set by two sources',
    render: (transport) =>
      html`<webview-form region="us" variables='{"name": "x"}' .fetch=${transport}
        ><input name="name" value="Arthur" aria-label="Name"
      /></webview-form>`,
    kind: 'config',
    says: 'set twice',
  },
  {
    name: 'a url-variable that a field also sets',
    query: `${VENDOR_LINK}&name=fromUrl`,
    render: (transport) =>
      html`<webview-form region="us" url-variables="name" .fetch=${transport}
        ><input name="name" value="Arthur" aria-label="Name"
      /></webview-form>`,
    kind: 'config',
    says: 'set twice',
  },
  {
    name: 'an empty variable name',
    render: (transport) => html`<webview-form region="us" variables='{"": "x"}' .fetch=${transport}></webview-form>`,
    kind: 'config',
    says: 'empty name',
  },
  {
    name: 'malformed variables JSON',
    render: (transport) => html`<webview-form region="us" variables="{source: chat}" .fetch=${transport}></webview-form>`,
    kind: 'config',
    says: 'not valid JSON',
  },
  {
    name: 'variables that are a list',
    render: (transport) => html`<webview-form region="us" variables='["a"]' .fetch=${transport}></webview-form>`,
    kind: 'config',
    says: 'must be an object',
  },
  {
    name: 'malformed fields JSON',
    render: (transport) => html`<webview-form region="us" fields="[{name: 'a'}]" .fetch=${transport}></webview-form>`,
    kind: 'config',
    says: 'not valid JSON',
  },
  {
    name: 'a field declaration of an unknown type',
    render: (transport) => html`<webview-form region="us" fields='[{"name": "a", "type": "file"}]' .fetch=${transport}></webview-form>`,
    kind: 'config',
    says: 'field "a": type: must be one of',
  },
  {
    name: 'a file input',
    render: (transport) => plain(transport, html`<label>Passport scan <input type="file" name="scan" /></label>`),
    kind: 'config',
    says: 'cannot carry files',
  },
  {
    name: 'an over-large payload',
    render: (transport) => plain(transport, html`<label>Story <textarea name="story"></textarea></label>`),
    prepare: (form) => (form.querySelector('textarea')!.value = 'x'.repeat(MAX_PAYLOAD_BYTES)),
    kind: 'validation',
    says: 'too long to send',
  },
  {
    name: 'no region, domain or endpoint',
    render: (transport) => html`<webview-form .fetch=${transport}><input name="a" value="1" aria-label="A" /></webview-form>`,
    kind: 'config',
    says: 'Set region',
  },
  {
    name: 'an unknown region',
    render: (transport) => html`<webview-form region="eu" .fetch=${transport}><input name="a" value="1" aria-label="A" /></webview-form>`,
    kind: 'config',
    says: 'is unknown',
  },
];

describe('bad input', () => {
  let restore: () => void = () => {};
  afterEach(() => restore());

  for (const testCase of CASES) {
    it(`${testCase.name}: says so, fires webview-error, sends nothing`, async () => {
      sessionStorage.clear();
      restore = setPageUrl(testCase.query ?? VENDOR_LINK);
      const { transport, seen } = recordingTransport();
      const kinds: string[] = [];
      const wrapper = await fixture<HTMLDivElement>(
        html`<div @webview-error=${(event: WebviewErrorEvent) => kinds.push(event.detail.error.kind)}>${testCase.render(transport)}</div>`,
      );
      const form = wrapper.querySelector('webview-form')!;
      await form.updateComplete;
      testCase.prepare?.(form);
      const error = await form.submit().then(
        () => undefined,
        (thrown) => thrown,
      );
      await form.updateComplete;
      expect(error?.kind, 'submit() rejects with the kind').to.equal(testCase.kind);
      expect(kinds, 'webview-error fired').to.include(testCase.kind);
      expect(error?.message, 'the error says what is wrong, for the page').to.contain(testCase.says);
      // A broken link is the chat's to mend: the person reads that, not which ID is missing.
      const shown = testCase.kind === 'context' ? 'open the form again from the chat' : testCase.says;
      expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(shown);
      expect(seen, 'nothing sent').to.have.length(0);
    });
  }
});
