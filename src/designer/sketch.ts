/**
 * The declaration as the designer draws and edits it. The element's own sketch (fields/) leaves
 * the types and settings of issue 32 to the chunk that draws them; the designer edits them all,
 * so it reads them all: every type, a date's style, a checkbox's link.
 */
import { FIELD_TYPES, WITH_OPTIONS, type CheckedField, type CheckedItem, type CheckedStep } from '../fields/declarations.js';
import { KIND_TYPES } from '../core/kind-types.js';

const TYPES: readonly unknown[] = [...FIELD_TYPES, ...KIND_TYPES];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isPlain = (value: unknown) => ['string', 'number', 'boolean'].includes(typeof value);
const isPlainOption = (option: unknown) => isPlain(option) || (isRecord(option) && Object.values(option).every(isPlain));

/** The declaration's items with each field's type filled in; undefined when the designer could not draw one. */
export function designItems(fields: unknown): CheckedItem[] | undefined {
  if (!Array.isArray(fields)) return undefined;
  const items = fields.map((item: unknown) => {
    if (!isRecord(item) || !('step' in item)) return designField(item);
    const inner = Array.isArray(item.fields) ? item.fields.map(designField) : [];
    return typeof item.step === 'string' && inner.every(Boolean) ? ({ ...item, fields: inner } as CheckedStep) : undefined;
  });
  return items.every(Boolean) ? (items as CheckedItem[]) : undefined;
}

function designField(candidate: unknown): CheckedField | undefined {
  if (!isRecord(candidate)) return undefined;
  // A condition is the condition editor's to judge (link.ts).
  const { options, when, link, style, ...settings } = candidate;
  const type = settings.type ?? 'text';
  if (typeof settings.name !== 'string' || !TYPES.includes(type) || !Object.values(settings).every(isPlain)) return undefined;
  if (style !== undefined && (style !== 'memorable' || type !== 'date')) return undefined;
  if (link !== undefined && (type !== 'checkbox' || !isRecord(link) || !Object.values(link).every(isPlain))) return undefined;
  const drawableOptions =
    options === undefined ? !WITH_OPTIONS.has(type as CheckedField['type']) : Array.isArray(options) && options.every(isPlainOption);
  return drawableOptions ? ({ ...candidate, type } as CheckedField) : undefined;
}
