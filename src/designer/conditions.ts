/**
 * What a condition (`when`) can ask of the field it depends on, as the designer offers it: the
 * answers that field can give, and why a condition can never hold. The form judges a condition on
 * the values a field posts (steps/conditions.ts): an empty answer posts nothing, a choice posts its
 * value (not its label), a checkbox without a value posts "true" or "false", and a condition on a
 * field that is missing or does not come before it stops the form (steps/condition-pass.ts).
 */
import { fieldLabel, optionParts, type Condition, type FieldDeclaration } from '../fields/declarations.js';

/** One answer a condition may pick: the value the field posts, and what the person sees. */
export interface AnswerChoice {
  value: string;
  label: string;
}

/** The answers of a checkbox without a value of its own. */
const CHECKBOX_ANSWERS: readonly AnswerChoice[] = [
  { value: 'true', label: 'Ticked' },
  { value: 'false', label: 'Not ticked' },
];

/**
 * The answers `field` can give, when they are a fixed list (a select's or radio's choices, a
 * checkbox's two, a rating's or a scale's numbers); undefined when the person types the answer.
 */
export function answerChoices(field: FieldDeclaration): readonly AnswerChoice[] | undefined {
  // A choice field with no options yet (being written) has nothing to pick: free text until it has.
  if (field.type === 'select' || field.type === 'radio') return field.options?.length ? field.options.map(optionParts) : undefined;
  if (field.type === 'checkbox') return CHECKBOX_ANSWERS;
  // A rating posts "1" to its stars; a scale, each of its numbers.
  if (field.type === 'rating') return numbers(1, field.max ?? 5);
  if (field.type === 'scale') return numbers(field.min ?? 0, field.max ?? 10, field.minLabel, field.maxLabel);
  return undefined;
}

/** The numbers `first` to `last` as answers, the words under the ends beside them. */
function numbers(first: number, last: number, firstWords?: string, lastWords?: string): AnswerChoice[] | undefined {
  const answers: AnswerChoice[] = [];
  // At most 21 numbers (type-settings.ts); bounds that are no numbers (a design not made here) list none: the answer is typed.
  for (let number = first; number <= last && answers.length < 21; number++) {
    const words = number === first ? firstWords : number === last ? lastWords : undefined;
    answers.push({ value: String(number), label: words ? `${number} (${words})` : String(number) });
  }
  return answers.length ? answers : undefined;
}

// A number or date control's value is normalised by the browser (HTML's "valid floating-point
// number" and "valid date string"): any other text never arrives.
const TYPED_ANSWERS: Partial<Record<string, { format: RegExp; example: string }>> = {
  number: { format: /^-?(\d+|\d*\.\d+)([eE][-+]?\d+)?$/, example: 'such as 3 or 2.5' },
  date: { format: /^\d{4}-\d{2}-\d{2}$/, example: 'written YYYY-MM-DD, such as 2026-12-31' },
};

/** The values `condition` accepts; undefined for one that asks whether the field is filled. */
const acceptedValues = (condition: Condition): readonly string[] | undefined =>
  'equals' in condition ? [condition.equals] : 'in' in condition ? condition.in : undefined;

const quoted = (values: readonly string[]) => values.map((value) => `“${value}”`).join(' or ');

/**
 * Why the condition of `fields[index]` can never hold, in words for the designer; undefined when
 * it can, or when the field has none. `fields` are the form's fields in order, across its steps.
 */
export function conditionProblem(fields: readonly FieldDeclaration[], index: number, seen = new Set<number>()): string | undefined {
  const condition = fields[index]?.when;
  if (!condition) return undefined;
  const at = fields.findIndex((field) => field.name === condition.field);
  if (at < 0)
    return `No field is named “${condition.field}” any more: the form would stop with an error. Pick another field, or Always shown.`;
  if (at === index) return 'A field cannot be shown by its own answer: it would never be shown. Pick an earlier field.';
  const target = fields[at]!;
  const name = fieldLabel(target) || target.name;
  if (at > index)
    return `“${name}” comes after this field: the form would stop with an error. Move this field below it, or pick an earlier field.`;
  // A chain of conditions goes backwards only, so it ends; `seen` guards against a design that loops anyway.
  seen.add(index);
  if (!seen.has(at) && conditionProblem(fields, at, seen)) return `“${name}” is itself never shown, so this field never is either.`;
  const accepted = acceptedValues(condition);
  if (!accepted) return undefined;
  const empty = accepted.every((value) => value === '');
  if (empty) return `An empty answer posts nothing, so this field would never be shown: pick the answer to “${name}” that shows it.`;
  const choices = answerChoices(target);
  if (choices) {
    if (accepted.some((value) => choices.some((choice) => choice.value === value))) return undefined;
    return `${quoted(accepted)} is not one of the answers to “${name}” (${choices.map((choice) => choice.label).join(', ')}): this field would never be shown.`;
  }
  if (target.type === 'hidden') {
    const value = String(target.value ?? '');
    return accepted.includes(value) ? undefined : `“${name}” is hidden and always posts “${value}”: this field would never be shown.`;
  }
  const typed = TYPED_ANSWERS[target.type ?? 'text'];
  if (typed && !accepted.some((value) => typed.format.test(value)))
    return `A ${target.type} field never answers ${quoted(accepted)}: write the answer ${typed.example}.`;
  return undefined;
}
