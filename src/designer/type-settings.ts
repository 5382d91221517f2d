/**
 * The settings that only some types take (issue 32), as the designer edits them: each in a box of
 * its own, typed as text. A box's text reaches the field only once the form would take it; until
 * then the box keeps the text and says what is wrong, and the field keeps the setting it had, so
 * that a design never holds a field the form would refuse.
 *
 *     box text ─► parse (a whole number, two letters…) ─► problems (bounds, min against max) ─► field
 */
import { isSupportedCountry } from 'libphonenumber-js/min';
import type { FieldDeclaration, FieldType } from '../fields/declarations.js';
import { oddCharacter } from './design.js';

/** A checked box of a type's settings; `linkText` and `linkHref` are the two halves of a checkbox's `link`. */
export type SettingKey = 'country' | 'min' | 'max' | 'length' | 'linkText' | 'linkHref';

/** The checked boxes of each type. A scale's words under its ends are free text, set as typed. */
const TYPE_SETTINGS: Partial<Record<FieldType, readonly SettingKey[]>> = {
  tel: ['country'],
  date: ['min', 'max'],
  rating: ['max'],
  scale: ['min', 'max'],
  otp: ['length'],
  checkbox: ['linkText', 'linkHref'],
};

/** The checked boxes a field of `type` shows. */
export const settingsOf = (type: FieldType): readonly SettingKey[] => TYPE_SETTINGS[type] ?? [];

/** A box's text while the field does not hold it: the form would refuse it. */
export type PendingTexts = Partial<Record<SettingKey, string>>;

/** The settings of issue 32, whatever the type, for reading a field of any. */
interface Settings {
  country?: string;
  min?: number | string;
  max?: number | string;
  minLabel?: string;
  maxLabel?: string;
  length?: number;
  link?: { href: string; text: string };
  style?: 'memorable';
}
const settings = (field: FieldDeclaration) => field as FieldDeclaration & Settings;
const typeOf = (field: FieldDeclaration): FieldType => field.type ?? 'text';

/** The setting of `field` as its box shows it. */
export function settingText(field: FieldDeclaration, key: SettingKey): string {
  const { link, ...held } = settings(field);
  if (key === 'linkText') return link?.text ?? '';
  if (key === 'linkHref') return link?.href ?? '';
  const value = held[key];
  return value === undefined ? '' : String(value);
}

type Parsed = { value: string | number | undefined; problem?: undefined } | { problem: string };

const WHOLE = 'Write a whole number, such as 5.';

/** A box's text as the value of its setting, or why it cannot be one. An empty box is no setting: the type's default. */
function parse(type: FieldType, key: SettingKey, text: string): Parsed {
  const trimmed = text.trim();
  if (key === 'linkText') return { value: text };
  if (trimmed === '') return { value: undefined };
  if (key === 'country')
    return /^[a-z]{2}$/i.test(trimmed)
      ? { value: trimmed.toUpperCase() }
      : { problem: 'Write the country as two letters, such as GB or US.' };
  // A date's bounds are checked as the field holds them, so that a link's are judged the same way.
  if (key === 'linkHref' || type === 'date') return { value: trimmed };
  return /^-?\d{1,6}$/.test(trimmed) ? { value: Number(trimmed) } : { problem: WHOLE };
}

const isDate = (text: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  // Read as UTC, a date that does not exist (2026-02-30) comes back as another.
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
};

/** Why the form would not follow `href` from a checkbox's label: only an https: page, or a path on the same site. */
function hrefProblem(href: string): string | undefined {
  const odd = oddCharacter(href);
  if (odd) return `The link’s address holds ${odd}: type it again.`;
  // "//host" and "/\host" leave the site: browsers read both as another host.
  if (/^\/(?![/\\])/.test(href)) return undefined;
  if (/^https:\/\/[^/\\]/i.test(href) && URL.canParse(href)) return undefined;
  return 'The link must be an https:// address, or a path on this site starting with /, such as /privacy.';
}

/**
 * Why the form would refuse a setting of `field`, by box; `blame` names the boxes being typed,
 * which a problem between two settings (a scale's first and last numbers) is said at.
 */
