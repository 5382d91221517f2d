/**
 * The outbox: a post that could not leave (offline, the service unreachable, timing out or
 * answering 502–504 after the retries) waits where `keep` says (outbox-store.ts), and leaves by
 * itself once the line is back, once from the outbox, whichever page or tab of the site gets there
 * first. A post that timed out may have reached the service already: the issue asks it to wait too,
 * so the bot can receive it twice.
 *
 *     send fails ─► queue: kept, state `queued`, webview-queued
 *     online · visible again · pageshow · a form of this conversation loads ─► flush:
 *         lock ─► still waiting? ─► signed now, to this form's endpoint ─► post
 *             ├─ 2xx: marked sent (the answers dropped), success (`queued: true`) on the form that queued it
 *             ├─ network, timeout, 429, 5xx: kept, one attempt more
 *             └─ another 4xx: removed, the error as a send shows it
 *     waiting over 24 h: not sent by itself; the person sends it anyway or discards it
 */
import type { ReactiveController } from '@lit/reactive-element';
import { ErrorKind, WebviewError } from '../core/errors.js';
import { send, type SubmitResult } from '../core/client.js';
import { signRequest, type SignedRequest } from '../core/sign.js';
import { checkPayload } from '../core/payload.js';
import type { Payload } from '../core/schemas.js';
import { resolveOptions } from '../core/options.js';
import { fnv1a64, forgetSent, rememberSent, sentKey } from '../core/sent-once.js';
import { listen } from '../dom/listen.js';
import { KEPT_FOR } from './keep.js';
import { WebviewQueuedEvent } from './events.js';
import { lockName, readEntries, removeEntry, reread, sweepOutbox, withLock, writeEntry, type Entry, type Kept } from './outbox-store.js';
import type { FormHost, QueuedView } from '../element/form-host.js';
import type { Delivered } from '../element/submission.js';
import { WebviewState } from '../element/public-interface.js';

/** Whether a failed send may wait for the line: the service did not act on it (or may not have, a timeout). */
export const mayWait = (error: unknown): error is WebviewError =>
  error instanceof WebviewError &&
  (error.kind === ErrorKind.NETWORK || error.kind === ErrorKind.TIMEOUT || [502, 503, 504].includes(error.status ?? 0));

/** Whether a post from the outbox that failed stays for a later try: the service said "later" (429, 5xx), or never answered. */
const later = (error: unknown) => mayWait(error) || (error instanceof WebviewError && (error.status === 429 || (error.status ?? 0) >= 500));

/** How long the mark of a post sent from the outbox stays, for the other pages that showed it waiting. */
const SENT_MARK_KEPT = 10 * 60 * 1000;

export interface OutboxOptions {
  storage(): Storage | undefined;
  conversation(): string | undefined;
  /** Which form of the site this is (delivery/draft.ts's draftPlace): it shows and reports its own posts only. */
  place(): string;
  timeout(): number | undefined;
  /** A post this form queued left from the outbox, and the service took it. */
  sent(delivered: Delivered): void;
}

