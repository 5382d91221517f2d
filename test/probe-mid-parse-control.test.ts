// Controls for probe-mid-parse.test.ts: the same fixtures served whole (not in pieces), the page
// parsed before anything happens, to show the behaviour the mid-parse probes expect.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WebviewForm } from '../src/element/webview-form.js';
import { draftKey } from '../src/delivery/draft.js';
import { conversation, link, nextFrame, startConversation, type Page } from './upgrade-support.js';
import { describeOnly } from './engine.js';

async function until(done: () => unknown, what: string) {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > 8000) throw new Error(`never: ${what}`);
    await nextFrame();
  }
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function whole(fixture: string, { hash = '', draft }: { hash?: string; draft?: object } = {}) {
  const started = await startConversation();
  const path = `/test/fixtures/${fixture}`;
  if (draft) localStorage.setItem(draftKey(`${path}#0`, started.conversationId), JSON.stringify({ ...draft, savedAt: Date.now() }));
  const frame = document.createElement('iframe');
  frame.src = `${path}?${link(started)}${hash}`;
  document.body.append(frame);
  const page = () => frame.contentWindow as Page;
  await until(() => page().location.pathname.endsWith('.html') && page().document.readyState !== 'loading' && page().customElements.get('webview-form'), 'parsed and defined');
  const form = page().document.querySelector('webview-form') as WebviewForm;
  await form.updateComplete;
  return { started, frame, doc: () => page().document, form };
}

describeOnly(['chromium', 'firefox'], 'as probe-mid-parse')('control: the probe fixtures parsed whole', () => {
  afterEach(() => localStorage.clear());
  it('Enter in name, email required and empty: nothing posted', async function () {
    this.timeout(20000);
    const { started, frame, doc, form } = await whole('probe-required-late.html');
    const name = doc().querySelector('[name="name"]') as HTMLInputElement;
    name.focus();
    await sendKeys({ type: 'Arthur' });
    await sendKeys({ press: 'Enter' });
    await sleep(2500);
    expect((await conversation(started.conversationId)).webviewVariables).to.deep.equal({});
    expect(form.state).to.equal('invalid');
    frame.remove();
  });
  it('prefill fills company', async function () {
    this.timeout(20000);
    const { frame, doc } = await whole('probe-prefill.html', { hash: '#name=Arthur&company=Dent%20Ltd' });
    await sleep(800);
    expect((doc().querySelector('[name="company"]') as HTMLInputElement).value).to.equal('Dent Ltd');
    frame.remove();
  });
  it('draft fills company (authored only)', async function () {
    this.timeout(20000);
    const { frame, doc } = await whole('probe-prefill.html', { draft: { controls: [{ name: 'company', index: 0, value: 'Dent Ltd' }] } });
    await sleep(800);
    expect((doc().querySelector('[name="company"]') as HTMLInputElement).value).to.equal('Dent Ltd');
    frame.remove();
  });
  it('draft on step 2 comes back on step 2', async function () {
    this.timeout(20000);
    const { frame, form } = await whole('probe-steps.html', { draft: { controls: [{ name: 'name', index: 0, value: 'Arthur' }], step: 1 } });
    await sleep(500);
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('[part="step"]')!.textContent).to.contain('More');
    frame.remove();
  });
});
