/**
 * The element's lazily loaded chunks. zod comes after the first render, with the verdict on
 * declared fields and with the delivery chunk, which is fetched while the page is idle so that
 * sending does not wait for it.
 */
import { loadOnce } from '../core/load-once.js';

export const loadDelivery = loadOnce(() => import('./delivery.js'));
export type Delivery = Awaited<ReturnType<typeof loadDelivery>>;

// The schema imports zod's chunk: asking for both at once saves a round trip on a slow network.
export const loadFieldSchema = loadOnce(() => Promise.all([import('../fields/schema.js'), import('../core/schemas.js')]).then(([schema]) => schema));

/** Fetches the delivery chunk once the page has nothing better to do. */
export function prefetchDelivery(): Promise<Delivery> {
  const whenIdle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  return new Promise<void>((resolve) => whenIdle(() => resolve())).then(loadDelivery);
}
