/**
 * What a framework may hand `<webview-form>` and listen to, for the JSX and template typings of
 * `webview-form/react` and `webview-form/vue`. Types only: nothing here reaches a bundle.
 */
import type { WebviewForm } from './webview-form.js';
import type { WebviewErrorEvent } from './events.js';
import type { WebviewInvalidEvent, WebviewSuccessEvent } from './late-events.js';
import type { WebviewSubmitEvent } from './submit-event.js';

/**
 * The public properties a page may set. React 19 and Vue 3 set a property (not an attribute)
 * when the element has one by that name, so lists and objects such as `fields` arrive whole.
 * `state` is left out: the element sets it.
 */
export type WebviewFormProperties = Partial<
  Pick<
    WebviewForm,
    | 'botId'
    | 'conversationId'
    | 'userId'
    | 'params'
    | 'endpoint'
    | 'domain'
    | 'region'
    | 'message'
    | 'timeout'
    | 'variables'
    | 'urlVariables'
    | 'notCardNumbers'
    | 'fields'
    | 'messages'
    | 'autoSubmit'
    | 'closeOnSuccess'
    | 'returnUrl'
    | 'confirmLeave'
    | 'fetch'
  >
>;

/**
 * The attributes whose names differ from their properties', as HTML spells them. A framework sets
 * these as attributes (the element has no property by that name), so their values are text,
 * except the boolean ones, which React 19 and Vue add when true and remove when false.
 */
export interface WebviewFormAttributes {
  'bot-id'?: string;
  'conversation-id'?: string;
  'user-id'?: string;
  /** Comma-separated names, e.g. `PaymentId,PaymentStatus`. */
  'url-variables'?: string;
  /** Comma-separated names. */
  'not-card-numbers'?: string;
  'auto-submit'?: boolean;
  'close-on-success'?: boolean;
  'return-url'?: string;
  'confirm-leave'?: boolean;
}

/** The element's events by name, with their classes. */
export interface WebviewFormEvents {
  'webview-submit': WebviewSubmitEvent;
  'webview-success': WebviewSuccessEvent;
  'webview-error': WebviewErrorEvent;
  'webview-invalid': WebviewInvalidEvent;
}
