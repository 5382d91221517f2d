/**
 * The outbox: a signed post that could not leave (offline, the service unreachable, timing out or
 * answering 502–504 after the retries) waits where `keep` says, and leaves by itself once the line
 * is back, exactly once, whichever page or tab of the site gets there first.
 *
 *     send fails ─► queue: stored, state `queued`, webview-queued
 *     online · visible again · pageshow · a form of this conversation loads ─► flush:
 *         lock ─► still waiting? ─► post ─► 2xx: marked sent, success (`queued: true`)
 *                                       ├─ another 4xx: removed, the error as a send shows it
 *                                       └─ network, timeout, 5xx: kept, one attempt more
 *     waiting over 24 h: not sent by itself; the person sends it anyway or discards it
 */
import * as z from 'zod/mini';
import type { ReactiveController } from '@lit/reactive-element';
import { ErrorKind, WebviewError } from '../core/errors.js';
import { send } from '../core/client.js';
import type { SignedRequest } from '../core/sign.js';
import type { SentPayload } from '../core/schemas.js';
import { fnv1a64, forgetSent, rememberSent, sentKey } from '../core/sent-once.js';
import { listen } from '../dom/listen.js';
import { KEPT_FOR } from './keep.js';
import { WebviewQueuedEvent } from './events.js';
import type { FormHost, QueuedView } from '../element/form-host.js';
import type { Delivered } from '../element/submission.js';

const OUTBOX_PREFIX = 'webview-form:outbox:';

const Stored = z.object({
  id: z.string(),
  queuedAt: z.number(),
  attempts: z.int(),
  kind: z.string(),
  /** The request as it would have left; dropped once it left, when only the mark below stays. */
  request: z.optional(
    z.object({
      url: z.string(),
      headers: z.object({ Authorization: z.string(), 'Content-Type': z.string() }),
      body: z.string(),
    }),
  ),
  /** A digest of the body: the same post is known again after its answers are gone (core/sent-once.ts). */
  digest: z.string(),
  /** Set once the service took it (its status, and when): another page still showing it as waiting reports it sent. */
  sent: z.optional(z.number()),
  sentAt: z.optional(z.number()),
});
type Stored = z.infer<typeof Stored>;

/** Whether a failed send may wait for the line: the service did not act on it (or may not have, a timeout). */
export const mayWait = (error: unknown): error is WebviewError =>
  error instanceof WebviewError &&
  (error.kind === ErrorKind.NETWORK || error.kind === ErrorKind.TIMEOUT || [502, 503, 504].includes(error.status ?? 0));

/** How long the mark of a post sent from the outbox stays, for the other pages that showed it waiting. */
const SENT_MARK_KEPT = 10 * 60 * 1000;

export interface OutboxOptions {
  storage(): Storage | undefined;
  conversation(): string | undefined;
  timeout(): number | undefined;
  /** The post left from the outbox and the service took it. */
  sent(delivered: Delivered): void;
}

export class Outbox implements ReactiveController {
  readonly #form: FormHost;
  readonly #options: OutboxOptions;
  #listening?: AbortController;
  #flushing?: Promise<void>;
  /** The entry this form shows as waiting, as it read it: the answers to report once another page sent them. */
  #shown?: Stored;

  constructor(form: FormHost, options: OutboxOptions) {
    this.#form = form;
    this.#options = options;
    form.element.addController(this);
  }

