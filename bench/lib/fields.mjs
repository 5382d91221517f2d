// The form every variant draws: ten fields of the kinds a lead form has. The static pages in
// pages/ spell them out by hand for each library; the scaling pages are generated from here, the
// kinds repeated (name, email, … consent, name1, email1, …) up to the size asked for.

/** The ten fields as <webview-form> declarations. */
export const TEN_FIELDS = [
  { name: 'name', label: 'Full name', autocomplete: 'name', required: true },
  { name: 'email', label: 'Email', type: 'email', autocomplete: 'email', required: true },
  { name: 'phone', label: 'Phone', type: 'tel', autocomplete: 'tel' },
  { name: 'company', label: 'Company', autocomplete: 'organization' },
  { name: 'country', label: 'Country', type: 'select', autocomplete: 'country-name', options: ['One', 'Two'] },
  {
    name: 'contact',
    label: 'Contact me by',
    type: 'radio',
    options: [
      { value: 'email', label: 'Email' },
      { value: 'phone', label: 'Phone' },
    ],
  },
  { name: 'size', label: 'Team size', type: 'number', min: 1 },
  { name: 'start', label: 'Start date', type: 'date' },
  { name: 'notes', label: 'Anything else?', type: 'textarea' },
  { name: 'consent', label: 'You may contact me', type: 'checkbox', required: true },
];

/** `count` declarations: the ten kinds over and over, each name made unique. */
export function declarations(count) {
  return Array.from({ length: count }, (_, index) => {
    const field = TEN_FIELDS[index % 10];
    const round = Math.floor(index / 10);
    return round ? { ...field, name: `${field.name}${round}`, label: `${field.label} ${round + 1}` } : field;
  });
}

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const attributes = (field) =>
  `name="${field.name}"${field.autocomplete ? ` autocomplete="${field.autocomplete}"` : ''}${field.min ? ` min="${field.min}"` : ''}${field.required ? ' required' : ''}`;

/** One declaration as the native markup of the plain page. */
function nativeControl(field) {
  const label = escape(field.label);
  switch (field.type) {
    case 'select':
      return `<label>${label} <select ${attributes(field)}><option value="">Choose</option>${field.options.map((option) => `<option>${option}</option>`).join('')}</select></label>`;
    case 'radio':
      return `<fieldset><legend>${label}</legend>${field.options.map((option) => `<label><input type="radio" name="${field.name}" value="${option.value}"> ${option.label}</label>`).join('')}</fieldset>`;
    case 'textarea':
      return `<label>${label} <textarea ${attributes(field)}></textarea></label>`;
    case 'checkbox':
      return `<label><input type="checkbox" ${attributes(field)}> ${label}</label>`;
    default:
      return `<label>${label} <input type="${field.type ?? 'text'}" ${attributes(field)}></label>`;
  }
}

const head = (title, extra = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/bench/pages/page.css">
<script src="/bench/pages/ready.js"></script>${extra}
</head>`;

/** A plain HTML form of `count` fields. */
export function plainPage(count) {
  return `${head(`Plain form, ${count} fields`)}
<body>
<main>
  <h1>Get a quote</h1>
  <form action="/thirdparty-services-0.1/webview" method="post" data-controls="${count}">
    ${declarations(count).map(nativeControl).join('\n    ')}
    <button type="submit">Send</button>
  </form>
</main>
</body>
</html>
`;
}

/** <webview-form> with `count` declared fields. */
export const fieldsPage = (count) => declaredPage(`webview-form, ${count} declared fields`, declarations(count));

/** A page of one <webview-form> declaring `fields`. */
function declaredPage(title, fields) {
  const scripts = `
<script type="module" async blocking="render" src="/dist/webview-form.standalone.js"></script>`;
  return `${head(title, scripts)}
<body>
<main>
  <h1>Get a quote</h1>
  <webview-form endpoint="/thirdparty-services-0.1/webview" message="lead submitted" data-controls="${fields.length}" fields='${JSON.stringify(fields).replace(/'/g, '&#39;')}'></webview-form>
</main>
</body>
</html>
`;
}

/**
 * <webview-form> with `count` fields written as HTML, as the form designer writes a page (issue
 * 34): the markup the element draws for the declarations (`webview-form/render`'s fieldsHtml),
 * the look before the upgrade inlined (PRE_UPGRADE_STYLES), the early-send script, and the module
 * without blocking="render". The early-send script comes before the stylesheet's link: an inline
 * script after one waits for it and holds the parser (pages/ready.js tells what that cost).
 */
export function htmlFirstPage(count, { fieldsHtml, PRE_UPGRADE_STYLES, EARLY_SEND_SCRIPT }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>webview-form, ${count} fields written as HTML</title>
<script>${EARLY_SEND_SCRIPT}</script>
<link rel="stylesheet" href="/bench/pages/page.css">
<style>
${PRE_UPGRADE_STYLES}
</style>
<script type="module" src="/dist/webview-form.standalone.js"></script>
</head>
<body>
<main>
  <h1>Get a quote</h1>
  <webview-form endpoint="/thirdparty-services-0.1/webview" message="lead submitted" data-controls="${count}">
${fieldsHtml(declarations(count))}
  </webview-form>
</main>
</body>
</html>
`;
}

/**
 * <webview-form> with a topic field, then `count` declared fields that each show only once the
 * topic is filled: every keystroke in the topic judges `count` conditions (lib/typing.mjs).
 */
export function conditionsPage(count) {
  const fields = [
    { name: 'topic', label: 'What is it about?' },
    ...declarations(count).map((field) => ({ ...field, when: { field: 'topic', filled: true } })),
  ];
  return declaredPage(`webview-form, ${count} conditional declared fields`, fields);
}
