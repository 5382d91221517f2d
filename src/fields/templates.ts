/**
 * Generated controls for declared fields. They are rendered into a container in the element's
 * light DOM, never its shadow root: autofill, password managers and an author's own `<form>`
 * only see light-DOM controls.
 *
 * Each field: label, hint, error text (empty until needed), control — the order screen readers and
 * sighted people meet them, with hint and error tied to the control by `aria-describedby`.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { applyRules, fieldLabel, flatFields, optionParts, type CheckedField, type CheckedItem } from './declarations.js';
import { listControls } from '../dom/controls.js';
import { adoptLightStyles } from '../dom/light-styles.js';
import type { FormMessages } from '../i18n/messages.js';

/** The light-DOM container of generated controls; authors may style `.webview-form-fields`. */
export const FIELDS_CLASS = 'webview-form-fields';

/**
 * Renders a control for every declared field the author did not write, and gives the authored
 * ones the declared rules. The container goes before the author's first submit button (so the
 * button stays last), else at the end of the content.
 *
 * Steps and conditions are drawn as the markup an author would write (`data-step`, `data-when`),
 * so that one runtime (steps/flow.ts, loaded when such markup appears) serves both.
 */
export function renderFields(host: HTMLElement, items: readonly CheckedItem[], idPrefix: string, messages: FormMessages): void {
  const declarations = flatFields(items);
  let container = host.querySelector<HTMLElement>(`:scope .${FIELDS_CLASS}`);
  if (declarations.length === 0 && !container) return;
  const authored = new Map<string, Element[]>();
  for (const control of listControls(host, { includeDisabled: true })) {
    if (container?.contains(control)) continue;
    const name = control.getAttribute('name')!;
    authored.set(name, [...(authored.get(name) ?? []), control]);
  }
  for (const field of declarations) {
    for (const control of authored.get(field.name) ?? []) applyRules(control as HTMLInputElement, field);
  }
  if (!container) {
    adoptLightStyles(host);
    container = host.ownerDocument.createElement('div');
    container.className = FIELDS_CLASS;
    const button = host.querySelector('button:not([type="button"]):not([type="reset"]), input[type="submit"]');
    if (button) button.before(container);
    else host.append(container);
  }
  const draw = (fields: readonly CheckedField[]) =>
    fields
      .filter((field) => !authored.has(field.name))
      .map((field) => withCondition(field, fieldTemplate(field, `${idPrefix}-${safeId(field.name)}`, messages)));
  render(
    html`${items.map((item) =>
      'step' in item ? html`<div class="webview-form-step" data-step=${item.step} data-when=${ifDefined(condition(item))}>${draw(item.fields)}</div>` : draw([item]),
    )}`,
    container,
  );
}

const condition = ({ when }: { when?: unknown }) => (when ? JSON.stringify(when) : undefined);

/** Wraps what is drawn for a field with a `when` in the element that carries it. */
function withCondition(field: CheckedField, content: TemplateResult): TemplateResult {
  const when = condition(field);
  return when ? html`<div data-when=${when}>${content}</div>` : content;
}

