/**
 * What the controls hold, read on the delivery's side: the values a send posts (grouped by name,
 * so a radio group is one answer), and each name's answer for conditions and the abandon event,
 * which never leaves the page.
 *
 *     light-DOM controls ─► FieldValues [{ name, value }]   (strings, in document order)
 */
import type { FieldValues } from '../core/payload.js';
import { controlName, type Answer, type Control } from '../dom/controls.js';
import { adapterFor } from './control-adapter.js';

export type { Answer, FieldValues };

/** Returns the controls grouped by name, in the order names first appear (a radio group is one group). */
export function groupControls(controls: readonly Control[]): Map<string, Control[]> {
  const groups = new Map<string, Control[]>();
  for (const control of controls) {
    const name = controlName(control);
    groups.set(name, [...(groups.get(name) ?? []), control]);
  }
  return groups;
}

/**
 * Returns the values of `controls`, one per name. Several values for one name are joined with `,`;
 * a checkbox without a `value` attribute is a yes/no question and sends "true" or "false";
 * a name whose value is empty is left out (it was optional, or validation would have stopped us).
 * @throws WebviewError `config` for a file input: the API carries strings only.
 */
export function readValues(controls: readonly Control[]): FieldValues {
  const values: FieldValues = [];
  for (const [name, group] of groupControls(controls)) {
    const value = group
      .flatMap((control) => adapterFor(control).read())
      .filter((part) => part !== '')
      .join(',');
    if (value !== '') values.push({ name, value });
  }
  return values;
}

/** The answer of each name among `controls`. */
export function answers(controls: readonly Control[]): Map<string, Answer> {
  const found = new Map<string, Answer>();
  for (const [name, group] of groupControls(controls)) {
    const values = group.flatMap(read).filter((value) => value !== '');
    // A checkbox without a value answers "false" when unchecked, and that is no answer.
    const filled = group.some((control) =>
      isYesNo(control) ? (control as HTMLInputElement).checked : read(control).some((value) => value !== ''),
    );
    found.set(name, { values, filled });
  }
  return found;
}

const isYesNo = (control: Control) => control instanceof HTMLInputElement && control.type === 'checkbox' && !control.hasAttribute('value');

function read(control: Control): string[] {
  try {
    return adapterFor(control).read();
  } catch {
    // A file input cannot be sent (the send says so), but a chosen file is still an answer.
    return [(control as HTMLInputElement).value];
  }
}
