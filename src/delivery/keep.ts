/**
 * Where a form keeps what must outlive the page, as `keep` says: the tab's storage for `tab`, none
 * for `none`, else the device's (the default, and, with a console warning, what an unknown value
 * means, as an HTML attribute's invalid value means its default); none when the browser refuses
 * it (Safari's private mode of old, a locked-down WebView).
 */
const KEEPS = ['device', 'tab', 'none'];
const warned = new Set<string>();

export function keptIn(keep?: string): Storage | undefined {
  if (keep !== undefined && !KEEPS.includes(keep) && !warned.has(keep)) {
    warned.add(keep);
    console.warn(
      `<webview-form>: keep="${keep}" is not device, tab or none, so answers are kept on the device; write keep="tab" or "none" to keep less.`,
    );
  }
  try {
    return keep === 'none' ? undefined : keep === 'tab' ? sessionStorage : localStorage;
  } catch {
    return undefined;
  }
}

/** How long a draft, or a post in the outbox, is kept after its last change. */
export const KEPT_FOR = 24 * 60 * 60 * 1000;
