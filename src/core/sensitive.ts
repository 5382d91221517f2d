/**
 * The vendor's rule: the Web View API must not carry personal (PII) or payment card (PCI) data,
 * because it is not masked. Card numbers are the one kind that can be recognised with confidence
 * (13 to 19 digits passing the Luhn check). A field whose numbers only happen to pass is named in
 * `not-card-numbers`.
 *
 *     text ─► digits as ASCII (NFKC, then any script's) ─► runs across separators ─► every 13–19-digit window: Luhn
 *     fields in document order ─► consecutive ones of 1–6 digits ─► windows of whole fields: Luhn
 */
import type { ContextVariable } from './schemas.js';

// Digits joined by what people type between groups. Not a slash, which starts an expiry date, nor
// a line break: two numbers on two lines are not one card.
const SPACE = String.raw`[^\S\r\n\u2028\u2029]`;
const DIGIT_RUNS = new RegExp(String.raw`\d+(?:(?:${SPACE}*[\p{Pd}\u2212._]+${SPACE}*|${SPACE}+)\d+)*`, 'gu');
// Invisible characters a paste may carry between the digits: they separate nothing a person sees.
const INVISIBLE = /\p{Cf}/gu;
const MIN_LENGTH = 13;
const MAX_LENGTH = 19;
// A card split over fields: each part a box of a few digits (four, or Amex's 4-6-5).
const PART = /^\d{1,6}$/;

/** Whether `digits` (only digits) passes the Luhn checksum. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * Returns `text` with every decimal digit as ASCII and no invisible characters, so that a card
 * typed in full-width or another script's digits is still found.
 */
export function asciiDigits(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/(?![0-9])\p{Nd}/gu, (digit) => String(digitValue(digit)));
}

// Unicode encodes each script's decimal digits as one contiguous run from 0 to 9, so a digit's
// value is its distance from the start of its run, modulo ten for runs that sit side by side.
function digitValue(digit: string): number {
  const code = digit.codePointAt(0)!;
  let start = code;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return (code - start) % 10;
}

/**
 * Whether `digits` holds a window of 13 to 19 digits that passes Luhn. Longer runs are searched
 * too: a CVV or an expiry date typed beside a card makes the whole run fail.
 */
function holdsCard(digits: string): boolean {
  // Walking leftwards from each end gives the sum of every window ending there in one pass.
  for (let end = digits.length; end >= MIN_LENGTH; end--) {
    let sum = 0;
    for (let length = 1; length <= Math.min(MAX_LENGTH, end); length++) {
      let digit = digits.charCodeAt(end - length) - 48;
      if (length % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      sum += digit;
      if (length >= MIN_LENGTH && sum % 10 === 0) return true;
    }
  }
  return false;
}

/** Whether `text` contains something that looks like a payment card number. */
export function containsCardNumber(text: string): boolean {
  for (const [run] of asciiDigits(text).matchAll(DIGIT_RUNS)) {
    const digits = run.replace(/\D/g, '');
    if (digits.length >= MIN_LENGTH && holdsCard(digits)) return true;
  }
  return false;
}

/**
 * Returns the groups of positions in `values` (fields in document order; undefined for one that
 * cannot be a part) that together hold a card number split over consecutive fields.
 */
export function findSplitCardNumbers(values: readonly (string | undefined)[]): number[][] {
  // Only whole boxes of a few digits count, so numbers that merely sit side by side (a date of
  // birth, then a postcode) are seldom taken for a card.
  const parts = values.map((value) => {
    const digits = value === undefined ? '' : asciiDigits(value).trim();
    return PART.test(digits) ? digits : undefined;
  });
  const found: number[][] = [];
  for (let first = 0; first < parts.length; first++) {
    let digits = '';
    for (let last = first; last < parts.length && parts[last] !== undefined; last++) {
      digits += parts[last];
      if (digits.length > MAX_LENGTH) break;
      if (last > first && digits.length >= MIN_LENGTH && passesLuhn(digits)) {
        found.push(Array.from({ length: last - first + 1 }, (_, offset) => first + offset));
      }
    }
  }
  return found;
}

/** Returns the names of the variables whose value looks like a card number, except the exempt ones. */
export function findCardNumbers(variables: readonly ContextVariable[], exempt: readonly string[] = []): string[] {
  return variables.filter(({ name, value }) => !exempt.includes(name) && containsCardNumber(value)).map(({ name }) => name);
}
