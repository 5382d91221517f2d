// Issue 34, "HTML first", across the upgrade of a built page (test/fixtures/html-first.html: every
// field type as drawFields writes it, no `fields`, the early-send script, dist/webview-form.css):
// the page looks the same before the drop-in has run and after (the same boxes, no layout shift),
// and a Send or an Enter before it ran is held and sent once, with the code its fields need.
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { WebviewForm } from '../src/element/webview-form.js';
import { ENGINE } from './engine.js';
import { beforeTheDropIn, expectHeldEnterMeansNext, expectOnePost, heldPage, nextFrame, type Page } from './upgrade-support.js';

/** Every control's and the button's box, in page order. */
const boxes = (page: Page) =>
  [...page.document.querySelectorAll('webview-form :is(input, select, textarea, button, label, legend, webview-form-date)')].map((node) => {
    const { x, y, width, height } = node.getBoundingClientRect();
    return `${node.localName}${node.id ? `#${node.id}` : ''} ${x},${y} ${width}x${height}`;
  });

/** Opens the HTML-first page held before its drop-in, in a frame `width` wide, once its stylesheet applies. */
async function heldHtmlFirst(fixture: string, width: number, query = '') {
  const opened = await beforeTheDropIn(fixture, (page) => page.document.querySelector('webview-form button'), query);
  Object.assign(opened.frame.style, { width: `${width}px`, height: '2600px', border: '0' });
  const sheet = () => opened.page.document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]')?.sheet?.cssRules.length;
  while (!sheet()) await nextFrame();
  const form = opened.page.document.querySelector('webview-form') as WebviewForm;
  return { ...opened, form };
}

describe('an HTML-first page looks the same before its drop-in has run and after (issue 34)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [device, width] of [
      ['a 320 px phone', 320],
      ['a 390 px phone', 390],
      ['a desktop', 1024],
    ] as const) {
      it(`${scheme}, ${device}: every control and the button keep their boxes through the upgrade and the chunks that follow it`, async function () {
        this.timeout(20000);
        // Chromium emulates the system's preference; the page follows it (color-scheme: light dark). Elsewhere the page asks for dark itself.
        const emulated = scheme === 'dark' && ENGINE === 'chromium';
        if (emulated) await emulateMedia({ colorScheme: 'dark' });
        const { held, frame, page, form } = await heldHtmlFirst('html-first.html', width, scheme === 'dark' && !emulated ? 'dark' : '');
        try {
          expect(page.matchMedia('(prefers-color-scheme: dark)').matches || page.location.search.includes('dark')).to.equal(
            scheme === 'dark',
          );
          const shifts: number[] = [];
          if (ENGINE === 'chromium') {
            new page.PerformanceObserver((list) =>
              shifts.push(...list.getEntries().map((entry) => (entry as unknown as { value: number }).value)),
            ).observe({
              type: 'layout-shift',
              buffered: true,
            });
          }
          const before = boxes(page);
          expect(before.length, 'controls').to.be.greaterThan(40);
          await held.release();
          await page.customElements.whenDefined('webview-form');
          await form.updateComplete;
          expect(boxes(page), 'once defined').to.deep.equal(before);
          // The kinds and dates chunks come after the delivery, with the same sheets: still nothing moves.
          await page.customElements.whenDefined('webview-form-date');
          await form.updateComplete;
          await nextFrame();
          expect(boxes(page), 'once the chunks came').to.deep.equal(before);
          await nextFrame();
          expect(shifts, 'layout shifts').to.deep.equal([]);
        } finally {
          if (emulated) await emulateMedia({ colorScheme: 'light' });
          await held.release();
          frame.remove();
        }
      });
    }
  }
});

describe('an HTML-first page in a language whose table loads after the upgrade (issue 34)', () => {
  it('a page in French keeps every box while its table is on its way: the form is not hidden meanwhile', async function () {
    this.timeout(20000);
    const { held, frame, src } = await heldPage('held-language', 'html-first.html', 'fr');
    frame.src = src;
    Object.assign(frame.style, { width: '390px', height: '2600px', border: '0' });
    document.body.append(frame);
    try {
      expect(await held.waiting(), 'the French table held').to.equal(1);
      const page = frame.contentWindow as Page;
      const form = page.document.querySelector('webview-form') as WebviewForm;
      await page.customElements.whenDefined('webview-form');
      while (!form.hasUpdated) await nextFrame();
      await nextFrame();
      expect(form.shadowRoot!.querySelector('[part=form]')!.hasAttribute('hidden'), 'the form hidden').to.equal(false);
      const waiting = boxes(page);
      await held.release();
      await form.updateComplete;
      await page.customElements.whenDefined('webview-form-date');
      await nextFrame();
      expect(boxes(page), 'once the table and the chunks came').to.deep.equal(waiting);
    } finally {
      await held.release();
      frame.remove();
    }
  });
});

