// A page of custom elements is ready when every custom element in it, shadow roots included, is
// defined and has rendered once (Lit's `hasUpdated`; an element that is not a Lit element counts
// once upgraded), and an element marked data-controls="N" holds N named controls in its light DOM
// (<webview-form> draws declared fields in its first render; zod's verdict on a declaration comes
// later and only a submit waits for it, so ready does not). The next frame is when it is on
// screen. This module comes after the page's own, so it runs once those have defined their
// elements; it then checks once a frame.
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

while (!(rendered(document) && controlsPresent())) await new Promise(requestAnimationFrame);
requestAnimationFrame(() => {
  performance.mark('ready');
  console.debug('bench:ready');
});
