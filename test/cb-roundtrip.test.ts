// The designer's bot export run by the mock (issue 33): the chat asks for the form, the exported
// bot's card carries the link, the link opens the designed page, whose form posts its answers, and
// the exported answers dialog reads them into bot variables and quotes them back. In a browser, so
// the bot's code runs in the mock's Worker sandbox, in each engine.
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { resolveIds } from '../src/core/ids.js';
import { createMockBackend } from '../src/mock/backend.js';
import type { Conversation } from '../src/mock/bot.js';
import { loadBotExport } from '../src/mock/export/load.js';
import { exportBot } from '../src/designer/bot-export.js';
import { literalPattern } from '../src/designer/cb-pattern.js';
import { sampleValues } from '../src/designer/curl.js';
import { DEFAULT_OFFER_PATTERNS, messageProblem, variableNames, type Design } from '../src/designer/design.js';
import { pageHtml } from '../src/designer/page.js';
import { fieldNamed, patternMatches } from './cb-export-support.js';
import { setPageUrl } from './helpers.js';

const from = (conversation: Conversation, who: 'bot' | 'debug') => conversation.transcript.filter((entry) => entry.from === who);

/** A message the page posts and a dialog starter can match: not one of operators alone. */
const message = fc
  .oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom('lead submitted', 'quote (home) sent', 'a|b', 'done *'))
  .filter((text) => !messageProblem(text) && literalPattern(text) !== undefined);

/** Offer patterns, and what a person types that one of them matches. */
const offer = fc.oneof(
  fc.constantFrom({ patterns: undefined, say: 'Open the Form' }, { patterns: ['quote', '*(estimate|price)*'], say: 'What PRICE?' }),
  fc.stringMatching(/^[a-z]{2,8}( [a-z]{2,8})?$/).map((words) => ({ patterns: [words], say: ` ${words.toUpperCase()} ` })),
);

/**
 * Designs the export takes whose link the bot sends: a page address and a bot ID, any fields the
 * form draws (a memorable date and a scale too), any title and language, a region (the mock answers
 * at its path whatever the host). No link variables: the bot's link carries only the IDs.
 */
const designs = fc
  .record({
    fields: fc
      .uniqueArray(
        // The element trims a control's name (dom/controls.ts) and the bot code reads it as written: a
        // name with spaces at an end never reaches the bot under its name, a designer problem of its own.
        fc.string({ minLength: 1, maxLength: 12 }).filter((name) => name.trim() === name && name !== ''),
        { minLength: 1, maxLength: 5 },
      )
      .chain((names) =>
        fc.tuple(
          ...names.map((name) =>
            fieldNamed(name, ['text', 'email', 'select', 'radio', 'checkbox', 'hidden', 'tel', 'rating', 'otp', 'date', 'scale']),
          ),
        ),
      ),
    message,
    title: fc.string({ maxLength: 30 }),
    offer,
    pageUrl: fc.constantFrom('https://forms.example/quote.html', 'https://example.com/a/?utm=chat'),
    botId: fc.uuid(),
    lang: fc.constantFrom('en', 'fr', 'ar'),
    region: fc.constantFrom('us', 'uk', 'gcp'),
  })
  // A message that an offer pattern matches would be offered the form again: a design of its own.
  .filter(({ message, offer }) => !(offer.patterns ?? DEFAULT_OFFER_PATTERNS).some((pattern) => patternMatches(pattern, message)))
  .map(({ offer, ...design }) => ({
    design: { ...design, ...(offer.patterns && { offerPatterns: offer.patterns }) } as Design,
    say: offer.say,
  }));

/** The designed page's form, drawn as the page draws it, posting to `handle`. */
async function pageForm(design: Design, handle: (request: Request) => Promise<Response>): Promise<WebviewForm> {
  const markup = new DOMParser().parseFromString(pageHtml(design), 'text/html').querySelector('webview-form')!;
  const form = await fixture<WebviewForm>(document.importNode(markup, true));
  form.fetch = handle;
  await form.updateComplete;
  // The page holds its form as HTML (issue 34): a memorable date's control is defined once the
  // dates code, which the element loads after the first paint, has come. A person answers it then.
  await Promise.all([...form.querySelectorAll(':not(:defined)')].map((control) => customElements.whenDefined(control.localName)));
  return form;
}

/** Fills the form with the designer's samples, as a person would answer. */
function fill(form: WebviewForm, design: Design) {
  for (const { name, value } of sampleValues(design)) {
    for (const control of form.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(name)}"]`)) {
      if ('prefill' in control) (control as unknown as { prefill(iso: string): void }).prefill(value);
      else if (control.type === 'radio' || control.type === 'checkbox')
        control.checked = control.type === 'checkbox' || control.value === value;
      else if (control.type !== 'hidden') control.value = value;
    }
  }
}

