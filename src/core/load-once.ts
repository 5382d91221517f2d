/**
 * Code loaded when it is needed, not before: every byte before the first render counts on a phone
 * on a slow network. Every lazily loaded chunk (the submission, zod's check of declared fields,
 * the sha256 fallback of plain-http pages) goes through `loadOnce`.
 */
import { ErrorKind, WebviewError } from './errors.js';

/**
 * Loads a chunk: the same promise every time, so that once loaded, awaiting it costs a microtask
 * rather than a module lookup. A failed load (a dropped connection) is a `network` error and is
 * forgotten, so the next call asks the browser again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw new WebviewError(ErrorKind.NETWORK, 'Part of the form could not be loaded. Check your connection, then try again.', { cause: error });
    }));
}
