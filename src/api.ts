/**
 * What both bundler entries export: the class, its types and the stage helpers that need no zod.
 * `webview-form` re-exports this and no more, so that a bundled page loads zod after the first
 * render, as the drop-in does; `webview-form/element` adds the checks that use zod.
 */
export { WebviewForm, WebviewState, type SubmitOutcome } from './element/webview-form.js';
export { CLOSE_DELAY } from './delivery/close-on-success.js';
export { ErrorKind, WebviewError, isWebviewError, type WebviewErrorOptions } from './core/errors.js';
export { WebviewErrorEvent, WebviewStartEvent, type WebviewErrorDetail } from './element/events.js';
export {
  WebviewSuccessEvent,
  WebviewInvalidEvent,
  WebviewAbandonEvent,
  WebviewQueuedEvent,
  type WebviewAbandonDetail,
  type WebviewQueuedDetail,
  type WebviewSuccessDetail,
  type WebviewInvalidDetail,
} from './delivery/events.js';
export { WebviewSubmitEvent, type WebviewSubmitDetail } from './delivery/events.js';
export { WebviewStepEvent, type WebviewStepDetail } from './steps/step-event.js';
export { REGIONS, WEBVIEW_PATH, MAX_PAYLOAD_BYTES, type Region } from './core/protocol.js';
export type { Payload, SentPayload, ContextVariable, ConversationIds } from './core/schemas.js';
export {
  resolveIds,
  resolveEndpoint,
  resolveContext,
  DEFAULT_PARAM_NAMES,
  type ParamNames,
  type IdName,
  type FormContext,
} from './core/context.js';
export { resolveOptions, type FormOptions, type OptionSources } from './core/options.js';
export { DEFAULT_TIMEOUT, MAX_TIMEOUT, resolveTimeout } from './core/timeout.js';
export { readValues } from './delivery/answers.js';
export { listControls, type FieldError, type Control } from './dom/controls.js';
export {
  FIELD_TYPES,
  type FieldDeclaration,
  type TextFieldDeclaration,
  type TextareaFieldDeclaration,
  type RangeFieldDeclaration,
  type ChoiceFieldDeclaration,
  type CheckboxFieldDeclaration,
  type HiddenFieldDeclaration,
  type CheckedField,
  type CheckedStep,
  type CheckedItem,
  type Condition,
  type StepDeclaration,
  type FieldsDeclaration,
  type FieldType,
  type FieldOption,
} from './fields/declarations.js';
export type { WebviewMessages, FormMessages } from './i18n/messages.js';
export { DEFAULT_MESSAGES } from './delivery/messages.js';
export { STEP_MESSAGES, type StepMessages } from './i18n/step-messages.js';
export type { PayloadSources, FieldValues } from './core/payload.js';
export type { StaticVariables } from './core/variables.js';
export { sha256hex, authToken, signRequest, type SignedRequest } from './core/sign.js';
export { send, retryDelay, isRetryable, type Transport, type SendOptions, type SubmitResult } from './core/client.js';
export { containsCardNumber, passesLuhn } from './core/sensitive.js';
