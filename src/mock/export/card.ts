/**
 * A UNIVERSAL interaction's card: LivePerson's structured content, which the interaction holds as
 * JSON text (`tile.universalWidget.leMessageJson`), read for the subset a card of text and buttons
 * needs. The vendor's web-messaging templates (ConversationBuilder-Samples,
 * universal-tile-templates/web-messaging-templates) write a card as one element, or as a layout
 * (`vertical`, `horizontal`) of elements and layouts; a button acts through `click.actions`:
 * `link` opens its `uri`, `publishText` sends its `text` as the consumer's message.
 *
 *     leMessageJson ─► JSON (within the export's limits) ─► texts, link buttons, replies (+ notes of the rest)
 *
 * The card's strings are kept as written: the interpreter fills their `{$botContext.…}` when it
 * shows the card, after the JSON is read, so no value can change the card's structure.
 */
import { assertSafeJson, BotExportError } from './safe-json.js';

export interface Card {
  /** The text elements' texts, in the card's order. */
  readonly texts: readonly string[];
  /** The buttons that open a link. */
  readonly buttons: ReadonlyArray<{ title: string; url: string }>;
  /** What the buttons that publish a text send, as the consumer's message. */
  readonly replies: readonly string[];
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
/** A type from the file, short enough for a note. */
const named = (type: unknown) => JSON.stringify(String(type ?? '?').slice(0, 40));

const LAYOUTS = new Set(['vertical', 'horizontal']);

/**
 * The card in `json`, or undefined when none of it is simulated (not JSON, past the limits, or only
 * images, maps, carousels…): then the interaction is skipped. Each element or action left out is
 * told to `note`.
 */
export function readCard(json: string, note: (text: string) => void): Card | undefined {
  let root: unknown;
  try {
    root = JSON.parse(json);
    assertSafeJson(root);
  } catch (error) {
    if (!(error instanceof SyntaxError || error instanceof BotExportError)) throw error;
    note('a card that is not JSON, or past the limits of an export, is not simulated');
    return undefined;
  }
  const texts: string[] = [];
  const buttons: Array<{ title: string; url: string }> = [];
  const replies: string[] = [];
  // Depth-first in the card's order; assertSafeJson bounds the depth.
  const visit = (node: unknown) => {
    const element = obj(node);
    const type = element.type;
    if (typeof type === 'string' && LAYOUTS.has(type)) return list(element.elements).forEach(visit);
    if (type === 'text' && typeof element.text === 'string') return void texts.push(element.text);
    if (type !== 'button') return note(`the card element ${named(type)} is not simulated (left out)`);
    const actions = list(obj(element.click).actions).map(obj);
    // A button that both links and publishes (the templates' Multi Action Button) is kept as its link.
    const link = actions.find((action) => action.type === 'link' && typeof action.uri === 'string');
    const publish = actions.find((action) => action.type === 'publishText' && typeof action.text === 'string');
    const used = link ?? publish;
    if (link) buttons.push({ title: str(element.title) ?? '', url: str(link.uri)! });
    else if (publish) replies.push(str(publish.text)!);
    for (const action of actions) if (action !== used) note(`the card button action ${named(action.type)} is not simulated (left out)`);
    if (!used) note('a card button without a link or publishText action is not simulated (left out)');
  };
  visit(root);
  return texts.length + buttons.length + replies.length > 0 ? { texts, buttons, replies } : undefined;
}
