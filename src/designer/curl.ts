/**
 * A curl line that posts what the designed form would post, signed, for trying the bot without the
 * page. The body is built by the element's own payload builder and the token by its own signing,
 * so the line and the page cannot disagree.
 */
import { buildPayload, type FieldValues } from '../core/payload.js';
import { resolveEndpoint } from '../core/context.js';
import { authToken } from '../core/sign.js';
import type { ConversationIds } from '../core/schemas.js';
import { optionParts, type CheckedField } from '../fields/declarations.js';
import { designFields, messageProblem, postsTo, type Design } from './design.js';

/** A value such a field could hold, for a sample post. */
export function sampleValue(field: CheckedField): string {
  if (field.value !== undefined) return String(field.value);
  if (field.options?.length) return optionParts(field.options[0]!).value;
  const samples: Record<string, string> = {
    email: 'name@example.com',
    // A number a phone field with a country takes (it must be one that can be dialled).
    tel: '+442079460000',
    url: 'https://example.com/',
    date: '2026-01-31',
    checkbox: 'true',
  };
  if (field.type === 'number') return String(field.min ?? 1);
  if (field.type === 'date') return sampleDate(field.min, field.max);
  // A rating's and a scale's last number is one of theirs; a code has its length in digits.
  if (field.type === 'rating') return String(field.max ?? 5);
  if (field.type === 'scale') return String(field.max ?? 10);
  if (field.type === 'otp') return '1234567890'.slice(0, field.length ?? 6);
  return samples[field.type] ?? 'Sample';
}

/** A date within a date field's bounds (`YYYY-MM-DD` or `today`). */
function sampleDate(min: unknown, max: unknown): string {
  const today = new Date().toISOString().slice(0, 10);
  const day = (bound: unknown) => (bound === 'today' ? today : typeof bound === 'string' ? bound : undefined);
  // The earliest day it takes, else the latest; a day long past when the latest is today (a birth date).
  return day(min) ?? (max === 'today' ? '2000-01-31' : day(max)) ?? '2026-01-31';
}

/** A sample answer for every field of the design. */
export function sampleValues(design: Design): FieldValues {
  return designFields(design).map((field) => ({ name: field.name, value: sampleValue(field) }));
}

/** `text` as one shell word. */
const shellWord = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/**
 * The curl line for `ids`: the design's endpoint (a path is taken on `base`), the token, and the
 * body the form would send with `values` (default: `sampleValues`), the link's variables being
 * "sample" each.
 * @throws WebviewError `config` when the design cannot post (no endpoint, a variable twice); Error
 * for a message the page could not post as written (`messageProblem`, design.ts).
 */
export async function curlLine(
  design: Design,
  ids: ConversationIds,
  { values = sampleValues(design), base = 'http://localhost:5173/' }: { values?: FieldValues; base?: string } = {},
): Promise<string> {
  const problem = messageProblem(design.message);
  if (problem) throw new Error(problem);
  const url = resolveEndpoint({ ...postsTo(design), url: base });
  const link = new URL(base);
  for (const name of design.urlVariables ?? []) link.searchParams.set(name, 'sample');
  const payload = buildPayload({ ids, values, urlVariables: design.urlVariables, url: link, message: design.message });
  const token = await authToken(ids.conversationId, ids.botId);
  return [
    `curl -X POST ${shellWord(url)}`,
    `-H 'Content-Type: application/json'`,
    `-H ${shellWord(`Authorization: ${token}`)}`,
    `--data ${shellWord(JSON.stringify(payload))}`,
  ].join(' \\\n  ');
}
