// Hosting that cannot mix versions: the drop-in's lazy files carry its build id in their names, and
// its entry asks for exactly its own. Two builds' files are served side by side, as a CDN or a
// browser cache that keeps yesterday's chunks beside today's entry would; the entry of each, loaded
// there, fetches only its own chunks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../browsers.mjs';
import { serveStatic } from '../static-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'webview-form-hosting-'));
const LAZY = /^webview-form\.(?!standalone\.)[\w-]+\.([0-9a-f]{8})\.js$/;
/** The build id in the names of a dist folder's lazy files (one id for all of them). */
const idOf = (dist) => {
  const ids = new Set(readdirSync(dist).flatMap((name) => LAZY.exec(name)?.[1] ?? []));
  assert.equal(ids.size, 1, `one build id in ${dist}: ${[...ids].join(', ')}`);
  return [...ids][0];
};

/** A second build: this checkout with one source changed, as the next release would be. */
function buildAnother() {
  const copy = join(work, 'next');
  mkdirSync(copy);
  for (const entry of ['src', 'package.json', 'package-lock.json', 'vite.config.ts', 'tsconfig.json'])
    cpSync(join(root, entry), join(copy, entry), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  appendFileSync(join(copy, 'src/element/styles.ts'), '\n// the next release\n');
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--mode', 'standalone', '--logLevel', 'error'], { cwd: copy });
  return join(copy, 'dist');
}

/** A page of a multi-step form in French: it needs the delivery, the steps and a language table. */
const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<script type="module" src="webview-form.standalone.js"></script></head><body>
<webview-form endpoint="/nowhere" bot-id="b" conversation-id="c" user-id="u">
  <div data-step="One"><label>Name <input name="name"></label></div>
  <div data-step="Two"><label>Colour <input name="colour"></label></div>
</webview-form></body></html>`;

let browser;
let today;
let yesterday;
before(() => {
  today = join(root, 'dist');
  yesterday = buildAnother();
  assert.notEqual(idOf(today), idOf(yesterday), 'the two builds have different ids');
});
after(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A folder with `entry`'s build whole, and the other build's lazy files beside it; what the page fetched there. */
async function fetchedBeside(entry, other) {
  const folder = mkdtempSync(join(work, 'site-'));
  for (const dist of [other, entry])
    for (const name of readdirSync(dist).filter((file) => file.startsWith('webview-form.') && file.endsWith('.js')))
      copyFileSync(join(dist, name), join(folder, name));
  writeFileSync(join(folder, 'index.html'), PAGE);
  const server = await serveStatic(folder);
  browser ??= await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  const page = await browser.newPage();
  try {
    await page.goto(`${server.origin}/index.html`);
    // The steps' heading shows once the steps and the delivery have come; the table makes it French.
    await page.locator('webview-form').getByRole('heading', { name: /One/ }).waitFor();
    await page.locator('input[name="name"]').focus();
    await page.waitForFunction(() => document.querySelector('webview-form')?.shadowRoot?.textContent?.includes('Suivant'));
    return await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name).pathname.slice(1))
        .filter((name) => name.startsWith('webview-form.')),
    );
  } finally {
    await page.close();
    server.close();
  }
}

for (const [label, entry, other] of [
  ["today's entry beside yesterday's chunks", () => today, () => yesterday],
  ["yesterday's entry beside today's chunks", () => yesterday, () => today],
]) {
  test(`${label} fetches only the chunks of its own build`, async () => {
    const own = idOf(entry());
    const fetched = await fetchedBeside(entry(), other());
    const lazy = fetched.filter((name) => LAZY.test(name));
    assert.ok(
      lazy.some((name) => name.startsWith('webview-form.delivery.')),
      `the delivery was fetched: ${fetched.join(', ')}`,
    );
    assert.ok(
      lazy.some((name) => name.startsWith('webview-form.steps.')),
      'the steps were fetched',
    );
    assert.ok(
      lazy.some((name) => name.startsWith('webview-form.fr.')),
      'the French table was fetched',
    );
    assert.deepEqual(
      lazy.filter((name) => LAZY.exec(name)[1] !== own),
      [],
      `every lazy file is of build ${own}`,
    );
  });
}
