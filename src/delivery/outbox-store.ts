/**
 * Where the outbox (outbox.ts) keeps its posts: one entry per post, under a key that names its
 * conversation (encoded, so that no conversation's keys begin another's) and its id. An entry holds
 * the body the post would have carried and nothing else: no token, no address; those are made
 * again, from the form's own settings, when it leaves. Once it left, only a mark stays: its digest
 * and status, for the other tabs that showed it waiting.
 */
import * as z from 'zod/mini';

const PREFIX = 'webview-form:outbox:';

export const Entry = z.object({
  id: z.string(),
  conversation: z.string(),
  /** The form that queued it (delivery/draft.ts's draftPlace): only that form reports on it. */
  place: z.string(),
  queuedAt: z.number(),
  attempts: z.int(),
  kind: z.string(),
  /** The payload as JSON, exactly as it would have been posted; dropped once it left. */
  body: z.optional(z.string()),
  /** A digest of the body (core/sent-once.ts): the same post known again once its answers are gone. */
  digest: z.string(),
  /** The status it got, and when: set once it left. */
  sent: z.optional(z.number()),
  sentAt: z.optional(z.number()),
});
export type Entry = z.infer<typeof Entry>;

/** An entry, and the storage it was read from (`keep` may change while it waits). */
export interface Kept {
  entry: Entry;
  storage: Storage;
}

const keyOf = (conversation: string, id: string) => `${PREFIX}${encodeURIComponent(conversation)}:${encodeURIComponent(id)}`;

/** The well-formed entries of `conversation` in `storage`, oldest first; malformed ones under its keys are removed. */
export function readEntries(storage: Storage | undefined, conversation: string): Kept[] {
  if (!storage) return [];
  const prefix = keyOf(conversation, '');
  const found: Kept[] = [];
  try {
    for (const key of Object.keys(storage).filter((name) => name.startsWith(prefix))) {
      let candidate: unknown;
      try {
        candidate = JSON.parse(storage.getItem(key)!);
      } catch {
        // Not an entry: removed below.
      }
      const parsed = Entry.safeParse(candidate);
      if (parsed.success && parsed.data.conversation === conversation && key === keyOf(conversation, parsed.data.id))
        found.push({ entry: parsed.data, storage });
      else storage.removeItem(key);
    }
  } catch {
    // Storage that cannot be read holds nothing to send.
  }
  return found.sort((one, other) => one.entry.queuedAt - other.entry.queuedAt);
}

/** The entry `id` as it is in `storage` now, if it still is. */
export const reread = ({ entry, storage }: Kept): Entry | undefined =>
  readEntries(storage, entry.conversation).find((kept) => kept.entry.id === entry.id)?.entry;

/** Writes `entry`; false when the storage refuses it (full, blocked). */
export function writeEntry(storage: Storage | undefined, entry: Entry): boolean {
  try {
    storage!.setItem(keyOf(entry.conversation, entry.id), JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

/** Removes the entry, if the storage lets it. */
export function removeEntry({ entry, storage }: Kept): void {
  try {
    storage.removeItem(keyOf(entry.conversation, entry.id));
  } catch {
    // Blocked now: nothing can be sent from it either.
  }
}

/** The name of an entry's lock, across the site's tabs. */
export const lockName = ({ entry }: Kept) => keyOf(entry.conversation, entry.id);

/**
 * Runs `run` while holding the lock `name`, after any tab that holds it (which is sending it: `run`
 * then finds it sent). Where the Web Locks API is missing, a lease in localStorage, outside the
 * entries' keys, stands in: not atomic across processes; a tab that finds it held waits for it.
 * `signal` gives up the wait (a send cancelled while another tab holds the lock).
 */
export async function withLock(name: string, run: () => Promise<void>, signal?: AbortSignal): Promise<void> {
  const locks = globalThis.navigator?.locks;
  if (locks) return locks.request(name, signal ? { signal } : {}, run);
  const lease = `webview-form:lease:${name}`;
  const mine = `${Math.random()}@`;
  try {
    // Held by another tab: wait for it to let go (or for its lease to run out), as a lock is waited for.
    for (;;) {
      const until = Number((localStorage.getItem(lease) ?? '').split('@')[1]);
      if (!(until > Date.now() && until <= Date.now() + LEASE)) localStorage.setItem(lease, `${mine}${Date.now() + LEASE}`);
      if (localStorage.getItem(lease)!.startsWith(mine)) break;
      signal?.throwIfAborted();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } catch {
    // No storage to hold a lease in: this tab alone can have queued it.
  }
  try {
    await run();
  } finally {
    try {
      if (localStorage.getItem(lease)?.startsWith(mine)) localStorage.removeItem(lease);
    } catch {
      // As above.
    }
  }
}

/** How long a lease holds when its tab never lets it go (closed mid-send): longer than a send's three attempts at the longest timeout, and their waits. */
const LEASE = 10 * 60 * 1000;

/** How long a post that nobody sent or discarded stays: a week, then it goes unasked. */
export const ABANDONED_AFTER = 7 * 24 * 60 * 60 * 1000;

/** Removes, from every conversation in `storage`, the posts left waiting a week and the marks of sent ones past `markKept`. */
export function sweepOutbox(storage: Storage | undefined, markKept: number): void {
  try {
    for (const key of Object.keys(storage ?? {}).filter((name) => name.startsWith(PREFIX))) {
      const parsed = Entry.safeParse(JSON.parse(storage!.getItem(key) ?? 'null'));
      if (!parsed.success) continue;
      const { queuedAt, sent, sentAt = 0 } = parsed.data;
      const age = Date.now() - (sent === undefined ? queuedAt : sentAt);
      if (!(age >= 0 && age <= (sent === undefined ? ABANDONED_AFTER : markKept))) storage!.removeItem(key);
    }
  } catch {
    // Storage that cannot be read keeps what it has; nothing is sent from it either.
  }
}
