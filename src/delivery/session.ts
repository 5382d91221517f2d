/**
 * What the element does once the delivery chunk has come: the send from validation on, its
 * outcome, the validation's verdicts, and the draft, funnel, leave guard and keyboard avoidance
 * that watch the person's progress. The element (element/webview-form.ts) draws the first render and
 * lends this its state through a `Shell`; keeping this out of the first render is what lets a
 * page show the form after one small file.
 *
 *     submit ─► Submission (element) ─► (delivery) ─► Conduct.send ─► check ─► validate ─► deliver
 *                                                                 └─► succeed: state, event, draft, close
 */
import type { OptionSources } from '../core/options.js';
import type { ConversationIds } from '../core/schemas.js';
import { listControls, type Control, type FieldError } from '../dom/controls.js';
import { ValidationController } from './validation-controller.js';
import { controlLabel } from './validation.js';
import { answers } from './answers.js';
import { groupControls } from './answers.js';
import { format } from './plural.js';
import { adoptStyles } from '../dom/light-styles.js';
import { DraftController } from './draft.js';
import { warnAboutMarkup } from './warnings.js';
import { isSecret } from './warnings.js';
import type { Texts } from '../i18n/messages.js';
import { ErrorKind, WebviewError } from '../core/errors.js';
import { WebviewInvalidEvent, WebviewSuccessEvent } from './events.js';
import { WebviewState } from '../element/public-interface.js';
import { checkOptions, deliver, prepare } from './send.js';
import { Funnel, type FunnelOptions } from './abandon.js';
import { LeaveGuard, type LeaveGuardOptions } from './leave-guard.js';
import { KeyboardAvoidance, type KeyboardAvoidanceOptions } from './keyboard.js';
import { CLOSE_DELAY, type Delivered, type SubmissionHost, type SubmitOutcome } from '../element/submission.js';
import type { ReactiveControllerHost } from 'lit';
import type { PublicProperties } from '../element/public-interface.js';
import type { StepFlow } from '../steps/flow.js';

/** What the element hands each controller below; each reads the part it needs. */
interface AttachedOptions extends FunnelOptions, LeaveGuardOptions, KeyboardAvoidanceOptions {}

/** The funnel's end, the leave guard and the keyboard avoidance: created alike, in one loop. */
const controllers: Array<new (host: FormElement, options: AttachedOptions) => unknown> = [Funnel, LeaveGuard, KeyboardAvoidance];

/**
 * What the conduct reads of the element itself: Lit's host, its shadow root, and the public
 * settings a send and its outcome use, typed by the one description (element/public-interface.ts); this
 * module cannot import `<webview-form>`, which imports this one.
 */
