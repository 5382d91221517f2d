/**
 * `webview-form/element`: the class, its types and the stage helpers, without defining the tag.
 * For apps that register the element under their own name or scope, or only need the helpers.
 */
export { WebviewForm, WebviewState, CLOSE_DELAY } from './webview-form.js';
export { ErrorKind, WebviewError, isWebviewError, type WebviewErrorOptions } from './errors.js';
export {
  WebviewSubmitEvent,
  WebviewSuccessEvent,
  WebviewErrorEvent,
  WebviewInvalidEvent,
  type WebviewSubmitDetail,
  type WebviewSuccessDetail,
  type WebviewErrorDetail,
  type WebviewInvalidDetail,
} from './events.js';
export { REGIONS, WEBVIEW_PATH, MAX_PAYLOAD_BYTES, type Region, type Payload, type ContextVariable, type ConversationIds } from './protocol.js';
export { resolveIds, resolveEndpoint, resolveContext, DEFAULT_PARAM_NAMES, type ParamNames, type IdName, type FormContext } from './context.js';
export { readValues, type FieldValues } from './values.js';
export { listControls, type FieldError, type Control } from './controls.js';
export { FIELD_TYPES, type FieldDeclaration, type FieldType, type FieldOption } from './fields.js';
export { parseFields } from './field-schema.js';
export { DEFAULT_MESSAGES, type WebviewMessages } from './messages.js';
export { buildPayload, checkPayload, type PayloadSources, type StaticVariables } from './payload.js';
export { sha256hex, authToken, signRequest, type SignedRequest } from './auth.js';
export { send, retryDelay, isRetryable, type Transport, type SendOptions, type SubmitResult } from './client.js';
export { containsCardNumber, passesLuhn } from './sensitive.js';
