import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { MAX_TIMEOUT, resolveTimeout, retryDelay, send, type SendOptions } from '../src/core/client.js';
import { signRequest, type SignedRequest } from '../src/core/sign.js';
import { WebviewError } from '../src/core/errors.js';
import { IDS, IDS_AUTH, json, recordingTransport, type Answer } from './helpers.js';

const bytes = (text: string) => new TextEncoder().encode(text);

const URL_ = 'https://va.bc-intg.liveperson.net/thirdparty-services-0.1/webview';

describe('client', () => {
  let clock: sinon.SinonFakeTimers;
  let request: SignedRequest;

  beforeEach(async () => {
    request = await signRequest({ ...IDS, message: 'hi' }, URL_);
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => clock.restore());

  /**
   * Sends with scripted answers, running the fake clock until the send settles. The clock moves
   * 100 ms at a time, each step a real task: reading a body is real work, which some engines
   * (Firefox) finish only after a few tasks, and it must not meet a deadline jumped to at once.
   */
  async function sendWith(answers: Answer[], options: SendOptions = {}) {
    const { transport, seen } = recordingTransport(...answers);
    let settled = false;
    const outcome = send(request, { fetch: transport, ...options }).then(
      (result) => ((settled = true), { result, error: undefined }),
      (error: unknown) => ((settled = true), { result: undefined, error: error as WebviewError }),
    );
    for (let step = 0; step < 3000 && !settled; step++) await clock.tickAsync(100);
    return { ...(await outcome), seen };
  }

  describe('when the service accepts the post', () => {
    it('sends one POST with the signed headers and the exact body', async () => {
      const { result, seen } = await sendWith([json({ ok: true }, { status: 200 })]);
      expect(result).to.deep.equal({ status: 200, response: { ok: true }, attempts: 1 });
      expect(seen).to.have.length(1);
      const [{ request: sent, body }] = seen;
      expect(await body).to.deep.equal({ ...IDS, message: 'hi' });
      expect(sent.method).to.equal('POST');
      expect(sent.url).to.equal(URL_);
      expect(sent.headers.get('Authorization')).to.equal(IDS_AUTH);
      expect(sent.headers.get('Content-Type')).to.equal('application/json');
      expect(sent.credentials).to.equal('omit');
    });

    it('treats any 2xx as success and reads a text or empty body defensively', async () => {
      expect((await sendWith([new Response('accepted', { status: 202 })])).result).to.include({ status: 202, response: 'accepted' });
      expect((await sendWith([new Response(null, { status: 204 })])).result).to.include({ status: 204, response: null });
    });
  });

  describe('retry policy', () => {
    for (const status of [429, 500, 502, 503, 504]) {
      it(`retries ${status} and succeeds on the next attempt`, async () => {
        const { result, seen } = await sendWith([new Response('', { status }), json({ ok: true })]);
        expect(result?.attempts).to.equal(2);
        expect(seen).to.have.length(2);
      });
    }

    it('retries a network error', async () => {
      const { result, seen } = await sendWith([new TypeError('Failed to fetch'), json({})]);
      expect(result?.status).to.equal(200);
      expect(seen).to.have.length(2);
    });

    for (const status of [400, 401, 403, 404, 405, 413, 415, 422]) {
      it(`never retries ${status} and reports it as an http error`, async () => {
        const { error, seen } = await sendWith([new Response('', { status }), json({})]);
        expect(seen).to.have.length(1);
        expect(error?.kind).to.equal('http');
        expect(error?.status).to.equal(status);
      });
    }

    it('gives up after two retries of a 5xx, with the last status', async () => {
      const { error, seen } = await sendWith([new Response('', { status: 503 })]);
      expect(seen).to.have.length(3);
      expect(error?.kind).to.equal('http');
      expect(error?.status).to.equal(503);
      expect(error?.message).to.contain('wait a moment and send again');
    });

    it('gives up after two retries of a network error', async () => {
      const { error, seen } = await sendWith([new TypeError('Failed to fetch')]);
      expect(seen).to.have.length(3);
      expect(error?.kind).to.equal('network');
    });

    it('honours the retries option', async () => {
      const { seen } = await sendWith([new Response('', { status: 500 })], { retries: 0 });
      expect(seen).to.have.length(1);
    });

    it('backs off 1 s, then 2 s', async () => {
      const { transport, seen } = recordingTransport(new Response('', { status: 500 }));
      const done = send(request, { fetch: transport }).catch(() => undefined);
      await clock.tickAsync(0);
      expect(seen).to.have.length(1);
      await clock.tickAsync(999);
      expect(seen).to.have.length(1);
      await clock.tickAsync(1);
      expect(seen).to.have.length(2);
      await clock.tickAsync(1999);
      expect(seen).to.have.length(2);
      await clock.tickAsync(1);
      expect(seen).to.have.length(3);
      await done;
    });

    it('waits as long as Retry-After says, in seconds', async () => {
      const { transport, seen } = recordingTransport(new Response('', { status: 429, headers: { 'Retry-After': '5' } }), json({}));
      const done = send(request, { fetch: transport });
      await clock.tickAsync(4999);
      expect(seen).to.have.length(1);
      await clock.tickAsync(1);
      expect(seen).to.have.length(2);
      expect((await done).attempts).to.equal(2);
    });

    it('does not wait for a Retry-After longer than 30 s: it asks the person to try later', async () => {
      const { error, seen } = await sendWith([new Response('', { status: 429, headers: { 'Retry-After': '120' } })]);
      expect(seen).to.have.length(1);
      expect(error?.status).to.equal(429);
      expect(error?.message).to.contain('busy');
    });

    it('reads Retry-After as an HTTP date too', () => {
      const now = Date.parse('Fri, 27 Nov 2026 10:00:00 GMT');
      expect(retryDelay(1, 'Fri, 27 Nov 2026 10:00:07 GMT', now)).to.equal(7000);
      expect(retryDelay(1, 'Fri, 27 Nov 2026 09:00:00 GMT', now)).to.equal(0);
      expect(retryDelay(2, 'soon', now)).to.equal(2000);
    });
  });

  describe('Retry-After: 1.5, -5, soon 1', () => {
    const now = Date.parse('Fri, 27 Nov 2026 10:00:00 GMT');

    for (const header of ['1.5', '-5', 'soon 1']) {
      it(`ignores "${header}": the backoff of 1 s, then 2 s applies`, () => {
        expect(retryDelay(1, header, now)).to.equal(1000);
        expect(retryDelay(2, header, now)).to.equal(2000);
      });
    }

    it('reads only whole seconds and an IMF-fixdate', () => {
      expect(retryDelay(1, '0', now)).to.equal(0);
      expect(retryDelay(1, '7', now)).to.equal(7000);
      expect(retryDelay(1, 'Fri, 27 Nov 2026 10:00:07 GMT', now)).to.equal(7000);
      // Dates in other shapes are not what RFC 9110 has servers send: the backoff applies.
      expect(retryDelay(1, '2026-11-27T10:00:07Z', now)).to.equal(1000);
      expect(retryDelay(1, 'Fri, 27 Nov 2026 10:00:07 +0000', now)).to.equal(1000);
      expect(retryDelay(1, '27 Nov 2026', now)).to.equal(1000);
    });

    it('waits the 1 s backoff after a 503 with Retry-After: 1.5', async () => {
      // Today, not 1970: read as a date, "1.5" would be in the past and the retry would not wait.
      clock.setSystemTime(now);
      const { transport, seen } = recordingTransport(new Response('', { status: 503, headers: { 'Retry-After': '1.5' } }), json({}));
      const done = send(request, { fetch: transport });
      await clock.tickAsync(999);
      expect(seen).to.have.length(1);
      await clock.tickAsync(1);
      expect(seen).to.have.length(2);
      expect((await done).attempts).to.equal(2);
    });
  });

  describe('timeout', () => {
    it('abandons an attempt after 15 s by default, aborts its request, and does not retry', async () => {
      const { transport, seen } = recordingTransport(() => new Promise<Response>(() => {}));
      const outcome = send(request, { fetch: transport }).catch((error: WebviewError) => error);
      await clock.tickAsync(14_999);
      expect(seen[0].request.signal.aborted).to.be.false;
      await clock.tickAsync(1);
      const error = await outcome;
      expect(error).to.be.instanceOf(WebviewError);
      expect((error as WebviewError).kind).to.equal('timeout');
      expect(seen[0].request.signal.aborted).to.be.true;
      await clock.runAllAsync();
      expect(seen).to.have.length(1);
    });

    it('honours a shorter timeout', async () => {
      const { error } = await sendWith([new Promise<Response>(() => {})], { timeout: 100 });
      expect(error?.kind).to.equal('timeout');
      expect(error?.message).to.contain('did not answer');
    });
  });

  describe('timeout values: "abc", -1, 1e12, 3000000000', () => {
    // "abc" reaches send() as NaN: Lit's Number converter reads the attribute.
    it('resolveTimeout uses 15000 for "abc" and -1, and says why', () => {
      expect(resolveTimeout(NaN)).to.deep.equal({
        timeout: 15_000,
        problem: 'timeout NaN is not a positive number of milliseconds: using 15000',
      });
      expect(resolveTimeout('abc')).to.deep.equal({
        timeout: 15_000,
        problem: 'timeout "abc" is not a positive number of milliseconds: using 15000',
      });
      expect(resolveTimeout(-1)).to.deep.equal({
        timeout: 15_000,
        problem: 'timeout -1 is not a positive number of milliseconds: using 15000',
      });
      for (const value of [0, Infinity, -Infinity, '3000', true, {}, Object.create(null)]) {
        const { timeout, problem } = resolveTimeout(value);
        expect(timeout, String(typeof value)).to.equal(15_000);
        expect(problem).to.contain('is not a positive number of milliseconds: using 15000');
      }
    });

    it('resolveTimeout clamps 1e12 and 3000000000 to MAX_TIMEOUT, and says so', () => {
      expect(MAX_TIMEOUT).to.equal(120_000);
      for (const value of [1e12, 3_000_000_000]) {
        expect(resolveTimeout(value)).to.deep.equal({
          timeout: MAX_TIMEOUT,
          problem: `timeout ${value} is longer than the maximum of 120000 milliseconds: clamped to 120000`,
        });
      }
    });

    it('resolveTimeout keeps the default for no value and any positive number up to MAX_TIMEOUT, without a problem', () => {
      expect(resolveTimeout(undefined)).to.deep.equal({ timeout: 15_000 });
      expect(resolveTimeout(null)).to.deep.equal({ timeout: 15_000 });
      expect(resolveTimeout(0.5)).to.deep.equal({ timeout: 0.5 });
      expect(resolveTimeout(5000)).to.deep.equal({ timeout: 5000 });
      expect(resolveTimeout(MAX_TIMEOUT)).to.deep.equal({ timeout: MAX_TIMEOUT });
    });

    const cases: Array<[number, number]> = [
      [NaN, 15_000],
      [-1, 15_000],
      [1e12, 120_000],
      [3_000_000_000, 120_000],
    ];
    for (const [timeout, waited] of cases) {
      it(`a send with timeout ${timeout} gives up after ${waited} ms, not at once`, async () => {
        const { transport } = recordingTransport(() => new Promise<Response>(() => {}));
        let settled: WebviewError | undefined;
        void send(request, { fetch: transport, timeout }).catch((error: WebviewError) => (settled = error));
        await clock.tickAsync(waited - 1);
        expect(settled).to.be.undefined;
        await clock.tickAsync(1);
        expect(settled?.kind).to.equal('timeout');
      });
    }
  });

  describe('a 200 whose body never ends', () => {
    /** A 200 whose body stream never closes; `cancelled` tells whether the client cancelled it. */
    function endless() {
      const state = { cancelled: false };
      const answer = () => new Response(new ReadableStream({ start() {}, cancel: () => void (state.cancelled = true) }), { status: 200 });
      return { answer, state };
    }

    it('times out after the timeout, which covers reading the body, and cancels the body', async () => {
      const { answer, state } = endless();
      const { transport, seen } = recordingTransport(answer);
      let settled: WebviewError | undefined;
      void send(request, { fetch: transport }).catch((error: WebviewError) => (settled = error));
      await clock.tickAsync(14_999);
      expect(settled).to.be.undefined;
      await clock.tickAsync(1);
      expect(settled?.kind).to.equal('timeout');
      expect(state.cancelled).to.be.true;
      await clock.runAllAsync();
      expect(seen).to.have.length(1);
    });

    it('rejects as aborted at once when the signal fires during the body read, and cancels the body', async () => {
      const { answer, state } = endless();
      const controller = new AbortController();
      const { transport } = recordingTransport(answer);
      let settled: WebviewError | undefined;
      void send(request, { fetch: transport, signal: controller.signal }).catch((error: WebviewError) => (settled = error));
      await clock.tickAsync(10);
      expect(settled).to.be.undefined;
      controller.abort();
      await clock.tickAsync(0);
      expect(settled?.kind).to.equal('aborted');
      expect(state.cancelled).to.be.true;
    });

    it('reads a slow body that ends within the timeout in full', async () => {
      // "café" split inside the é: the text must be decoded across chunks.
      const [head, tail] = [bytes('"caf'), bytes('é"')];
      const body = new ReadableStream<Uint8Array>({
        start(stream) {
          stream.enqueue(new Uint8Array([...head, tail[0]]));
          setTimeout(() => {
            stream.enqueue(tail.slice(1));
            stream.close();
          }, 14_000);
        },
      });
      const { result } = await sendWith([new Response(body, { status: 200 })]);
      expect(result).to.deep.equal({ status: 200, response: 'café', attempts: 1 });
    });
  });

  describe('cancellation', () => {
    it('reports aborted when the signal fires during an attempt', async () => {
      const controller = new AbortController();
      const { transport, seen } = recordingTransport(() => new Promise<Response>(() => {}));
      const outcome = send(request, { fetch: transport, signal: controller.signal }).catch((error: WebviewError) => error);
      await clock.tickAsync(10);
      controller.abort();
      expect(((await outcome) as WebviewError).kind).to.equal('aborted');
      expect(seen[0].request.signal.aborted).to.be.true;
    });

    it('reports aborted when the signal fires while waiting to retry, and sends no more', async () => {
      const controller = new AbortController();
      const { transport, seen } = recordingTransport(new Response('', { status: 503 }));
      const outcome = send(request, { fetch: transport, signal: controller.signal }).catch((error: WebviewError) => error);
      await clock.tickAsync(500);
      controller.abort();
      expect(((await outcome) as WebviewError).kind).to.equal('aborted');
      await clock.runAllAsync();
      expect(seen).to.have.length(1);
    });
  });
});
