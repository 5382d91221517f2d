/**
 * The element's events: one class each, all bubbling and composed, registered in
 * `HTMLElementEventMap` so `addEventListener('webview-success', e => e.detail.status)` is typed.
 * The events only lazily loaded code fires have files of their own (late-events.ts,
 * submit-event.ts, steps/step-event.ts): the first render fires only `webview-start` and `webview-error`.
 */
import type { WebviewSubmitEvent } from './submit-event.js';
import type { WebviewStepEvent } from '../steps/step-event.js';
import type { WebviewError } from '../core/errors.js';
import type { WebviewAbandonEvent, WebviewInvalidEvent, WebviewSuccessEvent } from './late-events.js';

import { FLAGS } from '../dom/listen.js';

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

/** Fired once per page view, at the first input into any of the form's controls. Carries no values. */
export class WebviewStartEvent extends Event {
  static readonly type = 'webview-start';
  constructor() {
    super(WebviewStartEvent.type, FLAGS);
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
