// The HTML generator (src/render/fields-html.ts) against the element: for any declaration, the
// generator's HTML, as a browser parses it, is the tree the element draws for the same `fields`
// (ids aside), in every engine and in the texts of the page's language.
import { expect, fixture, fixtureCleanup } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/define.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { FieldDeclaration, FieldsDeclaration } from '../src/fields/declarations.js';
import { fieldsHtml } from '../src/render/fields-html.js';
import { IDS, recordingTransport } from './helpers.js';

/** Text as a page may hold it; HTML cannot carry U+0000 (a parser drops or replaces it), so none. */
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.constantFrom('</textarea><b>&amp;"\'', '\nfirst line\r\n'),
  );
const plain = (maxLength: number) => text(maxLength).map((value) => value.replace(/\0/g, ''));

/** Settings every field may take, each left out or given. */
const common = {
  label: plain(20),
  required: fc.boolean(),
  hint: plain(20),
  placeholder: plain(10),
  autocomplete: fc.constantFrom('name', 'email', 'off', 'postal-code', 'x-custom'),
};

const fieldOf = (name: string): fc.Arbitrary<FieldDeclaration> =>
  fc
    .oneof(
      fc.record(
        {
          type: fc.constantFrom('text', 'email', 'url'),
          ...common,
          value: plain(10),
          pattern: fc.constant('[a-z]+'),
          maxLength: fc.nat(40),
        },
        { requiredKeys: ['type'] },
      ),
      fc.record({ type: fc.constant('tel'), ...common, country: fc.constantFrom('GB', 'US', 'FR') }, { requiredKeys: ['type'] }),
      fc.record({ type: fc.constant('textarea'), ...common, value: plain(20), minLength: fc.nat(5) }, { requiredKeys: ['type'] }),
      fc.record(
        {
          type: fc.constant('number'),
          ...common,
          min: fc.integer({ min: -5, max: 0 }),
          max: fc.integer({ min: 1, max: 99 }),
          value: fc.nat(9),
        },
        { requiredKeys: ['type'] },
      ),
      fc.record(
        { type: fc.constant('date'), ...common, min: fc.constant('2000-01-01'), max: fc.constant('today') },
        { requiredKeys: ['type'] },
      ),
      fc.record(
        {
          type: fc.constant('date'),
          style: fc.constant('memorable'),
          ...common,
          value: fc.constant('1990-03-07'),
          max: fc.constant('today'),
        },
        { requiredKeys: ['type', 'style'] },
      ),
      fc.record(
        {
          type: fc.constantFrom('select', 'radio'),
          ...common,
          options: fc.uniqueArray(fc.oneof(plain(8), fc.record({ value: plain(8), label: plain(8) })), {
            minLength: 1,
            maxLength: 4,
            selector: (option) => (typeof option === 'string' ? option : option.value),
          }),
        },
        { requiredKeys: ['type', 'options'] },
      ),
      fc.record(
        {
          type: fc.constant('checkbox'),
          ...common,
          value: fc.boolean(),
          link: fc.record({ href: fc.constantFrom('/privacy', 'https://example.com/terms?a=1&b=2'), text: plain(12) }),
        },
        { requiredKeys: ['type'] },
      ),
      fc.record({ type: fc.constant('rating'), ...common, max: fc.integer({ min: 2, max: 10 }) }, { requiredKeys: ['type'] }),
      fc.record(
        {
          type: fc.constant('scale'),
          ...common,
          min: fc.integer({ min: 0, max: 1 }),
          max: fc.integer({ min: 2, max: 10 }),
          minLabel: plain(8),
          maxLabel: plain(8),
        },
        { requiredKeys: ['type'] },
      ),
      fc.record({ type: fc.constant('otp'), ...common, length: fc.integer({ min: 4, max: 10 }) }, { requiredKeys: ['type'] }),
      fc.record({ type: fc.constant('hidden'), value: plain(10) }, { requiredKeys: ['type'] }),
    )
    .map((settings) => ({ name, ...settings }) as FieldDeclaration);

