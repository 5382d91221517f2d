// Issue 27, row 10: secrets on "Check your answers". A password, a card detail (autocomplete
// cc-*) or a one-time code is shown as dots and read to screen readers as hidden, in the form's
// language; the person changes it on its step, where the browser masks it as usual.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { expectAccessible } from './a11y.js';
import { useFreshTab } from './helpers.js';

/** An authored two-step form with `review`, its secrets filled in, on its review page. */
async function onReview(lang = 'en') {
  const form = await fixture<WebviewForm>(html`
    <webview-form region="us" review lang=${lang}>
      <fieldset data-step="Your account">
        <label>Name <input name="name" autocomplete="name" /></label>
        <label>Password <input type="password" name="password" autocomplete="new-password" /></label>
      </fieldset>
      <fieldset data-step="Confirm">
        <label>Card expiry <input name="expiry" autocomplete="billing cc-exp" /></label>
        <label>Code we texted you <input name="code" autocomplete="one-time-code" inputmode="numeric" /></label>
        <label>Security code <input name="csc" autocomplete="cc-csc" /></label>
      </fieldset>
    </webview-form>
  `);
  const shadow = form.shadowRoot!;
  const part = (name: string) => shadow.querySelector<HTMLElement>(`[part="${name}"]`);
  await waitUntil(() => part('next'), 'the steps code drew Next', { timeout: 10_000 });
  const type = (name: string, value: string) => {
    const control = form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
  };
  type('name', 'Arthur');
  type('password', 'hunter2');
  part('next')!.click();
  await form.updateComplete;
  type('expiry', '12/29');
  type('code', '482913');
  type('csc', '737');
  part('next')!.click();
  await form.updateComplete;
  expect(part('step')!.textContent).to.not.contain('Confirm');
  /** Each row of the review: its label, the answer as shown, and the answer as read. */
  const rows = () =>
    [...shadow.querySelectorAll('[part="review"] > div')].map((row) => {
      const answer = row.querySelector('dd')!;
      // Lit's markers are comments: only text and elements are on screen or read.
      const nodes = [...answer.childNodes].filter((node) => node.nodeType !== Node.COMMENT_NODE);
      const shown = nodes
        .filter((node) => !(node instanceof Element && node.classList.contains('hidden-label')))
        .map((node) => node.textContent)
        .join('');
      const read = nodes
        .filter((node) => !(node instanceof Element && node.getAttribute('aria-hidden') === 'true'))
        .map((node) => node.textContent)
        .join('');
      return { label: row.querySelector('dt')!.textContent, shown: shown.trim(), read: read.trim() };
    });
  return { form, shadow, rows };
}

describe('secrets on the review page', () => {
  useFreshTab();

  it('a password in a step is masked on "Check your answers", and read as hidden', async () => {
    const { form, shadow, rows } = await onReview();
    expect(shadow.textContent).to.not.contain('hunter2');
    expect(rows().find((row) => row.label === 'Password')).to.deep.equal({ label: 'Password', shown: '••••••••', read: 'Hidden' });
    expect(rows().find((row) => row.label === 'Name')).to.deep.equal({ label: 'Name', shown: 'Arthur', read: 'Arthur' });
    await expectAccessible(form, 'review page with a secret');
  });

  it('card details (autocomplete cc-*) and one-time codes are masked on "Check your answers"', async () => {
    const { shadow, rows } = await onReview();
    for (const secret of ['12/29', '482913', '737']) expect(shadow.textContent).to.not.contain(secret);
    const masked = rows().filter((row) => row.shown === '••••••••' && row.read === 'Hidden');
    expect(masked.map((row) => row.label)).to.deep.equal(['Password', 'Card expiry', 'Code we texted you', 'Security code']);
  });

  it("a masked answer is read as hidden in the form's language", async () => {
    const { rows } = await onReview('fr');
    expect(rows().find((row) => row.label === 'Password')).to.deep.equal({ label: 'Password', shown: '••••••••', read: 'Masqué' });
  });

  it('fields named like secrets (cvv, pin, a password typed as text) are masked on "Check your answers", as the console warns about them', async () => {
    const form = await fixture<WebviewForm>(html`
      <webview-form region="us" review>
        <fieldset data-step="One">
          <label>Card check <input name="cvv" autocomplete="off" /></label>
          <label>PIN <input name="pin" inputmode="numeric" /></label>
          <label>Password <input name="password" type="text" /></label>
        </fieldset>
      </webview-form>
    `);
    const shadow = form.shadowRoot!;
    const part = (name: string) => shadow.querySelector<HTMLElement>(`[part="${name}"]`);
    await waitUntil(() => part('next'), 'the steps code drew Next', { timeout: 10_000 });
    for (const [name, value] of [
      ['cvv', '737'],
      ['pin', '4821'],
      ['password', 'hunter2'],
    ]) {
      const control = form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
    }
    part('next')!.click();
    await form.updateComplete;
    expect(shadow.querySelector('[part="review"]'), 'on the review page').to.exist;
    for (const secret of ['737', '4821', 'hunter2']) expect(shadow.textContent).to.not.contain(secret);
  });
});
