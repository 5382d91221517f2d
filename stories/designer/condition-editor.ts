/**
 * A field's condition in the designer: which earlier field shows it, and the answer to that field
 * that does. The answer is picked from a list when the field has a fixed set of answers (a
 * select's or radio's choices, a checkbox's two), so that a typo cannot hide the field for good;
 * a warning says when the condition can never hold (src/designer/conditions.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { fieldLabel, type FieldDeclaration } from '../../src/fields/declarations.js';
import { answerChoices, conditionProblem } from '../../src/designer/conditions.js';
import { conditionOf } from '../../src/designer/rows.js';

const value = (event: Event) => (event.target as HTMLSelectElement).value;

/** The parts of a condition's editor: the field it depends on, and the answer with its warning. */
export interface ConditionEditor {
  field: TemplateResult;
  answer: TemplateResult | typeof nothing;
}

/**
 * The condition editor of `fields[index]`, whose ids start with `prefix` (`…-when`, `…-equals`);
 * `set` receives the new condition (undefined: always shown).
 */
export function conditionEditor(
  fields: readonly FieldDeclaration[],
  index: number,
  prefix: string,
  set: (when: FieldDeclaration['when']) => void,
): ConditionEditor {
  const id = `${prefix}-when`;
  const field = fields[index]!;
  const when = field.when && 'equals' in field.when ? field.when : undefined;
  const before = fields.slice(0, index);
  // Offered by label and name; a condition may name a field that is not before this one (moved
  // since): it is shown as it is, with the warning that says what is wrong.
  const earlier = before.map((field) => field.name);
  const named = when && !earlier.includes(when.field) ? [...earlier, when.field] : earlier;
  const labelOf = (name: string) => {
    const field = before.find((candidate) => candidate.name === name);
    return field && fieldLabel(field) !== name ? `${fieldLabel(field)} (${name})` : name;
  };
  const problem = conditionProblem(fields, index);
  const warning = problem ? `${id}-problem` : '';
  const target = when && fields.find((candidate) => candidate.name === when.field);
  const choices = target ? answerChoices(target) : undefined;
  // A field with choices starts from its first answer, which shows the field, rather than an empty one, which never does.
  const pick = (name: string) => {
    const picked = fields.find((candidate) => candidate.name === name);
    const answers = picked && answerChoices(picked);
    const keep = when?.equals ?? '';
    set(conditionOf(name, answers && !answers.some((answer) => answer.value === keep) ? answers[0]!.value : keep));
  };
  const fieldPart = html`<div class="wfd-group">
    <label for="${id}">Show only when</label>
    <span class="wfd-hint" id="${id}-hint">Hidden, and not posted, unless an earlier field has this answer.</span>
    <select id=${id} aria-describedby=${[`${id}-hint`, warning].filter(Boolean).join(' ')} @change=${(event: Event) => pick(value(event))}>
      <option value="" ?selected=${!when}>Always shown</option>
      ${named.map((name) => html`<option value=${name} ?selected=${when?.field === name}>${labelOf(name)} is…${earlier.includes(name) ? '' : ' (comes after this field)'}</option>`)}
    </select>
  </div>`;
  if (!when) return { field: fieldPart, answer: nothing };
  const answerId = `${prefix}-equals`;
  const label = `The answer to ${when.field} that shows this field`;
  const onAnswer = (event: Event) => set(conditionOf(when.field, value(event)));
  const answer = choices
    ? html`<select id=${answerId} aria-describedby=${warning || nothing} @change=${onAnswer}>
        ${choices.map((choice) => html`<option value=${choice.value} ?selected=${choice.value === when.equals}>${choice.label}</option>`)}
        ${
          // The answer the design holds, though no choice gives it: shown as it is, not silently replaced.
          choices.some((choice) => choice.value === when.equals)
            ? nothing
            : html`<option value=${when.equals} selected>
                ${when.equals ? `“${when.equals}”` : 'No answer'} (not one of the answers)
              </option>`
        }
      </select>`
    : html`<input id=${answerId} .value=${when.equals} aria-describedby=${warning || nothing} @input=${onAnswer} autocomplete="off" />`;
  return {
    field: fieldPart,
    answer: html`<div class="wfd-group">
      <label for=${answerId}>${label}</label>
      ${problem ? html`<p class="wfd-warning-text" id=${warning}><span class="wfd-visually-hidden">Warning: </span>${problem}</p>` : nothing}
      ${answer}
    </div>`,
  };
}
