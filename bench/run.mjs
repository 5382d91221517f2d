// npm run bench: the judge of issue 17. How fast a 10-field form is on screen and usable, what it
// costs on the main thread, in memory and in layout shift, how declared fields scale, and how long
// a submit takes to leave the page: <webview-form> against a plain form, the hand-written script
// it replaces, and the component libraries a page could use instead, in one run.
//
//   variants  plain HTML form; hand-written script (a plain form + ~40 lines of inline script);
//             the floor (the authored form in a custom element whose module script only defines
//             its tag: what any script-defined form pays, pages/floor.js); <webview-form> with
//             authored controls and with declared fields; Shoelace, Lion and Material Web, each
//             bundled by esbuild into one ES module (bench/build/, built here)
//             Every module script is loaded as the README shows the drop-in's: in <head>, with
//             `async` (it neither waits for the stylesheet nor holds DOMContentLoaded, so the page
//             is laid out while the script downloads) and blocking="render", so that Chromium
//             paints the form once it is drawn rather than painting the page's markup first and
//             the components a frame later; two more pages, declared fields without one attribute
//             or the other, say what each is worth. Two pages are HTML
//             first, as the README's "The form as HTML" shows (issue 34): the authored controls,
//             and the designer's page (its fields written as HTML by webview-form/render, with
//             PRE_UPGRADE_STYLES), each with the early-send script before the stylesheet and the
//             module without blocking="render": the form paints with the page
//   profiles  unthrottled; throttled (150 ms latency, 180,000 B/s down, 84,375 B/s up, 4× CPU slowdown through CDP)
//   server    127.0.0.1, files gzip -9 as any static host serves them (lib/server.mjs)
//   method    a fresh browser context (cold cache) per load, BENCH_LOADS (9) loads per variant and
//             profile, three times as many unthrottled, variants rotated each round so none always
//             goes first; medians; ratios to the plain form within the same run, since these
//             machines are shared and noisy
//   measures  lib/measure.mjs; what "ready" means: pages/ready.js, a CDP init script, not in the page
//   typing    the main-thread time of one input event in a form whose conditions (`when`) all name
//             the field typed into, and the time from it to its next frame painted, at 100, 500 and
//             1,000 conditional declared fields, unthrottled: medians over BENCH_TYPING_LOADS (3)
//             loads of 16 keystrokes each after the first (lib/typing.mjs says what is timed)
//   output    markdown tables on stdout, every sample in bench/results/latest.json
//
// BENCH_ONLY=fields,shoelace runs a subset while iterating (the plain form always runs: it is the
// base of the ratios); `scaling`, `submit` and `typing` name those sections. The bench's own
// dependencies (the peers, esbuild) are in bench/package.json, installed here by npm ci when
// missing or stale, and only when a peer's page is measured: `BENCH_ONLY=typing node bench/run.mjs`
// measures the dist/ already built, without them.
//
// It is a benchmark, not a test: it asserts nothing and does not run in CI.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/browsers.mjs';
import { declarations, htmlFirstPage } from './lib/fields.mjs';
import { firstRenderJs } from './lib/first-render.mjs';
import { ensureInstalled } from './lib/install.mjs';
import { THROTTLED, load, rotated, submit, traceScript } from './lib/measure.mjs';
import { loadTables, scalingTable, submitTable, typingTable } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { typing } from './lib/typing.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 9);
// Unthrottled, a load takes 50-130 ms, of which one frame (16.7 ms) is a fifth: whether a form
// makes a frame or the next decides a sample, and the median of 9 moved by 0.2x between runs of
// the same code. Three times as many samples cost the bench about a minute.
const READY_LOADS = { unthrottled: LOADS * 3, throttled: LOADS };
const SUBMITS = Number(process.env.BENCH_SUBMITS ?? 15);
const ONLY = process.env.BENCH_ONLY?.split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const SIZES = [10, 50, 200];
const TYPING_LOADS = Number(process.env.BENCH_TYPING_LOADS ?? 3);
const CONDITIONAL_SIZES = [100, 500, 1000];
// One key press per character: the first shows the conditional fields, the other 16 are timed.
const TYPED = 'Quote for Camelot';
const benchDir = fileURLToPath(new URL('.', import.meta.url));
const root = join(benchDir, '..');

const wanted = (id) => !ONLY || ONLY.includes(id);
// The peers are built only for the load tables, which draw them.
if (!ONLY || ONLY.some((id) => ['shoelace', 'lion', 'material'].includes(id))) {
  ensureInstalled(benchDir);
  const { buildPeers } = await import('./lib/build.mjs');
  await buildPeers(benchDir);
}
const peers = JSON.parse(await readFile(join(benchDir, 'package.json'), 'utf8')).dependencies;

