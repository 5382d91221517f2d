/**
 * A text as a Conversation Builder pattern that matches it. The vendor documents three operators
 * in a pattern ("Specify patterns in interactions": `*` any characters, `|` between alternates,
 * `( )` around a group of alternates), and a pattern matches input that fits it exactly; it
 * documents no way to write one of those characters as itself.
 */

/** The characters Conversation Builder reads as pattern operators. */
const OPERATORS = /[*|()]/g;

/**
 * The pattern that matches `text` as a person or the page posts it. Each operator character stands
 * for itself through the one operator that matches it, a wildcard: `a (b)` becomes `a *b*`, which
 * matches `a (b)`, and a little more (`a [b]`), but never misses the posted message. Runs of
 * wildcards are one: `**` means no more than `*`. Undefined for a text of operators and spaces
 * alone: its pattern would match anything a person types, and start the dialog at every message.
 */
export function literalPattern(text: string): string | undefined {
  const pattern = text.replace(OPERATORS, '*').replace(/\*{2,}/g, '*');
  return /[^*\s]/.test(pattern) ? pattern : undefined;
}
