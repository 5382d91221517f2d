/**
 * What the chunks of the types the first render does not draw (kinds/, dates/) need of the
 * delivery, lent to them when they come, so that no chunk imports another: the pieces of a field
 * (its legend with "(optional)", texts that follow the form's language, plural wording), and the
 * way to put their drawing in front of the others.
 */
import { h } from '../dom/build.js';
import { adoptStyles } from '../dom/light-styles.js';
import { kinds, type DrawAlso, type KindDrawing, type Pieces } from '../fields/templates.js';
import type { FormMessages } from '../i18n/messages.js';
import { DELIVERY_MESSAGES } from './messages.js';
import { format } from './plural.js';

/** The texts in force carry their language (i18n/messages.ts's `Texts`), whose plural rules a count follows. */
const langOf = (messages: FormMessages) => (messages as { lang?: string }).lang ?? 'en';

/**
 * A field's pieces. The English texts that come with the delivery are laid under the messages: a
 * form may be drawn before the element has them (every other language's table is whole).
 */
function piecesOf(...[field, id, label, hint, errorText, messages, texts]: Parameters<KindDrawing>): Pieces {
  const complete = (current: FormMessages) => ({ ...DELIVERY_MESSAGES, ...current });
  const say = (make: (messages: FormMessages) => string) => {
    const node = document.createTextNode(make(complete(messages)));
    texts.push([node, (current) => make(complete(current))]);
    return node;
  };
  // A field with a default always has an answer; a checkbox's label is the question itself.
  const optional = !field.required && field.value === undefined && field.type !== 'checkbox';
  return {
    field,
    id,
    legend: optional
      ? [
          label,
          ' ',
          h(
            'span',
            { class: 'webview-form-optional' },
            say((m) => m.optional),
          ),
        ]
      : [label],
    hint,
    errorText,
    say,
    format,
    langOf,
  };
}

/** What a chunk's install gets: its drawing goes in front of the others', its sheet where each field is drawn. */
export const drawAlso: DrawAlso = (own, owns, styles) => {
  const before = kinds.draw;
  kinds.draw = (...drawn) => {
    if (!owns(drawn[0])) return before?.(...drawn);
    const node = own(piecesOf(...drawn));
    // Once the field is in the page: the sheet goes into its root.
    queueMicrotask(() => adoptStyles(node, styles));
    return node;
  };
};
