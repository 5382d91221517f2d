import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { FieldDeclaration } from '../src/fields/declarations.js';
import { h } from '../src/dom/build.js';
import { recordingTransport, useFreshTab } from './helpers.js';

// Chromium builds a date control's insides from the locale's formats: at once for an input made
// by script, in the first layout for one the parser made, as on a plain HTML page. dom/build.ts
// parses a date input with `setHTML` where the browser has it; where it has not, it makes it by
// script. Either way the control must be the same.

type Parsing = Element & { setHTML?: (html: string, options?: object) => void };

/**
 * Records what `setHTML` is asked to parse while `run` runs, and the nodes it makes; `null` where
 * the browser has no `setHTML`.
 */
async function parsedDuring(run: () => Promise<void> | void): Promise<{ markup: string[]; made: Set<Node> } | null> {
  const prototype = Element.prototype as Parsing;
  const original = prototype.setHTML;
  if (!original) {
    await run();
    return null;
  }
  const parsed = { markup: [] as string[], made: new Set<Node>() };
  prototype.setHTML = function (this: Element, markup: string, options?: object) {
    parsed.markup.push(markup);
    original.call(this, markup, options);
    for (const node of this.childNodes) parsed.made.add(node);
  };
  try {
    await run();
  } finally {
    prototype.setHTML = original;
  }
  return parsed;
}

const FIELDS: FieldDeclaration[] = [
  { name: 'name', label: 'Name' },
  {
    name: 'day',
    type: 'date',
    label: 'Day',
    required: true,
    min: '2026-01-01',
    max: '2026-12-31',
    value: '2026-06-01',
    hint: 'Any weekday',
  },
  { name: 'size', type: 'number', label: 'Size', min: 1 },
  { name: 'back', type: 'date', label: 'Back' },
];

const drawn = async () => {
  const form = await fixture<WebviewForm>(
    html`<webview-form region="us" .fields=${FIELDS} .fetch=${recordingTransport().transport}></webview-form>`,
  );
  await form.updateComplete;
  return form;
};

describe('a date control made as the parser makes it', () => {
  useFreshTab();

  it('declared date fields are parsed where the browser has setHTML, the other fields made by script', async () => {
    let form!: WebviewForm;
    const parsed = await parsedDuring(async () => {
      form = await drawn();
    });
    const dates = [...form.querySelectorAll<HTMLInputElement>('.webview-form-fields input[type="date"]')];
    expect(dates.map((date) => date.name)).to.deep.equal(['day', 'back']);
    // The delivery's drawing makes the fields again and keeps the first render's nodes where they are equal.
    if (parsed) {
      expect(new Set(parsed.markup)).to.deep.equal(new Set(['<input type=date>']));
      for (const date of dates) expect(parsed.made.has(date), date.name).to.be.true;
      for (const other of form.querySelectorAll('.webview-form-fields input:not([type="date"])'))
        expect(parsed.made.has(other)).to.be.false;
    }
    for (const date of dates) expect(date.parentElement!.classList.contains('webview-form-field')).to.be.true;
    expect(form.querySelectorAll('.webview-form-fields input')).to.have.length(4);
  });

  it('a parsed date control has every declared attribute, its label, hint and rules, as one made by script has', async () => {
    const form = await drawn();
    const day = form.querySelector<HTMLInputElement>('[name="day"]')!;
    expect(day.type).to.equal('date');
    expect(day.required).to.be.true;
    expect([day.min, day.max, day.value, day.defaultValue]).to.deep.equal(['2026-01-01', '2026-12-31', '2026-06-01', '2026-06-01']);
    expect(form.querySelector(`label[for="${day.id}"]`)!.textContent).to.contain('Day');
    expect(day.getAttribute('aria-describedby')).to.equal(`${day.id}-hint`);
    expect(document.getElementById(`${day.id}-hint`)!.textContent).to.equal('Any weekday');
    day.value = '2025-12-31';
    expect(day.validity.rangeUnderflow).to.be.true;
    day.value = '';
    expect(day.validity.valueMissing).to.be.true;
  });

  it('h() returns the same lone date input whichever way it is made, and leaves other tags and types to createElement', async () => {
    let made: HTMLElement[] = [];
    const parsed = await parsedDuring(() => {
      made = [
        h('input', {
          type: 'date',
          id: 'x',
          name: 'x',
          required: true,
          min: '2026-01-01',
          value: '2026-02-03',
          'aria-describedby': 'x-hint',
        }),
        h('input', { type: 'time', name: 't' }),
        h('button', { type: 'submit' }),
        h('p', {}, 'text'),
      ];
    });
    if (parsed) expect(parsed.markup).to.deep.equal(['<input type=date>']);
    if (parsed) expect(parsed.made.has(made[0])).to.be.true;
    const [date, time, button, paragraph] = made;
    expect(date.outerHTML).to.equal(
      '<input type="date" id="x" name="x" required="" min="2026-01-01" value="2026-02-03" aria-describedby="x-hint">',
    );
    expect(date.parentNode).to.be.null;
    expect(date.childNodes).to.have.length(0);
    expect((date as HTMLInputElement).value).to.equal('2026-02-03');
    expect(time.outerHTML).to.equal('<input type="time" name="t">');
    expect(button.outerHTML).to.equal('<button type="submit"></button>');
    expect(paragraph.outerHTML).to.equal('<p>text</p>');
  });
});