const names = fc.uniqueArray(
  plain(10).filter((name) => name.trim() === name && name !== ''),
  { minLength: 1, maxLength: 5 },
);

/** A flat declaration, or steps; some fields and steps shown only when an earlier field is filled. */
const declarations: fc.Arbitrary<FieldsDeclaration> = names
  .chain((all) => fc.tuple(...all.map(fieldOf)))
  .chain((fields) =>
    fc.tuple(fc.constant(fields), fc.array(fc.boolean(), { minLength: fields.length, maxLength: fields.length }), fc.boolean()),
  )
  .map(([fields, conditional, stepped]) => {
    const withWhen = fields.map((field, index) =>
      index > 0 && conditional[index] ? { ...field, when: { field: fields[0]!.name, filled: true } } : field,
    );
    if (!stepped) return withWhen;
    return withWhen.map((field, index) => ({ step: `Step ${index + 1}`, fields: [{ ...field, when: undefined }] }));
  })
  .map((declaration) => JSON.parse(JSON.stringify(declaration)) as FieldsDeclaration);

/**
 * A tree to compare: tags, attributes and texts, the ids without their prefix, a style attribute
 * as its declarations, adjacent texts as one. Left out: the spaces the generator puts between the fields it writes one a
 * line, and what the element changes once it runs (steps and conditions hide, disable and number).
 */
function shape(node: Node, prefix: RegExp): unknown {
  if (node.nodeType === Node.TEXT_NODE) return node.nodeValue;
  const element = node as Element;
  const attributes = Object.fromEntries(
    [...element.attributes]
      .filter(({ name }) => !RUNTIME.includes(name))
      .map(({ name, value }) => [
        name,
        ['id', 'for', 'aria-describedby'].includes(name)
          ? value
              .split(' ')
              .map((token) => token.replace(prefix, 'ID-'))
              .join(' ')
          : name === 'style'
            ? value
                .split(';')
                .map((declaration) => declaration.replace(/\s/g, ''))
                .filter(Boolean)
                .sort()
                .join(';')
            : value,
      ])
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  );
  const spaced = element.matches('.webview-form-fields, .webview-form-step');
  // An empty text (an empty end label) is no node once written and parsed; nor are the spaces between fields.
  const children = [...element.childNodes].filter(
    (child) => child.nodeType !== Node.TEXT_NODE || (child.nodeValue !== '' && !(spaced && child.nodeValue!.trim() === '')),
  );
  // Text drawn in pieces ("Name", " ") is one text once written and parsed.
  const merged = children
    .map((child) => shape(child, prefix))
    .reduce<unknown[]>((all, next) => {
      if (typeof next === 'string' && typeof all.at(-1) === 'string') all[all.length - 1] += next;
      else all.push(next);
      return all;
    }, []);
  return [element.localName, attributes, merged];
}

/** Attributes the element's steps and conditions set once they run; the generator writes the form as the page holds it before. */
const RUNTIME = ['hidden', 'disabled', 'inert', 'aria-current', 'tabindex'];

/** The drawn fields of `host`, as trees. */
const shapes = (host: Element, prefix: RegExp) =>
  [...host.children].filter((child) => child.matches('.webview-form-fields')).map((child) => shape(child, prefix));

afterEach(() => fixtureCleanup());

