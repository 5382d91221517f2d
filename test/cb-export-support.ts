// What the export's tests share: the shape written down from LivePerson's published exports
// (fixtures/cb-export-shape.json), a check of an object against it, Conversation Builder's
// pattern matching and variable quoting as the vendor documents them, and the fields of designs.
import fc from 'fast-check';
import type { CbExport } from '../src/designer/bot-export.js';
import type { FieldDeclaration } from '../src/fields/declarations.js';

/** The field types a design of the export's tests draws from. */
export const EXPORT_FIELD_TYPES = ['text', 'email', 'select', 'radio', 'checkbox', 'hidden', 'tel', 'rating', 'otp'] as const;

/** A field named `name`, of one of `types` (a memorable date, a scale: `date`, `scale`), with settings the form takes. */
export const fieldNamed = (
  name: string,
  types: ReadonlyArray<(typeof EXPORT_FIELD_TYPES)[number] | 'date' | 'scale'> = EXPORT_FIELD_TYPES,
): fc.Arbitrary<FieldDeclaration> =>
  fc
    .record(
      {
        type: fc.constantFrom(...types),
        label: fc.string({ maxLength: 20 }),
        required: fc.boolean(),
      },
      { requiredKeys: ['type'] },
    )
    .map(({ type, ...rest }) => {
      if (type === 'select' || type === 'radio') return { name, type, ...rest, options: ['a', 'b'] } as FieldDeclaration;
      if (type === 'hidden') return { name, type, value: 'x' } as FieldDeclaration;
      if (type === 'date') return { name, type, ...rest, style: 'memorable', min: '1900-01-01', max: 'today' } as FieldDeclaration;
      if (type === 'scale') return { name, type, ...rest, min: 0, max: 10 } as FieldDeclaration;
      return { name, type, ...rest } as FieldDeclaration;
    });

interface KindShape {
  seen: number;
  required: Record<string, string[]>;
  optional: Record<string, string[]>;
}

export interface ExportShape {
  interactionTypes: string[];
  actionValues: string[];
  kinds: Record<string, KindShape>;
}

/** The fixture, fetched as the test server serves it (JSON modules are not in every engine the tests run in). */
export const loadShape = async (): Promise<ExportShape> =>
  (await fetch(new URL('./fixtures/cb-export-shape.json', import.meta.url))).json() as Promise<ExportShape>;

const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * What is wrong with `object` as an object of `kind`: a key the samples' objects of that kind never
 * have, a key all of them have that it lacks (but those in `leftOut`), or a value of a type they
 * never hold there. Empty when nothing is.
 */
export function shapeProblems(shape: ExportShape, kind: string, object: unknown, leftOut: readonly string[] = []): string[] {
  const expected = shape.kinds[kind];
  if (!expected) return [`${kind}: no object of this kind in the samples`];
  if (typeOf(object) !== 'object') return [`${kind}: ${typeOf(object)}, not an object`];
  const problems: string[] = [];
  const record = object as Record<string, unknown>;
  for (const key of Object.keys(expected.required))
    if (!(key in record) && !leftOut.includes(key)) problems.push(`${kind}: lacks ${key}, which every sample has`);
  for (const [key, value] of Object.entries(record)) {
    const types = expected.required[key] ?? expected.optional[key];
    if (!types) problems.push(`${kind}: has ${key}, which no sample has`);
    else if (!types.includes(typeOf(value))) problems.push(`${kind}: ${key} is ${typeOf(value)}, in the samples ${types.join(' or ')}`);
  }
  return problems;
}

/** Every object of the export, each with the kind it is checked as. */
export function objectsOf(bot: CbExport): Array<[string, unknown]> {
  const objects: Array<[string, unknown]> = [
    ['bot', bot.bot],
    ['globalFunctions', bot.globalFunctions],
    ...bot.groups.map((group): [string, unknown] => ['group', group]),
    ...bot.platforms.map((platform): [string, unknown] => ['platform', platform]),
  ];
  for (const message of bot.conversationMessage) {
    const type = message.interactionType;
    objects.push(['message', message], [`message:${type}`, message], ['content', message.content], ['results', message.content.results]);
    for (const tile of message.content.results.tile.tileData) {
      objects.push([`tileData:${type}`, tile]);
      const widget = tile.universalWidget as { leMessageJson: string } | undefined;
      if (widget) objects.push(['universalWidget', widget], ...structuredObjects(JSON.parse(widget.leMessageJson)));
    }
    for (const match of message.responseMatches) objects.push(['responseMatch', match], ['action', match.action]);
  }
  return objects;
}

/** The elements of structured content, each as `structured:<type>`, and their click actions. */
function structuredObjects(node: unknown): Array<[string, unknown]> {
  const element = node as { type?: string; elements?: unknown[]; click?: { actions?: Array<{ type: string }> } };
  return [
    [`structured:${element.type}`, node],
    ...(element.click?.actions ?? []).map((action): [string, unknown] => [`structured action:${action.type}`, action]),
    ...(element.elements ?? []).flatMap(structuredObjects),
  ];
}

/**
 * Whether Conversation Builder's `pattern` matches `text`, by the operators the vendor documents:
 * `*` any characters, `|` between alternates, `( )` around a group of them; the whole input must fit.
 * Letter case is ignored, as a person's typing varies.
 */
export function patternMatches(pattern: string, text: string): boolean {
  const source = pattern.replace(/[*|()]|[.+?^${}[\]\\]/g, (character) =>
    character === '*' ? '.*' : character === '(' ? '(?:' : character === '|' || character === ')' ? character : `\\${character}`,
  );
  return new RegExp(`^(?:${source})$`, 'isu').test(text);
}

/** `text` with each `{$botContext.name}` replaced by the bot variable's value, as Conversation Builder sends it. */
export const quoteVariables = (text: string, variables: ReadonlyMap<string, unknown>) =>
  text.replace(/\{\$botContext\.([A-Za-z0-9_]+)\}/g, (_, name: string) => String(variables.get(name)));
