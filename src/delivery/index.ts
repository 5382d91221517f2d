/**
 * The delivery chunk: everything after the first render, fetched once the form is on screen, so
 * that zod and the send are not on the path to a usable form. It imports nothing but the entry
 * file, so one request brings it all.
 */
export { Session } from './session.js';
export { judgeFields } from './kinds.js';
export { renderFields } from './keyed-fields.js';
export { DEFAULT_MESSAGES } from './messages.js';
export { outcomeView } from './outcome-view.js';
