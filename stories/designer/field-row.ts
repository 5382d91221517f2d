/**
 * One field's editor in the designer: a fieldset of plain controls, each with a visible label,
 * and the buttons that move and remove it. Every control reports a change to the designer, which
 * owns the rows; nothing here holds state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FIELD_TYPES, WITH_OPTIONS, fieldLabel, type FieldDeclaration, type FieldType } from '../../src/fields/declarations.js';
import { KIND_TYPES } from '../../src/core/kind-types.js';
import { optionLine, PATTERN_TYPES, type Row } from '../../src/designer/rows.js';
import { checkBox } from './check-box.js';
import { conditionEditor } from './condition-editor.js';
import { typeSettings } from './type-settings.js';
import type { PendingTexts, SettingKey } from '../../src/designer/type-settings.js';

/** A row as the designer keeps it: with a key that stays the same while the row moves. */
export interface KeyedRow extends Row {
  key: number;
  /** The choices as typed, blank lines included, while they are being typed: the box shows it rather than the choices written back. */
  optionsText?: string;
  /** Whether the person opened (or closed) the row's disclosure: from then on it stays so, whatever its settings hold. */
  more?: boolean;
  /** The texts of the type's settings boxes that the form would refuse, kept in their boxes with the reason (the field keeps its setting). */
  pending?: PendingTexts;
}

/** What a row's editor may ask of the designer. */
export interface RowActions {
  change(key: number, patch: Partial<FieldDeclaration>): void;
  retype(key: number, type: FieldType): void;
  /** A box of the type's own settings changed (a rating's stars, a link's address). */
  setting(key: number, setting: SettingKey, text: string): void;
  /** The choices box's text changed. */
  options(key: number, text: string): void;
  /** The row's disclosure was opened or closed. */
  more(key: number, open: boolean): void;
  restep(key: number, step: string): void;
  move(key: number, by: -1 | 1): void;
  remove(key: number): void;
}

const TYPE_NAMES: Record<FieldType, string> = {
  text: 'Text',
  email: 'Email address',
  tel: 'Phone number',
  url: 'Web address',
  number: 'Number',
  date: 'Date',
  textarea: 'Several lines of text',
  select: 'Drop-down list',
  radio: 'Radio buttons',
  checkbox: 'Checkbox',
  hidden: 'Hidden value',
  rating: 'Rating (stars)',
  scale: 'Scale (such as 0 to 10)',
  otp: 'One-time code',
};

const value = (event: Event) => (event.target as HTMLInputElement).value;

/** A labelled text box; its hint, when there is one, is read with it. */
function textBox(id: string, label: string, current: string | undefined, onInput: (text: string) => void, hint?: string): TemplateResult {
  return html`<div class="wfd-group">
    <label for=${id}>${label}</label>
    ${hint ? html`<span class="wfd-hint" id="${id}-hint">${hint}</span>` : nothing}
    <input
      id=${id}
      .value=${current ?? ''}
      aria-describedby=${hint ? `${id}-hint` : nothing}
      @input=${(event: Event) => onInput(value(event))}
      autocomplete="off"
    />
  </div>`;
}