export function settingProblems(field: FieldDeclaration, blame: ReadonlySet<SettingKey> = new Set()): PendingTexts {
  const { country, min, max, length, link } = settings(field);
  const problems: PendingTexts = {};
  const whole = (value: unknown) => value === undefined || Number.isInteger(value);
  // Of two settings at odds, the one being typed is wrong (the last, when both are); else the last, when it is set.
  const between = (problemOfMin: string, problemOfMax: string) => {
    const onMin = blame.has('max') ? false : blame.has('min') || max === undefined;
    if (onMin) problems.min = problemOfMin;
    else problems.max = problemOfMax;
  };
  switch (typeOf(field)) {
    case 'tel':
      if (country !== undefined && !/^[A-Z]{2}$/.test(country))
        problems.country = 'Write the country as two capital letters, such as GB or US.';
      else if (country !== undefined && !isSupportedCountry(country))
        problems.country = `${country} is not a country the phone check knows: write its two letters (ISO 3166), such as GB or US.`;
      break;
    case 'date':
      for (const key of ['min', 'max'] as const) {
        const bound = key === 'min' ? min : max;
        if (bound !== undefined && (typeof bound !== 'string' || (bound !== 'today' && !isDate(bound))))
          problems[key] = 'Write a date as YYYY-MM-DD, such as 2026-12-31, or the word today.';
      }
      if (!problems.min && !problems.max && typeof min === 'string' && typeof max === 'string' && isDate(min) && isDate(max) && min > max)
        between(`The earliest date must not be after the latest (${max}).`, `The latest date must not be before the earliest (${min}).`);
      break;
    case 'rating':
      if (!whole(max)) problems.max = WHOLE;
      else if (max !== undefined && ((max as number) < 2 || (max as number) > 10)) problems.max = 'A rating has 2 to 10 stars.';
      break;
    case 'scale': {
      if (!whole(min)) problems.min = WHOLE;
      if (!whole(max)) problems.max = WHOLE;
      if (problems.min || problems.max) break;
      const first = (min as number | undefined) ?? 0;
      const last = (max as number | undefined) ?? 10;
      if (last <= first)
        between(`The first number must be less than the last (${last}).`, `The last number must be more than the first (${first}).`);
      else if (last - first > 20)
        between(
          `The first number can be at most 20 less than the last (${last}): a scale shows at most 21 numbers.`,
          `The last number can be at most 20 more than the first (${first}): a scale shows at most 21 numbers.`,
        );
      break;
    }
    case 'otp':
      if (!whole(length)) problems.length = WHOLE;
      else if (length !== undefined && ((length as number) < 4 || (length as number) > 10)) problems.length = 'A code has 4 to 10 digits.';
      break;
    case 'checkbox':
      if (!link) break;
      if (typeof link.href !== 'string' || typeof link.text !== 'string') {
        problems.linkHref = 'The link must have an address and words, both texts.';
        break;
      }
      if (!link.href) problems.linkHref = 'Write the link’s address too, such as https://example.com/privacy.';
      else problems.linkHref = hrefProblem(link.href);
      if (!link.text.trim()) problems.linkText = 'Write the link’s words too, such as Privacy notice.';
      if (!problems.linkHref) delete problems.linkHref;
      break;
  }
  return problems;
}

/**
 * The field with the boxes' `pending` texts in it, and what is wrong with each box; `field` is
 * undefined while anything is, and the design keeps the field as it was.
 */
export function withTexts(field: FieldDeclaration, pending: PendingTexts): { field?: FieldDeclaration; problems: PendingTexts } {
  const type = typeOf(field);
  const candidate: Record<string, unknown> = { ...field };
  const parseProblems: PendingTexts = {};
  for (const [key, text] of Object.entries(pending) as Array<[SettingKey, string]>) {
    if (key === 'linkText' || key === 'linkHref') continue;
    const parsed = parse(type, key, text);
    if (parsed.problem !== undefined) parseProblems[key] = parsed.problem;
    else candidate[key] = parsed.value;
  }
  if (pending.linkText !== undefined || pending.linkHref !== undefined) {
    const text = pending.linkText ?? settingText(field, 'linkText');
    const href = (pending.linkHref ?? settingText(field, 'linkHref')).trim();
    // Both boxes emptied: no link.
    candidate.link = text.trim() || href ? { href, text } : undefined;
  }
  const next = Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined)) as unknown as FieldDeclaration;
  const problems = { ...settingProblems(next, new Set(Object.keys(pending) as SettingKey[])), ...parseProblems };
  return Object.keys(problems).length ? { problems } : { field: next, problems };
}

/** The settings of issue 32 in `field` that a field of `type` takes as they are, for a field given another type. */
export function carriedSettings(field: FieldDeclaration, type: FieldType): Settings {
  const { country, min, max, minLabel, maxLabel, length, link, style } = settings(field);
  const from = typeOf(field);
  const kept: Settings =
    type === 'tel'
      ? { country }
      : type === 'rating'
        ? { max }
        : type === 'scale'
          ? { min, max, minLabel, maxLabel }
          : type === 'otp'
            ? { length }
            : type === 'checkbox'
              ? { link }
              : type === 'date' && from === 'date'
                ? { min, max, style }
                : {};
  // A number's bounds are no scale's or rating's when they are not whole, nor a date's: drop what the new type refuses.
  // Dropping a scale's last number can leave its first at odds with the default: drop until none is.
  for (let problems = check(field.name, type, kept); Object.keys(problems).length; problems = check(field.name, type, kept)) {
    const before = JSON.stringify(kept);
    for (const key of Object.keys(problems) as SettingKey[]) {
      if (key === 'linkText' || key === 'linkHref') delete kept.link;
      else delete kept[key];
    }
    if (JSON.stringify(kept) === before) return {};
  }
  return Object.fromEntries(Object.entries(kept).filter(([, value]) => value !== undefined));
}

const check = (name: string, type: FieldType, kept: Settings) => settingProblems({ name, type, ...kept } as FieldDeclaration);
