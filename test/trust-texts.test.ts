// Issue 27, row 12: an author's `messages` are texts, not code. A placeholder is one of the values
// the form fills in, never something every object inherits; a text the form cannot read gives way
// to the built-in one, and the author is told which message it was.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { DEFAULT_MESSAGES } from '../src/delivery/messages.js';
import { LANGUAGES, loadTable } from '../src/i18n/languages.js';
import { format } from '../src/delivery/plural.js';
import sinon from 'sinon';
import { setPageUrl, useFreshTab } from './helpers.js';

/** The error text tied to a control, the last of its aria-describedby (after a hint). */
const errorTextOf = (control: Element) =>
  document.getElementById(control.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent!.trim();

/** The error summary's line under its heading. */
const summaryLine = (form: WebviewForm) => form.shadowRoot!.querySelector('[part="error"] h2 + p')!.textContent!.trim();

const sendText = (form: WebviewForm) => form.shadowRoot!.querySelector('[part="submit"]')!.textContent!.trim();

/** Two required fields, so that a send shows the error summary with a count. */
const TWO_REQUIRED = [
  { name: 'first', label: 'First', required: true },
  { name: 'second', label: 'Second', required: true },
];

/** Watches console.warn for the whole test; `about(name)` is what was said of `messages.name`. */
function watchWarnings() {
  const waiting: Array<{ match: string; resolve: (text: string) => void }> = [];
  const warn = sinon.stub(console, 'warn').callsFake((...args: unknown[]) => {
    const text = args.map(String).join(' ');
    for (const wait of waiting.filter(({ match }) => text.includes(match))) wait.resolve(text);
  });
  const said = () => warn.getCalls().map((call) => call.args.map(String).join(' '));
  return {
    /** Resolves with the first warning that contains `match`, said already or to come. */
    until: (match: string) =>
      new Promise<string>((resolve) =>
        said().some((text) => text.includes(match))
          ? resolve(said().find((text) => text.includes(match))!)
          : waiting.push({ match, resolve }),
      ),
    about: (name: string) => said().filter((text) => text.includes(`messages.${name} `)),
    all: said,
    restore: () => warn.restore(),
  };
}

/** Sends once (the answers are wrong, so nothing leaves) and waits for the errors to be drawn. */
async function sendAndSeeErrors(form: WebviewForm): Promise<void> {
  await form.submit().catch(() => undefined);
  await form.updateComplete;
}

describe('placeholders in messages', () => {
  useFreshTab();

  it('a {constructor} placeholder in messages is shown as written, not as a function', async () => {
    const form = await fixture<WebviewForm>(
      html`<webview-form
        region="us"
        .fields=${[{ name: 'a', label: 'Name', required: true }]}
        .messages=${{ valueMissing: 'Enter {label} ({constructor}).' }}
      ></webview-form>`,
    );
    await sendAndSeeErrors(form);
    expect(errorTextOf(form.querySelector('input')!)).to.equal('Enter name ({constructor}).');
  });

  it('{toString} and {__proto__} placeholders in a first-render text are shown as written, not as [object Object]', async () => {
    // A link without IDs: its text is drawn by the first render, before the delivery chunk.
    const restore = setPageUrl('');
    try {
      const form = await fixture<WebviewForm>(
        html`<webview-form
          region="us"
          .messages=${{ linkIncomplete: 'Open the form again from the chat {toString} {__proto__} {valueOf}.' }}
          ><input name="a" aria-label="A"
        /></webview-form>`,
      );
      const alert = form.shadowRoot!.querySelector('[part="error"]')!;
      expect(alert.textContent!.trim()).to.equal('Open the form again from the chat {toString} {__proto__} {valueOf}.');
    } finally {
      restore();
    }
  });

  it('a {hasOwnProperty} placeholder inside a plural branch is shown as written', async () => {
    const form = await fixture<WebviewForm>(
      html`<webview-form
        region="us"
        .fields=${TWO_REQUIRED}
        .messages=${{ summary: '{count, plural, one {# problem} other {# problems {hasOwnProperty}}}' }}
      ></webview-form>`,
    );
    await sendAndSeeErrors(form);
    expect(summaryLine(form)).to.equal('2 problems {hasOwnProperty}');
  });
});

describe('malformed texts in messages', () => {
  useFreshTab();
  let warnings: ReturnType<typeof watchWarnings>;
  beforeEach(() => (warnings = watchWarnings()));
  afterEach(() => warnings.restore());

  it('a malformed plural in messages is a console warning naming the message, and the built-in text is shown', async () => {
    const form = await fixture<WebviewForm>(
      html`<webview-form region="us" .fields=${TWO_REQUIRED} .messages=${{ summary: '{count, plural, one {# x} other' }}></webview-form>`,
    );
    await sendAndSeeErrors(form);
    expect(summaryLine(form)).to.equal(format(DEFAULT_MESSAGES.summary, { count: 2 }));
    expect(warnings.about('summary')).to.have.length(1);
    expect(warnings.about('summary')[0]).to.contain('{count, plural, one {# x} other');
  });

  it('a plural without an other branch, or with a bare word between branches, is a warning and the built-in text', async () => {
    const expected = format(DEFAULT_MESSAGES.summary, { count: 2 });
    for (const summary of [
      '{count, plural, one {# problem}}: fix it.',
      '{count, plural, one {# problem} other # problems}: fix them.',
      '{count, plural, one {# problem} other {# problems}',
    ]) {
      const form = await fixture<WebviewForm>(
        html`<webview-form region="us" .fields=${TWO_REQUIRED} .messages=${{ summary }}></webview-form>`,
      );
      await sendAndSeeErrors(form);
      expect(summaryLine(form), summary).to.equal(expected);
      expect(
        warnings.about('summary').filter((text) => text.includes(summary)),
        summary,
      ).to.have.length(1);
    }
  });

  it('a stray brace in the Send button text is never drawn, and is a warning once the form has loaded its rules', async () => {
    // Required and empty, as sendAndSeeErrors needs: the send is refused before anything leaves
    // (not required, it posted to the real US host).
    const form = await fixture<WebviewForm>(
      html`<webview-form region="us" .messages=${{ send: 'Send {now' }}><input name="a" aria-label="A" required /></webview-form>`,
    );
    expect(sendText(form), 'the first render').to.equal('Send');
    await sendAndSeeErrors(form);
    expect(sendText(form), 'after a send').to.equal('Send');
    expect(warnings.about('send')).to.have.length(1);
  });

  it('a name in messages that every object inherits, like constructor, is warned about as unknown', async () => {
    const form = await fixture<WebviewForm>(
      html`<webview-form region="us" .messages=${{ constructor: 'Go', toString: 'Go' }}><input name="a" aria-label="A" /></webview-form>`,
    );
    // The settings are checked when the page is first idle; the warning may come after the send.
    expect(await warnings.until('messages has no text named')).to.contain('"constructor", "toString"');
    expect(sendText(form)).to.equal('Send');
  });

  it('a plural with one-word branches like {none} or {Fehler} is taken as written, and its branch is chosen', async () => {
    const tooShort = 'At least {minLength, plural, =0 {none} one {{minLength} character} other {# characters}}.';
    for (const [summary, expected] of [
      ['{count, plural, =0 {none} one {# problem} other {# problems}}', '2 problems'],
      ['{count, plural, one {Fehler} other {Fehler}}', 'Fehler'],
      ['{count, plural, =2 {both} other {# problems}}: fix {count, plural, one {it} other {them}}.', 'both: fix them.'],
    ]) {
      const form = await fixture<WebviewForm>(
        html`<webview-form region="us" .fields=${TWO_REQUIRED} .messages=${{ summary, tooShort }}></webview-form>`,
      );
      await sendAndSeeErrors(form);
      expect(summaryLine(form), summary).to.equal(expected);
    }
    expect(format(tooShort, { minLength: 0 })).to.equal('At least none.');
    expect(warnings.all().filter((text) => text.includes('messages.'))).to.deep.equal([]);
  });

  it('a plural on a name the message is not given is a console warning naming the message, and the built-in text is shown', async () => {
    const form = await fixture<WebviewForm>(
      html`<webview-form
        region="us"
        .fields=${TWO_REQUIRED}
        .messages=${{ summary: '{n, plural, one {# problem} other {# problems}}', send: '{count, plural, one {Send it} other {Send them}}' }}
      ></webview-form>`,
    );
    await sendAndSeeErrors(form);
    expect(summaryLine(form)).to.equal(format(DEFAULT_MESSAGES.summary, { count: 2 }));
    expect(sendText(form)).to.equal('Send');
    expect(warnings.about('summary')).to.have.length(1);
    expect(warnings.about('summary')[0]).to.contain('{n}');
    expect(warnings.about('send')).to.have.length(1);
    // A name the text is given, but not a number: a plural could never count it.
    const named = await fixture<WebviewForm>(
      html`<webview-form
        region="us"
        .fields=${TWO_REQUIRED}
        .messages=${{ valueMissing: 'Enter {label, plural, one {it} other {them}}.' }}
      ></webview-form>`,
    );
    await sendAndSeeErrors(named);
    expect(errorTextOf(named.querySelector('input')!)).to.equal('Enter first.');
    expect(warnings.about('valueMissing')).to.have.length(1);
  });

  it('well-formed texts, in every built-in language, are taken as written and draw no warning', async () => {
    const form = await fixture<WebviewForm>(html`<webview-form region="us" .fields=${TWO_REQUIRED}></webview-form>`);
    for (const language of LANGUAGES.filter((tag) => tag !== 'en')) {
      const table = await loadTable(language);
      form.messages = table;
      await sendAndSeeErrors(form);
      // An English form with every text of `language`: its numbers follow English plural rules.
      expect(summaryLine(form), language).to.equal(format(table.summary, { count: 2 }));
      expect(sendText(form), language).to.equal(table.send);
    }
    expect(warnings.all().filter((text) => text.includes('messages.'))).to.deep.equal([]);
  });
});
