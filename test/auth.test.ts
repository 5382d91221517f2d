import { expect } from '@open-wc/testing';
import { authToken, sha256hex, signRequest } from '../src/core/sign.js';
import { IDS, IDS_AUTH } from './helpers.js';
import { resultsFromInsecurePage } from './engine.js';

describe('auth', () => {
  it('hashes the vendor example "abcd || xyz" to the documented digest', async () => {
    expect(await sha256hex('abcd || xyz')).to.equal('a0d9cf69fa7c6ddb2f361277d26953dd1e0cf367c238a0079ee02494b3ee3200');
  });

  it('signs conversationId then botId, joined by " || " (checked against sha256sum)', async () => {
    expect(await authToken(IDS.conversationId, IDS.botId)).to.equal(IDS_AUTH);
  });

  it('hashes the UTF-8 bytes of non-ASCII IDs (checked against sha256sum)', async () => {
    expect(await authToken('conv-ü-😀', 'bot')).to.equal('530f85b2bc32ded74ab2f2679e9056b654d685908e3a55c39397db9de1651cc1');
  });

  it('gives a different token when the IDs are swapped', async () => {
    expect(await authToken(IDS.botId, IDS.conversationId)).not.to.equal(IDS_AUTH);
  });

  it("keeps a conversation's token while another conversation is signed: a page of two forms, each sending, computes each token once", async () => {
    const token = authToken(IDS.conversationId, IDS.botId);
    expect(await token).to.equal(IDS_AUTH);
    await authToken('another-conversation', IDS.botId);
    expect(authToken(IDS.conversationId, IDS.botId), 'the same promise, already settled').to.equal(token);
  });

  it('builds a request with the Authorization, the JSON type and the payload as sent', async () => {
    const payload = { ...IDS, message: 'hi' };
    const signed = await signRequest(payload, 'https://va.bc-intg.liveperson.net/thirdparty-services-0.1/webview');
    expect(signed.headers).to.deep.equal({ Authorization: IDS_AUTH, 'Content-Type': 'application/json' });
    expect(JSON.parse(signed.body)).to.deep.equal(payload);
    expect(signed.url).to.equal('https://va.bc-intg.liveperson.net/thirdparty-services-0.1/webview');
  });

  describe('in an insecure context (no crypto.subtle)', () => {
    // A page served over plain http from a name other than localhost has no WebCrypto, as on an
    // intranet host: Chromium and Firefox map forms.test to the test server; WebKit, which cannot
    // map names, uses the machine's own name (test/wtr/origins.mjs).
    it('falls back to @noble/hashes and signs the same', async function () {
      // Loads a page in a frame with its code cold: on a loaded machine that may pass the 5 s the
      // runner allows a test to hang. This is room for the work, not a wait.
      this.timeout(20_000);
      const results = await runInInsecureFrame();
      expect(results.isSecureContext).to.be.false;
      expect(results.hasSubtle).to.be.false;
      expect(results.vendorVector).to.equal('a0d9cf69fa7c6ddb2f361277d26953dd1e0cf367c238a0079ee02494b3ee3200');
      expect(results.token).to.equal(IDS_AUTH);
      expect(results.elementAuthorization).to.equal(IDS_AUTH);
    });
  });
});

interface FrameResults {
  isSecureContext: boolean;
  hasSubtle: boolean;
  vendorVector: string;
  token: string;
  elementAuthorization: string;
}

function runInInsecureFrame(): Promise<FrameResults> {
  return resultsFromInsecurePage<FrameResults>('/test/fixtures/insecure-context.html', 'Insecure context');
}
