/**
 * The form designer: design a form, try it against the simulated bot, copy the page and the
 * Conversation Builder code. Each story's play function is a test of it, driven from the keyboard
 * as a person without a mouse would; axe checks each, as every story.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import sinon from 'sinon';
import { expect, userEvent, waitFor } from 'storybook/test';
// Used as a value, not imported for its side effect alone: the build drops a module imported only
// for that when package.json's "sideEffects" does not name it.
import { FormDesigner } from './designer/form-designer.js';
import { decodeDesign, DESIGN_PARAM, encodeDesign } from '../src/designer/link.js';
import { designFields, STARTER_DESIGN, type Design } from '../src/designer/design.js';
import { authToken } from '../src/core/sign.js';
import { pressKeys, rendered, typeKeys } from './support.js';
import { WCAG_TAGS } from '../.storybook/look-check.js';

const meta: Meta = {
  title: 'Form designer',
  parameters: {
    // A page of its own, full-screen: no padding around it, and no addons panel, which took some 40 %
    // of a 1280×800 window (preview.ts shows the panel again for the other stories).
    layout: 'fullscreen',
    options: { layout: { showPanel: false } },
    // Axe's best practices too (landmarks, one main): the designer is a whole page.
    a11y: { options: { runOnly: { type: 'tag', values: [...WCAG_TAGS, 'best-practice'] } } },
    docs: { description: { component: 'Design a form; the preview posts to a simulated bot; copy the page and the bot code.' } },
  },
  render: () => new FormDesigner(),
  // As tests, the stories share one frame: each starts from the sample, not the design the last left
  // in the address. In Storybook's UI the address is the person's, and a shared link is kept.
  beforeEach: () => {
    if (!('__vitest_browser__' in globalThis)) return;
    const url = new URL(location.href);
    url.searchParams.delete(DESIGN_PARAM);
    history.replaceState(history.state, '', url);
  },
};
export default meta;

type Story = StoryObj;

/** The designer of a story's canvas, rendered. */
async function designer(canvas: HTMLElement): Promise<FormDesigner> {
  const element = canvas.querySelector('wfd-form-designer')!;
  await element.updateComplete;
  return element;
}

/**
 * Presses Tab until `target` has the focus; fails past `limit` presses, so a target out of the tab
 * order is caught. Only real keys prove that: in Storybook's UI, where keys are simulated (and the
 * simulation does not skip a closed `<details>`), the target is focused directly.
 */
async function tabTo(target: Element, limit = 80): Promise<void> {
  if (!('__vitest_browser__' in globalThis)) return (target as HTMLElement).focus();
  for (let presses = 0; document.activeElement !== target; presses++) {
    if (presses === limit) throw new Error(`${target.outerHTML.slice(0, 80)} is not reached with Tab.`);
    await pressKeys('{Tab}');
  }
}

/** The design in this frame's address. */
const designInAddress = (): Design => decodeDesign(new URLSearchParams(location.search).get(DESIGN_PARAM)!);

/** The preview's declared control of `name`. */
const previewControl = (canvas: HTMLElement, name: string) => canvas.querySelector<HTMLInputElement>(`webview-form [name="${name}"]`);

export const Designer: Story = {
  name: 'Form designer',
  play: async ({ canvasElement: canvas }) => {
    const element = await designer(canvas);
    // As a test it opens on the sample; in Storybook's UI, on whatever design its address holds.
    if ('__vitest_browser__' in globalThis) await expect(element.design).toEqual(STARTER_DESIGN);
    const form = await rendered(canvas);
    const names = designFields(element.design).map((field) => field.name);
    await waitFor(() =>
      expect([...new Set([...form.querySelectorAll<HTMLInputElement>('[name]')].map((control) => control.name))]).toEqual(names),
    );
    await waitFor(() =>
      expect([...canvas.querySelectorAll('[data-output]')].map((output) => output.getAttribute('data-output'))).toEqual([
        'page',
        'fields',
        'link',
        'pre-process',
        'starter',
        'curl',
      ]),
    );
  },
};

