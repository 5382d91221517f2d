/**
 * Where drafts are kept (draft.ts): the first render only needs to know whether this tab holds
 * one, to ask for the draft's code at once rather than when the page is idle. Which form and
 * conversation a draft belongs to is draft.ts's to judge, in the delivery chunk.
 */
export const DRAFT_PREFIX = 'webview-form:draft:';

/** Whether this tab stores any form's draft. */
export function anyDraft(): boolean {
  try {
    return Object.keys(sessionStorage).some((key) => key.startsWith(DRAFT_PREFIX));
  } catch {
    return false;
  }
}
