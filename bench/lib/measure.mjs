// One cold load of a page, and one submit, each in a fresh browser context (an empty cache).
//
// Ready is the page's own `ready` mark (pages/ready.js says what ready means, the same for every
// page); the page announces it on the console, so the harness never polls the page and adds no
// script time of its own. At that moment the harness reads, through CDP:
//   heap     JSHeapUsedSize after a forced garbage collection, right after ready (work the page
//            starts once idle, such as <webview-form>'s prefetch, may or may not be in it yet)
// and from the page:
//   js, css  encodedBodySize (the gzip bytes) of every script, and every stylesheet but the
//            shared page.css, whose request started before ready (the bench's ready script is
//            a CDP init script, never downloaded)
//   visible  the page's `visible` mark: the form visible and typable (pages/ready.js), which on an
//            HTML-first page comes before the element is defined
//   cls      the sum of `layout-shift` entries before ready (none has recent input: nobody types)
//   upgrade  the same sum through the upgrade: up to the frame after the delivery chunk has run
//            (the element's first drawing with it takes over the nodes the first render drew) or,
//            on a page without it, two frames after ready
// Main-thread script time comes from separate, traced loads of the same pages (traceScript), so
// that tracing's own overhead stays out of the ready times.

import { readFileSync } from 'node:fs';

/** Installed before any of the page's own scripts: records layout shifts from the start. */
function observeLayoutShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => window.__shifts.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });
}

/** What the page can tell about itself once ready. */
function pageFigures() {
  const ready = performance.getEntriesByName('ready', 'mark')[0].startTime;
  const before = performance.getEntriesByType('resource').filter((entry) => entry.startTime < ready);
  const counted = before
    .filter(({ name }) => /\.(m?js|css)$/.test(new URL(name).pathname) && !/\/bench\/pages\/page\.css/.test(name))
    .map((entry) => ({ path: new URL(entry.name).pathname, bytes: entry.encodedBodySize, start: entry.startTime }));
  const bytes = (pattern) => counted.filter(({ path }) => pattern.test(path)).reduce((sum, file) => sum + file.bytes, 0);
  const visible = performance.getEntriesByName('visible', 'mark')[0].startTime;
  const shifts = window.__shifts.filter((shift) => !shift.hadRecentInput);
  const sum = (list) => list.reduce((total, shift) => total + shift.value, 0);
  return {
    ready,
    visible,
    js: bytes(/\.m?js$/),
    css: bytes(/\.css$/),
    files: counted,
    cls: sum(shifts.filter((shift) => shift.startTime < ready)),
    upgrade: sum(shifts),
  };
}

/** Resolves once the upgrade is over: the delivery chunk ran (when the page has one), then two frames. */
async function upgraded() {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const form = document.querySelector('webview-form');
  if (form) {
    const deadline = performance.now() + 5000;
    while (!performance.getEntriesByType('resource').some((entry) => entry.name.includes('.delivery.')) && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await form.updateComplete;
  }
  await frame();
  await frame();
}

/** The throttled profile: a slow 3G-like line and a 4× slower CPU (issue 34's independent harness's numbers). */
export const THROTTLED = {
  network: { latency: 150, downloadThroughput: 180_000, uploadThroughput: 84_375 },
  cpu: 4,
};

/**
 * Runs `rounds` rounds over `items`, rotated one place per round so that none always goes first
 * (the shared machine's load then falls on all alike); `measure` gives a sample, which gets its
 * round. A dot on stderr per sample says the run is alive.
 */
export async function rotated(items, rounds, measure) {
  const samples = [];
  for (let round = 0; round < rounds; round++) {
    for (let step = 0; step < items.length; step++) {
      samples.push({ ...(await measure(items[(round + step) % items.length])), round });
      process.stderr.write('.');
    }
  }
  return samples;
}

const metric = (metrics, name) => metrics.find((entry) => entry.name === name)?.value;

/** A CDP session on `page`, with `profile`'s network and CPU throttling (none when it is null). */
export async function throttle(context, page, profile) {
  const cdp = await context.newCDPSession(page);
  if (profile) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile.network });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  }
  return cdp;
}

const probe = readFileSync(new URL('../pages/ready.js', import.meta.url), 'utf8');

/**
 * Installs pages/ready.js as a CDP init script, so that it runs in the page before anything else
 * and the page holds no script of the bench's; `ready` resolves when it logs that the page is ready.
 */
async function announced(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Page.enable');
  await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: probe });
  return { ready: new Promise((resolve) => page.on('console', (message) => message.text() === 'bench:ready' && resolve())) };
}

/** Loads `url` once on a cold cache; returns the figures above, times in ms. */
export async function load(browser, url, profile) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(observeLayoutShifts);
    const cdp = await throttle(context, page, profile);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    const { ready } = await announced(context, page);
    await page.goto(url, { waitUntil: 'commit' });
    await ready;
    await cdp.send('HeapProfiler.collectGarbage');
    const afterGc = (await cdp.send('Performance.getMetrics')).metrics;
    await page.evaluate(upgraded);
    const figures = await page.evaluate(pageFigures);
    return { ...figures, heap: metric(afterGc, 'JSHeapUsedSize') };
  } finally {
    await context.close();
  }
}

// What counts as script in a trace of the renderer's main thread: running a script or module,
// compiling it, calling into it (events, timers, frames) and the microtasks, where Lit renders.
// Performance.getMetrics' ScriptDuration leaves compiling and microtasks out and reads 2-4× lower
// for Lit pages; it is kept in the samples for reference.
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.evaluateModule',
  'v8.compile',
  'v8.compileModule',
  'FunctionCall',
  'TimerFire',
  'EventDispatch',
  'RunMicrotasks',
  'V8.Execute',
]);

