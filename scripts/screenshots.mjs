// `npm run screenshots`: PNGs of every demo page and every story, at a phone's size (390×844) and a
// desktop's (1280×800), light and dark, into screenshots/ — for a person to look at before a
// release. Not compared in CI: browser versions draw differently.
//
//   node scripts/screenshots.mjs [--out DIR] [--only demo|stories|designer] [--story TEXT,…] [--size NAME=WxH,…] [--full-page]
//
// --story keeps the stories whose id contains one of the texts (e.g. `--story languages--arabic`);
// --size replaces the two sizes, e.g. `--size iphone-se-in-app=375x548` for the height an in-app
// browser leaves (the Storybook viewport menu's presets, .storybook/host-page.ts); --full-page
// shoots the whole page, scrolled part included (`.full` in the file's name).
//
// The demo pages come from Vite's dev server (with the mock backend); the stories from the static
// Storybook in storybook-static/ (`npm run build-storybook`), each shot after its play function.
// The designer is shot full-screen as a person opens it (its story's frame; `designer.*`, and the
// whole of it in `designer.*.full`), once its preview has sent (`designer-sent.*`), and so is the page it downloads, served beside the built
// drop-in (`npm run build`) as a bot builder uploads it (`designer-page.*`).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { argv, exit } from 'node:process';
import { fileURLToPath } from 'node:url';
import { DEMO_PAGES, openDemo } from '../test/demo-site.mjs';
import { servePageBesideDropIn, serveStatic } from '../test/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name, fallback) => {
  const index = argv.indexOf(`--${name}`);
  return index > 0 ? argv[index + 1] : fallback;
};
const out = resolve(root, option('out', 'screenshots'));
const only = option('only', '');
const storybook = join(root, 'storybook-static');

const storyFilter = option('story', '').split(',').filter(Boolean);
const sizeOption = option('size', '');
const fullPage = argv.includes('--full-page');
const SIZES = sizeOption
  ? sizeOption.split(',').map((size) => {
      const match = size.match(/^([\w-]+)=(\d+)x(\d+)$/);
      if (!match) throw new Error(`--size ${size}: write NAME=WIDTHxHEIGHT, e.g. iphone-se-in-app=375x548`);
      return { name: match[1], width: Number(match[2]), height: Number(match[3]) };
    })
  : [
      { name: 'phone', width: 390, height: 844 },
      { name: 'desktop', width: 1280, height: 800 },
    ];
const SCHEMES = ['light', 'dark'];

/** Shoots `url` at every size and scheme; `ready` waits for the page's end state. */
async function shoot(browser, url, name, ready, whole = fullPage) {
  for (const scheme of SCHEMES) {
    for (const size of SIZES) {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width: size.width, height: size.height } });
      const page = await context.newPage();
      await page.goto(url);
      await ready(page);
      const file = join(out, `${name}.${size.name}.${scheme}${whole ? '.full' : ''}.png`);
      await page.screenshot({ path: file, fullPage: whole });
      console.log(`  ${file.slice(root.length)}`);
      await context.close();
    }
  }
}

/** Asks the demo bot for its form, so the chat shows bubbles both ways and the bot's card button. */
async function sayWebView(page) {
  await page.locator('#ids code').first().waitFor({ state: 'attached' });
  await page.getByLabel('Message').fill('web view');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('link', { name: 'Open the form' }).waitFor();
}

mkdirSync(out, { recursive: true });
const demo = await openDemo();
const { browser } = demo;
try {
  if (only === '' || only === 'demo') {
    console.log('Demo pages:');
    for (const { path, name } of DEMO_PAGES) {
      await shoot(browser, demo.url(path), `demo-${name}`, async (page) => {
        if (name === 'chat') await sayWebView(page);
        else await page.waitForFunction(() => customElements.get('webview-form'));
        // A multi-step form shows once its steps code has loaded.
        if (name !== 'chat') await page.evaluate(() => document.querySelector('webview-form').updateComplete);
        // The auto-submitting page's end state is its answer.
        if (name === 'payment') await page.waitForFunction(() => document.querySelector('webview-form')?.state === 'success');
        await page.evaluate(() => document.fonts.ready);
      });
    }
  }
  if (only !== 'demo' && only !== 'designer') {
    if (!existsSync(join(storybook, 'index.json'))) {
      console.error('No storybook-static/index.json: run `npm run build-storybook` first (or pass --only demo).');
      exit(1);
    }
    const { entries } = JSON.parse(readFileSync(join(storybook, 'index.json'), 'utf8'));
    const stories = Object.values(entries).filter(
      (entry) => entry.type === 'story' && (storyFilter.length === 0 || storyFilter.some((text) => entry.id.includes(text))),
    );
    const server = await serveStatic(storybook);
    console.log('Stories:');
    for (const story of stories) {
      await shoot(browser, `${server.origin}/iframe.html?id=${story.id}&viewMode=story`, `story-${story.id}`, async (page) => {
        // Storybook's preview knows when the story has rendered and its play function has finished.
        await page
          .waitForFunction(
            () => ['finished', 'completed', 'errored', 'aborted'].includes(window.__STORYBOOK_PREVIEW__?.currentRender?.phase),
            undefined,
            { timeout: 15_000 },
          )
          .catch(() => console.warn(`  ${story.id}: the play function had not finished after 15 s; shot as it was`));
      });
    }
    server.close();
  }
  if (only === '' || only === 'designer') await shootDesigner(browser);
} finally {
  await demo.close();
}

/** The designer as a person opens it, and the page it downloads, shot where a bot builder puts it. */
async function shootDesigner(browser) {
  if (!existsSync(join(storybook, 'index.json')) || !existsSync(join(root, 'dist', 'webview-form.standalone.js'))) {
    console.error('The designer needs storybook-static/ and dist/: run `npm run build-storybook` and `npm run build` first.');
    exit(1);
  }
  const server = await serveStatic(storybook);
  const story = `${server.origin}/iframe.html?id=form-designer--designer&viewMode=story`;
  const designed = async (page) => {
    await page.locator('wfd-form-designer webview-form [name="name"]').waitFor();
    await page.locator('[data-output="page"]').waitFor();
    await page.evaluate(() => document.fonts.ready);
  };
  // What the README shows: the preview sent, and what the simulated bot made of it.
  const sent = async (page) => {
    await designed(page);
    const preview = page.locator('wfd-form-designer webview-form');
    await preview.locator('[name="name"]').fill('Ada Lovelace');
    await preview.locator('[name="email"]').fill('ada@example.com');
    await preview.locator('[name="contact"][value="Email"]').check();
    await preview.getByRole('button', { name: 'Send' }).press('Enter');
    await page.locator('[data-bot] .wfd-bot-says').waitFor();
  };
  console.log('The designer:');
  await shoot(browser, story, 'designer', designed, false);
  await shoot(browser, story, 'designer', designed, true);
  await shoot(browser, story, 'designer-sent', sent, false);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(story);
  await designed(page);
  const folder = await servePageBesideDropIn(await page.locator('[data-output="page"]').textContent());
  await context.close();
  console.log('The page it downloads:');
  await shoot(browser, `${folder.origin}/?userId=u&convId=c&botId=b`, 'designer-page', async (shipped) => {
    await shipped.locator('webview-form [name="name"]').waitFor();
    await shipped.evaluate(() => document.fonts.ready);
  });
  folder.close();
  server.close();
}
