/** Where a form's draft is kept (draft.ts): under a key per page, form and conversation. */
import { DRAFT_PREFIX } from './draft-stored.js';

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
  return `${DRAFT_PREFIX}${place}@${conversationId}`;
}
