// Probes: the drop-in (async) defined while the page is still arriving, in more shapes than
// defined-mid-parse.test.ts covers: steps, conditions, a person pressing Enter early, prefill,
// a Send pressed before the drop-in ran, and an authored control replacing a declared one.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WebviewForm } from '../src/element/webview-form.js';
import { conversation, expectOnePost, link, nextFrame, startConversation, type Page } from './upgrade-support.js';
import { describeOnly } from './engine.js';
import { draftKey } from '../src/delivery/draft.js';

async function until(done: () => unknown, what: string) {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > 8000) throw new Error(`never: ${what}`);
    await nextFrame();
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens `fixture` from under a /streamed/ prefix; resolves once `ready` holds (by default: the drop-in ran and the form is parsed). */
async function streamed(
  fixture: string,
  { hash = '', ready, draft }: { hash?: string; ready?: (page: Page) => unknown; draft?: { controls: Array<{ name: string; index: number; value: string }>; step?: number } } = {},
) {
  const started = await startConversation();
  const prefix = `/streamed/${crypto.randomUUID()}`;
  const path = `${prefix}/test/fixtures/${fixture}`;
  if (draft) localStorage.setItem(draftKey(`${path}#0`, started.conversationId), JSON.stringify({ ...draft, savedAt: Date.now() }));
  const frame = document.createElement('iframe');
  frame.title = 'A page still arriving';
  frame.src = `${path}?${link(started)}${hash}`;
  document.body.append(frame);
  const page = () => frame.contentWindow as Page;
  await until(
    () =>
      page().location.pathname.endsWith('.html') &&
      (ready ? ready(page()) : page().customElements.get('webview-form') && page().document.querySelector('webview-form')),
    'the page ready',
  );
  expect(page().document.readyState, 'the page still arriving').to.equal('loading');
  return { started, frame, page, doc: () => page().document, more: () => fetch(`${prefix}/next`, { method: 'POST' }) };
}

/** What reached the bot after a send had time to go (the delivery loaded, a few round trips): the variables. */
async function afterAWhile(form: Element, started: { conversationId: string }) {
  const sent = new Promise((resolve) => form.addEventListener('webview-success', () => resolve('sent'), { once: true }));
  const outcome = await Promise.race([sent, sleep(2500).then(() => 'nothing')]);
  return { outcome, variables: (await conversation(started.conversationId)).webviewVariables };
}

async function type(field: HTMLInputElement, text: string) {
  field.focus();
  await sendKeys({ type: text });
}