/** The editor of `row`, the `index`th of the form's `fields` (its own included), which a condition may name. */
export function fieldRow(row: KeyedRow, index: number, fields: readonly FieldDeclaration[], actions: RowActions): TemplateResult {
  const { field, key } = row;
  const id = (part: string) => `wfd-${key}-${part}`;
  const type: FieldType = field.type ?? 'text';
  const set = (patch: Partial<FieldDeclaration>) => actions.change(key, patch);
  const optional = (text: string) => text || undefined;
  const condition = conditionEditor(fields, index, `wfd-${key}`, (when) => set({ when }));
  const count = fields.length;
  const title = `Field ${index + 1}: ${fieldLabel(field) || 'no name yet'}`;
  return html`<li class="wfd-row" data-key=${key}>
    <fieldset>
      <legend id=${id('legend')}>${title}</legend>
      <div class="wfd-pair">
        ${textBox(id('name'), 'Name', field.name, (name) => set({ name }), 'The control’s name, and the variable the bot reads.')}
        <div class="wfd-group">
          <label for=${id('type')}>Type</label>
          <span class="wfd-hint" id="${id('type')}-hint">What the person fills in.</span>
          <select
            id=${id('type')}
            aria-describedby="${id('type')}-hint"
            @change=${(event: Event) => actions.retype(key, value(event) as FieldType)}
          >
            ${[...FIELD_TYPES, ...KIND_TYPES].map((option) => html`<option value=${option} ?selected=${option === type}>${TYPE_NAMES[option]}</option>`)}
          </select>
        </div>
      </div>
      ${
        type === 'hidden'
          ? textBox(
              id('value'),
              'Value',
              field.value === undefined ? '' : String(field.value),
              (text) => set({ value: text }),
              'Posted as it is, never shown.',
            )
          : html`${textBox(id('label'), 'Label', field.label, (label) => set({ label: optional(label) }), 'Shown to the person. Left empty: the name, made readable.')}
            ${checkBox(id('required'), 'Required', field.required === true, (checked) => set({ required: checked || undefined }))}`
      }
      ${typeSettings(field, row.pending, `wfd-${key}`, {
        setting: (setting, text) => actions.setting(key, setting, text),
        change: (patch) => set(patch as Partial<FieldDeclaration>),
      })}
      ${
        WITH_OPTIONS.has(type)
          ? html`<div class="wfd-group">
              <label for=${id('options')}>Choices</label>
              <span class="wfd-hint" id="${id('options')}-hint"
                >One per line. To post something other than what is shown, write <code>value | label</code>.</span
              >
              <textarea
                id=${id('options')}
                aria-describedby="${id('options')}-hint"
                .value=${row.optionsText ?? (('options' in field && field.options) || []).map(optionLine).join('\n')}
                @input=${(event: Event) => actions.options(key, value(event))}
              ></textarea>
            </div>`
          : nothing
      }
      <details
        class="wfd-more"
        ?open=${row.more ?? Boolean(field.hint || ('pattern' in field && field.pattern) || row.step || field.when)}
        @toggle=${(event: Event) => actions.more(key, (event.target as HTMLDetailsElement).open)}
      >
        <summary>
          ${type === 'hidden' ? 'Step and condition' : PATTERN_TYPES.has(type) ? 'Hint, pattern, step and condition' : 'Hint, step and condition'}
        </summary>
        ${type === 'hidden' ? nothing : textBox(id('hint'), 'Hint', field.hint, (hint) => set({ hint: optional(hint) }), 'A line of help under the label.')}
        ${
          PATTERN_TYPES.has(type)
            ? textBox(
                id('pattern'),
                'Pattern',
                'pattern' in field ? field.pattern : undefined,
                (pattern) => set({ pattern: optional(pattern) } as Partial<FieldDeclaration>),
                'A regular expression the whole answer must match, such as [A-Z]{2}[0-9]{6}.',
              )
            : nothing
        }
        <div class="wfd-pair">
          ${textBox(id('step'), 'Step', row.step, (step) => actions.restep(key, step), 'Fields given a step title are shown one step at a time, with Back and Next.')}
          ${condition.field}
        </div>
        ${condition.answer}
      </details>
      <div class="wfd-row-tools">
        <button
          type="button"
          class="wfd-secondary"
          data-move="-1"
          aria-disabled=${index === 0 ? 'true' : 'false'}
          @click=${() => actions.move(key, -1)}
          aria-describedby=${id('legend')}
        >
          Move up
        </button>
        <button
          type="button"
          class="wfd-secondary"
          data-move="1"
          aria-disabled=${index === count - 1 ? 'true' : 'false'}
          @click=${() => actions.move(key, 1)}
          aria-describedby=${id('legend')}
        >
          Move down
        </button>
        <button type="button" class="wfd-warning" data-remove @click=${() => actions.remove(key)} aria-describedby=${id('legend')}>
          Remove
        </button>
      </div>
    </fieldset>
  </li>`;
}
