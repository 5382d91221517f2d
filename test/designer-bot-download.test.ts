// The designer's "Download the bot" (issue 33): the button saves the design's Conversation Builder
// export as <title>.bot.json, from a mouse or a keyboard, says so in the live region, and a design
// whose link the form could not read gets the reason instead of the button.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { STARTER_DESIGN, type Design } from '../src/designer/design.js';
import type { FormDesigner } from '../stories/designer/form-designer.js';
import { expectAccessible } from './a11y.js';
import { designerOn } from './designer-support.js';

interface Saved {
  name: string;
  type: string;
  text: string;
}

/** The files the page offers for download from now on, read from their links rather than saved. */
function downloads() {
  const files: Array<Promise<Saved>> = [];
  const listener = (event: Event) => {
    const link = event.target;
    if (!(link instanceof HTMLAnchorElement) || !link.hasAttribute('download')) return;
    // The browser would save it: the test reads it instead, while the page still holds it.
    event.preventDefault();
    files.push(
      fetch(link.href)
        .then((response) => response.blob())
        .then(async (blob) => ({ name: link.download, type: blob.type, text: await blob.text() })),
    );
  };
  document.addEventListener('click', listener, true);
  after(() => document.removeEventListener('click', listener, true));
  return { files, stop: () => document.removeEventListener('click', listener, true) };
}

const DESIGN: Design = {
  ...STARTER_DESIGN,
  title: 'Get a quote',
  message: 'quote sent',
  pageUrl: 'https://forms.example/quote.html',
  botId: '795bb1534e34fc89050304e6f6827c41c50410d7',
  offerPatterns: ['quote'],
};

const button = (designer: FormDesigner) => designer.querySelector<HTMLButtonElement>('button[data-download="bot"]');
const status = (designer: FormDesigner) => designer.querySelector('[role="status"]')!.textContent!.trim();

describe('designer: Download the bot', () => {
  it('saves the design’s bot as <title>.bot.json: the export, as JSON, and says so', async () => {
    const designer = await designerOn(DESIGN);
    const saved = downloads();
    expect(button(designer)!.textContent!.trim()).to.equal('Download the bot');
    button(designer)!.click();
    await waitUntil(() => saved.files.length === 1, 'one file offered');
    saved.stop();
    const file = await saved.files[0]!;
    expect(file.name).to.equal('Get a quote.bot.json');
    expect(file.type).to.equal('application/json');
    const bot = JSON.parse(file.text);
    expect(bot.bot.name).to.equal('Get a quote');
    expect(bot.groups.map((group: { name: string }) => group.name)).to.deep.equal(['Offer the form', 'Read the answers']);
    expect(bot.conversationMessage.map((message: { pattern?: string[] }) => message.pattern).filter(Boolean)).to.deep.equal([
      ['quote'],
      ['quote sent'],
    ]);
    expect(bot.globalFunctions.methods).to.contain('"https://forms.example/quote.html?"').and.contain(`"${DESIGN.botId}"`);
    await waitUntil(() => status(designer) === 'The bot: saved as Get a quote.bot.json.', 'the live region says it');
  });

  it('is a button a keyboard presses with Enter and with Space, named and described for a screen reader', async () => {
    const designer = await designerOn(DESIGN);
    const saved = downloads();
    const download = button(designer)!;
    expect(download.type).to.equal('button');
    expect(document.getElementById(download.getAttribute('aria-describedby')!)!.textContent).to.contain('Get a quote.bot.json');
    download.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => saved.files.length === 1, 'Enter offers the file');
    await sendKeys({ press: ' ' });
    await waitUntil(() => saved.files.length === 2, 'Space offers it again');
    saved.stop();
    const [first, second] = await Promise.all(saved.files);
    // Each press is a new bot: fresh ids, so two imports never collide.
    expect(JSON.parse(first!.text).bot.id).not.to.equal(JSON.parse(second!.text).bot.id);
    expect(document.activeElement, 'the focus stays on the button').to.equal(download);
    await expectAccessible(download.closest('section')!, 'the bot download');
  });

  it('a page address the link cannot carry gets the reason instead of the button', async () => {
    const designer = await designerOn({ ...DESIGN, pageUrl: 'https://forms.example/quote.html#top' });
    expect(button(designer)).to.equal(null);
    const alert = designer.querySelector('[data-download-error="bot"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('No bot: The page address must end before');
  });

  it('a form that posts no message says its bot has no dialog for the answers', async () => {
    const designer = await designerOn({ ...DESIGN, message: undefined });
    const section = button(designer)!.closest('section')!;
    expect(section.textContent).to.contain('The form posts no message');
  });
});
