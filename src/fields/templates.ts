/**
 * Generated controls for declared fields, drawn in the element's light DOM, never its shadow root:
 * autofill, password managers and an author's own `<form>` only see light-DOM controls. Each field
 * is label, hint, error text, control: the order screen readers meet them. Built with DOM calls,
 * not lit-html, as this module is part of the first render.
 */
import { applyRules, fieldLabel, flatFields, optionParts, type CheckedField, type CheckedItem, type CheckedStep } from './declarations.js';
import { listControls, type Control } from '../dom/controls.js';
import { adoptLightStyles } from '../dom/light-styles.js';
import { h, type Attributes } from '../dom/build.js';
import type { FormMessages } from '../i18n/messages.js';
import type { CSSResult } from '@lit/reactive-element';

/** The light-DOM container of generated controls, a `<form>`; authors may style `.webview-form-fields`. */
export const FIELDS_CLASS = 'webview-form-fields';

/**
 * The texts of a drawing that come from `messages`, not from the declaration: each with its
 * message's name, or with how it is made from the messages (a rating's "4 of 5").
 */
export type Texts = Array<[Text, keyof FormMessages | ((messages: FormMessages) => string)]>;

/**
 * Draws a field of a type the first render does not know (a rating, a memorable date…), given
 * the pieces every field has; undefined for the types drawn here.
 */
export type KindDrawing = (
  field: CheckedField,
  id: string,
  label: string,
  hint: HTMLElement | undefined,
  errorText: (forId: string) => HTMLElement,
  messages: FormMessages,
  texts: Texts,
) => HTMLElement | undefined;

/**
 * The drawing of the chunks of such types (kinds/, dates/), each put in front of the others when
 * it arrives: only a form that declares such a type fetches its chunk.
 */
export const kinds: { draw?: KindDrawing } = {};

/** A field's pieces for those chunks (made by delivery/kind-pieces.ts, which lends them): its legend, hint, error text, and texts that follow the form's language. */
export interface Pieces {
  field: CheckedField;
  id: string;
  /** The label, and "(optional)" after it when the field has no answer by default. */
  legend: Array<string | Node>;
  hint?: HTMLElement;
  errorText: (forId: string) => HTMLElement;
  /** A text node made from the messages, which changes with the form's language. */
  say: (make: (messages: FormMessages) => string) => Text;
  /** Words a text that counts (delivery/plural.ts's `format`). */
  format: (template: string, values: Record<string, string | number>, lang: string) => string;
  /** The texts' language (its plural rules). */
  langOf: (messages: FormMessages) => string;
}

/**
 * How a chunk puts its drawing in force (delivery/kind-pieces.ts lends it): `own` draws the fields
 * `owns` says are its, with `styles` in the light DOM.
 */
export type DrawAlso = (own: (pieces: Pieces) => HTMLElement, owns: (field: CheckedField) => boolean, styles: CSSResult) => void;

/** Where declared fields are drawn, and the authored controls: a declared name among `names` is drawn by the page. */
export interface Place {
  container: HTMLElement;
  authored: Control[];
  names: Set<string>;
}

/**
 * Prepares a drawing of `items` in `host`: gives the authored controls the declared rules, and
 * finds or makes the container before the author's first submit button, so the button stays last.
 * Undefined when there is nothing to draw, or when `unchanged` says the drawing needs nothing.
 *
 * Steps and conditions are drawn as the markup an author would write (`data-step`, `data-when`),
 * so that one runtime (steps/flow.ts) serves both.
 */
