import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { sketchFields, type CheckedItem } from '../src/fields/declarations.js';
import { parseFields } from '../src/delivery/fields-schema.js';
import { renderFields } from '../src/delivery/keyed-fields.js';
import { DEFAULT_MESSAGES } from '../src/delivery/messages.js';
import type { FormMessages } from '../src/i18n/messages.js';
import { recordingTransport, useFreshTab } from './helpers.js';

/**
 * The markup under `root` as a person's browser holds it: comments (a renderer's markers) left
 * out, and the white space between tags that only indents a template.
 */
function markup(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  const drop = (show: number, test: (node: Node) => boolean) => {
    const walker = document.createTreeWalker(copy, show);
    const found: Node[] = [];
    while (walker.nextNode()) if (test(walker.currentNode)) found.push(walker.currentNode);
    for (const node of found) node.parentNode!.removeChild(node);
  };
  drop(NodeFilter.SHOW_COMMENT, () => true);
  copy.normalize();
  drop(NodeFilter.SHOW_TEXT, (node) => /^\s*\n\s*$/.test(node.nodeValue!));
  return copy.outerHTML;
}

/** Every option of every type, with and without hint, value, condition. */
const FLAT = [
  {
    name: 'name',
    type: 'text',
    label: 'Full name',
    required: true,
    autocomplete: 'name',
    pattern: '[A-Z].*',
    minLength: 2,
    maxLength: 40,
    placeholder: 'Ada',
  },
  { name: 'email', type: 'email', label: 'Email', required: true, hint: 'We send the quote here.' },
  { name: 'phone', type: 'tel', value: '+1 555' },
  { name: 'site', type: 'url', label: 'Website' },
  { name: 'budget', type: 'number', label: 'Budget', min: 0, max: 100 },
  { name: 'start', type: 'date', min: '2024-01-01' },
  { name: 'notes', type: 'textarea', label: 'Notes', maxLength: 50, value: 'none', placeholder: 'Anything', hint: 'Say more' },
  {
    name: 'size',
    type: 'select',
    label: 'Team size',
    options: ['1-10', { value: '11+', label: 'Eleven or more' }],
    autocomplete: 'off',
    hint: 'h',
  },
  { name: 'size2', type: 'select', options: ['a', 'b'], value: 'b', required: true },
  { name: 'contact', type: 'radio', label: 'Reach me by', options: ['email', 'phone'], value: 'phone', hint: 'How?' },
  { name: 'contact2', type: 'radio', options: ['x'], required: true, when: { field: 'contact', equals: 'phone' } },
  { name: 'consent', type: 'checkbox', label: 'You may contact me', hint: 'Once', required: true },
  { name: 'news', type: 'checkbox', value: true, when: { field: 'consent', filled: true } },
  { name: 'source', type: 'hidden', value: 'chat' },
  { name: 'ref', type: 'hidden', when: { field: 'consent', filled: true } },
  { name: 'zip', pattern: '[0-9]{5}' },
];

const STEPS = [
  {
    step: 'One',
    fields: [
      { name: 'a', type: 'text' },
      { name: 'zip', type: 'text', required: true, pattern: '[0-9]{5}' },
    ],
  },
  { step: 'Two', when: { field: 'a', in: ['x', 'y'] }, fields: [{ name: 'b', type: 'select', options: ['p'], placeholder: 'Pick' }] },
];

/** The page's own markup around the fields: an authored `zip` control, and two submit buttons. */
const AUTHORED = '<p>intro</p><input name="zip" required=""><button>Send</button><button type="submit">Two</button>';

const error = (id: string) => `<p class="webview-form-error" hidden="" id="p-${id}-error"></p>`;
const optional = '<span class="webview-form-optional">(optional)</span>';
const when = (condition: object) => `data-when="${JSON.stringify(condition).replaceAll('"', '&quot;')}"`;

