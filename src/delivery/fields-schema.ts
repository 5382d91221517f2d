/**
 * zod's verdict on a `fields` declaration, loaded after the first render. A declaration is checked
 * as a whole, and a wrong one is a `config` error naming each problem, since a form that half
 * works would only fail later.
 */
import * as z from 'zod/mini';
import { describeIssues } from '../core/schemas.js';
import { ErrorKind, WebviewError } from '../core/errors.js';
import { isMalformedJson } from '../core/json.js';
import { FIELD_TYPES, WITH_OPTIONS, type CheckedField, type CheckedItem, type FieldType } from '../fields/declarations.js';
import { KIND_TYPES } from '../core/kind-types.js';
import { isSafeLink } from './link.js';

const WITH_LENGTH = new Set<FieldType>(['text', 'email', 'tel', 'url', 'textarea']);
const WITH_PATTERN = new Set<FieldType>(['text', 'email', 'tel', 'url']);
const WITH_RANGE = new Set<FieldType>(['number', 'date', 'scale']);
/** A field's setting by name, for the checks made once per setting (each names its own in the error). */
const read = (field: unknown, name: string): unknown => (field as Record<string, unknown>)[name];
/** The settings of one type only, and that type. */
const ONLY: Record<string, FieldType> = {
  country: 'tel',
  style: 'date',
  length: 'otp',
  minLabel: 'scale',
  maxLabel: 'scale',
  link: 'checkbox',
};
/** A date bound: `YYYY-MM-DD`, or `today`. */
const DATE = /^(today|\d{4}-\d{2}-\d{2})$/;
/** A date bound as written: `today`, or a day the calendar has (1990-02-30 has the shape but is none). */
function dateBound(bound: string): boolean {
  if (bound === 'today') return true;
  if (!DATE.test(bound)) return false;
  const time = Date.parse(`${bound}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(bound);
}
const int = (value: unknown) => value === undefined || Number.isInteger(value);

const Option = z.union([z.string(), z.strictObject({ value: z.string(), label: z.optional(z.string()) })]);

// A control's name is read trimmed (dom/controls.ts), so " email" would post as "email" while the
// bot, told the declared name, reads " email": white space at an end is refused.
const Name = z.string().check(
  z.refine((name) => name.trim() !== '', 'must not be empty'),
  z.refine((name) => name.trim() === '' || name.trim() === name, 'must not start or end with white space'),
);

/** A `when`: which earlier field, and what its answer must be. Whether that field comes before is judged on the drawn form. */
const Condition = z.union(
  [
    z.strictObject({ field: Name, equals: z.string() }),
    z.strictObject({ field: Name, in: z.array(z.string()).check(z.minLength(1, 'must list at least one value')) }),
    z.strictObject({ field: Name, filled: z.boolean() }),
  ],
  { error: 'must be {"field", "equals": "…"}, {"field", "in": ["…"]} or {"field", "filled": true|false}' },
);

const Length = z.optional(z.int().check(z.nonnegative()));
const Bound = z.optional(z.union([z.number(), z.string()]));

export const FieldSchema = z
  .strictObject({
    name: Name,
    label: z.optional(z.string()),
    type: z._default(z.enum([...FIELD_TYPES, ...KIND_TYPES]), 'text'),
    required: z.optional(z.boolean()),
    pattern: z.optional(z.string().check(z.refine(isPattern, 'is not a valid regular expression'))),
    minLength: Length,
    maxLength: Length,
    min: Bound,
    max: Bound,
    options: z.optional(z.array(Option).check(z.minLength(1, 'must list at least one option'))),
    hint: z.optional(z.string()),
    placeholder: z.optional(z.string()),
    autocomplete: z.optional(z.string()),
    value: z.optional(z.union([z.string(), z.number(), z.boolean()])),
    when: z.optional(Condition),
    country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/, 'must be a country code of two capital letters, such as GB'))),
    style: z.optional(z.literal('memorable', 'must be "memorable"')),
    length: z.optional(z.int().check(z.gte(4, 'must be 4 to 10'), z.lte(10, 'must be 4 to 10'))),
    minLabel: z.optional(z.string()),
    maxLabel: z.optional(z.string()),
    link: z.optional(
      z.strictObject({
        href: z.string().check(z.refine(isSafeLink, 'must be an https: address or a path on this site')),
        text: z.string().check(z.refine((text) => text.trim() !== '', 'must not be empty')),
      }),
    ),
  })
  .check(
    ...Object.entries(ONLY).map(([setting, type]) =>
      z.refine((field) => read(field, setting) === undefined || read(field, 'type') === type, {
        message: `is only for ${type} fields`,
        path: [setting],
      }),
    ),
    z.refine(({ type, min, max = 5 }) => type !== 'rating' || (min === undefined && int(max) && +max >= 2 && +max <= 10), {
      message: 'a rating takes max alone, a whole number from 2 to 10',
      path: ['max'],
    }),
    z.refine(({ type, min = 0, max = 10 }) => type !== 'scale' || (int(min) && int(max) && +max > +min && +max - +min <= 20), {
      message: 'a scale takes whole numbers, max greater than min and at most 20 more',
      path: ['max'],
    }),
    z.refine(
      ({ type, value, min, max }) => {
        if ((type !== 'rating' && type !== 'scale') || value === undefined) return true;
        const [low, high] = type === 'rating' ? [1, Number(max ?? 5)] : [Number(min ?? 0), Number(max ?? 10)];
        return Number.isInteger(Number(value)) && String(value).trim() !== '' && Number(value) >= low && Number(value) <= high;
      },
      { message: 'must be one of the field’s numbers', path: ['value'] },
    ),
    // Each check names the setting that is wrong, as the person wrote it.
    ...(['min', 'max'] as const).map((bound) =>
      z.refine((field) => read(field, 'type') !== 'date' || read(field, bound) === undefined || dateBound(String(read(field, bound))), {
        message: 'a date bound is a day of the calendar as YYYY-MM-DD, or "today"',
        path: [bound],
      }),
    ),
    z.refine((field) => !WITH_OPTIONS.has(field.type) || field.options !== undefined, {
      message: 'needs options',
      path: ['options'],
    }),
    z.refine((field) => field.options === undefined || WITH_OPTIONS.has(field.type), {
      message: 'are only for select and radio fields',
      path: ['options'],
    }),
    z.refine((field) => field.pattern === undefined || WITH_PATTERN.has(field.type), {
      message: 'is only for text, email, tel and url fields',
      path: ['pattern'],
    }),
    ...(['minLength', 'maxLength'] as const).map((setting) =>
      z.refine((field) => read(field, setting) === undefined || WITH_LENGTH.has(read(field, 'type') as FieldType), {
        message: 'is only for text-like fields (text, email, tel, url, textarea)',
        path: [setting],
      }),
    ),
    ...(['min', 'max'] as const).map((bound) =>
      z.refine(
        (field) => read(field, bound) === undefined || WITH_RANGE.has(read(field, 'type') as FieldType) || read(field, 'type') === 'rating',
        {
          message: 'is only for number, date, scale and rating fields',
          path: [bound],
        },
      ),
    ),
    z.refine((field) => (field.minLength ?? 0) <= (field.maxLength ?? Infinity), {
      message: 'must not be greater than maxLength',
      path: ['minLength'],
    }),
  );

const StepSchema = z.strictObject({
  step: z.string().check(z.refine((title) => title.trim() !== '', 'must not be empty')),
  fields: z.array(z.unknown()).check(z.minLength(1, 'must list at least one field')),
  when: z.optional(Condition),
});

/**
 * Returns the checked declarations given the `fields` property or attribute value: fields, or
 * steps that hold fields (every item a step, or none).
 * @throws WebviewError `config` naming the field (by name, else position), or the step, and each problem.
 */
export function parseFields(fields: unknown): CheckedItem[] {
  if (fields == null) return [];
  if (isMalformedJson(fields)) {
    throw configError([`the fields attribute is not valid JSON (${fields.reason})`]);
  }
  if (!Array.isArray(fields)) throw configError(['fields must be a list of field declarations']);
  const isStep = (item: unknown) => typeof item === 'object' && item !== null && 'step' in item;
  const stepped = fields.length > 0 && isStep(fields[0]);
  const mixed = fields.findIndex((item) => isStep(item) !== stepped);
  if (mixed >= 0) {
    throw configError([
      `item ${mixed + 1} is ${stepped ? 'a field, but the first item is a step' : 'a step, but the first item is a field'}: make every item a step, or none`,
    ]);
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  const items = !stepped
    ? checkFields(fields, problems, seen, '')
    : fields.flatMap((candidate: unknown, index): CheckedItem[] => {
        const step = StepSchema.safeParse(candidate);
        const title = (candidate as { step?: unknown }).step;
        const which = typeof title === 'string' && title.trim() !== '' ? `step "${title}"` : `step ${index + 1}`;
        if (!step.success) {
          problems.push(...describeIssues(step.error).map((issue) => `${which}: ${issue}`));
          return [];
        }
        return [{ ...step.data, fields: checkFields(step.data.fields, problems, seen, `${which}, `) }];
      });
  if (problems.length > 0) throw configError(problems);
  return items;
}

/** Checks a list of field declarations, adding what is wrong to `problems` and each name to `seen`. */
function checkFields(fields: readonly unknown[], problems: string[], seen: Set<string>, where: string): CheckedField[] {
  const declarations: CheckedField[] = [];
  fields.forEach((candidate, index) => {
    const named = (candidate as { name?: unknown })?.name;
    const which = `${where}${typeof named === 'string' && named.trim() !== '' ? `field "${named}"` : `field ${index + 1}`}`;
    const checked = FieldSchema.safeParse(candidate);
    if (!checked.success) {
      problems.push(...describeIssues(checked.error).map((issue) => `${which}: ${issue}`));
    } else if (seen.has(checked.data.name)) {
      problems.push(`${which} is declared twice`);
    } else {
      seen.add(checked.data.name);
      // zod infers one flat object; the refinements above are what make it one member of the union.
      declarations.push(checked.data as CheckedField);
    }
  });
  return declarations;
}

function isPattern(pattern: string): boolean {
  try {
    // The browser compiles `pattern` with the v flag, anchored; compile it the same way here.
    new RegExp(`^(?:${pattern})$`, 'v');
    return true;
  } catch {
    return false;
  }
}

function configError(problems: string[]): WebviewError {
  return new WebviewError(ErrorKind.CONFIG, `The fields declaration is wrong: ${problems.join('; ')}.`, { details: problems });
}
