// confirm-leave: the browser's leave confirmation while typed answers are unsent
// (src/delivery/leave-guard.ts). A real `beforeunload` Event is dispatched on the window: the
// confirmation is asked for when a listener cancels it.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { loadDelivery } from '../src/element/loader.js';
import { createWebviewHandler } from '../src/mock/handler.js';
import { createDemoBot } from '../src/mock/demo-bot.js';
import { VENDOR_LINK, dropInDefined, useFreshTab } from './helpers.js';

/** Whether leaving the page now would ask the person to confirm. */
function leaveAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Resolves once the delivery's controllers (the leave guard among them) are attached to a form
 * whose first input or focus asked for them: the chunk is there, and the microtasks that attach
 * them have all run by the next frame.
 */
async function attached(): Promise<void> {
  await loadDelivery();
  await nextFrame();
}

async function leaveForm(confirmLeave = true) {
  const form = await fixture<WebviewForm>(html`
    <webview-form region="us" ?confirm-leave=${confirmLeave} .fetch=${createWebviewHandler({ bot: createDemoBot() })}>
      <label>Your name <input name="name" /></label>
      <label
        >Colour
        <select name="color">
          <option>red</option>
          <option selected>blue</option>
        </select></label
      >
      <label><input type="checkbox" name="news" /> News by email</label>
    </webview-form>
  `);
  const control = <T extends Element = HTMLInputElement>(name: string) => form.querySelector<T & Element>(`[name="${name}"]`)!;
  const type = async (value: string) => {
    const input = control('name');
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await attached();
  };
  return { form, control, type };
}

describe('confirm-leave', () => {
  useFreshTab();

  it('does not ask on an untouched form', async () => {
    const { control } = await leaveForm();
    // Focus brings the guard, and changes nothing.
    control('name').focus();
    await attached();
    expect(leaveAsks()).to.be.false;
  });

  it('asks once something is typed', async () => {
    const { type } = await leaveForm();
    await type('Arthur');
    expect(leaveAsks()).to.be.true;
    // The interface a navigation dispatches, whose returnValue is a string: there, unlike on a
    // plain Event, setting it to '' does not cancel, so this shows that the guard cancels.
    const navigation = document.createEvent('BeforeUnloadEvent');
    navigation.initEvent('beforeunload', false, true);
    window.dispatchEvent(navigation);
    expect(navigation.defaultPrevented).to.be.true;
  });

  it('counts a choice off its default too: a select, a checkbox', async () => {
    const { control } = await leaveForm();
    const color = control<HTMLSelectElement>('color');
    /** Picks a colour as a person does: the select fires input, then change. */
    const choose = (value: string) => {
      color.value = value;
      color.dispatchEvent(new Event('input', { bubbles: true }));
      color.dispatchEvent(new Event('change', { bubbles: true }));
    };
    choose('red');
    await attached();
    expect(leaveAsks(), 'another colour').to.be.true;
    choose('blue');
    expect(leaveAsks(), 'the colour back').to.be.false;
    control('news').click();
    expect(leaveAsks(), 'ticked').to.be.true;
    control('news').click();
    expect(leaveAsks(), 'unticked').to.be.false;
  });

  it('does not ask without confirm-leave, and reads the attribute live', async () => {
    const { form, type } = await leaveForm(false);
    await type('Arthur');
    expect(leaveAsks()).to.be.false;
    form.toggleAttribute('confirm-leave', true);
    await form.updateComplete;
    expect(form.confirmLeave).to.be.true;
    expect(leaveAsks(), 'turned on').to.be.true;
    form.confirmLeave = false;
    await form.updateComplete;
    expect(leaveAsks(), 'turned off').to.be.false;
  });

  it('asks when a draft brought back answers typed before a reload: they are unsent too', async () => {
    const first = await leaveForm();
    await first.type('Arthur');
    first.form.remove();
    // The same form again, in the same place: the draft kept in the tab restores the answer.
    const again = await leaveForm();
    await again.form.updateComplete;
    expect(again.control('name').value).to.equal('Arthur');
    expect(leaveAsks()).to.be.true;
  });

  it('does not ask once what was typed is erased', async () => {
    const { type } = await leaveForm();
    await type('Arthur');
    expect(leaveAsks()).to.be.true;
    await type('');
    expect(leaveAsks()).to.be.false;
  });

  it('does not ask after a successful send', async () => {
    const { form, type } = await leaveForm();
    await type('Arthur');
    expect(leaveAsks()).to.be.true;
    await form.submit();
    expect(form.state).to.equal('success');
    expect(leaveAsks()).to.be.false;
  });

  it('does not ask after reset()', async () => {
    const { form, type } = await leaveForm();
    await type('Arthur');
    expect(leaveAsks()).to.be.true;
    form.reset();
    expect(leaveAsks()).to.be.false;
  });

  it('listens to beforeunload only while leaving would lose answers (the listener costs the back/forward cache)', async () => {
    const added = sinon.spy(window, 'addEventListener');
    try {
      /** The beforeunload listeners added to the window and not removed (the guard removes them by aborting their signal). */
      const listening = () =>
        added
          .getCalls()
          .filter((call) => call.args[0] === 'beforeunload')
          .filter((call) => !(call.args[2] as AddEventListenerOptions | undefined)?.signal?.aborted).length;
      const { form, type } = await leaveForm();
      form.querySelector('input')!.focus();
      await attached();
      expect(listening(), 'untouched').to.equal(0);
      await type('Arthur');
      expect(listening(), 'typed').to.equal(1);
      await type('Arthur, King of the Britons');
      expect(listening(), 'typed more: still one').to.equal(1);
      form.reset();
      await form.updateComplete;
      expect(listening(), 'reset').to.equal(0);
      await type('Lancelot');
      expect(listening(), 'typed again').to.equal(1);
      form.remove();
      expect(listening(), 'the form left the page').to.equal(0);
      document.body.append(form);
      await form.updateComplete;
      await nextFrame();
      expect(listening(), 'back on the page, with the answers').to.equal(1);
      await form.submit();
      await form.updateComplete;
      expect(listening(), 'sent').to.equal(0);
      form.remove();
    } finally {
      added.restore();
    }
  });
});

