/**
 * Code loaded when it is needed, not before: whatever loads before the first render delays it on
 * a slow phone. Every lazily loaded chunk goes through `loadOnce`.
 */
import { ErrorKind, WebviewError } from './errors.js';

/** Set to true by the drop-in's build, whose chunks sit beside its entry file under known names. */
declare const __WEBVIEW_FORM_DROP_IN__: boolean | undefined;

/**
 * Loads a chunk, returning the same promise every time. A failed load is a `network` error and is
 * forgotten, so the next call asks again, through `retry` when there is one.
 */
export function loadOnce<T>(load: () => Promise<T>, retry?: (failures: number) => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  let failures = 0;
  return () =>
    (loading ??= (failures && retry ? retry(failures) : load()).catch((error: unknown) => {
      loading = undefined;
      failures++;
      throw new WebviewError(ErrorKind.NETWORK, 'Part of the form could not be loaded. Check your connection, then try again.', {
        cause: error,
        code: 'loadFailed',
      });
    }));
}

/**
 * Asking again for a chunk of the drop-in. Some engines remember a failed module fetch for the
 * page's life, so the retry adds a query no fetch has used (`?retry=1`), which is a new module to
 * them. Outside the drop-in the chunk's file name is not known, and the same import is asked again.
 */
export function retryChunk<T>(fileName: string): ((failures: number) => Promise<T>) | undefined {
  if (typeof __WEBVIEW_FORM_DROP_IN__ === 'undefined') return undefined;
  return (failures) => import(/* @vite-ignore */ `${new URL(fileName, import.meta.url).href}?retry=${failures}`) as Promise<T>;
}
