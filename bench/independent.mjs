// node bench/independent.mjs: the independent harness of issue 34, rebuilt from its description, as
// a check on `npm run bench` (run.mjs). It shares the pages, the server and the browser with the
// bench, and nothing of its instrument:
//
//   pages     bench/pages/* and the generated /bench/gen/ pages, served by lib/server.mjs from
//             127.0.0.1 (gzip -9) WITHOUT the bench's ready script: no inline script in any page;
//             page.css external; every module script in <head> with blocking="render"
//   ready     a CDP init script (Page.addScriptToEvaluateOnNewDocument; nothing downloaded) that
//             looks at every animation frame from the first: all the controls a page declares
//             (data-controls="N") present (a peer's page: parsed), no :not(:defined) element, every Lit element
//             `hasUpdated` and not `isUpdatePending` (shadow roots included); the time is
//             performance.now() as that frame's callback starts, reported through a CDP binding
//   throttled 150 ms latency, 180,000 B/s down, 84,375 B/s up, 4× CPU (CDP)
//   method    a fresh browser context per load, 9 loads per variant and profile, variants rotated,
//             medians, ratios to the plain form of the same run
//   submit    click → fetch(): from the click event's timeStamp (the moment of the mouse-up the
//             page received) to the call of fetch, after the form was filled and the page idle
//
// Knobs for changing one thing at a time against run.mjs (all default to the description):
//   IND_PROBE=inline      date ready by the bench's inline pages/ready.js instead of the CDP probe
//   IND_PENDING=0         the CDP probe without the isUpdatePending check
//   IND_NET=project       the bench's old network numbers (1.44 Mbps down and up)
//   IND_CONTEXT=shared    one browser context for all loads (a warm cache) instead of a fresh one
//   IND_ROTATE=0          variants in a fixed order each round
//   IND_ONLY=loads,scaling,submit,<variant ids>   IND_PROFILES=throttled   IND_LOADS=9
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/browsers.mjs';
import { median } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { probeSource } from './lib/probe.mjs';

const env = process.env;
const LOADS = Number(env.IND_LOADS ?? 9);
const PROBE = env.IND_PROBE ?? 'cdp';
const PENDING = env.IND_PENDING !== '0';
const ONLY = env.IND_ONLY?.split(',').filter(Boolean);
const wanted = (id) => !ONLY || ONLY.includes(id);
const NETWORK = {
  independent: { latency: 150, downloadThroughput: 180_000, uploadThroughput: 84_375 },
  project: { latency: 150, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (1.44 * 1024 * 1024) / 8 },
}[env.IND_NET ?? 'independent'];
const PROFILES = Object.fromEntries(
  Object.entries({ unthrottled: null, throttled: { network: NETWORK, cpu: 4 } }).filter(
    ([name]) => !env.IND_PROFILES || env.IND_PROFILES.includes(name),
  ),
);

const VARIANTS = [
  ['plain', 'plain.html'],
  ['script', 'script.html'],
  ['floor', 'floor.html'],
  ['authored', 'authored.html'],
  ['fields', 'fields.html'],
  ['unblocked', 'fields-unblocked.html'],
  ['shoelace', 'shoelace.html'],
  ['lion', 'lion.html'],
  ['material', 'material.html'],
].map(([id, page]) => ({ id, page }));

const benchDir = fileURLToPath(new URL('.', import.meta.url));
const server = await startServer(join(benchDir, '..'), { readyInline: PROBE === 'inline' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
const shared = env.IND_CONTEXT === 'shared' ? await browser.newContext() : null;
const url = (path) => `${server.origin}${path}?userId=u-bench&convId=c-bench&botId=b-bench`;

/** A page in a fresh context (or the shared one), throttled, with the probe installed; `ready` resolves to ms. */
async function open(profile) {
  const context = shared ?? (await browser.newContext());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  }
  let ready;
  if (PROBE === 'inline') {
    ready = new Promise((resolve) =>
      page.on(
        'console',
        (message) => message.text() === 'bench:ready' && resolve(page.evaluate(() => performance.getEntriesByName('ready')[0].startTime)),
      ),
    );
  } else {
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: '__independentReady' });
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: probeSource(PENDING, '__independentReady') });
    ready = new Promise((resolve) =>
      cdp.on('Runtime.bindingCalled', ({ name, payload }) => name === '__independentReady' && resolve(Number(payload))),
    );
  }
  const close = () => (shared ? page.close() : context.close());
  return { page, ready, close };
}

async function loadOnce(path, profile) {
  const { page, ready, close } = await open(profile);
  try {
    await page.goto(url(path), { waitUntil: 'commit' });
    return await ready;
  } finally {
    await close();
  }
}

