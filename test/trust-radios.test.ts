// Regressions of issue 27, row 3: two <webview-form>s on one page declaring the same radio name.
// The browser groups radios by name and form owner; generated radios had no form owner, so the
// forms' radios were one group: one form lost its default, and choosing in the other unchecked it.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { recordingTransport, useFreshTab } from './helpers.js';

const CONTACT = [
  { name: 'contact', type: 'radio', label: 'Reach me by', options: ['email', 'phone'], value: 'email' },
  { name: 'phone', type: 'tel', label: 'Phone', required: true, when: { field: 'contact', equals: 'phone' } },
];

async function twoForms() {
  const first = recordingTransport();
  const second = recordingTransport();
  const page = await fixture<HTMLElement>(
    html`<div>
      <webview-form region="us" .fields=${CONTACT} .fetch=${first.transport}></webview-form>
      <webview-form region="us" .fields=${CONTACT} .fetch=${second.transport}></webview-form>
    </div>`,
  );
  const [one, two] = page.querySelectorAll<WebviewForm>('webview-form');
  await Promise.all([one!.updateComplete, two!.updateComplete]);
  const radio = (form: WebviewForm, value: string) => form.querySelector<HTMLInputElement>(`[name="contact"][value="${value}"]`)!;
  return { one: one!, two: two!, radio, first, second };
}

describe('two forms on one page with the same declared radio name (issue 27, row 3)', () => {
  useFreshTab();

  it('two forms declaring the radio "contact" with the default "email" both keep their default', async () => {
    const { one, two, radio } = await twoForms();
    expect(radio(one, 'email').checked, 'first form').to.be.true;
    expect(radio(two, 'email').checked, 'second form').to.be.true;
  });

  it('choosing "phone" in the second form leaves the first form’s choice, its conditions and its post as they were', async () => {
    const { one, two, radio, first } = await twoForms();
    radio(two, 'phone').click();
    await two.updateComplete;
    expect(radio(two, 'phone').checked).to.be.true;
    expect(radio(one, 'email').checked, 'first form still on email').to.be.true;
    await one.updateComplete;
    // The first form's phone field still does not apply there.
    expect(one.querySelector<HTMLInputElement>('[name="phone"]')!.disabled).to.be.true;
    await one.submit();
    const body = (await first.seen[0]!.body) as { contextVariables: Array<{ name: string; value: string }> };
    expect(body.contextVariables).to.deep.equal([{ name: 'contact', value: 'email' }]);
  });

  it('authored radios named like radios outside the form get a console warning naming them', async () => {
    const warn = sinon.stub(console, 'warn');
    const { transport } = recordingTransport();
    try {
      const page = await fixture<HTMLElement>(
        html`<div>
          <label><input type="radio" name="plan" value="outside" /> Outside</label>
          <webview-form region="us" .fetch=${transport}
            ><label><input type="radio" name="plan" value="basic" /> Basic</label></webview-form
          >
        </div>`,
      );
      const form = page.querySelector<WebviewForm>('webview-form')!;
      await form.updateComplete;
      // The warning comes once the page is idle, and with every send.
      await form.submit();
      const said = warn.getCalls().map((call) => String(call.args[0]));
      expect(said.filter((text) => text.includes('"plan"'))).to.have.length(1);
    } finally {
      warn.restore();
    }
  });

  it('a <form> inside the tag without method="dialog" gets a console warning; with it, none', async () => {
    const warn = sinon.stub(console, 'warn');
    const { transport } = recordingTransport();
    try {
      const page = await fixture<HTMLElement>(
        html`<div>
          <webview-form region="us" .fetch=${transport}
            ><form>
              <label>Name <input name="name" /></label></form
          ></webview-form>
          <webview-form region="us" .fetch=${transport}
            ><form method="dialog">
              <label>Name <input name="name" /></label></form
          ></webview-form>
        </div>`,
      );
      const forms = page.querySelectorAll<WebviewForm>('webview-form');
      for (const form of forms) await form.submit();
      const said = warn
        .getCalls()
        .map((call) => String(call.args[0]))
        .filter((text) => text.includes('method="dialog"'));
      expect(said).to.have.length(1);
    } finally {
      warn.restore();
    }
  });

  it('Enter on a generated radio or checkbox sends nothing, though their form is a form of its own', async () => {
    const fields = [
      { name: 'name', label: 'Name' },
      { name: 'contact', type: 'radio', label: 'Reach me by', options: ['email', 'phone'], value: 'email' },
      { name: 'news', type: 'checkbox', label: 'Send me news' },
    ];
    const { transport } = recordingTransport();
    const form = await fixture<WebviewForm>(html`<webview-form region="us" .fields=${fields} .fetch=${transport}></webview-form>`);
    await form.updateComplete;
    const submit = sinon.spy(form, 'submit');
    for (const selector of ['[name="contact"][value="email"]', '[name="news"]']) {
      form.querySelector<HTMLInputElement>(selector)!.focus();
      await sendKeys({ press: 'Enter' });
    }
    expect(submit.called, 'a send was asked for').to.be.false;
    expect(form.state).to.equal('idle');
  });
});