const ALL_VARIANTS = [
  { id: 'plain', name: 'plain HTML form', page: 'plain.html' },
  { id: 'script', name: 'hand-written script (the vendor sample’s approach)', page: 'script.html' },
  { id: 'floor', name: 'a tag defined by a 0.2 KB module script (the floor of any component)', page: 'floor.html' },
  { id: 'authored', name: '`<webview-form>`, authored controls', page: 'authored.html' },
  { id: 'fields', name: '`<webview-form>`, declared fields', page: 'fields.html' },
  // Served from fields.html without an attribute (lib/server.mjs); their scripts are fields.html's.
  {
    id: 'unblocked',
    name: '`<webview-form>`, declared fields, its tag without `blocking="render"`',
    page: 'fields-unblocked.html',
    source: 'fields.html',
  },
  {
    id: 'deferred',
    name: '`<webview-form>`, declared fields, its tag without `async`',
    page: 'fields-deferred.html',
    source: 'fields.html',
  },
  // HTML first with the page's own controls: the early-send script before the stylesheet, no blocking.
  { id: 'authored-html', name: '`<webview-form>`, authored controls, HTML first (no `blocking`)', page: 'authored-html.html' },
  // Generated (lib/fields.mjs htmlFirstPage), as the form designer writes a page.
  {
    id: 'html',
    name: '`<webview-form>`, fields written as HTML (the designer’s page: HTML first, no `blocking`)',
    path: '/bench/gen/html-10.html',
  },
  { id: 'shoelace', name: `Shoelace ${peers['@shoelace-style/shoelace']}`, page: 'shoelace.html' },
  { id: 'lion', name: `Lion (@lion/ui ${peers['@lion/ui']})`, page: 'lion.html' },
  { id: 'material', name: `Material Web ${peers['@material/web']}`, page: 'material.html' },
];
const SUBMIT_VARIANTS = ALL_VARIANTS.filter(({ id }) => ['script', 'authored', 'fields', 'html'].includes(id));
const PROFILES = { unthrottled: null, throttled: THROTTLED };
const variants = ALL_VARIANTS.filter(({ id }) => id === 'plain' || wanted(id));
const runLoads = !ONLY || variants.length > 1;

// What each page needs before its form is usable, read from the files (after the build above).
// A page's inline script arrives inside the HTML: the network samples add its gzip size too.
for (const variant of ALL_VARIANTS) variant.path ??= `/bench/pages/${variant.page}`;
for (const variant of variants) {
  variant.firstRender =
    variant.id === 'html'
      ? firstRenderJs(root, variant.path, htmlFirstPage(10, await import('../dist/render/index.js')))
      : firstRenderJs(root, `bench/pages/${variant.source ?? variant.page}`);
}

// No script of the bench's in the pages: ready.js is a CDP init script (lib/measure.mjs).
const server = await startServer(root, { readyInline: false });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
const ids = '?userId=u-bench&convId=c-bench&botId=b-bench';
const url = (path) => `${server.origin}${path}${ids}`;
const progress = (text) => process.stderr.write(text);

const loadSamples = [];
const scriptSamples = [];
if (runLoads) {
  for (const [profile, conditions] of Object.entries(PROFILES)) {
    progress(`loads, ${profile} `);
    const samples = await rotated(variants, READY_LOADS[profile], async (variant) => {
      const figures = await load(browser, url(variant.path), conditions);
      return { variant: variant.id, profile, ...figures, js: figures.js + variant.firstRender.inline };
    });
    loadSamples.push(...samples);
    progress(`\ntraced loads, ${profile} `);
    const traced = await rotated(variants, LOADS, async (variant) => ({
      variant: variant.id,
      profile,
      ...(await traceScript(browser, url(variant.path), conditions)),
    }));
    scriptSamples.push(...traced);
    progress('\n');
  }
}

const scalingSamples = [];
if (wanted('scaling')) {
  progress('scaling, throttled ');
  const pages = SIZES.flatMap((size) => ['plain', 'fields', 'html'].map((kind) => ({ kind, size })));
  const samples = await rotated(pages, LOADS, async ({ kind, size }) => ({
    kind,
    size,
    ...(await load(browser, url(`/bench/gen/${kind}-${size}.html`), PROFILES.throttled)),
  }));
  scalingSamples.push(...samples);
  progress('\n');
}

const submitSamples = [];
if (wanted('submit')) {
  progress('submits ');
  for (const press of ['click', 'apart']) {
    const samples = await rotated(SUBMIT_VARIANTS, SUBMITS, async (variant) => ({
      variant: variant.id,
      press,
      ...(await submit(browser, url(variant.path), { waitForChunk: variant.id !== 'script', press })),
    }));
    submitSamples.push(...samples);
  }
  progress('\n');
}

const typingSamples = [];
if (wanted('typing')) {
  progress('typing, unthrottled ');
  const samples = await rotated(CONDITIONAL_SIZES, TYPING_LOADS, async (size) => ({
    size,
    ...(await typing(browser, url(`/bench/gen/conditions-${size}.html`), { last: declarations(size).at(-1).name, text: TYPED })),
  }));
  typingSamples.push(...samples);
  progress('\n');
}

const chromiumVersion = browser.version();
await browser.close();
server.close();

const date = new Date().toISOString().slice(0, 10);
const cores = cpus().length;
const output = [
  `${date}, Chromium ${chromiumVersion}, ${cores} CPU cores; medians of ${READY_LOADS.unthrottled} cold loads per variant unthrottled and ${LOADS} throttled (script time: ${LOADS} traced loads per profile); ratios to the plain form in the same run.`,
];
if (runLoads) output.push('', ...loadTables(variants, loadSamples, scriptSamples));
if (scalingSamples.length) output.push('', ...scalingTable(SIZES, scalingSamples));
if (submitSamples.length) output.push('', ...submitTable(SUBMIT_VARIANTS, submitSamples));
if (typingSamples.length) output.push('', ...typingTable(CONDITIONAL_SIZES, typingSamples));
const tables = output.join('\n');
console.log(tables);

await mkdir(join(benchDir, 'results'), { recursive: true });
const results = {
  date: new Date().toISOString(),
  chromium: chromiumVersion,
  cores,
  cpu: cpus()[0]?.model,
  node: process.version,
  loads: LOADS,
  readyLoads: READY_LOADS,
  submits: SUBMITS,
  profiles: PROFILES,
  variants,
  peers,
  samples: { load: loadSamples, script: scriptSamples, scaling: scalingSamples, submit: submitSamples, typing: typingSamples },
  tables,
};
await writeFile(join(benchDir, 'results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
progress(`every sample: bench/results/latest.json\n`);
