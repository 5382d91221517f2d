/**
 * zod's verdict on a `fields` declaration. It is loaded with zod after the first render (see
 * fields.ts): a declaration is checked as a whole, and a wrong one is a `config` error that names
 * each field and problem, since a form that half works would only fail later.
 */
import * as z from 'zod/mini';
import { describeIssues } from '../core/schemas.js';
import { ErrorKind, WebviewError } from '../core/errors.js';
import { isMalformedJson } from '../core/json.js';
import { FIELD_TYPES, WITH_OPTIONS, type CheckedField, type FieldType } from './declarations.js';

const WITH_LENGTH = new Set<FieldType>(['text', 'email', 'tel', 'url', 'textarea']);
const WITH_PATTERN = new Set<FieldType>(['text', 'email', 'tel', 'url']);
const WITH_RANGE = new Set<FieldType>(['number', 'date']);

const Option = z.union([z.string(), z.strictObject({ value: z.string(), label: z.optional(z.string()) })]);

const Length = z.optional(z.int().check(z.nonnegative()));
const Bound = z.optional(z.union([z.number(), z.string()]));

export const FieldSchema = z
  .strictObject({
    name: z.string().check(z.refine((name) => name.trim() !== '', 'must not be empty')),
    label: z.optional(z.string()),
    type: z._default(z.enum(FIELD_TYPES), 'text'),
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
  })
  .check(
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
    z.refine((field) => (field.minLength ?? field.maxLength) === undefined || WITH_LENGTH.has(field.type), {
      message: 'minLength and maxLength are only for text-like fields',
      path: ['type'],
    }),
    z.refine((field) => (field.min ?? field.max) === undefined || WITH_RANGE.has(field.type), {
      message: 'min and max are only for number and date fields',
      path: ['type'],
    }),
    z.refine((field) => (field.minLength ?? 0) <= (field.maxLength ?? Infinity), {
      message: 'must not be greater than maxLength',
      path: ['minLength'],
    }),
  );

/**
 * Returns the checked declarations given the `fields` property or attribute value.
 * @throws WebviewError `config` naming the field (by name, else position) and each problem.
 */
export function parseFields(fields: unknown): CheckedField[] {
  if (fields == null) return [];
  if (isMalformedJson(fields)) {
    throw configError([`the fields attribute is not valid JSON (${fields.reason})`]);
  }
  if (!Array.isArray(fields)) throw configError(['fields must be a list of field declarations']);
  const problems: string[] = [];
  const declarations: CheckedField[] = [];
  const seen = new Set<string>();
  fields.forEach((candidate, index) => {
    const named = (candidate as { name?: unknown })?.name;
    const which = typeof named === 'string' && named.trim() !== '' ? `field "${named}"` : `field ${index + 1}`;
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
  if (problems.length > 0) throw configError(problems);
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
