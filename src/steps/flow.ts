/**
 * Multi-step forms and conditions at run time, on the form's markup: `[data-step]` groups are the
 * steps, `[data-when]` items show only while their condition holds. Declared fields are drawn as
 * that same markup (fields/templates.ts), so one flow serves declared and authored forms.
 *
 *     input, change ─► conditions ─► items shown or hidden (hidden ones disabled: not checked, not sent)
 *     Next ─► check the step ─► the next step that applies ─► its heading takes focus
 *     Send ─► every shown field checked ─► an error on an earlier step: back there, with its errors
 *
 * Loaded (steps/index.ts) only when such markup appears: a flat form never fetches it.
 */
import type { ReactiveController } from 'lit';
import { ErrorKind, WebviewError } from '../core/errors.js';
import { listControls, ownedBy, submitButtons, type Control, type FieldError } from '../dom/controls.js';
import type { FormHost } from '../element/form-host.js';
import type { Answer } from './conditions.js';
import { listen } from '../dom/listen.js';
import { resolveMessages, type Texts } from '../i18n/messages.js';
import { STEP_MESSAGES, type StepMessages } from '../i18n/step-messages.js';
import { holds, parseCondition, type Condition } from './conditions.js';
import { ConditionPass } from './condition-pass.js';
import { WebviewStepEvent } from './step-event.js';
import { nextButton, stepHead } from './templates.js';
import { nothing, render } from 'lit/html.js';

/**
 * What the delivery lends the flow, so that this chunk shares no module with the delivery's. The
 * flow waits for the delivery chunk anyway, as the draft it restores comes with it.
 */
export interface Lent {
  /** Checks the controls `scope` accepts and shows their errors, as a send does; returns them. */
  validate(scope: (control: Control) => boolean): FieldError[];
  /** Every shown field's error, shown nowhere. */
  check(): FieldError[];
  /** The position changed: the draft keeps it. */
  moved(): void;
  /** The answer of each name among `controls` (delivery/answers.ts). */
  answers(controls: readonly Control[]): Map<string, Answer>;
  /** The label a person sees for a control (delivery/validation.ts). */
  label(control: Control): string;
  /** `controls` grouped by name (delivery/answers.ts). */
  groups(controls: readonly Control[]): Map<string, Control[]>;
  /** Whether a control asks for a secret (delivery/warnings.ts): the review shows dots. */
  secret(control: Control): boolean;
  /** Fills a text's placeholders and chooses its plural branches (delivery/plural.ts). */
  format(template: string, values: Record<string, string | number>, lang: string): string;
}

/** The title the review page has in `webview-step` and `webview-abandon`. */
export const REVIEW = 'review';

export class StepFlow implements ReactiveController {
  /** What is wrong with the form's conditions or steps: the element shows it instead of the form. */
  error?: WebviewError;
  /** The steps, in document order; empty in a form that only has conditions. */
  steps: HTMLElement[] = [];
  /** The position in `steps`; `steps.length` is the review page. */
  #current = 0;
  /** A Change on the review page leads back to it after Next. */
  #returnToReview = false;
  /** Parsed conditions, by item; read again only when the attribute changes. */
  readonly #conditions = new Map<HTMLElement, { text: string; condition: Condition | string }>();
  /** The items whose condition is false (or that are inside one). */
  #off = new Set<Element>();
  /** Controls this flow disabled, so that only those are enabled again. */
  readonly #disabled = new Set<Control>();
  /** The author's submit buttons, hidden on the steps before the last. */
  readonly #hiddenButtons = new Set<HTMLElement>();
  readonly #form: FormHost;
  readonly #lent: Lent;
  #listening?: AbortController;
  /** The chrome's state when it last rendered (see #view). */
  #rendered = '';

  constructor(form: FormHost, lent: Lent, step = 0) {
    this.#form = form;
    this.#lent = lent;
    const host = form.element;
    // A draft saved before the form was redesigned may name a step it no longer has (or a review
    // page it no longer offers): start at the first step.
    const count = Array.from(host.querySelectorAll('[data-step]')).filter((element) => ownedBy(host, element)).length;
    this.#current = Number.isInteger(step) && step >= 0 && (step < count || (step === count && count > 0 && host.review)) ? step : 0;
    host.addController(this);
  }

