// Regression: on a plain-http page the signature needs the sha256 fallback, the built drop-in's
// lazy chunk dist/webview-form.sha2.js. When it failed to load, that used to be a `config` error
// ("failed unexpectedly") that the page kept for good, and an unhandled rejection when the
// idle-time prefetch met it; it must be a `network` error like every other chunk's, and the next
// digest must load the chunk again. Some engines (Firefox ESR 153) remember a failed module fetch
// for the page's life, so asking for the same URL again is not enough: the drop-in asks for the
// chunk's URL with ?retry=N (retryChunk in src/core/load-once.ts), which is why this runs the
// build, not the source.
import { expect } from '@open-wc/testing';
import type { ConversationSnapshot } from '../src/mock/chat-api.js';
import { resultsFromInsecurePage } from './engine.js';

interface Outcome {
  status?: number;
  kind?: string;
  message?: string;
}

interface FrameResults {
  isSecureContext: boolean;
  hasSubtle: boolean;
  /** How the page's own import of the chunk ended, made to learn when the prefetch's had failed. */
  probe?: 'loaded' | 'failed';
  first: Outcome;
  afterFirst: { state: string; name: string; shown: string; sent: number };
  second?: Outcome;
  state: string;
  /** The Authorization header of each post, in order. */
  authorizations: Array<string | null>;
  unhandled: string[];
}

const startConversation = async (): Promise<ConversationSnapshot> => (await fetch('/mock/conversations', { method: 'POST' })).json();
const conversation = async (id: string): Promise<ConversationSnapshot> => (await fetch(`/mock/conversations/${id}`)).json();

/** sha256 of `conversationId || botId`, computed here, where WebCrypto exists. */
async function expectedAuthorization({ conversationId, botId }: ConversationSnapshot): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${conversationId} || ${botId}`));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Runs test/fixtures/drop-in-sha2-fails-once.html over plain http, under a key of its own, for the
 * conversation `started`.
 */
async function runInInsecureFrame(started: ConversationSnapshot, first: 'submit' | 'prefetch'): Promise<FrameResults> {
  const link = `?userId=${started.userId}&convId=${started.conversationId}&botId=${started.botId}&first=${first}`;
  return resultsFromInsecurePage<FrameResults>(
    `/sha2-fails-once/${crypto.randomUUID()}/test/fixtures/drop-in-sha2-fails-once.html${link}`,
    'Insecure page',
  );
}

/** One post went out, signed as the API expects, and reached the bot with the answer. */
async function expectSignedAndSent(started: ConversationSnapshot, results: FrameResults) {
  expect(results.state).to.equal('success');
  expect(results.authorizations).to.deep.equal([await expectedAuthorization(started)]);
  const after = await conversation(started.conversationId);
  expect(after.transcript.filter((entry) => entry.via === 'webview')).to.have.length(1);
  expect(after.webviewVariables).to.deep.equal({ name: 'Arthur' });
}

describe('the sha2 fallback chunk fails once on a plain-http page', () => {
  it('a submit reports it as a network error and keeps the answers; the next submit loads the chunk again, signs and sends', async () => {
    const started = await startConversation();
    const results = await runInInsecureFrame(started, 'submit');
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
    await expectSignedAndSent(started, results);
    expect(results.unhandled).to.deep.equal([]);
  });

  it('when the idle-time prefetch meets it, nothing is left unhandled and the submit computes the digest again', async () => {
    const started = await startConversation();
    const results = await runInInsecureFrame(started, 'prefetch');
    expect(results.isSecureContext).to.be.false;
    expect(results.hasSubtle).to.be.false;
    // It joined the prefetch's request and failed with it: it did not load the chunk for the element.
    expect(results.probe).to.equal('failed');
    expect(results.unhandled).to.deep.equal([]);
    expect(results.first).to.deep.equal({ status: 200 });
    await expectSignedAndSent(started, results);
  });
});
