// The demo pages stay finished: at a small phone's width and a desktop's, light and dark, no page
// scrolls sideways, every interactive target is at least 24×24 CSS px (WCAG 2.5.8) and axe finds no
// WCAG 2 A/AA violation, colour contrast included. Run in Debian's Chromium over Vite's dev server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { DEMO_PAGES, useDemo } from '../demo-site.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WIDTHS = [320, 390, 1280];
const SCHEMES = ['light', 'dark'];

const demo = useDemo({ before, after });

/**
 * Interactive targets smaller than 24×24 px, in the page and in open shadow roots. A checkbox or
 * radio counts with its label (clicking the label activates it); a link inside a run of text is
 * exempt (WCAG 2.5.8's inline exception).
 */
function smallTargets() {
  const selector =
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
  const all = [];
  const collect = (scope) => {
    all.push(...scope.querySelectorAll(selector));
    for (const element of scope.querySelectorAll('*')) if (element.shadowRoot) collect(element.shadowRoot);
  };
  collect(document);
  const union = (rects) => {
    const boxes = rects.filter((rect) => rect.width > 0 && rect.height > 0);
    const left = Math.min(...boxes.map((box) => box.left));
    const top = Math.min(...boxes.map((box) => box.top));
    return { width: Math.max(...boxes.map((box) => box.right)) - left, height: Math.max(...boxes.map((box) => box.bottom)) - top };
  };
  const inline = (element) => {
    if (element.localName !== 'a' || getComputedStyle(element).display !== 'inline') return false;
    const block = element.parentElement;
    return block.textContent.trim().length > element.textContent.trim().length;
  };
  const describe = (element) =>
    `${element.localName}${element.id ? `#${element.id}` : ''}${element.getAttribute('name') ? `[name=${element.getAttribute('name')}]` : ''} "${(element.textContent || element.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
  const small = [];
  for (const element of all) {
    const own = element.getBoundingClientRect();
    if (own.width === 0 || own.height === 0 || getComputedStyle(element).visibility === 'hidden' || inline(element)) continue;
    const labels = element.labels ? [...element.labels] : [];
    const box = union([own, ...labels.map((label) => label.getBoundingClientRect())]);
    if (box.width < 24 - 0.5 || box.height < 24 - 0.5)
      small.push(`${describe(element)} is ${box.width.toFixed(1)}×${box.height.toFixed(1)}`);
  }
  return small;
}

/** Pages with more to look at than what opens: each later state, and how a person gets there. */
const LATER_STATES = {
  lead: [
    {
      name: 'with every error showing',
      async reach(page) {
        await page.getByRole('textbox', { name: 'Email' }).fill('not an address');
        await page.getByRole('button', { name: 'Send' }).click();
        await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      },
    },
  ],
  'lead-fr': [
    {
      name: 'with every error showing',
      async reach(page) {
        await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
        await page.getByRole('heading', { name: 'Il y a un problème' }).waitFor();
      },
    },
  ],
  form: [
    {
      name: 'after success',
      async reach(page) {
        await page.getByLabel('Your name').fill('Arthur');
        await page.getByRole('button', { name: 'Send' }).click();
        await page.getByRole('heading', { name: 'Sent' }).waitFor();
      },
    },
  ],
  survey: [
    {
      name: 'with its error showing',
      async reach(page) {
        await page.getByRole('button', { name: 'Send feedback' }).click();
        await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
      },
    },
    {
      name: 'after two stars, asking what went wrong',
      async reach(page) {
        await page.getByRole('radio', { name: '2 of 5', exact: true }).click();
        await page.getByLabel('What went wrong?').fill('I waited ten minutes for an answer.');
        await page.getByRole('radio', { name: '6', exact: true }).click();
      },
    },
  ],
  'lead-steps': [
    {
      name: 'on the review page',
      async reach(page) {
        const next = () => page.getByRole('button', { name: 'Next' }).click();
        await page.getByLabel('Full name').fill('Ada Lovelace');
        await page.getByLabel('Email', { exact: true }).fill('ada@engines.example');
        await next();
        await page.getByLabel('By phone').check();
        await page.getByLabel('Phone number').fill('+44 20 7946 0000');
        await next();
        await page.getByLabel('Company').fill('Analytical Engines');
        await page.getByLabel('Team size').selectOption('11-50');
        await next();
        await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
      },
    },
  ],
};

/** What is wrong with the page as it is now, at each width; `where` names its state in the problems. */
async function lookAtWidths(page, where) {
  const problems = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width < 600 ? 700 : 800 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const at = `${width} px, ${where}`;
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.scrollingElement.scrollWidth, innerWidth }));
    if (scrollWidth > innerWidth) problems.push(`${at}: scrolls sideways (${scrollWidth} px wide in a ${innerWidth} px window)`);
    for (const small of await page.evaluate(smallTargets)) problems.push(`${at}: target ${small}`);
    const violations = await page.evaluate(async () => {
      const results = await window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return {
        passes: results.passes.length,
        violations: results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`),
      };
    });
    assert.ok(violations.passes > 0, 'axe checked nothing');
    for (const violation of violations.violations) problems.push(`${at}: axe ${violation}`);
  }
  return problems;
}

for (const { path, name } of DEMO_PAGES) {
  test(`the ${name} page has no sideways scroll, small targets or axe violations at 320, 390 and 1280 px, light and dark`, async () => {
    const problems = [];
    for (const scheme of SCHEMES) {
      const context = await demo.browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(demo.url(path));
      await page.waitForFunction(() => customElements.get('webview-form') || document.querySelector('#ids code'));
      // A multi-step form shows once its steps code has loaded: judge it then, not the empty card.
      await page.evaluate(() => document.querySelector('webview-form')?.updateComplete);
      // The chat page's IDs are long and unbroken: the case that once set the layout's width.
      if (name === 'chat') {
        await page.locator('#ids code').first().waitFor({ state: 'attached' });
        // Bubbles both ways and the bot's card button, measured too.
        await page.getByLabel('Message').fill('web view');
        await page.getByRole('button', { name: 'Send' }).click();
        await page.getByRole('link', { name: 'Open the form' }).waitFor();
      }
      await page.addScriptTag({ path: axePath });
      problems.push(...(await lookAtWidths(page, scheme)));
      for (const state of LATER_STATES[name] ?? []) {
        await state.reach(page);
        problems.push(...(await lookAtWidths(page, `${scheme}, ${state.name}`)));
      }
      await context.close();
    }
    assert.deepEqual(problems, [], `the ${name} page:\n${problems.join('\n')}`);
  });
}