async function clickToFetch(path) {
  const { page, ready, close } = await open(null);
  try {
    await page.addInitScript(() => {
      const original = window.fetch;
      window.fetch = (...args) => ((window.__fetched ??= performance.now()), original(...args));
      addEventListener('click', (event) => (window.__clicked ??= event.timeStamp), true);
    });
    await page.goto(url(path));
    await ready;
    await page.fill('[name=name]', 'Arthur');
    await page.fill('[name=email]', 'arthur@camelot.example');
    await page.check('[name=consent]');
    // Checking the box was a click too: time only the click on Send.
    await page.evaluate(() => delete window.__clicked);
    // A person takes seconds to fill a form: let the page go idle as it would by then.
    await page.waitForLoadState('networkidle');
    for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
    const response = page.waitForResponse((candidate) => candidate.url().includes('/thirdparty-services-0.1/webview'));
    await page.click('button[type=submit], button[part=submit]');
    if (!(await response).ok()) throw new Error(`the mock refused the submit from ${path}`);
    return await page.evaluate(() => window.__fetched - window.__clicked);
  } finally {
    await close();
  }
}

async function rotated(items, rounds, measure) {
  const samples = [];
  for (let round = 0; round < rounds; round++)
    for (let step = 0; step < items.length; step++) {
      const item = items[env.IND_ROTATE === '0' ? step : (round + step) % items.length];
      samples.push({ item, value: await measure(item) });
      process.stderr.write('.');
    }
  return samples;
}
const medianOf = (samples, item) => median(samples.filter((sample) => sample.item === item).map((sample) => sample.value));

const lines = [
  `${new Date().toISOString().slice(0, 10)}, Chromium ${browser.version()}, independent harness (probe ${PROBE}${PENDING ? '' : ' without isUpdatePending'}, network ${env.IND_NET ?? 'independent'}, context ${env.IND_CONTEXT ?? 'fresh'}, rotation ${env.IND_ROTATE === '0' ? 'off' : 'on'}); medians of ${LOADS}`,
];
const variants = VARIANTS.filter(({ id }) => id === 'plain' || wanted(id));
if (wanted('loads') || variants.length > 1) {
  const result = {};
  for (const [profile, conditions] of Object.entries(PROFILES)) {
    process.stderr.write(`${profile} `);
    const samples = await rotated(variants, LOADS, (variant) => loadOnce(`/bench/pages/${variant.page}`, conditions));
    result[profile] = Object.fromEntries(variants.map((variant) => [variant.id, medianOf(samples, variant)]));
    process.stderr.write('\n');
  }
  lines.push('', '| variant | unthrottled | × plain | throttled | × plain |', '| --- | ---: | ---: | ---: | ---: |');
  for (const { id } of variants) {
    const cell = (profile) =>
      !result[profile] ? '– | –' : `${result[profile][id].toFixed(0)} ms | ${(result[profile][id] / result[profile].plain).toFixed(2)}×`;
    lines.push(`| ${id} | ${cell('unthrottled')} | ${cell('throttled')} |`);
  }
}
if (wanted('scaling')) {
  process.stderr.write('scaling ');
  const pages = [10, 50, 200].flatMap((size) => ['plain', 'fields'].map((kind) => `${kind}-${size}`));
  const samples = await rotated(pages, LOADS, (name) => loadOnce(`/bench/gen/${name}.html`, PROFILES.throttled));
  const m = Object.fromEntries(pages.map((name) => [name, medianOf(samples, name)]));
  lines.push('', '| fields | plain | declared | × plain |', '| ---: | ---: | ---: | ---: |');
  for (const size of [10, 50, 200])
    lines.push(
      `| ${size} | ${m[`plain-${size}`].toFixed(0)} ms | ${m[`fields-${size}`].toFixed(0)} ms | ${(m[`fields-${size}`] / m[`plain-${size}`]).toFixed(2)}× |`,
    );
  const perField = (kind) => ((m[`${kind}-200`] - m[`${kind}-10`]) / 190).toFixed(2);
  lines.push('', `Per field (10 → 200, throttled): plain ${perField('plain')} ms, declared ${perField('fields')} ms.`);
  process.stderr.write('\n');
}
if (wanted('submit')) {
  process.stderr.write('submit ');
  const pages = ['script.html', 'authored.html', 'fields.html'];
  const samples = await rotated(pages, 15, (page) => clickToFetch(`/bench/pages/${page}`));
  lines.push(
    '',
    '| page | click → fetch(), median |',
    '| --- | ---: |',
    ...pages.map((page) => `| ${page} | ${medianOf(samples, page).toFixed(1)} ms |`),
  );
  process.stderr.write('\n');
}

await shared?.close();
await browser.close();
server.close();
console.log(lines.join('\n'));
