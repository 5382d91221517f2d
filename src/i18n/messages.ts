import type { StepMessages } from './step-messages.js';

/**
 * Every text the element shows, in one replaceable table. The element's language picks a built-in
 * table; the `messages` property (or JSON attribute) overrides single texts of it.
 *
 * `{name}` placeholders are filled in from the field or the situation. A number given to a text
 * (`{count}`, `{index}`, `{length}`, `{minLength}`, `{maxLength}`, `{min}`, `{max}`) may take ICU
 * plural forms: `{count, plural, one {# problem} other {# problems}}`, where `other` is required.
 * A text with any other brace, or a plural on another name, is not used: the built-in one is
 * shown, and the console names it.
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
  /** The error summary's first line; `{count}` fields (two or more), with plural forms. */
  summary: string;
  /** The error summary's first line when one field is wrong. */
  summaryOne: string;
  /** An item of the error summary, a link to its field, when its message does not name the field (else the message alone). `{label}`, `{message}` */
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
  /** Too short. `{minLength}` (with plural forms), `{length}` */
  tooShort: string;
  /** Too long. `{maxLength}` (with plural forms), `{length}` */
  tooLong: string;
  /** Below min. `{min}` */
  rangeUnderflow: string;
  /** Above max. `{max}` */
  rangeOverflow: string;
  /** A number that is not on the field's step, or a value the browser cannot read. `{label}` */
  badInput: string;
  /** A value looks like a payment card number, which the API must not carry. `{label}` */
  cardNumber: string;
  /** A link to `return-url`: after success, on a broken link's page, and when the window could not close. */
  backToChat: string;
  /** `close-on-success` tried to close the window, and the browser did not let it (above the link to `return-url`). */
  closeFailed: string;
  /** `close-on-success` could not close the window, and there is no `return-url`. */
  canClose: string;
  // What went wrong, shown to the person; each is the `code` of a `WebviewError` (core/errors.ts).
  /** The link lacks an ID (`context`). */
  linkIncomplete: string;
  /** An ID of the link is malformed (`context`). */
  linkDamaged: string;
  /** The device is offline (`network`). */
  offline: string;
  /** The service could not be reached (`network`). */
  unreachable: string;
  /** Part of the element's own code could not be loaded (`network`). */
  loadFailed: string;
  /** No answer within the `timeout` (`timeout`). */
  timedOut: string;
  /** The service is busy or failing: 429, 5xx (`http`). */
  busy: string;
  /** The service refused the answers: another 4xx (`http`). */
  refused: string;
  /** The service refused the link's signature: 401, 403 (`http`). */
  signatureRefused: string;
  /** The page is set up wrongly (`config`, and a 404 or a redirect); the technical reason follows, in English, for its author. */
  setupError: string;
  /** The answers are over the API's size limit (`validation`). `{name}`: the longest field's technical name (e.g. `notes`), not its label. */
  tooLarge: string;
  /** Values look like card numbers (`sensitive`). `{labels}` */
  cardRefused: string;
  /** Heads the status region while a post waits in the outbox (state `queued`). */
  queuedTitle: string;
  /** Under it: the post is kept on the device and leaves by itself. */
  queued: string;
  /** Under it instead, once the post waited over 24 hours and is no longer sent by itself. */
  queuedExpired: string;
  /** Sends the waiting post at once. */
  sendNow: string;
  /** Sends a post that waited over 24 hours. */
  sendAnyway: string;
  /** Forgets the waiting post; the answers stay in the form. */
  discard: string;
  /** The send could not leave and the device cannot keep it (storage full or blocked). */
  notKept: string;
  // The texts of the types that come with their own chunk (kinds/), shown only on forms that declare one.
  /** A rating's star, read by screen readers (it shows as a star). `{value}`, `{max}` */
  ratingValue: string;
  /** A one-time code without the right number of digits. `{length}` (with plural forms), `{label}` */
  otpLength: string;
  /** The boxes of a memorable date. */
  day: string;
  month: string;
  year: string;
  /** A memorable date lacks a part. `{label}` */
  dateNeedsDay: string;
  dateNeedsMonth: string;
  dateNeedsYear: string;
  /** A memorable date's part is out of range. */
  dateDay: string;
  dateMonth: string;
  dateYear: string;
  /** A memorable date that does not exist, such as 31 February. `{label}` */
  dateReal: string;
  /** A memorable date after today, where `max` is `today`. `{label}` */
  dateFuture: string;
  /** A memorable date before `min`. `{label}`, `{min}` (the date as the language writes it) */
  dateMin: string;
  /** A memorable date after `max`. `{label}`, `{max}` (the date as the language writes it) */
  dateMax: string;
  /** A phone number that cannot be dialled. `{label}`, `{country}`: the name of the field's country in the form's language */
  phoneInvalid: string;
  /** After the text of a link that opens in a new tab (a consent's notice). */
  newTab: string;
}

/** The English texts a form may show before anything was sent: the rest comes with the delivery (delivery/messages.ts). */
export const FIRST_MESSAGES = {
  send: 'Send',
  choose: 'Choose…',
  optional: '(optional)',
  backToChat: 'Back to the conversation',
  linkIncomplete: 'This link is incomplete, so the form cannot reach the conversation: open the form again from the chat.',
  linkDamaged: 'This link is damaged: open the form again from the chat.',
  loadFailed: 'Part of the form could not be loaded. Check your connection, then try again.',
  setupError: 'This form is not set up correctly, so it cannot send.',
} satisfies Partial<FormMessages>;

/** A table in force: every text, and the language (a BCP 47 tag) whose plural rules its numbers follow. */
export type Texts<Table = FormMessages> = Table & { readonly lang: string };

/**
 * Returns the full table of `defaults`' keys given the author's partial one, in language `lang`;
 * anything not a string, not a key of `defaults` (its own: `constructor` is none), or malformed
 * is ignored.
 */
export function resolveMessages<Table extends object = FormMessages>(overrides: unknown, defaults: Table, lang = 'en'): Texts<Table> {
  const messages = { ...defaults } as Record<string, string>;
  if (overrides && typeof overrides === 'object') {
    for (const [key, text] of Object.entries(overrides)) {
      if (Object.hasOwn(messages, key) && typeof text === 'string' && !malformed(key, text)) messages[key] = text;
    }
  }
  return { ...messages, lang } as Texts<Table>;
}

/**
 * Whether an author's text must give way to the built-in one. Until delivery/plural.ts takes over,
 * a text with more than `{placeholders}` waits, so the ICU rules stay out of the first render.
 */
let malformed = (_key: string, text: string): boolean => /[{}]/.test(text.replace(/\{\w+\}/g, ''));

/** Puts delivery/plural.ts's judge of texts in force, for every form on the page. */
export function judgeTexts(judge: typeof malformed): void {
  malformed = judge;
}

/**
 * Fills `{name}` placeholders; unknown ones stay as written, so a typo shows instead of vanishing.
 * Plural branches are chosen by delivery/plural.ts's `format`.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : whole));
}
