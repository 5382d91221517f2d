/**
 * The element: it wires attributes, light-DOM controls and controllers to the stages of the flow,
 * and turns each submission's outcome into state and events. It computes nothing of its own: the
 * options are resolved by core/options.ts, a `Submission` (submission.ts) owns each send, and
 * what happens from the first interaction on comes with the delivery chunk (delivery/session.ts).
 */
import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { resolveIds, type IdName, type IdSources } from '../core/ids.js';
import { returnLink } from '../core/return-url.js';
import type { ConversationIds } from '../core/schemas.js';
import type { OptionSources } from '../core/options.js';
import { listControls, ownedBy, resetControls, type FieldError } from '../dom/controls.js';
import { ErrorKind, WebviewError } from '../core/errors.js';
import { PUBLIC_PROPERTIES, type PublicProperties } from './public-interface.js';
import { WebviewErrorEvent, WebviewStartEvent } from './events.js';
import { loadDelivery, loadSteps, prefetchDelivery, type Delivery } from './loader.js';
import type { StepFlow } from '../steps/flow.js';
import { Submission, type SubmitOutcome } from './submission.js';
import type { Conduct, Shell } from '../delivery/session.js';
import { DeclaredFields } from './declared-fields.js';
import { FIRST_MESSAGES, resolveMessages, type FormMessages, type WebviewMessages } from '../i18n/messages.js';
import { languageOf, loadLanguage } from '../i18n/languages.js';
import { WebviewState } from './public-interface.js';
import { Chrome, type LateChrome } from './regions.js';
import { listenForSubmits, submitButtons } from './submit-triggers.js';
import { HELD_ATTRIBUTE } from './early-send.js';
import { draftOnPage } from '../dom/draft-storage.js';
import { afterNextPaint, nextTask } from '../dom/timing.js';
import { adoptStyles } from '../dom/light-styles.js';
import { styles } from './styles.js';

export { WebviewState } from './public-interface.js';

export { CLOSE_DELAY, type SubmitOutcome } from './submission.js';

/** The properties core/options.ts resolves and checks together. */
type OptionProperty = (keyof OptionSources | IdName) & keyof PublicProperties;
// Written as an object so that the compiler checks the list is complete.
const OPTION_PROPERTIES = Object.keys({
  botId: 0,
  conversationId: 0,
  userId: 0,
  params: 0,
  endpoint: 0,
  domain: 0,
  region: 0,
  timeout: 0,
  variables: 0,
  messages: 0,
  returnUrl: 0,
} satisfies Record<OptionProperty, 0>) as OptionProperty[];

let instances = 0;

/** The public properties' types, from public-interface.ts, which also lists the attributes and events. */
// Merging is safe here: Lit defines an accessor for each of these properties (PUBLIC_PROPERTIES).
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface WebviewForm extends PublicProperties {}