export const DesignAndTry: Story = {
  name: 'Design a form and try it',
  play: async ({ canvasElement: canvas }) => {
    const element = await designer(canvas);
    // From the keyboard: add a field, name it, make it a phone number.
    await tabTo(canvas.querySelector('#wfd-add')!);
    await pressKeys('{Enter}');
    const name = document.activeElement as HTMLInputElement;
    await waitFor(() => expect(name.id).toMatch(/^wfd-\d+-name$/));
    await userEvent.clear(name);
    await userEvent.type(name, 'phone');
    const type = canvas.querySelector<HTMLSelectElement>(`#${name.id.replace(/name$/, 'type')}`)!;
    await userEvent.selectOptions(type, 'tel');
    await waitFor(() => expect(previewControl(canvas, 'phone')?.type).toBe('tel'));
    await expect(designInAddress().fields.map((field) => ('name' in field ? field.name : ''))).toEqual([
      'name',
      'email',
      'contact',
      'phone',
    ]);

    // The preview posts to the simulated bot, the design's exported bot, which runs the generated pre-process code.
    const form = await rendered(canvas);
    await typeKeys(previewControl(canvas, 'name')!, 'Ada Lovelace');
    await typeKeys(previewControl(canvas, 'email')!, 'ada@example.com');
    previewControl(canvas, 'phone')!.focus();
    await typeKeys(previewControl(canvas, 'phone')!, '+441234567890');
    await form.submit();
    const bot = canvas.querySelector<HTMLElement>('[data-bot]')!;
    await waitFor(() => expect(bot.textContent).toContain('Thank you: your answers reached me.'));
    const variables = Object.fromEntries(element.bot.conversation(element.ids.conversationId)!.botVariables);
    // Beside formURL, which the bot's global function set when the conversation started.
    await expect(variables).toEqual({
      formURL: expect.stringContaining('userId='),
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      contact: null,
      phone: '+441234567890',
    });
    await expect(bot.textContent).toContain('+441234567890');

    // What the preview sent is what the curl line sends: the same body and token.
    const [sent] = element.sent;
    const curl = canvas.querySelector('[data-output="curl"]')!.textContent!;
    await expect(curl).toContain(`Authorization: ${await authToken(element.ids.conversationId, element.ids.botId)}`);
    await expect(sent!.headers.get('Authorization')).toBe(await authToken(element.ids.conversationId, element.ids.botId));
    await expect(canvas.querySelector('[data-output="pre-process"]')!.textContent).toContain(
      `botContext.setBotVariable("phone", botContext.getWebViewVariable("phone"), true, false);`,
    );
    // The page holds the form as HTML (issue 34): the new field is written as the element draws it.
    await expect(canvas.querySelector('[data-output="page"]')!.textContent).toContain(`name="phone" type="tel"`);
    // Start again: the button goes with the post, the focus to the preview's heading above the new form.
    await userEvent.click(canvas.querySelector<HTMLButtonElement>('.wfd-preview button')!);
    await waitFor(() => expect(document.activeElement).toBe(canvas.querySelector('#wfd-preview-title')));
  },
};

