// Multi-step forms and conditions (issue 15): steps declared in `fields` or written as
// `<fieldset data-step>`, `when` / `data-when` conditions, the review page, one post at the end,
// drafts that remember the step, and the funnel events. Each runs against the real element, with
// the lazily loaded steps chunk, in every engine of the suite.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { WebviewError } from '../src/core/errors.js';
import type { WebviewStepEvent } from '../src/steps/step-event.js';
import type { WebviewAbandonEvent } from '../src/delivery/events.js';
import { recordingTransport, useFreshTab } from './helpers.js';
import { expectAccessible } from './a11y.js';

const LEAD_STEPS = [
  {
    step: 'About you',
    fields: [
      { name: 'name', label: 'Full name', required: true },
      { name: 'contact', type: 'radio', label: 'Reach me by', options: ['email', 'phone'], required: true },
    ],
  },
  {
    step: 'Your phone',
    when: { field: 'contact', equals: 'phone' },
    fields: [{ name: 'phone', type: 'tel', label: 'Phone', required: true }],
  },
  {
    step: 'Your company',
    fields: [
      { name: 'company', label: 'Company' },
      { name: 'size', type: 'select', label: 'Team size', options: ['1-10', '11-50', '51+'], when: { field: 'company', filled: true } },
      { name: 'news', type: 'checkbox', label: 'Send me news' },
      { name: 'topics', label: 'Topics', when: { field: 'news', equals: 'true' } },
    ],
  },
];

async function stepped(fields: unknown = LEAD_STEPS, attributes: { review?: boolean } = {}) {
  const recording = recordingTransport();
  const steps: WebviewStepEvent['detail'][] = [];
  const form = await fixture<WebviewForm>(
    html`<webview-form
      region="us"
      ?review=${attributes.review ?? false}
      .fields=${fields}
      .fetch=${recording.transport}
      @webview-step=${(event: WebviewStepEvent) => steps.push(event.detail)}
    ></webview-form>`,
  );
  await form.updateComplete;
  return { form, steps, ...page(form), ...recording };
}

