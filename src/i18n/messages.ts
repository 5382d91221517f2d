import type { StepMessages } from './step-messages.js';

/**
 * Every text the element shows, in one replaceable table. Set the `messages` property (or JSON
 * attribute) to a partial table to change some or all of them, for example to translate the form.
 * `{name}` placeholders are filled in from the field or the situation.
 */
export interface WebviewMessages extends FormMessages, StepMessages {}

/** The texts of every form; those of multi-step forms (`StepMessages`) come with their code. */
export interface FormMessages {
  /** The built-in submit button. */
  send: string;
  /** Progress, announced politely. */
  sending: string;
  /** Heads the default content of the `success` slot. */
  successTitle: string;
  /** Default content of the `success` slot, under its heading. */
  success: string;
  /** The first option of a generated select, when it has no `placeholder` or default value. */
  choose: string;
  /** After a generated optional field's label. */
  optional: string;
  /** The error summary's heading. */
  summaryTitle: string;
  /** The error summary's first line; `{count}` fields. */
  summary: string;
  /** The error summary's first line when one field is wrong. */
  summaryOne: string;
  /** An item of the error summary, a link to its field. `{label}`, `{message}` */
  summaryItem: string;
  /** A required text field is empty. `{label}` */
  valueMissing: string;
  /** A required select or radio group has no choice. `{label}` */
  valueMissingChoice: string;
  /** A required checkbox is not checked (its label is right beside it). `{label}` */
  valueMissingCheckbox: string;
  /** An email field holds something else. */
  typeMismatchEmail: string;
  /** A url field holds something else. */
  typeMismatchUrl: string;
  /** A value breaks the field's pattern. `{label}` */
  patternMismatch: string;
  /** Too short. `{minLength}`, `{length}` */
  tooShort: string;
  /** Too long. `{maxLength}`, `{length}` */
  tooLong: string;
  /** Below min. `{min}` */
  rangeUnderflow: string;
  /** Above max. `{max}` */
  rangeOverflow: string;
  /** A number that is not on the field's step, or a value the browser cannot read. `{label}` */
  badInput: string;
  /** A value looks like a payment card number, which the API must not carry. `{label}` */
  cardNumber: string;
}

export const DEFAULT_MESSAGES: FormMessages = {
  send: 'Send',
  sending: 'Sending…',
  successTitle: 'Sent',
  success: 'Thanks — you can return to the conversation.',
  choose: 'Choose…',
  optional: '(optional)',
  summaryTitle: 'There is a problem',
  summary: 'There are {count} problems: fix them, then try again.',
  summaryOne: 'Fix the answer below, then try again.',
  summaryItem: '{label}: {message}',
  valueMissing: 'Enter {label}.',
  valueMissingChoice: 'Choose an option for {label}.',
  valueMissingCheckbox: 'Check this box to continue.',
  typeMismatchEmail: 'Enter an email address like name@example.com.',
  typeMismatchUrl: 'Enter a web address like https://example.com.',
  patternMismatch: 'Enter {label} in the format shown.',
  tooShort: 'Use at least {minLength} characters (you have {length}).',
  tooLong: 'Use at most {maxLength} characters (you have {length}).',
  rangeUnderflow: 'Enter {min} or more.',
  rangeOverflow: 'Enter {max} or less.',
  badInput: 'Enter a valid value for {label}.',
  cardNumber: 'This looks like a payment card number, which this form must not send: remove it from {label}.',
};

/** Returns the full table of `defaults`' keys given the author's partial one; anything not a string is ignored. */
export function resolveMessages<Table extends object = FormMessages>(overrides: unknown, defaults = DEFAULT_MESSAGES as Table): Table {
  const messages = { ...defaults } as Record<string, string>;
  if (overrides && typeof overrides === 'object') {
    for (const [key, text] of Object.entries(overrides)) {
      if (key in messages && typeof text === 'string') messages[key] = text;
    }
  }
  return messages as Table;
}

/** Fills `{name}` placeholders; unknown ones stay as written so a typo shows instead of vanishing. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
