import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/index.js';
import { WebviewForm } from '../src/element/webview-form.js';
import type { CheckedField, FieldDeclaration } from '../src/fields/declarations.js';
import type { PropertyValues } from 'lit';
import type { WebviewErrorEvent } from '../src/element/events.js';
import fc from 'fast-check';
import { renderFields } from '../src/delivery/keyed-fields.js';
import { DEFAULT_MESSAGES } from '../src/delivery/messages.js';
import { IDS, recordingTransport, useFreshTab } from './helpers.js';

const LEAD_FIELDS: FieldDeclaration[] = [
  { name: 'name', label: 'Full name', required: true, autocomplete: 'name' },
  { name: 'email', type: 'email', label: 'Email', required: true, hint: 'We send the quote here.' },
  { name: 'phone', type: 'tel', label: 'Phone' },
  { name: 'site', type: 'url', label: 'Website' },
  { name: 'budget', type: 'number', label: 'Budget', min: 0, max: 100 },
  { name: 'start', type: 'date', label: 'Start date' },
  { name: 'notes', type: 'textarea', label: 'Notes', maxLength: 50, value: 'none' },
  { name: 'size', type: 'select', label: 'Team size', options: ['1-10', { value: '11+', label: 'Eleven or more' }] },
  { name: 'contact', type: 'radio', label: 'Reach me by', options: ['email', 'phone'], value: 'phone' },
  { name: 'consent', type: 'checkbox', label: 'You may contact me' },
  { name: 'source', type: 'hidden', value: 'chat' },
];

async function declaredForm(fields: unknown = LEAD_FIELDS, content = html``) {
  const { transport, seen } = recordingTransport();
  const form = await fixture<WebviewForm>(html`<webview-form region="us" .fields=${fields} .fetch=${transport}>${content}</webview-form>`);
  await form.updateComplete;
  const control = <T extends Element = HTMLInputElement>(name: string) => form.querySelector<T & Element>(`[name="${name}"]`)!;
  return { form, seen, control };
}

/**
 * Records the controls in the light DOM at the element's first `updated()`: that is the first
 * render, and zod's verdict, loaded by a dynamic import, cannot have arrived by then. The probe
 * also types into the first control there, as a quick person could before the verdict.
 */
class FirstRenderProbe extends WebviewForm {
  firstControls?: Element[];
  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (this.firstControls) return;
    this.firstControls = [...this.querySelectorAll('input, select, textarea')];
    const first = this.firstControls[0] as HTMLInputElement | undefined;
    if (first) first.value = 'typed early';
  }
}
customElements.define('first-render-probe', FirstRenderProbe);
const probeTag = unsafeStatic('first-render-probe');

async function probe(fields: unknown) {
  const { transport, seen } = recordingTransport();
  const form = await fixture<FirstRenderProbe>(staticHtml`<${probeTag} region="us" .fields=${fields} .fetch=${transport}></${probeTag}>`);
  return { form, seen };
}

