/**
 * One place that knows how each kind of control holds its value, so a rule about one kind (a
 * value-less checkbox is a yes/no question, a password is never kept) is written once. Reset is
 * dom/controls.ts's `resetControl`, as it must work in the first render.
 *
 *     control ─► adapterFor ─► read()      the values it sends            (delivery/answers.ts)
 *                          └─► capture() / restore() / untouched()         (delivery/draft.ts)
 */
import { ErrorKind, WebviewError } from '../core/errors.js';
import type { Control } from '../dom/controls.js';
import { dialling } from './dialling.js';

/** What a draft keeps of one control: its text, whether it is checked, or its chosen options. */
export interface DraftState {
  value?: string;
  checked?: boolean;
  selected?: string[];
}

/** Reads and writes one control the way its kind requires. */
export interface ControlAdapter {
  /** The values the control contributes to its name; empty when it contributes none. */
  read(): string[];
  /** What a draft may keep of the control, or undefined when nothing may be kept. */
  capture(): DraftState | undefined;
  /** Puts a captured state back; a state of another kind of control is ignored. */
  restore(state: DraftState): void;
  /** Whether the control still holds what the page gave it. */
  untouched(): boolean;
}

// Never kept in a draft: the page's own value (hidden), a secret (password), what cannot be
// restored (file), and buttons, which hold no answer.
const NOT_KEPT = new Set(['hidden', 'password', 'file', 'submit', 'button', 'reset', 'image']);

/** Returns the adapter for `control`'s kind. */
export function adapterFor(control: Control): ControlAdapter {
  if (control instanceof HTMLInputElement) {
    if (control.type === 'checkbox' || control.type === 'radio') return choice(control);
    if (control.type === 'file') return file(control);
    return text(control, !NOT_KEPT.has(control.type));
  }
  if (control instanceof HTMLSelectElement) return select(control);
  if (control instanceof HTMLTextAreaElement) return text(control, true);
  if ('draft' in control) return ownDraft(control as Control & Kept);
  return formAssociated(control);
}

/** Text-like inputs and textareas: one string (delivery/draft.ts leaves out one that looks like a card number). */
function text(control: HTMLInputElement | HTMLTextAreaElement, kept: boolean): ControlAdapter {
  return {
    read: () => [dialled(control) ?? control.value],
    capture: () => (kept ? { value: control.value } : undefined),
    restore: ({ value }) => {
      if (kept && value !== undefined) control.value = value;
    },
    untouched: () => control.value === control.defaultValue,
  };
}

/** A phone field with a `country` sends the number in E.164 (`+442079460000`), which a bot can dial; what validation refused is never read. */
function dialled(control: HTMLInputElement | HTMLTextAreaElement): string | undefined {
  const country = control.getAttribute('data-country');
  const phone = dialling.phone;
  const reading = country && phone && control.value.trim() ? phone.readPhone(control.value, country) : undefined;
  return reading?.ok ? reading.e164 : undefined;
}

/** A control of ours that keeps what it holds itself (dates/memorable-date.ts): a draft keeps its boxes as typed. */
interface Kept {
  readonly value: string;
  draft: string;
  untouched(): boolean;
}

function ownDraft(control: Kept): ControlAdapter {
  return {
    read: () => [control.value],
    capture: () => ({ value: control.draft }),
    restore: ({ value }) => {
      if (value !== undefined) control.draft = value;
    },
    untouched: () => control.untouched(),
  };
}

/** Checkboxes and radios: their `value` is an attribute, so only `checked` ever changes. */
function choice(control: HTMLInputElement): ControlAdapter {
  return {
    read: () => {
      // A checkbox without a value is a yes/no question: unchecked is an answer too.
      if (control.type === 'checkbox' && !control.hasAttribute('value')) return [String(control.checked)];
      return control.checked ? [control.value] : [];
    },
    capture: () => ({ checked: control.checked }),
    restore: ({ checked }) => {
      if (checked !== undefined) control.checked = checked;
    },
    untouched: () => control.checked === control.defaultChecked,
  };
}

function select(control: HTMLSelectElement): ControlAdapter {
  const options = () => Array.from(control.options);
  return {
    read: () => Array.from(control.selectedOptions, (option) => option.value),
    capture: () => ({ selected: Array.from(control.selectedOptions, (option) => option.value) }),
    restore: ({ selected }) => {
      if (selected) for (const option of options()) option.selected = selected.includes(option.value);
    },
    untouched: () => {
      if (control.multiple) return options().every((option) => option.selected === option.defaultSelected);
      // Without a `selected` attribute, a single select starts on its first option.
      const initial = Math.max(
        0,
        options()
          .map((option) => option.defaultSelected)
          .lastIndexOf(true),
      );
      return control.selectedIndex === initial;
    },
  };
}

/** A file input: the API carries strings only, and a script cannot put a file back. */
function file(control: HTMLInputElement): ControlAdapter {
  return {
    read: () => {
      throw new WebviewError(
        ErrorKind.CONFIG,
        `The field "${control.name}" is a file input, and the Web View API cannot carry files: remove it, or upload the file elsewhere and send its link.`,
      );
    },
    capture: () => undefined,
    restore: () => undefined,
    untouched: () => control.value === '',
  };
}

/**
 * A form-associated custom element: it owns its state, and we only read its `value`. Its
 * reset and restore belong to its own form callbacks, so a draft neither keeps nor overwrites it.
 */
function formAssociated(control: Control): ControlAdapter {
  return {
    read: () => {
      const value = (control as { value?: unknown }).value;
      return value == null ? [] : [String(value)];
    },
    capture: () => undefined,
    restore: () => undefined,
    untouched: () => false,
  };
}
