// The demo as the node tests and `npm run screenshots` open it: every page with the query string
// the bot's link would give it, served by Vite's dev server (with the mock backend), in Debian's
// Chromium.
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './browsers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ids = 'userId=demo-user&convId=demo-conversation&botId=0123456789abcdef0123456789abcdef01234567';

/** Every demo page, with the query string the bot's link would give it. */
export const DEMO_PAGES = [
  { path: '/', name: 'chat' },
  { path: `/form.html?${ids}`, name: 'form' },
  { path: `/lead.html?${ids}`, name: 'lead' },
  { path: `/lead-fr.html?${ids}`, name: 'lead-fr' },
  { path: `/lead-ar.html?${ids}`, name: 'lead-ar' },
  { path: `/lead-steps.html?${ids}`, name: 'lead-steps' },
  { path: `/survey.html?${ids}`, name: 'survey' },
  { path: `/payment.html?${ids}&PaymentId=534e34fc89050304&PaymentStatus=PROCESSED`, name: 'payment' },
];

/**
 * Starts Vite's dev server for demo/ on a free loopback port and Chromium; `url(path)` is a demo
 * page's address, and `close()` stops both.
 */
export async function openDemo() {
  const server = await createServer({
    configFile: `${root}/vite.config.ts`,
    logLevel: 'error',
    server: { port: 0, strictPort: false, host: '127.0.0.1' },
  });
  await server.listen();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  return {
    browser,
    url: (path = '/') => new URL(path, server.resolvedUrls.local[0]).href,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Opens the demo before a test file's tests and closes it after them; the object fills in then. */
export function useDemo(hooks) {
  const demo = {};
  hooks.before(async () => Object.assign(demo, await openDemo()));
  hooks.after(() => demo.close?.());
  return demo;
}
