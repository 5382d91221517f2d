/**
 * `webview-form/render`, for Node: a `fields` declaration as the HTML the element draws for it,
 * and a Vite plugin that writes a page's declared fields so. The `webview-form render` command is
 * render/cli.ts.
 */
export { fieldsHtml, type FieldsHtmlOptions } from './node.js';
export { webviewFormHtml, renderPageFields, type WebviewFormHtmlPlugin, type WebviewFormHtmlOptions } from './vite-plugin.js';
// The other two pieces of an HTML-first page's head, for pages written by a program: the look
// before the upgrade (inline it in a <style>) and the early-send script (an inline <script>).
export { PRE_UPGRADE_STYLES } from '../pre-upgrade.js';
export { EARLY_SEND_SCRIPT } from '../element/early-send.js';
