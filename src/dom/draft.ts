/**
 * A draft of what the person typed, kept in the tab's sessionStorage: a reload, a crashed and
 * restored tab, or a trip to another page and back gives their answers back. The draft holds
 * values only (never the IDs, passwords, hidden fields or anything that looks like a card
 * number), and is removed once the post succeeded.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { containsCardNumber } from '../core/sensitive.js';
import { listen } from './listen.js';
import type { Control } from './controls.js';

const PREFIX = 'webview-form:draft:';
// Never stored: they are the page's (hidden), secret (password) or cannot be restored (file).
const NOT_KEPT = new Set(['hidden', 'password', 'file', 'submit', 'button', 'reset', 'image']);

/** One control's state, found again by its name and its position among controls of that name. */
interface DraftEntry {
  name: string;
  index: number;
  value?: string;
  checked?: boolean;
  selected?: string[];
}

export interface DraftOptions {
  /** The storage key, one per form on a page and conversation; asked for when first needed. */
  key(): string;
  controls(): Control[];
}

export class DraftController implements ReactiveController {
  private restored = false;
  private listening?: AbortController;
  // Worked out once per connection, not on every keystroke (it looks the form up among the
  // page's forms), and not before first needed: by then the conversation's IDs are known.
  private storageKey?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DraftOptions,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.storageKey = undefined;
    this.listening = new AbortController();
    listen(this.host, { input: this.save, change: this.save }, this.listening.signal);
  }

  hostDisconnected() {
    this.listening?.abort();
  }

  private get key(): string {
    return (this.storageKey ??= this.options.key());
  }

  /** Puts the draft back, once, into controls the person has not changed since the page loaded. */
  restoreOnce(): void {
    if (this.restored) return;
    this.restored = true;
    const entries = read(this.key);
    if (!entries) return;
    const counters = new Map<string, number>();
    for (const control of this.options.controls()) {
      const name = control.getAttribute('name') ?? '';
      const index = counters.get(name) ?? 0;
      counters.set(name, index + 1);
      const entry = entries.find((candidate) => candidate.name === name && candidate.index === index);
      if (entry && isPristine(control)) apply(control, entry);
    }
  }

  /** Forgets the draft: the answers reached the bot. */
  clear(): void {
    try {
      sessionStorage.removeItem(this.key);
    } catch {
      // Blocked storage holds no draft to forget.
    }
  }

  private save = () => {
    const counters = new Map<string, number>();
    const entries: DraftEntry[] = [];
    for (const control of this.options.controls()) {
      const name = control.getAttribute('name') ?? '';
      const index = counters.get(name) ?? 0;
      counters.set(name, index + 1);
      const entry = capture(control, name, index);
      if (entry) entries.push(entry);
    }
    try {
      sessionStorage.setItem(this.key, JSON.stringify(entries));
    } catch {
      // Full or blocked storage: the form still works, only without a draft.
    }
  };
}

function capture(control: Control, name: string, index: number): DraftEntry | undefined {
  if (control instanceof HTMLInputElement) {
    if (NOT_KEPT.has(control.type)) return undefined;
    if (control.type === 'checkbox' || control.type === 'radio') return { name, index, checked: control.checked };
  }
  if (control instanceof HTMLSelectElement) return { name, index, selected: Array.from(control.selectedOptions, (option) => option.value) };
  if (!(control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)) return undefined;
  return containsCardNumber(control.value) ? undefined : { name, index, value: control.value };
}

function apply(control: Control, entry: DraftEntry): void {
  if (control instanceof HTMLSelectElement && entry.selected) {
    for (const option of control.options) option.selected = entry.selected.includes(option.value);
  } else if (control instanceof HTMLInputElement && entry.checked !== undefined) {
    control.checked = entry.checked;
  } else if ((control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) && entry.value !== undefined) {
    control.value = entry.value;
  }
}

/** Whether a control still holds what the page gave it: a value the person typed wins over the draft. */
function isPristine(control: Control): boolean {
  if (control instanceof HTMLInputElement) {
    return control.type === 'checkbox' || control.type === 'radio' ? control.checked === control.defaultChecked : control.value === control.defaultValue;
  }
  if (control instanceof HTMLTextAreaElement) return control.value === control.defaultValue;
  if (control instanceof HTMLSelectElement) {
    const options = Array.from(control.options);
    if (control.multiple) return options.every((option) => option.selected === option.defaultSelected);
    // Without a `selected` attribute, a single select starts on its first option.
    const initial = Math.max(0, options.map((option) => option.defaultSelected).lastIndexOf(true));
    return control.selectedIndex === initial;
  }
  return false;
}

function read(key: string): DraftEntry[] | undefined {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(key) ?? 'null');
    return Array.isArray(parsed) ? (parsed as DraftEntry[]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The draft key of a form: its page, its id or else its place among the page's forms, and the
 * conversation: a link to another conversation starts blank, not with answers meant for this one.
 */
export function draftKey(host: Element, conversationId = ''): string {
  const forms = Array.from(host.ownerDocument.querySelectorAll(host.localName));
  return `${PREFIX}${location.pathname}#${host.id || forms.indexOf(host)}@${conversationId}`;
}
