/**
 * The element's lazily loaded code, and what it sets up when it comes. Two chunks, each a folder:
 * the delivery (delivery/: zod, the check of declared fields, the draft and everything a send
 * needs), fetched while the page is idle or at the first focus or input; and the steps (steps/),
 * fetched only when the content has steps or conditions. Neither imports another chunk, so asking
 * again after a failure is enough to recover (see core/load-once.ts).
 */
import type { ReactiveController, ReactiveElement } from '@lit/reactive-element';
import { loadOnce, retryChunk } from '../core/load-once.js';
import type { WebviewError } from '../core/errors.js';
import { draftOnPage } from '../dom/draft-storage.js';
import { ownedBy } from '../dom/controls.js';
import { WebviewStartEvent } from './events.js';
import { afterNextPaint, parsed } from '../dom/timing.js';
import type { FormHost } from './form-host.js';
import type { Session } from '../delivery/session.js';
import type { StepFlow } from '../steps/flow.js';

type DeliveryModule = typeof import('../delivery/index.js');

export const loadDelivery = loadOnce(() => import('../delivery/index.js'), retryChunk<DeliveryModule>('delivery'));
export type Delivery = Awaited<ReturnType<typeof loadDelivery>>;

/**
 * Fetches the delivery chunk once the form is on screen and the page has nothing better to do, or
 * two seconds later at the latest: a page that is never idle (an animation, a busy phone) must
 * still get it before a send. Some engines (Firefox) find the page idle before its first frame.
 */
export function prefetchDelivery(): Promise<Delivery> {
  const whenIdle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
  return afterNextPaint()
    .then(() => new Promise((resolve) => whenIdle(resolve, { timeout: 2000 })))
    .then(loadDelivery);
}

type StepsModule = typeof import('../steps/index.js');

/** The steps chunk: multi-step forms and conditions, asked for when the content has such markup. */
export const loadSteps = loadOnce(() => import('../steps/index.js'), retryChunk<StepsModule>('steps'));

/**
 * Loads the chunks for one element and keeps what they bring: the delivery's `Session`, the
 * draft's restore, and the steps (run by the session's `Task`). The delivery comes when the page
 * is idle, or at once when the person focuses a field or types (`webview-start`). While the steps
 * code loads, the form stays hidden: shown without it, it would be every step at once, with the
 * fields that must not apply.
 */
export class Loader implements ReactiveController {
  /** Everything from the first interaction on (delivery/session.ts), once the delivery chunk brought it. */
  session?: Session;
  /** Set by a reset() that came before the draft: the stored one must be forgotten, not restored. */
  forgetDraft?: boolean;
  /** Whether the person typed into the form: `webview-start` was fired. */
  started = false;
  /** The same once the draft was found stored (else nothing): `updateComplete` and the steps wait for its restore. */
  restoring?: Promise<number | undefined>;
  /** Settles once the steps code is loaded and running, or could not load: `updateComplete` waits for it. */
  stepsSettled?: Promise<unknown>;
  /** Attaching the draft (see attach), from the first render with fields on. */
  #attaching?: Promise<number | undefined>;
  /** The delivery chunk could not be loaded for the steps. */
  #stepsFailure?: WebviewError;
  readonly #host: ReactiveElement & { confirmLeave: boolean; prefill?: string[] };
  readonly #form: FormHost;
  readonly #arrived: (stage: Delivery) => void;

  /** `arrived`: sets up what the delivery brings for the element's own parts, before anyone else gets it. */
  constructor(host: ReactiveElement & { confirmLeave: boolean; prefill?: string[] }, form: FormHost, arrived: (stage: Delivery) => void) {
    this.#host = host;
    this.#form = form;
    this.#arrived = arrived;
    host.addController(this);
    // Listeners on the element itself need no removal: a detached element hears nothing.
    host.addEventListener('input', (event) => {
      // Once per page view; a nested form's input is that form's start.
      if (this.started || !ownedBy(host, event.target as Element)) return;
      this.started = true;
      host.dispatchEvent(new WebviewStartEvent());
      this.#typed();
    });
    // A focused field is about to be typed into, under a keyboard that may cover it (delivery/keyboard.ts).
    host.addEventListener('focusin', () => void this.attach(), { once: true });
  }

  hostConnected() {
    // Fetched ahead, so that a send does not wait: once the form is on screen and the page idle.
    // Ahead of time only: a chunk that cannot load is asked for again, and reported, by the send.
    this.delivery(prefetchDelivery()).catch(() => undefined);
  }

