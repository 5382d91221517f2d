/**
 * Conditions (`when`): whether a field or a step applies, judged on an earlier field's answer.
 * Pure: the flow (flow.ts) reads the answers from the controls and hands them in.
 *
 *     data-when='{"field":"contact","equals":"phone"}' ─► parseCondition ─► Condition ─► holds(answer) ─► shown?
 */
import type { Condition } from '../fields/declarations.js';
import type { Answer } from '../dom/controls.js';

export type { Condition, Answer };

/** The answer of a field that is not shown, or not there: nothing. */
export const NO_ANSWER: Answer = { values: [], filled: false };

/**
 * Reads a `data-when` attribute. Returns the condition, or what is wrong with it in words: a
 * condition that cannot be understood must stop the form, not quietly show or hide a field.
 */
export function parseCondition(text: string): Condition | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'is not valid JSON';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return 'must be an object such as {"field": "contact", "equals": "phone"}';
  const { field, ...test } = parsed as Record<string, unknown>;
  if (typeof field !== 'string' || field.trim() === '') return 'needs "field": the name of an earlier field';
  const keys = Object.keys(test);
  if (keys.length !== 1) return 'needs exactly one of "equals", "in" or "filled" beside "field"';
  const value = test[keys[0]!];
  if (keys[0] === 'equals' && typeof value === 'string') return { field, equals: value };
  if (keys[0] === 'in' && Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string'))
    return { field, in: value as string[] };
  if (keys[0] === 'filled' && typeof value === 'boolean') return { field, filled: value };
  return `"${keys[0]}" must be ${keys[0] === 'equals' ? 'a string' : keys[0] === 'in' ? 'a list of strings' : keys[0] === 'filled' ? 'true or false' : 'one of "equals", "in" or "filled"'}`;
}

/** Whether `condition` holds for the answer of its field. Several values (a multiple select) hold if any does. */
export function holds(condition: Condition, answer: Answer): boolean {
  if ('filled' in condition) return answer.filled === condition.filled;
  const allowed: readonly string[] = 'in' in condition ? condition.in : [condition.equals];
  return answer.values.some((value) => allowed.includes(value));
}
