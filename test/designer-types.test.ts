// Issue 32 in the designer: every new type is offered with its settings, a setting the form would
// refuse is refused at its box with the reason (the design keeps what it had), a type changed keeps
// only the settings the new type takes, and the bot code, the curl line and the link carry them.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { STARTER_DESIGN, type Design } from '../src/designer/design.js';
import { decodeDesign, DESIGN_PARAM, encodeDesign } from '../src/designer/link.js';
import { retype } from '../src/designer/rows.js';
import { settingProblems, withTexts, type SettingKey } from '../src/designer/type-settings.js';
import type { FieldDeclaration } from '../src/fields/declarations.js';
import { KIND_TYPES } from '../src/core/kind-types.js';
import type { FormDesigner } from '../stories/designer/form-designer.js';
import '../stories/designer/form-designer.js';
import { expectAccessible } from './a11y.js';
import { designerOn } from './designer-support.js';

/** The reason the form refuses `text` in the box `key` of `field`, as the box says it. */
const refusal = (field: FieldDeclaration, key: SettingKey, text: string) => withTexts(field, { [key]: text }).problems[key];

describe('designer: the settings of issue 32, in the model', () => {
  it('refuses what the form would refuse, each with its reason, and takes the rest', () => {
    expect(refusal({ name: 'stars', type: 'rating' }, 'max', '11')).to.equal('A rating has 2 to 10 stars.');
    expect(refusal({ name: 'stars', type: 'rating' }, 'max', 'five')).to.equal('Write a whole number, such as 5.');
    expect(refusal({ name: 'code', type: 'otp' }, 'length', '3')).to.equal('A code has 4 to 10 digits.');
    expect(refusal({ name: 'nps', type: 'scale', min: 5 }, 'max', '5')).to.equal('The last number must be more than the first (5).');
    expect(refusal({ name: 'nps', type: 'scale' }, 'min', '10')).to.equal('The first number must be less than the last (10).');
    expect(refusal({ name: 'nps', type: 'scale' }, 'max', '21')).to.contain('at most 20 more than the first (0)');
    expect(refusal({ name: 'phone', type: 'tel' }, 'country', 'GBR')).to.equal('Write the country as two letters, such as GB or US.');
    expect(refusal({ name: 'phone', type: 'tel' }, 'country', 'ZZ')).to.contain('ZZ is not a country');
    expect(refusal({ name: 'day', type: 'date' }, 'min', '31/12/2026')).to.contain('YYYY-MM-DD');
    expect(refusal({ name: 'day', type: 'date' }, 'max', '2026-02-30')).to.contain('YYYY-MM-DD');
    expect(refusal({ name: 'day', type: 'date', max: '2026-01-01' }, 'min', '2026-06-01')).to.contain('must not be after the latest');
    const consent: FieldDeclaration = { name: 'consent', type: 'checkbox', link: { href: '/privacy', text: 'Privacy' } };
    for (const href of ['javascript:alert(1)', 'http://example.com/privacy', '//evil.example/privacy', '/\\evil.example', 'privacy'])
      expect(refusal(consent, 'linkHref', href), href).to.contain('an https:// address, or a path on this site');
    expect(refusal(consent, 'linkText', ' ')).to.contain('Write the link’s words too');

    expect(withTexts({ name: 'stars', type: 'rating' }, { max: '7' }).field).to.deep.equal({ name: 'stars', type: 'rating', max: 7 });
    expect(withTexts({ name: 'phone', type: 'tel' }, { country: 'gb' }).field).to.deep.equal({ name: 'phone', type: 'tel', country: 'GB' });
    expect(withTexts({ name: 'nps', type: 'scale' }, { min: '-5', max: '15' }).field).to.deep.equal({
      name: 'nps',
      type: 'scale',
      min: -5,
      max: 15,
    });
    expect(withTexts({ name: 'day', type: 'date' }, { min: 'today', max: '2030-12-31' }).field).to.deep.include({
      min: 'today',
      max: '2030-12-31',
    });
    expect(withTexts(consent, { linkHref: 'https://example.com/privacy' }).field).to.deep.include({
      link: { href: 'https://example.com/privacy', text: 'Privacy' },
    });
    // Both halves emptied: no link, rather than half of one.
    expect(withTexts(consent, { linkHref: '', linkText: '' }).field).to.deep.equal({ name: 'consent', type: 'checkbox' });
    // An empty box is the type's default.
    expect(withTexts({ name: 'code', type: 'otp', length: 8 }, { length: '' }).field).to.deep.equal({ name: 'code', type: 'otp' });
  });

  it('a field given another type keeps only the settings the new type takes as they are', () => {
    const stars: FieldDeclaration = { name: 'stars', label: 'Stars', type: 'rating', max: 10 };
    expect(retype(stars, 'scale')).to.deep.equal({ name: 'stars', label: 'Stars', type: 'scale', max: 10 });
    expect(retype(stars, 'text')).to.deep.equal({ name: 'stars', label: 'Stars' });
    expect(retype({ name: 'nps', type: 'scale', min: 0, max: 20, minLabel: 'No' }, 'rating')).to.deep.equal({
      name: 'nps',
      type: 'rating',
    });
    expect(retype({ name: 'nps', type: 'scale', min: 15, max: 30 }, 'scale')).to.deep.equal({
      name: 'nps',
      type: 'scale',
      min: 15,
      max: 30,
    });
    expect(retype({ name: 'phone', type: 'tel', country: 'GB', pattern: '[0-9 ]+' }, 'text')).to.deep.equal({
      name: 'phone',
      pattern: '[0-9 ]+',
    });
    expect(retype({ name: 'phone', country: 'GB' } as FieldDeclaration, 'tel')).to.deep.equal({
      name: 'phone',
      type: 'tel',
      country: 'GB',
    });
    expect(retype({ name: 'ok', type: 'checkbox', link: { href: '/p', text: 'P' } }, 'radio')).to.deep.equal({
      name: 'ok',
      type: 'radio',
      options: ['Yes', 'No'],
    });
    expect(retype({ name: 'born', type: 'date', style: 'memorable', min: '1900-01-01' }, 'number')).to.deep.equal({
      name: 'born',
      type: 'number',
    });
    expect(retype({ name: 'code', type: 'otp', length: 8 }, 'number')).to.deep.equal({ name: 'code', type: 'number' });
  });

  it('a link holding a setting the form would refuse is refused with the field and the reason', () => {
    const refused = (field: object) => () => decodeDesign(encodeDesign({ fields: [field] } as unknown as Design));
    expect(refused({ name: 'stars', type: 'rating', max: 11 })).to.throw(
      'a field the form would refuse, “stars”: A rating has 2 to 10 stars.',
    );
    expect(refused({ name: 'code', type: 'otp', length: 3 })).to.throw('A code has 4 to 10 digits');
    expect(refused({ name: 'ok', type: 'checkbox', link: { href: 'javascript:alert(1)', text: 'x' } })).to.throw('an https:// address');
    expect(refused({ name: 'ok', type: 'checkbox', link: 'https://example.com' })).to.throw('fields the form cannot draw');
    expect(refused({ name: 'ok', type: 'text', style: 'memorable' })).to.throw('fields the form cannot draw');
    expect(refused({ name: 'ok', type: 'stars' })).to.throw('fields the form cannot draw');
    expect(settingProblems({ name: 'phone', type: 'tel', country: 'gb' })).to.have.property('country');
  });
});

