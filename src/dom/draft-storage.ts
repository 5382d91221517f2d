/**
 * Whether a draft (delivery/draft.ts) is stored for a form of this page: all the first render asks.
 * If one is, the draft's code loads at once; whose draft it is, that code decides, so the first
 * render carries none of it.
 */
export const DRAFT_PREFIX = 'webview-form:draft:';

/** Whether a draft of a form of this page is stored in this tab (storage that cannot be read holds none). */
export function draftOnPage(): boolean {
  try {
    return Object.keys(sessionStorage).some((key) => key.startsWith(`${DRAFT_PREFIX}${location.pathname}#`));
  } catch {
    return false;
  }
}
