/**
 * The public interface of `<webview-form>`, described once: each property with its type, its
 * attribute and how that attribute is read, and each event with its class. The element's reactive
 * properties and its property types, `HTMLElementEventMap`, the React and Vue typings
 * (framework-props.ts), the designer's settings and the docs (custom-elements.json, through
 * custom-elements-manifest.config.mjs) are derived from it; test/node/public-interface.test.mjs
 * checks the README's tables and the typings fixtures against it.
 */
import type { PropertyDeclaration } from '@lit/reactive-element';
import type { IdName } from '../core/ids.js';
import type { Region } from '../core/protocol.js';
import type { StaticVariables } from '../core/variables.js';
import type { Transport } from '../core/client.js';
import type { FieldsDeclaration } from '../fields/declarations.js';
import type { WebviewMessages } from '../i18n/messages.js';
import type { WebviewStepEvent } from '../steps/step-event.js';
import type { WebviewErrorEvent, WebviewStartEvent } from './events.js';
import type {
  WebviewAbandonEvent,
  WebviewInvalidEvent,
  WebviewQueuedEvent,
  WebviewSubmitEvent,
  WebviewSuccessEvent,
} from '../delivery/events.js';
import { parseJson } from '../core/parse-json.js';

/** Where the element is in its life: reflected as the `state` attribute for CSS and tests. */
export const WebviewState = {
  IDLE: 'idle',
  INVALID: 'invalid',
  SUBMITTING: 'submitting',
  SUCCESS: 'success',
  ERROR: 'error',
  /** The post could not leave (offline, the service unreachable): it waits in the outbox. */
  QUEUED: 'queued',
} as const;
export type WebviewState = (typeof WebviewState)[keyof typeof WebviewState];

// Attribute converters never throw (see core/parse-json.ts): a malformed value is kept, marked, and
// reported as a `config` error when the settings are checked. None of these properties is reflected,
// so each converter is Lit's short form, a function: it reads the attribute, and nothing writes one.
/** Parses a JSON attribute such as `variables='{"source": "chat"}'`. */
export const jsonAttribute: (text: string | null) => unknown = parseJson;

