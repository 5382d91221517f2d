// Issue 30, row 8: the designer sets `return-url` by the element's own rules (core/return-url.ts),
// the design's link carries it (older links still open), and the page and the preview carry the
// attribute; a way back the form would refuse is said so at its box and written nowhere.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { postedReturnUrl, returnUrlProblem, STARTER_DESIGN, type Design } from '../src/designer/design.js';
import { decodeDesign, DESIGN_PARAM, encodeDesign } from '../src/designer/link.js';
import { pageHtml } from '../src/designer/page.js';
import type { FormDesigner } from '../stories/designer/form-designer.js';
import '../stories/designer/form-designer.js';
import { expectAccessible } from './a11y.js';
import { setPageUrl } from './helpers.js';

/** The `return-url` of the page's form, as a browser reads the page; null when it has none. */
const pageReturnUrl = (html: string) =>
  new DOMParser().parseFromString(html, 'text/html').querySelector('webview-form')!.getAttribute('return-url');

const REFUSED = ['javascript:alert(1)', 'data:text/html,<b>hi</b>', 'intent:#Intent;S.browser_fallback_url=javascript%3Aalert(1);end'];
const TAKEN = [
  'https://example.com/chat',
  '/chat',
  'whatsapp://send?phone=441234567890',
  'intent:#Intent;S.browser_fallback_url=https%3A%2F%2Fexample.com;end',
];

describe('designer: the way back, in the model', () => {
  it('takes what the element links to and refuses what it does not', () => {
    for (const url of TAKEN) expect(returnUrlProblem(url), url).to.equal(undefined);
    for (const url of REFUSED)
      expect(returnUrlProblem(url), url).to.contain('the way back must be a web address or a messaging app’s link');
    expect(returnUrlProblem('https://example.com/\nchat')).to.contain('a line break');
    expect(returnUrlProblem(undefined)).to.equal(undefined);
  });

  it('the page’s form carries return-url as set, and none that the form would refuse', () => {
    expect(pageReturnUrl(pageHtml({ ...STARTER_DESIGN, returnUrl: 'https://example.com/chat?a=1&b="2"' }))).to.equal(
      'https://example.com/chat?a=1&b="2"',
    );
    expect(pageReturnUrl(pageHtml(STARTER_DESIGN))).to.equal(null);
    for (const url of REFUSED) {
      expect(pageReturnUrl(pageHtml({ ...STARTER_DESIGN, returnUrl: url })), url).to.equal(null);
      expect(postedReturnUrl({ ...STARTER_DESIGN, returnUrl: url }), url).to.equal(undefined);
    }
  });

  it('a link carries it; a link from before it opens as it did; one the form would refuse opens, to be marked at its box', () => {
    const design: Design = { ...STARTER_DESIGN, returnUrl: 'whatsapp://send' };
    expect(decodeDesign(encodeDesign(design))).to.deep.equal(design);
    // A link the designer wrote before it had the setting (the starter, as encodeDesign wrote it then).
    const before =
      'eyJlbmRwb2ludCI6Imh0dHA6Ly8xMjcuMC4wLjE6ODc4Ny90aGlyZHBhcnR5LXNlcnZpY2VzLTAuMS93ZWJ2aWV3IiwibWVzc2FnZSI6ImNvbnRhY3QgZGV0YWlscyBzZW50IiwiZmllbGRzIjpbeyJuYW1lIjoibmFtZSIsImxhYmVsIjoiRnVsbCBuYW1lIiwicmVxdWlyZWQiOnRydWUsImF1dG9jb21wbGV0ZSI6Im5hbWUifSx7Im5hbWUiOiJlbWFpbCIsImxhYmVsIjoiRW1haWwiLCJ0eXBlIjoiZW1haWwiLCJyZXF1aXJlZCI6dHJ1ZX0seyJuYW1lIjoiY29udGFjdCIsImxhYmVsIjoiSG93IHNob3VsZCB3ZSBjb250YWN0IHlvdT8iLCJ0eXBlIjoicmFkaW8iLCJvcHRpb25zIjpbIkVtYWlsIiwiUGhvbmUiXX1dfQ';
    expect(decodeDesign(before)).to.deep.equal(STARTER_DESIGN);
    expect(decodeDesign(encodeDesign({ ...STARTER_DESIGN, returnUrl: 'javascript:alert(1)' })).returnUrl).to.equal('javascript:alert(1)');
    expect(() => decodeDesign(encodeDesign({ ...STARTER_DESIGN, returnUrl: 7 } as unknown as Design))).to.throw(
      'sets returnUrl to something other than a text',
    );
  });
});

let restoreUrl: (() => void) | undefined;
afterEach(() => {
  restoreUrl?.();
  restoreUrl = undefined;
});

/** The designer on the starter design, once its outputs are written. */
async function designer(): Promise<FormDesigner> {
  restoreUrl = setPageUrl('');
  const element = await fixture<FormDesigner>(html`<wfd-form-designer></wfd-form-designer>`);
  await waitUntil(() => element.querySelectorAll('[data-output]').length === 6, 'the six outputs are written');
  return element;
}

/** Types `text` into the way-back box, as a person does, and waits for the outputs written for it. */
async function typeReturnUrl(element: FormDesigner, text: string) {
  const box = element.querySelector<HTMLInputElement>('#wfd-return-url')!;
  box.value = text;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  await element.updateComplete;
  const page = () => pageReturnUrl(element.querySelector('[data-output="page"]')!.textContent!);
  await waitUntil(
    () => page() === postedReturnUrl(element.design) || (page() === null && !postedReturnUrl(element.design)),
    'the page is written afresh',
  );
  return { box, page: page(), preview: element.querySelector('webview-form')!.getAttribute('return-url') };
}

describe('designer: the way back, in the designer', () => {
  it('a way back the form takes reaches the page, the preview and the link', async () => {
    const element = await designer();
    const { box, page, preview } = await typeReturnUrl(element, 'https://example.com/chat');
    expect({ page, preview }).to.deep.equal({ page: 'https://example.com/chat', preview: 'https://example.com/chat' });
    expect(box.getAttribute('aria-invalid')).to.equal('false');
    expect(decodeDesign(new URLSearchParams(location.search).get(DESIGN_PARAM)!).returnUrl).to.equal('https://example.com/chat');
  });

  it('a way back the form would refuse is said so at its box, and is written neither in the page nor in the preview', async () => {
    const element = await designer();
    const { box, page, preview } = await typeReturnUrl(element, 'javascript:alert(1)');
    expect({ page, preview }).to.deep.equal({ page: null, preview: null });
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    const error = element.querySelector('#wfd-return-url-error')!;
    expect(box.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    expect(error.textContent).to.contain('The form would not link to “javascript:alert(1)”');
    // The preview's form works on, with no error of its own.
    expect(element.querySelector('webview-form')!.state).to.not.equal('error');
    await expectAccessible(element, 'a refused way back');
  });
});
