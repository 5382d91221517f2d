// The focused field stays above the on-screen keyboard (src/delivery/keyboard.ts). A phone's keyboard
// shrinks the visual viewport; here the viewport itself is made shorter, which shrinks the visual
// viewport the same way and fires the same `resize` on it: WTR's setViewport in Chromium and
// Firefox, the window's size over WebDriver in WebKit (test/wtr/window-size.mjs); and, in the
// test with the held chunk, the height of the iframe that holds the page, in every engine.
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { loadDelivery } from '../src/element/loader.js';
import { ENGINE } from './engine.js';
import { VENDOR_LINK, useFreshTab, dropInDefined } from './helpers.js';

/** A phone's viewport (a large one: WebKitGTK's window is at least 447 pixels wide), and what is left of it once the keyboard is up. */
const PHONE = { width: 480, height: 600 };
const WITH_KEYBOARD = 300;

/** Gives the page a viewport of `width` × `height` CSS pixels; resolves once the visual viewport has its new size. */
async function resizeViewport(width: number, height: number): Promise<void> {
  const viewport = window.visualViewport!;
  if (innerWidth === width && innerHeight === height) return;
  const resized = oneEvent(viewport, 'resize');
  if (ENGINE === 'webkit') {
    await executeServerCommand('set-window-size', { width: width + outerWidth - innerWidth, height: height + outerHeight - innerHeight });
  } else await setViewport({ width, height });
  await resized;
  expect([innerWidth, innerHeight], 'the viewport has the size asked for').to.deep.equal([width, height]);
}

/** Whether `element`'s box is entirely inside `page`'s visual viewport, vertically (a pixel's rounding aside). */
function insideVisualViewport(element: Element, page: Window = window): boolean {
  const viewport = page.visualViewport!;
  const { top, bottom } = element.getBoundingClientRect();
  return top >= viewport.offsetTop - 1 && bottom <= viewport.offsetTop + viewport.height + 1;
}

/** Scrolls the page so that `element`'s top is `top` pixels below the top of the viewport. */
function scrollElementTo(element: Element, top: number): void {
  window.scrollBy(0, element.getBoundingClientRect().top - top);
  expect(Math.round(element.getBoundingClientRect().top)).to.equal(top);
}

/**
 * Resolves once the delivery's controllers are attached to a form whose first focusin asked for
 * them: the chunk is there, and the microtasks that attach them have all run by the next frame.
 */
async function attached(): Promise<void> {
  await loadDelivery();
  await nextFrame();
}

/**
 * Makes the page never idle until the returned function is called: the delivery chunk, which the
 * element otherwise attaches once the page is idle, then comes only when the person asks for it.
 */
function neverIdle(): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'requestIdleCallback');
  Object.defineProperty(window, 'requestIdleCallback', { value: () => 0, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(window, 'requestIdleCallback', own);
    else delete (window as Partial<Window>).requestIdleCallback;
  };
}

