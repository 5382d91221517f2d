/**
 * The element's lazily loaded code: one chunk, the delivery, with zod, the check of declared
 * fields and everything a send needs. It has no lazy chunk of its own to depend on (the sha256
 * fallback is loaded by `import()`, not imported), so asking for it again after a failure is
 * enough to recover (see core/load-once.ts). A declaration of `fields` asks for it once the
 * first frame is painted (declared-fields.ts); otherwise it is fetched while the page is idle, so
 * that sending does not wait.
 */
import { loadOnce, retryChunk } from '../core/load-once.js';
import { afterNextPaint } from '../dom/timing.js';

type DeliveryModule = typeof import('../delivery/index.js');

export const loadDelivery = loadOnce(() => import('../delivery/index.js'), retryChunk<DeliveryModule>('webview-form.delivery.js'));
export type Delivery = Awaited<ReturnType<typeof loadDelivery>>;

/**
 * Fetches the delivery chunk once the form is on screen and the page has nothing better to do, or
 * two seconds later at the latest: a page that is never idle (an animation, a busy phone) must
 * still get it before a send. Some engines (Firefox) find the page idle before its first frame.
 */
export function prefetchDelivery(): Promise<Delivery> {
  const whenIdle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  return afterNextPaint()
    .then(() => new Promise<void>((resolve) => whenIdle(() => resolve(), { timeout: 2000 })))
    .then(loadDelivery);
}

type StepsModule = typeof import('../steps/index.js');

/** The steps chunk: multi-step forms and conditions, asked for when the content has such markup. */
export const loadSteps = loadOnce(() => import('../steps/index.js'), retryChunk<StepsModule>('webview-form.steps.js'));
