/** `webview-step`: fired by the steps code (loaded lazily), so its class lives with it. */
import { FLAGS } from '../dom/listen.js';

export interface WebviewStepDetail {
  /** The title of the step left (`"review"` for the review page). */
  readonly from: string;
  /** The title of the step shown now (`"review"` for the review page). */
  readonly to: string;
  /** The position of `to` among the steps that apply, from 0 (the review page counts as the last). */
  readonly index: number;
  /** How many steps apply now, the review page included. */
  readonly count: number;
}

/** Fired on every move between steps: Next, Back, Change, or a send that returns to a step with errors. Carries no values. */
export class WebviewStepEvent extends CustomEvent<WebviewStepDetail> {
  static readonly type = 'webview-step';
  constructor(detail: WebviewStepDetail) {
    super(WebviewStepEvent.type, { ...FLAGS, detail });
  }
}