/**
 * Posts what a person enters back to a LivePerson Conversation Builder bot through the Web View
 * Integration API. Write named controls inside the tag, or declare `fields`; either way the
 * controls live in the light DOM, so autofill and the page's CSS work. The IDs come from the page
 * URL (`?userId=…&convId=…&botId=…`). Its texts are in its language (its `lang`, else the closest
 * ancestor's, else the document's; 14 are built in), and it lays out right-to-left under `dir="rtl"`.
 *
 * @summary A form that posts its values to a bot conversation.
 *
 * @slot - The form's content: labels and named controls (input, select, textarea, form-associated elements) and a submit button.
 * @slot submit - Replaces the built-in Send button, which shows only when the content has no submit button.
 * @slot success - Shown after the post succeeded, in the status region, which then takes focus; default a "Sent" heading and "Thanks — you can return to the conversation."
 * @slot error - Shown under the error message after a failure, for example a phone number to call.
 *
 * @csspart form - The wrapper of the content, hidden after success or when the link cannot work.
 * @csspart submit - The built-in Send button.
 * @csspart status - The polite live region: progress and success.
 * @csspart error - The alert region, above the content: what went wrong and what to do, or the error summary (a heading, a count, the list), which takes focus.
 * @csspart summary - The list of invalid fields in the error summary.
 * @csspart summary-link - A button in the summary that moves focus to its field.
 * @csspart step - A multi-step form's heading: the step's title (or "Check your answers"), which takes focus after Next and Back.
 * @csspart progress - "Step 2 of 3", inside the step's heading.
 * @csspart back - The Back button, above the heading from the second step on.
 * @csspart next - The Next button, in the Send button's place before the last step.
 * @csspart review - A step's list of answers on the review page.
 * @csspart change - A Change button on the review page: back to that answer's step.
 * @csspart return - "Back to the conversation", the link to `return-url`: after success, on a broken link's page.
 *
 * @cssprop --webview-form-accent - Send button background, focus rings, checkbox and radio colour.
 * @cssprop --webview-form-accent-contrast - Text colour of the built-in Send button.
 * @cssprop --webview-form-radius - Corner radius of controls, button and messages.
 * @cssprop --webview-form-status-background - Background of progress and success messages.
 * @cssprop --webview-form-status-color - Text colour of progress and success messages.
 * @cssprop --webview-form-error-background - Background of the error message and summary.
 * @cssprop --webview-form-error-color - Text colour of the error message and summary.
 * @cssprop --webview-form-border-color - Border of generated controls.
 * @cssprop --webview-form-field-background - Background of generated controls.
 * @cssprop --webview-form-field-color - Text colour of generated controls.
 * @cssprop --webview-form-field-error-color - Inline error texts and the border of invalid generated controls.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see the interface above
export class WebviewForm extends ReactiveElement {
  static override styles = styles;

  static override properties = {
    ...PUBLIC_PROPERTIES,
    _context: { state: true },
    _optionsError: { state: true },
    _failure: { state: true },
    _invalid: { state: true },
    _closeRefused: { state: true },
  };

  /** The IDs from the link, or what is wrong with them. */
  declare private _context: ConversationIds | WebviewError;
  /** What core/options.ts found wrong with the settings, once the page was idle. */
  declare private _optionsError?: WebviewError;
  /** Tells the latest settings check from earlier ones still loading. */
  #optionsChecks = 0;
  declare private _failure?: WebviewError;
  declare private _invalid?: FieldError[];
  /** `close-on-success` tried, and the window is still open. */
  declare private _closeRefused: boolean;
  #messages = resolveMessages(undefined, FIRST_MESSAGES as FormMessages);
  /** The English texts: the first render's, then all of them once the delivery brought the rest. */
  #english: Partial<FormMessages> = FIRST_MESSAGES;
  /** The built-in language asked for (see i18n/languages.ts). */
  #language = 'en';
  /** The table of texts in force, with its language; none for English. */
  #table?: { language: string; messages: WebviewMessages };
  /**
   * The language's table is on its way. A form not shown yet waits for it, rather than show
   * English first; a form shown keeps its texts until the table arrives.
   */
  #languageLoading?: Promise<void>;
  /** The form has been shown: from then on nothing but a send's outcome or a broken link hides it. */
  #shown = false;
  /** The submission in flight, and what `submit()` returns while it is. */
  #submission?: Submission;
  #sending?: Promise<SubmitOutcome>;
  #autoSubmitted = false;
  /** The last broken state announced with webview-error, so each is announced once. */
  #reported?: WebviewError;
  readonly #fields = new DeclaredFields(this, `webview-form-${++instances}`);
  readonly #observer = new MutationObserver(() => this.requestUpdate());
  /** Everything from the first interaction on (delivery/session.ts), once the delivery chunk brought it. */
  #conduct?: Conduct;
  /** Set by a reset() that came before the draft: the stored one must be forgotten, not restored. */
  #forgetDraft = false;
  /** Attaching the draft (see #attach), from the first render with fields on. */
  #attaching?: Promise<number | undefined>;
  /** The same once the draft was found stored (else nothing): `updateComplete` and the steps wait for its restore. */
  #restoring?: Promise<number | undefined>;
  /** Whether the person typed into the form: `webview-start` was fired. */
  #started = false;
  /**
   * `confirm-leave` until the leave guard comes with the delivery (delivery/leave-guard.ts, which then
   * judges by the values): a keystroke before it must not be lost to a tap on a link.
   */
  readonly #leaveEarly = (event: BeforeUnloadEvent) => {
    if (!this.confirmLeave || this.#conduct?.success) return;
    event.preventDefault();
    event.returnValue = '';
  };
  /** Steps and conditions, once their code has loaded (only for content with such markup). */
  #flow?: StepFlow;
  /** Settles once the steps code is loaded and running (or could not load): `updateComplete` waits for it. */
  #flowLoading?: Promise<void>;
  /** The steps code could not be loaded: without it, fields that must stay hidden would show and be sent. */
  #flowError?: WebviewError;
  /** A `reportValidity()` that came before the validation's code: `updateComplete` waits for it. */
  #reporting?: Promise<unknown>;
  /** A request is about to leave: the update that shows its progress waits a task (see scheduleUpdate). */
  #leaving = false;
  /** What had the focus when the answers were locked for a send: it gets it back if the send fails. */
  #lockedFocus?: Element | null;
  /** The shadow root's regions (element/regions.ts), and what the delivery chunk draws in them. */
  #chrome?: Chrome;
  #late?: LateChrome;
  /** What the conduct reads and sets of the element. */
  readonly #shell: Shell = {
    element: this,
    set: (view) => Object.assign(this, view),
    sending: () => {
      this.#leaving = true;
      this._failure = undefined;
      this.state = WebviewState.SUBMITTING;
      // The answers are read: locked now, not at the update a task later (see Chrome.lock).
      const active = document.activeElement;
      this.#lockedFocus = active === this ? (this.renderRoot as ShadowRoot).activeElement : active;
      this.#chrome?.lock(true);
    },
    started: () => this.#started,
    ids: () => this.#ids,
    messages: () => this.#messages,
    unusable: () => this.#unusable,
    sources: () => this.#sources(),
    flow: () => this.#flow,
    overrides: () => ({ ...this.#table?.messages, ...this.messages }),
    submitButtons: () => submitButtons(this),
  };

  constructor() {
    super();
    // A submit button, Enter in a text field, an author's <form> being submitted: each one send.
    listenForSubmits(this, () => this.#requestSubmit());
    this.addEventListener('input', (event) => {
      // Once per page view; a nested form's input is that form's start.
      if (this.#started || !ownedBy(this, event.target as Element)) return;
      this.#started = true;
      this.dispatchEvent(new WebviewStartEvent());
      // Only when asked for: a beforeunload listener keeps the page out of some back/forward caches.
      if (this.confirmLeave && !this.#conduct?.draft) addEventListener('beforeunload', this.#leaveEarly);
      // The draft's code, and the send's, are needed now rather than when the page is idle.
      this.#attach(this.#delivery());
    });
    // A native reset of an author's <form> is the person asking for a blank form, as reset() is.
    // The browser puts the controls back after this event, with no input or change: wait a task.
    this.addEventListener('reset', (event) => {
      if (ownedBy(this, event.target as Element)) setTimeout(() => event.defaultPrevented || this.reset());
    });
    // A focused field is about to be typed into, under a keyboard that may cover it (delivery/keyboard.ts).
    this.addEventListener('focusin', () => this.#attach(this.#delivery()), { once: true });
    this.urlVariables = [];
    this.notCardNumbers = [];
    this.autoSubmit = false;
    this.closeOnSuccess = false;
    this._closeRefused = false;
    this.confirmLeave = false;
    this.review = false;
    this.state = WebviewState.IDLE;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Authors add and remove controls and buttons: generated fields and the Send button follow.
    this.#observer.observe(this, { childList: true, subtree: true, attributeFilter: ['type', 'slot', 'name'] });
    // A page switches language by a `lang` anywhere above (an app's <html lang>): the texts follow.
    for (const root of new Set([this.getRootNode(), document])) this.#observer.observe(root, { subtree: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer.disconnect();
    removeEventListener('beforeunload', this.#leaveEarly);
    this.#cancel('The form left the page.');
  }

  /**
   * Validates, signs and posts the form. Resolves with the service's answer; rejects with a
   * `WebviewError` (also fired as `webview-error`). While a post is in flight, returns that one;
   * after a success, returns it again without posting until `reset()`.
   */
  submit(): Promise<SubmitOutcome> {
    const success = this.#conduct?.success;
    if (success) return Promise.resolve(success);
    if (this.#sending) return this.#sending;
    // zod's verdict on declared fields, and the delivery chunk, which brings who sends.
    const submission = (this.#submission = new Submission(() =>
      this.#fields
        .verify()
        .then(() => this.#delivery())
        .then(() => this.#judged())
        .then(() => this.#conduct!),
    ));
    const sending = (this.#sending = submission.done.then(
      (delivered) => this.#conduct!.succeed(delivered, submission === this.#submission),
      (thrown: unknown) => {
        throw this.#fail(submission, thrown);
      },
    ));
    const settled = () => {
      if (this.#submission === submission) this.#submission = this.#sending = undefined;
    };
    sending.then(settled, settled);
    return sending;
  }

  /**
   * Cancels a post in flight at whatever stage it is (nothing is sent after it), restores every
   * control's initial value, forgets the draft and the last sent post, hides errors and returns to `idle`.
   */
  reset(): void {
    this.#cancel('The form was reset.');
    resetControls(listControls(this));
    this.#conduct?.reset();
    // A reset before the draft's code came: the stored draft must not come back with it.
    this.#forgetDraft = !this.#conduct?.draft;
    this.#flow?.restart();
    this._failure = this._invalid = undefined;
    this._closeRefused = false;
    this.state = this.#broken ? WebviewState.ERROR : WebviewState.IDLE;
    // Also when nothing above changed what is shown: the leave guard looks at the answers again.
    this.requestUpdate();
  }

  /** Whether the link is complete and every control satisfies its constraints. Shows nothing. */
  checkValidity(): boolean {
    if (this.#broken) return false;
    // Before the validation's code came, the browser's own verdict: the same constraints.
    const conduct = this.#conduct;
    return conduct ? conduct.validation.check().length === 0 : listControls(this).every((control) => control.checkValidity?.() !== false);
  }

  /**
   * Like `checkValidity()`, and shows every error inline and moves focus to the first invalid
   * field. Called before the delivery chunk arrived (right at load), it shows them once it has.
   */
  reportValidity(): boolean {
    if (this.#broken) return false;
    const conduct = this.#conduct;
    if (!conduct) {
      this.#reporting = this.#delivery().then(
        () => this.reportValidity(),
        () => undefined,
      );
      return this.checkValidity();
    }
    const [first] = conduct.validation.validateAll();
    first?.control.focus();
    return first === undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const first = !this.hasUpdated;
    const language = languageOf(this);
    if (language !== this.#language) this.#loadLanguage(language);
    else if (first || changed.has('messages')) this.#resolveTexts();
    if (first || changed.has('fields')) this.#fields.declare(this.fields);
    if (first || OPTION_PROPERTIES.some((name) => changed.has(name))) {
      this._context = this.#readContext();
      this.#checkOptions(first);
    }
    if (this.#broken) this.state = WebviewState.ERROR;
    else if (this.state === WebviewState.ERROR && !this._failure) this.state = WebviewState.IDLE;
  }

  /**
   * `updateComplete` also waits for zod's verdict on declared fields, the draft's restore, the
   * steps code, the language's texts and a `reportValidity()` waiting for its code.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await super.getUpdateComplete();
    await this.#fields.ready.catch(() => undefined);
    await super.getUpdateComplete();
    await Promise.all([this.#restoring, this.#flowLoading, this.#languageLoading, this.#reporting]).catch(() => undefined);
    return (await super.getUpdateComplete()) && settled;
  }

  /**
   * Updates in a microtask, as Lit does; but the update that shows a send's progress waits for
   * the next task: with the signature computed while the page was idle, the request then leaves
   * before anything is drawn. The state is `submitting` meanwhile.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.#leaving) return super.scheduleUpdate();
    this.#leaving = false;
    return nextTask().then(() => super.scheduleUpdate());
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot() as ShadowRoot;
    this.#chrome = new Chrome(root, () => this.#requestSubmit());
    return root;
  }

  protected override update(changed: PropertyValues<this>) {
    super.update(changed);
    const { state } = this;
    const flow = this.#flow;
    // A page that sends by itself offers Send only once that failed; Next stands in for it before the last step.
    const waiting = this.autoSubmit && (state === WebviewState.IDLE || state === WebviewState.SUBMITTING);
    const chrome = this.#chrome!;
    const pending = (!!this.#flowLoading && !flow) || (!!this.#languageLoading && !this.#shown);
    this.#shown ||= !pending;
    chrome.draw(
      {
        state,
        broken: this.#broken,
        failure: this._failure,
        invalid: this._invalid,
        messages: this.#messages,
        offerSend: !waiting && !this.#hasSubmitButton() && !(flow && !flow.atEnd),
        pending,
        returnUrl: returnLink(this.returnUrl, document.baseURI),
        closeRefused: this._closeRefused,
      },
      this.#late,
    );
    flow?.draw(chrome.head, chrome.next);
    // Unlocked after a send that did not succeed: a field that lost the focus to the lock gets it back.
    const focused = this.#lockedFocus;
    if (focused && state !== WebviewState.SUBMITTING) {
      this.#lockedFocus = undefined;
      if (state !== WebviewState.SUCCESS && (document.activeElement ?? document.body) === document.body) (focused as HTMLElement).focus?.();
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    const { state, renderRoot } = this;
    // Once a send was tried, the chrome shows what delivery/outcome-styles.ts styles; it comes with the delivery.
    // (A broken page or a failed send shows only what the first render's styles cover.)
    if (state !== WebviewState.IDLE && state !== WebviewState.ERROR)
      this.#delivery().then(
        (stage) => adoptStyles(renderRoot, stage.lateStyles),
        () => undefined,
      );
    // A send found errors: focus goes to the summary, whose heading and links lead to the fields.
    // It succeeded: to the thanks, since the form that held focus is hidden.
    const focus =
      this._invalid && changed.has('_invalid' as keyof WebviewForm)
        ? 'error'
        : state === WebviewState.SUCCESS && changed.has('state')
          ? 'status'
          : '';
    if (focus) renderRoot.querySelector<HTMLElement>(`[part="${focus}"]`)!.focus();
    const broken = this.#broken;
    if (broken && broken !== this.#reported) this.dispatchEvent(new WebviewErrorEvent(broken));
    this.#reported = broken;
    // A declaration that cannot be drawn before zod's verdict has no controls yet: wait for it.
    // Wrong steps or conditions are judged again as the content changes (flow.refresh, below):
    // an error of theirs must not stop that, or the form would stay broken once they are put right.
    if ((broken && broken !== this.#flow?.error) || this.#fields.drawn === undefined) return;
    this.#fields.render(this.#messages, this.#started);
    if (!this.#attaching) {
      // Read whether a draft is stored once the first frame is painted: the first read of
      // sessionStorage is slow, and the first paint need not wait for it. One stored for a form
      // of this page asks for the delivery at once, and `updateComplete` waits for its restore.
      const stored = afterNextPaint().then(draftOnPage);
      const attaching = (this.#attaching = stored.then((draft) =>
        this.#attach(this.#delivery(draft ? loadDelivery() : prefetchDelivery())),
      ));
      this.#restoring = stored.then((draft) => (draft ? attaching : undefined));
    }
    if (this.#flow) this.#flow.refresh();
    else this.#startFlow();
    // A Send pressed before the element was defined (early-send.ts) is sent now, once.
    const held = this.hasAttribute(HELD_ATTRIBUTE);
    if (held) this.removeAttribute(HELD_ATTRIBUTE);
    if (this.autoSubmit && !this.#autoSubmitted) {
      this.#autoSubmitted = true;
      this.#requestSubmit();
    } else if (held) {
      // In a multi-step form the press means Next until the last step: the flow must say which.
      void Promise.resolve(this.#flowLoading).then(() => this.#requestSubmit());
    }
  }

  /**
   * Attaches what comes with the delivery chunk (see Conduct.attach): the draft, which is then
   * restored (resolves with its step), and the controllers. A chunk that cannot load leaves the
   * form without them.
   */
  async #attach(load: Promise<Delivery>): Promise<number | undefined> {
    await load.catch(() => undefined);
    const conduct = this.#conduct;
    // Attached already (the first input or focus and the idle time all ask), or the chunk cannot load.
    if (!conduct || conduct.draft) return undefined;
    removeEventListener('beforeunload', this.#leaveEarly);
    return conduct.attach(this.#forgetDraft);
  }

  /** The link's IDs; undefined while the link is broken. */
  get #ids(): ConversationIds | undefined {
    return this._context instanceof WebviewError ? undefined : this._context;
  }

  /**
   * Loads the steps code once the content has steps or conditions (`data-step`, `data-when`),
   * declared or written. The form stays hidden meanwhile: shown without it, it would be every
   * step at once, with the fields that must not apply.
   */
  #startFlow(): void {
    if (this.#flowLoading || !this.querySelector('[data-step], [data-when]')) return;
    // A restored draft says on which step to start, and which answers the conditions judge.
    this.#flowLoading = Promise.all([loadSteps(), this.#delivery(), this.#restoring]).then(
      ([steps, , step]) => (this.#flow = this.#conduct!.startFlow(steps, step)).refresh(),
      (error: WebviewError) => {
        this.#flowError = error;
        this.requestUpdate();
      },
    );
  }

  /**
   * Waits, wherever the content has steps or conditions, until their code has judged them: a send
   * made before would post the fields that a condition hides. If that code cannot load, the send
   * is refused (`#unusable`); the next send asks for it again.
   */
  async #judged(): Promise<void> {
    if (this.#flowError) this.#flowLoading = this.#flowError = undefined;
    this.#startFlow();
    await this.#flowLoading;
    // Judged now, not at the last input: content may have changed since.
    this.#flow?.refresh();
  }

  /**
   * The delivery chunk, with what it brings set up before anyone else gets it: the conduct (and
   * its validation), the late chrome, and the rest of the English texts.
   */
  #delivery(load = loadDelivery()): Promise<Delivery> {
    return load.then((stage) => {
      if (!this.#conduct) {
        // Before the texts change below: from now on the fields are drawn again keyed, keeping
        // their nodes and what they hold (a restored draft), never anew.
        this.#fields.redrawWith(stage.renderFields);
        this.#late = stage.lateChrome;
        // The late styles' sheet is parsed now, while the page is idle, not on the first click
        // (updated() adopts it once a send was tried).
        void stage.lateStyles.styleSheet;
        this.#english = { ...FIRST_MESSAGES, ...stage.LATE_MESSAGES };
        this.#resolveTexts();
        this.#conduct = new stage.Conduct(this.#shell);
      }
      return stage;
    });
  }

  /** The texts in force: the language's table (or English), then the `messages` property. */
  #resolveTexts(): void {
    const table = this.#table;
    this.#messages = resolveMessages(this.messages, (table?.messages ?? this.#english) as FormMessages, table?.language ?? 'en');
  }

  /**
   * Fetches the table of a language other than English. A form not shown yet stays hidden
   * meanwhile (a flash of English would move the layout); a form already shown keeps its texts
   * and swaps them in place when the table arrives, since hiding it would take the focus and the
   * keystrokes of a person typing. A table that cannot load, or does not come within
   * `LANGUAGE_WAIT`, leaves the form in English.
   */
  #loadLanguage(language: string): void {
    this.#language = language;
    this.#languageLoading = undefined;
    if (language === 'en' || !this.#shown) {
      this.#table = undefined;
      this.#resolveTexts();
    }
    if (language === 'en') return;
    // Settles what the latest language asked for; an earlier one still on its way is dropped.
    const settle = (messages?: WebviewMessages) => {
      if (this.#languageLoading !== loading) return;
      this.#table = messages && { language, messages };
      this.#languageLoading = undefined;
      this.#resolveTexts();
      this.requestUpdate();
      if (!messages) console.warn(`<webview-form>: the ${language} texts could not be loaded, so the form is in English.`);
    };
    const loading = (this.#languageLoading = loadLanguage(language).then(settle, () => settle()));
  }

  #cancel(why: string): void {
    this.#submission?.abort(new WebviewError(ErrorKind.ABORTED, why));
    // The next submit() starts afresh; the cancelled one settles as `aborted`.
    this.#submission = this.#sending = undefined;
  }

  #fail(submission: Submission, thrown: unknown): WebviewError {
    const error =
      thrown instanceof WebviewError
        ? thrown
        : new WebviewError(ErrorKind.CONFIG, `The form failed unexpectedly: ${String(thrown)}`, { cause: thrown });
    // A cancelled submission leaves the state to whoever cancelled it (reset, a newer submit).
    if (submission === this.#submission && error.kind === ErrorKind.ABORTED) this.state = WebviewState.IDLE;
    else if (submission === this.#submission) {
      // The error summary stands for invalid fields; any other failure shows its own message. The
      // form's own breakage (a wrong declaration, a broken link) is not this send's: it shows
      // while it lasts, and goes once put right.
      if (error !== this.#unusable) this._failure = error;
      this.state = error.kind === ErrorKind.VALIDATION ? WebviewState.INVALID : WebviewState.ERROR;
    }
    this.dispatchEvent(new WebviewErrorEvent(error));
    return error;
  }

  /** What stops the form from working at all: a broken link or page, or a wrong declaration. */
  get #broken(): WebviewError | undefined {
    // A wrong setting explains a broken link better than the link does: params names where the IDs are.
    return this._optionsError ?? this.#unusable;
  }

  /** A broken link, or a declaration zod refused. */
  get #unusable(): WebviewError | undefined {
    return this._context instanceof WebviewError ? this._context : (this.#fields.error ?? this.#flow?.error ?? this.#flowError);
  }

  #sources(): OptionSources {
    const settings = Object.fromEntries(OPTION_PROPERTIES.map((name) => [name, this[name]]));
    // The IDs given as attributes are among the settings (resolveIds reads those three only).
    return { ...settings, attributes: settings, url: location.href, base: document.baseURI };
  }

  /** What the first render needs: for whom. The rest of the settings (the endpoint among them) is checked by #checkOptions. */
  #readContext(): ConversationIds | WebviewError {
    try {
      return resolveIds(this.#sources() as IdSources);
    } catch (error) {
      if (error instanceof WebviewError) return error;
      throw error;
    }
  }

  /**
   * Checks every setting with the delivery's code: when the page is first idle, then on each
   * change. The first time also readies the send while the person types (see `prepare`).
   */
  #checkOptions(first: boolean): void {
    const check = ++this.#optionsChecks;
    this.#delivery(first ? prefetchDelivery() : loadDelivery())
      .then(() => {
        const error = this.#conduct!.checkOptions(first);
        if (check === this.#optionsChecks) this._optionsError = error;
      })
      // Ahead of time only: a chunk that cannot load is asked for again, and reported, by the send.
      .catch(() => undefined);
  }

  /** Whether the content has a submit button of its own; one in the `submit` slot takes the built-in's place instead. */
  #hasSubmitButton(): boolean {
    return submitButtons(this).some((button) => !button.closest('[slot="submit"]'));
  }

  // User-initiated submits report through the page and events; the rejection is handled there.
  // Before the last step, what would submit (Enter, a submit button) means Next.
  #requestSubmit() {
    if (this.#flow && !this.#flow.atEnd) this.#flow.next();
    else this.submit().catch(() => undefined);
  }
}
