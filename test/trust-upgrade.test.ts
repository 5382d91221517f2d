// Regressions of issue 27 around the built drop-in's loading: a send made while the steps code is
// still on its way (row 2), and a Send pressed before the drop-in has run at all (rows 1 and 11).
// The pages are served from under /held-steps/<key>/ or /held-entry/<key>/, where the server holds
// the steps chunk or the entry file until the test releases it (heldChunks in
// test/wtr/outages.mjs). Each posts to the mock over HTTP; what reached the bot is read back.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EARLY_SEND_SCRIPT } from '../src/element/early-send.js';
import { pageHtml } from '../src/designer/page.js';
import { dropInDefined } from './helpers.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import {
  beforeTheDropIn,
  conversation,
  expectOnePost,
  heldPage,
  nextFrame,
  expectHeldEnterMeansNext,
  type Page,
} from './upgrade-support.js';

describe('a send while the steps code is still on its way (issue 27, row 2)', () => {
  /**
   * Opens `fixture` with the steps chunk held, and waits until the page has done all it can
   * without it: the chunk asked for, the delivery chunk loaded and a round trip to the server
   * since, time enough for a send that did not wait to have posted.
   */
  async function heldSteps(fixture: string, query: string) {
    const { started, held, frame, src } = await heldPage('held-steps', fixture, query);
    const defined = dropInDefined(frame, src);
    document.body.append(frame);
    await defined;
    const page = frame.contentWindow as Page;
    const form = page.document.querySelector('webview-form') as WebviewForm;
    const succeeded = new Promise((resolve) => form.addEventListener('webview-success', resolve, { once: true }));
    expect(await held.waiting(), 'steps chunk held').to.equal(1);
    return { started, held, frame, page, form, succeeded };
  }

  /** Resolves once the page has the delivery chunk and the server has answered one more request. */
  async function deliveryLoaded(page: Page) {
    const delivery = () => page.performance.getEntriesByType('resource').find((entry) => entry.name.includes('webview-form.delivery.'));
    while (!delivery()) await nextFrame();
    await page.fetch('/mock/conversations', { method: 'POST' });
    await nextFrame();
  }

  for (const [fixture, what] of [
    ['conditions-declared.html', 'declared fields'],
    ['conditions-authored.html', 'authored data-when markup'],
  ] as const) {
    it(`auto-submit with ${what}, the steps chunk slower than the delivery: the fields a condition hides are never posted`, async () => {
      const { started, held, frame, page, succeeded } = await heldSteps(fixture, 'auto');
      try {
        await deliveryLoaded(page);
        expect((await conversation(started.conversationId)).webviewVariables, 'posted before the steps code came').to.deep.equal({});
        await held.release();
        await succeeded;
        expect((await conversation(started.conversationId)).webviewVariables).to.deep.equal({ a: 'x' });
      } finally {
        await held.release();
        frame.remove();
      }
    });
  }

  it('submit() once defined, with authored data-when markup and the steps chunk held: waits for the conditions, then posts only what applies', async () => {
    const { started, held, frame, page, form } = await heldSteps('conditions-authored.html', 'manual');
    try {
      await deliveryLoaded(page);
      let settled = false;
      const sending = form.submit().finally(() => (settled = true));
      await deliveryLoaded(page);
      expect(settled, 'settled before the steps code came').to.be.false;
      expect((await conversation(started.conversationId)).webviewVariables).to.deep.equal({});
      await held.release();
      expect((await sending).status).to.equal(200);
      expect((await conversation(started.conversationId)).webviewVariables).to.deep.equal({ a: 'x' });
    } finally {
      await held.release();
      frame.remove();
    }
  });
});

