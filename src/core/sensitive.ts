/**
 * The vendor's rule: the Web View API must not carry personal (PII) or payment card (PCI) data,
 * because it is not masked. Card numbers are the one kind that can be recognised with confidence:
 * 13 to 19 digits, maybe grouped by spaces or dashes, passing the Luhn check. A field whose
 * numbers only happen to pass (an order number) is named in `not-card-numbers`.
 */
import type { ContextVariable } from './schemas.js';

// Runs of 13–19 digits with optional single spaces or dashes between them.
const DIGIT_RUNS = /\d(?:[ -]?\d){12,18}/g;

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

/** Whether `text` contains something that looks like a payment card number. */
export function containsCardNumber(text: string): boolean {
  // People type card numbers with uneven spacing: any run of white space counts as one separator.
  for (const [run] of text.replace(/\s+/g, ' ').matchAll(DIGIT_RUNS)) {
    const digits = run.replace(/[ -]/g, '');
    if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) return true;
  }
  return false;
}

/** Returns the names of the variables whose value looks like a card number, except the exempt ones. */
export function findCardNumbers(variables: readonly ContextVariable[], exempt: readonly string[] = []): string[] {
  return variables.filter(({ name, value }) => !exempt.includes(name) && containsCardNumber(value)).map(({ name }) => name);
}
