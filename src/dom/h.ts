/**
 * Builds an element with the DOM's own calls: the chrome (element/chrome.ts) and the declared
 * fields (fields/templates.ts) are drawn with it rather than lit-html, which the first render does
 * not carry. No HTML is parsed, so a page that requires Trusted Types is served as well.
 */
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
