/**
 * The dates chunk: memorable dates (day, month and year in boxes), fetched only by a form that
 * declares one (delivery/kinds.ts). Like every chunk, it imports nothing but the entry.
 */
import type { DrawAlso } from '../fields/templates.js';
import { adoptStyles } from '../dom/light-styles.js';
import { drawMemorable, owns } from './draw.js';
import { MemorableDate } from './memorable-date.js';
import { dateStyles } from './styles.js';

let installed = false;

/**
 * Puts the drawing in force for every form of the page, and defines the control, which upgrades
 * the dates `markup` holds as the page wrote them (an HTML-first page); their styles go with them.
 */
export function install(drawAlso: DrawAlso, markup?: Element): void {
  if (markup) adoptStyles(markup, dateStyles);
  if (installed) return;
  installed = true;
  drawAlso(drawMemorable, owns, dateStyles);
  if (!customElements.get(MemorableDate.tag)) customElements.define(MemorableDate.tag, MemorableDate);
}
