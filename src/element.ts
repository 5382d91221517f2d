/**
 * `webview-form/element`: the class, its types and the stage helpers, without defining the tag.
 * For apps that register the element under their own name or scope, or only need the helpers.
 * The checks below import zod, so this entry's static imports include it (bundlers may keep it even
 * when the checks go unused); `webview-form` leaves them out and loads zod after the first render.
 */
export * from './api.js';
export { parseFields } from './delivery/fields-schema.js';
export { buildPayload, checkPayload } from './core/payload.js';