// The markup the lit-html templates drew, which the direct DOM code draws the same.
const FLAT_MARKUP = [
  '<div class="drawn-here"><p>intro</p><input name="zip" required="" pattern="[0-9]{5}"><form class="webview-form-fields" method="dialog">',
  `<div class="webview-form-field" data-type="text"><label for="p-name">Full name</label>${error('name')}`,
  '<input type="text" id="p-name" name="name" required="" pattern="[A-Z].*" minlength="2" maxlength="40" placeholder="Ada" autocomplete="name"></div>',
  `<div class="webview-form-field" data-type="email"><label for="p-email">Email</label><p class="webview-form-hint" id="p-email-hint">We send the quote here.</p>${error('email')}`,
  '<input type="email" id="p-email" name="email" required="" autocomplete="email" aria-describedby="p-email-hint" dir="ltr"></div>',
  `<div class="webview-form-field" data-type="tel"><label for="p-phone">Phone ${optional}</label>${error('phone')}`,
  '<input type="tel" id="p-phone" name="phone" autocomplete="tel" value="+1 555" dir="ltr" inputmode="tel"></div>',
  `<div class="webview-form-field" data-type="url"><label for="p-site">Website ${optional}</label>${error('site')}`,
  '<input type="url" id="p-site" name="site" autocomplete="url" dir="ltr"></div>',
  `<div class="webview-form-field" data-type="number"><label for="p-budget">Budget ${optional}</label>${error('budget')}`,
  '<input type="number" id="p-budget" name="budget" min="0" max="100" step="any"></div>',
  `<div class="webview-form-field" data-type="date"><label for="p-start">Start ${optional}</label>${error('start')}`,
  '<input type="date" id="p-start" name="start" min="2024-01-01"></div>',
  `<div class="webview-form-field" data-type="textarea"><label for="p-notes">Notes ${optional}</label><p class="webview-form-hint" id="p-notes-hint">Say more</p>${error('notes')}`,
  '<textarea rows="4" id="p-notes" name="notes" maxlength="50" placeholder="Anything" aria-describedby="p-notes-hint">none</textarea></div>',
  `<div class="webview-form-field" data-type="select"><label for="p-size">Team size ${optional}</label><p class="webview-form-hint" id="p-size-hint">h</p>${error('size')}`,
  '<select id="p-size" name="size" autocomplete="off" aria-describedby="p-size-hint"><option value="">Choose…</option><option value="1-10">1-10</option><option value="11+">Eleven or more</option></select></div>',
  `<div class="webview-form-field" data-type="select"><label for="p-size2">Size2</label>${error('size2')}`,
  '<select id="p-size2" name="size2" required=""><option value="a">a</option><option value="b" selected="">b</option></select></div>',
  `<fieldset class="webview-form-field" data-type="radio" aria-describedby="p-contact-hint"><legend>Reach me by</legend><p class="webview-form-hint" id="p-contact-hint">How?</p>${error('contact-0')}`,
  '<div class="webview-form-option"><input type="radio" id="p-contact-0" name="contact" value="email"><label for="p-contact-0">email</label></div>',
  '<div class="webview-form-option"><input type="radio" id="p-contact-1" name="contact" value="phone" checked=""><label for="p-contact-1">phone</label></div></fieldset>',
  `<div ${when({ field: 'contact', equals: 'phone' })}><fieldset class="webview-form-field" data-type="radio"><legend>Contact2</legend>${error('contact2-0')}`,
  '<div class="webview-form-option"><input type="radio" id="p-contact2-0" name="contact2" value="x" required=""><label for="p-contact2-0">x</label></div></fieldset></div>',
  `<div class="webview-form-field" data-type="checkbox"><p class="webview-form-hint" id="p-consent-hint">Once</p>${error('consent')}`,
  '<div class="webview-form-option"><input type="checkbox" id="p-consent" name="consent" required="" aria-describedby="p-consent-hint"><label for="p-consent">You may contact me</label></div></div>',
  `<div ${when({ field: 'consent', filled: true })}><div class="webview-form-field" data-type="checkbox">${error('news')}`,
  '<div class="webview-form-option"><input type="checkbox" id="p-news" name="news" checked=""><label for="p-news">News</label></div></div></div>',
  '<input type="hidden" name="source" value="chat">',
  `<div ${when({ field: 'consent', filled: true })}><input type="hidden" name="ref"></div>`,
  '</form><button>Send</button><button type="submit">Two</button></div>',
].join('');

