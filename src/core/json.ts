/**
 * JSON given as text in an attribute. Parsing never throws: an attribute is read while the browser
 * upgrades the element, where an exception would only reach the console. A malformed value is
 * kept and marked, and reported later as a `config` error.
 */

/** A malformed JSON text, kept so the step that needs it can say what is wrong. */
export interface MalformedJson {
  readonly malformedJson: string;
  readonly reason: string;
}

/** Returns the parsed value of `text`, undefined for a blank text, or a `MalformedJson` mark. */
export function parseJson(text: string | null): unknown {
  if (text === null || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    return { malformedJson: text, reason: (error as Error).message } satisfies MalformedJson;
  }
}

/** Whether `value` is what `parseJson` kept of a malformed text. */
export function isMalformedJson(value: unknown): value is MalformedJson {
  return typeof value === 'object' && value !== null && 'malformedJson' in value;
}

/** `.`, or `; the attribute is not valid JSON (…).` after a message about a value that did not parse. */
export function describeMalformed(value: unknown): string {
  return isMalformedJson(value) ? `; the attribute is not valid JSON (${value.reason}).` : '.';
}