function fieldTemplate(field: CheckedField, id: string, messages: FormMessages): TemplateResult {
  if (field.type === 'hidden') return html`<input type="hidden" name=${field.name} value=${ifDefined(text(field.value))} />`;
  const label = fieldLabel(field);
  const optional = field.required || field.type === 'checkbox' ? nothing : html` <span class="webview-form-optional">${messages.optional}</span>`;
  const hintId = field.hint ? `${id}-hint` : undefined;
  const hint = field.hint ? html`<p class="webview-form-hint" id=${hintId!}>${field.hint}</p>` : nothing;
  const errorText = (forId: string) => html`<p class="webview-form-error" id=${`${forId}-error`} hidden></p>`;

  if (field.type === 'radio') {
    const options = field.options!.map(optionParts);
    return html`<fieldset class="webview-form-field" data-type="radio" aria-describedby=${ifDefined(hintId)}>
      <legend>${label}${optional}</legend>
      ${hint}${errorText(`${id}-0`)}
      ${options.map(
        (option, index) => html`<div class="webview-form-option">
          <input type="radio" id=${`${id}-${index}`} name=${field.name} value=${option.value}
            ?checked=${text(field.value) === option.value} ?required=${field.required === true} />
          <label for=${`${id}-${index}`}>${option.label}</label>
        </div>`,
      )}
    </fieldset>`;
  }

  if (field.type === 'checkbox') {
    return html`<div class="webview-form-field" data-type="checkbox">
      ${hint}${errorText(id)}
      <div class="webview-form-option">
        <input type="checkbox" id=${id} name=${field.name} ?checked=${field.value === true || field.value === 'true'}
          ?required=${field.required === true} aria-describedby=${ifDefined(hintId)} />
        <label for=${id}>${label}</label>
      </div>
    </div>`;
  }

  return html`<div class="webview-form-field" data-type=${field.type}>
    <label for=${id}>${label}${optional}</label>
    ${hint}${errorText(id)}${controlTemplate(field, id, hintId, messages)}
  </div>`;
}

function controlTemplate(field: CheckedField, id: string, hintId: string | undefined, messages: FormMessages): TemplateResult {
  const required = field.required === true;
  if (field.type === 'select') {
    const value = text(field.value);
    return html`<select id=${id} name=${field.name} ?required=${required} autocomplete=${ifDefined(field.autocomplete)}
      aria-describedby=${ifDefined(hintId)}>
      ${value === undefined ? html`<option value="">${field.placeholder ?? messages.choose}</option>` : nothing}
      ${field.options!.map(optionParts).map(
        (option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`,
      )}
    </select>`;
  }
  if (field.type === 'textarea') {
    return html`<textarea id=${id} name=${field.name} ?required=${required} rows="4"
      minlength=${ifDefined(field.minLength)} maxlength=${ifDefined(field.maxLength)}
      placeholder=${ifDefined(field.placeholder)} autocomplete=${ifDefined(field.autocomplete)}
      aria-describedby=${ifDefined(hintId)} .defaultValue=${text(field.value) ?? ''}></textarea>`;
  }
  return html`<input id=${id} name=${field.name} type=${field.type} ?required=${required}
    pattern=${ifDefined(field.pattern)} minlength=${ifDefined(field.minLength)} maxlength=${ifDefined(field.maxLength)}
    min=${ifDefined(field.min)} max=${ifDefined(field.max)} step=${ifDefined(field.type === 'number' ? 'any' : undefined)}
    placeholder=${ifDefined(field.placeholder)} autocomplete=${ifDefined(field.autocomplete ?? defaultAutocomplete(field))}
    aria-describedby=${ifDefined(hintId)} value=${ifDefined(text(field.value))}
    dir=${ifDefined(LEFT_TO_RIGHT.includes(field.type) ? 'ltr' : undefined)} />`;
}

// Addresses and numbers read left to right in every script: on a right-to-left page they would
// otherwise start at the right and reorder around their punctuation (name@example.com).
const LEFT_TO_RIGHT = ['email', 'url', 'tel'];

/** Autofill works best with a token; these are safe guesses from the type. */
function defaultAutocomplete(field: CheckedField): string | undefined {
  return field.type === 'email' ? 'email' : field.type === 'tel' ? 'tel' : field.type === 'url' ? 'url' : undefined;
}

function text(value: CheckedField['value']): string | undefined {
  return value === undefined ? undefined : String(value);
}

/**
 * Turns a field's name into the id part of its controls, one-to-one so that no two names share
 * an id (`"a b"` and `"a_b"`, or two names in another script, once both became `a_b` or `__`).
 * Letters and digits stay readable; any other character, `_` included, becomes `_<hex code
 * point>_`. `-` is escaped too: the ids derived from a field add `-hint`, `-error` and `-<index>`,
 * and a name such as `a-hint` must not meet the hint of `a`.
 */
function safeId(name: string): string {
  let id = '';
  for (const character of name) id += /[A-Za-z0-9]/.test(character) ? character : `_${character.codePointAt(0)!.toString(16)}_`;
  return id;
}
