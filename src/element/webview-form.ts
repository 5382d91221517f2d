/**
 * The element wires: properties, lifecycle, public methods, what each update draws. Its state is in
 * named controllers (texts.ts, settings.ts, loader.ts); `Sends` owns each send (submission.ts); the delivery
 * chunk (delivery/) talks back through one interface (form-host.ts).
 */
import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { returnLink } from '../core/return-url.js';
import { ErrorKind, WebviewError } from '../core/errors.js';
import { hasSubmitButton, listControls, resetControls, type FieldError } from '../dom/controls.js';
import { nextTask } from '../dom/timing.js';
import { PUBLIC_PROPERTIES, WebviewState, type PublicProperties } from './public-interface.js';
import { WebviewErrorEvent } from './events.js';
import { Loader, type Delivery } from './loader.js';
import { Sends, type SubmitOutcome } from './submission.js';
import { DeclaredFields } from './declared-fields.js';
import { Texts } from './texts.js';
import { Settings } from './settings.js';
import type { FormHost, QueuedView } from './form-host.js';
import { Regions } from './regions.js';
import { listenForSubmits } from './submit-triggers.js';
import { takeHeldSend } from './early-send.js';
import { styles } from './styles.js';

export { WebviewState } from './public-interface.js';
export type { SubmitOutcome } from './submission.js';

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
 * @csspart status - The polite live region: progress, success, and a post waiting for the line.
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
 * @csspart send-now - While a post waits for the line (`queued`): "Send now", or "Send anyway" once it waited over a day.
 * @csspart discard - While a post waits for the line: "Discard", which forgets it and shows the form again.
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
    _failure: { state: true },
    _invalid: { state: true },
    _closeRefused: { state: true },
    _queued: { state: true },
  };

  declare private _failure?: WebviewError;
  declare private _invalid?: readonly FieldError[];
  /** `close-on-success` tried, and the window is still open. */
  declare private _closeRefused: boolean;
  declare private _queued?: QueuedView;
  /** What the delivery and the steps ask of the element, and tell it to show. */
  readonly #form: FormHost = {
    element: this,
    messages: () => this.#texts.messages,
    overrides: () => this.#texts.overrides(),
    sources: () => this.#settings.sources(),
    settingValues: () => this.#settings.values(),
    ids: () => this.#settings.ids,
    started: () => this.#loader.started,
    unusable: () => this.#unusable,
    sending: () => this.#showSending(),
    showInvalid: (invalid) => {
      this._invalid = invalid;
      if (invalid) this.state = WebviewState.INVALID;
      else if (this.state === WebviewState.INVALID) this.state = WebviewState.IDLE;
    },
    showSuccess: () => (this.state = WebviewState.SUCCESS),
    showCloseRefused: () => (this._closeRefused = true),
    showQueued: (queued) => {
      this._queued = queued;
      if (queued) this.state = WebviewState.QUEUED;
      else if (this.state === WebviewState.QUEUED) this.state = WebviewState.IDLE;
    },
    showFailure: (error) => this.#failed(error, true),
  };
  readonly #texts = new Texts(this);
  readonly #settings = new Settings(this);
  readonly #loader = new Loader(this, this.#form, (stage) => this.#arrived(stage));
  readonly #fields = new DeclaredFields(this, `webview-form-${++instances}`);
  readonly #observer = new MutationObserver(() => this.requestUpdate());
  /** The shadow root's regions: the content's slot, the Send button, what went wrong, progress and thanks. */
  #regions?: Regions;
  readonly #sends = new Sends();
  #autoSubmitted?: boolean;
  /** The last broken state announced with webview-error, so each is announced once. */
  #reported?: WebviewError;
  /** A `reportValidity()` that came before the validation's code: `updateComplete` waits for it. */
  #reporting?: Promise<unknown>;
  /** A request is about to leave: the update that shows its progress waits a task (see scheduleUpdate). */
  #leaving?: boolean;

  constructor() {
    super();
    // A submit button, Enter in a text field, an author's <form> being submitted: each one send.
    listenForSubmits(
      this,
      () => this.#requestSubmit(),
      () => this.reset(),
    );
    this.urlVariables = [];
    this.notCardNumbers = [];
    this.autoSubmit = this.closeOnSuccess = this.confirmLeave = this.review = this._closeRefused = false;
    this.state = WebviewState.IDLE;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Authors add and remove controls and buttons: generated fields and the Send button follow.
    this.#observer.observe(this, { childList: true, subtree: true, attributeFilter: ['type', 'slot', 'name'] });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer.disconnect();
    this.#sends.cancel('The form left the page.');
  }

  /**
   * Validates, signs and posts the form. Resolves with the service's answer; rejects with a `WebviewError` (also fired as
   * `webview-error`; a post kept in the outbox rejects with code `queued` and fires `webview-queued` instead). While a post
   * is in flight, returns that one; after a success, returns it again without posting until `reset()`.
   */
  submit(): Promise<SubmitOutcome> {
    const loader = this.#loader;
    const success = loader.session?.success;
    if (success) return Promise.resolve(success);
    // zod's verdict on declared fields, the delivery chunk (which brings who sends), the whole form judged.
    return this.#sends.start(
      () =>
        this.#fields
          .verify()
          .then(() => loader.delivery())
          .then(() => loader.judged())
          .then(() => loader.session!),
      (delivered, current) => loader.session!.succeed(delivered, current),
      (error, current) => this.#failed(error, current),
    );
  }

  /**
   * Cancels a post in flight at whatever stage it is (nothing is sent after it), restores every
   * control's initial value, forgets the draft and the last sent post, hides errors and returns to `idle`.
   */
  reset(): void {
    const { session, flow } = this.#loader;
    this.#sends.cancel('The form was reset.');
    resetControls(listControls(this));
    session?.reset();
    // A reset before the draft's code came: the stored draft must not come back with it.
    this.#loader.forgetDraft = !session?.draft;
    flow?.restart();
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
    const session = this.#loader.session;
    return session ? session.validation.check().length === 0 : listControls(this).every((control) => control.checkValidity?.() !== false);
  }

  /** Like `checkValidity()`, and shows every error inline and focuses the first invalid field (once the delivery came, if called before). */
  reportValidity(): boolean {
    if (this.#broken) return false;
    const session = this.#loader.session;
    if (!session) {
      this.#reporting = this.#loader.delivery().then(
        () => this.reportValidity(),
        () => undefined,
      );
      return this.checkValidity();
    }
    const [first] = session.validation.validateAll();
    first?.control.focus();
    return first === undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.hasUpdated || changed.has('fields')) this.#fields.declare(this.fields);
  }

  /** `updateComplete` also waits for zod's verdict, the draft's restore, the steps code, the texts and an early `reportValidity()`. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await super.getUpdateComplete();
    await this.#fields.ready.catch(() => undefined);
    await super.getUpdateComplete();
    const loader = this.#loader;
    await Promise.all([loader.restoring, loader.stepsSettled, this.#texts.loading, this.#reporting]).catch(() => undefined);
    return (await super.getUpdateComplete()) && settled;
  }

  /** As Lit's, but the update showing a send's progress waits a task: the request (signed while idle) leaves before anything is drawn. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.#leaving) return super.scheduleUpdate();
    this.#leaving = false;
    return nextTask().then(() => super.scheduleUpdate());
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot() as ShadowRoot;
    this.#regions = new Regions(root, () => this.#requestSubmit());
    return root;
  }

  protected override update(changed: PropertyValues<this>) {
    // After the controllers' hostUpdate (the settings read the IDs there); set before super.update, so it is reflected in this update.
    if (this.#broken) this.state = WebviewState.ERROR;
    else if (this.state === WebviewState.ERROR && !this._failure) this.state = WebviewState.IDLE;
    super.update(changed);
    const { state } = this;
    const { flow, stepsPending } = this.#loader;
    const [texts, regions] = [this.#texts, this.#regions!];
    // A page that sends by itself offers Send only once that failed; Next stands in for it before the last step.
    const waiting = this.autoSubmit && (state === WebviewState.IDLE || state === WebviewState.SUBMITTING);
    texts.shown ||= !stepsPending && (!texts.pending || (!this.fields && hasSubmitButton(this)));
    const pending = stepsPending || texts.pending;
    regions.draw({
      state,
      broken: this.#broken,
      failure: this._failure,
      invalid: this._invalid,
      messages: texts.messages,
      offerSend: !waiting && !hasSubmitButton(this) && !(flow && !flow.atEnd),
      pending,
      returnUrl: returnLink(this.returnUrl, document.baseURI),
      closeRefused: this._closeRefused,
      queued: this._queued,
    });
    flow?.draw(regions.head, regions.next);
  }

  protected override updated(_changed: PropertyValues<this>) {
    const loader = this.#loader;
    const broken = this.#broken;
    if (broken && broken !== this.#reported) this.dispatchEvent(new WebviewErrorEvent(broken));
    this.#reported = broken;
    // A declaration that cannot be drawn before zod's verdict has no controls yet: wait for it. Wrong
    // steps are judged again as the content changes (flow.refresh), or they would stay wrong once put right.
    if ((broken && broken !== loader.flow?.error) || this.#fields.drawn === undefined) return;
    this.#fields.render(this.#texts.messages, loader.started);
    loader.attachWhenPainted();
    if (loader.flow) loader.flow.refresh();
    else loader.startSteps();
    // A Send pressed before the element was defined (early-send.ts) is sent now, once.
    const held = takeHeldSend(this);
    if (this.autoSubmit && !this.#autoSubmitted) {
      this.#autoSubmitted = true;
      this.#requestSubmit();
    } else if (held) {
      // In a multi-step form the press means Next until the last step: the flow must say which.
      void Promise.resolve(loader.stepsSettled).then(() => this.#requestSubmit());
    }
  }

  /** Takes what the delivery brings for the element's own parts: the keyed drawing first, before the texts change (declared-fields.ts). */
  #arrived(stage: Delivery): void {
    this.#fields.redrawWith(stage.renderFields);
    // Its styles are parsed now, while the page is idle, not on the first click.
    void (this.#regions!.outcome = stage.outcomeView).styles.styleSheet;
    this.#texts.addEnglish(stage.DEFAULT_MESSAGES);
  }

  /** The request is about to leave (the delivery came): `submitting`, and the answers locked now, not at the update a task later (see OutcomeView.lock). */
  #showSending(): void {
    this.#leaving = true;
    this._failure = undefined;
    this.state = WebviewState.SUBMITTING;
    this.#regions?.outcome?.lock(this.#regions, WebviewState.SUBMITTING);
  }

  #failed(error: WebviewError, current: boolean): void {
    if (error.code === WebviewState.QUEUED) return; // It waits in the outbox, which shows it (delivery/outbox.ts).
    // A cancelled send leaves the state to whoever cancelled it (reset, a newer submit).
    if (current && error.kind === ErrorKind.ABORTED) this.state = WebviewState.IDLE;
    else if (current) {
      // The summary stands for invalid fields, other failures show their message; the form's own
      // breakage (a wrong declaration, a broken link) is not this send's: it shows while it lasts.
      if (error !== this.#unusable) this._failure = error;
      this.state = error.kind === ErrorKind.VALIDATION ? WebviewState.INVALID : WebviewState.ERROR;
    }
    this.dispatchEvent(new WebviewErrorEvent(error));
  }

  /** What stops the form from working at all: a wrong setting (it explains a broken link better than the link does), else `#unusable`. */
  get #broken(): WebviewError | undefined {
    return this.#loader.session?.optionsError ?? this.#unusable;
  }

  /** A broken link, a declaration zod refused, steps that are wrong or could not load. */
  get #unusable(): WebviewError | undefined {
    const { context } = this.#settings;
    const loader = this.#loader;
    return context instanceof WebviewError ? context : (this.#fields.error ?? loader.flow?.error ?? loader.stepsError);
  }

  // User-initiated submits report through the page and events; the rejection is handled there. Before the
  // last step, what would submit (Enter, Send) means Next (steps are counted once parsed: Loader.startSteps).
  #requestSubmit() {
    const { flow } = this.#loader;
    if (flow && !flow.atEnd) flow.next();
    else this.submit().catch(() => undefined);
  }
}
