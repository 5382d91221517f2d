/**
 * `webviewFormHtml()`: a Vite plugin that writes each `<webview-form fields='…'>` of a page as
 * HTML, so the form paints with the page. The tag loses its `fields` attribute and gets, inside
 * it, the markup the element draws for the declaration (render/fields-html.ts): before the page's
 * first submit button, or at the end with a Send button of its own when there is none.
 */
import { parseHTML } from 'linkedom';
import { fieldsHtml } from './node.js';

/** A Vite plugin, structurally, so the package's typings need no Vite: `plugins: [webviewFormHtml()]`. */
export interface WebviewFormHtmlPlugin {
  name: string;
  transformIndexHtml(html: string, context: { filename: string }): string;
}

export interface WebviewFormHtmlOptions {
  /** The language of a page whose `<html>` and `<webview-form>` have no `lang`. Default: `en`. */
  lang?: string;
}

/** A start tag's attributes: name, then an optional value in double, single or no quotes. */
const ATTRIBUTE = /\s+([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;
const FORM_TAG = /<webview-form\b((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*>/gi;
/** The first button that submits: a `<button>` not of type button or reset, or an `<input type=submit>`. */
const SUBMIT = /<button\b(?![^>]*\btype\s*=\s*["']?(?:button|reset)\b)[^>]*>|<input\b[^>]*\btype\s*=\s*["']?submit\b[^>]*>/i;

/** A start tag's attribute values, decoded as a browser reads them. */
function attributesOf(tag: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${tag}</body></html>`);
  return document.body.firstElementChild as unknown as Element;
}

/** `html`, every `<webview-form fields='…'>` in it drawn as HTML. @throws Error naming the file, the form and the field. */
export function renderPageFields(html: string, filename: string, fallbackLang = 'en'): string {
  const pageLang = /<html\b[^>]*\blang\s*=\s*["']?([\w-]+)/i.exec(html)?.[1] ?? fallbackLang;
  let count = 0;
  let out = '';
  let from = 0;
  for (const match of html.matchAll(FORM_TAG)) {
    const start = match.index;
    const form = attributesOf(`${match[0]}</webview-form>`);
    if (!form.hasAttribute('fields')) continue;
    count += 1;
    const close = html.indexOf('</webview-form>', start + match[0].length);
    if (close < 0) throw new Error(`${filename}: <webview-form> number ${count} has no end tag.`);
    let fields: unknown;
    try {
      fields = JSON.parse(form.getAttribute('fields')!);
    } catch (error) {
      throw new Error(`${filename}: the fields attribute of <webview-form> number ${count} is not JSON (${(error as Error).message}).`, {
        cause: error,
      });
    }
    let markup: string;
    try {
      const lang = form.getAttribute('lang') || pageLang;
      markup = fieldsHtml(fields, { lang, idPrefix: count === 1 ? 'wf' : `wf${count}` });
    } catch (error) {
      throw new Error(`${filename}: <webview-form> number ${count}: ${(error as Error).message}`, { cause: error });
    }
    const indent = /[ \t]*$/.exec(html.slice(0, start))![0];
    const inner = (lines: string) => lines.split('\n').join(`\n${indent}  `);
    const withoutFields = match[0].replace(ATTRIBUTE, (attribute, name: string) => (name.toLowerCase() === 'fields' ? '' : attribute));
    const content = html.slice(start + match[0].length, close);
    const button = SUBMIT.exec(content);
    // The markup is the drawn form, if any field is shown, then a Send button on the last line.
    const cut = markup.lastIndexOf('\n<button');
    const drawn = cut < 0 ? '' : `${inner(markup.slice(0, cut))}\n${indent}  `;
    const send = markup.slice(cut + 1);
    out += html.slice(from, start) + withoutFields;
    // The page's own submit button stays last, as the element keeps it; without one, the form gets its Send.
    if (button) out += `${content.slice(0, button.index)}${drawn}${content.slice(button.index)}`;
    else out += `${content.replace(/\s*$/, '')}\n${indent}  ${drawn}${send}\n${indent}`;
    from = close;
  }
  return out + html.slice(from);
}

/**
 * The plugin: `plugins: [webviewFormHtml()]` in a Vite config. A declaration the element would
 * refuse fails the page's transform, naming the file and the field.
 */
export function webviewFormHtml(options: WebviewFormHtmlOptions = {}): WebviewFormHtmlPlugin {
  return {
    name: 'webview-form-html',
    transformIndexHtml: (html, { filename }) => renderPageFields(html, filename, options.lang),
  };
}
