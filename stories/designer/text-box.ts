/**
 * The designer's labelled text box: its hint, and its error when there is one (then the box is
 * marked invalid and the error read with it), the way GOV.UK lays out a question.
 */
import { html, nothing, type TemplateResult } from 'lit';

export interface TextBox {
  label: string;
  hint: string | TemplateResult;
  text: string;
  error?: string;
  type?: string;
  inputmode?: 'numeric';
  input(text: string): void;
}

export function textBox(id: string, { label, hint, text, error, type = 'text', inputmode, input }: TextBox): TemplateResult {
  return html`<div class="wfd-group">
    <label for=${id}>${label}</label>
    <span class="wfd-hint" id="${id}-hint">${hint}</span>
    ${error ? html`<p class="wfd-error" id="${id}-error">${error}</p>` : nothing}
    <input
      id=${id}
      type=${type}
      .value=${text}
      inputmode=${inputmode ?? nothing}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby="${id}-hint${error ? ` ${id}-error` : ''}"
      autocomplete="off"
      @input=${(event: Event) => input((event.target as HTMLInputElement).value)}
    />
  </div>`;
}