export const ReorderAndRemove: Story = {
  name: 'Reorder and remove fields',
  play: async ({ canvasElement: canvas }) => {
    await designer(canvas);
    const labels = () =>
      [...canvas.querySelectorAll('webview-form .webview-form-field')].map((field) =>
        field
          .querySelector('label, legend')!
          .textContent!.replace(/\s*\(optional\)/, '')
          .trim(),
      );
    await waitFor(() => expect(labels()).toEqual(['Full name', 'Email', 'How should we contact you?']));
    const rows = () => [...canvas.querySelectorAll<HTMLElement>('.wfd-row')];

    // Move the first field down: it goes, and the focus stays on its Move down button.
    const down = rows()[0]!.querySelector<HTMLButtonElement>('[data-move="1"]')!;
    await tabTo(down);
    await pressKeys('{Enter}');
    await waitFor(() => expect(labels()).toEqual(['Email', 'Full name', 'How should we contact you?']));
    await expect(document.activeElement).toBe(rows()[1]!.querySelector('[data-move="1"]'));
    await expect(canvas.querySelector('[role="status"]')!.textContent).toBe('Full name moved to place 2 of 3.');
    // At the bottom, Move down keeps the focus and says it is unavailable; pressing it again does nothing.
    await pressKeys('{Enter}');
    await waitFor(() => expect(labels()).toEqual(['Email', 'How should we contact you?', 'Full name']));
    const last = rows()[2]!.querySelector('[data-move="1"]')!;
    await expect(document.activeElement).toBe(last);
    await expect(last.getAttribute('aria-disabled')).toBe('true');
    await pressKeys('{Enter}');
    await expect(labels()).toEqual(['Email', 'How should we contact you?', 'Full name']);
    await expect(document.activeElement).toBe(last);

    // Remove the middle field: the focus goes to the next field's name.
    await tabTo(rows()[1]!.querySelector('[data-remove]')!);
    await pressKeys('{Enter}');
    await waitFor(() => expect(labels()).toEqual(['Email', 'Full name']));
    await expect((document.activeElement as HTMLElement).id).toBe(`${rows()[1]!.querySelector('input')!.id}`);
    await expect(designInAddress().fields).toEqual([STARTER_DESIGN.fields[1], STARTER_DESIGN.fields[0]]);
  },
};

export const StepsAndConditions: Story = {
  name: 'Steps and a condition',
  play: async ({ canvasElement: canvas }) => {
    const element = await designer(canvas);
    const rows = () => [...canvas.querySelectorAll<HTMLElement>('.wfd-row')];
    // The third field shows only when the first is answered "Ada"; the last two are a second step.
    for (const row of rows()) await userEvent.click(row.querySelector('summary')!);
    await userEvent.selectOptions(rows()[2]!.querySelector('select[id$="-when"]')!, 'name');
    await userEvent.type(rows()[2]!.querySelector<HTMLInputElement>('input[id$="-equals"]')!, 'Ada');
    await userEvent.type(rows()[1]!.querySelector<HTMLInputElement>('input[id$="-step"]')!, 'How to reach you');
    await userEvent.type(rows()[0]!.querySelector<HTMLInputElement>('input[id$="-step"]')!, 'About you');
    await expect(element.design.fields).toEqual([
      { step: 'About you', fields: [STARTER_DESIGN.fields[0]] },
      {
        step: 'How to reach you',
        fields: [STARTER_DESIGN.fields[1], { ...STARTER_DESIGN.fields[2], when: { field: 'name', equals: 'Ada' } }],
      },
    ]);
    const form = await rendered(canvas);
    await waitFor(() => expect(form.querySelectorAll('[data-step]')).toHaveLength(2));
  },
};

export const ChoicesAsTyped: Story = {
  name: 'Choices follow as they are typed',
  play: async ({ canvasElement: canvas }) => {
    await designer(canvas);
    const choices = canvas.querySelector<HTMLTextAreaElement>('.wfd-row textarea')!;
    const previewed = () => [...canvas.querySelectorAll<HTMLInputElement>('webview-form [name="contact"]')].map((radio) => radio.value);
    await userEvent.clear(choices);
    choices.focus();
    await pressKeys('Small{Enter}{Enter}');
    await waitFor(() => expect(previewed()).toEqual(['Small']));
    // What is typed stays as typed (a blank line, no spaces around the bar) while the preview follows.
    await pressKeys('Large|A large team');
    await waitFor(() => expect(previewed()).toEqual(['Small', 'Large']));
    await expect(choices.value).toBe('Small\n\nLarge|A large team');
    await expect(document.activeElement).toBe(choices);
  },
};

