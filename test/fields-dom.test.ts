import { expect } from '@open-wc/testing';
import type { CheckedItem } from '../src/fields/declarations.js';
import { renderFields } from '../src/fields/templates.js';
import { DEFAULT_MESSAGES } from '../src/i18n/late-messages.js';
import type { FormMessages } from '../src/i18n/messages.js';

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
  { name: 'name', type: 'text', label: 'Full name', required: true, autocomplete: 'name', pattern: '[A-Z].*', minLength: 2, maxLength: 40, placeholder: 'Ada' },
  { name: 'email', type: 'email', label: 'Email', required: true, hint: 'We send the quote here.' },
  { name: 'phone', type: 'tel', value: '+1 555' },
  { name: 'site', type: 'url', label: 'Website' },
  { name: 'budget', type: 'number', label: 'Budget', min: 0, max: 100 },
  { name: 'start', type: 'date', min: '2024-01-01' },
  { name: 'notes', type: 'textarea', label: 'Notes', maxLength: 50, value: 'none', placeholder: 'Anything', hint: 'Say more' },
  { name: 'size', type: 'select', label: 'Team size', options: ['1-10', { value: '11+', label: 'Eleven or more' }], autocomplete: 'off', hint: 'h' },
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
  { step: 'One', fields: [{ name: 'a', type: 'text' }, { name: 'zip', type: 'text', required: true, pattern: '[0-9]{5}' }] },
  { step: 'Two', when: { field: 'a', in: ['x', 'y'] }, fields: [{ name: 'b', type: 'select', options: ['p'], placeholder: 'Pick' }] },
];

/** The page's own markup around the fields: an authored `zip` control, and two submit buttons. */
const AUTHORED = '<p>intro</p><input name="zip" required=""><button>Send</button><button type="submit">Two</button>';

const error = (id: string) => `<p class="webview-form-error" hidden="" id="p-${id}-error"></p>`;
const optional = '<span class="webview-form-optional">(optional)</span>';
const when = (condition: object) => `data-when="${JSON.stringify(condition).replaceAll('"', '&quot;')}"`;

// The markup the lit-html templates drew, which the direct DOM code draws the same.
const FLAT_MARKUP = [
  '<div class="drawn-here"><p>intro</p><input name="zip" required="" pattern="[0-9]{5}"><div class="webview-form-fields">',
  `<div class="webview-form-field" data-type="text"><label for="p-name">Full name</label>${error('name')}`,
  '<input id="p-name" name="name" type="text" required="" pattern="[A-Z].*" minlength="2" maxlength="40" placeholder="Ada" autocomplete="name"></div>',
  `<div class="webview-form-field" data-type="email"><label for="p-email">Email</label><p class="webview-form-hint" id="p-email-hint">We send the quote here.</p>${error('email')}`,
  '<input id="p-email" name="email" type="email" required="" autocomplete="email" aria-describedby="p-email-hint" dir="ltr"></div>',
  `<div class="webview-form-field" data-type="tel"><label for="p-phone">Phone ${optional}</label>${error('phone')}`,
  '<input id="p-phone" name="phone" type="tel" autocomplete="tel" value="+1 555" dir="ltr"></div>',
  `<div class="webview-form-field" data-type="url"><label for="p-site">Website ${optional}</label>${error('site')}`,
  '<input id="p-site" name="site" type="url" autocomplete="url" dir="ltr"></div>',
  `<div class="webview-form-field" data-type="number"><label for="p-budget">Budget ${optional}</label>${error('budget')}`,
  '<input id="p-budget" name="budget" type="number" min="0" max="100" step="any"></div>',
  `<div class="webview-form-field" data-type="date"><label for="p-start">Start ${optional}</label>${error('start')}`,
  '<input id="p-start" name="start" type="date" min="2024-01-01"></div>',
  `<div class="webview-form-field" data-type="textarea"><label for="p-notes">Notes ${optional}</label><p class="webview-form-hint" id="p-notes-hint">Say more</p>${error('notes')}`,
  '<textarea rows="4" id="p-notes" name="notes" maxlength="50" placeholder="Anything" aria-describedby="p-notes-hint">none</textarea></div>',
  `<div class="webview-form-field" data-type="select"><label for="p-size">Team size ${optional}</label><p class="webview-form-hint" id="p-size-hint">h</p>${error('size')}`,
  '<select id="p-size" name="size" autocomplete="off" aria-describedby="p-size-hint"><option value="">Choose…</option><option value="1-10">1-10</option><option value="11+">Eleven or more</option></select></div>',
  `<div class="webview-form-field" data-type="select"><label for="p-size2">Size2</label>${error('size2')}`,
  '<select id="p-size2" name="size2" required=""><option value="a">a</option><option value="b" selected="">b</option></select></div>',
  `<fieldset class="webview-form-field" data-type="radio" aria-describedby="p-contact-hint"><legend>Reach me by ${optional}</legend><p class="webview-form-hint" id="p-contact-hint">How?</p>${error('contact-0')}`,
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
  '</div><button>Send</button><button type="submit">Two</button></div>',
].join('');

const STEPS_MARKUP = [
  '<div class="drawn-here"><p>intro</p><input name="zip" required="" pattern="[0-9]{5}"><div class="webview-form-fields">',
  '<div class="webview-form-step" data-step="One">',
  `<div class="webview-form-field" data-type="text"><label for="p-a">A ${optional}</label>${error('a')}<input id="p-a" name="a" type="text"></div></div>`,
  `<div class="webview-form-step" data-step="Two" ${when({ field: 'a', in: ['x', 'y'] })}>`,
  `<div class="webview-form-field" data-type="select"><label for="p-b">B ${optional}</label>${error('b')}`,
  '<select id="p-b" name="b"><option value="">Pick</option><option value="p">p</option></select></div></div>',
  '</div><button>Send</button><button type="submit">Two</button></div>',
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
