// The form designer's generators (src/designer/): the page, the Conversation Builder code and the
// curl line. The generated bot code runs against the mock's simulated bot, whose botContext has
// the platform's names; the generated page's form posts what the curl line posts.
import { expect, fixture } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { resolveIds } from '../src/core/ids.js';
import { SimulatedBot } from '../src/mock/bot.js';
import { postsTo, urlVariablesProblem, type Design } from '../src/designer/design.js';
import { pageHtml } from '../src/designer/page.js';
import { fieldsHtml } from '../src/render/fields-html.js';
import { PRE_UPGRADE_STYLES } from '../src/pre-upgrade.js';
import { EARLY_SEND_SCRIPT } from '../src/element/early-send.js';
import { dialogStarter, linkFunction, preProcessCode } from '../src/designer/bot-code.js';
import { curlLine, sampleValues } from '../src/designer/curl.js';
import { declarationOf, optionLine, optionsOf, patchField, renamed, retype, rowsOf, withoutConditionsOn } from '../src/designer/rows.js';
import { decodeDesign, encodeDesign } from '../src/designer/link.js';
import { DESIGNED_DIALOG, PreviewBot, rehearsalReason, runBotCode } from '../src/designer/preview-bot.js';
import type { FieldDeclaration } from '../src/fields/declarations.js';
import { IDS, IDS_AUTH, recordingTransport, useFreshTab } from './helpers.js';

const LEAD: Design = {
  region: 'us',
  message: 'lead submitted',
  urlVariables: ['campaign'],
  lang: 'fr',
  fields: [
    { name: 'name', label: 'Full name', required: true },
    { name: 'email', type: 'email', required: true },
    { name: 'size', type: 'select', options: ['1-10', { value: '11+', label: 'More than ten' }] },
    { name: 'contact', type: 'radio', options: ['email', 'phone'] },
    { name: 'start', type: 'date' },
    { name: 'consent', type: 'checkbox', label: 'You may contact me' },
    { name: 'source', type: 'hidden', value: 'designer' },
  ],
};

/** A design with a field of every type issue 32 brought, and every setting of theirs. */
const SURVEY: Design = {
  region: 'uk',
  message: 'survey sent',
  fields: [
    { name: 'phone', type: 'tel', country: 'GB' },
    { name: 'born', type: 'date', style: 'memorable', min: '1900-01-01', max: 'today' },
    { name: 'stars', type: 'rating', max: 4 },
    { name: 'nps', type: 'scale', min: 1, max: 7, minLabel: 'Not likely', maxLabel: 'Very likely' },
    { name: 'code', type: 'otp', length: 8 },
    { name: 'consent', type: 'checkbox', link: { href: '/privacy', text: 'Privacy notice' } },
  ],
};

/** A field of a type of issue 32 named `name`, with settings the form takes. */
const issue32Field = (name: string): fc.Arbitrary<FieldDeclaration> => {
  const optional = { requiredKeys: ['type'] as 'type'[] };
  const href = fc.oneof(
    fc.webUrl({ validSchemes: ['https'] }),
    fc.webPath().filter((path) => /^\/(?![/\\])/.test(path)),
  );
  const settings = fc.oneof(
    fc.record({ type: fc.constant('tel' as const), country: fc.constantFrom('GB', 'US', 'FR', 'IN', 'BR') }, optional),
    fc.record(
      {
        type: fc.constant('date' as const),
        style: fc.constant('memorable' as const),
        min: fc.constantFrom('today', '1900-01-01'),
        max: fc.constantFrom('today', '2100-12-31'),
      },
      optional,
    ),
    fc.record({ type: fc.constant('rating' as const), max: fc.integer({ min: 2, max: 10 }) }, optional),
    fc.integer({ min: -50, max: 50 }).chain((min) =>
      fc.record(
        {
          type: fc.constant('scale' as const),
          min: fc.constant(min),
          max: fc.integer({ min: min + 1, max: min + 20 }),
          minLabel: fc.string(),
          maxLabel: fc.string(),
        },
        { requiredKeys: ['type', 'min', 'max'] },
      ),
    ),
    fc.record({ type: fc.constant('otp' as const), length: fc.integer({ min: 4, max: 10 }) }, optional),
    fc.record(
      {
        type: fc.constant('checkbox' as const),
        link: fc.record({ href, text: fc.string({ minLength: 1 }).filter((text) => text.trim() !== '') }),
      },
      optional,
    ),
  );
  return settings.map((field) => ({ name, ...field }) as FieldDeclaration);
};

