/**
 * Drawing a memorable date (GOV.UK's pattern): a fieldset with the legend, hint and error text
 * every field has, then three labelled boxes in one control (memorable-date.ts), which orders them
 * as its language writes dates.
 */
import { h } from '../dom/build.js';
import type { CheckedField } from '../fields/declarations.js';
import type { Pieces } from '../fields/templates.js';
import { DATE_TAG } from './parts.js';

/** Whether a field is a memorable date. */
export const owns = (field: CheckedField): boolean => field.type === 'date' && 'style' in field;

export function drawMemorable({ field, id, legend, hint, errorText, say }: Pieces): HTMLElement {
  // A birth date's boxes take the browser's bday-* autofill; any other date's must not.
  const birth = /bday|birth/i.test(`${field.autocomplete ?? ''} ${field.name}`);
  const control = h(DATE_TAG, {
    id,
    name: field.name,
    class: 'webview-form-date',
    required: field.required,
    min: field.min,
    max: field.max,
  });
  const initial = String(field.value ?? '').match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const parts = { year: initial?.[1], month: initial?.[2], day: initial?.[3] };
  // In GOV.UK's order; the control puts them in its language's once it is in the page.
  for (const part of ['day', 'month', 'year'] as const) {
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
  const hintId = field.hint ? `${id}-hint` : undefined;
  return h(
    'fieldset',
    { class: 'webview-form-field', 'data-type': 'memorable-date', 'aria-describedby': hintId },
    h('legend', {}, ...legend),
    hint,
    errorText(id),
    control,
  );
}