/** A form between spacers taller than the viewport, so that the page can put it anywhere. */
async function tallPage() {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div>
      <div style="height: 1500px"></div>
      <webview-form region="us">
        <label for="kb-city" style="display: block">Your city</label>
        <input id="kb-city" name="city" />
        <label for="kb-name" style="display: block">Your name</label>
        <input id="kb-name" name="name" required />
      </webview-form>
      <div style="height: 1500px"></div>
    </div>
  `);
  const form = wrapper.querySelector<WebviewForm>('webview-form')!;
  await form.updateComplete;
  const field = (name: string) => {
    const input = form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    return { input, label: input.labels![0] };
  };
  return { form, field };
}

describe('the focused field and the on-screen keyboard', () => {
  useFreshTab();
  const original = { width: innerWidth, height: innerHeight };

  beforeEach(async () => {
    await resizeViewport(PHONE.width, PHONE.height);
  });

  afterEach(async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    await resizeViewport(PHONE.width, PHONE.height);
  });

  after(async () => {
    await resizeViewport(original.width, original.height);
  });

  it('a field near the bottom, focused, is scrolled above the keyboard with its label once the visual viewport shrinks; the focus alone brings the code', async () => {
    // Nothing but the focus asks for the code that does it.
    const restoreIdle = neverIdle();
    try {
      const { field } = await tallPage();
      const { input, label } = field('name');
      scrollElementTo(input, PHONE.height - 50);
      const before = scrollY;
      input.focus();
      await attached();
      // In sight when focused: the browser did not scroll, and neither did the form.
      expect(scrollY).to.equal(before);

      await resizeViewport(PHONE.width, WITH_KEYBOARD);
      expect(document.activeElement).to.equal(input);
      expect(insideVisualViewport(input), 'the field is above the keyboard').to.be.true;
      expect(insideVisualViewport(label), 'its label is in sight').to.be.true;
      // Scrolled only as far as needed: the field sits just above the keyboard, with a little
      // room (not flush against it), and not at the top.
      const { top, bottom } = input.getBoundingClientRect();
      const { offsetTop, height } = window.visualViewport!;
      expect(offsetTop + height - bottom, 'room below the field').to.be.within(8, 40);
      expect(top).to.be.greaterThan(WITH_KEYBOARD / 2);
    } finally {
      restoreIdle();
    }
  });

  it('a radio at the bottom edge, clicked with the mouse, is chosen: a focus given by the pointer scrolls nothing under it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div>
        <div style="height: 1500px"></div>
        <webview-form region="us">
          <label>Your city <input name="city" /></label>
          <label style="display: block"><input type="radio" name="size" value="small" /> Small</label>
        </webview-form>
        <div style="height: 1500px"></div>
      </div>
    `);
    const form = wrapper.querySelector<WebviewForm>('webview-form')!;
    await form.updateComplete;
    form.querySelector<HTMLInputElement>('[name="city"]')!.focus();
    await attached();
    const radio = form.querySelector<HTMLInputElement>('[name="size"]')!;
    // Five pixels of it in sight, at the bottom of the viewport.
    scrollElementTo(radio, innerHeight - 5);
    const { left, width } = radio.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(left + width / 2), innerHeight - 2] });
    await resetMouse();
    expect(radio.checked).to.be.true;
  });

  it('a field already in sight is not scrolled, when focused or when the keyboard opens, even with its label out of sight', async () => {
    const { field } = await tallPage();
    const { input, label } = field('name');
    // The field just below the top edge, its label above it, cut off: where the person scrolled.
    scrollElementTo(input, 4);
    expect(insideVisualViewport(label)).to.be.false;
    const before = scrollY;
    input.focus();
    await attached();
    expect(scrollY, 'focused').to.equal(before);

    await resizeViewport(PHONE.width, WITH_KEYBOARD);
    expect(insideVisualViewport(input)).to.be.true;
    expect(scrollY, 'after the keyboard opened').to.equal(before);
  });

  it('a field that reportValidity() focuses off-screen is scrolled inside the visual viewport, label and all', async () => {
    const { form, field } = await tallPage();
    const { input, label } = field('name');
    // The person was in the field, left it empty, and scrolled on past the form, keyboard up.
    scrollElementTo(input, 200);
    input.focus();
    await attached();
    input.blur();
    await resizeViewport(PHONE.width, WITH_KEYBOARD);
    window.scrollBy(0, 1000);
    expect(insideVisualViewport(input)).to.be.false;

    expect(form.reportValidity()).to.be.false;
    expect(document.activeElement).to.equal(input);
    expect(insideVisualViewport(input), 'the field is in sight').to.be.true;
    // WebKit's own focus scrolling would leave the field at the very top, its label cut off
    // (Chromium and Firefox centre it): there, the label in sight is the form's doing.
    expect(insideVisualViewport(label), 'its label is in sight').to.be.true;
  });

  it('a field behind the keyboard is handled as soon as the code arrives, when the focus came first', async () => {
    // The built drop-in on a page served from under /held/<key>/, whose lazy chunk the server
    // holds (heldChunks in test/wtr/outages.mjs): the focus and the keyboard come first.
    const prefix = `/held/${crypto.randomUUID()}`;
    const release = () => fetch(`${prefix}/release`, { method: 'POST' });
    const frame = document.createElement('iframe');
    frame.title = 'Form page';
    frame.style.cssText = `border: 0; width: ${PHONE.width}px; height: ${PHONE.height}px`;
    const defined = dropInDefined(frame, `${prefix}/test/fixtures/standalone-authored.html${VENDOR_LINK}`);
    document.body.prepend(frame);
    try {
      await defined;
      const page = frame.contentWindow!;
      const form = page.document.querySelector<WebviewForm>('webview-form')!;
      await form.updateComplete;
      const spacer = () => Object.assign(page.document.createElement('div'), { style: 'height: 1500px' });
      form.before(spacer());
      form.after(spacer());
      const input = form.querySelector<HTMLInputElement>('[name="name"]')!;
      page.scrollBy(0, input.getBoundingClientRect().bottom - (PHONE.height - 20));
      input.focus();
      expect(page.document.activeElement).to.equal(input);
      expect(insideVisualViewport(input, page)).to.be.true;
      // Still held: asked for by the idle-time prefetch or by that focus.
      expect(Number(await (await fetch(`${prefix}/waiting`)).text())).to.be.greaterThan(0);

      const resized = oneEvent(page.visualViewport!, 'resize');
      frame.style.height = `${WITH_KEYBOARD}px`;
      await resized;
      expect(insideVisualViewport(input, page), 'covered while the code is held').to.be.false;

      await release();
      await waitUntil(() => insideVisualViewport(input, page), 'the field came into sight once the code arrived');
      expect(insideVisualViewport(input.closest('label')!, page)).to.be.true;
      expect(page.document.activeElement).to.equal(input);
    } finally {
      await release();
      frame.remove();
    }
  });
});
