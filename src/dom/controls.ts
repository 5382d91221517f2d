/**
 * The light-DOM controls of a form: finding them, grouping them by name, resetting them.
 *
 * Every named control inside the element counts: input, select, textarea, or a form-associated
 * custom element. They stay in the light DOM so that autofill, password managers and the page's
 * own CSS work on them.
 */
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
export function listControls(host: Element, { includeDisabled }: ListOptions = {}): Control[] {
  const controls: Control[] = [];
  for (const element of host.querySelectorAll<HTMLElement>('[name]')) {
    if (!isControl(element) || !ownedBy(host, element) || !controlName(element)) continue;
    if (includeDisabled || !element.matches(':disabled')) controls.push(element);
  }
  return controls;
}

/** Whether `element` belongs to `host` itself, not to a `<webview-form>` nested in it. */
export function ownedBy(host: Element, element: Element): boolean {
  return element.closest(host.localName) === host;
}

/** Restores each control's initial value, as `form.reset()` would for controls outside a form. */
export function resetControls(controls: readonly Control[]): void {
  for (const control of controls) resetControl(control);
}

/**
 * Restores one control's initial value. Here, not in delivery/control-adapter.ts (whose `reset` calls it):
 * a `reset()` must work before the delivery chunk, which brings the adapters, has arrived.
 * A form-associated element's reset belongs to its own `formResetCallback`.
 */
export function resetControl(control: Control): void {
  if (control instanceof HTMLSelectElement) for (const option of control.options) option.selected = option.defaultSelected;
  else if (control instanceof HTMLInputElement && (control.type === 'checkbox' || control.type === 'radio'))
    control.checked = control.defaultChecked;
  // The only value a script may give a file input is ''; its default value is ''.
  else if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)
    control.value = control.type === 'file' ? '' : control.defaultValue;
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

/** A field's answer as conditions see it (delivery/answers.ts reads it): its values, and whether it counts as filled in. */
export interface Answer {
  /** The values it would send; a checkbox without a `value` gives "true" or "false". */
  readonly values: readonly string[];
  /** It holds something: text, a choice, a checked box. An unchecked yes/no checkbox is not filled. */
  readonly filled: boolean;
}

/** Whether `element` submits its form when activated. */
export function isSubmitButton(element: Element): boolean {
  return (
    (element instanceof HTMLButtonElement || element instanceof HTMLInputElement) && (element.type === 'submit' || element.type === 'image')
  );
}

/** The submit buttons the author wrote in `host`, not counting those of a nested `<webview-form>`. */
export function submitButtons(host: HTMLElement): Element[] {
  // Which of them submit, isSubmitButton tells: the one test the click listener (element/submit-triggers.ts) makes too.
  return Array.from(host.querySelectorAll('button, input')).filter((element) => isSubmitButton(element) && ownedBy(host, element));
}

/** Whether the content has a submit button of its own; one in the `submit` slot takes the built-in's place instead. */
export const hasSubmitButton = (host: HTMLElement): boolean => submitButtons(host).some((button) => !button.closest('[slot="submit"]'));
