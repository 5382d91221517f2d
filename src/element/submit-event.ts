/**
 * `webview-submit`, fired by the delivery (a lazily loaded chunk) just before the payload is signed.
 */
import type { Payload } from '../core/schemas.js';
import { FLAGS } from './events.js';

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
