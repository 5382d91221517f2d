// `npx webview-form render`: a fields declaration as the HTML the element draws (the built bin,
// dist/render/cli.js), as a new user meets it: a file, stdin, --lang, a bad file, --help.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const cli = fileURLToPath(new URL('../../dist/render/cli.js', import.meta.url));
const run = (args, input) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20_000, input });

const FIELDS = [
  { name: 'name', label: 'Full name', required: true, autocomplete: 'name' },
  { name: 'email', type: 'email', hint: 'We reply here' },
  { name: 'contact', type: 'radio', options: ['Email', 'Phone'], when: { field: 'email', filled: true } },
  { name: 'stars', type: 'rating', max: 3 },
];

let work;
let file;
before(() => {
  work = mkdtempSync(join(tmpdir(), 'render-cli-'));
  file = join(work, 'fields.json');
  writeFileSync(file, JSON.stringify(FIELDS));
});
after(() => rmSync(work, { recursive: true, force: true }));

/** The output as a browser would read it inside <webview-form>. */
const read = (html) => parseHTML(`<!doctype html><html><body><webview-form>${html}</webview-form></body></html>`).document;

test('render writes the form the element draws, one field a line, and a Send button after it', () => {
  const { status, stdout, stderr } = run(['render', file]);
  assert.equal(status, 0, stderr);
  // FIELDS has a condition: the one note is the advice to keep blocking="render".
  assert.match(stderr, /^webview-form: note: this form has steps or conditions[^\n]*\n$/);
  const lines = stdout.trimEnd().split('\n');
  assert.equal(lines[0], '<form class="webview-form-fields" method="dialog">');
  assert.deepEqual(lines.slice(-2), ['</form>', '<button type="submit" class="webview-form-send">Send</button>']);
  // One line a field, indented under the form.
  assert.equal(lines.length, FIELDS.length + 3);
  for (const line of lines.slice(1, -2)) assert.match(line, /^ {2}<(div|fieldset) /);
  const page = read(stdout);
  const form = page.querySelector('webview-form');
  assert.deepEqual(
    [...form.children].map((child) => child.localName),
    ['form', 'button'],
  );
  const name = page.querySelector('input[name="name"]');
  assert.equal(name.getAttribute('autocomplete'), 'name');
  assert.ok(name.hasAttribute('required'));
  assert.equal(page.querySelector(`label[for="${name.id}"]`).textContent, 'Full name');
  assert.equal(page.querySelector('#wf-email-hint').textContent, 'We reply here');
  assert.deepEqual(JSON.parse(page.querySelector('[data-when]').getAttribute('data-when')), { field: 'email', filled: true });
  assert.deepEqual(
    [...page.querySelectorAll('input[name="stars"]')].map((input) => input.value),
    ['1', '2', '3'],
  );
  assert.equal(page.querySelector('input[name="stars"] + label').textContent, '★1 of 3');
});

test('--lang writes the built-in texts of the language, and stdin (-) works as a file', () => {
  const { status, stdout, stderr } = run(['render', '-', '--lang', 'fr-CA'], JSON.stringify(FIELDS));
  assert.equal(status, 0, stderr);
  const page = read(stdout);
  assert.equal(page.querySelector('button[type="submit"]').textContent, 'Envoyer');
  assert.equal(page.querySelector('.webview-form-optional').textContent, '(facultatif)');
  assert.equal(page.querySelector('input[name="stars"] + label .webview-form-hidden-label').textContent, '1 sur 3');
  assert.equal(run(['render', file, '--lang', 'fr']).stdout, stdout);
});

