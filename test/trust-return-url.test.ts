// Issue 27, row 14: `return-url` is drawn as a link, so what it may lead to is a matter of trust.
// An `intent:` link leads on to its fallback address when no app takes it; `filesystem:` reads
// the device's sandbox the way `blob:` does.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { returnLink } from '../src/core/return-url.js';
import { recordingTransport, useFreshTab } from './helpers.js';

/** Asserts what a refused `return-url` must give: no link ever, a `config` error naming it, nothing sent. */
async function expectRefused(returnUrl: string): Promise<void> {
  const { transport, seen } = recordingTransport();
  const form = await fixture<WebviewForm>(html`
    <webview-form region="us" return-url=${returnUrl} .fetch=${transport}><input name="a" value="1" aria-label="A" /></webview-form>
  `);
  expect(form.shadowRoot!.querySelector('a'), 'not even before the settings are checked').to.equal(null);
  const error = await form.submit().then(
    () => undefined,
    (thrown) => thrown,
  );
  await form.updateComplete;
  expect(error?.kind, returnUrl).to.equal('config');
  expect(error.message).to.contain('return-url');
  expect(seen).to.have.length(0);
  expect(form.shadowRoot!.querySelector('a')).to.equal(null);
}

describe('return-url links that lead somewhere else', () => {
  useFreshTab();

  it('an intent: link whose fallback is javascript: is refused like javascript:', async () => {
    await expectRefused('intent://x#Intent;S.browser_fallback_url=javascript:alert(1);end');
  });

  it("an intent: link's fallback is judged decoded and in any case: every spelling of a script or a local file is refused", () => {
    const base = 'https://example.com/form';
    for (const link of [
      'intent://x#Intent;S.browser_fallback_url=JavaScript:alert(1);end',
      'intent://x#Intent;s.BROWSER_FALLBACK_URL=javascript:alert(1);end',
      'intent://x#Intent;S.browser_fallback_url=%6Aavascript%3Aalert(1);end',
      'intent://x#Intent;S.browser%5Ffallback%5Furl=javascript:alert(1);end',
      'INTENT://x#Intent;package=com.example;S.browser_fallback_url=data%3Atext%2Fhtml%2C%3Cscript%3Ealert(1)%3C%2Fscript%3E;end',
      'intent://x#Intent;S.browser_fallback_url=file:///etc/passwd;end',
      'intent://x#Intent;S.browser_fallback_url=intent://y%23Intent%3BS.browser_fallback_url%3Djavascript%3Aalert(1)%3Bend;end',
      'intent:x#Intent;S.browser_fallback_url=%E0;end',
      'intent://x#Intent;S.browser_fallback_url=https%3A%2F%2Fexample.com;S.browser_fallback_url=javascript:alert(1);end',
    ]) {
      expect(returnLink(link, base), link).to.equal(undefined);
    }
  });

  it('a filesystem: link is refused like blob:', async () => {
    await expectRefused('filesystem:https://example.com/temporary/chat.html');
    expect(returnLink('FileSystem:http://127.0.0.1/persistent/x', 'https://example.com/form')).to.equal(undefined);
  });

  it('links to the handlers that reach past the browser (ms-msdt:, search-ms:, ms-officecmd:, itms-services:) and to jar:, view-source: or livescript: are refused', () => {
    for (const link of [
      'ms-msdt:/id PCWDiagnostic /skip force',
      'search-ms:query=invoice&crumb=location:\\\\attacker\\share',
      'ms-officecmd:{"id":1}',
      'itms-services://?action=download-manifest&url=https://example.com/app.plist',
      'jar:https://example.com/a.jar!/index.html',
      'view-source:https://example.com/',
      'LiveScript:alert(1)',
    ]) {
      expect(returnLink(link, 'https://example.com/form'), link).to.equal(undefined);
    }
  });

  it('an intent: link with a web page as its fallback, or with none, is still the way back', () => {
    const base = 'https://example.com/form';
    for (const link of [
      'intent://send?phone=15551234567#Intent;scheme=whatsapp;package=com.whatsapp;S.browser_fallback_url=https%3A%2F%2Fwa.me%2F15551234567;end',
      'intent://chat#Intent;scheme=example;S.browser_fallback_url=http://example.com/chat;end',
      'intent://chat#Intent;scheme=example;package=com.example;end',
    ]) {
      expect(returnLink(link, base), link).to.equal(new URL(link).href);
    }
  });
});