const STEPS_MARKUP = [
  '<div class="drawn-here"><p>intro</p><input name="zip" required="" pattern="[0-9]{5}"><form class="webview-form-fields" method="dialog">',
  '<div class="webview-form-step" data-step="One">',
  `<div class="webview-form-field" data-type="text"><label for="p-a">A ${optional}</label>${error('a')}<input type="text" id="p-a" name="a"></div></div>`,
  `<div class="webview-form-step" data-step="Two" ${when({ field: 'a', in: ['x', 'y'] })}>`,
  `<div class="webview-form-field" data-type="select"><label for="p-b">B ${optional}</label>${error('b')}`,
  '<select id="p-b" name="b"><option value="">Pick</option><option value="p">p</option></select></div></div>',
  '</form><button>Send</button><button type="submit">Two</button></div>',
].join('');

/** A host in the page, with what `draw` draws into it and the nodes it holds. */
function page(content = '') {
  const host = document.body.appendChild(document.createElement('div'));
  host.className = 'drawn-here';
  host.innerHTML = content;
  const draw = (items: unknown, messages: FormMessages = DEFAULT_MESSAGES) => renderFields(host, items as CheckedItem[], 'p', messages);
  const control = <T extends Element = HTMLInputElement>(name: string) => host.querySelector<T & Element>(`[name="${name}"]`)!;
  /** The elements under the host, to compare one drawing's with the next. */
  const nodes = () => [...host.querySelectorAll('*')];
  /** Records every change under the host until `changes()` is called. */
  const watch = () => {
    const observer = new MutationObserver(() => undefined);
    observer.observe(host, { subtree: true, childList: true, attributes: true, characterData: true });
    return () => {
      const records = observer.takeRecords();
      observer.disconnect();
      return records;
    };
  };
  return { host, draw, control, nodes, watch };
}

describe('generated field markup', () => {
  afterEach(() => document.querySelectorAll('.drawn-here').forEach((host) => host.remove()));

  it('draws every type as it always has, before the first submit button, leaving the authored control its place', () => {
    const { host, draw } = page(AUTHORED);
    draw(FLAT);
    expect(markup(host)).to.equal(FLAT_MARKUP);
  });

  it('draws steps and conditions as the markup an author would write', () => {
    const { host, draw } = page(AUTHORED);
    draw(STEPS);
    expect(markup(host)).to.equal(STEPS_MARKUP);
  });

  it('appends the container when the page has no submit button', () => {
    const { host, draw } = page('<p>intro</p><button type="button">Help</button>');
    draw([{ name: 'a', type: 'text' }]);
    expect(host.lastElementChild!.className).to.equal('webview-form-fields');
  });

  it('draws nothing, not even the container, for an empty declaration', () => {
    const { host, draw } = page();
    draw([]);
    expect(host.innerHTML).to.equal('');
  });
});

