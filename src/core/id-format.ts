/**
 * What a conversation's ID looks like, as far as the Web View API needs (see protocol.ts): the
 * first render (ids.ts) and zod's schemas (schemas.ts) judge a link's IDs by it.
 */

/** IDs longer than this are refused: real ones are 36–40 characters, so a longer one is a broken link. */
export const MAX_ID_LENGTH = 256;

// C0 and C1 control characters (including DEL): never part of an ID, often a sign of a mangled link.
const CONTROL_CHARACTERS = /\p{Cc}/u;

/** What is wrong with an ID, or undefined: not blank, at most MAX_ID_LENGTH, no control characters. */
export function idProblem(id: string): string | undefined {
  if (id.trim().length === 0) return 'must not be empty';
  if (id.length > MAX_ID_LENGTH) return `must be at most ${MAX_ID_LENGTH} characters`;
  if (CONTROL_CHARACTERS.test(id)) return 'must not contain control characters';
  return undefined;
}
