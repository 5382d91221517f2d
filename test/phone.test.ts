// The phone chunk: what people type, in their own country's way or the international one, read as
// E.164; what libphonenumber-js refuses, with the reason it gives; and, as properties, that no
// string makes it throw and that every number it returns reads back as itself.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { getCountries, getExampleNumber } from 'libphonenumber-js/min';
import examples from 'libphonenumber-js/mobile/examples';
import { isKnownCountry, readPhone } from '../src/phone/index.js';

const ok = (e164: string) => ({ ok: true, e164 });
const problem = (name: string) => ({ ok: false, problem: name });

// Each country's number as its people write it, and the same number from abroad.
const NUMBERS: { country: string; national: string[]; international: string[]; e164: string }[] = [
  {
    country: 'GB',
    national: ['020 7946 0000', '(020) 7946-0000', '020.7946.0000'],
    international: ['+44 20 7946 0000', '+44 (0)20 7946 0000'],
    e164: '+442079460000',
  },
  {
    country: 'US',
    national: ['(201) 555-0123', '201.555.0123', '1 201 555 0123'],
    international: ['+1 201-555-0123', '+1 (201) 555-0123'],
    e164: '+12015550123',
  },
  { country: 'FR', national: ['01 23 45 67 89', '01.23.45.67.89'], international: ['+33 1 23 45 67 89'], e164: '+33123456789' },
  {
    country: 'DE',
    national: ['030 123456', '030/123456', '030-123456'],
    international: ['+49 30 123456', '+49 (0)30 123456'],
    e164: '+4930123456',
  },
  {
    country: 'IN',
    national: ['98765 43210', '098765 43210'],
    international: ['+91 98765 43210', '+91-98765-43210'],
    e164: '+919876543210',
  },
  { country: 'AU', national: ['0412 345 678', '0412-345-678'], international: ['+61 412 345 678'], e164: '+61412345678' },
  {
    country: 'JP',
    national: ['090-1234-5678', '０９０－１２３４－５６７８'],
    international: ['+81 90-1234-5678', '＋８１ ９０ １２３４ ５６７８'],
    e164: '+819012345678',
  },
  { country: 'BR', national: ['(11) 98765-4321'], international: ['+55 11 98765-4321'], e164: '+5511987654321' },
  { country: 'RU', national: ['8 (495) 123-45-67'], international: ['+7 495 123-45-67'], e164: '+74951234567' },
];

