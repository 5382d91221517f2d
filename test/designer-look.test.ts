// Issue 30, row 6: the designer is axe clean with best practices too (all content in landmarks,
// one main), and its checkboxes look like its other controls: a 2 px border in the text colour,
// a target of 24 px or more, the same focus ring, in light and dark.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { FormDesigner } from '../stories/designer/form-designer.js';
import '../stories/designer/form-designer.js';
import { expectAccessible, WITH_BEST_PRACTICES } from './a11y.js';

/**
 * The designer alone on a page, as Storybook's full-screen story shows it (a titled page in
 * English, whose host paints the scheme's canvas: .storybook/host-page.ts), once its outputs are
 * written.
 */
async function designerPage(scheme: 'light' | 'dark'): Promise<FormDesigner> {
  document.documentElement.style.colorScheme = scheme;
  document.documentElement.lang = 'en';
  document.title = 'Form designer';
  const host = await fixture<HTMLElement>(
    html`<div style="background: Canvas; color: CanvasText"><wfd-form-designer></wfd-form-designer></div>`,
  );
  const designer = host.querySelector('wfd-form-designer')!;
  await waitUntil(() => designer.querySelectorAll('[data-output]').length === 6, 'the six outputs are written');
  return designer;
}

afterEach(() => document.documentElement.style.removeProperty('color-scheme'));

describe('designer: one accessible page', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations, best practices included, in ${scheme}`, async () => {
      await designerPage(scheme);
      await expectAccessible(document, `designer (${scheme})`, WITH_BEST_PRACTICES);
    });
  }
});

/** What a person sees of a control's edge: the box a checkbox's label draws, else the control's own. */
function edge(control: HTMLInputElement) {
  const drawn = control.type === 'checkbox' ? getComputedStyle(control.labels![0]!, '::before') : getComputedStyle(control);
  return { width: drawn.borderTopWidth, colour: drawn.borderTopColor, boxShadow: drawn.boxShadow, outline: drawn.outlineStyle };
}

describe('designer: checkboxes like its other controls', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`every checkbox has the text boxes' 2 px border in the text colour and a target of 24 px or more, in ${scheme}`, async () => {
      const designer = await designerPage(scheme);
      const textBox = edge(designer.querySelector<HTMLInputElement>('#wfd-message')!);
      const checkboxes = [...designer.querySelectorAll<HTMLInputElement>('.wfd input[type="checkbox"]')].filter(
        (box) => !box.closest('webview-form'),
      );
      expect(checkboxes.length, 'the auto-submit setting and each row’s Required').to.equal(4);
      for (const box of checkboxes) {
        const { width, height } = box.getBoundingClientRect();
        expect(Math.min(width, height), `${box.id}'s target`).to.be.at.least(24);
        const { width: border, colour } = edge(box);
        expect({ border, colour }, box.id).to.deep.equal({ border: textBox.width, colour: textBox.colour });
      }
    });
  }

  it('a checkbox reached with Tab shows the focus ring, its tick only once checked', async () => {
    const designer = await designerPage('light');
    const box = designer.querySelector<HTMLInputElement>('#wfd-auto-submit')!;
    const tick = () => getComputedStyle(box.labels![0]!, '::after').opacity;
    expect(tick()).to.equal('0');
    designer.querySelector<HTMLInputElement>('#wfd-url-variables')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(box);
    expect(edge(box).boxShadow, 'the yellow ring around the box').to.contain('rgb(255, 221, 0)');
    await sendKeys({ press: ' ' });
    await designer.updateComplete;
    expect(designer.design.autoSubmit).to.equal(true);
    expect(tick()).to.equal('1');
  });
});
