// Nothing lost when the webview closes or the line drops (issue 31): drafts kept on the device for
// 24 hours, and an outbox that sends a post that could not leave by itself, exactly once.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import type { WebviewQueuedEvent, WebviewSuccessEvent } from '../src/delivery/events.js';
import { loadDelivery } from '../src/element/loader.js';
import { IDS_AUTH, VENDOR_LINK, deferred, setPageUrl, useFreshTab } from './helpers.js';
import { draftKeys, line, outboxKeys, page, sendThroughRetries, type } from './outbox-support.js';

const DAY = 24 * 60 * 60 * 1000;

/** The webview closes: the form leaves the page, and the tab's storage goes with the tab. */
function closeTab(form: WebviewForm): void {
  form.remove();
  sessionStorage.clear();
}

describe('the outbox and drafts that outlive the tab', function () {
  // Room for the delivery's code to load cold in a frame on a busy machine, not a wait.
  this.timeout(20_000);
  useFreshTab();

  it('row 1: closed webview, the link tapped again: the form comes back as it was left, for this conversation only', async () => {
    const { transport } = line();
    const first = await page(transport);
    type(first, 'name', 'Arthur');
    type(first, 'colour', 'blue');
    await waitUntil(() => draftKeys().length === 1, 'the draft was kept on the device', { timeout: 10_000 });
    closeTab(first);
    const again = await page(transport);
    await waitUntil(() => again.querySelector<HTMLInputElement>('[name="name"]')!.value === 'Arthur', 'the answers came back');
    expect(again.querySelector<HTMLInputElement>('[name="colour"]')!.value).to.equal('blue');
    again.remove();
    const other = await page(transport, { conversation: 'another-conversation' });
    await loadDelivery();
    await other.updateComplete;
    expect(other.querySelector<HTMLInputElement>('[name="name"]')!.value, 'another conversation starts blank').to.equal('');
  });

  it('row 2: Send while offline: the signed post waits, the person is told, and it leaves by itself once online, exactly once', async () => {
    const { posts, state, transport } = line();
    const form = await page(transport);
    const queued: WebviewQueuedEvent['detail'][] = [];
    const succeeded: WebviewSuccessEvent['detail'][] = [];
    form.addEventListener('webview-queued', (event) => queued.push(event.detail));
    form.addEventListener('webview-success', (event) => succeeded.push(event.detail));
    const errors: unknown[] = [];
    form.addEventListener('webview-error', (event) => errors.push(event.detail));
    type(form, 'name', 'Arthur');
    const before = Date.now();
    await sendThroughRetries(form);
    await form.updateComplete;
    expect(form.state).to.equal('queued');
    expect(queued).to.have.length(1);
    expect(queued[0]).to.include({ kind: 'network', attempts: 3 });
    expect(queued[0]!.queuedAt).to.be.within(before, Date.now());
    expect(errors, 'a post that waits is not a failure').to.deep.equal([]);
    const status = form.shadowRoot!.querySelector('[part="status"]')!;
    expect(status.textContent).to.contain('Saved on this phone. It will be sent when you are back online.');
    expect(form.shadowRoot!.querySelector('[part="send-now"]')!.textContent).to.equal('Send now');
    expect(form.shadowRoot!.querySelector('[part="discard"]')!.textContent).to.equal('Discard');
    expect(outboxKeys()).to.have.length(1);
    state.up = true;
    dispatchEvent(new Event('online'));
    dispatchEvent(new Event('online'));
    await waitUntil(() => form.state === 'success', 'sent once online');
    expect(posts).to.have.length(1);
    expect(JSON.parse(posts[0]!.body).contextVariables).to.deep.include({ name: 'name', value: 'Arthur' });
    expect(posts[0]!.token).to.equal(IDS_AUTH);
    expect(succeeded).to.have.length(1);
    expect(succeeded[0]!.queued).to.be.true;
    expect(form.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('Sent');
  });

  it('row 2: a post that timed out or met a 502, 503 or 504 after the retries waits too', async () => {
    for (const status of [502, 503, 504]) {
      let answered = 0;
      // A conversation each: a form flushes what waits for its own conversation.
      const form = await page(async () => (answered++, new Response('', { status })), { id: `f${status}`, conversation: `c${status}` });
      type(form, 'name', `Arthur ${status}`);
      await sendThroughRetries(form);
      expect(form.state, `${status}`).to.equal('queued');
      expect(answered, `${status}: the retries ran first`).to.equal(3);
      form.remove();
    }
  });

  it('the page closed while queued and the link opened again: exactly one POST, with the original body and token', async () => {
    const { posts, state, transport } = line();
    const first = await page(transport);
    type(first, 'name', 'Arthur');
    await sendThroughRetries(first);
    expect(first.state).to.equal('queued');
    const [key] = outboxKeys();
    const original = JSON.parse(localStorage.getItem(key!)!);
    // What is kept is the body alone: no token, no address, which are made again when it leaves.
    expect(Object.keys(original)).to.not.include.members(['request', 'url', 'headers']);
    closeTab(first);
    state.up = true;
    const again = await page(transport);
    await waitUntil(() => posts.length === 1, 'the reopened page sent what waited');
    await waitUntil(() => again.state === 'success', 'and says it was sent');
    expect(posts[0]).to.deep.equal({ body: original.body, token: IDS_AUTH });
    dispatchEvent(new Event('online'));
    await again.updateComplete;
    expect(posts).to.have.length(1);
  });

  it('row 3: the same link in two tabs, both with the post waiting: one POST reaches the service, never two', async () => {
    const { posts, state, transport } = line();
    const one = await page(transport, { id: 'one' });
    const two = await page(transport, { id: 'two' });
    type(one, 'name', 'Arthur');
    type(two, 'name', 'Arthur');
    await sendThroughRetries(one);
    await sendThroughRetries(two);
    expect([one.state, two.state]).to.deep.equal(['queued', 'queued']);
    state.up = true;
    // Both flush at once.
    dispatchEvent(new Event('online'));
    await waitUntil(() => one.state === 'success' && two.state === 'success', 'both say it was sent');
    expect(posts).to.have.length(1);
  });

  it('row 4: a post that waited over 24 hours is not sent by itself: the person sends it anyway, or discards it', async () => {
    const { posts, state, transport } = line();
    const form = await page(transport);
    type(form, 'name', 'Arthur');
    await sendThroughRetries(form);
    // The day passes on the page's clock alone: the waits below poll on real timers.
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    try {
      state.up = true;
      clock.tick(DAY + 1);
      dispatchEvent(new Event('online'));
      await waitUntil(
        () => form.shadowRoot!.querySelector('[part="send-now"]')?.textContent === 'Send anyway',
        'the expired post is offered',
      );
      expect(form.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain('waited more than a day');
      expect(posts, 'not sent in silence').to.have.length(0);
      form.shadowRoot!.querySelector<HTMLElement>('[part="send-now"]')!.click();
      await waitUntil(() => form.state === 'success', 'sent anyway');
      expect(posts).to.have.length(1);
    } finally {
      clock.restore();
    }
  });

  it('row 4: Discard forgets the waiting post and shows the form again with the answers', async () => {
    const { posts, state, transport } = line();
    const form = await page(transport);
    type(form, 'name', 'Arthur');
    await sendThroughRetries(form);
    form.shadowRoot!.querySelector<HTMLElement>('[part="discard"]')!.click();
    await form.updateComplete;
    expect(form.state).to.equal('idle');
    expect(outboxKeys()).to.deep.equal([]);
    expect(form.querySelector<HTMLInputElement>('[name="name"]')!.value).to.equal('Arthur');
    expect(form.shadowRoot!.querySelector<HTMLElement>('[part="form"]')!.checkVisibility()).to.be.true;
    state.up = true;
    dispatchEvent(new Event('online'));
    await form.updateComplete;
    expect(posts).to.have.length(0);
  });

  it('row 5: storage that throws: nothing escapes, the form works as before and says the answers cannot be kept', async () => {
    const setItem = sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    try {
      const { transport } = line();
      const form = await page(transport);
      type(form, 'name', 'Arthur');
      const outcome = (await sendThroughRetries(form)) as { kind: string };
      expect(outcome.kind).to.equal('network');
      await form.updateComplete;
      expect(form.state).to.equal('error');
      expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('this device cannot keep your answers');
      expect(form.querySelector<HTMLInputElement>('[name="name"]')!.value).to.equal('Arthur');
    } finally {
      setItem.restore();
    }
  });

  it('keep="tab" keeps the draft in the tab only; keep="none" keeps nothing, and a failed send is today\'s error', async () => {
    const { transport } = line();
    const tab = await page(transport, { keep: 'tab' });
    type(tab, 'name', 'Arthur');
    await waitUntil(() => draftKeys(sessionStorage).length === 1, 'kept in the tab', { timeout: 10_000 });
    expect(draftKeys()).to.deep.equal([]);
    tab.remove();
    sessionStorage.clear();
    const none = await page(transport, { keep: 'none', id: 'none' });
    type(none, 'name', 'Arthur');
    await sendThroughRetries(none);
    expect(none.state).to.equal('error');
    expect(none.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('Could not reach the bot service');
    expect([...draftKeys(), ...draftKeys(sessionStorage), ...outboxKeys(), ...outboxKeys(sessionStorage)]).to.deep.equal([]);
  });

  it('a draft older than 24 hours is not restored, and is removed', async () => {
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    try {
      const { transport } = line();
      const first = await page(transport);
      type(first, 'name', 'Arthur');
      await waitUntil(() => draftKeys().length === 1, 'kept', { timeout: 10_000 });
      closeTab(first);
      clock.tick(DAY + 1);
      const again = await page(transport);
      await loadDelivery();
      await waitUntil(() => draftKeys().length === 0, 'the old draft was removed');
      expect(again.querySelector<HTMLInputElement>('[name="name"]')!.value).to.equal('');
    } finally {
      clock.restore();
    }
  });

  it('reset() forgets the waiting post', async () => {
    const { posts, state, transport } = line();
    const form = await page(transport);
    type(form, 'name', 'Arthur');
    await sendThroughRetries(form);
    expect(outboxKeys()).to.have.length(1);
    form.reset();
    expect(outboxKeys()).to.deep.equal([]);
    expect(form.state).to.equal('idle');
    state.up = true;
    dispatchEvent(new Event('online'));
    await form.updateComplete;
    expect(posts).to.have.length(0);
  });

  it('an auto-submitting page opened again with its post waiting: one POST, not one from each', async () => {
    const restore = setPageUrl(`${VENDOR_LINK}&PaymentId=p-1`);
    try {
      const { posts, state, transport } = line();
      const successes: unknown[] = [];
      const payment = () =>
        fixture<WebviewForm>(
          html`<webview-form
            id="pay"
            region="us"
            auto-submit
            url-variables="PaymentId"
            .fetch=${transport}
            @webview-success=${(event: WebviewSuccessEvent) => successes.push(event.detail)}
          ></webview-form>`,
        );
      await loadDelivery();
      // The first page's send and its retries, on a fast clock.
      const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      let first: WebviewForm;
      try {
        first = await payment();
        for (let step = 0; step < 100 && first.state !== 'queued'; step++) await clock.tickAsync(250);
      } finally {
        clock.restore();
      }
      expect(first.state).to.equal('queued');
      closeTab(first);
      state.up = true;
      // Opened again: it sends by itself at once, and the outbox would send the same post.
      const again = await payment();
      await waitUntil(() => again.state === 'success', 'sent');
      dispatchEvent(new Event('online'));
      document.dispatchEvent(new Event('visibilitychange'));
      await again.updateComplete;
      // Told once, and the thanks stay: a later flush does not bring the form back.
      expect(successes).to.have.length(1);
      expect(again.state).to.equal('success');
      await waitUntil(() => outboxKeys().every((key) => JSON.parse(localStorage.getItem(key)!).sent), 'nothing waits');
      expect(posts).to.have.length(1);
      expect(JSON.parse(posts[0]!.body).contextVariables).to.deep.include({ name: 'PaymentId', value: 'p-1' });
    } finally {
      restore();
    }
  });

  it('a post the service refuses from the outbox (a 4xx) is not sent again: it is shown as a failed send, and forgotten', async () => {
    let answers = 0;
    const { state, transport: down } = line();
    const form = await page(async (request) => (state.up ? (answers++, new Response('', { status: 401 })) : down(request)));
    type(form, 'name', 'Arthur');
    await sendThroughRetries(form);
    expect(form.state).to.equal('queued');
    state.up = true;
    dispatchEvent(new Event('online'));
    await waitUntil(() => form.state === 'error', 'the refusal is shown');
    expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('The bot service did not accept this link');
    expect(outboxKeys()).to.deep.equal([]);
    dispatchEvent(new Event('online'));
    await form.updateComplete;
    expect(answers).to.equal(1);
    expect(form.querySelector<HTMLInputElement>('[name="name"]')!.value, 'the answers stay').to.equal('Arthur');
  });

  it('once the post left, what stays on the device holds no answer and no token: a mark for the other tabs', async () => {
    const { state, transport } = line();
    const form = await page(transport);
    type(form, 'name', 'Arthur Pendragon');
    await sendThroughRetries(form);
    state.up = true;
    dispatchEvent(new Event('online'));
    await waitUntil(() => form.state === 'success', 'sent');
    const kept = outboxKeys().map((key) => localStorage.getItem(key)!);
    expect(kept).to.have.length(1);
    expect(kept[0]).to.not.contain('Pendragon');
    expect(kept[0]).to.not.contain(IDS_AUTH);
    expect(JSON.parse(kept[0]!).sent).to.equal(200);
    expect(draftKeys(), 'and the draft went with the success').to.deep.equal([]);
  });

  it('Send now, still offline: the panel says it is sending, then offers it again, the focus kept in the panel', async () => {
    const { transport } = line();
    const form = await page(transport);
    type(form, 'name', 'Arthur');
    await sendThroughRetries(form);
    const status = form.shadowRoot!.querySelector<HTMLElement>('[part="status"]')!;
    await loadDelivery();
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      form.shadowRoot!.querySelector<HTMLElement>('[part="send-now"]')!.click();
      // The lock is taken in a few turns of the event loop: no time passes on the clock.
      for (let turn = 0; turn < 20 && !status.textContent!.includes('Sending…'); turn++) await clock.tickAsync(0);
      expect(status.textContent).to.contain('Sending…');
      expect(form.shadowRoot!.querySelector('[part="send-now"]')).to.be.null;
      for (let step = 0; step < 40 && !form.shadowRoot!.querySelector('[part="send-now"]'); step++) await clock.tickAsync(250);
    } finally {
      clock.restore();
    }
    await form.updateComplete;
    expect(form.state).to.equal('queued');
    expect(status.textContent).to.contain('Saved on this phone');
    expect(form.shadowRoot!.activeElement, 'the focus is in the panel, not lost to the page').to.equal(status);
  });

  it('a form of another bot on the same conversation leaves the post waiting for a form of its own bot', async () => {
    const { posts, state, transport } = line();
    const first = await page(transport);
    type(first, 'name', 'Arthur');
    await sendThroughRetries(first);
    closeTab(first);
    state.up = true;
    const other = await fixture<WebviewForm>(
      html`<webview-form id="trip" region="us" bot-id="0000000000000000000000000000000000000000" .fetch=${transport}
        ><label>Name <input name="name" /></label
      ></webview-form>`,
    );
    other.querySelector('input')!.focus();
    await loadDelivery();
    dispatchEvent(new Event('online'));
    await other.updateComplete;
    expect(posts).to.have.length(0);
    expect(outboxKeys(), 'still waiting for its own bot').to.have.length(1);
  });

  it('a form loading clears what outlived its time on the site: drafts of other pages a day old', async () => {
    const stale = 'webview-form:draft:/another/page#0@another-conversation';
    localStorage.setItem(stale, JSON.stringify({ controls: [{ name: 'x', index: 0, value: 'old' }], savedAt: Date.now() - DAY - 1 }));
    const fresh = 'webview-form:draft:/another/page#0@third-conversation';
    localStorage.setItem(fresh, JSON.stringify({ controls: [{ name: 'x', index: 0, value: 'new' }], savedAt: Date.now() }));
    const form = await page(line().transport);
    form.querySelector('input')!.focus();
    await waitUntil(() => localStorage.getItem(stale) === null, 'the old draft went', { timeout: 10_000 });
    expect(localStorage.getItem(fresh)).to.not.equal(null);
  });

  it('a send of the post another tab is sending, cancelled by reset(), settles at once as aborted, without waiting for that tab', async () => {
    const { posts, state, transport } = line();
    const first = await page(transport);
    type(first, 'name', 'Arthur');
    await sendThroughRetries(first);
    const [key] = outboxKeys();
    closeTab(first);
    // Another tab holds the post's lock, as while it sends it, and does not let go.
    const held = deferred();
    const holding = navigator.locks.request(key!, () => held.promise);
    try {
      state.up = true;
      const again = await page(transport);
      again.querySelector<HTMLInputElement>('[name="name"]')!.value = 'Arthur';
      const outcome = again.submit().catch((error: { kind: string }) => error.kind);
      await waitUntil(() => again.state === 'submitting', 'sending', { timeout: 10_000 });
      again.reset();
      expect(await outcome).to.equal('aborted');
      expect(posts).to.have.length(0);
    } finally {
      held.resolve();
      await holding;
    }
  });
});