  hostConnected() {
    this.#listening = new AbortController();
    const flush = () => void this.flush();
    listen(window, { online: flush, pageshow: flush }, this.#listening.signal);
    listen(document, { visibilitychange: () => document.visibilityState === 'visible' && flush() }, this.#listening.signal);
  }

  hostDisconnected() {
    this.#listening?.abort();
  }

  /** Keeps `request`, which failed with `error`; false when it cannot be kept here. */
  queue(request: SignedRequest, error: WebviewError, attempts: number): boolean {
    // The same answers sent again (a second tab on the same link, a second press) wait once, and leave once.
    const digest = fnv1a64(request.body);
    const same = this.#waiting().find((waiting) => waiting.sent === undefined && waiting.digest === digest);
    if (same) {
      this.#show(same);
      this.#form.element.dispatchEvent(new WebviewQueuedEvent({ kind: error.kind, attempts, queuedAt: same.queuedAt }));
      return true;
    }
    const stored: Stored = {
      id: crypto.randomUUID?.() ?? `${Date.now()}-${Math.random()}`,
      queuedAt: Date.now(),
      attempts,
      kind: error.kind,
      request,
      digest,
    };
    if (!this.#write(stored)) return false;
    this.#show(stored);
    this.#form.element.dispatchEvent(new WebviewQueuedEvent({ kind: error.kind, attempts, queuedAt: stored.queuedAt }));
    return true;
  }

  /** Sends what waits for this conversation, unless it waited too long (`anyway` sends that too). One flush at a time. */
  flush(anyway = false): Promise<void> {
    return (this.#flushing ??= this.#flushAll(anyway).finally(() => (this.#flushing = undefined)));
  }

  async #flushAll(anyway: boolean): Promise<void> {
    for (const waiting of this.#waiting()) {
      if (waiting.sent !== undefined) {
        this.#sentElsewhere(waiting);
        continue;
      }
      if (!anyway && Date.now() - waiting.queuedAt > KEPT_FOR) {
        this.#show(waiting, true);
        continue;
      }
      this.#show(waiting);
      await withLock(this.#key(waiting.id), () => this.#post(waiting.id));
    }
  }

  /** Posts the entry `id` if it still waits (another page may have sent it while this one waited for the lock). */
  async #post(id: string): Promise<void> {
    const waiting = this.#waiting().find((entry) => entry.id === id);
    if (!waiting) return;
    if (waiting.sent !== undefined || !waiting.request) return this.#sentElsewhere(waiting);
    // The panel says it is being sent, rather than still offering Send now.
    if (this.#shown?.id === id) this.#show(waiting, false, true);
    try {
      const result = await send(waiting.request, { fetch: this.#form.element.fetch, timeout: this.#options.timeout() });
      // Marked, not removed: a page that takes the lock next finds it sent, and one showing it as
      // waiting says so. The answers go: the mark keeps only the digest that knows them again.
      const { request, ...mark } = waiting;
      this.#write({ ...mark, sent: result.status, sentAt: Date.now() });
      this.#succeeded(request, result.status, result.response, waiting.attempts + result.attempts);
    } catch (error) {
      if (mayWait(error)) {
        const again = { ...waiting, attempts: waiting.attempts + 1 };
        this.#write(again);
        if (this.#shown?.id === id) this.#show(again);
        return;
      }
      // Refused (a 4xx): sending it again would change nothing. It is shown as a send shows it.
      this.#remove(waiting.id);
      this.#shown = undefined;
      this.#form.showQueued(undefined);
      this.#form.showFailure(error as WebviewError);
    }
  }

  /**
   * Sent by another page: one that showed it waiting tells its person so; one that never showed it
   * has nothing to say. The mark stays a while for the other pages, then goes.
   */
  #sentElsewhere(waiting: Stored): void {
    const shown = this.#shown;
    if (shown?.id === waiting.id && shown.request) this.#succeeded(shown.request, waiting.sent ?? 200, null, 0);
    else if (Date.now() - (waiting.sentAt ?? 0) > SENT_MARK_KEPT) this.#remove(waiting.id);
  }

  #succeeded({ url, body }: SignedRequest, status: number, response: unknown, attempts: number): void {
    this.#shown = undefined;
    const payload = JSON.parse(body) as SentPayload;
    // A reload of this tab must not post these answers again (core/sent-once.ts).
    const key = sentKey(url, payload);
    rememberSent(key, status);
    this.#form.showQueued(undefined);
    this.#options.sent({ payload, status, response, attempts, replayed: false, queued: true, forget: () => forgetSent(key) });
  }

  /**
   * A send of `body` is about to post it directly (an auto-submitting page opened again): the same
   * post waiting here must not leave as well. Under its lock, a waiting one is taken out; one that
   * left meanwhile gives its status, and the send posts nothing.
   */
  async claim(body: string): Promise<number | undefined> {
    const digest = fnv1a64(body);
    const same = this.#waiting().find((waiting) => waiting.digest === digest);
    if (!same) return undefined;
    let status: number | undefined;
    await withLock(this.#key(same.id), async () => {
      const now = this.#waiting().find((waiting) => waiting.id === same.id);
      status = now?.sent;
      if (now && status === undefined) this.#remove(now.id);
    });
    if (this.#shown?.id === same.id) this.#shown = undefined;
    return status;
  }

  /** Forgets what waits for this conversation: the person chose not to send it. */
  discard(): void {
    for (const waiting of this.#waiting()) if (waiting.sent === undefined) this.#remove(waiting.id);
    this.#shown = undefined;
    this.#form.showQueued(undefined);
  }

  #show(waiting: Stored, expired = false, sending = false): void {
    const first = this.#shown?.id !== waiting.id;
    this.#shown = waiting;
    const view: QueuedView = {
      expired,
      sending,
      queuedAt: waiting.queuedAt,
      sendNow: () => void this.flush(true),
      discard: () => this.discard(),
    };
    this.#form.showQueued(view);
    // The form that held the focus hides, or the button pressed goes: the panel takes it, as the
    // thanks do after a send. Focus elsewhere on the page stays where the person put it.
    const { element } = this.#form;
    if (first || document.activeElement === document.body)
      void element.updateComplete.then(() => element.renderRoot.querySelector<HTMLElement>('[part="status"]')?.focus());
  }

  #key(id: string): string {
    return `${OUTBOX_PREFIX}${this.#options.conversation() ?? ''}:${id}`;
  }

  /** The entries of this conversation, well formed (others are removed), oldest first. */
  #waiting(): Stored[] {
    const storage = this.#options.storage();
    const prefix = this.#key('');
    const found: Stored[] = [];
    try {
      for (const key of Object.keys(storage ?? {}).filter((name) => name.startsWith(prefix))) {
        let entry: unknown;
        try {
          entry = JSON.parse(storage!.getItem(key)!);
        } catch {
          // Not ours: dropped below.
        }
        const parsed = Stored.safeParse(entry);
        if (parsed.success && key === this.#key(parsed.data.id)) found.push(parsed.data);
        else storage!.removeItem(key);
      }
    } catch {
      // Storage that fails to be read holds nothing to send.
    }
    return found.sort((one, other) => one.queuedAt - other.queuedAt);
  }

  #write(entry: Stored): boolean {
    try {
      const storage = this.#options.storage();
      storage?.setItem(this.#key(entry.id), JSON.stringify(entry));
      return !!storage;
    } catch {
      return false;
    }
  }

  #remove(id: string): void {
    try {
      this.#options.storage()?.removeItem(this.#key(id));
    } catch {
      // Blocked now: nothing can be sent from it either.
    }
  }
}

/**
 * Runs `run` while holding the lock `name` across the site's tabs, after any tab holding it (which
 * is sending: `run` then finds it sent). Where the Web Locks API is missing, a lease in
 * localStorage stands in: not atomic across processes, and a tab that finds it held does not wait.
 */
async function withLock(name: string, run: () => Promise<void>): Promise<void> {
  const locks = globalThis.navigator?.locks;
  if (locks) return locks.request(name, run);
  const lease = `${name}:lease`;
  const mine = `${Math.random()}`;
  try {
    const [, until] = (localStorage.getItem(lease) ?? '').split('@');
    if (Number(until) > Date.now()) return;
    localStorage.setItem(lease, `${mine}@${Date.now() + 60_000}`);
    if (!localStorage.getItem(lease)!.startsWith(`${mine}@`)) return;
  } catch {
    // No storage to hold a lease in: this tab alone can have queued it.
  }
  try {
    await run();
  } finally {
    try {
      localStorage.removeItem(lease);
    } catch {
      // As above.
    }
  }
}
