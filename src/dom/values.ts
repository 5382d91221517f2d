/**
 * Stage 2 of the flow: what the person entered.
 *
 *     light-DOM controls (controls.ts) ─► FieldValues [{ name, value }]   (strings, in document order)
 *
 * Read on a send only, so it comes with the delivery chunk.
 */
import type { FieldValues } from '../core/payload.js';
import { groupControls } from './control-groups.js';
import type { Control } from './controls.js';
import { adapterFor } from './control-adapter.js';

export type { FieldValues };

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
