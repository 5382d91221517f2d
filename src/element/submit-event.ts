/**
 * `webview-submit`, fired by the delivery (a lazily loaded chunk) just before the payload is signed.
 */
import type { SentPayload } from '../core/schemas.js';
import { FLAGS } from '../dom/listen.js';

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
