/**
 * `webview-form/element`: the class, its types and the stage helpers, without defining the tag.
 * For apps that register the element under their own name or scope, or only need the helpers.
 * The checks below import zod; a bundler leaves them (and zod) out of an app that does not use them.
 */
export * from './api.js';
export { parseFields } from './fields/schema.js';
export { buildPayload, checkPayload } from './core/payload.js';