  hostConnected() {
    this.#listening = new AbortController();
    // A native reset of an author's form comes through the element's reset(), which restarts the flow.
    listen(this.#form.element, { input: this.#onAnswer, change: this.#onAnswer }, this.#listening.signal);
  }

  hostDisconnected() {
    this.#listening?.abort();
  }

  /** An answer changed: conditions may show or hide fields and steps, and the chrome may follow. */
  #onAnswer = () => this.refresh();

  /**
   * Draws into the element's chrome: above the step, Back, the heading and on the review page the
   * answers (`head`); below it, Next where Send does not belong yet (`next`).
   */
  draw(head: HTMLElement, next: HTMLElement): void {
    render(stepHead(this), head);
    render(this.atEnd ? nothing : nextButton(this), next);
  }

  /** The label a person sees for a control. */
  label(control: Control): string {
    return this.#lent.label(control);
  }

  /** `controls` grouped by name: a radio group is one answer. */
  groups(controls: readonly Control[]): Map<string, Control[]> {
    return this.#lent.groups(controls);
  }

  /** Whether a control asks for a secret: the review shows dots for it. */
  secret(control: Control): boolean {
    return this.#lent.secret(control);
  }

  /** Fills a text's placeholders and chooses its plural branches. */
  format(template: string, values: Record<string, string | number>, lang: string): string {
    return this.#lent.format(template, values, lang);
  }

  /** The texts in force. */
  get messages(): Texts<StepMessages> {
    return resolveMessages(this.#form.overrides(), STEP_MESSAGES, this.#form.messages().lang);
  }

  /** Whether the form is on its review page. */
  get reviewing(): boolean {
    return this.steps.length > 0 && this.#current >= this.steps.length;
  }

  /** Whether Send belongs here: the last step that applies, or the review page; always in a form without steps. */
  get atEnd(): boolean {
    return this.reviewing || (this.#next() === undefined && !(this.#form.element.review && this.steps.length > 0));
  }

  /** The steps that apply now. */
  get shown(): HTMLElement[] {
    return this.steps.filter((step) => !this.#off.has(step));
  }

  /** The current step's title, `"review"` on the review page, undefined without steps. */
  get title(): string | undefined {
    return this.reviewing ? REVIEW : this.steps[this.#current]?.dataset.step;
  }

  /** The current step, undefined on the review page or without steps. */
  get step(): HTMLElement | undefined {
    return this.steps[this.#current];
  }

  /** The position to keep in a draft. */
  get position(): number {
    return this.#current;
  }

  /**
   * Reads the markup again (fields come and go) and applies every condition: what does not apply
   * is hidden and disabled, so that validation, drafts and the send all skip it. Asks the element
   * to render when the chrome would change.
   */
  refresh(): void {
    const host = this.#form.element;
    const owned = (element: Element) => ownedBy(host, element);
    this.steps = Array.from(host.querySelectorAll<HTMLElement>('[data-step]')).filter(owned);
    const items = Array.from(host.querySelectorAll<HTMLElement>('[data-when]')).filter(owned);
    // Every input runs a pass, so the controls are listed and indexed once for it.
    const pass = new ConditionPass(this.#lent, host, listControls(host, { includeDisabled: true }), items);
    const problems = this.steps
      .filter((step) => !step.dataset.step?.trim())
      .map(() => 'a step (data-step) has no title: write it in data-step');
    const off = new Set<Element>();
    for (const item of items) {
      const condition = this.#condition(item);
      const problem = typeof condition === 'string' ? condition : pass.problem(item, condition);
      if (problem) {
        problems.push(`${describe(item)}: its condition (data-when) ${problem}`);
        continue;
      }
      // Inside an item that does not apply, nothing applies.
      const within = item.parentElement?.closest('[data-when]');
      const { field } = condition as Condition;
      if ((within && off.has(within)) || !holds(condition as Condition, pass.answer(field, item))) off.add(item);
      this.#apply(item, !off.has(item), pass.inside(item));
    }
    this.#off = off;
    this.error =
      problems.length > 0
        ? new WebviewError(ErrorKind.CONFIG, `The form's steps or conditions are wrong: ${problems.join('; ')}.`, { details: problems })
        : undefined;
    // A step that stopped applying is left for the next one that does.
    if (!this.reviewing && this.step && off.has(this.step)) this.#current = this.#next() ?? this.#previous() ?? 0;
    if (this.#current > this.steps.length) this.#current = this.steps.length;
    this.#layout();
    const view = this.#view();
    if (view !== this.#rendered) {
      this.#rendered = view;
      this.#form.element.requestUpdate();
    }
  }

  /** Next: checks this step, then shows the next step that applies (or the review page). Returns whether it moved. */
  next(): boolean {
    const step = this.step;
    if (step && this.#lent.validate((control) => step.contains(control)).length > 0) return false;
    // Back from a Change: to the review page, unless a step it leads to still needs answers.
    const target = this.#returnToReview && this.#lent.check().length === 0 ? this.steps.length : (this.#next() ?? this.steps.length);
    this.#go(target);
    return true;
  }

  /** Back: the previous step that applies. */
  back(): void {
    const target = this.#previous();
    if (target !== undefined) this.#go(target);
  }

  /** From the review page: the step that holds `control`, whose Next leads back to the review. */
  change(control: Control): void {
    const index = this.steps.findIndex((step) => step.contains(control));
    if (index < 0) return;
    this.#go(index, false);
    this.#returnToReview = true;
    this.#form.element.updateComplete?.then(() => control.focus());
  }

  /**
   * A send found `errors`: shows the step of the first one and returns the errors of that step,
   * for the summary (the others show inline when the person gets there).
   */
  reveal(errors: FieldError[]): FieldError[] {
    const index = this.steps.findIndex((step) => step.contains(errors[0]!.control));
    if (index < 0) return errors;
    if (index !== this.#current) this.#go(index, false);
    return errors.filter((error) => this.steps[index]!.contains(error.control));
  }

  /** Back to the first step that applies (the form was reset). */
  restart(): void {
    this.#returnToReview = false;
    this.#current = 0;
    this.refresh();
  }

  #go(target: number, focus = true): void {
    const from = this.title ?? '';
    const shown = this.shown;
    this.#current = target;
    this.#returnToReview = false;
    this.#layout();
    const review = this.#form.element.review;
    const index = this.reviewing ? shown.length : shown.indexOf(this.step!);
    this.#form.element.dispatchEvent(new WebviewStepEvent({ from, to: this.title ?? '', index, count: shown.length + (review ? 1 : 0) }));
    this.#lent.moved();
    this.#rendered = this.#view();
    this.#form.element.requestUpdate();
    if (focus)
      this.#form.element.updateComplete?.then(() => this.#form.element.shadowRoot?.querySelector<HTMLElement>('[part="step"]')?.focus());
  }

  /** The next step that applies after the current one. */
  #next(): number | undefined {
    const index = this.steps.findIndex((step, index) => index > this.#current && !this.#off.has(step));
    return index < 0 ? undefined : index;
  }

  #previous(): number | undefined {
    for (let index = Math.min(this.#current, this.steps.length) - 1; index >= 0; index--)
      if (!this.#off.has(this.steps[index]!)) return index;
    return undefined;
  }

  /** The form's controls inside `item`, or `item` itself when it is one. */
  controlsIn(item: Element, includeDisabled = false): Control[] {
    return listControls(this.#form.element, { includeDisabled }).filter((control) => item.contains(control));
  }

  /** Shows the current step only, and the author's submit buttons only where Send belongs. */
  #layout(): void {
    this.steps.forEach((step, index) => (step.hidden = index !== this.#current || this.#off.has(step)));
    const end = this.atEnd;
    for (const button of submitButtons(this.#form.element) as HTMLElement[]) {
      if (!end && !button.hidden) {
        button.hidden = true;
        this.#hiddenButtons.add(button);
      } else if (end && this.#hiddenButtons.delete(button)) button.hidden = false;
    }
  }

  /** Shows or hides an item (not a step: #layout does those) and enables or disables `inside` it. */
  #apply(item: HTMLElement, shown: boolean, inside: readonly Control[]): void {
    if (!item.hasAttribute('data-step')) item.hidden = !shown;
    // A control with a condition of its own: its labels go with it.
    for (const label of (item as HTMLInputElement).labels ?? []) label.hidden = !shown;
    for (const control of inside) {
      if (!shown && !control.hasAttribute('disabled')) {
        control.toggleAttribute('disabled', true);
        this.#disabled.add(control);
      } else if (shown && this.#disabled.delete(control)) control.toggleAttribute('disabled', false);
    }
  }

  #condition(item: HTMLElement): Condition | string {
    const text = item.dataset.when ?? '';
    const known = this.#conditions.get(item);
    if (known?.text === text) return known.condition;
    const condition = parseCondition(text);
    this.#conditions.set(item, { text, condition });
    return condition;
  }

  /** The chrome's state, to tell whether a change needs a render. */
  #view(): string {
    return `${this.#current}/${this.shown.map((step) => step.dataset.step).join('/')}/${this.atEnd}/${this.error?.message}`;
  }
}

/** Names an item in an error: the step's title, else the name of its first control. */
function describe(item: HTMLElement): string {
  if (item.dataset.step) return `the step "${item.dataset.step}"`;
  const name = item.getAttribute('name') ?? item.querySelector('[name]')?.getAttribute('name');
  return name ? `the field "${name}"` : `a ${item.localName}`;
}
