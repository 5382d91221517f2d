/**
 * A memorable date's tag and the order of its boxes, apart from the control (memorable-date.ts):
 * the drawing and the HTML generator (render/fields-html.ts) read them where no `HTMLElement` exists.
 */

/** The control's tag. */
export const DATE_TAG = 'webview-form-date';

export type Part = 'day' | 'month' | 'year';

/** The order of the parts in the way `lang` writes a date: day first in en-GB and de, year first in ja. */
export function partsOrder(lang: string): Part[] {
  let parts: Intl.DateTimeFormatPart[] = [];
  try {
    parts = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(0);
  } catch {
    // An invalid language tag: GOV.UK's order.
  }
  const order = parts.map((part) => part.type).filter((type): type is Part => type === 'day' || type === 'month' || type === 'year');
  return order.length === 3 ? order : ['day', 'month', 'year'];
}
