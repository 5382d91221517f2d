/**
 * Drawing declared fields again (fields/templates.ts draws them the first time). The element calls
 * `renderFields` on every update, so it must be cheap and keep what is there: each drawn node
 * carries a key, and a node whose key comes again is kept with what a person typed, the focus and
 * any error shown. The first render draws without keys, to stay small; the first drawing here
 * takes its nodes over (see adopt).
 */
import { flatFields, type CheckedField, type CheckedItem } from '../fields/declarations.js';
import { controlName, listControls, type Control } from '../dom/controls.js';
import type { FormMessages } from '../i18n/messages.js';
import { fieldNodes, fieldsPlace, stepNode, type Place, type Texts } from '../fields/templates.js';

/** A field or a step to draw: its key, how to draw it, and what a step holds. */
interface Piece {
  key: string;
  draw(texts: Texts): HTMLElement;
  children?: Piece[];
}

/** A drawn node's key and its texts from `messages`: a node whose key comes again is kept. */
const drawn = new WeakMap<Node, { key: string; texts: Texts }>();

/**
 * A key for what a declaration holds: its JSON with every object's keys sorted, so that zod's
 * copy (keys in the schema's order) has the sketch's key whatever order the author wrote them in.
 * zod refuses keys it does not know, so a declaration it accepts holds nothing the sketch lacks.
 */
const keyOf = (declaration: unknown) =>
  JSON.stringify(declaration, (_, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );

/** A piece for every item: a field the page wrote itself has none. */
function piecesOf(items: readonly CheckedItem[], place: Place, idPrefix: string, messages: FormMessages): Piece[] {
  const draw = (field: CheckedField): Piece[] =>
    place.names.has(field.name)
      ? []
      : [{ key: idPrefix + keyOf(field), draw: (texts) => fieldNodes(field, place, idPrefix, messages, texts)[0]! }];
  return items.flatMap((item): Piece[] =>
    'step' in item ? [{ key: keyOf([item.step, item.when]), draw: () => stepNode(item), children: item.fields.flatMap(draw) }] : draw(item),
  );
}

/** The node of `piece`, new, with its key (see `drawn`) and its children's nodes. */
function build(piece: Piece): HTMLElement {
  const texts: Texts = [];
  const node = piece.draw(texts);
  drawn.set(node, { key: piece.key, texts });
  if (piece.children) node.append(...piece.children.map(build));
  return node;
}

/** What tells drawn elements apart; validation and the steps change others (hidden, disabled, aria-*). */
const IDENTITY = ['id', 'name', 'data-step'];

/**
 * Takes over the nodes the first render drew in `container` from `pieces`, in order: the next node
 * that is the tree build() makes of a piece gets that tree's keys and texts. A node that is no
 * piece's gets no key, and the drawing that follows removes it.
 */
function adopt(container: Element, pieces: readonly Piece[]): void {
  const nodes = [...container.childNodes];
  let from = 0;
  for (const piece of pieces) {
    const fresh = build(piece);
    for (let at = from; at < nodes.length; at++) {
      const twins = pair(fresh, nodes[at]!);
      if (!twins) continue;
      for (const [made, found] of twins) {
        const record = drawn.get(made);
        if (record) drawn.set(found, { key: record.key, texts: record.texts.map(([text, name]) => [twins.get(text) as Text, name]) });
      }
      from = at + 1;
      break;
    }
  }
}

/**
 * Each node of the tree `made` with its twin in `found`, when `found` is the same tree; else
 * nothing. Only the children drawn are paired: what validation adds (an error's text) comes after.
 */
function pair(made: Node, found: Node, twins = new Map<Node, Node>()): Map<Node, Node> | undefined {
  const same =
    found.nodeName === made.nodeName &&
    IDENTITY.every((name) => (made as Element).getAttribute?.(name) === (found as Element).getAttribute?.(name));
  if (!same) return undefined;
  twins.set(made, found);
  for (const [at, child] of made.childNodes.entries()) {
    const twin = found.childNodes[at];
    if (!twin || !pair(child, twin, twins)) return undefined;
  }
  return twins;
}

/** What each container was last drawn from. */
const sources = new WeakMap<Element, { items: readonly CheckedItem[]; messages: FormMessages; authored: Control[] }>();

/**
 * Renders a control for every declared field the author did not write, and gives the authored
 * ones the declared rules (see fields/templates.ts's `fieldsPlace`), keeping what is drawn already.
 * `first` is what the first render drew from, when its nodes are still to be taken over.
 */
export function renderFields(
  host: HTMLElement,
  items: readonly CheckedItem[],
  idPrefix: string,
  messages: FormMessages,
  first?: { items: readonly CheckedItem[]; messages: FormMessages },
): void {
  let last: { items: readonly CheckedItem[]; messages: FormMessages; authored: Control[] } | undefined;
  const place = fieldsPlace(host, items, (container, authored) => {
    last = sources.get(container);
    return (
      !!last &&
      last.items === items &&
      last.messages === messages &&
      last.authored.length === authored.length &&
      last.authored.every((control, index) => control === authored[index])
    );
  });
  if (!place) return;
  if (first && !last) adopt(place.container, piecesOf(first.items, place, idPrefix, first.messages));
  sources.set(place.container, { items, messages, authored: place.authored });
  sync(place.container, piecesOf(items, place, idPrefix, messages), messages, last?.messages !== messages);
  markCountries(place, items);
  drawnHook.get(host)?.();
}

/** What a form's session does once its fields are drawn (delivery/session.ts): fill the new ones from the link and the draft. */
export const drawnHook = new WeakMap<Element, () => void>();

/**
 * Tells a phone field's controls, drawn or written by the page, their `country`: validation.ts
 * checks the number and control-adapter.ts sends it in E.164 by it.
 */
function markCountries(place: Place, items: readonly CheckedItem[]): void {
  const countries = new Map(
    flatFields(items).flatMap((field) => ('country' in field && field.country ? [[field.name, field.country]] : [])),
  );
  if (countries.size === 0) return;
  for (const control of [...place.authored, ...listControls(place.container, { includeDisabled: true })]) {
    const country = countries.get(controlName(control));
    if (country) control.setAttribute('data-country', country);
  }
}

/**
 * Makes `parent`'s children the nodes of `pieces`, in order. A node drawn before under the same
 * key is kept, and moved only if the order changed (moving a node takes focus from it); when
 * `retext`, its texts from `messages` are set anew. A new piece is drawn; any other child is
 * removed (the container is ours: what the page writes goes outside it).
 */
function sync(parent: Element, pieces: readonly Piece[], messages: FormMessages, retext: boolean): void {
  const earlier = new Map<string, ChildNode[]>();
  for (const node of [...parent.childNodes]) {
    const key = drawn.get(node)?.key;
    if (key === undefined) node.remove();
    else earlier.set(key, [...(earlier.get(key) ?? []), node]);
  }
  const nodes = pieces.map((piece) => {
    const node = earlier.get(piece.key)?.shift();
    if (!node) return build(piece);
    if (retext)
      for (const [text, name] of drawn.get(node)!.texts) {
        const data = typeof name === 'function' ? name(messages) : messages[name];
        if (text.data !== data) text.data = data;
      }
    if (piece.children) sync(node as Element, piece.children, messages, retext);
    return node;
  });
  for (const left of earlier.values()) for (const node of left) node.remove();
  let next = parent.firstChild;
  for (const node of nodes) {
    if (node === next) next = node.nextSibling;
    else parent.insertBefore(node, next);
  }
}
