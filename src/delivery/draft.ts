/**
 * A draft of what the person typed, kept where `keep` says (the device's storage by default, so a
 * webview closed and opened again from the chat gives the answers back; the tab's; or nowhere) for
 * 24 hours after the last change. It holds values only (never the IDs, secrets, hidden fields or
 * card numbers) and the step. What is read back is checked entry by entry, as storage outlives
 * the form's design.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { listen } from '../dom/listen.js';
import type { Control } from '../dom/controls.js';
import { adapterFor } from './control-adapter.js';
import * as z from 'zod/mini';
import { containsCardNumber, findSplitCardNumbers } from '../core/sensitive.js';
import { DRAFT_PREFIX } from '../dom/draft-storage.js';
import { isSecret } from './warnings.js';
import { KEPT_FOR } from './keep.js';

/** Where a form is: its page, and its id or else its place among the page's forms. */
export function draftPlace(host: Element): string {
  const forms = Array.from(host.ownerDocument.querySelectorAll(host.localName));
  return `${location.pathname}#${host.id || forms.indexOf(host)}`;
}

/**
 * The draft key of the form at `place` (see draftPlace) in a conversation: a link to another
 * conversation starts blank, not with answers meant for this one.
 */
export function draftKey(place: string, conversationId = ''): string {
  return `${DRAFT_PREFIX}${place}@${conversationId}`;
}

/** One control's state, found again by its name and its position among controls of that name. */
const DraftEntry = z.object({
  name: z.string(),
  index: z.int().check(z.nonnegative()),
  value: z.optional(z.string()),
  checked: z.optional(z.boolean()),
  selected: z.optional(z.array(z.string())),
});
type DraftEntry = z.infer<typeof DraftEntry>;

/** A step position: the flow checks it against the steps the form has now (steps/flow.ts). */
const Step = z.int().check(z.nonnegative());

export interface DraftOptions {
  /** The controls whose answers the draft keeps, fresh each time: fields come and go. */
  controls(): Control[];
  /** The conversation's id, asked for on every save, restore and clear; undefined while the link has none. */
  conversation(): string | undefined;
  /** The position in a multi-step form, kept with the answers; undefined without steps. */
  step(): number | undefined;
  /** Where the draft is kept (dom/draft-storage.ts), asked each time: `keep` may change. */
  storage(): Storage | undefined;
}

/** What is stored: the controls' states, the step, and when. */
interface Draft {
  controls: DraftEntry[];
  step?: number;
  savedAt?: number;
}

export class DraftController implements ReactiveController {
  #restored = false;
  #listening?: AbortController;
  // Worked out once per connection, as it looks the form up among the page's forms. The
  // conversation is not cached with it: it can change after the first render.
  #place?: string;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: DraftOptions;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DraftOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected() {
    this.#place = undefined;
    this.#listening = new AbortController();
    listen(this.#host, { input: this.save, change: this.save }, this.#listening.signal);
  }

  hostDisconnected() {
    this.#listening?.abort();
  }

  get #key(): string {
    return draftKey((this.#place ??= draftPlace(this.#host)), this.#options.conversation());
  }

  /**
   * Puts the draft back, once, into controls the person has not changed since the page loaded.
   * Returns the step it was saved on, if any.
   */
  restoreOnce(): number | undefined {
    if (this.#restored) return undefined;
    this.#restored = true;
    return this.#restore();
  }

  /**
   * Restores the controls drawn since (a rating, whose code came after the draft's): each control
   * is restored once, and only while the person has not changed it.
   */
  restoreLate(): void {
    if (this.#restored) this.#restore();
  }

  /** The controls a restore has looked at. */
  readonly #considered = new WeakSet<Control>();

  #restore(): number | undefined {
    const draft = read(this.#options.storage(), this.#key);
    const counters = new Map<string, number>();
    for (const control of this.#options.controls()) {
      const name = control.getAttribute('name') ?? '';
      const index = counters.get(name) ?? 0;
      counters.set(name, index + 1);
      if (this.#considered.has(control)) continue;
      this.#considered.add(control);
      const entry = draft?.controls.find((candidate) => candidate.name === name && candidate.index === index);
      if (!entry) continue;
      // What the person typed before the draft came back wins over it.
      const adapter = adapterFor(control);
      if (adapter.untouched()) adapter.restore(entry);
    }
    return draft?.step;
  }

  /** Forgets the draft: the answers reached the bot. */
  clear(): void {
    try {
      this.#options.storage()?.removeItem(this.#key);
    } catch {
      // Blocked storage holds no draft to forget.
    }
  }

  /** Keeps what the controls hold now, and the step. */
  save = () => {
    const counters = new Map<string, number>();
    const captured: Array<DraftEntry | undefined> = [];
    for (const control of this.#options.controls()) {
      const name = control.getAttribute('name') ?? '';
      const index = counters.get(name) ?? 0;
      counters.set(name, index + 1);
      // A secret (a card field by its autocomplete, a PIN by its name) is never kept, whatever it holds.
      const state = isSecret(control) ? undefined : adapterFor(control).capture();
      captured.push(state && { name, index, ...state });
    }
    // A card number is never stored, in one field or split over boxes side by side (core/sensitive.ts).
    const parts = new Set(findSplitCardNumbers(captured.map((entry) => entry?.value)).flat());
    const entries = captured.filter(
      (entry, position): entry is DraftEntry =>
        !!entry && !parts.has(position) && !(entry.value !== undefined && containsCardNumber(entry.value)),
    );
    try {
      const draft: Draft = { controls: entries, step: this.#options.step(), savedAt: Date.now() };
      this.#options.storage()?.setItem(this.#key, JSON.stringify(draft));
    } catch {
      // Full or blocked storage: the form still works, only without a draft.
    }
  };
}

/** The most entries a stored draft is read for. */
const MAX_ENTRIES = 10_000;

/**
 * Returns the draft under `key` with its well-formed entries; a bad step is left out, so the form
 * starts at the first. One older than KEPT_FOR (or from the future: a clock put back) is removed.
 */
function read(storage: Storage | undefined, key: string): Draft | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage?.getItem(key) ?? 'null');
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { controls, step, savedAt } = parsed as Record<string, unknown>;
  const age = Date.now() - Number(savedAt);
  if (!(age >= 0 && age <= KEPT_FOR)) {
    try {
      storage!.removeItem(key);
    } catch {
      // Storage that fails now keeps what it has: it is not read back either.
    }
    return undefined;
  }
  // More entries than any form has controls are no draft of ours: checking them all would hold the page.
  const entries = Array.isArray(controls) ? controls.slice(0, MAX_ENTRIES).map((entry) => DraftEntry.safeParse(entry)) : [];
  const position = Step.safeParse(step);
  return { controls: entries.flatMap((entry) => (entry.success ? [entry.data] : [])), step: position.success ? position.data : undefined };
}

/** Removes every draft in `storage` (any page, any conversation) last saved more than KEPT_FOR ago. */
export function sweepDrafts(storage: Storage | undefined): void {
  try {
    for (const key of Object.keys(storage ?? {}).filter((name) => name.startsWith(DRAFT_PREFIX))) read(storage, key);
  } catch {
    // As in read: what cannot be read stays.
  }
}
