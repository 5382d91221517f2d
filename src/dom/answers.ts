/**
 * What each named control answers, for what needs to know without sending: conditions (which
 * fields show) and the funnel (which fields were filled in when the person left). Values never
 * leave the page through here.
 */
import { groupControls } from './control-groups.js';
import type { Control } from './controls.js';
import { adapterFor } from './control-adapter.js';

/** A field's answer as conditions see it: its values, and whether it counts as filled in. */
export interface Answer {
  /** The values it would send; a checkbox without a `value` gives "true" or "false". */
  readonly values: readonly string[];
  /** It holds something: text, a choice, a checked box. An unchecked yes/no checkbox is not filled. */
  readonly filled: boolean;
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
