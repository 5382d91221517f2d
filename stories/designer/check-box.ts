/**
 * The designer's checkbox, drawn as GOV.UK Frontend draws one (its "checkboxes" component): the
 * real input, transparent, lies over a box that its label draws, with a tick when checked and the
 * focus ring when focused. The box has the 2 px border of the designer's text boxes, in the text
 * colour of the scheme; the native one is small, grey, and ignores the scheme's colours.
 */
import { html, type TemplateResult } from 'lit';

/** A checkbox with its label beside it; `change` receives whether it is now checked. */
export function checkBox(id: string, label: string, checked: boolean, change: (checked: boolean) => void): TemplateResult {
  return html`<div class="wfd-check">
    <input type="checkbox" id=${id} .checked=${checked} @change=${(event: Event) => change((event.target as HTMLInputElement).checked)} />
    <label for=${id}>${label}</label>
  </div>`;
}
