/**
 * Stage 2 of the flow: what the person entered.
 *
 *     light-DOM controls ─► FieldValues [{ name, value }]   (strings, in document order)
 *
 * Every named control inside the element counts: input, select, textarea, or a form-associated
 * custom element. They stay in the light DOM so that autofill, password managers and the page's
 * own CSS work on them; this module only finds and reads them.
 */
import type { ContextVariable } from './protocol.js';
import { ErrorKind, WebviewError } from './errors.js';

/** The values of the controls, one variable per name, in the order the names first appear. */
export type FieldValues = ContextVariable[];

/** A form-associated custom element: `static formAssociated = true` and, by convention, `value`. */
export interface FormAssociatedControl extends HTMLElement {
  readonly value?: unknown;
  readonly validity?: ValidityState;
  readonly validationMessage?: string;
  checkValidity?(): boolean;
  reportValidity?(): boolean;
}

export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | FormAssociatedControl;

/** One field that fails its constraints. */
export interface FieldError {
  readonly name: string;
  /** The field's label as the person sees it. */
  readonly label: string;
  /** What is wrong and how to fix it, from the `messages` table. */
  readonly message: string;
  /** The first invalid control of the field: focus goes there. */
  readonly control: Control;
}

export interface ListOptions {
  /** Include disabled controls too (to learn which names the author wrote). Default: false. */
  includeDisabled?: boolean;
}

// Buttons have names too, but their value is only sent by the button that submits.
const NOT_FIELDS = new Set(['submit', 'reset', 'button', 'image']);

/** Returns the named controls inside `host`, skipping those of a nested `<webview-form>`. */
export function listControls(host: Element, { includeDisabled = false }: ListOptions = {}): Control[] {
  const controls: Control[] = [];
  for (const element of host.querySelectorAll<HTMLElement>('[name]')) {
    if (!isControl(element) || element.closest(host.localName) !== host || !controlName(element)) continue;
    if (includeDisabled || !element.matches(':disabled')) controls.push(element);
  }
  return controls;
}

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
    const value = group.flatMap(valuesOf).filter((part) => part !== '').join(',');
    if (value !== '') values.push({ name, value });
  }
  return values;
}

/** Restores each control's initial value, as `form.reset()` would for controls outside a form. */
export function resetControls(controls: readonly Control[]): void {
  for (const control of controls) {
    if (control instanceof HTMLInputElement) {
      // A checkbox's or radio's `value` is its attribute: writing it would add one.
      if (control.type === 'checkbox' || control.type === 'radio') control.checked = control.defaultChecked;
      else control.value = control.defaultValue;
    } else if (control instanceof HTMLSelectElement) {
      for (const option of control.options) option.selected = option.defaultSelected;
    } else if (control instanceof HTMLTextAreaElement) {
      control.value = control.defaultValue;
    }
  }
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

function isControl(element: Element): element is Control {
  if (element instanceof HTMLInputElement) return !NOT_FIELDS.has(element.type);
  if (element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) return true;
  const constructor = element.constructor as { formAssociated?: boolean };
  return constructor.formAssociated === true;
}

/** The control's name as written, trimmed. */
export function controlName(control: Element): string {
  return (control.getAttribute('name') ?? '').trim();
}
