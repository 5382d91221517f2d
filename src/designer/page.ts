/**
 * The page a design needs: a complete HTML file with the drop-in's script tag and one
 * `<webview-form>`, as a bot builder would upload it beside `webview-form.standalone.js` and the
 * files next to it. The link the bot sends adds the IDs to its query.
 */
import type { Design } from './design.js';

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

/** The attributes of the design's `<webview-form>`, in the order a person reads them. */
export function formAttributes(design: Design): Array<[string, string | true]> {
  const attributes: Array<[string, string | true]> = [];
  if (design.endpoint) attributes.push(['endpoint', design.endpoint]);
  else attributes.push(['region', design.region ?? 'us']);
  if (design.message) attributes.push(['message', design.message]);
  if (design.autoSubmit) attributes.push(['auto-submit', true]);
  if (design.urlVariables?.length) attributes.push(['url-variables', design.urlVariables.join(',')]);
  attributes.push(['fields', JSON.stringify(design.fields)]);
  return attributes;
}

/** The complete page for `design`. */
export function pageHtml(design: Design, { script = 'webview-form.standalone.js', title = design.title || 'Your details' }: PageOptions = {}): string {
  const attributes = formAttributes(design)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  return `<!doctype html>
<html lang="${escapeHtml(design.lang || 'en')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<script type="module" src="${escapeHtml(script)}"></script>
</head>
<body>
<main>
  <h1>${escapeHtml(title)}</h1>
  <webview-form${attributes}></webview-form>
</main>
</body>
</html>
`;
}
