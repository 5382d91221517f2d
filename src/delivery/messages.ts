/**
 * The English texts that show only once the person acted. They come with the delivery chunk,
 * which a check or a send waits for anyway, so the first render does not carry them.
 */
import { FIRST_MESSAGES, type FormMessages } from '../i18n/messages.js';
import type { StepMessages } from '../i18n/step-messages.js';

export const DELIVERY_MESSAGES: Omit<FormMessages, keyof typeof FIRST_MESSAGES> = {
  sending: 'Sending…',
  successTitle: 'Sent',
  success: 'Thanks — you can return to the conversation.',
  summaryTitle: 'There is a problem',
  summary: '{count, plural, one {There is # problem} other {There are # problems}}: fix them, then try again.',
  summaryOne: 'Fix the answer below, then try again.',
  summaryItem: '{label}: {message}',
  valueMissing: 'Enter {label}.',
  valueMissingChoice: 'Choose an option for {label}.',
  valueMissingCheckbox: 'Check this box to continue.',
  typeMismatchEmail: 'Enter an email address like name@example.com.',
  typeMismatchUrl: 'Enter a web address like https://example.com.',
  patternMismatch: 'Enter {label} in the format shown.',
  tooShort: 'Use at least {minLength, plural, one {# character} other {# characters}} (you have {length}).',
  tooLong: 'Use at most {maxLength, plural, one {# character} other {# characters}} (you have {length}).',
  rangeUnderflow: 'Enter {min} or more.',
  rangeOverflow: 'Enter {max} or less.',
  badInput: 'Enter a valid value for {label}.',
  cardNumber: 'This looks like a payment card number, which this form must not send: remove it from {label}.',
  closeFailed: 'This page could not close itself.',
  canClose: 'You can close this page now.',
  offline: 'You are offline: reconnect, then send again. Your answers are kept.',
  unreachable: 'Could not reach the bot service: check your connection and send again. Your answers are kept.',
  timedOut: 'The bot service did not answer in time: check your connection and send again. Your answers are kept.',
  busy: 'The bot service is busy: wait a moment and send again. Your answers are kept.',
  refused: 'The bot service refused the answers: send again. Your answers are kept.',
  signatureRefused: 'The bot service did not accept this link: open the form again from the chat.',
  tooLarge: 'The answers are too long to send: shorten {name} and send again.',
  cardRefused: 'Card numbers must not be sent through this form: remove the one in {labels}, then send again.',
  queuedTitle: 'Saved, not sent yet',
  queued: 'Saved on this phone. It will be sent when you are back online.',
  queuedExpired:
    'These answers waited more than a day to be sent, so the conversation may have moved on. Send them anyway, or discard them.',
  sendNow: 'Send now',
  sendAnyway: 'Send anyway',
  discard: 'Discard',
  notKept: 'Could not send, and this device cannot keep your answers: keep this page open, then send again.',
  ratingValue: '{value} of {max}',
  otpLength: 'Enter the {length}-digit code.',
  day: 'Day',
  month: 'Month',
  year: 'Year',
  dateNeedsDay: '{label} must include a day.',
  dateNeedsMonth: '{label} must include a month.',
  dateNeedsYear: '{label} must include a year.',
  dateDay: 'The day must be between 1 and 31.',
  dateMonth: 'The month must be between 1 and 12.',
  dateYear: 'The year must have 4 digits.',
  dateReal: '{label} must be a real date.',
  dateFuture: '{label} must be today or in the past.',
  dateMin: '{label} must be {min} or later.',
  dateMax: '{label} must be {max} or earlier.',
  phoneInvalid: 'Enter a phone number that can be called. If it is not a {country} number, start with + and the country code.',
  newTab: '(opens in a new tab)',
};

// The names of the multi-step texts, whose table comes with the steps chunk: a record, so the
// compiler says when a name is missing or extra.
const STEP_NAMES: Record<keyof StepMessages, true> = {
  progress: true,
  back: true,
  next: true,
  reviewTitle: true,
  change: true,
  yes: true,
  no: true,
  notAnswered: true,
  masked: true,
};

/** The names in an author's `messages` that no table has: a typo, which would otherwise change nothing in silence. */
export function unknownMessageNames(messages: unknown): string[] {
  if (!messages || typeof messages !== 'object') return [];
  return Object.keys(messages).filter(
    (name) => ![FIRST_MESSAGES, DELIVERY_MESSAGES, STEP_NAMES].some((table) => Object.hasOwn(table, name)),
  );
}

/** Every English text of a form; those of multi-step forms are `STEP_MESSAGES`. */
export const DEFAULT_MESSAGES: FormMessages = { ...FIRST_MESSAGES, ...DELIVERY_MESSAGES };
