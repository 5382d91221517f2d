/**
 * The element: it wires the stages of the flow (context → values → payload → auth → client) to
 * attributes, light-DOM controls, a Task and events. It computes nothing of its own.
 */
import { LitElement, type PropertyValues } from 'lit';
import { resolveContext, type FormContext, type IdName } from '../core/context.js';
import { listControls, resetControls, type FieldError } from '../dom/controls.js';
import type { SendTask } from './send-task.js';
import type { SubmitResult, Transport } from '../core/client.js';
import { ErrorKind, WebviewError } from '../core/errors.js';
import { jsonAttribute, nameListAttribute } from './attributes.js';
import { WebviewErrorEvent, WebviewInvalidEvent, WebviewSubmitEvent, WebviewSuccessEvent } from './events.js';
import { loadSubmission, prefetchSubmission } from './lazy.js';
import { DeclaredFields } from './declared-fields.js';
import { resolveMessages, type WebviewMessages } from '../i18n/messages.js';
import { WebviewState } from './state.js';
import { chromeTemplate } from './templates.js';
import { ValidationController } from '../dom/validation-controller.js';
import { SubmitTriggers } from './submit-triggers.js';
import { DraftController } from '../dom/draft.js';
import { warnAboutSecrets } from '../dom/secret-warning.js';
import { styles } from './styles.js';

export { WebviewState } from './state.js';

/** How long `close-on-success` leaves the thank-you message up before closing the window. */
export const CLOSE_DELAY = 2000;

// Attributes that decide where the post goes and for whom.
const CONTEXT_PROPERTIES = ['botId', 'conversationId', 'userId', 'params', 'endpoint', 'domain', 'region'];
let instances = 0;

