/**
 * Declared fields: what a bot builder writes instead of markup.
 *
 *     fields (property or JSON attribute) ─► sketchFields ─► controls, drawn at once
 *                                        └─► parseFields (zod, delivery/fields-schema.ts, loaded lazily)
 *                                              ─► CheckedField[]: the form may send
 *                                              └► WebviewError `config`: the form says what is wrong
 *
 * No zod here, as this module is part of the first render; only a submit waits for zod's verdict.
 */
import type { Control } from '../dom/controls.js';
import { setAttributes } from '../dom/build.js';
import type { KIND_TYPES } from '../core/kind-types.js';

export const FIELD_TYPES = ['text', 'email', 'tel', 'url', 'number', 'date', 'textarea', 'select', 'radio', 'checkbox', 'hidden'] as const;

/** Every type a declaration may name: those the first render draws, and those of core/kind-types.ts. */
export type FieldType = (typeof FIELD_TYPES)[number] | (typeof KIND_TYPES)[number];

/** The types whose fields need `options` (and the only ones that may have them). */
export const WITH_OPTIONS: ReadonlySet<FieldType> = new Set<FieldType>(['select', 'radio']);

/** A choice of a select or radio field: its value, or its value and the label shown. */
export type FieldOption = string | { value: string; label?: string };

/**
 * When a field or a step is shown, judged on the answer to a field that comes before it. What is
 * not shown is neither checked nor sent. A checkbox without a `value` answers `"true"` or `"false"`.
 */
export type Condition =
  /** The field's answer is this value. */
  | { field: string; equals: string }
  /** The field's answer is one of these values. */
  | { field: string; in: readonly string[] }
  /** The field has an answer (a checkbox: it is checked), or, with `false`, has none. */
  | { field: string; filled: boolean };

/** What every declared field may say, whatever its type. */
interface CommonSettings {
  /** The control's name, and the context variable's. */
  name: string;
  /** Shown to the person; default: the name made readable. */
  label?: string;
  /** The field must be filled in (a checkbox: checked) before sending. */
  required?: boolean;
  /** A line of help under the label, read out with the control. */
  hint?: string;
  /** Shown in an empty text-like field, or as a select's empty first choice. */
  placeholder?: string;
  /** An autofill token such as `email` or `postal-code`. */
  autocomplete?: string;
  /** The initial value; `true` checks a checkbox. */
  value?: string | number | boolean;
  /** Show the field only when an earlier field's answer matches (see `Condition`). */
  when?: Condition;
}

/** The settings that only some types take; the schema (delivery/fields-schema.ts) refuses them on the others. */
interface Rules {
  /** A regular expression the whole value must match (text, email, tel, url). */
  pattern?: string;
  /** Text-like fields only. */
  minLength?: number;
  maxLength?: number;
  /** Number and date fields only. */
  min?: number | string;
  max?: number | string;
  /** Select and radio fields: required for them, refused for the others. */
  options?: readonly FieldOption[];
}

/** The rules a type does not take, spelled out so that writing one is a type error. */
type Without<K extends keyof Rules> = { [P in K]?: never };

/** `text` (the default when `type` is left out), `email` or `url`: one line of text. */
export interface TextFieldDeclaration
  extends CommonSettings, Pick<Rules, 'pattern' | 'minLength' | 'maxLength'>, Without<'min' | 'max' | 'options'> {
  type?: 'text' | 'email' | 'url';
}

/**
 * A phone number. With `country`, it is checked as a number a bot can dial and sent in E.164
 * (`+442079460000`); without, it is sent as typed.
 */
export interface PhoneFieldDeclaration
  extends CommonSettings, Pick<Rules, 'pattern' | 'minLength' | 'maxLength'>, Without<'min' | 'max' | 'options'> {
  type: 'tel';
  /** The country of a number typed without `+` (ISO 3166 alpha-2, e.g. `GB`). */
  country?: string;
}