/** Answers every required field of html-first.html, before the drop-in ran, and a phone number in the national format. */
function answerBeforeTheDropIn(form: Element) {
  const set = (selector: string, value: string) => (form.querySelector<HTMLInputElement>(selector)!.value = value);
  set('[name="name"]', 'Ada');
  set('[name="email"]', 'ada@example.com');
  set('[name="phone"]', '020 7946 0000');
  set('[name="topic"]', 'help');
  for (const selector of ['[name="contact"][value="phone"]', '[name="stars"][value="4"]', '[name="terms"]'])
    form.querySelector<HTMLInputElement>(selector)!.click();
  for (const [part, value] of Object.entries({ day: '4', month: '7', year: '1990' })) set(`[data-part="${part}"]`, value);
}

const ANSWERS = {
  name: 'Ada',
  email: 'ada@example.com',
  phone: '+442079460000',
  topic: 'help',
  contact: 'phone',
  stars: '4',
  born: '1990-07-04',
  terms: 'true',
};

describe('a Send on an HTML-first page before its drop-in has run (issue 34, issue 27’s guarantees)', () => {
  for (const blocking of [true, false]) {
    const tag = blocking ? 'blocking="render"' : 'without blocking="render"';
    for (const press of ['Send', 'Enter'] as const) {
      it(`${press} pressed before the drop-in is defined, ${tag}: nothing in the address bar, and one post once defined, with the phone in E.164 and the date whole`, async function () {
        this.timeout(20000);
        const { started, held, frame, page, form, leaving, left } = await heldHtmlFirst(
          'html-first.html',
          390,
          blocking ? '' : 'unblocked',
        );
        try {
          expect(page.document.querySelector('script[type="module"]')!.hasAttribute('blocking'), 'blocking="render"').to.equal(blocking);
          answerBeforeTheDropIn(form);
          if (press === 'Send') form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
          else {
            form.querySelector<HTMLInputElement>('[name="email"]')!.focus();
            await sendKeys({ press: 'Enter' });
          }
          expect(form.hasAttribute('data-send-held'), 'held').to.be.true;
          await held.release();
          await page.customElements.whenDefined('webview-form');
          const outcome = await Promise.race([
            leaving,
            new Promise((resolve) => form.addEventListener('webview-success', () => resolve('sent'), { once: true })),
            new Promise((resolve) =>
              form.addEventListener('webview-error', (event) => resolve(event.detail.error.message), { once: true }),
            ),
          ]);
          expect(outcome).to.equal('sent');
          expect(left).to.deep.equal([]);
          expect(page.location.search).not.to.contain('name=');
          await expectOnePost(started, ANSWERS);
          expect(form.hasAttribute('data-send-held')).to.be.false;
        } finally {
          await held.release();
          frame.remove();
        }
      });
    }
  }

  for (const blocking of [true, false]) {
    it(`Enter in the first step of an HTML-first page with steps, ${blocking ? 'blocking="render"' : 'without blocking="render"'}: Next once defined, nothing posted; then Send posts once`, async function () {
      this.timeout(20000);
      const { started, held, frame, page, form, left } = await heldHtmlFirst('html-first-steps.html', 390, blocking ? '' : 'unblocked');
      try {
        const name = form.querySelector<HTMLInputElement>('[name="name"]')!;
        name.value = 'Ada';
        form.querySelector<HTMLInputElement>('[name="phone"]')!.value = '020 7946 0000';
        await expectHeldEnterMeansNext(name, { held, page, started });
        const sent = new Promise((resolve) => form.addEventListener('webview-success', resolve, { once: true }));
        form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
        await sent;
        expect(left).to.deep.equal([]);
        await expectOnePost(started, { name: 'Ada', phone: '+442079460000' });
      } finally {
        await held.release();
        frame.remove();
      }
    });
  }
});