async function choose(designer: FormDesigner, selector: string, value: string) {
  const select = designer.querySelector<HTMLSelectElement>(selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await designer.updateComplete;
}

async function type(designer: FormDesigner, selector: string, text: string) {
  const box = designer.querySelector<HTMLInputElement>(selector);
  expect(box, selector).to.exist;
  box!.value = text;
  box!.dispatchEvent(new Event('input', { bubbles: true }));
  await designer.updateComplete;
  return box!;
}

/** The text of a box's label, as a screen reader names it. */
const labelOf = (designer: FormDesigner, id: string) => designer.querySelector(`label[for="${id}"]`)?.textContent?.trim();

/** The design as the page's address holds it now. */
const linked = () => decodeDesign(new URLSearchParams(location.search).get(DESIGN_PARAM)!);

describe('designer: the types of issue 32, in the field editor', () => {
  it('offers every type, the older ones first, then rating, scale and one-time code', async () => {
    const designer = await designerOn(STARTER_DESIGN);
    const options = [...designer.querySelectorAll<HTMLOptionElement>('#wfd-0-type option')].map((option) => option.value);
    expect(options.slice(-3)).to.deep.equal([...KIND_TYPES]);
    expect(options).to.include.members(['tel', 'date', 'checkbox']);
  });

  it('each new type and setting is chosen in its labelled box, and reaches the design and its link', async () => {
    const designer = await designerOn(STARTER_DESIGN);
    const set = async (type_: string, boxes: Record<string, string>, expected: FieldDeclaration) => {
      await choose(designer, '#wfd-0-type', type_);
      for (const [setting, text] of Object.entries(boxes)) {
        expect(labelOf(designer, `wfd-0-${setting}`), setting)
          .to.be.a('string')
          .and.not.equal('');
        await type(designer, `#wfd-0-${setting}`, text);
      }
      expect(designer.design.fields[0], type_).to.deep.equal(expected);
      expect(linked().fields[0], type_).to.deep.equal(expected);
    };
    const common = { name: 'name', label: 'Full name', required: true, autocomplete: 'name' };
    await set('tel', { country: 'gb' }, { ...common, type: 'tel', country: 'GB' });
    await set('date', { min: '1900-01-01', max: 'today' }, { ...common, type: 'date', min: '1900-01-01', max: 'today' });
    designer.querySelector<HTMLInputElement>('#wfd-0-memorable')!.click();
    await designer.updateComplete;
    expect(designer.design.fields[0]).to.deep.include({ style: 'memorable' });
    await set('rating', { max: '7' }, { ...common, type: 'rating', max: 7 });
    await set(
      'scale',
      { min: '1', max: '5', minLabel: 'Poor', maxLabel: 'Great' },
      {
        ...common,
        type: 'scale',
        max: 5,
        min: 1,
        minLabel: 'Poor',
        maxLabel: 'Great',
      },
    );
    await set('otp', { length: '8' }, { ...common, type: 'otp', length: 8 });
    await set(
      'checkbox',
      { linkText: 'Privacy notice', linkHref: '/privacy' },
      {
        ...common,
        type: 'checkbox',
        link: { href: '/privacy', text: 'Privacy notice' },
      },
    );
  });

  it('a setting the form would refuse is refused at its box, the reason read with it; the design keeps what it had', async () => {
    const designer = await designerOn({ ...STARTER_DESIGN, fields: [{ name: 'stars', type: 'rating', max: 7 }] });
    const box = await type(designer, '#wfd-0-max', '11');
    const error = designer.querySelector('#wfd-0-max-error');
    expect(error?.textContent).to.equal('A rating has 2 to 10 stars.');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(box.getAttribute('aria-describedby')!.split(' ')).to.include('wfd-0-max-error');
    expect(box.value, 'the box keeps what was typed').to.equal('11');
    expect(designer.design.fields[0]).to.deep.equal({ name: 'stars', type: 'rating', max: 7 });
    await expectAccessible(designer, 'a refused number of stars');
    await type(designer, '#wfd-0-max', '10');
    expect(designer.querySelector('#wfd-0-max-error')).to.equal(null);
    expect(box.getAttribute('aria-invalid')).to.equal('false');
    expect(designer.design.fields[0]).to.deep.equal({ name: 'stars', type: 'rating', max: 10 });
  });

  it('refuses a code of 3 digits, a scale ending before it starts, a link that leaves the site, a country of three letters', async () => {
    const designer = await designerOn({
      ...STARTER_DESIGN,
      fields: [
        { name: 'code', type: 'otp' },
        { name: 'nps', type: 'scale' },
        { name: 'ok', type: 'checkbox', link: { href: '/privacy', text: 'Privacy' } },
        { name: 'phone', type: 'tel' },
      ],
    });
    const refusedAt = async (selector: string, text: string) => {
      await type(designer, selector, text);
      return designer.querySelector(`${selector}-error`)?.textContent;
    };
    expect(await refusedAt('#wfd-0-length', '3')).to.equal('A code has 4 to 10 digits.');
    expect(await refusedAt('#wfd-1-max', '-1')).to.equal('The last number must be more than the first (0).');
    expect(await refusedAt('#wfd-2-linkHref', '//evil.example/')).to.contain('a path on this site starting with /');
    expect(await refusedAt('#wfd-3-country', 'GBR')).to.equal('Write the country as two letters, such as GB or US.');
    expect(designer.design.fields).to.deep.equal([
      { name: 'code', type: 'otp' },
      { name: 'nps', type: 'scale' },
      { name: 'ok', type: 'checkbox', link: { href: '/privacy', text: 'Privacy' } },
      { name: 'phone', type: 'tel' },
    ]);
    // A box refused, then a change of type: the new type starts afresh, with nothing refused.
    await choose(designer, '#wfd-0-type', 'rating');
    expect(designer.querySelector('[data-key="0"] .wfd-error')).to.equal(null);
  });

  it('a condition on a rating picks its answer from the stars', async () => {
    const designer = await designerOn({
      ...STARTER_DESIGN,
      fields: [
        { name: 'stars', type: 'rating', max: 4 },
        { name: 'why', when: { field: 'stars', equals: '1' } },
      ],
    });
    const answer = designer.querySelector<HTMLSelectElement>('#wfd-1-equals')!;
    expect(answer.localName).to.equal('select');
    expect([...answer.options].map((option) => option.value)).to.deep.equal(['1', '2', '3', '4']);
    await choose(designer, '#wfd-1-equals', '2');
    expect(designer.design.fields[1]!.when).to.deep.equal({ field: 'stars', equals: '2' });
    await expectAccessible(designer, 'a condition on a rating');
  });
});