  hostDisconnected() {
    removeEventListener('beforeunload', this.#leaveEarly);
  }

  /** The delivery chunk (by default at once), set up before anyone else gets it. */
  delivery(load = loadDelivery()): Promise<Delivery> {
    return load.then((stage) => {
      if (!this.session) {
        this.#arrived(stage);
        this.session = new stage.Session(this.#form);
      }
      return stage;
    });
  }

  /**
   * Attaches what comes with the delivery (see Session.attach): the draft, which is then restored
   * (resolves with its step), and the controllers. A chunk that cannot load leaves the form without them.
   */
  async attach(load: Promise<Delivery> = this.delivery()): Promise<number | undefined> {
    await load.catch(() => undefined);
    // The draft and the link's answers go to the whole form: an async drop-in may run while it arrives.
    await parsed(this.#host.ownerDocument);
    const session = this.session;
    // Attached already (the first input or focus and the idle time all ask), or the chunk cannot load.
    if (!session || session.draft) return undefined;
    removeEventListener('beforeunload', this.#leaveEarly);
    return session.attach(this.forgetDraft);
  }

  /**
   * Reads whether a draft is kept once the first frame is painted (the first read of storage is
   * slow, and the first paint need not wait for it). One kept, or `prefill`, asks for the delivery
   * at once, and `restoring` waits for its restore; else it comes when the page is idle.
   */
  attachWhenPainted(): void {
    if (this.#attaching) return;
    // A draft to restore, or answers from the link, are wanted at once, not when the page is idle.
    const wanted = afterNextPaint().then(() => draftOnPage() || !!this.#host.prefill?.length);
    const attaching = (this.#attaching = wanted.then((now) => this.attach(this.delivery(now ? loadDelivery() : prefetchDelivery()))));
    this.restoring = wanted.then((now) => (now ? attaching : undefined));
  }

  /**
   * The person typed: the draft's code, and the send's, are needed now. Until the leave guard comes
   * with them, `confirm-leave` is kept here, since a keystroke must not be lost to a tap on a link.
   */
  #typed(): void {
    // Only when asked for: a beforeunload listener keeps the page out of some back/forward caches.
    if (this.#host.confirmLeave && !this.session?.draft) addEventListener('beforeunload', this.#leaveEarly);
    void this.attach();
  }

  readonly #leaveEarly = (event: BeforeUnloadEvent) => {
    if (!this.#host.confirmLeave || this.session?.success) return;
    event.preventDefault();
    event.returnValue = '';
  };

  /** The steps, once their code runs. */
  get flow(): StepFlow | undefined {
    return this.session?.flow;
  }

  /** The steps code was asked for and is not running yet: the form stays hidden. */
  get stepsPending(): boolean {
    return !!this.stepsSettled && !this.flow;
  }

  /** The steps code could not be loaded: without it, fields that must stay hidden would show and be sent. */
  get stepsError(): WebviewError | undefined {
    return this.#stepsFailure ?? this.session?.stepsError;
  }

  /**
   * Loads the steps code once the content has steps or conditions (`data-step`, `data-when`),
   * declared or written. After a failure only when `again`: a send asks, an update does not.
   */
  startSteps(again?: boolean): void {
    if ((this.stepsSettled && !(again && this.stepsError)) || !this.#host.querySelector('[data-step], [data-when]')) return;
    this.#stepsFailure = undefined;
    // A restored draft says on which step to start, and which answers the conditions judge; the
    // steps are counted once the page is parsed (an async drop-in may run while they arrive).
    this.stepsSettled = parsed(this.#host.ownerDocument)
      .then(() => this.delivery())
      .then(
        () => this.session!.runSteps(loadSteps, this.restoring),
        (error: WebviewError) => {
          this.#stepsFailure = error;
          this.#host.requestUpdate();
        },
      );
  }

  /**
   * Waits until the page is parsed (an async drop-in may run while the rest of the form is still
   * arriving) and, wherever the content has steps or conditions, until their code has judged them:
   * a send made before would post the fields that a condition hides. If that code cannot load, the send
   * is refused (the form is `unusable`); the next send asks for it again.
   */
  async judged(): Promise<void> {
    await parsed(this.#host.ownerDocument);
    this.startSteps(true);
    await this.stepsSettled;
    // Judged now, not at the last input: content may have changed since.
    this.flow?.refresh();
  }
}
