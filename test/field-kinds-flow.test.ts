// Issue 32: the new field types everywhere a field goes: zod's check of their declaration, steps,
// conditions, "Check your answers", drafts, right-to-left pages and a 320 px phone.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { FieldDeclaration, FieldsDeclaration } from '../src/fields/declarations.js';
import { parseFields } from '../src/delivery/fields-schema.js';
import { settleFields } from '../src/delivery/kinds.js';
import { thrownBy, useFreshTab } from './helpers.js';
import { kindsForm, typeInto } from './kinds-support.js';

/** The config error a declaration gets, from zod or from the phone code's countries. */
async function refusal(fields: unknown): Promise<string> {
  const error = await settleFields(fields).then(
    () => undefined,
    (thrown: Error & { kind?: string }) => thrown,
  );
  expect(error?.kind, JSON.stringify(fields)).to.equal('config');
  return error!.message;
}

describe('new field types in every part of a form (issue 32)', () => {
  useFreshTab();

  describe('their declarations, checked', () => {
    for (const [scenario, field, says] of [
      ['a rating with max 11', { name: 'stars', type: 'rating', max: 11 }, 'field "stars": max: a rating takes max alone'],
      ['a rating with min', { name: 'stars', type: 'rating', min: 1 }, 'field "stars": max: a rating takes max alone'],
      [
        'a rating whose default is not one of its stars',
        { name: 'stars', type: 'rating', value: 6 },
        'field "stars": value: must be one of the field’s numbers',
      ],
      [
        'a scale whose default is not one of its numbers',
        { name: 'nps', type: 'scale', value: '2.5' },
        'field "nps": value: must be one of the field’s numbers',
      ],
      ['a one-time code of length 3', { name: 'code', type: 'otp', length: 3 }, 'field "code": length: must be 4 to 10'],
      [
        'a scale whose max is not above its min',
        { name: 'nps', type: 'scale', min: 5, max: 5 },
        'field "nps": max: a scale takes whole numbers',
      ],
      ['a scale of more than 21 numbers', { name: 'nps', type: 'scale', min: 0, max: 21 }, 'field "nps": max: a scale takes whole numbers'],
      [
        'a country in lower case',
        { name: 'phone', type: 'tel', country: 'gb' },
        'field "phone": country: must be a country code of two capital letters',
      ],
      [
        'a country no phone numbers are known for',
        { name: 'phone', type: 'tel', country: 'XX' },
        'field "phone": country "XX" is not a country',
      ],
      ['a country on a text field', { name: 'phone', country: 'GB' }, 'field "phone": country: is only for tel fields'],
      ['a style on a number', { name: 'n', type: 'number', style: 'memorable' }, 'field "n": style: is only for date fields'],
      [
        'a memorable date bound that is no date',
        { name: 'dob', type: 'date', style: 'memorable', max: 'now' },
        'field "dob": max: a date bound is a day of the calendar as YYYY-MM-DD, or "today"',
      ],
      [
        'a link on a text field',
        { name: 'a', link: { href: 'https://example.com', text: 'x' } },
        'field "a": link: is only for checkbox fields',
      ],
      [
        'a link without its text',
        { name: 'ok', type: 'checkbox', link: { href: 'https://example.com', text: ' ' } },
        'field "ok": link.text: must not be empty',
      ],
    ] as const) {
      it(`${scenario} is a config error naming the field`, async () => {
        expect(await refusal([field])).to.contain(says);
      });
    }

    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'http://example.com/privacy',
      '//evil.example/privacy',
      '/\\evil.example/privacy',
    ]) {
      it(`the consent link refuses ${JSON.stringify(href)}, naming the field`, async () => {
        expect(await refusal([{ name: 'consent', type: 'checkbox', link: { href, text: 'Privacy' } }])).to.contain(
          'field "consent": link.href: must be an https: address or a path on this site',
        );
      });
    }

    it('the consent link takes an https: address or a path on this site', () => {
      for (const href of ['https://example.com/privacy', '/privacy', 'privacy.html', '?page=privacy'])
        expect(() => parseFields([{ name: 'consent', type: 'checkbox', link: { href, text: 'Privacy' } }]), href).not.to.throw();
      expect(thrownBy(() => parseFields([{ name: 'consent', type: 'checkbox', link: { href: 'mailto:a@b.c', text: 'x' } }])).kind).to.equal(
        'config',
      );
    });
  });

  describe('phone numbers in six countries, national and international', () => {
    for (const [country, national, international, e164] of [
      ['GB', '020 7946 0000', '+44 20 7946 0000', '+442079460000'],
      ['US', '(201) 555-0123', '+1 201-555-0123', '+12015550123'],
      ['FR', '01 23 45 67 89', '+33 1 23 45 67 89', '+33123456789'],
      ['DE', '030 1234567', '0049 30 1234567', '+49301234567'],
      ['IN', '098765 43210', '+91 98765 43210', '+919876543210'],
      ['JP', '090-1234-5678', '+81 90 1234 5678', '+819012345678'],
    ] as const) {
      it(`a ${country} number typed as "${national}" or "${international}" is posted as ${e164}`, async () => {
        for (const typed of [national, international]) {
          // The same answers posted again are not sent twice (the tab remembers a success, the outbox
          // a post that left): each send here is a fresh tab's on a fresh device, in a conversation
          // of its own, so that no memory of the one before, written late under load, replays it.
          sessionStorage.clear();
          localStorage.clear();
          const { form, posted } = await kindsForm([{ name: 'phone', type: 'tel', country }]);
          form.conversationId = crypto.randomUUID();
          await typeInto(form.querySelector('input')!, typed);
          expect(await posted(), typed).to.deep.equal({ phone: e164 });
        }
      });
    }
  });

  describe('wording', () => {
    it('a required rating whose label is a question keeps it as asked, without "?."', async () => {
      const { form } = await kindsForm([{ name: 'stars', type: 'rating', label: 'How did we do?', required: true }]);
      await form.submit().catch(() => undefined);
      expect(form.querySelector('.webview-form-error:not([hidden])')!.textContent).to.equal('Choose an option for How did we do?');
    });
  });

  describe('keyboard', () => {
    it('a scale is chosen with the keyboard alone: Tab in, Space, arrow keys', async () => {
      const { form, posted } = await kindsForm([{ name: 'before' }, { name: 'nps', type: 'scale', min: 0, max: 10 }]);
      form.querySelector<HTMLInputElement>('[name="before"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(form.querySelector('[name="nps"][value="0"]'));
      await sendKeys({ press: ' ' });
      for (let step = 0; step < 7; step++) await sendKeys({ press: 'ArrowRight' });
      expect(await posted()).to.deep.equal({ nps: '7' });
    });
  });

  describe('steps, conditions and review', () => {
    const SURVEY: FieldsDeclaration = [
      { step: 'Rating', fields: [{ name: 'rating', type: 'rating', label: 'How did we do?', required: true }] },
      {
        step: 'More',
        fields: [
          { name: 'wrong', type: 'textarea', label: 'What went wrong?', when: { field: 'rating', in: ['1', '2'] } },
          { name: 'dob', type: 'date', style: 'memorable', label: 'Date of birth' },
          { name: 'code', type: 'otp', label: 'Code' },
        ],
      },
    ];

    async function survey(stars: string) {
      const form = await fixture<WebviewForm>(html`<webview-form region="us" review .fields=${SURVEY}></webview-form>`);
      await form.updateComplete;
      const part = (name: string) => form.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
      await waitUntil(() => part('next'), 'the steps code drew Next', { timeout: 10_000 });
      form.querySelector<HTMLInputElement>(`[name="rating"][value="${stars}"]`)!.click();
      part('next')!.click();
      await form.updateComplete;
      return { form, part };
    }

    it('"What went wrong?" shows when the rating is 1 or 2, and only then', async () => {
      const low = await survey('2');
      expect(low.form.querySelector<HTMLElement>('[name="wrong"]')!.checkVisibility()).to.equal(true);
      const high = await survey('4');
      expect(high.form.querySelector<HTMLElement>('[name="wrong"]')!.checkVisibility()).to.equal(false);
    });

    it('"Check your answers" shows a rating as "4 of 5", a memorable date as the language writes it, and hides a code', async () => {
      const { form, part } = await survey('4');
      const box = (name: string) => form.querySelector<HTMLInputElement>(`[data-part="${name}"]`)!;
      await typeInto(box('day'), '7');
      await typeInto(box('month'), '3');
      await typeInto(box('year'), '1990');
      await typeInto(form.querySelector<HTMLInputElement>('[name="code"]')!, '123456');
      part('next')!.click();
      await form.updateComplete;
      const rows = [...form.shadowRoot!.querySelectorAll('[part="review"] > div')].map((row) =>
        row.querySelector('dd')!.textContent!.trim(),
      );
      expect(rows[0]).to.equal('4 of 5');
      // As English writes it ("March 7, 1990"), not as it is sent.
      expect(rows).to.include(new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(1990, 2, 7)));
      expect(rows).not.to.include('1990-03-07');
      expect(rows.join(' ')).not.to.contain('123456');
    });
  });

  describe('drafts', () => {
    it('a rating and a memorable date come back from the draft; a one-time code does not', async () => {
      const fields: FieldDeclaration[] = [
        { name: 'stars', type: 'rating' },
        { name: 'dob', type: 'date', style: 'memorable' },
        { name: 'code', type: 'otp' },
      ];
      const first = await kindsForm(fields);
      first.form.querySelector<HTMLInputElement>('[name="stars"][value="3"]')!.click();
      await typeInto(first.form.querySelector<HTMLInputElement>('[data-part="day"]')!, '31');
      await typeInto(first.form.querySelector<HTMLInputElement>('[name="code"]')!, '123456');
      first.form.remove();
      const again = await kindsForm(fields);
      await waitUntil(() => again.form.querySelector<HTMLInputElement>('[name="stars"][value="3"]')?.checked, 'the draft was restored', {
        timeout: 10_000,
      });
      expect(again.form.querySelector<HTMLInputElement>('[data-part="day"]')!.value).to.equal('31');
      expect(again.form.querySelector<HTMLInputElement>('[name="code"]')!.value).to.equal('');
    });
  });

  describe('layout', () => {
    it('each star’s radio lies over its own star: what is pressed at a star’s centre is that star’s radio', async () => {
      const { form } = await kindsForm([{ name: 'stars', type: 'rating' }]);
      const labels = [...form.querySelectorAll('.webview-form-rating label')];
      const atCentre = labels.map((label) => {
        const box = label.getBoundingClientRect();
        return (document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) as HTMLInputElement | null)?.value;
      });
      expect(atCentre).to.deep.equal(['1', '2', '3', '4', '5']);
    });

    it('a 0-10 scale on a phone wraps into two even rows (0–5, 6–10), and on a wide page is no wider than its boxes', async () => {
      const { form } = await kindsForm([{ name: 'nps', type: 'scale', minLabel: 'Not likely', maxLabel: 'Very likely' }]);
      const tops = () =>
        [...form.querySelectorAll('.webview-form-scale label')].map((label) => Math.round(label.getBoundingClientRect().top));
      form.style.inlineSize = '320px';
      expect(tops().filter((top) => top === tops()[0]).length).to.equal(6);
      form.style.inlineSize = '1200px';
      expect(new Set(tops()).size).to.equal(1);
      expect(form.querySelector('.webview-form-scale')!.getBoundingClientRect().width).to.be.below(600);
    });

    it('a memorable date in a Japanese part of an English page puts the year first', async () => {
      const { form } = await kindsForm([{ name: 'dob', type: 'date', style: 'memorable' }], undefined, 'ja');
      expect([...form.querySelectorAll<HTMLInputElement>('[data-part]')].map((box) => box.dataset.part)).to.deep.equal([
        'year',
        'month',
        'day',
      ]);
    });

    it('stars read from the right on a right-to-left page', async () => {
      const { form } = await kindsForm([{ name: 'stars', type: 'rating' }]);
      form.dir = 'rtl';
      const [first, second] = [...form.querySelectorAll('.webview-form-rating label')].map((label) => label.getBoundingClientRect());
      expect(first!.left).to.be.greaterThan(second!.left);
    });

    it('a 0-10 scale, the stars and a memorable date fit a 320 px phone without scrolling sideways', async () => {
      const { form } = await kindsForm([
        { name: 'nps', type: 'scale', minLabel: 'Not at all likely', maxLabel: 'Extremely likely' },
        { name: 'stars', type: 'rating', max: 10 },
        { name: 'dob', type: 'date', style: 'memorable' },
      ]);
      form.style.inlineSize = '320px';
      const fields = form.querySelector('.webview-form-fields')!;
      expect(fields.scrollWidth).to.be.at.most(fields.clientWidth);
      for (const field of form.querySelectorAll('.webview-form-field')) expect(field.getBoundingClientRect().width).to.be.at.most(320);
    });
  });
});
