/**
 * Whether a draft (delivery/draft.ts) is kept for a form of this page: all the first render asks.
 * If one is, the draft's code loads at once; whose draft it is, and whether `keep` lets it come
 * back, that code decides, so the first render carries none of it. A post waiting in the outbox
 * needs no such haste: the delivery, which sends it, comes when the page is idle.
 */
export const DRAFT_PREFIX = 'webview-form:draft:';

/** Whether a draft of a form of this page is kept in the tab's storage or the device's (storage that cannot be read holds none). */
export function draftOnPage(): boolean {
  try {
    return [sessionStorage, localStorage].some((storage) =>
      Object.keys(storage).some((key) => key.startsWith(`${DRAFT_PREFIX}${location.pathname}#`)),
    );
  } catch {
    return false;
  }
}