/** The words of a curl line, its shell quoting undone. */
function curlWords(line: string): string[] {
  return [...line.replace(/ \\\n {2}/g, ' ').matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map(([, quoted, bare]) =>
    quoted !== undefined ? quoted.replace(/'\\''/g, "'") : bare!,
  );
}

/** The URL, the headers and the parsed body of a curl line. */
function parseCurl(line: string) {
  const words = curlWords(line);
  const after = (flag: string) => words.filter((_, index) => words[index - 1] === flag);
  return { url: words[3]!, headers: after('-H'), body: JSON.parse(after('--data')[0]!) as unknown };
}

describe('form designer: the page', () => {
  it('is a complete page with the drop-in and one form whose attributes say the design', () => {
    const html = pageHtml(LEAD, { script: '/dist/webview-form.standalone.js', title: 'Get a quote' });
    const page = new DOMParser().parseFromString(html, 'text/html');
    expect(page.documentElement.lang).to.equal('fr');
    expect(page.title).to.equal('Get a quote');
    const script = page.querySelector('script[type="module"]')!;
    expect(script.getAttribute('src')).to.equal('/dist/webview-form.standalone.js');
    // HTML first (issue 34): the form is in the page's HTML, so the drop-in need not block the first frame.
    expect(script.hasAttribute('blocking')).to.be.false;
    // Deferred: an async drop-in arriving with the stylesheet would run before the form's first paint.
    expect(script.hasAttribute('async'), 'async').to.be.false;
    const forms = page.querySelectorAll('webview-form');
    expect(forms).to.have.length(1);
    const form = forms[0]!;
    expect(form.getAttribute('region')).to.equal('us');
    expect(form.getAttribute('message')).to.equal('lead submitted');
    expect(form.getAttribute('url-variables')).to.equal('campaign');
    expect(form.hasAttribute('auto-submit')).to.be.false;
    // The fields are written as the element draws them (test/render-parity.test.ts), in the page's language, then Send.
    expect(form.hasAttribute('fields')).to.be.false;
    expect(html).to.include(`\n    ${fieldsHtml(LEAD.fields, { lang: 'fr' }).replace(/\n/g, '\n    ')}\n  </webview-form>`);
    expect([...form.children].map((child) => child.localName)).to.deep.equal(['form', 'button']);
    expect(form.querySelector(':scope > button')!.textContent).to.equal('Envoyer');
  });

  it('an HTML-first page: the look before the upgrade inlined, the early-send script before anything that could hold it, and blocking="render" only for a design with steps or conditions', () => {
    const head = (design: Design) => new DOMParser().parseFromString(pageHtml(design), 'text/html').head;
    const plain = head(LEAD);
    expect(plain.querySelector('style')!.textContent).to.include(PRE_UPGRADE_STYLES);
    expect(
      [...plain.querySelectorAll('script, link, style')].map((node) => (node.hasAttribute('type') ? 'module' : node.localName)),
    ).to.deep.equal(['style', 'script', 'module']);
    expect(plain.querySelector('script')!.textContent).to.equal(EARLY_SEND_SCRIPT);
    const blocking = (design: Design) => head(design).querySelector('script[type="module"]')!.getAttribute('blocking');
    expect(blocking(LEAD), 'no steps, no conditions').to.equal(null);
    expect(blocking({ ...LEAD, fields: [{ step: 'You', fields: [{ name: 'name' }] }] }), 'steps').to.equal('render');
    // A page that waits for the drop-in gets it as soon as it can: async (test/defined-mid-parse.test.ts: a drop-in run mid-parse).
    expect(
      head({ ...LEAD, fields: [{ step: 'You', fields: [{ name: 'name' }] }] }).querySelector('script[async]'),
      'steps: async',
    ).to.not.equal(null);
    expect(
      blocking({ ...LEAD, fields: [{ name: 'topic' }, { name: 'detail', when: { field: 'topic', filled: true } }] }),
      'a condition',
    ).to.equal('render');
  });

  it('writes an endpoint being typed, even empty, rather than falling back to a region nobody chose', () => {
    const form = new DOMParser()
      .parseFromString(pageHtml({ endpoint: '', region: 'uk', fields: [] }), 'text/html')
      .querySelector('webview-form')!;
    expect(form.getAttribute('endpoint')).to.equal('');
    expect(form.hasAttribute('region')).to.be.false;
  });

  it('keeps hostile texts as text: a message, a label and a title that close tags and attributes', () => {
    const hostile = `"></webview-form><script>alert(1)</script>'&amp;`;
    const design: Design = {
      endpoint: '/thirdparty-services-0.1/webview',
      autoSubmit: true,
      message: hostile,
      fields: [{ name: 'name', label: hostile }],
    };
    const page = new DOMParser().parseFromString(pageHtml(design, { title: hostile }), 'text/html');
    // The page's own scripts (the drop-in, and the one that keeps an early Send), and no other.
    const plain = new DOMParser().parseFromString(
      pageHtml({ ...design, message: 'sent', fields: [{ name: 'name' }] }, { title: 'Quote' }),
      'text/html',
    );
    expect([...page.querySelectorAll('script')].map((script) => script.outerHTML)).to.deep.equal(
      [...plain.querySelectorAll('script')].map((script) => script.outerHTML),
    );
    const form = page.querySelector('webview-form')!;
    expect(form.getAttribute('message')).to.equal(hostile);
    expect(form.getAttribute('endpoint')).to.equal('/thirdparty-services-0.1/webview');
    expect(form.hasAttribute('auto-submit')).to.be.true;
    expect(form.querySelector('label[for$="-name"]')!.textContent).to.equal(`${hostile} (optional)`);
    expect([...form.querySelectorAll('[name]')].map((control) => control.getAttribute('name'))).to.deep.equal(['name']);
    expect(page.title).to.equal(hostile);
  });
});

describe('form designer: the curl line', () => {
  it('posts to the region\'s host, signed with sha256hex(conversationId + " || " + botId)', async () => {
    const design: Design = { region: 'uk', message: "it's done", fields: [{ name: 'name' }] };
    const { url, headers, body } = parseCurl(await curlLine(design, { conversationId: 'abcd', botId: 'xyz', userId: 'u' }));
    expect(url).to.equal('https://lo.bc-intg.liveperson.net/thirdparty-services-0.1/webview');
    // The vendor's own test vector (DESIGN.md).
    expect(headers).to.deep.equal([
      'Content-Type: application/json',
      'Authorization: a0d9cf69fa7c6ddb2f361277d26953dd1e0cf367c238a0079ee02494b3ee3200',
    ]);
    expect(body).to.deep.equal({
      conversationId: 'abcd',
      botId: 'xyz',
      userId: 'u',
      message: "it's done",
      contextVariables: [{ name: 'name', value: 'Sample' }],
    });
  });

  it('gives every field a sample its type accepts', () => {
    expect(sampleValues(LEAD)).to.deep.equal([
      { name: 'name', value: 'Sample' },
      { name: 'email', value: 'name@example.com' },
      { name: 'size', value: '1-10' },
      { name: 'contact', value: 'email' },
      { name: 'start', value: '2026-01-31' },
      { name: 'consent', value: 'true' },
      { name: 'source', value: 'designer' },
    ]);
  });
});

describe('form designer: the page posts what the curl line posts', () => {
  useFreshTab('&campaign=sample');

  it("the designed form, filled with the samples, sends the curl line's body, URL and token", async () => {
    const markup = new DOMParser().parseFromString(pageHtml(LEAD), 'text/html').querySelector('webview-form')!;
    const { transport, seen } = recordingTransport();
    const form = await fixture<WebviewForm>(document.importNode(markup, true));
    form.fetch = transport;
    await form.updateComplete;
    for (const { name, value } of sampleValues(LEAD)) {
      const controls = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)];
      for (const control of controls) {
        if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox'))
          control.checked = control.type === 'checkbox' || control.value === value;
        else if (control.type !== 'hidden') control.value = value;
      }
    }
    await form.submit();
    const curl = parseCurl(await curlLine(LEAD, IDS));
    expect(seen).to.have.length(1);
    expect(await seen[0]!.body).to.deep.equal(curl.body);
    expect(seen[0]!.request.url).to.equal(curl.url);
    expect(curl.headers).to.include(`Authorization: ${IDS_AUTH}`);
    expect(seen[0]!.request.headers.get('Authorization')).to.equal(IDS_AUTH);
  });
});

