/**
 * Texts that count things (messages.ts): `{count, plural, one {…} other {…}}`, in ICU's syntax.
 * In the delivery chunk, as every text with a number is drawn after a send was tried. The steps
 * chunk gets it through its host, so that the two chunks share no module.
 */
import { fill, judgeTexts, type WebviewMessages } from '../i18n/messages.js';

// `{count, plural, one {…} other {…}}`: a branch's text may hold `{placeholders}` and `#`.
const PLURAL = /\{(\w+), *plural, *((?:[^{}]|\{(?:[^{}]|\{\w+\})*\})*)\}/g;
const BRANCH = /(=?\w+) *\{((?:[^{}]|\{\w+\})*)\}/g;
// PLURAL written strictly: nothing but branches, one of them `other`, which `format` falls back
// on, so that a branch of one word (`=0 {none}`) is a branch, not a placeholder.
const TEXT = String.raw`(?:[^{}]|\{\w+\})*`;
const WELL_FORMED = new RegExp(
  String.raw`\{(\w+), *plural,(?: *=?\w+ *\{${TEXT}\})* *other *\{${TEXT}\}(?: *=?\w+ *\{${TEXT}\})* *\}`,
  'g',
);

/**
 * Fills `{name}` placeholders, and chooses the plural branch of `{name, plural, …}` by the exact
 * value, else by `Intl.PluralRules` of `lang`, else `other`. Unknown placeholders stay as written
 * so a typo shows instead of vanishing.
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
 * plural block: `format` would leave it as written, and the person would read the syntax. The
 * blocks go first, since their branches look like placeholders.
 */
function malformed(text: string): boolean {
  return /[{}]/.test(text.replace(WELL_FORMED, '').replace(/\{\w+\}/g, ''));
}

// The numbers each text is given, which a plural may count. Judged when texts are resolved, as
// `format` knows neither a text's name nor its fallback, so this repeats what the callers pass.
const VALIDITY = ['length', 'minLength', 'maxLength', 'min', 'max']; // delivery/validation.ts
const COUNTED: Partial<Record<keyof WebviewMessages, readonly string[]>> = {
  summary: ['count'],
  progress: ['index', 'count'],
  ratingValue: ['value', 'max'],
  otpLength: ['length'],
  ...Object.fromEntries(
    (
      [
        'valueMissing',
        'valueMissingChoice',
        'valueMissingCheckbox',
        'typeMismatchEmail',
        'typeMismatchUrl',
        'patternMismatch',
        'tooShort',
        'tooLong',
        'rangeUnderflow',
        'rangeOverflow',
        'badInput',
      ] as const
    ).map((key) => [key, VALIDITY]),
  ),
};

const counted = (key: string): readonly string[] => (Object.hasOwn(COUNTED, key) && COUNTED[key as keyof WebviewMessages]) || [];

/** Why an author's text must give way to the built-in one, for its author; undefined when it can be shown. */
function problem(key: string, text: string): string | undefined {
  if (malformed(text)) return `is not well-formed (${text})`;
  const given = counted(key);
  const name = [...text.matchAll(WELL_FORMED)].map(([, name]) => name!).find((name) => !given.includes(name));
  return (
    name &&
    `counts {${name}}, a number it is not given (${given.length ? `it is given ${given.map((other) => `{${other}}`).join(', ')}` : 'it is given none'}): ${text}`
  );
}

// Each refused text is reported once, though the texts are resolved again on every change.
const reported = new Set<string>();

// From now on resolveMessages asks here, and the author is told which message gave way.
judgeTexts((key, text) => {
  const why = problem(key, text);
  if (!why) return false;
  if (!reported.has(key + text))
    console.warn(
      `<webview-form>: messages.${key} ${why}, so the built-in text is shown. Write {name} placeholders and {count, plural, one {…} other {…}} blocks on a number the text is given.`,
    );
  reported.add(key + text);
  return true;
});
