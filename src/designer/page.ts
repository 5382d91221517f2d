/**
 * The page a design needs: a complete HTML file with the drop-in's script tag and one
 * `<webview-form>`, as a bot builder would upload it beside `webview-form.standalone.js` and the
 * files next to it. The link the bot sends adds the IDs to its query.
 *
 * The form is written as HTML (render/fields-html.ts), not as a `fields` attribute, so it paints
 * with the page, looking as it will once the drop-in has run (PRE_UPGRADE_STYLES); the drop-in
 * loads without blocking the render and takes the form over when it runs, deferred (an async
 * module arriving with the stylesheet would run before the first paint, measured 1.04x the plain
 * form against 0.91x). A form with steps or conditions (needsStepsCode) is the exception: its page
 * waits for the drop-in (`async blocking="render"`). The early-send script comes first in the
 * head, so that nothing before it holds it.
 */
import { messageProblem, postedReturnUrl, postsTo, type Design } from './design.js';
import { fieldsHtml, needsStepsCode } from '../render/fields-html.js';
// The form's look before the drop-in has run, the same as after: the upgrade moves nothing.
import { PRE_UPGRADE_STYLES } from '../pre-upgrade.js';
// A Send pressed before the drop-in has run is kept and sent once it is defined (see the README).
import { EARLY_SEND_SCRIPT } from '../element/early-send.js';
import { PUBLIC_PROPERTIES } from '../element/public-interface.js';

export interface PageOptions {
  /** Where the drop-in is, relative to the page or absolute. Default: beside the page. */
  script?: string;
  /** The page's title and heading. Default: the design's, else "Your details". */
  title?: string;
}

/** `text` for a double-quoted attribute value or element content: nothing in it can end either. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The attributes of the design's `<webview-form>` but `fields`, in the order a person reads them. */
function formAttributes(design: Design): Array<[string, string | true]> {
  const attributes: Array<[string, string | true]> = [];
  const { endpoint, region } = postsTo(design);
  attributes.push(endpoint !== undefined ? ['endpoint', endpoint] : ['region', region]);
  if (design.message) attributes.push(['message', design.message]);
  const { autoSubmit, urlVariables, returnUrl } = PUBLIC_PROPERTIES;
  if (design.autoSubmit) attributes.push([autoSubmit.attribute, true]);
  if (design.urlVariables?.length) attributes.push([urlVariables.attribute, design.urlVariables.join(',')]);
  // One the form would refuse is left out, as the designer says at its box: the form works without it.
  const back = postedReturnUrl(design);
  if (back) attributes.push([returnUrl.attribute, back]);
  return attributes;
}

/**
 * The page's own few styles, so that it ships looking like the preview: the system's fonts (no
 * download), a readable measure, room around the form, and the reader's colour scheme, which the
 * element's controls follow.
 */
const PAGE_STYLES = `:root { color-scheme: light dark; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; background: Canvas; color: CanvasText; }
main { box-sizing: border-box; max-width: 36rem; margin: 0 auto; padding: 2rem 1rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 1.5rem; }`;

/**
 * The complete page for `design`.
 * @throws Error saying why, for a message the page's HTML would change (the preview and the curl
 * line would post another, which the dialog starter would not match), and for fields the form
 * would refuse (naming the field).
 */
export function pageHtml(
  design: Design,
  { script = 'webview-form.standalone.js', title = design.title || 'Your details' }: PageOptions = {},
): string {
  const problem = messageProblem(design.message);
  if (problem) throw new Error(problem);
  const attributes = formAttributes(design)
    .map(([name, value]) => (value === true ? `\n    ${name}` : `\n    ${name}="${escapeHtml(value)}"`))
    .join('');
  // The form as HTML, indented under its tag; the page's language picks its built-in texts.
  const drawn = fieldsHtml(design.fields, { lang: design.lang || 'en' });
  const form = drawn.replace(/\n/g, '\n    ');
  return `<!doctype html>
<html lang="${escapeHtml(design.lang || 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${PAGE_STYLES}
${PRE_UPGRADE_STYLES}
</style>
<script>${EARLY_SEND_SCRIPT}</script>
<script type="module"${needsStepsCode(drawn) ? ' async blocking="render"' : ''} src="${escapeHtml(script)}"></script>
</head>
<body>
<main>
  <h1>${escapeHtml(title)}</h1>
  <webview-form${attributes}>
    ${form}
  </webview-form>
</main>
</body>
</html>
`;
}
