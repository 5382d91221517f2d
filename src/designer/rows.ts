/**
 * The designer edits a form as a flat list of rows, one per field, each naming its step: a list a
 * person can add to, remove from and reorder with buttons. The `fields` declaration groups them
 * into steps. Both ways are here, so that a design read from a link is edited as it was written.
 */
import {
  WITH_OPTIONS,
  type Condition,
  type FieldDeclaration,
  type FieldOption,
  type FieldType,
  type FieldsDeclaration,
  type StepDeclaration,
} from '../fields/declarations.js';
import { carriedSettings } from './type-settings.js';

/** One field as the designer edits it: its declaration, and the title of the step it is on ("" when the form has no steps). */
export interface Row {
  field: FieldDeclaration;
  step: string;
}

/** The rows of a declaration: its fields in order, each with its step's title. A step's own condition is not kept. */
export function rowsOf(fields: FieldsDeclaration): Row[] {
  return fields.flatMap((item): Row[] =>
    'step' in item ? item.fields.map((field) => ({ field, step: item.step })) : [{ field: item as FieldDeclaration, step: '' }],
  );
}

/**
 * The declaration of `rows`: a flat list while no row names a step; else one step per run of
 * rows with the same title, a row without a title joining the step before it (the first ones the
 * first step), since a form either has steps for every field or none.
 */
export function declarationOf(rows: readonly Row[]): FieldsDeclaration {
  const titled = rows.find((row) => row.step.trim());
  if (!titled) return rows.map((row) => row.field);
  const steps: StepDeclaration[] = [];
  let title = titled.step.trim();
  for (const row of rows) {
    const named = row.step.trim();
    if (named) title = named;
    const last = steps.at(-1);
    if (last && (!named || named === last.step)) (last.fields as FieldDeclaration[]).push(row.field);
    else steps.push({ step: title, fields: [row.field] });
  }
  return steps;
}

/** A choice as one line: its value, or `value | label` when they differ. */
export function optionLine(option: FieldOption): string {
  if (typeof option === 'string') return option;
  return option.label && option.label !== option.value ? `${option.value} | ${option.label}` : option.value;
}

/** The choices of lines as `optionLine` writes them; blank lines are left out. */
export function optionsOf(lines: string): FieldOption[] {
  return lines
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const bar = line.indexOf('|');
      if (bar < 0) return line;
      const value = line.slice(0, bar).trim();
      const label = line.slice(bar + 1).trim();
      return label && label !== value ? { value, label } : value;
    });
}

/** The condition "shown when `field` answers `equals`", or none without a field. */
export function conditionOf(field: string, equals: string): Condition | undefined {
  return field ? { field, equals } : undefined;
}

/** The types a `pattern` applies to. */
export const PATTERN_TYPES: ReadonlySet<string> = new Set(['text', 'email', 'tel', 'url']);

/**
 * `field` as a field of `type`: what every type may say is kept, a rule the new type does not take
 * is dropped (the schema would refuse it), and a list of choices gets two to start from. A setting
 * of issue 32 is kept where the new type takes it as it is (a rating's stars as a scale's last number).
 */
export function retype(field: FieldDeclaration, type: FieldType): FieldDeclaration {
  const { name, label, required, hint, placeholder, autocomplete, when, pattern, minLength, maxLength, options, value } =
    field as FieldDeclaration & {
      pattern?: string;
      minLength?: number;
      maxLength?: number;
      options?: readonly FieldOption[];
    };
  const common = { name, label, required, hint, placeholder, autocomplete, when, value: type === 'hidden' ? value : undefined };
  const rules = WITH_OPTIONS.has(type)
    ? { options: options?.length ? options : ['Yes', 'No'] }
    : PATTERN_TYPES.has(type)
      ? { pattern, minLength, maxLength }
      : type === 'textarea'
        ? { minLength, maxLength }
        : {};
  return declaration({ ...common, type: type === 'text' ? undefined : type, ...rules, ...carriedSettings(field, type) });
}

/** `field` with `patch` applied; a setting patched to undefined is gone, not kept as a key. */
export const patchField = (field: FieldDeclaration, patch: Partial<FieldDeclaration>): FieldDeclaration =>
  declaration({ ...field, ...patch });

/** `settings` as a declaration: one holds plain values only, so a setting that is undefined is left out. */
function declaration(settings: Record<string, unknown>): FieldDeclaration {
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) as unknown as FieldDeclaration;
}

/** The rows after a field's rename from `from` to `to`: the conditions that named it name it still. */
export function renamed<R extends Row>(rows: readonly R[], from: string, to: string): R[] {
  return rows.map((row) =>
    row.field.when?.field === from ? { ...row, field: { ...row.field, when: { ...row.field.when, field: to } } } : row,
  );
}

/** The rows after the field `name` went: a condition on it, unless another field has that name, is dropped (the field is then always shown). */
export function withoutConditionsOn<R extends Row>(rows: readonly R[], name: string): R[] {
  if (rows.some((row) => row.field.name === name)) return [...rows];
  return rows.map((row) => (row.field.when?.field === name ? { ...row, field: patchField(row.field, { when: undefined }) } : row));
}
