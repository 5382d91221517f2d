/**
 * Phone numbers a bot can dial: what a person typed, read as E.164 (`+442079460000`).
 *
 * A lazily loaded chunk of its own, fetched only by a form with a `tel` field that names a
 * country: libphonenumber-js with its `min` metadata is most of its weight (~29 KB gzip), which no
 * other form should pay for. So it imports nothing of the element or the delivery.
 */
import { isSupportedCountry, parsePhoneNumberFromString, validatePhoneNumberLength } from 'libphonenumber-js/min';
import type { CountryCode } from 'libphonenumber-js/min';

/** The outcome of reading what a person typed into a phone field. */
export type PhoneReading = { ok: true; e164: string } | { ok: false; problem: 'invalid' | 'tooShort' | 'tooLong' | 'country' };

/** Whether libphonenumber-js knows `country` (so a declaration can refuse an unknown one). */
export function isKnownCountry(country: string): boolean {
  return toCountry(country) !== undefined;
}

/** Reads `typed` as a phone number; `country` (ISO 3166 alpha-2, e.g. 'GB') is the country of a number typed without '+' or '00'. */
export function readPhone(typed: string, country: string): PhoneReading {
  // The library throws on some inputs it finds absurd; a field's check must answer, never throw.
  try {
    if (typeof typed !== 'string') return INVALID;
    // NFKC turns full-width digits, '＋' and '－' (Japanese and Chinese keyboards) and no-break
    // spaces into the ASCII the library reads.
    const text = typed.normalize('NFKC').trim();
    const region = toCountry(country);
    // A '+' before the first digit makes the country irrelevant; an unknown one is not passed,
    // because the library would then refuse the number for it.
    if (/^\D*\+/.test(text)) return read(text, undefined);
    // '00' is the international prefix of most of the world, and a person abroad types it for '+'
    // whatever the country of the form: read as '+' first. The library, given the country, would
    // read '00' by that country's own prefix only: as national digits in the US or JP (011, 010),
    // as a carrier's prefix in CO (005), giving another number or none.
    const international = /^\D*00/.test(text) ? read(text.replace(/^(\D*)00/, '$1+'), undefined) : undefined;
    if (international?.ok) return international;
    if (region === undefined) return international ?? { ok: false, problem: 'country' };
    // The second chance for '00': a country whose own prefix merely starts with it (AU's 0011).
    const national = read(text, region);
    if (national.ok || international === undefined) return national;
    // Both readings failed. Which the person meant is unknown, so a length they disagree on
    // ('0011 44 20 7946 000' is too long as +11…, a digit short as AU's +44…) is not reported.
    return national.problem === international.problem ? national : INVALID;
  } catch {
    return INVALID;
  }
}

const INVALID: PhoneReading = { ok: false, problem: 'invalid' };

/** The library's code for `country`, in either case, or undefined when its metadata lacks it. */
function toCountry(country: string): CountryCode | undefined {
  // The shape check first: the metadata is a plain object, and no name of its prototype may pass.
  if (typeof country !== 'string' || !/^[A-Za-z]{2}$/.test(country)) return undefined;
  const code = country.toUpperCase();
  return isSupportedCountry(code) ? code : undefined;
}

/** One reading: the length first, so that the person hears "too short" rather than "invalid". */
function read(text: string, region: CountryCode | undefined): PhoneReading {
  const length = validatePhoneNumberLength(text, region);
  if (length === 'TOO_SHORT') return { ok: false, problem: 'tooShort' };
  if (length === 'TOO_LONG') return { ok: false, problem: 'tooLong' };
  // NOT_A_NUMBER, INVALID_LENGTH (between two lengths the country uses), INVALID_COUNTRY (a '+'
  // and a calling code no country has).
  if (length !== undefined) return INVALID;
  // `extract: false`: the whole text must be the number, not a number found inside other words.
  const number = parsePhoneNumberFromString(text, { defaultCountry: region, extract: false });
  // isValid() checks the number's ranges for its country, not only its length ('020 7946 000'
  // has the length of a London number and is none). An extension ('… ext. 12') has no place in
  // E.164: dropping it would send a number that does not reach the person, so it is refused.
  if (number === undefined || number.ext !== undefined || !number.isValid()) return INVALID;
  // The bot gets the E.164 alone, with no country beside it: it must be a number on its own too.
  // '000000' is a Vatican number only when read as one (+39 000000), and +39 is first Italy's.
  if (!parsePhoneNumberFromString(number.number, { extract: false })?.isValid()) return INVALID;
  return { ok: true, e164: number.number };
}
