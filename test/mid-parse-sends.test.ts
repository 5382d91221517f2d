// What a person does while the page is still arriving, the drop-in (loaded `async`, as the README
// gives it) already run: a send, an Enter in a multi-step form, a Send held from before the drop-in,
// the link's answers and a stored draft. Each must come out as on the page parsed whole: nothing
// incomplete sent, nothing lost, one post. A hostile probe of issue 34's `async` found each of them
// going wrong: the send, the steps and the restore worked on what had been parsed so far.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WebviewForm } from '../src/element/webview-form.js';
import { conversation, expectOnePost, nextFrame } from './upgrade-support.js';
import { streamed, timeForASend, until } from './mid-parse-support.js';
import { describeOnly } from './engine.js';

const form = (doc: Document) => doc.querySelector('webview-form') as WebviewForm;
const stepShown = (doc: Document) => form(doc).shadowRoot!.querySelector('[part="step"]')?.textContent ?? '';

async function typeInto(field: HTMLInputElement, text: string) {
  field.focus();
  await sendKeys({ type: text });
}

// As in defined-mid-parse.test.ts: WebKit at times holds an async module until the page is parsed.
describeOnly(['chromium', 'firefox'], 'WebKit may hold an async module until the page is parsed')(
  'a person acting while the page still arrives',
  () => {
    it('Enter in the first field, a required field and a hidden answer still arriving: nothing is sent until the page is whole, then the required field stops the send', async function () {
      this.timeout(20000);
      const { started, frame, page, doc, rest } = await streamed('mid-parse-required-late.html');
      try {
        await typeInto(doc().querySelector('[name="name"]')!, 'Arthur');
        await sendKeys({ press: 'Enter' });
        await timeForASend(page());
        expect((await conversation(started.conversationId)).webviewVariables, 'sent before the page was whole').to.deep.equal({});
        await rest();
        const email = doc().querySelector('[name="email"]') as HTMLInputElement;
        await until(() => email.getAttribute('aria-invalid') === 'true', 'the missing email shown');
        expect((await conversation(started.conversationId)).webviewVariables, 'sent without the required email').to.deep.equal({});
        email.value = 'a@example.com';
        const sent = new Promise((resolve) => form(doc()).addEventListener('webview-success', resolve, { once: true }));
        (doc().querySelector('webview-form > button') as HTMLButtonElement).click();
        await sent;
        await expectOnePost(started, { name: 'Arthur', email: 'a@example.com', order: 'A-1' });
      } finally {
        frame.remove();
      }
    });

    it('steps: while the second step is on its way the form is not shown (its steps not yet counted); once the page is whole, step one of two, and Enter means Next, not a send of step one alone', async function () {
      this.timeout(20000);
      const { started, frame, page, doc, rest } = await streamed('mid-parse-steps.html');
      try {
        const shown = () => !form(doc()).shadowRoot!.querySelector<HTMLElement>('[part="form"]')!.hidden;
        await until(() => doc().querySelector('[name="name"]'), 'the first step parsed');
        await timeForASend(page());
        expect(shown(), 'the form shown with one step of two counted').to.equal(false);
        await rest();
        await until(shown, 'the form shown once the page is whole');
        expect(stepShown(doc())).to.contain('You');
        await typeInto(doc().querySelector('[name="name"]')!, 'Arthur');
        await sendKeys({ press: 'Enter' });
        await until(() => stepShown(doc()).includes('More'), 'Enter means Next');
        expect((await conversation(started.conversationId)).webviewVariables, 'step one sent alone').to.deep.equal({});
      } finally {
        frame.remove();
      }
    });

    it('a Send pressed before the drop-in ran, the drop-in running while the page still arrives: sent once, whole', async function () {
      this.timeout(20000);
      const { started, frame, page, doc, rest } = await streamed('mid-parse-early.html', {
        ready: (p) => p.document.querySelector('webview-form > button'),
      });
      try {
        (doc().querySelector('[name="name"]') as HTMLInputElement).value = 'Arthur';
        // Held by the early-send script: the element is not defined yet.
        (doc().querySelector('webview-form > button') as HTMLButtonElement).click();
        const script = doc().createElement('script');
        script.type = 'module';
        script.src = '../../dist/webview-form.standalone.js';
        doc().head.append(script);
        await page().customElements.whenDefined('webview-form');
        expect(doc().readyState, 'defined while the page still arrives').to.equal('loading');
        const sent = new Promise((resolve) => form(doc()).addEventListener('webview-success', resolve, { once: true }));
        await timeForASend(page());
        expect((await conversation(started.conversationId)).webviewVariables, 'sent before the page was whole').to.deep.equal({});
        await rest();
        await sent;
        await expectOnePost(started, { name: 'Arthur', order: 'A-1' });
      } finally {
        frame.remove();
      }
    });

    const controls = [
      { name: 'name', index: 0, value: 'Arthur' },
      { name: 'company', index: 0, value: 'Dent Ltd' },
    ];
    for (const [what, options] of [
      ['prefill: a control parsed after the drop-in ran is filled from the link too', { hash: '#name=Arthur&company=Dent%20Ltd' }],
      [
        'a stored draft, a form of authored controls only: a control parsed after the drop-in ran gets its answer back',
        { draft: { controls } },
      ],
    ] as const) {
      it(what, async function () {
        this.timeout(20000);
        const { frame, page, doc, rest } = await streamed('mid-parse-prefill.html', options);
        try {
          await timeForASend(page());
          await rest();
          await form(doc()).updateComplete;
          const value = (name: string) => (doc().querySelector(`[name="${name}"]`) as HTMLInputElement).value;
          expect({ name: value('name'), company: value('company') }).to.deep.equal({ name: 'Arthur', company: 'Dent Ltd' });
        } finally {
          frame.remove();
          localStorage.clear();
        }
      });
    }

    it('a stored draft saved on the second step, that step still arriving: the form comes back on it', async function () {
      this.timeout(20000);
      const draft = { controls: [{ name: 'name', index: 0, value: 'Arthur' }], step: 1 };
      const { frame, page, doc, rest } = await streamed('mid-parse-steps.html', { draft });
      try {
        await timeForASend(page());
        await rest();
        await form(doc()).updateComplete;
        await nextFrame();
        expect(stepShown(doc()), 'the step the draft was saved on').to.contain('More');
      } finally {
        frame.remove();
        localStorage.clear();
      }
    });
  },
);
