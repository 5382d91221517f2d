// Faults between the page and the service: the retry policy holds and typed values stay.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { SubmitResult, Transport } from '../src/core/client.js';
import { createWebviewHandler } from '../src/mock/handler.js';
import { SimulatedBot } from '../src/mock/bot.js';
import { loadDelivery } from '../src/element/loader.js';
import { useFreshTab } from './helpers.js';
import { itOnly } from './engine.js';

type Outcome = { result?: SubmitResult; error?: { kind: string; status?: number; message: string } };

/**
 * Renders the vendor form on `endpoint`, types into it, submits, and runs the fake clock until it
 * settles. Nothing on the fake clock touches the network: the submit's code is loaded first, and
 * a test that posts over real HTTP (`realClock`) expects no wait between attempts.
 */
async function submitThrough(options: { endpoint?: string; fetch?: Transport; realClock?: boolean }) {
  let attempts = 0;
  const base = options.fetch ?? ((request: Request) => fetch(request));
  const counting: Transport = (request) => {
    attempts++;
    return base(request);
  };
  // keep="none": the send's own policy, as it was before the outbox (test/outbox.test.ts holds that).
  const form = await fixture<WebviewForm>(html`
    <webview-form keep="none" endpoint=${options.endpoint ?? '/thirdparty-services-0.1/webview'} .fetch=${counting}>
      <label>Your name <input name="name" /></label>
      <label>Notes <textarea name="notes"></textarea></label>
    </webview-form>
  `);
  form.querySelector('input')!.value = 'Arthur';
  form.querySelector('textarea')!.value = 'Ni!';
  const typedNow = () => [form.querySelector('input')!.value, form.querySelector('textarea')!.value];
  let settled = false;
  const submit = (): Promise<Outcome> =>
    form.submit().then(
      (result) => ((settled = true), { result }),
      (error) => ((settled = true), { error }),
    );
  // Loading a chunk is real network: on a fake clock it would race the ticks below.
  await loadDelivery();
  if (options.realClock) return { ...(await submit()), attempts, typed: typedNow(), form };
  const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    const outcome = submit();
    for (let step = 0; step < 200 && !settled; step++) await clock.tickAsync(250);
    return { ...(await outcome), attempts, typed: typedNow(), form };
  } finally {
    clock.restore();
  }
}

/** The in-browser mock, answering `statuses` (with headers) first. */
function scripted(...answers: Array<number | [number, Record<string, string>]>): Transport {
  const mock = createWebviewHandler({ bot: new SimulatedBot() });
  let next = 0;
  return async (request) => {
    const answer = answers[next++];
    if (answer === undefined) return mock(request);
    const [status, headers] = Array.isArray(answer) ? answer : [answer, {}];
    return Response.json({ error: 'scripted' }, { status, headers });
  };
}

describe('faults', () => {
  useFreshTab();

  // Taking Chromium offline would also cut the test runner's own connection to the page, so the
  // browser's offline state is stood in for: navigator.onLine false, and fetch failing as it does then.
  it('offline: three attempts, then says so; the answers stay', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      const offlineFetch: Transport = async () => {
        throw new TypeError('Failed to fetch');
      };
      const { error, attempts, typed, form } = await submitThrough({ fetch: offlineFetch });
      expect(error?.kind).to.equal('network');
      expect(error?.message).to.contain('You are offline');
      expect(attempts).to.equal(3);
      expect(typed).to.deep.equal(['Arthur', 'Ni!']);
      await form.updateComplete;
      expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('You are offline');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  /**
   * Meets the browser's own failure for `endpoint` once, on the real clock; then the element
   * meets it at every attempt, and waits between them on the fake one.
   */
  async function failsToReach(endpoint: string) {
    const failure = await fetch(endpoint, { method: 'POST' }).then(
      () => new Error(`${endpoint} answered`),
      (thrown: unknown) => thrown,
    );
    expect(failure).to.be.instanceOf(TypeError);
    const { error, attempts, typed } = await submitThrough({
      endpoint,
      fetch: async () => {
        throw failure;
      },
    });
    expect(error?.kind).to.equal('network');
    expect(error?.message).to.contain('Could not reach the bot service');
    expect(attempts).to.equal(3);
    expect(typed).to.deep.equal(['Arthur', 'Ni!']);
  }

  // Only Chromium can be told that a name does not exist (--host-resolver-rules ~NOTFOUND): the
  // other engines would ask the machine's DNS server, and no test traffic leaves this machine.
  itOnly(['chromium'], 'only Chromium fails a lookup without asking a DNS server')(
    'DNS failure: three attempts, a network error; the answers stay',
    () => failsToReach('https://dns-fail.test/thirdparty-services-0.1/webview'),
  );

  // A port nobody listens on, on this machine: every engine can meet it.
  it('connection refused: three attempts, a network error; the answers stay', () =>
    failsToReach('http://127.0.0.1:9/thirdparty-services-0.1/webview'));

  it('the real mock over HTTP: one attempt, success', async () => {
    const { result, attempts } = await submitThrough({ realClock: true });
    expect(result?.status).to.equal(200);
    expect(attempts).to.equal(1);
  });

  it('429 with Retry-After, then success', async () => {
    const { result, attempts } = await submitThrough({ fetch: scripted([429, { 'Retry-After': '3' }]) });
    expect(result?.status).to.equal(200);
    expect(attempts).to.equal(2);
  });

  for (const status of [500, 502, 503]) {
    it(`${status}, then success`, async () => {
      const { result, attempts } = await submitThrough({ fetch: scripted(status) });
      expect(result?.status).to.equal(200);
      expect(attempts).to.equal(2);
    });

    it(`${status} three times: an http error after two retries; the answers stay`, async () => {
      const { error, attempts, typed } = await submitThrough({ fetch: scripted(status, status, status) });
      expect(error).to.include({ kind: 'http', status });
      expect(attempts).to.equal(3);
      expect(typed).to.deep.equal(['Arthur', 'Ni!']);
    });
  }

  for (const status of [400, 401, 403, 404, 409, 413, 422]) {
    it(`${status}: never retried; the answers stay`, async () => {
      const { error, attempts, typed } = await submitThrough({ fetch: scripted(status) });
      expect(error).to.include({ kind: 'http', status });
      expect(attempts).to.equal(1);
      expect(typed).to.deep.equal(['Arthur', 'Ni!']);
    });
  }

  it('timeout: abandoned after the timeout, not retried; the answers stay', async () => {
    const { error, attempts, typed } = await submitThrough({ fetch: () => new Promise<Response>(() => {}) });
    expect(error?.kind).to.equal('timeout');
    expect(attempts).to.equal(1);
    expect(typed).to.deep.equal(['Arthur', 'Ni!']);
  });
});
