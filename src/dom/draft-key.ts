/**
 * Where a form's draft is kept (draft.ts). Part of the first render, which only needs to know
 * whether there is a draft to restore: then the draft's code is asked for at once, else when idle.
 */
const PREFIX = 'webview-form:draft:';

/** Where a form is: its page, and its id or else its place among the page's forms. */
export function draftPlace(host: Element): string {
  const forms = Array.from(host.ownerDocument.querySelectorAll(host.localName));
  return `${location.pathname}#${host.id || forms.indexOf(host)}`;
}

/**
 * The draft key of the form at `place` (see draftPlace) in a conversation: a link to another
 * conversation starts blank, not with answers meant for this one.
 */
export function draftKey(place: string, conversationId = ''): string {
  return `${PREFIX}${place}@${conversationId}`;
}

/** Whether a draft is stored under `key`. */
export function hasDraft(key: string): boolean {
  try {
    return sessionStorage.getItem(key) !== null;
  } catch {
    return false;
  }
}
