/**
 * The events only the delivery's code fires: submit, success, invalid and abandon. The first
 * render's two (start, error) are in element/events.ts; the step event is the steps chunk's.
 */
import type { SentPayload } from '../core/schemas.js';
import type { FieldError } from '../dom/controls.js';
import { FLAGS } from '../dom/listen.js';

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
  /** True when the post left from the outbox, after waiting for the line (state `queued`). */
  readonly queued?: boolean;
}

/** Fired once the service accepted the post. */
export class WebviewSuccessEvent extends CustomEvent<WebviewSuccessDetail> {
  static readonly type = 'webview-success';
  constructor(detail: WebviewSuccessDetail) {
    super(WebviewSuccessEvent.type, { ...FLAGS, detail });
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

export interface WebviewSubmitDetail {
  /**
   * The body about to be signed and sent (`contextVariables` is `[]` when there are none). A
   * listener may amend it or replace it; it is checked again.
   */
  payload: SentPayload;
}

/** Fired before anything is sent. Cancel it (`preventDefault()`) and nothing is sent. */
export class WebviewSubmitEvent extends CustomEvent<WebviewSubmitDetail> {
  static readonly type = 'webview-submit';
  constructor(payload: SentPayload) {
    super(WebviewSubmitEvent.type, { ...FLAGS, cancelable: true, detail: { payload } });
  }
}

export interface WebviewQueuedDetail {
  /** Why the post could not leave: the `kind` of the error (`network`, `timeout` or `http` for 502–504). */
  readonly kind: string;
  /** How many attempts were made before it was kept. */
  readonly attempts: number;
  /** When it was kept, in milliseconds since the epoch. */
  readonly queuedAt: number;
}

/** Fired when a post that could not leave is kept in the outbox, to leave by itself once the line is back. */
export class WebviewQueuedEvent extends CustomEvent<WebviewQueuedDetail> {
  static readonly type = 'webview-queued';
  constructor(detail: WebviewQueuedDetail) {
    super(WebviewQueuedEvent.type, { ...FLAGS, detail });
  }
}
