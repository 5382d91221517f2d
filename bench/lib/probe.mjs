// The independent harness's ready probe (issue 34), shared by bench/independent.mjs and
// bench/compare.mjs so the two date "ready" by one definition: installed as a CDP init script, it
// looks at every frame from the first and calls the binding `binding` with the time of the first
// frame in which every control is present, no element is undefined, and every Lit element has
// rendered (and, with `checkPending`, has no update pending).
export function probe(checkPending, binding) {
  // A peer's page names no count: its controls are custom elements, all present once it is parsed.
  const controlsPresent = (hosts = [...document.querySelectorAll('[data-controls]')]) =>
    (hosts.length > 0 || document.readyState !== 'loading') &&
    hosts.every(
      (host) =>
        new Set([...host.querySelectorAll('input, select, textarea')].map((control) => control.name)).size >= Number(host.dataset.controls),
    );
  const settled = (root) => {
    if (root.querySelector(':not(:defined)')) return false;
    for (const element of root.querySelectorAll('*')) {
      if ('hasUpdated' in element && (!element.hasUpdated || (checkPending && element.isUpdatePending))) return false;
      if (element.shadowRoot && !settled(element.shadowRoot)) return false;
    }
    return true;
  };
  requestAnimationFrame(function look() {
    const now = performance.now();
    if (!controlsPresent() || !settled(document)) return requestAnimationFrame(look);
    globalThis[binding](String(now));
  });
}

/** The probe as an init script's source. */
export const probeSource = (checkPending, binding) => `(${probe})(${checkPending}, ${JSON.stringify(binding)})`;
