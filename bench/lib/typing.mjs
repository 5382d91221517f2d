// Typing into a form whose conditions all name the field typed into (issue 27, row 7): what one
// keystroke costs the page's main thread, unthrottled.
//
// The instrument: two listeners of the page's window for `input`, one capturing (before any
// other listener) and one bubbling (after the form's own, which are on the element), registered
// before the page's scripts. The time between them is the whole dispatch of that input event:
// every listener, the conditions judged again, the draft kept, and the microtasks they queue
// (Lit's render), which run as each listener returns. Work left for a later task, and the style
// and layout of the next frame, are not in it: the second figure, the harder one, is from the
// start of the input event to the first task after the next frame, which holds that frame's
// style, layout and paint (as Event Timing's duration does, without its 8 ms rounding and 16 ms
// floor). Keys are real key presses (CDP), one at a time, each once the last one's frame is done.
//
// The first keystroke shows every conditional field (the topic becomes filled) and starts the
// delivery's work on first input; it is reported apart, and the median is of the keystrokes after it.

/** Installed before any of the page's own scripts. */
function timeInputs() {
  window.__inputs = [];
  window.__frames = [];
  let start = 0;
  addEventListener('input', () => (start = performance.now()), true);
  addEventListener('input', () => {
    const began = start;
    window.__inputs.push(performance.now() - began);
    requestAnimationFrame(() => setTimeout(() => window.__frames.push(performance.now() - began)));
  });
}

/**
 * Loads `url` (a page of pages/… or gen/conditions-N.html) on a cold cache, waits until its
 * conditions are judged (`last`, the name of the last conditional field, is switched off), types
 * `text` into `[name=topic]`; returns the ms of each keystroke's input event (`inputs`) and to the end of its next frame (`frames`).
 */
export async function typing(browser, url, { last, text }) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(timeInputs);
    await page.goto(url);
    // The steps code judges the conditions once the delivery has come (at the first focus, or idle).
    await page.waitForFunction((name) => document.querySelector(`webview-form [name="${name}"]`)?.matches(':disabled'), last, {
      timeout: 60_000,
    });
    await page.focus('[name=topic]');
    for (const key of text) {
      const count = await page.evaluate(() => window.__frames.length);
      await page.keyboard.press(key);
      await page.waitForFunction((before) => window.__frames.length > before, count);
    }
    const shown = await page.evaluate((name) => !document.querySelector(`webview-form [name="${name}"]`).matches(':disabled'), last);
    if (!shown) throw new Error(`typing into the topic of ${url} did not show its conditional fields`);
    return await page.evaluate(() => ({ inputs: window.__inputs, frames: window.__frames }));
  } finally {
    await context.close();
  }
}
