/**
 * Builds the shadow root's regions and the declared fields with DOM calls rather than lit-html,
 * which the first render does not carry. No HTML is parsed, so pages that require Trusted Types
 * work. The `css` tag takes no values, unlike Lit's, and is named so that the build squeezes its
 * text (vite.config.ts).
 */
import { unsafeCSS, type CSSResult } from '@lit/reactive-element';

export const css = ([text]: TemplateStringsArray): CSSResult => unsafeCSS(text);

type Child = Node | string | false | undefined;
export type Attributes = Record<string, string | number | boolean | undefined>;

/** An element with the attributes that have a value (`true`: present and empty; `false`, `undefined`: left out), and its children. */
export function h(tag: string, attributes: Attributes, ...children: Array<Child | Child[]>): HTMLElement {
  const element = document.createElement(tag);
  for (const name in attributes) {
    const value = attributes[name];
    if (value !== undefined && value !== false) element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child !== undefined && child !== false) element.append(child);
  return element;
}