/** Several lines of text. */
export interface TextareaFieldDeclaration
  extends CommonSettings, Pick<Rules, 'minLength' | 'maxLength'>, Without<'pattern' | 'min' | 'max' | 'options'> {
  type: 'textarea';
}

/** A number, with optional bounds. */
export interface NumberFieldDeclaration
  extends CommonSettings, Pick<Rules, 'min' | 'max'>, Without<'pattern' | 'minLength' | 'maxLength' | 'options'> {
  type: 'number';
}

/**
 * A date, with optional bounds (`YYYY-MM-DD`, or `today`). With `style: 'memorable'`, a date the
 * person knows (a birth date) is typed as day, month and year, each in a box of its own.
 */
export interface DateFieldDeclaration
  extends CommonSettings, Pick<Rules, 'min' | 'max'>, Without<'pattern' | 'minLength' | 'maxLength' | 'options'> {
  type: 'date';
  /** `memorable`: three boxes (day, month, year), in the order of the form's language. */
  style?: 'memorable';
}

/** @deprecated Use `NumberFieldDeclaration` or `DateFieldDeclaration`. */
export type RangeFieldDeclaration = NumberFieldDeclaration | DateFieldDeclaration;

/** Stars to choose from: sends `"1"` to `"max"`. */
export interface RatingFieldDeclaration extends CommonSettings, Without<'pattern' | 'minLength' | 'maxLength' | 'min' | 'options'> {
  type: 'rating';
  /** The number of stars, 2 to 10; default 5. */
  max?: number;
}

/** A row of numbers to choose from, such as the 0–10 of a Net Promoter Score: sends the number. */
export interface ScaleFieldDeclaration extends CommonSettings, Without<'pattern' | 'minLength' | 'maxLength' | 'options'> {
  type: 'scale';
  /** The first number; default 0. */
  min?: number;
  /** The last number, at most 20 more than `min`; default 10. */
  max?: number;
  /** Under the first number, such as "Not likely". */
  minLabel?: string;
  /** Under the last number, such as "Very likely". */
  maxLabel?: string;
}

/** A one-time code, in one box: sends its digits. */
export interface OtpFieldDeclaration extends CommonSettings, Without<keyof Rules> {
  type: 'otp';
  /** How many digits, 4 to 10; default 6. */
  length?: number;
}

/** One of a list: a select, or a group of radio buttons. */
export interface ChoiceFieldDeclaration extends CommonSettings, Without<'pattern' | 'minLength' | 'maxLength' | 'min' | 'max'> {
  type: 'select' | 'radio';
  /** The choices; at least one. */
  options: readonly FieldOption[];
}

/** A checkbox: sends `"true"` or `"false"`. */
export interface CheckboxFieldDeclaration extends CommonSettings, Without<keyof Rules> {
  type: 'checkbox';
  /**
   * A link drawn after the label, such as the privacy notice a consent refers to; it opens in a
   * new tab. `href` is an `https:` address or a path on this site.
   */
  link?: { href: string; text: string };
}

/** A value sent without being shown. */
export interface HiddenFieldDeclaration extends CommonSettings, Without<keyof Rules> {
  type: 'hidden';
}

/**
 * One declared field, as an author writes it in `fields`: a union by `type`, so that an editor
 * catches `type: 'emial'`, a select without `options` or a `pattern` on a number. The schema in
 * delivery/fields-schema.ts checks the same at run time.
 */
export type FieldDeclaration =
  | TextFieldDeclaration
  | PhoneFieldDeclaration
  | TextareaFieldDeclaration
  | NumberFieldDeclaration
  | DateFieldDeclaration
  | ChoiceFieldDeclaration
  | CheckboxFieldDeclaration
  | RatingFieldDeclaration
  | ScaleFieldDeclaration
  | OtpFieldDeclaration
  | HiddenFieldDeclaration;

/**
 * One page of a multi-step form: `{ "step": "About you", "fields": [ … ] }`. Either every item of
 * `fields` is a step or none is. The form shows one step at a time, with Back and Next.
 */
