// When a page's form is on screen and usable: the first frame at which the document is parsed,
// every custom element in it (shadow roots included) is defined and has rendered once (Lit's
// `hasUpdated`; an element that is not a Lit element counts once upgraded), and an element marked
// data-controls="N" holds N named controls in its light DOM. <webview-form> draws declared fields
// in its first render; zod's verdict on a declaration comes later and only a submit waits for it,
// so ready does not.
//
// Every page runs this same script, first in <head>, so that it looks at every frame from the
// first: a frame callback runs before that frame's style, layout and paint, so the callback that
// finds the form complete is in the frame that shows it. Looking only once the page's own scripts
// have run, then waiting a frame, would date a form drawn before that look one frame too late.
// The server inlines it (lib/server.mjs), and the console line tells the harness without it
// polling the page.
(() => {
  function rendered(root) {
    for (const element of root.querySelectorAll('*')) {
      if (!element.localName.includes('-')) continue;
      if (!element.matches(':defined')) return false;
      if ('hasUpdated' in element && !element.hasUpdated) return false;
      if (element.shadowRoot && !rendered(element.shadowRoot)) return false;
    }
    return true;
  }

  function controlsPresent() {
    return [...document.querySelectorAll('[data-controls]')].every((host) => {
      const names = new Set([...host.querySelectorAll('input, select, textarea')].map((control) => control.name));
      return names.size >= Number(host.dataset.controls);
    });
  }

  // The time is read as the callback starts, so that the look itself (a walk over the page,
  // longer on a page of more elements) is not counted. Not the frame's own timestamp: that may be
  // earlier than script that ran late in the frame before the callbacks, which would flatter it.
  requestAnimationFrame(function look() {
    const now = performance.now();
    if (document.readyState === 'loading' || !rendered(document) || !controlsPresent()) return requestAnimationFrame(look);
    performance.mark('ready', { startTime: now });
    console.debug('bench:ready');
  });
})();