describe('phone', () => {
  describe('reads', () => {
    for (const { country, national, international, e164 } of NUMBERS) {
      it(`${country}: national and international formats give ${e164}`, () => {
        for (const typed of national) expect(readPhone(typed, country), typed).to.deep.equal(ok(e164));
        // From abroad: the form's country does not matter, nor whether the library knows it.
        for (const typed of international) {
          for (const other of [country, 'US', 'JP', 'XX']) expect(readPhone(typed, other), `${typed} in ${other}`).to.deep.equal(ok(e164));
        }
        // '00' for '+', in a country whose own prefix is 00 and in one whose prefix is not.
        const doubleZero = international[0].replace('+', '00');
        for (const other of [country, 'GB', 'US', 'JP', 'CO', 'XX']) {
          expect(readPhone(doubleZero, other), `${doubleZero} in ${other}`).to.deep.equal(ok(e164));
        }
      });
    }

    it("takes the country's own international prefix (011 in the US, 0011 in AU, 010 in JP)", () => {
      expect(readPhone('011 44 20 7946 0000', 'US')).to.deep.equal(ok('+442079460000'));
      expect(readPhone('0011 44 20 7946 0000', 'AU')).to.deep.equal(ok('+442079460000'));
      expect(readPhone('010-44-20-7946-0000', 'JP')).to.deep.equal(ok('+442079460000'));
    });

    it('takes any spacing, no-break and ideographic spaces, and the country in lower case', () => {
      expect(readPhone('  0 2 0 7 9 4 6 0 0 0 0 ', 'GB')).to.deep.equal(ok('+442079460000'));
      expect(readPhone('020\u00a07946\u00a00000', 'GB')).to.deep.equal(ok('+442079460000'));
      expect(readPhone('０９０\u3000１２３４\u3000５６７８', 'JP')).to.deep.equal(ok('+819012345678'));
      expect(readPhone('020 7946 0000', 'gb')).to.deep.equal(ok('+442079460000'));
    });

    it("reads every country's example number in its national, international, E.164 and '00' forms", () => {
      for (const country of getCountries()) {
        const number = getExampleNumber(country, examples);
        if (number === undefined) continue;
        const forms = [number.formatNational(), number.formatInternational(), number.number, `00${number.number.slice(1)}`];
        for (const typed of forms) expect(readPhone(typed, country), `${typed} in ${country}`).to.deep.equal(ok(number.number));
      }
    });
  });

  describe('refuses', () => {
    it("a number of a possible length that no line has, as 'invalid'", () => {
      expect(readPhone('020 7946 000', 'GB')).to.deep.equal(problem('invalid'));
      expect(readPhone('(555) 555-0100', 'US')).to.deep.equal(problem('invalid'));
      expect(readPhone('+999 123 4567', 'GB')).to.deep.equal(problem('invalid'));
    });

    it("a number valid only when read in its country, whose E.164 alone is none, as 'invalid' (the property test found it)", () => {
      // '000000' read as Vatican City is +39000000, which read alone (+39: Italy first) is no number.
      expect(readPhone('000000', 'VA')).to.deep.equal(problem('invalid'));
    });

    it("what is not a phone number, or has an extension E.164 cannot carry, as 'invalid'", () => {
      for (const typed of ['', '   ', 'hello', 'call 020 7946 0000 now', '020 7946 0000 ext. 12', '+', '00']) {
        expect(readPhone(typed, 'GB'), typed).to.deep.equal(problem('invalid'));
      }
    });

    it("a short number as 'tooShort' and a long one as 'tooLong'", () => {
      expect(readPhone('12', 'GB')).to.deep.equal(problem('tooShort'));
      expect(readPhone('+44 20 79', 'US')).to.deep.equal(problem('tooShort'));
      expect(readPhone('020 7946 00000', 'GB')).to.deep.equal(problem('tooLong'));
      expect(readPhone('+44 20 7946 0000 0', 'GB')).to.deep.equal(problem('tooLong'));
      expect(readPhone('0044 20 7946 00000', 'US')).to.deep.equal(problem('tooLong'));
    });

    it("a number with '00' that fails both ways, as 'invalid' when the two readings disagree on its length", () => {
      // As +11 44… it is too long; as AU's 0011 44… it is one digit short of a London number.
      expect(readPhone('0011 44 20 7946 000', 'AU')).to.deep.equal(problem('invalid'));
    });

    it("a national number in a country the library does not know, as 'country'", () => {
      for (const country of ['XX', '', 'GBR', '001', '__proto__', 'constructor']) {
        expect(readPhone('020 7946 0000', country), country).to.deep.equal(problem('country'));
      }
    });

    it('without throwing on what a script passes in place of strings', () => {
      for (const typed of [undefined, null, 42, {}, []]) {
        expect(readPhone(typed as unknown as string, 'GB')).to.deep.equal(problem('invalid'));
      }
      expect(readPhone('020 7946 0000', undefined as unknown as string)).to.deep.equal(problem('country'));
      expect(readPhone('+44 20 7946 0000', null as unknown as string)).to.deep.equal(ok('+442079460000'));
    });
  });

  it('knows the countries of the metadata, in either case, and no other', () => {
    for (const country of ['GB', 'gb', 'US', 'JP', 'FR', 'DE', 'IN', 'AU']) expect(isKnownCountry(country), country).to.be.true;
    for (const country of ['XX', 'ZZ', '', 'GBR', 'G', '001', '__proto__', 'constructor', 'toString', ' GB']) {
      expect(isKnownCountry(country), country).to.be.false;
    }
    for (const country of getCountries()) expect(isKnownCountry(country), country).to.be.true;
  });

  describe('properties', function () {
    // CPU-bound: a few hundred runs take well under a second; the margin is for a shared machine
    // and for shrinking a failure.
    this.timeout(20_000);

    const countries = getCountries();
    const country = fc.oneof(
      fc.constantFrom(...countries),
      fc.constantFrom('', 'XX', 'gb', 'jp', '001', '__proto__', 'constructor'),
      fc.string({ maxLength: 3 }),
    );
    // Digits (ASCII and full-width) among the separators people type, after a prefix.
    const digit = fc.constantFrom(...'0123456789', ...'０１２３４５６７８９');
    const separator = fc.constantFrom('', '', '', ' ', '-', '.', '/', '(', ')', '\u00a0', '\u3000', '－', 'x', 'ext.');
    const phoneLike = fc
      .tuple(
        fc.constantFrom('', '', '+', '00', '0', '＋', '011', '(+'),
        fc.array(fc.tuple(digit, separator), { minLength: 1, maxLength: 18 }),
      )
      .map(([prefix, parts]) => prefix + parts.map(([d, s]) => d + s).join(''));
    // Real numbers, so that the round trip is exercised often: a country's example, in one of its
    // forms, with its spaces replaced by a separator.
    const realNumber = fc
      .tuple(fc.constantFrom(...countries), fc.nat(3), fc.constantFrom(' ', '-', '.', '', '\u00a0'))
      .map(([code, form, space]) => {
        const number = getExampleNumber(code, examples);
        if (number === undefined) return '';
        const forms = [number.formatNational(), number.formatInternational(), number.number, `00${number.number.slice(1)}`];
        return forms[form].replaceAll(' ', space);
      });
    const typed = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), phoneLike, realNumber);

    it('never throws, answers in the shape of its type, and every number it returns reads back as itself in any country', () => {
      let numbers = 0;
      fc.assert(
        fc.property(typed, country, country, (text, first, second) => {
          const reading = readPhone(text, first);
          if (!reading.ok) {
            expect(['invalid', 'tooShort', 'tooLong', 'country']).to.include(reading.problem);
            return;
          }
          numbers += 1;
          // E.164: '+', a country code not starting with 0, at most 15 digits in all.
          expect(reading.e164).to.match(/^\+[1-9]\d{1,14}$/);
          expect(readPhone(reading.e164, second)).to.deep.equal(reading);
        }),
        { numRuns: 500 },
      );
      // The generators reach numbers, so the round trip is tested rather than skipped.
      expect(numbers).to.be.greaterThan(50);
    });
  });
});