describe('declared fields', () => {
  useFreshTab();

  it("draws the controls in the first render, before zod's verdict, which keeps them and what was typed", async () => {
    const { form } = await probe(LEAD_FIELDS);
    const names = form.firstControls!.map((control) => control.getAttribute('name'));
    expect(names).to.deep.equal([
      'name',
      'email',
      'phone',
      'site',
      'budget',
      'start',
      'notes',
      'size',
      'contact',
      'contact',
      'consent',
      'source',
    ]);
    // The verdict (awaited by updateComplete) re-rendered nothing: the same nodes, the typed value.
    const now = [...form.querySelectorAll('input, select, textarea')];
    expect(now.length).to.equal(form.firstControls!.length);
    expect(now.every((control, index) => control === form.firstControls![index])).to.be.true;
    expect(form.querySelector<HTMLInputElement>('[name="name"]')!.value).to.equal('typed early');
    expect(form.state).to.equal('idle');
  });

  it('turns an early-drawn declaration that zod refuses into the config error, and sends nothing', async () => {
    const { form, seen } = await probe([{ name: 'a' }, { name: 'a' }]);
    expect(form.firstControls).to.have.length(2);
    expect(form.state).to.equal('error');
    expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('field "a" is declared twice');
    expect(form.shadowRoot!.querySelector<HTMLElement>('[part="form"]')!.hidden).to.be.true;
    expect((await form.submit().catch((error) => error)).kind).to.equal('config');
    expect(seen).to.have.length(0);
  });

  it('waits for the verdict before drawing a declaration that cannot be drawn as it is', async () => {
    const { form } = await probe([{ name: 'a', label: { text: 'A' } }]);
    expect(form.firstControls).to.deep.equal([]);
    expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('field "a": label');
    expect(form.querySelector('input')).to.be.null;
  });

  it('renders a real light-DOM control for every declared type, with its name', async () => {
    const { form, control } = await declaredForm();
    const kinds = LEAD_FIELDS.map(({ name }) => {
      const element = control<HTMLInputElement>(name);
      return element.localName === 'input' ? element.type : element.localName;
    });
    expect(kinds).to.deep.equal(['text', 'email', 'tel', 'url', 'number', 'date', 'textarea', 'select', 'radio', 'checkbox', 'hidden']);
    expect(form.shadowRoot!.querySelector('input, select, textarea')).to.be.null;
    expect(form.querySelectorAll('[name="contact"]')).to.have.length(2);
  });

  it('labels every visible control and sets autocomplete', async () => {
    const { control } = await declaredForm();
    const label = (name: string) => control<HTMLInputElement>(name).labels![0].textContent!.replace(/\s+/g, ' ').trim();
    expect(label('name')).to.equal('Full name');
    expect(label('phone')).to.equal('Phone (optional)');
    expect(label('consent')).to.equal('You may contact me');
    expect(control('contact').closest('fieldset')!.querySelector('legend')!.textContent).to.contain('Reach me by');
    expect(control('name').getAttribute('autocomplete')).to.equal('name');
    expect(control('email').getAttribute('autocomplete')).to.equal('email');
    expect(control('phone').getAttribute('autocomplete')).to.equal('tel');
  });

  it('ties the hint to its control', async () => {
    const { form, control } = await declaredForm();
    const hintId = control('email').getAttribute('aria-describedby')!;
    expect(form.querySelector(`#${hintId}`)!.textContent).to.equal('We send the quote here.');
  });

  it('carries the declared rules as native constraints', async () => {
    const { control } = await declaredForm();
    expect(control('name').required).to.be.true;
    expect(control('budget').min).to.equal('0');
    expect(control('budget').max).to.equal('100');
    expect(control<HTMLTextAreaElement>('notes').maxLength).to.equal(50);
  });

  it('posts defaults, choices and the checkbox as "true"/"false"', async () => {
    const { form, seen, control } = await declaredForm();
    control('name').value = 'Arthur';
    control('email').value = 'arthur@camelot.example';
    control<HTMLSelectElement>('size').value = '11+';
    await form.submit();
    expect(((await seen[0].body) as { contextVariables: unknown }).contextVariables).to.deep.equal([
      { name: 'name', value: 'Arthur' },
      { name: 'email', value: 'arthur@camelot.example' },
      { name: 'notes', value: 'none' },
      { name: 'size', value: '11+' },
      { name: 'contact', value: 'phone' },
      { name: 'consent', value: 'false' },
      { name: 'source', value: 'chat' },
    ]);
  });

  it('lets an authored control replace the generated one and keeps the declared rules', async () => {
    const { form, control, seen } = await declaredForm(
      [
        { name: 'zip', label: 'ZIP', required: true, pattern: '[0-9]{5}' },
        { name: 'city', label: 'City' },
      ],
      html`<label>My own ZIP <input name="zip" class="mine" /></label><button>Send</button>`,
    );
    expect(form.querySelectorAll('[name="zip"]')).to.have.length(1);
    expect(control('zip').classList.contains('mine')).to.be.true;
    expect(control('zip').required).to.be.true;
    expect(control('zip').pattern).to.equal('[0-9]{5}');
    control('zip').value = 'abc';
    expect((await form.submit().catch((error) => error)).kind).to.equal('validation');
    expect(seen).to.have.length(0);
    // The generated City field goes before the author's button, which stays last.
    expect(control('city').compareDocumentPosition(form.querySelector('button')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
  });

  it('turns a wrong declaration into a config error on the page, and sends nothing', async () => {
    const errors: WebviewErrorEvent[] = [];
    const { transport, seen } = recordingTransport();
    const form = await fixture<WebviewForm>(html`
      <webview-form
        region="us"
        fields='[{"name": "size", "type": "select"}]'
        .fetch=${transport}
        @webview-error=${(event: WebviewErrorEvent) => errors.push(event)}
      ></webview-form>
    `);
    expect(errors.map((event) => event.detail.error.kind)).to.deep.equal(['config']);
    expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('field "size": options: needs options');
    expect(form.state).to.equal('error');
    expect((await form.submit().catch((error) => error)).kind).to.equal('config');
    expect(seen).to.have.length(0);
  });

  it('follows a new declaration', async () => {
    const { form, control } = await declaredForm([{ name: 'a' }]);
    form.fields = [{ name: 'b', type: 'email' }];
    await form.updateComplete;
    expect(form.querySelector('[name="a"]')).to.be.null;
    expect(control('b').type).to.equal('email');
  });

  it('a send of valid declared fields writes nothing to their controls or error texts before the request leaves', async () => {
    const { form, seen, control } = await declaredForm([
      { name: 'name', required: true, hint: 'As on your card.' },
      { name: 'email', type: 'email' },
      { name: 'contact', type: 'radio', options: ['email', 'phone'] },
    ]);
    control('name').value = 'Arthur';
    // A shown and then cleared error leaves the field as it was drawn, with its hint still tied.
    await form.updateComplete;
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(form.querySelector('.webview-form-fields')!, {
      subtree: true,
      attributes: true,
      childList: true,
      characterData: true,
    });
    const sending = form.submit();
    // The request has left (the transport saw it) before anything else happens to the page.
    await new Promise((resolve) => setTimeout(resolve));
    expect(seen, 'the request left').to.have.length(1);
    observer.disconnect();
    expect(
      writes
        .concat(observer.takeRecords())
        .map((write) => `${(write.target as Element).id || write.target.nodeName} ${write.type} ${write.attributeName ?? ''}`),
      'nothing written',
    ).to.deep.equal([]);
    await sending;
    expect(control('name').getAttribute('aria-describedby')).to.equal(`${control('name').id}-hint`);
  });

  it('posts the IDs with the declared values', async () => {
    const { form, seen, control } = await declaredForm([{ name: 'name', required: true }]);
    control('name').value = 'Arthur';
    const success = oneEvent(form, 'webview-success');
    form
      .querySelector<HTMLElement>('input')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    await success;
    expect(await seen[0].body).to.deep.equal({ ...IDS, contextVariables: [{ name: 'name', value: 'Arthur' }] });
  });
});

/**
 * Checks that each generated control's label, hint, and error text are its own: the label found
 * through `control.labels`, and every id it (or its radio group) points at, lie inside its field.
 */
function expectOwnLabelHintAndError(container: Element, name: string): void {
  const controls = [...container.querySelectorAll<HTMLInputElement>('[name]')].filter((control) => control.getAttribute('name') === name);
  expect(controls, `controls named "${name}"`).not.to.be.empty;
  for (const control of controls) {
    const field = control.closest('.webview-form-field')!;
    if (control.type === 'hidden') continue;
    expect(control.labels![0]?.closest('.webview-form-field'), `label of "${name}"`).to.equal(field);
    const pointedAt = [control, control.closest('fieldset')].flatMap((node) => node?.getAttribute('aria-describedby')?.split(' ') ?? []);
    pointedAt.push(`${controls[0].id}-error`);
    for (const id of pointedAt) {
      expect(control.ownerDocument.getElementById(id)?.closest('.webview-form-field'), `#${id} of "${name}"`).to.equal(field);
    }
  }
}

describe('generated ids', () => {
  useFreshTab();

  for (const names of [
    ['a b', 'a_b'],
    ['名前', '電話'],
    ['a', 'a-hint'],
  ]) {
    it(`ties each control to its own label, hint and error for the names ${names.map((name) => `"${name}"`).join(' and ')}`, async () => {
      const fields = names.map((name) => ({ name, label: `Label of ${name}`, hint: `Hint of ${name}`, required: true }));
      const { form } = await declaredForm(fields);
      await form.submit().catch(() => undefined);
      const ids = [...form.querySelectorAll('[id]')].map((element) => element.id);
      expect(new Set(ids).size, ids.join(' ')).to.equal(ids.length);
      for (const name of names) {
        expectOwnLabelHintAndError(form, name);
        const control = [...form.querySelectorAll<HTMLInputElement>('[name]')].find(
          (candidate) => candidate.getAttribute('name') === name,
        )!;
        expect(control.labels![0].textContent).to.contain(`Label of ${name}`);
        const described = control
          .getAttribute('aria-describedby')!
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent?.trim());
        expect(described).to.deep.equal([`Hint of ${name}`, `Enter label of ${name}.`]);
      }
    });
  }

  it('gives unique ids, and each control its own label, hint and error, for any set of unique names', function () {
    // 100 generated declarations, each drawn and queried: CPU-bound, so on a loaded machine it may
    // pass the 5 s the runner allows a test to hang. This is room for the work, not a wait.
    this.timeout(30_000);
    const name = fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }),
      fc.constantFrom('a b', 'a_b', 'a-b', '名前', '電話', 'a-hint', 'a-0', 'a_5f_b', '_', '-'),
    );
    const field = fc.record({
      name: name.filter((candidate) => candidate.trim() !== ''),
      type: fc.constantFrom('text', 'textarea', 'select', 'radio', 'checkbox', 'hidden'),
      hint: fc.option(fc.constant('A hint'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(field, { selector: (candidate) => candidate.name, minLength: 1, maxLength: 5 }), (fields) => {
        const container = document.createElement('div');
        document.body.append(container);
        try {
          const declarations = fields.map((declared) => ({ ...declared, options: ['x', 'y'] }) as CheckedField);
          renderFields(container, declarations, 'webview-form-property', DEFAULT_MESSAGES);
          const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
          expect(new Set(ids).size, ids.join(' ')).to.equal(ids.length);
          for (const declared of fields) expectOwnLabelHintAndError(container, declared.name);
        } finally {
          container.remove();
        }
      }),
      { numRuns: 100 },
    );
  });

  it('starts a select without a default on a "Choose…" option, unless a placeholder says otherwise', () => {
    const container = document.body.appendChild(document.createElement('div'));
    try {
      const select = (field: Partial<CheckedField>, messages = DEFAULT_MESSAGES) => {
        renderFields(container, [{ name: 'size', type: 'select', options: ['S', 'M'], ...field } as CheckedField], 'choose', messages);
        return container.querySelector('select')!;
      };
      expect(select({}).options[0].text).to.equal('Choose…');
      expect(select({}).options[0].value).to.equal('');
      expect(select({}, { ...DEFAULT_MESSAGES, choose: 'Choisissez…' }).options[0].text).to.equal('Choisissez…');
      expect(select({ placeholder: 'Pick a size' }).options[0].text).to.equal('Pick a size');
      expect(select({ value: 'M' }).options[0].text).to.equal('S');
    } finally {
      container.remove();
    }
  });
});
