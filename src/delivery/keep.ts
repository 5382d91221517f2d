/**
 * Where a form keeps what must outlive the page, as `keep` says: the tab's storage for `tab`, none
 * for `none`, else the device's (the default, and what an unknown value means); none when the
 * browser refuses it (Safari's private mode of old, a locked-down WebView).
 */
export function keptIn(keep?: string): Storage | undefined {
  try {
    return keep === 'none' ? undefined : keep === 'tab' ? sessionStorage : localStorage;
  } catch {
    return undefined;
  }
}

/** How long a draft, or a post in the outbox, is kept after its last change. */
export const KEPT_FOR = 24 * 60 * 60 * 1000;
