/**
 * One submission, owned from the click to the last byte of the answer.
 *
 *     click ─► zod's verdict on fields, the delivery chunk ─► broken? ─► validation (delivery/session.ts)
 *           ─► options ─► values ─► payload ─► webview-submit ─► card refusal ─► sign ─► post ─► read (delivery/send.ts)
 *
 * The element creates a `Submission` per submit, before anything is awaited, and forwards
 * `reset()` and leaving the page to `abort()`. Its one `AbortController` reaches every stage: the
 * waits that take no signal are raced against it, `fetch` and the body read take it. After an
 * abort nothing more runs and nothing is sent. Every stage after the wait loads lazily
 * (delivery/index.ts).
 */
import { untilAborted } from '../core/abort.js';
import type { WebviewError } from '../core/errors.js';
import type { OptionSources } from '../core/options.js';
import type { SubmitResult, Transport } from '../core/client.js';
import type { SentPayload } from '../core/schemas.js';
import type { Control } from '../dom/controls.js';
import type { Texts } from '../i18n/messages.js';

/** What `submit()` resolves with: the service's answer, or the sent-once guard's. */
export interface SubmitOutcome extends SubmitResult {
  /** True when this exact post had already succeeded from this tab and was not sent again. */
  readonly replayed: boolean;
}

/** How long `close-on-success` leaves the thank-you message up before closing the window. */
export const CLOSE_DELAY = 2000;

/** The settings of one send that are not options, read when the values are. */
export interface SendSettings {
  message?: string;
  urlVariables: readonly string[];
  notCardNumbers: readonly string[];
  messages: Texts;
  fetch?: Transport;
}

/** What the send's stages (delivery/send.ts) ask of the element, each read at the moment its stage runs. */
export interface SubmissionHost {
  /** The element's settings as written, for `resolveOptions`. */
  sources(): OptionSources;
  controls(): Control[];
  settings(): SendSettings;
  /** Dispatches an event on the element; false when a listener cancelled it. */
  emit(event: Event): boolean;
  /** The request is about to leave: show progress. */
  sending(): void;
}

/** Who sends once everything a send needs has come: the conduct (delivery/session.ts). */
export interface Sender {
  send(signal: AbortSignal): Promise<Delivered>;
}

/** A submission's outcome: the service's answer and what was sent. */
export interface Delivered extends SubmitResult {
  readonly payload: SentPayload;
  /** True when this exact post had already succeeded from this tab, and was not sent again. */
  readonly replayed: boolean;
  /** Forgets the post, so that the same answers may be sent again on purpose. */
  forget(): void;
}

export class Submission {
  readonly #controller = new AbortController();
  /** Settles once: with what was delivered, or with a `WebviewError`. */
  readonly done: Promise<Delivered>;

  /** `ready`: zod's verdict on declared fields and the delivery chunk, then who sends. */
  constructor(ready: () => Promise<Sender>) {
    const { signal } = this.#controller;
    this.done = untilAborted(ready(), signal).then((sender) => sender.send(signal));
  }

  /** Cancels the submission at whatever stage it is in. */
  abort(reason: WebviewError): void {
    this.#controller.abort(reason);
  }
}
