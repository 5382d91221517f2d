/**
 * `return-url`: the way back to the chat, shown as a link after success, on a broken link's page
 * and when the window would not close. A messaging app's deep link (`whatsapp://…`, `intent:…`) is
 * as welcome as a web page; a scheme that runs code or reads the device is not, whoever set it.
 */
const REFUSED = /^(javascript|data|vbscript|blob|file):$/i;

/**
 * Returns `value` as an absolute URL the element may link to, resolved against `base`; undefined
 * when it is empty, not a URL, or of a refused scheme (core/options.ts reports those as `config`).
 */
export function returnLink(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value, base);
    return REFUSED.test(url.protocol) ? undefined : url.href;
  } catch {
    return undefined;
  }
}
