/**
 * Texts that count things (messages.ts): `{count, plural, one {…} other {…}}`, in ICU's syntax.
 * In the delivery chunk: every text with a number in it is drawn after a send was tried. The steps
 * chunk gets it from there through its host, so that the two chunks share no module.
 */
import { fill } from './messages.js';

// `{count, plural, one {…} other {…}}`: a branch's text may hold `{placeholders}` and `#`.
const PLURAL = /\{(\w+), *plural, *((?:[^{}]|\{(?:[^{}]|\{\w+\})*\})*)\}/g;
const BRANCH = /(=?\w+) *\{((?:[^{}]|\{\w+\})*)\}/g;

/**
 * Fills `{name}` placeholders, and chooses the plural branch of `{name, plural, …}` by the exact
 * value, else by `Intl.PluralRules` of `lang`, else `other`. Unknown placeholders stay as written
 * so a typo shows instead of vanishing.
 */
export function format(template: string, values: Record<string, string | number>, lang = 'en'): string {
  const chosen = template.replace(PLURAL, (whole, key: string, body: string) => {
    const count = Number(values[key]);
    if (!(key in values) || Number.isNaN(count)) return whole;
    const branches = new Map([...body.matchAll(BRANCH)].map(([, name, text]) => [name, text]));
    const text = branches.get(`=${count}`) ?? branches.get(new Intl.PluralRules(lang).select(count)) ?? branches.get('other');
    return text === undefined ? whole : text.replace(/#/g, String(count));
  });
  return fill(chosen, values);
}
