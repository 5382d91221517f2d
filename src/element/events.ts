/**
 * The element's events: one class each, all bubbling and composed, registered in
 * `HTMLElementEventMap` so `addEventListener('webview-success', e => e.detail.status)` is typed.
 * `webview-submit` and `webview-step` have files of their own: only lazily loaded code fires them.
 */
import type { SentPayload } from '../core/schemas.js';
import type { WebviewSubmitEvent } from './submit-event.js';
import type { WebviewStepEvent } from '../steps/step-event.js';
import type { WebviewError } from '../core/errors.js';
import type { FieldError } from '../dom/controls.js';

export const FLAGS = { bubbles: true, composed: true } as const;

export interface WebviewSuccessDetail {
  /** The body that was sent; `contextVariables` is `[]` when there were none. */
  readonly payload: SentPayload;
  /** The HTTP status, 2xx. */
  readonly status: number;
  /** The parsed response body; the vendor documents none, so do not rely on its fields. */
  readonly response: unknown;
  /** How many attempts it took; 0 when `replayed`. */
  readonly attempts: number;
  /**
   * True when this exact post had already succeeded from this tab (a reload of an auto-submit
   * page, a second identical send) and was not sent again; `response` is then null.
   */
  readonly replayed: boolean;
}

/** Fired once the service accepted the post. */
export class WebviewSuccessEvent extends CustomEvent<WebviewSuccessDetail> {
  static readonly type = 'webview-success';
  constructor(detail: WebviewSuccessDetail) {
    super(WebviewSuccessEvent.type, { ...FLAGS, detail });
  }
}

export interface WebviewErrorDetail {
  /** `error.kind` says what failed; `error.message` is shown to the person; `error.status` is set for `http`. */
  readonly error: WebviewError;
}

/** Fired when a submission fails, or when the element cannot work at all (a `context` or `config` error). */
export class WebviewErrorEvent extends CustomEvent<WebviewErrorDetail> {
  static readonly type = 'webview-error';
  constructor(error: WebviewError) {
    super(WebviewErrorEvent.type, { ...FLAGS, detail: { error } });
  }
}

export interface WebviewInvalidDetail {
  /** Each invalid control, in document order, with the browser's explanation. */
  readonly errors: readonly FieldError[];
}

/** Fired when a submission is stopped because fields are invalid; nothing is sent. */
export class WebviewInvalidEvent extends CustomEvent<WebviewInvalidDetail> {
  static readonly type = 'webview-invalid';
  constructor(errors: readonly FieldError[]) {
    super(WebviewInvalidEvent.type, { ...FLAGS, detail: { errors } });
  }
}

/** Fired once per page view, at the first input into any of the form's controls. Carries no values. */
export class WebviewStartEvent extends Event {
  static readonly type = 'webview-start';
  constructor() {
    super(WebviewStartEvent.type, FLAGS);
  }
}

export interface WebviewAbandonDetail {
  /** The title of the step the person was on; undefined in a form without steps. */
  readonly step?: string;
  /** The names of the fields that held an answer (never the answers). */
  readonly filled: readonly string[];
}

/** Fired on `pagehide` when something was typed and nothing was sent. */
export class WebviewAbandonEvent extends CustomEvent<WebviewAbandonDetail> {
  static readonly type = 'webview-abandon';
  constructor(detail: WebviewAbandonDetail) {
    super(WebviewAbandonEvent.type, { ...FLAGS, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'webview-start': WebviewStartEvent;
    'webview-step': WebviewStepEvent;
    'webview-abandon': WebviewAbandonEvent;
    'webview-submit': WebviewSubmitEvent;
    'webview-success': WebviewSuccessEvent;
    'webview-error': WebviewErrorEvent;
    'webview-invalid': WebviewInvalidEvent;
  }
}