export class Outbox implements ReactiveController {
  readonly #form: FormHost;
  readonly #options: OutboxOptions;
  #listening?: AbortController;
  #flushing?: Promise<void>;
  /** The entry this form shows as waiting, as it read it, and where it is kept. */
  #shown?: Kept;
  /** Moved on by a discard or a reset: a post landing after it changes nothing on the form. */
  #epoch = 0;

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
    const storage = this.#options.storage();
    const conversation = this.#options.conversation();
    if (!storage || conversation === undefined) return false;
    // The same answers sent again (a second tab on the same link, a second press) wait once, and leave once.
    const digest = fnv1a64(request.body);
    const same = readEntries(storage, conversation).find(({ entry }) => entry.sent === undefined && entry.digest === digest);
    const entry: Entry = same?.entry ?? {
      id: crypto.randomUUID?.() ?? `${Date.now()}-${Math.random()}`,
      conversation,
      place: this.#options.place(),
      queuedAt: Date.now(),
      attempts,
      kind: error.kind,
      body: request.body,
      digest,
    };
    if (!same && !writeEntry(storage, entry)) return false;
    this.#show({ entry, storage });
    this.#form.element.dispatchEvent(new WebviewQueuedEvent({ kind: error.kind, attempts, queuedAt: entry.queuedAt }));
    return true;
  }

  /** Clears, for every conversation, what nobody will send: posts left a week, and old marks of sent ones. */
  sweep(): void {
    sweepOutbox(this.#options.storage(), SENT_MARK_KEPT);
  }

  /** Sends what waits for this conversation, but what waited too long (`anyway`: the one shown, too). One flush at a time. */
  flush(anyway = false): Promise<void> {
    // Send anyway pressed while a flush runs (which skips what waited too long): it runs after it.
    if (anyway && this.#flushing) return this.#flushing.then(() => this.flush(true));
    return (this.#flushing ??= this.#flushAll(anyway).finally(() => (this.#flushing = undefined)));
  }

  async #flushAll(anyway: boolean): Promise<void> {
    const shown = this.#shown;
    const entries = this.#entries();
    // Sent or discarded in another tab, or its storage cleared: the form is back.
    if (shown && !entries.some(({ entry }) => entry.id === shown.entry.id)) this.#release();
    for (const kept of entries) {
      const { entry } = kept;
      if (entry.sent !== undefined) {
        this.#sentElsewhere(kept);
        continue;
      }
      const mine = entry.place === this.#options.place() || entry.id === shown?.entry.id;
      const age = Date.now() - entry.queuedAt;
      // A clock put back makes an age below zero: that post is not sent in silence either.
      if (!(age >= 0 && age <= KEPT_FOR) && !(anyway && entry.id === this.#shown?.entry.id)) {
        if (mine && !this.#busy()) this.#show(kept, true);
        continue;
      }
      // A form busy with a send of its own, or showing its thanks, is not taken over: the post leaves quietly.
      if (mine && !this.#busy()) this.#show(kept);
      await withLock(lockName(kept), () => this.#post(kept));
    }
  }

  /** Posts the entry if it still waits (another page may have sent it while this one waited for the lock). */
  async #post(kept: Kept): Promise<void> {
    const epoch = this.#epoch;
    const entry = reread(kept);
    const showing = () => this.#epoch === epoch && this.#shown?.entry.id === kept.entry.id;
    if (!entry) return;
    if (entry.sent !== undefined || entry.body === undefined) return this.#sentElsewhere({ ...kept, entry });
    const request = await this.#request(entry);
    if (request === 'later') return;
    if (!request) {
      removeEntry(kept);
      // Not a post this form may send: the panel goes, and the form is back.
      if (showing()) this.#release();
      return;
    }
    // Discarded (here or in another tab) while it was being signed.
    if (!reread(kept)) return;
    // The panel says it is being sent, rather than still offering Send now.
    if (showing()) this.#show({ ...kept, entry }, false, true);
    try {
      const result = await send(request, { fetch: this.#form.element.fetch, timeout: this.#options.timeout() });
      // Marked, not removed: a page that takes the lock next finds it sent, and one showing it as
      // waiting says so. The answers go: the mark keeps only the digest that knows them again.
      const { body: _answers, ...mark } = entry;
      if (reread(kept)) writeEntry(kept.storage, { ...mark, sent: result.status, sentAt: Date.now() });
      if (showing()) this.#succeeded(request.body, request.url, result.status, result.response, entry.attempts + result.attempts);
    } catch (error) {
      const still = reread(kept);
      // Discarded or reset while on its way (here or in another tab): it is not put back, and the panel goes.
      if (!still) {
        if (showing()) this.#release();
        return;
      }
      if (later(error)) {
        const again = { ...still, attempts: still.attempts + 1 };
        writeEntry(kept.storage, again);
        if (showing()) this.#show({ ...kept, entry: again });
        return;
      }
      // Refused (400, 401, 403, 413…): sending it again would change nothing. It is shown as a send shows it.
      removeEntry(kept);
      if (showing()) {
        this.#release();
        this.#form.showFailure(error as WebviewError);
      }
    }
  }

  /**
   * The request for a kept post, signed now for this form's endpoint: what is stored is only the
   * body, and a body for another conversation, or not a payload at all, is not sent (undefined).
   * `later` while this form's own settings cannot say where to post.
   */
  async #request(entry: Entry): Promise<SignedRequest | 'later' | undefined> {
    let endpoint: string;
    try {
      endpoint = resolveOptions(this.#form.sources()).options.endpoint;
    } catch {
      return 'later';
    }
    let payload: Payload;
    try {
      payload = checkPayload(JSON.parse(entry.body!));
      if (payload.conversationId !== entry.conversation) throw new Error('it is for another conversation');
    } catch (error) {
      console.warn(`<webview-form>: a post kept on this device was dropped: ${(error as Error).message}`);
      return undefined;
    }
    // A form for another bot (a conversation moved between bots) leaves it to a form of its own bot.
    const ids = this.#form.ids();
    if (ids && ids.conversationId === entry.conversation && payload.botId !== ids.botId) return 'later';
    // A signature that cannot be made now (the hash's code did not load) is tried again later.
    return signRequest(payload, endpoint).catch(() => 'later' as const);
  }

  /**
   * Sent by another page: one that showed it waiting tells its person so; one that never showed it
   * has nothing to say. The mark stays a while for the other pages, then goes.
   */
  #sentElsewhere(kept: Kept): void {
    const shown = this.#shown;
    const age = Date.now() - (kept.entry.sentAt ?? 0);
    if (shown?.entry.id === kept.entry.id && shown.entry.body !== undefined)
      this.#succeeded(shown.entry.body, undefined, kept.entry.sent ?? 200, null, 0);
    else if (!(age >= 0 && age <= SENT_MARK_KEPT)) removeEntry(kept);
  }

  /** Reports the post (its `body`; its `url` when this page sent it) as sent, on this form. */
  #succeeded(body: string, url: string | undefined, status: number, response: unknown, attempts: number): void {
    this.#shown = undefined;
    const payload = JSON.parse(body) as Delivered['payload'];
    // A reload of this tab must not post these answers again (core/sent-once.ts).
    const key = url === undefined ? undefined : sentKey(url, payload);
    if (key) rememberSent(key, status);
    this.#form.showQueued(undefined);
    this.#options.sent({ payload, status, response, attempts, replayed: false, queued: true, forget: () => key && forgetSent(key) });
  }

  /**
   * A send about to post `request` directly (an auto-submitting page opened again, a second tab,
   * new answers) goes through here, so that what waits does not leave as well: this form's older
   * answers waiting are dropped (the new ones replace them), and the same post waiting is sent by
   * `post` under its lock, then marked sent for the tabs that show it; if it left meanwhile, its
   * status comes back and nothing is posted. A failure leaves it waiting, as it was. `signal`, the
   * send's, gives up waiting for a lock another tab holds.
   */
  async sendAs(request: SignedRequest, post: () => Promise<SubmitResult>, signal?: AbortSignal): Promise<SubmitResult | number> {
    const digest = fnv1a64(request.body);
    const place = this.#options.place();
    let same: Kept | undefined;
    for (const kept of this.#entries()) {
      if (kept.entry.digest === digest) same = kept;
      else if (kept.entry.place === place && kept.entry.sent === undefined) {
        if (this.#shown?.entry.id === kept.entry.id) this.#shown = undefined;
        await withLock(
          lockName(kept),
          async () => {
            if (reread(kept)?.sent === undefined) removeEntry(kept);
          },
          signal,
        );
      }
    }
    if (!same) return post();
    const kept = same;
    // This send reports it (succeeds or fails as a send): a flush that takes the lock first posts it quietly.
    if (this.#shown?.entry.id === kept.entry.id) this.#shown = undefined;
    let outcome: SubmitResult | number | undefined;
    await withLock(
      lockName(kept),
      async () => {
        const now = reread(kept);
        if (now?.sent !== undefined) return void (outcome = now.sent);
        const result = (outcome = await post());
        if (now) {
          const { body: _answers, ...mark } = now;
          writeEntry(kept.storage, { ...mark, sent: result.status, sentAt: Date.now() });
        }
      },
      signal,
    );
    return outcome!;
  }

  /** Forgets this form's posts, waiting or marked sent: the person chose not to send them, or started over. */
  discard(): void {
    this.#epoch++;
    const place = this.#options.place();
    const shown = this.#shown?.entry.id;
    for (const kept of this.#entries()) if (kept.entry.place === place || kept.entry.id === shown) removeEntry(kept);
    this.#release();
  }

  /** The form is sending, or showing its thanks: a flush leaves it alone. */
  #busy(): boolean {
    const { state } = this.#form.element;
    return state === WebviewState.SUBMITTING || state === WebviewState.SUCCESS;
  }

  /** The form is no longer showing a post that waits. */
  #release(): void {
    this.#shown = undefined;
    this.#form.showQueued(undefined);
  }

  #show(kept: Kept, expired = false, sending = false): void {
    const first = this.#shown?.entry.id !== kept.entry.id;
    this.#shown = kept;
    const view: QueuedView = {
      expired,
      sending,
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

  /** This conversation's entries where `keep` says now, and the one shown wherever it is kept (`keep` or the conversation may have changed). */
  #entries(): Kept[] {
    const conversation = this.#options.conversation();
    const found = conversation === undefined ? [] : readEntries(this.#options.storage(), conversation);
    const shown = this.#shown;
    if (shown && !found.some(({ entry }) => entry.id === shown.entry.id)) {
      const entry = reread(shown);
      if (entry) found.push({ entry, storage: shown.storage });
    }
    return found;
  }
}
