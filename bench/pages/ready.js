// When a page's form is on screen and usable: the first frame at which all its controls are in the
// page (an element marked data-controls="N" holds N named controls in its light DOM; a page without
// one is parsed), no custom element is undefined, and every Lit element (shadow roots included) has
// rendered once and has no update pending (an element counts once upgraded otherwise). zod's
// verdict on a declaration comes later and only a submit waits for it, so ready does not.
//
// The harness installs this as a CDP init script (Page.addScriptToEvaluateOnNewDocument, in
// lib/measure.mjs): it runs before any of the page's own script and looks at every frame from the
// first, and the page holds no script of the bench's. Served inline in <head> after the stylesheet,
// as it was until issue 34, it held the parser until page.css arrived and cost the plain form
// ~110 ms throttled (and <webview-form>, already waiting for its module, next to nothing), which
// flattered every ratio. The console line tells the harness without it polling the page.
(() => {
  function rendered(root) {
    for (const element of root.querySelectorAll('*')) {
      if (!element.localName.includes('-')) continue;
      if (!element.matches(':defined')) return false;
      if ('hasUpdated' in element && (!element.hasUpdated || element.isUpdatePending)) return false;
      if (element.shadowRoot && !rendered(element.shadowRoot)) return false;
    }
    return true;
  }

  // A page without data-controls (the peers': their controls are custom elements) has them all
  // once it is parsed.
  function controlsPresent() {
    const hosts = [...document.querySelectorAll('[data-controls]')];
    if (!hosts.length) return document.readyState !== 'loading';
    return hosts.every((host) => {
      const names = new Set([...host.querySelectorAll('input, select, textarea')].map((control) => control.name));
      return names.size >= Number(host.dataset.controls);
    });
  }

  // The time is read as the callback starts, so that the look itself (a walk over the page,
  // longer on a page of more elements) is not counted. Not the frame's own timestamp: that may be
  // earlier than script that ran late in the frame before the callbacks, which would flatter it.
  requestAnimationFrame(function look() {
    const now = performance.now();
    if (!controlsPresent() || !rendered(document)) return requestAnimationFrame(look);
    performance.mark('ready', { startTime: now });
    console.debug('bench:ready');
  });
})();