export interface StepDeclaration {
  /** The step's title, shown as its heading. */
  step: string;
  /** The step's fields; at least one. */
  fields: readonly FieldDeclaration[];
  /** Show the step only when an earlier field's answer matches; skipped by Next and Back otherwise. */
  when?: Condition;
}

/** The `fields` of a form: a flat list of fields, or a list of steps. */
export type FieldsDeclaration = readonly FieldDeclaration[] | readonly StepDeclaration[];

/** A declaration as `parseFields` returns it and the templates draw it: its `type` filled in. */
export type CheckedField = FieldDeclaration & { type: FieldType };

/** A step as `parseFields` returns it and the templates draw it. */
export interface CheckedStep extends StepDeclaration {
  fields: CheckedField[];
}

/** An item of a checked declaration: a field, or (in a multi-step form, every item) a step. */
export type CheckedItem = CheckedField | CheckedStep;

/** The fields of a checked declaration, those of its steps included, in order. */
export const flatFields = (items: readonly CheckedItem[]): CheckedField[] => items.flatMap((item) => ('step' in item ? item.fields : item));

/**
 * The declaration as it can be drawn now, so the form need not wait for zod's code. It passes only
 * what a valid declaration could hold; anything else returns `undefined` and waits for the verdict.
 */
export function sketchFields(fields: unknown): CheckedItem[] | undefined {
  if (fields == null) return [];
  if (!Array.isArray(fields)) return undefined;
  const sketch = fields.map(sketchItem);
  return sketch.every((item) => item !== undefined) ? sketch : undefined;
}

function sketchItem(candidate: unknown): CheckedItem | undefined {
  if (!isRecord(candidate) || !('step' in candidate)) return sketchField(candidate);
  const fields = Array.isArray(candidate.fields) ? candidate.fields.map(sketchField) : [];
  return typeof candidate.step === 'string' && fields.every((field) => field !== undefined)
    ? ({ ...candidate, fields } as CheckedStep)
    : undefined;
}

function sketchField(candidate: unknown): CheckedField | undefined {
  if (!isRecord(candidate)) return undefined;
  // A condition is drawn as a JSON attribute (data-when), whatever it holds; its check comes later.
  const { options, when, ...settings } = candidate;
  const type = settings.type ?? 'text';
  // A type or a style of the kinds chunk (a memorable date) waits for it: drawn now, it would change under the person's fingers.
  if (typeof settings.name !== 'string' || !(FIELD_TYPES as readonly unknown[]).includes(type) || settings.style) return undefined;
  if (!Object.values(settings).every(isPlain)) return undefined;
  const drawableOptions =
    options === undefined ? !WITH_OPTIONS.has(type as FieldType) : Array.isArray(options) && options.every(isPlainOption);
  return drawableOptions ? ({ ...candidate, type } as CheckedField) : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPlain = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);
const isPlainOption = (option: unknown) => isPlain(option) || (isRecord(option) && Object.values(option).every(isPlain));

/** The option's value and label, whether it was written as a string or an object. */
export function optionParts(option: FieldOption): { value: string; label: string } {
  return typeof option === 'string' ? { value: option, label: option } : { value: option.value, label: option.label ?? option.value };
}

/** The label to show for a declaration: its own, else its name made readable (`favorite_color` → "Favorite color"). */
export function fieldLabel(field: FieldDeclaration): string {
  if (field.label) return field.label;
  const words = field.name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Gives an authored control the declared rules as native constraints, so the browser checks them
 * the same way it checks a generated control. Rules the author wrote and the declaration does
 * not mention are left alone.
 */
export function applyRules(control: Control, field: FieldDeclaration): void {
  setAttributes(control, {
    required: field.required,
    pattern: field.pattern,
    minlength: field.minLength,
    maxlength: field.maxLength,
    min: field.min,
    max: field.max,
  });
}
