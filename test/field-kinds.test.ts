// Issue 32: the declared field types lead-gen and survey pages need. Each is drawn by the kinds
// chunk (or checked by the phone chunk), posts what the bot can use, and is keyboard and
// screen-reader friendly in every engine.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { FieldDeclaration } from '../src/fields/declarations.js';
import { useFreshTab } from './helpers.js';
import { kindsForm, typeInto } from './kinds-support.js';
import { expectAccessible } from './a11y.js';

describe('declared field types of issue 32', () => {
  useFreshTab();

  describe('rating', () => {
    it('a rating is a radio group of stars labelled "4 of 5", and posts the number chosen', async () => {
      const { form, posted } = await kindsForm([{ name: 'stars', type: 'rating', label: 'How was it?', required: true }]);
      const radios = [...form.querySelectorAll<HTMLInputElement>('input[type="radio"][name="stars"]')];
      expect(radios.map((radio) => radio.value)).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(radios[3]!.labels![0]!.textContent).to.contain('4 of 5');
      expect(form.querySelector('fieldset legend')!.textContent).to.contain('How was it?');
      radios[3]!.click();
      expect(await posted()).to.deep.equal({ stars: '4' });
    });

    it('arrow keys move the rating, as in any radio group', async () => {
      const { form, posted } = await kindsForm([{ name: 'stars', type: 'rating', max: 10 }]);
      const first = form.querySelector<HTMLInputElement>('input[name="stars"]')!;
      first.focus();
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      expect(await posted()).to.deep.equal({ stars: '3' });
    });
  });

  describe('scale', () => {
    it('a 0-10 scale with end labels posts the number as text', async () => {
      const { form, posted } = await kindsForm([{ name: 'nps', type: 'scale', minLabel: 'Not likely', maxLabel: 'Very likely' }]);
      const radios = [...form.querySelectorAll<HTMLInputElement>('input[name="nps"]')];
      expect(radios.map((radio) => radio.value)).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
      const group = form.querySelector('fieldset')!;
      const ends = form.querySelector(`#${group.getAttribute('aria-describedby')!.split(' ').at(-1)}`)!;
      expect(ends.textContent).to.contain('Not likely').and.contain('Very likely');
      radios[9]!.click();
      expect(await posted()).to.deep.equal({ nps: '9' });
    });
  });

  describe('one-time code', () => {
    it('is one box for a one-time code, and a pasted "123 456" or "123-456" keeps its digits', async () => {
      const { form, posted } = await kindsForm([{ name: 'code', type: 'otp', required: true }]);
      const inputs = form.querySelectorAll('input');
      expect(inputs.length).to.equal(1);
      const input = inputs[0]!;
      expect(input.getAttribute('autocomplete')).to.equal('one-time-code');
      expect(input.inputMode).to.equal('numeric');
      await typeInto(input, '123-45 6');
      expect(input.value).to.equal('123456');
      expect(await posted()).to.deep.equal({ code: '123456' });
    });

    it('a code of the wrong length says how many digits it needs', async () => {
      const { form, seen } = await kindsForm([{ name: 'code', type: 'otp', length: 4 }]);
      await typeInto(form.querySelector('input')!, '12345');
      await form.submit().catch(() => undefined);
      expect(seen.length).to.equal(0);
      expect(form.querySelector('.webview-form-error:not([hidden])')!.textContent).to.contain('Enter the 4-digit code.');
    });
  });

  describe('memorable date', () => {
    const birth: FieldDeclaration = {
      name: 'dob',
      type: 'date',
      style: 'memorable',
      label: 'Date of birth',
      max: 'today',
      autocomplete: 'bday',
    };

    it('three labelled boxes with bday autocomplete post an ISO date', async () => {
      const { form, posted } = await kindsForm([birth]);
      const boxes = [...form.querySelectorAll<HTMLInputElement>('input[data-part]')];
      expect(boxes.map((box) => box.labels![0]!.textContent)).to.have.members(['Day', 'Month', 'Year']);
      expect(boxes.map((box) => box.getAttribute('autocomplete'))).to.have.members(['bday-day', 'bday-month', 'bday-year']);
      const box = (part: string) => boxes.find((input) => input.dataset.part === part)!;
      await typeInto(box('day'), '7');
      await typeInto(box('month'), '3');
      await typeInto(box('year'), '1990');
      expect(await posted()).to.deep.equal({ dob: '1990-03-07' });
    });

    for (const [scenario, day, month, year, message] of [
      ['31 February', '31', '2', '2001', 'Date of birth must be a real date.'],
      ['month 13', '1', '13', '2001', 'The month must be between 1 and 12.'],
      ['no year', '1', '2', '', 'Date of birth must include a year.'],
      ['a date in the future', '1', '1', String(new Date().getFullYear() + 1), 'Date of birth must be today or in the past.'],
    ] as const) {
      it(`a memorable date with ${scenario} is refused with "${message}"`, async () => {
        const { form, seen } = await kindsForm([birth]);
        const box = (part: string) => form.querySelector<HTMLInputElement>(`input[data-part="${part}"]`)!;
        if (day) await typeInto(box('day'), day);
        if (month) await typeInto(box('month'), month);
        if (year) await typeInto(box('year'), year);
        await form.submit().catch(() => undefined);
        expect(seen.length).to.equal(0);
        expect(form.querySelector('.webview-form-error:not([hidden])')!.textContent).to.equal(message);
      });
    }
  });

  describe('consent with its link', () => {
    it('draws the link after the label, opening in a new tab, and posts "true"', async () => {
      const { form, posted } = await kindsForm([
        {
          name: 'consent',
          type: 'checkbox',
          label: 'I agree to the privacy notice',
          required: true,
          link: { href: 'https://example.com/privacy', text: 'Privacy notice' },
        },
      ]);
      const link = form.querySelector<HTMLAnchorElement>('a.webview-form-link')!;
      expect(link.href).to.equal('https://example.com/privacy');
      expect(link.target).to.equal('_blank');
      expect(link.textContent).to.contain('Privacy notice').and.contain('(opens in a new tab)');
      form.querySelector<HTMLInputElement>('input[name="consent"]')!.click();
      expect(await posted()).to.deep.equal({ consent: 'true' });
    });
  });

  describe('phone', () => {
    it('a UK number typed nationally is posted in E.164, from a box with the phone keypad and autofill', async () => {
      const { form, posted } = await kindsForm([{ name: 'phone', type: 'tel', country: 'GB' }]);
      const input = form.querySelector('input')!;
      expect([input.type, input.getAttribute('autocomplete'), input.getAttribute('inputmode')]).to.deep.equal(['tel', 'tel', 'tel']);
      await typeInto(input, '020 7946 0000');
      expect(await posted()).to.deep.equal({ phone: '+442079460000' });
    });

    it('a number that cannot be dialled is refused in words naming the country', async () => {
      const { form, seen } = await kindsForm([{ name: 'phone', type: 'tel', country: 'GB', label: 'Phone' }]);
      await typeInto(form.querySelector('input')!, '12345');
      await form.submit().catch(() => undefined);
      expect(seen.length).to.equal(0);
      expect(form.querySelector('.webview-form-error:not([hidden])')!.textContent).to.contain('United Kingdom');
    });
  });

  it('every new type passes axe, valid and invalid', async () => {
    const { form } = await kindsForm([
      { name: 'stars', type: 'rating', required: true },
      { name: 'nps', type: 'scale', required: true, minLabel: 'Not likely', maxLabel: 'Very likely' },
      { name: 'code', type: 'otp', required: true },
      { name: 'dob', type: 'date', style: 'memorable', required: true },
      { name: 'consent', type: 'checkbox', required: true, link: { href: '/privacy', text: 'Privacy notice' } },
      { name: 'phone', type: 'tel', country: 'GB', required: true },
    ]);
    await expectAccessible(form, 'valid');
    await form.submit().catch(() => undefined);
    expect(form.querySelectorAll('.webview-form-error:not([hidden])').length).to.equal(6);
    await expectAccessible(form, 'invalid');
  });
});