describe('the HTML generator draws what the element draws', () => {
  it('for any declaration, its HTML parsed is the tree the element draws for the same fields, in the page’s language', async function () {
    this.timeout(120_000);
    let refusals = 0;
    await fc.assert(
      fc.asyncProperty(declarations, fc.constantFrom('en', 'en-GB', 'fr', 'ar', 'ja'), async (fields, lang) => {
        const { transport } = recordingTransport();
        const wrapper = await fixture<HTMLElement>(
          `<div lang="${lang}"><webview-form region="us" bot-id="${IDS.botId}" conversation-id="${IDS.conversationId}" user-id="${IDS.userId}"></webview-form></div>`,
        );
        const form = wrapper.querySelector<WebviewForm>('webview-form')!;
        const refused: string[] = [];
        form.addEventListener('webview-error', (event) => refused.push(event.detail.error.message));
        form.fetch = transport;
        form.fields = fields;
        await form.updateComplete;
        let html: string;
        try {
          html = fieldsHtml(fields, { lang });
        } catch (error) {
          // A declaration the generator refuses, the element refuses, for the same reason.
          expect(refused).to.deep.equal([(error as Error).message]);
          refusals += 1;
          return;
        }
        expect(refused, 'the element took the declaration').to.deep.equal([]);
        const generated = new DOMParser().parseFromString(
          `<!doctype html><html lang="${lang}"><body><webview-form>${html}</webview-form></body></html>`,
          'text/html',
        );
        const generatedForm = generated.querySelector('webview-form')!;
        // Without a button of the page's, the element shows its own Send (Next, on the first of several steps).
        const send = form.shadowRoot!.querySelector('[part="submit"]')?.textContent;
        const written = generatedForm.querySelector(':scope > button[type="submit"]')!.textContent;
        if (!('step' in fields[0]!)) expect(written).to.equal(send);
        const drawn = shapes(form, /^webview-form-\d+-/);
        expect(firstDifference(shapes(generatedForm, /^wf-/), drawn), JSON.stringify(fields)).to.equal(undefined);
      }),
      {
        numRuns: 25,
        includeErrorInReport: true,
        // A default text that starts with a line feed, which a parser drops after <textarea> unless written twice.
        examples: [[[{ name: 'notes', type: 'textarea', value: '\nfirst line\r\n', label: 'a\nb' }], 'en']],
      },
    );
    // Most declarations are ones the element takes, or this would test little.
    expect(refusals).to.be.below(8);
  });
});

/** Where two trees first differ, with what each holds there; undefined when they are the same. */
function firstDifference(written: unknown, drawn: unknown, path = ''): string | undefined {
  if (Array.isArray(written) && Array.isArray(drawn)) {
    for (let index = 0; index < Math.max(written.length, drawn.length); index++) {
      const found = firstDifference(written[index], drawn[index], `${path}/${index}`);
      if (found) return found;
    }
    return undefined;
  }
  const [a, b] = [JSON.stringify(written), JSON.stringify(drawn)];
  return a === b ? undefined : `at ${path}: the generator's ${a?.slice(0, 300)}, the element's ${b?.slice(0, 300)}`;
}

describe('the Send button of a form written as HTML (issue 34)', () => {
  afterEach(() => fixtureCleanup());

  for (const width of [360, 1024]) {
    it(`looks as the built-in Send of the same declared form, ${width} px wide, once defined`, async () => {
      const fields: FieldsDeclaration = [{ name: 'name', label: 'Name' }];
      const frame = await fixture<HTMLDivElement>(`<div style="width: ${width}px"></div>`);
      const declared = document.createElement('webview-form') as WebviewForm;
      declared.fields = fields;
      const written = document.createElement('webview-form') as WebviewForm;
      written.innerHTML = fieldsHtml(fields);
      frame.append(declared, written);
      await Promise.all([declared.updateComplete, written.updateComplete]);
      const builtIn = declared.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!;
      const own = written.querySelector<HTMLButtonElement>('button[type=submit]')!;
      expect(builtIn.hidden, 'the declared form shows its own Send').to.equal(false);
      expect(written.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')?.hidden ?? true, 'no second Send').to.equal(true);
      const look = (button: HTMLElement) => {
        const style = getComputedStyle(button);
        const { width: boxWidth, height } = button.getBoundingClientRect();
        return [
          style.backgroundColor,
          style.color,
          style.borderRadius,
          style.padding,
          style.font,
          Math.round(boxWidth),
          Math.round(height),
        ];
      };
      expect(look(own)).to.deep.equal(look(builtIn));
    });
  }
});