export function fieldsPlace(
  host: HTMLElement,
  items: readonly CheckedItem[],
  unchanged?: (container: HTMLElement, authored: Control[]) => boolean,
): Place | undefined {
  let container = host.querySelector<HTMLElement>(`:scope .${FIELDS_CLASS}`);
  const declarations = flatFields(items);
  if (declarations.length === 0 && !container) return undefined;
  // The page may write a control of a declared name at any time: it then replaces the generated one.
  const authored = listControls(host, { includeDisabled: true }).filter((control) => !container?.contains(control));
  if (container && unchanged?.(container, authored)) return undefined;
  const names = new Set<string>();
  for (const control of authored) {
    const name = control.getAttribute('name')!;
    names.add(name);
    for (const field of declarations) if (field.name === name) applyRules(control, field);
  }
  if (!container) {
    adoptLightStyles(host);
    // A form of its own keeps radios of one name in two elements as two groups; method dialog
    // makes the browser's own submission of it do nothing.
    container = h('form', { class: FIELDS_CLASS, method: 'dialog' });
    const button = host.querySelector('button:not([type="button"]):not([type="reset"]), input[type="submit"]');
    if (button) button.before(container);
    else host.append(container);
  }
  return { container, authored, names };
}

/** A declared field's node, in its condition's wrapper; none when the page wrote that control itself. */
export function fieldNodes(field: CheckedField, place: Place, idPrefix: string, messages: FormMessages, texts: Texts): HTMLElement[] {
  return place.names.has(field.name)
    ? []
    : [withCondition(field, fieldElement(field, `${idPrefix}-${safeId(field.name)}`, messages, texts))];
}

/** A step's node, holding `fields` (delivery/keyed-fields.ts adds them itself). */
export const stepNode = (step: CheckedStep, fields: Node[] = []): HTMLElement =>
  h('div', { class: 'webview-form-step', 'data-step': step.step, 'data-when': condition(step) }, fields);

/**
 * Draws the controls of `items` anew, replacing what the container held, and keeps no record.
 * Once the delivery chunk has come, delivery/keyed-fields.ts takes over these nodes and keeps
 * what a person typed.
 */
export function drawFields(host: HTMLElement, items: readonly CheckedItem[], idPrefix: string, messages: FormMessages): void {
  const place = fieldsPlace(host, items);
  if (!place) return;
  const draw = (field: CheckedField) => fieldNodes(field, place, idPrefix, messages, []);
  place.container.replaceChildren(...items.flatMap((item) => ('step' in item ? [stepNode(item, item.fields.flatMap(draw))] : draw(item))));
}

const condition = ({ when }: { when?: unknown }) => (when ? JSON.stringify(when) : undefined);

/** Wraps what is drawn for a field with a `when` in the element that carries it. */
function withCondition(field: CheckedField, content: HTMLElement): HTMLElement {
  const when = condition(field);
  return when ? h('div', { 'data-when': when }, content) : content;
}

function fieldElement(field: CheckedField, id: string, messages: FormMessages, texts: Texts): HTMLElement {
  if (field.type === 'hidden') return h('input', { type: 'hidden', name: field.name, value: text(field.value) });
  const label = fieldLabel(field);
  const required = field.required === true;
  const message = (name: 'optional' | 'choose') => {
    const node = document.createTextNode(messages[name]);
    texts.push([node, name]);
    return node;
  };
  // A choice with a default always has an answer (a radio cannot be unchosen; such a select has no
  // empty option): "(optional)" would only puzzle the person.
  const answered = (field.type === 'radio' || field.type === 'select') && !!text(field.value);
  const optional = !field.required &&
    field.type !== 'checkbox' &&
    !answered && [' ', h('span', { class: 'webview-form-optional' }, message('optional'))];
  const hintId = field.hint ? `${id}-hint` : undefined;
  const hint = hintId ? h('p', { class: 'webview-form-hint', id: hintId }, field.hint) : undefined;
  const errorText = (forId: string) => h('p', { class: 'webview-form-error', hidden: true, id: `${forId}-error` });
  const own = kinds.draw?.(field, id, label, hint, errorText, messages, texts);
  if (own) return own;

  if (field.type === 'radio') {
    return h(
      'fieldset',
      { class: 'webview-form-field', 'data-type': 'radio', 'aria-describedby': hintId },
      h('legend', {}, label, optional),
      hint,
      errorText(`${id}-0`),
      field.options!.map(optionParts).map((option, index) =>
        choice(
          {
            type: 'radio',
            id: `${id}-${index}`,
            name: field.name,
            value: option.value,
            checked: text(field.value) === option.value,
            required,
          },
          option.label,
        ),
      ),
    );
  }

  if (field.type === 'checkbox') {
    return h(
      'div',
      { class: 'webview-form-field', 'data-type': 'checkbox' },
      hint,
      errorText(id),
      choice(
        {
          type: 'checkbox',
          id,
          name: field.name,
          checked: field.value === true || field.value === 'true',
          required,
          'aria-describedby': hintId,
        },
        label,
      ),
    );
  }

  return h(
    'div',
    { class: 'webview-form-field', 'data-type': field.type },
    h('label', { for: id }, label, optional),
    hint,
    errorText(id),
    control(field, id, hintId, required, message),
  );
}

