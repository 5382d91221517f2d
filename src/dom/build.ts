/**
 * Builds the shadow root's regions and the declared fields with DOM calls rather than lit-html,
 * which the first render does not carry. No HTML string is assigned, so pages that require
 * Trusted Types work (a date input is parsed by `setHTML`, which they allow: see `h`). The `css`
 * tag takes no values, unlike Lit's, and is named so that the build squeezes its text
 * (vite.config.ts).
 */
import { unsafeCSS, type CSSResult } from '@lit/reactive-element';

export const css = ([text]: TemplateStringsArray): CSSResult => unsafeCSS(text);

type Child = Node | string | false | undefined;
export type Attributes = Record<string, string | number | boolean | undefined>;

/** Sets the attributes that have a value (`true`: present and empty; `false`, `undefined`: left out), and leaves the others alone. */
export function setAttributes(element: Element, attributes: Attributes): void {
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined && value !== false) element.setAttribute(name, value === true ? '' : String(value));
  }
}

/** `setHTML`, where the browser has it: it parses without Trusted Types' permission. */
type Parser = HTMLElement & { setHTML?: (html: string, options: object) => void };

/** An element with the attributes that have a value (see setAttributes), and its children. */
export function h(tag: string, attributes: Attributes, ...children: Array<Child | Child[]>): HTMLElement {
  let element: Parser = document.createElement(tag);
  // Chromium builds a date control's insides from the locale's formats: for an input made by
  // script at once, in that script (the page's first, ~5 ms; ~20 ms on a 4× slower CPU); for one
  // the parser made, in the first layout, as on a plain HTML page, and sooner painted (by ~10 ms
  // in the bench's paired loads). So a date input is parsed, inside the one made here, then taken
  // out of it; the sanitizer keeps an input and its type.
  if (tag === 'input' && attributes.type === 'date' && element.setHTML) {
    element.setHTML('<input type=date>', { sanitizer: {} });
    element = element.firstChild ? element.removeChild(element.firstChild as HTMLElement) : element;
  }
  setAttributes(element, attributes);
  for (const child of children.flat()) if (child !== undefined && child !== false) element.append(child);
  return element;
}