/** Parses a comma-separated list of names such as `url-variables="PaymentId, PaymentStatus"`. */
export const nameListAttribute = (text: string | null): string[] =>
  (text ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');

// The types say what code should set, so an editor catches `region="eu"` or `type: 'emial'`. At
// run time anything can arrive (attributes are strings, pages are not type-checked):
// core/options.ts and delivery/fields-schema.ts check every value, and a wrong one is a `config` error.

/** The element's public properties, in the order the docs list them. */
export interface PublicProperties {
  /** The bot's ID; wins over the URL's `botId`. */
  botId?: string;
  /** The conversation's ID; wins over the URL's `conversationId` or `convId`. */
  conversationId?: string;
  /** The consumer's user ID; wins over the URL's `userId`. */
  userId?: string;
  /** Query parameter names to read IDs from, e.g. `{"conversationId": "cid"}`. Default: botId, conversationId or convId, userId. */
  params?: Partial<Record<IdName, string | string[]>>;
  /** A full URL, or a path on this site (the mock, a relay), to post to. Wins over `domain` and `region`. */
  endpoint?: string;
  /** The API's host, such as `va.bc-intg.liveperson.net`. Wins over `region`. */
  domain?: string;
  /** The LivePerson region: `us`, `uk`, `sy` or `gcp`. */
  region?: Region;
  /** Text posted to the chat with the variables; it triggers a dialog starter when it matches one. */
  message?: string;
  /** Milliseconds before one attempt, its answer's body included, is abandoned. Default: 15000; at most 120000 (larger values are clamped, and values that are not a positive number fall back to the default, with a console warning). */
  timeout?: number;
  /** Static variables sent with every post, as an object or a JSON attribute. */
  variables?: StaticVariables;
  /** Names of URL query parameters to forward as variables, e.g. `PaymentId,PaymentStatus`. */
  urlVariables: string[];
  /** Names of fields whose numbers only look like card numbers (order numbers): they skip the card check. */
  notCardNumbers: string[];
  /**
   * Declared fields, as a list or a JSON attribute: `[{ "name": "email", "type": "email", "required": true }]`;
   * or steps that hold fields, shown one at a time: `[{ "step": "About you", "fields": [ … ] }, …]`.
   * A field or step with `when` shows only while an earlier answer matches it.
   */
  fields?: FieldsDeclaration;
  /** Replacements for any of the texts the element shows, e.g. a translation: `{ "send": "Envoyer" }`. */
  messages?: Partial<WebviewMessages>;
  /** Submit once as soon as the element is ready and the page parsed (its content complete), without waiting for the person (payment confirmation). Default: false. */
  autoSubmit: boolean;
  /**
   * After success, try to close the window (it works when the chat opened it) after two seconds.
   * When the browser keeps it open, the element says so and offers `return-url`, or says the page
   * can be closed. Default: false.
   */
  closeOnSuccess: boolean;
  /**
   * The way back to the chat: a messaging app's deep link or the web messaging page. "Back to the
   * conversation" leads there after success, on a broken link's page, and when the window would not
   * close. `javascript:`, `data:`, `vbscript:`, `blob:`, `filesystem:` and `file:` links (and `jar:`, `view-source:` and the system handlers `ms-msdt:`, `search-ms:`, `ms-officecmd:`, `itms-services:`), and `intent:` ones whose fallback is not http(s), are refused (`config`).
   */
  returnUrl?: string;
  /** While typed answers are unsent, leaving the page asks the browser's confirmation ("Leave site?"). Default: false. */
  confirmLeave: boolean;
  /** A multi-step form ends with "Check your answers": every shown answer, grouped by step, each with a Change button. Default: false. */
  review: boolean;
  /**
   * Where drafts and posts waiting for the line are kept: `device` (the default: this browser's
   * storage, for this site, page and conversation, for 24 hours after the last change), `tab` (until
   * the tab closes) or `none`. A shared device (a kiosk) should use `tab` or `none`.
   */
  keep?: 'device' | 'tab' | 'none';
  /**
   * The fields the link may fill, by name (`prefill="name,email"`): each starts with the value of the
   * link's `#fragment` parameter of its name (which no server log or Referer sees), else its query's.
   * The person can change it; a draft wins over it. A hidden field, a card-like or secret one, and a
   * value over the field's limits or none of its choices are ignored, with a console warning.
   */
  prefill?: string[];
  /** `idle | invalid | submitting | success | error | queued`, reflected as an attribute. Read-only in spirit. */
  state: WebviewState;
  /** The transport. Default: the global `fetch`. Tests, stories and the demo hand it the mock backend. */
  fetch?: Transport;
}

/** The properties the element sets and a page only reads. */
export type ReadOnlyProperty = 'state';

/**
 * How each public property meets HTML, as Lit's reactive properties: its attribute when that is
 * not the property's name in lower case, how the attribute is read, whether it is reflected. None
 * but `state` is reflected, and the converters never throw (see element/public-interface.ts).
 */
export const PUBLIC_PROPERTIES = {
  botId: { attribute: 'bot-id' },
  conversationId: { attribute: 'conversation-id' },
  userId: { attribute: 'user-id' },
  params: { converter: jsonAttribute },
  endpoint: {},
  domain: {},
  region: {},
  message: {},
  timeout: { type: Number },
  variables: { converter: jsonAttribute },
  urlVariables: { attribute: 'url-variables', converter: nameListAttribute },
  notCardNumbers: { attribute: 'not-card-numbers', converter: nameListAttribute },
  fields: { converter: jsonAttribute },
  messages: { converter: jsonAttribute },
  autoSubmit: { attribute: 'auto-submit', type: Boolean },
  closeOnSuccess: { attribute: 'close-on-success', type: Boolean },
  returnUrl: { attribute: 'return-url' },
  confirmLeave: { attribute: 'confirm-leave', type: Boolean },
  review: { type: Boolean },
  keep: {},
  prefill: { converter: nameListAttribute },
  state: { reflect: true },
  fetch: { attribute: false },
} as const satisfies { [Name in keyof PublicProperties]-?: PropertyDeclaration };

/** The element's events by name, with their classes; all bubble and are composed. */
export interface PublicEvents {
  /** Before sending; cancelable; `detail.payload` may be amended. */
  'webview-submit': WebviewSubmitEvent;
  /** The service accepted the post: `detail.payload`, `detail.status`, `detail.response`, `detail.attempts`; `detail.replayed` when this tab had already sent this exact post, which was not sent again; `detail.queued` when it left from the outbox. */
  'webview-success': WebviewSuccessEvent;
  /** Something failed: `detail.error.kind`, `detail.error.message`, `detail.error.status`. */
  'webview-error': WebviewErrorEvent;
  /** Fields are invalid and nothing was sent (a send, or Next on a step): `detail.errors`. */
  'webview-invalid': WebviewInvalidEvent;
  /** The first input into the form, once per page view. Carries no values. */
  'webview-start': WebviewStartEvent;
  /** A move between steps: `detail.from`, `detail.to` (step titles, `"review"` for the review page), `detail.index`, `detail.count`. */
  'webview-step': WebviewStepEvent;
  /** The page was left (`pagehide`) with something typed and nothing sent: `detail.step`, `detail.filled` (field names, never values). */
  'webview-abandon': WebviewAbandonEvent;
  /** The post could not leave (offline, the service unreachable, timing out or answering 502–504) and waits in the outbox, to leave by itself once the line is back (`keep`): `detail.kind`, `detail.attempts`, `detail.queuedAt`. */
  'webview-queued': WebviewQueuedEvent;
}

declare global {
  // `addEventListener('webview-success', (event) => event.detail.status)` is typed.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the members are PublicEvents'
  interface HTMLElementEventMap extends PublicEvents {}
}
