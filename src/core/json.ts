/**
 * JSON given as text in an attribute. Parsing never throws: an attribute is read while the browser
 * upgrades the element, where an exception would only reach the console. A malformed value is
 * kept and marked (core/parse-json.ts), and reported later as a `config` error, by the delivery:
 * what reads the marks is here, apart from the parsing, so that the first render does not carry it.
 */

/** A malformed JSON text, kept so the step that needs it can say what is wrong. */
export interface MalformedJson {
  readonly malformedJson: string;
  readonly reason: string;
}

/** Whether `value` is what `parseJson` kept of a malformed text. */
export function isMalformedJson(value: unknown): value is MalformedJson {
  return typeof value === 'object' && value !== null && 'malformedJson' in value;
}

/** `.`, or `; the attribute is not valid JSON (…).` after a message about a value that did not parse. */
export function describeMalformed(value: unknown): string {
  return isMalformedJson(value) ? `; the attribute is not valid JSON (${value.reason}).` : '.';
}
