/**
 * Conversation Builder's pattern syntax, as dialog starters and question rules use it: a pattern
 * matches the whole message, ignoring case and the spaces around and between words; `*` stands
 * for any text, none included; `(a|b|c)` for one of its alternatives, which may nest. So
 * `(hi|hello)*` matches "Hello there" and "hiya", and `hi` matches "Hi" but not "hi there".
 * Everything else is literal text. (The vendor's published exports write starters this way:
 * `hi`, `(hi|hello|hey)*`, `good (morning|afternoon|evening)*`, `*back*`.)
 *
 * A message comes from the network, so matching never backtracks: the alternatives are spelled
 * out into plain wildcard patterns, each matched left to right with `indexOf`.
 */

/** What a dialog starter or a rule tests a message with. */
export interface Matcher {
  test(text: string): boolean;
}

// A pattern longer than this is not a phrase someone types, and one with more spellings than this
// is a grammar, not a pattern: both are refused rather than compiled.
const MAX_PATTERN_CHARS = 500;
const MAX_SPELLINGS = 256;

const normalize = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Returns the matcher for a pattern, or undefined for one the syntax does not allow (unbalanced brackets, too long, too many spellings). */
export function compilePattern(pattern: string): Matcher | undefined {
  const text = normalize(pattern);
  if (text === '' || text.length > MAX_PATTERN_CHARS) return undefined;
  const spellings = spell(text);
  if (!spellings) return undefined;
  const globs = spellings.map((spelling) => spelling.replace(/\*+/g, '*').split('*'));
  return { test: (message) => globs.some((parts) => matchGlob(parts, normalize(message))) };
}

/** Every spelling of `text` with its alternatives chosen, or undefined when it is not well formed or has too many. */
function spell(text: string): string[] | undefined {
  let position = 0;
  // A sequence: literal text and groups, up to a `|` or `)` of the enclosing group.
  const sequence = (): string[] | undefined => {
    let spellings = [''];
    while (position < text.length && text[position] !== '|' && text[position] !== ')') {
      let options: string[] | undefined;
      if (text[position] === '(') {
        position++;
        options = group();
        if (!options) return undefined;
      } else options = [text[position++]];
      spellings = spellings.flatMap((before) => options.map((option) => before + option));
      if (spellings.length > MAX_SPELLINGS) return undefined;
    }
    return spellings;
  };
  // A group after its `(`: alternatives up to the matching `)`.
  const group = (): string[] | undefined => {
    const options: string[] = [];
    for (;;) {
      const alternative = sequence();
      if (!alternative) return undefined;
      options.push(...alternative);
      if (text[position] === '|') position++;
      else if (text[position] === ')') {
        position++;
        return options;
      } else return undefined;
    }
  };
  const spellings = sequence();
  // Left over here is a `|` outside a group (literal on the platform, rare: refused) or a stray `)`.
  return position === text.length ? spellings : undefined;
}

/** Whether `text` matches the wildcard pattern split at its `*`s: the first part starts it, the last ends it, the rest come in order between. */
function matchGlob(parts: readonly string[], text: string): boolean {
  if (parts.length === 1) return text === parts[0];
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  let from = first.length;
  const end = text.length - last.length;
  for (const part of parts.slice(1, -1)) {
    const at = text.indexOf(part, from);
    if (at < 0 || at + part.length > end) return false;
    from = at + part.length;
  }
  return true;
}