describe('form designer: the page posts what the curl line posts, with the types of issue 32', () => {
  useFreshTab('&campaign=sample');

  it("a designed survey (phone with a country, memorable date, rating, scale, code, consent), filled with the samples, sends the curl line's body", async function () {
    // The page loads the kinds, dates and phone chunks before its fields are drawn.
    this.timeout(20_000);
    const markup = new DOMParser().parseFromString(pageHtml(SURVEY), 'text/html').querySelector('webview-form')!;
    const { transport, seen } = recordingTransport();
    const form = await fixture<WebviewForm>(document.importNode(markup, true));
    form.fetch = transport;
    await form.updateComplete;
    for (const { name, value } of sampleValues(SURVEY)) {
      for (const control of form.querySelectorAll<HTMLInputElement>(`[name="${name}"]`)) {
        if ('prefill' in control) (control as unknown as { prefill(iso: string): void }).prefill(value);
        else if (control.type === 'radio' || control.type === 'checkbox')
          control.checked = control.type === 'checkbox' || control.value === value;
        else control.value = value;
      }
    }
    await form.submit();
    expect(await seen[0]!.body).to.deep.equal(parseCurl(await curlLine(SURVEY, IDS)).body);
  });
});

describe('form designer: the Conversation Builder code', () => {
  it('the global function sets formURL to the page with the IDs in the query the element reads', () => {
    const ids = { userId: 'user+1 é', conversationId: 'conv&id=2', botId: IDS.botId };
    const variables = new Map<string, unknown>();
    const code = linkFunction('https://forms.example/quote.html?utm=chat', ids.botId);
    runBotCode(`${code}\n__initConversation();`, {
      getUserPlatformId: () => ids.userId,
      getConversationId: () => ids.conversationId,
      setBotVariable: (name, value) => void variables.set(name, value),
    });
    const link = variables.get('formURL') as string;
    expect(link.startsWith('https://forms.example/quote.html?utm=chat&userId=')).to.be.true;
    expect(resolveIds({ url: link })).to.deep.equal(ids);
  });

  it('the simulated bot starts the dialog on the posted message, and its pre-process code holds every posted value', async () => {
    const bot = new SimulatedBot({
      dialogs: [{ name: 'designed', patterns: [dialogStarter(LEAD)!], run: (context) => runBotCode(preProcessCode(LEAD), context) }],
    });
    const body = parseCurl(await curlLine(LEAD, IDS)).body as Parameters<SimulatedBot['receiveWebview']>[0];
    const outcome = await bot.receiveWebview(body);
    expect(outcome.message).to.deep.equal({ dialog: 'designed' });
    const held = bot.conversation(IDS.conversationId)!.botVariables;
    expect(body.contextVariables!.map(({ name }) => name)).to.have.members(['campaign', ...sampleValues(LEAD).map(({ name }) => name)]);
    expect(Object.fromEntries(held)).to.deep.equal(Object.fromEntries(body.contextVariables!.map(({ name, value }) => [name, value])));
  });

  it('reads any variable name, quotes, backslashes and line breaks included, into a bot variable of that name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 1, maxLength: 6 }), async (names) => {
        const design: Design = { region: 'us', message: 'sent', fields: names.map((name) => ({ name })) };
        const bot = new SimulatedBot({
          dialogs: [{ name: 'designed', patterns: ['sent'], run: (context) => runBotCode(preProcessCode(design), context) }],
        });
        const values = names.map((name, index) => ({ name, value: `value ${index}` }));
        await bot.receiveWebview({ ...IDS, message: 'sent', contextVariables: values });
        expect(Object.fromEntries(bot.conversation(IDS.conversationId)!.botVariables)).to.deep.equal(
          Object.fromEntries(values.map(({ name, value }) => [name, value])),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('writes the line and paragraph separators of a name escaped, as an engine older than ES2019 needs', () => {
    const code = preProcessCode({ region: 'us', fields: [{ name: 'a\u2028b\u2029c' }] });
    expect(code).not.to.match(/[\u2028\u2029]/);
    const held = new Map<string, unknown>();
    runBotCode(code, { getWebViewVariable: (name) => `value of ${name}`, setBotVariable: (name, value) => void held.set(name, value) });
    expect(held.get('a\u2028b\u2029c')).to.equal('value of a\u2028b\u2029c');
  });

  it('reads every field of issue 32 into a bot variable, and says a phone number with a country arrives in E.164', async () => {
    const code = preProcessCode(SURVEY);
    expect(code).to.match(/getWebViewVariable\("phone"\), true, false\); \/\/ E\.164, such as \+442079460000/);
    expect(code).to.contain('"1" to "4", the stars given');
    expect(code).to.contain('"1" to "7"');
    expect(code).to.contain('the 8 digits');
    const bot = new SimulatedBot({
      dialogs: [{ name: 'designed', patterns: ['survey sent'], run: (context) => runBotCode(code, context) }],
    });
    const body = parseCurl(await curlLine(SURVEY, IDS)).body as Parameters<SimulatedBot['receiveWebview']>[0];
    await bot.receiveWebview(body);
    expect(Object.fromEntries(bot.conversation(IDS.conversationId)!.botVariables)).to.deep.equal({
      phone: '+442079460000',
      born: '1900-01-01',
      stars: '4',
      nps: '7',
      code: '12345678',
      consent: 'true',
    });
  });

  it('has no dialog starter for a design that posts no message', () => {
    expect(dialogStarter({ region: 'us', fields: [] })).to.be.undefined;
    expect(dialogStarter({ region: 'us', message: '  ', fields: [] })).to.be.undefined;
  });
});

describe('form designer: rows, the link and the rehearsal bot', () => {
  const field = (name: string): FieldDeclaration => ({ name });

  it('rows are the declaration flat; a run of rows with one step title is a step, a row without a title joins the step before it', () => {
    expect(
      declarationOf([
        { field: field('a'), step: '' },
        { field: field('b'), step: ' ' },
      ]),
    ).to.deep.equal([field('a'), field('b')]);
    const rows = [
      { field: field('a'), step: '' },
      { field: field('b'), step: 'About you' },
      { field: field('c'), step: '' },
      { field: field('d'), step: 'Contact' },
      { field: field('e'), step: 'Contact' },
    ];
    const steps = [
      { step: 'About you', fields: [field('a'), field('b'), field('c')] },
      { step: 'Contact', fields: [field('d'), field('e')] },
    ];
    expect(declarationOf(rows)).to.deep.equal(steps);
    expect(declarationOf(rowsOf(steps))).to.deep.equal(steps);
    expect(rowsOf(LEAD.fields).map((row) => row.field)).to.deep.equal(LEAD.fields);
  });

  it('choices are lines, "value | label" where they differ, blank lines left out', () => {
    const options = ['Email', { value: '11+', label: 'More than ten' }, { value: 'same', label: 'same' }];
    expect(options.map(optionLine).join('\n')).to.equal('Email\n11+ | More than ten\nsame');
    expect(optionsOf('Email\n\n 11+ | More than ten \nsame | same\n')).to.deep.equal([
      'Email',
      { value: '11+', label: 'More than ten' },
      'same',
    ]);
  });

  it('a field given another type keeps what every type says and drops the rules the new type refuses', () => {
    const text: FieldDeclaration = { name: 'code', label: 'Code', required: true, pattern: '[A-Z]+', maxLength: 8 };
    expect(retype(text, 'email')).to.deep.equal({ ...text, type: 'email' });
    expect(retype(text, 'number')).to.deep.equal({ name: 'code', label: 'Code', required: true, type: 'number' });
    expect(retype(text, 'select')).to.deep.equal({ name: 'code', label: 'Code', required: true, type: 'select', options: ['Yes', 'No'] });
    expect(retype({ name: 'size', type: 'select', options: ['S', 'M'] }, 'radio')).to.deep.equal({
      name: 'size',
      type: 'radio',
      options: ['S', 'M'],
    });
    expect(retype({ name: 'source', type: 'hidden', value: 'chat' }, 'text')).to.deep.equal({ name: 'source' });
  });

  it('a setting cleared is gone from the field, so the field is still drawn, posted and read by the bot code', () => {
    const field = patchField({ name: 'name', label: 'Name', required: true }, { required: undefined, label: undefined, hint: 'x' });
    expect(field).to.deep.equal({ name: 'name', hint: 'x' });
    expect(Object.keys(field)).to.deep.equal(['name', 'hint']);
    const design: Design = { region: 'us', message: 'sent', fields: declarationOf([{ field, step: '' }]) };
    expect(preProcessCode(design)).to.contain('botContext.getWebViewVariable("name")');
  });

  it('conditions follow a renamed field, and go with a removed one unless another field has its name', () => {
    const rows = [
      { field: field('a'), step: '' },
      { field: { name: 'b', when: { field: 'a', equals: 'x' } }, step: '' },
    ];
    expect(renamed(rows, 'a', 'z')[1]!.field.when).to.deep.equal({ field: 'z', equals: 'x' });
    expect(withoutConditionsOn(rows.slice(1), 'a')).to.deep.equal([{ field: field('b'), step: '' }]);
    expect(withoutConditionsOn(rows, 'a')).to.deep.equal(rows);
  });

  it('a link variable named like a field is a problem to show, since the bot would get the name twice', () => {
    expect(urlVariablesProblem({ fields: [{ name: 'name' }, { name: 'email' }], urlVariables: ['PaymentId', 'name'] })).to.equal(
      'name is also a field’s name: the bot would get it twice.',
    );
    expect(urlVariablesProblem({ fields: [{ step: 'One', fields: [{ name: 'a' }, { name: 'b' }] }], urlVariables: ['a', 'b'] })).to.equal(
      'a, b are also fields’ names: the bot would get them twice.',
    );
    expect(urlVariablesProblem({ fields: [{ name: 'name' }], urlVariables: ['PaymentId'] })).to.be.undefined;
  });

  it('the page, the preview and the curl line post to one place: the endpoint when set (even empty), else the region, US by default', () => {
    expect(postsTo({ fields: [] })).to.deep.equal({ region: 'us' });
    expect(postsTo({ fields: [], region: 'uk' })).to.deep.equal({ region: 'uk' });
    expect(postsTo({ fields: [], region: 'uk', endpoint: '' })).to.deep.equal({ endpoint: '' });
  });

  it('a design goes through the link unchanged, whatever its texts hold', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (label, message) => {
        const design: Design = { ...LEAD, message, fields: [{ name: 'name', label }] };
        const value = encodeDesign(design);
        expect(value).to.match(/^[A-Za-z0-9_-]*$/);
        expect(decodeDesign(value)).to.deep.equal(design);
      }),
      { numRuns: 100 },
    );
  });

  it('a design with the types of issue 32 goes through the link unchanged, whatever their settings, and the bot code reads each', function () {
    // A hundred CPU-bound runs (encoding, decoding, writing the bot code) take about a second
    // unloaded; on a 2-core machine shared with two other engines several times that.
    this.timeout(20_000);
    const names = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        names.chain((unique) => fc.tuple(...unique.map(issue32Field))),
        (fields) => {
          const design: Design = { ...SURVEY, fields };
          expect(decodeDesign(encodeDesign(design))).to.deep.equal(design);
          const code = preProcessCode(design);
          for (const { name } of fields) expect(code).to.contain(`botContext.getWebViewVariable(${JSON.stringify(name)})`);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a link with a rating, a code or a scale the form would refuse is refused, the field named', () => {
    const refused = fc.oneof(
      fc
        .integer()
        .filter((max) => max < 2 || max > 10)
        .map((max) => ({ name: 'stars', type: 'rating', max })),
      fc
        .integer()
        .filter((length) => length < 4 || length > 10)
        .map((length) => ({ name: 'code', type: 'otp', length })),
      fc
        .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 }))
        .filter(([min, max]) => max <= min || max - min > 20)
        .map(([min, max]) => ({ name: 'nps', type: 'scale', min, max })),
    );
    fc.assert(
      fc.property(refused, (field) => {
        expect(() => decodeDesign(encodeDesign({ fields: [field] } as Design))).to.throw(`the form would refuse, “${field.name}”`);
      }),
      { numRuns: 100 },
    );
  });

  it('a link cut short, or holding something else than a design, is refused with a reason', () => {
    const value = encodeDesign(LEAD);
    expect(() => decodeDesign(value.slice(0, value.length - 7))).to.throw('cannot be read');
    expect(() => decodeDesign('not base64!')).to.throw('cannot be read');
    expect(() => decodeDesign(encodeDesign({ region: 'us' } as unknown as Design))).to.throw('no list of fields');
    const hostile = (design: unknown) => () => decodeDesign(encodeDesign(design as Design));
    expect(hostile({ fields: ['name'] })).to.throw('fields the form cannot draw');
    expect(hostile({ fields: [{ name: 5 }] })).to.throw('fields the form cannot draw');
    expect(hostile({ fields: [{ step: 'One', fields: [null] }] })).to.throw('fields the form cannot draw');
    expect(hostile({ fields: [{ step: 'One' }] })).to.throw('fields the form cannot draw');
    expect(hostile({ fields: [{ step: 'One', fields: 'a' }] })).to.throw('fields the form cannot draw');
    expect(hostile({ fields: [{ name: 'a' }, { name: 'b', when: 'x' }] })).to.throw('fields the form cannot draw');
    expect(hostile({ fields: [{ step: 'One', fields: [{ name: 'b', when: 5 }] }] })).to.throw('fields the form cannot draw');
    const steps: Design = {
      fields: [
        { step: 'One', fields: [{ name: 'a' }] },
        { step: 'Two', when: { field: 'a', equals: 'x' }, fields: [{ name: 'b' }] },
      ],
    };
    expect(decodeDesign(encodeDesign(steps))).to.deep.equal(steps);
    expect(() => decodeDesign(btoa('{"fields":[],"constructor":"x"}'))).to.throw('a setting the designer does not know: constructor');
    expect(hostile({ fields: [], message: { toString: 'x' } })).to.throw('sets message to something other than a text');
    expect(hostile({ fields: [], urlVariables: 'PaymentId' })).to.throw('sets urlVariables to something other than a list of texts');
    expect(hostile({ fields: [], autoSubmit: 'yes' })).to.throw('sets autoSubmit to something other than true or false');
    expect(hostile({ fields: [], __proto__: { polluted: true }, onload: 'x' })).to.throw('a setting the designer does not know: onload');
  });

  it('the preview runs the design’s export, made again from the design as it is when a post arrives', async function () {
    // The bot's code runs in Workers: a few a post.
    this.timeout(20_000);
    let design: Design = { region: 'us', message: 'first', fields: [{ name: 'name', label: 'Your name' }] };
    const preview = new PreviewBot(() => design);
    const post = (body: Record<string, unknown>) =>
      preview.handle(
        new Request('https://mock.invalid/thirdparty-services-0.1/webview', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: IDS_AUTH },
          body: JSON.stringify({ ...IDS, ...body }),
        }),
      );
    expect((await (await post({ message: 'first' })).json()).message).to.deep.equal({ dialog: 'Read the answers' });
    const before = preview.bot;
    design = { ...design, message: 'lead (home) submitted', fields: [{ name: 'name', label: 'Your name' }, { name: 'e mail' }] };
    expect(rehearsalReason(design)).to.equal(undefined);
    const answer = await (await post({ message: 'lead (home) submitted', contextVariables: [{ name: 'name', value: 'Ada' }] })).json();
    expect(answer.message).to.deep.equal({ dialog: 'Read the answers' });
    expect(preview.bot).not.to.equal(before);
    const conversation = preview.bot.conversation(IDS.conversationId)!;
    expect(Object.fromEntries(conversation.botVariables)).to.deep.include({ name: 'Ada', 'e mail': null });
    expect(conversation.transcript.at(-1)!.text).to.equal('Thank you: your answers reached me.\nYour name: Ada\nE mail: ');
    expect((await (await post({ message: 'first' })).json()).message).to.equal('posted');
  });

  it('a design the export cannot serve is rehearsed, and the reason said: no message, or a page address the link cannot carry', async () => {
    expect(rehearsalReason({ fields: [] })).to.contain('The form posts no message');
    const design: Design = { region: 'us', message: 'sent', pageUrl: 'javascript:alert(1)', fields: [{ name: 'name' }, { name: 'email' }] };
    expect(rehearsalReason(design)).to.contain('There is no bot to download yet: The page address must start with https://');
    const preview = new PreviewBot(() => design);
    const body = JSON.stringify({ ...IDS, message: 'sent', contextVariables: [{ name: 'name', value: 'Ada' }] });
    const answer = await preview.handle(
      new Request('https://mock.invalid/thirdparty-services-0.1/webview', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: IDS_AUTH },
        body,
      }),
    );
    expect((await answer.json()).message).to.deep.equal({ dialog: DESIGNED_DIALOG });
    const conversation = preview.bot.conversation(IDS.conversationId)!;
    expect(Object.fromEntries(conversation.botVariables)).to.deep.equal({ name: 'Ada', email: null });
    expect(conversation.transcript.at(-1)!.text).to.equal('Your form reached me. The pre-process code put 2 answers in bot variables.');
  });
});
