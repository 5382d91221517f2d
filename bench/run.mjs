// npm run bench: how fast a 10-field form is on screen and interactive, and how long a submit
// takes to leave the page, in Debian's Chromium driven by playwright-core, pages on 127.0.0.1.
//
//   variants  (a) a plain HTML form, (b) <webview-form> with authored controls, (c) with `fields`
//   profiles  unthrottled; throttled (150 ms latency, 1.44 Mbps, 4× CPU slowdown through CDP)
//   server    127.0.0.1, files gzip-compressed as any static host serves them
//   method    a fresh browser context (cold cache) per load, LOADS loads per variant and profile,
//             variants rotated so none always goes first; medians; ratios to the plain form
//             within the same run, since these machines are shared and noisy.
//
// It is a benchmark, not a test: it asserts nothing and does not run in CI.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createMockBackend, sendWebResponse, toWebRequest } from 'webview-form/mock';
import { chromiumArgs, chromiumPath } from '../test/browsers.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 9);
const SUBMITS = Number(process.env.BENCH_SUBMITS ?? 15);
const root = fileURLToPath(new URL('..', import.meta.url));
const VARIANTS = [
  ['plain HTML form', '/bench/pages/plain.html'],
  ['<webview-form>, authored controls', '/bench/pages/authored.html'],
  ['<webview-form>, fields', '/bench/pages/fields.html'],
];
const PROFILES = {
  unthrottled: null,
  throttled: { latency: 150, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (1.44 * 1024 * 1024) / 8, cpu: 4 },
};
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

// Every static host compresses text; serve gzip -9 (the size budget's measure) to every variant
// alike, compressed once per file so the server's own work stays out of the timings.
const compressed = new Map();
async function gzipped(file) {
  if (!compressed.has(file)) compressed.set(file, gzipSync(await readFile(file), { level: 9 }));
  return compressed.get(file);
}

const backend = createMockBackend();
const server = createServer(async (req, res) => {
  const { pathname } = new URL(req.url, 'http://127.0.0.1');
  if (backend.owns(pathname)) return sendWebResponse(res, await backend.handle(toWebRequest(req)));
  const file = normalize(join(root, pathname));
  if (!file.startsWith(join(root, 'bench')) && !file.startsWith(join(root, 'dist'))) return res.writeHead(404).end();
  try {
    const body = await gzipped(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Encoding': 'gzip',
      'Cache-Control': 'no-store',
    }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const ids = '?userId=u-bench&convId=c-bench&botId=b-bench';
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });

/** Milliseconds from navigation start to the page's `ready` mark, on a cold cache. */
async function load(path, profile) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (profile) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  }
  await page.goto(origin + path + ids);
  const ready = await page.waitForFunction(() => performance.getEntriesByName('ready')[0]?.startTime, null, { polling: 10 });
  const ms = await ready.jsonValue();
  await context.close();
  return ms;
}

/** Milliseconds from the click on Send to the request leaving the page (the call to fetch). */
async function submitOverhead() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const original = window.fetch;
    window.fetch = (...args) => {
      window.__left ??= performance.now();
      return original(...args);
    };
    document.addEventListener('click', () => (window.__clicked = performance.now()), true);
  });
  await page.goto(`${origin}/bench/pages/authored.html${ids}`);
  await page.waitForFunction(() => performance.getEntriesByName('ready').length > 0);
  // A person takes seconds to fill the form; by then the page has been idle and the element has
  // fetched its delivery chunk and computed the signature. Stand in for that: type, then let
  // the page go idle twice before the click.
  await page.fill('[name=name]', 'Arthur');
  await page.fill('[name=email]', 'arthur@camelot.example');
  await page.check('[name=consent]');
  await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('delivery')));
  for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
  await page.click('button[type=submit]');
  await page.waitForFunction(() => document.querySelector('webview-form').state === 'success');
  const ms = await page.evaluate(() => window.__left - window.__clicked);
  await context.close();
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const results = {};
for (const [profileName, profile] of Object.entries(PROFILES)) {
  const times = VARIANTS.map(() => []);
  for (let round = 0; round < LOADS; round++) {
    for (let step = 0; step < VARIANTS.length; step++) {
      const index = (round + step) % VARIANTS.length;
      times[index].push(await load(VARIANTS[index][1], profile));
    }
  }
  results[profileName] = times.map(median);
}
const submits = [];
for (let i = 0; i < SUBMITS; i++) submits.push(await submitOverhead());

await browser.close();
server.close();

const format = (ms) => `${ms.toFixed(0)} ms`;
const lines = [
  `Chromium ${browser.version()}, ${LOADS} cold loads per variant and profile, medians; ratio to the plain form in the same run.`,
  '',
  '| variant | unthrottled | ratio | throttled | ratio |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...VARIANTS.map(([name], index) => {
    const [plainFast, plainSlow] = [results.unthrottled[0], results.throttled[0]];
    const [fast, slow] = [results.unthrottled[index], results.throttled[index]];
    return `| ${name} | ${format(fast)} | ${(fast / plainFast).toFixed(2)}× | ${format(slow)} | ${(slow / plainSlow).toFixed(2)}× |`;
  }),
  '',
  `Submit click → request leaves the page: median ${median(submits).toFixed(1)} ms over ${SUBMITS} submits (min ${Math.min(...submits).toFixed(1)}, max ${Math.max(...submits).toFixed(1)}).`,
];
console.log(lines.join('\n'));
