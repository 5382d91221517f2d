/**
 * The generator in Node (the `render` command, the Vite plugin), which has no DOM: the element's
 * drawing runs on linkedom's document (and its control classes, by which dom/controls.ts tells a
 * control: a phone field's country is marked on its control), lent as globals for the one synchronous call
 * and taken back after it, so that nothing else in the process sees a browser that is not there.
 * The page's `location` is lent the same way: an https page of its own site, where a consent's link
 * may be a path (delivery/link.ts).
 */
import { parseHTML } from 'linkedom';
import { fieldsHtml as drawnHtml, type FieldsHtmlOptions } from './fields-html.js';

export type { FieldsHtmlOptions } from './fields-html.js';

/** Where the page is taken to be: an https site whose own paths a link may name. */
const PAGE = 'https://page.invalid/';

/** linkedom's window: its document, and the control classes dom/controls.ts tells controls by. */
let window: ReturnType<typeof parseHTML> | undefined;

/**
 * The HTML of the controls `<webview-form>` draws for `fields` (see render/fields-html.ts).
 * @throws Error naming the field, for a declaration the element would refuse.
 */
export function fieldsHtml(fields: unknown, options?: FieldsHtmlOptions): string {
  window ??= parseHTML('<!doctype html><html><head></head><body></body></html>');
  const { document, HTMLInputElement, HTMLSelectElement, HTMLTextAreaElement } = window;
  const lent: Record<string, unknown> = {
    document,
    location: new URL(PAGE),
    HTMLInputElement,
    HTMLSelectElement,
    HTMLTextAreaElement,
  };
  const own = Object.fromEntries(Object.keys(lent).map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)]));
  for (const [name, value] of Object.entries(lent)) Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  try {
    return drawnHtml(fields, options);
  } finally {
    for (const [name, descriptor] of Object.entries(own)) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    }
  }
}
