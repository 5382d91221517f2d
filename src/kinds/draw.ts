/**
 * Drawing the types of the kinds chunk, with the pieces fields/templates.ts gives every field
 * (label, hint, error text). Ratings and scales are radio groups, so the keyboard, screen readers,
 * `required`, drafts and conditions work as for any radio; a one-time code is one box; a consent
 * is a checkbox with its link. Memorable dates have a chunk of their own (dates/).
 */
import { h } from '../dom/build.js';
import type { CheckboxFieldDeclaration, CheckedField } from '../fields/declarations.js';
import type { Pieces } from '../fields/templates.js';

/** Whether a field is one this chunk draws. */
export const owns = (field: CheckedField): boolean =>
  field.type === 'rating' || field.type === 'scale' || field.type === 'otp' || (field.type === 'checkbox' && 'link' in field);

/** Draws a field this chunk owns. */
export const drawKind = (pieces: Pieces): HTMLElement =>
  pieces.field.type === 'rating'
    ? rating(pieces)
    : pieces.field.type === 'scale'
      ? scale(pieces)
      : pieces.field.type === 'otp'
        ? otp(pieces)
        : consent(pieces);

/** Stars, each read as "4 of 5". */
function rating(pieces: Pieces): HTMLElement {
  const { field, say, format, langOf } = pieces;
  const max = (field.type === 'rating' && field.max) || 5;
  return choices(pieces, 'rating', 1, max, (n) => [
    h('span', { 'aria-hidden': 'true' }, '★'),
    h(
      'span',
      { class: 'webview-form-hidden-label' },
      say((m) => format(m.ratingValue, { value: n, max }, langOf(m))),
    ),
  ]);
}

/** Ties an element to the hint, when there is one. */
const describedBy = ({ field, id }: Pieces) => (field.hint ? `${id}-hint` : undefined);

/** A radio group of the numbers `from` to `to`, each labelled by `label(n)`. */
function choices(
  pieces: Pieces,
  type: string,
  from: number,
  to: number,
  label: (n: number) => Array<Node | string>,
  after?: Node,
): HTMLElement {
  const { field, id } = pieces;
  const value = field.value === undefined ? undefined : String(field.value);
  const numbers = Array.from({ length: to - from + 1 }, (_, index) => from + index);
  return h(
    'fieldset',
    { class: 'webview-form-field', 'data-type': type, 'aria-describedby': describedBy(pieces) },
    h('legend', {}, ...pieces.legend),
    pieces.hint,
    pieces.errorText(`${id}-0`),
    h(
      'div',
      { class: `webview-form-choices webview-form-${type}` },
      // Each radio lies over its own label: a tap, a voice command or a tool aimed at a choice lands on it.
      numbers.map((n, index) =>
        h(
          'span',
          { class: 'webview-form-choice' },
          h('input', {
            type: 'radio',
            id: `${id}-${index}`,
            name: field.name,
            value: String(n),
            checked: value === String(n),
            required: field.required,
          }),
          h('label', { for: `${id}-${index}` }, ...label(n)),
        ),
      ),
    ),
    after,
  );
}

/** A scale: its numbers in a row that wraps, its end labels under the ends, read with the group. */
function scale(pieces: Pieces): HTMLElement {
  const { field, id } = pieces;
  const min = field.min === undefined ? 0 : Number(field.min);
  const max = field.max === undefined ? 10 : Number(field.max);
  const ends = 'minLabel' in field || 'maxLabel' in field;
  const group = choices(
    pieces,
    'scale',
    min,
    max,
    (n) => [String(n)],
    ends
      ? h(
          'p',
          { class: 'webview-form-scale-ends', id: `${id}-ends` },
          h('span', {}, field.minLabel ?? ''),
          ' ',
          h('span', {}, field.maxLabel ?? ''),
        )
      : undefined,
  );
  if (ends) group.setAttribute('aria-describedby', [describedBy(pieces), `${id}-ends`].filter(Boolean).join(' '));
  // Through the CSSOM, which a strict Content-Security-Policy allows: the row is as wide as its
  // boxes, and on a narrow screen a long scale wraps into two even rows (0–5, 6–10), not 7 + 4.
  const count = max - min + 1;
  group.style.setProperty('--webview-form-scale-count', String(count));
  group.style.setProperty('--webview-form-scale-row', String(count > 6 ? Math.ceil(count / 2) : count));
  return group;
}

/** A one-time code: one box, so a pasted or autofilled code lands whole; only its digits are kept. */
function otp(pieces: Pieces): HTMLElement {
  const { field, id } = pieces;
  const length = (field.type === 'otp' && field.length) || 6;
  const input = h('input', {
    id,
    name: field.name,
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'one-time-code',
    // The browser's own check: exactly `length` digits (delivery/validation.ts words it as otpLength).
    pattern: `[0-9]{${length}}`,
    'data-length': length,
    required: field.required,
    spellcheck: 'false',
    dir: 'ltr',
    class: 'webview-form-otp',
    size: length + 2,
    'aria-describedby': describedBy(pieces),
    value: field.value === undefined ? undefined : String(field.value),
  }) as HTMLInputElement;
  keepDigits(input);
  return h(
    'div',
    { class: 'webview-form-field', 'data-type': 'otp' },
    h('label', { for: id }, ...pieces.legend),
    pieces.hint,
    pieces.errorText(id),
    input,
  );
}

/**
 * Keeps only the digits of what a one-time code's box holds, now and at each input: on a page that
 * wrote the box itself, a code may be pasted before this code came. Listens once per box, however
 * often it is asked.
 */
export function keepDigits(input: HTMLInputElement): void {
  input.addEventListener('input', digitsOnly);
  onlyDigits(input);
}

const digitsOnly = ({ currentTarget }: Event) => onlyDigits(currentTarget as HTMLInputElement);

// A code pasted as "123 456" or "123-456", or in full-width digits, keeps its digits alone.
function onlyDigits(input: HTMLInputElement): void {
  const digits = input.value.normalize('NFKC').replace(/\D/g, '');
  if (digits !== input.value) input.value = digits;
}

/** A checkbox with a link after its label (a consent's notice), which opens in a new tab and says so. */
function consent(pieces: Pieces): HTMLElement {
  const { field, id, say } = pieces;
  // `owns` draws here only a checkbox with a link.
  const link = (field as CheckboxFieldDeclaration).link!;
  return h(
    'div',
    { class: 'webview-form-field', 'data-type': 'checkbox' },
    pieces.hint,
    pieces.errorText(id),
    h(
      'div',
      { class: 'webview-form-option' },
      h('input', {
        type: 'checkbox',
        id,
        name: field.name,
        checked: field.value === true || field.value === 'true',
        required: field.required,
        'aria-describedby': describedBy(pieces),
      }),
      h(
        'div',
        { class: 'webview-form-consent' },
        h('label', { for: id }, ...pieces.legend),
        // Outside the label: a tap on the link opens the notice, never ticks the box.
        h(
          'a',
          { class: 'webview-form-link', href: link.href, target: '_blank', rel: 'noopener noreferrer' },
          link.text,
          ' ',
          say((m) => m.newTab),
        ),
      ),
    ),
  );
}
