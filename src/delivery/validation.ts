/**
 * Checking controls and showing what is wrong, the same way for generated and authored controls.
 *
 *     control.validity ─► message (messages table) ─► setCustomValidity(message)   (native bubble says it too)
 *                                                 └─► aria-invalid + error text tied by aria-describedby
 *
 * The browser does the checking (required, type, pattern, lengths, ranges): its rules are the ones
 * people already know, and they keep working with autofill. We only word the result.
 */
import type { FormMessages, Texts } from '../i18n/messages.js';
import { format } from './plural.js';
import type { Control, FieldError } from '../dom/controls.js';
import { errorStyles } from './inline-error-styles.js';
import { adoptStyles } from '../dom/light-styles.js';
import { keepWords } from './words.js';
import { dialling } from './dialling.js';

const ERROR_CLASS = 'webview-form-error';
let nextId = 0;
// The custom message we set on each control. Only these are ours to clear: a message the page
// set itself (a voucher it knows has expired) must keep the field invalid until the page clears it.
const ourMessages = new WeakMap<Control, string>();

/** Returns the message for a control's current validity, or undefined when it is valid. */
export function messageFor(control: Control, label: string, messages: Texts): string | undefined {
  const validity = (control as { validity?: ValidityState }).validity;
  if (!validity || validity.valid) return undefined;
  const type = control instanceof HTMLInputElement ? control.type : control.localName;
  const value = String((control as { value?: unknown }).value ?? '');
  const values = {
    label,
    length: value.length,
    minLength: control.getAttribute('minlength') ?? '',
    maxLength: control.getAttribute('maxlength') ?? '',
    min: control.getAttribute('min') ?? '',
    max: control.getAttribute('max') ?? '',
  };
  // A control that knows what is wrong with it names its message (dates/memorable-date.ts).
  const own = (control as { errorKey?: keyof FormMessages }).errorKey;
  const oneTimeCode = validity.patternMismatch && control.hasAttribute('data-length');
  if (oneTimeCode) values.length = Number(control.getAttribute('data-length'));
  if (own) Object.assign(values, datesIn((control as { errorValues?: Record<string, string> }).errorValues, messages.lang));
  const key: keyof FormMessages | undefined =
    own && own !== 'valueMissing'
      ? own
      : oneTimeCode
        ? 'otpLength'
        : validity.valueMissing
          ? type === 'checkbox'
            ? 'valueMissingCheckbox'
            : type === 'radio' || type === 'select'
              ? 'valueMissingChoice'
              : 'valueMissing'
          : validity.typeMismatch
            ? type === 'url'
              ? 'typeMismatchUrl'
              : 'typeMismatchEmail'
            : validity.patternMismatch
              ? 'patternMismatch'
              : validity.tooShort
                ? 'tooShort'
                : validity.tooLong
                  ? 'tooLong'
                  : validity.rangeUnderflow
                    ? 'rangeUnderflow'
                    : validity.rangeOverflow
                      ? 'rangeOverflow'
                      : validity.badInput || validity.stepMismatch
                        ? 'badInput'
                        : undefined;
  const template = messages[key ?? 'badInput'];
  // A label inside a sentence ("Enter your name.") starts in lower case; one in quotation marks
  // (« Nom », „Vorname“) stays as written, and so do German nouns wherever they stand.
  // A label that starts the sentence ("Date of birth must be a real date.") keeps its capital, and
  // so does a question, whose capital asks it.
  if (messages.lang !== 'de' && !QUOTED_LABEL.test(template) && !template.startsWith('{label}') && !/[?？؟]$/u.test(label))
    values.label = lowerFirst(label, messages.lang);
  // A custom error (set by the page or a form-associated element) already has its own words.
  // A question for a label ("How did we do?") ends the sentence itself: no "?." after it.
  return key || !control.validationMessage
    ? format(template, values, messages.lang).replace(/([?？؟])\s*[.。]$/u, '$1')
    : control.validationMessage;
}

