// What a person ships should look finished (issue 30): these are the rows a test can hold.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { loadDelivery } from '../src/element/loader.js';
import { useFreshTab } from './helpers.js';

/** Whether the field named `name` is marked "(optional)" in its label or legend. */
function markedOptional(form: WebviewForm, name: string): boolean {
  const control = form.querySelector(`[name="${name}"]`)!;
  const field = control.closest('.webview-form-field')!;
  return field.querySelector(':is(label, legend) .webview-form-optional') !== null;
}

describe('a finished look', () => {
  useFreshTab();

  it('a radio group or a select with a default answer is not marked optional, before and after the delivery redraws it; without one it is', async () => {
    const fields = [
      { name: 'contact', type: 'radio', label: 'Reach me by', options: ['Email', 'Phone'], value: 'Email' },
      { name: 'size', type: 'select', label: 'Team size', options: ['1-10', '11+'], value: '1-10' },
      { name: 'plan', type: 'radio', label: 'Plan', options: ['Basic', 'Pro'] },
      { name: 'team', type: 'select', label: 'Team', options: ['A', 'B'] },
      { name: 'notes', label: 'Notes' },
    ];
    const form = await fixture<WebviewForm>(html`<webview-form region="us" .fields=${fields}></webview-form>`);
    const marks = () => Object.fromEntries(fields.map(({ name }) => [name, markedOptional(form, name)]));
    const expected = { contact: false, size: false, plan: true, team: true, notes: true };
    expect(marks(), 'the first render').to.deep.equal(expected);
    await loadDelivery();
    form.requestUpdate();
    await form.updateComplete;
    expect(marks(), 'drawn again by the delivery').to.deep.equal(expected);
  });

  it('on a phone the built-in Send spans the form; on a desktop it keeps its own width', async () => {
    /** The Send button's width over the form's, in a page `width` CSS pixels wide. */
    const ratioAt = async (width: number) => {
      const frame = document.createElement('iframe');
      frame.style.cssText = `width: ${width}px; height: 400px; border: 0`;
      frame.srcdoc = `<!doctype html><meta name="viewport" content="width=device-width">
        <script type="module" src="${new URL('../src/index.ts', import.meta.url).pathname}"></script>
        <webview-form region="us" bot-id="b" conversation-id="c" user-id="u"><label>Name <input name="name"></label></webview-form>`;
      document.body.append(frame);
      try {
        await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        const page = frame.contentWindow!;
        await page.customElements.whenDefined('webview-form');
        const form = page.document.querySelector('webview-form') as WebviewForm;
        await form.updateComplete;
        const send = form.shadowRoot!.querySelector('[part="submit"]')!.getBoundingClientRect().width;
        const whole = form.shadowRoot!.querySelector('[part="form"]')!.getBoundingClientRect().width;
        return send / whole;
      } finally {
        frame.remove();
      }
    };
    expect(await ratioAt(480), 'a phone').to.be.closeTo(1, 0.01);
    expect(await ratioAt(1000), 'a desktop').to.be.below(0.5);
  });
});
