/**
 * The kinds chunk: ratings, scales, one-time codes and a checkbox's link, fetched only by a form
 * that declares one (delivery/kinds.ts). Like every chunk, it imports nothing but the entry: what
 * it needs of the delivery, the delivery lends it.
 */
import type { DrawAlso } from '../fields/templates.js';
import { drawKind, owns } from './draw.js';
import { kindStyles } from './styles.js';

let installed = false;

/** Puts the drawing in force for every form of the page. */
export function install(drawAlso: DrawAlso): void {
  if (installed) return;
  installed = true;
  drawAlso(drawKind, owns, kindStyles);
}