describe('the exported bot in the mock: the round trip', () => {
  afterEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('the chat asks for the form, the card links to the page, the page posts its answers, the bot reads and quotes each', async function () {
    // Each run draws a page (with the chunks its field types load) and runs the bot's code three
    // times, each in a Worker of its own: seconds a run on a 2-core machine shared with two engines.
    this.timeout(60_000);
    await fc.assert(
      fc.asyncProperty(designs, async ({ design, say }) => {
        const loaded = loadBotExport(exportBot(design));
        expect(loaded.unsupported, 'all of it is simulated').to.deep.equal([]);
        const backend = createMockBackend({ bot: loaded });
        const ids = { conversationId: crypto.randomUUID(), userId: crypto.randomUUID() };
        const conversation = backend.bot.startConversation(ids);
        await backend.bot.consumerSays(ids.conversationId, say);

        // Web messaging gets the card alone: it ends the dialog (close_dialog), before the text for other channels.
        const [card, ...more] = from(conversation, 'bot');
        expect(more, 'one message, the card').to.deep.equal([]);
        expect(card!.buttons).to.have.length(1);
        const { title, url } = card!.buttons![0]!;
        expect(title).to.equal('Open the form');
        const link = new URL(url);
        expect(url.startsWith(design.pageUrl!)).to.equal(true);
        expect(resolveIds({ url })).to.deep.equal({ ...ids, botId: design.botId });

        const restore = setPageUrl(link.search);
        try {
          const form = await pageForm(design, (request) => backend.handle(request));
          fill(form, design);
          await form.submit();
          form.remove();
        } finally {
          restore();
        }

        const posted = Object.fromEntries(conversation.webviewVariables);
        expect(posted).to.deep.equal(Object.fromEntries(sampleValues(design).map(({ name, value }) => [name, value])));
        for (const name of variableNames(design)) expect(conversation.botVariables.get(name), name).to.equal(posted[name]);
        const [, reply, ...after] = from(conversation, 'bot');
        expect(after).to.deep.equal([]);
        const [thanks, ...lines] = reply!.text.split('\n');
        expect(thanks).to.equal('Thank you: your answers reached me.');
        expect(lines).to.have.length(variableNames(design).length);
        variableNames(design).forEach((name, index) => expect(lines[index]!.endsWith(`: ${posted[name]}`), lines[index]).to.equal(true));
        expect(from(conversation, 'debug').map((entry) => entry.text)).to.deep.equal([]);
      }),
      {
        numRuns: 8,
        // A variable named __proto__, which the mock's code runner once lost: written into the
        // sandbox's script as an object literal, the name set the object's prototype instead.
        examples: [
          [
            {
              design: {
                fields: [{ name: '__proto__', type: 'text' }],
                message: 'lead submitted',
                title: '',
                pageUrl: 'https://forms.example/quote.html',
                botId: '00000000-0000-1000-8000-000000000000',
                lang: 'en',
                region: 'us',
              } as Design,
              say: 'Open the Form',
            },
          ],
        ],
      },
    );
  });

  it('on a channel without the slide-out, the offer sends the link as text, and no card', async () => {
    const design: Design = {
      fields: [{ name: 'name' }],
      message: 'quote sent',
      pageUrl: 'https://forms.example/quote.html',
      botId: '795bb1534e34fc89050304e6f6827c41c50410d7',
    };
    const backend = createMockBackend({ bot: loadBotExport(exportBot(design)), channel: 'lp_sms' });
    const conversation = backend.bot.startConversation({ conversationId: 'conv-1', userId: 'user-1' });
    await backend.bot.consumerSays('conv-1', 'form');
    const said = from(conversation, 'bot');
    expect(said).to.have.length(1);
    expect(said[0]!.buttons).to.equal(undefined);
    const [text, url] = said[0]!.text.split('\n');
    expect(text).to.equal('Please fill in this form: your answers come straight back to this conversation.');
    expect(resolveIds({ url: url! })).to.deep.equal({ conversationId: 'conv-1', userId: 'user-1', botId: design.botId });
    expect(from(conversation, 'debug')).to.deep.equal([]);
  });
});

describe('the exported bot in the mock: patterns', () => {
  it('any message the page posts starts the answers dialog, its operators read as wildcards, and no other dialog', () => {
    fc.assert(
      fc.property(message, (text) => {
        const loaded = loadBotExport(exportBot({ fields: [{ name: 'name' }], message: text, offerPatterns: ['zq offer'] }));
        expect(loaded.unsupported).to.deep.equal([]);
        const starts = loaded.dialogs.filter((dialog) =>
          dialog.patterns.some((pattern) => typeof pattern === 'object' && pattern.test(text)),
        );
        expect(
          starts.map((dialog) => dialog.name),
          JSON.stringify(text),
        ).to.deep.equal(['Read the answers']);
      }),
      { numRuns: 200 },
    );
  });
});
