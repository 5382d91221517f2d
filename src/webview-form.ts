/**
 * The element: it wires the stages of the flow (context → values → payload → auth → client) to
 * attributes, light-DOM controls, a Task and events. It computes nothing of its own.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { Task } from '@lit/task';
import { resolveEndpoint, resolveIds, type IdName } from './context.js';
import { findInvalid, listControls, readValues, resetControls, type Control } from './values.js';
import { buildPayload, checkPayload } from './payload.js';
import { signRequest, type SignedRequest } from './auth.js';
import { DEFAULT_TIMEOUT, send, type SubmitResult, type Transport } from './client.js';
import { ErrorKind, WebviewError } from './errors.js';
import { jsonAttribute, nameListAttribute } from './attributes.js';
import { WebviewErrorEvent, WebviewInvalidEvent, WebviewSubmitEvent, WebviewSuccessEvent } from './events.js';
import type { ConversationIds } from './protocol.js';
import { styles } from './webview-form.styles.js';

/** Where the element is in its life: reflected as the `state` attribute for CSS and tests. */
export const WebviewState = {
  IDLE: 'idle',
  INVALID: 'invalid',
  SUBMITTING: 'submitting',
  SUCCESS: 'success',
  ERROR: 'error',
} as const;
export type WebviewState = (typeof WebviewState)[keyof typeof WebviewState];

interface Setup {
  ids: ConversationIds;
  endpoint: string;
}

// Attributes that decide where the post goes and for whom; a change re-reads the setup.
const SETUP_PROPERTIES = ['botId', 'conversationId', 'userId', 'params', 'endpoint', 'domain', 'region'];
// Inputs where Enter means "send", as it does in a native form with a submit button.
const ENTER_SUBMITS = /^(text|email|tel|url|number|date|datetime-local|month|week|time|search|password)$/;

