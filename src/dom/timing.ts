/**
 * Resolves in a task of its own, once the current one and its microtasks are done: a message the
 * page sends itself. Not a timer: a test may fake timers, and a background tab slows them.
 */
export function nextTask(): Promise<unknown> {
  const { port1, port2 } = new MessageChannel();
  const next = new Promise((resolve) => (port1.onmessage = resolve));
  port2.postMessage(undefined);
  return next;
}

/**
 * Resolves in a task after the next frame is painted, for work the first paint need not wait for.
 * A page that paints no frames (a hidden tab) goes on after a short timer instead.
 */
export const afterNextPaint = (): Promise<unknown> =>
  new Promise((resolve) => {
    requestAnimationFrame(resolve);
    setTimeout(resolve, 100);
  }).then(nextTask);

/**
 * Calls `then` once `document` is parsed: at once, or at DOMContentLoaded. A drop-in loaded
 * `async` may run while the page is still arriving, and an element of it then exists before the
 * content after its start tag; what reads that content unasked (auto-submit) waits for it.
 */
export function whenParsed(document: Document, then: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', then, { once: true });
  else then();
}

/** Resolves once `document` is parsed (see whenParsed). */
export const parsed = (document: Document): Promise<void> => new Promise((resolve) => whenParsed(document, () => resolve()));