/** A radio button or a checkbox, with its label after it. */
function choice(attributes: Attributes & { id: string }, label: string): HTMLElement {
  return h('div', { class: 'webview-form-option' }, h('input', attributes), h('label', { for: attributes.id }, label));
}

function control(
  field: CheckedField,
  id: string,
  hintId: string | undefined,
  required: boolean,
  message: (name: 'choose') => Text,
): HTMLElement {
  const value = text(field.value);
  const describedBy = { 'aria-describedby': hintId };
  if (field.type === 'select') {
    return h(
      'select',
      { id, name: field.name, required, autocomplete: field.autocomplete, ...describedBy },
      value === undefined && h('option', { value: '' }, field.placeholder ?? message('choose')),
      field.options!.map(optionParts).map((option) => h('option', { value: option.value, selected: option.value === value }, option.label)),
    );
  }
  const lengths = { minlength: field.minLength, maxlength: field.maxLength };
  // Addresses and numbers read left to right in every script: on a right-to-left page they would
  // otherwise start at the right and reorder around their punctuation (name@example.com).
  const address = ['email', 'url', 'tel'].includes(field.type);
  if (field.type === 'textarea') {
    // The text inside a textarea is its default value.
    return h(
      'textarea',
      {
        rows: 4,
        id,
        name: field.name,
        required,
        ...lengths,
        placeholder: field.placeholder,
        autocomplete: field.autocomplete,
        ...describedBy,
      },
      value,
    );
  }
  // The type first, as the parser gives a date input (dom/build.ts): one markup in every engine.
  return h('input', {
    type: field.type,
    id,
    name: field.name,
    required,
    pattern: field.pattern,
    ...lengths,
    min: field.min,
    max: field.max,
    step: field.type === 'number' ? 'any' : undefined,
    placeholder: field.placeholder,
    // Autofill works best with a token: the type is a safe guess for these three.
    autocomplete: field.autocomplete ?? (address ? field.type : undefined),
    ...describedBy,
    value,
    dir: address ? 'ltr' : undefined,
    // The phone keypad, whatever the browser makes of the type.
    inputmode: field.type === 'tel' ? 'tel' : undefined,
    // The number's country, which validation and the answers read (delivery/keyed-fields.ts marks authored controls so too).
    'data-country': field.type === 'tel' ? field.country : undefined,
  });
}

function text(value: CheckedField['value']): string | undefined {
  return value === undefined ? undefined : String(value);
}

/**
 * Turns a field's name into the id part of its controls, one-to-one so that no two names share an
 * id. Any character but a letter or digit becomes `_<hex code point>_`; `-` too, so that a name
 * such as `a-hint` cannot meet the hint of `a`.
 */
const safeId = (name: string): string => name.replace(/[^A-Za-z0-9]/gu, (character) => `_${character.codePointAt(0)!.toString(16)}_`);
