// Two moments of a page's form, each the first frame at which it holds:
//
//   ready    all its controls are in the page (an element marked data-controls="N" holds N named
//            controls in its light DOM; a page without one is parsed), no custom element is
//            undefined, and every Lit element (shadow roots included) has rendered once and has no
//            update pending. zod's verdict on a declaration comes later and only a submit waits
//            for it, so ready does not. This is issue 34's independent harness's definition.
//   visible  the person's moment, the form visible and typable: all its controls are in the page,
//            each with a box on screen (checkVisibility: not display:none, not visibility:hidden,
//            not in a closed <details>), none disabled or inert, and every Lit element that is
//            defined has rendered with no update pending. A custom element not defined yet counts
//            only through its light-DOM controls: on an HTML-first page the form is HTML, painted
//            with the page, and a Send pressed before the upgrade is held and sent once after it
//            (the early-send script, issue 27), so the person can already do everything. What the
//            upgrade then moves is measured as "CLS through the upgrade" (lib/measure.mjs). On a
//            page whose controls the script draws, or whose render is blocked until the module
//            ran, the two moments are one frame.
//
// The harness installs this as a CDP init script (Page.addScriptToEvaluateOnNewDocument, in
// lib/measure.mjs): it runs before any of the page's own script and looks at every frame from the
// first, and the page holds no script of the bench's. Served inline in <head> after the stylesheet,
// as it was until issue 34, it held the parser until page.css arrived and cost the plain form
// ~110 ms throttled (and <webview-form>, already waiting for its module, next to nothing), which
// flattered every ratio. The console line tells the harness without it polling the page.
(() => {
  function rendered(root, strict) {
    for (const element of root.querySelectorAll('*')) {
      if (!element.localName.includes('-')) continue;
      if (!element.matches(':defined')) {
        if (strict) return false;
        continue;
      }
      if ('hasUpdated' in element && (!element.hasUpdated || element.isUpdatePending)) return false;
      if (element.shadowRoot && !rendered(element.shadowRoot, strict)) return false;
    }
    return true;
  }

  const hosts = () => [...document.querySelectorAll('[data-controls]')];
  const controlsOf = (host) => [...host.querySelectorAll('input, select, textarea')];

  // A page without data-controls (the peers': their controls are custom elements) has them all
  // once it is parsed.
  function controlsPresent() {
    const marked = hosts();
    if (!marked.length) return document.readyState !== 'loading';
    return marked.every((host) => new Set(controlsOf(host).map((control) => control.name)).size >= Number(host.dataset.controls));
  }

  const typable = (control) =>
    control.type === 'hidden' ||
    (!control.disabled && !control.closest('[inert]') && control.checkVisibility({ visibilityProperty: true }));

  // The time is read as the callback starts, so that the look itself (a walk over the page,
  // longer on a page of more elements) is not counted. Not the frame's own timestamp: that may be
  // earlier than script that ran late in the frame before the callbacks, which would flatter it.
  let visible = false;
  requestAnimationFrame(function look() {
    const now = performance.now();
    if (!controlsPresent()) return requestAnimationFrame(look);
    // A peer's page names no controls to look at: its controls are custom elements, so it is
    // visible once they are defined and rendered (below).
    const marked = hosts();
    if (!visible && marked.length && rendered(document, false) && marked.every((host) => controlsOf(host).every(typable))) {
      visible = true;
      performance.mark('visible', { startTime: now });
    }
    if (!rendered(document, true)) return requestAnimationFrame(look);
    if (!visible) performance.mark('visible', { startTime: now });
    performance.mark('ready', { startTime: now });
    console.debug('bench:ready');
  });
})();