export const EditingEdges: Story = {
  name: 'Clearing, renaming and putting a condition right',
  play: async ({ canvasElement: canvas }) => {
    const element = await designer(canvas);
    const rows = () => [...canvas.querySelectorAll<HTMLElement>('.wfd-row')];
    const preProcess = () => canvas.querySelector('[data-output="pre-process"]')?.textContent ?? '';

    // A setting cleared leaves the field whole: still posted, still read by the bot code.
    const required = rows()[0]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    await tabTo(required);
    await pressKeys(' ');
    await expect(required.checked).toBe(false);
    await waitFor(() => expect(preProcess()).toContain('getWebViewVariable("name")'));
    await expect(element.design.fields[0]).toEqual({ name: 'name', label: 'Full name', autocomplete: 'name' });

    // The disclosure stays open, with the focus, when its last value is cleared.
    const summary = rows()[0]!.querySelector('summary')!;
    await tabTo(summary);
    await pressKeys('{Enter}');
    const hint = rows()[0]!.querySelector<HTMLInputElement>('input[id$="-hint"]')!;
    await tabTo(hint);
    await pressKeys('x{Backspace}');
    await expect(rows()[0]!.querySelector('details')!.open).toBe(true);
    await expect(document.activeElement).toBe(hint);

    // A condition follows the field it names when that is renamed.
    await userEvent.click(rows()[2]!.querySelector('summary')!);
    await userEvent.selectOptions(rows()[2]!.querySelector('select[id$="-when"]')!, 'email');
    const email = rows()[1]!.querySelector<HTMLInputElement>('input[id$="-name"]')!;
    await userEvent.clear(email);
    await userEvent.type(email, 'mail');
    await expect(element.design.fields[2]).toMatchObject({ when: { field: 'mail', equals: '' } });
    await expect(rows()[2]!.querySelector<HTMLSelectElement>('select[id$="-when"]')!.value).toBe('mail');

    // Moved above the field its condition names, the field makes the preview say so; moved back, the form works again.
    const form = await rendered(canvas);
    await userEvent.click(rows()[2]!.querySelector('[data-move="-1"]')!);
    await waitFor(() => expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent).toContain('does not come before it'));
    await expect(rows()[1]!.querySelector<HTMLSelectElement>('select[id$="-when"]')!.selectedOptions[0]!.textContent).toContain(
      'comes after this field',
    );
    await userEvent.click(rows()[1]!.querySelector('[data-move="1"]')!);
    await waitFor(() => expect(form.state).toBe('idle'));
    await expect(form.shadowRoot!.querySelector('[part="error"]')!.textContent!.trim()).toBe('');

    // A removed field takes the conditions on it along.
    await userEvent.click(rows()[1]!.querySelector('[data-remove]')!);
    await waitFor(() =>
      expect(canvas.querySelector('[role="status"]')!.textContent).toBe(
        'Email removed. A field shown only when it was answered is now always shown.',
      ),
    );
    await expect(element.design.fields[1]).not.toHaveProperty('when');
  },
};

export const LongWords: Story = {
  name: 'Long words wrap',
  play: async ({ canvasElement: canvas }) => {
    await designer(canvas);
    const label = canvas.querySelector<HTMLInputElement>('.wfd-row input[id$="-label"]')!;
    await userEvent.clear(label);
    await userEvent.type(label, 'https://forms.example/a-very-long-address-without-any-space-in-it');
    await waitFor(() => expect(canvas.querySelector('webview-form label')!.textContent).toContain('a-very-long-address'));
    // The look check after the story: nothing scrolls sideways at 320 px.
  },
};

