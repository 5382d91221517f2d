/**
 * The shadow root's regions, built with DOM calls: they change in a few known ways, and the first
 * render carries no lit-html. The content is only slotted; around it, the fallback Send button, and
 * an alert and a polite status region that exist from the first render, so that changes in them are
 * announced. What shows only after a send was tried is drawn by delivery/outcome-view.ts.
 *
 *     <div part="error" role="alert">   what went wrong, or the error summary
 *     <div part="form">                 the step's head (steps chunk), <slot>, Next or Send
 *     <div part="status" role="status"> progress, success, the way back
 */
import { WebviewState } from './public-interface.js';
import { fill, type FormMessages, type Texts } from '../i18n/messages.js';
import { ErrorKind, type WebviewError } from '../core/errors.js';
import type { FieldError } from '../dom/controls.js';
import { h } from '../dom/build.js';
import { adoptStyles } from '../dom/light-styles.js';
import type { CSSResult } from '@lit/reactive-element';
import type { QueuedView } from './form-host.js';

export interface RegionsView {
  state: WebviewState;
  /** The link or the page cannot work: the form is replaced by this explanation. */
  broken?: WebviewError;
  /** The last submission's failure. */
  failure?: WebviewError;
  /** The fields the last submission found invalid. */
  invalid?: readonly FieldError[];
  messages: Texts;
  /** Whether to offer the built-in Send button (the content has none of its own, and no Next stands in its place). */
  offerSend: boolean;
  /** The steps code or the language's texts are loading: the content would show in a state it must not. */
  pending?: boolean;
  /** `return-url`, checked: where "Back to the conversation" leads. */
  returnUrl?: string;
  /** `close-on-success` tried to close the window, and the browser kept it open. */
  closeRefused?: boolean;
  /** A post waiting in the outbox (state `queued`). */
  queued?: QueuedView;
}

/** What the delivery chunk draws (delivery/outcome-view.ts): the summary, and the status region's content; and their styles. */
export interface OutcomeView {
  readonly styles: CSSResult;
  /** Fills a text's placeholders and chooses its plural branches (delivery/plural.ts). */
  format(template: string, values: Record<string, string | number>, lang: string): string;
  summary(invalid: readonly FieldError[], messages: Texts): Node[];
  status(view: RegionsView): Node[];
  /** Locks the answers while a post is in flight (`submitting`), and gives the focus back after one that failed. */
  lock(regions: Regions, state: WebviewState): void;
}

/** The way back to the chat, when the page gave one. */
export const returnLink = ({ returnUrl, messages }: RegionsView): Node[] =>
  returnUrl ? [h('p', {}, h('a', { part: 'return', href: returnUrl }, messages.backToChat))] : [];

/**
 * What a person reads about an error: the text its `code` names, in the form's language. Other
 * errors are the page's to fix: a sentence for the person, then the reason in English for the
 * page's author.
 */
function explain(error: WebviewError, messages: Texts, late?: OutcomeView): Node[] {
  const text = messages[error.code as keyof FormMessages];
  return text
    ? [h('p', {}, late ? late.format(text, error.values, messages.lang) : fill(text, error.values))]
    : [h('p', {}, messages.setupError), h('p', { lang: 'en', dir: 'ltr' }, h('small', {}, error.message))];
}

export class Regions {
  readonly #error: HTMLElement;
  readonly #form: HTMLElement;
  /** Where the steps code draws Back and the step's heading, and Next: `display: contents`. */
  readonly head: HTMLElement;
  readonly next: HTMLElement;
  readonly #submit: HTMLSlotElement;
  readonly #button: HTMLButtonElement;
  readonly #status: HTMLElement;
  /** The default slot: the page's content, the fields among it. */
  readonly content: HTMLSlotElement;
  /** The error summary's fields, whose buttons lead to them: new fields need new buttons. */
  #invalid?: readonly FieldError[];
  /** What had the focus when the answers were locked for a send: it gets it back if the send fails. */
  focused?: Element | null;
  #state?: WebviewState;
  /** What the delivery draws once a send was tried (see OutcomeView). */
  outcome?: OutcomeView;

  constructor(root: ShadowRoot, onSend: () => void) {
    // The alert region comes first: GOV.UK's error summary sits above the fields it lists. It takes
    // focus (tabindex=-1) when a send finds errors, and the status region when the send succeeded,
    // so that focus does not fall to <body> when the form that held it hides.
    const region = (part: string, role: string) => h('div', { part, role, tabindex: '-1' });
    this.#error = region('error', 'alert');
    this.head = h('div', { class: 'steps' });
    this.next = h('div', { class: 'steps' });
    this.#button = h('button', { part: 'submit', type: 'button' }) as HTMLButtonElement;
    this.#button.onclick = onSend;
    this.#submit = h('slot', { name: 'submit' }, this.#button) as HTMLSlotElement;
    this.content = h('slot', {}) as HTMLSlotElement;
    this.#form = h('div', { part: 'form' }, this.head, this.content, this.next);
    this.#status = region('status', 'status');
    root.append(this.#error, this.#form, this.#status);
  }

  /** Brings the regions up to date with `view`; the outcome view draws what only a tried send shows. */
  draw(view: RegionsView): void {
    const { state, broken, failure, invalid, messages } = view;
    const late = this.outcome;
    // A send was tried: the outcome's styles apply. (A broken page or a failed send shows only what the first render's styles cover.)
    if (late && state !== WebviewState.IDLE && state !== WebviewState.ERROR) adoptStyles(this.#form, late.styles);
    this.#form.hidden = state === WebviewState.SUCCESS || broken !== undefined || !!view.pending;
    // Absent, not hidden, when not offered: `::part(submit)` then styles nothing.
    if (!view.offerSend) this.#submit.remove();
    else if (!this.#submit.isConnected) this.#form.append(this.#submit);
    if (this.#button.textContent !== messages.send) this.#button.textContent = messages.send;
    this.#button.setAttribute('aria-disabled', String(state === WebviewState.SUBMITTING));
    // Only a send locks the answers, and a send comes with the delivery: before it, nothing is locked.
    late?.lock(this, state);
    // A broken link cannot be mended here: the chat is where a working one comes from.
    const error = broken
      ? [...explain(broken, messages, late), ...(broken.kind === ErrorKind.CONTEXT ? returnLink(view) : [])]
      : invalid?.length && late
        ? late.summary(invalid, messages)
        : failure
          ? [...explain(failure, messages, late), h('slot', { name: 'error' })]
          : [];
    const anew = this.#invalid !== (this.#invalid = invalid);
    put(this.#error, error, anew);
    put(this.#status, late?.status(view) ?? []);
    // A send found errors: focus goes to the summary, whose heading and links lead to the fields.
    // It succeeded: to the thanks, since the form that held focus is hidden.
    if (invalid && anew) this.#error.focus();
    else if (state === WebviewState.SUCCESS && this.#state !== state) this.#status.focus();
    this.#state = state;
  }
}

/**
 * Puts `nodes` in `region` unless it holds the same already: a live region whose content is
 * replaced is read out again, and what a screen reader hears once must not come twice.
 */
function put(region: HTMLElement, nodes: Node[], anew?: boolean): void {
  const shown = region.childNodes;
  if (!anew && nodes.length === shown.length && nodes.every((node, index) => node.isEqualNode(shown[index]!))) return;
  region.replaceChildren(...nodes);
}
