/**
 * A `fields` declaration as HTML: what the element would draw for it, written out, so that a page
 * paints its form with the page, before any script (issue 34, "HTML first"). The element's own
 * drawing does the work, as it stands once the delivery has come (delivery/keyed-fields.ts over
 * fields/templates.ts, the kinds/ and dates/ drawings, a phone field's `data-country`), in the
 * built-in texts of the page's language; this module checks the declaration as the element does
 * and writes the result.
 *
 *     fields ─► parseFields (zod) + the countries ─► renderFields in a host of its own ─► HTML
 *
 * It uses the global `document`: a browser's (the designer), or linkedom's in Node (render/node.ts).
 * The element never imports it.
 */
import { parseFields } from '../delivery/fields-schema.js';
import { unknownCountries } from '../delivery/kinds.js';
import { drawAlso } from '../delivery/kind-pieces.js';
import { renderFields } from '../delivery/keyed-fields.js';
import { install as installKinds } from '../kinds/index.js';
import { drawMemorable, owns as ownsMemorable } from '../dates/draw.js';
import { DATE_TAG, partsOrder } from '../dates/parts.js';
import { dateStyles } from '../dates/styles.js';
import { isKnownCountry } from '../phone/index.js';
import { flatFields } from '../fields/declarations.js';
import { SEND_CLASS } from '../dom/light-styles.js';
import { FIELDS_CLASS } from '../fields/templates.js';
import { serialize, escapeText } from './serialize.js';
import { textsOf } from './texts.js';

/**
 * Whether `html` (fieldsHtml's) holds steps or conditions, by the attributes the element looks for
 * to start its steps code (element/loader.ts). Before that code has run such a form shows every
 * step and every field at once, so its page keeps `blocking="render"` and paints it once, judged.
 */
export const needsStepsCode = (html: string): boolean => /<[^>]*\sdata-(?:step|when)=/.test(html);

export interface FieldsHtmlOptions {
  /** The page's language (a BCP 47 tag): the built-in texts and a memorable date's order follow it. Default: `en`. */
  lang?: string;
  /** The start of the generated controls' ids, unique on the page. Default: `wf`. */
  idPrefix?: string;
}

let datesInstalled = false;

/** The drawings of the types the first render does not draw, as the delivery puts them in force (delivery/kinds.ts). */
function installDrawings(): void {
  installKinds(drawAlso);
  // dates/index.ts would also define the control, which needs a browser: its drawing alone is enough here.
  if (datesInstalled) return;
  datesInstalled = true;
  drawAlso(drawMemorable, ownsMemorable, dateStyles);
}

/**
 * The declaration, checked as the element checks it.
 * @throws Error naming each field that is wrong, as the element's `config` error does.
 */
function check(fields: unknown) {
  const items = parseFields(fields);
  const problems = unknownCountries(flatFields(items), isKnownCountry);
  if (problems.length > 0) throw new Error(`The fields declaration is wrong: ${problems.join('; ')}.`);
  return items;
}

/**
 * The HTML of the controls the element draws for `fields`: its `<form class="webview-form-fields">`
 * and, after it, a Send button in the page's language, to put inside `<webview-form>` in place of
 * the `fields` attribute. One field a line, indented two spaces a level.
 * @throws Error naming the field, for a declaration the element would refuse.
 */
export function fieldsHtml(fields: unknown, { lang = 'en', idPrefix = 'wf' }: FieldsHtmlOptions = {}): string {
  const items = check(fields);
  installDrawings();
  const texts = textsOf(lang);
  const host = document.createElement('div');
  // The element puts its drawing before the page's first submit button: the same order here.
  const button = document.createElement('button');
  button.setAttribute('type', 'submit');
  host.append(button);
  renderFields(host, items, idPrefix, texts);
  const container = host.querySelector(`.${FIELDS_CLASS}`);
  // Styled as the built-in Send (dom/light-styles.ts), which the element shows only when the content has no submit button.
  const send = `<button type="submit" class="${SEND_CLASS}">${escapeText(texts.send)}</button>`;
  if (!container) return send;
  // The control puts its boxes in its language's order once it runs: drawn in that order, nothing moves.
  const order = partsOrder(lang);
  for (const date of container.querySelectorAll(DATE_TAG)) {
    for (const part of order) {
      const box = date.querySelector(`.webview-form-date-${part}`);
      if (box) date.append(box);
    }
  }
  const layout = (element: Element) => element === container || element.classList.contains('webview-form-step');
  return `${serialize(container, layout)}\n${send}`;
}
