/**
 * The element's events: one class each, all bubbling and composed, registered in
 * `HTMLElementEventMap` so `addEventListener('webview-success', e => e.detail.status)` is typed.
 */
import type { Payload } from '../core/schemas.js';
import type { WebviewError } from '../core/errors.js';
import type { FieldError } from '../dom/controls.js';

const FLAGS = { bubbles: true, composed: true } as const;

export interface WebviewSubmitDetail {
  /** The body about to be signed and sent. A listener may amend it or replace it; it is checked again. */
  payload: Payload;
}

/** Fired before anything is sent. Cancel it (`preventDefault()`) and nothing is sent. */
export class WebviewSubmitEvent extends CustomEvent<WebviewSubmitDetail> {
  static readonly type = 'webview-submit';
  constructor(payload: Payload) {
    super(WebviewSubmitEvent.type, { ...FLAGS, cancelable: true, detail: { payload } });
  }
}

export interface WebviewSuccessDetail {
  /** The body that was sent. */
  readonly payload: Payload;
  /** The HTTP status, 2xx. */
  readonly status: number;
  /** The parsed response body; the vendor documents none, so do not rely on its fields. */
  readonly response: unknown;
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

declare global {
  interface HTMLElementEventMap {
    'webview-submit': WebviewSubmitEvent;
    'webview-success': WebviewSuccessEvent;
    'webview-error': WebviewErrorEvent;
    'webview-invalid': WebviewInvalidEvent;
  }
}
