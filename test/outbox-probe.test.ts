// The outbox and device drafts under hostile use (issue 31): a helper's probes, each a case the
// first version got wrong (or, a few, right), kept as regression tests of what the outbox must do.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { WebviewSuccessEvent } from '../src/delivery/events.js';
import type { Transport } from '../src/core/client.js';
import { loadDelivery } from '../src/element/loader.js';
import { IDS, VENDOR_LINK, deferred, json, setPageUrl, useFreshTab } from './helpers.js';
import { OUTBOX_PREFIX, line, outboxKeys, page, sendThroughRetries, type } from './outbox-support.js';

/** Two forms in one fixture (one page), same conversation unless told. */
async function twoForms(transport: Transport, sameId?: string) {
  // One id for both: the same form of the same link, open in two tabs.
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <webview-form id=${sameId ?? 'one'} region="us" conversation-id=${IDS.conversationId} .fetch=${transport}>
        <label>Name <input name="name" /></label>
      </webview-form>
      <webview-form id=${sameId ?? 'two'} region="us" conversation-id=${IDS.conversationId} .fetch=${transport}>
        <label>Name <input name="name" /></label>
      </webview-form>
    </div>
  `);
  const [one, two] = Array.from(root.querySelectorAll<WebviewForm>('webview-form')) as [WebviewForm, WebviewForm];
  await one.updateComplete;
  await two.updateComplete;
  return [one, two] as const;
}

interface StoredEntry {
  id: string;
  sent?: number;
  body: string;
  [field: string]: unknown;
}
const entry = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null') as StoredEntry | null;
const names = (body: string) =>
  (JSON.parse(body).contextVariables as Array<{ name: string; value: string }>).find((v) => v.name === 'name')?.value;
const button = (form: WebviewForm, part: string) => form.shadowRoot!.querySelector<HTMLElement>(`[part="${part}"]`);

/** Queues one real, signed post (answers: name=`value`) through a throwaway form, then removes that form. Returns its key and entry. */
async function queueOne(value = 'Arthur', conversation?: string) {
  const { transport } = line();
  const form = await page(transport, { id: 'seed', conversation });
  type(form, 'name', value);
  await sendThroughRetries(form);
  expect(form.state, 'seeded').to.equal('queued');
  form.remove();
  localStorage.removeItem(Object.keys(localStorage).find((key) => key.startsWith('webview-form:draft:'))!);
  const key = outboxKeys().find((k) => !entry(k)?.sent)!;
  return { key, stored: entry(key)! };
}

/** Records unhandled promise rejections (a `void this.flush()` that throws) without failing the run. */
function rejections() {
  const seen: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => {
    seen.push(event.reason);
    event.preventDefault();
  };
  window.addEventListener('unhandledrejection', onRejection);
  return { seen, stop: () => window.removeEventListener('unhandledrejection', onRejection) };
}

/** Hides the Web Locks API, as on an engine without it. */
function withoutLocks(): () => void {
  Object.defineProperty(navigator, 'locks', { value: undefined, configurable: true });
  return () => void delete (navigator as { locks?: unknown }).locks;
}

describe('the outbox under hostile use', function () {
  this.timeout(20_000);
  useFreshTab();

  it('two forms of one conversation each queue different answers: both posted once, and each form reports only its own', async () => {
    const { posts, state, transport } = line();
    const [one, two] = await twoForms(transport);
    const successes = { one: [] as string[], two: [] as string[] };
    one.addEventListener('webview-success', (e) => successes.one.push(names(JSON.stringify(e.detail.payload))!));
    two.addEventListener('webview-success', (e) => successes.two.push(names(JSON.stringify(e.detail.payload))!));
    type(one, 'name', 'Alice');
    type(two, 'name', 'Bob');
    await sendThroughRetries(one);
    await sendThroughRetries(two);
    expect([one.state, two.state]).to.deep.equal(['queued', 'queued']);
    expect(outboxKeys()).to.have.length(2);
    state.up = true;
    dispatchEvent(new Event('online'));
    await waitUntil(() => posts.length === 2 && one.state === 'success' && two.state === 'success', 'both sent', { timeout: 5000 });
    await one.updateComplete;
    await two.updateComplete;
    expect(posts.map((post) => names(post.body)).sort(), 'each body once').to.deep.equal(['Alice', 'Bob']);
    expect(successes, 'each form reports its own answers, once').to.deep.equal({ one: ['Alice'], two: ['Bob'] });
  });

  it('Web Locks missing: a page loads while another flushes the same waiting post: one POST', async () => {
    const restore = withoutLocks();
    try {
      const { posts, state, transport } = line();
      const one = await page(transport, { id: 'one' });
      type(one, 'name', 'Alice');
      await sendThroughRetries(one);
      expect(one.state).to.equal('queued');
      state.up = true;
      state.hold = deferred();
      const held = state.hold;
      // A second form of the conversation loads (another tab, the link opened again): its load's flush posts.
      const two = await page(transport, { id: 'two' });
      await waitUntil(() => posts.length === 1, "the second form's flush is on the wire", { timeout: 10_000 });
      // The line is back for the first one too, while that POST is on the wire.
      dispatchEvent(new Event('online'));
      await waitUntil(() => posts.length === 2, 'a second POST', { timeout: 1000 }).catch(() => undefined);
      held.resolve();
      // The form that queued it says it was sent; the other sent it quietly.
      await waitUntil(() => one.state === 'success', 'sent', { timeout: 5000 });
      expect(two.state).to.equal('idle');
      expect(posts, 'posts that reached the service').to.have.length(1);
    } finally {
      restore();
    }
  });

  it('Web Locks missing: the fallback lease key is not deleted as a "malformed entry" while its flush holds it', async () => {
    const restore = withoutLocks();
    try {
      const { key } = await queueOne();
      const { posts, state, transport } = line();
      state.up = true;
      state.hold = deferred();
      const held = state.hold;
      const form = await page(transport);
      await waitUntil(() => posts.length === 1, 'the page loaded sends what waits', { timeout: 10_000 });
      expect(localStorage.getItem(`webview-form:lease:${key}`), 'the lease of the flush in flight').to.not.equal(null);
      held.resolve();
      // This page is not the one that queued it: it sends it quietly, and the entry is marked sent.
      await waitUntil(() => entry(key)?.sent === 200, 'sent', { timeout: 5000 });
      expect(form.state).to.equal('idle');
    } finally {
      restore();
    }
  });

  it('malformed, hand-edited, huge, non-JSON entries under the prefix: dropped, nothing thrown, nothing posted', async () => {
    const caught = rejections();
    try {
      const base = `${OUTBOX_PREFIX}${IDS.conversationId}:`;
      localStorage.setItem(`${base}a`, 'not json {');
      localStorage.setItem(`${base}b`, 'null');
      localStorage.setItem(`${base}c`, '[1,2,3]');
      localStorage.setItem(`${base}d`, JSON.stringify({ id: 'd', queuedAt: 'yesterday' }));
      localStorage.setItem(`${base}e`, JSON.stringify({ id: 'other-id', queuedAt: 1, attempts: 1, kind: 'network', digest: 'x' }));
      localStorage.setItem(`${base}f`, 'x'.repeat(1_000_000));
      localStorage.setItem(`${base}g`, JSON.stringify({ id: 'g', queuedAt: Date.now(), attempts: 1.5, kind: 'network', digest: 'x' }));
      const { posts, state, transport } = line();
      state.up = true;
      const form = await page(transport);
      await loadDelivery();
      await waitUntil(() => outboxKeys().length === 0, 'dropped', { timeout: 5000 });
      dispatchEvent(new Event('online'));
      await form.updateComplete;
      expect(posts).to.have.length(0);
      expect(form.state).to.equal('idle');
      expect(caught.seen).to.deep.equal([]);
    } finally {
      caught.stop();
    }
  });

  it('a well-formed entry whose body is not JSON is not posted, and nothing throws', async () => {
    const caught = rejections();
    try {
      const { key, stored } = await queueOne();
      localStorage.setItem(key, JSON.stringify({ ...stored, body: 'garbage, not a payload' }));
      const { posts, state, transport } = line();
      state.up = true;
      await page(transport);
      await loadDelivery();
      // Give the load's flush its chance (real waits poll; nothing sleeps).
      await waitUntil(() => posts.length > 0 || caught.seen.length > 0 || outboxKeys().length === 0, 'the flush ran', {
        timeout: 3000,
      }).catch(() => undefined);
      expect(
        posts.map((post) => post.body),
        'garbage posted',
      ).to.deep.equal([]);
      expect(caught.seen.map(String), 'unhandled rejections').to.deep.equal([]);
    } finally {
      caught.stop();
    }
  });

  it('a well-formed entry with a JSON body that is no payload ({"evil":1}) is not posted, and no success is reported for it', async () => {
    const caught = rejections();
    try {
      const { key, stored } = await queueOne();
      localStorage.setItem(key, JSON.stringify({ ...stored, body: '{"evil":1}' }));
      const { posts, state, transport } = line();
      state.up = true;
      const form = await page(transport);
      const successes: unknown[] = [];
      form.addEventListener('webview-success', (e) => successes.push(e.detail.payload));
      await loadDelivery();
      await waitUntil(() => posts.length > 0 || outboxKeys().length === 0, 'the flush ran', { timeout: 3000 }).catch(() => undefined);
      await form.updateComplete;
      expect(
        posts.map((post) => post.body),
        'posted',
      ).to.deep.equal([]);
      expect(successes, 'success events').to.deep.equal([]);
      expect(form.state).to.not.equal('success');
    } finally {
      caught.stop();
    }
  });

  it("an entry given an address of its own (another origin) posts only to the form's own endpoint", async () => {
    const { key, stored } = await queueOne();
    // What is kept holds no address; one written in by hand is not read.
    localStorage.setItem(
      key,
      JSON.stringify({ ...stored, request: { url: 'https://attacker.invalid/collect' }, url: 'https://attacker.invalid/' }),
    );
    const { posts, urls, state, transport } = line();
    state.up = true;
    const form = await page(transport);
    await loadDelivery();
    await waitUntil(() => posts.length > 0, 'the flush ran', { timeout: 10_000 });
    // The form's own endpoint: region "us".
    expect(urls.map((url) => new URL(url).origin)).to.deep.equal(['https://va.bc-intg.liveperson.net']);
    expect(form.state).to.not.equal('error');
  });

  it("an entry stored under this conversation whose body and token are another conversation's is not posted by this conversation's form", async () => {
    // Queued for conversation X (signed for X), then moved under this conversation's key by hand.
    const other = 'b0000000-0000-4000-8000-000000000000';
    const { key, stored } = await queueOne('Mallory', other);
    localStorage.removeItem(key);
    localStorage.setItem(`${OUTBOX_PREFIX}${IDS.conversationId}:${stored.id}`, JSON.stringify(stored));
    const { posts, state, transport } = line();
    state.up = true;
    await page(transport);
    await loadDelivery();
    await waitUntil(() => posts.length > 0, 'posted', { timeout: 3000 }).catch(() => undefined);
    expect(
      posts.map((post) => JSON.parse(post.body).conversationId ?? JSON.parse(post.body)),
      "another conversation's post sent from this conversation's key",
    ).to.deep.equal([]);
  });

  it('keep changed from device to none while a post waits: Discard removes the stored post (nothing must stay on the device)', async () => {
    const { transport } = line();
    const form = await page(transport);
    type(form, 'name', 'Arthur');
    await sendThroughRetries(form);
    expect(form.state).to.equal('queued');
    form.keep = 'none';
    await form.updateComplete;
    button(form, 'discard')!.click();
    await form.updateComplete;
    expect(form.state).to.equal('idle');
    expect(outboxKeys(), 'answers and token left in localStorage after Discard under keep="none"').to.deep.equal([]);
  });

  it('keep changed from device to none while a post waits: Send now still sends it (or the queued view goes)', async () => {
    const { posts, state, transport } = line();
    const form = await page(transport);
    type(form, 'name', 'Arthur');
    await sendThroughRetries(form);
    form.keep = 'none';
    await form.updateComplete;
    state.up = true;
    button(form, 'send-now')!.click();
    await waitUntil(() => posts.length === 1 || form.state !== 'queued', 'Send now did something', { timeout: 3000 }).catch(
      () => undefined,
    );
    expect({ posts: posts.length, state: form.state }, 'Send now pressed with the line up').to.deep.equal({ posts: 1, state: 'success' });
  });

  it('the conversation changes while a post waits: Discard forgets the post shown (it must not leave later)', async () => {
    const { posts, state, transport } = line();
    const form = await page(transport);
    type(form, 'name', 'Arthur');
    await sendThroughRetries(form);
    form.setAttribute('conversation-id', 'c0000000-0000-4000-8000-000000000000');
    await form.updateComplete;
    expect(form.state, 'still shows the old conversation as waiting').to.equal('queued');
    button(form, 'discard')!.click();
    await form.updateComplete;
    form.remove();
    // Later, the first conversation's link is opened again with the line up.
    state.up = true;
    const again = await page(transport);
    await loadDelivery();
    await again.updateComplete;
    await waitUntil(() => posts.length > 0, 'posted', { timeout: 2000 }).catch(() => undefined);
    expect(
      posts.map((post) => names(post.body)),
      'answers the person discarded',
    ).to.deep.equal([]);
  });

  it('the conversation changes while a post waits: Send now is not a dead button', async () => {
    const { posts, state, transport } = line();
    const form = await page(transport);
    type(form, 'name', 'Arthur');
    await sendThroughRetries(form);
    form.setAttribute('conversation-id', 'c0000000-0000-4000-8000-000000000000');
    await form.updateComplete;
    state.up = true;
    button(form, 'send-now')!.click();
    await waitUntil(() => posts.length === 1 || form.state !== 'queued', 'Send now did something', { timeout: 3000 }).catch(
      () => undefined,
    );
    expect({ posts: posts.length, state: form.state }).to.not.deep.equal({ posts: 0, state: 'queued' });
  });

  it('reset() while the outbox post is on the wire: the form stays reset, and new answers sent next are posted', async () => {
    const { posts, state, transport } = line();
    const form = await page(transport);
    type(form, 'name', 'Old');
    await sendThroughRetries(form);
    state.up = true;
    state.hold = deferred();
    const held = state.hold;
    dispatchEvent(new Event('online'));
    await waitUntil(() => posts.length === 1, 'the outbox post is on the wire', { timeout: 10_000 });
    form.reset();
    expect(form.state).to.equal('idle');
    held.resolve();
    // Once it has landed (its answer read), the outbox's last steps run in the turns after.
    await waitUntil(() => state.landed, 'the post that was on the wire landed', { timeout: 10_000 });
    for (let turn = 0; turn < 5; turn++) await form.updateComplete;
    const stateAfterLanding = form.state;
    type(form, 'name', 'New');
    await form.submit().catch((error) => error);
    expect({ stateAfterLanding, posted: posts.map((post) => names(post.body)) }).to.deep.equal({
      stateAfterLanding: 'idle',
      posted: ['Old', 'New'],
    });
  });

  it('Discard pressed while Send now is on the wire and that attempt fails: the discarded post is not stored again (and never leaves)', async () => {
    const { posts, state, transport } = line();
    const form = await page(transport);
    type(form, 'name', 'Discarded');
    await sendThroughRetries(form);
    state.up = true;
    state.hold = deferred();
    const held = state.hold;
    state.answer = () => new Response('', { status: 503, headers: { 'Retry-After': '0' } });
    button(form, 'send-now')!.click();
    await waitUntil(() => posts.length === 1, 'Send now is on the wire', { timeout: 10_000 });
    // While it is on its way the panel offers nothing; a reset is what forgets it then.
    form.reset();
    expect(outboxKeys(), 'discarded').to.deep.equal([]);
    held.resolve();
    await waitUntil(() => posts.length === 3, 'the attempt and its retries failed', { timeout: 5000 });
    await form.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const stored = outboxKeys();
    state.answer = () => json({});
    dispatchEvent(new Event('online'));
    await waitUntil(() => posts.length > 3, 'posted again', { timeout: 2000 }).catch(() => undefined);
    expect({ stored: stored.length, postedAfterDiscard: posts.length - 3 }).to.deep.equal({ stored: 0, postedAfterDiscard: 0 });
  });

  it('the form disconnected mid-flush: the post lands once, nothing throws, a later page does not post it again', async () => {
    const caught = rejections();
    try {
      const { posts, state, transport } = line();
      const form = await page(transport);
      type(form, 'name', 'Arthur');
      await sendThroughRetries(form);
      state.up = true;
      state.hold = deferred();
      const held = state.hold;
      dispatchEvent(new Event('online'));
      await waitUntil(() => posts.length === 1, 'on the wire', { timeout: 10_000 });
      form.remove();
      held.resolve();
      await waitUntil(() => outboxKeys().every((key) => entry(key)?.sent), 'landed');
      const again = await page(transport);
      await loadDelivery();
      await again.updateComplete;
      dispatchEvent(new Event('online'));
      await again.updateComplete;
      expect(posts).to.have.length(1);
      expect(caught.seen).to.deep.equal([]);
    } finally {
      caught.stop();
    }
  });

  it('Send now pressed 10 times and online fired 20 times at once, two forms on the page: one POST', async () => {
    const { posts, state, transport } = line();
    const [one, two] = await twoForms(transport);
    type(one, 'name', 'Alice');
    await sendThroughRetries(one);
    state.up = true;
    for (let press = 0; press < 10; press++) button(one, 'send-now')!.click();
    for (let fire = 0; fire < 20; fire++) dispatchEvent(new Event('online'));
    await waitUntil(() => one.state === 'success', 'sent', { timeout: 10_000 });
    await two.updateComplete;
    for (let fire = 0; fire < 20; fire++) dispatchEvent(new Event('online'));
    await one.updateComplete;
    expect(posts).to.have.length(1);
  });

  it('the outbox meets a 429 with Retry-After: 120: the post keeps waiting (the service asked for later), it is not dropped', async () => {
    const { key } = await queueOne();
    const { posts, state, transport } = line();
    state.up = true;
    state.answer = () => new Response('', { status: 429, headers: { 'Retry-After': '120' } });
    // Another page of the site, where the answers are not in any field.
    const form = await page(transport, { id: 'elsewhere' });
    // The person taps a field (its code comes then, rather than at a painted frame a hidden test
    // window may not get), and the line comes back while the page is open.
    form.querySelector('input')!.focus();
    await loadDelivery();
    // Until the outbox listens (its session attaches a moment after the chunk came, later still in
    // a loaded WebKit), an `online` is heard by nobody: it is said again until the outbox tries.
    await waitUntil(
      () => {
        if (posts.length === 0) dispatchEvent(new Event('online'));
        return posts.length >= 1;
      },
      'the outbox tried',
      { timeout: 10_000 },
    );
    await waitUntil(() => form.state !== 'queued', 'settled', { timeout: 3000 }).catch(() => undefined);
    // The form that queued it is not this one: this one sends it quietly, and says nothing of it.
    expect({ stored: localStorage.getItem(key) !== null, state: form.state }).to.deep.equal({ stored: true, state: 'idle' });
  });

  it('the outbox meets a 500 after its retries: the post keeps waiting rather than being dropped', async () => {
    const { key } = await queueOne();
    const { posts, state, transport } = line();
    state.up = true;
    state.answer = () => new Response('', { status: 500, headers: { 'Retry-After': '0' } });
    const form = await page(transport, { id: 'elsewhere' });
    await waitUntil(() => posts.length >= 3, 'the outbox tried and retried', { timeout: 5000 });
    await waitUntil(() => form.state !== 'queued', 'settled', { timeout: 3000 }).catch(() => undefined);
    expect(localStorage.getItem(key), 'the only copy of the answers').to.not.equal(null);
  });

  it('a post waits (tab 1); another tab of the same link, open since before, sends CHANGED answers online; the stale post must not follow', async () => {
    const { posts, state, transport } = line();
    // "two" stands for a tab opened before "one" queued: it never saw the waiting post.
    const [one, two] = await twoForms(transport, 'trip');
    // Both tabs were in use before the post queued: their code came (a tab that loads later sends
    // what waits, which is right, and not this case).
    two.querySelector('input')!.focus();
    one.querySelector('input')!.focus();
    await loadDelivery();
    type(one, 'name', 'Old answer');
    await sendThroughRetries(one);
    expect(one.state).to.equal('queued');
    state.up = true;
    type(two, 'name', 'New answer');
    await two.submit();
    expect(posts.map((post) => names(post.body))).to.deep.equal(['New answer']);
    dispatchEvent(new Event('online'));
    await waitUntil(() => one.state !== 'queued', 'tab 1 settles', { timeout: 3000 }).catch(() => undefined);
    await one.updateComplete;
    expect(
      posts.map((post) => names(post.body)),
      'the bot ends with the stale answers',
    ).to.deep.equal(['New answer']);
  });

  it('after a post left from the outbox, reset() and the same answers sent again on purpose: posted again (reset promises it)', async () => {
    const { posts, state, transport } = line();
    const form = await page(transport);
    type(form, 'name', 'Arthur');
    await sendThroughRetries(form);
    state.up = true;
    dispatchEvent(new Event('online'));
    await waitUntil(() => form.state === 'success', 'sent from the outbox', { timeout: 10_000 });
    form.reset();
    type(form, 'name', 'Arthur');
    const outcome = (await form.submit()) as { replayed?: boolean };
    expect({ posts: posts.length, replayed: outcome.replayed }).to.deep.equal({ posts: 2, replayed: false });
  });

  it('a conversation id that is a prefix of another ("c" and "c:2"): the form of "c" does not drop the post waiting for "c:2"', async () => {
    const { key } = await queueOne('For c:2', 'c:2');
    const { transport } = line();
    await page(transport, { conversation: 'c' });
    await loadDelivery();
    await waitUntil(() => localStorage.getItem(key) === null, 'dropped', { timeout: 2000 }).catch(() => undefined);
    expect(localStorage.getItem(key), 'the only copy of c:2 answers').to.not.equal(null);
  });

  it('a tab shows a post waiting, another tab discards it (the entry is gone): Send now does not leave the form stuck in queued', async () => {
    const { state, transport } = line();
    const form = await page(transport);
    type(form, 'name', 'Arthur');
    await sendThroughRetries(form);
    for (const key of outboxKeys()) localStorage.removeItem(key);
    state.up = true;
    button(form, 'send-now')!.click();
    await form.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await form.updateComplete;
    expect(form.state).to.not.equal('queued');
  });

  it('the clock put back two days after queuing: the post is not sent silently (queuedAt in the future is suspect, as drafts treat it)', async () => {
    const { posts, state, transport } = line();
    const realNow = Date.now.bind(Date);
    const ahead = sinon.stub(Date, 'now').callsFake(() => realNow() + 2 * 24 * 60 * 60 * 1000);
    let form: WebviewForm;
    try {
      form = await page(transport);
      type(form, 'name', 'Arthur');
      await sendThroughRetries(form);
    } finally {
      ahead.restore();
    }
    expect(form!.state).to.equal('queued');
    state.up = true;
    dispatchEvent(new Event('online'));
    await waitUntil(() => posts.length > 0 || button(form!, 'send-now')?.textContent === 'Send anyway', 'settled', { timeout: 3000 }).catch(
      () => undefined,
    );
    expect(posts, 'a post "queued" two days in the future sent silently').to.have.length(0);
  });

  it('an outbox success while the person is mid-way through a NEW send in the same form: one success, no stale overwrite', async () => {
    const { state, transport } = line();
    const [one, two] = await twoForms(transport);
    type(one, 'name', 'Queued by one');
    await sendThroughRetries(one);
    // Form two knows nothing yet; a new send of its own starts while one's post is flushed by two's flush too.
    state.up = true;
    const successes: string[] = [];
    two.addEventListener('webview-success', (e: WebviewSuccessEvent) => successes.push(names(JSON.stringify(e.detail.payload))!));
    type(two, 'name', 'Two');
    const sending = two.submit();
    dispatchEvent(new Event('online'));
    await sending;
    await waitUntil(() => one.state === 'success', 'one sent', { timeout: 10_000 });
    await two.updateComplete;
    expect(successes, "two's success events").to.deep.equal(['Two']);
  });
});

// Silences "unused" for helpers kept for the reader.
void setPageUrl;
void VENDOR_LINK;
