// node bench/profile.mjs: where a page's main-thread script goes before ready, by module and by
// line, on the throttled profile. `npm run bench` says how much script a page runs; this says what
// it is, so that the work to take out can be chosen from a measure rather than guessed.
//
//   pages     PROFILE_PAGES (fields,authored): names of bench/pages/*.html
//   build     the drop-in's readable build (vite build --mode readable: the same code, compile
//             hint included, not minified, each module's path in a comment), in dist/readable/,
//             served in place of the minified one (lib/server.mjs, pages/<name>-readable.html)
//   method    PROFILE_LOADS (8) cold loads per page, throttled (lib/measure.mjs THROTTLED), each
//             in a fresh browser context, with pages/ready.js as in the bench. V8's sampling
//             profiler (one sample per 50 µs) is started by the page itself before any of its
//             scripts (console.profile in an init script) and stopped by the ready probe as it
//             dates ready (console.profileEnd when it logs bench:ready), so the samples cover
//             exactly the bench's window from navigation to ready
//   output    each page's samples in the drop-in's files (the probe's looks and the browser's
//             own work left out), as a share per module and the lines that hold the most. Under
//             the CPU throttle the sampler takes far fewer samples than its interval says: the
//             shares, not the counts, are what to read; the bench's traced script time says how
//             many milliseconds they are shares of
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/browsers.mjs';
import { startServer } from './lib/server.mjs';
import { THROTTLED, rotated, throttle } from './lib/measure.mjs';

const root = new URL('..', import.meta.url).pathname;
const PAGES = (process.env.PROFILE_PAGES ?? 'fields,authored').split(',');
const LOADS = Number(process.env.PROFILE_LOADS ?? 8);
const TOP_LINES = 12;
const DROP_IN = /\/dist\/readable\//;

execFileSync('npx', ['vite', 'build', '--mode', 'readable', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });

const probe = readFileSync(new URL('pages/ready.js', import.meta.url), 'utf8');
// Runs before the probe: starts the profile, and ends it in the call by which the probe says ready.
const bracket = `console.profile('ready');
{
  const debug = console.debug;
  console.debug = function (...args) {
    if (args[0] === 'bench:ready') console.profileEnd('ready');
    return debug.apply(this, args);
  };
}`;

/** Each line of each file of the readable build, and the module it came from (its path comment). */
const sources = new Map();
function source(url) {
  const file = new URL(url).pathname.split('/').pop();
  if (!sources.has(file)) {
    let module = '(bundle)';
    const lines = readFileSync(`${root}dist/readable/${file}`, 'utf8')
      .split('\n')
      .map((text) => {
        module = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(text)?.[1] ?? module;
        return { text: text.trim(), module };
      });
    sources.set(file, { file, lines });
  }
  return sources.get(file);
}

/** One cold load of `path`, profiled from navigation to ready: the drop-in's samples by line. */
async function profileLoad(browser, origin, path) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await throttle(context, page, THROTTLED);
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: bracket });
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: probe });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    const finished = new Promise((resolve) => cdp.once('Profiler.consoleProfileFinished', ({ profile }) => resolve(profile)));
    await page.goto(`${origin}${path}?userId=u-bench&convId=c-bench&botId=b-bench`, { waitUntil: 'commit' });
    const profile = await finished;
    const ticks = [];
    for (const node of profile.nodes) {
      if (!DROP_IN.test(node.callFrame.url)) continue;
      const { file, lines } = source(node.callFrame.url);
      for (const { line, ticks: count } of node.positionTicks ?? []) ticks.push({ key: `${file}:${line}`, ...lines[line - 1], count });
    }
    return ticks;
  } finally {
    await context.close();
  }
}

const server = await startServer(root, { readyInline: false });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
const percent = (part, whole) => `${((100 * part) / whole).toFixed(1)}%`;
const sum = (map, key, count) => map.set(key, (map.get(key) ?? 0) + count);
try {
  const loads = await rotated(PAGES, LOADS, async (name) => ({
    name,
    ticks: await profileLoad(browser, server.origin, `/bench/pages/${name}-readable.html`),
  }));
  process.stderr.write('\n');
  console.log(
    `Chromium ${browser.version()}, throttled, ${LOADS} cold loads per page; samples in the drop-in's code from navigation to ready.\n`,
  );
  for (const name of PAGES) {
    const ticks = loads.filter((load) => load.name === name).flatMap((load) => load.ticks);
    const total = ticks.reduce((all, { count }) => all + count, 0);
    const modules = new Map();
    const lines = new Map();
    for (const { key, module, text, count } of ticks) {
      sum(modules, module, count);
      sum(lines, `${key} ${text.slice(0, 90)}`, count);
    }
    console.log(`## ${name}.html: ${(total / LOADS).toFixed(0)} samples a load\n`);
    console.log('| module | share |\n| --- | ---: |');
    for (const [module, count] of [...modules].sort((a, b) => b[1] - a[1]).filter(([, count]) => count / total >= 0.01)) {
      console.log(`| ${module} | ${percent(count, total)} |`);
    }
    console.log('\n| line | share |\n| --- | ---: |');
    for (const [line, count] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, TOP_LINES)) {
      console.log(`| \`${line.replaceAll('|', '\\|')}\` | ${percent(count, total)} |`);
    }
    console.log('');
  }
} finally {
  await browser.close();
  server.close();
}
