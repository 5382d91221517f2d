// node bench/compare.mjs: issue 34's one-thing-at-a-time comparison of run.mjs's instrument with
// the independent harness's (independent.mjs), in ONE run: every round loads each page under each
// instrument, in rotated order, so that the shared machine's load falls on all of them alike.
//
//   project    lib/measure.mjs load(): pages/ready.js inline in the page, 1.44 Mbps down and up
//   net        the same, with the independent's network (180,000 B/s down, 84,375 B/s up)
//   cdp-fresh  the independent's CDP probe without its isUpdatePending check, independent network
//   inline-pending  pages/ready.js inline, with the isUpdatePending check added, independent network
//   independent     the independent harness: CDP probe with isUpdatePending, independent network
// COMPARE_LOADS (9) rounds; COMPARE_PAGES (plain,authored,fields); COMPARE_PROFILES (throttled,unthrottled).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/browsers.mjs';
import { load, throttle } from './lib/measure.mjs';
import { median } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { probeSource } from './lib/probe.mjs';

const env = process.env;
const LOADS = Number(env.COMPARE_LOADS ?? 9);
const PAGES = (env.COMPARE_PAGES ?? 'plain,authored,fields').split(',');
const PROFILE_NAMES = (env.COMPARE_PROFILES ?? 'throttled,unthrottled').split(',');
const NET = {
  project: { latency: 150, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (1.44 * 1024 * 1024) / 8 },
  independent: { latency: 150, downloadThroughput: 180_000, uploadThroughput: 84_375 },
};
const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const inline = await startServer(root);
const bare = await startServer(root, { readyInline: false });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
const query = '?userId=u-bench&convId=c-bench&botId=b-bench';

/** One load, fresh context; the CDP probe (`pending`: with isUpdatePending) or, `inlinePending`, ready.js plus a pending check. */
async function probed(url, profile, { pending, inlinePending }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await throttle(context, page, profile);
    if (inlinePending) {
      // ready.js marks the frame; from there, the first frame with no Lit update pending.
      const ready = new Promise((resolve) => page.on('console', (m) => m.text() === 'bench:ready' && resolve()));
      await page.goto(url, { waitUntil: 'commit' });
      await ready;
      return await page.evaluate(() => {
        const pending = (root) => [...root.querySelectorAll('*')].some((e) => e.isUpdatePending || (e.shadowRoot && pending(e.shadowRoot)));
        const marked = performance.getEntriesByName('ready')[0].startTime;
        if (!pending(document)) return marked;
        return new Promise((resolve) =>
          requestAnimationFrame(function look() {
            const now = performance.now();
            return pending(document) ? requestAnimationFrame(look) : resolve(now);
          }),
        );
      });
    }
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: '__ready' });
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: probeSource(pending, '__ready') });
    const ready = new Promise((resolve) =>
      cdp.on('Runtime.bindingCalled', ({ name, payload }) => name === '__ready' && resolve(Number(payload))),
    );
    await page.goto(url, { waitUntil: 'commit' });
    return await ready;
  } finally {
    await context.close();
  }
}

const profileOf = (name, net) => (name === 'throttled' ? { network: NET[net], cpu: 4 } : null);
const INSTRUMENTS = {
  project: async (page, name) =>
    (await load(browser, `${inline.origin}/bench/pages/${page}.html${query}`, profileOf(name, 'project'))).ready,
  net: async (page, name) =>
    (await load(browser, `${inline.origin}/bench/pages/${page}.html${query}`, profileOf(name, 'independent'))).ready,
  'cdp-fresh': (page, name) =>
    probed(`${bare.origin}/bench/pages/${page}.html${query}`, profileOf(name, 'independent'), { pending: false }),
  'inline-pending': (page, name) =>
    probed(`${inline.origin}/bench/pages/${page}.html${query}`, profileOf(name, 'independent'), { inlinePending: true }),
  independent: (page, name) => probed(`${bare.origin}/bench/pages/${page}.html${query}`, profileOf(name, 'independent'), { pending: true }),
};
const chosen = (env.COMPARE_INSTRUMENTS ?? Object.keys(INSTRUMENTS).join(',')).split(',');

const lines = [
  `${new Date().toISOString()}, Chromium ${browser.version()}, medians of ${LOADS}, ratios to plain under the same instrument`,
];
for (const name of PROFILE_NAMES) {
  const combos = chosen.flatMap((instrument) => PAGES.map((page) => ({ instrument, page })));
  const samples = [];
  for (let round = 0; round < LOADS; round++) {
    for (let step = 0; step < combos.length; step++) {
      const combo = combos[(round * 7 + step) % combos.length];
      samples.push({ ...combo, ms: await INSTRUMENTS[combo.instrument](combo.page, name) });
      process.stderr.write('.');
    }
  }
  process.stderr.write('\n');
  const m = (instrument, page) => median(samples.filter((s) => s.instrument === instrument && s.page === page).map((s) => s.ms));
  lines.push('', `${name}:`, `| instrument | ${PAGES.join(' | ')} |`, `| --- |${PAGES.map(() => ' ---: |').join('')}`);
  for (const instrument of chosen)
    lines.push(
      `| ${instrument} | ${PAGES.map((page) => `${m(instrument, page).toFixed(0)} ms ${(m(instrument, page) / m(instrument, 'plain')).toFixed(2)}×`).join(' | ')} |`,
    );
}
await browser.close();
inline.close();
bare.close();
console.log(lines.join('\n'));
