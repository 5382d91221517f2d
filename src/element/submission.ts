/**
 * One submission, owned from the click to the last byte of the answer.
 *
 *     click ─► zod's verdict on fields, the delivery chunk ─► broken? ─► validation (delivery/session.ts)
 *           ─► options ─► values ─► payload ─► webview-submit ─► card refusal ─► sign ─► post ─► read (delivery/send.ts)
 *
 * The element starts each send (`Sends.start`) before anything is awaited, and forwards `reset()`
 * and leaving the page to `cancel()`. The send's one `AbortController` reaches every stage: the
 * waits that take no signal are raced against it, `fetch` and the body read take it. After an
 * abort nothing more runs and nothing is sent. Every stage after the wait loads lazily
 * (delivery/index.ts).
 */
import { untilAborted } from '../core/abort.js';
import { ErrorKind, WebviewError } from '../core/errors.js';
import type { SubmitResult } from '../core/client.js';
import type { SentPayload } from '../core/schemas.js';

/** What `submit()` resolves with: the service's answer, or the sent-once guard's. */
export interface SubmitOutcome extends SubmitResult {
  /** True when this exact post had already succeeded from this tab and was not sent again. */
  readonly replayed: boolean;
}

/** Who sends once everything a send needs has come: the delivery's session (delivery/session.ts). */
export interface Sender {
  send(signal: AbortSignal): Promise<Delivered>;
}

/** A submission's outcome: the service's answer and what was sent. */
export interface Delivered extends SubmitResult {
  readonly payload: SentPayload;
  /** True when this exact post had already succeeded from this tab, and was not sent again. */
  readonly replayed: boolean;
  /** True when the post left from the outbox, after waiting for the line. */
  readonly queued?: boolean;
  /** Forgets the post, so that the same answers may be sent again on purpose. */
  forget(): void;
}

/**
 * The element's sends: at most one in flight, which `submit()` returns until it settles, and
 * which a reset or leaving the page cancels.
 */
export class Sends {
  #current?: { controller: AbortController; outcome: Promise<SubmitOutcome> };

  /**
   * Starts a send, or returns the one in flight. `ready` brings zod's verdict on declared fields and
   * the delivery chunk, then who sends. `succeed` and `fail` are told whether it is still the
   * latest: a reset or a newer send since leaves the state to them.
   */
  start(
    ready: () => Promise<Sender>,
    succeed: (delivered: Delivered, current: boolean) => SubmitOutcome,
    fail: (error: WebviewError, current: boolean) => void,
  ): Promise<SubmitOutcome> {
    if (this.#current) return this.#current.outcome;
    // One controller per send, whose signal reaches every stage (see above).
    const controller = new AbortController();
    const { signal } = controller;
    const current = () => this.#current?.controller === controller;
    const outcome = untilAborted(ready(), signal)
      .then((sender) => sender.send(signal))
      .then(
        (delivered) => succeed(delivered, current()),
        (thrown: unknown) => {
          const error =
            thrown instanceof WebviewError
              ? thrown
              : new WebviewError(ErrorKind.CONFIG, `The form failed unexpectedly: ${String(thrown)}`, { cause: thrown });
          fail(error, current());
          throw error;
        },
      );
    this.#current = { controller, outcome };
    const settled = () => {
      if (current()) this.#current = undefined;
    };
    outcome.then(settled, settled);
    return outcome;
  }

  /** Cancels the send in flight at whatever stage it is: nothing is sent after it, and it settles as `aborted`. */
  cancel(why: string): void {
    this.#current?.controller.abort(new WebviewError(ErrorKind.ABORTED, why));
    this.#current = undefined;
  }
}
