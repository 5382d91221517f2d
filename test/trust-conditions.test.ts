// Issue 27, row 7: conditions at scale. Every input judges the form's conditions again; that pass
// must cost in proportion to the fields, not to their square. Time is the bench's business
// (bench/, "conditions"); here the work is counted: how often a control's value is read, and how
// often the DOM is asked what contains what, during one input, at two sizes of the same form.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { useFreshTab } from './helpers.js';

/** A text field, then `count` fields that show only once it is filled. */
function conditional(count: number) {
  return [
    { name: 'topic', label: 'Topic' },
    ...Array.from({ length: count }, (_, index) => ({
      name: `detail${index}`,
      label: `Detail ${index + 1}`,
      when: { field: 'topic', filled: true },
    })),
  ];
}

/** What one call does while `run` runs: each accessor or method of a prototype, counted. */
function counting(run: () => void) {
  const counts = { valueReads: 0, containsCalls: 0 };
  const value = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  const contains = Object.getOwnPropertyDescriptor(Node.prototype, 'contains')!;
  Object.defineProperty(HTMLInputElement.prototype, 'value', {
    ...value,
    get(this: HTMLInputElement) {
      counts.valueReads++;
      return value.get!.call(this);
    },
  });
  Object.defineProperty(Node.prototype, 'contains', {
    ...contains,
    value(this: Node, other: Node | null) {
      counts.containsCalls++;
      return (contains.value as Node['contains']).call(this, other);
    },
  });
  try {
    run();
  } finally {
    Object.defineProperty(HTMLInputElement.prototype, 'value', value);
    Object.defineProperty(Node.prototype, 'contains', contains);
  }
  return counts;
}

/** The work of one keystroke in the field every condition names, on a form of `count` conditional fields. */
async function workOfOneInput(count: number) {
  // The same page and conversation: the other size's draft (kept on the device) must not fill this form in.
  localStorage.clear();
  const form = await fixture<WebviewForm>(html`<webview-form region="us" .fields=${conditional(count)}></webview-form>`);
  const topic = form.querySelector<HTMLInputElement>('[name="topic"]')!;
  const last = () => form.querySelector<HTMLInputElement>(`[name="detail${count - 1}"]`)!;
  await waitUntil(() => last().matches(':disabled'), 'the conditions were judged once the steps code came', { timeout: 10_000 });
  const type = (text: string) => {
    topic.value = text;
    topic.dispatchEvent(new Event('input', { bubbles: true }));
  };
  type('A');
  expect(last().matches(':disabled')).to.be.false;
  // The draft follows every input too, once its code has come: wait for it, so that both sizes count its work.
  const drafted = () => Object.keys(localStorage).some((key) => key.startsWith('webview-form:draft:'));
  await waitUntil(drafted, 'the draft was kept', { timeout: 10_000 });
  const counts = counting(() => type('Ar'));
  form.remove();
  return counts;
}

describe('conditions at scale', function () {
  // Two forms, the larger of a hundred fields, each waiting for the steps code.
  this.timeout(20_000);
  useFreshTab();

  it('each input judges the conditions in time proportional to the fields, not their square', async () => {
    const small = await workOfOneInput(25);
    const large = await workOfOneInput(100);
    // Four times the fields: four times the work, with room for fixed costs; the square would be sixteen.
    expect(large.valueReads, `value reads: ${small.valueReads} at 25 fields, ${large.valueReads} at 100`).to.be.at.most(
      5 * small.valueReads + 10,
    );
    expect(large.containsCalls, `contains calls: ${small.containsCalls} at 25 fields, ${large.containsCalls} at 100`).to.be.at.most(
      5 * small.containsCalls + 10,
    );
  });
});
