/**
 * Stage 2 of the flow: what the person entered.
 *
 *     light-DOM controls (controls.ts) ─► FieldValues [{ name, value }]   (strings, in document order)
 *
 * Read on a send only, so it comes with the submission chunk.
 */
import type { FieldValues } from '../core/payload.js';
import { ErrorKind, WebviewError } from '../core/errors.js';
import { groupControls, type Control } from './controls.js';

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
    const value = group.flatMap(valuesOf).filter((part) => part !== '').join(',');
    if (value !== '') values.push({ name, value });
  }
  return values;
}

function valuesOf(control: Control): string[] {
  if (control instanceof HTMLInputElement) {
    if (control.type === 'file') {
      throw new WebviewError(
        ErrorKind.CONFIG,
        `The field "${control.name}" is a file input, and the Web View API cannot carry files: remove it, or upload the file elsewhere and send its link.`,
      );
    }
    if (control.type === 'checkbox') {
      if (!control.hasAttribute('value')) return [String(control.checked)];
      return control.checked ? [control.value] : [];
    }
    if (control.type === 'radio') return control.checked ? [control.value] : [];
    return [control.value];
  }
  if (control instanceof HTMLSelectElement) return Array.from(control.selectedOptions, (option) => option.value);
  if (control instanceof HTMLTextAreaElement) return [control.value];
  const value = control.value;
  return value == null ? [] : [String(value)];
}
