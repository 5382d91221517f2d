import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { loadTable } from '../src/i18n/languages.js';
import { expectAccessible } from './a11y.js';
import { recordingTransport, useFreshTab } from './helpers.js';

const FIELDS = [
  { name: 'name', label: 'الاسم', required: true },
  { name: 'email', type: 'email', label: 'البريد الإلكتروني', required: true, hint: 'سنرد عليك خلال يوم عمل واحد.' },
  { name: 'notes', type: 'textarea', label: 'ملاحظات', minLength: 3 },
  { name: 'agree', type: 'checkbox', label: 'أوافق على الشروط', required: true },
];

/** The box of an element's text (not of the element), as a reader's eye finds it. */
function textBox(element: Element): DOMRect {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range.getBoundingClientRect();
}

describe('right-to-left, in Arabic', () => {
  useFreshTab();

  async function arabicForm() {
    const { transport, seen } = recordingTransport();
    const page = await fixture<HTMLDivElement>(html`
      <div lang="ar" dir="rtl" style="inline-size: 22rem; padding: 1rem">
        <webview-form region="us" .fields=${FIELDS} .fetch=${transport}></webview-form>
      </div>
    `);
    const form = page.querySelector<WebviewForm>('webview-form')!;
    await form.updateComplete;
    return { form, seen, part: (name: string) => form.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)! };
  }

  it('speaks Arabic, lays the chrome and the generated controls out from the right, and passes axe', async () => {
    const { form, seen, part } = await arabicForm();
    const ar = await loadTable('ar');
    const box = form.getBoundingClientRect();

    // The Send button starts where the lines start: at the right.
    const send = part('submit').getBoundingClientRect();
    expect(part('submit').textContent!.trim()).to.equal(ar.send);
    expect(box.right - send.right, 'Send sits against the right edge').to.be.below(1);
    expect(send.left - box.left, 'and far from the left one').to.be.above(100);

    // Labels and hints start at the right too.
    for (const text of [...form.querySelectorAll('label:not([for$="agree"])'), form.querySelector('.webview-form-hint')!]) {
      expect(getComputedStyle(text).direction).to.equal('rtl');
      expect(box.right - textBox(text).right, `"${text.textContent!.trim()}" starts at the right`).to.be.below(2);
    }
    // An address reads left to right in any script.
    expect(form.querySelector('[name="email"]')!.getAttribute('dir')).to.equal('ltr');
    expect(form.querySelector('[name="name"]')!.hasAttribute('dir')).to.be.false;
    // A checkbox stands before its label: on its right.
    const checkbox = form.querySelector<HTMLInputElement>('[name="agree"]')!;
    const label = form.querySelector(`label[for="${checkbox.id}"]`)!;
    expect(checkbox.getBoundingClientRect().left).to.be.at.least(textBox(label).right - 1);
    expect(box.right - checkbox.getBoundingClientRect().right, 'the checkbox starts the line').to.be.below(4);

    await form.submit().catch(() => undefined);
    await form.updateComplete;
    expect(seen).to.have.length(0);

    // The summary: its heading, its line and its links start at the right of its box.
    const summary = part('error');
    const summaryBox = summary.getBoundingClientRect();
    const padding = parseFloat(getComputedStyle(summary).paddingInlineStart);
    expect(summary.querySelector('h2')!.textContent).to.equal(ar.summaryTitle);
    for (const line of [summary.querySelector('h2')!, summary.querySelector('p')!, ...summary.querySelectorAll('[part="summary-link"]')]) {
      const text = textBox(line);
      expect(summaryBox.right - padding - text.right, `"${line.textContent!.trim()}" starts at the right`).to.be.within(-1, 40);
      expect(text.left - summaryBox.left, `"${line.textContent!.trim()}" ends short of the left`).to.be.above(padding - 1);
    }
    // Inline errors, under their labels, start at the right as well.
    // (Inside the red bar, which stands at the right of the field's group.)
    for (const error of form.querySelectorAll<HTMLElement>('.webview-form-error:not([hidden])')) {
      const group = getComputedStyle(error.parentElement!);
      const start =
        error.parentElement!.getBoundingClientRect().right - parseFloat(group.borderRightWidth) - parseFloat(group.paddingRight);
      expect(start - textBox(error).right, `"${error.textContent!.trim()}"`).to.be.within(-1, 2);
    }
    await expectAccessible(form.parentElement!, 'Arabic, right-to-left, with errors');
  });

  it('the summary links and Send are reached in reading order with Tab: the same order, mirrored on screen', async () => {
    const { form, part } = await arabicForm();
    await form.submit().catch(() => undefined);
    await form.updateComplete;
    const links = [...part('error').querySelectorAll<HTMLElement>('[part="summary-link"]')];
    // The summary lists the fields in the order they come, top to bottom, each named once.
    const labels = ['الاسم', 'البريد الإلكتروني', 'أوافق على الشروط'];
    expect(links).to.have.length(labels.length);
    links.forEach((link, index) => expect(link.textContent!.split(labels[index]!)).to.have.length(2));
    links[1]!.click();
    expect(document.activeElement).to.equal(form.querySelector('[name="email"]'));
  });
});
