/**
 * Answers the bot already knows, from the link: `prefill="name,email"` lets the link fill those
 * fields, from its `#fragment` (which no server log or Referer ever sees) or else its query. A
 * value is the field's starting value, as if the page had written it: the person can change it,
 * it is checked like a typed answer, a reset returns to it, and a draft (what the person typed
 * last time) wins over it. What must not come from a link is ignored, and the console says why.
 */
import { containsCardNumber } from '../core/sensitive.js';
import type { Control } from '../dom/controls.js';
import { groupControls } from './answers.js';
import { isSecret } from './warnings.js';

interface Prefilled extends HTMLElement {
  readonly prefill?: readonly string[];
}

/** The controls each element has looked at already: a field drawn later (a rating) is filled when it comes. */
const seen = new WeakMap<Element, WeakSet<Control>>();

/** Fills the untouched controls among `controls` that `element.prefill` lists from the link, once each. */
export function prefill(element: Prefilled, controls: readonly Control[]): void {
  const names = element.prefill ?? [];
  const done = seen.get(element) ?? new WeakSet();
  seen.set(element, done);
  const fresh = controls.filter((control) => !done.has(control));
  if (fresh.length === 0) return;
  for (const control of fresh) done.add(control);
  const fragment = new URLSearchParams(location.hash.slice(1));
  const query = new URLSearchParams(location.search);
  for (const [name, group] of groupControls(fresh)) {
    const value = fragment.get(name) ?? query.get(name);
    if (value === null) continue;
    const refused = !names.includes(name) ? 'it is not listed in prefill' : refusal(group, value);
    if (refused) console.warn(`<webview-form>: the link's value for "${name}" is ignored: ${refused}.`);
    else fill(group, value);
  }
}

/** Why a link's value must not fill the group, if it must not. */
function refusal(group: readonly Control[], value: string): string | undefined {
  const first = group[0] as HTMLInputElement;
  if ('prefill' in first && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'a date is written YYYY-MM-DD';
  if (first.type === 'hidden') return 'a hidden field holds what the page says, never what a link says';
  if (group.some(isSecret) || containsCardNumber(value)) return 'card data and secrets never come from a link';
  if (first.maxLength >= 0 && value.length > first.maxLength) return `it is longer than the field's ${first.maxLength} characters`;
  const choices = group.flatMap((control) =>
    control instanceof HTMLSelectElement
      ? Array.from(control.options, (option) => option.value)
      : control instanceof HTMLInputElement && control.type === 'radio'
        ? [control.value]
        : [],
  );
  if (choices.length > 0 && !choices.includes(value)) return 'it is none of the field\u2019s choices';
  if (first.type === 'checkbox' && !first.hasAttribute('value') && value !== 'true' && value !== 'false')
    return 'a yes/no box takes "true" or "false"';
  if (first.type === 'number' || first.type === 'date') {
    const probe = first.cloneNode() as HTMLInputElement;
    probe.value = value;
    if (probe.value !== value || probe.validity.rangeOverflow || probe.validity.rangeUnderflow) return 'it is not a value the field takes';
  }
  return undefined;
}

/** Makes `value` the group's starting value; a control the person changed already keeps their answer. */
function fill(group: readonly Control[], value: string): void {
  for (const control of group) {
    if (control instanceof HTMLSelectElement) {
      const untouched = Array.from(control.options).every((option) => option.selected === option.defaultSelected);
      for (const option of control.options) {
        option.defaultSelected = option.value === value;
        if (untouched) option.selected = option.defaultSelected;
      }
    } else if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
      const untouched = control.checked === control.defaultChecked;
      control.defaultChecked = control.type === 'radio' ? control.value === value : value === 'true';
      if (untouched) control.checked = control.defaultChecked;
    } else if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
      // The starting value: an untouched control shows it; its reset comes back to it.
      if (control.value === control.defaultValue) {
        control.defaultValue = value;
        control.value = value;
      } else control.defaultValue = value;
    } else if ('prefill' in control) (control as { prefill(value: string): void }).prefill(value);
  }
}
