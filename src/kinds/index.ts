/**
 * The kinds chunk: the declared field types the first render does not draw (ratings, scales,
 * one-time codes, memorable dates, a checkbox's link), fetched only by a form that declares one
 * (delivery/kinds.ts). Like every chunk, it imports nothing but the entry.
 */
import { kinds } from '../fields/templates.js';
import { drawKind, type Format } from './draw.js';
import { MemorableDate } from './memorable-date.js';
import type { FormMessages } from '../i18n/messages.js';

export { MemorableDate };

/**
 * Puts the drawing in force for every form of the page. The delivery lends what the chunk must not
 * import: `format` words texts that count (delivery/plural.ts), `english` its English texts.
 */
export function install(format: Format, english: Partial<FormMessages>): void {
  kinds.draw ??= drawKind(format, english);
  if (!customElements.get(MemorableDate.tag)) customElements.define(MemorableDate.tag, MemorableDate);
}
