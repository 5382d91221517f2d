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
 * A page that paints no frames (a hidden tab) goes on after a second instead: long enough that a
 * shown page's first frame, however loaded the machine, comes first (at 100 ms, a CI run saw the
 * timer win and the delivery asked for before the frame).
 */
export const afterNextPaint = (): Promise<unknown> =>
  new Promise((resolve) => {
    requestAnimationFrame(resolve);
    setTimeout(resolve, 1000);
  }).then(nextTask);

/**
 * Resolves once `document` is parsed: at once, or at DOMContentLoaded (which fires once: the
 * listener stays, a no-op). A drop-in loaded `async` may run while the page is still arriving,
 * and an element of it then exists before the content after its start tag; what reads the whole
 * form (a send, the draft, the steps) waits for it.
 */
export const parsed = (document: Document): Promise<unknown> =>
  new Promise((resolve) => (document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', resolve) : resolve(0)));
