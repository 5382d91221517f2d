/**
 * Code loaded when it is needed, not before the form is on screen: every byte before the first
 * render counts on a phone on a slow network. zod comes after the first render, with the verdict
 * on declared fields and with the submission chunk, which is fetched while the page is idle so
 * that sending does not wait for it.
 */
import { ErrorKind, WebviewError } from '../core/errors.js';

/**
 * Loads a chunk: the same promise every time, so that once loaded, awaiting it costs a microtask
 * rather than a module lookup. A failed load (a dropped connection) is a `network` error and is
 * forgotten, so the next call asks the browser again; browsers that no longer keep failed module
 * fetches (whatwg/html#10327; Chromium 156 is one) fetch it anew.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw new WebviewError(ErrorKind.NETWORK, 'Part of the form could not be loaded. Check your connection, then try again.', { cause: error });
    }));
}

export const loadSubmission = loadOnce(() => import('./submission.js'));
export type Submission = Awaited<ReturnType<typeof loadSubmission>>;

// The schema imports zod's chunk: asking for both at once saves a round trip on a slow network.
export const loadFieldSchema = loadOnce(() => Promise.all([import('../fields/schema.js'), import('../core/schemas.js')]).then(([schema]) => schema));

/** Fetches the submission chunk once the page has nothing better to do. */
export function prefetchSubmission(): Promise<Submission> {
  const whenIdle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  return new Promise<void>((resolve) => whenIdle(() => resolve())).then(loadSubmission);
}