describe('a Send pressed before the drop-in has run (issue 27, rows 1 and 11)', () => {
  /**
   * The README's form before the drop-in has run, with `markup` (see early-send.html) and answers
   * typed; without `blocking`, the server leaves blocking="render" out (unblockedPages in
   * test/wtr/pages.mjs).
   */
  async function typedBeforeTheDropIn(markup: string, blocking: boolean) {
    const query = `markup=${markup}${blocking ? '' : '&unblocked'}`;
    const opened = await beforeTheDropIn('early-send.html', (page) => page.document.querySelector('webview-form button'), query);
    const form = opened.page.document.querySelector('webview-form') as WebviewForm;
    for (const [name, value] of [
      ['name', 'Arthur'],
      ['color', 'blue'],
    ])
      form.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value = value;
    return { ...opened, form };
  }

  const cases = [
    [true, 'form', 'Send'],
    [true, 'form', 'Enter'],
    [true, 'dialog', 'Send'],
    [true, '', 'Send'],
    [true, '', 'Enter'],
    [false, 'form', 'Send'],
    [false, 'form', 'Enter'],
    [false, 'dialog', 'Enter'],
    [false, '', 'Send'],
  ] as const;
  for (const [blocking, markup, press] of cases) {
    const where =
      markup === 'form'
        ? 'an author’s <form>'
        : markup === 'dialog'
          ? 'an author’s <form method="dialog">'
          : 'controls directly in the tag';
    const tag = blocking ? 'the README’s tag' : 'the README’s tag without blocking="render"';
    it(`${press} pressed before the drop-in is defined, ${where}, ${tag}: nothing in the address bar, and one post once defined`, async () => {
      const { started, held, frame, page, form, leaving } = await typedBeforeTheDropIn(markup, blocking);
      expect(page.document.querySelector('script[type="module"]')!.hasAttribute('blocking'), 'blocking="render"').to.equal(blocking);
      try {
        if (press === 'Send') form.querySelector('button')!.click();
        else {
          form.querySelector<HTMLInputElement>('[name="color"]')!.focus();
          await sendKeys({ press: 'Enter' });
        }
        await held.release();
        await page.customElements.whenDefined('webview-form');
        const outcome = await Promise.race([
          leaving,
          new Promise((resolve) => form.addEventListener('webview-success', () => resolve('sent'), { once: true })),
        ]);
        expect(outcome).to.equal('sent');
        expect(page.location.search).not.to.contain('name=');
        await expectOnePost(started, { name: 'Arthur', color: 'blue' });
        expect(form.hasAttribute('data-send-held')).to.be.false;
      } finally {
        await held.release();
        frame.remove();
      }
    });
  }

  it('the early-send script of the README, the Storybook guide and the designer’s page is the one the element’s code defines', async () => {
    const readme = await (await fetch('/README.md')).text();
    const tag = `<script>${EARLY_SEND_SCRIPT}</script>`;
    expect(readme.includes(tag), 'in the README').to.be.true;
    expect(pageHtml({ endpoint: '/thirdparty-services-0.1/webview', fields: [] }).includes(tag), 'in the designer’s page').to.be.true;
    // The test fixtures, which the test server transforms, are checked as files by test/node/early-send.test.mjs.
    expect((await (await fetch('/stories/getting-started.mdx')).text()).includes(tag), 'in the Storybook guide').to.be.true;
  });
});

describe('a Send pressed before the drop-in has run, other markup (issue 27, rows 1 and 11)', () => {
  it('Enter in a multi-step form before the drop-in is defined means Next once it is: nothing is posted from the first step', async () => {
    const { started, held, frame, page, left } = await beforeTheDropIn('early-send-steps.html', (page) =>
      page.document.querySelector('[name="note"]'),
    );
    try {
      const form = page.document.querySelector('webview-form') as WebviewForm;
      const name = form.querySelector<HTMLInputElement>('[name="name"]')!;
      name.value = 'Arthur';
      await expectHeldEnterMeansNext(name, { held, page, started });
      expect(left).to.deep.equal([]);
    } finally {
      await held.release();
      frame.remove();
    }
  });

  it('Enter on a checkbox in a page’s form around the tag, before and after the drop-in is defined: the page never navigates', async () => {
    const { started, held, frame, page, left } = await beforeTheDropIn('early-send-outer.html', (page) =>
      page.document.querySelector('[name="news"]'),
    );
    try {
      const form = page.document.querySelector('webview-form') as WebviewForm;
      form.querySelector<HTMLInputElement>('[name="name"]')!.value = 'Arthur';
      const news = form.querySelector<HTMLInputElement>('[name="news"]')!;
      news.focus();
      await sendKeys({ press: 'Enter' });
      await held.release();
      await page.customElements.whenDefined('webview-form');
      await form.updateComplete;
      news.focus();
      await sendKeys({ press: 'Enter' });
      expect(form.hasAttribute('data-send-held'), 'Enter on a checkbox is no Send').to.be.false;
      const sent = new Promise((resolve) => form.addEventListener('webview-success', resolve, { once: true }));
      form.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
      await sent;
      expect(left).to.deep.equal([]);
      expect(page.location.search).not.to.contain('name=');
      await expectOnePost(started, { name: 'Arthur' });
    } finally {
      await held.release();
      frame.remove();
    }
  });

  it('Send pressed before the drop-in is defined, the tag inside a shadow root: nothing in the address bar, and one post once defined', async () => {
    const root = (page: Page) => page.document.querySelector('#host')?.shadowRoot;
    const { started, held, frame, page, left, leaving } = await beforeTheDropIn('early-send-shadow.html', (page) =>
      root(page)?.querySelector('button'),
    );
    try {
      const form = root(page)!.querySelector('webview-form') as WebviewForm;
      form.querySelector<HTMLInputElement>('[name="name"]')!.value = 'Arthur';
      form.querySelector('button')!.click();
      await held.release();
      await page.customElements.whenDefined('webview-form');
      const outcome = await Promise.race([
        leaving,
        new Promise((resolve) => form.addEventListener('webview-success', () => resolve('sent'), { once: true })),
      ]);
      expect(outcome).to.equal('sent');
      expect(left).to.deep.equal([]);
      await expectOnePost(started, { name: 'Arthur' });
    } finally {
      await held.release();
      frame.remove();
    }
  });
});