describeOnly(['chromium', 'firefox'], 'WebKit may hold an async module until the page is parsed')('probe: the drop-in defined mid-parse', () => {
  it('steps: Enter in the first step while the second is on its way is Next, not a send of step one alone', async function () {
    this.timeout(30000);
    const { started, frame, doc, more } = await streamed('probe-steps.html');
    try {
      const form = doc().querySelector('webview-form') as WebviewForm;
      await form.updateComplete;
      const name = doc().querySelector('[name="name"]') as HTMLInputElement;
      await type(name, 'Arthur');
      await sendKeys({ press: 'Enter' });
      const early = await afterAWhile(form, started);
      // The rest of the page comes, whatever happened.
      await more();
      await more();
      await until(() => doc().readyState !== 'loading', 'the page complete');
      await form.updateComplete;
      const head = form.shadowRoot!.querySelector('[part="step"]')?.textContent ?? '';
      console.log(`[probe steps] early: ${JSON.stringify(early)}; heading now: ${head.replace(/\s+/g, ' ')}`);
      expect(early.variables, 'step one posted alone, step two (required email) still arriving').to.deep.equal({});
    } finally {
      frame.remove();
    }
  });

  it('steps: once the whole page is there, the indicator counts two steps and Next/Send work as on a parsed page', async function () {
    this.timeout(30000);
    const { started, frame, doc, more } = await streamed('probe-steps.html');
    try {
      const form = doc().querySelector('webview-form') as WebviewForm;
      await form.updateComplete;
      const early = form.shadowRoot!.querySelector('[part="step"]')?.textContent?.replace(/\s+/g, ' ');
      await more();
      await more();
      await until(() => doc().readyState !== 'loading', 'the page complete');
      await form.updateComplete;
      const progress = form.shadowRoot!.querySelector('[part="progress"]')?.textContent?.replace(/\s+/g, ' ');
      console.log(`[probe steps2] heading before rest: ${early}; progress after: ${progress}`);
      expect(progress, 'the step indicator').to.contain('2');
      const button = doc().querySelector('webview-form > button') as HTMLButtonElement;
      expect(button.hidden, "the page's Send hidden before the last step").to.equal(true);
      const name = doc().querySelector('[name="name"]') as HTMLInputElement;
      await type(name, 'Arthur');
      await sendKeys({ press: 'Enter' });
      await until(() => form.shadowRoot!.querySelector('[part="step"]')?.textContent?.includes('More'), 'Enter means Next');
      (doc().querySelector('[name="email"]') as HTMLInputElement).value = 'a@example.com';
      const sent = new Promise((resolve) => form.addEventListener('webview-success', resolve, { once: true }));
      button.click();
      await sent;
      await expectOnePost(started, { name: 'Arthur', email: 'a@example.com' });
    } finally {
      frame.remove();
    }
  });

  it('conditions: a field whose condition is false, arriving in pieces, is not sent', async function () {
    this.timeout(30000);
    const { started, frame, doc, more } = await streamed('probe-when.html');
    try {
      const form = doc().querySelector('webview-form') as WebviewForm;
      await form.updateComplete;
      await more();
      await until(() => doc().querySelector('[data-when]'), 'the conditional item arrived (empty)');
      await form.updateComplete;
      await sleep(300);
      await more();
      await until(() => doc().readyState !== 'loading', 'the page complete');
      await form.updateComplete;
      const phone = doc().querySelector('[name="phone"]') as HTMLInputElement;
      console.log(`[probe when] phone disabled=${phone.disabled} item hidden=${(doc().querySelector('[data-when]') as HTMLElement).hidden}`);
      const sent = new Promise((resolve) => form.addEventListener('webview-success', resolve, { once: true }));
      (doc().querySelector('webview-form > button') as HTMLButtonElement).click();
      await sent;
      await expectOnePost(started, { contact: 'email' });
    } finally {
      frame.remove();
    }
  });

  it('Enter in an early field while a required field is still arriving: nothing incomplete is posted', async function () {
    this.timeout(30000);
    const { started, frame, doc, more } = await streamed('probe-required-late.html');
    try {
      const form = doc().querySelector('webview-form') as WebviewForm;
      await form.updateComplete;
      const name = doc().querySelector('[name="name"]') as HTMLInputElement;
      await type(name, 'Arthur');
      await sendKeys({ press: 'Enter' });
      const early = await afterAWhile(form, started);
      await more();
      await more();
      await until(() => doc().readyState !== 'loading', 'the page complete');
      await form.updateComplete;
      const email = doc().querySelector('[name="email"]') as HTMLInputElement;
      console.log(`[probe required] early: ${JSON.stringify(early)}; state ${form.state}; email invalid=${email.getAttribute('aria-invalid')}`);
      expect(early.variables, 'posted before the required email (and the hidden order) arrived').to.deep.equal({});
    } finally {
      frame.remove();
    }
  });

  it('prefill: a control parsed after the drop-in ran is filled from the link too', async function () {
    this.timeout(30000);
    const { frame, doc, more } = await streamed('probe-prefill.html', { hash: '#name=Arthur&company=Dent%20Ltd' });
    try {
      const form = doc().querySelector('webview-form') as WebviewForm;
      const value = (name: string) => (doc().querySelector(`[name="${name}"]`) as HTMLInputElement | null)?.value;
      await until(() => value('name') === 'Arthur', 'the early control prefilled');
      await more();
      await more();
      await until(() => doc().readyState !== 'loading', 'the page complete');
      await form.updateComplete;
      await sleep(500);
      expect({ name: value('name'), company: value('company') }).to.deep.equal({ name: 'Arthur', company: 'Dent Ltd' });
    } finally {
      frame.remove();
    }
  });

  it('a Send pressed before the drop-in ran, the page still arriving: sent once, whole', async function () {
    this.timeout(30000);
    const { started, frame, page, doc, more } = await streamed('probe-early.html', {
      ready: (p) => p.document.querySelector('webview-form > button'),
    });
    try {
      const name = doc().querySelector('[name="name"]') as HTMLInputElement;
      name.value = 'Arthur';
      (doc().querySelector('webview-form > button') as HTMLButtonElement).click();
      const form = doc().querySelector('webview-form')!;
      expect(form.hasAttribute('data-send-held'), 'the press held').to.equal(true);
      const script = doc().createElement('script');
      script.type = 'module';
      script.src = '../../dist/webview-form.standalone.js';
      doc().head.append(script);
      await page().customElements.whenDefined('webview-form');
      expect(doc().readyState, 'defined while the page is still arriving').to.equal('loading');
      const early = await afterAWhile(form, started);
      const sent = early.outcome === 'sent' ? Promise.resolve() : new Promise((resolve) => form.addEventListener('webview-success', resolve, { once: true }));
      await more();
      await more();
      await until(() => doc().readyState !== 'loading', 'the page complete');
      await Promise.race([sent, sleep(4000)]);
      console.log(`[probe early] early: ${JSON.stringify(early)}; final: ${JSON.stringify((await conversation(started.conversationId)).webviewVariables)}`);
      await expectOnePost(started, { name: 'Arthur', order: 'A-1' });
    } finally {
      frame.remove();
    }
  });

  it('declared fields, an authored control of the same name arriving later: what was typed in the declared one is not lost, one control, one post', async function () {
    this.timeout(30000);
    const { started, frame, doc, more } = await streamed('probe-replace.html');
    try {
      const form = doc().querySelector('webview-form') as WebviewForm;
      await form.updateComplete;
      const declared = doc().querySelector('[name="email"]') as HTMLInputElement;
      expect(declared, 'the declared email drawn').to.not.equal(null);
      (doc().querySelector('[name="name"]') as HTMLInputElement).value = 'Arthur';
      await type(declared, 'typed@example.com');
      await more();
      await more();
      await until(() => doc().readyState !== 'loading', 'the page complete');
      await form.updateComplete;
      const emails = Array.from(doc().querySelectorAll<HTMLInputElement>('[name="email"]'));
      console.log(`[probe replace] emails: ${JSON.stringify(emails.map((e) => [e.value, e.isConnected, e.closest('.webview-form-fields') !== null]))}`);
      expect(emails, 'one email control').to.have.length(1);
      const sent = new Promise((resolve) => form.addEventListener('webview-success', resolve, { once: true }));
      (doc().querySelector('webview-form > button') as HTMLButtonElement).click();
      await Promise.race([sent, sleep(4000)]);
      console.log(`[probe replace] posted: ${JSON.stringify((await conversation(started.conversationId)).webviewVariables)}`);
      expect(emails[0]!.value, 'what the person typed').to.equal('typed@example.com');
    } finally {
      frame.remove();
    }
  });
  it('a stored draft, an authored-only form (no fields attribute): a control parsed after the drop-in ran gets its answer back', async function () {
    this.timeout(30000);
    const draft = { controls: [{ name: 'name', index: 0, value: 'Arthur' }, { name: 'company', index: 0, value: 'Dent Ltd' }] };
    const { frame, doc, more } = await streamed('probe-prefill.html', { draft });
    try {
      const form = doc().querySelector('webview-form') as WebviewForm;
      const value = (name: string) => (doc().querySelector(`[name="${name}"]`) as HTMLInputElement | null)?.value;
      await until(() => value('name') === 'Arthur', 'the draft restored into the early control');
      await more();
      await more();
      await until(() => doc().readyState !== 'loading', 'the page complete');
      await form.updateComplete;
      await sleep(500);
      expect({ name: value('name'), company: value('company') }).to.deep.equal({ name: 'Arthur', company: 'Dent Ltd' });
    } finally {
      frame.remove();
      localStorage.clear();
    }
  });

  it('a stored draft on the second step, that step still arriving: the form comes back on it', async function () {
    this.timeout(30000);
    const draft = { controls: [{ name: 'name', index: 0, value: 'Arthur' }], step: 1 };
    const { frame, doc, more } = await streamed('probe-steps.html', { draft });
    try {
      const form = doc().querySelector('webview-form') as WebviewForm;
      await until(() => (doc().querySelector('[name="name"]') as HTMLInputElement).value === 'Arthur', 'the draft restored');
      await form.updateComplete;
      await more();
      await more();
      await until(() => doc().readyState !== 'loading', 'the page complete');
      await form.updateComplete;
      const head = form.shadowRoot!.querySelector('[part="step"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
      console.log(`[probe draft-step] heading: ${head}`);
      expect(head, 'back on the step the draft was saved on').to.contain('More');
    } finally {
      frame.remove();
      localStorage.clear();
    }
  });
});
