import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { WebviewForm } from '../src/element/webview-form.js';
import { recordingTransport, useFreshTab } from './helpers.js';
import { ENGINE, itOnly } from './engine.js';

async function themed(style = '') {
  const { transport } = recordingTransport(new Response('', { status: 400 }));
  const form = await fixture<WebviewForm>(html`
    <webview-form region="us" style=${style} .fields=${[{ name: 'generated', label: 'Generated' }]} .fetch=${transport}>
      <label>Authored <input name="authored" class="page-input" /></label>
    </webview-form>
  `);
  await form.updateComplete;
  const part = (name: string) => form.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
  const control = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  return { form, part, control };
}

describe('theming', () => {
  useFreshTab();
  afterEach(async () => {
    if (ENGINE === 'chromium') await emulateMedia({ colorScheme: 'light' });
  });

  it('wraps a long word (a URL in a label, a hint, a step title) rather than growing wider than a 320 px phone', async () => {
    const word = `https://forms.example/${'alongpathwithoutspaces'.repeat(4)}`;
    const box = await fixture<HTMLDivElement>(html`
      <div style="inline-size: 320px">
        <webview-form region="us" .fields=${[{ step: word, fields: [{ name: 'a', label: word, hint: word }] }]}></webview-form>
      </div>
    `);
    const form = box.querySelector('webview-form') as WebviewForm;
    // updateComplete waits for the steps code, which draws the step's title (a timed wait failed on a busy machine).
    await form.updateComplete;
    expect(form.shadowRoot!.textContent, 'the step title').to.contain('alongpath');
    expect(form.querySelector('label')!.textContent).to.contain(word);
    expect(box.scrollWidth).to.be.at.most(320);
    expect(form.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('styles the built-in button from custom properties', async () => {
    const { part } = await themed('--webview-form-accent: rgb(10, 120, 60); --webview-form-radius: 3px');
    const button = getComputedStyle(part('submit'));
    expect(button.backgroundColor).to.equal('rgb(10, 120, 60)');
    expect(button.borderTopLeftRadius).to.equal('3px');
  });

  // The chrome follows the page's `color-scheme` (inherited by the host), as the light-DOM
  // controls do: no emulation needed, so every engine checks it.
  it('follows the colour scheme of the page around it, whatever the system’s', async () => {
    const { form, part } = await themed();
    await form.submit().catch(() => undefined);
    await form.updateComplete;
    const colours = (scheme: string) => {
      form.parentElement!.style.colorScheme = scheme;
      // The summary's red frame, and the Send button's ground.
      return { frame: getComputedStyle(part('error')).borderTopColor, send: getComputedStyle(part('submit')).backgroundColor };
    };
    const light = colours('light');
    const dark = colours('dark');
    expect(luminance(dark.frame)).to.be.greaterThan(luminance(light.frame));
    expect(luminance(dark.send)).to.be.greaterThan(luminance(light.send));
  });

  // Firefox over WebDriver BiDi and WebKit over WebDriver have no command for prefers-color-scheme.
  itOnly(['chromium'], 'only CDP can emulate prefers-color-scheme')(
    'is dark on a page that allows both schemes when the system is dark, and light on a light page',
    async () => {
      const { form, part } = await themed();
      await form.submit().catch(() => undefined);
      await form.updateComplete;
      const frame = async (page: string, system: 'light' | 'dark') => {
        form.parentElement!.style.colorScheme = page;
        await emulateMedia({ colorScheme: system });
        return getComputedStyle(part('error')).borderTopColor;
      };
      const light = await frame('light dark', 'light');
      // The dark variant's red is lighter, to stand out on a dark ground.
      expect(luminance(await frame('light dark', 'dark'))).to.be.greaterThan(luminance(light));
      // A page that declares no scheme, or only light, keeps the light variant on a dark system.
      expect(await frame('normal', 'dark')).to.equal(light);
      expect(await frame('light', 'dark')).to.equal(light);
    },
  );

  it('gives generated controls finished styles with no page CSS, and leaves authored controls to the page', async () => {
    const { control } = await themed();
    const generated = getComputedStyle(control('generated'));
    expect(generated.borderTopLeftRadius).to.equal('6px');
    expect(parseFloat(generated.paddingLeft)).to.be.greaterThan(5);
    // Left to the page: styled as the browser styles any input (WebKitGTK rounds them, Chromium does not).
    const bare = document.body.appendChild(document.createElement('input'));
    try {
      expect(getComputedStyle(control('authored')).borderTopLeftRadius).to.equal(getComputedStyle(bare).borderTopLeftRadius);
      expect(getComputedStyle(bare).borderTopLeftRadius).not.to.equal('6px');
    } finally {
      bare.remove();
    }
  });

  it('gives an invalid generated field another border colour than a valid one', async () => {
    const element = await fixture<WebviewForm>(
      html`<webview-form
        region="us"
        .fields=${[
          { name: 'valid', value: 'ok' },
          { name: 'missing', required: true },
        ]}
      ></webview-form>`,
    );
    await element.updateComplete;
    await element.submit().catch(() => undefined);
    const border = (name: string) => getComputedStyle(element.querySelector(`[name="${name}"]`)!).borderTopColor;
    expect(element.querySelector('[name="missing"]')!.getAttribute('aria-invalid')).to.equal('true');
    expect(border('missing')).not.to.equal(border('valid'));
  });

  it('lets page CSS win over the generated controls’ styles', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.webview-form-fields input { border-radius: 0; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const { control } = await themed();
      expect(getComputedStyle(control('generated')).borderTopLeftRadius).to.equal('0px');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    }
  });

  it('exposes its parts to ::part()', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('webview-form::part(submit) { text-transform: uppercase; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const { part } = await themed();
      expect(getComputedStyle(part('submit')).textTransform).to.equal('uppercase');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    }
  });
});

function luminance(color: string): number {
  const [r, g, b] = color.match(/\d+/g)!.map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
