// `webviewFormHtml()` (webview-form/render): Vite writes a page's declared fields as HTML, the same
// as the `render` command, in a real build and through the hook; a bad declaration fails the page,
// naming the file and the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { parseHTML } from 'linkedom';
import { fieldsHtml, renderPageFields, webviewFormHtml } from 'webview-form/render';

const FIELDS = [
  { name: 'name', required: true },
  { name: 'plan', type: 'select', options: ['Basic', 'Pro'] },
];
const page = (form) => `<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><title>Quote</title></head>
<body>
  <main>
    ${form}
  </main>
</body>
</html>
`;
const declared = (attributes = '', content = '') =>
  `<webview-form region="us" fields='${JSON.stringify(FIELDS)}'${attributes}>${content}</webview-form>`;

test('vite build writes the page with the form drawn inside <webview-form>, its fields attribute gone, the rest as it was', async () => {
  const root = mkdtempSync(join(tmpdir(), 'render-vite-'));
  try {
    writeFileSync(join(root, 'index.html'), page(declared()));
    await build({ root, logLevel: 'silent', configFile: false, plugins: [webviewFormHtml()], build: { outDir: join(root, 'out') } });
    const html = readFileSync(join(root, 'out/index.html'), 'utf8');
    const { document } = parseHTML(html);
    const form = document.querySelector('webview-form');
    assert.equal(form.hasAttribute('fields'), false);
    assert.equal(form.getAttribute('region'), 'us');
    assert.deepEqual(
      [...form.children].map((child) => child.localName),
      ['form', 'button'],
    );
    // The page's language (German), as the element would speak it.
    assert.equal(form.querySelector('button[type="submit"]').textContent, 'Senden');
    assert.deepEqual(
      [...form.querySelectorAll('[name]')].map((control) => control.getAttribute('name')),
      ['name', 'plan'],
    );
    // The same markup as the command's, indented under the tag.
    const expected = fieldsHtml(FIELDS, { lang: 'de' }).split('\n').join('\n      ');
    assert.ok(html.includes(`<webview-form region="us">\n      ${expected}\n    </webview-form>`), html);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("a page's own submit button stays last and no Send is added; a form without fields is left alone", () => {
  const html = page(
    `${declared(' lang="fr"', '\n      <p>Intro</p>\n      <button>Go</button>\n    ')}\n    <webview-form region="us"></webview-form>`,
  );
  const out = renderPageFields(html, 'quote.html');
  const { document } = parseHTML(out);
  const [first, second] = document.querySelectorAll('webview-form');
  assert.deepEqual(
    [...first.children].map((child) => child.localName),
    ['p', 'form', 'button'],
  );
  assert.equal(first.querySelector('button').textContent, 'Go');
  // The form's own lang wins over the page's.
  assert.equal(first.querySelector('.webview-form-optional').textContent, '(facultatif)');
  assert.equal(second.outerHTML, '<webview-form region="us"></webview-form>');
  // Two declared forms on a page: their ids differ.
  const two = renderPageFields(page(`${declared()}\n${declared()}`), 'two.html');
  const ids = [...parseHTML(two).document.querySelectorAll('[id]')].map((element) => element.id);
  assert.equal(new Set(ids).size, ids.length);
});

test('a declaration the element would refuse fails the page, naming the file, the form and the field', async () => {
  const bad = page(`<webview-form fields='[{"name": "age", "type": "number", "pattern": "[0-9]+"}]'></webview-form>`);
  assert.throws(() => webviewFormHtml().transformIndexHtml(bad, { filename: '/site/lead.html' }), {
    message: /^\/site\/lead\.html: <webview-form> number 1: The fields declaration is wrong: field "age": /,
  });
  assert.throws(() => renderPageFields(page(`<webview-form fields='[{"name": '></webview-form>`), 'lead.html'), {
    message: /^lead\.html: the fields attribute of <webview-form> number 1 is not JSON/,
  });
  const root = mkdtempSync(join(tmpdir(), 'render-vite-'));
  try {
    writeFileSync(join(root, 'index.html'), bad);
    await assert.rejects(
      build({ root, logLevel: 'silent', configFile: false, plugins: [webviewFormHtml()], build: { outDir: join(root, 'out') } }),
      /index\.html: <webview-form> number 1: .*field "age"/,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