/**
 * Posts what a person enters back to a LivePerson Conversation Builder bot through the Web View
 * Integration API. Write named controls inside the tag, or declare `fields`; either way the
 * controls live in the light DOM, so autofill and the page's CSS work. The IDs come from the page
 * URL (`?userId=…&convId=…&botId=…`).
 *
 * @summary A form that posts its values to a bot conversation.
 *
 * @fires {WebviewSubmitEvent} webview-submit - Before sending; cancelable; `detail.payload` may be amended.
 * @fires {WebviewSuccessEvent} webview-success - The service accepted the post: `detail.payload`, `detail.status`, `detail.response`.
 * @fires {WebviewErrorEvent} webview-error - Something failed: `detail.error.kind`, `detail.error.message`, `detail.error.status`.
 * @fires {WebviewInvalidEvent} webview-invalid - Fields are invalid and nothing was sent: `detail.errors`.
 *
 * @slot - The form's content: labels and named controls (input, select, textarea, form-associated elements) and a submit button.
 * @slot submit - Replaces the built-in Send button, which shows only when the content has no submit button.
 * @slot success - Shown after the post succeeded; default "Thanks — you can return to the conversation."
 * @slot error - Shown under the error message after a failure, for example a phone number to call.
 *
 * @csspart form - The wrapper of the content, hidden after success or when the link cannot work.
 * @csspart submit - The built-in Send button.
 * @csspart status - The polite live region: progress and success.
 * @csspart error - The alert region: what went wrong and what to do, or the error summary.
 * @csspart summary - The list of invalid fields in the error summary.
 * @csspart summary-link - A button in the summary that moves focus to its field.
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
export class WebviewForm extends LitElement {
  static override styles = styles;

  static override properties = {
    botId: { attribute: 'bot-id' },
    conversationId: { attribute: 'conversation-id' },
    userId: { attribute: 'user-id' },
    params: { converter: jsonAttribute },
    endpoint: {},
    domain: {},
    region: {},
    message: {},
    timeout: { type: Number },
    variables: { converter: jsonAttribute },
    urlVariables: { attribute: 'url-variables', converter: nameListAttribute },
    notCardNumbers: { attribute: 'not-card-numbers', converter: nameListAttribute },
    fields: { converter: jsonAttribute },
    messages: { converter: jsonAttribute },
    autoSubmit: { attribute: 'auto-submit', type: Boolean },
    closeOnSuccess: { attribute: 'close-on-success', type: Boolean },
    state: { reflect: true },
    fetch: { attribute: false },
    _context: { state: true, attribute: false },
    _failure: { state: true, attribute: false },
    _invalid: { state: true, attribute: false },
  };

  /** The bot's ID; wins over the URL's `botId`. */
  declare botId?: string;
  /** The conversation's ID; wins over the URL's `conversationId` or `convId`. */
  declare conversationId?: string;
  /** The consumer's user ID; wins over the URL's `userId`. */
  declare userId?: string;
  /** Query parameter names to read IDs from, e.g. `{"conversationId": "cid"}`. Default: botId, conversationId or convId, userId. */
  declare params?: Partial<Record<IdName, string | string[]>>;
  /** A full URL, or a path on this site (the mock, a relay), to post to. Wins over `domain` and `region`. */
  declare endpoint?: string;
  /** The API's host, such as `va.bc-intg.liveperson.net`. Wins over `region`. */
  declare domain?: string;
  /** The LivePerson region: `us`, `uk`, `sy` or `gcp`. */
  declare region?: string;
  /** Text posted to the chat with the variables; it triggers a dialog starter when it matches one. */
  declare message?: string;
  /** Milliseconds before one attempt is abandoned. Default: 15000. */
  declare timeout?: number;
  /** Static variables sent with every post, as an object or a JSON attribute. */
  declare variables?: unknown;
  /** Names of URL query parameters to forward as variables, e.g. `PaymentId,PaymentStatus`. */
  declare urlVariables: string[];
  /** Names of fields whose numbers only look like card numbers (order numbers): they skip the card check. */
  declare notCardNumbers: string[];
  /** Declared fields, as a list or a JSON attribute: `[{ "name": "email", "type": "email", "required": true }]`. */
  declare fields?: unknown;
  /** Replacements for any of the texts the element shows, e.g. a translation: `{ "send": "Envoyer" }`. */
  declare messages?: Partial<WebviewMessages>;
  /** Submit once as soon as the element is ready, without waiting for the person (payment confirmation). Default: false. */
  declare autoSubmit: boolean;
  /** After success, try to close the window (it works when the chat opened it) after two seconds. Default: false. */
  declare closeOnSuccess: boolean;
  /** `idle | invalid | submitting | success | error`, reflected as an attribute. Read-only in spirit. */
  declare state: WebviewState;
  /** The transport. Default: the global `fetch`. Tests, stories and the demo hand it the mock backend. */
  declare fetch?: Transport;

  declare private _context: FormContext | WebviewError;
  declare private _failure?: WebviewError;
  declare private _invalid?: FieldError[];
  private _messages = resolveMessages(undefined);
  private _success?: SubmitResult;
  private _inFlight?: Promise<SubmitResult>;
  private _autoSubmitted = false;
  /** The last broken state announced with webview-error, so each is announced once. */
  private _reported?: WebviewError;
  private readonly _fields = new DeclaredFields(this, `webview-form-${++instances}`);
  private readonly _observer = new MutationObserver(() => this.requestUpdate());
  private readonly _triggers = new SubmitTriggers(this, () => this._requestSubmit());
  private readonly _draft = new DraftController(this, {
    controls: () => listControls(this),
    conversation: () => (this._context instanceof WebviewError ? undefined : this._context?.ids.conversationId),
  });
  private readonly _validation = new ValidationController(this, {
    controls: () => listControls(this),
    messages: () => this._messages,
  });

  /** The send, created with the submission chunk on the first send. */
  private _task?: SendTask;

  constructor() {
    super();
    this.urlVariables = [];
    this.notCardNumbers = [];
    this.autoSubmit = false;
    this.closeOnSuccess = false;
    this.state = WebviewState.IDLE;
  }

  override connectedCallback() {
    super.connectedCallback();
    // Authors add and remove controls and buttons: generated fields and the Send button follow.
    this._observer.observe(this, { childList: true, subtree: true, attributeFilter: ['type', 'slot', 'name'] });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this._observer.disconnect();
    this._task?.abort(new WebviewError(ErrorKind.ABORTED, 'The form left the page.'));
  }

  /**
   * Validates, signs and posts the form. Resolves with the service's answer; rejects with a
   * `WebviewError` (also fired as `webview-error`). While a post is in flight, returns that one;
   * after a success, returns it again without posting until `reset()`.
   */
  submit(): Promise<SubmitResult> {
    this._inFlight ??= this._submit().finally(() => (this._inFlight = undefined));
    return this._inFlight;
  }

  /** Cancels a post in flight, restores every control's initial value, forgets the draft, hides errors and returns to `idle`. */
  reset(): void {
    this._task?.abort(new WebviewError(ErrorKind.ABORTED, 'The form was reset.'));
    resetControls(listControls(this));
    // The person asked for a blank form: a reload must not bring the old answers back.
    this._draft.clear();
    this._validation.reset();
    this._success = this._failure = this._invalid = undefined;
    this.state = this._broken ? WebviewState.ERROR : WebviewState.IDLE;
  }

  /** Whether the link is complete and every control satisfies its constraints. Shows nothing. */
  checkValidity(): boolean {
    return !this._broken && this._validation.check().length === 0;
  }

  /** Like `checkValidity()`, and shows every error inline and moves focus to the first invalid field. */
  reportValidity(): boolean {
    if (this._broken) return false;
    const [first] = this._validation.validateAll();
    first?.control.focus();
    return first === undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const first = !this.hasUpdated;
    if (first || changed.has('messages')) this._messages = resolveMessages(this.messages);
    if (first || changed.has('fields')) this._fields.declare(this.fields);
    if (first || CONTEXT_PROPERTIES.some((name) => changed.has(name as keyof WebviewForm))) this._context = this._readContext();
    if (this._broken) this.state = WebviewState.ERROR;
    else if (this.state === WebviewState.ERROR && !this._failure) this.state = WebviewState.IDLE;
  }

  /** `updateComplete` also waits for zod's verdict on declared fields. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await super.getUpdateComplete();
    await this._fields.ready.catch(() => undefined);
    return (await super.getUpdateComplete()) && settled;
  }

  protected override firstUpdated() {
    // Ready the send while the person types: the code, and the signature, which depends only on the IDs.
    prefetchSubmission()
      .then((stage) => {
        if (!(this._context instanceof WebviewError)) void stage.authToken(this._context.ids.conversationId, this._context.ids.botId);
      })
      // Ahead of time only: a failed fetch is tried again by the submit, which reports it.
      .catch(() => undefined);
  }

  protected override updated() {
    const broken = this._broken;
    if (broken && broken !== this._reported) this.dispatchEvent(new WebviewErrorEvent(broken));
    this._reported = broken;
    // A declaration that cannot be drawn before zod's verdict has no controls yet: wait for it.
    if (broken || this._fields.drawn === undefined) return;
    this._fields.render(this._messages);
    warnAboutSecrets(listControls(this));
    this._draft.restoreOnce();
    if (this.autoSubmit && !this._autoSubmitted) {
      this._autoSubmitted = true;
      this._requestSubmit();
    }
  }

  protected override render() {
    const broken = this._broken;
    const { state } = this;
    // A page that sends by itself offers Send only once that failed.
    const waiting = this.autoSubmit && (state === WebviewState.IDLE || state === WebviewState.SUBMITTING);
    return chromeTemplate({
      state,
      broken,
      failure: this._failure,
      invalid: this._invalid,
      messages: this._messages,
      offerSend: !waiting && !this._hasSubmitButton(),
      onSend: () => this._requestSubmit(),
    });
  }

  private async _submit(): Promise<SubmitResult> {
    if (this._success) return this._success;
    try {
      await this._fields.verify();
      if (this._broken) throw this._broken;
      const { ids, endpoint } = this._context as FormContext;
      this._invalid = undefined;
      const invalid = this._validation.validateAll();
      if (invalid.length > 0) {
        this._invalid = invalid;
        this.state = WebviewState.INVALID;
        this.dispatchEvent(new WebviewInvalidEvent(invalid));
        invalid[0].control.focus();
        throw new WebviewError(ErrorKind.VALIDATION, `Check these fields, then send again: ${invalid.map((error) => error.label).join(', ')}.`, {
          details: invalid.map((error) => `${error.name}: ${error.message}`),
        });
      }
      const stage = await loadSubmission();
      const values = stage.readValues(listControls(this));
      const draft = stage.buildPayload({ ids, values, url: location.href, variables: this.variables, urlVariables: this.urlVariables, message: this.message });
      const unchanged = JSON.stringify(draft);
      const event = new WebviewSubmitEvent(draft);
      if (!this.dispatchEvent(event)) throw new WebviewError(ErrorKind.ABORTED, 'The submission was cancelled by the page.');
      // buildPayload checked the draft; only a listener's amendment needs checking again.
      const amended = JSON.stringify(event.detail.payload) !== unchanged;
      const payload = amended ? stage.checkPayload(event.detail.payload) : draft;
      stage.refuseCardNumbers(listControls(this), payload.contextVariables ?? [], this.notCardNumbers, this._messages);
      this._failure = undefined;
      this.state = WebviewState.SUBMITTING;
      const key = stage.sentKey(endpoint, payload);
      const sentStatus = stage.sentBefore(key);
      if (sentStatus !== undefined) return this._succeed({ status: sentStatus, response: null, attempts: 0 });
      const task = (this._task ??= stage.createSendTask(this, () => ({ fetch: this.fetch, timeout: this.timeout })));
      await task.run([await stage.signRequest(payload, endpoint)]);
      if (task.error !== undefined) throw task.error;
      const result = task.value!;
      stage.rememberSent(key, result.status);
      this.dispatchEvent(new WebviewSuccessEvent({ payload, status: result.status, response: result.response }));
      return this._succeed(result);
    } catch (thrown) {
      throw this._fail(thrown);
    }
  }

  private _succeed(result: SubmitResult): SubmitResult {
    this._success = result;
    this._draft.clear();
    this.state = WebviewState.SUCCESS;
    if (this.closeOnSuccess) setTimeout(() => window.close(), CLOSE_DELAY);
    return result;
  }

  private _fail(thrown: unknown): WebviewError {
    const error =
      thrown instanceof WebviewError
        ? thrown
        : new WebviewError(ErrorKind.CONFIG, `The form failed unexpectedly: ${String(thrown)}`, { cause: thrown });
    if (error.kind === ErrorKind.ABORTED) {
      this.state = WebviewState.IDLE;
    } else {
      // The error summary stands for invalid fields; any other failure shows its own message.
      this._failure = error;
      this.state = error.kind === ErrorKind.VALIDATION ? WebviewState.INVALID : WebviewState.ERROR;
    }
    this.dispatchEvent(new WebviewErrorEvent(error));
    return error;
  }

  /** What stops the form from working at all: a broken link or page, or a wrong declaration. */
  private get _broken(): WebviewError | undefined {
    if (this._context instanceof WebviewError) return this._context;
    return this._fields.error;
  }

  private _readContext(): FormContext | WebviewError {
    try {
      return resolveContext({
        attributes: { botId: this.botId, conversationId: this.conversationId, userId: this.userId },
        params: this.params,
        endpoint: this.endpoint,
        domain: this.domain,
        region: this.region,
        url: location.href,
      });
    } catch (error) {
      if (error instanceof WebviewError) return error;
      throw error;
    }
  }

  private _hasSubmitButton(): boolean {
    return this.querySelector(':scope > [slot="submit"]') !== null || this._triggers.submitButtons().length > 0;
  }

  // User-initiated submits report through the page and events; the rejection is handled there.
  private _requestSubmit() {
    this.submit().catch(() => undefined);
  }
}
