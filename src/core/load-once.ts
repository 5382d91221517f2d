/**
 * Code loaded when it is needed, not before: every byte before the first render counts on a phone
 * on a slow network. Every lazily loaded chunk (the delivery, the sha256 fallback of plain-http
 * pages) goes through `loadOnce`.
 */
import { ErrorKind, WebviewError } from './errors.js';

/** Set to true by the drop-in's build, whose chunks sit beside its entry file under known names. */
declare const __WEBVIEW_FORM_DROP_IN__: boolean | undefined;

/**
 * Loads a chunk: the same promise every time, so that once loaded, awaiting it costs a microtask
 * rather than a module lookup. A failed load (a dropped connection) is a `network` error and is
 * forgotten, so the next call asks again: through `retry` when there is one, with the number of
 * failures so far.
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
 * Asking again for a chunk of the drop-in. Some engines (Chromium before 156, Firefox ESR 153)
 * remember a failed module fetch for the page's life, so `import()` of the same URL fails again at
 * once; the chunk's own URL with a query that no fetch has used (`?retry=1`, `?retry=2`…) is a
 * new module to them. The chunk imports only the entry file, which is loaded, so nothing it
 * needs can have failed before. Outside the drop-in (the source, an app's bundle) the chunk's
 * file name is not known here, and the same import is asked again.
 */
export function retryChunk<T>(fileName: string): ((failures: number) => Promise<T>) | undefined {
  if (typeof __WEBVIEW_FORM_DROP_IN__ === 'undefined') return undefined;
  return (failures) => import(/* @vite-ignore */ `${new URL(fileName, import.meta.url).href}?retry=${failures}`) as Promise<T>;
}
