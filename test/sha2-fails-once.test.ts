// Regression: on a plain-http page the signature needs the @noble/hashes fallback, a lazy chunk.
// When it failed to load, that used to be a `config` error ("failed unexpectedly") that the page
// kept for good, and an unhandled rejection when the idle-time prefetch met it; it must be a
// `network` error like every other chunk's, and the next digest must load the chunk again.
import { expect } from '@open-wc/testing';
import { IDS, IDS_AUTH, VENDOR_LINK } from './helpers.js';

interface Outcome {
  status?: number;
  kind?: string;
  message?: string;
}

interface FrameResults {
  isSecureContext: boolean;
  hasSubtle: boolean;
  first: Outcome;
  afterFirst: { state: string; name: string; shown: string; sent: number };
  second?: Outcome;
  state: string;
  sent: number;
  authorization?: string | null;
  body?: { conversationId: string; botId: string; contextVariables?: Array<{ name: string; value: string }> };
  unhandled: string[];
}

/** Runs test/fixtures/insecure-sha2-fails-once.html from forms.test, under a key of its own. */
function runInInsecureFrame(first: 'submit' | 'prefetch'): Promise<FrameResults> {
  const frame = document.createElement('iframe');
  frame.title = 'Insecure page';
  frame.src = `http://forms.test:${location.port}/sha2-fails-once/${crypto.randomUUID()}/test/fixtures/insecure-sha2-fails-once.html${VENDOR_LINK}&first=${first}`;
  return new Promise<FrameResults>((resolve, reject) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== frame.contentWindow) return;
      window.removeEventListener('message', onMessage);
      frame.remove();
      if (event.data?.error) reject(new Error(event.data.error));
      else resolve(event.data as FrameResults);
    };
    window.addEventListener('message', onMessage);
    document.body.append(frame);
  });
}

/** What a successful send of the fixture's form looks like from the transport. */
function expectSignedAndSent(results: FrameResults) {
  expect(results.state).to.equal('success');
  expect(results.sent).to.equal(1);
  expect(results.authorization).to.equal(IDS_AUTH);
  expect(results.body).to.include({ conversationId: IDS.conversationId, botId: IDS.botId });
  expect(results.body!.contextVariables).to.deep.equal([{ name: 'name', value: 'Arthur' }]);
}

describe('the sha2 fallback chunk fails once on a plain-http page', () => {
  it('a submit reports it as a network error and keeps the answers; the next submit loads the chunk again, signs and sends', async () => {
    const results = await runInInsecureFrame('submit');
    expect(results.isSecureContext).to.be.false;
    expect(results.hasSubtle).to.be.false;

    expect(results.first.kind).to.equal('network');
    expect(results.afterFirst).to.deep.equal({
      state: 'error',
      name: 'Arthur',
      shown: 'Part of the form could not be loaded. Check your connection, then try again.',
      sent: 0,
    });

    expect(results.second).to.deep.equal({ status: 200 });
    expectSignedAndSent(results);
    expect(results.unhandled).to.deep.equal([]);
  });

  it('when the idle-time prefetch meets it, nothing is left unhandled and the submit computes the digest again', async () => {
    const results = await runInInsecureFrame('prefetch');
    expect(results.hasSubtle).to.be.false;
    expect(results.unhandled).to.deep.equal([]);
    expect(results.first).to.deep.equal({ status: 200 });
    expectSignedAndSent(results);
  });
});
