import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { render } from 'lit';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { WebviewInvalidEvent } from '../src/delivery/events.js';
import { recordingTransport, useFreshTab } from './helpers.js';

async function form(fields: unknown, content = html``, messages?: unknown) {
  const { transport, seen } = recordingTransport();
  const element = await fixture<WebviewForm>(
    html`<webview-form region="us" .fields=${fields} .messages=${messages} .fetch=${transport}>${content}</webview-form>`,
  );
  const control = (name: string) => element.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  /** The error text tied to a control, read through its aria-describedby like a screen reader. */
  const description = (name: string) =>
    (control(name).getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent?.trim())
      .filter(Boolean)
      .join(' | ');
  const submit = () => element.submit().catch((error) => error);
  return { element, seen, control, description, submit };
}

describe('inline errors', () => {
  useFreshTab();

  for (const [rule, field, value, message] of [
    ['required', { name: 'name', label: 'Your name', required: true }, '', 'Enter your name.'],
    ['email', { name: 'email', type: 'email' }, 'arthur', 'Enter an email address like name@example.com.'],
    ['url', { name: 'site', type: 'url' }, 'camelot', 'Enter a web address like https://example.com.'],
    ['pattern', { name: 'zip', label: 'ZIP code', pattern: '[0-9]{5}' }, 'abc', 'Enter ZIP code in the format shown.'],
    ['min', { name: 'age', type: 'number', min: 18 }, '12', 'Enter 18 or more.'],
    ['max', { name: 'age', type: 'number', max: 120 }, '300', 'Enter 120 or less.'],
    ['date min', { name: 'day', type: 'date', min: '2026-01-01' }, '2025-12-31', 'Enter 2026-01-01 or more.'],
    [
      'required select',
      { name: 'size', type: 'select', label: 'Size', required: true, options: ['s', 'm'] },
      '',
      'Choose an option for size.',
    ],
  ] as const) {
    it(`shows a specific message for ${rule}, tied by aria-describedby`, async () => {
      const { element, seen, control, description, submit } = await form([field]);
      control(field.name).value = value;
      expect((await submit()).kind).to.equal('validation');
      expect(seen).to.have.length(0);
      expect(control(field.name).getAttribute('aria-invalid')).to.equal('true');
      expect(description(field.name)).to.equal(message);
      expect(control(field.name).validationMessage).to.equal(message);
      expect(element.state).to.equal('invalid');
    });
  }

  it('shows length messages once the person typed', async () => {
    const { control, description, submit } = await form([{ name: 'code', minLength: 4, maxLength: 8 }]);
    control('code').focus();
    await sendKeys({ type: 'ab' });
    await submit();
    expect(description('code')).to.equal('Use at least 4 characters (you have 2).');
  });

  it('asks for required radios and checkboxes', async () => {
    const { description, submit, control } = await form([
      { name: 'size', type: 'radio', label: 'Size', required: true, options: ['s', 'm'] },
      { name: 'consent', type: 'checkbox', label: 'I agree', required: true },
    ]);
    await submit();
    expect(description('size')).to.equal('Choose an option for size.');
    expect(description('consent')).to.equal('Check this box to continue.');
    expect(control('size').getAttribute('aria-invalid')).to.equal('true');
  });

  it('keeps the hint and adds the error to an authored control, after its label', async () => {
    const { element, description, control, submit } = await form(
      [{ name: 'email', type: 'email', required: true }],
      html`<label>Work email <input name="email" aria-describedby="own-hint" /></label>
        <p id="own-hint">Not gmail</p>`,
    );
    await submit();
    expect(description('email')).to.equal('Not gmail | Enter work email.');
    const errorText = element.querySelector('.webview-form-error')!;
    expect(errorText.previousElementSibling).to.equal(control('email').closest('label'));
  });

  it('styles an authored control’s error text on its own line, and leaves the control to the page', async () => {
    // Earlier generated fields left their sheet on the document: the error text must bring it itself.
    document.adoptedStyleSheets = [];
    const { element, control, submit } = await form(
      [],
      html`<label>Name <input name="name" required /></label><label>Favorite color <input name="color" /></label>`,
    );
    const bare = document.body.appendChild(document.createElement('input'));
    try {
      await submit();
      const errorText = element.querySelector<HTMLElement>('.webview-form-error')!;
      const style = getComputedStyle(errorText);
      expect(style.display).to.equal('block');
      expect(Number(style.fontWeight)).to.be.at.least(600);
      expect(style.color).not.to.equal(getComputedStyle(element).color);
      expect(getComputedStyle(control('name')).borderTopColor).to.equal(getComputedStyle(bare).borderTopColor);
    } finally {
      bare.remove();
    }
  });

  it('styles a generated field’s error text and its control’s border once a check shows them (the error texts’ sheet comes with the first)', async () => {
    document.adoptedStyleSheets = [];
    const { element, control, submit } = await form([{ name: 'name', label: 'Name', required: true }]);
    const errorText = element.querySelector<HTMLElement>('.webview-form-error')!;
    const border = getComputedStyle(control('name')).borderTopColor;
    await submit();
    const style = getComputedStyle(errorText);
    expect(style.display).to.equal('block');
    expect(Number(style.fontWeight)).to.be.at.least(600);
    expect(style.color).not.to.equal(getComputedStyle(element).color);
    expect(style.marginTop, 'spaced by the field’s gap, not margins of its own').to.equal('0px');
    expect(getComputedStyle(control('name')).borderTopColor)
      .to.equal(style.color)
      .and.not.to.equal(border);
  });

  it('puts the summary before the fields, moves focus to it and lists every error as a way to its field', async () => {
    const { element, control, submit } = await form([
      { name: 'ok', value: 'fine' },
      { name: 'name', label: 'Name', required: true },
      { name: 'email', type: 'email', label: 'Email', required: true },
    ]);
    const invalid = oneEvent<WebviewInvalidEvent>(element, 'webview-invalid');
    await submit();
    expect((await invalid).detail.errors.map((error) => error.name)).to.deep.equal(['name', 'email']);
    await element.updateComplete;
    const summary = element.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
    expect(element.shadowRoot!.activeElement).to.equal(summary);
    expect(summary.tabIndex).to.equal(-1);
    expect(summary.getAttribute('role')).to.equal('alert');
    expect(summary.querySelector('h2')!.textContent).to.equal('There is a problem');
    expect(summary.textContent).to.contain('There are 2 problems');
    // Reading order: the summary comes before the slot that shows the fields.
    const slot = element.shadowRoot!.querySelector('slot:not([name])')!;
    expect(summary.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const links = summary.querySelectorAll<HTMLButtonElement>('[part="summary-link"]');
    expect(Array.from(links, (link) => link.textContent!.trim())).to.deep.equal(['Enter name.', 'Enter email.']);
    links[1].click();
    expect(document.activeElement).to.equal(control('email'));
  });

  it('shows nothing while a field is first filled in, then re-checks it on every change once touched', async () => {
    const { control, description, submit } = await form([{ name: 'email', type: 'email', label: 'Email' }, { name: 'other' }]);
    control('email').focus();
    await sendKeys({ type: 'arthur' });
    expect(control('email').hasAttribute('aria-invalid')).to.be.false;
    control('other').focus();
    expect(description('email')).to.equal('Enter an email address like name@example.com.');
    control('email').focus();
    await sendKeys({ type: '@camelot.example' });
    expect(control('email').hasAttribute('aria-invalid')).to.be.false;
    expect(description('email')).to.equal('');
    expect(control('email').validationMessage).to.equal('');
    expect((await submit()).status).to.equal(200);
  });

  it('does not flag a field the person only tabbed through', async () => {
    const { control } = await form([{ name: 'name', required: true }, { name: 'other' }]);
    control('name').focus();
    control('other').focus();
    expect(control('name').hasAttribute('aria-invalid')).to.be.false;
  });

  it('speaks another language through messages', async () => {
    const { element, description, submit } = await form(
      [{ name: 'email', type: 'email', label: 'Adresse e-mail', required: true }],
      html``,
      {
        valueMissing: 'Saisissez votre {label}.',
        summaryTitle: 'Il y a un problème',
        summaryOne: 'Corrigez la réponse ci-dessous.',
        summaryItem: '{label}\u00a0: {message}',
        send: 'Envoyer',
      },
    );
    expect(element.shadowRoot!.querySelector('[part="submit"]')!.textContent!.trim()).to.equal('Envoyer');
    await submit();
    await element.updateComplete;
    expect(description('email')).to.equal('Saisissez votre adresse e-mail.');
    const summary = element.shadowRoot!.querySelector('[part="error"]')!;
    expect(summary.querySelector('h2')!.textContent).to.equal('Il y a un problème');
    expect(summary.textContent).to.contain('Corrigez la réponse ci-dessous.');
    // The message names the field: the item says it once.
    expect(summary.querySelector('[part="summary-link"]')!.textContent!.trim()).to.equal('Saisissez votre adresse e-mail.');
  });

  it('reports validity through checkValidity and reportValidity', async () => {
    const { element, control } = await form([{ name: 'name', required: true }]);
    expect(element.checkValidity()).to.be.false;
    expect(control('name').hasAttribute('aria-invalid')).to.be.false;
    expect(element.reportValidity()).to.be.false;
    // Right after the first render the validation's code may still be on its way: it shows then.
    await element.updateComplete;
    expect(control('name').getAttribute('aria-invalid')).to.equal('true');
    expect(document.activeElement).to.equal(control('name'));
    control('name').value = 'Arthur';
    expect(element.checkValidity()).to.be.true;
  });

  it('hides errors on reset()', async () => {
    const { element, control, description, submit } = await form([{ name: 'name', required: true }]);
    await submit();
    element.reset();
    await element.updateComplete;
    expect(control('name').hasAttribute('aria-invalid')).to.be.false;
    expect(description('name')).to.equal('');
    expect(element.shadowRoot!.querySelector('[part="error"]')!.textContent!.trim()).to.equal('');
  });
});

describe('inline errors and the mouse', () => {
  useFreshTab();

  it('lets a click on Send land although leaving a field shows an error above the button', async () => {
    const { transport } = recordingTransport();
    const element = await fixture<WebviewForm>(html`
      <webview-form
        region="us"
        .fields=${[
          { name: 'name', label: 'Name', required: true },
          { name: 'email', type: 'email', label: 'Email' },
        ]}
        .fetch=${transport}
      ></webview-form>
    `);
    const email = element.querySelector<HTMLInputElement>('[name="email"]')!;
    email.focus();
    await sendKeys({ type: 'arthur' });
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!;
    const box = button.getBoundingClientRect();
    const invalid = oneEvent<WebviewInvalidEvent>(element, 'webview-invalid');
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    expect((await invalid).detail.errors.map((error) => error.name)).to.deep.equal(['name', 'email']);
    await resetMouse();
  });
});

describe("inline errors and the page's own custom validity", () => {
  useFreshTab();

  it("keeps an author's setCustomValidity message: submit() rejects with validation, shows it inline and sends nothing", async () => {
    const { seen, control, description, submit } = await form([], html`<label>Voucher <input name="voucher" value="XMAS-2019" /></label>`);
    control('voucher').setCustomValidity('This voucher has expired.');
    expect((await submit()).kind).to.equal('validation');
    expect(seen).to.have.length(0);
    expect(description('voucher')).to.equal('This voucher has expired.');
    expect(control('voucher').validationMessage).to.equal('This voucher has expired.');
    // The element put no copy of its own on the control: the author's clearing is enough to send.
    control('voucher').setCustomValidity('');
    expect((await submit()).status).to.equal(200);
    expect(seen).to.have.length(1);
  });
});

describe('inline errors inside a shadow root', () => {
  useFreshTab();

  it('shows one error text after reportValidity() three times on a control inside a shadow root, and hides it once fixed', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    render(
      html`<webview-form region="us"
        ><label>Name <input name="name" required /></label
      ></webview-form>`,
      root,
    );
    const element = root.querySelector<WebviewForm>('webview-form')!;
    await element.updateComplete;
    const input = root.querySelector('input')!;
    for (let count = 0; count < 3; count++) {
      expect(element.reportValidity()).to.be.false;
      await element.updateComplete;
    }
    const errorTexts = root.querySelectorAll<HTMLElement>('.webview-form-error');
    expect(errorTexts).to.have.length(1);
    expect(root.getElementById(input.getAttribute('aria-describedby')!)).to.equal(errorTexts[0]);
    expect(errorTexts[0].textContent).to.equal('Enter name.');
    input.value = 'Arthur';
    expect(element.reportValidity()).to.be.true;
    expect(errorTexts[0].hidden).to.be.true;
    expect(input.hasAttribute('aria-invalid')).to.be.false;
  });
});
