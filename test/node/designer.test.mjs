// The form designer in the built Storybook, end to end, as a bot builder uses it: the design kept
// in Storybook's own address across a reload; then the page it writes, saved beside the built
// drop-in and opened with the link's IDs, posts exactly what the designer's preview posted (the
// same body, the same token) to the mock server, a real one over HTTP.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startMockServer } from 'webview-form/mock/server';
import { chromiumArgs, chromiumPath } from '../browsers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };

let storybook, server, browser, mock;
/** The page the designer wrote, served at /page/index.html beside the drop-in's files. */
let designedPage = '';

before(async () => {
  storybook = mkdtempSync(join(tmpdir(), 'webview-form-storybook-'));
  execFileSync('npx', ['storybook', 'build', '--quiet', '--output-dir', storybook], { cwd: root, stdio: 'ignore' });
  server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path === '/page/index.html') return void response.writeHead(200, { 'Content-Type': 'text/html' }).end(designedPage);
    let file = path.startsWith('/page/') ? join(root, 'dist', path.slice('/page/'.length)) : join(storybook, path);
    if (!existsSync(file)) return void response.writeHead(404).end();
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  mock = await startMockServer({ port: 0 });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
});

after(async () => {
  await browser?.close();
  await mock?.close();
  server?.close();
  if (storybook) rmSync(storybook, { recursive: true, force: true });
});

const origin = () => `http://127.0.0.1:${server.address().port}`;

/** Storybook's manager on the designer's story; resolves with the page and the story's frame. */
async function openDesigner(context, query = '') {
  const page = await context.newPage();
  await page.goto(`${origin()}/?path=/story/form-designer--designer${query}`);
  const frame = page.frameLocator('#storybook-preview-iframe');
  await frame.locator('wfd-form-designer webview-form [name="name"]').waitFor();
  return { page, frame };
}

test('the design lives in Storybook\'s address: a reload keeps it', async () => {
  const context = await browser.newContext();
  const { page, frame } = await openDesigner(context);
  await frame.locator('#wfd-message').fill('quote requested');
  await frame.getByRole('button', { name: 'Add a field' }).click();
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

test('the page it writes, beside the drop-in, posts exactly what its preview posted', async () => {
  const context = await browser.newContext();
  const { frame } = await openDesigner(context);
  // Post to the mock server: "Another address".
  await frame.locator('#wfd-where').selectOption('other');
  await frame.locator('#wfd-endpoint').fill(`${mock.url}/thirdparty-services-0.1/webview`);

  const answers = { name: 'Ada Lovelace', email: 'ada@example.com' };
  const fill = async (scope) => {
    for (const [name, value] of Object.entries(answers)) await scope.locator(`webview-form [name="${name}"]`).fill(value);
    await scope.locator('webview-form [name="contact"][value="Phone"]').check();
  };
  await fill(frame);
  await frame.locator('webview-form').getByRole('button', { name: 'Send' }).click();
  await frame.getByText('The pre-process code put 3 answers in bot variables.').waitFor();
  const preview = await frame.locator('wfd-form-designer').evaluate(async (designer) => {
    const [request] = designer.sent;
    return { body: await request.text(), token: request.headers.get('Authorization'), ids: designer.ids };
  });
  designedPage = await frame.locator('[data-output="page"]').textContent();

  const { ids } = preview;
  const page = await context.newPage();
  await page.goto(`${origin()}/page/index.html?userId=${ids.userId}&convId=${ids.conversationId}&botId=${ids.botId}`);
  await fill(page);
  const [request] = await Promise.all([
    page.waitForRequest((candidate) => candidate.method() === 'POST' && candidate.url().startsWith(mock.url)),
    page.getByRole('button', { name: 'Send' }).click(),
  ]);
  await page.getByText('Thanks — you can return to the conversation.').waitFor();
  assert.equal(request.url(), `${mock.url}/thirdparty-services-0.1/webview`);
  assert.equal(await request.headerValue('Authorization'), preview.token);
  assert.equal(request.postData(), preview.body);
  assert.deepEqual(JSON.parse(preview.body).contextVariables, [
    { name: 'name', value: 'Ada Lovelace' },
    { name: 'email', value: 'ada@example.com' },
    { name: 'contact', value: 'Phone' },
  ]);
  await context.close();
});
