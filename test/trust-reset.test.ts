// Issue 27, row 5: a native <button type="reset"> in an author's form. The browser fires `reset`
// before it puts the controls back, and neither input nor change after, so conditions, the draft
// and everything else that follows the answers must be told.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { recordingTransport, useFreshTab } from './helpers.js';

async function authoredForm() {
  const recording = recordingTransport();
  const element = await fixture<WebviewForm>(html`
    <webview-form region="us" .fetch=${recording.transport}>
      <form>
        <fieldset>
          <legend>Reach me by</legend>
          <label><input type="radio" name="contact" value="email" checked /> Email</label>
          <label><input type="radio" name="contact" value="phone" /> Phone</label>
        </fieldset>
        <div id="by-phone" data-when='{"field": "contact", "equals": "phone"}'>
          <label><input type="checkbox" name="sms" /> Text me instead of calling</label>
          <label
            >Plan
            <select name="plan">
              <option>basic</option>
              <option>pro</option>
            </select></label
          >
        </div>
        <label>Name <input name="name" /></label>
        <button type="reset">Start again</button>
        <button>Send</button>
      </form>
    </webview-form>
  `);
  const byPhone = element.querySelector<HTMLElement>('#by-phone')!;
  const control = <T extends HTMLElement = HTMLInputElement>(selector: string) => element.querySelector<T>(selector)!;
  // The steps code loads when the markup has a data-when: the phone-only part hides once it has.
  await waitUntil(() => byPhone.hidden, 'the conditions were judged once the steps code came');
  return { element, byPhone, control, ...recording };
}

const sent = async (seen: ReturnType<typeof recordingTransport>['seen']) =>
  ((await seen[0]!.body) as { contextVariables: Array<{ name: string; value: string }> }).contextVariables;

describe('a native reset in an authored form', () => {
  useFreshTab();

  it('a native reset in an authored form judges the conditions again', async () => {
    const { element, byPhone, control, seen } = await authoredForm();
    control('[value="phone"]').click();
    expect(byPhone.hidden).to.be.false;
    control('[type="reset"]').click();
    expect(control('[value="email"]').checked).to.be.true;
    await waitUntil(() => byPhone.hidden, 'the phone-only controls hide again after the reset');
    expect(control('[name="sms"]').disabled).to.be.true;
    expect(control('[name="plan"]').matches(':disabled')).to.be.true;
    control('button:not([type])').click();
    await oneEvent(element, 'webview-success');
    expect(await sent(seen)).to.deep.equal([{ name: 'contact', value: 'email' }]);
  });

  it('a native reset forgets the draft, as reset() does', async () => {
    const { control } = await authoredForm();
    const name = control('[name="name"]');
    name.value = 'Arthur';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    const draft = () => Object.entries(localStorage).find(([key]) => key.startsWith('webview-form:draft:'))?.[1] ?? '';
    await waitUntil(() => draft().includes('Arthur'), 'the draft kept the typed name', { timeout: 10_000 });
    control('[type="reset"]').click();
    await waitUntil(() => !draft().includes('Arthur'), 'the draft forgot the name the reset took away');
    expect(name.value).to.equal('');
  });

  it('a native reset clears the errors shown and the declared fields, as reset() does', async () => {
    const { transport } = recordingTransport();
    const element = await fixture<WebviewForm>(html`
      <webview-form region="us" .fetch=${transport} .fields=${[{ name: 'email', type: 'email', label: 'Email', required: true }]}>
        <form method="dialog"><button type="reset">Start again</button><button>Send</button></form>
      </webview-form>
    `);
    await element.updateComplete;
    const email = element.querySelector<HTMLInputElement>('[name="email"]')!;
    email.value = 'not an address';
    email.dispatchEvent(new Event('input', { bubbles: true }));
    element.querySelector<HTMLButtonElement>('button:not([type])')!.click();
    await waitUntil(() => element.state === 'invalid', 'the send found the error');
    element.querySelector<HTMLButtonElement>('[type="reset"]')!.click();
    await waitUntil(() => element.state === 'idle', 'back to idle after the reset');
    await element.updateComplete;
    expect(email.value).to.equal('');
    expect(email.getAttribute('aria-invalid')).not.to.equal('true');
    expect(element.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal('');
  });
});