// What else the main thread does for the page before ready: parsing HTML and CSS, style, layout,
// paint. With SCRIPT_EVENTS, the main thread's whole work for the page: a plain form builds its
// controls while it parses and styles them, a script-drawn form while its script runs, so script
// time alone compares unlike work.
const BUSY_EVENTS = new Set([
  ...SCRIPT_EVENTS,
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
]);

/**
 * Whether `event` is the bench's own probe looking at a frame: a call into a function of no page
 * script (pages/ready.js is an init script, without a URL). Each look walks the page, 2-4 ms on the
 * throttled profile, and a page that paints before its module has run is looked at every frame
 * until ready: counted, it would charge the page for the instrument. (Frame callbacks themselves
 * are not counted: a page's own rAF callback is counted by its FunctionCall.)
 */
const instrument = (event) => event.name === 'FunctionCall' && !/^https?:/.test(event.args?.data?.url ?? '');

/** Milliseconds covered by the union of `events` (nested events count once), before `end`. */
function covered(events, end) {
  let total = 0;
  let reached = -Infinity;
  for (const { ts, dur } of events.sort((a, b) => a.ts - b.ts)) {
    const stop = Math.min(ts + dur, end);
    if (stop > Math.max(ts, reached)) total += stop - Math.max(ts, reached);
    reached = Math.max(reached, stop);
  }
  return total / 1000;
}

/**
 * Loads `url` once on a cold cache, traced; returns the main thread's script ms from navigation to
 * ready, its busy ms to the end of the ready frame's paint, and when that paint ended.
 */
export async function traceScript(browser, url, profile) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await throttle(context, page, profile);
    await cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    const events = [];
    cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,blink.user_timing', transferMode: 'ReportEvents' });
    const { ready } = await announced(context, page);
    await page.goto(url, { waitUntil: 'commit' });
    await ready;
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    // The ready frame's paint is traced whatever the timing of the probe's message.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
    await cdp.send('Tracing.end');
    await complete;
    const mark = events.find((event) => event.name === 'ready' && event.cat.includes('blink.user_timing'));
    const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain' && event.pid === mark.pid);
    const onMain = events.filter((event) => event.pid === main.pid && event.tid === main.tid && event.ph === 'X');
    const mine = onMain.filter((event) => !instrument(event));
    // Busy runs to the end of the ready frame's paint: ready is dated as the frame's callbacks
    // start, before its style, layout and paint. The style and layout a look of the probe forces
    // (checkVisibility) count: the frame would do them anyway, once.
    const framePaint = onMain.find((event) => event.name === 'Paint' && event.ts >= mark.ts);
    const start = events.find((event) => event.name === 'navigationStart' && event.pid === mark.pid);
    return {
      script: covered(
        mine.filter((event) => SCRIPT_EVENTS.has(event.name)),
        mark.ts,
      ),
      busy: covered(
        mine.filter((event) => BUSY_EVENTS.has(event.name)),
        framePaint ? framePaint.ts + framePaint.dur : mark.ts,
      ),
      // When the ready frame's pixels were drawn, from the navigation's start: ready is dated
      // before the frame's style, layout and paint, which a plain form spends more of than a
      // drawn one (it builds its controls there rather than in script).
      painted: framePaint && start ? (framePaint.ts + framePaint.dur - start.ts) / 1000 : undefined,
      scriptDuration: metric(metrics, 'ScriptDuration') * 1000,
    };
  } finally {
    await context.close();
  }
}

/**
 * Milliseconds from the click on Send (its event's timeStamp) to the request leaving the page (the
 * call to fetch), on the unthrottled profile. A person takes seconds to fill the form; by then the
 * page has been idle and <webview-form> has fetched its delivery chunk and computed the signature.
 * The bench stands in for that: it types, waits for the chunk when the page has one, lets the page
 * go idle twice, then clicks, in one of two ways (`press`):
 * - `click`: Playwright's click, which sends the move, the press and the release at once. The
 *   release's timeStamp is then taken while the press is still being handled (the focus moving,
 *   the pointerdown listeners), so this clock counts the press as well;
 * - `apart`: the press, the page idle again, then the release, as a person's finger does it
 *   (~100 ms apart): the clock counts what the release sets off, the click, and nothing before.
 */
export async function submit(browser, url, { waitForChunk, press = 'click' }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const original = window.fetch;
      window.fetch = (...args) => {
        window.__left ??= performance.now();
        return original(...args);
      };
      // From the click's own time stamp (when the browser took the release), not from when its
      // listeners ran: the delivery of the input to the page counts, as issue 34's independent
      // harness counts it. The page's first click listener's clock too: what a page's own code
      // can see; the difference is the browser's, and a hand-written script pays it alike.
      addEventListener(
        'click',
        (event) => {
          window.__clicked = event.timeStamp;
          window.__listened = performance.now();
        },
        true,
      );
    });
    const { ready } = await announced(context, page);
    await page.goto(url);
    await ready;
    await page.fill('[name=name]', 'Arthur');
    await page.fill('[name=email]', 'arthur@camelot.example');
    await page.check('[name=consent]');
    if (waitForChunk) {
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('delivery')));
    }
    const idle = async () => {
      for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 })));
    };
    await idle();
    const response = page.waitForResponse((candidate) => candidate.url().includes('/thirdparty-services-0.1/webview'));
    const send = page.locator('button[type=submit], button[part=submit]').first();
    if (press === 'click') await send.click();
    else {
      const box = await send.boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await idle();
      await page.mouse.up();
    }
    if (!(await response).ok()) throw new Error(`the mock refused the submit from ${url}`);
    return await page.evaluate(() => ({ ms: window.__left - window.__clicked, listener: window.__left - window.__listened }));
  } finally {
    await context.close();
  }
}
