/**
 * The boxes of the settings that only some types take (issue 32): a phone number's country, a
 * date's style and bounds, a rating's stars, a scale's ends, a code's digits, a checkbox's link.
 * A box the form would not take says why, as the designer's other boxes do (settings.ts): the
 * reason above it, read with it, and the box marked invalid (src/designer/type-settings.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FieldDeclaration, FieldType } from '../../src/fields/declarations.js';
import { settingText, withTexts, type PendingTexts, type SettingKey } from '../../src/designer/type-settings.js';
import { checkBox } from './check-box.js';
import { textBox, type TextBox } from './text-box.js';

/** What the boxes may ask of the designer. */
export interface TypeSettingsActions {
  /** A checked box's text changed. */
  setting(setting: SettingKey, text: string): void;
  /** A setting the form takes whatever it holds (the words under a scale's ends, a date's style). */
  change(patch: Record<string, unknown>): void;
}

const box = (id: string, settings: TextBox): TemplateResult => textBox(id, settings);

const HINTS: Record<Exclude<SettingKey, 'min' | 'max'>, [label: string, hint: string]> = {
  country: [
    'Country',
    'Two letters (ISO 3166), such as GB: the country of a number typed without +. The bot then gets every number in E.164, such as +442079460000. Left empty: the number as typed.',
  ],
  length: ['Number of digits', '4 to 10. Left empty: 6.'],
  linkText: ['Link’s words', 'Shown after the label, such as Privacy notice; it opens in a new tab. Left empty: no link.'],
  linkHref: ['Link’s address', 'An https:// address, or a path on this site such as /privacy.'],
};

/** A date's, a rating's and a scale's `min` and `max`, which each type names its own way. */
const BOUNDS: Partial<Record<FieldType, Partial<Record<'min' | 'max', [label: string, hint: string]>>>> = {
  date: {
    min: ['Earliest date', 'YYYY-MM-DD, or today. Left empty: any.'],
    max: ['Latest date', 'YYYY-MM-DD, or today. Left empty: any.'],
  },
  rating: { max: ['Number of stars', '2 to 10. Left empty: 5.'] },
  scale: {
    min: ['First number', 'Left empty: 0.'],
    max: ['Last number', 'At most 20 more than the first. Left empty: 10.'],
  },
};

/** The boxes of `field`'s type, `pending` holding the texts the field does not hold yet; ids start with `prefix`. */
export function typeSettings(
  field: FieldDeclaration,
  pending: PendingTexts | undefined,
  prefix: string,
  actions: TypeSettingsActions,
): TemplateResult | typeof nothing {
  const type: FieldType = field.type ?? 'text';
  const { problems } = withTexts(field, pending ?? {});
  const checked = (key: SettingKey, inputmode?: 'numeric') => {
    const [label, hint] = key === 'min' || key === 'max' ? BOUNDS[type]![key]! : HINTS[key];
    return box(`${prefix}-${key}`, {
      label,
      hint,
      inputmode,
      text: pending?.[key] ?? settingText(field, key),
      error: problems[key],
      input: (text) => actions.setting(key, text),
    });
  };
  const words = (key: 'minLabel' | 'maxLabel', label: string, hint: string) =>
    box(`${prefix}-${key}`, {
      label,
      hint,
      text: (field.type === 'scale' && field[key]) || '',
      input: (text) => actions.change({ [key]: text || undefined }),
    });
  switch (type) {
    case 'tel':
      return checked('country');
    case 'date':
      return html`${checkBox(`${prefix}-memorable`, 'Ask as day, month and year (a date the person knows, such as a birth date)', 'style' in field && field.style === 'memorable', (on) => actions.change({ style: on ? 'memorable' : undefined }))}
        <div class="wfd-pair">${checked('min')} ${checked('max')}</div>`;
    case 'rating':
      return checked('max', 'numeric');
    case 'scale':
      return html`<div class="wfd-pair">${checked('min')} ${checked('max')}</div>
        <div class="wfd-pair">
          ${words('minLabel', 'Words under the first number', 'Such as Not likely. Optional.')}
          ${words('maxLabel', 'Words under the last number', 'Such as Very likely. Optional.')}
        </div>`;
    case 'otp':
      return checked('length', 'numeric');
    case 'checkbox':
      return html`<div class="wfd-pair">${checked('linkText')} ${checked('linkHref')}</div>`;
    default:
      return nothing;
  }
}
