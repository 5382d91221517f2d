/**
 * Drawing the types of the kinds chunk, with the pieces fields/templates.ts gives every field
 * (label, hint, error text). Ratings and scales are radio groups, so the keyboard, screen readers,
 * `required`, drafts and conditions work as for any radio; a one-time code is one box; a memorable
 * date is three boxes in a control of their own (memorable-date.ts).
 */
import { h } from '../dom/build.js';
import { adoptStyles } from '../dom/light-styles.js';
import type { CheckedField } from '../fields/declarations.js';
import type { KindDrawing, Texts } from '../fields/templates.js';
import type { FormMessages } from '../i18n/messages.js';
import { MemorableDate, partsOrder } from './memorable-date.js';
import { kindStyles } from './styles.js';

/** Words a text with its values, plural forms included (delivery/plural.ts's `format`). */
export type Format = (template: string, values: Record<string, string | number>, lang: string) => string;

/** The texts in force carry their language (i18n/messages.ts's `Texts`), whose plural rules a count follows. */
const langOf = (messages: FormMessages) => (messages as { lang?: string }).lang ?? 'en';

/** A field's pieces, and a text node from `messages` that follows the form's language. */
interface Pieces {
  field: CheckedField;
  id: string;
  legend: Array<string | Node | false>;
  hint?: HTMLElement;
  errorText: (forId: string) => HTMLElement;
  say: (make: (messages: FormMessages) => string) => Text;
  /** The page's language, region included (en-GB writes day first, en-US month first). */
  lang: string;
  format: Format;
}

/**
 * The drawing of the kinds' types, for fields/templates.ts. `english` holds the texts that come
 * with the delivery: a form may be drawn before the element has them, and its English table has
 * no others (every other language's table is whole).
 */
export const drawKind =
  (format: Format, english: Partial<FormMessages>): KindDrawing =>
  (field, id, label, hint, errorText, messages, texts: Texts) => {
    const draw =
      field.type === 'rating'
        ? rating
        : field.type === 'scale'
          ? scale
          : field.type === 'otp'
            ? otp
            : field.type === 'date' && 'style' in field
              ? memorable
              : field.type === 'checkbox' && 'link' in field
                ? consent
                : undefined;
    if (!draw) return undefined;
    const say = (make: (messages: FormMessages) => string) => {
      const node = document.createTextNode(make({ ...english, ...messages }));
      texts.push([node, (current) => make({ ...english, ...current })]);
      return node;
    };
    // A field with a default always has an answer; a checkbox's label is the question.
    const optional = !field.required &&
      field.value === undefined && [
        ' ',
        h(
          'span',
          { class: 'webview-form-optional' },
          say((m) => m.optional),
        ),
      ];
    const lang = document.documentElement.lang || langOf(messages);
    const drawn = draw({ field, id, legend: [label, ...(optional || [])], hint, errorText, say, lang, format });
    // The sheet goes where the field is drawn, once it is in the page.
    queueMicrotask(() => adoptStyles(drawn, kindStyles));
    return drawn;
  };

/** Stars, each read as "4 of 5". */
function rating(pieces: Pieces): HTMLElement {
  const { field, say, format } = pieces;
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
      { class: `webview-form-${type}` },
      numbers.flatMap((n, index) => [
        h('input', {
          type: 'radio',
          id: `${id}-${index}`,
          name: field.name,
          value: String(n),
          checked: value === String(n),
          required: field.required,
        }),
        h('label', { for: `${id}-${index}` }, ...label(n)),
      ]),
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
  // A code pasted as "123 456" or "123-456", or in full-width digits, keeps its digits alone.
  input.addEventListener('input', () => {
    const digits = input.value.normalize('NFKC').replace(/\D/g, '');
    if (digits !== input.value) input.value = digits;
  });
  return h(
    'div',
    { class: 'webview-form-field', 'data-type': 'otp' },
    h('label', { for: id }, ...pieces.legend),
    pieces.hint,
    pieces.errorText(id),
    input,
  );
}

/** A memorable date: three labelled boxes in a fieldset, in the order the page's language writes dates. */
function memorable(pieces: Pieces): HTMLElement {
  const { field, id, say, lang } = pieces;
  const control = h(MemorableDate.tag, {
    id,
    name: field.name,
    class: 'webview-form-date',
    required: field.required,
    min: field.min,
    max: field.max,
    'data-birth': /bday|birth/i.test(`${field.autocomplete ?? ''} ${field.name}`) || undefined,
  });
  const initial = String(field.value ?? '').match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const parts = { year: initial?.[1], month: initial?.[2], day: initial?.[3] };
  const birth = control.hasAttribute('data-birth');
  for (const part of partsOrder(lang)) {
    control.append(
      h(
        'div',
        { class: `webview-form-date-part webview-form-date-${part}` },
        h(
          'label',
          { for: `${id}-${part}` },
          say((m) => m[part]),
        ),
        h('input', {
          id: `${id}-${part}`,
          'data-part': part,
          inputmode: 'numeric',
          autocomplete: birth ? `bday-${part}` : 'off',
          spellcheck: 'false',
          dir: 'ltr',
          value: parts[part] && String(Number(parts[part])),
        }),
      ),
    );
  }
  return h(
    'fieldset',
    { class: 'webview-form-field', 'data-type': 'memorable-date', 'aria-describedby': describedBy(pieces) },
    h('legend', {}, ...pieces.legend),
    pieces.hint,
    pieces.errorText(id),
    control,
  );
}

/** A checkbox with a link after its label (a consent's notice), which opens in a new tab and says so. */
function consent(pieces: Pieces): HTMLElement {
  const { field, id, say } = pieces;
  const link = field.type === 'checkbox' ? field.link! : { href: '', text: '' };
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
      h('label', { for: id }, pieces.legend[0] as string),
      h(
        'a',
        { class: 'webview-form-link', href: link.href, target: '_blank', rel: 'noopener noreferrer' },
        link.text,
        ' ',
        say((m) => m.newTab),
      ),
    ),
  );
}
