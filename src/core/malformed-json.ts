/**
 * Telling a malformed JSON attribute (see json.ts) from a value, and saying what is wrong with it:
 * the settings' checks need this, in the delivery chunk; the first render only parses.
 */
import type { MalformedJson } from './json.js';

/** Whether `value` is what `parseJson` kept of a malformed text. */
export function isMalformedJson(value: unknown): value is MalformedJson {
  return typeof value === 'object' && value !== null && 'malformedJson' in value;
}

/** `.`, or `; the attribute is not valid JSON (…).` after a message about a value that did not parse. */
export function describeMalformed(value: unknown): string {
  return isMalformedJson(value) ? `; the attribute is not valid JSON (${value.reason}).` : '.';
}
