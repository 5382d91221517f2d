/**
 * The shadow root's chrome, as a function of what the element knows. The content (the light-DOM
 * controls) is only slotted here; the chrome adds the fallback Send button, a polite status
 * region and an alert region, which exist from the first render so that changes are announced.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { WebviewState } from './state.js';
import { format, type FormMessages, type Texts } from '../i18n/messages.js';
import { ErrorKind, type WebviewError } from '../core/errors.js';
import type { FieldError } from '../dom/controls.js';

export interface ChromeView {
  state: WebviewState;
  /** The link or the page cannot work: the form is replaced by this explanation. */
  broken?: WebviewError;
  /** The last submission's failure. */
  failure?: WebviewError;
  /** The fields the last submission found invalid. */
  invalid?: readonly FieldError[];
  messages: Texts;
  /** Whether to offer the built-in Send button (the content has none of its own). */
  offerSend: boolean;
  onSend: () => void;
  /** The steps code is loading: the content would show every step at once. */
  pending?: boolean;
  /** Above the content, in a multi-step form: Back and the step's heading (steps/templates.ts). */
  head?: unknown;
  /** In Send's place before the last step: Next. */
  next?: TemplateResult;
  /** `return-url`, checked: where "Back to the conversation" leads. */
  returnUrl?: string;
  /** `close-on-success` tried to close the window, and the browser kept it open. */
  closeRefused?: boolean;
}

export function chromeTemplate(view: ChromeView): TemplateResult {
  const { state, messages } = view;
  // The alert region comes first: GOV.UK's error summary sits above the fields it lists. It takes
  // focus (tabindex=-1) when a send finds errors, and the status region when the send succeeded,
  // so that focus does not fall to <body> when the form that held it hides.
  return html`
    <div part="error" role="alert" tabindex="-1">${errorTemplate(view)}</div>
    <div part="form" ?hidden=${state === WebviewState.SUCCESS || view.broken !== undefined || view.pending}>
      ${view.head}
      <slot></slot>
      ${view.next ?? (view.offerSend
        ? html`<slot name="submit"
            ><button part="submit" type="button" aria-disabled=${state === WebviewState.SUBMITTING}
              @click=${view.onSend}>${messages.send}</button></slot
          >`
        : nothing)}
    </div>
    <div part="status" role="status" tabindex="-1">${state === WebviewState.SUBMITTING
      ? html`<p>${messages.sending}</p>`
      : state === WebviewState.SUCCESS
        ? html`<slot name="success"><h2>${messages.successTitle}</h2><p>${messages.success}</p></slot>
            ${view.closeRefused ? html`<p>${view.returnUrl ? messages.closeFailed : messages.canClose}</p>` : nothing}${returnLink(view)}`
        : nothing}</div>
  `;
}

/** The way back to the chat, when the page gave one. */
function returnLink({ returnUrl, messages }: ChromeView) {
  return returnUrl ? html`<p><a part="return" href=${returnUrl}>${messages.backToChat}</a></p>` : nothing;
}

/**
 * What a person reads about an error: the text its `code` names, in the form's language. Other
 * errors are the page's to fix: a sentence for the person, then the reason in English for the
 * page's author.
 */
function explain(error: WebviewError, messages: Texts) {
  const text = messages[error.code as keyof FormMessages];
  return text
    ? html`<p>${format(text, error.values, messages.lang)}</p>`
    : html`<p>${messages.setupError}</p><p lang="en" dir="ltr"><small>${error.message}</small></p>`;
}

function errorTemplate(view: ChromeView) {
  const { broken, failure, invalid, messages } = view;
  // A broken link cannot be mended here: the chat is where a working one comes from.
  if (broken) return html`${explain(broken, messages)}${broken.kind === ErrorKind.CONTEXT ? returnLink(view) : nothing}`;
  if (invalid?.length) {
    const line = invalid.length === 1 ? messages.summaryOne : format(messages.summary, { count: invalid.length }, messages.lang);
    return html`<h2>${messages.summaryTitle}</h2>
      <p>${line}</p>
      <ul part="summary">
        ${invalid.map(
          (error) => html`<li><button type="button" part="summary-link" @click=${() => error.control.focus()}>
            ${format(messages.summaryItem, { label: error.label, message: error.message }, messages.lang)}</button></li>`,
        )}
      </ul>`;
  }
  return failure ? html`${explain(failure, messages)}<slot name="error"></slot>` : nothing;
}