describe('drawing a declaration again', () => {
  afterEach(() => document.querySelectorAll('.drawn-here').forEach((host) => host.remove()));

  it('changes no node when the declaration and the texts are the same', () => {
    const { draw, watch } = page(AUTHORED);
    draw(FLAT);
    const changes = watch();
    draw(FLAT);
    draw(FLAT);
    expect(changes()).to.have.length(0);
  });

  it("changes no node when zod's checked declaration replaces the sketch, keys in another order", () => {
    // The author's keys in an order of their own; zod writes them in its schema's order.
    const declared = [
      { label: 'Team size', type: 'select', name: 'size', options: [{ label: 'Eleven or more', value: '11+' }] },
      { type: 'radio', name: 'contact', options: ['a', 'b'], when: { equals: 'x', field: 'size' } },
      { name: 'notes', type: 'textarea', value: 'none' },
    ];
    const sketch = sketchFields(declared)!;
    const verdict = parseFields(declared);
    expect(JSON.stringify(verdict)).not.to.equal(JSON.stringify(sketch));
    const { draw, nodes, watch } = page(AUTHORED);
    draw(sketch);
    const before = nodes();
    const changes = watch();
    draw(verdict);
    expect(changes()).to.have.length(0);
    expect(nodes()).to.have.ordered.members(before);
  });

  it('keeps what was typed and the focus when the verdict replaces the sketch, and when the texts change', () => {
    const { draw, control } = page(AUTHORED);
    draw(sketchFields(FLAT));
    const phone = control('phone');
    phone.value = '+44 20';
    phone.focus();
    control<HTMLTextAreaElement>('notes').value = 'typed';
    control<HTMLSelectElement>('size').value = '11+';
    draw(parseFields(FLAT));
    draw(parseFields(FLAT), { ...DEFAULT_MESSAGES, optional: '(facultatif)', choose: 'Choisissez…' });
    expect(control('phone') === phone, 'the same control').to.be.true;
    expect(document.activeElement === phone, 'focus in it').to.be.true;
    expect(phone.value).to.equal('+44 20');
    expect(control<HTMLTextAreaElement>('notes').value).to.equal('typed');
    expect(control<HTMLSelectElement>('size').value).to.equal('11+');
  });

  it('puts new texts in place: "(optional)" and "Choose…" change, the controls and an error shown stay', () => {
    const { draw, control, nodes } = page();
    draw([
      { name: 'size', type: 'select', options: ['S'] },
      { name: 'note', hint: 'Short' },
    ]);
    const errorText = document.getElementById('p-note-error')!;
    errorText.hidden = false;
    errorText.textContent = 'Too long';
    const before = nodes();
    draw(
      [
        { name: 'size', type: 'select', options: ['S'] },
        { name: 'note', hint: 'Short' },
      ],
      { ...DEFAULT_MESSAGES, optional: '(facultatif)', choose: 'Choisissez…' },
    );
    expect(nodes()).to.have.ordered.members(before);
    expect(control('note').labels![0].textContent).to.equal('Note (facultatif)');
    expect(control<HTMLSelectElement>('size').options[0].text).to.equal('Choisissez…');
    expect(errorText.hidden).to.be.false;
    expect(errorText.textContent).to.equal('Too long');
  });

  it('removes only the nodes of a field that is gone', () => {
    const { draw, host, nodes, watch } = page();
    draw([{ name: 'a' }, { name: 'b' }, { name: 'c', type: 'checkbox' }]);
    const field = (name: string) => host.querySelector(`[name="${name}"]`)!.closest('.webview-form-field')!;
    const gone = field('b');
    const kept = nodes().filter((node) => !gone.contains(node));
    const changes = watch();
    draw([{ name: 'a' }, { name: 'c', type: 'checkbox' }]);
    const records = changes();
    expect(records).to.have.length(1);
    expect([...records[0].removedNodes]).to.have.ordered.members([gone]);
    expect(records[0].addedNodes).to.have.length(0);
    expect(nodes()).to.have.ordered.members(kept);
  });

  it('inserts a new field in its place, and draws a field whose declaration changed anew, leaving the others', () => {
    const { draw, host, control } = page();
    draw([{ name: 'a' }, { name: 'c' }, { name: 'd' }]);
    const [a, c, d] = ['a', 'c', 'd'].map((name) => control(name));
    a.focus();
    draw([{ name: 'a' }, { name: 'b' }, { name: 'c' }, { name: 'd', label: 'Dee' }]);
    expect([...host.querySelectorAll('input')].map((input) => input.name)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect([control('a'), control('c')]).to.have.ordered.members([a, c]);
    expect(control('d') === d, 'the changed field drawn anew').to.be.false;
    expect(control('d').labels![0].textContent).to.equal('Dee (optional)');
    expect(document.activeElement === a, 'focus kept').to.be.true;
  });

  it('keeps a step, and what the step flow set on it, when its fields change', () => {
    const { draw, host, control } = page();
    draw(STEPS);
    const [one, two] = host.querySelectorAll<HTMLElement>('[data-step]');
    two.hidden = true;
    const a = control('a');
    draw([{ ...STEPS[0], fields: [...STEPS[0].fields, { name: 'c' }] }, STEPS[1]]);
    expect([...host.querySelectorAll('[data-step]')]).to.have.ordered.members([one, two]);
    expect(two.hidden).to.be.true;
    expect(control('a') === a, 'the same control').to.be.true;
    expect([...one.querySelectorAll('input')].map((input) => input.name)).to.deep.equal(['a', 'zip', 'c']);
  });

  it('draws two fields of one name, as a sketch may, and keeps both', () => {
    const { draw, host } = page();
    draw([{ name: 'a' }, { name: 'a' }]);
    const before = [...host.querySelectorAll('input')];
    draw([{ name: 'a' }, { name: 'a' }]);
    expect(before).to.have.length(2);
    expect([...host.querySelectorAll('input')]).to.have.ordered.members(before);
  });

  it('gives way to a control the page wrote later, and gives that control the declared rules', () => {
    const { draw, host } = page();
    const declared = [{ name: 'a' }, { name: 'b', required: true }];
    draw(declared);
    host.insertAdjacentHTML('afterbegin', '<input name="b" class="mine">');
    draw(declared);
    expect([...host.querySelectorAll('[name="b"]')].map((control) => control.className)).to.deep.equal(['mine']);
    expect(host.querySelector<HTMLInputElement>('.mine')!.required).to.be.true;
  });

  it('removes what was drawn when the declaration becomes empty, keeping the container', () => {
    const { draw, host } = page(AUTHORED);
    draw(STEPS);
    draw([]);
    expect(host.querySelector('.webview-form-fields')!.childNodes).to.have.length(0);
    expect(host.querySelectorAll('[name]')).to.have.length(1);
  });
});

describe('generated fields in the element', () => {
  useFreshTab();

  it('keep what was typed and the controls when the language changes, and the focus too when the messages do', async () => {
    const { transport } = recordingTransport();
    const form = await fixture<WebviewForm>(
      html`<webview-form
        region="us"
        .fields=${[
          { name: 'phone', type: 'tel' },
          { name: 'size', type: 'select', options: ['S'] },
        ]}
        .fetch=${transport}
      ></webview-form>`,
    );
    await form.updateComplete;
    const phone = form.querySelector<HTMLInputElement>('[name="phone"]')!;
    const label = () => phone.labels![0].textContent;
    phone.value = '+33 1';
    phone.focus();
    form.setAttribute('lang', 'fr');
    // The element sees its own lang change in a mutation observer's microtask.
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await form.updateComplete;
    expect(label()).to.equal('Phone (facultatif)');
    expect(form.querySelector<HTMLSelectElement>('select')!.options[0].text).to.equal('Choisissez…');
    expect(form.querySelector('[name="phone"]') === phone, 'the same control').to.be.true;
    // The form hides while a language's table loads, which takes focus from it: give it back.
    phone.focus();
    form.messages = { optional: '(si vous voulez)' };
    await form.updateComplete;
    expect(label()).to.equal('Phone (si vous voulez)');
    expect(form.querySelector('[name="phone"]') === phone, 'the same control').to.be.true;
    expect(document.activeElement === phone, 'focus in it').to.be.true;
    expect(phone.value).to.equal('+33 1');
  });
});
