/**
 * The events the first render fires, `webview-start` and `webview-error`: one class each, bubbling
 * and composed. The events only lazily loaded code fires have files of their own (delivery/events.ts,
 * delivery/events.ts, steps/step-event.ts); public-interface.ts lists them all, for `HTMLElementEventMap`.
 */
import type { WebviewError } from '../core/errors.js';

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