/**
 * Posts what a person enters back to a LivePerson Conversation Builder bot through the Web View
 * Integration API. Write named controls inside the tag (they stay in the light DOM, so autofill
 * and the page's CSS work); the IDs come from the page URL (`?userId=…&convId=…&botId=…`).
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
 * @csspart error - The alert region: what went wrong and what to do.
 *
 * @cssprop --webview-form-accent - Background of the built-in Send button.
 * @cssprop --webview-form-accent-contrast - Text colour of the built-in Send button.
 * @cssprop --webview-form-radius - Corner radius of the button and messages.
 * @cssprop --webview-form-status-background - Background of progress and success messages.
 * @cssprop --webview-form-status-color - Text colour of progress and success messages.
 * @cssprop --webview-form-error-background - Background of error messages.
 * @cssprop --webview-form-error-color - Text colour of error messages.
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
    state: { reflect: true },
    fetch: { attribute: false },
    _setup: { state: true },
    _failure: { state: true },
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
  declare timeout: number;
  /** Static variables sent with every post, as an object or a JSON attribute. */
  declare variables?: unknown;
  /** Names of URL query parameters to forward as variables, e.g. `PaymentId,PaymentStatus`. */
  declare urlVariables: string[];
  /** `idle | invalid | submitting | success | error`, reflected as an attribute. Read-only in spirit. */
  declare state: WebviewState;
  /** The transport. Default: the global `fetch`. Tests, stories and the demo hand it the mock backend. */
  declare fetch?: Transport;

  declare private _setup: Setup | WebviewError;
  declare private _failure?: WebviewError;
  private _success?: SubmitResult;
  private _inFlight?: Promise<SubmitResult>;
  private _observer = new MutationObserver(() => this.requestUpdate());

  private _task = new Task<[SignedRequest], SubmitResult>(this, {
    task: ([request], { signal }) => send(request, { fetch: this.fetch, timeout: this.timeout, signal }),
    autoRun: false,
  });

  constructor() {
    super();
    this.timeout = DEFAULT_TIMEOUT;
    this.urlVariables = [];
    this.state = WebviewState.IDLE;
    this.addEventListener('click', this._onClick);
    this.addEventListener('keydown', this._onKeydown);
    this.addEventListener('submit', this._onFormSubmit);
  }

  override connectedCallback() {
    super.connectedCallback();
    // The built-in Send button shows only while the content has no submit button of its own.
    this._observer.observe(this, { childList: true, subtree: true, attributeFilter: ['type', 'slot'] });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this._observer.disconnect();
    this._task.abort(new WebviewError(ErrorKind.ABORTED, 'The form left the page.'));
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

  /** Cancels a post in flight, restores every control's initial value and returns to `idle`. */
  reset(): void {
    this._task.abort(new WebviewError(ErrorKind.ABORTED, 'The form was reset.'));
    resetControls(this._controls());
    this._success = undefined;
    this._failure = undefined;
    this.state = WebviewState.IDLE;
  }

  /** Whether the link is complete and every control satisfies its constraints. */
  checkValidity(): boolean {
    return !(this._setup instanceof WebviewError) && findInvalid(this._controls()).length === 0;
  }

  /** Like `checkValidity()`, and shows the browser's message on the first invalid control. */
  reportValidity(): boolean {
    if (this._setup instanceof WebviewError) return false;
    const [first] = findInvalid(this._controls());
    first?.control.reportValidity?.();
    return first === undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!this.hasUpdated || SETUP_PROPERTIES.some((name) => changed.has(name as keyof WebviewForm))) {
      this._setup = this._readSetup();
      if (this._setup instanceof WebviewError) this.state = WebviewState.ERROR;
      else if (this.state === WebviewState.ERROR && !this._failure) this.state = WebviewState.IDLE;
    }
  }

  protected override updated(changed: PropertyValues<this>) {
    const setup = this._setup;
    if (changed.has('_setup' as keyof WebviewForm) && setup instanceof WebviewError) {
      this.dispatchEvent(new WebviewErrorEvent(setup));
    }
  }

  protected override render() {
    const broken = this._setup instanceof WebviewError ? this._setup : undefined;
    const success = this.state === WebviewState.SUCCESS;
    const submitting = this.state === WebviewState.SUBMITTING;
    const error = broken ?? this._failure;
    return html`
      <div part="form" ?hidden=${success || broken !== undefined}>
        <slot></slot>
        ${this._hasSubmitButton()
          ? nothing
          : html`<slot name="submit"
              ><button part="submit" type="button" aria-disabled=${submitting} @click=${this._onFallbackClick}>
                Send
              </button></slot
            >`}
      </div>
      <div part="status" role="status">${submitting
        ? html`<p>Sending…</p>`
        : success
          ? html`<slot name="success"><p>Thanks — you can return to the conversation.</p></slot>`
          : nothing}</div>
      <div part="error" role="alert">${error
        ? html`<p>${error.message}</p>${broken ? nothing : html`<slot name="error"></slot>`}`
        : nothing}</div>
    `;
  }

  private async _submit(): Promise<SubmitResult> {
    if (this._success) return this._success;
    try {
      if (this._setup instanceof WebviewError) throw this._setup;
      const { ids, endpoint } = this._setup;
      const controls = this._controls();
      const invalid = findInvalid(controls);
      if (invalid.length > 0) {
        this.state = WebviewState.INVALID;
        this.dispatchEvent(new WebviewInvalidEvent(invalid));
        invalid[0].control.focus();
        const names = invalid.map((field) => field.name).join(', ');
        throw new WebviewError(ErrorKind.VALIDATION, `Check these fields, then send again: ${names}.`, {
          details: invalid.map((field) => `${field.name}: ${field.message}`),
        });
      }
      const url = location.href;
      const values = readValues(controls);
      const draft = buildPayload({ ids, values, url, variables: this.variables, urlVariables: this.urlVariables, message: this.message });
      const event = new WebviewSubmitEvent(draft);
      if (!this.dispatchEvent(event)) {
        throw new WebviewError(ErrorKind.ABORTED, 'The submission was cancelled by the page.');
      }
      const payload = checkPayload(event.detail.payload);
      this._failure = undefined;
      this.state = WebviewState.SUBMITTING;
      await this._task.run([await signRequest(payload, endpoint)]);
      if (this._task.error !== undefined) throw this._task.error;
      const result = this._task.value!;
      this._success = result;
      this.state = WebviewState.SUCCESS;
      this.dispatchEvent(new WebviewSuccessEvent({ payload, status: result.status, response: result.response }));
      return result;
    } catch (thrown) {
      throw this._fail(thrown);
    }
  }

  private _fail(thrown: unknown): WebviewError {
    const error =
      thrown instanceof WebviewError
        ? thrown
        : new WebviewError(ErrorKind.CONFIG, `The form failed unexpectedly: ${String(thrown)}`, { cause: thrown });
    if (error.kind === ErrorKind.ABORTED) {
      this.state = WebviewState.IDLE;
    } else {
      this._failure = error;
      if (error.kind !== ErrorKind.VALIDATION) this.state = WebviewState.ERROR;
    }
    this.dispatchEvent(new WebviewErrorEvent(error));
    return error;
  }

  private _readSetup(): Setup | WebviewError {
    const url = location.href;
    try {
      const attributes = { botId: this.botId, conversationId: this.conversationId, userId: this.userId };
      const ids = resolveIds({ attributes, url, params: this.params });
      const endpoint = resolveEndpoint({ endpoint: this.endpoint, domain: this.domain, region: this.region, url });
      return { ids, endpoint };
    } catch (error) {
      if (error instanceof WebviewError) return error;
      throw error;
    }
  }

  private _controls(): Control[] {
    return listControls(this);
  }

  private _hasSubmitButton(): boolean {
    return this.querySelector(':scope > [slot="submit"]') !== null || this._submitButtons().length > 0;
  }

  private _submitButtons(): Element[] {
    return Array.from(this.querySelectorAll('button, input[type="submit"], input[type="image"]')).filter(
      (element) => isSubmitButton(element) && element.closest(this.localName) === this,
    );
  }

  // A submit button's default action would navigate (inside a <form>) or do nothing (outside one).
  private _onClick = (event: MouseEvent) => {
    const button = (event.target as Element | null)?.closest?.('button, input');
    if (!button || !isSubmitButton(button) || button.closest(this.localName) !== this) return;
    event.preventDefault();
    if (!button.matches(':disabled')) this._requestSubmit();
  };

  private _onKeydown = (event: KeyboardEvent) => {
    const target = event.target;
    if (event.key !== 'Enter' || event.isComposing || event.defaultPrevented) return;
    if (!(target instanceof HTMLInputElement) || !ENTER_SUBMITS.test(target.type)) return;
    if (target.closest(this.localName) !== this) return;
    event.preventDefault();
    this._requestSubmit();
  };

  // An author's <form> may still be submitted by script (requestSubmit) or the browser; never navigate.
  private _onFormSubmit = (event: Event) => {
    if ((event.target as Element).closest(this.localName) !== this) return;
    event.preventDefault();
    this._requestSubmit();
  };

  private _onFallbackClick = () => this._requestSubmit();

  // User-initiated submits report through the page and events; the rejection is already handled there.
  private _requestSubmit() {
    this.submit().catch(() => undefined);
  }
}

function isSubmitButton(element: Element): boolean {
  return (element instanceof HTMLButtonElement || element instanceof HTMLInputElement) &&
    (element.type === 'submit' || element.type === 'image');
}
