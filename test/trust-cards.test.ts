// Issue 27, row 4: card numbers caught beside their CVV. A card inside a longer run of digits, typed
// with any separator people use or in another script's digits, or split over boxes side by side,
// is refused before sending and never kept in the draft; nor is a field the page marks as card data.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { WebviewError } from '../src/core/errors.js';
import { containsCardNumber, passesLuhn } from '../src/core/sensitive.js';
import { recordingTransport, useFreshTab } from './helpers.js';

/** The entries of this tab's stored draft, once one holds `marker` (the draft's code comes with the delivery chunk). */
async function storedWith(marker: string): Promise<Array<{ name: string; value?: string; selected?: string[] }>> {
  const find = () =>
    Object.entries(localStorage).find(([key, value]) => key.startsWith('webview-form:draft:') && value.includes(marker))?.[1];
  // The chunk is many modules under the test server: a busy machine can take seconds to serve them.
  await waitUntil(find, `a draft holding ${marker} was saved`, { timeout: 10_000 });
  return JSON.parse(find()!).controls;
}

/** Types into the control named `name` of `form` as a person does. */
function typeInto(form: WebviewForm, name: string, value: string): void {
  const control = form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('a card number in a free-text field', function () {
  // A draft's wait (storedWith) may outlast mocha's five seconds on a busy machine.
  this.timeout(20_000);
  useFreshTab();

  const scenarios: Array<[string, string]> = [
    ['a card number followed by its CVV', '4111 1111 1111 1111 123'],
    ['a card number followed by its CVV without a space', '4111111111111111123'],
    ['a card number followed by its expiry date', '4111 1111 1111 1111 12/26'],
    ['a card number after a reference number', 'Ref 7 4111 1111 1111 1111'],
    ['a card number grouped by dots', '4111.1111.1111.1111'],
    ['a card number grouped by dashes with spaces around them', '4111 - 1111 - 1111 - 1111'],
    ['a card number in full-width digits', '４１１１ １１１１ １１１１ １１１１'],
    ['a card number in Arabic-Indic digits', '٤١١١ ١١١١ ١١١١ ١١١١'],
    ['a card number with zero-width spaces between its groups', '4111\u200b1111\u200b1111\u200b1111'],
    ['a card number with soft hyphens between its groups', '4111\u00ad1111\u00ad1111\u00ad1111'],
    ['a card number with word joiners between its groups', '4111\u20601111\u20601111\u20601111'],
    ['a card number grouped by underscores', '4111_1111_1111_1111'],
    ['a card number grouped by double dashes', '4111--1111--1111--1111'],
    ['a card number grouped by minus signs', '4111\u22121111\u22121111\u22121111'],
  ];

  for (const [scenario, text] of scenarios) {
    it(`${scenario} in a free-text field is refused and never stored`, async () => {
      const { transport, seen } = recordingTransport();
      const form = await fixture<WebviewForm>(html`
        <webview-form region="us" .fetch=${transport}>
          <label>Your name <input name="name" /></label>
          <label>Notes <textarea name="notes"></textarea></label>
        </webview-form>
      `);
      typeInto(form, 'notes', `Pay with ${text} please`);
      typeInto(form, 'name', 'Arthur');
      const error: WebviewError = await form.submit().catch((thrown) => thrown);
      expect(error.kind).to.equal('sensitive');
      expect(error.message).to.contain('Notes');
      expect(seen).to.have.length(0);
      const entries = await storedWith('Arthur');
      expect(entries.map((entry) => entry.name)).to.deep.equal(['name']);
    });
  }
});

describe('card numbers, other ways in', function () {
  // A draft's wait (storedWith) may outlast mocha's five seconds on a busy machine.
  this.timeout(20_000);
  useFreshTab();

  it('a card split over boxes that share one name is refused and never stored', async () => {
    const { transport, seen } = recordingTransport();
    const form = await fixture<WebviewForm>(html`
      <webview-form region="us" .fetch=${transport}>
        <label>Your name <input name="name" /></label>
        <fieldset>
          <legend>Card</legend>
          ${[1, 2, 3, 4].map((part) => html`<input name="card" aria-label="Card part ${part}" inputmode="numeric" />`)}
        </fieldset>
      </webview-form>
    `);
    form.querySelectorAll<HTMLInputElement>('[name="card"]').forEach((box, index) => {
      box.value = index === 0 ? '4111' : '1111';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    typeInto(form, 'name', 'Arthur');
    const error: WebviewError = await form.submit().catch((thrown) => thrown);
    expect(error.kind).to.equal('sensitive');
    expect(seen).to.have.length(0);
    expect((await storedWith('Arthur')).filter((entry) => entry.value).map((entry) => entry.name)).to.deep.equal(['name']);
  });

  it('a card number in the message is refused', async () => {
    const { transport, seen } = recordingTransport();
    const form = await fixture<WebviewForm>(html`
      <webview-form region="us" message="pay 4111 1111 1111 1111" .fetch=${transport}
        ><label>Your name <input name="name" value="Arthur" /></label
      ></webview-form>
    `);
    const error: WebviewError = await form.submit().catch((thrown) => thrown);
    expect(error.kind).to.equal('sensitive');
    expect(error.message).to.contain('message');
    expect(seen).to.have.length(0);
  });

  it('a card number a webview-submit listener puts in the message is refused', async () => {
    const { transport, seen } = recordingTransport();
    const form = await fixture<WebviewForm>(html`
      <webview-form
        region="us"
        message="done"
        .fetch=${transport}
        @webview-submit=${(event: CustomEvent<{ payload: { message?: string } }>) => (event.detail.payload.message = 'card 4111-1111-1111-1111')}
      >
        <label>Your name <input name="name" value="Arthur" /></label>
      </webview-form>
    `);
    const error: WebviewError = await form.submit().catch((thrown) => thrown);
    expect(error.kind).to.equal('sensitive');
    expect(seen).to.have.length(0);
  });

  it('two phone numbers on two lines of a free-text field are sent: a line break ends a number', async () => {
    const { transport, seen } = recordingTransport();
    const form = await fixture<WebviewForm>(html`
      <webview-form region="us" .fetch=${transport}
        ><label>Notes <textarea name="notes"></textarea></label
      ></webview-form>
    `);
    typeInto(form, 'notes', '020 7946 0958\n07700 900123');
    await form.submit();
    expect(seen).to.have.length(1);
  });
});

describe('fields that hold card data', function () {
  // A draft's wait (storedWith) may outlast mocha's five seconds on a busy machine.
  this.timeout(20_000);
  useFreshTab();

  it('fields whose autocomplete says card data (cc-*) are never stored in a draft', async () => {
    const form = await fixture<WebviewForm>(html`
      <webview-form region="us">
        <label>Your name <input name="name" autocomplete="name" /></label>
        <label>Name on card <input name="holder" autocomplete="cc-name" /></label>
        <label>Expiry date <input name="expiry" autocomplete="cc-exp" /></label>
        <label
          >Expiry month
          <select name="month" autocomplete="billing cc-exp-month">
            <option>01</option>
            <option>12</option>
          </select></label
        >
        <label>Security code <input name="code" autocomplete="cc-csc" /></label>
      </webview-form>
    `);
    typeInto(form, 'holder', 'A Pendragon');
    typeInto(form, 'expiry', '12/26');
    form.querySelector('select')!.value = '12';
    typeInto(form, 'code', '123');
    typeInto(form, 'name', 'Arthur');
    const entries = await storedWith('Arthur');
    expect(entries.map((entry) => entry.name)).to.deep.equal(['name']);
  });

  it('fields named like secrets (pin, cvv) or asking for a one-time code are never stored in a draft', async () => {
    const form = await fixture<WebviewForm>(html`
      <webview-form region="us">
        <label>Your name <input name="name" autocomplete="name" /></label>
        <label>PIN <input name="pin" inputmode="numeric" /></label>
        <label>Card check <input name="cvv" autocomplete="off" /></label>
        <label>Code we texted you <input name="code" autocomplete="one-time-code" /></label>
      </webview-form>
    `);
    typeInto(form, 'pin', '4821');
    typeInto(form, 'cvv', '737');
    typeInto(form, 'code', '482913');
    typeInto(form, 'name', 'Arthur');
    const entries = await storedWith('Arthur');
    expect(entries.map((entry) => entry.name)).to.deep.equal(['name']);
  });
});

describe('a card number split over fields', function () {
  // A draft's wait (storedWith) may outlast mocha's five seconds on a busy machine.
  this.timeout(20_000);
  useFreshTab();

  async function boxes(attributes: { exempt?: string; between?: boolean } = {}) {
    const { transport, seen } = recordingTransport();
    const form = await fixture<WebviewForm>(html`
      <webview-form region="us" not-card-numbers=${attributes.exempt ?? ''} .fetch=${transport}>
        <label>Your name <input name="name" /></label>
        <label>Card part 1 <input name="p1" inputmode="numeric" /></label>
        <label>Card part 2 <input name="p2" inputmode="numeric" /></label>
        ${attributes.between ? html`<label>Town <input name="town" /></label>` : ''}
        <label>Card part 3 <input name="p3" inputmode="numeric" /></label>
        <label>Card part 4 <input name="p4" inputmode="numeric" /></label>
        <label>Security code <input name="security" inputmode="numeric" /></label>
      </webview-form>
    `);
    const fill = (...parts: string[]) => parts.forEach((part, index) => typeInto(form, `p${index + 1}`, part));
    return { form, seen, fill };
  }

  it('a card split over four adjacent fields is refused, naming each field', async () => {
    const { form, seen, fill } = await boxes();
    typeInto(form, 'name', 'Arthur');
    fill('4111', '1111', '1111', '1111');
    typeInto(form, 'security', '123');
    const error: WebviewError = await form.submit().catch((thrown) => thrown);
    await form.updateComplete;
    expect(error.kind).to.equal('sensitive');
    for (const label of ['Card part 1', 'Card part 2', 'Card part 3', 'Card part 4']) expect(error.message).to.contain(label);
    expect(error.message).not.to.contain('Security code');
    expect(seen).to.have.length(0);
    for (const name of ['p1', 'p2', 'p3', 'p4'])
      expect(form.querySelector(`[name="${name}"]`)!.getAttribute('aria-invalid'), name).to.equal('true');
    expect(document.activeElement).to.equal(form.querySelector('[name="p1"]'));
  });

  it('a card split over four adjacent fields is never stored in a draft', async () => {
    const { form, fill } = await boxes();
    fill('4111', '1111', '1111', '1111');
    typeInto(form, 'name', 'Arthur');
    const entries = await storedWith('Arthur');
    expect(entries.filter((entry) => entry.value).map((entry) => entry.name)).to.deep.equal(['name']);
  });

  it('numbers in adjacent fields that do not make a card number are sent', async () => {
    const { form, seen, fill } = await boxes();
    // Every run of whole boxes here fails Luhn: a date of birth beside a postcode, say.
    fill('12', '03', '1985', '90210');
    await form.submit();
    expect(seen).to.have.length(1);
  });

  it('one-time codes and ratings side by side are no card split: a choice is picked and a code is sent, not typed', async () => {
    const { transport, seen } = recordingTransport();
    const form = await fixture<WebviewForm>(html`
      <webview-form region="us" .fetch=${transport}>
        <label>Code <input name="code" autocomplete="one-time-code" inputmode="numeric" /></label>
        <label>Backup code <input name="backup" autocomplete="one-time-code" inputmode="numeric" /></label>
        <fieldset>
          <legend>Stars</legend>
          ${[1, 2, 3, 4, 5].map((n) => html`<label><input type="radio" name="stars" value=${n} /> ${n}</label>`)}
        </fieldset>
        <label>Card part 4 <input name="p4" inputmode="numeric" /></label>
      </webview-form>
    `);
    // 4111 1111 1111 1111 would pass Luhn were the four read as one number.
    typeInto(form, 'code', '4111');
    typeInto(form, 'backup', '111111');
    form.querySelector<HTMLInputElement>('[name="stars"][value="1"]')!.checked = true;
    typeInto(form, 'p4', '11111');
    await form.submit();
    expect(seen).to.have.length(1);
  });

  it('boxes with another field between them are not read as one number', async () => {
    const { form, seen, fill } = await boxes({ between: true });
    typeInto(form, 'town', 'Camelot');
    fill('4111', '1111', '1111', '1111');
    await form.submit();
    expect(seen).to.have.length(1);
  });

  it('boxes named in not-card-numbers are sent', async () => {
    const { form, seen, fill } = await boxes({ exempt: 'p1,p2,p3,p4' });
    fill('4111', '1111', '1111', '1111');
    await form.submit();
    expect(seen).to.have.length(1);
  });
});

describe('card numbers: properties', function () {
  // Hundreds of runs are CPU-bound: on a 2-core machine shared with other suites they take longer.
  this.timeout(20_000);

  // A Luhn-valid number of 13 to 19 digits: random digits, then the check digit that makes it pass.
  const card = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 18 }).map((digits) => {
    const body = digits.join('');
    const check = [...'0123456789'].find((digit) => passesLuhn(body + digit))!;
    return body + check;
  });
  const separator = fc.constantFrom('', ' ', '  ', '-', '.', ' - ', '\u00a0', '\u2013');
  /** `digits` cut into groups of 1 to 6, each joined by one of the separators people type. */
  const grouped = (digits: string) =>
    fc.array(fc.tuple(fc.integer({ min: 1, max: 6 }), separator), { minLength: 20, maxLength: 20 }).map((cuts) => {
      let text = '';
      let at = 0;
      for (const [size, between] of cuts) {
        if (at >= digits.length) break;
        text += (at > 0 ? between : '') + digits.slice(at, at + size);
        at += size;
      }
      return text + digits.slice(at);
    });
  const fullWidth = (text: string) => text.replace(/\d/g, (digit) => String.fromCodePoint(0xff10 + Number(digit)));

  it('any Luhn-valid number, grouped as people type it, with digits typed before or after it, is found', () => {
    fc.assert(
      fc.property(
        card.chain((number) => grouped(number)),
        fc.stringMatching(/^(Ref \d{1,4} |\d{1,3} )?$/),
        fc.stringMatching(/^( \d{3,4}| \d\d\/\d\d|\d{1,4})?$/),
        fc.boolean(),
        (number, before, after, wide) => {
          const text = `${before}${number}${after}`;
          expect(containsCardNumber(wide ? fullWidth(text) : text), text).to.be.true;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('text with fewer than 13 digits is never taken for a card number', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre([...text.normalize('NFKC')].filter((character) => /\p{Nd}/u.test(character)).length < 13);
        expect(containsCardNumber(text)).to.be.false;
      }),
      { numRuns: 300 },
    );
  });
});
