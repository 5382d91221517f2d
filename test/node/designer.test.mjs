// The form designer in the built Storybook, end to end, as a bot builder uses it: the design kept
// in Storybook's own address across a reload; then the page it writes, saved beside the built
// drop-in and opened with the link's IDs, posts exactly what the designer's preview posted (the
// same body, the same token) to the mock server, a real one over HTTP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { startMockServer } from 'webview-form/mock/server';
import { chromiumArgs, chromiumPath } from '../browsers.mjs';
import { servePageBesideDropIn, serveStatic } from '../static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

let storybook, server, browser, mock;

before(async () => {
  storybook = mkdtempSync(join(tmpdir(), 'webview-form-storybook-'));
  execFileSync('npx', ['storybook', 'build', '--quiet', '--output-dir', storybook], { cwd: root, stdio: 'ignore' });
  server = await serveStatic(storybook);
  mock = await startMockServer({ port: 0 });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
});

after(async () => {
  await browser?.close();
  await mock?.close();
  server?.close();
  if (storybook) rmSync(storybook, { recursive: true, force: true });
});

/** Storybook's manager on the designer's story; resolves with the page and the story's frame. */
async function openDesigner(context, query = '') {
  const page = await context.newPage();
  await page.goto(`${server.origin}/?path=/story/form-designer--designer${query}`);
  const frame = page.frameLocator('#storybook-preview-iframe');
  await frame.locator('wfd-form-designer webview-form [name="name"]').waitFor();
  return { page, frame };
}

/** The designer's story on its own page, Storybook's iframe.html, with none of the manager's panels around it. */
async function openStory(context) {
  const page = await context.newPage();
  await page.goto(`${server.origin}/iframe.html?id=form-designer--designer&viewMode=story`);
  await page.locator('wfd-form-designer webview-form [name="name"]').waitFor();
  return page;
}

test("the design lives in Storybook's address: a reload keeps it", async () => {
  const context = await browser.newContext();
  const { page, frame } = await openDesigner(context);
  await frame.locator('#wfd-message').fill('quote requested');
  // From the keyboard, as every action on a control here: a key goes to the focused element, so no
  // panel over it and no scrolling under the pointer can take it, as they can a click.
  await frame.getByRole('button', { name: 'Add a field' }).press('Enter');
  await page.waitForFunction(() => new URL(location.href).searchParams.has('design'));
  const shared = page.url();

  // Reloaded, and opened afresh from the link in another tab.
  await page.reload();
  const reloaded = page.frameLocator('#storybook-preview-iframe');
  await reloaded.locator('wfd-form-designer webview-form [name="field4"]').waitFor();
  assert.equal(await reloaded.locator('#wfd-message').inputValue(), 'quote requested');
  const other = await context.newPage();
  await other.goto(shared);
  const opened = other.frameLocator('#storybook-preview-iframe');
  await opened.locator('wfd-form-designer webview-form [name="field4"]').waitFor();
  assert.equal(await opened.locator('webview-form').getAttribute('message'), 'quote requested');
  await context.close();
});

test('the designer opens full-screen in Storybook: no addons panel beside it, which is back for the other stories', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page } = await openDesigner(context);
  // The manager lays itself out once the story's parameters have reached it, after the story rendered.
  await page.waitForFunction(() => document.querySelector('#storybook-panel-root')?.checkVisibility() === false);
  const frame = await page.locator('#storybook-preview-iframe').boundingBox();
  assert.ok(frame.height > 700, `the story is ${frame.height} px high in an 800 px window`);
  assert.ok(frame.width >= 900, `the story is ${frame.width} px wide in a 1280 px window`);
  await page.goto(`${server.origin}/?path=/story/webview-form--vendor-example`);
  await page.waitForFunction(() => document.querySelector('#storybook-panel-root')?.checkVisibility() === true);
  await context.close();
});

