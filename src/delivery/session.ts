/**
 * What a form does once the delivery chunk has come: the send from validation on, its outcome,
 * the validation's verdicts, and the draft, abandon report, leave guard and keyboard avoidance
 * that watch the person's progress. It reads the element and tells it what to show through the
 * one interface the element lends (element/form-host.ts).
 *
 *     submit ─► Sends (element) ─► (delivery) ─► Session.send ─► check ─► validate ─► send.ts
 *                                                                 └─► succeed: event, draft, close
 */
import { listControls, type Control, type FieldError } from '../dom/controls.js';
import { ValidationController } from './validation-controller.js';
import { controlLabel } from './validation.js';
import { answers, groupControls } from './answers.js';
import { format } from './plural.js';
import { adoptStyles } from '../dom/light-styles.js';
import { DraftController, draftPlace, sweepDrafts } from './draft.js';
import { prefill } from './prefill.js';
import { drawnHook } from './keyed-fields.js';
import { settleMarkup } from './kinds.js';
import { untilAborted } from '../core/abort.js';
import { Outbox } from './outbox.js';
import { keptIn } from './keep.js';
import { isSecret, warnAboutMarkup } from './warnings.js';
import { ErrorKind, WebviewError } from '../core/errors.js';
import { WebviewInvalidEvent, WebviewSuccessEvent } from './events.js';
import { checkOptions, deliver, prepare } from './send.js';
import { AbandonReporter, type AbandonOptions } from './abandon.js';
import { LeaveGuard, type LeaveGuardOptions } from './leave-guard.js';
import { KeyboardAvoidance, type KeyboardAvoidanceOptions } from './keyboard.js';
import type { Delivered, SubmitOutcome } from '../element/submission.js';
import { CLOSE_DELAY } from './close-on-success.js';
import type { FormElement, FormHost } from '../element/form-host.js';
import type { StepFlow } from '../steps/flow.js';
import { Task, TaskStatus } from '@lit/task';

type StepsModule = typeof import('../steps/index.js');

/** What each controller below is handed; each reads the part it needs. */
interface AttachedOptions extends AbandonOptions, LeaveGuardOptions, KeyboardAvoidanceOptions {}

/** The abandon report, the leave guard and the keyboard avoidance: created alike, in one loop. */
const controllers: Array<new (host: FormElement, options: AttachedOptions) => unknown> = [AbandonReporter, LeaveGuard, KeyboardAvoidance];

export class Session {
  readonly validation: ValidationController;
  /** The draft, once attached (see attach). */
  draft?: DraftController;
  /** Posts that wait for the line (delivery/outbox.ts). */
  readonly outbox: Outbox;
  /** The steps, once this session started them (see startFlow). */
  flow?: StepFlow;
  /** The last successful post; a submit returns it until a reset. */
  success?: SubmitOutcome;
  /** Forgets the last successful post in the sent-once guard. */
  #forgetSent?: () => void;
  /** The close that `close-on-success` has planned; a reset cancels it: the person stays. */
  #closing?: ReturnType<typeof setTimeout>;
  readonly #form: FormHost;
  /** The check of every setting: run again at each change of one, a check overtaken by a newer one dropped. */
  readonly #check: Task<unknown[], WebviewError | undefined>;
  /** The steps: their chunk loaded and started, once the content has steps or conditions. */
  readonly #steps: Task<[() => Promise<StepsModule>, Promise<number | undefined> | undefined], StepFlow>;

