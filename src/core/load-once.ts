/**
 * Code loaded when it is needed, not before: whatever loads before the first render delays it on
 * a slow phone. Every lazily loaded chunk goes through `loadOnce`.
 */
import { ErrorKind, WebviewError } from './errors.js';

/**
 * The drop-in's build id, set by its build (vite.config.ts): its chunks sit beside its entry file
 * as `webview-form.<name>.<build>.js`. Undefined elsewhere, where a bundler names the chunks.
 */
declare const __WEBVIEW_FORM_BUILD__: string | undefined;

/** The address of the drop-in's chunk `name` (`delivery`, `fr`…), beside its entry file, or undefined outside the drop-in. */
export function dropInChunk(name: string): string | undefined {
  if (typeof __WEBVIEW_FORM_BUILD__ === 'undefined') return undefined;
  // A name, not a template, inside new URL(): Vite would take a template there for an asset pattern.
  const file = `webview-form.${name}.${__WEBVIEW_FORM_BUILD__}.js`;
  return new URL(file, import.meta.url).href;
}

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
export function retryChunk<T>(name: string): ((failures: number) => Promise<T>) | undefined {
  const address = dropInChunk(name);
  if (!address) return undefined;
  return (failures) => import(/* @vite-ignore */ `${address}?retry=${failures}`) as Promise<T>;
}
