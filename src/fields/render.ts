/**
 * Drawing declared fields again, in the delivery chunk (templates.ts draws them the first time).
 * The element calls `renderFields` on every update, so drawing again must be cheap and must keep
 * what is there: the same declaration and texts do nothing at all, and a node whose key comes
 * again (see templates.ts's `drawn`) is kept as it is, with what a person typed, the focus, an
 * error shown and the step flow's `hidden`: zod's checked copy of a sketched declaration, a new
 * array of equal fields, changes no node. Only the texts from `messages` ("(optional)",
 * "Choose…") are set in place; a field that is gone is removed, a new or changed one drawn in
 * its place.
 */
import type { CheckedItem } from './declarations.js';
import type { Control } from '../dom/controls.js';
import type { FormMessages } from '../i18n/messages.js';
import { build, drawn, layout, type Piece } from './templates.js';

/** What each container was last drawn from. */
const sources = new WeakMap<Element, { items: readonly CheckedItem[]; messages: FormMessages; authored: Control[] }>();

/**
 * Renders a control for every declared field the author did not write, and gives the authored
 * ones the declared rules (see templates.ts's `layout`), keeping what is drawn already.
 */
export function renderFields(host: HTMLElement, items: readonly CheckedItem[], idPrefix: string, messages: FormMessages): void {
  let last: { items: readonly CheckedItem[]; messages: FormMessages; authored: Control[] } | undefined;
  const laid = layout(host, items, idPrefix, messages, (container, authored) => {
    last = sources.get(container);
    return !!last && last.items === items && last.messages === messages && last.authored.length === authored.length && last.authored.every((control, index) => control === authored[index]);
  });
  if (!laid) return;
  sources.set(laid.container, { items, messages, authored: laid.authored });
  sync(laid.container, laid.pieces, messages, last?.messages !== messages);
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
    if (retext) for (const [text, name] of drawn.get(node)!.texts) if (text.data !== messages[name]) text.data = messages[name];
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