  constructor(form: FormHost) {
    const { element } = form;
    this.#form = form;
    this.validation = new ValidationController(element, { controls: () => listControls(element), messages: form.messages });
    prepare(form.ids(), listControls(element));
    warnAboutMarkup(element);
    // Ahead of time only: a send asks again, and reports a chunk that cannot load.
    settleMarkup(element).catch(() => undefined);
    this.#check = new Task(element, { args: form.settingValues, task: () => checkOptions(form.sources()) });
    this.outbox = new Outbox(form, {
      storage: () => keptIn(element.keep),
      conversation: () => form.ids()?.conversationId,
      place: () => draftPlace(element),
      timeout: () => element.timeout,
      sent: (delivered) => this.succeed(delivered, true),
    });
    this.#steps = new Task(element, {
      autoRun: false,
      task: async ([load, restoring]) => {
        const [steps, step] = await Promise.all([load(), restoring]);
        const flow = this.startFlow(steps, step);
        flow.refresh();
        return flow;
      },
    });
    // The check runs at the next update.
    element.requestUpdate();
  }

  /** What the settings' check found wrong, if anything. */
  get optionsError(): WebviewError | undefined {
    return this.#check.value;
  }

  /** Loads the steps chunk (`load`) and starts the steps on the step a restored draft was on; again after a failure. */
  runSteps(load: () => Promise<StepsModule>, restoring?: Promise<number | undefined>): Promise<void> {
    return this.#steps.run([load, restoring]);
  }

  /** The steps chunk could not be loaded. */
  get stepsError(): WebviewError | undefined {
    return this.#steps.status === TaskStatus.ERROR ? (this.#steps.error as WebviewError) : undefined;
  }

  /**
   * Attaches the draft, which is then restored (returns its step), the abandon report, the leave
   * guard and the keyboard avoidance. `forget`: a reset came first, so the stored draft goes.
   */
  attach(forget?: boolean): number | undefined {
    const form = this.#form;
    const { element } = form;
    const controls = () => listControls(element);
    const step = () => this.flow?.title;
    for (const Controller of controllers)
      new Controller(element, { controls, step, started: form.started, sent: () => !!this.success, confirm: () => element.confirmLeave });
    const draft = (this.draft = new DraftController(element, {
      controls,
      conversation: () => form.ids()?.conversationId,
      step: () => this.flow?.position,
      storage: () => keptIn(element.keep),
    }));
    // What outlived its time goes, whichever page or conversation it was for: it holds answers.
    sweepDrafts(keptIn(element.keep));
    this.outbox.sweep();
    // A post kept by this page or another of the site, for this conversation, leaves now: the person
    // reopening the link is on line again.
    void this.outbox.flush();
    // The link's answers first: a draft, what the person typed last time, wins over them.
    prefill(element, controls());
    // Fields drawn later (a type whose code came after this) are filled when they come.
    drawnHook.set(element, () => {
      prefill(element, controls());
      draft.restoreLate();
    });
    if (forget) {
      draft.clear();
      return undefined;
    }
    const restored = draft.restoreOnce();
    // What was typed before the draft's code came is kept now, not at the next keystroke.
    if (form.started() && !this.success) draft.save();
    return restored;
  }

  /** The send, once the delivery and zod's verdict are in: what stops it, the code the markup's fields need, the fields, then the post. */
  async send(signal: AbortSignal): Promise<Delivered> {
    const broken = this.#form.unusable();
    // The settings' own check runs again in deliver: a stale verdict must not stop a send.
    if (broken) throw broken;
    // No phone number is judged without the phone code, no date without its control (delivery/kinds.ts).
    await untilAborted(settleMarkup(this.#form.element), signal);
    // Markup may have come since the page was idle.
    warnAboutMarkup(this.#form.element);
    const invalid = this.validate();
    if (invalid.length > 0) {
      throw new WebviewError(
        ErrorKind.VALIDATION,
        `Check these fields, then send again: ${invalid.map((error) => error.label).join(', ')}.`,
        {
          details: invalid.map((error) => `${error.name}: ${error.message}`),
        },
      );
    }
    return deliver(this.#form, signal, this.outbox);
  }

  /**
   * Checks every field for a submission (or, for Next, those of the step: `scope`), and shows what
   * is wrong (the summary takes focus once drawn).
   */
  validate(scope?: (control: Control) => boolean): FieldError[] {
    const form = this.#form;
    form.showInvalid(undefined);
    const invalid = this.validation.validateAll(scope);
    if (invalid.length > 0) {
      // A send that finds errors on another step shows that step, and its errors in the summary.
      form.showInvalid(scope ? invalid : (this.flow?.reveal(invalid) ?? invalid));
      form.element.dispatchEvent(new WebviewInvalidEvent(invalid));
    }
    return invalid;
  }

  /** The post went through; `current`: it is still the element's latest submission (no reset since). */
  succeed({ payload, forget, ...result }: Delivered, current: boolean): SubmitOutcome {
    this.#forgetSent = forget;
    // Reset while the answer was on its way: the person already moved on.
    if (!current) return result;
    const form = this.#form;
    const { element } = form;
    this.success = result;
    this.draft?.clear();
    form.showSuccess();
    element.dispatchEvent(new WebviewSuccessEvent({ payload, ...result }));
    if (element.closeOnSuccess) {
      this.#closing = setTimeout(() => {
        window.close();
        // Scripts may close only the windows that scripts opened: a refusal is silent, and the person
        // must not be left waiting for a close that will not come.
        if (!window.closed) form.showCloseRefused();
      }, CLOSE_DELAY);
    }
    return result;
  }

  /** Forgets the last post, the draft, the errors shown and a planned close (see the element's reset). */
  reset(): void {
    // The person asked to start over: the same answers may be sent again on purpose.
    this.#forgetSent?.();
    this.#forgetSent = this.success = undefined;
    // The person asked for a blank form: a reload must not bring the old answers back.
    this.draft?.clear();
    // And the post waiting for the line: the answers it holds are no longer the person's.
    this.outbox.discard();
    this.validation.reset();
    // Our controls that hold their own state (a memorable date) are put back as a form's reset would.
    for (const control of listControls(this.#form.element, { includeDisabled: true }))
      if ('draft' in control) (control as { formResetCallback?(): void }).formResetCallback?.();
    clearTimeout(this.#closing);
  }

  /**
   * Starts the steps (the steps chunk, `steps`) on `step`, the one a restored draft was on. The
   * delivery lends the flow its validation, answers, labels and grouping, so the two chunks share no module.
   */
  startFlow({ StepFlow, stepStyles }: StepsModule, step?: number): StepFlow {
    const form = this.#form;
    adoptStyles(form.element.renderRoot, stepStyles);
    return (this.flow = new StepFlow(
      form,
      {
        validate: (scope) => this.validate(scope),
        check: () => this.validation.check(),
        moved: () => this.draft?.save(),
        answers,
        secret: isSecret,
        label: controlLabel,
        groups: groupControls,
        format,
      },
      step,
    ));
  }
}
