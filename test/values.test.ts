import { expect, fixture, html } from '@open-wc/testing';
import { readValues } from '../src/delivery/answers.js';
import { listControls, resetControls } from '../src/dom/controls.js';
import { WebviewError } from '../src/core/errors.js';

// A minimal form-associated custom element, as a design system would ship one.
class RatingInput extends HTMLElement {
  static formAssociated = true;
  value = '4';
}
customElements.define('test-rating-input', RatingInput);

async function host(template: ReturnType<typeof html>) {
  return fixture<HTMLElement>(html`<div>${template}</div>`);
}

describe('values', () => {
  it('reads text, email, number, date, textarea and select values as strings, in document order', async () => {
    const root = await host(html`
      <input name="name" value="Arthur" />
      <input name="email" type="email" value="arthur@camelot.example" />
      <input name="swallow" type="number" value="11" />
      <input name="date" type="date" value="2026-11-27" />
      <textarea name="note">Ni!</textarea>
      <select name="color">
        <option>red</option>
        <option selected>blue</option>
      </select>
    `);
    expect(readValues(listControls(root))).to.deep.equal([
      { name: 'name', value: 'Arthur' },
      { name: 'email', value: 'arthur@camelot.example' },
      { name: 'swallow', value: '11' },
      { name: 'date', value: '2026-11-27' },
      { name: 'note', value: 'Ni!' },
      { name: 'color', value: 'blue' },
    ]);
  });

  it('sends a checkbox without a value as "true" or "false"', async () => {
    const root = await host(html`<input type="checkbox" name="consent" checked /><input type="checkbox" name="news" />`);
    expect(readValues(listControls(root))).to.deep.equal([
      { name: 'consent', value: 'true' },
      { name: 'news', value: 'false' },
    ]);
  });

  it('joins checked checkboxes with values, and multiple selections, with commas', async () => {
    const root = await host(html`
      <input type="checkbox" name="topics" value="billing" checked />
      <input type="checkbox" name="topics" value="sales" />
      <input type="checkbox" name="topics" value="support" checked />
      <select name="days" multiple>
        <option selected>mon</option>
        <option>tue</option>
        <option selected>wed</option>
      </select>
    `);
    expect(readValues(listControls(root))).to.deep.equal([
      { name: 'topics', value: 'billing,support' },
      { name: 'days', value: 'mon,wed' },
    ]);
  });

  it('reads the checked radio, and leaves a group with none checked out', async () => {
    const root = await host(html`
      <input type="radio" name="size" value="s" /><input type="radio" name="size" value="m" checked />
      <input type="radio" name="speed" value="african" /><input type="radio" name="speed" value="european" />
    `);
    expect(readValues(listControls(root))).to.deep.equal([{ name: 'size', value: 'm' }]);
  });

  it('leaves out empty values, disabled controls, buttons and unnamed controls', async () => {
    const root = await host(html`
      <input name="empty" value="" />
      <input name="off" value="x" disabled />
      <fieldset disabled><input name="inside" value="y" /></fieldset>
      <input value="no name" />
      <button name="action" value="go">Go</button>
      <input type="submit" name="send" value="Send" />
      <input type="hidden" name="source" value="chat" />
    `);
    expect(readValues(listControls(root))).to.deep.equal([{ name: 'source', value: 'chat' }]);
  });

  it('reads a form-associated custom element', async () => {
    const root = await host(html`<test-rating-input name="rating"></test-rating-input>`);
    expect(readValues(listControls(root))).to.deep.equal([{ name: 'rating', value: '4' }]);
  });

  it('refuses a file input with a config error naming it', async () => {
    const root = await host(html`<input type="file" name="passport" />`);
    let error: unknown;
    try {
      readValues(listControls(root));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).to.be.instanceOf(WebviewError);
    expect((error as WebviewError).kind).to.equal('config');
    expect((error as WebviewError).message).to.contain('"passport"');
  });

  it('resets controls to their initial values', async () => {
    const root = await host(html`
      <input name="name" value="Arthur" />
      <input type="checkbox" name="consent" />
      <select name="color">
        <option selected>red</option>
        <option>blue</option>
      </select>
      <textarea name="note">initial</textarea>
    `);
    const controls = listControls(root);
    (controls[0] as HTMLInputElement).value = 'Lancelot';
    (controls[1] as HTMLInputElement).checked = true;
    (controls[2] as HTMLSelectElement).value = 'blue';
    (controls[3] as HTMLTextAreaElement).value = 'changed';
    resetControls(controls);
    expect(readValues(controls)).to.deep.equal([
      { name: 'name', value: 'Arthur' },
      { name: 'consent', value: 'false' },
      { name: 'color', value: 'red' },
      { name: 'note', value: 'initial' },
    ]);
  });
});