export const GoingLive: Story = {
  name: 'Going live: a region, the page address and the bot ID',
  play: async ({ canvasElement: canvas }) => {
    const element = await designer(canvas);
    const output = (id: string) => canvas.querySelector(`[data-output="${id}"]`)?.textContent ?? '';
    await waitFor(() => expect(output('link')).toContain('var botId = "your bot ID"'));
    await expect(canvas.querySelector('.wfd-output strong')!.textContent).toBe('Fill in Page address and Bot ID');

    await userEvent.selectOptions(canvas.querySelector('#wfd-where')!, 'uk');
    await waitFor(() => expect(output('page')).toContain('region="uk"'));
    // The curl line stays on the mock: LivePerson would refuse the preview's made-up conversation.
    await waitFor(() => expect(output('curl')).toContain("'http://127.0.0.1:8787/thirdparty-services-0.1/webview'"));
    await expect(element.design.region).toBe('uk');

    // A link variable named like a field is marked at its field: the bot would get the name twice.
    const variables = canvas.querySelector<HTMLInputElement>('#wfd-url-variables')!;
    await userEvent.type(variables, 'PaymentId, email');
    await waitFor(() =>
      expect(canvas.querySelector('#wfd-url-variables-error')!.textContent).toBe(
        'email is also a field’s name: the bot would get it twice.',
      ),
    );
    await expect(variables.getAttribute('aria-invalid')).toBe('true');
    await userEvent.clear(variables);
    await userEvent.type(variables, 'PaymentId');
    await waitFor(() => expect(canvas.querySelector('#wfd-url-variables-error')).toBeNull());

    // An address that is no web page's is marked at its field, and the link code waits for a good one.
    const address = canvas.querySelector<HTMLInputElement>('#wfd-page-url')!;
    await userEvent.type(address, 'forms.acme.test/contact');
    await waitFor(() => expect(address.getAttribute('aria-invalid')).toBe('true'));
    await expect(canvas.querySelector('#wfd-page-url-error')!.textContent).toContain('must start with https://');
    await expect(address.getAttribute('aria-describedby')).toContain('wfd-page-url-error');
    await waitFor(() => expect(canvas.querySelector('[role="alert"]')!.textContent).toContain('No link code'));
    await userEvent.clear(address);
    await userEvent.type(address, 'https://forms.acme.test/contact/');
    await userEvent.type(canvas.querySelector<HTMLInputElement>('#wfd-bot-id')!, 'b1a2c3d4');
    await waitFor(() => expect(output('link')).toContain('var link = "https://forms.acme.test/contact/?"'));
    await expect(output('link')).toContain('var botId = "b1a2c3d4"');
    await expect(address.getAttribute('aria-invalid')).toBe('false');
    await expect(canvas.querySelector('.wfd-output strong')).toBeNull();
  },
};

export const CopyAndReload: Story = {
  name: 'Copy the outputs; a reload keeps the design',
  play: async ({ canvasElement: canvas }) => {
    const element = await designer(canvas);
    const written = sinon.stub(navigator.clipboard, 'writeText').resolves();
    try {
      // The outputs come once the curl line is signed.
      const copy = await waitFor(
        () => canvas.querySelector<HTMLButtonElement>('[data-copy="pre-process"]') ?? Promise.reject(new Error('No outputs yet.')),
      );
      await tabTo(copy);
      await pressKeys('{Enter}');
      await waitFor(() =>
        expect(canvas.querySelector('[role="status"]')!.textContent).toBe('Conversation Builder: reading the answers: copied.'),
      );
      await expect(written.firstCall.args[0]).toBe(canvas.querySelector('[data-output="pre-process"]')!.textContent);
      written.rejects(new DOMException('Denied', 'NotAllowedError'));
      await userEvent.click(canvas.querySelector('[data-copy="fields"]')!);
      await waitFor(() => expect(canvas.querySelector('[role="status"]')!.textContent).toContain('the browser refused to copy'));
    } finally {
      written.restore();
    }

    // A second designer, as after a reload, reads the design from the address.
    const message = canvas.querySelector<HTMLInputElement>('#wfd-message')!;
    await userEvent.clear(message);
    await userEvent.type(message, 'quote requested');
    const again = document.createElement('wfd-form-designer');
    canvas.replaceChildren(again);
    await again.updateComplete;
    await expect(again.design).toEqual(element.design);
    await expect(again.design.message).toBe('quote requested');
  },
};

export const UnreadableLink: Story = {
  name: 'A link whose design cannot be read',
  beforeEach: () => {
    const url = new URL(location.href);
    url.searchParams.set(DESIGN_PARAM, encodeDesign(STARTER_DESIGN).slice(0, 20));
    history.replaceState(history.state, '', url);
  },
  play: async ({ canvasElement: canvas }) => {
    const element = await designer(canvas);
    await expect(canvas.querySelector('[role="alert"]')!.textContent).toContain('cannot be read');
    await expect(element.design).toEqual(STARTER_DESIGN);
  },
};
