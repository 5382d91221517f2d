// The docs' samples are tested, not just shown: every code sample that is a complete page (an
// ```html block that starts with <!doctype html>, in the README or a docs page) is saved beside the
// built drop-in, opened as the bot's link would open it, filled in and sent in Chromium. The post
// goes to the vendor's host, which the browser is not let reach: the test answers for it, and
// checks what was signed and sent.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../browsers.mjs';
import { servePageBesideDropIn } from '../static-server.mjs';
import { docsPages } from './docs-pages.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every complete page among the docs' samples, with where it is. */
const samples = ['README.md', ...docsPages()]
  .map((file) => join(root, file))
  .flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^ *```html\n(<!doctype html>[\s\S]*?)^ *```$/gim)].map(([, page], index) => ({
      where: `${relative(root, file)}, page ${index + 1}`,
      page,
    })),
  );

let browser;
after(async () => {
  await browser?.close();
});

const IDS = { userId: 'sample-user', convId: 'sample-conversation', botId: 'sample-bot' };
const VALUES = { email: 'arthur@example.com', tel: '+442079460000', url: 'https://example.com/', number: '3', date: '2026-12-07' };

test('the docs hold at least one complete page', () => {
  assert.ok(samples.length > 0, 'no ```html sample starting with <!doctype html>');
});

for (const { where, page } of samples) {
  test(`the sample page in ${where} loads, and posts what was typed, signed, to the bot`, async () => {
    const server = await servePageBesideDropIn(page);
    browser ??= await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
    const context = await browser.newContext();
    const tab = await context.newPage();
    const problems = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    const posts = [];
    // The page may reach its own server; the vendor's host is answered here; nothing else leaves.
    await context.route(/^https?:\/\//, (route) => {
      const url = new URL(route.request().url());
      if (url.origin === server.origin) return route.continue();
      if (url.hostname.endsWith('.liveperson.net') && route.request().method() === 'POST') {
        posts.push({ url: url.href, headers: route.request().headers(), body: JSON.parse(route.request().postData() ?? 'null') });
        return route.fulfill({ status: 200, contentType: 'application/json', body: '{}' });
      }
      if (url.hostname.endsWith('.liveperson.net')) return route.fulfill({ status: 204, headers: { 'access-control-allow-origin': '*' } });
      return route.abort();
    });
    try {
      await tab.goto(`${server.origin}/index.html?${new URLSearchParams(IDS)}`);
      await tab.waitForFunction(() => customElements.get('webview-form') !== undefined);
      const typed = {};
      for (const input of await tab.locator('webview-form input[name]').all()) {
        const [name, type] = await Promise.all([input.getAttribute('name'), input.getAttribute('type')]);
        if (type === 'hidden' || type === 'checkbox' || type === 'radio') continue;
        typed[name] = VALUES[type] ?? 'Arthur';
        await input.fill(typed[name]);
      }
      await tab.locator('webview-form').getByRole('button', { name: /send/i }).click();
      await tab.locator('webview-form[state="success"]').waitFor();
      assert.equal(posts.length, 1, 'one post');
      const [post] = posts;
      assert.match(post.url, /\/thirdparty-services-0\.1\/webview$/);
      const expected = createHash('sha256').update(`${IDS.convId} || ${IDS.botId}`).digest('hex');
      assert.equal(post.headers.authorization, expected, 'signed with sha256hex(conversationId + " || " + botId)');
      assert.equal(post.body.conversationId, IDS.convId);
      assert.equal(post.body.botId, IDS.botId);
      assert.equal(post.body.userId, IDS.userId);
      const sent = Object.fromEntries(post.body.contextVariables.map(({ name, value }) => [name, value]));
      for (const [name, value] of Object.entries(typed)) assert.equal(sent[name], value, `the variable ${name}`);
      assert.deepEqual(problems, [], 'no error on the console');
    } finally {
      await context.close();
      server.close();
    }
  });
}
