/**
 * `webview-form/render`, for Node: a `fields` declaration as the HTML the element draws for it,
 * and a Vite plugin that writes a page's declared fields so. The `webview-form render` command is
 * render/cli.ts.
 */
export { fieldsHtml, type FieldsHtmlOptions } from './node.js';
export { webviewFormHtml, renderPageFields, type WebviewFormHtmlPlugin, type WebviewFormHtmlOptions } from './vite-plugin.js';