test('a declaration the element would refuse: one line on stderr naming the file and the field, exit 2, nothing on stdout', () => {
  const bad = join(work, 'bad.json');
  writeFileSync(
    bad,
    JSON.stringify([
      { name: 'size', type: 'select' },
      { name: 'phone', type: 'tel', country: 'XX' },
    ]),
  );
  const refused = run(['render', bad]);
  assert.equal(refused.status, 2);
  assert.equal(refused.stdout, '');
  assert.match(refused.stderr, /^webview-form: .*bad\.json: The fields declaration is wrong: field "size": options: needs options\.\n$/);
  assert.doesNotMatch(refused.stderr, /\n\s+at /);
  // The country check, which zod does not make, is the element's too.
  writeFileSync(bad, JSON.stringify([{ name: 'phone', type: 'tel', country: 'XX' }]));
  assert.match(run(['render', bad]).stderr, /field "phone": country "XX" is not a country whose numbers are known/);
  const notJson = run(['render', '-'], '[{"name": ');
  assert.equal(notJson.status, 2);
  assert.match(notJson.stderr, /^webview-form: stdin: is not JSON/);
  const missing = run(['render', join(work, 'nowhere.json')]);
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nowhere\.json: cannot read it \(ENOENT\)/);
});

test('--help prints the usage and exits 0; a mistake in the command prints one line and the usage, exit 2', () => {
  for (const flag of ['--help', '-h']) {
    const { status, stdout, stderr } = run([flag]);
    assert.equal(status, 0, stderr);
    assert.match(stdout, /^Usage: webview-form render <fields\.json \| -> \[options\]/);
    for (const option of ['--lang', '--id-prefix', '--help']) assert.match(stdout, new RegExp(`${option}\\b`));
  }
  for (const args of [[], ['draw', file], ['render'], ['render', file, '--bogus']]) {
    const { status, stdout, stderr } = run(args);
    assert.equal(status, 2, args.join(' '));
    assert.equal(stdout, '');
    assert.match(stderr, /^webview-form: [^\n]+\n\nUsage: webview-form render/, args.join(' '));
  }
});

test('render draws every type from the command line, a phone field with its country marked as the element marks it', () => {
  const every = [
    { name: 'phone', type: 'tel', country: 'GB' },
    { name: 'born', type: 'date', style: 'memorable' },
    { name: 'nps', type: 'scale', minLabel: 'Unlikely', maxLabel: 'Likely' },
    { name: 'code', type: 'otp' },
    { name: 'terms', type: 'checkbox', required: true, link: { href: 'https://example.com/terms', text: 'Read the terms' } },
  ];
  const { status, stdout, stderr } = run(['render', '-'], JSON.stringify(every));
  assert.equal(status, 0, stderr);
  const document = read(stdout);
  assert.equal(document.querySelector('[name=phone]').getAttribute('data-country'), 'GB');
  assert.equal(document.querySelectorAll('webview-form-date input').length, 3);
  assert.equal(document.querySelectorAll('[name=nps]').length, 11);
  assert.equal(document.querySelector('[name=code]').getAttribute('autocomplete'), 'one-time-code');
  assert.equal(document.querySelector('a.webview-form-link').getAttribute('href'), 'https://example.com/terms');
});

test('render says what a newcomer needs: a note for steps and conditions and for a language without texts, none declared is an error, a byte order mark is no error', () => {
  const steps = run(['render', '-', '--lang', 'xx'], JSON.stringify([{ step: 'You', fields: [{ name: 'name' }] }]));
  assert.equal(steps.status, 0, steps.stderr);
  assert.match(steps.stderr, /note: no built-in texts for "xx": the form's texts are in English\./);
  assert.match(steps.stderr, /note: this form has steps or conditions: keep async blocking="render"/);
  const plain = run(['render', '-', '--lang', 'fr-CA'], JSON.stringify([{ name: 'name' }]));
  assert.equal(plain.stderr, '', 'no note for a form without steps, in a built-in language');
  for (const none of ['[]', 'null', '{}']) {
    const { status, stderr } = run(['render', '-'], none);
    assert.equal(status, 2, none);
    assert.match(stderr, /stdin: declares no fields/, none);
  }
  const bom = run(['render', '-'], `\uFEFF${JSON.stringify([{ name: 'name' }])}`);
  assert.equal(bom.status, 0, bom.stderr);
  assert.match(bom.stdout, /name="name"/);
});
