/**
 * Writes drawn nodes as HTML, the same in every engine and in linkedom: `outerHTML` differs between
 * them (Chromium escapes `<` in attributes, linkedom leaves a textarea's `<` raw, which could end
 * it). Every text is escaped so that a parser gives back exactly what was drawn.
 */

/** Elements with no end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

// A parser turns a carriage return into a line feed: written as a reference, it stays itself. Line
// feeds are references too, so that each field stays on its line and indenting the lines changes no value.
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\u00a0': '&nbsp;',
  '\r': '&#13;',
  '\n': '&#10;',
};

/** `text` for element content. */
export const escapeText = (text: string): string => text.replace(/[&<>\u00a0\r\n]/g, (character) => ESCAPES[character]!);

/** `text` as an attribute value with its quotes: single ones around JSON (`data-when`), which then reads as written. */
export function quoteAttribute(text: string): string {
  const quote = text.includes('"') && !text.includes("'") ? "'" : '"';
  return `${quote}${text.replace(quote === '"' ? /[&<>"\u00a0\r\n]/g : /[&<>\u00a0\r\n]/g, (character) => ESCAPES[character]!)}${quote}`;
}

/** Attributes whose presence is their meaning: written bare. */
const BOOLEAN = new Set(['checked', 'disabled', 'hidden', 'multiple', 'readonly', 'required', 'selected']);

/**
 * The order attributes are written in, the same whatever order an engine keeps them in (linkedom
 * keeps them backwards): what tells a node apart first, then the rest by name.
 */
const FIRST = ['class', 'data-type', 'data-step', 'data-when', 'id', 'name', 'type', 'for', 'href', 'value'];
const rank = (name: string) => (FIRST.includes(name) ? FIRST.indexOf(name) : FIRST.length);
const inOrder = (a: Attr, b: Attr) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * `node` as HTML. The children of an element `layout` accepts go one a line, indented by two
 * spaces under it: only where the page's CSS ignores the spaces between them (a grid).
 */
export function serialize(node: Node, layout: (element: Element) => boolean = () => false, indent = ''): string {
  if (node.nodeType === 3) return escapeText(node.nodeValue ?? '');
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  const tag = element.localName;
  let html = `<${tag}`;
  for (const { name, value } of Array.from(element.attributes).sort(inOrder)) {
    html += value === '' && BOOLEAN.has(name) ? ` ${name}` : ` ${name}=${quoteAttribute(value)}`;
  }
  html += '>';
  if (VOID.has(tag)) return html;
  const children = Array.from(element.childNodes);
  if (layout(element) && children.length > 0) {
    const inner = `${indent}  `;
    const lines = children.filter((child) => child.nodeType === 1).map((child) => `\n${inner}${serialize(child, layout, inner)}`);
    return `${html}${lines.join('')}\n${indent}</${tag}>`;
  }
  let content = children.map((child) => serialize(child, layout, indent)).join('');
  // A parser drops a line feed right after <textarea> or <pre>, written as a reference too: one more keeps the value's own.
  if ((tag === 'textarea' || tag === 'pre') && content.startsWith('&#10;')) content = `&#10;${content}`;
  return `${html}${content}</${tag}>`;
}
