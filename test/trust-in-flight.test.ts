// Regression of issue 27, row 6: a multi-step form, the API slow. Send, then while it is in flight
// press Back, edit a field, Next, Send again: the second Send returned the first promise, "Sent"
// was shown and the draft cleared, and the edit was never sent. While a post is in flight the
// answers are locked now (the fields, Back, Next and Change are inert); the person's clicks and
// keys are real ones (sendMouse, sendKeys), which an inert element does not receive.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { deferred, json, recordingTransport, useFreshTab } from './helpers.js';

const STEPS = [
  { step: 'About you', fields: [{ name: 'name', label: 'Full name', required: true }] },
  { step: 'Your question', fields: [{ name: 'question', label: 'Question', required: true }] },
];

/** Clicks the middle of `element` with the real mouse. */
async function click(element: Element) {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

async function inFlight(answer: Promise<Response>) {
  const { transport, seen, arrived } = recordingTransport(() => answer);
  const form = await fixture<WebviewForm>(html`<webview-form region="us" .fields=${STEPS} .fetch=${transport}></webview-form>`);
  await form.updateComplete;
  const shadow = form.shadowRoot!;
  const part = (name: string) => shadow.querySelector<HTMLElement>(`[part="${name}"]`)!;
  const control = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  control('name').focus();
  await sendKeys({ type: 'Arthur' });
  await click(part('next'));
  await form.updateComplete;
  control('question').focus();
  await sendKeys({ type: 'Why swifts?' });
  await sendKeys({ press: 'Enter' });
  await arrived();
  await form.updateComplete;
  expect(form.state).to.equal('submitting');
  return { form, seen, part, control };
}

describe('answers while a post is in flight (issue 27, row 6)', () => {
  useFreshTab();
  afterEach(() => resetMouse());

  it('Send, then Back, an edit, Next and Send again while the API is slow: the answers cannot change, and "Sent" is only for what was sent', async () => {
    const answer = deferred<Response>();
    const { form, seen, part, control } = await inFlight(answer.promise);
    await click(part('back'));
    await form.updateComplete;
    expect(part('step').textContent, 'still on the last step').to.contain('Your question');
    control('question').focus();
    await sendKeys({ type: ' edited' });
    expect(control('question').value, 'the answer being sent').to.equal('Why swifts?');
    expect(form.submit()).to.equal(form.submit());

    answer.resolve(json({ ok: true }));
    await form.submit();
    await form.updateComplete;
    expect(form.state).to.equal('success');
    expect(seen).to.have.length(1);
    const body = (await seen[0]!.body) as { contextVariables: Array<{ name: string; value: string }> };
    expect(body.contextVariables).to.deep.equal([
      { name: 'name', value: 'Arthur' },
      { name: 'question', value: 'Why swifts?' },
    ]);
  });

  it('a post that fails unlocks the answers and gives the focus back to the field it was sent from', async () => {
    const answer = deferred<Response>();
    const { form, control } = await inFlight(answer.promise);
    answer.resolve(json({ error: 'no' }, { status: 400 }));
    await form.submit().catch(() => undefined);
    await form.updateComplete;
    expect(form.state).to.equal('error');
    expect(document.activeElement, 'focus').to.equal(control('question'));
    await sendKeys({ type: '!' });
    expect(control('question').value).to.equal('Why swifts?!');
  });
});
