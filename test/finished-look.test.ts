// What a person ships should look finished (issue 30): these are the rows a test can hold.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { loadDelivery } from '../src/element/loader.js';
import { LANGUAGES, loadTable } from '../src/i18n/languages.js';
import { DEFAULT_MESSAGES } from '../src/delivery/messages.js';
import { recordingTransport, setPageUrl, useFreshTab } from './helpers.js';
import { contrast, groundOf } from './colour.js';

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

  describe('error state (row 2)', () => {
    /** A form with a text, an email, a choice and a consent box, all required, sent as it stands. */
    async function invalidForm(lang = 'en', width = '') {
      const box = await fixture<HTMLDivElement>(html`
        <div lang=${lang} style=${width && `inline-size: ${width}`}>
          <webview-form
            region="us"
            .fields=${[
              { name: 'who', label: 'Zorblax', required: true },
              { name: 'email', type: 'email', label: 'Quuxmail', required: true, value: 'x' },
              { name: 'size', type: 'select', label: 'Frobsize', options: ['1', '2'], required: true },
              { name: 'ok', type: 'checkbox', label: 'Blorpagree', required: true },
            ]}
          ></webview-form>
        </div>
      `);
      const form = box.querySelector('webview-form') as WebviewForm;
      const table = lang === 'en' ? DEFAULT_MESSAGES : await loadTable(lang);
      await form.submit().catch(() => undefined);
      const error = form.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
      await waitUntil(() => error.querySelector('h2')?.textContent === table.summaryTitle, `the ${lang} summary`);
      return { form, error, links: [...error.querySelectorAll<HTMLElement>('[part="summary-link"]')] };
    }

    it('no built-in language names a field twice: each summary item is its message, with the label only when the message lacks it', async () => {
      const labels = ['Zorblax', 'Quuxmail', 'Frobsize', 'Blorpagree'];
      for (const lang of LANGUAGES) {
        const { form, links } = await invalidForm(lang);
        expect(links, lang).to.have.length(labels.length);
        links.forEach((link, index) => {
          const text = link.textContent!.toLowerCase();
          const label = labels[index]!.toLowerCase();
          expect(text.split(label).length - 1, `${lang}: "${link.textContent}" names ${labels[index]} once`).to.equal(1);
          // The inline message is in the item, whole.
          const control = form.querySelectorAll('input, select')[index]!;
          const message = document.getElementById(control.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent!;
          expect(link.textContent, lang).to.contain(message);
        });
      }
    });

    it('an invalid field gets a red bar beside its group, a border of 2 px or more in the error colour, and its message above the control', async () => {
      const { form } = await invalidForm();
      const control = form.querySelector<HTMLInputElement>('[name="who"]')!;
      const group = control.closest<HTMLElement>('.webview-form-field')!;
      const message = group.querySelector<HTMLElement>('.webview-form-error')!;
      const red = getComputedStyle(message).color;
      const bar = getComputedStyle(group);
      expect(parseFloat(bar.borderInlineStartWidth), 'the bar').to.be.at.least(4);
      expect(bar.borderInlineStartColor).to.equal(red);
      const border = getComputedStyle(control);
      expect(parseFloat(border.borderTopWidth), 'the border').to.be.at.least(2);
      expect(border.borderTopColor).to.equal(red);
      expect(message.getBoundingClientRect().bottom, 'the message is above the control').to.be.at.most(control.getBoundingClientRect().top);
      // A valid field has neither bar nor red.
      const valid = form.querySelector('[name="who"]')!.closest('.webview-form-field')!;
      control.value = 'Ada';
      control.dispatchEvent(new Event('input', { bubbles: true }));
      await waitUntil(() => message.hidden, 'the message goes once the field is fixed');
      expect(parseFloat(getComputedStyle(valid).borderInlineStartWidth)).to.equal(0);
    });

    it('the summary is linked, not shouted: no tinted fill, items in the links’ own weight, underlined', async () => {
      const { form, error, links } = await invalidForm();
      expect(getComputedStyle(error).backgroundColor, 'no fill').to.match(/rgba\(0, 0, 0, 0\)|transparent/);
      expect(parseFloat(getComputedStyle(error).borderTopWidth), 'a frame').to.be.at.least(3);
      const body = getComputedStyle(form).fontWeight;
      for (const link of links) {
        const style = getComputedStyle(link);
        expect(style.fontWeight, link.textContent!).to.equal(body);
        expect(style.textDecorationLine).to.contain('underline');
      }
    });

    it('words like e-mail never break across lines, in the message and in the summary, however narrow the form', async () => {
      const { form, links } = await invalidForm('fr', '9rem');
      const message = form.querySelector('[name="email"]')!.closest('.webview-form-field')!.querySelector('.webview-form-error')!;
      const words = [
        ...message.querySelectorAll('.webview-form-word'),
        ...links.flatMap((link) => [...link.querySelectorAll('.webview-form-word')]),
      ];
      expect(words.map((word) => word.textContent)).to.include('e-mail');
      for (const word of words) expect(word.getClientRects().length, `"${word.textContent}" on one line`).to.equal(1);
      // The text reads as it did: the spans add nothing.
      expect(message.textContent).to.contain('adresse e-mail valide');
    });
  });

  describe('dark mode (row 3)', () => {
    /** A form in a dark card, as a dark page draws it. */
    async function darkForm() {
      const box = await fixture<HTMLDivElement>(html`
        <div style="color-scheme: dark; background: #181b21; color: #e9ecf1; padding: 1rem">
          <webview-form
            region="us"
            .fields=${[
              { name: 'name', label: 'Name' },
              { name: 'size', type: 'select', label: 'Size', options: ['S', 'M'] },
              { name: 'notes', type: 'textarea', label: 'Notes' },
            ]}
          ></webview-form>
        </div>
      `);
      const form = box.querySelector('webview-form') as WebviewForm;
      await form.updateComplete;
      return { box, form };
    }

    it('controls read as enabled: their boundary contrasts 3:1 or more with the card and with their fill, which is the page’s ground, not a grey slab', async () => {
      const { box, form } = await darkForm();
      const card = getComputedStyle(box).backgroundColor;
      for (const control of form.querySelectorAll<HTMLElement>('input, select, textarea')) {
        const style = getComputedStyle(control);
        const fill = groundOf(control);
        expect(contrast(style.borderTopColor, card), `${control.localName}'s border on the card`).to.be.at.least(3);
        expect(contrast(style.borderTopColor, fill), `${control.localName}'s border on its fill`).to.be.at.least(3);
        expect(contrast(fill, card), `${control.localName}'s fill against the card`).to.be.below(1.3);
        expect(contrast(style.color, fill), `${control.localName}'s text`).to.be.at.least(4.5);
      }
    });

    it('the primary button is tuned for dark: another ground than in light, its text 4.5:1 on it, and it stands out from the card', async () => {
      const { box, form } = await darkForm();
      const send = form.shadowRoot!.querySelector('[part="submit"]')!;
      const dark = getComputedStyle(send);
      const darkGround = dark.backgroundColor;
      expect(contrast(dark.color, darkGround), 'its text').to.be.at.least(4.5);
      expect(contrast(darkGround, getComputedStyle(box).backgroundColor), 'on the card').to.be.at.least(3);
      box.style.colorScheme = 'light';
      expect(getComputedStyle(send).backgroundColor, 'the light one').to.not.equal(darkGround);
    });
  });

  it('success (row 4): a confirmation panel with its heading, what happens next and the way back once, with the same room on every side', async () => {
    const recording = recordingTransport();
    const form = await fixture<WebviewForm>(
      html`<webview-form
        region="us"
        bot-id="b"
        conversation-id="c"
        user-id="u"
        return-url="https://chat.example/"
        .fetch=${recording.transport}
        ><label>Name <input name="name" value="Ada" /></label
      ></webview-form>`,
    );
    await form.submit();
    await form.updateComplete;
    const panel = form.shadowRoot!.querySelector<HTMLElement>('[part="status"]')!;
    const style = getComputedStyle(panel);
    const sides = [style.paddingTop, style.paddingRight, style.paddingBottom, style.paddingLeft];
    expect(new Set(sides).size, `padding ${sides.join(' ')}`).to.equal(1);
    expect(parseFloat(sides[0]!)).to.be.at.least(16);
    const slot = panel.querySelector('slot[name="success"]') as HTMLSlotElement;
    expect(slot.querySelector('h2')!.textContent).to.equal(DEFAULT_MESSAGES.successTitle);
    expect(slot.querySelector('p')!.textContent).to.equal(DEFAULT_MESSAGES.success);
    expect([...form.shadowRoot!.querySelectorAll('a')].map((link) => link.href)).to.deep.equal(['https://chat.example/']);
    expect(contrast(style.color, style.backgroundColor), 'the panel’s text').to.be.at.least(4.5);
  });

  it('buttons and links (row 5): Back, Change, the summary’s items and the way back are one family: colour, weight and underline', async () => {
    const recording = recordingTransport();
    const form = await fixture<WebviewForm>(
      html`<webview-form
        region="us"
        review
        .fetch=${recording.transport}
        .fields=${[
          { step: 'One', fields: [{ name: 'a', label: 'A', required: true }] },
          { step: 'Two', fields: [{ name: 'b', label: 'B' }] },
        ]}
      ></webview-form>`,
    );
    await form.updateComplete;
    const shadow = form.shadowRoot!;
    const press = async (part: string) => {
      shadow.querySelector<HTMLElement>(`[part="${part}"]`)!.click();
      await form.updateComplete;
    };
    await press('next');
    await waitUntil(() => shadow.querySelector('[part="summary-link"]'), 'the summary');
    const family = (element: Element) => {
      const style = getComputedStyle(element);
      return { color: style.color, weight: style.fontWeight, line: style.textDecorationLine, offset: style.textUnderlineOffset };
    };
    const summaryLink = family(shadow.querySelector('[part="summary-link"]')!);
    form.querySelector<HTMLInputElement>('[name="a"]')!.value = 'x';
    await press('next');
    await waitUntil(() => shadow.querySelector('[part="back"]'), 'step two');
    const back = family(shadow.querySelector('[part="back"]')!);
    await press('next');
    await waitUntil(() => shadow.querySelector('[part="change"]'), 'the review');
    const change = family(shadow.querySelector('[part="change"]')!);
    // The way back, on a broken link's page (on the page's ground, as the others).
    const restore = setPageUrl('?botId=b');
    let way: ReturnType<typeof family>;
    try {
      const broken = await fixture<WebviewForm>(html`<webview-form region="us" return-url="https://chat.example/"></webview-form>`);
      way = family(broken.shadowRoot!.querySelector('[part="error"] [part="return"]')!);
    } finally {
      restore();
    }
    expect(back.line).to.contain('underline');
    for (const [name, style] of Object.entries({ summaryLink, change, way })) expect(style, name).to.deep.equal(back);
  });
});
