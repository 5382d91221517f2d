import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { containsCardNumber, findCardNumbers, passesLuhn } from '../src/core/sensitive.js';
import { deferred, recordingTransport, useFreshTab } from './helpers.js';

describe('card number guard', () => {
  it('knows the Luhn check', () => {
    expect(passesLuhn('4111111111111111')).to.be.true;
    expect(passesLuhn('4111111111111112')).to.be.false;
    expect(passesLuhn('79927398713')).to.be.true;
  });

  for (const text of [
    '4111111111111111',
    '4111 1111 1111 1111',
    '4111-1111-1111-1111',
    'my card: 5500 0000 0000 0004 thanks',
    '378282246310005',
    '6011000990139424',
    '4222222222222',
    '4111  1111\t1111 1111',
  ]) {
    it(`recognises ${JSON.stringify(text)}`, () => {
      expect(containsCardNumber(text)).to.be.true;
    });
  }

  // Every 13–19-digit window of a longer run is checked (a card beside its CVV), so a run is let
  // through only when none of its windows passes Luhn.
  for (const text of [
    '4111111111111113',
    '411111111111',
    '1111111111111111111111',
    '2026-11-27',
    '+44 20 7946 0958',
    'a845678d-fe5a-429e-bc46-b25d524b9fa7',
  ]) {
    it(`lets ${JSON.stringify(text)} through`, () => {
      expect(containsCardNumber(text)).to.be.false;
    });
  }

  it('names the variables that carry one, except the exempt ones', () => {
    const variables = [
      { name: 'card', value: '4111 1111 1111 1111' },
      { name: 'order', value: '4111111111111111' },
      { name: 'name', value: 'Arthur' },
    ];
    expect(findCardNumbers(variables, ['order'])).to.deep.equal(['card']);
  });
});

describe('<webview-form> and sensitive data', () => {
  useFreshTab();

  async function form(attributes = '') {
    const { transport, seen } = recordingTransport();
    const element = await fixture<WebviewForm>(html`
      <webview-form region="us" not-card-numbers=${attributes} .fetch=${transport}>
        <label>Order number <input name="order" /></label>
        <label>Notes <input name="notes" /></label>
      </webview-form>
    `);
    const input = (name: string) => element.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    return { element, seen, input };
  }

  it('refuses a card number before sending, naming the field, and keeps what was typed', async () => {
    const { element, seen, input } = await form();
    input('notes').value = 'pay with 4111 1111 1111 1111';
    const error = await element.submit().catch((thrown) => thrown);
    await element.updateComplete;
    expect(error.kind).to.equal('sensitive');
    expect(error.message).to.contain('Notes');
    expect(seen).to.have.length(0);
    expect(element.state).to.equal('error');
    expect(input('notes').value).to.equal('pay with 4111 1111 1111 1111');
    expect(input('notes').getAttribute('aria-invalid')).to.equal('true');
    expect(document.activeElement).to.equal(input('notes'));
    expect(element.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(
      'Card numbers must not be sent through this form: remove the one in Notes',
    );
  });

  it('lets an exempt field through', async () => {
    const { element, seen, input } = await form('order');
    input('order').value = '4111111111111111';
    await element.submit();
    expect(seen).to.have.length(1);
  });

  it('checks what a webview-submit listener added, too', async () => {
    const { element, seen } = await form();
    element.addEventListener('webview-submit', (event) => {
      event.detail.payload.contextVariables = [{ name: 'extra', value: '5500-0000-0000-0004' }];
    });
    expect((await element.submit().catch((thrown) => thrown)).kind).to.equal('sensitive');
    expect(seen).to.have.length(0);
  });

  it('warns the author, once, about a field named or typed like a password', async () => {
    const warnings: string[] = [];
    const bothWarned = deferred();
    const warn = sinon.stub(console, 'warn').callsFake((text: unknown) => {
      warnings.push(String(text));
      if (warnings.length === 2) bothWarned.resolve();
    });
    try {
      const { transport, seen } = recordingTransport();
      const element = await fixture<WebviewForm>(html`
        <webview-form region="us" .fetch=${transport}
          ><label>Password <input name="pw" type="password" /></label><label>PIN <input name="pin" /></label
        ></webview-form>
      `);
      // The warning comes with the code a send needs, fetched while the page is idle.
      await bothWarned.promise;
      // A send looks again (fields may have come since), and says nothing twice.
      element.querySelector<HTMLInputElement>('[name="pin"]')!.value = '1';
      await element.submit();
      expect(seen).to.have.length(1);
      expect(warnings.filter((text) => text.includes('"pw"'))).to.have.length(1);
      expect(warnings.filter((text) => text.includes('"pin"'))).to.have.length(1);
    } finally {
      warn.restore();
    }
  });
});
