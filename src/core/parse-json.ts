/** The first render's half of core/json.ts: the parsing, which marks a malformed text rather than throw. */
import type { MalformedJson } from './json.js';

/** Returns the parsed value of `text`, undefined for a blank text, or a `MalformedJson` mark. */
export function parseJson(text: string | null): unknown {
  if (text === null || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    return { malformedJson: text, reason: (error as Error).message } satisfies MalformedJson;
  }
}
