/**
 * `return-url`: the way back to the chat, shown as a link after success, on a broken link's page
 * and when the window would not close. A messaging app's deep link (`whatsapp://…`, `intent:…`) is
 * as welcome as a web page; a scheme that runs code or reads the device is not, whoever set it.
 */
// Also the handlers that reach past the browser into the system (ms-msdt:, search-ms:,
// ms-officecmd: on Windows, itms-services: on iOS), and the browser's own views of a page.
const REFUSED =
  /^(javascript|livescript|data|vbscript|blob|file|filesystem|jar|view-source|ms-msdt|search-ms|ms-officecmd|itms-services):$/i;

// Android opens an `intent:` link's `S.browser_fallback_url` when no app takes the link: that
// address is followed like the link itself, so it must be a web page. Read decoded, as Chrome does.
const UNSAFE_FALLBACK = /;S\.browser_fallback_url=(?!https?:)/i;

/**
 * Returns `value` as an absolute URL the element may link to, resolved against `base`; undefined
 * when it is empty, not a URL, or of a refused scheme (core/options.ts reports those as `config`).
 */
export function returnLink(value: unknown, base: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  try {
    const url = new URL(value, base);
    // A fallback that cannot be decoded is refused too (decodeURIComponent throws).
    return REFUSED.test(url.protocol) || (url.protocol === 'intent:' && UNSAFE_FALLBACK.test(decodeURIComponent(url.href)))
      ? undefined
      : url.href;
  } catch {
    return undefined;
  }
}
