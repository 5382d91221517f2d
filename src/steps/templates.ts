/**
 * The chrome of a multi-step form, rendered into the element's shadow root around the slotted
 * step: above it, Back and the step's heading; below it, Next. The review page follows GOV.UK's
 * "check answers" pattern: every shown answer, grouped by step, each with a Change button.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { Control } from '../dom/controls.js';
import type { Texts } from '../i18n/messages.js';
import type { StepMessages } from '../i18n/step-messages.js';

/** What the templates read of the flow (flow.ts), and the moves their buttons make. */
export interface StepView {
  readonly shown: HTMLElement[];
  readonly step: HTMLElement | undefined;
  readonly reviewing: boolean;
  readonly messages: Texts<StepMessages>;
  next(): boolean;
  back(): void;
  change(control: Control): void;
  controlsIn(item: Element): Control[];
  groups(controls: readonly Control[]): Map<string, Control[]>;
  label(control: Control): string;
  secret(control: Control): boolean;
  format(template: string, values: Record<string, string | number>, lang: string): string;
}

/** Back and the heading; on the review page, the answers too. Nothing in a form without steps. */
export function stepHead(flow: StepView): TemplateResult | typeof nothing {
  const shown = flow.shown;
  if (shown.length === 0) return nothing;
  const messages = flow.messages;
  const back =
    flow.reviewing || shown.indexOf(flow.step!) > 0
      ? html`<button part="back" type="button" @click=${() => flow.back()}>${messages.back}</button>`
      : nothing;
  if (flow.reviewing) {
    return html`${back}
      <h2 part="step" tabindex="-1">${messages.reviewTitle}</h2>
      ${shown.map((step) => reviewTemplate(flow, step, messages))}`;
  }
  const progress = flow.format(messages.progress, { index: shown.indexOf(flow.step!) + 1, count: shown.length }, messages.lang);
  return html`${back}
    <h2 part="step" tabindex="-1"><span part="progress">${progress}</span> ${flow.step!.dataset.step}</h2>`;
}

/** Next, on every step but the one where Send belongs. */
export function nextButton(flow: StepView): TemplateResult {
  return html`<button part="next" type="button" @click=${() => flow.next()}>${flow.messages.next}</button>`;
}

function reviewTemplate(flow: StepView, step: HTMLElement, messages: StepMessages): TemplateResult | typeof nothing {
  const groups = [...flow.groups(flow.controlsIn(step).filter((control) => (control as HTMLInputElement).type !== 'hidden')).values()];
  if (groups.length === 0) return nothing;
  return html`<h3>${step.dataset.step}</h3>
    <dl part="review">
      ${groups.map((group) => {
        const label = flow.label(group[0]!);
        return html`<div>
          <dt>${label}</dt>
          <dd>${answerShown(flow, group, messages)}</dd>
          <dd>
            <button part="change" type="button" @click=${() => flow.change(group[0]!)}>
              ${messages.change}<span class="hidden-label"> ${label}</span>
            </button>
          </dd>
        </div>`;
      })}
    </dl>`;
}

/** An answer on the review page: its text, "Not answered", or for a secret dots that screen readers read as hidden. */
function answerShown(flow: StepView, group: readonly Control[], messages: StepMessages): TemplateResult | string {
  const text = answerText(group, messages);
  if (!text) return messages.notAnswered;
  // Someone beside the person may see the review, so a secret shows as dots that hide even its length.
  if (group.some((control) => flow.secret(control)))
    return html`<span aria-hidden="true">••••••••</span><span class="hidden-label">${messages.masked}</span>`;
  return text;
}

/** An answer as the person chose it: a choice's label rather than its value, a checkbox's yes or no. */
function answerText(group: readonly Control[], messages: StepMessages): string {
  const parts = group.flatMap((control): string[] => {
    if (control instanceof HTMLSelectElement) return Array.from(control.selectedOptions, (option) => (option.value ? option.text : ''));
    if (control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox')) {
      if (control.type === 'checkbox' && !control.hasAttribute('value')) return [control.checked ? messages.yes : messages.no];
      return control.checked ? [labelText(control) || control.value] : [];
    }
    const value = (control as { value?: unknown }).value;
    // A memorable date is shown as the language writes it, not as it is sent.
    if (value && control.localName === 'webview-form-date')
      return [
        new Intl.DateTimeFormat((messages as { lang?: string }).lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(`${String(value)}T00:00:00Z`),
        ),
      ];
    return value == null ? [] : [String(value)];
  });
  return parts.filter(Boolean).join(', ');
}

/** A choice's label as read aloud: without what only shows (a rating's star). */
function labelText(control: HTMLInputElement): string | undefined {
  const label = control.labels?.[0]?.cloneNode(true) as HTMLElement | undefined;
  label?.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
  return label?.textContent?.trim();
}
