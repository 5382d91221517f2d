// Issue 27, row 8: drafts validated when read. A stored draft outlives the form's design (and can
// be written by anything in the tab): a step that is not one of the form's now, or an entry that is
// malformed, must not break the form; it starts at the first step with the answers that still fit.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { draftKey } from '../src/delivery/draft.js';
import { IDS, useFreshTab } from './helpers.js';

const TRIP = [
  { step: 'About you', fields: [{ name: 'name', label: 'Full name', required: true }] },
  { step: 'Your trip', fields: [{ name: 'destination', label: 'Destination' }] },
  { step: 'Extras', fields: [{ name: 'notes', label: 'Notes' }] },
];

const ANSWERS = [
  { name: 'name', index: 0, value: 'Arthur' },
  { name: 'destination', index: 0, value: 'Avalon' },
];

/** Stores `draft` as the draft of the form with id "trip" on this page, then draws that form. */
async function withDraft(draft: unknown, attributes: { review?: boolean; restores?: boolean } = {}) {
  // Saved now, as the form saves it: the tests are about what is read back, not its age.
  const saved = draft && typeof draft === 'object' && !Array.isArray(draft) ? { savedAt: Date.now(), ...draft } : draft;
  localStorage.setItem(draftKey(`${location.pathname}#trip`, IDS.conversationId), JSON.stringify(saved));
  const form = await fixture<WebviewForm>(
    html`<webview-form id="trip" region="us" ?review=${attributes.review ?? false} .fields=${TRIP}></webview-form>`,
  );
  await form.updateComplete;
  // The answers come back with the delivery chunk; on a busy machine WebKit once had them a moment
  // after updateComplete (1 run in 3 full runs): row 8 is about what comes back, not when.
  if (attributes.restores !== false)
    await waitUntil(() => form.querySelector<HTMLInputElement>('[name="name"]')?.value === 'Arthur', 'the draft was restored', {
      timeout: 10_000,
    });
  const shadow = form.shadowRoot!;
  return {
    form,
    heading: () => shadow.querySelector<HTMLElement>('[part="step"]')?.textContent?.replace(/\s+/g, ' ').trim(),
    part: (name: string) => shadow.querySelector(`[part="${name}"]`),
    value: (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!.value,
  };
}

describe('a stored draft read back', function () {
  // The first test of the file waits for the delivery's many modules, served one by one by the
  // test server: on a busy machine WebKit took over five seconds.
  this.timeout(20_000);
  useFreshTab();

  for (const [scenario, step] of [
    ['is -1', -1],
    ['is null', null],
    ['is 1.5', 1.5],
    ['is past the last step (the form was redesigned)', 7],
    ['is a string', '1'],
  ] as const) {
    it(`a draft whose step ${scenario} starts at the first step and keeps its answers`, async () => {
      const { form, heading, part, value } = await withDraft({ controls: ANSWERS, step });
      expect(heading()).to.equal('Step 1 of 3 About you');
      expect(part('next')).to.exist;
      expect(form.state).to.equal('idle');
      expect(value('name')).to.equal('Arthur');
      expect(value('destination')).to.equal('Avalon');
    });
  }

  it('a draft whose step is the number of steps does not open "Check your answers" on a form without review', async () => {
    const { heading, part, value } = await withDraft({ controls: ANSWERS, step: TRIP.length });
    expect(heading()).to.equal('Step 1 of 3 About you');
    expect(part('review')).to.equal(null);
    expect(value('name')).to.equal('Arthur');
  });

  it('a draft on the review page of a form with review opens it again', async () => {
    const { heading } = await withDraft({ controls: ANSWERS, step: TRIP.length }, { review: true });
    expect(heading()).to.equal('Check your answers');
  });

  it('a draft with a step the form still has opens that step', async () => {
    const { heading, value } = await withDraft({ controls: ANSWERS, step: 2 });
    expect(heading()).to.equal('Step 3 of 3 Extras');
    expect(value('destination')).to.equal('Avalon');
  });

  it('a draft with malformed entries keeps the well-formed ones and drops the others', async () => {
    const controls = [
      null,
      'junk',
      { name: 'destination', index: 0, value: 42 },
      { name: 'notes', index: -1, value: 'Grail' },
      { name: 'name', index: 0, value: 'Arthur' },
    ];
    const { form, heading, value } = await withDraft({ controls, step: 0 });
    expect(heading()).to.equal('Step 1 of 3 About you');
    expect(form.state).to.equal('idle');
    expect(value('name')).to.equal('Arthur');
    expect(value('destination')).to.equal('');
    expect(value('notes')).to.equal('');
  });

  it('a draft that is not an object is ignored', async () => {
    const { heading, value } = await withDraft([ANSWERS], { restores: false });
    expect(heading()).to.equal('Step 1 of 3 About you');
    expect(value('name')).to.equal('');
  });
});