export interface FormElement
  extends
    ReactiveControllerHost,
    HTMLElement,
    Readonly<
      Pick<
        PublicProperties,
        'state' | 'message' | 'urlVariables' | 'notCardNumbers' | 'fetch' | 'confirmLeave' | 'closeOnSuccess' | 'review'
      >
    > {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the element lends: its own state, read when it is needed. */
export interface Shell {
  readonly element: FormElement;
  /** Sets the element's state and its internal reactive properties (`_failure`, `_invalid`, `_closeRefused`). */
  set(view: { state?: WebviewState; _failure?: WebviewError; _invalid?: readonly FieldError[]; _closeRefused?: boolean }): void;
  /** The request is about to leave: the state is `submitting` now, and the page shows progress once it has left. */
  sending(): void;
  /** Whether the person typed into the form. */
  started(): boolean;
  /** The link's IDs; undefined while the link is broken. */
  ids(): ConversationIds | undefined;
  /** The texts in force. */
  messages(): Texts;
  /** What stops the form from working, as far as the element knows: a broken link, a refused declaration. */
  unusable(): WebviewError | undefined;
  sources(): OptionSources;
  /** The steps, once their code runs. */
  flow(): StepFlow | undefined;
  /** The language's table and the `messages` property, over which the steps' English texts go. */
  overrides(): unknown;
  /** The author's submit buttons. */
  submitButtons(): Element[];
}

export class Conduct {
  readonly validation: ValidationController;
  /** The draft, once attached (see attach). */
  draft?: DraftController;
  /** The last successful post; a submit returns it until a reset. */
  success?: SubmitOutcome;
  /** Forgets the last successful post in the sent-once guard. */
  #forgetSent?: () => void;
  /** The close that `close-on-success` has planned; a reset cancels it: the person stays. */
  #closing?: ReturnType<typeof setTimeout>;
  readonly #shell: Shell;
  /** What each submission asks, read when its stage runs. */
  readonly #host: SubmissionHost;

  constructor(shell: Shell) {
    this.#shell = shell;
    const { element } = shell;
    const controls = () => listControls(element);
    this.validation = new ValidationController(element, { controls, messages: shell.messages });
    this.#host = {
      sources: shell.sources,
      controls,
      settings: () => ({
        message: element.message,
        urlVariables: element.urlVariables,
        notCardNumbers: element.notCardNumbers,
        messages: shell.messages(),
        fetch: element.fetch,
      }),
      emit: (event) => element.dispatchEvent(event),
      sending: shell.sending,
    };
  }

  /**
   * Attaches the draft, which is then restored (returns its step), the funnel's end, the leave
   * guard and the keyboard avoidance. `forget`: a reset came first, so the stored draft goes.
   */
  attach(forget: boolean): number | undefined {
    const shell = this.#shell;
    const { element } = shell;
    const controls = () => listControls(element);
    const step = () => shell.flow()?.title;
    for (const Controller of controllers)
      new Controller(element, { controls, step, started: shell.started, sent: () => !!this.success, confirm: () => element.confirmLeave });
    const draft = (this.draft = new DraftController(element, {
      controls,
      conversation: () => shell.ids()?.conversationId,
      step: () => shell.flow()?.position,
    }));
    if (forget) {
      draft.clear();
      return undefined;
    }
    const restored = draft.restoreOnce();
    // What was typed before the draft's code came is kept now, not at the next keystroke.
    if (shell.started() && !this.success) draft.save();
    return restored;
  }

  /** The send, once the delivery and zod's verdict are in: what stops it, the fields, then the post. */
  send(signal: AbortSignal): Promise<Delivered> {
    const broken = this.#shell.unusable();
    // The settings' own check runs again in deliver: a stale verdict must not stop a send.
    if (broken) throw broken;
    // Markup may have come since the page was idle.
    warnAboutMarkup(this.#shell.element);
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
    return deliver(this.#host, signal);
  }

  /**
   * Checks every field for a submission (or, for Next, those of the step: `scope`), and shows what
   * is wrong (the summary takes focus once drawn).
   */
  validate(scope?: (control: Control) => boolean): FieldError[] {
    const shell = this.#shell;
    shell.set({ _invalid: undefined });
    const invalid = this.validation.validateAll(scope);
    if (invalid.length > 0) {
      // A send that finds errors on another step shows that step, and its errors in the summary.
      shell.set({ _invalid: scope ? invalid : (shell.flow()?.reveal(invalid) ?? invalid), state: WebviewState.INVALID });
      shell.element.dispatchEvent(new WebviewInvalidEvent(invalid));
    } else if (shell.element.state === WebviewState.INVALID) shell.set({ state: WebviewState.IDLE });
    return invalid;
  }

  /** The post went through; `current`: it is still the element's latest submission (no reset since). */
  succeed({ payload, forget, ...result }: Delivered, current: boolean): SubmitOutcome {
    this.#forgetSent = forget;
    // Reset while the answer was on its way: the person already moved on.
    if (!current) return result;
    const shell = this.#shell;
    const { element } = shell;
    this.success = result;
    this.draft?.clear();
    shell.set({ state: WebviewState.SUCCESS });
    element.dispatchEvent(new WebviewSuccessEvent({ payload, ...result }));
    if (element.closeOnSuccess) {
      this.#closing = setTimeout(() => {
        window.close();
        // Scripts may close only the windows that scripts opened: a refusal is silent, and the person
        // must not be left waiting for a close that will not come.
        shell.set({ _closeRefused: !window.closed });
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
    this.validation.reset();
    clearTimeout(this.#closing);
  }

  /**
   * Starts the steps (the steps chunk, `steps`) on `step`, the one a restored draft was on. The
   * flow gets this chunk's validation, answers, labels and grouping, so the two chunks share no module.
   */
  startFlow({ StepFlow, stepStyles }: typeof import('../steps/index.js'), step?: number): StepFlow {
    const shell = this.#shell;
    const { element } = shell;
    adoptStyles(element.renderRoot, stepStyles);
    return new StepFlow(
      {
        element,
        submitButtons: shell.submitButtons,
        update: () => element.requestUpdate(),
        validate: (scope) => this.validate(scope),
        check: () => this.validation.check(),
        overrides: shell.overrides,
        lang: () => shell.messages().lang,
        review: () => element.review,
        moved: () => this.draft?.save(),
        answers,
        secret: isSecret,
        label: controlLabel,
        groups: groupControls,
        format,
      },
      step,
    );
  }

  /** Checks every setting: the error that stops the form, if any. `first`: also readies the send and warns about the page's markup. */
  checkOptions(first: boolean): WebviewError | undefined {
    const shell = this.#shell;
    if (first) {
      prepare(shell.ids(), listControls(shell.element));
      warnAboutMarkup(shell.element);
    }
    return checkOptions(shell.sources());
  }
}
