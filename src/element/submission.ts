/**
 * One submission, owned from the click to the last byte of the answer.
 *
 *     click ─► zod's verdict on fields ─► broken? ─► validation ─► (load the delivery chunk)
 *           ─► options ─► values ─► payload ─► webview-submit ─► card refusal ─► sign ─► post ─► read
 *
 * The element creates a `Submission` per submit, before anything is awaited, and forwards
 * `reset()` and leaving the page to `abort()`. Its one `AbortController` reaches every stage: the
 * waits that take no signal are raced against it, `fetch` and the body read take it. After an
 * abort nothing more runs and nothing is sent. The stages after validation load lazily
 * (delivery.ts); this file is small because it is part of the first render.
 */
import { untilAborted } from '../core/abort.js';
import { ErrorKind, WebviewError } from '../core/errors.js';
import type { OptionSources } from '../core/options.js';
import type { SubmitResult, Transport } from '../core/client.js';
import type { SentPayload } from '../core/schemas.js';
import type { Control, FieldError } from '../dom/controls.js';
import type { Texts } from '../i18n/messages.js';
import type { Delivery } from './lazy.js';

/** The settings of one send that are not options, read when the values are. */
export interface SendSettings {
  message?: string;
  urlVariables: readonly string[];
  notCardNumbers: readonly string[];
  messages: Texts;
  fetch?: Transport;
}

/** What a submission asks of its element; each is read at the moment its stage runs. */
export interface SubmissionHost {
  /** Waits for zod's verdict on declared fields. */
  verifyFields(): Promise<void>;
  /** The delivery chunk, which also brings the validation: a send that comes first waits for it. */
  ready(): Promise<Delivery>;
  /** Throws what stops the form from working, as far as the element knows: a broken link or page. */
  check(): void;
  /** The element's settings as written, for `resolveOptions`. */
  sources(): OptionSources;
  /** Checks every field, shows what is wrong (state, event, focus) and returns the errors. */
  validate(): FieldError[];
  controls(): Control[];
  settings(): SendSettings;
  /** Dispatches an event on the element; false when a listener cancelled it. */
  emit(event: Event): boolean;
  /** The request is about to leave: show progress. */
  sending(): void;
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
  private readonly controller = new AbortController();
  /** Aborts with a `WebviewError` of kind `aborted`. */
  readonly signal = this.controller.signal;
  /** Settles once: with what was delivered, or with a `WebviewError`. */
  readonly done: Promise<Delivered>;

  constructor(host: SubmissionHost) {
    this.done = this.run(host);
  }

  /** Cancels the submission at whatever stage it is in. */
  abort(reason: WebviewError): void {
    this.controller.abort(reason);
  }

  private async run(host: SubmissionHost): Promise<Delivered> {
    const { signal } = this;
    await untilAborted(host.verifyFields(), signal);
    const { deliver } = await untilAborted(host.ready(), signal);
    host.check();
    const invalid = host.validate();
    if (invalid.length > 0) {
      throw new WebviewError(ErrorKind.VALIDATION, `Check these fields, then send again: ${invalid.map((error) => error.label).join(', ')}.`, {
        details: invalid.map((error) => `${error.name}: ${error.message}`),
      });
    }
    return deliver(host, signal);
  }
}
