/**
 * Texts that count things (messages.ts): `{count, plural, one {…} other {…}}`, in ICU's syntax.
 * In the delivery chunk: every text with a number in it is drawn after a send was tried. The steps
 * chunk gets it from there through its host, so that the two chunks share no module.
 */
import { fill, judgeTexts } from './messages.js';

// `{count, plural, one {…} other {…}}`: a branch's text may hold `{placeholders}` and `#`.
const PLURAL = /\{(\w+), *plural, *((?:[^{}]|\{(?:[^{}]|\{\w+\})*\})*)\}/g;
const BRANCH = /(=?\w+) *\{((?:[^{}]|\{\w+\})*)\}/g;
// The same block as PLURAL, written strictly (once its placeholders are taken out): nothing but
// branches, one of them `other`, which `format` falls back on.
const WELL_FORMED = /\{\w+, *plural,(?: *=?\w+ *\{[^{}]*\})* *other *\{[^{}]*\}(?: *=?\w+ *\{[^{}]*\})* *\}/g;

/**
 * Fills `{name}` placeholders, and chooses the plural branch of `{name, plural, …}` by the exact
 * value, else by `Intl.PluralRules` of `lang`, else `other`. Unknown placeholders stay as written
 * so a typo shows instead of vanishing; only the values' own names count (`{constructor}` is not
 * one), whatever an object inherits.
 */
export function format(template: string, values: Record<string, string | number>, lang = 'en'): string {
  const chosen = template.replace(PLURAL, (whole, key: string, body: string) => {
    const count = Number(values[key]);
    if (!Object.hasOwn(values, key) || Number.isNaN(count)) return whole;
    const branches = new Map([...body.matchAll(BRANCH)].map(([, name, text]) => [name, text]));
    const text = branches.get(`=${count}`) ?? branches.get(new Intl.PluralRules(lang).select(count)) ?? branches.get('other');
    return text === undefined ? whole : text.replace(/#/g, String(count));
  });
  return fill(chosen, values);
}

/**
 * Whether an author's text has a brace that is neither a `{placeholder}` nor part of a well-formed
 * plural block: `format` would leave it as written, and the person would read the syntax.
 */
function malformed(text: string): boolean {
  return /[{}]/.test(text.replace(/\{\w+\}/g, '').replace(WELL_FORMED, ''));
}

// Each malformed text is reported once, though the texts are resolved again on every change.
const reported = new Set<string>();

// From now on resolveMessages asks here: a malformed text gives way to the built-in one, and its
// author is told which message it was.
judgeTexts((key, text) => {
  if (!malformed(text)) return false;
  if (!reported.has(key + text)) console.warn(`<webview-form>: messages.${key} is not well-formed (${text}), so the built-in text is shown. Write {name} placeholders and {count, plural, one {…} other {…}} blocks.`);
  reported.add(key + text);
  return true;
});
