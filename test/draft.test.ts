import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { IDS, VENDOR_LINK, recordingTransport, useFreshTab } from './helpers.js';
import type { WatchedWindow } from './fixtures/watched-storage.js';

/** The draft fixture page in an iframe, with helpers to type, reload and read it. */
async function draftPage() {
  const { transport, seen } = recordingTransport();
  (window as unknown as { draftTransport: unknown }).draftTransport = transport;
  const frame = document.createElement('iframe');
  frame.title = 'Form page';
  const load = () => new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  const loaded = load();
  frame.src = `/test/fixtures/draft.html${VENDOR_LINK}`;
  document.body.append(frame);
  await loaded;
  const ready = async () => {
    const form = frame.contentDocument!.querySelector<WebviewForm>('webview-form')!;
    await frame.contentWindow!.customElements.whenDefined('webview-form');
    await form.updateComplete;
    return form;
  };
  const control = <T extends Element = HTMLInputElement>(name: string) =>
    frame.contentDocument!.querySelector<T & Element>(`[name="${name}"]`)!;
  const type = (name: string, value: string) => {
    const input = control(name);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  /** Opens the same page for another conversation, or back for the first. */
  const open = async (link: string) => {
    const opened = load();
    frame.src = `/test/fixtures/draft.html${link}`;
    await opened;
    return ready();
  };
  const reload = async () => {
    const reloaded = load();
    frame.contentWindow!.location.reload();
    await reloaded;
    return ready();
  };
  /**
   * The stored draft, once saved. The draft's code comes with the delivery chunk, which the first
   * input asks for: the first save lands when it has arrived, not at the keystroke.
   */
  const stored = async () => {
    const find = () => Object.entries(frame.contentWindow!.localStorage).find(([key]) => key.startsWith('webview-form:draft:'))?.[1];
    // The chunk is many modules under the test server: a busy machine can take seconds to serve them.
    await waitUntil(find, 'the draft was saved', { timeout: 10_000 });
    return find()!;
  };
  return { frame, seen, ready, control, type, reload, open, stored };
}

describe('draft', () => {
  useFreshTab();

  it('gives the answers back after a reload, but not passwords or hidden values', async function () {
    // Loads a page in a frame with its code cold: on a loaded machine that may pass the 5 s the
    // runner allows a test to hang. This is room for the work, not a wait.
    this.timeout(20_000);
    const page = await draftPage();
    try {
      await page.ready();
      page.type('name', 'Arthur');
      page.type('secret', 'swordfish');
      page.control<HTMLSelectElement>('color').value = 'blue';
      page.control('color').dispatchEvent(new Event('change', { bubbles: true }));
      page.control('news').click();
      const stored = await page.stored();
      expect(stored).to.contain('Arthur');
      expect(stored).not.to.contain('swordfish');
      expect(stored).not.to.contain('page');

      await page.reload();
      expect(page.control('name').value).to.equal('Arthur');
      expect(page.control<HTMLSelectElement>('color').value).to.equal('blue');
      expect(page.control('news').checked).to.be.true;
      expect(page.control('secret').value).to.equal('');
    } finally {
      page.frame.remove();
    }
  });

  it('is forgotten by reset(), so a reload does not bring the answers back', async () => {
    const page = await draftPage();
    try {
      const form = await page.ready();
      page.type('name', 'Arthur');
      expect(await page.stored()).to.contain('Arthur');
      form.reset();
      const reloaded = await page.reload();
      await reloaded.updateComplete;
      expect(page.control('name').value).to.equal('');
    } finally {
      page.frame.remove();
    }
  });

  it('does not keep a card number in the draft', async () => {
    const page = await draftPage();
    try {
      await page.ready();
      page.type('name', '4111 1111 1111 1111');
      const stored = await page.stored();
      // Saved, with the other controls' states, but without the number.
      expect(stored).to.contain('"color"');
      expect(stored).not.to.contain('4111');
    } finally {
      page.frame.remove();
    }
  });

  it('is cleared after success, and the same answers are not posted twice after a reload', async () => {
    const page = await draftPage();
    try {
      let form = await page.ready();
      page.type('name', 'Arthur');
      await form.submit();
      expect(page.seen).to.have.length(1);
      expect(Object.keys(page.frame.contentWindow!.localStorage).filter((key) => key.startsWith('webview-form:draft:'))).to.deep.equal([]);

      form = await page.reload();
      // No draft comes back (Firefox may put typed values back on reload by itself, so the
      // storage, not the field, is what shows it).
      expect(Object.keys(page.frame.contentWindow!.localStorage).filter((key) => key.startsWith('webview-form:draft:'))).to.deep.equal([]);
      page.type('name', 'Arthur');
      const again = await form.submit();
      expect(again.attempts).to.equal(0);
      expect(form.state).to.equal('success');
      expect(page.seen).to.have.length(1);

      page.type('name', 'Lancelot');
      form.reset();
      page.type('name', 'Lancelot');
      await form.submit();
      expect(page.seen).to.have.length(2);
    } finally {
      page.frame.remove();
    }
  });

  it('keeps a draft to its conversation: a link to another one starts blank', async function () {
    // Loads a page in a frame with its code cold: on a loaded machine that may pass the 5 s the
    // runner allows a test to hang. This is room for the work, not a wait.
    this.timeout(20_000);
    const page = await draftPage();
    try {
      await page.ready();
      page.type('name', 'Arthur');
      await page.stored();
      await page.open(`?userId=${IDS.userId}&convId=another-conversation&botId=${IDS.botId}`);
      expect(page.control('name').value).to.equal('');
      await page.open(VENDOR_LINK);
      expect(page.control('name').value).to.equal('Arthur');
    } finally {
      page.frame.remove();
    }
  });
});

describe('draft and a conversation that changes', () => {
  useFreshTab();

  /** The stored draft of the form for `conversationId`, parsed. */
  const draftOf = (conversationId: string) => {
    const stored = Object.entries(localStorage).find(
      ([key]) => key.startsWith('webview-form:draft:') && key.endsWith(`@${conversationId}`),
    );
    if (!stored) return undefined;
    // When it was saved is the expiry's business (tested with the outbox), not this test's.
    const { savedAt, ...draft } = JSON.parse(stored[1]);
    return savedAt > 0 && draft;
  };

  it('saves under the new conversation once conversationId changed after the first render', async () => {
    const form = await fixture<WebviewForm>(
      html`<webview-form region="us" conversation-id="conversation-a"
        ><label>Your name <input name="name" /></label
      ></webview-form>`,
    );
    const input = form.querySelector('input')!;
    const type = (value: string) => {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    type('Arthur');
    // The draft's code arrives with the delivery chunk, asked for by that first input.
    await waitUntil(() => draftOf('conversation-a'), 'the first draft was saved', { timeout: 10_000 });
    form.conversationId = 'conversation-b';
    await form.updateComplete;
    type('Bedevere');
    expect(draftOf('conversation-a')).to.deep.equal({ controls: [{ name: 'name', index: 0, value: 'Arthur' }] });
    expect(draftOf('conversation-b')).to.deep.equal({ controls: [{ name: 'name', index: 0, value: 'Bedevere' }] });
  });
});

describe('the draft and the first paint', () => {
  /**
   * A page whose sessionStorage notes every use from before the element's code loads
   * (fixtures/watched-storage.ts), and `append()`, which puts in it a form of the vendor's link
   * with one control (its first update a microtask away); uses from then on are in phase `rendering`.
   */
  async function watchedPage() {
    const frame = document.createElement('iframe');
    frame.title = 'Form page';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/test/fixtures/watched-storage.html';
    document.body.append(frame);
    await loaded;
    const page = frame.contentWindow as unknown as WatchedWindow;
    await page.defined;
    const loading = page.storageUses.slice();
    const append = () => {
      page.phase = 'rendering';
      const form = frame.contentDocument!.createElement('webview-form') as WebviewForm;
      form.region = 'us';
      form.botId = IDS.botId;
      form.userId = IDS.userId;
      form.conversationId = IDS.conversationId;
      form.innerHTML = '<input name="name" aria-label="Name" />';
      frame.contentDocument!.body.append(form);
      return form;
    };
    return { frame, page, loading, append };
  }

  it('the first render reads no sessionStorage; whether a draft is stored is read after the first frame, and updateComplete waits for it', async () => {
    const { frame, page, loading, append } = await watchedPage();
    try {
      expect(loading, 'uses as the code of the element loaded').to.deep.equal([]);
      const form = append();
      // The first update runs in a microtask: once it has, the page could paint.
      await Promise.resolve();
      await Promise.resolve();
      expect(form.hasUpdated, 'rendered').to.be.true;
      expect(page.storageUses, 'uses before the first paint').to.deep.equal([]);
      await form.updateComplete;
      expect(page.storageUses.length, 'uses once updateComplete resolved (the draft looked for)').to.be.above(0);
    } finally {
      frame.remove();
    }
  });

  it('whether a draft is stored is read once the first frame is painted, not in a task that may come before it', async () => {
    const { frame, page, append } = await watchedPage();
    try {
      // Start in a task just after a frame: the next one is then a whole frame away, and a task
      // that reads before it would come first.
      await new Promise((resolve) => page.requestAnimationFrame(resolve));
      await new Promise((resolve) => {
        const { port1, port2 } = new MessageChannel();
        port1.onmessage = resolve;
        port2.postMessage(undefined);
      });
      const form = append();
      // Asked for before the form's first render (a microtask away): this callback is the frame's first.
      page.requestAnimationFrame(() => (page.phase = 'framed'));
      await form.updateComplete;
      await waitUntil(() => page.storageUses.length > 0, 'sessionStorage read');
      const early = page.storageUses.filter(({ phase }) => phase !== 'framed');
      expect(early, 'uses before the frame').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
