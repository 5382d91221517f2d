/**
 * The kinds chunk: ratings, scales, one-time codes and a checkbox's link, fetched only by a form
 * that declares one (delivery/kinds.ts). Like every chunk, it imports nothing but the entry: what
 * it needs of the delivery, the delivery lends it.
 */
import type { DrawAlso } from '../fields/templates.js';
import { adoptStyles } from '../dom/light-styles.js';
import { drawKind, keepDigits, owns } from './draw.js';
import { kindStyles } from './styles.js';

let installed = false;

/**
 * Puts the drawing in force for every form of the page, and takes over the fields of these types
 * that `markup` holds as the page wrote them (an HTML-first page): their styles, a code's filter.
 */
export function install(drawAlso: DrawAlso, markup?: Element): void {
  if (!installed) drawAlso(drawKind, owns, kindStyles);
  installed = true;
  if (!markup) return;
  adoptStyles(markup, kindStyles);
  for (const input of markup.querySelectorAll<HTMLInputElement>('input.webview-form-otp')) keepDigits(input);
}