describe('confirm-leave before the leave guard has come', () => {
  // The built drop-in on a page served from under /held/<key>/, whose lazy chunks the server holds
  // (heldChunks in test/wtr/outages.mjs): the person types while the delivery is on its way.
  async function heldPage() {
    const prefix = `/held/${crypto.randomUUID()}`;
    const frame = document.createElement('iframe');
    frame.title = 'Form page';
    const defined = dropInDefined(frame, `${prefix}/test/fixtures/standalone-authored.html${VENDOR_LINK}`);
    document.body.append(frame);
    await defined;
    const page = frame.contentWindow! as Window & typeof globalThis;
    const form = page.document.querySelector<WebviewForm>('webview-form')!;
    await form.updateComplete;
    const input = form.querySelector<HTMLInputElement>('[name="name"]')!;
    return {
      page,
      form,
      held: async () => Number(await (await fetch(`${prefix}/waiting`)).text()),
      release: () => fetch(`${prefix}/release`, { method: 'POST' }),
      close: async () => {
        await fetch(`${prefix}/release`, { method: 'POST' });
        frame.remove();
      },
      type: (value: string) => {
        input.value = value;
        input.dispatchEvent(new page.Event('input', { bubbles: true }));
      },
      asks: () => {
        const event = new page.Event('beforeunload', { cancelable: true });
        page.dispatchEvent(event);
        return event.defaultPrevented;
      },
    };
  }

  it('asks already after the first keystroke, and hands over to the guard once it comes', async () => {
    const { form, held, release, close, type, asks } = await heldPage();
    try {
      form.confirmLeave = true;
      type('Arthur');
      expect(await held(), 'the delivery is held').to.be.greaterThan(0);
      expect(asks(), 'typed, and the guard not there yet').to.be.true;
      form.confirmLeave = false;
      expect(asks(), 'confirm-leave is read live').to.be.false;
      form.confirmLeave = true;

      await release();
      // The chunk arrives and the guard takes over, judging by the values: erased is untouched.
      await waitUntil(() => {
        type('');
        return !asks();
      }, 'the guard took over');
      type('Ford');
      expect(asks()).to.be.true;
    } finally {
      await close();
    }
  });

  it('adds no beforeunload listener without confirm-leave (it would cost the back/forward cache)', async () => {
    const { page, held, close, type } = await heldPage();
    const added = sinon.spy(page, 'addEventListener');
    try {
      type('Arthur');
      expect(await held(), 'the delivery is held').to.be.greaterThan(0);
      expect(added.getCalls().filter((call) => call.args[0] === 'beforeunload')).to.have.length(0);
    } finally {
      added.restore();
      await close();
    }
  });
});
