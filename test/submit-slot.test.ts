// The `submit` slot replaces the built-in Send button. It used to be removed whenever it had
// content (the content counted as the form's own submit button), so the replacement was never
// shown and there was no Send at all.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { recordingTransport, useFreshTab } from './helpers.js';

describe('the submit slot', () => {
  useFreshTab();

  it('a button in the submit slot is shown in the built-in Send button’s place, and sends', async () => {
    const { transport, seen } = recordingTransport();
    const form = await fixture<WebviewForm>(
      html`<webview-form region="us" .fetch=${transport}>
        <label>Name <input name="name" value="Arthur" /></label>
        <button slot="submit">Send my answers</button>
      </webview-form>`,
    );
    await form.updateComplete;
    const button = form.querySelector<HTMLButtonElement>('[slot="submit"]')!;
    expect(button.assignedSlot, 'slotted').to.exist;
    expect(button.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(form.shadowRoot!.querySelector('[part="submit"]')!.getBoundingClientRect().height, 'the built-in button is not shown').to.equal(
      0,
    );
    const sent = oneEvent(form, 'webview-success');
    button.click();
    await sent;
    expect(seen).to.have.length(1);
  });
});