/** Reading and driving a form as a person does. */
function page(form: WebviewForm) {
  const shadow = form.shadowRoot!;
  const control = <T extends HTMLElement = HTMLInputElement>(name: string) => form.querySelector<T>(`[name="${name}"]`)!;
  /** The controls a person can see and reach. */
  const shown = (name: string) => {
    const element = control(name);
    return element.checkVisibility() && !element.matches(':disabled');
  };
  const heading = () => shadow.querySelector<HTMLElement>('[part="step"]')!;
  const part = (name: string) => shadow.querySelector<HTMLButtonElement>(`[part="${name}"]`);
  const type = (name: string, value: string) => {
    control(name).value = value;
    control(name).dispatchEvent(new Event('input', { bubbles: true }));
  };
  const choose = (name: string, value: string) => {
    const option = form.querySelector<HTMLInputElement>(`[name="${name}"][value="${value}"]`) ?? control(name);
    if (option instanceof HTMLSelectElement) option.value = value;
    else option.click();
    option.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const next = async () => {
    part('next')!.click();
    await form.updateComplete;
  };
  const back = async () => {
    part('back')!.click();
    await form.updateComplete;
  };
  return { shadow, control, shown, heading, part, type, choose, next, back };
}

const variables = async (seen: ReturnType<typeof recordingTransport>['seen'], index = 0) =>
  ((await seen[index]!.body) as { contextVariables: Array<{ name: string; value: string }> }).contextVariables;

describe('multi-step forms', () => {
  useFreshTab();

  it('shows one step at a time: its title as a heading, "Step 1 of 2", Next and no Back', async () => {
    const { form, heading, part, shown } = await stepped();
    expect(heading().textContent!.replace(/\s+/g, ' ').trim()).to.equal('Step 1 of 2 About you');
    expect(part('next')!.textContent).to.equal('Next');
    expect(part('back')).to.equal(null);
    expect(part('submit')).to.equal(null);
    expect(shown('name')).to.be.true;
    expect(shown('company')).to.be.false;
    await expectAccessible(form, 'first step');
  });

  it('Next checks the current step only, with inline errors and the summary, and stays', async () => {
    const { form, heading, next, control, shadow, steps } = await stepped();
    await next();
    expect(heading().textContent).to.contain('About you');
    expect(control('name').getAttribute('aria-invalid')).to.equal('true');
    expect(shadow.querySelector('[part="summary"]')!.textContent).to.contain('Enter full name.');
    // Fields of later steps are not judged yet.
    expect(control('company').hasAttribute('aria-invalid')).to.be.false;
    expect(shadow.activeElement?.getAttribute('part')).to.equal('error');
    expect(steps).to.deep.equal([]);
    expect(form.state).to.equal('invalid');
    await expectAccessible(form, 'step with errors');
  });

  it('Next moves to the next step that applies, focuses its heading and fires webview-step', async () => {
    const { form, heading, next, type, choose, shadow, steps, part } = await stepped();
    type('name', 'Arthur');
    choose('contact', 'email');
    await next();
    // The phone step does not apply: skipped, and left out of the count.
    expect(heading().textContent!.replace(/\s+/g, ' ').trim()).to.equal('Step 2 of 2 Your company');
    expect(shadow.activeElement).to.equal(heading());
    expect(steps).to.deep.equal([{ from: 'About you', to: 'Your company', index: 1, count: 2 }]);
    expect(part('submit')).to.exist;
    expect(part('next')).to.equal(null);
    expect(form.state).to.equal('idle');
  });

  it('a step whose condition holds counts in "Step N of M", and Back returns past it', async () => {
    const { heading, next, back, type, choose, steps } = await stepped();
    type('name', 'Arthur');
    choose('contact', 'phone');
    await next();
    expect(heading().textContent!.replace(/\s+/g, ' ').trim()).to.equal('Step 2 of 3 Your phone');
    await back();
    expect(heading().textContent).to.contain('Step 1 of 3');
    expect(steps.map((step) => step.to)).to.deep.equal(['Your phone', 'About you']);
  });

  it('Enter in a text field means Next before the last step', async () => {
    const { heading, control, choose } = await stepped();
    choose('contact', 'email');
    control('name').focus();
    await sendKeys({ type: 'Arthur' });
    await sendKeys({ press: 'Enter' });
    await control('name').closest('webview-form')!.updateComplete;
    expect(heading().textContent).to.contain('Your company');
  });

  it('works with the keyboard alone: Tab to the fields and to Next, Enter on it and on Back', async () => {
    const { form, heading, shadow, control, part } = await stepped();
    control('name').focus();
    await sendKeys({ type: 'Arthur' });
    await sendKeys({ press: 'Tab' });
    // The radio group: the arrows pick an option (down to phone, back up to email).
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    expect(control('contact').checked).to.be.true;
    await sendKeys({ press: 'Tab' });
    expect(shadow.activeElement).to.equal(part('next'));
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(heading().textContent).to.contain('Your company');
    expect(shadow.activeElement).to.equal(heading());
    // From the heading, Tab leads into the step's first field.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(control('company'));
    // Back sits before the heading (Shift+Tab from it; WebKit's driver cannot hold Shift), and Enter works it.
    part('back')!.focus();
    await sendKeys({ press: 'Enter' });
    await form.updateComplete;
    expect(heading().textContent).to.contain('About you');
    expect(control('name').value).to.equal('Arthur');
  });

  it('posts once at the end, with the variables of every shown field of every step, as a flat form would', async () => {
    const { form, next, type, choose, seen } = await stepped();
    type('name', 'Arthur');
    choose('contact', 'phone');
    await next();
    type('phone', '+44 20 7946 0000');
    await next();
    type('company', 'Camelot');
    choose('size', '11-50');
    await form.submit();
    expect(seen).to.have.length(1);
    expect(await variables(seen)).to.deep.equal([
      { name: 'name', value: 'Arthur' },
      { name: 'contact', value: 'phone' },
      { name: 'phone', value: '+44 20 7946 0000' },
      { name: 'company', value: 'Camelot' },
      { name: 'size', value: '11-50' },
      { name: 'news', value: 'false' },
    ]);
  });

  it('what is not shown is neither checked nor sent: a required field of a skipped step', async () => {
    const { form, next, type, choose, seen, back, control } = await stepped();
    type('name', 'Arthur');
    choose('contact', 'phone');
    await next();
    // The person types a phone, then goes back and picks email: the phone step no longer applies.
    type('phone', '0123');
    await back();
    choose('contact', 'email');
    await next();
    expect(control('phone').matches(':disabled')).to.be.true;
    await form.submit();
    expect((await variables(seen)).map((variable) => variable.name)).to.deep.equal(['name', 'contact', 'news']);
  });

  it('a send that finds an invalid field on an earlier step goes to that step and shows its errors', async () => {
    const { form, heading, control, shadow, steps, seen } = await stepped();
    const failed = await form.submit().catch((thrown: unknown) => thrown);
    expect((failed as { kind: string }).kind).to.equal('validation');
    expect(seen).to.have.length(0);
    expect(heading().textContent).to.contain('About you');
    expect(control('name').getAttribute('aria-invalid')).to.equal('true');
    const summary = shadow.querySelector('[part="summary"]')!.textContent!;
    expect(summary).to.contain('Enter full name.');
    expect(steps).to.deep.equal([]);
  });

  it('a send from the last step returns to the earlier step with the error', async () => {
    const { form, heading, next, type, choose, control, steps } = await stepped();
    type('name', 'Arthur');
    choose('contact', 'email');
    await next();
    type('name', '');
    await form.submit().catch(() => undefined);
    await form.updateComplete;
    expect(heading().textContent).to.contain('About you');
    expect(control('name').getAttribute('aria-invalid')).to.equal('true');
    expect(steps.at(-1)).to.deep.equal({ from: 'Your company', to: 'About you', index: 0, count: 2 });
  });

  it('reset() returns to the first step', async () => {
    const { form, heading, next, type, choose } = await stepped();
    type('name', 'Arthur');
    choose('contact', 'email');
    await next();
    form.reset();
    await form.updateComplete;
    expect(heading().textContent).to.contain('About you');
  });
});

describe('conditions', () => {
  useFreshTab();

  it('filled: a field shows once the field it names holds an answer, and hides again when emptied', async () => {
    const { next, type, choose, shown } = await stepped();
    type('name', 'Arthur');
    choose('contact', 'email');
    await next();
    expect(shown('size')).to.be.false;
    type('company', 'Camelot');
    expect(shown('size')).to.be.true;
    type('company', '');
    expect(shown('size')).to.be.false;
  });

  it('a checkbox compares as "true" or "false"', async () => {
    const { next, type, choose, shown, control } = await stepped();
    type('name', 'Arthur');
    choose('contact', 'email');
    await next();
    expect(shown('topics')).to.be.false;
    control('news').click();
    expect(shown('topics')).to.be.true;
  });

  it('in: a field shows while the answer is one of the values', async () => {
    const { shown, choose } = await stepped([
      { name: 'size', type: 'select', label: 'Team size', options: ['1-10', '11-50', '51+'] },
      { name: 'procurement', label: 'Procurement contact', required: true, when: { field: 'size', in: ['11-50', '51+'] } },
    ]);
    expect(shown('procurement')).to.be.false;
    choose('size', '51+');
    expect(shown('procurement')).to.be.true;
    choose('size', '1-10');
    expect(shown('procurement')).to.be.false;
  });

  it('a hidden required field does not stop a flat form from sending, and is not sent', async () => {
    const { form, seen, type } = await stepped([
      { name: 'contact', type: 'select', label: 'Contact', options: ['email', 'phone'], value: 'email' },
      { name: 'phone', type: 'tel', label: 'Phone', required: true, when: { field: 'contact', equals: 'phone' } },
    ]);
    type('phone', '0123');
    await form.submit();
    expect(await variables(seen)).to.deep.equal([{ name: 'contact', value: 'email' }]);
  });

  for (const [scenario, fields, says] of [
    [
      'a when naming an unknown field',
      [{ name: 'a' }, { name: 'b', when: { field: 'nowhere', equals: 'x' } }],
      'names the field "nowhere", which is not in the form',
    ],
    [
      'a when naming a field that comes after it',
      [{ name: 'a', when: { field: 'b', filled: true } }, { name: 'b' }],
      'names the field "b", which does not come before it',
    ],
    [
      'a step whose when names a field inside it',
      [
        { step: 'One', fields: [{ name: 'a' }] },
        { step: 'Two', when: { field: 'b', filled: true }, fields: [{ name: 'b' }] },
      ],
      'names the field "b", which does not come before it',
    ],
    [
      'a mix of steps and fields',
      [{ step: 'One', fields: [{ name: 'a' }] }, { name: 'b' }],
      'item 2 is a field, but the first item is a step',
    ],
    ['a when of the wrong shape', [{ name: 'a' }, { name: 'b', when: { field: 'a', is: 'x' } }], 'field "b": when:'],
  ] as const) {
    it(`${scenario} is a config error naming it, and nothing is sent`, async () => {
      const { form, seen } = await stepped(fields);
      const failed = await form.submit().catch((thrown: unknown) => thrown);
      expect((failed as { kind: string }).kind).to.equal('config');
      expect((failed as Error).message).to.contain(says);
      await form.updateComplete;
      expect(form.state).to.equal('error');
      expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(says);
      expect(seen).to.have.length(0);
    });

    for (const tried of [false, true]) {
      it(`${scenario}, put right${tried ? ' after a send was tried' : ''}, no longer stops the form: its fields are drawn and it sends`, async () => {
        const { form, seen, type } = await stepped(fields);
        if (tried) expect(await form.submit().catch((thrown: WebviewError) => thrown.kind)).to.equal('config');
        await waitUntil(() => form.state === 'error', 'the declaration was not refused');
        expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(says);
        form.fields = [{ name: 'a' }, { name: 'c', when: { field: 'a', filled: true } }];
        await waitUntil(() => form.state === 'idle' && form.querySelector('[name="c"]') !== null, 'the form stayed broken');
        expect(form.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!.textContent!.trim()).to.equal('');
        type('a', 'x');
        type('c', 'y');
        await form.submit();
        expect(await variables(seen)).to.deep.equal([
          { name: 'a', value: 'x' },
          { name: 'c', value: 'y' },
        ]);
      });
    }
  }
});

describe('the review page', () => {
  useFreshTab();

  async function onReview() {
    const form = await stepped(LEAD_STEPS, { review: true });
    form.type('name', 'Arthur');
    form.choose('contact', 'email');
    await form.next();
    form.type('company', 'Camelot');
    form.choose('size', '11-50');
    await form.next();
    return form;
  }

  it('lists each shown answer with its label, grouped by step, and Send posts from there', async () => {
    const { form, heading, shadow, part, seen, steps } = await onReview();
    expect(heading().textContent).to.equal('Check your answers');
    expect(shadow.activeElement).to.equal(heading());
    const groups = [...shadow.querySelectorAll('h3')].map((title) => title.textContent);
    expect(groups).to.deep.equal(['About you', 'Your company']);
    const rows = [...shadow.querySelectorAll('[part="review"] > div')].map((row) => [
      row.querySelector('dt')!.textContent,
      row.querySelector('dd')!.textContent,
    ]);
    expect(rows).to.deep.equal([
      ['Full name', 'Arthur'],
      ['Reach me by', 'email'],
      ['Company', 'Camelot'],
      ['Team size', '11-50'],
      ['Send me news', 'No'],
    ]);
    expect(steps.at(-1)).to.deep.equal({ from: 'Your company', to: 'review', index: 2, count: 3 });
    expect(part('back')).to.exist;
    await expectAccessible(form, 'review page');
    part('submit')!.click();
    await oneEvent(form, 'webview-success');
    expect(seen).to.have.length(1);
  });

  it('Change returns to that step, and Next after it back to the review', async () => {
    const { form, heading, shadow, next, type, control } = await onReview();
    const change = [...shadow.querySelectorAll<HTMLButtonElement>('[part="change"]')].find((button) =>
      button.textContent!.includes('Company'),
    )!;
    expect(change.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Change Company');
    change.click();
    await form.updateComplete;
    expect(heading().textContent).to.contain('Your company');
    expect(document.activeElement).to.equal(control('company'));
    type('company', 'Round Table Ltd');
    await next();
    expect(heading().textContent).to.equal('Check your answers');
    const answers = [...shadow.querySelectorAll('[part="review"] dd')].map((answer) => answer.textContent);
    expect(answers).to.include('Round Table Ltd');
  });
});

describe('authored steps and conditions', () => {
  useFreshTab();

  it('<fieldset data-step> groups and data-when behave as declared ones', async () => {
    const { transport, seen } = recordingTransport();
    const form = await fixture<WebviewForm>(html`
      <webview-form region="us" .fetch=${transport}>
        <fieldset data-step="Contact">
          <label>Email <input name="email" type="email" required /></label>
          <label><input type="checkbox" name="call" /> Call me instead</label>
          <div data-when='{"field": "call", "equals": "true"}'>
            <label>Phone <input name="phone" required /></label>
          </div>
        </fieldset>
        <fieldset data-step="Message">
          <label>Message <textarea name="message"></textarea></label>
        </fieldset>
        <button>Send it</button>
      </webview-form>
    `);
    await form.updateComplete;
    const { heading, shown, type, next, control } = page(form);
    const authoredSend = form.querySelector('button')!;
    expect(heading().textContent).to.contain('Step 1 of 2');
    expect(shown('phone')).to.be.false;
    // The author's own submit button belongs to the last step; Next stands in for it before.
    expect(authoredSend.checkVisibility()).to.be.false;
    control('call').click();
    expect(shown('phone')).to.be.true;
    control('call').click();
    type('email', 'arthur@example.com');
    await next();
    expect(heading().textContent).to.contain('Message');
    expect(authoredSend.checkVisibility()).to.be.true;
    type('message', 'Hello');
    authoredSend.click();
    await oneEvent(form, 'webview-success');
    expect((await variables(seen)).map((variable) => variable.name)).to.deep.equal(['email', 'call', 'message']);
  });

  it('a data-when that is not JSON is a config error naming the field', async () => {
    const form = await fixture<WebviewForm>(html`
      <webview-form region="us"
        ><label>A <input name="a" /></label><label data-when="{oops">B <input name="b" /></label
      ></webview-form>
    `);
    await form.updateComplete;
    expect(form.state).to.equal('error');
    expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('is not valid JSON');
  });
});

describe('drafts and the funnel on a multi-step form', () => {
  useFreshTab();

  it('a draft restores the answers and the step the person was on', async () => {
    const first = await stepped();
    first.type('name', 'Arthur');
    first.choose('contact', 'phone');
    await first.next();
    first.type('phone', '0123');
    const key = Object.keys(localStorage).find((name) => name.startsWith('webview-form:draft:'))!;
    expect(JSON.parse(localStorage.getItem(key)!).step).to.equal(1);
    first.form.remove();

    const again = await stepped();
    expect(again.heading().textContent).to.contain('Your phone');
    expect(again.control('phone').value).to.equal('0123');
    expect(again.control('name').value).to.equal('Arthur');
  });

  it('webview-start fires once at the first input, and webview-abandon on pagehide names what was filled', async () => {
    const { form, type, choose } = await stepped();
    let starts = 0;
    form.addEventListener('webview-start', () => starts++);
    type('name', 'Arthur');
    choose('contact', 'email');
    expect(starts).to.equal(1);
    await form.updateComplete;
    const abandoned = oneEvent(form, 'webview-abandon') as Promise<WebviewAbandonEvent>;
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const { detail } = await abandoned;
    expect(detail).to.deep.equal({ step: 'About you', filled: ['name', 'contact'] });
    expect(JSON.stringify(detail)).not.to.contain('Arthur');
  });

  it('no webview-abandon after the answers were sent', async () => {
    const { form, type } = await stepped([{ name: 'name', label: 'Name' }]);
    let abandons = 0;
    form.addEventListener('webview-abandon', () => abandons++);
    type('name', 'Arthur');
    await form.submit();
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(abandons).to.equal(0);
  });
});
