/**
 * Whether a draft (delivery/draft.ts) is stored for a form of this page: all the first render asks. One
 * is, and the draft's code is asked for at once, else it comes when the page is idle. Whose draft
 * it is (which form's, which conversation's: delivery/draft.ts) is told by that code, so the first
 * render carries none of it; another form's draft only makes the chunk come sooner.
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
