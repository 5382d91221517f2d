// Declared fields are drawn by the first render (fields/templates.ts); drawing them again without
// losing an answer comes with the delivery chunk (delivery/keyed-fields.ts). A change of the texts after
// the person typed, while that chunk is still on its way, must wait for it: drawn anew at once, the
// field would lose what was typed. When the chunk comes, its drawing takes over the first render's
// nodes rather than drawing them again. The drop-in's pages are served with their lazy chunks held.
import { expect, waitUntil } from '@open-wc/testing';
import { heldDropIn } from './helpers.js';

describe('declared fields before the delivery chunk came', () => {
  it('new texts after typing wait for the chunk, then show; the typed answer and its control stay', async () => {
    const { page, form, waiting, release, close } = await heldDropIn('standalone.html');
    try {
      // The first render draws the declaration at once, without the held chunk.
      await waitUntil(() => form.querySelector('[name="name"]'), 'the declared fields are drawn');
      const name = form.querySelector<HTMLInputElement>('[name="name"]')!;
      const optional = () => form.querySelector('.webview-form-optional')!.textContent;
      expect(optional()).to.equal('(optional)');

      name.value = 'Arthur';
      name.dispatchEvent(new page.Event('input', { bubbles: true }));
      expect(await waiting(), 'the delivery is held').to.be.greaterThan(0);
      form.messages = { optional: '(facultatif)' };
      await new Promise((resolve) => page.requestAnimationFrame(resolve));
      expect(optional(), 'waits for the chunk').to.equal('(optional)');
      expect(form.querySelector('[name="name"]')).to.equal(name);

      await release();
      await waitUntil(() => optional() === '(facultatif)', 'the new text shows once the chunk came');
      expect(form.querySelector('[name="name"]'), 'the same control').to.equal(name);
      expect(name.value, 'what was typed').to.equal('Arthur');
    } finally {
      await close();
    }
  });

  it('the chunk takes over the drawn fields: no node is replaced, what was typed and the focus stay, and new texts go in place', async () => {
    const { page, form, waiting, release, close } = await heldDropIn('standalone.html');
    try {
      await waitUntil(() => form.querySelector('[name="name"]'), 'the declared fields are drawn');
      const container = form.querySelector('.webview-form-fields')!;
      const name = form.querySelector<HTMLInputElement>('[name="name"]')!;
      name.focus();
      name.value = 'Arthur';
      name.dispatchEvent(new page.Event('input', { bubbles: true }));
      expect(await waiting(), 'the delivery is held').to.be.greaterThan(0);
      const drawnBefore = [...container.querySelectorAll('*')];
      const changes: MutationRecord[] = [];
      const observer = new page.MutationObserver((records) => changes.push(...records));
      observer.observe(container, { childList: true, subtree: true, attributes: true });

      await release();
      expect(await form.updateComplete).to.be.true;
      await new Promise((resolve) => page.requestAnimationFrame(resolve));
      expect(changes.splice(0), 'nothing drawn again').to.deep.equal([]);
      expect([...container.querySelectorAll('*')], 'the same nodes').to.deep.equal(drawnBefore);
      expect(name.value, 'what was typed').to.equal('Arthur');
      expect(page.document.activeElement, 'the focus').to.equal(name);

      // The taken-over nodes carry the chunk's keys and texts: a text changes in place.
      form.messages = { optional: '(facultatif)' };
      await form.updateComplete;
      expect(form.querySelector('.webview-form-optional')!.textContent).to.equal('(facultatif)');
      expect(
        changes.filter((change) => change.type !== 'characterData'),
        'only the text changed',
      ).to.deep.equal([]);
      observer.disconnect();
    } finally {
      await close();
    }
  });

  it("a control the page wrote before the chunk came takes its field's place; the fields drawn after it are kept, with what was typed", async () => {
    const { page, form, waiting, release, close } = await heldDropIn('standalone.html');
    try {
      form.fields = [
        { name: 'name', label: 'Your name', required: true },
        { name: 'color', type: 'select', label: 'Color', options: ['red', 'blue'] },
        { name: 'notes', label: 'Notes' },
      ];
      await waitUntil(() => form.querySelector('[name="notes"]'), 'the new declaration is drawn');
      const name = form.querySelector<HTMLInputElement>('[name="name"]')!;
      const notes = form.querySelector<HTMLInputElement>('[name="notes"]')!;
      notes.value = 'Bring a towel';
      notes.dispatchEvent(new page.Event('input', { bubbles: true }));
      const written = page.document.createElement('input');
      written.name = 'color';
      form.append(written);
      expect(await waiting(), 'the delivery is held').to.be.greaterThan(0);

      await release();
      await waitUntil(() => form.querySelectorAll('[name="color"]').length === 1, 'the drawn color control gives way');
      expect(form.querySelector('[name="color"]'), "the page's control").to.equal(written);
      expect(form.querySelector('[name="notes"]'), 'the field after it, kept').to.equal(notes);
      expect(notes.value, 'what was typed').to.equal('Bring a towel');
      expect(form.querySelector('[name="name"]'), 'the field before it, kept').to.equal(name);
      expect(form.querySelector('label[for="' + notes.id + '"]')!.textContent, 'still its own label').to.contain('Notes');
    } finally {
      await close();
    }
  });

  it('a form without a declaration whose texts change after typing settles once the chunk came', async () => {
    const { page, form, waiting, release, close } = await heldDropIn('standalone-authored.html');
    try {
      await form.updateComplete;
      const name = form.querySelector<HTMLInputElement>('[name="name"]')!;
      name.value = 'Arthur';
      name.dispatchEvent(new page.Event('input', { bubbles: true }));
      expect(await waiting(), 'the delivery is held').to.be.greaterThan(0);
      form.messages = { send: 'Envoyer' };
      await release();
      expect(await form.updateComplete).to.be.true;
      const frames = async (count: number) => {
        for (let frame = 0; frame < count; frame++) await new Promise((resolve) => page.requestAnimationFrame(resolve));
      };
      await frames(2);
      // It used to ask for the chunk and update again, forever: the page never came to rest.
      const element = form as unknown as { updated: (changed: unknown) => void };
      const updated = element.updated.bind(form);
      let updates = 0;
      element.updated = (changed) => {
        updates++;
        updated(changed);
      };
      // A late answer (the settings check, the draft) may still update once; the loop updated
      // again in every microtask.
      await frames(5);
      expect(updates, 'updates once settled').to.be.below(3);
      expect(form.shadowRoot!.querySelector('[part="submit"]')!.textContent, 'the new text').to.equal('Envoyer');
      expect(name.value).to.equal('Arthur');
    } finally {
      await close();
    }
  });
});