test('the page it writes looks finished at 320, 390 and 1280 px, light and dark: system font, a readable measure, no sideways scroll, axe clean', async () => {
  const context = await browser.newContext();
  const story = await openStory(context);
  const folder = await servePageBesideDropIn(await story.locator('[data-output="page"]').textContent());
  const problems = [];
  try {
    for (const colorScheme of ['light', 'dark']) {
      const look = await browser.newContext({ colorScheme });
      const page = await look.newPage();
      await page.goto(`${folder.origin}/?userId=u&convId=c&botId=b`);
      await page.locator('webview-form [name="name"]').waitFor();
      await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
      for (const width of [320, 390, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        const at = `${width} px, ${colorScheme}`;
        const seen = await page.evaluate(async () => {
          const results = await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          const input = document.querySelector('webview-form [name="name"]');
          return {
            scrollWidth: document.scrollingElement.scrollWidth,
            innerWidth,
            font: getComputedStyle(document.body).fontFamily,
            margin: getComputedStyle(document.body).margin,
            scheme: getComputedStyle(document.documentElement).colorScheme,
            inputWidth: input.getBoundingClientRect().width,
            rem: parseFloat(getComputedStyle(document.documentElement).fontSize),
            violations: results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`),
          };
        });
        if (seen.scrollWidth > seen.innerWidth) problems.push(`${at}: scrolls sideways`);
        if (/^\s*("?Times|serif)/i.test(seen.font)) problems.push(`${at}: the browser's serif default (${seen.font})`);
        if (!/system-ui/.test(seen.font)) problems.push(`${at}: not the system's font (${seen.font})`);
        if (seen.margin === '8px') problems.push(`${at}: the body's default 8 px margin`);
        if (!/light/.test(seen.scheme) || !/dark/.test(seen.scheme)) problems.push(`${at}: color-scheme is "${seen.scheme}"`);
        if (seen.inputWidth > 36 * seen.rem)
          problems.push(`${at}: a field ${Math.round(seen.inputWidth)} px wide, past a readable measure`);
        for (const violation of seen.violations) problems.push(`${at}: axe ${violation}`);
      }
      await look.close();
    }
  } finally {
    folder.close();
    await context.close();
  }
  assert.deepEqual(problems, []);
});

test('the page it writes, beside the drop-in, posts exactly what its preview posted, and offers the way back it was given', async () => {
  const context = await browser.newContext();
  const story = await openStory(context);
  // Post to the mock server: "Another address".
  await story.locator('#wfd-where').selectOption('other');
  await story.locator('#wfd-endpoint').fill(`${mock.url}/thirdparty-services-0.1/webview`);
  await story.locator('#wfd-return-url').fill('https://example.com/chat');

  const answers = { name: 'Ada Lovelace', email: 'ada@example.com' };
  const fill = async (scope) => {
    for (const [name, value] of Object.entries(answers)) await scope.locator(`webview-form [name="${name}"]`).fill(value);
    await scope.locator('webview-form [name="contact"][value="Phone"]').press('Space');
    await scope.locator('webview-form [name="contact"][value="Phone"]:checked').waitFor();
  };
  await fill(story);
  await story.locator('webview-form').getByRole('button', { name: 'Send' }).press('Enter');
  // The preview runs the bot a person downloads: its answers dialog quotes what the form posted.
  await story.getByText('Thank you: your answers reached me.').waitFor();
  await story.getByText('How should we contact you?: Phone').waitFor();
  const preview = await story.locator('wfd-form-designer').evaluate(async (designer) => {
    const [request] = designer.sent;
    return { body: await request.text(), token: request.headers.get('Authorization'), ids: designer.ids };
  });
  const folder = await servePageBesideDropIn(await story.locator('[data-output="page"]').textContent());

  const { ids } = preview;
  const page = await context.newPage();
  await page.goto(`${folder.origin}/?userId=${ids.userId}&convId=${ids.conversationId}&botId=${ids.botId}`);
  await fill(page);
  const [request] = await Promise.all([
    page.waitForRequest((candidate) => candidate.method() === 'POST' && candidate.url().startsWith(mock.url)),
    page.getByRole('button', { name: 'Send' }).press('Enter'),
  ]);
  await page.getByText('Thanks — you can return to the conversation.').waitFor();
  // The way back the designer set, on the shipped page.
  assert.equal(await page.getByRole('link', { name: 'Back to the conversation' }).getAttribute('href'), 'https://example.com/chat');
  assert.equal(request.url(), `${mock.url}/thirdparty-services-0.1/webview`);
  assert.equal(await request.headerValue('Authorization'), preview.token);
  assert.equal(request.postData(), preview.body);
  assert.deepEqual(JSON.parse(preview.body).contextVariables, [
    { name: 'name', value: 'Ada Lovelace' },
    { name: 'email', value: 'ada@example.com' },
    { name: 'contact', value: 'Phone' },
  ]);
  folder.close();
  await context.close();
});