const QUOTED_LABEL = /[«»“”„‘’'"「『‹›]\s?\{label\}/;

/** ISO dates (a memorable date's bounds) as the language writes them: "1 January 2000". */
function datesIn(values: Record<string, string> | undefined, lang: string): Record<string, string> {
  const written: Record<string, string> = {};
  for (const [name, iso] of Object.entries(values ?? {})) {
    written[name] = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  }
  return written;
}

/** Whether a phone field with a `country` (set by delivery/keyed-fields.ts) holds a number that can be dialled. */
function phoneProblem(control: Control, label: string, messages: Texts): string | undefined {
  const country = control.getAttribute('data-country');
  const value = String((control as { value?: unknown }).value ?? '');
  const phone = dialling.phone;
  if (!country || !phone || !value.trim() || phone.readPhone(value, country).ok) return undefined;
  let name = country;
  try {
    name = new Intl.DisplayNames([messages.lang], { type: 'region' }).of(country) ?? country;
  } catch {
    // No names for this language: the code reads well enough.
  }
  return format(messages.phoneInvalid, { label, country: name }, messages.lang);
}

/**
 * Re-checks a group of same-named controls from scratch and returns the group's error, if any.
 * Our own earlier message is cleared first: a stale custom error would keep a fixed field invalid.
 * A custom message the page set is left alone and counts as the field's error.
 */
export function checkGroup(group: readonly Control[], messages: Texts): FieldError | undefined {
  for (const control of group) {
    clearOurMessage(control);
    // The browser knows no phone numbers: a number that cannot be dialled is our custom error.
    if (control.validity?.valid && control.hasAttribute('data-country')) {
      const problem = phoneProblem(control, controlLabel(control), messages);
      if (problem) setCustom(control, problem);
    }
  }
  const invalid = group.find((control) => control.checkValidity?.() === false);
  // Reading the label clones DOM: only an invalid field, which needs it for its message, pays that.
  const label = invalid ? controlLabel(group[0]) : '';
  const message = invalid && messageFor(invalid, label, messages);
  if (!invalid || !message) return undefined;
  for (const control of group) setCustom(control, message);
  return { name: invalid.getAttribute('name') ?? '', label, message, control: invalid };
}

/** Shows `message` under the group and ties it to every control of the group. */
export function showError(group: readonly Control[], message: string): void {
  const errorText = errorElement(group);
  errorText.replaceChildren(...keepWords(message));
  errorText.hidden = false;
  for (const control of group) {
    control.setAttribute('aria-invalid', 'true');
    setDescribedBy(control, errorText.id, true);
  }
}

/** Removes the group's error text and marks its controls valid again. */
export function clearError(group: readonly Control[]): void {
  const id = errorId(group[0]);
  const errorText = id ? byId(group[0], id) : null;
  // This runs for every field on every send, between the click and the request, so what is clear
  // already is not written again.
  if (errorText && (!errorText.hidden || errorText.textContent)) {
    errorText.textContent = '';
    errorText.hidden = true;
  }
  for (const control of group) {
    control.removeAttribute('aria-invalid');
    if (id) setDescribedBy(control, id, false);
  }
}

/**
 * The error text element of a group: the one a generated field renders (`<id>-error`), else one
 * created right after the author's control, its label, or its fieldset for a radio group.
 */
function errorElement(group: readonly Control[]): HTMLElement {
  const first = group[0];
  if (!first.id) first.id = `webview-form-control-${++nextId}`;
  const id = `${first.id}-error`;
  // The first error brings the error texts' sheet, whether a generated field drew its text or not.
  adoptStyles(first, errorStyles);
  const existing = byId(first, id);
  if (existing) return existing;
  const created = first.ownerDocument.createElement('span');
  created.id = id;
  created.className = ERROR_CLASS;
  const anchor = (group.length > 1 && first.closest('fieldset')) || first.closest('label') || first;
  anchor.after(created);
  return created;
}

/**
 * Finds an id in the control's own tree: a form inside a shadow root keeps its error texts
 * there, out of reach of `document.getElementById`.
 */
function byId(control: Control, id: string): HTMLElement | null {
  const root = control.getRootNode() as Partial<NonElementParentNode>;
  return (root.getElementById?.(id) as HTMLElement | null | undefined) ?? null;
}

function errorId(control: Control): string | undefined {
  return control.id ? `${control.id}-error` : undefined;
}

function setDescribedBy(control: Control, id: string, present: boolean): void {
  const current = control.getAttribute('aria-describedby') ?? '';
  const ids = current.split(/\s+/).filter((token) => token && token !== id);
  if (present) ids.push(id);
  const next = ids.join(' ');
  // Written only when it changes, as in clearError.
  if (next === current) return;
  if (next) control.setAttribute('aria-describedby', next);
  else control.removeAttribute('aria-describedby');
}

type CustomValidity = Control & { setCustomValidity?(message: string): void };

function setCustom(control: CustomValidity, message: string): void {
  // A control still carrying a custom error after ours was cleared carries the page's: keep it.
  if (!control.setCustomValidity || control.validity?.customError) return;
  control.setCustomValidity(message);
  ourMessages.set(control, message);
}

function clearOurMessage(control: CustomValidity): void {
  const ours = ourMessages.get(control);
  // A control barred from validation (read-only) reports no message to compare: a later check clears it.
  if (ours === undefined || (control as { willValidate?: boolean }).willValidate === false) return;
  ourMessages.delete(control);
  // The page may have replaced our message with its own since: then it is no longer ours.
  if (control.validity?.customError && control.validationMessage === ours) control.setCustomValidity?.('');
}

/** "Your name" → "your name", in the language's own case rules (Turkish I → ı); "ZIP code" stays. */
function lowerFirst(label: string, lang: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase(lang) + label.slice(1) : label;
}

/**
 * Returns the label a person sees for a control: its radio group's legend, its `<label>` (without
 * our "(optional)" and error texts), its `aria-label`, else its name.
 */
export function controlLabel(control: Control): string {
  const legend =
    control instanceof HTMLInputElement && control.type === 'radio' ? control.closest('fieldset')?.querySelector('legend') : null;
  const label = legend ?? (control as { labels?: NodeListOf<HTMLLabelElement> }).labels?.[0];
  if (label) {
    const copy = label.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.webview-form-optional, .webview-form-error, input, select, textarea').forEach((node) => node.remove());
    const text = copy.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return control.getAttribute('aria-label')?.trim() || control.getAttribute('name') || '';
}
