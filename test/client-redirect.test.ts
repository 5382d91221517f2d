// The endpoint answers 302/307 to another origin: the client never follows. A followed 302 turns
// the POST into a GET that "succeeds"; a followed 307 re-posts the answers to a host nobody chose.
import { expect } from '@open-wc/testing';
import { send, type SendOptions } from '../src/core/client.js';
import { signRequest, type SignedRequest } from '../src/core/sign.js';
import { WebviewError } from '../src/core/errors.js';
import { IDS, recordingTransport } from './helpers.js';

/** The send's error; a success here is the bug, so it fails the test with what came back. */
async function failureOf(request: SignedRequest, options: SendOptions = {}): Promise<WebviewError> {
  const outcome = await send(request, options).then(
    (result) => result,
    (error: unknown) => error,
  );
  if (!(outcome instanceof WebviewError)) throw new Error(`expected a WebviewError, got ${JSON.stringify(outcome)}`);
  return outcome;
}

function expectRedirectError(error: WebviewError, status?: number) {
  expect(error.kind).to.equal('http');
  expect(error.status).to.equal(status);
  expect(error.message).to.contain('redirected');
  expect(error.message).to.contain('never follows redirects');
  expect(error.message).to.contain('endpoint');
}

describe('when the endpoint answers 302/307 to another origin', () => {
  // No fake clock in this file: the real fetch below must run on real time.
  const elsewhere = 'http://elsewhere.test/thirdparty-services-0.1/webview';

  describe('from a transport that hands back the unfollowed redirect', () => {
    for (const status of [302, 307]) {
      it(`reports a ${status} as an http error that names the redirect, without retrying`, async () => {
        const request = await signRequest({ ...IDS }, 'https://va.bc-intg.liveperson.net/thirdparty-services-0.1/webview');
        const { transport, seen } = recordingTransport(Response.redirect(elsewhere, status));
        expectRedirectError(await failureOf(request, { fetch: transport }), status);
        expect(seen).to.have.length(1);
        expect(seen[0].request.redirect).to.equal('manual');
      });
    }

    it('reports a response that was already redirected (the transport followed) as an http error', async () => {
      const request = await signRequest({ ...IDS }, 'https://va.bc-intg.liveperson.net/thirdparty-services-0.1/webview');
      const followed = new Response('{"ok":true}', { status: 200 });
      Object.defineProperty(followed, 'redirected', { value: true });
      const { transport, seen } = recordingTransport(followed);
      expectRedirectError(await failureOf(request, { fetch: transport }));
      expect(seen).to.have.length(1);
    });
  });

  describe('over real HTTP with the global fetch', () => {
    // The test server's part: its target counts a request that does follow, so a zero below means
    // nothing arrived.
    before(async () => {
      const key = `follow-${crypto.randomUUID()}`;
      const followed = await fetch(`/test-redirect/307/${key}`, { method: 'POST', body: '{}' });
      const count = await fetch(`/test-redirect/count/${key}`, { cache: 'no-store' }).then((response) => response.text());
      if (!followed.redirected || count !== '1') {
        throw new Error(`The test server's redirect target counted ${count} for a followed post (see redirects in test/wtr/origins.mjs).`);
      }
    });

    for (const status of [302, 307]) {
      it(`a ${status} to another origin: the target receives nothing, and the error is http`, async () => {
        const key = `${status}-${crypto.randomUUID()}`;
        const request = await signRequest({ ...IDS }, new URL(`/test-redirect/${status}/${key}`, location.href).href);
        // A real redirect reaches the page as an opaque one: its status is not readable.
        expectRedirectError(await failureOf(request));
        const count = await fetch(`/test-redirect/count/${key}`, { cache: 'no-store' }).then((response) => response.text());
        expect(count).to.equal('0');
      });
    }
  });
});
