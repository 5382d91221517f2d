import { expect } from '@open-wc/testing';
import { applyRules, fieldLabel, sketchFields, type CheckedField } from '../src/fields/declarations.js';
import { parseFields } from '../src/delivery/fields-schema.js';
import { jsonAttribute } from '../src/element/public-interface.js';
import { thrownBy } from './helpers.js';

function configError(fields: unknown) {
  const error = thrownBy(() => parseFields(fields));
  expect(error.kind).to.equal('config');
  return error;
}

describe('fields', () => {
  it('defaults the type to text and keeps every rule', () => {
    const [field] = parseFields([{ name: 'zip', required: true, pattern: '[0-9]{5}', minLength: 5, maxLength: 5, hint: '5 digits' }]);
    expect(field).to.deep.equal({
      name: 'zip',
      type: 'text',
      required: true,
      pattern: '[0-9]{5}',
      minLength: 5,
      maxLength: 5,
      hint: '5 digits',
    });
  });

  it('accepts every declared type', () => {
    const fields = parseFields([
      { name: 'a', type: 'text' },
      { name: 'b', type: 'email' },
      { name: 'c', type: 'tel' },
      { name: 'd', type: 'url' },
      { name: 'e', type: 'number', min: 0, max: 9 },
      { name: 'f', type: 'date', min: '2026-01-01' },
      { name: 'g', type: 'textarea', maxLength: 10 },
      { name: 'h', type: 'select', options: ['x', { value: 'y', label: 'Why' }] },
      { name: 'i', type: 'radio', options: ['x'] },
      { name: 'j', type: 'checkbox', value: true },
      { name: 'k', type: 'hidden', value: 'chat' },
    ]);
    expect(fields.map((field) => (field as CheckedField).type)).to.deep.equal([
      'text',
      'email',
      'tel',
      'url',
      'number',
      'date',
      'textarea',
      'select',
      'radio',
      'checkbox',
      'hidden',
    ]);
  });

  it('returns nothing when there is no declaration', () => {
    expect(parseFields(undefined)).to.deep.equal([]);
  });

  for (const [what, fields, expected] of [
    ['an unknown type', [{ name: 'a', type: 'color' }], 'field "a": type: must be one of'],
    ['a select without options', [{ name: 'size', type: 'select' }], 'field "size": options: needs options'],
    ['options on a text field', [{ name: 'a', options: ['x'] }], 'field "a": options: are only for select and radio fields'],
    ['an invalid pattern', [{ name: 'zip', pattern: '[0-9' }], 'field "zip": pattern: is not a valid regular expression'],
    ['minLength above maxLength', [{ name: 'a', minLength: 5, maxLength: 2 }], 'field "a": minLength: must not be greater than maxLength'],
    ['a misspelt key', [{ name: 'a', requried: true }], 'field "a": has unknown key "requried"'],
    ['a missing name', [{ label: 'Name' }], 'field 1: name: must be a string'],
    ['a name declared twice', [{ name: 'a' }, { name: 'a' }], 'field "a" is declared twice'],
    [
      'a name with white space at an end (it would post trimmed, and the bot would read the name as written)',
      [{ name: ' email' }],
      'field " email": name: must not start or end with white space',
    ],
    ['min on a text field', [{ name: 'a', min: 1 }], 'field "a": min: is only for number, date, scale and rating fields'],
    // Each names the setting that is wrong (a newcomer's report: they said "type:").
    ['max on a text field', [{ name: 'a', max: 9 }], 'field "a": max: is only for number, date, scale and rating fields'],
    [
      'maxLength on a number field',
      [{ name: 'n', type: 'number', maxLength: 3 }],
      'field "n": maxLength: is only for text-like fields (text, email, tel, url, textarea)',
    ],
    [
      'a date’s min that is no date',
      [{ name: 'd', type: 'date', min: 'soon' }],
      'field "d": min: a date bound is a day of the calendar as YYYY-MM-DD, or "today"',
    ],
    [
      'a memorable date’s min with the shape of a date but no such day',
      [{ name: 'd', type: 'date', style: 'memorable', min: '1990-02-30' }],
      'field "d": min: a date bound is a day of the calendar as YYYY-MM-DD, or "today"',
    ],
  ] as const) {
    it(`names the field and the problem for ${what}`, () => {
      expect(configError(fields).message).to.contain(expected);
    });
  }

  it('says when the attribute is not JSON, or not a list', () => {
    expect(configError(jsonAttribute('[{name: a}]')).message).to.contain('not valid JSON');
    expect(configError({ name: 'a' }).message).to.contain('must be a list');
  });

  it('makes a label from the name when none is declared', () => {
    expect(fieldLabel({ name: 'favorite_color', type: 'text' })).to.equal('Favorite color');
    expect(fieldLabel({ name: 'airspeedVelocity', type: 'text' })).to.equal('Airspeed velocity');
    expect(fieldLabel({ name: 'x', type: 'text', label: 'Your X' })).to.equal('Your X');
  });

  it('gives an authored control the declared rules and leaves its own', () => {
    const input = document.createElement('input');
    input.setAttribute('placeholder', 'mine');
    applyRules(input, { name: 'zip', type: 'text', required: true, pattern: '[0-9]{5}', maxLength: 5 });
    expect(input.required).to.be.true;
    expect(input.pattern).to.equal('[0-9]{5}');
    expect(input.maxLength).to.equal(5);
    expect(input.placeholder).to.equal('mine');
  });

  describe("sketch (what is drawn before zod's verdict)", () => {
    it('draws a list of plain fields as zod will return them, type defaulted', () => {
      const fields = [
        { name: 'email', type: 'email', required: true },
        { name: 'size', type: 'select', options: ['S', { value: 'L', label: 'Large' }] },
        { name: 'notes' },
      ];
      expect(sketchFields(fields)).to.deep.equal(parseFields(fields));
      expect(sketchFields(undefined)).to.deep.equal([]);
    });

    it('draws a declaration zod will refuse when it is made of plain values: the verdict decides', () => {
      expect(sketchFields([{ name: 'a' }, { name: 'a' }])).to.have.length(2);
      expect(sketchFields([{ name: 'a', minLength: 5, maxLength: 2 }])).to.have.length(1);
    });

    for (const [what, fields] of [
      ['not a list', { name: 'a' }],
      ['malformed JSON', jsonAttribute('[{name: a}]')],
      ['an entry that is not an object', ['a']],
      ['a name that is not a string', [{ name: 7 }]],
      ['an unknown type', [{ name: 'a', type: 'color' }]],
      ['a select without options', [{ name: 'a', type: 'select' }]],
      ['options that are not a list', [{ name: 'a', type: 'radio', options: 'x' }]],
      ['an option holding an object', [{ name: 'a', type: 'radio', options: [{ value: { x: 1 } }] }]],
      ['a label that is an object', [{ name: 'a', label: { toString: 'x' } }]],
      [
        'a label that looks like a Lit template',
        [{ name: 'a', label: { _$litType$: 1, strings: ['<img src=x onerror=alert(1)>'], values: [] } }],
      ],
      ['a hint that is a list', [{ name: 'a', hint: ['<b>x</b>'] }]],
      ['a null value', [{ name: 'a', value: null }]],
    ] as const) {
      it(`draws nothing for ${what}, and leaves the explanation to the verdict`, () => {
        expect(sketchFields(fields)).to.be.undefined;
        expect(() => parseFields(fields)).to.throw();
      });
    }
  });
});
