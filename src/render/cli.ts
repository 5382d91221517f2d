/// <reference types="node" />
/**
 * `npx webview-form render fields.json > fragment.html`: a `fields` declaration as the HTML the
 * element draws for it (render/fields-html.ts), to put inside `<webview-form>` in place of the
 * attribute, so the form paints with the page.
 *
 *     npx webview-form render fields.json --lang fr > fragment.html
 *     cat fields.json | npx webview-form render -
 *
 * A declaration the element would refuse, a file that cannot be read or is not JSON: one line on
 * stderr naming the file and what is wrong (the field), exit 2. A mistake in the options: that
 * line and the usage, exit 2.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LANGUAGES, builtInLanguage } from '../i18n/languages.js';
import { fieldsHtml } from './node.js';
import { needsStepsCode } from './fields-html.js';

const NAME = 'webview-form';
const USAGE = `Usage: ${NAME} render <fields.json | -> [options]

Writes the HTML that <webview-form> draws for a fields declaration (a JSON list of
fields, or of steps) to stdout: put it inside <webview-form> instead of the fields
attribute, and the form shows with the page, before any script runs.

Options:
  --lang <tag>        the page's language (BCP 47): the built-in texts follow it
                      (built in: ${LANGUAGES.join(', ')}; default: en)
  --id-prefix <text>  the start of the controls' ids, unique on the page (default: wf)
  -h, --help          print this and exit

With - the declaration is read from stdin. A declaration the form would refuse
exits with 2 and says which field is wrong.
`;

function fail(message: string, usage = true): never {
  process.stderr.write(`${NAME}: ${message}\n${usage ? `\n${USAGE}` : ''}`);
  process.exit(2);
}

let parsed: { values: { lang?: string; 'id-prefix'?: string; help?: boolean }; positionals: string[] };
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { lang: { type: 'string' }, 'id-prefix': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  }) as typeof parsed;
} catch (error) {
  // parseArgs says "Unknown option '--x'. To specify a positional argument starting with a '-', …": the first sentence is the news.
  const message = error instanceof Error ? error.message.split(/\.\s/)[0]!.replace(/\.$/, '') : String(error);
  fail(`${message.charAt(0).toLowerCase()}${message.slice(1)}.`);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
const [command, file, ...extra] = positionals;
if (command !== 'render') fail(command === undefined ? 'no command given: the command is render.' : `unknown command "${command}".`);
if (file === undefined) fail('render needs a file with the fields declaration, or - for stdin.');
if (extra.length > 0) fail(`render takes one file, not also "${extra.join(' ')}".`);
if (values['id-prefix'] !== undefined && !/^[A-Za-z][\w-]*$/.test(values['id-prefix']))
  fail(`--id-prefix must start with a letter and hold only letters, digits, - and _, not "${values['id-prefix']}".`);

const where = file === '-' ? 'stdin' : file;
let text: string;
try {
  text = readFileSync(file === '-' ? 0 : file, 'utf8');
} catch (error) {
  fail(`${where}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)}).`, false);
}
let fields: unknown;
try {
  // A byte order mark, as some editors save a file, is no part of the JSON.
  fields = JSON.parse(text.replace(/^\uFEFF/, ''));
} catch (error) {
  fail(`${where}: is not JSON (${(error as Error).message}).`, false);
}
// The element takes none as "no fields"; a file given to draw them is a mistake.
if (!Array.isArray(fields) || fields.length === 0)
  fail(`${where}: declares no fields (it must hold a list of fields, or of steps, with at least one).`, false);
const note = (message: string) => process.stderr.write(`${NAME}: note: ${message}\n`);
const lang = values.lang ?? 'en';
if (builtInLanguage(lang) === 'en' && !/^en\b/i.test(lang)) note(`no built-in texts for "${lang}": the form's texts are in English.`);
let html = '';
try {
  html = fieldsHtml(fields, { lang, idPrefix: values['id-prefix'] });
} catch (error) {
  fail(`${where}: ${(error as Error).message}`, false);
}
process.stdout.write(`${html}\n`);
if (needsStepsCode(html))
  note('this form has steps or conditions: keep async blocking="render" on the drop-in\'s script tag, so it paints once they are judged.');
